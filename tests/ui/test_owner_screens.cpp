// test_owner_screens.cpp — the owner's screens as the UX review of 2026-11-30 asked for them: today and the
// 12-month target as two separate choices, Back and Next in reach without scrolling, 200 % text with nothing cut,
// "Check your answers" listing every answer with a Change action, and results that lead with what matters.
#include <doctest/doctest.h>

#include <algorithm>
#include <string>

#include <imgui_internal.h>

#include "app.h"
#include "rules/scoring.h"
#include "semantics.h"
#include "state/session.h"
#include "ui_driver.h"

using namespace systemic;

namespace {

std::string ScreenOf(const UiDriver& ui) { return ScreenId(ui.state.screen); }

void StartAssessment(UiDriver& ui, const char* sector, const char* mode, bool touch = false) {
    auto press = [&](const std::string& name) { return touch ? ui.TapTarget(name) : ui.ClickTarget(name); };
    REQUIRE(press("Start"));
    REQUIRE(press(sector));
    REQUIRE(press(mode));
    REQUIRE(press("Continue"));
    REQUIRE(press("Continue"));
    REQUIRE(press("Continue"));
    REQUIRE(ScreenOf(ui) == "questions");
}

const Answer& Current(const UiDriver& ui) {
    const Session& s = ui.state.session;
    return s.result.answers[static_cast<size_t>(s.asked[static_cast<size_t>(s.position)])];
}

const Target* FindTarget(const UiDriver& ui, const std::string& label) {
    for (const Target& t : ui.state.targets)
        if (t.label == label) return &t;
    return nullptr;
}

// Letters drawn inside a node's rectangle in the last frame: glyph quads in the draw data (4 vertices sampling the
// font atlas, not its white pixel). Compared with LettersIn(name) it tells words cut inside a box that fits.
long GlyphsInside(const SemNode& n) {
    const ImVec2 white = ImGui::GetIO().Fonts->TexUvWhitePixel;
    const ImDrawData* draw = ImGui::GetDrawData();
    if (!draw) return 0;
    long vertices = 0;
    for (int l = 0; l < draw->CmdListsCount; ++l)
        for (const ImDrawVert& v : draw->CmdLists[l]->VtxBuffer)
            if ((v.uv.x != white.x || v.uv.y != white.y) && v.pos.x >= n.x - 0.5f && v.pos.x <= n.x + n.w + 0.5f &&
                v.pos.y >= n.y - 0.5f && v.pos.y <= n.y + n.h + 0.5f)
                ++vertices;
    return vertices / 4;
}

// Characters of `text` other than spaces (UTF-8 continuation bytes are not counted).
long LettersIn(const std::string& text) {
    return std::count_if(text.begin(), text.end(), [](char c) {
        return c != ' ' && (static_cast<unsigned char>(c) < 0x80 || static_cast<unsigned char>(c) >= 0xC0);
    });
}

} // namespace

TEST_CASE("today and the 12-month target are separate choices: a correction stays a correction") {
    for (bool phone : {false, true}) {
        CAPTURE(phone);
        UiDriver ui = phone ? UiDriver(390, 844, 3) : UiDriver();
        StartAssessment(ui, "b2b", "Quick scan", phone);
        auto press = [&](const std::string& name) { return phone ? ui.TapTarget(name) : ui.ClickTarget(name); };
        // The review's example: tap level 2, then level 3 to correct it.
        REQUIRE(press("Today 2"));
        REQUIRE(press("Today 3"));
        CHECK(Current(ui).today == 3);
        CHECK(Current(ui).target == 0);
        // Tapping the chosen card again changes nothing (it used to set the target to today).
        REQUIRE(press("Today 3"));
        CHECK(Current(ui).today == 3);
        CHECK(Current(ui).target == 0);
        REQUIRE(press("Target 5"));
        REQUIRE(press("Target 4"));
        CHECK(Current(ui).today == 3);
        CHECK(Current(ui).target == 4);
        // Changing today again leaves the target alone, and the other way round.
        REQUIRE(press("Today 1"));
        CHECK(Current(ui).target == 4);
        REQUIRE(press("Target 2"));
        CHECK(Current(ui).today == 1);
        // Both choices are visible at once: all ten chips are drawn on the screen.
        for (int level = 1; level <= kLevelCount; ++level) {
            CHECK(FindTarget(ui, "Today " + std::to_string(level)));
            CHECK(FindTarget(ui, "Target " + std::to_string(level)));
        }
        // "Don't know" and then a target: the choice is an answer again, and lights up.
        REQUIRE(press("Don't know"));
        CHECK(Current(ui).status == AnswerStatus::DontKnow);
        REQUIRE(press("Target 5"));
        CHECK(Current(ui).status == AnswerStatus::Answered);
        CHECK(Current(ui).target == 5);
        CHECK(Current(ui).today == 1);
    }
}

