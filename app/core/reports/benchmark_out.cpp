// benchmark_out.cpp — quartile positions against a benchmark, as text (benchmark_out.h).
#include "reports/benchmark_out.h"

#include "rules/benchmark.h"
#include "text/numbers.h"
#include "text/utf8.h"

namespace systemic {

namespace {

std::string PositionLine(const std::string& name, const ScoreValue& v, const BenchmarkStat* stat) {
    std::string line = "  " + PadRight(name.substr(0, 32), 34);
    if (!v.scored) return line + "no score here\n";
    line += PadRight(TablePercent(v.percent), 12);
    if (!stat) return line + "not in the benchmark\n";
    if (stat->withheld) return line + "not compared: the benchmark has fewer than 5 results here (n = " + std::to_string(stat->n) + ")\n";
    return line + QuartileText(QuartilePosition(v.percent, stat->q)) + " of " + std::to_string(stat->n) + " (median " +
           TablePercent(stat->q.median) + ")\n";
}

} // namespace

std::string BenchmarkPositionsText(const Questionnaire& q, const Scores& s, const Benchmark& b) {
    std::string out = "\nAgainst the benchmark (" + std::to_string(b.n) + " results of \"" + b.questionnaire_id + "\" version " +
                      std::to_string(b.questionnaire_version) + ", built " + b.created + "; type-7 quartiles)\n";
    ScoreValue systemic;
    systemic.scored = s.balance.scored;
    systemic.percent = s.balance.systemic_index;
    out += PositionLine("Overall index", s.overall, &b.overall);
    out += PositionLine("Systemic index", systemic, &b.systemic);
    for (std::size_t a = 0; a < q.areas.size(); ++a) {
        const BenchmarkStat* stat = nullptr;
        for (const BenchmarkStat& st : b.areas)
            if (st.id == q.areas[a].id) stat = &st;
        out += PositionLine(q.areas[a].name, s.areas[a], stat);
    }
    return out;
}

} // namespace systemic
