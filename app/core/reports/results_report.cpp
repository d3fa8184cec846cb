// report_html.cpp — one respondent's printable report: summary, charts with their data tables, priorities, method.
// Section by section in the order of the results screen; every section is plain HTML that reads without the charts.
#include "reports/results_report.h"

#include <algorithm>
#include <cstddef>

#include "reports/benchmark_out.h"
#include "reports/compare_out.h"
#include "reports/html_escape.h"
#include "reports/report_page.h"
#include "reports/svg_charts.h"
#include "rules/det_math.h"
#include "text/dates.h"
#include "text/ids.h"
#include "text/numbers.h"

namespace systemic {

// [SECTION] Shared words
// [SECTION] Results report: header, summary, areas, drivers, gaps, heat map, priorities, coverage, method, appendix

using namespace report;

namespace {

bool InRange(int i, std::size_t size) { return i >= 0 && static_cast<std::size_t>(i) < size; }

// Scores computed from another questionnaire would index out of range; the report says so instead of guessing.
bool ScoresFit(const Questionnaire& q, const Scores& s) {
    return s.areas.size() == q.areas.size() && s.drivers.size() == q.drivers.size() && s.stages.size() == q.stages.size() &&
           s.questions.size() == q.questions.size() && s.importance.size() == q.areas.size() && s.heat.size() == q.areas.size() * q.stages.size();
}

// Every text a report did not write itself, isolated so its direction cannot run on into the report's words.
std::string Escaped(const std::string& text) { return IsolatedHtml(text); }

std::string AreaName(const Questionnaire& q, int area) { return InRange(area, q.areas.size()) ? q.areas[area].name : std::string(); }

// "Customer focus question text" with its id underneath, for the first column of question tables.
std::string QuestionHtml(const Question& question) {
    return Escaped(question.text) + "<br><span class=\"id\">" + Escaped(question.id) + "</span>";
}

std::string CoverageText(const Coverage& c) {
    return std::to_string(c.answered) + " of " + std::to_string(c.asked);
}

std::string StatusText(const QuestionScore& qs) {
    if (!qs.asked) return "Not asked (quick scan)";
    switch (qs.status) {
        case AnswerStatus::Answered: return "Answered";
        case AnswerStatus::DontKnow: return "Don't know";
        case AnswerStatus::NotApplicable: return "Not applicable";
        case AnswerStatus::Unanswered: break;
    }
    return "Unanswered";
}

std::string LevelsGapText(int gap) {
    return (gap > 0 ? "+" : "") + std::to_string(gap) + (gap == 1 || gap == -1 ? " level" : " levels");
}

void Header(std::string& out, const Questionnaire& q, const Result& r, const Scores& s, const std::string& organisation, const std::string& date,
            const ReportOptions& options) {
    out += "<header>\n<h1>";
    if (!organisation.empty()) out += Escaped(organisation) + ": ";
    out += "customer management maturity</h1>\n";
    out += "<p class=\"lead\">A self-assessment of how the whole customer-management system works today and where it should be in 12 months.</p>\n";
    out += "<dl class=\"meta\">\n";
    auto item = [&](const char* term, const std::string& value) {
        out += std::string("<dt>") + term + "</dt><dd>" + (value.empty() ? std::string("<span class=\"muted\">Not given</span>") : Escaped(value)) + "</dd>\n";
    };
    item("Organisation", organisation);
    item("Respondent", r.respondent.name);
    item("Role", r.respondent.role == Role::None ? "" : RoleLabel(r.respondent.role));
    item("Date", date);
    item("Questionnaire", (q.title.empty() ? q.id : q.title) + ", version " + std::to_string(q.version));
    item("Assessment", std::string(s.mode == Mode::Quick ? "Quick scan" : "Full assessment") + ", " + Plural(s.overall.coverage.asked, "question asked", "questions asked"));
    out += "</dl>\n</header>\n";
    out += "<nav aria-label=\"Contents\" class=\"toc\"><p><strong>Contents:</strong> <a href=\"#summary\">Summary</a> · ";
    if (options.benchmark) out += "<a href=\"#benchmark\">Compared with others</a> · ";
    out += "<a href=\"#areas\">Areas</a> · <a href=\"#drivers\">Drivers</a> · <a href=\"#gaps\">Gaps</a>";
    if (!q.stages.empty()) out += " · <a href=\"#stages\">Journey stages</a>";
    out += " · <a href=\"#priorities\">Priorities</a> · <a href=\"#coverage\">Coverage</a>";
    if (options.method) out += " · <a href=\"#method\">How scores were computed</a>";
    if (options.appendix) out += " · <a href=\"#appendix\">Every question</a>";
    out += "</p></nav>\n";
}

void Summary(std::string& out, const Questionnaire& q, const Scores& s) {
    out += "<section aria-labelledby=\"summary\">\n<h2 id=\"summary\">Summary</h2>\n";
    const Coverage& c = s.overall.coverage;
    if (!s.overall.scored) {
        out += "<p>No question has a level yet, so there is nothing to score. The appendix lists every question.</p>\n</section>\n";
        return;
    }
    out += "<div class=\"cards\">\n";
    out += "<div class=\"card\"><h3>Overall index</h3><p class=\"big\">" + ReportPercent(s.overall.percent) + "</p><p class=\"stage\">Stage " +
           LevelText(s.overall.level) + "</p><p>" + LevelMeaning(s.overall.level) + "</p><p class=\"small\">In 12 months: " +
           ReportPercent(s.overall.target_percent) + " (" + PointsText(s.overall.gap) + ")</p></div>\n";
    const Balance& b = s.balance;
    if (b.scored) {
        out += "<div class=\"card\"><h3>Systemic index</h3><p class=\"big\">" + ReportPercent(b.systemic_index) + "</p><p class=\"stage\">Stage " +
               LevelText(b.systemic_level) + "</p><p>" + Escaped(b.explanation.empty() ? SystemicExplanation() : b.explanation) + "</p></div>\n";
        if (!b.weakest_areas.empty() && InRange(b.weakest_area, q.areas.size())) {
            const ScoreValue& weak = s.areas[b.weakest_area];
            std::string names;
            for (std::size_t i = 0; i < b.weakest_areas.size(); ++i)
                if (InRange(b.weakest_areas[i], q.areas.size())) names += (i ? ", " : "") + q.areas[b.weakest_areas[i]].name;
            const bool leads = !s.priorities.empty() && s.priorities[0].weakest_link;
            out += "<div class=\"card\"><h3>Weakest link</h3><p class=\"big\">" + ReportPercent(weak.percent) + "</p><p class=\"stage\">" +
                   Escaped(names) + "</p><p>Stage " + LevelText(weak.level) + ". A system is only as strong as its weakest link" +
                   (leads ? ": start here. Its questions come first in the priorities below."
                          : ". No question here has a target above today, so the priorities start elsewhere.") +
                   (weak.single_answer ? " This score rests on one answer." : "") + "</p></div>\n";
        } else if (InRange(b.weakest_area, q.areas.size())) {
            out += "<div class=\"card\"><h3>Weakest link</h3><p class=\"big\">None</p><p>Every area scores the same, so no single area "
                   "holds the others back.</p></div>\n";
        }
        out += "<div class=\"card\"><h3>Spread across areas</h3><p class=\"big\">" + FormatFixed(b.spread, 1) + " points</p><p>Between the strongest area";
        if (InRange(b.strongest_area, q.areas.size())) out += " (" + Escaped(q.areas[b.strongest_area].name) + ")";
        out += " and the weakest; standard deviation " + FormatFixed(b.sd, 1) + " points. The smaller the spread, the better balanced the system.</p></div>\n";
    }
    out += "</div>\n<p>Based on " + std::to_string(c.answered) + " answered of " + std::to_string(c.asked) + " questions asked (" +
           std::to_string(c.dont_know) + " don't know, " + std::to_string(c.not_applicable) + " not applicable, " + std::to_string(c.unanswered) +
           " unanswered). Percent: level 1 is 0 %, level 5 is 100 %.</p>\n</section>\n";
}

void AreasSection(std::string& out, const Questionnaire& q, const Scores& s) {
    out += "<section aria-labelledby=\"areas\">\n<h2 id=\"areas\">Areas: today and in 12 months</h2>\n";
    RadarChart radar;
    radar.id = "chart-radar";
    radar.title = "Radar of the " + std::to_string(q.areas.size()) + " areas, today and in 12 months";
    std::string desc;
    for (std::size_t a = 0; a < q.areas.size(); ++a) {
        const ScoreValue& v = s.areas[a];
        radar.labels.push_back(q.areas[a].name);
        radar.today.push_back(v.percent);
        radar.target.push_back(v.target_percent);
        radar.scored.push_back(v.scored);
        desc += (a ? "; " : "") + Isolate(q.areas[a].name) + ": " + (v.scored ? ReportPercent(v.percent) + " today, " + ReportPercent(v.target_percent) + " target" : "no answers");
    }
    radar.description = "Solid blue line with dots: today. Dashed orange line with squares: in 12 months. " + desc + ". The same figures are in the table below.";
    if (s.overall.scored && RadarDrawable(radar)) {
        out += "<figure>\n<figcaption>Areas today (solid) and in 12 months (dashed); the outer ring is 100 %.</figcaption>\n" + RadarSvg(radar) + "</figure>\n";
    } else if (s.overall.scored) {
        out += "<p class=\"muted\">A radar needs three or more areas; the table shows the scores.</p>\n";
    }
    TableStart(out, "Area scores with importance and coverage",
               {Text("Area"), Number("Importance"), Number("Weight"), Number("Today"), Number("Target"), Number("Gap"), Text("Stage today"),
                Number("Answered")});
    bool any_single = false, any_floor = false;
    for (std::size_t a = 0; a < q.areas.size(); ++a) {
        const ScoreValue& v = s.areas[a];
        const int weight = a < s.area_weights.size() ? s.area_weights[a] : 0;
        const bool floored = std::find(s.floored_areas.begin(), s.floored_areas.end(), static_cast<int>(a)) != s.floored_areas.end();
        any_single = any_single || (v.scored && v.single_answer);
        any_floor = any_floor || floored;
        TableRow(out, {RowHeader(q.areas[a].name), Number(FormatFixed(s.importance[a], 1) + " %"), Number(std::to_string(weight) + (floored ? " *" : "")),
                       Number(v.scored ? ReportPercent(v.percent) + (v.single_answer ? " †" : "") : "–"),
                       Number(v.scored ? ReportPercent(v.target_percent) : "–"), Number(v.scored ? PointsText(v.gap) : "–"),
                       Nowrap(v.scored ? LevelText(v.level) : "No answers"), Number(CoverageText(v.coverage))});
    }
    TableEnd(out);
    out += "<p class=\"small\">Importance is your share of the points. Weight is what each area counts in the indices and priorities: "
           "your points, or 1 each when you gave none.";
    if (any_floor) out += " * An area given fewer than 5 points still counts as 5, because a weak part holds the whole system back.";
    if (any_single) out += " † This score rests on one answer only: read it as a first sign, not a measurement.";
    out += "</p>\n";
    out += "</section>\n";
}

void DriversSection(std::string& out, const Questionnaire& q, const Scores& s) {
    out += "<section aria-labelledby=\"drivers\">\n<h2 id=\"drivers\">Drivers</h2>\n";
    if (q.drivers.empty()) {
        out += "<p>This questionnaire has no drivers.</p>\n</section>\n";
        return;
    }
    out += "<p class=\"intro\">The fundamental drivers of the sector, each fed by questions from several areas.</p>\n";
    BarChart bars;
    bars.id = "chart-drivers";
    bars.title = "Driver scores: today, target and gap";
    std::string desc;
    for (std::size_t d = 0; d < q.drivers.size(); ++d) {
        const ScoreValue& v = s.drivers[d];
        bars.rows.push_back({q.drivers[d].name, v.scored, v.percent, v.target_percent});
        desc += (d ? "; " : "") + Isolate(q.drivers[d].name) + ": " +
                (v.scored ? ReportPercent(v.percent) + " today, " + ReportPercent(v.target_percent) + " target, gap " + FormatFixed(v.gap, 1) + " points"
                          : "no answers");
    }
    bars.description = "Bars per driver: solid blue today, outlined orange target, hatched gap. " + desc + ".";
    if (s.overall.scored) out += "<figure>\n<figcaption>Drivers: today, in 12 months, and the gap between them.</figcaption>\n" + BarsSvg(bars) + "</figure>\n";
    TableStart(out, "Driver scores",
               {Text("Driver"), Number("Today"), Number("Target"), Number("Gap"), Text("Stage today"), Number("Answered")});
    for (std::size_t d = 0; d < q.drivers.size(); ++d) {
        const ScoreValue& v = s.drivers[d];
        TableRow(out, {RowHeader(q.drivers[d].name), Number(v.scored ? ReportPercent(v.percent) : "–"), Number(v.scored ? ReportPercent(v.target_percent) : "–"),
                       Number(v.scored ? PointsText(v.gap) : "–"), Text(v.scored ? LevelText(v.level) : "No answers"), Number(CoverageText(v.coverage))});
    }
    TableEnd(out);
    out += "</section>\n";
}

// Scored items ranked by gap, largest first, ties in questionnaire order.
template <typename Named>
void RankedGapTable(std::string& out, const char* caption, const char* kind, const std::vector<Named>& names, const std::vector<ScoreValue>& values) {
    std::vector<std::size_t> order;
    for (std::size_t i = 0; i < values.size() && i < names.size(); ++i)
        if (values[i].scored) order.push_back(i);
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return values[a].gap > values[b].gap; });
    if (order.empty()) return;
    TableStart(out, caption, {Number("Rank"), Text(kind), Number("Today"), Number("Target"), Number("Gap")});
    int rank = 0;
    for (std::size_t i : order)
        TableRow(out, {Number(std::to_string(++rank)), RowHeader(names[i].name), Number(ReportPercent(values[i].percent)),
                       Number(ReportPercent(values[i].target_percent)), Number(PointsText(values[i].gap))});
    TableEnd(out);
}