TEST_CASE("Back, Next and progress stay on screen on every question, without scrolling") {
    struct Size { float w, h, ratio, scale; };
    for (const Size size : {Size{390, 844, 3, 1.0f}, Size{1440, 900, 1, 1.0f}, Size{390, 844, 3, 2.0f}}) {
        CAPTURE(size.w);
        CAPTURE(size.scale);
        UiDriver ui(size.w, size.h, size.ratio);
        ui.state.settings.text_scale = size.scale;
        ui.Frames(2);
        StartAssessment(ui, "b2c", "Full assessment", size.w < 500);
        const int total = static_cast<int>(ui.state.session.asked.size());
        const float bottom = size.h * size.ratio;
        for (int i = 0; i < total; ++i) {
            CAPTURE(i);
            ui.Frames(2);
            for (const char* name : {"Back", "Next"}) {
                const Target* t = FindTarget(ui, name);
                REQUIRE(t);
                CHECK(t->pinned);
                CHECK(t->y >= 0.0f);
                CHECK(t->y + t->h <= bottom + 0.5f);
                CHECK(t->x + t->w <= size.w * size.ratio + 0.5f);
                CHECK(t->h >= 44.0f * size.ratio - 1.0f);
            }
            // Answer the lowest card, which lies below the fold: the bar must still be where it was.
            REQUIRE(ui.TapTarget("Today " + std::to_string(1 + i % 5)));
            const Target* next = FindTarget(ui, "Next");
            REQUIRE(next);
            CHECK(next->y + next->h <= bottom + 0.5f);
            if (i + 1 < total) {
                REQUIRE(ui.TapTarget("Next"));
                CHECK(ui.state.session.position == i + 1);
            }
        }
    }
}

TEST_CASE("200 % text: every screen fits a phone's width, nothing is cut at the right edge") {
    UiDriver ui(390, 844, 3);
    ui.state.settings.text_scale = 2.0f;
    ui.Frames(3);
    const float width = 390.0f * 3.0f;
    auto fits = [&](const char* where) {
        CAPTURE(where);
        ui.Frames(2);
        for (const ItemBox& item : ui.Items()) {
            CAPTURE(item.label);
            CHECK(item.max.x <= width + 0.5f);
        }
        for (const Target& t : ui.state.targets) {
            CAPTURE(t.label);
            CHECK(t.x + t.w <= width + 0.5f);
            CHECK(t.h >= 44.0f * 3.0f - 1.0f);
        }
        ImGuiWindow* content = ImGui::FindWindowByID(ui.state.content_window);
        REQUIRE(content);
        CHECK(content->ContentSize.x <= width);
        // Nothing cut inside a box either: every button and link in view draws each letter of its name inside it.
        REQUIRE(ImGui::GetDrawData() != nullptr);
        for (const SemNode& n : LastSemantics()) {
            if (n.role != SemRole::Button && n.role != SemRole::Link) continue;
            if (n.y < 0.0f || n.y + n.h > 844.0f * 3.0f) continue;   // scrolled out of view: clipped, rightly
            CAPTURE(n.name);
            CHECK(GlyphsInside(n) >= LettersIn(n.name));
        }
    };
    fits("welcome");
    CHECK(ui.font_px() >= 16.0f * 3.0f * 2.0f - 0.5f);
    REQUIRE(ui.TapTarget("Start"));
    fits("sector");
    REQUIRE(ui.TapTarget("b2b"));
    REQUIRE(ui.TapTarget("Quick scan"));
    REQUIRE(ui.TapTarget("Continue"));
    fits("about");
    REQUIRE(ui.TapTarget("Continue"));
    fits("priorities");
    REQUIRE(ui.TapTarget("Continue"));
    REQUIRE(ScreenOf(ui) == "questions");
    fits("question");
    // Rows of words wrap inside themselves rather than run past the edge (an item box that fits is not enough:
    // "+ Jump to another part of th" was clipped inside a box that fitted).
    auto all_letters_drawn = [&](const SemNode* row, const std::string& shown) {
        CAPTURE(shown);
        REQUIRE(row != nullptr);
        REQUIRE(ImGui::GetDrawData() != nullptr);
        CHECK(row->x + row->w <= width + 0.5f);
        CHECK(GlyphsInside(*row) >= LettersIn(shown));
    };
    for (const char* name : {"Jump to another part of the assessment", "Why this matters"})
        all_letters_drawn(FindSemantic(SemRole::Button, name), std::string("+  ") + name);
    ui.Resize(390, 4000, 3.0f);   // as wide, but tall enough to show every area row at once
    REQUIRE(ui.TapTarget("Areas"));
    ui.Frames(2);
    int area_rows = 0;
    for (const SemNode& n : LastSemantics()) {
        if (n.role != SemRole::Link || n.name.find(" of ") == std::string::npos) continue;
        if (n.y < 0.0f || n.y + n.h > ui.state.content_bottom) continue;   // scrolled out of view: clipped, rightly
        ++area_rows;
        all_letters_drawn(&n, n.name);
    }
    CHECK(area_rows == 8);
    REQUIRE(ui.TapTarget("Areas"));
    ui.Resize(390, 844, 3.0f);
    REQUIRE(ui.TapTarget("Display"));
    fits("question with the display settings open");
    const int total = static_cast<int>(ui.state.session.asked.size());
    for (int i = 0; i < total; ++i) {
        REQUIRE(ui.TapTarget("Today 2"));
        REQUIRE(ui.TapTarget("Target 3"));
        REQUIRE(ui.TapTarget("Next"));
    }
    REQUIRE(ScreenOf(ui) == "review");
    fits("review");
    REQUIRE(ui.TapTarget("See results"));
    fits("results");
}

