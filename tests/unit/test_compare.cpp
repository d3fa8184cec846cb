// test_compare.cpp — progress over time (rules/compare.h, reports/compare_out.h): changes, first steps acted on,
// comparison across questionnaire versions.
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include "reports/compare_out.h"
#include "rules/compare.h"
#include "report_checks.h"
#include "scoring_fixtures.h"

using namespace systemic;
using namespace systemic::test;

TEST_CASE("compare: a results file of an older version compares by question id and lists what could not be compared") {
    const Questionnaire q = FixtureQuestionnaire();   // version 2: people-b is new, insight-old is gone
    const ResultLoad old_load = LoadResult(ReadFixture("results/example-v1.json"), q);
    REQUIRE(old_load.result.has_value());
    REQUIRE(old_load.migrated);
    REQUIRE(old_load.dropped_ids == std::vector<std::string>{"insight-old"});
    const VersionGap gap = GapOf(old_load);   // what the CLI and the page pass on
    CHECK(gap.migrated);
    CHECK(gap.from_version == 1);
    const Result now = FixtureResult(q);
    const Comparison c = Compare(q, *old_load.result, now, gap);

    REQUIRE(c.not_compared.size() == 2);
    CHECK(c.not_compared[0].question_id == "insight-old");
    CHECK(c.not_compared[0].earlier_side);
    CHECK(c.not_compared[0].reason.find("removed or renamed") != std::string::npos);
    CHECK(c.not_compared[0].reason.find("version 1") != std::string::npos);
    CHECK(c.not_compared[1].question_id == "people-b");
    CHECK(c.not_compared[1].reason.find("may be new in version 2") != std::string::npos);

    // people: 75 (people-a at 4) then; 87.5 (people-a 4, people-b 5) now. The other areas are the same answers.
    const int people = q.FindArea("people");
    CHECK(c.areas[people].earlier == doctest::Approx(75.0));
    CHECK(c.areas[people].now == doctest::Approx(87.5));
    CHECK(c.areas[people].change == doctest::Approx(12.5));
    CHECK(c.areas[people].direction == Direction::Rose);
    CHECK(c.areas[q.FindArea("insight")].direction == Direction::Unchanged);
    CHECK(c.areas[q.FindArea("insight")].change == 0.0);
    CHECK(c.overall.direction == Direction::Rose);
    CHECK(c.overall.change == doctest::Approx(c.now.overall.percent - c.earlier.overall.percent));
    CHECK(c.systemic.now == c.now.balance.systemic_index);
    CHECK(c.systemic.target >= c.systemic.now);   // every target here is at or above today
    CHECK_FALSE(c.modes_differ);

    // The same file twice: nothing changed, nothing missing.
    const Comparison same = Compare(q, now, now);
    CHECK(same.not_compared.empty());
    CHECK(same.overall.direction == Direction::Unchanged);
    for (const ChangeValue& v : same.drivers) CHECK((v.direction == Direction::Unchanged || v.direction == Direction::NotCompared));

    // JSON: versioned, the missing questions with their side.
    const nlohmann::json j = nlohmann::json::parse(CompareToJson(q, c));
    CHECK(j["schema_version"] == kCompareSchemaVersion);
    CHECK(j["areas"][people]["direction"] == "rose");
    CHECK(j["not_compared"][0]["question"] == "insight-old");
    CHECK(j["not_compared"][0]["side"] == "earlier");
    const std::string text = CompareToText(q, c);
    CHECK(text.find("Could not be compared (2)") != std::string::npos);
    CHECK(text.find("rose by 12.50 points") != std::string::npos);

    // The printable page: well formed, plain words, the removed question listed.
    const std::string html = CompareReportHtml(q, c, "Systemic test");
    CHECK(CheckHtml(html) == "");
    CHECK(html.find("<h2>Progress over time</h2>") != std::string::npos);
    CHECK(html.find("Could not be compared") != std::string::npos);
    CHECK(html.find("insight-old") != std::string::npos);
    CHECK(html.find("rose by 12.50 points") != std::string::npos);
    CHECK(html.find("<script") == std::string::npos);
}