void GapsSection(std::string& out, const Questionnaire& q, const Scores& s) {
    out += "<section aria-labelledby=\"gaps\">\n<h2 id=\"gaps\">Gaps, largest first</h2>\n";
    if (!s.overall.scored) {
        out += "<p>No scores yet.</p>\n</section>\n";
        return;
    }
    out += "<p class=\"intro\">The gap is the target in 12 months minus today, in percentage points.</p>\n";
    RankedGapTable(out, "Areas ranked by gap", "Area", q.areas, s.areas);
    RankedGapTable(out, "Drivers ranked by gap", "Driver", q.drivers, s.drivers);
    out += "</section>\n";
}

void HeatMapSection(std::string& out, const Questionnaire& q, const Scores& s) {
    if (q.stages.empty()) return;
    out += "<section aria-labelledby=\"stages\">\n<h2 id=\"stages\">Capability by journey stage</h2>\n";
    out += "<p class=\"intro\">Today's score of each area (rows) at each stage of the customer journey (columns), from the questions tagged with both; "
           "the number of answered questions is under each score. Darker cells are more mature.</p>\n";
    std::vector<Cell> headers = {Text("Area")};
    for (const Stage& st : q.stages) headers.push_back(Text(st.name));
    TableStart(out, "Heat map: today's percent by area and journey stage", headers, "heat");
    const std::size_t stage_count = q.stages.size();
    auto cell = [&](bool scored, double percent, int count) {
        if (!scored) return Html("<span class=\"muted small\">none</span>");
        Cell c = Number(PercentText(percent, 0, Zeros::Keep));
        c.html += "<br><span class=\"small\">" + Plural(count, "question", "questions") + "</span>";
        c.style = HeatStyle(percent);
        return c;
    };
    for (std::size_t a = 0; a < q.areas.size(); ++a) {
        std::vector<Cell> row = {RowHeader(q.areas[a].name)};
        for (std::size_t st = 0; st < stage_count; ++st) {
            const HeatCell& h = s.heat[a * stage_count + st];
            row.push_back(cell(h.scored, h.percent, h.count));
        }
        TableRow(out, row);
    }
    std::vector<Cell> total = {RowHeader("All areas")};
    for (std::size_t st = 0; st < stage_count; ++st) total.push_back(cell(s.stages[st].scored, s.stages[st].percent, s.stages[st].coverage.answered));
    TableRow(out, total);
    TableEnd(out);
    out += "<p class=\"legend small\" aria-hidden=\"true\">Shades: ";
    static constexpr double kMidpoints[kLevelCount] = {0.0, 25.0, 50.0, 75.0, 100.0};
    for (int l = 1; l <= kLevelCount; ++l) out += "<span style=\"" + HeatStyle(kMidpoints[l - 1]) + "\">" + LevelText(l) + "</span>";
    out += "</p>\n</section>\n";
}