TEST_CASE("text size and colours can be changed from every screen, up to 200 %") {
    UiDriver ui;
    StartAssessment(ui, "b2b", "Quick scan");
    REQUIRE(ui.ClickTarget("Display"));
    for (int i = 0; i < 8; ++i) REQUIRE(ui.ClickTarget("Larger text"));
    CHECK(ui.state.settings.text_scale == doctest::Approx(2.0f));
    CHECK(ui.font_px() == doctest::Approx(32.0f));
    REQUIRE(ui.ClickTarget("High contrast"));
    CHECK(ui.state.settings.theme == Theme::HighContrast);
    CHECK(ui.host.storage.count(kSettingsKey) == 1);
    CHECK(ui.host.storage[kSettingsKey].find("\"text_scale\":2") != std::string::npos);
    SUBCASE("a stored 200 % survives a reload") {
        UiDriver again;
        again.host.storage = ui.host.storage;
        again.Restart();
        again.Frames(2);
        CHECK(again.state.settings.text_scale == doctest::Approx(2.0f));
    }
}

TEST_CASE("check your answers: every question with today, target, note and Change; one meaning of answered") {
    UiDriver ui;
    StartAssessment(ui, "b2b", "Quick scan");
    const int total = static_cast<int>(ui.state.session.asked.size());
    for (int i = 0; i < total; ++i) {
        if (i == 1) {
            REQUIRE(ui.ClickTarget("Don't know"));
        } else if (i == 2) {
            // left open
        } else {
            REQUIRE(ui.ClickTarget("Today " + std::to_string(1 + i % 4)));
            REQUIRE(ui.ClickTarget("Target " + std::to_string(2 + i % 4)));
        }
        if (i == 0) {
            REQUIRE(ui.ClickTarget("Note"));
            ui.Type("Only the shop");
        }
        REQUIRE(ui.ClickTarget("Next"));
    }
    REQUIRE(ScreenOf(ui) == "review");
    ui.Frames(2);
    const Questionnaire& q = SessionQuestionnaire(ui.state);
    const Scores s = Score(q, ui.state.session.result);
    const std::string counts = ui.state.results.shown.at("review counts");
    CHECK(counts.find(std::to_string(s.overall.coverage.answered) + " of " + std::to_string(total) + " questions answered") == 0);
    CHECK(s.overall.coverage.answered == total - 2);
    CHECK(counts.find("1 \"don't know\"") != std::string::npos);
    CHECK(counts.find("1 still open") != std::string::npos);
    for (int pos = 0; pos < total; ++pos) {
        const Question& question = q.questions[static_cast<size_t>(ui.state.session.asked[static_cast<size_t>(pos)])];
        CAPTURE(question.id);
        CHECK(FindTarget(ui, "Change " + question.id));
        const std::string shown = ui.state.results.shown.at("review " + question.id);
        if (pos == 1) CHECK(shown == "Don't know");
        else if (pos == 2) CHECK(shown == "Not answered yet");
        else {
            CHECK(shown.find("Today: " + std::to_string(1 + pos % 4) + " \xC2\xB7 ") == 0);
            CHECK(shown.find("In 12 months: " + std::to_string(2 + pos % 4) + " \xC2\xB7 ") != std::string::npos);
        }
    }
    // Change opens that question; the results count the same answers.
    const std::string third = q.questions[static_cast<size_t>(ui.state.session.asked[2])].id;
    REQUIRE(ui.ClickTarget("Change " + third));
    CHECK(ScreenOf(ui) == "questions");
    CHECK(ui.state.session.position == 2);
    REQUIRE(ui.ClickTarget("Next"));
    REQUIRE(ui.ClickTarget("Next"));
    while (ScreenOf(ui) == "questions") REQUIRE(ui.ClickTarget("Next"));
    REQUIRE(ScreenOf(ui) == "review");
    REQUIRE(ui.ClickTarget("See results"));
    ui.Frames(2);
    CHECK(ui.state.results.shown.at("coverage") == std::to_string(total - 2) + " of " + std::to_string(total));
}

