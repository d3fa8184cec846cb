// scoring.h — one respondent's scores: areas, drivers, stages, overall index, systemic balance, priorities, warnings.
// Pure functions of (questionnaire, result): no globals, no clock, same numbers natively and in the browser.
#pragma once

// ---------------------------------------------------------------------------------------------------------------
// THE RULES IN PLAIN WORDS (docs/scoring.md has the same rules with a worked example, number by number)
//
// Asked. In a full assessment every question is asked; in a quick scan only the questions marked `quick`.
//   Questions that were not asked are left out of everything below, coverage included.
// Answered. An asked question is answered when it has a level today (model/result.h: HasLevel, CountAnswers).
//   "Don't know" and "not applicable" are responses, never answers; the review and the results count the same way.
// Percent. An answered level L (1..5) is worth (L - 1) / 4 * 100 percent: 1 -> 0, 2 -> 25, 3 -> 50, 4 -> 75, 5 -> 100.
// Target. Each answer has a level today and a target "in 12 months". No target (0) counts as target = today.
//   Gap = target - today, in levels. A target below today is flagged (and warned about).
// Area, driver and stage scores. The weighted mean of the percents of the answered questions that belong to it.
//   Weight = the question's weight; for a driver, question weight x the question's weight for that driver.
//   Target percent is the same mean over the targets; the score's gap = target percent - percent (published numbers).
//   "Don't know", "not applicable" and unanswered questions are left out and reported as coverage:
//   asked, answered, don't know, not applicable, unanswered; applicable = asked - not applicable.
//   A score that rests on exactly one answered question is flagged `single_answer`.
// Importance. The respondent may share 100 points across areas; importance = points / sum of points (as given).
//   Area weight (the "counting points" of the indices and priorities, whole numbers): with points given, the
//   area's points but at least kFloorPoints (5, the page's smallest step), so a weak area given no points still
//   counts (noted); with no points, or all zero (warned), 1 for every area, i.e. equal.
// Overall index. Sum of weight x published area percent / sum of weight, over the areas that have a score,
//   computed exactly in hundredths and rounded half away from zero: recomputable from the numbers shown.
//   (If every scored area has zero points, the floor gives them equal weights: noted as scores.points_no_answers.)
// Maturity stage. The level nearest to the percent: below 12.5 Ad hoc, below 37.5 Emerging, below 62.5 Defined,
//   below 87.5 Managed, else Systemic (judged on the published, rounded percent so number and name agree).
// Systemic balance. Over the published percents of the areas with a score: spread = highest - lowest;
//   sd = their population standard deviation; weakest and strongest area (first in questionnaire order on ties);
//   the weakest links = every area at the lowest percent when the spread is above 0; and the systemic index =
//   the weighted geometric mean of the area levels (1 + percent / 25, on the 1..5 scale) mapped back to percent,
//   with the same weights as the overall index. A weak area pulls it down much more than the plain mean.
// Priorities. Every answered question with a gap > 0: priority = step value x importance factor x question weight.
//   Step value: each level to climb counts by how basic it is, 1->2 = 4, 2->3 = 3, 3->4 = 2, 4->5 = 1 (summed).
//   Importance factor = area weight x number of scored areas / sum of the scored areas' weights (1 when equal),
//   published to 2 decimals and used as published. The weakest links' questions come first, then the rest; within
//   each group highest priority first, ties in questionnaire order; each with the "how to move up" step of today.
// Heat map. For each area x stage: the weighted mean percent of the answered questions of that area tagged with
//   that stage, and how many there are.
// Answer-quality warnings (stable codes, in this order):
//   scores.points_all_zero      area points given but all zero: equal importance used
//   scores.points_no_answers    only areas without answers have points: areas with answers counted equally
//   scores.points_floor         an area with a score had fewer than 5 points: it counts as 5
//   quality.few_answers         fewer than half of the applicable questions answered
//   quality.all_not_applicable  every asked question is "not applicable": nothing to score
//   quality.area_dont_know      an area has no answer and at least one "don't know": left out of the indices
//   quality.area_not_applicable an area's asked questions are all "not applicable": left out of the indices
//   quality.same_level          8 or more answers and at least 80 % of them the same level today
//   quality.target_below_current  one or more targets below today
//   quality.all_targets_max     3 or more targets given and every one is 5
//   quality.many_dont_know      "don't know" for 25 % or more of the asked questions
// Numbers. Scores of questions' levels are rounded to 2 decimals once, when published; the overall index, the
//   balance and the priorities are computed from those published numbers (docs/scoring.md lists each). Sums run
//   in questionnaire order and the geometric mean uses fixed-step series (det_math.h): bit-identical everywhere.
// ---------------------------------------------------------------------------------------------------------------

#include <string>
#include <vector>

#include "model/questionnaire.h"
#include "model/result.h"

