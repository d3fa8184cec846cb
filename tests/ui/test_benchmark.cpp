// test_benchmark.cpp — benchmarks in the page (issue 16 item 2): the results screen's "Compared with other businesses"
// opens a benchmark file and shows each score's quartile position as a table; bad files are refused with located
// messages and change nothing; the benchmark survives a reload until removed; the report carries it; the team view
// downloads its respondents as a benchmark, refused below 5.
#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "formats/benchmark_file.h"
#include "rules/benchmark.h"
#include "rules/synthetic.h"
#include "semantics.h"
#include "state/benchmark_store.h"
#include "state/inbox.h"
#include "state/outbox.h"
#include "state/session.h"
#include "ui_driver.h"

using namespace systemic;

namespace {

std::vector<Result> Synth(const Questionnaire& q, int n, std::uint64_t seed = 21u) {
    std::vector<Result> out;
    for (int i = 0; i < n; ++i) out.push_back(SynthRespondent(q, seed, i));
    return out;
}

std::string BenchmarkText(const Questionnaire& q, int n = 6) {
    const BenchmarkBuild build = BuildBenchmark(q, Synth(q, n), "2026-12-01");
    REQUIRE(build.benchmark);
    return SaveBenchmark(*build.benchmark);
}

// A b2b assessment with a synthetic respondent's answers, on the results screen.
void OpenResults(UiDriver& ui) {
    ui.state.session = NewSession(ui.state.questionnaires, 0, Mode::Full, "2026-11-22T10:00:00");
    const Result synth = SynthRespondent(ui.state.questionnaires[0], 99u, 3);
    ui.state.session.result.answers = synth.answers;
    MarkChanged(ui.state);
    GoTo(ui.state, Screen::Results);
    ui.Frames(3);
    REQUIRE(ui.state.screen == Screen::Results);
}

// The table's rows under the header: each row's cells' names.
std::vector<std::vector<std::string>> TableRows(const char* caption) {
    std::vector<std::vector<std::string>> rows;
    const SemNode* table = FindSemantic(SemRole::Table, caption);
    if (!table) return rows;
    for (const SemNode& row : LastSemantics()) {
        if (row.parent != table->id || row.role != SemRole::Row) continue;
        std::vector<std::string> cells;
        for (const SemNode& cell : LastSemantics())
            if (cell.parent == row.id) cells.push_back(cell.name);
        rows.push_back(cells);
    }
    return rows;
}

constexpr const char* kTable = "Where your scores stand in the benchmark";

} // namespace

