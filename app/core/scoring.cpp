// scoring.cpp — Score(): the rules written out at the top of scoring.h, in the same order.
// Sums run in questionnaire order and numbers are rounded once, when published, so every platform agrees.
#include "scoring.h"

#include <algorithm>
#include <cmath>
#include <utility>

#include <nlohmann/json.hpp>

#include "scoring_math.h"

namespace systemic {

namespace {

// Running sums of one score (an area, a driver, a stage, a heat-map cell or the whole).
struct Accumulator {
    double weight = 0.0;
    double weighted_today = 0.0;
    double weighted_target = 0.0;
    Coverage coverage;
    std::vector<Contribution> contributions;

    void Count(AnswerStatus status) {
        ++coverage.asked;
        switch (status) {
        case AnswerStatus::Answered: ++coverage.answered; break;
        case AnswerStatus::DontKnow: ++coverage.dont_know; break;
        case AnswerStatus::NotApplicable: ++coverage.not_applicable; break;
        case AnswerStatus::Unanswered: ++coverage.unanswered; break;
        }
    }
    void Add(int question, double w, double today_percent, double target_percent) {
        weight += w;
        weighted_today += w * today_percent;
        weighted_target += w * target_percent;
        contributions.push_back({question, Round2(w)});
    }
    bool HasScore() const { return coverage.answered > 0 && weight > 0.0; }
    double Today() const { return HasScore() ? weighted_today / weight : 0.0; }      // unrounded
    double Target() const { return HasScore() ? weighted_target / weight : 0.0; }
};

ScoreValue Publish(double today, double target, bool scored, const Coverage& coverage, std::vector<Contribution> contributions) {
    ScoreValue v;
    v.scored = scored;
    v.coverage = coverage;
    v.contributions = std::move(contributions);
    if (!scored) return v;
    v.percent = Round2(today);
    v.target_percent = Round2(target);
    v.gap = Round2(v.target_percent - v.percent);   // from the published numbers, so the three always agree
    v.level = StageOfPercent(v.percent);
    return v;
}

ScoreValue Publish(const Accumulator& a) {
    return Publish(a.Today(), a.Target(), a.HasScore(), a.coverage, a.contributions);
}

// few_answers, same_level and target_below_current (the rest need counts only Score() keeps).
void QualityWarnings(const Scores& s, const Coverage& all, std::vector<QualityWarning>& out) {
    const int applicable = all.Applicable();
    if (all.asked > 0 && all.answered * 2 < applicable) {
        out.push_back({"quality.few_answers",
                       std::to_string(all.answered) + " of " + std::to_string(applicable) +
                           " applicable questions have a level: the scores rest on few answers.", {}});
    }
    int same[kLevelCount + 1] = {0, 0, 0, 0, 0, 0};
    std::vector<int> below;
    for (std::size_t i = 0; i < s.questions.size(); ++i) {
        const QuestionScore& qs = s.questions[i];
        if (!qs.asked || qs.status != AnswerStatus::Answered) continue;
        ++same[qs.today];
        if (qs.target_below) below.push_back(static_cast<int>(i));
    }
    int most = 1;
    for (int l = 2; l <= kLevelCount; ++l)
        if (same[l] > same[most]) most = l;
    if (all.answered >= 8 && same[most] * 5 >= all.answered * 4) {
        out.push_back({"quality.same_level",
                       std::to_string(same[most]) + " of " + std::to_string(all.answered) + " answers are level " +
                           std::to_string(most) + " (" + LevelName(most) + "): check that each question was judged on its own.", {}});
    }
    if (!below.empty()) {
        out.push_back({"quality.target_below_current",
                       std::to_string(below.size()) + (below.size() == 1 ? " target is" : " targets are") +
                           " below the level today: is a step back really planned?", below});
    }
}

} // namespace

double LevelPercent(int level) { return level >= 1 && level <= kLevelCount ? (level - 1) * 25.0 : 0.0; }

int StageOfPercent(double percent) {
    if (percent < 12.5) return 1;
    if (percent < 37.5) return 2;
    if (percent < 62.5) return 3;
    if (percent < 87.5) return 4;
    return 5;
}

bool AreaShares(const Questionnaire& q, const Result& r, std::vector<double>& shares) {
    const std::size_t n = q.areas.size();
    shares.assign(n, n > 0 ? 1.0 / static_cast<double>(n) : 0.0);
    if (r.area_points.empty()) return true;
    // Points as integers so the total is exact; a loaded Result lists its areas in questionnaire order.
    long long total = 0;
    shares.assign(n, 0.0);
    for (std::size_t i = 0; i < r.area_points.size(); ++i) {
        const AreaPoints& p = r.area_points[i];
        if (p.points <= 0) continue;
        const int a = i < n && q.areas[i].id == p.area ? static_cast<int>(i) : q.FindArea(p.area);
        if (a < 0) continue;
        shares[a] += static_cast<double>(p.points);
        total += p.points;
    }
    if (total == 0) {
        shares.assign(n, n > 0 ? 1.0 / static_cast<double>(n) : 0.0);
        return false;
    }
    for (double& s : shares) s /= static_cast<double>(total);
    return true;
}

const char* SystemicExplanation() {
    return "The systemic index is a geometric mean of the area levels: one weak area pulls it down much more than "
           "the plain index, because a system is only as strong as its weakest links.";
}

Scores Score(const Questionnaire& q, const Result& r) {
    Scores s;
    s.mode = r.mode;
    const std::size_t area_count = q.areas.size(), stage_count = q.stages.size();
    std::vector<Accumulator> areas(area_count), drivers(q.drivers.size()), stages(stage_count), heat(area_count * stage_count);
    Accumulator all;
    std::vector<QualityWarning> points_warnings;
    std::vector<double> shares;
    if (!AreaShares(q, r, shares))
        points_warnings.push_back({"scores.points_all_zero", "All areas were given 0 points, so every area counts the same.", {}});
    int targets_given = 0, targets_at_max = 0, dont_know = 0;

    s.questions.resize(q.questions.size());
    for (std::size_t i = 0; i < q.questions.size(); ++i) {
        const Question& question = q.questions[i];
        QuestionScore& qs = s.questions[i];
        qs.asked = r.mode == Mode::Full || question.quick;
        if (!qs.asked) continue;
        const Answer* answer = FindAnswer(r, q, static_cast<int>(i));
        qs.status = answer ? answer->status : AnswerStatus::Unanswered;
        if (qs.status == AnswerStatus::Answered && (answer->today < 1 || answer->today > kLevelCount))
            qs.status = AnswerStatus::Unanswered;   // a hand-built Result with no level: not scoreable
        const bool answered = qs.status == AnswerStatus::Answered;
        if (qs.status == AnswerStatus::DontKnow) ++dont_know;
        double today = 0.0, target = 0.0;
        if (answered) {
            qs.today = answer->today;
            const bool has_target = answer->target >= 1 && answer->target <= kLevelCount;
            qs.target = has_target ? answer->target : answer->today;
            qs.gap = qs.target - qs.today;
            qs.target_below = has_target && answer->target < answer->today;
            if (has_target) { ++targets_given; if (answer->target == kLevelCount) ++targets_at_max; }
            today = LevelPercent(qs.today);
            target = LevelPercent(qs.target);
        }
        const int index = static_cast<int>(i);
        all.Count(qs.status);
        areas[question.area].Count(qs.status);
        if (answered) { all.Add(index, question.weight, today, target); areas[question.area].Add(index, question.weight, today, target); }
        for (const DriverWeight& dw : question.drivers) {
            drivers[dw.driver].Count(qs.status);
            if (answered) drivers[dw.driver].Add(index, question.weight * dw.weight, today, target);
        }
        for (int st : question.stages) {
            stages[st].Count(qs.status);
            Accumulator& cell = heat[question.area * stage_count + st];
            cell.Count(qs.status);
            if (answered) { stages[st].Add(index, question.weight, today, target); cell.Add(index, question.weight, today, target); }
        }
    }

    // Areas, with their importance.
    s.importance.resize(area_count);
    for (std::size_t a = 0; a < area_count; ++a) {
        s.importance[a] = Round2(shares[a] * 100.0);
        s.areas.push_back(Publish(areas[a]));
    }
    for (const Accumulator& d : drivers) s.drivers.push_back(Publish(d));
    for (const Accumulator& st : stages) s.stages.push_back(Publish(st));
    for (const Accumulator& c : heat) {
        HeatCell cell;
        cell.scored = c.HasScore();
        cell.count = c.coverage.answered;
        cell.percent = cell.scored ? Round2(c.Today()) : 0.0;
        s.heat.push_back(cell);
    }

    // Overall index: importance-weighted mean over the areas that have a score.
    std::vector<double> index_weights(area_count, 0.0);
    double weight_sum = 0.0;
    for (std::size_t a = 0; a < area_count; ++a)
        if (areas[a].HasScore()) { index_weights[a] = shares[a]; weight_sum += shares[a]; }
    bool any_area = false;
    for (std::size_t a = 0; a < area_count; ++a) any_area = any_area || areas[a].HasScore();
    if (any_area && weight_sum <= 0.0) {
        points_warnings.push_back({"scores.points_no_answers",
                                   "Only areas without answers were given points, so the answered areas count the same.", {}});
        for (std::size_t a = 0; a < area_count; ++a)
            if (areas[a].HasScore()) { index_weights[a] = 1.0; weight_sum += 1.0; }
    }
    double overall_today = 0.0, overall_target = 0.0, log_sum = 0.0;
    std::vector<Contribution> area_contributions;
    for (std::size_t a = 0; a < area_count; ++a) {
        if (!areas[a].HasScore() || index_weights[a] <= 0.0) continue;
        const double w = index_weights[a] / weight_sum;
        overall_today += w * areas[a].Today();
        overall_target += w * areas[a].Target();
        log_sum += w * DetLn(1.0 + areas[a].Today() / 25.0);
        area_contributions.push_back({static_cast<int>(a), Round2(w)});
    }
    s.overall = Publish(overall_today, overall_target, any_area, all.coverage, area_contributions);

    // Systemic balance over the areas with a score.
    if (any_area) {
        Balance& b = s.balance;
        b.scored = true;
        double sum = 0.0, lowest = 0.0, highest = 0.0;
        int n = 0;
        for (std::size_t a = 0; a < area_count; ++a) {
            if (!areas[a].HasScore()) continue;
            const double p = areas[a].Today();
            if (b.weakest_area < 0 || p < lowest) { lowest = p; b.weakest_area = static_cast<int>(a); }
            if (b.strongest_area < 0 || p > highest) { highest = p; b.strongest_area = static_cast<int>(a); }
            sum += p;
            ++n;
        }
        const double mean = sum / n;
        double squares = 0.0;
        for (std::size_t a = 0; a < area_count; ++a)
            if (areas[a].HasScore()) squares += (areas[a].Today() - mean) * (areas[a].Today() - mean);
        b.spread = Round2(highest - lowest);
        b.sd = Round2(std::sqrt(squares / n));
        const double geometric_level = DetExp(log_sum);   // in 1..5
        b.systemic_index = Round2(std::min(100.0, std::max(0.0, (geometric_level - 1.0) * 25.0)));
        b.systemic_level = StageOfPercent(b.systemic_index);
        b.explanation = SystemicExplanation();
    }

    // Priorities: gap x importance factor x weight, highest first, ties in questionnaire order.
    for (std::size_t i = 0; i < q.questions.size(); ++i) {
        const QuestionScore& qs = s.questions[i];
        if (!qs.asked || qs.status != AnswerStatus::Answered || qs.gap <= 0) continue;
        const Question& question = q.questions[i];
        Priority p;
        p.question = static_cast<int>(i);
        p.gap = qs.gap;
        p.importance_factor = Round2(shares[question.area] * static_cast<double>(area_count));
        p.weight = question.weight;
        p.priority = Round2(qs.gap * shares[question.area] * static_cast<double>(area_count) * question.weight);
        if (p.priority > 0.0) s.priorities.push_back(p);
    }
    std::stable_sort(s.priorities.begin(), s.priorities.end(),
                     [](const Priority& a, const Priority& b) { return a.priority > b.priority; });

    // Warnings, in the order documented in scoring.h.
    s.warnings = std::move(points_warnings);
    QualityWarnings(s, all.coverage, s.warnings);
    if (targets_given >= 3 && targets_at_max == targets_given)
        s.warnings.push_back({"quality.all_targets_max",
                              "Every target is level 5 (Systemic): pick the few areas that matter most for the next 12 months.", {}});
    if (dont_know > 0 && dont_know * 4 >= all.coverage.asked)
        s.warnings.push_back({"quality.many_dont_know",
                              std::to_string(dont_know) + " of " + std::to_string(all.coverage.asked) +
                                  " questions are \"don't know\": ask colleagues who know these areas.", {}});
    return s;
}

// [SECTION] JSON and text output

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
                  const std::vector<double>* importance) {
    OJson list = OJson::array();
    for (std::size_t i = 0; i < items.size() && i < values.size(); ++i) {
        OJson j = OJson::object();
        j["id"] = items[i].id;
        j["name"] = items[i].name;
        if (importance) j["importance"] = (*importance)[i];
        ScoreFields(j, values[i], "question", question_ids);
        list.push_back(std::move(j));
    }
    return list;
}

