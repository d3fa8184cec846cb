// benchmark_out.cpp — quartile positions against a benchmark, as text, rows and an HTML section (benchmark_out.h).
#include "reports/benchmark_out.h"

#include "reports/html_escape.h"
#include "reports/report_page.h"
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

ScoreValue SystemicValue(const Scores& s) {
    ScoreValue systemic;
    systemic.scored = s.balance.scored;
    systemic.percent = s.balance.systemic_index;
    return systemic;
}

const BenchmarkStat* AreaStat(const Benchmark& b, const std::string& id) {
    for (const BenchmarkStat& st : b.areas)
        if (st.id == id) return &st;
    return nullptr;
}

std::string ResultsText(int n) { return std::to_string(n) + (n == 1 ? " result" : " results"); }

BenchmarkRow RowOf(std::string key, std::string name, const ScoreValue& v, const BenchmarkStat* stat) {
    BenchmarkRow row;
    row.key = std::move(key);
    row.name = std::move(name);
    row.yours = v.scored ? FormatPercent(v.percent) : std::string("no answers");
    if (!stat) {
        row.position = "Not compared";
        row.compared = "not in this benchmark";
    } else if (stat->withheld) {
        row.position = "Not compared: fewer than 5 results here";
        row.compared = ResultsText(stat->n) + ", figures withheld";
    } else {
        row.compared = ResultsText(stat->n) + ", middle " + FormatPercent(stat->q.median);
        if (v.scored) {
            row.quartile = QuartilePosition(v.percent, stat->q);
            row.position = QuartileText(row.quartile);
        } else {
            row.position = "Not compared: no answers here";
        }
    }
    return row;
}

} // namespace

std::string BenchmarkPositionsText(const Questionnaire& q, const Scores& s, const Benchmark& b) {
    std::string out = "\nAgainst the benchmark (" + std::to_string(b.n) + " results of \"" + b.questionnaire_id + "\" version " +
                      std::to_string(b.questionnaire_version) + ", built " + b.created + "; type-7 quartiles)\n";
    out += PositionLine("Overall index", s.overall, &b.overall);
    out += PositionLine("Systemic index", SystemicValue(s), &b.systemic);
    for (std::size_t a = 0; a < q.areas.size(); ++a) out += PositionLine(q.areas[a].name, s.areas[a], AreaStat(b, q.areas[a].id));
    return out;
}

std::vector<BenchmarkRow> BenchmarkRows(const Questionnaire& q, const Scores& s, const Benchmark& b) {
    std::vector<BenchmarkRow> rows;
    rows.push_back(RowOf("overall", "Overall index", s.overall, &b.overall));
    rows.push_back(RowOf("systemic", "Systemic index", SystemicValue(s), &b.systemic));
    for (std::size_t a = 0; a < q.areas.size() && a < s.areas.size(); ++a)
        rows.push_back(RowOf(q.areas[a].id, q.areas[a].name, s.areas[a], AreaStat(b, q.areas[a].id)));
    return rows;
}

const char* QuartileMeaning() {
    return "Quartiles split the businesses in the benchmark into four equal groups by score, from the lowest quarter "
           "(1st quartile) to the highest (4th quartile).";
}

std::string BenchmarkSectionHtml(const Questionnaire& q, const Scores& s, const Benchmark& b) {
    using namespace report;
    std::string out = "<section aria-labelledby=\"benchmark\">\n<h2 id=\"benchmark\">Compared with other businesses</h2>\n";
    out += "<p class=\"intro\">Against an anonymous benchmark of " + ResultsText(b.n) + " of the questionnaire " + IsolatedHtml(b.questionnaire_id) +
           " (version " + std::to_string(b.questionnaire_version) + "), built " + IsolatedHtml(b.created) +
           ". It holds only counts and quartiles: no answers and no names. " + EscapeHtml(QuartileMeaning()) +
           " A score with fewer than 5 results is not compared: so few could identify a person.</p>\n";
    TableStart(out, "Where your scores stand in the benchmark",
               {Text("Score"), Number("Yours"), Text("Position"), Text("Benchmark")});
    for (const BenchmarkRow& row : BenchmarkRows(q, s, b))
        TableRow(out, {RowHeader(row.name), Number(row.yours), Text(row.position), Text(row.compared)});
    TableEnd(out);
    out += "</section>\n";
    return out;
}

} // namespace systemic
