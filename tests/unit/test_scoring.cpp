// test_scoring.cpp — Score(): the worked example of docs/scoring.md number for number, the golden JSON, edge cases.
// Self-contained: uses tests/fixtures only, never the shipped questionnaires.
#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <fstream>

#include <doctest/doctest.h>

#include "formats/builtin.h"
#include "reports/scores_out.h"
#include "reports/team_out.h"
#include "rules/det_math.h"
#include "rules/scoring.h"
#include "rules/synthetic.h"
#include "rules/team.h"
#include "scoring_fixtures.h"
#include "text/numbers.h"

using namespace systemic;
using namespace systemic::test;

namespace {

int Index(const Questionnaire& q, const char* question) { return q.FindQuestion(question); }

const QualityWarning* FindWarning(const Scores& s, const std::string& code) {
    for (const QualityWarning& w : s.warnings)
        if (w.code == code) return &w;
    return nullptr;
}

} // namespace

TEST_CASE("scoring: the worked example of docs/scoring.md") {
    const Questionnaire q = FixtureQuestionnaire();
    const Result r = FixtureResult(q);
    const Scores s = Score(q, r);

    SUBCASE("step 1: percents and gaps of the questions") {
        CHECK(s.questions[Index(q, "insight-a")].today == 2);
        CHECK(s.questions[Index(q, "insight-a")].gap == 2);
        CHECK(s.questions[Index(q, "proposition-b")].status == AnswerStatus::DontKnow);
        CHECK(s.questions[Index(q, "people-b")].gap == 0);
        for (const QuestionScore& qs : s.questions) CHECK_FALSE(qs.target_below);
    }
    SUBCASE("step 2: area scores with coverage") {
        CHECK(s.areas[0].percent == 41.67);          // (1 x 25 + 2 x 50) / 3
        CHECK(s.areas[0].target_percent == 75.0);
        CHECK(s.areas[0].gap == 33.33);
        CHECK(s.areas[0].level == 3);
        CHECK(s.areas[1].percent == 0.0);            // only proposition-a (level 1); proposition-b is "don't know"
        CHECK(s.areas[1].target_percent == 50.0);
        CHECK(s.areas[1].level == 1);
        CHECK(s.areas[1].coverage.asked == 2);
        CHECK(s.areas[1].coverage.answered == 1);
        CHECK(s.areas[1].coverage.dont_know == 1);
        CHECK(s.areas[1].single_answer);             // rests on proposition-a alone
        CHECK_FALSE(s.areas[0].single_answer);
        CHECK(s.areas[2].percent == 87.5);           // (75 + 100) / 2: exactly on the Systemic threshold
        CHECK(s.areas[2].level == 5);
        CHECK(s.areas[2].gap == 0.0);
    }
    SUBCASE("step 3: drivers weigh by question weight x driver weight") {
        CHECK(s.drivers[0].percent == 45.0);         // trust: (2 x 25 + 0 + 75 + 100) / 5
        CHECK(s.drivers[0].target_percent == 75.0);
        CHECK(s.drivers[1].percent == 56.25);        // value: (25 + 2 x 50 + 100) / 4
        CHECK(s.drivers[1].target_percent == 81.25);
        CHECK(s.drivers[1].coverage.dont_know == 1);
        REQUIRE(s.drivers[0].contributions.size() == 4);
        CHECK(s.drivers[0].contributions[0].item == Index(q, "insight-a"));
        CHECK(s.drivers[0].contributions[0].weight == 2.0);
    }
    SUBCASE("step 4: journey stages and the heat map") {
        CHECK(s.stages[0].percent == 41.67);         // engagement: (25 + 0 + 100) / 3
        CHECK(s.stages[1].percent == 43.75);         // servicing: (2 x 50 + 0 + 75) / 4
        CHECK(s.stages[1].target_percent == 68.75);
        REQUIRE(s.heat.size() == 6);
        CHECK(s.heat[0].percent == 25.0);
        CHECK(s.heat[1].percent == 50.0);
        CHECK(s.heat[2].percent == 0.0);
        CHECK(s.heat[3].count == 1);
        CHECK(s.heat[4].percent == 100.0);
        CHECK(s.heat[5].percent == 75.0);
    }
    SUBCASE("step 5: importance and the overall index") {
        CHECK(s.importance[0] == 50.0);
        CHECK(s.importance[1] == 30.0);
        CHECK(s.importance[2] == 20.0);
        CHECK(s.area_weights == std::vector<int>{50, 30, 20});
        CHECK(s.overall.percent == 38.34);           // (50 x 41.67 + 30 x 0 + 20 x 87.5) / 100 = 38.335, a half: away from zero
        CHECK(s.overall.target_percent == 70.0);
        CHECK(s.overall.gap == 31.66);
        CHECK(s.overall.level == 3);
        CHECK(s.overall.coverage.asked == 6);
        CHECK(s.overall.coverage.answered == 5);
        REQUIRE(s.overall.contributions.size() == 3);
        CHECK(s.overall.contributions[1].weight == 30.0);   // the area weight in counting points
        CHECK_FALSE(s.overall.single_answer);
    }
    SUBCASE("step 6: systemic balance") {
        CHECK(s.balance.scored);
        CHECK(s.balance.spread == 87.5);
        CHECK(s.balance.sd == 35.74);
        CHECK(s.balance.weakest_area == 1);
        CHECK(s.balance.strongest_area == 2);
        CHECK(s.balance.weakest_areas == std::vector<int>{1});
        CHECK(s.balance.systemic_index == 30.15);   // 25 x (2.6668^0.5 x 1^0.3 x 4.5^0.2 - 1)
        CHECK(s.balance.systemic_level == 2);
        CHECK(s.balance.explanation == SystemicExplanation());
    }
    SUBCASE("step 7: priorities, the weakest link first") {
        REQUIRE(s.priorities.size() == 3);
        CHECK(s.priorities[0].question == Index(q, "proposition-a"));
        CHECK(s.priorities[0].weakest_link);
        CHECK(s.priorities[0].steps == 7);           // 1 -> 3: 4 + 3
        CHECK(s.priorities[0].importance_factor == 0.9);   // 30 x 3 / 100
        CHECK(s.priorities[0].priority == 6.3);      // 7 x 0.9 x 1
        CHECK(s.priorities[1].question == Index(q, "insight-a"));
        CHECK(s.priorities[1].steps == 5);           // 2 -> 4: 3 + 2
        CHECK(s.priorities[1].priority == 7.5);      // 5 x 1.5 x 1, higher but not the weakest link
        CHECK_FALSE(s.priorities[1].weakest_link);
        CHECK(s.priorities[2].question == Index(q, "insight-b"));
        CHECK(s.priorities[2].steps == 2);           // 3 -> 4
        CHECK(s.priorities[2].priority == 6.0);      // 2 x 1.5 x 2
    }
    SUBCASE("step 8: no answer-quality warnings") {
        CHECK(s.warnings.empty());
    }
}

