// compare_out.h — progress over time (rules/compare.h) as JSON (versioned, for tools) and as text (command line).
#pragma once

#include <string>

#include "model/questionnaire.h"
#include "rules/compare.h"

namespace systemic {

// Version of CompareToJson's output. Log:
// - 2026-12-01 — 1: first version.
constexpr int kCompareSchemaVersion = 1;

// Pretty JSON, fixed key order, ends with "\n". Keys: schema_version, questionnaire {id, version}, modes_differ,
// overall, systemic_index, areas [...], drivers [...] (each: id, name, earlier, now, target, change, direction; the
// numbers null when not scored), first_steps [...] (question, earlier_today, earlier_target, now_today, outcome),
// acted_on, not_compared [...] (question, side "earlier"/"current", reason).
std::string CompareToJson(const Questionnaire& q, const Comparison& c);
std::string CompareToText(const Questionnaire& q, const Comparison& c);   // a plain-text report for the command line
// The same in plain English as an HTML <section> (every questionnaire text escaped), for a printable report.
std::string CompareSectionHtml(const Questionnaire& q, const Comparison& c);
// A whole self-contained page holding that section (report_page.h's frame: CSP, print CSS, no scripts).
std::string CompareReportHtml(const Questionnaire& q, const Comparison& c, const std::string& footer);

} // namespace systemic
