// test_team.cpp — AggregateTeam(): statistics, agreement, role gaps, agenda, exports; and the synthetic generator.
// Self-contained: uses tests/fixtures only, never the shipped questionnaires.
#include <algorithm>
#include <cstdlib>
#include <fstream>

#include <doctest/doctest.h>

#include "formats/builtin.h"
#include "formats/questionnaire_file.h"
#include "formats/result_file.h"
#include "reports/team_out.h"
#include "rules/scoring.h"
#include "rules/synthetic.h"
#include "rules/team.h"
#include "scoring_fixtures.h"

using namespace systemic;
using namespace systemic::test;

namespace {

Result WithRole(Result r, Role role) {
    r.respondent.role = role;
    return r;
}

// n2 respondents at level 2, n3 at 3, n4 at 4.
std::vector<int> Levels(int n2, int n3, int n4) {
    std::vector<int> levels(n2, 2);
    levels.insert(levels.end(), n3, 3);
    levels.insert(levels.end(), n4, 4);
    return levels;
}

// A team answering question 0 of `q` with the given levels today (target = today + 1, capped at 5).
std::vector<Result> TeamOnFirstQuestion(const Questionnaire& q, const std::vector<int>& levels) {
    std::vector<Result> team;
    for (int level : levels) {
        Result r = NewResult(q);
        r.answers[0].status = AnswerStatus::Answered;
        r.answers[0].today = level;
        r.answers[0].target = std::min(5, level + 1);
        team.push_back(r);
    }
    return team;
}

} // namespace

TEST_CASE("team: a single respondent") {
    const Questionnaire q = FixtureQuestionnaire();
    const Result r = FixtureResult(q);
    const TeamScores t = AggregateTeam(q, {r});
    const Scores s = Score(q, r);
    CHECK(t.respondents == 1);
    CHECK(t.role_counts[RoleIndex(Role::Owner)] == 1);
    SUBCASE("per question: n 1, sd 0, agreement") {
        const TeamQuestion& tq = t.questions[0];
        CHECK(tq.today.n == 1);
        CHECK(tq.today.mean == 2.0);
        CHECK(tq.today.min == 2.0);
        CHECK(tq.today.max == 2.0);
        CHECK(tq.today.sd == 0.0);
        CHECK(tq.target.mean == 4.0);
        CHECK(tq.gap == 2.0);
        CHECK(tq.agree);
        CHECK(t.questions[3].today.n == 0);
        CHECK(t.questions[3].dont_know == 1);
        CHECK_FALSE(t.questions[3].agree);
        CHECK(tq.roles[RoleIndex(Role::Owner)].n == 1);
        CHECK(tq.role_gaps.empty());                 // one role only
    }
    SUBCASE("areas, drivers and the overall index equal the respondent's own scores") {
        for (std::size_t a = 0; a < q.areas.size(); ++a) {
            CHECK(t.areas[a].today.n == 1);
            CHECK(t.areas[a].today.mean == s.areas[a].percent);
            CHECK(t.areas[a].target.mean == s.areas[a].target_percent);
            CHECK(t.areas[a].today.sd == 0.0);
        }
        for (std::size_t d = 0; d < q.drivers.size(); ++d) CHECK(t.drivers[d].today.mean == s.drivers[d].percent);
        CHECK(t.overall.today.mean == s.overall.percent);
        CHECK(t.overall.target.mean == s.overall.target_percent);
    }
    SUBCASE("agenda: the gaps of 1 level or more, largest first") {
        REQUIRE(t.agenda.size() == 3);
        CHECK(t.agenda[0].question == q.FindQuestion("insight-a"));
        CHECK(t.agenda[0].reason == AgendaReason::Gap);
        CHECK(t.agenda[1].question == q.FindQuestion("proposition-a"));
        CHECK(t.agenda[2].question == q.FindQuestion("insight-b"));
        CHECK(t.agenda[0].explanation == "today 2.00 on average, target 4.00: a gap of 2.00 levels");
    }
}