TEST_CASE("scoring: golden JSON of the worked example, byte for byte (native and wasm)") {
    const Questionnaire q = FixtureQuestionnaire();
    const std::string json = ScoresToJson(q, Score(q, FixtureResult(q)));
    if (std::getenv("SYSTEMIC_UPDATE_GOLDEN")) std::ofstream(FixturePath("scoring/expected_scores.json"), std::ios::binary) << json;
    CHECK(json == ReadFixture("scoring/expected_scores.json"));
}

TEST_CASE("scoring: levels, stages and the deterministic helpers") {
    SUBCASE("level to percent") {
        CHECK(LevelPercent(1) == 0.0);
        CHECK(LevelPercent(3) == 50.0);
        CHECK(LevelPercent(5) == 100.0);
        CHECK(LevelPercent(0) == 0.0);
    }
    SUBCASE("stage thresholds: the nearest level") {
        CHECK(StageOfPercent(0.0) == 1);
        CHECK(StageOfPercent(12.49) == 1);
        CHECK(StageOfPercent(12.5) == 2);
        CHECK(StageOfPercent(37.5) == 3);
        CHECK(StageOfPercent(62.49) == 3);
        CHECK(StageOfPercent(62.5) == 4);
        CHECK(StageOfPercent(87.5) == 5);
        CHECK(StageOfPercent(100.0) == 5);
    }
    SUBCASE("DetLn and DetExp agree with libm to 1e-14") {
        for (double x : {1.0, 1.5, 2.0, 2.6666666666666665, 3.3, 4.5, 5.0, 0.25})
            CHECK(std::fabs(DetLn(x) - std::log(x)) < 1e-14);
        for (double y : {0.0, 0.3, 0.7, 1.0, 1.6094379124341003, -0.5})
            CHECK(std::fabs(DetExp(y) - std::exp(y)) < 1e-14 * std::exp(y));
    }
    SUBCASE("number formatting without locale") {
        CHECK(FormatFixed(41.666) == "41.67");
        CHECK(FormatFixed(-0.5) == "-0.50");
        CHECK(FormatFixed(-0.001) == "0.00");
        CHECK(FormatFixed(3.0, 0) == "3");
        CHECK(FormatShort(37.5) == "37.5");
        CHECK(FormatShort(50.0) == "50");
        CHECK(Round2(2.675000001) == 2.68);
    }
}

