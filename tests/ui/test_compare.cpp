// test_compare.cpp — "Progress since an earlier assessment" on the results screen, headless: an earlier results file
// chosen with the section's button becomes the earlier side (never the open assessment), its figures are Compare()'s,
// it is in the report and survives a reload until removed; another questionnaire, a broken file, the very same result
// and a closed picker each get a message and change nothing; storage that is full or holds unreadable data is said.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "app.h"
#include "formats/links.h"
#include "formats/result_file.h"
#include "rules/compare.h"
#include "semantics.h"
#include "state/autosave.h"
#include "state/compare_store.h"
#include "state/inbox.h"
#include "state/outbox.h"
#include "text/numbers.h"
#include "ui_driver.h"

using namespace systemic;

namespace {

std::string ScreenOf(const UiDriver& ui) { return ScreenId(ui.state.screen); }

// A quick scan of `sector`, every question at today `today(i)` with a target one level up, to the results screen.
template <typename Today>
void QuickScanToResults(UiDriver& ui, const char* sector, Today today) {
    REQUIRE(ui.ClickTarget("Start"));
    REQUIRE(ui.ClickTarget(sector));
    REQUIRE(ui.ClickTarget("Quick scan"));
    REQUIRE(ui.ClickTarget("Continue"));
    REQUIRE(ui.ClickTarget("Continue"));
    REQUIRE(ui.ClickTarget("Continue"));
    REQUIRE(ScreenOf(ui) == "questions");
    const int total = static_cast<int>(ui.state.session.asked.size());
    for (int i = 0; i < total; ++i) {
        const int level = today(i);
        REQUIRE(ui.ClickTarget("Today " + std::to_string(level)));
        REQUIRE(ui.ClickTarget("Target " + std::to_string(std::min(5, level + 1))));
        REQUIRE(ui.ClickTarget("Next"));
    }
    REQUIRE(ScreenOf(ui) == "review");
    REQUIRE(ui.ClickTarget("See results"));
    REQUIRE(ScreenOf(ui) == "results");
    ui.Frames(2);
}

int Now(int i) { return 2 + i % 3; }

// The earlier results: the current ones a year before, every answered question one level lower (at least 1).
Result EarlierOf(const Result& now) {
    Result r = now;
    r.created = "2025-11-20T09:00:00";
    r.updated = "2025-11-20T09:30:00";
    for (Answer& a : r.answers)
        if (a.status == AnswerStatus::Answered) {
            a.today = std::max(1, a.today - 1);
            a.target = std::min(5, a.today + 2);
        }
    return r;
}

// As the button's picker hands the chosen file over.
void Choose(UiDriver& ui, const std::string& name, const std::string& bytes) {
    REQUIRE(ui.ClickTarget("Compare earlier"));
    CHECK(ui.state.earlier.picking);
    ReceiveFiles(ui.state, ui.host, {IncomingFile{name, bytes, 0, false}});
    ui.Frames(2);
}

const std::string& Shown(const UiDriver& ui, const std::string& key) {
    static const std::string none = "(not shown)";
    const auto it = ui.state.results.shown.find(key);
    return it == ui.state.results.shown.end() ? none : it->second;
}

// The semantic table named `caption`: each row's cells, the row header first.
std::vector<std::vector<std::string>> SemRows(const std::string& caption) {
    const std::vector<SemNode>& nodes = LastSemantics();
    const SemNode* table = FindSemantic(SemRole::Table, caption);
    std::vector<std::vector<std::string>> rows;
    if (!table) return rows;
    for (const SemNode& row : nodes) {
        if (row.parent != table->id || row.role != SemRole::Row) continue;
        std::vector<std::string> cells;
        for (const SemNode& cell : nodes)
            if (cell.parent == row.id && (cell.role == SemRole::RowHeader || cell.role == SemRole::Cell)) cells.push_back(cell.name);
        if (!cells.empty()) rows.push_back(cells);
    }
    return rows;
}

} // namespace

