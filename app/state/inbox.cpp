// inbox.cpp — everything that arrives from outside on purpose: opened or dropped files, the address's #fragment,
// pasted team links, stored custom questionnaires. Each input is checked by the core's loaders; anything unusable
// produces a message and changes nothing.
#include "state/inbox.h"

#include <algorithm>
#include <cstdio>
#include <optional>

#include <nlohmann/json.hpp>

#include "formats/json_document.h"
#include "formats/links.h"
#include "formats/questionnaire_file.h"
#include "formats/result_file.h"

namespace systemic {

namespace {

constexpr std::size_t kShownPerBatch = 5;   // problems and warnings listed after a batch of files; the rest are counted

// 12345 -> "12,345".
std::string Thousands(int n) {
    std::string digits = std::to_string(n < 0 ? -n : n), out;
    for (std::size_t i = 0; i < digits.size(); ++i) {
        if (i > 0 && (digits.size() - i) % 3 == 0) out += ',';
        out += digits[i];
    }
    return n < 0 ? "-" + out : out;
}

std::vector<const Questionnaire*> Known(const AppModel& state) {
    std::vector<const Questionnaire*> known;
    for (const Questionnaire& q : state.questionnaires) known.push_back(&q);
    return known;
}

std::string FirstError(const Issues& issues) {
    for (const Issue& issue : issues)
        if (issue.severity == Severity::Error) return issue.message;
    return issues.empty() ? std::string("it could not be read") : issues.front().message;
}

std::string Located(const std::string& name, const Issues& issues, size_t max_lines = 8) {
    std::string out;
    size_t shown = 0;
    for (const Issue& issue : issues) {
        if (issue.severity != Severity::Error) continue;
        if (shown++ == max_lines) {
            out += "...\n";
            break;
        }
        out += FormatIssue(name, issue) + "\n";
    }
    return out;
}

// Opening a results file: it becomes the open assessment (after a confirmation when answers would be replaced).
void OpenResultFile(AppModel& state, const std::string& name, const Result& result, int questionnaire,
                    const std::vector<std::string>& notes) {
    state.pending_result = result;
    state.pending_name = name;
    state.chosen_questionnaire = questionnaire;
    state.restore_notes = notes;
    const bool replaces = HasSession(state) && CountDone(state.session.result, state.session.asked) > 0;
    if (replaces) state.confirm = Confirm::ReplaceWithFile;
    else state.want_open_pending = true;
}

void AddCustomQuestionnaire(AppModel& state, Host& host, const std::string& name, const std::string& text) {
    QuestionnaireLoad load = LoadQuestionnaire(text);
    if (!load.questionnaire) {
        state.file_problem = "This questionnaire has mistakes and was not loaded:\n" + Located(name, load.issues);
        return;
    }
    Questionnaire& q = *load.questionnaire;
    for (const Questionnaire& existing : state.questionnaires) {
        if (existing.id == q.id && existing.hash == q.hash) {
            state.chosen_questionnaire = FindQuestionnaire(state, q.id);
            GoTo(state, Screen::Sector);
            return;
        }
        if (existing.id == q.id) {
            state.file_problem = "A questionnaire with the id \"" + q.id + "\" is already loaded. Give the new one its own id.";
            return;
        }
    }
    int warnings = 0;
    for (const Issue& issue : load.issues) warnings += issue.severity == Severity::Warning;
    state.questionnaires.push_back(std::move(q));
    state.chosen_questionnaire = static_cast<int>(state.questionnaires.size()) - 1;
    // Kept in storage so an assessment of it can be resumed after a reload.
    nlohmann::json stored = nlohmann::json::array();
    if (auto old = host.StorageGet(kCustomQuestionnairesKey)) {
        JsonDocument doc = ParseJson(*old);
        if (doc.ok && doc.value.is_array()) stored = doc.value;
    }
    stored.push_back(text);
    host.StorageSet(kCustomQuestionnairesKey, DumpJson(stored));
    state.file_problem.clear();
    state.announcement = "Questionnaire loaded: " + state.questionnaires.back().title + ".";
    if (warnings > 0) {
        char buf[160];
        std::snprintf(buf, sizeof buf, "Loaded, with %d warning%s about coverage (see systemic validate for details).", warnings,
                      warnings == 1 ? "" : "s");
        state.announcement += std::string(" ") + buf;
    }
    GoTo(state, Screen::Sector);
}

} // namespace

int FindQuestionnaire(const AppModel& state, const std::string& id) {
    for (size_t i = 0; i < state.questionnaires.size(); ++i)
        if (state.questionnaires[i].id == id) return static_cast<int>(i);
    return -1;
}

std::string MemberLabel(const Result& r) {
    std::string out = r.respondent.name.empty() ? "Unnamed respondent" : r.respondent.name;
    if (r.respondent.role != Role::None) out += std::string(", ") + RoleLabel(r.respondent.role);
    if (!r.respondent.organisation.empty()) out += ", " + r.respondent.organisation;
    return out;
}

bool AddTeamResult(AppModel& state, const std::string& source, const Result& result, int questionnaire) {
    TeamState& team = state.team;
    if (team.members.empty()) team.questionnaire = questionnaire;
    if (team.questionnaire != questionnaire) {
        ReportTeamProblem(state, source + ": answers a different questionnaire (" +
                                     state.questionnaires[static_cast<size_t>(questionnaire)].title +
                                     ") from the rest of this team; not added.");
        return false;
    }
    team.members.push_back({MemberLabel(result), source});
    team.results.push_back(result);
    team.scores_for = -1;
    if (!InFileBatch(state)) team.messages.push_back(source + ": added " + team.members.back().label + ".");
    return true;
}

bool InFileBatch(const AppModel& state) { return state.team.import.total > 1; }

void ReportTeamProblem(AppModel& state, const std::string& line, bool error) {
    TeamState& team = state.team;
    if (!InFileBatch(state)) {
        team.messages.push_back(line);
        team.messages_are_errors = team.messages_are_errors || error;
        return;
    }
    if (team.import.shown.size() < kShownPerBatch) team.import.shown.push_back(line);
}

void BeginFiles(AppModel& state, int count) {
    TeamImport& import = state.team.import;
    import.total += std::max(count, 0);
    if (import.total > 1 && import.done == 0) {
        state.team.messages.clear();
        state.team.messages_are_errors = false;
        if (state.screen != Screen::Team) GoTo(state, Screen::Team);   // several results files make a team
    }
}

void EndFiles(AppModel& state) {
    TeamState& team = state.team;
    TeamImport& import = team.import;
    if (import.total > 1) {
        std::string summary = "Added " + Thousands(import.added) + (import.added == 1 ? " respondent" : " respondents") +
                              " from " + Thousands(import.done) + " files.";
        if (import.problems > 0)
            summary += " " + Thousands(import.problems) + (import.problems == 1 ? " file" : " files") + " could not be added.";
        if (import.noted > 0)
            summary += " " + Thousands(import.noted) + (import.noted == 1 ? " was" : " were") + " added with a note.";
        team.messages = {summary};
        team.messages.insert(team.messages.end(), import.shown.begin(), import.shown.end());
        const int unshown = import.problems + import.noted - static_cast<int>(import.shown.size());
        if (unshown > 0) team.messages.push_back("... and " + Thousands(unshown) + " more like these.");
        team.messages_are_errors = import.problems > 0;
        state.announcement = summary;
    }
    import = TeamImport{};
}

int AddTeamLinks(AppModel& state, const std::string& text) {
    state.team.messages.clear();
    state.team.messages_are_errors = false;
    int added = 0, seen = 0;
    size_t start = 0;
    const std::vector<const Questionnaire*> known = Known(state);
    while (start < text.size()) {
        size_t end = text.find_first_of(" \t\r\n", start);
        if (end == std::string::npos) end = text.size();
        const std::string word = text.substr(start, end - start);
        start = end + 1;
        if (word.empty()) continue;
        ++seen;
        char source[32];
        std::snprintf(source, sizeof source, "Link %d", seen);
        ResultLinkDecode decode = DecodeResultLink(word, known);
        if (!decode.result) {
            state.team.messages.push_back(std::string(source) + ": " + FirstError(decode.issues));
            state.team.messages_are_errors = true;
            continue;
        }
        added += AddTeamResult(state, source, *decode.result, decode.questionnaire) ? 1 : 0;
    }
    if (seen == 0) {
        state.team.messages.push_back("Paste one or more results links first, each on its own line.");
        state.team.messages_are_errors = true;
    }
    return added;
}

namespace {

// A results file that loaded: a member of the team on the team view, else the open assessment.
void ReceiveResult(AppModel& state, const std::string& name, const Result& result, int questionnaire,
                   const std::vector<std::string>& notes) {
    TeamState& team = state.team;
    if (state.screen != Screen::Team && !InFileBatch(state)) {
        OpenResultFile(state, name, result, questionnaire, notes);
        return;
    }
    if (!InFileBatch(state)) {
        if (team.messages_are_errors) team.messages.clear();
        team.messages_are_errors = false;
    }
    const bool counting = team.import.total > 0;
    if (!AddTeamResult(state, name, result, questionnaire)) {
        if (counting) ++team.import.problems;
        return;
    }
    if (counting) ++team.import.added;
    if (counting && !notes.empty()) ++team.import.noted;
    for (const std::string& note : notes) ReportTeamProblem(state, name + ": " + note, false);
}

// A file that could not be used: its message for the screen, or one line of a batch's summary.
void FileProblem(AppModel& state, const std::string& problem) {
    if (InFileBatch(state)) {
        ++state.team.import.problems;
        ReportTeamProblem(state, problem);
        return;
    }
    state.file_problem = problem;
    if (state.screen == Screen::Team) {
        state.team.messages = {state.file_problem};
        state.team.messages_are_errors = true;
    }
}

} // namespace

void ReceiveFile(AppModel& state, Host& host, const std::string& name, const std::string& text) {
    if (state.team.import.total > 0) ++state.team.import.done;
    state.file_problem.clear();
    // The quick road first: a results file exactly as Systemic writes it, for a questionnaire of this page (the first
    // one of its id, as FindQuestionnaire below picks). Anything else takes the thorough road, with its messages.
    for (size_t i = 0; i < state.questionnaires.size(); ++i) {
        if (FindQuestionnaire(state, state.questionnaires[i].id) != static_cast<int>(i)) continue;
        if (std::optional<ResultLoad> plain = LoadPlainResult(text, state.questionnaires[i])) {
            ReceiveResult(state, name, *plain->result, static_cast<int>(i), {});
            return;
        }
    }
    JsonDocument doc = ParseJson(text);
    if (!doc.ok) {
        // Not JSON: perhaps a text of results links (pasted into a file, or dropped as text).
        if (text.find("r=") != std::string::npos && !InFileBatch(state)) {
            state.team.messages.clear();
            AddTeamLinks(state, text);
            GoTo(state, Screen::Team);
            return;
        }
        FileProblem(state, name + " is not a Systemic file:\n" + Located(name, doc.issues));
        return;
    }
    if (doc.value.is_object() && doc.value.contains("questions")) {
        AddCustomQuestionnaire(state, host, name, text);
        return;
    }
    std::string id;
    if (doc.value.is_object() && doc.value.contains("questionnaire") && doc.value["questionnaire"].is_object() &&
        doc.value["questionnaire"].contains("id") && doc.value["questionnaire"]["id"].is_string())
        id = doc.value["questionnaire"]["id"].get<std::string>();
    const int qi = FindQuestionnaire(state, id);
    if (qi < 0) {
        FileProblem(state, id.empty() ? name + " is neither a Systemic results file nor a questionnaire."
                                      : name + " holds answers to a questionnaire this page does not have (\"" + id +
                                            "\"). Load that questionnaire first, then open the file again.");
        return;
    }
    ResultLoad load = LoadResultThorough(text, state.questionnaires[static_cast<size_t>(qi)]);
    if (!load.result) {
        FileProblem(state, name + " could not be opened:\n" + Located(name, load.issues));
        return;
    }
    std::vector<std::string> notes;
    for (const Issue& issue : load.issues)
        if (issue.severity == Severity::Warning) notes.push_back(issue.message);
    ReceiveResult(state, name, *load.result, qi, notes);
}

void OpenFragment(AppModel& state, Host& host, const std::string& fragment) {
    if (fragment.empty()) return;
    const LinkKind kind = DetectLinkKind(fragment);
    if (kind == LinkKind::Unknown) return;   // someone else's anchor: not ours to judge
    host.ClearFragment();                    // read once: a reload must not import it again
    if (kind == LinkKind::Invitation) {
        InvitationDecode decode = DecodeInvitation(fragment);
        if (!decode.invitation) {
            state.file_problem = "The invitation link could not be read: " + FirstError(decode.issues) +
                                 " Ask the person who sent it for a fresh link. Nothing else was changed.";
            return;
        }
        const int qi = FindQuestionnaire(state, decode.invitation->questionnaire);
        if (qi < 0) {
            state.file_problem = "The invitation asks for a questionnaire this page does not have (\"" +
                                 decode.invitation->questionnaire +
                                 "\"). Ask the consultant for the questionnaire file and load it, then open the link again.";
            return;
        }
        state.invitation = *decode.invitation;
        state.chosen_questionnaire = qi;
        state.chosen_mode = decode.invitation->mode;
        GoTo(state, Screen::Invited);
        return;
    }
    state.team.messages.clear();
    state.team.messages_are_errors = false;
    AddTeamLinks(state, fragment);
    GoTo(state, Screen::Team);
}

void LoadStoredCustomQuestionnaires(AppModel& state, Host& host) {
    auto stored = host.StorageGet(kCustomQuestionnairesKey);
    if (!stored) return;
    JsonDocument doc = ParseJson(*stored);
    if (!doc.ok || !doc.value.is_array()) return;   // unreadable: left alone in storage
    for (const nlohmann::json& item : doc.value) {
        if (!item.is_string()) continue;
        QuestionnaireLoad load = LoadQuestionnaire(item.get_ref<const std::string&>());
        if (load.questionnaire && FindQuestionnaire(state, load.questionnaire->id) < 0)
            state.questionnaires.push_back(std::move(*load.questionnaire));
    }
}

} // namespace systemic
