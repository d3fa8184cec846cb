// scoring.h — one respondent's scores: areas, drivers, stages, overall index, systemic balance, priorities, warnings.
// Pure functions of (questionnaire, result): no globals, no clock, same numbers natively and in the browser.
#pragma once

// ---------------------------------------------------------------------------------------------------------------
// THE RULES IN PLAIN WORDS (docs/scoring.md has the same rules with a worked example, number by number)
//
// Asked. In a full assessment every question is asked; in a quick scan only the questions marked `quick`.
//   Questions that were not asked are left out of everything below, coverage included.
// Percent. An answered level L (1..5) is worth (L - 1) / 4 * 100 percent: 1 -> 0, 2 -> 25, 3 -> 50, 4 -> 75, 5 -> 100.
// Target. Each answer has a level today and a target "in 12 months". No target (0) counts as target = today.
//   Gap = target - today, in levels. A target below today is flagged (and warned about).
// Area, driver and stage scores. The weighted mean of the percents of the answered questions that belong to it.
//   Weight = the question's weight; for a driver, question weight x the question's weight for that driver.
//   Target percent is the same mean over the targets; the score's gap = target percent - percent.
//   "Don't know", "not applicable" and unanswered questions are left out and reported as coverage:
//   asked, answered, don't know, not applicable, unanswered; applicable = asked - not applicable.
// Importance. The respondent may share 100 points across areas. Importance share = points / sum of points.
//   No points, or all zero (warned), means equal shares.
// Overall index. The importance-weighted mean of the area percents, over the areas that have a score.
//   If every area with a score has zero points, those areas count equally instead (warned).
// Maturity stage. The level nearest to the percent: below 12.5 Ad hoc, below 37.5 Emerging, below 62.5 Defined,
//   below 87.5 Managed, else Systemic (judged on the published, rounded percent so number and name agree).
// Systemic balance. Over the areas with a score: spread = highest - lowest percent; sd = their population
//   standard deviation; weakest and strongest area (first in questionnaire order on ties); and the systemic
//   index = the importance-weighted geometric mean of the area levels (1 + percent / 25, on the 1..5 scale)
//   mapped back to percent. A weak area pulls it down much more than it pulls down the plain mean, yet a single
//   0 % area (level 1) does not zero it.
// Priorities. Every answered question with a gap > 0 and an area with points: priority = gap (levels) x
//   importance factor (area share x number of areas; 1 when shares are equal) x question weight. Ranked highest
//   first, ties in questionnaire order, each with the "how to move up" step of its level today.
// Heat map. For each area x stage: the weighted mean percent of the answered questions of that area tagged with
//   that stage, and how many there are.
// Answer-quality warnings (stable codes, in this order):
//   scores.points_all_zero      area points given but all zero: equal importance used
//   scores.points_no_answers    only areas without answers have points: areas with answers counted equally
//   quality.few_answers         fewer than half of the applicable questions answered
//   quality.same_level          8 or more answers and at least 80 % of them the same level today
//   quality.target_below_current  one or more targets below today
//   quality.all_targets_max     3 or more targets given and every one is 5
//   quality.many_dont_know      "don't know" for 25 % or more of the asked questions
// Numbers. Every published number is rounded to 2 decimals once, at the end; sums run in questionnaire order and
//   the geometric mean uses fixed-step series (scoring_math.h), so results are bit-identical on every platform.
// ---------------------------------------------------------------------------------------------------------------

#include <string>
#include <vector>

#include "model/questionnaire.h"
#include "model/result.h"

namespace systemic {

constexpr int kScoresSchemaVersion = 1;   // of ScoresToJson's output

struct Coverage {
    int asked = 0;            // questions asked (mode) that belong to this score
    int answered = 0;         // answered with a level
    int dont_know = 0;
    int not_applicable = 0;
    int unanswered = 0;
    int Applicable() const { return asked - not_applicable; }
};

// One input of a score, for "how was this computed": a question index with its weight in that score
// (for the overall index and the systemic index: an area index with its importance share).
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
    double importance_factor = 0.0;   // area share x number of areas
    double weight = 0.0;          // the question's weight
    double priority = 0.0;        // gap x importance_factor x weight
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
    int weakest_area = -1;
    int strongest_area = -1;
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
    std::vector<double> importance;   // per area: share of the 100 points, 0..100 (equal when none given)
    std::vector<ScoreValue> areas;    // per Questionnaire::areas
    std::vector<ScoreValue> drivers;  // per Questionnaire::drivers
    std::vector<ScoreValue> stages;   // per Questionnaire::stages
    std::vector<QuestionScore> questions;   // per Questionnaire::questions
    std::vector<HeatCell> heat;       // areas x stages, row-major: heat[area * stages.size() + stage]
    Balance balance;
    std::vector<Priority> priorities;  // highest first
    std::vector<QualityWarning> warnings;
};

double LevelPercent(int level);                                          // (level - 1) / 4 * 100; 0 for 0
int StageOfPercent(double percent);                                      // nearest level 1..5 (thresholds above)
bool AreaShares(const Questionnaire& q, const Result& r, std::vector<double>& shares);  // importance per area (sum 1) into shares; false when points were given but all zero
Scores Score(const Questionnaire& q, const Result& r);                   // everything above; pure and deterministic
const char* SystemicExplanation();                                       // the one-line explanation of the systemic index

} // namespace systemic
