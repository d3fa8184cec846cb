// what_if.cpp — "what if?": score a changed copy of a result with Score() and say in one line what moved.
// The rules are in what_if.h; the figures are Score()'s, never recomputed here.
#include "rules/what_if.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>

#include "rules/det_math.h"
#include "text/numbers.h"

namespace systemic {

namespace {

// The answer to q.questions[question] in a result we may change (FindAnswer looks it up the one way).
Answer* MutableAnswer(Result& r, const Questionnaire& q, int question) { return const_cast<Answer*>(FindAnswer(r, q, question)); }

bool Contains(const std::vector<int>& list, int x) { return std::find(list.begin(), list.end(), x) != list.end(); }

std::string LevelsText(int n) {
    static const char* const kWords[] = {"no levels", "one level", "two levels", "three levels", "four levels"};
    n = std::abs(n);
    return n <= 4 ? kWords[n] : std::to_string(n) + " levels";
}

std::string Names(const Questionnaire& q, const std::vector<int>& areas) {
    std::string out;
    for (size_t i = 0; i < areas.size(); ++i)
        out += (i == 0 ? "" : i + 1 == areas.size() ? " and " : ", ") + q.areas[static_cast<size_t>(areas[i])].name;
    return out;
}

// ", your weakest area," when the area is (one of) the weakest links, likewise for the strongest; "" otherwise.
std::string AreaRole(const Scores& s, int area) {
    const Balance& b = s.balance;
    if (!b.scored || b.spread <= 0.0 || !s.areas[static_cast<size_t>(area)].scored) return "";
    if (Contains(b.weakest_areas, area)) return b.weakest_areas.size() == 1 ? ", your weakest area," : ", one of your weakest areas,";
    const double top = s.areas[static_cast<size_t>(b.strongest_area)].percent;
    if (s.areas[static_cast<size_t>(area)].percent != top) return "";
    int at_top = 0;
    for (const ScoreValue& v : s.areas) at_top += v.scored && v.percent == top ? 1 : 0;
    return at_top == 1 ? ", your strongest area," : ", one of your strongest areas,";
}

// The sign of a change as shown, to one decimal: 0 when it would read "0".
int ShownSign(double change) {
    if (FormatShort(std::abs(change), 1) == "0") return 0;
    return change > 0.0 ? 1 : -1;
}

std::string Points(double change) {
    const std::string n = FormatShort(std::abs(change), 1);
    return n + (n == "1" ? " percentage point" : " percentage points");
}

std::string Verb(int sign) { return sign > 0 ? "lifts" : "lowers"; }

// "lifts the systemic index by 9.1 and the overall index by 4.2 percentage points", and the mixed cases.
std::string Movement(double systemic, double overall) {
    const int ss = ShownSign(systemic), so = ShownSign(overall);
    if (ss == 0 && so == 0) return "leaves the systemic index and the overall index where they are";
    if (ss == so)
        return Verb(ss) + " the systemic index by " + FormatShort(std::abs(systemic), 1) + " and the overall index by " + Points(overall);
    auto part = [](int sign, double change, const char* name) {
        return sign == 0 ? std::string("leaves the ") + name + " where it is" : Verb(sign) + " the " + name + " by " + Points(change);
    };
    return part(ss, systemic, "systemic index") + " and " + part(so, overall, "overall index");
}

std::string WhyNothing(const Questionnaire& q, const WhatIfChange& change, WhatIfStatus status, int area, int limit_level) {
    const bool one = change.question >= 0;
    const std::string verb = change.level > 0 ? "change" : change.steps > 0 ? "raise" : change.steps < 0 ? "lower" : "change";
    const std::string what = one ? std::string("This question") : q.areas[static_cast<size_t>(area)].name;
    if (status == WhatIfStatus::NoAnswers)
        return what + (one ? " has no level today" : " has no answered questions") + ", so there is nothing to " + verb + ": answer " +
               (one ? "it" : "its questions") + " first.";
    if (!one && change.level == 0 && change.steps == 0) return "Nothing to change yet: move " + what + " up or down by a level.";
    if (one && change.level == 0 && change.steps == 0) return "Nothing to change yet: move this question up or down by a level.";
    if (one && change.level > 0) return "This question is already at level " + std::to_string(change.level) + ".";
    const std::string limit = "level " + std::to_string(limit_level);
    if (one) return "This question is already at " + limit + ", so it cannot go " + (change.steps > 0 ? "higher." : "lower.");
    return "Every answered question in " + what + " is already at " + limit + ", so it cannot go " + (change.steps > 0 ? "higher." : "lower.");
}

std::string Reason(const Questionnaire& q, const WhatIfChange& change, const WhatIf& w) {
    const bool one = change.question >= 0;
    const bool up = w.moves.front().to > w.moves.front().from;
    const std::string& name = q.areas[static_cast<size_t>(w.area)].name;
    std::string text = up ? "Raising " : "Lowering ";
    text += one ? "one question in " + name : name;
    text += AreaRole(w.before, w.area);
    if (one)
        text += " from level " + std::to_string(w.moves.front().from) + " to level " + std::to_string(w.moves.front().to);
    else
        text += " by " + LevelsText(change.steps);
    text += " " + Movement(w.systemic_change, w.overall_change) + ".";
    const std::vector<int>& was = w.before.balance.weakest_areas;
    const std::vector<int>& now = w.after.balance.weakest_areas;
    if (now != was) {
        if (now.empty()) text += " Your areas would then all score the same.";
        else text += " " + Names(q, now) + (now.size() == 1 ? " would then be your weakest link." : " would then be your weakest links.");
    } else if (up && now.size() == 1 && now.front() == w.area) {
        text += " It would still be your weakest link.";
    }
    if (w.at_limit > 0)
        text += " " + std::to_string(w.at_limit) + " of its answered questions " + (w.at_limit == 1 ? "is" : "are") + " already at level " +
                (change.steps > 0 ? "5." : "1.");
    return text;
}

} // namespace

const char* WhatIfStatusName(WhatIfStatus s) {
    switch (s) {
    case WhatIfStatus::Moved: return "moved";
    case WhatIfStatus::NoChange: return "no_change";
    case WhatIfStatus::NoAnswers: return "no_answers";
    case WhatIfStatus::Invalid: return "invalid";
    }
    return "invalid";
}

WhatIf ComputeWhatIf(const Questionnaire& q, const Result& r, const WhatIfChange& change) {
    WhatIf w;
    const int questions = static_cast<int>(q.questions.size());
    const bool one = change.question >= 0;
    if ((one && change.question >= questions) || (!one && (change.area < 0 || change.area >= static_cast<int>(q.areas.size()))) ||
        change.level < 0 || change.level > kLevelCount || (change.level > 0 && !one)) {
        w.reason = "This change cannot be tried: it names no area or question of this questionnaire, or no level from 1 to 5.";
        return w;
    }
    w.area = one ? q.questions[static_cast<size_t>(change.question)].area : change.area;
    w.before = Score(q, r);
    w.after = w.before;

    int answered = 0;
    for (int i = 0; i < questions; ++i) {
        const Question& question = q.questions[static_cast<size_t>(i)];
        if (one ? i != change.question : question.area != w.area) continue;
        const Answer* a = FindAnswer(r, q, i);
        if (!IsAsked(question, r.mode) || !HasLevel(a)) continue;
        ++answered;
        const int to = change.level > 0 ? change.level : std::clamp(a->today + change.steps, 1, kLevelCount);
        if (to == a->today) {
            if (change.level == 0 && change.steps != 0) ++w.at_limit;
            continue;
        }
        w.moves.push_back({i, a->today, to});
    }
    if (w.moves.empty()) {
        w.status = answered == 0 ? WhatIfStatus::NoAnswers : WhatIfStatus::NoChange;
        w.reason = WhyNothing(q, change, w.status, w.area, change.steps > 0 ? kLevelCount : 1);
        return w;
    }
    w.status = WhatIfStatus::Moved;
    w.after = Score(q, ApplyWhatIf(q, r, w));
    if (w.before.overall.scored && w.after.overall.scored) w.overall_change = Round2(w.after.overall.percent - w.before.overall.percent);
    if (w.before.balance.scored && w.after.balance.scored)
        w.systemic_change = Round2(w.after.balance.systemic_index - w.before.balance.systemic_index);
    w.reason = Reason(q, change, w);
    return w;
}

Result ApplyWhatIf(const Questionnaire& q, const Result& r, const WhatIf& w) {
    Result copy = r;
    for (const LevelMove& m : w.moves)
        if (Answer* a = MutableAnswer(copy, q, m.question)) a->today = m.to;
    return copy;
}

int AdoptWhatIfTargets(const Questionnaire& q, const WhatIf& w, Result& r) {
    if (w.status != WhatIfStatus::Moved) return 0;
    int changed = 0;
    for (const LevelMove& m : w.moves) {
        Answer* a = MutableAnswer(r, q, m.question);
        if (!a || m.to <= m.from || !HasLevel(a)) continue;
        const int target = a->target > 0 ? a->target : a->today;   // no target counts as today (scoring.h)
        if (m.to <= target) continue;
        a->target = m.to;
        ++changed;
    }
    return changed;
}

} // namespace systemic
