// compare.cpp — progress over time (compare.h has the rules in plain words).
#include "rules/compare.h"

#include <algorithm>
#include <cmath>

#include "rules/det_math.h"

namespace systemic {

namespace {

long long Hundredths(double percent) { return std::llround(percent * 100.0); }

Direction DirectionOf(long long change) { return change > 0 ? Direction::Rose : change < 0 ? Direction::Fell : Direction::Unchanged; }

// The systemic index of the current target percents: the weighted geometric mean of the levels 1 + percent / 25,
// with the weights and the fixed-step logarithm of scoring.cpp, so it is comparable with the systemic index.
double SystemicTarget(const Scores& s) {
    long long weight_sum = 0;
    for (std::size_t a = 0; a < s.areas.size(); ++a)
        if (s.areas[a].scored) weight_sum += s.area_weights[a];
    if (weight_sum <= 0) return 0.0;
    double log_sum = 0.0;
    for (std::size_t a = 0; a < s.areas.size(); ++a) {
        if (!s.areas[a].scored) continue;
        log_sum += static_cast<double>(s.area_weights[a]) / static_cast<double>(weight_sum) * DetLn(1.0 + s.areas[a].target_percent / 25.0);
    }
    return Round2(std::min(100.0, std::max(0.0, (DetExp(log_sum) - 1.0) * 25.0)));
}

} // namespace

const char* DirectionName(Direction d) {
    switch (d) {
    case Direction::Rose: return "rose";
    case Direction::Fell: return "fell";
    case Direction::Unchanged: return "unchanged";
    case Direction::NotCompared: break;
    }
    return "not_compared";
}

const char* StepOutcomeName(StepOutcome o) {
    switch (o) {
    case StepOutcome::ActedOn: return "acted_on";
    case StepOutcome::NoChange: return "no_change";
    case StepOutcome::Fell: return "fell";
    case StepOutcome::NotAnsweredNow: break;
    }
    return "not_answered_now";
}

ChangeValue CompareValues(const ScoreValue& earlier, const ScoreValue& now) {
    ChangeValue c;
    c.earlier_scored = earlier.scored;
    c.now_scored = now.scored;
    c.earlier = earlier.scored ? earlier.percent : 0.0;
    c.now = now.scored ? now.percent : 0.0;
    c.target = now.scored ? now.target_percent : 0.0;
    if (earlier.scored && now.scored) {
        // In hundredths: the published percents have 2 decimals, so the difference is exact.
        const long long change = Hundredths(now.percent) - Hundredths(earlier.percent);
        c.change = static_cast<double>(change) / 100.0;
        c.direction = DirectionOf(change);
    }
    return c;
}

Comparison Compare(const Questionnaire& q, const Result& earlier, const Result& now, const VersionGap& earlier_gap,
                   const VersionGap& now_gap, int first_steps) {
    Comparison c;
    c.earlier = Score(q, earlier);
    c.now = Score(q, now);
    c.modes_differ = earlier.mode != now.mode;
    c.overall = CompareValues(c.earlier.overall, c.now.overall);

    ScoreValue earlier_systemic, now_systemic;
    earlier_systemic.scored = c.earlier.balance.scored;
    earlier_systemic.percent = c.earlier.balance.systemic_index;
    now_systemic.scored = c.now.balance.scored;
    now_systemic.percent = c.now.balance.systemic_index;
    now_systemic.target_percent = now_systemic.scored ? SystemicTarget(c.now) : 0.0;
    c.systemic = CompareValues(earlier_systemic, now_systemic);

    for (std::size_t a = 0; a < q.areas.size(); ++a) c.areas.push_back(CompareValues(c.earlier.areas[a], c.now.areas[a]));
    for (std::size_t d = 0; d < q.drivers.size(); ++d) c.drivers.push_back(CompareValues(c.earlier.drivers[d], c.now.drivers[d]));

    const std::size_t steps = std::min(c.earlier.priorities.size(), static_cast<std::size_t>(std::max(0, first_steps)));
    for (std::size_t i = 0; i < steps; ++i) {
        const Priority& p = c.earlier.priorities[i];
        const QuestionScore& then = c.earlier.questions[p.question];
        const QuestionScore& today = c.now.questions[p.question];
        FirstStep step;
        step.question = p.question;
        step.earlier_today = then.today;
        step.earlier_target = then.target;
        const bool answered_now = today.asked && today.status == AnswerStatus::Answered;
        step.now_today = answered_now ? today.today : 0;
        step.outcome = !answered_now               ? StepOutcome::NotAnsweredNow
                       : today.today > then.today ? StepOutcome::ActedOn
                       : today.today < then.today ? StepOutcome::Fell
                                                  : StepOutcome::NoChange;
        if (step.outcome == StepOutcome::ActedOn) ++c.acted_on;
        c.first_steps.push_back(step);
    }

    const auto add_gap = [&](const VersionGap& gap, bool earlier_side) {
        if (!gap.migrated) return;
        const std::string which = earlier_side ? "the earlier results" : "the current results";
        const std::string made = " (made with version " + std::to_string(gap.from_version) + ")";
        for (const std::string& id : gap.dropped_ids)
            c.not_compared.push_back({id, earlier_side,
                                      which + made + " answered it, but version " + std::to_string(q.version) + " of \"" + q.id +
                                          "\" has no such question (removed or renamed)"});
        const Result& mine = earlier_side ? earlier : now;
        const Result& other = earlier_side ? now : earlier;
        for (std::size_t i = 0; i < q.questions.size(); ++i) {
            const Answer* a = FindAnswer(mine, q, static_cast<int>(i));
            const Answer* b = FindAnswer(other, q, static_cast<int>(i));
            const bool none_here = !a || (a->status == AnswerStatus::Unanswered && a->today == 0 && a->target == 0);
            if (none_here && b && b->status != AnswerStatus::Unanswered)
                c.not_compared.push_back({q.questions[i].id, earlier_side,
                                          which + made + " have no answer for it: it may be new in version " +
                                              std::to_string(q.version) + " of \"" + q.id + "\""});
        }
    };
    add_gap(earlier_gap, true);
    add_gap(now_gap, false);
    return c;
}

} // namespace systemic