TEST_CASE("team: a team of one equals the respondent's own scores, in both modes") {
    // A quick-scan file may carry answers outside the scan (a switch of mode keeps them): they must not count.
    const Questionnaire q = FixtureQuestionnaire();
    for (const Mode mode : {Mode::Full, Mode::Quick}) {
        CAPTURE(ModeName(mode));
        Result r = FixtureResult(q);
        r.mode = mode;
        for (const std::vector<AreaPoints>& points : {std::vector<AreaPoints>{}, std::vector<AreaPoints>{{"insight", 100}},
                                                        std::vector<AreaPoints>{{"insight", 50}, {"proposition", 30}, {"people", 20}}}) {
            r.area_points = points;
            const Scores s = Score(q, r);
            const TeamScores t = AggregateTeam(q, {r});
            for (std::size_t a = 0; a < q.areas.size(); ++a) {
                CHECK(t.areas[a].today.n == (s.areas[a].scored ? 1 : 0));
                CHECK(t.areas[a].today.mean == s.areas[a].percent);
                CHECK(t.areas[a].target.mean == s.areas[a].target_percent);
            }
            for (std::size_t d = 0; d < q.drivers.size(); ++d) {
                CHECK(t.drivers[d].today.mean == s.drivers[d].percent);
                CHECK(t.drivers[d].target.mean == s.drivers[d].target_percent);
            }
            CHECK(t.overall.today.mean == s.overall.percent);
            CHECK(t.overall.target.mean == s.overall.target_percent);
            for (std::size_t i = 0; i < q.questions.size(); ++i) {
                const QuestionScore& qs = s.questions[i];
                CHECK(t.questions[i].today.n == (qs.asked && qs.status == AnswerStatus::Answered ? 1 : 0));
                CHECK(t.questions[i].dont_know == (qs.asked && qs.status == AnswerStatus::DontKnow ? 1 : 0));
            }
        }
    }
    SUBCASE("the quick scan's answers outside the scan are ignored") {
        Result r = FixtureResult(q);
        r.mode = Mode::Quick;
        const TeamScores t = AggregateTeam(q, {r});
        CHECK(t.areas[0].today.mean == 25.0);        // insight-a only, not insight-b's level 3
        CHECK(t.questions[q.FindQuestion("insight-b")].today.n == 0);
        CHECK(t.questions[q.FindQuestion("proposition-b")].dont_know == 0);
    }
    SUBCASE("synthetic respondents of the built-in questionnaires, both modes, with points") {
        for (const BuiltinQuestionnaire& b : BuiltinQuestionnaires()) {
            const QuestionnaireLoad load = LoadQuestionnaire(b.json);
            REQUIRE(load.questionnaire.has_value());
            const Questionnaire& bq = *load.questionnaire;
            std::vector<Result> team = SynthResults(bq, 12, 21);
            for (std::size_t k = 0; k < team.size(); ++k) {
                Result& one = team[k];
                one.mode = k % 2 ? Mode::Quick : Mode::Full;
                if (k % 3 == 1) { one.area_points.clear(); one.area_points.push_back({bq.areas[0].id, 100}); }
                const Scores s = Score(bq, one);
                const TeamScores t = AggregateTeam(bq, {one});
                CHECK(t.overall.today.mean == s.overall.percent);
                CHECK(t.overall.target.mean == s.overall.target_percent);
                for (std::size_t a = 0; a < bq.areas.size(); ++a) CHECK(t.areas[a].today.mean == s.areas[a].percent);
                for (std::size_t d = 0; d < bq.drivers.size(); ++d) CHECK(t.drivers[d].today.mean == s.drivers[d].percent);
            }
        }
    }
}

