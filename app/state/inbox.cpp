// inbox.cpp — everything that arrives from outside on purpose: opened or dropped files, the address's #fragment,
// pasted team links, stored custom questionnaires. Each input is checked by the core's loaders; anything unusable
// produces a message and changes nothing.
#include "state/inbox.h"

#include <algorithm>
#include <cstdio>
#include <optional>

#include <nlohmann/json.hpp>

#include "formats/file_text.h"
#include "formats/json_document.h"
#include "formats/links.h"
#include "formats/questionnaire_file.h"
#include "formats/result_file.h"
#include "state/autosave.h"
#include "state/benchmark_store.h"
#include "state/compare_store.h"
#include "state/team_store.h"

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

// Loads a custom questionnaire file; returns what went wrong, or "" when it was loaded (or already was).
std::string AddCustomQuestionnaire(AppModel& state, Host& host, const std::string& name, const std::string& text) {
    QuestionnaireLoad load = LoadQuestionnaire(text);
    if (!load.questionnaire) return "This questionnaire has mistakes and was not loaded:\n" + Located(name, load.issues);
    Questionnaire& q = *load.questionnaire;
    for (size_t i = 0; i < state.questionnaires.size(); ++i) {
        const Questionnaire& existing = state.questionnaires[i];
        if (existing.id == q.id && existing.hash == q.hash) {
            state.chosen_questionnaire = FindQuestionnaire(state, q.id);
            GoTo(state, Screen::Sector);
            return "";
        }
        if (existing.id == q.id) {
            if (static_cast<int>(i) < state.shipped_questionnaires)   // one the page shipped with (InitApp)
                return name + " was not loaded: " + BuiltinIdIssue(q.id, Severity::Error).message;
            return name + " was not loaded: a different questionnaire with the id " + Excerpt(q.id) +
                   " is already loaded. Results and links name a questionnaire by its id, so give this one an id of "
                   "its own (change \"id\" at the top of the file) and open it again.";
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
        return "";   // opened for the saved answers waiting for it: stay where Resume is offered
    }
    if (warnings > 0) {
        char buf[160];
        std::snprintf(buf, sizeof buf, "Loaded, with %d warning%s about coverage (see systemic validate for details).", warnings,
                      warnings == 1 ? "" : "s");
        state.announcement += std::string(" ") + buf;
    }
    GoTo(state, Screen::Sector);
    return "";
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

bool AddTeamResult(AppModel& state, const std::string& source, const Result& result, int questionnaire, const std::string& link) {
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
    team.members.push_back({MemberLabel(result), source, result, link});
    team.scores_for = -1;
    team.dirty = true;   // kept in this browser at the end of the frame (state/team_store.h)
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
    team.dirty = true;
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
    team.dirty = true;
    return true;
}

namespace {

// "a, b and 2 more" of the runs of words that are not links, each quoted briefly.
std::string ListOther(const std::vector<std::string>& other) {
    std::string out;
    const std::size_t shown = std::min<std::size_t>(other.size(), 3);
    for (std::size_t i = 0; i < shown; ++i) out += (i == 0 ? "" : ", ") + Excerpt(other[i], 32);
    if (other.size() > shown) out += " and " + std::to_string(other.size() - shown) + " more";
    return out;
}

// Adds the results links found in `text` to the team, appending one message per link (and one for the words that
// are not links). `source` names where they came from: "Link" for pasted text, a file name for a file of links.
int AddLinksFrom(AppModel& state, const std::string& text, const std::string& source) {
    TeamState& team = state.team;
    const PastedLinks found = FindLinks(text);
    const std::vector<const Questionnaire*> known = Known(state);
    int added = 0, number = 0;
    for (const FoundLink& link : found.links) {
        ++number;
        const std::string label = source == "Link" ? "Link " + std::to_string(number)
                                                   : source + ", link " + std::to_string(number);
        // A link that fails is quoted (briefly), so the user can tell which of the pasted words it was.
        const std::string named = label + " (" + Excerpt(link.text, 32) + ")";
        if (link.kind == LinkKind::Invitation) {
            team.messages.push_back(named + ": this is an invitation link, not a results link: open it in the address bar to "
                                            "answer the questionnaire it invites you to.");
            team.messages_are_errors = true;
            continue;
        }
        ResultLinkDecode decode = DecodeResultLink(link.text, known);
        if (!decode.result) {
            team.messages.push_back(named + ": " + FirstError(decode.issues));
            team.messages_are_errors = true;
            continue;
        }
        added += AddTeamResult(state, label, *decode.result, decode.questionnaire, link.text) ? 1 : 0;
    }
    if (found.links.empty() && found.other.empty()) {
        team.messages.push_back(source == "Link" ? std::string("Paste one or more results links first, each on its own line.")
                                                 : source + " is empty.");
        team.messages_are_errors = true;
    } else if (found.links.empty()) {
        team.messages.push_back((source == "Link" ? std::string("No results link found: ") : source + " holds no results link: ") +
                                ListOther(found.other) + (found.other.size() == 1 && found.other[0].find_first_of(" \t\r\n") == std::string::npos ? " is" : " are") +
                                " not a link. A results link holds \"#r=\" followed by letters and digits: copy the whole link.");
        team.messages_are_errors = true;
    } else if (!found.other.empty()) {
        team.messages.push_back("Not a link, left out: " + ListOther(found.other) + ".");
    }
    return added;
}

// A file name for messages: long names are cut, control characters shown as '?'.
std::string ShownName(const std::string& name) {
    const std::string quoted = Excerpt(name.empty() ? std::string("file") : name, 80);
    return quoted.substr(1, quoted.size() - 2);
}

// One problem with one file: on the team screen it joins the batch's messages, on the results screen (where files are
// benchmarks opened from its "Compared with other businesses" section) that section's message, elsewhere the file problem.
void FileProblem(AppModel& state, const std::string& problem) {
    if (state.screen == Screen::Team) {
        state.team.messages.push_back(problem);
        state.team.messages_are_errors = true;
        return;
    }
    if (state.screen == Screen::Results) {
        state.benchmark.message = problem;
        state.benchmark.message_is_error = true;
        state.announcement = problem;
        return;
    }
    if (!state.file_problem.empty()) state.file_problem += "\n";
    state.file_problem += problem;
}

// A benchmark file, wherever it arrives (state/benchmark_store.h). The results screen shows what happened in its
// benchmark section; the team view in its messages; any other screen in the notice every screen shows, which says
// where the comparison is.
void ReceiveBenchmark(AppModel& state, Host& host, const std::string& name, const std::string& text) {
    const bool opened = OpenBenchmarkFile(state, host, name, text);
    BenchmarkState& b = state.benchmark;
    std::string said = b.message;
    if (opened) {
        said = "Opened " + name + ": " + BenchmarkSummary(*b.open) + "." + (b.message.empty() ? std::string() : " " + b.message);
        if (state.screen != Screen::Results) said += " Your results screen shows where each area stands against it.";
    }
    if (state.screen == Screen::Results) {
        state.announcement = said;
        return;
    }
    if (!opened) b.message.clear();   // said here: not again on the results screen
    if (state.screen == Screen::Team) {
        state.team.messages.push_back(said);
        state.team.messages_are_errors = state.team.messages_are_errors || !opened;
        return;
    }
    state.storage_notice = said;
    state.announcement = said;
}

void ReceiveOne(AppModel& state, Host& host, const IncomingFile& file) {
    const std::string name = ShownName(file.name);
    if (file.unreadable) {
        FileProblem(state, name + " could not be read: it may have been moved or deleted; open it again.");
        return;
    }
    if (file.refused_size > 0) {
        FileProblem(state, name + " was not opened: " + FileTooLarge(file.refused_size).message + ".");
        return;
    }
    const FileText decoded = DecodeFileText(file.bytes);
    if (!decoded.ok) {
        FileProblem(state, name + " was not opened:\n" + Located(name, decoded.issues));
        return;
    }
    const std::string& text = decoded.text;
    const std::size_t first = text.find_first_not_of(" \t\r\n");
    if (first == std::string::npos) {
        FileProblem(state, name + " is empty.");
        return;
    }
    // JSON or a text of links, decided by the whole content: a broken JSON file stays a JSON file even when a
    // note in it says "r=".
    if (text[first] != '{' && text[first] != '[') {
        if (FindLinks(text).links.empty()) {
            JsonDocument doc = ParseJson(text);   // for a located message about the first character
            FileProblem(state, name + " is not a Systemic file: it is neither a results file, a questionnaire nor a list of "
                                      "results links.\n" + Located(name, doc.issues, 3));
            return;
        }
        if (state.screen != Screen::Team) {
            state.team.messages.clear();
            state.team.messages_are_errors = false;
        }
        AddLinksFrom(state, text, name);
        GoTo(state, Screen::Team);
        return;
    }
    JsonDocument doc = ParseJson(text);
    if (!doc.ok) {
        FileProblem(state, name + " is not a Systemic file:\n" + Located(name, doc.issues));
        return;
    }
    if (doc.value.is_object() && doc.value.contains("kind") && doc.value["kind"] == "systemic-benchmark") {
        ReceiveBenchmark(state, host, name, text);
        return;
    }
    if (doc.value.is_object() && doc.value.contains("format") && doc.value["format"] == kTeamFormat) {
        // A team view's record, as a kept copy downloads it (state/team_store.h): its respondents join the team view.
        const TeamRestore restore = TeamRecordFromJson(text, state.questionnaires);
        if (!restore.ok) {
            FileProblem(state, name + " is a team view this page cannot read: " + restore.problem + ".");
            return;
        }
        if (state.screen != Screen::Team) {
            state.team.messages.clear();
            state.team.messages_are_errors = false;
        }
        for (const TeamMember& m : restore.members)
            AddTeamResult(state, name + ", " + m.source, m.result, restore.questionnaire, m.link);
        if (restore.unread > 0) {
            state.team.messages.push_back(name + ": " + std::to_string(restore.unread) + " could not be read (" + restore.problem + ").");
            state.team.messages_are_errors = true;
        }
        if (restore.members.empty() && restore.unread == 0) state.team.messages.push_back(name + " holds an empty team.");
        GoTo(state, Screen::Team);
        return;
    }
    if (doc.value.is_object() && doc.value.contains("questions")) {
        const std::string problem = AddCustomQuestionnaire(state, host, name, text);
        if (!problem.empty()) FileProblem(state, problem);
        return;
    }
    std::string id;
    if (doc.value.is_object() && doc.value.contains("questionnaire") && doc.value["questionnaire"].is_object() &&
        doc.value["questionnaire"].contains("id") && doc.value["questionnaire"]["id"].is_string())
        id = doc.value["questionnaire"]["id"].get<std::string>();
    const int qi = FindQuestionnaire(state, id);
    if (qi < 0) {
        FileProblem(state, id.empty() ? name + " is neither a Systemic results file nor a questionnaire."
                                      : name + " holds answers to a questionnaire this page does not have (" + Excerpt(id) +
                                            "). Load that questionnaire first, then open the file again.");
        return;
    }
    ResultLoad load = LoadResult(text, state.questionnaires[static_cast<size_t>(qi)]);
    if (!load.result) {
        FileProblem(state, name + " could not be opened:\n" + Located(name, load.issues));
        return;
    }
    std::vector<std::string> notes;
    for (const Issue& issue : load.issues)
        if (issue.severity == Severity::Warning) notes.push_back(issue.message);
    if (state.screen == Screen::Team) {
        AddTeamResult(state, name, *load.result, qi);
        for (const std::string& note : notes) state.team.messages.push_back(name + ": " + note);
        return;
    }
    OpenResultFile(state, name, *load.result, qi, notes);
}

// A file chosen with "Compare with an earlier result": it becomes the earlier side of the comparison, never the open
// assessment (state/compare_store.h). An empty batch is the picker closed without a file.
void ReceiveEarlier(AppModel& state, Host& host, const std::vector<IncomingFile>& files) {
    if (files.empty()) {
        PickEarlierCancelled(state);
        return;
    }
    state.earlier.picking = false;
    const IncomingFile& file = files.front();
    const std::string name = ShownName(file.name);
    std::string problem;
    if (files.size() > 1) {
        problem = std::to_string(files.size()) + " files were chosen: compare with one earlier result at a time.";
    } else if (file.unreadable) {
        problem = name + " could not be read: it may have been moved or deleted; choose it again.";
    } else if (file.refused_size > 0) {
        problem = name + " was not opened: " + FileTooLarge(file.refused_size).message + ".";
    } else {
        const FileText decoded = DecodeFileText(file.bytes);
        if (decoded.ok) {
            OpenEarlierFile(state, host, name, decoded.text);
            return;
        }
        problem = name + " was not opened:\n" + Located(name, decoded.issues);
        while (!problem.empty() && problem.back() == '\n') problem.pop_back();
    }
    state.earlier.problem = problem + "\nNothing was changed.";
    state.earlier.message.clear();
    state.announcement = state.earlier.problem;
}

} // namespace

int AddTeamLinks(AppModel& state, const std::string& text) {
    state.team.messages.clear();
    state.team.messages_are_errors = false;
    return AddLinksFrom(state, text, "Link");
}

void ReceiveFiles(AppModel& state, Host& host, const std::vector<IncomingFile>& files) {
    // Chosen for the comparison: the earlier side, whatever the file holds (a results file replaces nothing here).
    if (state.earlier.picking) {
        ReceiveEarlier(state, host, files);
        return;
    }
    if (files.empty()) return;   // a picker closed without a file: nothing arrived, nothing changes
    // A batch starts afresh: its messages replace the last batch's, and none of its own is dropped.
    state.file_problem.clear();
    if (state.screen == Screen::Team) {
        state.team.messages.clear();
        state.team.messages_are_errors = false;
    }
    for (const IncomingFile& file : files) ReceiveOne(state, host, file);
}

void ReceiveFile(AppModel& state, Host& host, const std::string& name, const std::string& bytes) {
    ReceiveFiles(state, host, {IncomingFile{name, bytes, 0, false}});
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
            state.file_problem = "The invitation asks for a questionnaire this page does not have (" +
                                 Excerpt(decode.invitation->questionnaire) +
                                 "). Ask the consultant for the questionnaire file and load it, then open the link again.";
            return;
        }
        state.invitation = *decode.invitation;
        OpenInvitationBenchmark(state, host, fragment, state.questionnaires[static_cast<size_t>(qi)]);   // never refuses the invitation
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