TEST_CASE("scoring: edge cases") {
    const Questionnaire q = FixtureQuestionnaire();

    SUBCASE("everything don't know") {
        Result r = NewResult(q);
        for (Answer& a : r.answers) a.status = AnswerStatus::DontKnow;
        const Scores s = Score(q, r);
        CHECK_FALSE(s.overall.scored);
        CHECK_FALSE(s.balance.scored);
        CHECK(s.balance.weakest_area == -1);
        for (const ScoreValue& v : s.areas) CHECK_FALSE(v.scored);
        CHECK(s.overall.coverage.dont_know == 6);
        CHECK(s.priorities.empty());
        CHECK(FindWarning(s, "quality.many_dont_know") != nullptr);
        CHECK(FindWarning(s, "quality.few_answers") != nullptr);
        CHECK(ScoresToJson(q, s).find("\"percent\": null") != std::string::npos);
        CHECK(ScoresToText(q, s).find("nothing to score") != std::string::npos);
    }
    SUBCASE("exactly one answer") {
        const Scores s = Score(q, MakeResult(q, {{"people-a", 3, 5}}));
        CHECK(s.overall.scored);
        CHECK(s.overall.percent == 50.0);
        CHECK(s.overall.target_percent == 100.0);
        CHECK(s.balance.spread == 0.0);
        CHECK(s.balance.sd == 0.0);
        CHECK(s.balance.systemic_index == 50.0);
        CHECK(s.balance.weakest_area == 2);
        CHECK(s.balance.weakest_areas.empty());     // one area: no single weak link
        CHECK(s.overall.single_answer);
        CHECK(s.areas[2].single_answer);
        CHECK_FALSE(s.areas[0].scored);
        REQUIRE(s.priorities.size() == 1);
        CHECK(s.priorities[0].steps == 3);          // 3 -> 5: 2 + 1
        CHECK(s.priorities[0].priority == 3.0);
        CHECK_FALSE(s.priorities[0].weakest_link);
        CHECK(FindWarning(s, "quality.few_answers") != nullptr);
    }
    SUBCASE("a whole area not applicable: the others share its importance") {
        const Scores s = Score(q, MakeResult(q, {{"insight-a", 3, 3}, {"insight-b", 3, 3},
                                                 {"proposition-a", 0, 0, AnswerStatus::NotApplicable},
                                                 {"proposition-b", 0, 0, AnswerStatus::NotApplicable},
                                                 {"people-a", 5, 5}, {"people-b", 5, 5}},
                                          {{"insight", 25}, {"proposition", 50}, {"people", 25}}));
        CHECK_FALSE(s.areas[1].scored);
        CHECK(s.areas[1].coverage.Applicable() == 0);
        CHECK(s.overall.percent == 75.0);          // (25 x 50 + 25 x 100) / 50
        CHECK(s.overall.contributions.size() == 2);
        CHECK(s.overall.coverage.not_applicable == 2);
        CHECK(FindWarning(s, "quality.few_answers") == nullptr);
        const QualityWarning* w = FindWarning(s, "quality.area_not_applicable");
        REQUIRE(w != nullptr);
        CHECK(w->message.find("Proposition") != std::string::npos);
        CHECK(w->questions.size() == 2);
        CHECK(FindWarning(s, "quality.all_not_applicable") == nullptr);
    }
    SUBCASE("targets below current are flagged and warned about") {
        const Scores s = Score(q, MakeResult(q, {{"insight-a", 4, 2}, {"insight-b", 3, 3}, {"people-a", 5, 4}}));
        CHECK(s.questions[Index(q, "insight-a")].target_below);
        CHECK(s.questions[Index(q, "insight-a")].gap == -2);
        CHECK_FALSE(s.questions[Index(q, "insight-b")].target_below);
        const QualityWarning* w = FindWarning(s, "quality.target_below_current");
        REQUIRE(w != nullptr);
        REQUIRE(w->questions.size() == 2);
        CHECK(w->questions[0] == Index(q, "insight-a"));
        CHECK(w->questions[1] == Index(q, "people-a"));
        CHECK(s.priorities.empty());
    }
    SUBCASE("no target counts as target = today") {
        const Scores s = Score(q, MakeResult(q, {{"insight-a", 2, 0}}));
        CHECK(s.questions[0].target == 2);
        CHECK(s.areas[0].gap == 0.0);
        CHECK_FALSE(s.questions[0].target_below);
    }
    SUBCASE("all areas given zero points: equal importance and a warning") {
        const Result example = FixtureResult(q);
        Result r = example;
        for (AreaPoints& p : r.area_points) p.points = 0;
        const Scores s = Score(q, r);
        REQUIRE(FindWarning(s, "scores.points_all_zero") != nullptr);
        CHECK(s.importance[0] == 33.33);
        CHECK(s.overall.percent == 43.06);         // (41.667 + 0 + 87.5) / 3
        Result none = example;
        none.area_points.clear();
        CHECK(ScoresToJson(q, Score(q, none)).find("points_all_zero") == std::string::npos);
        CHECK(Score(q, none).overall.percent == 43.06);
    }
    SUBCASE("all points to one area: the others still count 5 points each") {
        Result r = FixtureResult(q);
        r.area_points = {{"insight", 0}, {"proposition", 0}, {"people", 100}};
        const Scores s = Score(q, r);
        CHECK(s.area_weights == std::vector<int>{5, 5, 100});
        CHECK(s.overall.percent == 81.44);         // (5 x 41.67 + 5 x 0 + 100 x 87.5) / 110 = 81.4395
        CHECK(s.balance.systemic_index < s.overall.percent);
        CHECK(s.importance[2] == 100.0);           // as given
        const QualityWarning* w = FindWarning(s, "scores.points_floor");
        REQUIRE(w != nullptr);
        CHECK(w->message.find("Customer insight and Proposition were given fewer than 5 points") != std::string::npos);
        REQUIRE(s.priorities.size() == 3);         // people has no gap; the others still get priorities
        CHECK(s.priorities[0].question == Index(q, "proposition-a"));
        CHECK(s.priorities[0].importance_factor == 0.14);   // 5 x 3 / 110 = 0.136
        CHECK(s.priorities[0].priority == 0.98);   // 7 x 0.14 x 1
    }
    SUBCASE("points only on an area without answers: equal weights, for priorities too") {
        const Scores s = Score(q, MakeResult(q, {{"insight-a", 2, 3}, {"people-a", 4, 4}}, {{"proposition", 100}}));
        CHECK(FindWarning(s, "scores.points_no_answers") != nullptr);
        CHECK(FindWarning(s, "scores.points_floor") == nullptr);   // one note is enough
        CHECK(s.floored_areas.empty());
        CHECK(s.overall.percent == 50.0);          // (5 x 25 + 5 x 75) / 10
        REQUIRE(s.priorities.size() == 1);
        CHECK(s.priorities[0].importance_factor == 1.0);
        CHECK(s.priorities[0].priority == 3.0);    // 2 -> 3 counts 3
        CHECK(s.priorities[0].weakest_link);
    }
    SUBCASE("a single 0% area does not zero the systemic index") {
        const Scores s = Score(q, MakeResult(q, {{"insight-a", 1, 2}, {"proposition-a", 5, 5}, {"people-a", 5, 5}}));
        CHECK(s.overall.percent == 66.67);
        CHECK(s.balance.systemic_index > 0.0);
        CHECK(s.balance.systemic_index < s.overall.percent);
        CHECK(s.balance.systemic_index == 48.1);   // 25 x (5^(2/3) - 1)
    }
    SUBCASE("quick scan: only quick questions are asked") {
        Result r = FixtureResult(q);
        r.mode = Mode::Quick;
        const Scores s = Score(q, r);
        CHECK(s.overall.coverage.asked == 3);
        CHECK_FALSE(s.questions[Index(q, "insight-b")].asked);
        CHECK(s.areas[0].percent == 25.0);         // insight-a only
        CHECK(s.areas[2].percent == 75.0);         // people-a only
        CHECK(s.areas[1].coverage.asked == 1);
    }
    SUBCASE("every target at 5") {
        const Scores s = Score(q, MakeResult(q, {{"insight-a", 2, 5}, {"insight-b", 3, 5}, {"people-a", 4, 5}}));
        CHECK(FindWarning(s, "quality.all_targets_max") != nullptr);
        const Scores two = Score(q, MakeResult(q, {{"insight-a", 2, 5}, {"insight-b", 3, 5}}));
        CHECK(FindWarning(two, "quality.all_targets_max") == nullptr);   // fewer than 3 targets: no pattern yet
    }
}

