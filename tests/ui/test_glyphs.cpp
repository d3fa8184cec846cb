// test_glyphs.cpp — names and notes in other scripts (ui/glyphs.h): characters the shipped font has join the atlas
// when they are first shown; the rest draw as a placeholder box (U+FFFD), never '?', and the text stays exact.
#include <algorithm>

#include <doctest/doctest.h>
#include <imgui.h>

#include "app.h"
#include "glyphs.h"
#include "ui_driver.h"

using namespace systemic;

namespace {

const char* kEuropean = "\xC5\x81\xC3\xB3" "d\xC5\xBA, Dvo\xC5\x99\xC3\xA1k, \xC4\xB0stanbul, \xCE\xA9mega, "
                        "\xD0\x9A\xD0\xB8\xD1\x97\xD0\xB2, Ti\xE1\xBA\xBFng Vi\xE1\xBB\x87t, Bra\xC8\x99ov";   // Łódź, Dvořák, İstanbul, Ωmega, Київ, Tiếng Việt, Brașov
const char* kOther = "\xE6\x9D\xB1\xE4\xBA\xAC \xF0\x9F\x98\x80";   // 東京 😀

void OpenAboutYou(UiDriver& ui) {
    ui.state.chosen_questionnaire = 0;
    ui.state.chosen_mode = Mode::Quick;
    ui.state.want_start = true;
    GoTo(ui.state, Screen::About);
    ui.Frames(3);
    REQUIRE(ui.state.screen == Screen::About);
}

} // namespace

TEST_CASE("noting characters: only new ones beyond the base ranges count, and only the font's go to the atlas") {
    GlyphSet set;
    CHECK(!NoteGlyphs(set, "Harbour Bakery \xE2\x80\x94 caf\xC3\xA9 \xE2\x82\xAC"));   // ASCII, Latin-1, dash, euro: base
    CHECK(set.generation == 0);
    CHECK(NoteGlyphs(set, kEuropean));
    CHECK(set.generation == 1);
    CHECK(std::find(set.atlas_extra.begin(), set.atlas_extra.end(), U'\u0141') != set.atlas_extra.end());   // Ł
    CHECK(std::find(set.atlas_extra.begin(), set.atlas_extra.end(), U'\u0457') != set.atlas_extra.end());   // ї
    CHECK(!NoteGlyphs(set, kEuropean));                                     // nothing new: no rebuild
    CHECK(!NoteGlyphs(set, kOther));                                        // not in the font: no rebuild either
    CHECK(set.seen_other == std::vector<char32_t>{U'\u4EAC', U'\u6771', U'\U0001F600'});
    CHECK(!NoteGlyphs(set, "\xC5"));                                        // a broken byte is skipped
}

TEST_CASE("European names are drawn with their own letters after one rebuild; other scripts as a visible box") {
    UiDriver ui;
    ui.Resize(1440, 900, 1.0f);
    OpenAboutYou(ui);
    ImFont* body = ui.state.fonts.body;
    REQUIRE(body != nullptr);
    CHECK(body->FallbackChar == 0xFFFD);                                    // a missing character is a box, not '?'
    REQUIRE(body->FindGlyphNoFallback(0xFFFD) != nullptr);
    CHECK(body->FindGlyphNoFallback(0x141) == nullptr);                     // Ł is not in the atlas before it is shown

    ui.state.session.result.respondent.organisation = kEuropean;
    ui.state.session.result.respondent.name = kOther;
    ui.Frames(3);
    body = ui.state.fonts.body;
    for (char32_t c : {U'\u0141', U'\u017A', U'\u0159', U'\u0130', U'\u03A9', U'\u041A', U'\u0457', U'\u1EBF', U'\u0219'}) {
        CAPTURE(static_cast<unsigned>(c));
        CHECK(body->FindGlyphNoFallback(static_cast<ImWchar>(c)) != nullptr);
        CHECK(ui.state.fonts.bold->FindGlyphNoFallback(static_cast<ImWchar>(c)) != nullptr);
        CHECK(ui.state.fonts.heading->FindGlyphNoFallback(static_cast<ImWchar>(c)) != nullptr);
    }
    CHECK(body->FindGlyph(0x6771)->Codepoint == 0xFFFD);                   // 東: the box
    CHECK(body->FindGlyph(0x1F600)->Codepoint == 0xFFFD);                  // 😀: the box

    // window.systemic.state() reports the coverage: the European letters are all there, the other two are not.
    const std::string json = AppStateJson(ui.state);
    CHECK(json.find("\"missing\":[\"U+4EAC\",\"U+6771\",\"U+1F600\"]") != std::string::npos);
    // The text itself is untouched.
    CHECK(ui.state.session.result.respondent.organisation == kEuropean);
    CHECK(ui.state.session.result.respondent.name == kOther);
}