TEST_CASE("benchmark: opened on the results screen, each score's quartile in a table; kept across a reload; removed") {
    UiDriver ui;
    OpenResults(ui);
    const Questionnaire& q = ui.state.questionnaires[0];
    CHECK(FindSemantic(SemRole::Heading, "Compared with other businesses") != nullptr);
    REQUIRE(ui.ClickTarget("Open benchmark"));
    CHECK(ui.host.pick_requests == 1);

    ReceiveFile(ui.state, ui.host, "bench.json", BenchmarkText(q));
    ui.Frames(3);
    REQUIRE(ui.state.benchmark.open);
    CHECK(ui.host.storage.count(kBenchmarkKey) == 1);
    CHECK(ui.state.benchmark.message.empty());   // nothing to note: the section says what is open
    CHECK(std::find(ui.host.announcements.begin(), ui.host.announcements.end(),
                    "Opened bench.json: a benchmark of 6 results, built 1 Dec 2026.") != ui.host.announcements.end());
    const auto rows = TableRows(kTable);
    REQUIRE(rows.size() == 1 + 2 + q.areas.size());   // header, the two indices, every area
    CHECK(rows[0] == std::vector<std::string>{"Score", "Yours", "Position", "Benchmark"});
    CHECK(rows[1][0] == "Overall index");
    CHECK(rows[2][0] == "Systemic index");
    const Scores& s = ui.state.results_cache.scores;
    for (size_t a = 0; a < q.areas.size(); ++a) {
        CAPTURE(q.areas[a].id);
        const BenchmarkStat& stat = ui.state.benchmark.open->areas[a];
        REQUIRE(rows[3 + a].size() == 4);
        CHECK(rows[3 + a][0] == q.areas[a].name);
        CHECK(rows[3 + a][2] == QuartileText(QuartilePosition(s.areas[a].percent, stat.q)));
        CHECK(rows[3 + a][3].rfind("6 results, middle ", 0) == 0);
    }
    CHECK(FindSemantic(SemRole::Text, "Quartiles split the businesses in the benchmark into four equal groups by score, from the lowest "
                                      "quarter (1st quartile) to the highest (4th quartile).") != nullptr);
    CHECK(ui.state.results.shown.at("benchmark").find("6 results, built 1 Dec 2026 (bench.json)") != std::string::npos);

    // On a phone three columns are drawn (n and median under the position), and the table reads the same.
    ui.Resize(390, 844, 3);
    ui.Frames(3);
    CHECK(TableRows(kTable) == rows);
    for (const SemNode& cell : LastSemantics())
        if (cell.role == SemRole::Cell || cell.role == SemRole::RowHeader) CHECK(cell.x + cell.w <= 390.0f * 3.0f + 0.5f);
    ui.Resize(1440, 900, 1);
    ui.Frames(3);

    // The printable report compares with it.
    REQUIRE(ui.ClickTarget("Download report"));
    REQUIRE_FALSE(ui.host.downloads.empty());
    const std::string& report = ui.host.downloads.back().data;
    CHECK(report.find("<h2 id=\"benchmark\">Compared with other businesses</h2>") != std::string::npos);
    CHECK(report.find(QuartileText(QuartilePosition(s.areas[0].percent, ui.state.benchmark.open->areas[0].q))) != std::string::npos);

    // Printing the results screen (Ctrl+P) prints the same report.
    CHECK(PrintHtml(ui.state, ui.host.now).find("<h2 id=\"benchmark\">Compared with other businesses</h2>") != std::string::npos);

    // A reload brings it back; Remove closes it and removes it from storage, and a reload does not bring it back.
    ui.Restart();
    REQUIRE(ui.state.benchmark.open);
    GoTo(ui.state, Screen::Results);
    ui.Frames(3);
    CHECK(TableRows(kTable).size() == rows.size());
    REQUIRE(ui.ClickTarget("Remove benchmark"));
    ui.Frames(2);
    CHECK_FALSE(ui.state.benchmark.open);
    CHECK(ui.host.storage.count(kBenchmarkKey) == 0);
    CHECK(TableRows(kTable).empty());
    CHECK(ui.Find("Open a benchmark file\xE2\x80\xA6").has_value());
    ui.Restart();
    CHECK_FALSE(ui.state.benchmark.open);
}

TEST_CASE("benchmark: bad files are refused with what is wrong and where, and change nothing") {
    UiDriver ui;
    OpenResults(ui);
    const Questionnaire& q = ui.state.questionnaires[0];
    ReceiveFile(ui.state, ui.host, "good.json", BenchmarkText(q));
    ui.Frames(2);
    REQUIRE(ui.state.benchmark.open);
    const std::string stored = ui.host.storage.at(kBenchmarkKey);
    const int n = ui.state.benchmark.open->n;
    const Result answers = ui.state.session.result;

    struct Bad { const char* name; std::string text; std::string says; };
    std::string figures = BenchmarkText(q);   // an area's n below 5 with its figures still there
    const size_t at = figures.find("\"n\": 6", figures.find("\"areas\""));
    REQUIRE(at != std::string::npos);
    figures.replace(at, 6, "\"n\": 3");
    const Questionnaire& b2c = ui.state.questionnaires[1];
    const std::vector<Bad> bad = {
        {"broken.json", "{\"kind\": \"systemic-benchmark\", \"n\": ", "broken.json:1:"},
        {"withheld.json", figures, "withheld.json:"},
        {"other.json", BenchmarkText(b2c), "cannot be compared with your answers"},
    };
    for (const Bad& b : bad) {
        CAPTURE(b.name);
        ReceiveFile(ui.state, ui.host, b.name, b.text);
        ui.Frames(2);
        CHECK(ui.state.benchmark.message_is_error);
        CHECK(ui.state.benchmark.message.find(b.says) != std::string::npos);
        CHECK(ui.state.benchmark.message.find(b.name) != std::string::npos);
        CHECK(ui.state.benchmark.open->n == n);                      // the open benchmark is kept
        CHECK(ui.host.storage.at(kBenchmarkKey) == stored);          // and so is the stored one
        CHECK(ui.state.session.result.answers.size() == answers.answers.size());
        CHECK(ui.state.screen == Screen::Results);
        CHECK(TableRows(kTable).size() == 1 + 2 + q.areas.size());
    }
    // The located fault of the withheld figures: the area's pointer.
    ReceiveFile(ui.state, ui.host, "withheld.json", figures);
    CHECK(ui.state.benchmark.message.find("/areas/0/") != std::string::npos);

    // Another version of the same questionnaire: used, with a note.
    std::string older = BenchmarkText(q);
    const size_t v = older.find("\"version\": " + std::to_string(q.version));
    REQUIRE(v != std::string::npos);
    older.replace(v, 11 + std::to_string(q.version).size(), "\"version\": 99");
    ReceiveFile(ui.state, ui.host, "older.json", older);
    ui.Frames(2);
    CHECK_FALSE(ui.state.benchmark.message_is_error);
    CHECK(ui.state.benchmark.open->questionnaire_version == 99);
    CHECK(FindSemantic(SemRole::Text, "Note: this benchmark was built from version 99 of \"b2b\" (this is version " + std::to_string(q.version) +
                                      "): areas are matched by id.") != nullptr);
    CHECK(TableRows(kTable).size() == 1 + 2 + q.areas.size());
}

