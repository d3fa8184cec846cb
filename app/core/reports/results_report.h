// results_report.h — the printable HTML report of one respondent's results (reports/team_report.h: a team's).
// One self-contained, accessible HTML5 file each: no scripts, no external resources, vector charts, prints to A4.
#pragma once

// Every string the report did not write itself is escaped: names, notes, and all questionnaire texts (a custom
// questionnaire is user input too). A strict Content-Security-Policy meta tag backs that up: no scripts, no fetches.
// The core has no clock, so the report date comes from the options or, failing that, from the results' own dates.
// Same inputs give the same bytes natively and in the browser (fixed number formatting, no libm trigonometry).

#include <string>
#include <vector>

#include "model/benchmark.h"
#include "model/questionnaire.h"
#include "model/result.h"
#include "rules/compare.h"
#include "rules/scoring.h"

namespace systemic {

struct ReportOptions {
    std::string date;                 // shown as the report's date, verbatim; empty: the results' updated (or created) date
    std::string organisation;         // overrides the organisation of the result(s) when not empty
    std::string tool_version;         // shown in the footer ("Systemic 0.1.0") when not empty
    int max_priorities = 10;          // priorities listed with their "how to move up" steps
    int max_hot_spots = 10;           // team report: questions listed as disagreement and role-gap hot spots
    bool method = true;               // the "How these scores were computed" section
    bool appendix = true;             // the appendix table of every question
    const Benchmark* benchmark = nullptr;   // when set, "Compared with other businesses" (reports/benchmark_out.h) follows the summary; it must be of q's id
    // Progress over time: an earlier result compared with this one (rules/compare.h, Compare(q, earlier, r)), shown
    // after the summary as compare_out.h's CompareSectionHtml; nullptr: no comparison section. Not owned.
    const Comparison* comparison = nullptr;
};


std::string ResultsReportHtml(const Questionnaire& q, const Result& r, const Scores& s, const ReportOptions& options);   // the whole page; s must be Score(q, r)

} // namespace systemic
