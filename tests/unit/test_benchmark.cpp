// test_benchmark.cpp — anonymous benchmarks (rules/benchmark.h, formats/benchmark_file.h): type-7 quantiles,
// n < 5 refused, the file read back with every kind of defect located by its JSON pointer, quartile positions.
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include "formats/benchmark_file.h"
#include "reports/benchmark_out.h"
#include "reports/results_report.h"
#include "rules/benchmark.h"
#include "scoring_fixtures.h"

using namespace systemic;
using namespace systemic::test;

namespace {

// Five results of a 2-area questionnaire: area 0 at levels 1..5 (0, 25, 50, 75, 100 %), area 1 answered by four.
std::vector<Result> FiveResults(const Questionnaire& q) {
    std::vector<Result> results;
    for (int level = 1; level <= 5; ++level)
        results.push_back(level < 5 ? MakeResult(q, {{"q0-0", level, 5}, {"q1-0", 3, 4}}) : MakeResult(q, {{"q0-0", level, 5}}));
    return results;
}

std::string ValidText() {
    const Questionnaire q = MakeQuestionnaire(2, 1);
    const BenchmarkBuild build = BuildBenchmark(q, FiveResults(q), "2026-12-01");
    REQUIRE(build.benchmark.has_value());
    return SaveBenchmark(*build.benchmark);
}

// Loads `text` and checks its first Error has `code` at `path`.
void CheckRejected(const std::string& text, const std::string& code, const std::string& path) {
    const BenchmarkLoad load = LoadBenchmark(text);
    CHECK_FALSE(load.benchmark.has_value());
    bool found = false;
    for (const Issue& i : load.issues) found = found || (i.severity == Severity::Error && i.code == code && i.path == path);
    CHECK_MESSAGE(found, "wanted " << code << " at '" << path << "' in " << text.substr(0, 200) << "; got "
                                   << (load.issues.empty() ? std::string("nothing") : load.issues[0].code + " at '" + load.issues[0].path + "'"));
}

template <typename Edit>
std::string Edited(Edit edit) {
    nlohmann::ordered_json j = nlohmann::ordered_json::parse(ValidText());
    edit(j);
    return j.dump(2);
}

} // namespace

TEST_CASE("benchmark: type-7 quantiles, exact on a known set") {
    const Quantiles a = QuantilesOf({50, 10, 40, 20, 30});
    CHECK(a.min == 10.0);
    CHECK(a.q25 == 20.0);
    CHECK(a.median == 30.0);
    CHECK(a.q75 == 40.0);
    CHECK(a.max == 50.0);
    // R: quantile(c(0, 10, 20, 25, 40, 100)) = 0, 12.5, 22.5, 36.25, 100 (type 7, its default).
    const Quantiles b = QuantilesOf({100, 0, 25, 10, 40, 20});
    CHECK(b.q25 == 12.5);
    CHECK(b.median == 22.5);
    CHECK(b.q75 == 36.25);
    // Rounded to hundredths half away from zero: 0.0025 -> 0, 0.005 -> 0.01, 0.0075 -> 0.01.
    const Quantiles c = QuantilesOf({0.0, 0.01});
    CHECK(c.q25 == 0.0);
    CHECK(c.median == 0.01);
    CHECK(c.q75 == 0.01);
    const Quantiles one = QuantilesOf({41.67});
    CHECK(one.min == 41.67);
    CHECK(one.median == 41.67);
}

TEST_CASE("benchmark: fewer than 5 results are refused, 5 are accepted; a score with fewer than 5 is withheld") {
    const Questionnaire q = MakeQuestionnaire(2, 1);
    std::vector<Result> results = FiveResults(q);
    const BenchmarkBuild five = BuildBenchmark(q, results, "2026-12-01");
    REQUIRE(five.benchmark.has_value());
    const Benchmark& b = *five.benchmark;
    CHECK(b.n == 5);
    CHECK(b.created == "2026-12-01");
    CHECK(b.questionnaire_id == "made");
    REQUIRE(b.areas.size() == 2);
    CHECK(b.areas[0].id == "a0");
    CHECK(b.areas[0].n == 5);
    CHECK_FALSE(b.areas[0].withheld);
    CHECK(b.areas[0].q.min == 0.0);
    CHECK(b.areas[0].q.q25 == 25.0);
    CHECK(b.areas[0].q.median == 50.0);
    CHECK(b.areas[0].q.q75 == 75.0);
    CHECK(b.areas[0].q.max == 100.0);
    CHECK(b.areas[1].n == 4);
    CHECK(b.areas[1].withheld);
    CHECK(b.overall.n == 5);
    // Nothing personal in the file: no names, notes, answers or question ids.
    Result named = results[0];
    named.respondent.name = "Alex Secret";
    named.respondent.organisation = "Secret Ltd";
    named.answers[0].note = "a private note";
    results[0] = named;
    const std::string text = SaveBenchmark(*BuildBenchmark(q, results, "2026-12-01").benchmark);
    CHECK(text.find("Secret") == std::string::npos);
    CHECK(text.find("private") == std::string::npos);
    CHECK(text.find("q0-0") == std::string::npos);
    CHECK(text.find("\"answers\"") == std::string::npos);

    results.pop_back();
    const BenchmarkBuild four = BuildBenchmark(q, results, "2026-12-01");
    CHECK_FALSE(four.benchmark.has_value());
    REQUIRE(four.issues.size() == 1);
    CHECK(four.issues[0].code == "benchmark.too_few");
    CHECK(four.issues[0].message.find("found 4") != std::string::npos);
    CHECK_FALSE(BuildBenchmark(q, {}, "2026-12-01").benchmark.has_value());
}

