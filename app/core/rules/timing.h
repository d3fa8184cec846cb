// timing.h — how long a questionnaire takes, computed from its words rather than guessed.
// Pure: the same questionnaire and mode give the same estimate everywhere.
#pragma once

// THE RULE: reading time + deciding time, rounded up to whole minutes.
//   Reading: the words a careful respondent reads on each asked question (the question, "why this matters", the
//   help text and the five level descriptors), at 200 words per minute — a common figure for reading plain text
//   on screen. Deciding: two choices per question ("today" and "in 12 months"), 10 seconds each.
//   Words are counted as readability.h counts them (CountText).

#include "model/questionnaire.h"
#include "model/result.h"

namespace systemic {

constexpr int kReadingWordsPerMinute = 200;
constexpr int kDecisionSeconds = 10;        // per choice
constexpr int kDecisionsPerQuestion = 2;    // today and in 12 months

struct TimeEstimate {
    int questions = 0;            // asked in this mode
    int words = 0;                // read on those questions
    double reading_minutes = 0;   // words / 200
    double deciding_minutes = 0;  // questions x 2 x 10 s
    int minutes = 0;              // the sum, rounded up to a whole minute (at least 1 when there is a question)
};

TimeEstimate EstimateTime(const Questionnaire& q, Mode mode);   // over the questions the mode asks (IsAsked)

} // namespace systemic
