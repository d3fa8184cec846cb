// scores_out.h — one respondent's scores as JSON (versioned, for tools) and as a text report (for the command line).
#pragma once

#include <string>

#include "model/questionnaire.h"
#include "reports/scores_out.h"
#include "rules/scoring.h"

namespace systemic {

std::string ScoresToJson(const Questionnaire& q, const Scores& s);       // pretty JSON, fixed key order (kScoresSchemaVersion), ends with "\n"
std::string ScoresToText(const Questionnaire& q, const Scores& s);       // a plain-text report for the command line

} // namespace systemic
