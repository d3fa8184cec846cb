// what_if.h — "what if?": one respondent's figures before and after a trial change of levels today, with one plain
// line on why they moved. Pure functions of (questionnaire, result, change): the result passed in is never changed.
#pragma once

// ---------------------------------------------------------------------------------------------------------------
// THE RULES IN PLAIN WORDS (docs/scoring.md, "What if", has the same rules)
//
// A change is either an area or one question, moved up or down by whole levels (or one question set to a level).
//   Area: every asked question of the area that has a level today (model/result.h: HasLevel) moves by `steps`
//   levels, each clamped to 1..5. "Don't know", "not applicable" and unanswered questions are not touched: a
//   what-if never invents an answer, so an area without answers cannot be raised or lowered (NoAnswers).
//   Question: the same for that one question; with `level` set, its level today becomes that level instead.
// The figures. The result is copied, the copy's levels today are changed, and both the result and the copy are
//   scored with Score (rules/scoring.h): the one set of scoring rules, so every figure (overall index, systemic
//   index, drivers, areas, weakest links) is exactly what the results screen would show for those answers.
//   Targets are not changed (a target below the new level today then counts as that target, as in scoring).
// The changes are the published after minus the published before, 2 decimals, in percentage points.
// The reason names the change, whether the area is the weakest or strongest, how far the systemic index and the
//   overall index move, and the new weakest link when it changes. Lifting the weakest area moves the systemic
//   index most, because the systemic index is a geometric mean of the area levels.
// Adopting as a target (AdoptWhatIfTargets): for each question the what-if raised, the 12-month target becomes the
//   what-if level when that is above the target the result has (no target counts as today). Levels today are never
//   changed, lowered questions are not touched and no target is lowered.
// ---------------------------------------------------------------------------------------------------------------

#include <string>
#include <vector>

#include "model/questionnaire.h"
#include "model/result.h"
#include "rules/scoring.h"

namespace systemic {

// What to try. Give an area, or a question (which then decides the area); steps or a level.
struct WhatIfChange {
    int area = -1;        // index into Questionnaire::areas: move its answered questions (ignored when question >= 0)
    int question = -1;    // index into Questionnaire::questions: move this one question only
    int steps = 0;        // whole levels up (> 0) or down (< 0); each question's level stays within 1..5
    int level = 0;        // with `question`: set its level today to this (1..5) instead of moving by steps; 0: use steps
};

enum class WhatIfStatus {
    Moved,       // at least one level changed: `after` holds the new figures
    NoChange,    // nothing to do: steps 0, or every answered question already at the limit (5 up, 1 down)
    NoAnswers,   // the area (or question) has no level today to move: answer it first
    Invalid,     // an area, question or level out of range (a caller's mistake, not the user's)
};
const char* WhatIfStatusName(WhatIfStatus s);   // "moved", "no_change", "no_answers", "invalid"

struct LevelMove {
    int question = 0;             // index into Questionnaire::questions
    int from = 0;                 // level today, 1..5
    int to = 0;                   // level in the what-if, 1..5 (never equal to from)
};

struct WhatIf {
    WhatIfStatus status = WhatIfStatus::Invalid;
    int area = -1;                // the area changed (the question's area for a question), -1 when Invalid
    std::vector<LevelMove> moves; // the questions whose level moves, in questionnaire order
    int at_limit = 0;             // answered questions of the change that could not move (already at 5, or at 1)
    Scores before;                // Score(q, r): the figures today (also for NoChange and NoAnswers)
    Scores after;                 // Score of the changed copy; equal to `before` unless Moved
    double overall_change = 0.0;  // after - before overall index, percentage points, 2 decimals
    double systemic_change = 0.0; // after - before systemic index, percentage points, 2 decimals
    std::string reason;           // one plain line: what moved and why, or why nothing could
};

WhatIf ComputeWhatIf(const Questionnaire& q, const Result& r, const WhatIfChange& change);   // before and after; r unchanged
Result ApplyWhatIf(const Questionnaire& q, const Result& r, const WhatIf& w);   // a copy of r with w's moves as levels today (what `after` scored)
int AdoptWhatIfTargets(const Questionnaire& q, const WhatIf& w, Result& r);     // raises r's targets to w's raised levels; how many changed

} // namespace systemic