TEST_CASE("compare: the earlier first steps are followed, acted on when today's level rose") {
    const Questionnaire q = MakeQuestionnaire(2, 2);
    // Then: area 0 is the weakest link (12.5 %), so its questions lead: q0-0 (1->3, steps 7), q0-1 (2->3, 3), then q1-0 (3->4, 2).
    const Result earlier = MakeResult(q, {{"q0-0", 1, 3}, {"q0-1", 2, 3}, {"q1-0", 3, 4}, {"q1-1", 4, 4}});
    const Result now = MakeResult(q, {{"q0-0", 3, 4}, {"q0-1", 1, 3}, {"q1-0", 0, 0, AnswerStatus::DontKnow}, {"q1-1", 4, 4}});
    const Comparison c = Compare(q, earlier, now);
    REQUIRE(c.first_steps.size() == 3);
    CHECK(q.questions[c.first_steps[0].question].id == "q0-0");
    CHECK(c.first_steps[0].outcome == StepOutcome::ActedOn);
    CHECK(c.first_steps[0].earlier_today == 1);
    CHECK(c.first_steps[0].now_today == 3);
    CHECK(q.questions[c.first_steps[1].question].id == "q0-1");
    CHECK(c.first_steps[1].outcome == StepOutcome::Fell);
    CHECK(q.questions[c.first_steps[2].question].id == "q1-0");
    CHECK(c.first_steps[2].outcome == StepOutcome::NotAnsweredNow);
    CHECK(c.acted_on == 1);
    // Overall: (12.5 + 62.5) / 2 = 37.5 then; (25 + 75) / 2 = 50 now.
    CHECK(c.overall.earlier == doctest::Approx(37.5));
    CHECK(c.overall.now == doctest::Approx(50.0));
    CHECK(c.overall.change == doctest::Approx(12.5));
    CHECK(c.areas[0].direction == Direction::Rose);
    CHECK(c.areas[1].direction == Direction::Rose);   // 62.5 -> 75
    CHECK(c.not_compared.empty());   // same version: nothing listed

    // One step only, and a step on an unchanged level.
    const Comparison one = Compare(q, earlier, earlier, {}, {}, 1);
    REQUIRE(one.first_steps.size() == 1);
    CHECK(one.first_steps[0].outcome == StepOutcome::NoChange);
    CHECK(one.acted_on == 0);
    const nlohmann::json j = nlohmann::json::parse(CompareToJson(q, c));
    CHECK(j["first_steps"][1]["outcome"] == "fell");
    CHECK(j["first_steps"][2]["now_today"].is_null());
    CHECK(j["acted_on"] == 1);
}

TEST_CASE("compare: a score on one side only is not compared; a quick scan against a full assessment is noted") {
    const Questionnaire q = MakeQuestionnaire(2, 1);
    Result earlier = MakeResult(q, {{"q0-0", 2, 3}});
    const Result now = MakeResult(q, {{"q0-0", 2, 3}, {"q1-0", 3, 3}});
    earlier.mode = Mode::Quick;
    const Comparison c = Compare(q, earlier, now);
    CHECK(c.areas[1].direction == Direction::NotCompared);
    CHECK_FALSE(c.areas[1].earlier_scored);
    CHECK(c.areas[1].now_scored);
    CHECK(c.modes_differ);
    const nlohmann::json j = nlohmann::json::parse(CompareToJson(q, c));
    CHECK(j["areas"][1]["earlier"].is_null());
    CHECK(j["areas"][1]["change"].is_null());
    CHECK(j["areas"][1]["direction"] == "not_compared");
    // Nothing answered at all on either side.
    const Result empty = NewResult(q);
    const Comparison none = Compare(q, empty, empty);
    CHECK(none.overall.direction == Direction::NotCompared);
    CHECK(none.systemic.direction == Direction::NotCompared);
    CHECK(none.first_steps.empty());
}
