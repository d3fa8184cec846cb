// scoring.cpp — Score(): the rules written out at the top of scoring.h, in the same order.
// Sums run in questionnaire order and numbers are rounded once, when published, so every platform agrees.
#include "rules/scoring.h"

#include <algorithm>
#include <cmath>
#include <utility>


#include "rules/det_math.h"
#include "text/ids.h"
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
    v.single_answer = coverage.answered == 1;
    return v;
}

ScoreValue Publish(const Accumulator& a) {
    return Publish(a.Today(), a.Target(), a.HasScore(), a.coverage, a.contributions);
}

// few_answers, same_level and target_below_current (the rest need counts only Score() keeps).
void QualityWarnings(const Questionnaire& q, const Scores& s, const Coverage& all, std::vector<QualityWarning>& out) {
    const int applicable = all.Applicable();
    if (all.asked > 0 && all.answered * 2 < applicable) {
        out.push_back({"quality.few_answers",
                       std::to_string(all.answered) + " of " + std::to_string(applicable) +
                           " applicable questions have a level: the scores rest on few answers.", {}});
    }
    if (all.asked > 0 && applicable == 0) {
        out.push_back({"quality.all_not_applicable",
                       "Every question was marked \"not applicable\", so there is nothing to score: check that this is the right questionnaire.", {}});
    } else {
        // Whole areas left out: "don't know" may hide a weak area; "not applicable" hands its importance to the others.
        std::vector<int> dont_know_questions, not_applicable_questions;
        std::string dont_know_areas, not_applicable_areas;
        int dont_know_count = 0, not_applicable_count = 0;
        for (std::size_t a = 0; a < s.areas.size(); ++a) {
            const Coverage& c = s.areas[a].coverage;
            if (c.asked == 0 || c.answered > 0) continue;
            const bool dont_know = c.dont_know > 0;
            if (!dont_know && c.not_applicable < c.asked) continue;   // merely unanswered: few_answers covers it
            std::string& names = dont_know ? dont_know_areas : not_applicable_areas;
            int& count = dont_know ? dont_know_count : not_applicable_count;
            names += (count ? ", " : "") + q.areas[a].name;
            ++count;
            for (std::size_t i = 0; i < s.questions.size(); ++i) {
                const QuestionScore& qs = s.questions[i];
                if (!qs.asked || q.questions[i].area != static_cast<int>(a)) continue;
                if (dont_know && qs.status == AnswerStatus::DontKnow) dont_know_questions.push_back(static_cast<int>(i));
                if (!dont_know && qs.status == AnswerStatus::NotApplicable) not_applicable_questions.push_back(static_cast<int>(i));
            }
        }
        if (dont_know_count > 0)
            out.push_back({"quality.area_dont_know",
                           "No level was given for " + dont_know_areas + " (\"don't know\"), so " + (dont_know_count == 1 ? "it is" : "they are") +
                               " left out of the overall and systemic indices: if " + (dont_know_count == 1 ? "it is" : "they are") +
                               " weak, both look better than they are.", dont_know_questions});
        if (not_applicable_count > 0)
            out.push_back({"quality.area_not_applicable",
                           "Every question in " + not_applicable_areas + " was marked \"not applicable\", so " +
                               (not_applicable_count == 1 ? "it is" : "they are") + " left out and the other areas count for more.",
                           not_applicable_questions});
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
                       Plural(static_cast<long long>(below.size()), "target is", "targets are") +
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

int StepValue(int today, int target) {
    int value = 0;
    for (int k = std::max(1, today); k < target && k < kLevelCount; ++k) value += kLevelCount - k;
    return value;
}

PointsKind AreaWeights(const Questionnaire& q, const Result& r, std::vector<int>& weights) {
    const std::size_t n = q.areas.size();
    weights.assign(n, 1);
    if (r.area_points.empty()) return PointsKind::None;
    // Points as integers so every sum is exact; a loaded Result lists its areas in questionnaire order.
    std::vector<int> points(n, 0);
    long long total = 0;
    for (std::size_t i = 0; i < r.area_points.size(); ++i) {
        const AreaPoints& p = r.area_points[i];
        if (p.points <= 0) continue;
        const int a = i < n && q.areas[i].id == p.area ? static_cast<int>(i) : q.FindArea(p.area);
        if (a < 0) continue;
        points[a] += std::min(p.points, 100);
        total += std::min(p.points, 100);
    }
    if (total == 0) return PointsKind::AllZero;
    for (std::size_t a = 0; a < n; ++a) weights[a] = std::max(points[a], kFloorPoints);
    return PointsKind::Given;
}

OverallIndex CombineAreas(const std::vector<AreaPercent>& areas, const std::vector<int>& weights) {
    // Exact: published percents are whole hundredths, weights whole numbers, so the sums are integers.
    long long today = 0, target = 0, weight = 0;
    for (std::size_t a = 0; a < areas.size() && a < weights.size(); ++a) {
        if (!areas[a].scored) continue;
        today += weights[a] * std::llround(areas[a].percent * 100.0);
        target += weights[a] * std::llround(areas[a].target_percent * 100.0);
        weight += weights[a];
    }
    OverallIndex o;
    if (weight <= 0) return o;
    o.scored = true;
    // Half away from zero: the sums are never negative.
    o.percent = static_cast<double>((2 * today + weight) / (2 * weight)) / 100.0;
    o.target_percent = static_cast<double>((2 * target + weight) / (2 * weight)) / 100.0;
    return o;
}

const char* SystemicExplanation() {
    return "The systemic index is a geometric mean of the area levels: one weak area pulls it down much more than "
           "the plain index, because a system is only as strong as its weakest links.";
}

namespace {

std::string AreaList(const Questionnaire& q, const std::vector<int>& areas) {
    std::string out;
    for (std::size_t i = 0; i < areas.size(); ++i) {
        if (i > 0) out += i + 1 == areas.size() ? " and " : ", ";
        out += q.areas[areas[i]].name;
    }
    return out;
}

long long Hundredths(double published) { return std::llround(published * 100.0); }

} // namespace

Scores Score(const Questionnaire& q, const Result& r) {
    Scores s;
    s.mode = r.mode;
    const std::size_t area_count = q.areas.size(), stage_count = q.stages.size();
    std::vector<Accumulator> areas(area_count), drivers(q.drivers.size()), stages(stage_count), heat(area_count * stage_count);
    Accumulator all;
    std::vector<QualityWarning> points_warnings;
    const PointsKind points_kind = AreaWeights(q, r, s.area_weights);
    if (points_kind == PointsKind::AllZero)
        points_warnings.push_back({"scores.points_all_zero", "All areas were given 0 points, so every area counts the same.", {}});
    int targets_given = 0, targets_at_max = 0, dont_know = 0;

    s.questions.resize(q.questions.size());
    for (std::size_t i = 0; i < q.questions.size(); ++i) {
        const Question& question = q.questions[i];
        QuestionScore& qs = s.questions[i];
        qs.asked = IsAsked(question, r.mode);
        if (!qs.asked) continue;
        const Answer* answer = FindAnswer(r, q, static_cast<int>(i));
        qs.status = EffectiveStatus(answer);   // a hand-built "answered" without a level is not scoreable
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

    // Areas, with their importance as given.
    s.importance.resize(area_count);
    std::vector<AreaPercent> published(area_count);
    for (std::size_t a = 0; a < area_count; ++a) {
        s.areas.push_back(Publish(areas[a]));
        published[a] = {s.areas[a].scored, s.areas[a].percent, s.areas[a].target_percent};
    }
    {
        // Importance as given: the points' share (before the floor); equal when none were given.
        std::vector<int> given(area_count, 0);
        long long total = 0;
        if (points_kind == PointsKind::Given) {
            for (const AreaPoints& p : r.area_points) {
                const int a = q.FindArea(p.area);
                if (a < 0 || p.points <= 0) continue;
                given[a] += std::min(p.points, 100);
                total += std::min(p.points, 100);
            }
        }
        for (std::size_t a = 0; a < area_count; ++a)
            s.importance[a] = total > 0 ? Round2(given[a] * 100.0 / static_cast<double>(total))
                                        : Round2(100.0 / static_cast<double>(area_count));
        // Notes on the points: only areas without answers had points; or some scored areas were lifted to the floor.
        if (points_kind == PointsKind::Given) {
            std::vector<int> floored;
            bool any_scored = false, scored_with_points = false;
            for (std::size_t a = 0; a < area_count; ++a) {
                if (!published[a].scored) continue;
                any_scored = true;
                if (given[a] > 0) scored_with_points = true;
                if (given[a] < kFloorPoints) floored.push_back(static_cast<int>(a));
            }
            if (any_scored && !scored_with_points) {
                points_warnings.push_back({"scores.points_no_answers",
                                           "Only areas without answers were given points, so the answered areas count the same.", {}});
            } else if (!floored.empty()) {
                s.floored_areas = floored;
                points_warnings.push_back({"scores.points_floor",
                                           AreaList(q, floored) + (floored.size() == 1 ? " was" : " were") + " given fewer than " +
                                               std::to_string(kFloorPoints) + " points but still " + (floored.size() == 1 ? "counts" : "count") +
                                               " as " + std::to_string(kFloorPoints) + ": a weak part holds the whole system back, "
                                               "even one that matters less to you.", {}});
            }
        }
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

    // Overall index: weighted mean of the published area percents, exact; contributions carry the area weights.
    const OverallIndex overall = CombineAreas(published, s.area_weights);
    std::vector<Contribution> area_contributions;
    long long weight_sum = 0;
    for (std::size_t a = 0; a < area_count; ++a) {
        if (!published[a].scored) continue;
        area_contributions.push_back({static_cast<int>(a), static_cast<double>(s.area_weights[a])});
        weight_sum += s.area_weights[a];
    }
    s.overall = Publish(overall.percent, overall.target_percent, overall.scored, all.coverage, area_contributions);
    s.overall.single_answer = overall.scored && all.coverage.answered == 1;

    // Systemic balance over the published percents of the areas with a score.
    int scored_areas = 0;
    if (overall.scored) {
        Balance& b = s.balance;
        b.scored = true;
        long long lowest = 0, highest = 0, sum = 0, squares = 0;
        double log_sum = 0.0;
        for (std::size_t a = 0; a < area_count; ++a) {
            if (!published[a].scored) continue;
            const long long h = Hundredths(published[a].percent);
            if (b.weakest_area < 0 || h < lowest) { lowest = h; b.weakest_area = static_cast<int>(a); }
            if (b.strongest_area < 0 || h > highest) { highest = h; b.strongest_area = static_cast<int>(a); }
            sum += h;
            squares += h * h;
            ++scored_areas;
            log_sum += static_cast<double>(s.area_weights[a]) / static_cast<double>(weight_sum) * DetLn(1.0 + published[a].percent / 25.0);
        }
        if (highest > lowest)
            for (std::size_t a = 0; a < area_count; ++a)
                if (published[a].scored && Hundredths(published[a].percent) == lowest) b.weakest_areas.push_back(static_cast<int>(a));
        const long long n = scored_areas;
        b.spread = static_cast<double>(highest - lowest) / 100.0;
        // Population sd in hundredths: sqrt(n x sum of squares - sum^2) / n, the integer part exact.
        b.sd = Round2(std::sqrt(static_cast<double>(n * squares - sum * sum)) / static_cast<double>(n) / 100.0);
        const double geometric_level = DetExp(log_sum);   // in 1..5
        b.systemic_index = Round2(std::min(100.0, std::max(0.0, (geometric_level - 1.0) * 25.0)));
        b.systemic_level = StageOfPercent(b.systemic_index);
        b.explanation = SystemicExplanation();
    }

    // Priorities: step value x importance factor (published) x weight; the weakest links first.
    for (std::size_t i = 0; i < q.questions.size(); ++i) {
        const QuestionScore& qs = s.questions[i];
        if (!qs.asked || qs.status != AnswerStatus::Answered || qs.gap <= 0) continue;
        const Question& question = q.questions[i];
        Priority p;
        p.question = static_cast<int>(i);
        p.gap = qs.gap;
        p.steps = StepValue(qs.today, qs.target);
        p.importance_factor = Round2(static_cast<double>(s.area_weights[question.area]) * scored_areas / static_cast<double>(weight_sum));
        p.weight = question.weight;
        p.priority = Round2(p.steps * p.importance_factor * question.weight);
        p.weakest_link = std::find(s.balance.weakest_areas.begin(), s.balance.weakest_areas.end(), question.area) != s.balance.weakest_areas.end();
        if (p.priority > 0.0) s.priorities.push_back(p);
    }
    std::stable_sort(s.priorities.begin(), s.priorities.end(), [](const Priority& a, const Priority& b) {
        if (a.weakest_link != b.weakest_link) return a.weakest_link;
        return a.priority > b.priority;
    });

    // Warnings, in the order documented in scoring.h.
    s.warnings = std::move(points_warnings);
    QualityWarnings(q, s, all.coverage, s.warnings);
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
