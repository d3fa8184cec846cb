// benchmark.cpp — anonymous benchmarks (benchmark.h has the rules in plain words).
#include "rules/benchmark.h"

#include <algorithm>
#include <cmath>

#include "rules/scoring.h"

namespace systemic {

namespace {

long long Hundredths(double percent) { return std::llround(percent * 100.0); }

// Type-7 quantile at p = quarter / 4 of sorted hundredths, in hundredths, exact: 4 x value is a whole number.
double QuantileAt(const std::vector<long long>& x, int quarter) {
    const long long h4 = static_cast<long long>(x.size() - 1) * quarter;   // 4h
    const std::size_t lo = static_cast<std::size_t>(h4 / 4);
    const long long rem = h4 % 4;
    long long four = x[lo] * 4;
    if (rem > 0) four += rem * (x[lo + 1] - x[lo]);
    // four / 4 hundredths, rounded half away from zero (values are >= 0 here, so half up).
    const long long rounded = four >= 0 ? (four + 2) / 4 : -((-four + 2) / 4);
    return static_cast<double>(rounded) / 100.0;
}

BenchmarkStat StatOf(const std::string& id, const std::vector<double>& percents) {
    BenchmarkStat s;
    s.id = id;
    s.n = static_cast<int>(percents.size());
    s.withheld = s.n < kBenchmarkMinimum;
    if (!s.withheld) s.q = QuantilesOf(percents);
    return s;
}

} // namespace

Quantiles QuantilesOf(std::vector<double> percents) {
    Quantiles q;
    if (percents.empty()) return q;
    std::vector<long long> x;
    for (double p : percents) x.push_back(Hundredths(p));
    std::sort(x.begin(), x.end());
    q.min = static_cast<double>(x.front()) / 100.0;
    q.q25 = QuantileAt(x, 1);
    q.median = QuantileAt(x, 2);
    q.q75 = QuantileAt(x, 3);
    q.max = static_cast<double>(x.back()) / 100.0;
    return q;
}

BenchmarkBuild BuildBenchmark(const Questionnaire& q, const std::vector<Result>& results, const std::string& created) {
    BenchmarkBuild build;
    const int n = static_cast<int>(results.size());
    if (n < kBenchmarkMinimum) {
        Issue issue;
        issue.code = "benchmark.too_few";
        issue.message = "a benchmark needs results from at least " + std::to_string(kBenchmarkMinimum) + " respondents, found " +
                        std::to_string(n) + ": figures from so few could identify a person";
        build.issues.push_back(issue);
        return build;
    }
    std::vector<double> overall, systemic;
    std::vector<std::vector<double>> areas(q.areas.size()), drivers(q.drivers.size());
    for (const Result& r : results) {
        const Scores s = Score(q, r);
        if (s.overall.scored) overall.push_back(s.overall.percent);
        if (s.balance.scored) systemic.push_back(s.balance.systemic_index);
        for (std::size_t a = 0; a < q.areas.size(); ++a)
            if (s.areas[a].scored) areas[a].push_back(s.areas[a].percent);
        for (std::size_t d = 0; d < q.drivers.size(); ++d)
            if (s.drivers[d].scored) drivers[d].push_back(s.drivers[d].percent);
    }
    Benchmark b;
    b.questionnaire_id = q.id;
    b.questionnaire_version = q.version;
    b.created = created;
    b.n = n;
    b.overall = StatOf("", overall);
    b.systemic = StatOf("", systemic);
    for (std::size_t a = 0; a < q.areas.size(); ++a) b.areas.push_back(StatOf(q.areas[a].id, areas[a]));
    for (std::size_t d = 0; d < q.drivers.size(); ++d) b.drivers.push_back(StatOf(q.drivers[d].id, drivers[d]));
    build.benchmark = std::move(b);
    return build;
}

int QuartilePosition(double percent, const Quantiles& q) {
    const long long p = Hundredths(percent);
    if (p < Hundredths(q.q25)) return 1;
    if (p < Hundredths(q.median)) return 2;
    if (p < Hundredths(q.q75)) return 3;
    return 4;
}

const char* QuartileText(int position) {
    switch (position) {
    case 1: return "in the lowest quarter (1st quartile)";
    case 2: return "below the middle (2nd quartile)";
    case 3: return "above the middle (3rd quartile)";
    default: break;
    }
    return "in the highest quarter (4th quartile)";
}

} // namespace systemic
