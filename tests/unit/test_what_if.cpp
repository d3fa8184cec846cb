// test_what_if.cpp — "what if?" (rules/what_if.h): the figures are Score()'s of the changed answers, lifting the
// weakest area moves the systemic index most, levels stay within 1..5, nothing is invented or changed in place.
#include <doctest/doctest.h>

#include <string>

#include "rules/what_if.h"
#include "scoring_fixtures.h"

using namespace systemic;
using namespace systemic::test;

namespace {

// Three areas of two questions: Area 0 at level 1 (0 %, the weakest), Area 1 at 3 (50 %), Area 2 at 4 (75 %, the strongest).
Result ThreeAreas(const Questionnaire& q) {
    return MakeResult(q, {{"q0-0", 1, 0}, {"q0-1", 1, 3}, {"q1-0", 3, 4}, {"q1-1", 3, 3}, {"q2-0", 4, 5}, {"q2-1", 4, 4}});
}

bool Has(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

// The figures a what-if shows are exactly Score()'s of the same answers entered by hand.
void CheckFiguresAre(const Scores& shown, const Scores& expected) {
    CHECK(shown.overall.percent == expected.overall.percent);
    CHECK(shown.balance.systemic_index == expected.balance.systemic_index);
    CHECK(shown.balance.weakest_areas == expected.balance.weakest_areas);
    REQUIRE(shown.drivers.size() == expected.drivers.size());
    for (size_t d = 0; d < shown.drivers.size(); ++d) CHECK(shown.drivers[d].percent == expected.drivers[d].percent);
    REQUIRE(shown.areas.size() == expected.areas.size());
    for (size_t a = 0; a < shown.areas.size(); ++a) CHECK(shown.areas[a].percent == expected.areas[a].percent);
}

} // namespace

TEST_CASE("what if: lifting the weakest area moves the systemic index more than lifting the strongest by the same step") {
    const Questionnaire q = MakeQuestionnaire(3, 2);
    const Result r = ThreeAreas(q);
    WhatIfChange weak_up;
    weak_up.area = 0;
    weak_up.steps = 1;
    WhatIfChange strong_up = weak_up;
    strong_up.area = 2;
    const WhatIf weak = ComputeWhatIf(q, r, weak_up);
    const WhatIf strong = ComputeWhatIf(q, r, strong_up);
    REQUIRE(weak.status == WhatIfStatus::Moved);
    REQUIRE(strong.status == WhatIfStatus::Moved);

    // Both lift one area by 25 points of equal weight: the same move of the plain mean ...
    CHECK(weak.overall_change == doctest::Approx(strong.overall_change));
    CHECK(weak.overall_change == doctest::Approx(8.33));
    // ... but the geometric mean gains far more from the weakest.
    CHECK(weak.systemic_change > strong.systemic_change + 1.0);
    CHECK(weak.systemic_change > weak.overall_change);

    // The figures are Score() of the same answers entered by hand; the before figures are Score() of r.
    CheckFiguresAre(weak.after, Score(q, MakeResult(q, {{"q0-0", 2, 0}, {"q0-1", 2, 3}, {"q1-0", 3, 4}, {"q1-1", 3, 3}, {"q2-0", 4, 5}, {"q2-1", 4, 4}})));
    CheckFiguresAre(weak.before, Score(q, r));
    CHECK(weak.systemic_change == doctest::Approx(weak.after.balance.systemic_index - weak.before.balance.systemic_index).epsilon(0.001));
    REQUIRE(weak.moves.size() == 2);
    CHECK(weak.moves[0].question == q.FindQuestion("q0-0"));
    CHECK(weak.moves[0].from == 1);
    CHECK(weak.moves[0].to == 2);

    CAPTURE(weak.reason);
    CAPTURE(strong.reason);
    CHECK(Has(weak.reason, "Raising Area 0, your weakest area, by one level lifts the systemic index by "));
    CHECK(Has(weak.reason, " and the overall index by 8.3 percentage points."));
    CHECK(Has(weak.reason, "It would still be your weakest link."));
    CHECK(Has(strong.reason, "Raising Area 2, your strongest area, by one level lifts the systemic index by "));
    CHECK_FALSE(Has(strong.reason, "weakest link"));

    SUBCASE("two levels make Area 0 level with Area 1: the reason names the new weakest links") {
        weak_up.steps = 2;
        const WhatIf two = ComputeWhatIf(q, r, weak_up);
        CAPTURE(two.reason);
        CHECK(two.after.balance.weakest_areas == std::vector<int>{0, 1});
        CHECK(Has(two.reason, "by two levels"));
        CHECK(Has(two.reason, "Area 0 and Area 1 would then be your weakest links."));
    }
    SUBCASE("lowering says so, with the indices going down") {
        WhatIfChange down;
        down.area = 1;
        down.steps = -1;
        const WhatIf w = ComputeWhatIf(q, r, down);
        CAPTURE(w.reason);
        REQUIRE(w.status == WhatIfStatus::Moved);
        CHECK(w.overall_change < 0.0);
        CHECK(w.systemic_change < 0.0);
        CHECK(Has(w.reason, "Lowering Area 1 by one level lowers the systemic index by "));
    }
}

TEST_CASE("what if: levels stay within 1 to 5, and a change at the limit says why nothing moved") {
    const Questionnaire q = MakeQuestionnaire(3, 2);
    const Result r = MakeResult(q, {{"q0-0", 1, 2}, {"q0-1", 1, 2}, {"q1-0", 5, 5}, {"q1-1", 3, 4}, {"q2-0", 5, 5}, {"q2-1", 5, 5}});
    WhatIfChange c;

    SUBCASE("raising by more than the room left stops at 5") {
        c.area = 1;
        c.steps = 3;
        const WhatIf w = ComputeWhatIf(q, r, c);
        REQUIRE(w.status == WhatIfStatus::Moved);
        REQUIRE(w.moves.size() == 1);
        CHECK(w.moves[0].from == 3);
        CHECK(w.moves[0].to == 5);
        CHECK(w.at_limit == 1);
        CHECK(w.after.areas[1].percent == doctest::Approx(100.0));
        CHECK(Has(w.reason, "1 of its answered questions is already at level 5."));
    }
    SUBCASE("an area all at 5 cannot be raised") {
        c.area = 2;
        c.steps = 1;
        const WhatIf w = ComputeWhatIf(q, r, c);
        CHECK(w.status == WhatIfStatus::NoChange);
        CHECK(w.moves.empty());
        CHECK(w.at_limit == 2);
        CHECK(w.reason == "Every answered question in Area 2 is already at level 5, so it cannot go higher.");
        CHECK(w.after.overall.percent == w.before.overall.percent);
    }
    SUBCASE("an area all at 1 cannot be lowered") {
        c.area = 0;
        c.steps = -2;
        const WhatIf w = ComputeWhatIf(q, r, c);
        CHECK(w.status == WhatIfStatus::NoChange);
        CHECK(w.reason == "Every answered question in Area 0 is already at level 1, so it cannot go lower.");
    }
    SUBCASE("lowering by more than the room left stops at 1") {
        c.area = 1;
        c.steps = -4;
        const WhatIf w = ComputeWhatIf(q, r, c);
        REQUIRE(w.moves.size() == 2);
        CHECK(w.moves[0].to == 1);
        CHECK(w.moves[1].to == 1);
        CHECK(w.after.areas[1].percent == doctest::Approx(0.0));
    }
    SUBCASE("no steps: nothing to do") {
        c.area = 1;
        const WhatIf w = ComputeWhatIf(q, r, c);
        CHECK(w.status == WhatIfStatus::NoChange);
        CHECK(Has(w.reason, "Nothing to change yet"));
    }
}

TEST_CASE("what if: an area without answers cannot be raised, and says so; nothing is invented") {
    const Questionnaire q = MakeQuestionnaire(3, 2);
    // Area 1: one "don't know" and one unanswered. Area 2: not applicable.
    const Result r = MakeResult(q, {{"q0-0", 2, 3}, {"q0-1", 3, 3}, {"q1-0", 0, 0, AnswerStatus::DontKnow}, {"q2-0", 0, 0, AnswerStatus::NotApplicable},
                                    {"q2-1", 0, 0, AnswerStatus::NotApplicable}});
    for (int area : {1, 2}) {
        CAPTURE(area);
        WhatIfChange c;
        c.area = area;
        c.steps = 1;
        const WhatIf w = ComputeWhatIf(q, r, c);
        CHECK(w.status == WhatIfStatus::NoAnswers);
        CHECK(w.moves.empty());
        CHECK(w.reason == "Area " + std::to_string(area) + " has no answered questions, so there is nothing to raise: answer its questions first.");
        CHECK(w.after.overall.percent == w.before.overall.percent);
        Result adopted = r;
        CHECK(AdoptWhatIfTargets(q, w, adopted) == 0);
    }
    WhatIfChange one;
    one.question = q.FindQuestion("q1-1");
    one.level = 4;
    const WhatIf w = ComputeWhatIf(q, r, one);
    CHECK(w.status == WhatIfStatus::NoAnswers);
    CHECK(w.reason == "This question has no level today, so there is nothing to change: answer it first.");

    // A quick scan leaves out the questions it does not ask, even when they have a level.
    Questionnaire quick = q;
    quick.questions[0].quick = true;
    Result scan = r;
    scan.mode = Mode::Quick;
    WhatIfChange second;
    second.question = 1;
    second.steps = 1;
    CHECK(ComputeWhatIf(quick, scan, second).status == WhatIfStatus::NoAnswers);
}

TEST_CASE("what if: one question set to a level, or moved by steps") {
    const Questionnaire q = MakeQuestionnaire(3, 2);
    const Result r = ThreeAreas(q);
    WhatIfChange c;
    c.question = q.FindQuestion("q0-1");
    c.level = 4;
    const WhatIf w = ComputeWhatIf(q, r, c);
    REQUIRE(w.status == WhatIfStatus::Moved);
    CHECK(w.area == 0);
    REQUIRE(w.moves.size() == 1);
    CHECK(w.moves[0].from == 1);
    CHECK(w.moves[0].to == 4);
    CheckFiguresAre(w.after, Score(q, MakeResult(q, {{"q0-0", 1, 0}, {"q0-1", 4, 3}, {"q1-0", 3, 4}, {"q1-1", 3, 3}, {"q2-0", 4, 5}, {"q2-1", 4, 4}})));
    CHECK(w.after.areas[0].percent == doctest::Approx(37.5));
    CAPTURE(w.reason);
    CHECK(Has(w.reason, "Raising one question in Area 0, your weakest area, from level 1 to level 4 lifts the systemic index by "));

    c.level = 1;   // already there
    CHECK(ComputeWhatIf(q, r, c).status == WhatIfStatus::NoChange);
    CHECK(ComputeWhatIf(q, r, c).reason == "This question is already at level 1.");

    c.level = 0;
    c.steps = -1;
    CHECK(ComputeWhatIf(q, r, c).reason == "This question is already at level 1, so it cannot go lower.");
    c.steps = 2;
    const WhatIf up = ComputeWhatIf(q, r, c);
    REQUIRE(up.moves.size() == 1);
    CHECK(up.moves[0].to == 3);

    SUBCASE("out of range is a caller's mistake, reported, not a crash") {
        WhatIfChange bad;
        bad.area = 3;
        bad.steps = 1;
        CHECK(ComputeWhatIf(q, r, bad).status == WhatIfStatus::Invalid);
        bad.area = -1;
        CHECK(ComputeWhatIf(q, r, bad).status == WhatIfStatus::Invalid);
        bad.question = 6;
        CHECK(ComputeWhatIf(q, r, bad).status == WhatIfStatus::Invalid);
        bad.question = 0;
        bad.level = 6;
        CHECK(ComputeWhatIf(q, r, bad).status == WhatIfStatus::Invalid);
        bad.question = -1;
        bad.area = 0;
        bad.level = 3;   // a level is for one question only
        CHECK(ComputeWhatIf(q, r, bad).status == WhatIfStatus::Invalid);
        CHECK(WhatIfStatusName(WhatIfStatus::Invalid) == std::string("invalid"));
    }
}

TEST_CASE("what if: the result passed in is unchanged, and adopting raises targets only") {
    const Questionnaire q = MakeQuestionnaire(3, 2);
    const Result r = ThreeAreas(q);
    const Result copy = r;
    WhatIfChange c;
    c.area = 0;
    c.steps = 2;
    const WhatIf w = ComputeWhatIf(q, r, c);
    REQUIRE(w.status == WhatIfStatus::Moved);
    REQUIRE(r.answers.size() == copy.answers.size());
    for (size_t i = 0; i < r.answers.size(); ++i) {
        CHECK(r.answers[i].today == copy.answers[i].today);
        CHECK(r.answers[i].target == copy.answers[i].target);
        CHECK(r.answers[i].status == copy.answers[i].status);
    }
    CheckFiguresAre(Score(q, r), w.before);

    // ApplyWhatIf gives the answers `after` scored.
    CheckFiguresAre(Score(q, ApplyWhatIf(q, r, w)), w.after);

    // Adopting: q0-0 had no target (counts as today, 1): it becomes 3. q0-1's target was 3: not above it, kept.
    Result adopted = r;
    CHECK(AdoptWhatIfTargets(q, w, adopted) == 1);
    CHECK(adopted.answers[q.FindQuestion("q0-0")].target == 3);
    CHECK(adopted.answers[q.FindQuestion("q0-1")].target == 3);
    for (size_t i = 0; i < r.answers.size(); ++i) CHECK(adopted.answers[i].today == r.answers[i].today);
    CHECK(AdoptWhatIfTargets(q, w, adopted) == 0);   // twice changes nothing more

    // A lowering what-if never lowers a target.
    c.steps = -1;
    c.area = 2;
    const WhatIf down = ComputeWhatIf(q, r, c);
    REQUIRE(down.status == WhatIfStatus::Moved);
    Result after_down = r;
    CHECK(AdoptWhatIfTargets(q, down, after_down) == 0);
    CHECK(after_down.answers[q.FindQuestion("q2-0")].target == 5);
}
