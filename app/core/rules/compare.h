// compare.h — progress over time: an earlier and a current result of one questionnaire, side by side.
// Pure functions of (questionnaire, earlier, now): no clock, no files, same numbers natively and in the browser.
#pragma once

// ---------------------------------------------------------------------------------------------------------------
// THE RULES IN PLAIN WORDS (docs/scoring.md, "Progress over time", has the same rules)
//
// Both results are loaded into the current questionnaire Q (formats/result_file.h carries answers over by question
// id), then each is scored with Score (rules/scoring.h). For every area, driver, the overall index and the systemic
// index: earlier and current value (published percents), the current target, change = now - earlier (rounded to 2
// decimals) and a direction: rose (change > 0), fell (change < 0), unchanged (0), or not compared when either side
// has no score. The systemic index has no target of its own: its target is the systemic index of the current target
// percents (same weights, same geometric mean as scoring).
// Priorities acted on. The earlier result's first steps are the first `first_steps` (3, as the results screen leads
// with) of its priorities, computed with the existing priority rule. A first step was acted on when its question's
// level today rose; otherwise: no change, fell, or not answered now (don't know, not applicable, left out).
// Versions. A results file made with another version of Q is compared by question id. Questions only in one of the
// two versions cannot be compared and are listed with the reason: an answer the file had for a question Q no longer
// has ("removed or renamed"), or a question of Q the other side answered that the file has no answer for (it may be
// new since that version: a results file leaves out questions nobody answered, so "new" and "skipped" look the same).
// ---------------------------------------------------------------------------------------------------------------

#include <string>
#include <vector>

#include "model/questionnaire.h"
#include "model/result.h"
#include "rules/scoring.h"

namespace systemic {

constexpr int kCompareFirstSteps = 3;   // the results screen leads with three steps (ui/screen_results.cpp)

enum class Direction { Rose, Fell, Unchanged, NotCompared };
const char* DirectionName(Direction d);   // "rose", "fell", "unchanged", "not_compared"

// VersionGap (model/result.h): what a results file made with another version of Q lacked (formats/result_file.h GapOf).

struct ChangeValue {
    bool earlier_scored = false;
    bool now_scored = false;
    double earlier = 0.0;         // percent, published
    double now = 0.0;             // percent, published
    double target = 0.0;          // the current result's target percent
    double change = 0.0;          // now - earlier, 2 decimals; 0 when not compared
    Direction direction = Direction::NotCompared;
};

enum class StepOutcome { ActedOn, NoChange, Fell, NotAnsweredNow };
const char* StepOutcomeName(StepOutcome o);   // "acted_on", "no_change", "fell", "not_answered_now"

struct FirstStep {
    int question = 0;             // index into Q's questions
    int earlier_today = 0;        // 1..5
    int earlier_target = 0;       // 1..5 (the effective target then)
    int now_today = 0;            // 1..5, 0 when not answered now
    StepOutcome outcome = StepOutcome::NoChange;
};

struct NotCompared {
    std::string question_id;
    bool earlier_side = true;     // the earlier file (true) or the current one (false)
    std::string reason;           // plain words
};

struct Comparison {
    Scores earlier;
    Scores now;
    ChangeValue overall;
    ChangeValue systemic;
    std::vector<ChangeValue> areas;      // per Q area
    std::vector<ChangeValue> drivers;    // per Q driver
    std::vector<FirstStep> first_steps;  // the earlier result's first steps, in its priority order
    int acted_on = 0;                    // how many of first_steps were acted on
    bool modes_differ = false;           // one is a quick scan, the other full: fewer questions on one side
    std::vector<NotCompared> not_compared;
};

// Compares `earlier` and `now`, both results of Q (loaded into Q). `first_steps`: how many of the earlier
// priorities to follow (kCompareFirstSteps). The gaps say which questions could not be compared.
Comparison Compare(const Questionnaire& q, const Result& earlier, const Result& now, const VersionGap& earlier_gap = {},
                   const VersionGap& now_gap = {}, int first_steps = kCompareFirstSteps);
ChangeValue CompareValues(const ScoreValue& earlier, const ScoreValue& now);   // one line of the comparison

} // namespace systemic