TEST_CASE("scoring: the same level almost everywhere") {
    const Questionnaire q = MakeQuestionnaire(2, 5);
    Result r = NewResult(q);
    SUBCASE("8 of 10 at level 3 is flagged") {
        for (int i = 0; i < 10; ++i) { r.answers[i].status = AnswerStatus::Answered; r.answers[i].today = i < 8 ? 3 : 4; }
        const Scores s = Score(q, r);
        REQUIRE(FindWarning(s, "quality.same_level") != nullptr);
        CHECK(FindWarning(s, "quality.same_level")->message.find("8 of 10") != std::string::npos);
    }
    SUBCASE("7 of 10 is not") {
        for (int i = 0; i < 10; ++i) { r.answers[i].status = AnswerStatus::Answered; r.answers[i].today = i < 7 ? 3 : 4; }
        CHECK(FindWarning(Score(q, r), "quality.same_level") == nullptr);
    }
    SUBCASE("7 answers, all the same, are too few to judge") {
        for (int i = 0; i < 7; ++i) { r.answers[i].status = AnswerStatus::Answered; r.answers[i].today = 2; }
        CHECK(FindWarning(Score(q, r), "quality.same_level") == nullptr);
    }
}

TEST_CASE("scoring: answers are found by id when a hand-built result is out of order") {
    const Questionnaire q = FixtureQuestionnaire();
    const Result in_order = FixtureResult(q);
    Result reversed = in_order;
    std::reverse(reversed.answers.begin(), reversed.answers.end());
    CHECK(ScoresToJson(q, Score(q, reversed)) == ScoresToJson(q, Score(q, in_order)));
}