void PrioritiesSection(std::string& out, const Questionnaire& q, const Scores& s, const ReportOptions& options) {
    out += "<section aria-labelledby=\"priorities\">\n<h2 id=\"priorities\">Priorities: what to do first</h2>\n";
    if (s.priorities.empty()) {
        out += "<p>No gaps to close: no answered question has a target above today.</p>\n</section>\n";
        return;
    }
    out += "<p class=\"intro\">The weakest link's questions come first. Then the others, ranked by step value × area importance × question weight: "
           "the first steps up count most (1 to 2 counts 4, 2 to 3 counts 3, 3 to 4 counts 2, 4 to 5 counts 1). Each comes with the next step "
           "up from where you are today.</p>\n<ol class=\"items\">\n";
    int shown = 0;
    for (const Priority& p : s.priorities) {
        if (shown >= options.max_priorities) break;
        if (!InRange(p.question, q.questions.size())) continue;
        ++shown;
        const Question& question = q.questions[p.question];
        const QuestionScore& qs = s.questions[p.question];
        out += "<li><p><strong>" + Escaped(question.text) + "</strong> <span class=\"id\">" + Escaped(question.id) + "</span></p>\n";
        out += "<p class=\"small\">" + Escaped(AreaName(q, question.area)) + " · today " + LevelText(qs.today) + " → target " + LevelText(qs.target) +
               " · gap " + LevelsGapText(p.gap) + " · priority " + std::to_string(p.steps) + " × " + FormatShort(p.importance_factor) + " × " +
               FormatShort(p.weight) + " = " + FormatFixed(p.priority) + (p.weakest_link ? " · weakest link" : "") + "</p>\n";
        if (qs.today >= 1 && qs.today < kLevelCount) {
            const std::string& step = question.next_steps[qs.today - 1];
            if (!step.empty()) out += "<p class=\"step\"><strong>How to move up:</strong> " + Escaped(step) + "</p>\n";
            const std::string& next_level = question.levels[qs.today];
            if (!next_level.empty()) out += "<p class=\"small muted\">Level " + LevelText(qs.today + 1) + " looks like this: " + Escaped(next_level) + "</p>\n";
        }
        out += "</li>\n";
    }
    out += "</ol>\n";
    const int rest = static_cast<int>(s.priorities.size()) - shown;
    if (rest > 0) out += "<p class=\"muted\">" + std::to_string(rest) + " more questions have a gap; the appendix lists them all.</p>\n";
    out += "</section>\n";
}

