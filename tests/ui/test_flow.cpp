// test_flow.cpp — the assessment flow in a headless ImGui context, driven like a user would: mouse, keyboard,
// touch; autosave and resume; storage that refuses to save; confirmations before anything is replaced.
#include <algorithm>

#include <doctest/doctest.h>

#include "app.h"
#include "formats/result_file.h"
#include "rules/scoring.h"
#include "state/session.h"
#include "ui_driver.h"

using namespace systemic;

namespace {

std::string ScreenOf(const UiDriver& ui) { return ScreenId(ui.state.screen); }

// Welcome → sector (first questionnaire: B2B) → quick scan → about → priorities (skipped) → questions.
void StartQuickScan(UiDriver& ui, const char* sector = "b2b") {
    REQUIRE(ui.ClickTarget("Start"));
    REQUIRE(ScreenOf(ui) == "sector");
    REQUIRE(ui.ClickTarget(sector));
    REQUIRE(ui.ClickTarget("Quick scan"));
    REQUIRE(ui.ClickTarget("Continue"));
    REQUIRE(ScreenOf(ui) == "about");
    REQUIRE(ui.ClickTarget("Continue"));
    REQUIRE(ScreenOf(ui) == "priorities");
    REQUIRE(ui.ClickTarget("Continue"));
    REQUIRE(ScreenOf(ui) == "questions");
}

const Answer& Current(const UiDriver& ui) {
    const Session& s = ui.state.session;
    return s.result.answers[static_cast<size_t>(s.asked[static_cast<size_t>(s.position)])];
}

} // namespace

TEST_CASE("the quick scan can be completed with the mouse") {
    UiDriver ui;
    StartQuickScan(ui);
    const int total = static_cast<int>(ui.state.session.asked.size());
    CHECK(total >= 8);
    CHECK(total <= 12);
    for (int i = 0; i < total; ++i) {
        REQUIRE(ui.ClickTarget("Today " + std::to_string(1 + i % 4)));
        REQUIRE(ui.ClickTarget("Target " + std::to_string(2 + i % 4)));
        CHECK(Current(ui).today == 1 + i % 4);
        CHECK(Current(ui).target == 2 + i % 4);
        REQUIRE(ui.ClickTarget("Next"));
    }
    CHECK(ScreenOf(ui) == "review");
    CHECK(CountDone(ui.state.session.result, ui.state.session.asked) == total);
    REQUIRE(ui.ClickTarget("See results"));
    CHECK(ScreenOf(ui) == "results");
    const std::string json = AppStateJson(ui.state);
    CHECK(json.find("\"answered\":" + std::to_string(total)) != std::string::npos);
    CHECK(json.find("\"questionnaire\":\"b2b\"") != std::string::npos);
}

TEST_CASE("the question screen works with the keyboard alone") {
    UiDriver ui;
    StartQuickScan(ui, "b2c");
    ui.Press(ImGuiKey_3);
    CHECK(Current(ui).today == 3);
    ui.Press(ImGuiKey_5, ImGuiMod_Shift);
    CHECK(Current(ui).target == 5);
    ui.Press(ImGuiKey_Enter);
    CHECK(ui.state.session.position == 1);
    ui.Press(ImGuiKey_D);
    CHECK(Current(ui).status == AnswerStatus::DontKnow);
    ui.Press(ImGuiKey_RightArrow);
    ui.Press(ImGuiKey_N);
    CHECK(Current(ui).status == AnswerStatus::NotApplicable);
    ui.Press(ImGuiKey_N);
    CHECK(Current(ui).status == AnswerStatus::Unanswered);
    ui.Press(ImGuiKey_LeftArrow);
    CHECK(ui.state.session.position == 1);
    CHECK(Current(ui).status == AnswerStatus::DontKnow);
    SUBCASE("Shift+digit before today sets the target alone, with a spoken hint for today") {
        ui.Press(ImGuiKey_RightArrow);
        ui.Press(ImGuiKey_4, ImGuiMod_Shift);
        CHECK(Current(ui).target == 4);
        CHECK(Current(ui).today == 0);
        CHECK(ui.host.announcements.back() == "In 12 months: 4 · Managed. Now choose where you are today.");
    }
    SUBCASE("? shows the shortcuts and Escape closes them") {
        ui.Press(ImGuiKey_Slash, ImGuiMod_Shift);
        CHECK(ui.state.show_shortcuts);
        ui.Press(ImGuiKey_Escape);
        CHECK_FALSE(ui.state.show_shortcuts);
    }
    SUBCASE("the live region speaks the question and the chosen levels") {
        ui.Press(ImGuiKey_2);
        CHECK(ui.host.announcements.back().find("Today: 2 · Emerging.") == 0);
    }
}

TEST_CASE("Tab and Enter reach the welcome screen's start button") {
    UiDriver ui;
    ui.Frames(2);
    ui.Press(ImGuiKey_Tab);
    ui.Press(ImGuiKey_Enter);
    CHECK(ScreenOf(ui) == "sector");
}

