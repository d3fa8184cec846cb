// session.cpp — sessions and autosave. Stored data is untrusted: every field is checked, and a record
// that cannot be read is reported, never silently replaced.
#include "state/session.h"

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <optional>
#include <utility>

#include <nlohmann/json.hpp>

#include "formats/json_document.h"
#include "formats/json_reader.h"
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

std::string SessionToJson(const Session& s, int revision, const std::string& writer) {
    nlohmann::json j;
    j["format"] = "systemic-session";
    j["version"] = kSessionFormatVersion;
    if (!s.id.empty()) j["id"] = s.id;
    j["revision"] = revision;
    if (!writer.empty()) j["writer"] = writer;
    j["screen"] = s.screen;
    j["position"] = s.position;
    if (!s.invitation.empty()) j["invitation"] = s.invitation;
    j["result"] = nlohmann::json(ResultToJson(s.result));   // the results file as a value: same shape, keys sorted as before
    return DumpJson(j);
}

namespace {

// The generic faults of the autosave record, worded by JsonReader as in every other document (docs/errors.md).
constexpr JsonCodes kSessionCodes{"session.missing_field", "session.wrong_type", "session.out_of_range", nullptr};

// The first Error as plain words for the person; `problem` is what the page shows.
SessionRestore Fail(SessionRestore out, std::string problem) {
    out.problem = std::move(problem);
    return out;
}

} // namespace

SessionRestore SessionFromJson(std::string_view text, const std::vector<Questionnaire>& all) {
    SessionRestore out;
    JsonDocument doc = ParseJson(text);
    if (!doc.ok) {
        out.issues = doc.issues;
        return Fail(std::move(out), "the saved data is not valid JSON (" + doc.issues.front().message + ")");
    }
    JsonReader reader(doc, kSessionCodes, out.issues);
    reader.null_is_absent = true;
    const nlohmann::json& j = doc.value;
    const nlohmann::json* format = j.is_object() ? reader.Member(j, "", "format", false) : nullptr;
    if (!format || *format != "systemic-session") {
        reader.Error("session.not_session", format ? "/format" : "", "this is not a saved Systemic assessment");
        return Fail(std::move(out), "the saved data is not a Systemic assessment");
    }
    const nlohmann::json* version = reader.Member(j, "", "version", true);
    if (!version || !reader.Is(*version, "/version", JsonKind::WholeNumber))
        return Fail(std::move(out), "the saved data has no format version");
    if (version->is_number_unsigned() && version->get<std::uint64_t>() > static_cast<std::uint64_t>(kSessionFormatVersion)) {
        reader.Error("session.newer_version", "/version",
                     "format version " + DumpJson(*version) + " was written by a newer version of Systemic (this one reads " +
                         std::to_string(kSessionFormatVersion) + ")");
        return Fail(std::move(out), "the saved data was written by a newer version of Systemic");
    }
    if (version->get<std::int64_t>() < 1) {   // what is left: whole numbers up to kSessionFormatVersion
        reader.Error("session.out_of_range", "/version", "expected a format version of 1 or more, found " + DumpJson(*version));
        return Fail(std::move(out), "the saved data has no format version");
    }
    const nlohmann::json* r = reader.Member(j, "", "result", true);
    if (!r || !reader.Is(*r, "/result", JsonKind::Object, "a results file: a JSON object { ... }"))
        return Fail(std::move(out), "the saved data holds no answers");
    std::string id;
    if (const nlohmann::json* qo = reader.Member(*r, "/result", "questionnaire", false); qo && qo->is_object())
        if (const std::string* stored_id = reader.Text(*qo, "/result/questionnaire", "id", false)) id = *stored_id;
    int qi = -1;
    for (size_t i = 0; i < all.size(); ++i)
        if (all[i].id == id) qi = static_cast<int>(i);
    if (qi < 0) {
        out.missing_questionnaire = id;
        reader.Error("session.unknown_questionnaire", "/result/questionnaire/id",
                     id.empty() ? "the saved answers do not say which questionnaire they belong to"
                                : "no questionnaire on this page has the id \"" + id + "\"");
        return Fail(std::move(out), id.empty() ? "the saved answers do not say which questionnaire they belong to"
                                               : "the saved answers belong to a questionnaire this page does not have (\"" + id + "\")");
    }
    const Questionnaire& q = all[static_cast<size_t>(qi)];
    // Read in place: issue paths and positions point into the stored text itself.
    ResultLoad load = LoadResult(doc, q, "/result");
    for (const Issue& issue : load.issues)
        if (issue.severity == Severity::Error) out.issues.push_back(issue);
    if (!load.result) {
        for (const Issue& issue : load.issues)
            if (issue.severity == Severity::Error)
                return Fail(std::move(out), "the saved answers could not be read (" + issue.path + " at line " + std::to_string(issue.line) +
                                                ", column " + std::to_string(issue.column) + ": " + issue.message + ")");
        return Fail(std::move(out), "the saved answers could not be read");
    }
    for (const Issue& issue : load.issues)
        if (issue.severity == Severity::Warning) out.notes.push_back(issue.message);
    out.notes = CapNotes(std::move(out.notes));
    out.session.questionnaire = qi;
    out.session.result = *load.result;
    out.session.asked = AskedQuestions(q, out.session.result.mode);
    // Where the person was: best effort. A wrong type here loses only the place, never the answers.
    out.session.screen = j.contains("screen") && j["screen"].is_string() ? j["screen"].get<std::string>() : "questions";
    int position = j.contains("position") && j["position"].is_number_integer() ? j["position"].get<int>() : 0;
    if (position < 0 || position >= static_cast<int>(out.session.asked.size())) position = 0;
    out.session.position = position;
    if (j.contains("invitation") && j["invitation"].is_string()) out.session.invitation = j["invitation"].get<std::string>();
    // Records written before ids existed: every tab derives the same id from what the record says.
    out.session.id = j.contains("id") && j["id"].is_string() ? j["id"].get<std::string>()
                                                             : q.id + "/" + ModeName(out.session.result.mode) + "/" + out.session.result.created;
    if (j.contains("revision") && j["revision"].is_number_integer()) {
        const long long revision = j["revision"].get<long long>();
        out.revision = revision < 0 ? 0 : revision > 1000000000 ? 1000000000 : static_cast<int>(revision);
    }
    if (j.contains("writer") && j["writer"].is_string()) out.writer = j["writer"].get<std::string>().substr(0, 64);
    out.ok = true;
    return out;
}

