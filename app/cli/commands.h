// commands.h — the subcommands of `systemic`. Each command file adds its own subcommand to the CLI11 app: its
// options, positionals and one-line summary, from which CLI11 writes both `systemic COMMAND --help` and the command
// list of `systemic --help`. When the command is chosen and its arguments parse, it runs and sets `exit_code`:
// 0 done, 1 a problem with the files (printed as "file:line:col: error: ..."). Usage errors are CLI::ParseErrors,
// which main.cpp turns into the command's usage on stderr and exit status 2.
#pragma once

namespace CLI {
class App;
}

namespace systemic::cli {

void AddValidate(CLI::App& app, int& exit_code);      // systemic validate FILE... [--json]
void AddReadability(CLI::App& app, int& exit_code);   // systemic readability QUESTIONNAIRE... [--json]
void AddScore(CLI::App& app, int& exit_code);         // systemic score QUESTIONNAIRE RESULT.json [--json|--text] [--benchmark FILE]
void AddTeam(CLI::App& app, int& exit_code);          // systemic team QUESTIONNAIRE RESULT... [--json|--csv|--text] [--agenda N]
void AddReport(CLI::App& app, int& exit_code);        // systemic report [--team] QUESTIONNAIRE RESULT... [--out FILE] [--date DATE]
void AddExport(CLI::App& app, int& exit_code);        // systemic export QUESTIONNAIRE RESULT... --csv questions|areas|team [--out FILE]
void AddSynth(CLI::App& app, int& exit_code);         // systemic synth QUESTIONNAIRE --count N [--seed S] --out DIR
void AddCompare(CLI::App& app, int& exit_code);       // systemic compare QUESTIONNAIRE EARLIER.json NOW.json [--json|--text]
void AddBenchmark(CLI::App& app, int& exit_code);     // systemic benchmark build QUESTIONNAIRE RESULT... --out FILE [--date DATE]
void AddLink(CLI::App& app, int& exit_code);          // systemic link encode|decode|invite|decode-invite ...

// The help line every QUESTIONNAIRE positional carries.
constexpr const char* kQuestionnaireHelp = "a built-in id (b2b, b2c, public) or the path of a questionnaire JSON file";

} // namespace systemic::cli
