// cli_score.cpp — `systemic score QUESTIONNAIRE RESULT.json [--json|--text]`: one respondent's scores.
// Problems with the files are printed as located compiler-style lines on stderr, and the exit status is 1.
#include <cstdio>
#include <optional>
#include <string>
#include <vector>

#include "cli_io.h"
#include "cli_results.h"
#include "commands.h"
#include "reports/scores_out.h"
#include "rules/scoring.h"

namespace systemic::cli {

int RunScore(const Args& args) {
    const char* usage = "usage: systemic score QUESTIONNAIRE RESULT.json [--json|--text]\n";
    std::vector<std::string> names;
    bool as_json = false;
    for (const std::string& arg : args) {
        if (arg == "--json") as_json = true;
        else if (arg == "--text") as_json = false;
        else if (arg.size() > 1 && arg[0] == '-') { std::fprintf(stderr, "systemic: unknown option '%s'\n%s", arg.c_str(), usage); return 2; }
        else names.push_back(arg);
    }
    if (names.size() != 2) { std::fputs(usage, stderr); return 2; }

    const std::optional<Questionnaire> q = LoadQuestionnaireArg(names[0]);
    if (!q) return 1;
    const std::optional<Result> result = LoadResultFile(names[1], *q);
    if (!result) return 1;
    const Scores scores = Score(*q, *result);
    const std::string out = as_json ? ScoresToJson(*q, scores) : ScoresToText(*q, scores);
    std::fwrite(out.data(), 1, out.size(), stdout);
    return 0;
}

} // namespace systemic::cli
