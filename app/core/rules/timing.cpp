// timing.cpp — EstimateTime(): words read at 200 per minute plus two 10-second decisions per question.
#include "rules/timing.h"

#include "rules/readability.h"

namespace systemic {

TimeEstimate EstimateTime(const Questionnaire& q, Mode mode) {
    TimeEstimate t;
    for (const Question& question : q.questions) {
        if (!IsAsked(question, mode)) continue;
        ++t.questions;
        t.words += CountText(question.text).words + CountText(question.why).words + CountText(question.help).words;
        for (const std::string& level : question.levels) t.words += CountText(level).words;
    }
    t.reading_minutes = static_cast<double>(t.words) / kReadingWordsPerMinute;
    t.deciding_minutes = static_cast<double>(t.questions * kDecisionsPerQuestion * kDecisionSeconds) / 60.0;
    // Whole seconds, rounded up to whole minutes: integers, so no platform rounds differently.
    const long long seconds = (static_cast<long long>(t.words) * 60 + kReadingWordsPerMinute - 1) / kReadingWordsPerMinute +
                              static_cast<long long>(t.questions) * kDecisionsPerQuestion * kDecisionSeconds;
    t.minutes = static_cast<int>((seconds + 59) / 60);
    return t;
}

} // namespace systemic