TEST_CASE("progress: an earlier results file opens beside the current answers, is in the report, survives a reload, and is removed") {
    UiDriver ui;
    QuickScanToResults(ui, "b2b", Now);
    const Questionnaire& q = SessionQuestionnaire(ui.state);
    const Result now = ui.state.session.result;
    const Result earlier = EarlierOf(now);
    CHECK(Shown(ui, "compare open") == "no");
    REQUIRE(FindSemantic(SemRole::Heading, "Progress since an earlier assessment"));

    const int picks = ui.host.pick_requests;
    Choose(ui, "systemic-b2b-2025-11-20.json", SaveResult(earlier));
    CHECK(ui.host.pick_requests == picks + 1);
    CHECK_FALSE(ui.state.earlier.picking);
    CHECK(ui.state.earlier.problem.empty());
    CHECK(ScreenOf(ui) == "results");
    CHECK(ui.state.confirm == Confirm::None);   // nothing asks to replace the answers: they are not touched
    CHECK(SaveResult(ui.state.session.result) == SaveResult(now));
    REQUIRE(Shown(ui, "compare open") == "yes");
    CHECK(Shown(ui, "compare earlier").find("systemic-b2b-2025-11-20.json, 2025-11-20, quick scan") == 0);

    // The figures are Compare()'s, in the table by row header.
    const Comparison c = Compare(q, earlier, now);
    REQUIRE(c.overall.direction == Direction::Rose);
    CHECK(Shown(ui, "compare overall earlier") == FormatPercent(c.overall.earlier));
    CHECK(Shown(ui, "compare overall now") == FormatPercent(c.overall.now));
    CHECK(Shown(ui, "compare overall change") == "Rose by " + FormatShort(c.overall.change, 1));
    const auto indices = SemRows("Progress: your two indices, earlier and now");
    REQUIRE(indices.size() == 2);
    CHECK(indices[0] == std::vector<std::string>{"Overall index", FormatPercent(c.overall.earlier), FormatPercent(c.overall.now),
                                                 FormatPercent(c.overall.target), "Rose by " + FormatShort(c.overall.change, 1)});
    CHECK(indices[1][0] == "Systemic index");
    const auto areas = SemRows("Progress: areas, earlier and now");
    REQUIRE(areas.size() == q.areas.size());
    for (size_t a = 0; a < q.areas.size(); ++a) {
        CHECK(areas[a][0] == q.areas[a].name);
        if (c.areas[a].direction == Direction::Rose) CHECK(areas[a][4] == "Rose by " + FormatShort(c.areas[a].change, 1));
    }
    CHECK(SemRows("Progress: drivers, earlier and now").size() == q.drivers.size());
    CHECK(Shown(ui, "compare acted on") == std::to_string(c.acted_on) + " of " + std::to_string(c.first_steps.size()));
    CHECK(c.acted_on == static_cast<int>(c.first_steps.size()));   // every level rose
    CHECK(FindSemantic(SemRole::Button, "Remove comparison"));

    // Kept in this browser, and in the report (download and print).
    REQUIRE(ui.host.storage.count(kEarlierKey) == 1);
    const nlohmann::json record = nlohmann::json::parse(ui.host.storage.at(kEarlierKey));
    CHECK(record["format"] == kEarlierFormat);
    CHECK(record["questionnaire"] == "b2b");
    CHECK(record["source"] == "systemic-b2b-2025-11-20.json");
    REQUIRE(ui.ClickTarget("Download report"));
    REQUIRE_FALSE(ui.host.downloads.empty());
    const std::string report = ui.host.downloads.back().data;
    CHECK(report.find("<h2>Progress over time</h2>") != std::string::npos);
    CHECK(report.find(ReportPercent(c.overall.earlier)) != std::string::npos);
    CHECK(PrintHtml(ui.state, ui.host.Now()).find("<h2>Progress over time</h2>") != std::string::npos);

    // A reload: the comparison is back on the results screen.
    ui.Restart();
    ui.Frames(2);
    REQUIRE(ui.ClickTarget("Resume"));
    ui.Frames(2);
    REQUIRE(ScreenOf(ui) == "results");
    CHECK(Shown(ui, "compare open") == "yes");
    CHECK(Shown(ui, "compare overall earlier") == FormatPercent(c.overall.earlier));
    CHECK(ui.state.storage_notice.empty());

    // Remove: gone from the screen and from storage; the answers are as they were.
    REQUIRE(ui.ClickTarget("Remove comparison"));
    ui.Frames(2);
    CHECK(Shown(ui, "compare open") == "no");
    CHECK(ui.host.storage.count(kEarlierKey) == 0);
    CHECK(Shown(ui, "compare message").find("Comparison removed.") == 0);
    CHECK(SaveResult(ui.state.session.result) == SaveResult(now));
    REQUIRE(ui.ClickTarget("Download report"));
    CHECK(ui.host.downloads.back().data.find("Progress over time") == std::string::npos);
    ui.Restart();
    CHECK_FALSE(ui.state.earlier.open);
}

