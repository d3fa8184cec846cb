// cli_score.cpp — `systemic score QUESTIONNAIRE RESULT.json [--json|--text]`: one respondent's scores.
// Problems with the files are printed as located compiler-style lines on stderr, and the exit status is 1.
#include <cstdio>
#include <memory>
#include <optional>
#include <string>

#include <CLI/CLI.hpp>

#include "cli_io.h"
#include "cli_results.h"
#include "commands.h"
#include "formats/benchmark_file.h"
#include "reports/benchmark_out.h"
#include "reports/scores_out.h"
#include "rules/scoring.h"

namespace systemic::cli {

namespace {

struct ScoreOptions {
    std::string questionnaire;
    std::string result;
    bool as_json = false;
    std::string benchmark;   // --benchmark FILE: quartile positions after the text report
};

int RunScore(const ScoreOptions& o) {
    const std::optional<Questionnaire> q = LoadQuestionnaireArg(o.questionnaire);
    if (!q) return 1;
    const std::optional<Result> result = LoadResultFile(o.result, *q);
    if (!result) return 1;
    std::optional<Benchmark> benchmark;
    if (!o.benchmark.empty()) {
        const TextRead read = ReadTextFile(o.benchmark);
        if (!read.text) {
            std::fprintf(stderr, "%s\n", FormatIssue(o.benchmark, read.issue).c_str());
            return 1;
        }
        BenchmarkLoad load = LoadBenchmark(*read.text);
        if (load.benchmark) for (const Issue& issue : CheckBenchmarkFits(*load.benchmark, *q)) load.issues.push_back(issue);
        for (const Issue& issue : load.issues) std::fprintf(stderr, "%s\n", FormatIssue(o.benchmark, issue).c_str());
        if (!load.benchmark || HasErrors(load.issues)) return 1;
        benchmark = std::move(load.benchmark);
    }
    const Scores scores = Score(*q, *result);
    std::string out = o.as_json ? ScoresToJson(*q, scores) : ScoresToText(*q, scores);
    if (benchmark) out += BenchmarkPositionsText(*q, scores, *benchmark);
    std::fwrite(out.data(), 1, out.size(), stdout);
    return 0;
}

} // namespace

void AddScore(CLI::App& app, int& exit_code) {
    auto o = std::make_shared<ScoreOptions>();
    CLI::App* sub = app.add_subcommand("score", "score one respondent's results");
    sub->add_option("QUESTIONNAIRE", o->questionnaire, kQuestionnaireHelp)->required();
    sub->add_option("RESULT.json", o->result, "the results file")->required();
    sub->add_flag_callback("--json", [o] { o->as_json = true; }, "scores as JSON, for scripts");
    sub->add_flag_callback("--text", [o] { o->as_json = false; }, "scores as text (the default)");
    sub->add_option("--benchmark", o->benchmark, "a benchmark file: each area's quartile position (text only)");
    sub->callback([o, &exit_code] {
        if (o->as_json && !o->benchmark.empty()) throw CLI::ValidationError("--benchmark", "shows quartile positions in the text report only, not with --json");
        exit_code = RunScore(*o);
    });
}

} // namespace systemic::cli
