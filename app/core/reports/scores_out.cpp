// scores_out.cpp — one respondent's scores written out: the JSON of `systemic score --json` and the text report.
// Fixed key order and fixed number formatting, so the same scores give the same bytes on every platform.
#include "reports/scores_out.h"

#include <nlohmann/json.hpp>

#include "reports/table.h"
#include "rules/det_math.h"
#include "text/numbers.h"
#include "text/utf8.h"

namespace systemic {

namespace {

using OJson = nlohmann::ordered_json;   // insertion order = the documented key order

OJson CoverageJson(const Coverage& c) {
    OJson j = OJson::object();
    j["asked"] = c.asked;
    j["answered"] = c.answered;
    j["dont_know"] = c.dont_know;
    j["not_applicable"] = c.not_applicable;
    j["unanswered"] = c.unanswered;
    j["applicable"] = c.Applicable();
    return j;
}

OJson NumberOrNull(bool scored, double value) { return scored ? OJson(value) : OJson(nullptr); }

// The common part of an area, driver, stage or overall score. `item_key`/`ids` name the contributions.
void ScoreFields(OJson& j, const ScoreValue& v, const char* item_key, const std::vector<std::string>& ids) {
    j["percent"] = NumberOrNull(v.scored, v.percent);
    j["target_percent"] = NumberOrNull(v.scored, v.target_percent);
    j["gap"] = NumberOrNull(v.scored, v.gap);
    j["level"] = v.level;
    j["stage"] = v.scored ? LevelName(v.level) : "";
    j["single_answer"] = v.single_answer;
    j["coverage"] = CoverageJson(v.coverage);
    OJson contributions = OJson::array();
    for (const Contribution& c : v.contributions) {
        OJson one = OJson::object();
        one[item_key] = c.item >= 0 && c.item < static_cast<int>(ids.size()) ? ids[c.item] : std::string();
        one["weight"] = c.weight;
        contributions.push_back(std::move(one));
    }
    j["contributions"] = std::move(contributions);
}

template <typename T>
std::vector<std::string> IdsOf(const std::vector<T>& items) {
    std::vector<std::string> ids;
    for (const T& t : items) ids.push_back(t.id);
    return ids;
}

template <typename T>
OJson NamedScores(const std::vector<T>& items, const std::vector<ScoreValue>& values, const std::vector<std::string>& question_ids,
                  const std::vector<double>* importance, const std::vector<int>* weights) {
    OJson list = OJson::array();
    for (std::size_t i = 0; i < items.size() && i < values.size(); ++i) {
        OJson j = OJson::object();
        j["id"] = items[i].id;
        j["name"] = items[i].name;
        if (importance) j["importance"] = (*importance)[i];
        if (weights && i < weights->size()) j["weight"] = (*weights)[i];
        ScoreFields(j, values[i], "question", question_ids);
        list.push_back(std::move(j));
    }
    return list;
}

std::string TodayText(const ScoreValue& v) { return v.scored ? TablePercent(v.percent) : "   —"; }

std::string GapText(double gap) { return (gap > 0 ? "+" : "") + FormatFixed(gap); }

void ScoreTable(std::string& out, const char* title, const std::vector<std::string>& names, const std::vector<ScoreValue>& values,
                const std::vector<int>* importance) {
    if (names.empty()) return;
    // 34 characters for the name, 8 for the area weight, 10 or 8 for each figure, then the coverage as it comes.
    Table table;
    table.columns.push_back({"", 34});
    if (importance) table.columns.push_back({"weight", 8});
    for (TableColumn column : {TableColumn{"today", 10}, TableColumn{"stage", 10}, TableColumn{"target", 10}, TableColumn{"gap", 8}, TableColumn{"answered", 0}})
        table.columns.push_back(std::move(column));
    for (std::size_t i = 0; i < names.size() && i < values.size(); ++i) {
        const ScoreValue& v = values[i];
        std::vector<TableCell> row{UserText(names[i].substr(0, 32))};
        if (importance) row.push_back(Number(std::to_string((*importance)[i])));
        row.push_back(Number(TodayText(v)));
        row.push_back(Word(v.scored ? LevelName(v.level) : ""));
        row.push_back(Number(v.scored ? TablePercent(v.target_percent) : ""));
        row.push_back(Number(v.scored ? GapText(v.gap) : ""));
        std::string answered = std::to_string(v.coverage.answered) + "/" + std::to_string(v.coverage.Applicable());
        if (v.coverage.dont_know) answered += ", " + std::to_string(v.coverage.dont_know) + " don't know";
        if (v.coverage.not_applicable) answered += ", " + std::to_string(v.coverage.not_applicable) + " n/a";
        if (v.single_answer) answered += " (rests on one answer)";
        row.push_back(Word(std::move(answered)));
        table.rows.push_back(std::move(row));
    }
    out += std::string("\n") + title + "\n" + WriteTextTable(table);
}

template <typename T>
std::vector<std::string> NamesOf(const std::vector<T>& items) {
    std::vector<std::string> names;
    for (const T& t : items) names.push_back(t.name);
    return names;
}

} // namespace

std::string ScoresToJson(const Questionnaire& q, const Scores& s) {
    const std::vector<std::string> question_ids = IdsOf(q.questions);
    const std::vector<std::string> area_ids = IdsOf(q.areas);
    OJson root = OJson::object();
    root["schema_version"] = kScoresSchemaVersion;
    root["questionnaire"] = OJson{{"id", q.id}, {"version", q.version}, {"hash", q.hash}};
    root["mode"] = ModeName(s.mode);

    OJson overall = OJson::object();
    ScoreFields(overall, s.overall, "area", area_ids);
    root["overall"] = std::move(overall);

    const Balance& b = s.balance;
    OJson balance = OJson::object();
    balance["spread"] = NumberOrNull(b.scored, b.spread);
    balance["sd"] = NumberOrNull(b.scored, b.sd);
    balance["weakest_area"] = b.weakest_area >= 0 ? OJson(area_ids[b.weakest_area]) : OJson(nullptr);
    OJson weakest = OJson::array();
    for (int a : b.weakest_areas) weakest.push_back(area_ids[a]);
    balance["weakest_areas"] = std::move(weakest);
    balance["strongest_area"] = b.strongest_area >= 0 ? OJson(area_ids[b.strongest_area]) : OJson(nullptr);
    balance["systemic_index"] = NumberOrNull(b.scored, b.systemic_index);
    balance["systemic_level"] = b.systemic_level;
    balance["systemic_stage"] = b.scored ? LevelName(b.systemic_level) : "";
    balance["explanation"] = b.explanation;
    root["balance"] = std::move(balance);

    root["areas"] = NamedScores(q.areas, s.areas, question_ids, &s.importance, &s.area_weights);
    root["drivers"] = NamedScores(q.drivers, s.drivers, question_ids, nullptr, nullptr);
    root["stages"] = NamedScores(q.stages, s.stages, question_ids, nullptr, nullptr);

    OJson heat = OJson::object();
    heat["areas"] = area_ids;
    heat["stages"] = IdsOf(q.stages);
    OJson rows = OJson::array();
    for (std::size_t a = 0; a < q.areas.size(); ++a) {
        OJson row = OJson::array();
        for (std::size_t st = 0; st < q.stages.size(); ++st) {
            const HeatCell& c = s.heat[a * q.stages.size() + st];
            row.push_back(OJson{{"percent", NumberOrNull(c.scored, c.percent)}, {"count", c.count}});
        }
        rows.push_back(std::move(row));
    }
    heat["cells"] = std::move(rows);
    root["heat_map"] = std::move(heat);

    OJson priorities = OJson::array();
    for (const Priority& p : s.priorities) {
        const Question& question = q.questions[p.question];
        const QuestionScore& qs = s.questions[p.question];
        OJson j = OJson::object();
        j["question"] = question.id;
        j["area"] = area_ids[question.area];
        j["today"] = qs.today;
        j["target"] = qs.target;
        j["gap"] = p.gap;
        j["steps"] = p.steps;
        j["importance_factor"] = p.importance_factor;
        j["weight"] = p.weight;
        j["priority"] = p.priority;
        j["weakest_link"] = p.weakest_link;
        j["next_step"] = qs.today >= 1 && qs.today < kLevelCount ? question.next_steps[qs.today - 1] : std::string();
        priorities.push_back(std::move(j));
    }
    root["priorities"] = std::move(priorities);

    OJson questions = OJson::array();
    for (std::size_t i = 0; i < q.questions.size() && i < s.questions.size(); ++i) {
        const QuestionScore& qs = s.questions[i];
        OJson j = OJson::object();
        j["id"] = q.questions[i].id;
        j["area"] = area_ids[q.questions[i].area];
        j["asked"] = qs.asked;
        j["status"] = AnswerStatusName(qs.status);
        j["today"] = qs.today;
        j["target"] = qs.target;
        j["gap"] = qs.gap;
        j["target_below"] = qs.target_below;
        questions.push_back(std::move(j));
    }
    root["questions"] = std::move(questions);

    OJson warnings = OJson::array();
    for (const QualityWarning& w : s.warnings) {
        OJson ids = OJson::array();
        for (int i : w.questions) ids.push_back(question_ids[i]);
        warnings.push_back(OJson{{"code", w.code}, {"message", w.message}, {"questions", std::move(ids)}});
    }
    root["warnings"] = std::move(warnings);
    return root.dump(2, ' ', false, OJson::error_handler_t::replace) + "\n";
}

std::string ScoresToText(const Questionnaire& q, const Scores& s) {
    std::string out;
    out += q.title.empty() ? q.id : q.title;
    out += " (" + q.id + " version " + std::to_string(q.version) + "), " + (s.mode == Mode::Quick ? "quick scan" : "full assessment") + "\n\n";
    const ScoreValue& o = s.overall;
    if (!o.scored) {
        out += "No question has a level yet, so there is nothing to score.\n";
    } else {
        out += PadRight("Overall index", 18) + PadRight(TodayText(o), 10) + PadRight(LevelName(o.level), 10) + "target " +
               FormatFixed(o.target_percent) + " %, gap " + GapText(o.gap) + "\n";
        out += PadRight("Systemic index", 18) + PadRight(TablePercent(s.balance.systemic_index), 10) + LevelName(s.balance.systemic_level) + "\n";
        out += "  " + s.balance.explanation + "\n";
        out += PadRight("Balance", 18) + "spread " + FormatFixed(s.balance.spread) + ", sd " + FormatFixed(s.balance.sd) +
               (s.balance.weakest_areas.empty() ? std::string("; no single weak link (every area scores the same)\n")
                                                : "; weakest area: " + q.areas[s.balance.weakest_area].name + " (" +
                                                      TodayText(s.areas[s.balance.weakest_area]) + ")\n");
    }
    const Coverage& c = o.coverage;
    out += PadRight("Coverage", 18) + std::to_string(c.asked) + " asked, " + std::to_string(c.answered) + " answered, " +
           std::to_string(c.dont_know) + " don't know, " + std::to_string(c.not_applicable) + " not applicable, " +
           std::to_string(c.unanswered) + " unanswered\n";

    ScoreTable(out, "Areas", NamesOf(q.areas), s.areas, &s.area_weights);
    ScoreTable(out, "Drivers", NamesOf(q.drivers), s.drivers, nullptr);
    ScoreTable(out, "Journey stages", NamesOf(q.stages), s.stages, nullptr);

    if (!q.stages.empty()) {
        out += "\nHeat map: today's percent by area (rows) and stage (columns), answered questions in brackets\n";
        Table heat;   // 34 characters for the area, 12 for each stage
        heat.columns.push_back({"", 34});
        for (const Stage& st : q.stages) heat.columns.push_back({st.name.substr(0, 11), 12});
        for (std::size_t a = 0; a < q.areas.size(); ++a) {
            std::vector<TableCell> row{UserText(q.areas[a].name.substr(0, 32))};
            for (std::size_t st = 0; st < q.stages.size(); ++st) {
                const HeatCell& cell = s.heat[a * q.stages.size() + st];
                row.push_back(Number(cell.scored ? FormatFixed(cell.percent, 0) + " (" + std::to_string(cell.count) + ")" : "·"));
            }
            heat.rows.push_back(std::move(row));
        }
        out += WriteTextTable(heat);
    }

    if (!s.priorities.empty()) {
        out += "\nPriorities (step value x importance x weight; the weakest links first)\n";
        int rank = 0;
        for (const Priority& p : s.priorities) {
            const Question& question = q.questions[p.question];
            const QuestionScore& qs = s.questions[p.question];
            out += "  " + std::to_string(++rank) + ". " + question.text + " [" + question.id + "]\n";
            out += "     level " + std::to_string(qs.today) + " -> " + std::to_string(qs.target) + ", priority " + std::to_string(p.steps) + " x " +
                   FormatShort(p.importance_factor) + " x " + FormatShort(p.weight) + " = " + FormatFixed(p.priority) +
                   (p.weakest_link ? " (weakest link)" : "") + "\n";
            if (qs.today >= 1 && qs.today < kLevelCount && !question.next_steps[qs.today - 1].empty())
                out += "     Next step: " + question.next_steps[qs.today - 1] + "\n";
        }
    }

    if (!s.warnings.empty()) {
        out += "\nWarnings\n";
        for (const QualityWarning& w : s.warnings) {
            out += "  " + w.code + ": " + w.message;
            if (!w.questions.empty()) {
                out += " (";
                for (std::size_t i = 0; i < w.questions.size(); ++i) out += (i ? ", " : "") + q.questions[w.questions[i]].id;
                out += ")";
            }
            out += "\n";
        }
    }
    return out;
}

} // namespace systemic
