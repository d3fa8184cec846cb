// glyphs.cpp — the characters the font atlas holds (ui/glyphs.h).
#include "glyphs.h"

#include <algorithm>

#include "text/utf8.h"

namespace systemic {

namespace {

bool Between(char32_t c, char32_t lo, char32_t hi) { return c >= lo && c <= hi; }

bool Insert(std::vector<char32_t>& sorted, char32_t c) {
    auto at = std::lower_bound(sorted.begin(), sorted.end(), c);
    if (at != sorted.end() && *at == c) return false;
    sorted.insert(at, c);
    return true;
}

} // namespace

bool InBaseRanges(char32_t c) {
    return Between(c, 0x20, 0xFF) || c == 0x152 || c == 0x153 || Between(c, 0x2013, 0x2026) || c == 0x20AC || c == 0x2122;
}

// Keep in step with EXTENDED in cmake/make_page_data.py.
bool InFontCoverage(char32_t c) {
    return Between(c, 0x100, 0x24F) || c == 0x259 || Between(c, 0x370, 0x3FF) || Between(c, 0x400, 0x4FF) ||
           Between(c, 0x1E00, 0x1EFF) || Between(c, 0x2000, 0x206F) || Between(c, 0x20A0, 0x20BF) ||
           Between(c, 0x2100, 0x2122);
}

bool NoteGlyphs(GlyphSet& set, std::string_view utf8) {
    bool grew = false;
    for (std::size_t i = 0; i < utf8.size();) {
        const unsigned char b = static_cast<unsigned char>(utf8[i]);
        if (b < 0x80) {   // ASCII: always in the atlas
            ++i;
            continue;
        }
        const Utf8Char ch = DecodeAt(utf8, i, Utf8Policy::Lenient);
        i += ch.length;
        if (ch.stop != Utf8Stop::Ok || InBaseRanges(ch.code)) continue;
        if (InFontCoverage(ch.code)) grew = Insert(set.atlas_extra, ch.code) || grew;
        else if (set.seen_other.size() < kMaxOther) Insert(set.seen_other, ch.code);
    }
    if (grew) ++set.generation;
    return grew;
}

} // namespace systemic