namespace systemic {

// Version of ScoresToJson's output. Log:
// - 2026-11-22 — 1: first version.
// - 2026-11-30 — 2: every score has "single_answer"; areas have "weight" (counting points); overall contributions'
//   "weight" is that area weight (was the rounded share); priorities have "steps" and "weakest_link"; balance has
//   "weakest_areas"; new warning codes scores.points_floor, quality.all_not_applicable, quality.area_dont_know,
//   quality.area_not_applicable; the overall index, balance and priorities are computed from published numbers.
constexpr int kScoresSchemaVersion = 2;
constexpr int kFloorPoints = 5;           // the least an area counts when points are given (the page's step)

struct Coverage {
    int asked = 0;            // questions asked (mode) that belong to this score
    int answered = 0;         // answered with a level
    int dont_know = 0;
    int not_applicable = 0;
    int unanswered = 0;
    int Applicable() const { return asked - not_applicable; }
};

// One input of a score, for "how was this computed": a question index with its weight in that score
// (for the overall index and the systemic index: an area index with its area weight in counting points).
struct Contribution {
    int item = 0;
    double weight = 0.0;
};

struct ScoreValue {
    bool scored = false;          // false when nothing was answered: the numbers below are then 0
    double percent = 0.0;         // today, 0..100
    double target_percent = 0.0;  // in 12 months, 0..100
    double gap = 0.0;             // target_percent - percent
    int level = 0;                // maturity stage 1..5 of `percent` (LevelName gives the name); 0 when not scored
    bool single_answer = false;   // scored from exactly one answered question: show it with a caution
    Coverage coverage;
    std::vector<Contribution> contributions;   // the answered questions (or areas) and their weights
};

struct QuestionScore {
    bool asked = false;
    AnswerStatus status = AnswerStatus::Unanswered;
    int today = 0;                // 1..5 when answered, else 0
    int target = 0;               // effective target (today when none was given), 0 when not answered
    int gap = 0;                  // target - today, in levels
    bool target_below = false;    // a target was given and it is below today
};

struct Priority {
    int question = 0;             // index into Questionnaire::questions
    int gap = 0;                  // levels
    int steps = 0;                // step value: StepValue(today, target)
    double importance_factor = 0.0;   // area weight relative to the scored areas' mean weight, 2 decimals
    double weight = 0.0;          // the question's weight
    double priority = 0.0;        // steps x importance_factor x weight, 2 decimals
    bool weakest_link = false;    // the question's area is one of the weakest links: ranked before the others
};

struct HeatCell {
    bool scored = false;
    double percent = 0.0;
    int count = 0;                // answered questions in the cell
};

struct Balance {
    bool scored = false;          // false when no area has a score
    double spread = 0.0;          // highest - lowest area percent
    double sd = 0.0;              // population standard deviation of the area percents
    int weakest_area = -1;        // the first area at the lowest percent (also when the spread is 0)
    int strongest_area = -1;
    std::vector<int> weakest_areas;   // every area at the lowest percent, only when spread > 0: the weakest links
    double systemic_index = 0.0;  // percent
    int systemic_level = 0;       // stage of systemic_index
    std::string explanation;      // one plain line for the results screen
};

struct QualityWarning {
    std::string code;             // stable: "quality.same_level", ...
    std::string message;          // plain words
    std::vector<int> questions;   // the question indices concerned, when there are some
};

struct Scores {
    Mode mode = Mode::Full;
    ScoreValue overall;           // contributions: areas with their shares of the index
    std::vector<double> importance;   // per area: share of the points as given, 0..100 (equal when none given)
    std::vector<int> area_weights;    // per area: counting points in the indices and priorities (see Importance)
    std::vector<int> floored_areas;   // areas with a score lifted to kFloorPoints (the scores.points_floor note), in order
    std::vector<ScoreValue> areas;    // per Questionnaire::areas
    std::vector<ScoreValue> drivers;  // per Questionnaire::drivers
    std::vector<ScoreValue> stages;   // per Questionnaire::stages
    std::vector<QuestionScore> questions;   // per Questionnaire::questions
    std::vector<HeatCell> heat;       // areas x stages, row-major: heat[area * stages.size() + stage]
    Balance balance;
    std::vector<Priority> priorities;  // highest first
    std::vector<QualityWarning> warnings;
};

// How the area points were read.
enum class PointsKind { None, Given, AllZero };

// One area's published score, the input of the overall index (ScoreValue's fields, without the rest).
struct AreaPercent {
    bool scored = false;
    double percent = 0.0;         // published (2 decimals)
    double target_percent = 0.0;  // published
};

// The overall index of published area percents: exact in hundredths, rounded half away from zero.
struct OverallIndex {
    bool scored = false;          // false when no area has a score
    double percent = 0.0;
    double target_percent = 0.0;
};

double LevelPercent(int level);                                          // (level - 1) / 4 * 100; 0 for 0
int StageOfPercent(double percent);                                      // nearest level 1..5 (thresholds above)
int StepValue(int today, int target);                                    // sum of (5 - k) for k = today..target-1; 0 when target <= today
PointsKind AreaWeights(const Questionnaire& q, const Result& r, std::vector<int>& weights);   // counting points per area into weights
OverallIndex CombineAreas(const std::vector<AreaPercent>& areas, const std::vector<int>& weights);   // sum w x p / sum w over scored areas
Scores Score(const Questionnaire& q, const Result& r);                   // everything above; pure and deterministic
const char* SystemicExplanation();                                       // the one-line explanation of the systemic index

} // namespace systemic