std::string Pad(std::string text, std::size_t width) {
    // Width in characters: count UTF-8 lead bytes only, so names with accents still line up.
    std::size_t chars = 0;
    for (unsigned char c : text) chars += (c & 0xC0) != 0x80;
    if (chars < width) text.append(width - chars, ' ');
    return text;
}

std::string PercentText(const ScoreValue& v) { return v.scored ? FormatFixed(v.percent) + " %" : "   —"; }

std::string GapText(double gap) { return (gap > 0 ? "+" : "") + FormatFixed(gap); }

void ScoreTable(std::string& out, const char* title, const std::vector<std::string>& names, const std::vector<ScoreValue>& values,
                const std::vector<double>* importance) {
    if (names.empty()) return;
    out += std::string("\n") + title + "\n";
    out += "  " + Pad("", 34) + (importance ? Pad("points", 8) : "") + Pad("today", 10) + Pad("stage", 10) + Pad("target", 10) +
           Pad("gap", 8) + "answered\n";
    for (std::size_t i = 0; i < names.size() && i < values.size(); ++i) {
        const ScoreValue& v = values[i];
        std::string line = "  " + Pad(names[i].substr(0, 32), 34);
        if (importance) line += Pad(FormatFixed((*importance)[i], 0), 8);
        line += Pad(PercentText(v), 10) + Pad(v.scored ? LevelName(v.level) : "", 10);
        line += Pad(v.scored ? FormatFixed(v.target_percent) + " %" : "", 10) + Pad(v.scored ? GapText(v.gap) : "", 8);
        line += std::to_string(v.coverage.answered) + "/" + std::to_string(v.coverage.Applicable());
        if (v.coverage.dont_know) line += ", " + std::to_string(v.coverage.dont_know) + " don't know";
        if (v.coverage.not_applicable) line += ", " + std::to_string(v.coverage.not_applicable) + " n/a";
        out += line + "\n";
    }
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
    balance["strongest_area"] = b.strongest_area >= 0 ? OJson(area_ids[b.strongest_area]) : OJson(nullptr);
    balance["systemic_index"] = NumberOrNull(b.scored, b.systemic_index);
    balance["systemic_level"] = b.systemic_level;
    balance["systemic_stage"] = b.scored ? LevelName(b.systemic_level) : "";
    balance["explanation"] = b.explanation;
    root["balance"] = std::move(balance);

    root["areas"] = NamedScores(q.areas, s.areas, question_ids, &s.importance);
    root["drivers"] = NamedScores(q.drivers, s.drivers, question_ids, nullptr);
    root["stages"] = NamedScores(q.stages, s.stages, question_ids, nullptr);

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
        j["importance_factor"] = p.importance_factor;
        j["weight"] = p.weight;
        j["priority"] = p.priority;
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
        out += Pad("Overall index", 18) + Pad(PercentText(o), 10) + Pad(LevelName(o.level), 10) + "target " +
               FormatFixed(o.target_percent) + " %, gap " + GapText(o.gap) + "\n";
        out += Pad("Systemic index", 18) + Pad(FormatFixed(s.balance.systemic_index) + " %", 10) + LevelName(s.balance.systemic_level) + "\n";
        out += "  " + s.balance.explanation + "\n";
        out += Pad("Balance", 18) + "spread " + FormatFixed(s.balance.spread) + ", sd " + FormatFixed(s.balance.sd) +
               "; weakest area: " + q.areas[s.balance.weakest_area].name + " (" + PercentText(s.areas[s.balance.weakest_area]) + ")\n";
    }
    const Coverage& c = o.coverage;
    out += Pad("Coverage", 18) + std::to_string(c.asked) + " asked, " + std::to_string(c.answered) + " answered, " +
           std::to_string(c.dont_know) + " don't know, " + std::to_string(c.not_applicable) + " not applicable, " +
           std::to_string(c.unanswered) + " unanswered\n";

    ScoreTable(out, "Areas", NamesOf(q.areas), s.areas, &s.importance);
    ScoreTable(out, "Drivers", NamesOf(q.drivers), s.drivers, nullptr);
    ScoreTable(out, "Journey stages", NamesOf(q.stages), s.stages, nullptr);

    if (!q.stages.empty()) {
        out += "\nHeat map: today's percent by area (rows) and stage (columns), answered questions in brackets\n";
        std::string header = "  " + Pad("", 34);
        for (const Stage& st : q.stages) header += Pad(st.name.substr(0, 11), 12);
        while (!header.empty() && header.back() == ' ') header.pop_back();
        out += header + "\n";
        for (std::size_t a = 0; a < q.areas.size(); ++a) {
            std::string line = "  " + Pad(q.areas[a].name.substr(0, 32), 34);
            for (std::size_t st = 0; st < q.stages.size(); ++st) {
                const HeatCell& cell = s.heat[a * q.stages.size() + st];
                line += Pad(cell.scored ? FormatFixed(cell.percent, 0) + " (" + std::to_string(cell.count) + ")" : "·", 12);
            }
            while (!line.empty() && line.back() == ' ') line.pop_back();
            out += line + "\n";
        }
    }

    if (!s.priorities.empty()) {
        out += "\nPriorities (gap x importance x weight)\n";
        int rank = 0;
        for (const Priority& p : s.priorities) {
            const Question& question = q.questions[p.question];
            const QuestionScore& qs = s.questions[p.question];
            out += "  " + std::to_string(++rank) + ". " + question.text + " [" + question.id + "]\n";
            out += "     level " + std::to_string(qs.today) + " -> " + std::to_string(qs.target) + ", priority " + FormatFixed(p.priority) + "\n";
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