TEST_CASE("team: two roles with a known gap") {
    const Questionnaire q = FixtureQuestionnaire();
    std::vector<Result> team;
    // Two owners see level 5 everywhere; three front-line people see level 2.
    for (int i = 0; i < 5; ++i) {
        Result r = NewResult(q);
        for (Answer& a : r.answers) { a.status = AnswerStatus::Answered; a.today = i < 2 ? 5 : 2; a.target = 5; }
        team.push_back(WithRole(r, i < 2 ? Role::Owner : Role::FrontLine));
    }
    const TeamScores t = AggregateTeam(q, team);
    const TeamQuestion& tq = t.questions[0];
    CHECK(tq.today.n == 5);
    CHECK(tq.today.mean == 3.2);
    CHECK(tq.today.sd == 1.47);                      // sqrt(2.16)
    CHECK_FALSE(tq.agree);                           // range 3 > 2
    CHECK(tq.roles[RoleIndex(Role::Owner)].mean == 5.0);
    CHECK(tq.roles[RoleIndex(Role::FrontLine)].mean == 2.0);
    CHECK(tq.roles[RoleIndex(Role::Manager)].n == 0);
    REQUIRE(tq.role_gaps.size() == 1);
    CHECK(tq.role_gaps[0].first == Role::Owner);
    CHECK(tq.role_gaps[0].second == Role::FrontLine);
    CHECK(tq.role_gaps[0].gap == 3.0);
    REQUIRE(t.areas[0].role_gaps.size() == 1);
    CHECK(t.areas[0].role_gaps[0].gap == 75.0);      // 100 % vs 25 %
    CHECK(t.overall.roles[RoleIndex(Role::Owner)].mean == 100.0);
    CHECK(t.overall.today.mean == 55.0);             // (2 x 100 + 3 x 25) / 5
    REQUIRE(t.agenda.size() == 6);
    CHECK(t.agenda[0].reason == AgendaReason::Disagreement);
    CHECK(t.agenda[0].question == 0);                // equal sd everywhere: questionnaire order
    CHECK(t.agenda[0].explanation == "levels today range from 2 to 5 (sd 1.47)");
    SUBCASE("CSV row") {
        const std::string csv = TeamToCsv(q, t);
        CHECK(csv.rfind("question,area,n,mean,min,max,sd,agree,target_mean,gap,dont_know,not_applicable,owner,manager,front_line,other\n", 0) == 0);
        CHECK(csv.find("\ninsight-a,insight,5,3.20,2,5,1.47,no,5.00,1.80,0,0,5.00,,2.00,\n") != std::string::npos);
    }
    SUBCASE("JSON") {
        const std::string json = TeamToJson(q, t);
        CHECK(json.find("\"first\": \"owner\"") != std::string::npos);
        CHECK(json.find("\"reason\": \"disagreement\"") != std::string::npos);
    }
}

TEST_CASE("team: agreement thresholds") {
    const Questionnaire q = FixtureQuestionnaire();
    SUBCASE("levels 1..5: sd 1.41, no agreement") {
        const TeamScores t = AggregateTeam(q, TeamOnFirstQuestion(q, {1, 2, 3, 4, 5}));
        CHECK(t.questions[0].today.mean == 3.0);
        CHECK(t.questions[0].today.sd == 1.41);
        CHECK_FALSE(t.questions[0].agree);
    }
    SUBCASE("sd exactly 0.75 and range exactly 2 agree") {
        const TeamScores t = AggregateTeam(q, TeamOnFirstQuestion(q, Levels(9, 14, 9)));   // variance 18/32 = 9/16
        CHECK(t.questions[0].today.sd == 0.75);
        CHECK(t.questions[0].agree);
    }
    SUBCASE("sd just above 0.75 does not") {
        const TeamScores t = AggregateTeam(q, TeamOnFirstQuestion(q, Levels(10, 14, 10)));  // variance 20/34
        CHECK(t.questions[0].today.sd == 0.77);
        CHECK_FALSE(t.questions[0].agree);
    }
    SUBCASE("a range of 3 does not, however small the sd") {
        std::vector<int> levels(40, 3);
        levels.push_back(1);
        levels.push_back(4);
        const TeamScores t = AggregateTeam(q, TeamOnFirstQuestion(q, levels));
        CHECK(t.questions[0].today.sd < 0.75);
        CHECK_FALSE(t.questions[0].agree);
    }
    SUBCASE("the order of respondents does not change the level statistics") {
        const TeamScores a = AggregateTeam(q, TeamOnFirstQuestion(q, {1, 4, 2, 5, 3, 3}));
        const TeamScores b = AggregateTeam(q, TeamOnFirstQuestion(q, {3, 3, 5, 2, 4, 1}));
        CHECK(TeamToCsv(q, a) == TeamToCsv(q, b));
    }
}