void CoverageSection(std::string& out, const Questionnaire& q, const Scores& s) {
    out += "<section aria-labelledby=\"coverage\">\n<h2 id=\"coverage\">Coverage and answer quality</h2>\n";
    out += "<p class=\"intro\">\"Don't know\", \"not applicable\" and unanswered questions are left out of the scores. The fewer answers an area has, the less its score says.</p>\n";
    TableStart(out, "Coverage by area", {Text("Area"), Number("Asked"), Number("Answered"), Number("Don't know"), Number("Not applicable"), Number("Unanswered")});
    auto row = [&](const std::string& name, const Coverage& c) {
        TableRow(out, {RowHeader(name), Number(std::to_string(c.asked)), Number(std::to_string(c.answered)), Number(std::to_string(c.dont_know)),
                       Number(std::to_string(c.not_applicable)), Number(std::to_string(c.unanswered))});
    };
    for (std::size_t a = 0; a < q.areas.size(); ++a) row(q.areas[a].name, s.areas[a].coverage);
    row("All areas", s.overall.coverage);
    TableEnd(out);
    out += "<h3>Answer-quality warnings</h3>\n";
    if (s.warnings.empty()) {
        out += "<p>None: the answers show none of the patterns that make scores unreliable.</p>\n</section>\n";
        return;
    }
    out += "<ul class=\"items warnings\">\n";
    for (const QualityWarning& w : s.warnings) {
        out += "<li class=\"warning\"><p>" + Escaped(w.message) + " <span class=\"id\">" + Escaped(w.code) + "</span></p>";
        if (!w.questions.empty()) {
            out += "<p class=\"small\">Questions: ";
            bool first = true;
            for (int i : w.questions) {
                if (!InRange(i, q.questions.size())) continue;
                out += (first ? "" : "; ") + Escaped(q.questions[i].text) + " <span class=\"id\">" + Escaped(q.questions[i].id) + "</span>";
                first = false;
            }
            out += "</p>";
        }
        out += "</li>\n";
    }
    out += "</ul>\n</section>\n";
}

