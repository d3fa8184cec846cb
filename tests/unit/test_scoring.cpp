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
        CHECK(s.overall.percent == 38.33);           // 0.5 x 41.667 + 0.3 x 0 + 0.2 x 87.5
        CHECK(s.overall.target_percent == 70.0);
        CHECK(s.overall.gap == 31.67);
        CHECK(s.overall.level == 3);
        CHECK(s.overall.coverage.asked == 6);
        CHECK(s.overall.coverage.answered == 5);
        REQUIRE(s.overall.contributions.size() == 3);
        CHECK(s.overall.contributions[1].weight == 0.3);
    }
    SUBCASE("step 6: systemic balance") {
        CHECK(s.balance.scored);
        CHECK(s.balance.spread == 87.5);
        CHECK(s.balance.sd == 35.74);
        CHECK(s.balance.weakest_area == 1);
        CHECK(s.balance.strongest_area == 2);
        CHECK(s.balance.systemic_index == 30.15);   // 25 x (2.6667^0.5 x 1^0.3 x 4.5^0.2 - 1)
        CHECK(s.balance.systemic_level == 2);
        CHECK(s.balance.explanation == SystemicExplanation());
    }
    SUBCASE("step 7: priorities, ties in questionnaire order") {
        REQUIRE(s.priorities.size() == 3);
        CHECK(s.priorities[0].question == Index(q, "insight-a"));
        CHECK(s.priorities[0].priority == 3.0);      // gap 2 x factor 1.5 x weight 1
        CHECK(s.priorities[1].question == Index(q, "insight-b"));
        CHECK(s.priorities[1].priority == 3.0);      // gap 1 x factor 1.5 x weight 2
        CHECK(s.priorities[2].question == Index(q, "proposition-a"));
        CHECK(s.priorities[2].priority == 1.8);      // gap 2 x factor 0.9 x weight 1
        CHECK(s.priorities[2].importance_factor == 0.9);
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
        CHECK_FALSE(s.areas[0].scored);
        REQUIRE(s.priorities.size() == 1);
        CHECK(s.priorities[0].priority == 2.0);
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
    SUBCASE("all points to one area: the overall index is that area") {
        Result r = FixtureResult(q);
        r.area_points = {{"insight", 0}, {"proposition", 0}, {"people", 100}};
        const Scores s = Score(q, r);
        CHECK(s.overall.percent == 87.5);
        CHECK(s.balance.systemic_index == 87.5);
        CHECK(s.importance[2] == 100.0);
        REQUIRE(s.priorities.empty());             // people has no gap; the other areas have no importance
    }
    SUBCASE("points only on an area without answers") {
        const Scores s = Score(q, MakeResult(q, {{"insight-a", 2, 3}, {"people-a", 4, 4}}, {{"proposition", 100}}));
        CHECK(FindWarning(s, "scores.points_no_answers") != nullptr);
        CHECK(s.overall.percent == 50.0);          // (25 + 75) / 2
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
    CHECK(text.find("Overall index     38.33 %") != std::string::npos);
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
