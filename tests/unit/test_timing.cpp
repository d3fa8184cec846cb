// test_timing.cpp — EstimateTime(): words at 200 per minute plus two 10-second decisions per question.
#include <doctest/doctest.h>

#include "formats/builtin.h"
#include "formats/questionnaire_file.h"
#include "rules/readability.h"
#include "rules/timing.h"
#include "scoring_fixtures.h"

using namespace systemic;
using namespace systemic::test;

TEST_CASE("timing: the estimate is computed from the words, by the documented rule") {
    Questionnaire q = MakeQuestionnaire(2, 3);
    for (Question& question : q.questions) {
        question.text = "one two three four five";             // 5 words
        question.why = "six seven eight nine ten";             // 5
        for (std::string& level : question.levels) level = "a b c d e f g h i j";   // 10 each
    }
    q.questions[0].quick = q.questions[3].quick = true;
    SUBCASE("full: 6 questions x 60 words = 360 words = 108 s, plus 6 x 2 x 10 s = 120 s: 228 s, 4 minutes") {
        const TimeEstimate t = EstimateTime(q, Mode::Full);
        CHECK(t.questions == 6);
        CHECK(t.words == 360);
        CHECK(t.reading_minutes == doctest::Approx(1.8));
        CHECK(t.deciding_minutes == doctest::Approx(2.0));
        CHECK(t.minutes == 4);
    }
    SUBCASE("quick: only the quick questions: 120 words = 36 s + 40 s = 76 s, 2 minutes") {
        const TimeEstimate t = EstimateTime(q, Mode::Quick);
        CHECK(t.questions == 2);
        CHECK(t.words == 120);
        CHECK(t.minutes == 2);
    }
    SUBCASE("no questions, no time") {
        Questionnaire empty;
        CHECK(EstimateTime(empty, Mode::Full).minutes == 0);
    }
}

TEST_CASE("timing: the shipped quick scans are honest about their length") {
    for (const BuiltinQuestionnaire& b : BuiltinQuestionnaires()) {
        CAPTURE(b.id);
        const QuestionnaireLoad load = LoadQuestionnaire(b.json);
        REQUIRE(load.questionnaire.has_value());
        const TimeEstimate quick = EstimateTime(*load.questionnaire, Mode::Quick);
        const TimeEstimate full = EstimateTime(*load.questionnaire, Mode::Full);
        CHECK(quick.questions >= 8);
        CHECK(quick.minutes > 5);                 // about 1,400 words: more than the "about 5 minutes" once promised
        CHECK(full.minutes > quick.minutes);
        int words = 0;
        for (const Question& question : load.questionnaire->questions)
            if (question.quick) {
                words += CountText(question.text).words + CountText(question.why).words + CountText(question.help).words;
                for (const std::string& level : question.levels) words += CountText(level).words;
            }
        CHECK(quick.words == words);
    }
}
