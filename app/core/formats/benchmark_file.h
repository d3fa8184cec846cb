// benchmark_file.h — the anonymous benchmark file (model/benchmark.h) written and read with full checks.
// Format (docs/benchmark.md), keys in this order:
//   {"schema_version": 1, "kind": "systemic-benchmark", "quantiles": "type7",
//    "questionnaire": {"id": "b2b", "version": 1}, "created": "2026-12-01", "n": 12,
//    "overall": STAT, "systemic_index": STAT, "areas": [STAT with "id"], "drivers": [STAT with "id"]}
//   STAT = {"n": 12, "min": 10, "q25": 25.5, "median": 40, "q75": 62.25, "max": 90}, or {"n": 3, "withheld": true}
//   when fewer than 5 results had a score there. Percents 0..100, in order min <= q25 <= median <= q75 <= max.
//   A compact benchmark (one that came in an invitation link, model/benchmark.h) says "compact": true after "n";
//   its STATs have no "min" and "max" (q25 <= median <= q75 only) and "drivers" is empty.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "model/benchmark.h"
#include "model/issue.h"
#include "model/questionnaire.h"

namespace systemic {

constexpr int kBenchmarkSchemaVersion = 1;   // log: 2026-12-01 — 1: first version; the same day: optional "compact"

std::string SaveBenchmark(const Benchmark& b);   // pretty JSON, fixed key order, ends with "\n"

struct BenchmarkLoad {
    std::optional<Benchmark> benchmark;   // set when there are no Errors
    Issues issues;                        // located (JSON pointer, line, column): benchmark.* and json.* codes
};
// Every fault is an Issue with the JSON pointer of the value: benchmark.missing_field, benchmark.wrong_type,
// benchmark.out_of_range (a percent outside 0..100, n below 0), benchmark.schema_version, benchmark.not_benchmark
// (no "kind": "systemic-benchmark"), benchmark.quantile_method (not "type7"), benchmark.invalid_date,
// benchmark.too_few (n below 5 with figures, overall n below 5), benchmark.unordered (quantiles out of order),
// benchmark.duplicate_id; benchmark.unknown_field (a warning). Never throws.
BenchmarkLoad LoadBenchmark(std::string_view json_text);
// Against the questionnaire a result is scored with: benchmark.wrong_questionnaire (Error, path /questionnaire/id)
// when the ids differ; benchmark.questionnaire_changed (Warning) when the versions differ. Empty when it fits.
Issues CheckBenchmarkFits(const Benchmark& b, const Questionnaire& q);

} // namespace systemic
