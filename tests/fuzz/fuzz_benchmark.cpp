// fuzz_benchmark.cpp — libFuzzer target: LoadBenchmark on arbitrary bytes, then CheckBenchmarkFits against the
// built-in b2b questionnaire and the report's comparison of an empty b2b result with it. An accepted benchmark keeps
// docs/benchmark.md's promises (n >= 5, figures only where n >= 5, in order, in 0..100, no id twice) and saves and
// loads back unchanged; the HTML section carries the benchmark's questionnaire id escaped.
#include <cstddef>
#include <cstdint>
#include <set>
#include <string>
#include <string_view>

#include "formats/benchmark_file.h"
#include "fuzz_common.h"
#include "reports/benchmark_out.h"
#include "reports/html_escape.h"
#include "rules/benchmark.h"
#include "rules/scoring.h"
#include "rules/synthetic.h"

using namespace systemic;
using namespace systemic::fuzz;

namespace {

void CheckStat(const BenchmarkStat& s) {
    FUZZ_CHECK(s.n >= 0);
    FUZZ_CHECK(s.withheld == (s.n < kBenchmarkMinimum));
    if (s.withheld) return;
    const Quantiles& q = s.q;
    FUZZ_CHECK(q.min >= 0.0 && q.max <= 100.0);
    FUZZ_CHECK(q.min <= q.q25 && q.q25 <= q.median && q.median <= q.q75 && q.q75 <= q.max);
    for (double p : {q.min, q.q25, q.median, q.q75, q.max}) {
        const int position = QuartilePosition(p, q);
        FUZZ_CHECK(position >= 1 && position <= 4);
    }
}

void CheckList(const std::vector<BenchmarkStat>& list) {
    std::set<std::string> ids;
    for (const BenchmarkStat& s : list) {
        FUZZ_CHECK(!s.id.empty());
        FUZZ_CHECK(ids.insert(s.id).second);
        CheckStat(s);
    }
}

bool SameStat(const BenchmarkStat& a, const BenchmarkStat& b) {
    return a.id == b.id && a.n == b.n && a.withheld == b.withheld && a.q.min == b.q.min && a.q.q25 == b.q.q25 &&
           a.q.median == b.q.median && a.q.q75 == b.q.q75 && a.q.max == b.q.max;
}

bool SameBenchmark(const Benchmark& a, const Benchmark& b) {
    if (a.questionnaire_id != b.questionnaire_id || a.questionnaire_version != b.questionnaire_version || a.created != b.created ||
        a.n != b.n || !SameStat(a.overall, b.overall) || !SameStat(a.systemic, b.systemic) || a.areas.size() != b.areas.size() ||
        a.drivers.size() != b.drivers.size())
        return false;
    for (std::size_t i = 0; i < a.areas.size(); ++i)
        if (!SameStat(a.areas[i], b.areas[i])) return false;
    for (std::size_t i = 0; i < a.drivers.size(); ++i)
        if (!SameStat(a.drivers[i], b.drivers[i])) return false;
    return true;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    const BenchmarkLoad load = LoadBenchmark(text);
    CheckIssues(load.issues);
    FUZZ_CHECK(load.benchmark.has_value() == !HasErrors(load.issues));
    for (const Issue& issue : load.issues) FUZZ_CHECK(issue.code.rfind("benchmark.", 0) == 0 || issue.code.rfind("json.", 0) == 0);
    if (!load.benchmark) return 0;
    const Benchmark& b = *load.benchmark;
    FUZZ_CHECK(b.n >= kBenchmarkMinimum);
    FUZZ_CHECK(!b.questionnaire_id.empty());
    CheckStat(b.overall);
    CheckStat(b.systemic);
    CheckList(b.areas);
    CheckList(b.drivers);

    // Saved and loaded again: the same benchmark, no issues, and saving is stable.
    const std::string saved = SaveBenchmark(b);
    const BenchmarkLoad again = LoadBenchmark(saved);
    CheckIssues(again.issues);
    FUZZ_CHECK(again.benchmark.has_value() && again.issues.empty());
    FUZZ_CHECK(SameBenchmark(*again.benchmark, b));
    FUZZ_CHECK(SaveBenchmark(*again.benchmark) == saved);

    // Against b2b: another id is an Error at /questionnaire/id, another version a Warning, else nothing.
    const Questionnaire& q = Builtins()[0];
    const Issues fit = CheckBenchmarkFits(b, q);
    CheckIssues(fit);
    FUZZ_CHECK(HasErrors(fit) == (b.questionnaire_id != q.id));
    FUZZ_CHECK(fit.empty() == (b.questionnaire_id == q.id && b.questionnaire_version == q.version));

    // An empty result and a synthetic one (scored once per process), compared: every row and text, no crash; the
    // benchmark's own strings escaped in the HTML.
    static const Scores none = Score(q, NewResult(q));
    static const Scores some = Score(q, SynthRespondent(q, 1u, 0));
    for (const Scores* s : {&none, &some}) {
        const std::vector<BenchmarkRow> rows = BenchmarkRows(q, *s, b);
        FUZZ_CHECK(rows.size() == q.areas.size() + 2);
        for (const BenchmarkRow& row : rows) {
            FUZZ_CHECK(row.quartile >= 0 && row.quartile <= 4);
            FUZZ_CHECK(!row.position.empty() && !row.compared.empty());
            if (s == &none) FUZZ_CHECK(row.quartile == 0);   // nothing scored: nothing placed
        }
        const std::string html = BenchmarkSectionHtml(q, *s, b);
        FUZZ_CHECK(html.find(IsolatedHtml(b.questionnaire_id)) != std::string::npos);   // escaped, in an isolate of its own
        FUZZ_CHECK(!BenchmarkPositionsText(q, *s, b).empty());
    }
    return 0;
}
