// test_readability.cpp — the syllable heuristic, sentence and word counting, Flesch reading ease, and the
// per-questionnaire summary that `systemic readability` prints.
#include <doctest/doctest.h>

#include <fstream>
#include <sstream>
#include <string>

#include "formats/questionnaire_file.h"
#include "rules/readability.h"

// These tests run without exceptions (tests/unit/main.cpp), so a failed REQUIRE carries on: leave by hand.
#define REQUIRE_OR_RETURN(...) do { REQUIRE(__VA_ARGS__); if (!(__VA_ARGS__)) return; } while (false)

using namespace systemic;

namespace {

std::string ReadFixture(const std::string& relative) {
    std::ifstream in(std::string(SYSTEMIC_SOURCE_DIR) + "/tests/fixtures/questionnaires/" + relative, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

} // namespace

TEST_CASE("CountSyllables follows the documented heuristic") {
    struct Word {
        const char* word;
        int syllables;
    };
    const Word words[] = {
        {"cat", 1}, {"the", 1}, {"be", 1}, {"yes", 1}, {"make", 1}, {"makes", 1}, {"asked", 1}, {"called", 1},
        {"table", 2}, {"people", 2}, {"boxes", 2}, {"changes", 2}, {"wanted", 2}, {"needed", 2}, {"social", 2},
        {"nation", 2}, {"customer", 3}, {"media", 3}, {"period", 3}, {"Customers", 3}, {"don't", 1},
        {"caf\xC3\xA9", 2}, {"2026", 4}, {"b2b", 2}, {"a", 1}, {"rhythm", 1},
    };
    for (const Word& w : words) {
        INFO(w.word);
        CHECK(CountSyllables(w.word) == w.syllables);
    }
    CHECK(CountSyllables("") == 0);
    CHECK(CountSyllables("--") == 0);
}

TEST_CASE("CountText counts sentences, words and syllables") {
    SUBCASE("one plain sentence") {
        const TextStats stats = CountText("The cat sat on the mat.");
        CHECK(stats.sentences == 1);
        CHECK(stats.words == 6);
        CHECK(stats.syllables == 6);
    }
    SUBCASE("sentence ends") {
        CHECK(CountText("One. Two! Three?").sentences == 3);
        CHECK(CountText("No full stop at the end").sentences == 1);
        CHECK(CountText("Wait... what?").sentences == 2);
        CHECK(CountText("He said \"stop.\" Then he left.").sentences == 2);
        CHECK(CountText("Use e.g. this, about 3.5 times.").sentences == 1);
        CHECK(CountText("...").sentences == 0);
    }
    SUBCASE("words") {
        CHECK(CountText("up-sell and cross-sell").words == 5);
        CHECK(CountText("don\xE2\x80\x99t stop").words == 2);
        CHECK(CountText("fast \xE2\x80\x94 and cheap").words == 3);   // an em dash is not a word
        CHECK(CountText("caf\xC3\xA9 au lait").words == 3);
        CHECK(CountText("  \n\t ").words == 0);
    }
    SUBCASE("empty") {
        const TextStats stats = CountText("");
        CHECK(stats.sentences == 0);
        CHECK(stats.words == 0);
        CHECK(stats.syllables == 0);
    }
}

TEST_CASE("FleschReadingEase") {
    SUBCASE("the formula") {
        CHECK(FleschReadingEase("The cat sat on the mat.") == doctest::Approx(206.835 - 1.015 * 6 - 84.6 * 1));
        const TextStats stats{2, 20, 30};
        CHECK(FleschReadingEase(stats) == doctest::Approx(206.835 - 1.015 * 10 - 84.6 * 1.5));
    }
    SUBCASE("plain text scores higher than dense text") {
        CHECK(FleschReadingEase("You know your best customers. You call them each month.") >
              FleschReadingEase("Organisational capabilities facilitate comprehensive customer relationship optimisation."));
    }
    SUBCASE("no words: 0") {
        CHECK(FleschReadingEase("") == 0);
        CHECK(FleschReadingEase(TextStats{}) == 0);
    }
}

TEST_CASE("MeasureReadability summarises each kind of text") {
    const QuestionnaireLoad load = LoadQuestionnaire(ReadFixture("valid_small.json"));
    REQUIRE_OR_RETURN(load.questionnaire);
    const QuestionnaireReadability r = MeasureReadability(*load.questionnaire);

    SUBCASE("counts") {
        CHECK(r.questions.count == 3);
        CHECK(r.why.count == 3);
        CHECK(r.levels.count == 15);
        CHECK(r.next_steps.count == 12);
    }
    SUBCASE("the hardest come first, and min and mean agree with them") {
        for (const ReadabilitySummary* s : {&r.questions, &r.why, &r.levels, &r.next_steps}) {
            REQUIRE_OR_RETURN(s->hardest.size() == 3);
            CHECK(s->hardest[0].score == s->min);
            CHECK(s->hardest[0].score <= s->hardest[1].score);
            CHECK(s->hardest[1].score <= s->hardest[2].score);
            CHECK(s->min <= s->mean);
        }
    }
    SUBCASE("items name their question and level") {
        for (const ReadabilityItem& item : r.levels.hardest) {
            CHECK(load.questionnaire->FindQuestion(item.question_id) >= 0);
            CHECK(item.index >= 1);
            CHECK(item.index <= 5);
        }
        for (const ReadabilityItem& item : r.questions.hardest) CHECK(item.index == 0);
        const ReadabilityItem& hardest_question = r.questions.hardest[0];
        const int index = load.questionnaire->FindQuestion(hardest_question.question_id);
        REQUIRE_OR_RETURN(index >= 0);
        CHECK(hardest_question.score == FleschReadingEase(load.questionnaire->questions[index].text));
    }
    SUBCASE("fewer hardest items when asked") {
        CHECK(MeasureReadability(*load.questionnaire, 1).questions.hardest.size() == 1);
        CHECK(MeasureReadability(*load.questionnaire, 0).questions.hardest.empty());
    }
    SUBCASE("an empty questionnaire gives empty summaries") {
        const QuestionnaireReadability empty = MeasureReadability(Questionnaire{});
        CHECK(empty.questions.count == 0);
        CHECK(empty.questions.mean == 0);
        CHECK(empty.questions.hardest.empty());
    }
}
