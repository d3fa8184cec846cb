// inbox.cpp — everything that arrives from outside on purpose: opened or dropped files, the address's #fragment,
// pasted team links, stored custom questionnaires. Each input is checked by the core's loaders; anything unusable
// produces a message and changes nothing.
#include "state/inbox.h"

#include <algorithm>
#include <cstdio>

#include <nlohmann/json.hpp>

#include "formats/json_document.h"
#include "formats/links.h"
#include "formats/questionnaire_file.h"
#include "formats/result_file.h"
#include "state/autosave.h"

namespace systemic {

namespace {

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
    // Everything the file brings waits with it: cancelling must leave the screen as it was.
    state.pending_result = result;
    state.pending_name = name;
    state.pending_questionnaire = questionnaire;
    state.pending_notes = CapNotes(notes);
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
    // Kept in storage so an assessment of it can be resumed after a reload. An unreadable list is kept as a copy
    // before it is replaced; a write that fails is said, since answers to this questionnaire then cannot be resumed
    // without opening its file again.
    const std::string title = state.questionnaires.back().title;
    nlohmann::json stored = nlohmann::json::array();
    StorageResult kept = StorageResult::Saved;
    if (auto old = host.StorageGet(kCustomQuestionnairesKey)) {
        JsonDocument doc = ParseJson(*old);
        if (doc.ok && doc.value.is_array()) stored = doc.value;
        else kept = KeepCopy(host, *old, host.Now(), nullptr);
    }
    stored.push_back(text);
    if (kept == StorageResult::Saved) kept = host.StorageSet(kCustomQuestionnairesKey, DumpJson(stored));
    state.file_problem.clear();
    state.announcement = "Questionnaire loaded: " + title + ".";
    if (kept != StorageResult::Saved) {
        state.storage_notice = "\"" + title + "\" is loaded for now, but " +
                               (kept == StorageResult::Full ? "this browser's storage is full, so it" : "this browser") +
                               " could not keep it. After a reload, open its file again to carry on with your answers "
                               "to it.";
        state.announcement += " " + state.storage_notice;
    }
    if (RetryStoredSession(state, host)) {
        state.announcement += " Your saved assessment can be resumed now.";
        return;   // opened for the saved answers waiting for it: stay where Resume is offered
    }
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
        team.messages.push_back(source + ": answers a different questionnaire (" +
                                state.questionnaires[static_cast<size_t>(questionnaire)].title +
                                ") from the rest of this team; not added.");
        team.messages_are_errors = true;
        return false;
    }
    // The same result twice (a link pasted again, a file and its link) would count one person twice.
    for (const TeamMember& m : team.members) {
        if (!SameTeamResult(m.result, result)) continue;
        team.messages.push_back(source + " is the same result as " + m.source + " (" + m.label + "): skipped, so nobody counts twice.");
        return false;
    }
    team.members.push_back({MemberLabel(result), source, result});
    team.scores_for = -1;
    team.removed.clear();
    team.removed_at = -1;
    team.messages.push_back(source + ": added " + team.members.back().label + ".");
    return true;
}

bool SameTeamResult(const Result& a, const Result& b) {
    // Notes and the update time may differ between a file and its link (a link carries no notes); what is scored may not.
    if (a.questionnaire_id != b.questionnaire_id || a.mode != b.mode) return false;
    if (a.respondent.organisation != b.respondent.organisation || a.respondent.name != b.respondent.name ||
        a.respondent.role != b.respondent.role)
        return false;
    if (!a.created.empty() && !b.created.empty() && a.created.substr(0, 10) != b.created.substr(0, 10)) return false;
    // Points: compare only the areas with points, in any order.
    auto points_of = [](const Result& r, const std::string& area) {
        int total = 0;
        for (const AreaPoints& p : r.area_points) if (p.area == area) total += p.points;
        return total;
    };
    for (const AreaPoints& p : a.area_points) if (points_of(b, p.area) != points_of(a, p.area)) return false;
    for (const AreaPoints& p : b.area_points) if (points_of(a, p.area) != points_of(b, p.area)) return false;
    // Answers by question id; an answer missing on one side is the same as an unanswered one.
    auto same = [](const Answer* x, const Answer* y) {
        const AnswerStatus sx = EffectiveStatus(x), sy = EffectiveStatus(y);
        if (sx != sy) return false;
        if (sx != AnswerStatus::Answered) return true;
        const int tx = x->target >= 1 && x->target <= kLevelCount ? x->target : x->today;
        const int ty = y->target >= 1 && y->target <= kLevelCount ? y->target : y->today;
        return x->today == y->today && tx == ty;
    };
    auto find = [](const Result& r, const std::string& id, std::size_t hint) -> const Answer* {
        if (hint < r.answers.size() && r.answers[hint].question == id) return &r.answers[hint];
        for (const Answer& x : r.answers) if (x.question == id) return &x;
        return nullptr;
    };
    for (std::size_t i = 0; i < a.answers.size(); ++i)
        if (!same(&a.answers[i], find(b, a.answers[i].question, i))) return false;
    for (std::size_t i = 0; i < b.answers.size(); ++i)
        if (!same(find(a, b.answers[i].question, i), &b.answers[i])) return false;
    return true;
}