TEST_CASE("scoring: the text report") {
    const Questionnaire q = FixtureQuestionnaire();
    const std::string text = ScoresToText(q, Score(q, FixtureResult(q)));
    CHECK(text.find("Overall index     38.34 %") != std::string::npos);
    CHECK(text.find("priority 7 x 0.9 x 1 = 6.30 (weakest link)") != std::string::npos);
    CHECK(text.find("(rests on one answer)") != std::string::npos);
    CHECK(text.find("Systemic index    30.15 %") != std::string::npos);
    CHECK(text.find("weakest area: Proposition") != std::string::npos);
    CHECK(text.find("Next step: insight-a: from level 2") != std::string::npos);
}

TEST_CASE("scoring: every built-in questionnaire scores synthetic respondents") {
    // Content-independent: whatever the shipped questionnaires say, scoring and aggregation must hold together.
    for (const BuiltinQuestionnaire& b : BuiltinQuestionnaires()) {
        CAPTURE(b.id);
        const QuestionnaireLoad load = LoadQuestionnaire(b.json);
        REQUIRE(load.questionnaire.has_value());
        const Questionnaire& q = *load.questionnaire;
        const std::vector<Result> team = SynthResults(q, 30, 5);
        for (const Result& r : team) {
            const Scores s = Score(q, r);
            CHECK(s.overall.scored);
            CHECK((s.overall.percent >= 0.0 && s.overall.percent <= 100.0));
            CHECK((s.balance.systemic_index >= 0.0 && s.balance.systemic_index <= s.overall.percent + 0.01));
        }
        const TeamScores t = AggregateTeam(q, team);
        CHECK(t.respondents == 30);
        CHECK(t.overall.today.n == 30);
        CHECK(!TeamToCsv(q, t).empty());
    }
}

