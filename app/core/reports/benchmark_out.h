// benchmark_out.h — one respondent's areas against an anonymous benchmark: as text for the command line, as an HTML
// section of the printable report, and as rows the results screen draws (the same words everywhere).
#pragma once

#include <string>
#include <vector>

#include "model/benchmark.h"
#include "model/questionnaire.h"
#include "rules/scoring.h"

namespace systemic {

// "Against the benchmark (N results, built DATE; type-7 quartiles)" then, per area (matched by id), the area's
// percent, its quartile position in plain words (rules/benchmark.h QuartileText) and that area's n; an area the
// benchmark withholds (fewer than 5 results) or does not have says so. The overall and systemic index likewise.
std::string BenchmarkPositionsText(const Questionnaire& q, const Scores& s, const Benchmark& b);

// One row of the comparison: the overall index, the systemic index, then each area in the questionnaire's order.
struct BenchmarkRow {
    std::string key;        // "overall", "systemic", or the area's id
    std::string name;       // "Overall index", "Systemic index", the area's name (not escaped)
    std::string yours;      // "41.7 %", or "no answers"
    std::string position;   // QuartileText ("above the middle (3rd quartile)"), or why there is none
    std::string compared;   // "12 results, middle 40 %", "3 results: too few to compare", "not in this benchmark"
    int quartile = 0;       // 1..4; 0 when not compared
};
std::vector<BenchmarkRow> BenchmarkRows(const Questionnaire& q, const Scores& s, const Benchmark& b);

// What a quartile is, in one plain sentence (the screen and the report say it the same way).
const char* QuartileMeaning();

// The report's section "Compared with other businesses" (<section aria-labelledby="benchmark">): the benchmark's n,
// date and questionnaire, what a quartile is, and BenchmarkRows as a table. Every text is escaped; the benchmark's
// own strings (ids, date) are input and treated as such.
std::string BenchmarkSectionHtml(const Questionnaire& q, const Scores& s, const Benchmark& b);

} // namespace systemic
