// compare_out.cpp — progress over time written out: the JSON of `systemic compare --json` and the text report.
// Fixed key order and number formatting, so the same comparison gives the same bytes on every platform.
#include "reports/compare_out.h"

#include <nlohmann/json.hpp>

#include "reports/html_escape.h"
#include "reports/report_page.h"
#include "reports/table.h"
#include "text/numbers.h"
#include "text/utf8.h"

namespace systemic {

namespace {

using OJson = nlohmann::ordered_json;

OJson ChangeJson(const ChangeValue& v) {
    OJson j = OJson::object();
    j["earlier"] = v.earlier_scored ? OJson(v.earlier) : OJson(nullptr);
    j["now"] = v.now_scored ? OJson(v.now) : OJson(nullptr);
    j["target"] = v.now_scored ? OJson(v.target) : OJson(nullptr);
    j["change"] = v.direction == Direction::NotCompared ? OJson(nullptr) : OJson(v.change);
    j["direction"] = DirectionName(v.direction);
    return j;
}

template <typename T>
OJson NamedChanges(const std::vector<T>& items, const std::vector<ChangeValue>& values) {
    OJson list = OJson::array();
    for (std::size_t i = 0; i < items.size() && i < values.size(); ++i) {
        OJson j = OJson::object();
        j["id"] = items[i].id;
        j["name"] = items[i].name;
        const OJson change = ChangeJson(values[i]);   // named: items() of a temporary would dangle
        for (auto it = change.begin(); it != change.end(); ++it) j[it.key()] = *it;
        list.push_back(std::move(j));
    }
    return list;
}

std::string ValueText(bool scored, double percent) { return scored ? TablePercent(percent) : "no score"; }

// "rose by 12.50 points", "fell by 3.00 points", "unchanged", "not compared".
std::string ChangeText(const ChangeValue& v) {
    switch (v.direction) {
    case Direction::Rose: return "rose by " + FormatFixed(v.change) + " points";
    case Direction::Fell: return "fell by " + FormatFixed(-v.change) + " points";
    case Direction::Unchanged: return "unchanged";
    case Direction::NotCompared: break;
    }
    return v.earlier_scored ? "not compared (no score now)" : "not compared (no score then)";
}

std::vector<TableCell> ChangeRow(const std::string& name, const ChangeValue& v) {
    return {UserText(name), Number(ValueText(v.earlier_scored, v.earlier)), Number(ValueText(v.now_scored, v.now)),
            Number(v.now_scored ? TablePercent(v.target) : "-"), Word(ChangeText(v))};
}

Table ChangeTable() {
    Table t;
    t.columns = {{"", 34}, {"earlier", 12}, {"now", 12}, {"target", 12}, {"change", 0}};
    return t;
}

const char* OutcomeText(StepOutcome o) {
    switch (o) {
    case StepOutcome::ActedOn: return "acted on: the level rose";
    case StepOutcome::NoChange: return "not yet: the level is the same";
    case StepOutcome::Fell: return "the level fell";
    case StepOutcome::NotAnsweredNow: break;
    }
    return "not answered now";
}

} // namespace

std::string CompareToJson(const Questionnaire& q, const Comparison& c) {
    OJson root = OJson::object();
    root["schema_version"] = kCompareSchemaVersion;
    root["questionnaire"] = OJson{{"id", q.id}, {"version", q.version}};
    root["modes_differ"] = c.modes_differ;
    root["overall"] = ChangeJson(c.overall);
    root["systemic_index"] = ChangeJson(c.systemic);
    root["areas"] = NamedChanges(q.areas, c.areas);
    root["drivers"] = NamedChanges(q.drivers, c.drivers);
    OJson steps = OJson::array();
    for (const FirstStep& s : c.first_steps) {
        OJson j = OJson::object();
        j["question"] = q.questions[s.question].id;
        j["earlier_today"] = s.earlier_today;
        j["earlier_target"] = s.earlier_target;
        j["now_today"] = s.now_today == 0 ? OJson(nullptr) : OJson(s.now_today);
        j["outcome"] = StepOutcomeName(s.outcome);
        steps.push_back(std::move(j));
    }
    root["first_steps"] = std::move(steps);
    root["acted_on"] = c.acted_on;
    OJson missing = OJson::array();
    for (const NotCompared& n : c.not_compared)
        missing.push_back(OJson{{"question", n.question_id}, {"side", n.earlier_side ? "earlier" : "current"}, {"reason", n.reason}});
    root["not_compared"] = std::move(missing);
    return root.dump(2, ' ', false, OJson::error_handler_t::replace) + "\n";
}

std::string CompareToText(const Questionnaire& q, const Comparison& c) {
    std::string out;
    out += "Progress over time: " + (q.title.empty() ? q.id : q.title) + " (" + q.id + " version " + std::to_string(q.version) + ")\n";
    out += "Earlier results -> current results; the target is the current one's \"in 12 months\".\n";
    if (c.modes_differ)
        out += "Note: one of the two is a quick scan and the other a full assessment, so they rest on different questions.\n";
    out += "\n";
    Table indices = ChangeTable();
    indices.rows.push_back(ChangeRow("Overall index", c.overall));
    indices.rows.push_back(ChangeRow("Systemic index", c.systemic));
    out += WriteTextTable(indices);
    const auto named = [&](const char* title, const auto& items, const std::vector<ChangeValue>& values) {
        out += std::string("\n") + title + "\n";
        Table t = ChangeTable();
        for (std::size_t i = 0; i < items.size() && i < values.size(); ++i) t.rows.push_back(ChangeRow(items[i].name.substr(0, 32), values[i]));
        out += WriteTextTable(t);
    };
    named("Areas", q.areas, c.areas);
    named("Drivers", q.drivers, c.drivers);

    out += "\nThe earlier results' first steps";
    if (c.first_steps.empty()) {
        out += ": none (no question had a gap then)\n";
    } else {
        out += ": " + std::to_string(c.acted_on) + " of " + std::to_string(c.first_steps.size()) + " acted on\n";
        int rank = 0;
        for (const FirstStep& s : c.first_steps) {
            const Question& question = q.questions[s.question];
            out += "  " + std::to_string(++rank) + ". " + question.text + " [" + question.id + "]\n";
            out += "     level then " + std::to_string(s.earlier_today) + " (target " + std::to_string(s.earlier_target) + "), now " +
                   (s.now_today > 0 ? std::to_string(s.now_today) : std::string("-")) + ": " + OutcomeText(s.outcome) + "\n";
        }
    }
    if (!c.not_compared.empty()) {
        out += "\nCould not be compared (" + std::to_string(c.not_compared.size()) + ")\n";
        for (const NotCompared& n : c.not_compared) out += "  " + n.question_id + ": " + n.reason + "\n";
    }
    return out;
}

std::string CompareSectionHtml(const Questionnaire& q, const Comparison& c) {
    namespace r = report;
    std::string out = "<section>\n<h2>Progress over time</h2>\n";
    out += "<p>Your earlier results next to your current ones. The target is where your current results aim to be in 12 months.</p>\n";
    if (c.modes_differ) out += "<p class=\"muted\">One of the two is a quick scan and the other a full assessment, so they rest on different questions.</p>\n";
    const auto table = [&](const std::string& caption, const std::vector<std::pair<std::string, const ChangeValue*>>& rows) {
        r::TableStart(out, caption, {r::Text(""), r::Text("Earlier"), r::Text("Now"), r::Text("Target"), r::Text("Change")});
        for (const auto& [name, v] : rows)
            r::TableRow(out, {r::RowHeader(name), r::Number(v->earlier_scored ? ReportPercent(v->earlier) : "no score"),
                              r::Number(v->now_scored ? ReportPercent(v->now) : "no score"), r::Number(v->now_scored ? ReportPercent(v->target) : "-"),
                              r::Text(ChangeText(*v))});
        r::TableEnd(out);
    };
    table("The two indices", {{"Overall index", &c.overall}, {"Systemic index", &c.systemic}});
    std::vector<std::pair<std::string, const ChangeValue*>> areas, drivers;
    for (std::size_t a = 0; a < q.areas.size() && a < c.areas.size(); ++a) areas.push_back({q.areas[a].name, &c.areas[a]});
    for (std::size_t d = 0; d < q.drivers.size() && d < c.drivers.size(); ++d) drivers.push_back({q.drivers[d].name, &c.drivers[d]});
    table("Areas", areas);
    table("Drivers", drivers);
    out += "<h3>Your earlier first steps</h3>\n";
    if (c.first_steps.empty()) {
        out += "<p>Your earlier results had no gaps, so there were no first steps to follow.</p>\n";
    } else {
        out += "<p>" + std::to_string(c.acted_on) + " of " + std::to_string(c.first_steps.size()) + " acted on.</p>\n<ol>\n";
        for (const FirstStep& step : c.first_steps) {
            out += "<li>" + IsolatedHtml(q.questions[step.question].text) + " — level " + std::to_string(step.earlier_today) + " then, " +
                   (step.now_today > 0 ? "level " + std::to_string(step.now_today) + " now" : std::string("no level now")) + ": " +
                   EscapeHtml(OutcomeText(step.outcome)) + "</li>\n";
        }
        out += "</ol>\n";
    }
    if (!c.not_compared.empty()) {
        out += "<h3>Could not be compared</h3>\n<ul>\n";
        for (const NotCompared& n : c.not_compared) out += "<li>" + IsolatedHtml(n.question_id) + ": " + EscapeHtml(n.reason) + "</li>\n";
        out += "</ul>\n";
    }
    out += "</section>\n";
    return out;
}

std::string CompareReportHtml(const Questionnaire& q, const Comparison& c, const std::string& footer) {
    return report::PageStart("Progress over time: " + (q.title.empty() ? q.id : q.title)) + "<h1>" +
           IsolatedHtml("Progress over time: " + (q.title.empty() ? q.id : q.title)) + "</h1>\n" + CompareSectionHtml(q, c) + report::PageEnd(footer);
}

} // namespace systemic
