// team.cpp — AggregateTeam(): one pass over respondents x questions with running sums, then the published figures.
// No per-pair work and no sorting of respondents; the only sort is of questions, for the agenda.
#include "rules/team.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <utility>


#include "rules/det_math.h"
#include "rules/scoring.h"
#include "text/numbers.h"

namespace systemic {

namespace {

// Integer level sums: exact, so mean and sd do not depend on the order of respondents.
struct LevelSums {
    std::int64_t n = 0, sum = 0, squares = 0;
    int min = 0, max = 0;
    void Add(int level) {
        if (n == 0 || level < min) min = level;
        if (n == 0 || level > max) max = level;
        ++n;
        sum += level;
        squares += static_cast<std::int64_t>(level) * level;
    }
    std::int64_t Spread() const { return n * squares - sum * sum; }   // n^2 x variance, exact
    Stat Publish() const {
        Stat s;
        s.n = static_cast<int>(n);
        if (n == 0) return s;
        s.mean = Round2(static_cast<double>(sum) / static_cast<double>(n));
        s.min = min;
        s.max = max;
        s.sd = Round2(std::sqrt(static_cast<double>(Spread())) / static_cast<double>(n));
        return s;
    }
};

// Welford's running mean and variance for percents (doubles), min and max.
struct Running {
    int n = 0;
    double mean = 0.0, m2 = 0.0, min = 0.0, max = 0.0;
    void Add(double x) {
        if (n == 0 || x < min) min = x;
        if (n == 0 || x > max) max = x;
        ++n;
        const double delta = x - mean;
        mean += delta / n;
        m2 += delta * (x - mean);
    }
    Stat Publish() const {
        Stat s;
        s.n = n;
        if (n == 0) return s;
        s.mean = Round2(mean);
        s.min = Round2(min);
        s.max = Round2(max);
        s.sd = Round2(std::sqrt(std::max(0.0, m2) / n));
        return s;
    }
};

struct RoleSum {
    int n = 0;
    double sum = 0.0;
};

struct QuestionSums {
    LevelSums today, target;
    int dont_know = 0, not_applicable = 0;
    std::array<RoleSum, kRoleCount> roles;
};

struct ScoreSums {
    Running today, target;
    std::array<RoleSum, kRoleCount> roles;
    void Add(double today_percent, double target_percent, int role) {
        today.Add(today_percent);
        target.Add(target_percent);
        if (role >= 0) { ++roles[role].n; roles[role].sum += today_percent; }
    }
};

// One respondent's weighted sums for one area or driver; reset for each respondent.
struct Partial {
    double weight = 0.0, today = 0.0, target = 0.0;
};

std::array<RoleMean, kRoleCount> PublishRoles(const std::array<RoleSum, kRoleCount>& sums) {
    std::array<RoleMean, kRoleCount> out{};
    for (int i = 0; i < kRoleCount; ++i) {
        out[i].n = sums[i].n;
        out[i].mean = sums[i].n > 0 ? Round2(sums[i].sum / sums[i].n) : 0.0;
    }
    return out;
}

std::vector<RoleGap> RoleGaps(const std::array<RoleMean, kRoleCount>& roles) {
    std::vector<RoleGap> gaps;
    for (int i = 0; i < kRoleCount; ++i)
        for (int j = i + 1; j < kRoleCount; ++j)
            if (roles[i].n > 0 && roles[j].n > 0)
                gaps.push_back({RoleFromIndex(i), RoleFromIndex(j), Round2(roles[i].mean - roles[j].mean)});
    return gaps;
}

TeamScore PublishScore(const ScoreSums& s) {
    TeamScore t;
    t.today = s.today.Publish();
    t.target = s.target.Publish();
    t.roles = PublishRoles(s.roles);
    t.role_gaps = RoleGaps(t.roles);
    return t;
}

// The answer to each question, in questionnaire order: the stored order when it matches (the usual case), else by id.
void AlignAnswers(const Questionnaire& q, const Result& r, std::vector<const Answer*>& out) {
    const std::size_t n = q.questions.size();
    out.assign(n, nullptr);
    bool aligned = r.answers.size() == n;
    for (std::size_t i = 0; aligned && i < n; ++i) aligned = r.answers[i].question == q.questions[i].id;
    if (aligned) {
        for (std::size_t i = 0; i < n; ++i) out[i] = &r.answers[i];
        return;
    }
    for (std::size_t i = 0; i < n; ++i) out[i] = FindAnswer(r, q, static_cast<int>(i));
}

void BuildAgenda(TeamScores& t, int size) {
    std::vector<int> disagree, gaps;
    for (std::size_t i = 0; i < t.questions.size(); ++i) {
        const TeamQuestion& tq = t.questions[i];
        if (tq.today.n >= 2 && !tq.agree) disagree.push_back(static_cast<int>(i));
        else if (tq.today.n >= 1 && tq.gap >= kAgendaMinGap) gaps.push_back(static_cast<int>(i));
    }
    std::stable_sort(disagree.begin(), disagree.end(),
                     [&](int a, int b) { return t.questions[a].today.sd > t.questions[b].today.sd; });
    std::stable_sort(gaps.begin(), gaps.end(), [&](int a, int b) { return t.questions[a].gap > t.questions[b].gap; });
    for (int i : disagree) {
        if (static_cast<int>(t.agenda.size()) >= size) return;
        const Stat& s = t.questions[i].today;
        t.agenda.push_back({i, AgendaReason::Disagreement,
                            "levels today range from " + FormatShort(s.min) + " to " + FormatShort(s.max) + " (sd " + FormatFixed(s.sd) + ")"});
    }
    for (int i : gaps) {
        if (static_cast<int>(t.agenda.size()) >= size) return;
        const TeamQuestion& tq = t.questions[i];
        t.agenda.push_back({i, AgendaReason::Gap,
                            "today " + FormatFixed(tq.today.mean) + " on average, target " + FormatFixed(tq.target.mean) +
                                ": a gap of " + FormatFixed(tq.gap) + " levels"});
    }
}

} // namespace

const char* AgendaReasonName(AgendaReason r) { return r == AgendaReason::Gap ? "gap" : "disagreement"; }

TeamScores AggregateTeam(const Questionnaire& q, const std::vector<Result>& results, int agenda_size) {
    const std::size_t question_count = q.questions.size(), area_count = q.areas.size(), driver_count = q.drivers.size();
    std::vector<QuestionSums> questions(question_count);
    std::vector<ScoreSums> areas(area_count), drivers(driver_count);
    ScoreSums overall;
    TeamScores t;
    t.respondents = static_cast<int>(results.size());

    // Buffers reused for every respondent: no allocation inside the loop once they have grown.
    std::vector<const Answer*> answers;
    std::vector<Partial> area_partial(area_count), driver_partial(driver_count);
    std::vector<int> weights;
    std::vector<AreaPercent> published(area_count);

    for (const Result& r : results) {
        const int role = RoleIndex(r.respondent.role);
        ++t.role_counts[role >= 0 ? role : kRoleCount];
        AlignAnswers(q, r, answers);
        std::fill(area_partial.begin(), area_partial.end(), Partial{});
        std::fill(driver_partial.begin(), driver_partial.end(), Partial{});
        for (std::size_t i = 0; i < question_count; ++i) {
            const Answer* a = answers[i];
            const Question& question = q.questions[i];
            // Only what this respondent's mode asked, as in scoring.h: a quick scan's other answers do not count.
            if (!a || !IsAsked(question, r.mode)) continue;
            QuestionSums& qs = questions[i];
            const AnswerStatus status = EffectiveStatus(a);
            if (status == AnswerStatus::DontKnow) { ++qs.dont_know; continue; }
            if (status == AnswerStatus::NotApplicable) { ++qs.not_applicable; continue; }
            if (status != AnswerStatus::Answered) continue;
            const int target = a->target >= 1 && a->target <= kLevelCount ? a->target : a->today;
            qs.today.Add(a->today);
            qs.target.Add(target);
            if (role >= 0) { ++qs.roles[role].n; qs.roles[role].sum += a->today; }
            const double today_percent = LevelPercent(a->today), target_percent = LevelPercent(target);
            Partial& ap = area_partial[question.area];
            ap.weight += question.weight;
            ap.today += question.weight * today_percent;
            ap.target += question.weight * target_percent;
            for (const DriverWeight& dw : question.drivers) {
                Partial& dp = driver_partial[dw.driver];
                const double w = question.weight * dw.weight;
                dp.weight += w;
                dp.today += w * today_percent;
                dp.target += w * target_percent;
            }
        }
        // This respondent's published area, driver and overall scores, by the rules of scoring.h, so a team of one
        // shows exactly that respondent's own numbers.
        AreaWeights(q, r, weights);
        for (std::size_t a = 0; a < area_count; ++a) {
            const Partial& p = area_partial[a];
            published[a] = AreaPercent{};
            if (p.weight <= 0.0) continue;
            published[a] = {true, Round2(p.today / p.weight), Round2(p.target / p.weight)};
            areas[a].Add(published[a].percent, published[a].target_percent, role);
        }
        const OverallIndex o = CombineAreas(published, weights);
        if (o.scored) overall.Add(o.percent, o.target_percent, role);
        for (std::size_t d = 0; d < driver_count; ++d) {
            const Partial& p = driver_partial[d];
            if (p.weight > 0.0) drivers[d].Add(Round2(p.today / p.weight), Round2(p.target / p.weight), role);
        }
    }

    t.questions.resize(question_count);
    for (std::size_t i = 0; i < question_count; ++i) {
        const QuestionSums& s = questions[i];
        TeamQuestion& tq = t.questions[i];
        tq.today = s.today.Publish();
        tq.target = s.target.Publish();
        tq.gap = s.today.n > 0 ? Round2(tq.target.mean - tq.today.mean) : 0.0;
        // sd <= 0.75 exactly: n^2 var <= 0.5625 n^2, i.e. 16 n^2 var <= 9 n^2, all in integers.
        tq.agree = s.today.n > 0 && 16 * s.today.Spread() <= 9 * s.today.n * s.today.n &&
                   s.today.max - s.today.min <= kAgreeMaxRange;
        tq.dont_know = s.dont_know;
        tq.not_applicable = s.not_applicable;
        tq.roles = PublishRoles(s.roles);
        tq.role_gaps = RoleGaps(tq.roles);
    }
    for (const ScoreSums& s : areas) t.areas.push_back(PublishScore(s));
    for (const ScoreSums& s : drivers) t.drivers.push_back(PublishScore(s));
    t.overall = PublishScore(overall);
    BuildAgenda(t, agenda_size);
    return t;
}

} // namespace systemic
