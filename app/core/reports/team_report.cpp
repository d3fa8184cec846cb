// report_team.cpp — the team report: who answered, the team's scores with their spread, agreement, role gaps, agenda.
// Written for the consultant's workshop: every figure the team view shows, in tables that print, beside range charts.
#include <algorithm>
#include <cstddef>
#include <cstdlib>

#include "reports/html_escape.h"
#include "reports/report_page.h"
#include "reports/results_report.h"
#include "reports/svg_charts.h"
#include "reports/team_report.h"
#include "rules/det_math.h"
#include "text/dates.h"
#include "text/ids.h"
#include "text/numbers.h"

namespace systemic {

// [SECTION] Helpers
// [SECTION] Team report: header, respondents, summary, areas, drivers, agreement, role gaps, agenda, appendix

using namespace report;

namespace {

bool InRange(int i, std::size_t size) { return i >= 0 && static_cast<std::size_t>(i) < size; }

bool TeamFits(const Questionnaire& q, const TeamScores& t) {
    return t.questions.size() == q.questions.size() && t.areas.size() == q.areas.size() && t.drivers.size() == q.drivers.size();
}

std::string QuestionHtml(const Question& question) {
    return IsolatedHtml(question.text) + "<br><span class=\"id\">" + IsolatedHtml(question.id) + "</span>";
}

std::string AreaName(const Questionnaire& q, int area) { return InRange(area, q.areas.size()) ? q.areas[area].name : std::string(); }

std::string RoleCountsText(const TeamScores& t) {
    static constexpr const char* kPlural[kRoleCount] = {"owners", "managers", "front line", "other"};
    static constexpr const char* kSingular[kRoleCount] = {"owner", "manager", "front line", "other"};
    std::string out;
    for (int r = 0; r <= kRoleCount; ++r) {
        const int n = t.role_counts[static_cast<std::size_t>(r)];
        if (n == 0) continue;
        out += (out.empty() ? "" : ", ") + std::to_string(n) + " " + (r < kRoleCount ? (n == 1 ? kSingular[r] : kPlural[r]) : "role not given");
    }
    return out;
}

std::string LevelsText(double levels) { return FormatFixed(levels, 2); }

std::string RangeLevels(const Stat& s) { return FormatFixed(s.min, 0) + "–" + FormatFixed(s.max, 0); }

std::string RolePairText(const RoleGap& g) { return std::string(RoleLabel(g.first)) + " vs " + RoleLabel(g.second); }

const RoleGap* LargestRoleGap(const std::vector<RoleGap>& gaps) {
    const RoleGap* best = nullptr;
    for (const RoleGap& g : gaps)
        if (!best || std::abs(g.gap) > std::abs(best->gap)) best = &g;
    return best;
}

void Header(std::string& out, const Questionnaire& q, const TeamScores& t, const std::string& organisation, const std::string& date) {
    out += "<header>\n<h1>";
    if (!organisation.empty()) out += IsolatedHtml(organisation) + ": ";
    out += "team view of customer management maturity</h1>\n";
    out += "<p class=\"lead\">Several people's answers to the same questionnaire, side by side: where they agree, where they see things "
           "differently, and what to talk about first.</p>\n<dl class=\"meta\">\n";
    auto item = [&](const char* term, const std::string& value) {
        out += std::string("<dt>") + term + "</dt><dd>" + (value.empty() ? std::string("<span class=\"muted\">Not given</span>") : IsolatedHtml(value)) + "</dd>\n";
    };
    item("Organisation", organisation);
    item("Date", date);
    item("Questionnaire", (q.title.empty() ? q.id : q.title) + ", version " + std::to_string(q.version));
    const std::string roles = RoleCountsText(t);
    item("Respondents", std::to_string(t.respondents) + (roles.empty() ? "" : " (" + roles + ")"));
    out += "</dl>\n</header>\n";
}

void RespondentsSection(std::string& out, const std::vector<Result>& results) {
    out += "<section aria-labelledby=\"respondents\">\n<h2 id=\"respondents\">Respondents</h2>\n";
    TableStart(out, "Who answered", {Number("#"), Text("Name"), Text("Role"), Text("Organisation"), Text("Assessment"), Number("Answered"), Text("Date")});
    int index = 0;
    for (const Result& r : results) {
        ++index;
        int answered = 0;
        for (const Answer& a : r.answers) answered += a.status == AnswerStatus::Answered ? 1 : 0;
        const std::string name = r.respondent.name.empty() ? "Respondent " + std::to_string(index) : r.respondent.name;
        TableRow(out, {Number(std::to_string(index)), RowHeader(name), Text(RoleLabel(r.respondent.role)), Text(r.respondent.organisation),
                       Text(r.mode == Mode::Quick ? "Quick scan" : "Full"), Number(std::to_string(answered)),
                       Text(ShortDate(!r.updated.empty() ? r.updated : r.created))});
    }
    TableEnd(out);
    out += "</section>\n";
}

void Summary(std::string& out, const Questionnaire& q, const TeamScores& t) {
    out += "<section aria-labelledby=\"summary\">\n<h2 id=\"summary\">Summary</h2>\n<div class=\"cards\">\n";
    const Stat& o = t.overall.today;
    if (o.n > 0) {
        out += "<div class=\"card\"><h3>Overall index, team mean</h3><p class=\"big\">" + ReportPercent(o.mean) + "</p><p class=\"stage\">Stage " +
               LevelText(StageOfPercent(o.mean)) + "</p><p class=\"small\">From " + ReportPercent(o.min) + " to " + ReportPercent(o.max) + " across " +
               Plural(o.n, "respondent", "respondents") + "; standard deviation " + FormatFixed(o.sd, 1) +
               " points. Target mean " + ReportPercent(t.overall.target.mean) + ".</p></div>\n";
    }
    int answered = 0, agree = 0;
    for (const TeamQuestion& tq : t.questions) {
        if (tq.today.n == 0) continue;
        ++answered;
        agree += tq.agree ? 1 : 0;
    }
    out += "<div class=\"card\"><h3>Agreement</h3><p class=\"big\">" + std::to_string(agree) + " of " + std::to_string(answered) +
           "</p><p>answered questions on which the team agrees (standard deviation at most " + FormatShort(kAgreeMaxSd) + " level and levels at most " +
           std::to_string(kAgreeMaxRange) + " apart).</p></div>\n";
    int widest = -1;
    for (std::size_t a = 0; a < t.areas.size(); ++a)
        if (t.areas[a].today.n > 1 && (widest < 0 || t.areas[a].today.sd > t.areas[static_cast<std::size_t>(widest)].today.sd)) widest = static_cast<int>(a);
    if (widest >= 0) {
        const Stat& w = t.areas[static_cast<std::size_t>(widest)].today;
        out += "<div class=\"card\"><h3>Most divided area</h3><p class=\"big\">sd " + FormatFixed(w.sd, 1) + "</p><p class=\"stage\">" +
               IsolatedHtml(AreaName(q, widest)) + "</p><p class=\"small\">Scores from " + ReportPercent(w.min) + " to " + ReportPercent(w.max) + ".</p></div>\n";
    }
    out += "<div class=\"card\"><h3>Workshop agenda</h3><p class=\"big\">" + std::to_string(t.agenda.size()) +
           "</p><p>topics, disagreements first, then the largest gaps. See <a href=\"#agenda\">the agenda</a>.</p></div>\n";
    out += "</div>\n<p class=\"small\">How the team figures are made: each person's own scores, exactly as their own results show them "
           "(2 decimals), are averaged; each person's overall index uses their own importance points. A person who took the quick scan "
           "counts only for the quick scan's questions. So a team of one shows that person's own scores.</p>\n</section>\n";
}

template <typename Named>
void ScoresSection(std::string& out, const char* id, const char* heading, const char* kind, const std::vector<Named>& names,
                   const std::vector<TeamScore>& scores) {
    out += std::string("<section aria-labelledby=\"") + id + "\">\n<h2 id=\"" + id + "\">" + heading + "</h2>\n";
    if (names.empty()) {
        out += "<p>This questionnaire has none.</p>\n</section>\n";
        return;
    }
    RangeChart chart;
    chart.id = std::string("chart-") + id;
    chart.title = std::string(heading) + ": the team's spread today and the target mean";
    std::string desc;
    bool any = false;
    for (std::size_t i = 0; i < names.size(); ++i) {
        const TeamScore& s = scores[i];
        chart.rows.push_back({names[i].name, s.today.n, s.today.min, s.today.max, s.today.mean, s.today.sd, s.target.mean});
        any = any || s.today.n > 0;
        desc += (i ? "; " : "") + Isolate(names[i].name) + ": " +
                (s.today.n > 0 ? "mean " + ReportPercent(s.today.mean) + ", from " + FormatFixed(s.today.min, 1) + " to " +
                                     ReportPercent(s.today.max) + ", target mean " + ReportPercent(s.target.mean)
                               : "no answers");
    }
    chart.description = "Per row: a grey line from the lowest to the highest respondent, a blue band of one standard deviation either side of "
                        "the mean, a blue dot at the mean today and an orange diamond at the target mean. " + desc + ".";
    if (any) out += "<figure>\n<figcaption>" + std::string(heading) + ": spread across respondents today, and the target mean.</figcaption>\n" + RangeSvg(chart) + "</figure>\n";
    TableStart(out, std::string(heading) + ": team figures in percent",
               {Text(kind), Number("n"), Number("Mean today"), Number("sd"), Number("Lowest"), Number("Highest"), Number("Target mean"), Number("Gap")});
    for (std::size_t i = 0; i < names.size(); ++i) {
        const TeamScore& s = scores[i];
        const bool has = s.today.n > 0;
        TableRow(out, {RowHeader(names[i].name), Number(std::to_string(s.today.n)), Number(has ? ReportPercent(s.today.mean) : "–"),
                       Number(has ? FormatFixed(s.today.sd, 1) : "–"), Number(has ? ReportPercent(s.today.min) : "–"), Number(has ? ReportPercent(s.today.max) : "–"),
                       Number(has ? ReportPercent(s.target.mean) : "–"), Number(has ? PointsText(s.target.mean - s.today.mean) : "–")});
    }
    TableEnd(out);
    out += "</section>\n";
}

void AgreementSection(std::string& out, const Questionnaire& q, const TeamScores& t, const ReportOptions& options) {
    out += "<section aria-labelledby=\"agreement\">\n<h2 id=\"agreement\">Where the team agrees and disagrees</h2>\n";
    out += "<p class=\"intro\">The team agrees on a question when the standard deviation of the levels is at most " + FormatShort(kAgreeMaxSd) +
           " and no two answers are more than " + std::to_string(kAgreeMaxRange) + " levels apart.</p>\n";
    TableStart(out, "Agreement by area", {Text("Area"), Number("Answered questions"), Number("Agreed"), Number("Disagreed")});
    for (std::size_t a = 0; a < q.areas.size(); ++a) {
        int answered = 0, agree = 0;
        for (std::size_t i = 0; i < q.questions.size(); ++i) {
            if (q.questions[i].area != static_cast<int>(a) || t.questions[i].today.n == 0) continue;
            ++answered;
            agree += t.questions[i].agree ? 1 : 0;
        }
        TableRow(out, {RowHeader(q.areas[a].name), Number(std::to_string(answered)), Number(std::to_string(agree)), Number(std::to_string(answered - agree))});
    }
    TableEnd(out);

    std::vector<std::size_t> split, firm;
    for (std::size_t i = 0; i < t.questions.size(); ++i) {
        const TeamQuestion& tq = t.questions[i];
        if (tq.today.n == 0) continue;
        if (!tq.agree) split.push_back(i);
        else if (tq.today.n >= 2) firm.push_back(i);
    }
    // Most divided first; firmest agreement first (smallest sd, then narrowest range); ties in questionnaire order.
    std::stable_sort(split.begin(), split.end(), [&](std::size_t a, std::size_t b) { return t.questions[a].today.sd > t.questions[b].today.sd; });
    std::stable_sort(firm.begin(), firm.end(), [&](std::size_t a, std::size_t b) {
        const Stat &x = t.questions[a].today, &y = t.questions[b].today;
        return x.sd != y.sd ? x.sd < y.sd : (x.max - x.min) < (y.max - y.min);
    });
    const std::size_t limit = static_cast<std::size_t>(std::max(0, options.max_hot_spots));
    auto table = [&](const char* caption, const std::vector<std::size_t>& list) {
        // Rows hold two lines each: past six, let the table break rather than leave half a page empty.
        TableStart(out, caption, {Text("Question"), Text("Area"), Number("n"), Number("Levels"), Number("sd"), Number("Mean today"), Number("Target mean")},
                   TableClass("", std::min(list.size(), limit), 6));
        for (std::size_t k = 0; k < list.size() && k < limit; ++k) {
            const std::size_t i = list[k];
            const TeamQuestion& tq = t.questions[i];
            TableRow(out, {Html(QuestionHtml(q.questions[i])), Text(AreaName(q, q.questions[i].area)), Number(std::to_string(tq.today.n)),
                           Number(RangeLevels(tq.today)), Number(FormatFixed(tq.today.sd)), Number(LevelsText(tq.today.mean)), Number(LevelsText(tq.target.mean))});
        }
        TableEnd(out);
    };
    out += "<h3>Disagreement hot spots</h3>\n";
    if (split.empty()) out += "<p>None: the team agrees on every answered question.</p>\n";
    else table("Questions the team disagrees on, most divided first (levels 1 to 5)", split);
    out += "<h3>Firm agreement</h3>\n";
    if (firm.empty()) out += "<p>No question has two or more answers that agree.</p>\n";
    else table("Questions the team agrees on most firmly (levels 1 to 5)", firm);
    out += "</section>\n";
}

void RoleGapsSection(std::string& out, const Questionnaire& q, const TeamScores& t, const ReportOptions& options) {
    out += "<section aria-labelledby=\"roles\">\n<h2 id=\"roles\">Gaps between roles</h2>\n";
    int roles_present = 0;
    for (int r = 0; r < kRoleCount; ++r) roles_present += t.role_counts[static_cast<std::size_t>(r)] > 0 ? 1 : 0;
    if (roles_present < 2) {
        out += "<p>Role gaps need answers from at least two roles (owner, manager, front line, other); this team has " + std::to_string(roles_present) +
               ".</p>\n</section>\n";
        return;
    }
    out += "<p class=\"intro\">Mean score per role, and the largest difference between two roles. Large gaps often mean people see the same practice differently: worth "
           "asking why.</p>\n";
    std::vector<Cell> headers = {Text("Area")};
    for (int r = 0; r < kRoleCount; ++r) headers.push_back(Number(RoleLabel(RoleFromIndex(r))));
    headers.push_back(Text("Largest gap"));
    TableStart(out, "Area scores by role (percent today)", headers);
    auto row = [&](const std::string& name, const TeamScore& s) {
        std::vector<Cell> cells = {RowHeader(name)};
        for (int r = 0; r < kRoleCount; ++r) {
            const RoleMean& m = s.roles[static_cast<std::size_t>(r)];
            cells.push_back(Number(m.n > 0 ? ReportPercent(m.mean) : "–"));
        }
        const RoleGap* g = LargestRoleGap(s.role_gaps);
        cells.push_back(Text(g ? RolePairText(*g) + ": " + PointsText(g->gap) : "–"));
        TableRow(out, cells);
    };
    row("Overall index", t.overall);
    for (std::size_t a = 0; a < q.areas.size(); ++a) row(q.areas[a].name, t.areas[a]);
    TableEnd(out);

    std::vector<std::size_t> questions;
    for (std::size_t i = 0; i < t.questions.size(); ++i)
        if (LargestRoleGap(t.questions[i].role_gaps)) questions.push_back(i);
    std::stable_sort(questions.begin(), questions.end(), [&](std::size_t a, std::size_t b) {
        return std::abs(LargestRoleGap(t.questions[a].role_gaps)->gap) > std::abs(LargestRoleGap(t.questions[b].role_gaps)->gap);
    });
    if (questions.empty()) {
        out += "</section>\n";
        return;
    }
    out += "<h3>Questions where roles differ most</h3>\n";
    const std::size_t limit = static_cast<std::size_t>(std::max(0, options.max_hot_spots));
    TableStart(out, "Largest role gap per question, in levels",
               {Text("Question"), Text("Roles"), Number("Mean, first role"), Number("Mean, second role"), Number("Gap")},
               TableClass("", std::min(questions.size(), limit), 6));
    for (std::size_t k = 0; k < questions.size() && k < limit; ++k) {
        const std::size_t i = questions[k];
        const RoleGap& g = *LargestRoleGap(t.questions[i].role_gaps);
        const RoleMean& first = t.questions[i].roles[static_cast<std::size_t>(RoleIndex(g.first))];
        const RoleMean& second = t.questions[i].roles[static_cast<std::size_t>(RoleIndex(g.second))];
        TableRow(out, {Html(QuestionHtml(q.questions[i])), Nowrap(RolePairText(g)), Number(LevelsText(first.mean)), Number(LevelsText(second.mean)),
                       Number((g.gap > 0 ? "+" : "") + LevelsText(g.gap))});
    }
    TableEnd(out);
    out += "</section>\n";
}

void AgendaSection(std::string& out, const Questionnaire& q, const TeamScores& t) {
    out += "<section aria-labelledby=\"agenda\">\n<h2 id=\"agenda\">Workshop agenda</h2>\n";
    if (t.agenda.empty()) {
        out += "<p>Nothing to put on the agenda: the team agrees everywhere and no gap reaches one level.</p>\n</section>\n";
        return;
    }
    out += "<p class=\"intro\">First the questions the team disagrees on, most divided first; then the largest gaps between today and the target. "
           "The order uses the standard deviations and gaps as shown (2 decimals); equal ones keep the questionnaire's order.</p>\n<ol class=\"items\">\n";
    for (const AgendaItem& a : t.agenda) {
        if (!InRange(a.question, q.questions.size())) continue;
        const Question& question = q.questions[a.question];
        out += "<li><p><strong>" + IsolatedHtml(question.text) + "</strong> <span class=\"id\">" + IsolatedHtml(question.id) + "</span></p>\n";
        out += "<p class=\"small\">" + IsolatedHtml(AreaName(q, question.area)) + " · " + (a.reason == AgendaReason::Gap ? "Gap" : "Disagreement") + ": " +
               IsolatedHtml(a.explanation) + "</p>\n";
        if (!question.why.empty()) out += "<p class=\"small muted\">Why it matters: " + IsolatedHtml(question.why) + "</p>\n";
        out += "</li>\n";
    }
    out += "</ol>\n</section>\n";
}

void AppendixSection(std::string& out, const Questionnaire& q, const TeamScores& t) {
    out += "<section aria-labelledby=\"appendix\">\n<h2 id=\"appendix\">Appendix: every question</h2>\n<p>Levels 1 to 5 across the respondents who answered.</p>\n";
    for (std::size_t a = 0; a < q.areas.size(); ++a) {
        std::size_t rows = 0;
        for (const Question& question : q.questions) rows += question.area == static_cast<int>(a) ? 1 : 0;
        TableStart(out, q.areas[a].name,
                   {Text("Question"), Number("n"), Number("Mean"), Number("sd"), Number("Levels"), Number("Target"), Number("Gap"), Text("Agree"),
                    Number("Don't know"), Number("N/A")},
                   TableClass("", rows));
        for (std::size_t i = 0; i < q.questions.size(); ++i) {
            if (q.questions[i].area != static_cast<int>(a)) continue;
            const TeamQuestion& tq = t.questions[i];
            const bool has = tq.today.n > 0;
            TableRow(out, {Html(QuestionHtml(q.questions[i])), Number(std::to_string(tq.today.n)), Number(has ? LevelsText(tq.today.mean) : "–"),
                           Number(has ? FormatFixed(tq.today.sd) : "–"), Number(has ? RangeLevels(tq.today) : "–"), Number(has ? LevelsText(tq.target.mean) : "–"),
                           Number(has ? LevelsText(tq.gap) : "–"), Text(has ? (tq.agree ? "Yes" : "No") : "–"), Number(std::to_string(tq.dont_know)),
                           Number(std::to_string(tq.not_applicable))});
        }
        TableEnd(out);
    }
    out += "</section>\n";
}

} // namespace

std::string TeamReportHtml(const Questionnaire& q, const std::vector<Result>& results, const TeamScores& t, const ReportOptions& options) {
    std::string organisation = options.organisation;
    std::string latest;
    for (const Result& r : results) {
        if (organisation.empty()) organisation = r.respondent.organisation;
        latest = std::max(latest, ShortDate(!r.updated.empty() ? r.updated : r.created));   // ISO dates sort as text
    }
    const std::string date = !options.date.empty() ? options.date : latest;
    std::string out = PageStart((organisation.empty() ? std::string() : Isolate(organisation) + ": ") + "team view of customer management maturity");
    if (!TeamFits(q, t)) {
        out += "<h1>Team report</h1>\n<p>These team figures were not computed from this questionnaire, so no report can be written. "
               "Aggregate the results again with the questionnaire they belong to.</p>\n";
        return out + PageEnd("Systemic");
    }
    Header(out, q, t, organisation, date);
    out += "<nav aria-label=\"Contents\" class=\"toc\"><p><strong>Contents:</strong> <a href=\"#respondents\">Respondents</a> · <a href=\"#summary\">Summary</a> · "
           "<a href=\"#areas\">Areas</a> · <a href=\"#drivers\">Drivers</a> · <a href=\"#agreement\">Agreement</a> · <a href=\"#roles\">Role gaps</a> · "
           "<a href=\"#agenda\">Agenda</a>";
    if (options.appendix) out += " · <a href=\"#appendix\">Every question</a>";
    out += "</p></nav>\n";
    RespondentsSection(out, results);
    if (t.respondents == 0) {
        out += "<p>No results to aggregate yet.</p>\n";
    } else {
        Summary(out, q, t);
        ScoresSection(out, "areas", "Areas", "Area", q.areas, t.areas);
        ScoresSection(out, "drivers", "Drivers", "Driver", q.drivers, t.drivers);
        AgreementSection(out, q, t, options);
        RoleGapsSection(out, q, t, options);
        AgendaSection(out, q, t);
        if (options.appendix) AppendixSection(out, q, t);
    }
    std::string footer = "Made with Systemic";
    if (!options.tool_version.empty()) footer += " " + options.tool_version;
    if (!date.empty()) footer += " on " + date;
    footer += ". The team figures were computed on this device from the respondents' answers; nothing was sent anywhere.";
    return out + PageEnd(footer);
}

} // namespace systemic
