// team_out.h — a team's aggregate as JSON (for tools), a plain CSV table and a text summary (for the command line).
#pragma once

#include <string>

#include "model/questionnaire.h"
#include "reports/table.h"
#include "rules/team.h"

namespace systemic {

std::string TeamToJson(const Questionnaire& q, const TeamScores& t);            // pretty JSON, fixed key order, ends with "\n"
Table TeamTable(const Questionnaire& q, const TeamScores& t);                  // one row per question: id and area id (user text), figures, agree (yes/no), role means
std::string TeamToCsv(const Questionnaire& q, const TeamScores& t);             // WriteCsv(TeamTable, Plain): header first, "\n" line ends, no guard
std::string TeamToText(const Questionnaire& q, const TeamScores& t);            // a readable summary for the command line

} // namespace systemic