TEST_CASE("benchmark: the file round-trips, and the quartile position reads in plain words") {
    const BenchmarkLoad load = LoadBenchmark(ValidText());
    REQUIRE(load.benchmark.has_value());
    CHECK(load.issues.empty());
    const Benchmark& b = *load.benchmark;
    CHECK(b.areas[0].q.q75 == 75.0);
    CHECK(b.areas[1].withheld);
    CHECK(SaveBenchmark(b) == ValidText());
    CHECK(QuartilePosition(10.0, b.areas[0].q) == 1);
    CHECK(QuartilePosition(25.0, b.areas[0].q) == 2);   // at the 25th percentile: the 2nd quartile
    CHECK(QuartilePosition(49.99, b.areas[0].q) == 2);
    CHECK(QuartilePosition(50.0, b.areas[0].q) == 3);
    CHECK(QuartilePosition(75.0, b.areas[0].q) == 4);
    CHECK(QuartilePosition(100.0, b.areas[0].q) == 4);
    CHECK(std::string(QuartileText(1)) == "in the lowest quarter (1st quartile)");
    CHECK(std::string(QuartileText(4)) == "in the highest quarter (4th quartile)");

    Questionnaire q = MakeQuestionnaire(2, 1);
    CHECK(CheckBenchmarkFits(b, q).empty());
    q.version = 2;
    REQUIRE(CheckBenchmarkFits(b, q).size() == 1);
    CHECK(CheckBenchmarkFits(b, q)[0].severity == Severity::Warning);
    q.id = "other";
    CHECK(CheckBenchmarkFits(b, q)[0].code == "benchmark.wrong_questionnaire");
    CHECK(CheckBenchmarkFits(b, q)[0].path == "/questionnaire/id");
}

TEST_CASE("benchmark: every kind of defect in a benchmark file is rejected at its JSON pointer") {
    using J = nlohmann::ordered_json;
    CheckRejected("{\"n\": ", "json.syntax", "/n");
    CheckRejected("[]", "benchmark.wrong_type", "");
    CheckRejected(Edited([](J& j) { j.erase("kind"); }), "benchmark.not_benchmark", "");
    CheckRejected(Edited([](J& j) { j["kind"] = "results"; }), "benchmark.not_benchmark", "/kind");
    CheckRejected(Edited([](J& j) { j["schema_version"] = 2; }), "benchmark.schema_version", "/schema_version");
    CheckRejected(Edited([](J& j) { j.erase("schema_version"); }), "benchmark.missing_field", "/schema_version");
    CheckRejected(Edited([](J& j) { j["quantiles"] = "type6"; }), "benchmark.quantile_method", "/quantiles");
    CheckRejected(Edited([](J& j) { j["questionnaire"].erase("id"); }), "benchmark.missing_field", "/questionnaire/id");
    CheckRejected(Edited([](J& j) { j["questionnaire"]["version"] = "one"; }), "benchmark.wrong_type", "/questionnaire/version");
    CheckRejected(Edited([](J& j) { j["questionnaire"] = 7; }), "benchmark.wrong_type", "/questionnaire");
    CheckRejected(Edited([](J& j) { j["created"] = "2026-02-30"; }), "benchmark.invalid_date", "/created");
    CheckRejected(Edited([](J& j) { j["created"] = "yesterday"; }), "benchmark.invalid_date", "/created");
    CheckRejected(Edited([](J& j) { j["n"] = 4; }), "benchmark.too_few", "/n");
    CheckRejected(Edited([](J& j) { j["n"] = -1; }), "benchmark.out_of_range", "/n");
    CheckRejected(Edited([](J& j) { j["overall"]["median"] = 120; }), "benchmark.out_of_range", "/overall/median");
    CheckRejected(Edited([](J& j) { j["overall"]["median"] = "50"; }), "benchmark.wrong_type", "/overall/median");
    CheckRejected(Edited([](J& j) { j["overall"].erase("q25"); }), "benchmark.missing_field", "/overall/q25");
    CheckRejected(Edited([](J& j) { j["areas"][0]["q75"] = 40; }), "benchmark.unordered", "/areas/0/q75");
    CheckRejected(Edited([](J& j) { j["areas"][1]["min"] = 10; }), "benchmark.too_few", "/areas/1/min");
    CheckRejected(Edited([](J& j) { j["areas"][0]["n"] = 3; }), "benchmark.too_few", "/areas/0/min");
    CheckRejected(Edited([](J& j) { j["areas"][0].erase("id"); }), "benchmark.missing_field", "/areas/0/id");
    CheckRejected(Edited([](J& j) { j["areas"][1]["id"] = "a0"; }), "benchmark.duplicate_id", "/areas/1/id");
    CheckRejected(Edited([](J& j) { j["areas"] = J::object(); }), "benchmark.wrong_type", "/areas");
    CheckRejected(Edited([](J& j) { j["drivers"][0]["withheld"] = "yes"; }), "benchmark.wrong_type", "/drivers/0/withheld");
    CheckRejected(Edited([](J& j) { j.erase("systemic_index"); }), "benchmark.missing_field", "/systemic_index");
    CheckRejected(Edited([](J& j) { j.erase("drivers"); }), "benchmark.missing_field", "/drivers");

    // An unknown field is a warning, located, and the benchmark still loads.
    const BenchmarkLoad extra = LoadBenchmark(Edited([](J& j) { j["names"] = J::array({"Alex"}); }));
    CHECK(extra.benchmark.has_value());
    REQUIRE(extra.issues.size() == 1);
    CHECK(extra.issues[0].code == "benchmark.unknown_field");
    CHECK(extra.issues[0].path == "/names");
    CHECK(extra.issues[0].line > 0);
}