TEST_CASE("scoring: priorities favour weak foundations and agree with the weakest link") {
    SUBCASE("step values: the first steps up count most") {
        CHECK(StepValue(1, 2) == 4);
        CHECK(StepValue(2, 3) == 3);
        CHECK(StepValue(3, 4) == 2);
        CHECK(StepValue(4, 5) == 1);
        CHECK(StepValue(1, 3) == 7);
        CHECK(StepValue(3, 5) == 3);
        CHECK(StepValue(1, 5) == 10);
        CHECK(StepValue(3, 3) == 0);
        CHECK(StepValue(4, 2) == 0);
    }
    const Questionnaire q = MakeQuestionnaire(4, 2);
    SUBCASE("a 1 -> 2 fix outranks a 4 -> 5 polish of the same area and importance") {
        Result r = NewResult(q);
        r.answers[0] = {"q0-0", 4, 5, AnswerStatus::Answered, ""};
        r.answers[1] = {"q0-1", 1, 2, AnswerStatus::Answered, ""};
        for (int i = 2; i < 8; ++i) r.answers[i] = {q.questions[i].id, 1, 1, AnswerStatus::Answered, ""};
        const Scores s = Score(q, r);
        REQUIRE(s.priorities.size() == 2);
        CHECK(s.priorities[0].question == 1);
        CHECK(s.priorities[0].priority == 4.0);
        CHECK(s.priorities[1].priority == 1.0);
    }
    SUBCASE("the weakest area's question comes first even with a smaller priority") {
        // Area 3 is the weakest (level 1, 0 %), with a 1 -> 2 step; area 0 has 2 -> 5 steps (6) on two questions.
        Result r = NewResult(q);
        const int levels[8][2] = {{2, 5}, {2, 5}, {3, 3}, {3, 3}, {4, 4}, {4, 4}, {1, 2}, {1, 1}};
        for (int i = 0; i < 8; ++i) r.answers[i] = {q.questions[i].id, levels[i][0], levels[i][1], AnswerStatus::Answered, ""};
        r.area_points = {{"a0", 40}, {"a1", 20}, {"a2", 20}, {"a3", 20}};
        const Scores s = Score(q, r);
        CHECK(s.balance.weakest_area == 3);
        CHECK(s.balance.weakest_areas == std::vector<int>{3});
        REQUIRE(s.priorities.size() == 3);
        CHECK(s.priorities[0].question == 6);
        CHECK(s.priorities[0].weakest_link);
        CHECK(s.priorities[0].priority == 3.2);     // 4 x 0.8 x 1
        CHECK(s.priorities[1].priority == 9.6);     // 6 x 1.6 x 1
        CHECK(s.priorities[1].question == 0);
        CHECK(s.priorities[2].question == 1);       // a tie: questionnaire order
    }
    SUBCASE("tied weakest areas are all weakest links; with no spread there is none") {
        Result r = NewResult(q);
        const int levels[8][2] = {{1, 2}, {1, 2}, {3, 4}, {3, 4}, {1, 3}, {1, 1}, {5, 5}, {5, 5}};
        for (int i = 0; i < 8; ++i) r.answers[i] = {q.questions[i].id, levels[i][0], levels[i][1], AnswerStatus::Answered, ""};
        const Scores s = Score(q, r);
        CHECK(s.balance.weakest_areas == std::vector<int>{0, 2});
        REQUIRE(s.priorities.size() == 5);
        CHECK(s.priorities[0].question == 4);       // 1 -> 3: 7, weakest link
        CHECK(s.priorities[1].question == 0);       // 4, weakest link
        CHECK(s.priorities[2].question == 1);
        CHECK(s.priorities[3].question == 2);       // 2, not a weakest link
        CHECK_FALSE(s.priorities[3].weakest_link);
        Result flat = NewResult(q);
        for (int i = 0; i < 8; ++i) flat.answers[i] = {q.questions[i].id, 3, i == 5 ? 4 : 3, AnswerStatus::Answered, ""};
        const Scores f = Score(q, flat);
        CHECK(f.balance.spread == 0.0);
        CHECK(f.balance.weakest_areas.empty());
        REQUIRE(f.priorities.size() == 1);
        CHECK_FALSE(f.priorities[0].weakest_link);
    }
}

