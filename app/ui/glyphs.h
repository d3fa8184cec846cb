// glyphs.h — which characters the font atlas holds, and how it grows.
//
// The atlas starts with Latin-1 and typographic punctuation: quick to build at every size and pixel ratio. The
// shipped font also has Latin Extended (Polish, Czech, Turkish, Romanian, Vietnamese…), Greek and Cyrillic
// (cmake/make_page_data.py); those characters join the atlas when they first appear in what the page shows
// (names, notes, a custom questionnaire: the semantic layer's text), and the atlas is rebuilt once. Characters
// the font does not have (CJK, emoji, other scripts) draw as a visible placeholder box, U+FFFD, never '?', while
// the text itself is stored, shown in the DOM layer and exported exactly.
#pragma once

#include <string_view>
#include <vector>

namespace systemic {

struct GlyphSet {
    std::vector<char32_t> atlas_extra;   // sorted, unique: seen code points beyond the base ranges the font may have
    std::vector<char32_t> seen_other;    // sorted, unique: seen code points the font cannot have (at most kMaxOther)
    int generation = 0;                  // grows with atlas_extra: the atlas must be rebuilt for the new characters
};

constexpr std::size_t kMaxOther = 256;   // enough to report coverage; CJK text would otherwise grow this without end

// Notes every code point of `utf8` outside the base ranges. Returns true when atlas_extra grew (rebuild the atlas).
bool NoteGlyphs(GlyphSet& set, std::string_view utf8);
bool InBaseRanges(char32_t c);            // the atlas always holds it (when the font has it)
bool InFontCoverage(char32_t c);          // the shipped font's subset may have it (make_page_data.py's ranges)

} // namespace systemic