std::vector<std::string> CapNotes(std::vector<std::string> notes) {
    if (notes.size() <= kMaxNotes) return notes;
    const size_t more = notes.size() - (kMaxNotes - 1);
    notes.resize(kMaxNotes - 1);
    char buf[96];
    std::snprintf(buf, sizeof buf, "... and %zu more like these.", more);
    notes.emplace_back(buf);
    return notes;
}

bool SameAnswer(const Answer& a, const Answer& b) {
    return a.today == b.today && a.target == b.target && a.status == b.status && a.note == b.note;
}

namespace {

bool SameRespondent(const Respondent& a, const Respondent& b) {
    return a.organisation == b.organisation && a.name == b.name && a.role == b.role;
}

bool SamePoints(const std::vector<AreaPoints>& a, const std::vector<AreaPoints>& b) {
    if (a.size() != b.size()) return false;
    for (size_t i = 0; i < a.size(); ++i)
        if (a[i].area != b[i].area || a[i].points != b[i].points) return false;
    return true;
}

// One unit of the three-way merge: returns mine or theirs and counts what happened.
template <typename T, typename Same>
const T& Pick(const T& base, const T& mine, const T& theirs, bool prefer_theirs, Same same, Merge& m, const std::string& name) {
    if (same(mine, theirs)) return theirs;
    const bool mine_changed = !same(mine, base), theirs_changed = !same(theirs, base);
    if (mine_changed && theirs_changed) m.both_changed.push_back(name);
    const bool take_mine = mine_changed && (!theirs_changed || !prefer_theirs);
    ++(take_mine ? m.from_mine : m.from_theirs);
    return take_mine ? mine : theirs;
}

} // namespace

Merge MergeResults(const Result& base, const Result& mine, const Result& theirs, bool prefer_theirs) {
    Merge m;
    m.result = theirs;
    const size_t n = theirs.answers.size();
    if (mine.answers.size() != n || base.answers.size() != n) {
        m.from_theirs = 1;
        return m;
    }
    for (size_t i = 0; i < n; ++i) {
        const Answer &b = base.answers[i], &a = mine.answers[i], &t = theirs.answers[i];
        if (a.question != t.question || b.question != t.question) continue;   // not the same question: theirs stands
        m.result.answers[i] = Pick(b, a, t, prefer_theirs, SameAnswer, m, t.question);
    }
    m.result.respondent = Pick(base.respondent, mine.respondent, theirs.respondent, prefer_theirs, SameRespondent, m, "about you");
    m.result.area_points = Pick(base.area_points, mine.area_points, theirs.area_points, prefer_theirs, SamePoints, m, "priorities");
    m.result.updated = std::max(mine.updated, theirs.updated);
    return m;
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
