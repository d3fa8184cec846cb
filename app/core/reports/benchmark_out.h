// benchmark_out.h — one respondent's areas against an anonymous benchmark, as text for the command line.
#pragma once

#include <string>

#include "model/benchmark.h"
#include "model/questionnaire.h"
#include "rules/scoring.h"

namespace systemic {

// "Against the benchmark (N results, built DATE; type-7 quartiles)" then, per area (matched by id), the area's
// percent, its quartile position in plain words (rules/benchmark.h QuartileText) and that area's n; an area the
// benchmark withholds (fewer than 5 results) or does not have says so. The overall and systemic index likewise.
std::string BenchmarkPositionsText(const Questionnaire& q, const Scores& s, const Benchmark& b);

} // namespace systemic
