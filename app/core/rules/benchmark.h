// benchmark.h — building an anonymous benchmark from several results, and where one score sits in it.
// Pure functions; numbers exact in hundredths, identical natively and in the browser.
#pragma once

// THE RULES IN PLAIN WORDS (docs/benchmark.md has them with a worked example)
// Input: n results of one questionnaire, each scored with Score (rules/scoring.h). Refused (benchmark.too_few) when
//   n < 5: quantiles of so few results let anyone who knows the group work out one person's scores.
// Per area, per driver, the overall index and the systemic index: n = the results with a score there, and the
//   quantiles min, 25th, median, 75th, max of those published percents. A score with fewer than 5 results is
//   withheld (its n only), for the same reason.
// Quantiles: type 7 (Hyndman & Fan 1996; the default of R, NumPy and spreadsheets' QUARTILE.INC): sorted values
//   x[0..n-1], h = (n - 1) p, value = x[floor h] + (h - floor h) (x[floor h + 1] - x[floor h]). Chosen because the
//   same figures come out of any spreadsheet a consultant checks them with. Computed exactly in hundredths and
//   rounded half away from zero to 2 decimals.
// Quartile position of a percent: 1st quartile below q25, 2nd below the median, 3rd below q75, 4th from q75 up.

#include <optional>
#include <string>
#include <vector>

#include "model/benchmark.h"
#include "model/issue.h"
#include "model/questionnaire.h"
#include "model/result.h"

namespace systemic {

struct BenchmarkBuild {
    std::optional<Benchmark> benchmark;   // set when there are at least kBenchmarkMinimum results
    Issues issues;                        // benchmark.too_few (Error) otherwise
};

Quantiles QuantilesOf(std::vector<double> percents);   // type 7 over published percents; all 0 when empty
// `created`: the ISO 8601 date to record (the caller's clock). Every result must be a result of q (loaded into q).
BenchmarkBuild BuildBenchmark(const Questionnaire& q, const std::vector<Result>& results, const std::string& created);

int QuartilePosition(double percent, const Quantiles& q);   // 1..4 (rule above)
const char* QuartileText(int position);   // "in the lowest quarter (1st quartile)", ... "in the highest quarter (4th quartile)"

} // namespace systemic
