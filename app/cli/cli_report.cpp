// cli_report.cpp — `systemic report` (the printable HTML report, one respondent or a team) and `systemic export` (CSV).
// Both write to stdout unless --out names a file; the date defaults to the results' own, so the output is reproducible.
#include <cstdio>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>

#include "cli_io.h"
#include "cli_results.h"
#include "commands.h"
#include "reports/csv.h"
#include "reports/results_report.h"
#include "reports/team_report.h"
#include "rules/scoring.h"
#include "rules/team.h"

namespace systemic::cli {

namespace {

struct OutputOptions {
    std::string questionnaire;
    std::vector<std::string> results;
    std::string out;    // --out FILE; empty: stdout
    std::string date;   // --date TEXT (report)
    std::string csv;    // --csv TABLE (export)
    bool team = false;  // --team (report)
};

// Every results file is read first; when any cannot be used nothing is written (as in `systemic team`).
bool LoadAll(const OutputOptions& o, const Questionnaire& q, std::vector<Result>& results) {
    if (LoadResultFiles(o.results, q, results)) return true;
    std::fprintf(stderr, "systemic: nothing written: fix or leave out the files above\n");
    return false;
}

int Emit(const std::string& text, const std::string& out) {
    if (out.empty()) {
        std::fwrite(text.data(), 1, text.size(), stdout);
        return 0;
    }
    if (!WriteFile(out, text)) {
        std::fprintf(stderr, "%s: error: cannot write this file\n", out.c_str());
        return 1;
    }
    return 0;
}

// One respondent's table takes one results file; a team's takes any number. A usage error otherwise.
void CheckResultCount(const OutputOptions& o, bool team, const char* team_option) {
    if (!team && o.results.size() != 1)
        throw CLI::ValidationError("RESULT", "one results file, or " + std::string(team_option) + " for several; found " +
                                                 std::to_string(o.results.size()));
}

int RunReport(const OutputOptions& o) {
    CheckResultCount(o, o.team, "--team");
    const std::optional<Questionnaire> q = LoadQuestionnaireArg(o.questionnaire);
    if (!q) return 1;
    std::vector<Result> results;
    if (!LoadAll(o, *q, results)) return 1;
    ReportOptions options;
    options.date = o.date;
    options.tool_version = SYSTEMIC_VERSION;
    const std::string html = o.team ? TeamReportHtml(*q, results, AggregateTeam(*q, results), options)
                                    : ResultsReportHtml(*q, results[0], Score(*q, results[0]), options);
    return Emit(html, o.out);
}

int RunExport(const OutputOptions& o) {
    const bool team = o.csv == "team";
    CheckResultCount(o, team, "--csv team");
    const std::optional<Questionnaire> q = LoadQuestionnaireArg(o.questionnaire);
    if (!q) return 1;
    std::vector<Result> results;
    if (!LoadAll(o, *q, results)) return 1;
    if (team) return Emit(TeamCsv(*q, AggregateTeam(*q, results)), o.out);
    const Scores scores = Score(*q, results[0]);
    return Emit(o.csv == "questions" ? ResultsCsvQuestions(*q, results[0], scores) : ResultsCsvAreas(*q, scores), o.out);
}

} // namespace

void AddReport(CLI::App& app, int& exit_code) {
    auto o = std::make_shared<OutputOptions>();
    CLI::App* sub = app.add_subcommand("report", "the printable HTML report of one respondent, or with --team of a team");
    sub->add_option("QUESTIONNAIRE", o->questionnaire, kQuestionnaireHelp)->required();
    sub->add_option("RESULT", o->results, "one results file; with --team, one per respondent")->required();
    sub->add_flag("--team", o->team, "the team report of several results files");
    sub->add_option("--out", o->out, "write to FILE (default: stdout)")->type_name("FILE");
    sub->add_option("--date", o->date, "the date printed on the report (default: the results' own)")->type_name("DATE");
    sub->callback([o, &exit_code] { exit_code = RunReport(*o); });
}

void AddExport(CLI::App& app, int& exit_code) {
    auto o = std::make_shared<OutputOptions>();
    CLI::App* sub = app.add_subcommand("export", "spreadsheet CSV (UTF-8 BOM, CRLF): per question, per area, or a team's table");
    sub->add_option("QUESTIONNAIRE", o->questionnaire, kQuestionnaireHelp)->required();
    sub->add_option("RESULT", o->results, "one results file; with --csv team, one per respondent")->required();
    sub->add_option("--csv", o->csv, "questions or areas (one respondent), team (several)")
        ->required()->type_name("TABLE")->check(CLI::IsMember({"questions", "areas", "team"}));
    sub->add_option("--out", o->out, "write to FILE (default: stdout)")->type_name("FILE");
    sub->callback([o, &exit_code] { exit_code = RunExport(*o); });
}

} // namespace systemic::cli