TEST_CASE("the quick scan can be completed by touch on a phone") {
    UiDriver ui(390, 844, 3);
    REQUIRE(ui.TapTarget("Start"));
    REQUIRE(ui.TapTarget("public"));
    REQUIRE(ui.TapTarget("Continue"));
    REQUIRE(ui.TapTarget("Continue"));
    REQUIRE(ui.TapTarget("Continue"));
    REQUIRE(ScreenOf(ui) == "questions");
    const int total = static_cast<int>(ui.state.session.asked.size());
    for (int i = 0; i < total; ++i) {
        REQUIRE(ui.TapTarget("Today 2"));
        REQUIRE(ui.TapTarget("Target 4"));
        REQUIRE(ui.TapTarget("Next"));
    }
    CHECK(ScreenOf(ui) == "review");
    CHECK(CountDone(ui.state.session.result, ui.state.session.asked) == total);
    for (const Target& t : ui.state.targets) CHECK(t.h >= 44.0f * 3.0f - 1.0f);   // touch targets of 44 CSS px
}

TEST_CASE("every change is saved, and a reload resumes with every answer intact") {
    HeadlessHost stored;
    Result before;
    int position = 0;
    {
        UiDriver ui;
        StartQuickScan(ui);
        REQUIRE(ui.ClickTarget("Today 3"));
        REQUIRE(ui.ClickTarget("Target 4"));
        REQUIRE(ui.ClickTarget("Next"));
        REQUIRE(ui.ClickTarget("Today 2"));
        REQUIRE(ui.ClickTarget("Next"));
        REQUIRE(ui.ClickTarget("Don't know"));
        CHECK(ui.host.storage.count(kSessionKey) == 1);
        before = ui.state.session.result;
        position = ui.state.session.position;
        stored.storage = ui.host.storage;
    }
    UiDriver again;
    again.host.storage = stored.storage;
    again.Restart(false);
    again.Frame();
    CHECK(ScreenOf(again) == "welcome");
    REQUIRE(again.ClickTarget("Resume"));
    CHECK(ScreenOf(again) == "questions");
    CHECK(again.state.session.position == position);
    REQUIRE(again.state.session.result.answers.size() == before.answers.size());
    for (size_t i = 0; i < before.answers.size(); ++i) {
        CHECK(again.state.session.result.answers[i].today == before.answers[i].today);
        CHECK(again.state.session.result.answers[i].target == before.answers[i].target);
        CHECK(again.state.session.result.answers[i].status == before.answers[i].status);
    }
}

TEST_CASE("a storage that refuses to save shows a note, offers a download, and the app keeps working") {
    UiDriver ui;
    ui.host.storage_mode = StorageResult::Full;
    StartQuickScan(ui);
    REQUIRE(ui.ClickTarget("Today 3"));
    CHECK(ui.state.save_result == StorageResult::Full);
    CHECK(AppStateJson(ui.state).find("\"storage_problem\":true") != std::string::npos);
    REQUIRE(ui.ClickTarget("Download answers"));
    REQUIRE(ui.host.downloads.size() == 1);
    const ResultLoad load = LoadResult(ui.host.downloads[0].data, SessionQuestionnaire(ui.state));
    REQUIRE(load.result);
    CHECK(CountDone(*load.result, ui.state.session.asked) == 1);
    REQUIRE(ui.ClickTarget("Next"));
    CHECK(ui.state.session.position == 1);
}

TEST_CASE("starting over asks first and offers a download") {
    UiDriver ui;
    StartQuickScan(ui);
    REQUIRE(ui.ClickTarget("Today 3"));
    const std::string saved = ui.host.storage[kSessionKey];
    REQUIRE(ui.ClickTarget("Home"));
    REQUIRE(ui.ClickTarget("Start over"));
    CHECK(ui.state.confirm == Confirm::StartOver);
    REQUIRE(ui.ClickTarget("Download first"));
    CHECK(ui.host.downloads.size() == 1);
    SUBCASE("cancel keeps everything") {
        REQUIRE(ui.ClickTarget("Cancel"));
        CHECK(ui.state.confirm == Confirm::None);
        CHECK(CountDone(ui.state.session.result, ui.state.session.asked) == 1);
    }
    SUBCASE("confirming goes to the sector screen; the old answers stay stored until a new start") {
        REQUIRE(ui.ClickTarget("Confirm start over"));
        CHECK(ScreenOf(ui) == "sector");
        CHECK(ui.host.storage[kSessionKey] == saved);
        REQUIRE(ui.ClickTarget("b2c"));
        REQUIRE(ui.ClickTarget("Continue"));
        CHECK(ui.state.confirm == Confirm::StartOver);   // choosing another questionnaire replaces answers: ask again
        REQUIRE(ui.ClickTarget("Confirm start over"));
        CHECK(ScreenOf(ui) == "about");
        CHECK(SessionQuestionnaire(ui.state).id == "b2c");
        CHECK(CountDone(ui.state.session.result, ui.state.session.asked) == 0);
    }
}