TEST_CASE("team: an empty team") {
    const Questionnaire q = FixtureQuestionnaire();
    const TeamScores t = AggregateTeam(q, {});
    CHECK(t.respondents == 0);
    CHECK(t.questions.size() == q.questions.size());
    for (const TeamQuestion& tq : t.questions) { CHECK(tq.today.n == 0); CHECK_FALSE(tq.agree); }
    CHECK(t.overall.today.n == 0);
    CHECK(t.agenda.empty());
    CHECK(TeamToCsv(q, t).find("\ninsight-a,insight,0,,,,,,,,0,0,,,,\n") != std::string::npos);
    const std::string json = TeamToJson(q, t);
    CHECK(json.find("\"respondents\": 0") != std::string::npos);
    CHECK(json.find("\"mean\": null") != std::string::npos);
    CHECK(TeamToText(q, t).find("No results to aggregate.") != std::string::npos);
}

TEST_CASE("team: golden JSON of 25 synthetic respondents, byte for byte (native and wasm)") {
    const Questionnaire q = FixtureQuestionnaire();
    const std::string json = TeamToJson(q, AggregateTeam(q, SynthResults(q, 25, 7)));
    if (std::getenv("SYSTEMIC_UPDATE_GOLDEN")) std::ofstream(FixturePath("scoring/expected_team.json"), std::ios::binary) << json;
    CHECK(json == ReadFixture("scoring/expected_team.json"));
}

TEST_CASE("synthetic: deterministic, realistic, loadable") {
    const Questionnaire q = FixtureQuestionnaire();
    SUBCASE("the PRNG is splitmix64") {
        Rng rng{1234567};
        CHECK(rng.Next() == 6457827717110365317ull);   // the reference implementation's first outputs for seed 1234567
        CHECK(rng.Next() == 3203168211198807973ull);
        for (int i = 0; i < 1000; ++i) { const double u = rng.Uniform(); CHECK((u >= 0.0 && u < 1.0)); }
    }
    SUBCASE("same seed, same text; another seed, another text") {
        CHECK(SaveResult(SynthRespondent(q, 42, 3)) == SaveResult(SynthRespondent(q, 42, 3)));
        CHECK(SaveResult(SynthRespondent(q, 42, 3)) != SaveResult(SynthRespondent(q, 43, 3)));
        CHECK(SaveResult(SynthRespondent(q, 42, 3)) != SaveResult(SynthRespondent(q, 42, 4)));
        CHECK(HashText(SaveResult(SynthRespondent(q, 42, 0)) + SaveResult(SynthRespondent(q, 42, 1))) == HashText(SaveResult(SynthRespondent(q, 42, 0)) + SaveResult(SynthRespondent(q, 42, 1))));
    }
    SUBCASE("generated files load without issues") {
        for (int i = 0; i < 20; ++i) {
            const ResultLoad l = LoadResult(SaveResult(SynthRespondent(q, 9, i)), q);
            REQUIRE(l.result.has_value());
            CHECK(l.issues.empty());
        }
    }
    SUBCASE("mostly answered, targets mostly at or above today, several roles") {
        const std::vector<Result> team = SynthResults(q, 400, 11);
        int answered = 0, total = 0, below = 0, roles_seen = 0;
        std::array<int, kRoleCount> roles{};
        for (const Result& r : team) {
            if (RoleIndex(r.respondent.role) >= 0) ++roles[RoleIndex(r.respondent.role)];
            for (const Answer& a : r.answers) {
                ++total;
                if (a.status != AnswerStatus::Answered) continue;
                ++answered;
                CHECK((a.today >= 1 && a.today <= 5 && a.target >= 1 && a.target <= 5));
                below += a.target < a.today ? 1 : 0;
            }
        }
        for (int n : roles) roles_seen += n > 0 ? 1 : 0;
        CHECK(answered * 100 > total * 80);
        CHECK(below * 100 < answered * 6);
        CHECK(roles_seen == kRoleCount);
    }
}
