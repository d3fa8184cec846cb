// scoring.cpp — Score(): the rules written out at the top of scoring.h, in the same order.
// Sums run in questionnaire order and numbers are rounded once, when published, so every platform agrees.
#include "rules/scoring.h"

#include <algorithm>
#include <cmath>
#include <utility>


#include "rules/det_math.h"
#include "text/numbers.h"

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

} // namespace systemic