// The questions (or areas) behind one score with their weights, and what was left out.
void ContributionTable(std::string& out, const Questionnaire& q, const Scores& s, const std::string& caption, const ScoreValue& v) {
    TableStart(out, caption, {Text("Question"), Number("Weight"), Number("Today"), Number("Target")}, TableClass("method", v.contributions.size()));
    for (const Contribution& c : v.contributions) {
        if (!InRange(c.item, q.questions.size())) continue;
        const QuestionScore& qs = s.questions[c.item];
        TableRow(out, {Text(q.questions[c.item].text), Number(FormatShort(c.weight)),
                       Number("L" + std::to_string(qs.today) + " = " + PercentText(LevelPercent(qs.today), 0, Zeros::Keep)),
                       Number("L" + std::to_string(qs.target) + " = " + PercentText(LevelPercent(qs.target), 0, Zeros::Keep))});
    }
    TableEnd(out);
    const Coverage& cov = v.coverage;
    out += "<p class=\"small\">Result: " + (v.scored ? ReportPercent(v.percent) + " today, " + ReportPercent(v.target_percent) + " target" : std::string("no score")) +
           ". Left out: " + std::to_string(cov.dont_know) + " don't know, " + std::to_string(cov.not_applicable) + " not applicable, " +
           std::to_string(cov.unanswered) + " unanswered.</p>\n";
}

