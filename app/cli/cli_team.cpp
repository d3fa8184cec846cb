// cli_team.cpp — `systemic team QUESTIONNAIRE RESULT... [--json|--csv] [--agenda N]`: several respondents together.
// Every file is checked first; if any cannot be used, nothing is aggregated and the exit status is 1.
// --csv writes the spreadsheet CSV (byte-order mark, CRLF, formula guard on every cell: reports/csv.h), the same
// bytes as `export --csv team` and the page's download, since whoever asks for CSV opens it in a spreadsheet.
#include <cstdio>
#include <cstdlib>
#include <optional>
#include <string>
#include <vector>

#include "cli_io.h"
#include "cli_results.h"
#include "commands.h"
#include "reports/csv.h"
#include "reports/team_out.h"
#include "rules/team.h"

namespace systemic::cli {

int RunTeam(const Args& args) {
    const char* usage = "usage: systemic team QUESTIONNAIRE RESULT... [--json|--csv] [--agenda N]\n";
    enum class Format { Text, Json, Csv } format = Format::Text;
    std::vector<std::string> names;
    int agenda = kAgendaDefaultSize;
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string& arg = args[i];
        if (arg == "--json") format = Format::Json;
        else if (arg == "--csv") format = Format::Csv;
        else if (arg == "--text") format = Format::Text;
        else if (arg == "--agenda" && i + 1 < args.size()) {
            char* end = nullptr;
            const long n = std::strtol(args[++i].c_str(), &end, 10);
            if (!end || *end != '\0' || n < 0 || n > 1000) { std::fprintf(stderr, "systemic: --agenda wants a number from 0 to 1000\n"); return 2; }
            agenda = static_cast<int>(n);
        }
        else if (arg.size() > 1 && arg[0] == '-') { std::fprintf(stderr, "systemic: unknown option '%s'\n%s", arg.c_str(), usage); return 2; }
        else names.push_back(arg);
    }
    if (names.size() < 2) { std::fputs(usage, stderr); return 2; }

    const std::optional<Questionnaire> q = LoadQuestionnaireArg(names[0]);
    if (!q) return 1;
    std::vector<Result> results;
    bool failed = false;
    for (std::size_t i = 1; i < names.size(); ++i) {
        std::optional<Result> r = LoadResultFile(names[i], *q);
        if (r) results.push_back(std::move(*r));
        else failed = true;
    }
    if (failed) {
        std::fprintf(stderr, "systemic: nothing aggregated: fix or leave out the files above\n");
        return 1;
    }
    const TeamScores team = AggregateTeam(*q, results, agenda);
    const std::string out = format == Format::Json ? TeamToJson(*q, team) : format == Format::Csv ? TeamCsv(*q, team) : TeamToText(*q, team);
    std::fwrite(out.data(), 1, out.size(), stdout);
    return 0;
}

} // namespace systemic::cli
