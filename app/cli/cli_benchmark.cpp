// cli_benchmark.cpp — `systemic benchmark build QUESTIONNAIRE RESULT... --out FILE [--date DATE]`: an anonymous
// benchmark (docs/benchmark.md) from the same results files `systemic team` aggregates. Refused (exit 1) with fewer
// than 5 results; every file is read first and nothing is written when any cannot be used.
#include <cstdio>
#include <ctime>
#include <memory>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>

#include "cli_io.h"
#include "cli_results.h"
#include "commands.h"
#include "formats/benchmark_file.h"
#include "rules/benchmark.h"
#include "text/dates.h"

namespace systemic::cli {

namespace {

struct BenchmarkOptions {
    std::string questionnaire;
    std::vector<std::string> results;
    std::string out;
    std::string date;   // empty: today (UTC)
};

std::string TodayUtc() {
    const std::time_t now = std::time(nullptr);
    std::tm tm{};
    gmtime_r(&now, &tm);
    char text[16];
    std::strftime(text, sizeof text, "%Y-%m-%d", &tm);
    return text;
}

int RunBuild(const BenchmarkOptions& o) {
    if (!o.date.empty() && (!ParseIsoDate(o.date) || DatePart(o.date).empty()))
        throw CLI::ValidationError("--date", "expected an ISO 8601 date such as 2026-12-01, found " + o.date);
    const std::optional<Questionnaire> q = LoadQuestionnaireArg(o.questionnaire);
    if (!q) return 1;
    std::vector<Result> results;
    if (!LoadResultFiles(o.results, *q, results)) {
        std::fprintf(stderr, "systemic: no benchmark written: fix or leave out the files above\n");
        return 1;
    }
    const BenchmarkBuild build = BuildBenchmark(*q, results, o.date.empty() ? TodayUtc() : o.date);
    if (!build.benchmark) {
        for (const Issue& issue : build.issues) std::fprintf(stderr, "systemic: error: %s [%s]\n", issue.message.c_str(), issue.code.c_str());
        std::fprintf(stderr, "systemic: no benchmark written (docs/benchmark.md says why small groups are refused)\n");
        return 1;
    }
    if (!WriteFile(o.out, SaveBenchmark(*build.benchmark))) {
        std::fprintf(stderr, "%s: error: cannot write this file\n", o.out.c_str());
        return 1;
    }
    std::fprintf(stderr, "%s: benchmark of %d results written\n", o.out.c_str(), build.benchmark->n);
    return 0;
}

} // namespace

void AddBenchmark(CLI::App& app, int& exit_code) {
    CLI::App* sub = app.add_subcommand("benchmark", "anonymous benchmarks: n and quartiles per area, no answers or names");
    sub->require_subcommand(1, 1);
    auto o = std::make_shared<BenchmarkOptions>();
    CLI::App* build = sub->add_subcommand("build", "write a benchmark from 5 or more results files (the inputs of systemic team)");
    build->add_option("QUESTIONNAIRE", o->questionnaire, kQuestionnaireHelp)->required();
    build->add_option("RESULT", o->results, "results files, one per respondent (at least 5)")->required();
    build->add_option("--out", o->out, "the benchmark file to write")->required();
    build->add_option("--date", o->date, "the date to record, YYYY-MM-DD (default: today, UTC)");
    build->callback([o, &exit_code] { exit_code = RunBuild(*o); });
}

} // namespace systemic::cli
