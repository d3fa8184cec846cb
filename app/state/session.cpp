// session.cpp — sessions and autosave. Stored data is untrusted: every field is checked, and a record
// that cannot be read is reported, never silently replaced.
#include "state/session.h"

#include <cstdio>

#include <nlohmann/json.hpp>

#include "formats/json_document.h"
#include "formats/result_file.h"
#include "text/dates.h"

namespace systemic {

std::vector<int> AskedQuestions(const Questionnaire& q, Mode mode) {
    std::vector<int> asked;
    for (int i = 0; i < static_cast<int>(q.questions.size()); ++i)
        if (mode == Mode::Full || q.questions[static_cast<size_t>(i)].quick) asked.push_back(i);
    return asked;
}

bool IsDone(const Answer& a) {
    return (a.status == AnswerStatus::Answered && a.today > 0) || a.status == AnswerStatus::DontKnow ||
           a.status == AnswerStatus::NotApplicable;
}

int CountDone(const Result& r, const std::vector<int>& asked) {
    int n = 0;
    for (int i : asked)
        if (i >= 0 && i < static_cast<int>(r.answers.size()) && IsDone(r.answers[static_cast<size_t>(i)])) ++n;
    return n;
}

Session NewSession(const std::vector<Questionnaire>& all, int questionnaire, Mode mode, const std::string& now) {
    Session s;
    s.questionnaire = questionnaire;
    const Questionnaire& q = all[static_cast<size_t>(questionnaire)];
    s.result = NewResult(q);
    s.result.mode = mode;
    s.result.created = now;
    s.result.updated = now;
    s.asked = AskedQuestions(q, mode);
    s.screen = "questions";
    return s;
}

std::string SessionToJson(const Session& s) {
    nlohmann::json j;
    j["format"] = "systemic-session";
    j["version"] = kSessionFormatVersion;
    j["screen"] = s.screen;
    j["position"] = s.position;
    if (!s.invitation.empty()) j["invitation"] = s.invitation;
    j["result"] = nlohmann::json(ResultToJson(s.result));   // the results file as a value: same shape, keys sorted as before
    return DumpJson(j);
}

SessionRestore SessionFromJson(std::string_view text, const std::vector<Questionnaire>& all) {
    SessionRestore out;
    JsonDocument doc = ParseJson(text);
    if (!doc.ok) {
        out.problem = "the saved data is not valid JSON (" + doc.issues.front().message + ")";
        return out;
    }
    const nlohmann::json& j = doc.value;
    if (!j.is_object() || !j.contains("format") || j["format"] != "systemic-session") {
        out.problem = "the saved data is not a Systemic assessment";
        return out;
    }
    if (!j.contains("version") || !j["version"].is_number_integer()) {
        out.problem = "the saved data has no format version";
        return out;
    }
    if (j["version"].get<int>() > kSessionFormatVersion) {
        out.problem = "the saved data was written by a newer version of Systemic";
        return out;
    }
    if (!j.contains("result") || !j["result"].is_object()) {
        out.problem = "the saved data holds no answers";
        return out;
    }
    const nlohmann::json& r = j["result"];
    std::string id;
    if (r.contains("questionnaire") && r["questionnaire"].is_object() && r["questionnaire"].contains("id") &&
        r["questionnaire"]["id"].is_string())
        id = r["questionnaire"]["id"].get<std::string>();
    int qi = -1;
    for (size_t i = 0; i < all.size(); ++i)
        if (all[i].id == id) qi = static_cast<int>(i);
    if (qi < 0) {
        out.problem = id.empty() ? "the saved answers do not say which questionnaire they belong to"
                                 : "the saved answers belong to a questionnaire this page does not have (\"" + id + "\")";
        return out;
    }
    const Questionnaire& q = all[static_cast<size_t>(qi)];
    // Read in place: issue paths and positions point into the stored text itself.
    ResultLoad load = LoadResult(doc, q, "/result");
    if (!load.result) {
        for (const Issue& issue : load.issues)
            if (issue.severity == Severity::Error) {
                out.problem = "the saved answers could not be read (" + issue.path + " at line " + std::to_string(issue.line) +
                              ", column " + std::to_string(issue.column) + ": " + issue.message + ")";
                break;
            }
        if (out.problem.empty()) out.problem = "the saved answers could not be read";
        return out;
    }
    for (const Issue& issue : load.issues)
        if (issue.severity == Severity::Warning) out.notes.push_back(issue.message);
    out.session.questionnaire = qi;
    out.session.result = *load.result;
    out.session.asked = AskedQuestions(q, out.session.result.mode);
    out.session.screen = j.contains("screen") && j["screen"].is_string() ? j["screen"].get<std::string>() : "questions";
    int position = j.contains("position") && j["position"].is_number_integer() ? j["position"].get<int>() : 0;
    if (position < 0 || position >= static_cast<int>(out.session.asked.size())) position = 0;
    out.session.position = position;
    if (j.contains("invitation") && j["invitation"].is_string()) out.session.invitation = j["invitation"].get<std::string>();
    out.ok = true;
    return out;
}

void SetToday(Answer& a, int level) {
    if (level < 1 || level > kLevelCount) return;
    a.today = level;
    a.status = AnswerStatus::Answered;
}

void SetTarget(Answer& a, int level) {
    if (level < 1 || level > kLevelCount) return;
    a.target = level;
}

void ToggleStatus(Answer& a, AnswerStatus status) {
    if (a.status == status) a.status = a.today > 0 ? AnswerStatus::Answered : AnswerStatus::Unanswered;
    else a.status = status;
}

std::string AnswerSummary(const Answer& a) {
    auto label = [](int level) { return std::to_string(level) + " · " + LevelName(level); };
    if (a.status == AnswerStatus::DontKnow) return "Don't know.";
    if (a.status == AnswerStatus::NotApplicable) return "Not applicable.";
    std::string out = a.today ? "Today: " + label(a.today) + "." : "Today: not chosen.";
    out += a.target ? " In 12 months: " + label(a.target) + "." : " In 12 months: not chosen.";
    return out;
}

std::string SessionSummary(const Session& s, const std::vector<Questionnaire>& all) {
    if (s.questionnaire < 0 || s.questionnaire >= static_cast<int>(all.size())) return "";
    const Questionnaire& q = all[static_cast<size_t>(s.questionnaire)];
    char counts[64];
    std::snprintf(counts, sizeof counts, "%d of %d answered", CountDone(s.result, s.asked), static_cast<int>(s.asked.size()));
    std::string out = q.title + ", " + (s.result.mode == Mode::Quick ? "quick scan" : "full assessment") + ": " + counts;
    if (!s.result.updated.empty()) out += ", last saved " + FriendlyDate(s.result.updated);
    return out;
}

} // namespace systemic
