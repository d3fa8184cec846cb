// scoring_fixtures.h — shared helpers of test_results, test_scoring and test_team: fixtures from tests/fixtures
// (read with std::ifstream: the core never reads files) and small questionnaires and results built in code.
#pragma once

#include <fstream>
#include <initializer_list>
#include <sstream>
#include <string>

#include <doctest/doctest.h>

#include "formats/questionnaire_file.h"
#include "formats/result_file.h"

namespace systemic::test {

inline std::string FixturePath(const std::string& relative) { return std::string(SYSTEMIC_SOURCE_DIR) + "/tests/fixtures/" + relative; }

inline std::string ReadFixture(const std::string& relative) {   // the file's bytes; fails the test when missing
    std::ifstream f(FixturePath(relative), std::ios::binary);
    REQUIRE_MESSAGE(f.good(), "missing fixture " << relative);
    std::stringstream ss;
    ss << f.rdbuf();
    return ss.str();
}

inline Questionnaire FixtureQuestionnaire(const std::string& relative = "scoring/questionnaire.json") {
    QuestionnaireLoad load = LoadQuestionnaire(ReadFixture(relative));
    REQUIRE_MESSAGE(load.questionnaire.has_value(), "fixture questionnaire " << relative << " does not load");
    return *load.questionnaire;
}

inline Result FixtureResult(const Questionnaire& q, const std::string& relative = "results/example.json") {
    ResultLoad load = LoadResult(ReadFixture(relative), q);
    REQUIRE_MESSAGE(load.result.has_value(), "fixture result " << relative << " does not load");
    return *load.result;
}

struct Given {
    const char* question;
    int today;
    int target;
    AnswerStatus status = AnswerStatus::Answered;
};

// A full-mode result for q with the given answers (others unanswered) and optional area points.
inline Result MakeResult(const Questionnaire& q, std::initializer_list<Given> answers, std::initializer_list<AreaPoints> points = {}) {
    Result r = NewResult(q);
    for (const Given& g : answers) {
        const int i = q.FindQuestion(g.question);
        REQUIRE_MESSAGE(i >= 0, "no question " << g.question);
        r.answers[i].today = g.today;
        r.answers[i].target = g.target;
        r.answers[i].status = g.status;
    }
    r.area_points.assign(points.begin(), points.end());
    return r;
}

// A questionnaire built in code: `areas` areas of `per_area` questions, one driver, no stages; ids "a0", "q0-1", ...
inline Questionnaire MakeQuestionnaire(int areas, int per_area) {
    Questionnaire q;
    q.id = "made";
    q.title = "Made in code";
    q.sector = "custom";
    q.hash = "0000000000000000";
    q.drivers.push_back({"d", "Driver", ""});
    for (int a = 0; a < areas; ++a) {
        q.areas.push_back({"a" + std::to_string(a), "Area " + std::to_string(a), ""});
        for (int i = 0; i < per_area; ++i) {
            Question question;
            question.id = "q" + std::to_string(a) + "-" + std::to_string(i);
            question.area = a;
            question.text = "Question " + question.id;
            question.drivers.push_back({0, 1.0});
            for (int l = 0; l < 4; ++l) question.next_steps[l] = "step " + std::to_string(l + 1);
            q.questions.push_back(question);
        }
    }
    return q;
}

} // namespace systemic::test
