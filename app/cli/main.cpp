// main.cpp — `systemic`, the command-line tool: dispatches to one subcommand per file.
#include <cstdio>
#include <cstring>
#include <string>

#include "cli_io.h"
#include "commands.h"

namespace {

const char* kUsage =
    "systemic — customer-management maturity self-assessment, command-line tool\n"
    "\n"
    "usage: systemic COMMAND [ARGS]\n"
    "\n"
    "commands:\n"
    "  validate FILE... [--json]                      check questionnaire files; exit 1 when any has errors\n"
    "  readability QUESTIONNAIRE... [--json]          Flesch reading ease of the question texts\n"
    "  score QUESTIONNAIRE RESULT.json [--json|--text] score one respondent's results\n"
    "  team QUESTIONNAIRE RESULT... [--json|--csv]    aggregate several respondents of one questionnaire\n"
    "  report QUESTIONNAIRE RESULT.json [--out FILE] [--date DATE]\n"
    "                                                 the printable HTML report of one respondent (stdout by default)\n"
    "  report --team QUESTIONNAIRE RESULT... [--out FILE] [--date DATE]\n"
    "                                                 the printable HTML team report\n"
    "  export QUESTIONNAIRE RESULT.json --csv questions|areas [--out FILE]\n"
    "                                                 spreadsheet CSV (UTF-8 BOM, CRLF): one row per question or per area\n"
    "  export QUESTIONNAIRE RESULT... --csv team [--out FILE]\n"
    "                                                 the team table of `team --csv`, for spreadsheets\n"
    "  synth QUESTIONNAIRE --count N [--seed S] --out DIR\n"
    "                                                 write N realistic synthetic results (tests, benchmarks)\n"
    "  link encode|decode|invite|decode-invite ...    results and invitation links (systemic link --help)\n"
    "\n"
    "QUESTIONNAIRE is a built-in id (b2b, b2c, public) or the path of a questionnaire JSON file.\n"
    "  --help      this text\n"
    "  --version   the version of this tool\n";

struct Command {
    const char* name;
    int (*run)(const systemic::cli::Args&);
};

const Command kCommands[] = {
    {"validate", systemic::cli::RunValidate},
    {"readability", systemic::cli::RunReadability},
    {"score", systemic::cli::RunScore},
    {"team", systemic::cli::RunTeam},
    {"report", systemic::cli::RunReport},
    {"export", systemic::cli::RunExport},
    {"synth", systemic::cli::RunSynth},
    {"link", systemic::cli::RunLink},
};

} // namespace

int main(int argc, char** argv) {
    systemic::cli::InstallTerminalGuard();
    if (argc < 2 || std::strcmp(argv[1], "--help") == 0 || std::strcmp(argv[1], "-h") == 0) {
        std::fputs(kUsage, argc < 2 ? stderr : stdout);
        return argc < 2 ? 2 : 0;
    }
    if (std::strcmp(argv[1], "--version") == 0) {
        std::printf("systemic %s\n", SYSTEMIC_VERSION);
        return 0;
    }
    for (const Command& c : kCommands) {
        if (std::strcmp(argv[1], c.name) == 0)
            return c.run(systemic::cli::Args(argv + 2, argv + argc));
    }
    std::fprintf(stderr, "systemic: unknown command '%s' (see systemic --help)\n", argv[1]);
    return 2;
}