void MethodSection(std::string& out, const Questionnaire& q, const Scores& s) {
    out += "<section aria-labelledby=\"method\">\n<h2 id=\"method\">How these scores were computed</h2>\n<ul>\n"
           "<li>Each answered level L (1 to 5) is worth (L − 1) / 4 × 100 percent: 1 = 0 %, 2 = 25 %, 3 = 50 %, 4 = 75 %, 5 = 100 %.</li>\n"
           "<li>An area or driver score is the weighted mean of the percents of its answered questions. For a driver, the weight is the question's "
           "weight × the question's weight for that driver. The target is the same mean over the targets (no target counts as today).</li>\n"
           "<li>The overall index is the mean of the area scores (as shown, to 2 decimals) weighted by the area weights: your importance points, "
           "at least 5 for each area, or 1 each when none were given. It is worked out exactly and rounded to 2 decimals, so the table below "
           "adds up.</li>\n"
           "<li>The stage is the level nearest the percent: below 12.5 % Ad hoc, below 37.5 % Emerging, below 62.5 % Defined, below 87.5 % Managed, "
           "else Systemic.</li>\n<li>";
    out += Escaped(SystemicExplanation());
    out += " Each area's level is 1 + percent / 25; the index is their weighted geometric mean (the same weights), turned back into a percent.</li>\n"
           "<li>Priorities: the weakest link's questions first, then the rest. Priority = step value × area importance × question weight; the step "
           "value counts 4 for 1 to 2, 3 for 2 to 3, 2 for 3 to 4 and 1 for 4 to 5; area importance is the area's weight against the average "
           "weight of the scored areas.</li>\n"
           "<li>\"Answered\" means a level was chosen. \"Don't know\" and \"not applicable\" are counted apart and never as answers.</li>\n</ul>\n";
    if (!s.overall.scored) {
        out += "<p>No scores yet.</p>\n</section>\n";
        return;
    }
    TableStart(out, "Overall index: the areas and their weights", {Text("Area"), Number("Weight"), Number("Share of the index"), Number("Today"), Number("Target")});
    double weight_total = 0.0;
    for (const Contribution& c : s.overall.contributions) weight_total += c.weight;
    for (const Contribution& c : s.overall.contributions) {
        if (!InRange(c.item, q.areas.size())) continue;
        const ScoreValue& v = s.areas[c.item];
        TableRow(out, {RowHeader(q.areas[c.item].name), Number(FormatShort(c.weight)),
                       Number(FormatFixed(weight_total > 0.0 ? c.weight / weight_total * 100.0 : 0.0, 1) + " %"), Number(ReportPercent(v.percent)),
                       Number(ReportPercent(v.target_percent))});
    }
    TableEnd(out);
    out += "<p class=\"small\">Overall index = the sum of weight × today over the sum of the weights (" + FormatShort(weight_total) + ").</p>\n";
    out += "<p class=\"small\">Result: overall index " + ReportPercent(s.overall.percent) + " today, " + ReportPercent(s.overall.target_percent) +
           " target; systemic index " + ReportPercent(s.balance.systemic_index) + ".</p>\n";
    out += "<h3>Areas</h3>\n";
    for (std::size_t a = 0; a < q.areas.size(); ++a) ContributionTable(out, q, s, "Area: " + Isolate(q.areas[a].name), s.areas[a]);
    if (!q.drivers.empty()) out += "<h3>Drivers</h3>\n";
    for (std::size_t d = 0; d < q.drivers.size(); ++d) ContributionTable(out, q, s, "Driver: " + Isolate(q.drivers[d].name), s.drivers[d]);
    out += "</section>\n";
}

