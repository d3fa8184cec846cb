// result.cpp — one respondent's answers: the names of statuses, modes and roles, a new empty result, lookups.
// The file format that stores a Result is formats/result_file.cpp.
#include "model/result.h"

#include <string_view>

namespace systemic {

namespace {

struct Named { const char* name; int value; };

const Named kStatusNames[] = {
    {"unanswered", static_cast<int>(AnswerStatus::Unanswered)},
    {"answered", static_cast<int>(AnswerStatus::Answered)},
    {"dont_know", static_cast<int>(AnswerStatus::DontKnow)},
    {"not_applicable", static_cast<int>(AnswerStatus::NotApplicable)},
};

const Named kRoleNames[] = {
    {"", static_cast<int>(Role::None)},
    {"owner", static_cast<int>(Role::Owner)},
    {"manager", static_cast<int>(Role::Manager)},
    {"front_line", static_cast<int>(Role::FrontLine)},
    {"other", static_cast<int>(Role::Other)},
};

template <std::size_t N>
const char* NameOf(const Named (&table)[N], int value) {
    for (const Named& n : table)
        if (n.value == value) return n.name;
    return "";
}

template <std::size_t N>
bool ValueOf(const Named (&table)[N], std::string_view text, int* out) {
    for (const Named& n : table)
        if (text == n.name) { *out = n.value; return true; }
    return false;
}

} // namespace

const char* AnswerStatusName(AnswerStatus s) { return NameOf(kStatusNames, static_cast<int>(s)); }
const char* ModeName(Mode m) { return m == Mode::Quick ? "quick" : "full"; }
const char* RoleName(Role r) { return NameOf(kRoleNames, static_cast<int>(r)); }

bool ParseAnswerStatus(std::string_view text, AnswerStatus* out) {
    int v = 0;
    if (!ValueOf(kStatusNames, text, &v)) return false;
    *out = static_cast<AnswerStatus>(v);
    return true;
}

bool ParseMode(std::string_view text, Mode* out) {
    if (text == "full") { *out = Mode::Full; return true; }
    if (text == "quick") { *out = Mode::Quick; return true; }
    return false;
}

bool ParseRole(std::string_view text, Role* out) {
    int v = 0;
    if (!ValueOf(kRoleNames, text, &v)) return false;
    *out = static_cast<Role>(v);
    return true;
}

const char* RoleLabel(Role r) {
    switch (r) {
    case Role::Owner: return "Owner";
    case Role::Manager: return "Manager";
    case Role::FrontLine: return "Front line";
    case Role::Other: return "Other";
    case Role::None: break;
    }
    return "Not given";
}

int RoleIndex(Role r) { return r == Role::None ? -1 : static_cast<int>(r) - 1; }
Role RoleFromIndex(int index) { return index >= 0 && index < kRoleCount ? static_cast<Role>(index + 1) : Role::None; }

Result NewResult(const Questionnaire& q) {
    Result r;
    r.questionnaire_id = q.id;
    r.questionnaire_version = q.version;
    r.questionnaire_hash = q.hash;
    r.answers.resize(q.questions.size());
    for (std::size_t i = 0; i < q.questions.size(); ++i) r.answers[i].question = q.questions[i].id;
    return r;
}

const Answer* FindAnswer(const Result& r, const Questionnaire& q, int question) {
    if (question < 0 || question >= static_cast<int>(q.questions.size())) return nullptr;
    const std::string& id = q.questions[question].id;
    if (question < static_cast<int>(r.answers.size()) && r.answers[question].question == id) return &r.answers[question];
    for (const Answer& a : r.answers)
        if (a.question == id) return &a;
    return nullptr;
}

bool IsAsked(const Question& question, Mode mode) { return mode == Mode::Full || question.quick; }

bool HasLevel(const Answer* a) {
    return a && a->status == AnswerStatus::Answered && a->today >= 1 && a->today <= kLevelCount;
}

AnswerStatus EffectiveStatus(const Answer* a) {
    if (!a) return AnswerStatus::Unanswered;
    if (a->status == AnswerStatus::Answered && !HasLevel(a)) return AnswerStatus::Unanswered;
    return a->status;
}

AnswerCounts CountAnswers(const Questionnaire& q, const Result& r) {
    AnswerCounts c;
    for (std::size_t i = 0; i < q.questions.size(); ++i) {
        if (!IsAsked(q.questions[i], r.mode)) continue;
        ++c.asked;
        switch (EffectiveStatus(FindAnswer(r, q, static_cast<int>(i)))) {
        case AnswerStatus::Answered: ++c.answered; break;
        case AnswerStatus::DontKnow: ++c.dont_know; break;
        case AnswerStatus::NotApplicable: ++c.not_applicable; break;
        case AnswerStatus::Unanswered: ++c.unanswered; break;
        }
    }
    return c;
}

} // namespace systemic
