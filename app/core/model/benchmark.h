// benchmark.h — an anonymous benchmark: per area, driver and index, how many results and their quantiles.
// No answers, names, notes or respondent ids: only counts and five numbers per score (docs/benchmark.md).
// Built by rules/benchmark.h, written and read by formats/benchmark_file.h.
#pragma once

#include <string>
#include <vector>

namespace systemic {

constexpr int kBenchmarkMinimum = 5;   // fewer results than this are never summarised: a small group can be re-identified

// Five-number summary of published percents (0..100, 2 decimals): type-7 quantiles (docs/benchmark.md).
struct Quantiles {
    double min = 0.0;
    double q25 = 0.0;
    double median = 0.0;
    double q75 = 0.0;
    double max = 0.0;
};

struct BenchmarkStat {
    std::string id;          // area or driver id; "" for the two indices
    int n = 0;               // results with a score here
    bool withheld = false;   // n < kBenchmarkMinimum: no figures are kept
    Quantiles q;             // meaningful only when !withheld
};

struct Benchmark {
    std::string questionnaire_id;
    int questionnaire_version = 0;
    std::string created;     // ISO 8601 date the benchmark was built (given by the caller; the core has no clock)
    int n = 0;               // results summarised, at least kBenchmarkMinimum
    BenchmarkStat overall;
    BenchmarkStat systemic;
    std::vector<BenchmarkStat> areas;     // in the questionnaire's area order
    std::vector<BenchmarkStat> drivers;   // in the questionnaire's driver order
    // A compact benchmark, as an invitation link carries one (formats/links.h, docs/links.md §2a): only what the
    // results screen's positions need. Its quantiles hold q25, median and q75 to the half percent; min and max are
    // not known (kept as 0 and 100, never shown or written), and it has no drivers.
    bool compact = false;
};

} // namespace systemic