void AppendixSection(std::string& out, const Questionnaire& q, const Result& r, const Scores& s) {
    out += "<section aria-labelledby=\"appendix\">\n<h2 id=\"appendix\">Appendix: every question</h2>\n";
    for (std::size_t a = 0; a < q.areas.size(); ++a) {
        std::size_t rows = 0;
        for (const Question& question : q.questions) rows += question.area == static_cast<int>(a) ? 1 : 0;
        TableStart(out, q.areas[a].name, {Text("Question"), Text("Status"), Text("Today"), Text("Target"), Number("Gap"), Text("Note")}, TableClass("appendix", rows));
        for (std::size_t i = 0; i < q.questions.size(); ++i) {
            const Question& question = q.questions[i];
            if (question.area != static_cast<int>(a)) continue;
            const QuestionScore& qs = s.questions[i];
            const Answer* answer = FindAnswer(r, q, static_cast<int>(i));
            const bool answered = qs.asked && qs.status == AnswerStatus::Answered && qs.today >= 1;
            std::string target = answered ? LevelText(qs.target) : "";
            if (answered && qs.target_below) target += ", below today";
            TableRow(out, {Html(QuestionHtml(question)), Text(StatusText(qs)), Nowrap(answered ? LevelText(qs.today) : "–"), Text(answered ? target : "–"),
                           Number(answered ? LevelsGapText(qs.gap) : "–"), Text(answer ? answer->note : "")});
        }
        TableEnd(out);
    }
    out += "</section>\n";
}

} // namespace

std::string ResultsReportHtml(const Questionnaire& q, const Result& r, const Scores& s, const ReportOptions& options) {
    const std::string organisation = options.organisation.empty() ? r.respondent.organisation : options.organisation;
    const std::string date = !options.date.empty() ? options.date : ShortDate(!r.updated.empty() ? r.updated : r.created);
    std::string out = PageStart((organisation.empty() ? std::string() : Isolate(organisation) + ": ") + "customer management maturity report");
    if (!ScoresFit(q, s)) {
        out += "<h1>Customer management maturity report</h1>\n<p>These scores were not computed from this questionnaire, so no report can be written. "
               "Score the results again with the questionnaire they belong to.</p>\n";
        return out + PageEnd("Systemic");
    }
    Header(out, q, r, s, organisation, date, options);
    Summary(out, q, s);
    if (options.benchmark) out += BenchmarkSectionHtml(q, s, *options.benchmark);
    if (options.comparison) out += CompareSectionHtml(q, *options.comparison);
    AreasSection(out, q, s);
    DriversSection(out, q, s);
    GapsSection(out, q, s);
    HeatMapSection(out, q, s);
    PrioritiesSection(out, q, s, options);
    CoverageSection(out, q, s);
    if (options.method) MethodSection(out, q, s);
    if (options.appendix) AppendixSection(out, q, r, s);
    std::string footer = "Made with Systemic";
    if (!options.tool_version.empty()) footer += " " + options.tool_version;
    if (!date.empty()) footer += " on " + date;
    footer += ". The scores were computed on this device from the answers alone; nothing was sent anywhere.";
    return out + PageEnd(footer);
}

} // namespace systemic
