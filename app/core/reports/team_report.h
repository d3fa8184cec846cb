// team_report.h — the printable HTML report of a team of respondents: spread, agreement, role gaps, agenda.
// Same page frame, escaping and options as the results report (reports/results_report.h).
#pragma once

#include <string>
#include <vector>

#include "model/questionnaire.h"
#include "model/result.h"
#include "reports/results_report.h"
#include "rules/team.h"

namespace systemic {

std::string TeamReportHtml(const Questionnaire& q, const std::vector<Result>& results, const TeamScores& t,
                           const ReportOptions& options);                                                            // the whole page; t must be AggregateTeam(q, results)

} // namespace systemic
