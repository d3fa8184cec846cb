// result.h — one respondent's answers to one questionnaire: the model, with no file format.
// The versioned JSON file is formats/result_file.h; links are formats/links.h.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model/questionnaire.h"

namespace systemic {

// Format log (bump kResultSchemaVersion and add a dated line for every change to the file format):
// - 2026-11-22 — schema_version 1: first version.
// - 2026-11-30 — issue codes renamed, file format unchanged (schema_version stays 1): result.type and
//   result.not_object -> result.wrong_type; result.level_range, result.points_range -> result.out_of_range;
//   result.mode -> result.unknown_mode; result.status -> result.unknown_status (docs/errors.md).
constexpr int kResultSchemaVersion = 1;

enum class AnswerStatus { Unanswered, Answered, DontKnow, NotApplicable };
enum class Mode { Full, Quick };
enum class Role { None, Owner, Manager, FrontLine, Other };   // None = not given ("")
constexpr int kRoleCount = 4;                                 // the named roles, Owner..Other

const char* AnswerStatusName(AnswerStatus s);                 // "unanswered", "answered", "dont_know", "not_applicable"
bool ParseAnswerStatus(std::string_view text, AnswerStatus* out);   // false when text is none of the names
const char* ModeName(Mode m);                                 // "full", "quick"
bool ParseMode(std::string_view text, Mode* out);             // false when text is neither
const char* RoleName(Role r);                                 // "", "owner", "manager", "front_line", "other"
const char* RoleLabel(Role r);                                // "Not given", "Owner", "Manager", "Front line", "Other"
bool ParseRole(std::string_view text, Role* out);             // false when text is none of the names ("" is None)
int RoleIndex(Role r);                                        // 0..3 for Owner..Other, -1 for None
Role RoleFromIndex(int index);                                // inverse of RoleIndex

// One answer. Levels are 1..5; 0 means "not given". A level is only scored when status is Answered.
// A target of 0 on an answered question means no target was set (scoring then treats the target as today).
struct Answer {
    std::string question;             // the question id (answers are kept in questionnaire order)
    int today = 0;                    // 0..5
    int target = 0;                   // 0..5
    AnswerStatus status = AnswerStatus::Unanswered;
    std::string note;
};

struct Respondent {
    std::string organisation;
    std::string name;
    Role role = Role::None;
};

struct AreaPoints {
    std::string area;                 // area id
    int points = 0;                   // 0..100; the allocation should sum to 100 but scoring normalises it
};

struct Result {
    int schema_version = kResultSchemaVersion;
    std::string questionnaire_id;
    int questionnaire_version = 0;
    std::string questionnaire_hash;
    Respondent respondent;
    std::vector<Answer> answers;      // one per question, in questionnaire order (NewResult and LoadResult guarantee it)
    std::vector<AreaPoints> area_points;   // empty = equal importance; else in questionnaire area order
    Mode mode = Mode::Full;
    std::string created;              // ISO 8601 date or date-time, supplied by the caller (the core has no clock)
    std::string updated;
};

// What a results file made with another version of its questionnaire lacked, as loading reported it
// (formats/result_file.h GapOf); progress over time (rules/compare.h) lists what could not be compared from it.
// Empty for a file of the questionnaire's own version, and for a results link (it opens only with that version).
struct VersionGap {
    bool migrated = false;                    // made with another version (or hash) of the questionnaire
    int from_version = 0;
    std::vector<std::string> dropped_ids;     // answers in the file for question ids the questionnaire does not have
};

Result NewResult(const Questionnaire& q);                                     // empty answers for every question, in order
const Answer* FindAnswer(const Result& r, const Questionnaire& q, int question);   // the answer to q.questions[question], or nullptr

// ONE MEANING OF "ANSWERED", used by scoring, the review and the results alike:
// a question is *asked* when the mode asks it (full: every question; quick scan: the questions marked quick);
// an asked question is *answered* when it has a level today (status Answered and today 1..5). "Don't know" and
// "not applicable" are responses but not answers: they are counted on their own and never as answered.
bool IsAsked(const Question& question, Mode mode);                            // mode == Full or question.quick
bool HasLevel(const Answer* a);                                               // status Answered and today 1..5 (nullptr: false)
AnswerStatus EffectiveStatus(const Answer* a);                                // Answered only with a level; an "answered" without one is Unanswered

struct AnswerCounts {
    int asked = 0;                    // questions the mode asks
    int answered = 0;                 // asked, with a level today
    int dont_know = 0;
    int not_applicable = 0;
    int unanswered = 0;               // asked and none of the above
    int Responded() const { return answered + dont_know + not_applicable; }   // asked questions with any response
    int Applicable() const { return asked - not_applicable; }
};
AnswerCounts CountAnswers(const Questionnaire& q, const Result& r);           // over the asked questions, by EffectiveStatus

} // namespace systemic