TEST_CASE("scoring: a weak area given no points still counts (the floor) and still gets priorities") {
    const Questionnaire q = FixtureQuestionnaire();
    const Result r = MakeResult(q, {{"insight-a", 5, 5}, {"insight-b", 5, 5}, {"proposition-a", 1, 2}, {"proposition-b", 1, 2},
                                    {"people-a", 5, 5}, {"people-b", 5, 5}},
                                {{"insight", 50}, {"proposition", 0}, {"people", 50}});
    const Scores s = Score(q, r);
    CHECK(s.area_weights == std::vector<int>{50, 5, 50});
    CHECK(s.floored_areas == std::vector<int>{1});
    CHECK(s.overall.percent == 95.24);              // (50 x 100 + 5 x 0 + 50 x 100) / 105
    CHECK(s.balance.systemic_index == 90.78);       // 25 x (5^(100/105) - 1)
    CHECK(s.balance.systemic_index < s.overall.percent);
    const QualityWarning* w = FindWarning(s, "scores.points_floor");
    REQUIRE(w != nullptr);
    CHECK(w->message == "Proposition was given fewer than 5 points but still counts as 5: a weak part holds the whole system back, "
                        "even one that matters less to you.");
    REQUIRE(s.priorities.size() == 2);
    CHECK(s.priorities[0].question == Index(q, "proposition-a"));
    CHECK(s.priorities[0].weakest_link);
    CHECK(s.priorities[0].importance_factor == 0.14);   // 5 x 3 / 105
    CHECK(s.priorities[0].priority == 0.56);        // 4 x 0.14
    SUBCASE("points of 5 or more are used as given") {
        Result five = r;
        five.area_points[1].points = 5;
        five.area_points[0].points = 45;
        const Scores f = Score(q, five);
        CHECK(FindWarning(f, "scores.points_floor") == nullptr);
        CHECK(f.area_weights == std::vector<int>{45, 5, 50});
    }
}

TEST_CASE("scoring: equal points are equal shares (\"spread evenly\")") {
    const Questionnaire q = MakeQuestionnaire(8, 2);
    Result r = NewResult(q);
    for (std::size_t i = 0; i < r.answers.size(); ++i) r.answers[i] = {q.questions[i].id, 1 + static_cast<int>(i * 7 % 5), 5, AnswerStatus::Answered, ""};
    const Scores none = Score(q, r);
    for (const Area& a : q.areas) r.area_points.push_back({a.id, 12});   // 8 x 12 = 96: the page's "spread evenly"
    const Scores even = Score(q, r);
    CHECK(even.overall.percent == none.overall.percent);
    CHECK(even.balance.systemic_index == none.balance.systemic_index);
    for (std::size_t a = 0; a < q.areas.size(); ++a) CHECK(even.importance[a] == 12.5);
    REQUIRE(even.priorities.size() == none.priorities.size());
    for (std::size_t i = 0; i < even.priorities.size(); ++i) {
        CHECK(even.priorities[i].question == none.priorities[i].question);
        CHECK(even.priorities[i].importance_factor == 1.0);
        CHECK(even.priorities[i].priority == none.priorities[i].priority);
    }
    // 13 x 4 + 12 x 4 is not even: the first four areas weigh more.
    Result uneven = r;
    for (std::size_t a = 0; a < 4; ++a) uneven.area_points[a].points = 13;
    CHECK(Score(q, uneven).priorities[0].importance_factor != 1.0);
}

TEST_CASE("scoring: whole areas of \"don't know\" or \"not applicable\" are warned about") {
    const Questionnaire q = FixtureQuestionnaire();
    SUBCASE("don't know on a whole weak area raises the indices: warned") {
        const Result known = MakeResult(q, {{"insight-a", 4, 4}, {"insight-b", 4, 4}, {"proposition-a", 1, 2}, {"proposition-b", 1, 2},
                                            {"people-a", 4, 4}, {"people-b", 4, 4}});
        const Result hidden = MakeResult(q, {{"insight-a", 4, 4}, {"insight-b", 4, 4}, {"proposition-a", 0, 0, AnswerStatus::DontKnow},
                                             {"proposition-b", 0, 0, AnswerStatus::DontKnow}, {"people-a", 4, 4}, {"people-b", 4, 4}});
        CHECK(Score(q, hidden).overall.percent > Score(q, known).overall.percent);
        const Scores s = Score(q, hidden);
        const QualityWarning* w = FindWarning(s, "quality.area_dont_know");
        REQUIRE(w != nullptr);
        CHECK(w->message.find("Proposition") != std::string::npos);
        CHECK(w->questions == std::vector<int>{Index(q, "proposition-a"), Index(q, "proposition-b")});
        CHECK(FindWarning(Score(q, known), "quality.area_dont_know") == nullptr);
    }
    SUBCASE("a mix of don't know and not applicable in an unscored area is a don't-know warning") {
        const Scores s = Score(q, MakeResult(q, {{"insight-a", 3, 3}, {"proposition-a", 0, 0, AnswerStatus::DontKnow},
                                                 {"proposition-b", 0, 0, AnswerStatus::NotApplicable}, {"people-a", 3, 3}}));
        CHECK(FindWarning(s, "quality.area_dont_know") != nullptr);
        CHECK(FindWarning(s, "quality.area_not_applicable") == nullptr);
    }
    SUBCASE("everything not applicable: nothing to score, and a warning") {
        Result r = NewResult(q);
        for (Answer& a : r.answers) a.status = AnswerStatus::NotApplicable;
        const Scores s = Score(q, r);
        CHECK_FALSE(s.overall.scored);
        REQUIRE(s.warnings.size() == 1);
        CHECK(s.warnings[0].code == "quality.all_not_applicable");
    }
    SUBCASE("an area merely unanswered is not one of these") {
        const Scores s = Score(q, MakeResult(q, {{"insight-a", 3, 3}, {"people-a", 3, 3}}));
        CHECK(FindWarning(s, "quality.area_dont_know") == nullptr);
        CHECK(FindWarning(s, "quality.area_not_applicable") == nullptr);
    }
}