TEST_CASE("progress: another questionnaire, a broken file, the same result, a closed picker: a message, nothing changed") {
    UiDriver ui;
    QuickScanToResults(ui, "b2b", Now);
    const Result now = ui.state.session.result;
    const std::string earlier_file = SaveResult(EarlierOf(now));
    Choose(ui, "2025.json", earlier_file);
    REQUIRE(Shown(ui, "compare open") == "yes");
    const std::string stored = ui.host.storage.at(kEarlierKey);
    const std::string shown_before = Shown(ui, "compare overall earlier");

    auto unchanged = [&] {
        CHECK(Shown(ui, "compare open") == "yes");
        CHECK(Shown(ui, "compare overall earlier") == shown_before);
        CHECK(ui.state.earlier.source == "2025.json");
        CHECK(ui.host.storage.at(kEarlierKey) == stored);
        CHECK(SaveResult(ui.state.session.result) == SaveResult(now));
        CHECK(ScreenOf(ui) == "results");
        CHECK(ui.state.confirm == Confirm::None);
        CHECK(Shown(ui, "compare problem").find("Nothing was changed") != std::string::npos);
    };
    SUBCASE("a results file of another questionnaire") {
        Result other = NewResult(ui.state.questionnaires[1]);   // B2C
        other.mode = Mode::Quick;
        other.answers[0].status = AnswerStatus::Answered;
        other.answers[0].today = 3;
        Choose(ui, "b2c.json", SaveResult(other));
        CHECK(Shown(ui, "compare problem").find("b2c.json holds answers to " + ui.state.questionnaires[1].title +
                                                ", but your current results answer " + ui.state.questionnaires[0].title) == 0);
        unchanged();
    }
    SUBCASE("a broken file: its line and column are named") {
        Choose(ui, "broken.json", "{\n  \"schema_version\": 1,\n  \"answers\": {\n}");
        CHECK(Shown(ui, "compare problem").find("broken.json could not be read as a results file") == 0);
        CHECK(Shown(ui, "compare problem").find("broken.json:4:") != std::string::npos);
        unchanged();
    }
    SUBCASE("a results file with a wrong level") {
        nlohmann::json j = nlohmann::json::parse(earlier_file);
        j["answers"].begin().value()["today"] = 9;
        Choose(ui, "odd.json", j.dump(2));
        CHECK(Shown(ui, "compare problem").find("odd.json could not be opened:\nodd.json:") == 0);
        unchanged();
    }
    SUBCASE("the very same result as the current answers") {
        Choose(ui, "today.json", SaveResult(now));
        CHECK(Shown(ui, "compare problem").find("today.json holds the same answers as your current results") == 0);
        unchanged();
    }
    SUBCASE("a questionnaire file, and a text without a results link") {
        Choose(ui, "b2b-questionnaire.json", "{\"schema_version\": 1, \"id\": \"x\", \"questions\": []}");
        CHECK(Shown(ui, "compare problem").find("b2b-questionnaire.json is a questionnaire, not a results file") == 0);
        unchanged();
        Choose(ui, "notes.txt", "see you next year");
        CHECK(Shown(ui, "compare problem").find("notes.txt holds no results link") == 0);
        unchanged();
    }
    SUBCASE("the picker closed without a file") {
        REQUIRE(ui.ClickTarget("Compare earlier"));
        ReceiveFiles(ui.state, ui.host, {});
        ui.Frames(2);
        CHECK_FALSE(ui.state.earlier.picking);
        CHECK(Shown(ui, "compare problem").find("No file was chosen. Nothing was changed:") == 0);
        CHECK(FindSemantic(SemRole::Status, "Warning"));
        unchanged();
        // A later file dropped on the results screen is opened as before: it is not taken for the comparison.
        ReceiveFiles(ui.state, ui.host, {IncomingFile{"2025.json", earlier_file, 0, false}});
        CHECK(ui.state.confirm == Confirm::ReplaceWithFile);
    }
    SUBCASE("a damaged link pasted, then a good one") {
        const std::string link = EncodeResultLink(SessionQuestionnaire(ui.state), EarlierOf(now));
        ui.state.earlier.paste = "https://example.org/systemic.html#" + link.substr(0, link.size() - 4);
        REQUIRE(ui.ClickTarget("Compare link"));
        ui.Frames(2);
        CHECK(Shown(ui, "compare problem").find("The link you pasted (") == 0);
        unchanged();
        ui.state.earlier.paste = "https://example.org/systemic.html#" + link;
        REQUIRE(ui.ClickTarget("Compare link"));
        ui.Frames(2);
        CHECK(Shown(ui, "compare problem").empty());
        CHECK(ui.state.earlier.source == "a results link");
        CHECK(nlohmann::json::parse(ui.host.storage.at(kEarlierKey))["link"] == link);
        CHECK(Shown(ui, "compare overall earlier") == shown_before);   // the same answers as the file: a link carries them all
    }
}

