// readability.h — how easy the questionnaire's English is to read: Flesch reading ease per text and per kind of text.
// A guide for authors (PRODUCT.md asks for plain English for SME owners), not a verdict: 60–70 is plain English.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "model/questionnaire.h"

namespace systemic {

struct TextStats {
    int sentences = 0;
    int words = 0;
    int syllables = 0;
};

// Flesch reading ease = 206.835 − 1.015 × words/sentence − 84.6 × syllables/word. Higher is easier:
// 90+ very easy, 60–70 plain English, below 50 hard, below 30 very hard. Can fall below 0 or exceed 100.
int CountSyllables(std::string_view word);           // heuristic for English; at least 1 for any word with a letter or digit
TextStats CountText(std::string_view text);          // sentences, words and syllables; a text with words has at least 1 sentence
double FleschReadingEase(const TextStats& stats);    // 0 when there are no words
double FleschReadingEase(std::string_view text);     // FleschReadingEase(CountText(text))

// One text of a questionnaire and its score.
struct ReadabilityItem {
    std::string question_id;
    int index = 0;                  // levels: 1..5; next steps: from level 1..4; 0 for text and why
    double score = 0;
    TextStats stats;
};

// Scores of one kind of text (question texts, why texts, level descriptors or next steps).
struct ReadabilitySummary {
    int count = 0;                  // texts with at least one word
    double mean = 0;                // mean of the texts' scores
    double min = 0;                 // the hardest text's score
    double pooled = 0;              // the score of all texts counted together (long texts weigh more)
    std::vector<ReadabilityItem> hardest;   // the lowest scores, hardest first
};

struct QuestionnaireReadability {
    ReadabilitySummary questions;
    ReadabilitySummary why;
    ReadabilitySummary levels;
    ReadabilitySummary next_steps;
};

QuestionnaireReadability MeasureReadability(const Questionnaire& q, int hardest_count = 3);   // pure; same numbers everywhere

} // namespace systemic
