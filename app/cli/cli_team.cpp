// cli_team.cpp — `systemic team QUESTIONNAIRE RESULT... [--json|--csv|--text] [--agenda N]`: several respondents together.
// Every file is checked first; if any cannot be used, nothing is aggregated and the exit status is 1.
// --csv writes the spreadsheet CSV (byte-order mark, CRLF, formula guard on every cell: reports/csv.h), the same
// bytes as `export --csv team` and the page's download, since whoever asks for CSV opens it in a spreadsheet.
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
#include "reports/team_out.h"
#include "rules/team.h"

namespace systemic::cli {

namespace {

enum class TeamFormat { Text, Json, Csv };

struct TeamOptions {
    std::string questionnaire;
    std::vector<std::string> results;
    TeamFormat format = TeamFormat::Text;
    int agenda = kAgendaDefaultSize;
};

int RunTeam(const TeamOptions& o) {
    const std::optional<Questionnaire> q = LoadQuestionnaireArg(o.questionnaire);
    if (!q) return 1;
    std::vector<Result> results;
    if (!LoadResultFiles(o.results, *q, results)) {
        std::fprintf(stderr, "systemic: nothing aggregated: fix or leave out the files above\n");
        return 1;
    }
    const TeamScores team = AggregateTeam(*q, results, o.agenda);
    const std::string out = o.format == TeamFormat::Json  ? TeamToJson(*q, team)
                            : o.format == TeamFormat::Csv ? TeamCsv(*q, team)
                                                          : TeamToText(*q, team);
    std::fwrite(out.data(), 1, out.size(), stdout);
    return 0;
}

} // namespace

void AddTeam(CLI::App& app, int& exit_code) {
    auto o = std::make_shared<TeamOptions>();
    CLI::App* sub = app.add_subcommand("team", "aggregate several respondents of one questionnaire");
    sub->add_option("QUESTIONNAIRE", o->questionnaire, kQuestionnaireHelp)->required();
    sub->add_option("RESULT", o->results, "results files, one per respondent")->required();
    sub->add_flag_callback("--json", [o] { o->format = TeamFormat::Json; }, "the team as JSON, for scripts");
    sub->add_flag_callback("--csv", [o] { o->format = TeamFormat::Csv; }, "the team table as CSV");
    sub->add_flag_callback("--text", [o] { o->format = TeamFormat::Text; }, "the team as text (the default)");
    sub->add_option("--agenda", o->agenda, "how many workshop agenda items (default " + std::to_string(kAgendaDefaultSize) + ")")
        ->check(CLI::Range(0, 1000));
    sub->callback([o, &exit_code] { exit_code = RunTeam(*o); });
}

} // namespace systemic::cli
