// cli_report.cpp — `systemic report` (the printable HTML report, one respondent or a team) and `systemic export` (CSV).
// Both write to stdout unless --out names a file; the date defaults to the results' own, so the output is reproducible.
#include <cstdio>
#include <optional>
#include <string>
#include <vector>

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

struct Parsed {
    std::vector<std::string> names;   // QUESTIONNAIRE, then the results files
    std::string out;                  // --out FILE; empty: stdout
    std::string date;                 // --date TEXT
    std::string csv;                  // --csv TABLE
    bool team = false;                // --team
};

// false (after a message on stderr) on an unknown or incomplete option; `allowed` lists the options this command takes.
bool ParseArgs(const Args& args, const std::vector<std::string>& allowed, const char* usage, Parsed& p) {
    auto takes = [&](const std::string& option) {
        for (const std::string& a : allowed)
            if (a == option) return true;
        return false;
    };
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string& arg = args[i];
        const bool has_value = i + 1 < args.size();
        if (arg == "--team" && takes(arg)) p.team = true;
        else if (arg == "--out" && takes(arg) && has_value) p.out = args[++i];
        else if (arg == "--date" && takes(arg) && has_value) p.date = args[++i];
        else if (arg == "--csv" && takes(arg) && has_value) p.csv = args[++i];
        else if (arg.size() > 1 && arg[0] == '-') {
            std::fprintf(stderr, "systemic: unknown or incomplete option '%s'\n%s", arg.c_str(), usage);
            return false;
        } else {
            p.names.push_back(arg);
        }
    }
    return true;
}

// Every results file is read first; when any cannot be used nothing is written (as in `systemic team`).
bool LoadAll(const std::vector<std::string>& names, const Questionnaire& q, std::vector<Result>& results) {
    bool failed = false;
    for (std::size_t i = 1; i < names.size(); ++i) {
        std::optional<Result> r = LoadResultFile(names[i], q);
        if (r) results.push_back(std::move(*r));
        else failed = true;
    }
    if (failed) std::fprintf(stderr, "systemic: nothing written: fix or leave out the files above\n");
    return !failed;
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

} // namespace

int RunReport(const Args& args) {
    const char* usage = "usage: systemic report QUESTIONNAIRE RESULT.json [--out FILE] [--date DATE]\n"
                        "       systemic report --team QUESTIONNAIRE RESULT... [--out FILE] [--date DATE]\n";
    Parsed p;
    if (!ParseArgs(args, {"--team", "--out", "--date"}, usage, p)) return 2;
    if (p.team ? p.names.size() < 2 : p.names.size() != 2) { std::fputs(usage, stderr); return 2; }

    const std::optional<Questionnaire> q = LoadQuestionnaireArg(p.names[0]);
    if (!q) return 1;
    std::vector<Result> results;
    if (!LoadAll(p.names, *q, results)) return 1;
    ReportOptions options;
    options.date = p.date;
    options.tool_version = SYSTEMIC_VERSION;
    const std::string html = p.team ? TeamReportHtml(*q, results, AggregateTeam(*q, results), options)
                                    : ResultsReportHtml(*q, results[0], Score(*q, results[0]), options);
    return Emit(html, p.out);
}

int RunExport(const Args& args) {
    const char* usage = "usage: systemic export QUESTIONNAIRE RESULT.json --csv questions|areas [--out FILE]\n"
                        "       systemic export QUESTIONNAIRE RESULT... --csv team [--out FILE]\n";
    Parsed p;
    if (!ParseArgs(args, {"--csv", "--out"}, usage, p)) return 2;
    const bool team = p.csv == "team";
    if (p.csv != "questions" && p.csv != "areas" && !team) {
        std::fprintf(stderr, "systemic: --csv wants questions, areas or team\n%s", usage);
        return 2;
    }
    if (team ? p.names.size() < 2 : p.names.size() != 2) { std::fputs(usage, stderr); return 2; }

    const std::optional<Questionnaire> q = LoadQuestionnaireArg(p.names[0]);
    if (!q) return 1;
    std::vector<Result> results;
    if (!LoadAll(p.names, *q, results)) return 1;
    if (team) return Emit(TeamCsv(*q, AggregateTeam(*q, results)), p.out);
    const Scores scores = Score(*q, results[0]);
    return Emit(p.csv == "questions" ? ResultsCsvQuestions(*q, results[0], scores) : ResultsCsvAreas(*q, scores), p.out);
}

} // namespace systemic::cli