TEST_CASE("scoring: one meaning of answered, shared with the review") {
    const Questionnaire q = FixtureQuestionnaire();
    Result r = FixtureResult(q);
    r.answers[Index(q, "people-b")].status = AnswerStatus::NotApplicable;
    r.answers[Index(q, "people-a")].today = 0;   // "answered" without a level: not an answer
    const AnswerCounts c = CountAnswers(q, r);
    const Scores s = Score(q, r);
    CHECK(c.asked == 6);
    CHECK(c.answered == 3);
    CHECK(c.dont_know == 1);
    CHECK(c.not_applicable == 1);
    CHECK(c.unanswered == 1);
    CHECK(c.Responded() == 5);
    CHECK(c.answered == s.overall.coverage.answered);
    CHECK(c.dont_know == s.overall.coverage.dont_know);
    CHECK(c.unanswered == s.overall.coverage.unanswered);
    r.mode = Mode::Quick;
    CHECK(CountAnswers(q, r).asked == 3);
    CHECK(CountAnswers(q, r).answered == Score(q, r).overall.coverage.answered);
}

TEST_CASE("scoring: what is shown recomputes from what is shown") {
    // For synthetic respondents of every built-in questionnaire, in both modes and with random points: the overall
    // index from the published area percents and weights, the spread from the published highest and lowest, the
    // priorities from their published parts, and quick-scan areas that rest on one answer are flagged.
    for (const BuiltinQuestionnaire& b : BuiltinQuestionnaires()) {
        const QuestionnaireLoad load = LoadQuestionnaire(b.json);
        REQUIRE(load.questionnaire.has_value());
        const Questionnaire& q = *load.questionnaire;
        std::vector<Result> team = SynthResults(q, 40, 3);
        for (std::size_t k = 0; k < team.size(); ++k) {
            Result& r = team[k];
            r.mode = k % 2 ? Mode::Quick : Mode::Full;
            if (k % 3 == 0) {
                r.area_points.clear();
                int left = 100;
                for (std::size_t a = 0; a < q.areas.size(); ++a) {
                    const int p = a + 1 == q.areas.size() ? left : std::min(left, static_cast<int>((k * 7 + a * 13) % 4) * 10);
                    r.area_points.push_back({q.areas[a].id, p});
                    left -= p;
                }
            }
            const Scores s = Score(q, r);
            if (!s.overall.scored) continue;
            long long num = 0, den = 0;
            double lowest = 101.0, highest = -1.0;
            for (const Contribution& c : s.overall.contributions) {
                num += static_cast<long long>(c.weight) * std::llround(s.areas[c.item].percent * 100.0);
                den += static_cast<long long>(c.weight);
                lowest = std::min(lowest, s.areas[c.item].percent);
                highest = std::max(highest, s.areas[c.item].percent);
            }
            CHECK(std::llround(s.overall.percent * 100.0) == (2 * num + den) / (2 * den));
            CHECK(s.balance.spread == Round2(highest - lowest));
            for (const Priority& p : s.priorities) CHECK(p.priority == Round2(p.steps * p.importance_factor * p.weight));
            for (std::size_t a = 0; a < q.areas.size(); ++a) CHECK(s.areas[a].single_answer == (s.areas[a].coverage.answered == 1));
        }
    }
}