TEST_CASE("results lead with the summary and three steps; from the top, Tab reaches the report download in 15 presses") {
    for (bool phone : {false, true}) {
        CAPTURE(phone);
        UiDriver ui = phone ? UiDriver(390, 844, 3) : UiDriver();
        StartAssessment(ui, "b2c", "Full assessment", phone);
        const int total = static_cast<int>(ui.state.session.asked.size());
        for (int i = 0; i < total; ++i) {
            ui.Press(static_cast<ImGuiKey>(ImGuiKey_1 + i % 4));
            ui.Press(static_cast<ImGuiKey>(ImGuiKey_2 + i % 4), ImGuiMod_Shift);
            ui.Press(ImGuiKey_Enter);
        }
        REQUIRE(ScreenOf(ui) == "review");
        REQUIRE(ui.ClickTarget("See results"));
        ui.Frames(3);
        const Target* steps = FindTarget(ui, "More priorities");
        const Target* report = FindTarget(ui, "Download report");
        const Target* heat = nullptr;
        for (const Target& t : ui.state.targets)
            if (t.label.rfind("Heat ", 0) == 0) { heat = &t; break; }
        REQUIRE(steps);
        REQUIRE(report);
        REQUIRE(heat);
        CHECK(steps->y < heat->y);    // what to do first comes before the detail
        CHECK(report->y < heat->y);
        CHECK(ui.state.results.shown.count("priority 3") == 1);
        CHECK(ui.state.results.shown.count("priority 4") == 0);
        int presses = 0;
        bool reached = false;
        for (; presses < 40 && !reached;) {
            ui.Press(ImGuiKey_Tab);
            ++presses;
            for (const Target& t : ui.state.targets)
                if (t.focused && t.label == "Download report") reached = true;
        }
        CHECK(reached);
        CHECK(presses <= 15);
        ui.Press(ImGuiKey_Enter);
        CHECK(ui.host.downloads.size() == 1);
    }
}

TEST_CASE("the contents bar jumps to a section, and the keyboard focus goes with it") {
    UiDriver ui;
    StartAssessment(ui, "b2b", "Quick scan");
    for (size_t i = 0; i < ui.state.session.asked.size(); ++i) {
        ui.Press(ImGuiKey_2);
        ui.Press(ImGuiKey_4, ImGuiMod_Shift);
        ui.Press(ImGuiKey_Enter);
    }
    REQUIRE(ui.ClickTarget("See results"));
    ui.Frames(2);
    REQUIRE(ui.ClickTarget("Jump stages"));
    ui.Frames(3);
    ImGuiWindow* content = ImGui::FindWindowByID(ui.state.content_window);
    REQUIRE(content);
    CHECK(content->Scroll.y > 0.0f);
    const Target* heat = nullptr;
    for (const Target& t : ui.state.targets)
        if (t.label.rfind("Heat ", 0) == 0) { heat = &t; break; }
    REQUIRE(heat);
    CHECK(heat->y >= 0.0f);
    CHECK(heat->y < 900.0f);
}