TEST_CASE("progress: an older questionnaire version is compared by question id and says what could not be compared") {
    UiDriver ui;
    QuickScanToResults(ui, "b2b", Now);
    const Questionnaire& q = SessionQuestionnaire(ui.state);
    nlohmann::json j = nlohmann::json::parse(SaveResult(EarlierOf(ui.state.session.result)));
    j["questionnaire"]["version"] = q.version - 1;
    j["questionnaire"]["hash"] = "0123456789abcdef";
    j["answers"]["retired-question"] = {{"status", "answered"}, {"today", 2}, {"target", 3}};
    Choose(ui, "old-version.json", j.dump(2));
    REQUIRE(Shown(ui, "compare open") == "yes");
    CHECK(ui.state.earlier.gap.migrated);
    CHECK(Shown(ui, "compare not compared") == "1");
    bool said = false;
    for (const SemNode& n : LastSemantics())
        said = said || n.name.find("Question retired-question: the earlier results (made with version " + std::to_string(q.version - 1) +
                                   ") answered it") == 0;
    CHECK(said);
    // After a reload the stored file still says so.
    ui.Restart();
    REQUIRE(ui.state.earlier.open);
    CHECK(ui.state.earlier.gap.dropped_ids == std::vector<std::string>{"retired-question"});
}

TEST_CASE("progress: full storage and unreadable stored data are said, and what was stored is kept") {
    UiDriver ui;
    QuickScanToResults(ui, "b2b", Now);
    const std::string earlier_file = SaveResult(EarlierOf(ui.state.session.result));
    SUBCASE("storage full: compared for now, said plainly") {
        ui.host.storage_mode = StorageResult::Full;
        Choose(ui, "2025.json", earlier_file);
        CHECK(Shown(ui, "compare open") == "yes");
        CHECK(ui.host.storage.count(kEarlierKey) == 0);
        CHECK(ui.state.storage_notice.find("could not be kept in this browser (this browser's storage is full)") != std::string::npos);
    }
    SUBCASE("unreadable stored data is kept as a copy at start-up, then replaced") {
        ui.host.storage[kEarlierKey] = "{\"format\": \"systemic-earlier\", \"version\": 7}";
        ui.Restart();
        CHECK_FALSE(ui.state.earlier.open);
        CHECK(ui.state.storage_notice.find("could not be read: it was saved by a newer version of Systemic") != std::string::npos);
        CHECK(ui.host.storage.count(kEarlierKey) == 0);
        bool kept = false;
        for (const KeptCopy& copy : ui.state.kept_copies)
            kept = kept || ui.host.storage.at(copy.key).find("\"version\": 7") != std::string::npos;
        CHECK(kept);
    }
    SUBCASE("unreadable stored data that cannot be kept aside is not written over") {
        const std::string odd = "{\"format\": \"systemic-earlier\", \"version\": 7}";
        ui.host.storage[kEarlierKey] = odd;
        ui.host.storage_mode = StorageResult::Full;
        ui.Restart();
        CHECK(ui.state.earlier.stored_unreadable);
        REQUIRE(ui.ClickTarget("Resume"));
        ui.Frames(2);
        Choose(ui, "2025.json", earlier_file);
        CHECK(Shown(ui, "compare open") == "yes");
        CHECK(ui.host.storage.at(kEarlierKey) == odd);
        REQUIRE(ui.ClickTarget("Remove comparison"));
        ui.Frames(2);
        CHECK(ui.host.storage.at(kEarlierKey) == odd);
    }
}
