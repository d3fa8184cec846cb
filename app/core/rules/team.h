// team.h — several respondents of one questionnaire: per-question statistics, agreement, role gaps, a workshop agenda.
// One pass over respondents x questions with running sums: linear time, memory independent of the respondent count.
#pragma once

// ---------------------------------------------------------------------------------------------------------------
// THE RULES IN PLAIN WORDS (docs/scoring.md, "Team aggregation", says the same with examples)
//
// Asked and answered as in scoring.h: a respondent counts only for the questions their own mode asked (a quick
// scan's answers outside the scan are ignored everywhere) and answered with a level.
// Per question, over the respondents who answered it: n, mean, min, max and population standard deviation of
// the levels today, and the same for the targets (no target = today, as in scoring.h). Gap = target mean - mean,
// from the two published (rounded) means.
// Agreement: the team agrees on a question when sd <= 0.75 level and max - min <= 2 levels; a single answer agrees.
//   A question nobody answered has n = 0 and no agreement flag.
// Roles (owner, manager, front line, other): per question and per area, the mean of the respondents in that role.
//   Role gaps are differences of those means for every pair of roles that both have answers (first role minus second).
// Areas and drivers: each respondent's own published score (scoring.h rules, percent, 2 decimals) is computed in
//   the same pass; the team figure is n, mean, min, max and sd over the respondents who have that score. The
//   overall index likewise (CombineAreas), each respondent with their own area points: a team of one shows exactly
//   that respondent's own scores.
// Workshop agenda (top N, default 10): first the questions the team disagrees on, largest published sd first; then
//   the questions with a published gap of 1 level or more, largest first; ties in questionnaire order; each with its reason.
// Numbers are rounded to 2 decimals when published; level sums are exact integers, so sd does not drift.
// ---------------------------------------------------------------------------------------------------------------

#include <array>
#include <string>
#include <vector>

#include "model/questionnaire.h"
#include "model/result.h"

namespace systemic {

constexpr double kAgreeMaxSd = 0.75;   // levels
constexpr int kAgreeMaxRange = 2;      // levels
constexpr int kAgendaDefaultSize = 10;
constexpr double kAgendaMinGap = 1.0;  // levels

struct Stat {
    int n = 0;
    double mean = 0.0;            // all 0 when n == 0
    double min = 0.0;
    double max = 0.0;
    double sd = 0.0;              // population standard deviation
};

struct RoleMean {
    int n = 0;
    double mean = 0.0;            // 0 when n == 0
};

// A difference between two roles' means: first minus second.
struct RoleGap {
    Role first = Role::None;
    Role second = Role::None;
    double gap = 0.0;
};

struct TeamQuestion {
    Stat today;                   // levels 1..5
    Stat target;                  // levels 1..5 (no target = today)
    double gap = 0.0;             // target.mean - today.mean
    bool agree = false;           // meaningful when today.n > 0
    int dont_know = 0;
    int not_applicable = 0;
    std::array<RoleMean, kRoleCount> roles;   // Owner, Manager, FrontLine, Other (RoleIndex)
    std::vector<RoleGap> role_gaps;           // pairs of roles that both answered, in role order
};

struct TeamScore {
    Stat today;                   // respondents' percents (0..100)
    Stat target;
    std::array<RoleMean, kRoleCount> roles;   // mean percent per role
    std::vector<RoleGap> role_gaps;
};

enum class AgendaReason { Disagreement, Gap };

struct AgendaItem {
    int question = 0;             // index into Questionnaire::questions
    AgendaReason reason = AgendaReason::Disagreement;
    std::string explanation;      // plain words: "levels from 1 to 5 (sd 1.41)", "today 2.10, target 4.00"
};

struct TeamScores {
    int respondents = 0;
    std::array<int, kRoleCount + 1> role_counts{};   // respondents per role: Owner..Other, then not given
    std::vector<TeamQuestion> questions;             // per Questionnaire::questions
    std::vector<TeamScore> areas;                    // per Questionnaire::areas
    std::vector<TeamScore> drivers;                  // per Questionnaire::drivers
    TeamScore overall;
    std::vector<AgendaItem> agenda;
};

TeamScores AggregateTeam(const Questionnaire& q, const std::vector<Result>& results,
                         int agenda_size = kAgendaDefaultSize);                 // one linear pass; empty team gives n = 0 everywhere
const char* AgendaReasonName(AgendaReason r);                                   // "disagreement", "gap"

} // namespace systemic