TEST_CASE("unreadable saved data is reported, kept, and can be downloaded") {
    UiDriver ui;
    const std::string broken = "{\"format\":\"systemic-session\",\"version\":1,\"result\":{\"questionnaire\":{\"id\":\"b2b\"},\"answers\":7";
    ui.host.storage[kSessionKey] = broken;
    ui.Restart(false);
    ui.Frame();
    CHECK_FALSE(HasSession(ui.state));
    CHECK_FALSE(ui.state.stored_problem.empty());
    CHECK(ui.host.storage[kSessionKey] == broken);
    REQUIRE(ui.ClickTarget("Download saved data"));
    REQUIRE(ui.host.downloads.size() == 1);
    CHECK(ui.host.downloads[0].data == broken);
    StartQuickScan(ui);
    REQUIRE(ui.state.kept_copies.size() == 1);   // kept under a key of its own, never deleted
    const std::string key = ui.state.kept_copies[0].key;
    CHECK(ui.host.storage[key] == broken);
    SUBCASE("the welcome screen lists the copy; removing it asks first and offers a download") {
        REQUIRE(ui.ClickTarget("Home"));
        REQUIRE(ui.ClickTarget("Download copy 1"));
        REQUIRE(ui.host.downloads.size() == 2);
        CHECK(ui.host.downloads[1].data == broken);
        REQUIRE(ui.ClickTarget("Remove copy 1"));
        CHECK(ui.state.confirm == Confirm::RemoveCopy);
        REQUIRE(ui.ClickTarget("Cancel"));
        CHECK(ui.host.storage.count(key) == 1);
        REQUIRE(ui.ClickTarget("Remove copy 1"));
        REQUIRE(ui.ClickTarget("Confirm remove"));
        CHECK(ui.host.storage.count(key) == 0);
        CHECK(ui.state.kept_copies.empty());
        CHECK_FALSE(ui.Find("Kept copies"));
    }
    SUBCASE("a future format version is refused with its own message") {
        SessionRestore r = SessionFromJson("{\"format\":\"systemic-session\",\"version\":99,\"result\":{}}", ui.state.questionnaires);
        CHECK_FALSE(r.ok);
        CHECK(r.problem.find("newer version") != std::string::npos);
    }
}

TEST_CASE("priorities: 100 points with a live remainder") {
    UiDriver ui;
    REQUIRE(ui.ClickTarget("Start"));
    REQUIRE(ui.ClickTarget("b2b"));
    REQUIRE(ui.ClickTarget("Continue"));
    REQUIRE(ui.ClickTarget("Continue"));
    REQUIRE(ScreenOf(ui) == "priorities");
    REQUIRE(ui.ClickTarget("Share points"));
    // Evenly is equal: the same points for every area (12 x 8 = 96), which scores exactly like no points.
    for (const AreaPoints& a : ui.state.session.result.area_points) CHECK(a.points == 12);
    const Scores even = Score(ui.state.questionnaires[static_cast<size_t>(ui.state.session.questionnaire)], ui.state.session.result);
    for (double share : even.importance) CHECK(share == 12.5);
    REQUIRE(ui.ClickTarget("More insight"));   // 4 left to give
    CHECK(ui.state.session.result.area_points[0].points == 16);
    REQUIRE(ui.ClickTarget("More insight"));   // nothing left to give: refused
    CHECK(ui.state.session.result.area_points[0].points == 16);
    REQUIRE(ui.ClickTarget("Less insight"));
    CHECK(ui.state.session.result.area_points[0].points == 11);
    REQUIRE(ui.ClickTarget("Continue"));
    CHECK(ScreenOf(ui) == "priorities");   // 95 of 100 and not even: not yet
    REQUIRE(ui.ClickTarget("Spread evenly"));
    for (const AreaPoints& a : ui.state.session.result.area_points) CHECK(a.points == 12);
    REQUIRE(ui.ClickTarget("Continue"));   // an even spread is complete
    CHECK(ScreenOf(ui) == "questions");
}

TEST_CASE("Tab moves the keyboard focus through the sector screen's cards") {
    UiDriver ui;
    ui.Frames(2);
    ui.Press(ImGuiKey_Tab);
    ui.Press(ImGuiKey_Enter);
    REQUIRE(ScreenOf(ui) == "sector");
    std::vector<std::string> seen;
    for (int i = 0; i < 6; ++i) {
        ui.Press(ImGuiKey_Tab);
        for (const Target& t : ui.state.targets)
            if (t.focused) seen.push_back(t.label);
    }
    CHECK(seen.size() == 6);
    CHECK(std::find(seen.begin(), seen.end(), "b2c") != seen.end());
}