void RemoveTeamMember(AppModel& state, int index) {
    TeamState& team = state.team;
    if (index < 0 || index >= static_cast<int>(team.members.size())) return;
    team.removed.assign(1, team.members[static_cast<size_t>(index)]);
    team.removed_at = index;
    team.messages = {team.removed[0].label + " removed."};
    team.messages_are_errors = false;
    team.members.erase(team.members.begin() + index);
    team.scores_for = -1;
    // The questionnaire stays chosen while an undo is possible, so the member can come back.
}

bool UndoRemoveTeamMember(AppModel& state) {
    TeamState& team = state.team;
    if (team.removed.empty()) return false;
    const int at = std::min<int>(std::max(0, team.removed_at), static_cast<int>(team.members.size()));
    team.members.insert(team.members.begin() + at, team.removed[0]);
    team.messages = {team.removed[0].label + " is back."};
    team.messages_are_errors = false;
    team.removed.clear();
    team.removed_at = -1;
    team.scores_for = -1;
    return true;
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

void ReceiveFile(AppModel& state, Host& host, const std::string& name, const std::string& text) {
    state.file_problem.clear();
    JsonDocument doc = ParseJson(text);
    if (!doc.ok) {
        // Not JSON: perhaps a text of results links (pasted into a file, or dropped as text).
        if (text.find("r=") != std::string::npos) {
            state.team.messages.clear();
            AddTeamLinks(state, text);
            GoTo(state, Screen::Team);
            return;
        }
        state.file_problem = name + " is not a Systemic file:\n" + Located(name, doc.issues);
        if (state.screen == Screen::Team) {
            state.team.messages = {state.file_problem};
            state.team.messages_are_errors = true;
        }
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
        state.file_problem = id.empty() ? name + " is neither a Systemic results file nor a questionnaire."
                                        : name + " holds answers to a questionnaire this page does not have (\"" + id +
                                              "\"). Load that questionnaire first, then open the file again.";
        if (state.screen == Screen::Team) {
            state.team.messages = {state.file_problem};
            state.team.messages_are_errors = true;
        }
        return;
    }
    ResultLoad load = LoadResult(text, state.questionnaires[static_cast<size_t>(qi)]);
    if (!load.result) {
        state.file_problem = name + " could not be opened:\n" + Located(name, load.issues);
        if (state.screen == Screen::Team) {
            state.team.messages = {state.file_problem};
            state.team.messages_are_errors = true;
        }
        return;
    }
    std::vector<std::string> notes;
    for (const Issue& issue : load.issues)
        if (issue.severity == Severity::Warning) notes.push_back(issue.message);
    if (state.screen == Screen::Team) {
        if (state.team.messages_are_errors) state.team.messages.clear();
        state.team.messages_are_errors = false;
        AddTeamResult(state, name, *load.result, qi);
        for (const std::string& note : notes) state.team.messages.push_back(name + ": " + note);
        return;
    }
    OpenResultFile(state, name, *load.result, qi, notes);
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

const TeamScores& RefreshTeamScores(AppModel& state) {
    TeamState& team = state.team;
    if (team.scores_for != static_cast<int>(team.members.size())) {
        std::vector<Result> results;
        for (const TeamMember& m : team.members) results.push_back(m.result);
        team.scores = AggregateTeam(state.questionnaires[static_cast<size_t>(team.questionnaire)], results);
        team.scores_for = static_cast<int>(team.members.size());
    }
    return team.scores;
}

} // namespace systemic
