// fuzz_common.h — what the three libFuzzer targets share: a check that stops the run with a message, the
// promises every Issue keeps, the shipped questionnaires (loaded once), and result comparisons for round trips.
#pragma once

#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

#include "formats/builtin.h"
#include "formats/json_document.h"
#include "formats/questionnaire_file.h"
#include "formats/result_file.h"
#include "model/issue.h"

namespace systemic::fuzz {

// A broken promise is a finding just like a crash: print it and abort, so libFuzzer saves the input.
[[noreturn]] inline void Fail(const char* what, const char* file, int line) {
    std::fprintf(stderr, "%s:%d: fuzz check failed: %s\n", file, line, what);
    std::abort();
}
#define FUZZ_CHECK(condition) ((condition) ? (void)0 : ::systemic::fuzz::Fail(#condition, __FILE__, __LINE__))

// issue.h: a stable code, a JSON pointer ("" or "/..."), 1-based line and column or 0 when unknown.
inline void CheckIssues(const Issues& issues) {
    for (const Issue& issue : issues) {
        FUZZ_CHECK(!issue.code.empty());
        FUZZ_CHECK(issue.path.empty() || issue.path[0] == '/');
        FUZZ_CHECK(issue.line >= 0 && issue.column >= 0);
        FUZZ_CHECK((issue.line == 0) == (issue.column == 0));
        FUZZ_CHECK(!issue.message.empty());
    }
}

// ParseJson takes a fast road (nlohmann first, positions on demand); ParseJsonThorough the scanner first. Both must
// give the same document, issues and positions, for repeated keys refused and allowed.
inline void CheckParseRoads(std::string_view text) {
    for (const bool allow : {false, true}) {
        JsonLimits limits;
        limits.allow_duplicate_keys = allow;
        const JsonDocument fast = ParseJson(text, limits), thorough = ParseJsonThorough(text, limits);
        FUZZ_CHECK(fast.ok == thorough.ok);
        FUZZ_CHECK(fast.value == thorough.value);
        FUZZ_CHECK(fast.issues.size() == thorough.issues.size());
        for (std::size_t i = 0; i < fast.issues.size(); ++i) {
            const Issue &a = fast.issues[i], &b = thorough.issues[i];
            FUZZ_CHECK(a.severity == b.severity && a.code == b.code && a.path == b.path && a.line == b.line &&
                       a.column == b.column && a.message == b.message);
        }
        FUZZ_CHECK(fast.Positions() == thorough.Positions());
    }
}

// b2b, b2c, public. Loaded once per process: loading them for every input would cost more than the input itself.
inline const std::vector<Questionnaire>& Builtins() {
    static const std::vector<Questionnaire> all = [] {
        std::vector<Questionnaire> out;
        for (const BuiltinQuestionnaire& b : BuiltinQuestionnaires()) {
            QuestionnaireLoad load = LoadQuestionnaire(b.json);
            FUZZ_CHECK(load.questionnaire.has_value());
            out.push_back(std::move(*load.questionnaire));
        }
        return out;
    }();
    return all;
}

inline std::vector<const Questionnaire*> BuiltinPointers() {
    std::vector<const Questionnaire*> out;
    for (const Questionnaire& q : Builtins()) out.push_back(&q);
    return out;
}

// Everything a results file carries, bar the questionnaire's version and hash (saving records the current ones).
inline bool SameResult(const Result& a, const Result& b) {
    if (a.questionnaire_id != b.questionnaire_id || a.mode != b.mode || a.created != b.created || a.updated != b.updated) return false;
    if (a.respondent.organisation != b.respondent.organisation || a.respondent.name != b.respondent.name ||
        a.respondent.role != b.respondent.role)
        return false;
    if (a.area_points.size() != b.area_points.size() || a.answers.size() != b.answers.size()) return false;
    for (std::size_t i = 0; i < a.area_points.size(); ++i)
        if (a.area_points[i].area != b.area_points[i].area || a.area_points[i].points != b.area_points[i].points) return false;
    for (std::size_t i = 0; i < a.answers.size(); ++i) {
        const Answer &x = a.answers[i], &y = b.answers[i];
        if (x.question != y.question || x.status != y.status || x.today != y.today || x.target != y.target || x.note != y.note)
            return false;
    }
    return true;
}

// What LoadResult and DecodeResultLink promise about a result they return for questionnaire q.
inline void CheckResultShape(const Result& r, const Questionnaire& q) {
    FUZZ_CHECK(r.questionnaire_id == q.id);
    FUZZ_CHECK(r.answers.size() == q.questions.size());
    for (std::size_t i = 0; i < r.answers.size(); ++i) {
        const Answer& a = r.answers[i];
        FUZZ_CHECK(a.question == q.questions[i].id);
        FUZZ_CHECK(a.today >= 0 && a.today <= kLevelCount && a.target >= 0 && a.target <= kLevelCount);
        FUZZ_CHECK(a.status != AnswerStatus::Answered || a.today >= 1);
    }
    FUZZ_CHECK(r.area_points.empty() || r.area_points.size() == q.areas.size());
    for (std::size_t i = 0; i < r.area_points.size(); ++i) {
        FUZZ_CHECK(r.area_points[i].area == q.areas[i].id);
        FUZZ_CHECK(r.area_points[i].points >= 0 && r.area_points[i].points <= 100);
    }
    FUZZ_CHECK(RoleIndex(r.respondent.role) >= -1 && RoleIndex(r.respondent.role) < kRoleCount);
}

} // namespace systemic::fuzz