TEST_CASE("benchmark: storage full or stored data unreadable is said, and nothing is lost") {
    UiDriver ui;
    OpenResults(ui);
    const Questionnaire& q = ui.state.questionnaires[0];
    ui.host.storage_mode = StorageResult::Full;
    ReceiveFile(ui.state, ui.host, "bench.json", BenchmarkText(q));
    ui.Frames(2);
    CHECK(ui.state.benchmark.open);   // open for this visit
    CHECK(ui.state.benchmark.message.find("could not be kept in this browser (this browser's storage is full)") != std::string::npos);
    ui.host.storage_mode = StorageResult::Saved;

    // Stored data a later version wrote: kept aside as a copy, said, and none is open.
    ui.host.storage[kBenchmarkKey] = "{\"schema_version\": 7, \"kind\": \"systemic-benchmark\"}";
    ui.Restart();
    CHECK_FALSE(ui.state.benchmark.open);
    CHECK(ui.state.storage_notice.find("The benchmark kept in this browser could not be read") != std::string::npos);
    CHECK(ui.host.storage.count(kBenchmarkKey) == 0);
    bool kept = false;
    for (const KeptCopy& copy : ui.state.kept_copies) kept = kept || copy.what == "A benchmark this version could not read.";
    CHECK(kept);
}

TEST_CASE("benchmark: a file dropped on another screen is kept and the notice says where it shows") {
    UiDriver ui;
    const Questionnaire& q = ui.state.questionnaires[0];
    ui.Frames(2);
    REQUIRE(ui.state.screen == Screen::Welcome);
    ReceiveFile(ui.state, ui.host, "bench.json", BenchmarkText(q));
    ui.Frames(2);
    CHECK(ui.state.benchmark.open);
    CHECK(ui.state.screen == Screen::Welcome);
    CHECK(ui.state.storage_notice.find("Your results screen shows where each area stands against it.") != std::string::npos);
    ReceiveFile(ui.state, ui.host, "other.json", BenchmarkText(ui.state.questionnaires[1]).substr(0, 40));
    ui.Frames(2);
    CHECK(ui.state.benchmark.open->questionnaire_id == q.id);
}

TEST_CASE("team view: Download as a benchmark is refused below 5 with the reason, and downloads from 5") {
    UiDriver ui(390, 844, 3);
    const Questionnaire& q = ui.state.questionnaires[0];
    const std::vector<Result> people = Synth(q, 5, 31u);
    for (int i = 0; i < 4; ++i) REQUIRE(AddTeamResult(ui.state, "file " + std::to_string(i + 1), people[static_cast<size_t>(i)], 0));
    GoTo(ui.state, Screen::Team);
    ui.Frames(3);
    REQUIRE(ui.TapTarget("Team benchmark"));
    ui.Frames(2);
    CHECK(ui.host.downloads.empty());
    CHECK(ui.state.benchmark.download_refused);
    const std::string refused = ui.state.benchmark.download;
    CHECK(refused.find("at least 5 people, and this team has 4") != std::string::npos);
    CHECK(FindSemantic(SemRole::Text, refused) != nullptr);

    REQUIRE(AddTeamResult(ui.state, "file 5", people[4], 0));
    ui.Frames(2);
    REQUIRE(ui.TapTarget("Team benchmark"));
    ui.Frames(2);
    REQUIRE(ui.host.downloads.size() == 1);
    CHECK(ui.host.downloads[0].filename == "systemic-benchmark-b2b-2026-11-22.json");
    const BenchmarkLoad load = LoadBenchmark(ui.host.downloads[0].data);
    REQUIRE(load.benchmark);
    CHECK(load.benchmark->n == 5);
    CHECK(load.benchmark->created == "2026-11-22");
    CHECK(ui.host.downloads[0].data.find("Respondent") == std::string::npos);   // no names
}
