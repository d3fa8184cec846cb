// commands.h — the subcommands of `systemic`, one function each; args exclude the program and subcommand names.
#pragma once

#include <string>
#include <vector>

namespace systemic::cli {

using Args = std::vector<std::string>;

int RunValidate(const Args& args);   // systemic validate FILE... [--json]
int RunReadability(const Args& args); // systemic readability QUESTIONNAIRE... [--json]
int RunScore(const Args& args);      // systemic score QUESTIONNAIRE RESULT.json [--json|--text]
int RunTeam(const Args& args);       // systemic team QUESTIONNAIRE RESULT... [--json|--csv]
int RunReport(const Args& args);     // systemic report [--team] QUESTIONNAIRE RESULT... [--out FILE] [--date DATE]
int RunExport(const Args& args);     // systemic export QUESTIONNAIRE RESULT... --csv questions|areas|team [--out FILE]
int RunSynth(const Args& args);      // systemic synth QUESTIONNAIRE --count N [--seed S] --out DIR
int RunLink(const Args& args);       // systemic link encode|decode|invite|decode-invite ... (results and invitation links)

} // namespace systemic::cli