TEST_CASE("benchmark: the report's section and the screen's rows say each score's quartile; input is escaped") {
    Questionnaire q = MakeQuestionnaire(2, 1);
    q.areas[1].name = "<script>alert(1)</script> & Co";
    const BenchmarkBuild build = BuildBenchmark(q, FiveResults(q), "2026-12-01");
    REQUIRE(build.benchmark);
    Benchmark b = *build.benchmark;
    b.questionnaire_id = "<b>x</b>";
    // Area 0 at level 4 (75 %): the 75th percentile of 0, 25, 50, 75, 100 is 75, so the highest quarter. Area 1 has
    // 4 results in the benchmark: withheld.
    const Scores s = Score(q, MakeResult(q, {{"q0-0", 4, 5}, {"q1-0", 3, 4}}));
    const std::vector<BenchmarkRow> rows = BenchmarkRows(q, s, b);
    REQUIRE(rows.size() == 4);
    CHECK(rows[0].key == "overall");
    CHECK(rows[1].name == "Systemic index");
    CHECK(rows[2].yours == "75 %");
    CHECK(rows[2].quartile == 4);
    CHECK(rows[2].position == "in the highest quarter (4th quartile)");
    CHECK(rows[2].compared == "5 results, middle 50 %");
    CHECK(rows[3].quartile == 0);
    CHECK(rows[3].position == "Not compared: fewer than 5 results here");
    CHECK(rows[3].compared == "4 results, figures withheld");

    const std::string html = BenchmarkSectionHtml(q, s, b);
    CHECK(html.find("<section aria-labelledby=\"benchmark\">") == 0);
    CHECK(html.find("in the highest quarter (4th quartile)") != std::string::npos);
    CHECK(html.find("<script>") == std::string::npos);
    CHECK(html.find("&lt;script&gt;alert(1)&lt;/script&gt; &amp; Co") != std::string::npos);
    CHECK(html.find("<b>x</b>") == std::string::npos);
    CHECK(html.find("&lt;b&gt;x&lt;/b&gt;") != std::string::npos);
    CHECK(html.find("built <bdi>2026-12-01</bdi>") != std::string::npos);

    // In the whole report, after the summary, when the options carry it; not without.
    ReportOptions options;
    CHECK(ResultsReportHtml(q, MakeResult(q, {{"q0-0", 4, 5}}), Score(q, MakeResult(q, {{"q0-0", 4, 5}})), options).find("id=\"benchmark\"") ==
          std::string::npos);
    options.benchmark = &b;
    const std::string report = ResultsReportHtml(q, MakeResult(q, {{"q0-0", 4, 5}, {"q1-0", 3, 4}}), s, options);
    CHECK(report.find("<h2 id=\"benchmark\">Compared with other businesses</h2>") > report.find("<h2 id=\"summary\">"));
    CHECK(report.find("<h2 id=\"benchmark\">") < report.find("<h2 id=\"areas\">"));
    CHECK(report.find("<a href=\"#benchmark\">") != std::string::npos);
}
