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
#include "text/numbers.h"
#include "state/autosave.h"
#include "state/benchmark_store.h"
#include "state/compare_store.h"
#include "state/team_store.h"

namespace systemic {

namespace {

constexpr std::size_t kReasonsShown = 5;      // refused files listed by name after a summed-up batch; the rest counted

// What happened to one result or file, for the team view's messages: said as it is in a small batch, counted for the
// summary in a large one (FileBatch).
enum class Said { Added, Duplicate, Refused, Note, Other };

void TeamSay(AppModel& state, Said kind, const std::string& line) {
    FileBatch& batch = state.incoming;
    if (!batch.summarised) {
        state.team.messages.push_back(line);
        if (kind == Said::Refused) state.team.messages_are_errors = true;
        return;
    }
    switch (kind) {
    case Said::Added: ++batch.added; return;
    case Said::Duplicate: ++batch.duplicates; return;
    case Said::Note: ++batch.noted; break;
    case Said::Refused: ++batch.refused; break;
    case Said::Other: ++batch.other; break;
    }
    if (batch.reasons.size() < kReasonsShown) batch.reasons.push_back(line);
}

// The team's fingerprint index, rebuilt when the members changed other than by AddTeamResult.
void IndexTeam(TeamState& team) {
    if (!team.index_stale && team.index.size() == team.members.size()) return;
    team.index.Clear();
    team.index.Reserve(team.members.size());
    for (std::size_t i = 0; i < team.members.size(); ++i) team.index.Add(TeamResultFingerprint(team.members[i].result), i);
    team.index_stale = false;
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
        TeamSay(state, Said::Refused, source + ": answers a different questionnaire (" +
                                          state.questionnaires[static_cast<size_t>(questionnaire)].title +
                                          ") from the rest of this team; not added.");
        return false;
    }
    // The same result twice (a link pasted again, a file and its link) would count one person twice. Only members with
    // the same fingerprint can be the same (state/team_index.h): thousands of files cost a hash each, not a comparison
    // with every member.
    IndexTeam(team);
    const std::uint64_t fingerprint = TeamResultFingerprint(result);
    const long same = team.index.Find(fingerprint, result, [&](std::size_t i) -> const Result& { return team.members[i].result; });
    if (same >= 0) {
        const TeamMember& m = team.members[static_cast<size_t>(same)];
        TeamSay(state, Said::Duplicate, source + " is the same result as " + m.source + " (" + m.label + "): skipped, so nobody counts twice.");
        return false;
    }
    team.members.push_back({MemberLabel(result), source, result, link});
    team.index.Add(fingerprint, team.members.size() - 1);
    team.scores_for = -1;
    team.dirty = true;   // kept in this browser at the end of the frame (state/team_store.h), or of the batch of files
    team.removed.clear();
    team.removed_at = -1;
    TeamSay(state, Said::Added, source + ": added " + team.members.back().label + ".");
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
    team.index_stale = true;   // positions moved: rebuilt at the next add
    team.scores_for = -1;
    team.dirty = true;
    // The questionnaire stays chosen while an undo is possible, so the member can come back.
}

bool UndoRemoveTeamMember(AppModel& state) {
    TeamState& team = state.team;
    if (team.removed.empty()) return false;
    const int at = std::min<int>(std::max(0, team.removed_at), static_cast<int>(team.members.size()));
    team.members.insert(team.members.begin() + at, team.removed[0]);
    team.index_stale = true;
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
            TeamSay(state, Said::Refused, named + ": this is an invitation link, not a results link: open it in the address "
                                                  "bar to answer the questionnaire it invites you to.");
            continue;
        }
        ResultLinkDecode decode = DecodeResultLink(link.text, known);
        if (!decode.result) {
            TeamSay(state, Said::Refused, named + ": " + FirstError(decode.issues));
            continue;
        }
        added += AddTeamResult(state, label, *decode.result, decode.questionnaire, link.text) ? 1 : 0;
    }
    if (found.links.empty() && found.other.empty()) {
        TeamSay(state, Said::Refused, source == "Link" ? std::string("Paste one or more results links first, each on its own line.")
                                                       : source + " is empty.");
    } else if (found.links.empty()) {
        TeamSay(state, Said::Refused,
                (source == "Link" ? std::string("No results link found: ") : source + " holds no results link: ") +
                    ListOther(found.other) + (found.other.size() == 1 && found.other[0].find_first_of(" \t\r\n") == std::string::npos ? " is" : " are") +
                    " not a link. A results link holds \"#r=\" followed by letters and digits: copy the whole link.");
    } else if (!found.other.empty()) {
        TeamSay(state, Said::Note, (source == "Link" ? std::string() : source + ": ") + "Not a link, left out: " + ListOther(found.other) + ".");
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
    if (state.screen == Screen::Team || state.incoming.summarised) {
        std::string line = problem;
        while (!line.empty() && line.back() == '\n') line.pop_back();
        TeamSay(state, Said::Refused, line);
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
    if (state.screen == Screen::Team || state.incoming.summarised) {
        TeamSay(state, opened ? Said::Other : Said::Refused, said);
        return;
    }
    state.storage_notice = said;
    state.announcement = said;
}

// A results file read (by either road): joins the team view in a large batch or on the team screen, else opens as the
// current assessment (OpenResultFile); refused with its located issues when it could not be read.
void TakeResultLoad(AppModel& state, const std::string& name, ResultLoad load, int qi) {
    if (!load.result) {
        FileProblem(state, name + " could not be opened:\n" + Located(name, load.issues));
        return;
    }
    std::vector<std::string> notes;
    for (const Issue& issue : load.issues)
        if (issue.severity == Severity::Warning) notes.push_back(issue.message);
    if (state.screen == Screen::Team || state.incoming.summarised) {
        // A large batch joins the team whatever the screen: thousands of results files are a team, not one assessment.
        const bool added = AddTeamResult(state, name, *load.result, qi);
        if (!state.incoming.summarised) {
            for (const std::string& note : notes) TeamSay(state, Said::Note, name + ": " + note);
        } else if (added && !notes.empty()) {
            TeamSay(state, Said::Note, name + ": " + notes.front());   // one line per file in a summary
        }
        return;
    }
    OpenResultFile(state, name, *load.result, qi, notes);
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
        if (state.screen != Screen::Team && !state.incoming.summarised) {
            state.team.messages.clear();
            state.team.messages_are_errors = false;
        }
        AddLinksFrom(state, text, name);
        GoTo(state, Screen::Team);
        return;
    }
    // A results file as Systemic writes it (the bulk of a consultant's batch of thousands) takes the plain road: one
    // pass, no JSON tree (formats/result_file.h, LoadPlainResult), the same ResultLoad the whole parse below gives.
    // It gives up at once on another questionnaire's header, and on anything it does not take whole.
    for (std::size_t qi = 0; qi < state.questionnaires.size(); ++qi) {
        if (std::optional<ResultLoad> plain = LoadPlainResult(text, state.questionnaires[qi])) {
            TakeResultLoad(state, name, std::move(*plain), static_cast<int>(qi));
            return;
        }
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
        if (state.screen != Screen::Team && !state.incoming.summarised) {
            state.team.messages.clear();
            state.team.messages_are_errors = false;
        }
        for (const TeamMember& m : restore.members)
            AddTeamResult(state, name + ", " + m.source, m.result, restore.questionnaire, m.link);
        if (restore.unread > 0)
            TeamSay(state, Said::Refused, name + ": " + std::to_string(restore.unread) + " could not be read (" + restore.problem + ").");
        if (restore.members.empty() && restore.unread == 0) TeamSay(state, Said::Note, name + " holds an empty team.");
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
    // The document is parsed already: the results are read from it, not from the text again.
    TakeResultLoad(state, name, LoadResult(doc, state.questionnaires[static_cast<size_t>(qi)]), qi);
}

// A file chosen with "Compare with an earlier result": it becomes the earlier side of the comparison, never the open
// assessment (state/compare_store.h). An empty batch is the picker closed without a file.
void ReceiveEarlier(AppModel& state, Host& host, const IncomingFile* first, int count) {
    if (!first || count <= 0) {
        PickEarlierCancelled(state);
        return;
    }
    state.earlier.picking = false;
    const IncomingFile& file = *first;
    const std::string name = ShownName(file.name);
    std::string problem;
    if (count > 1) {
        problem = FormatCount(count) + " files were chosen: compare with one earlier result at a time.";
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

void BeginFiles(AppModel& state, int count) {
    FileBatch& batch = state.incoming;
    count = std::max(count, 0);
    if (batch.total > 0) {
        // Another drop while one is under way: the same batch grows (platform.js hands the files over in order).
        batch.total += count;
        if (!batch.earlier && !batch.summarised && batch.total > kFilesSaidOneByOne) batch.summarised = true;
        return;
    }
    batch = FileBatch{};
    batch.total = count;
    // Chosen for the comparison: the earlier side, whatever the file holds (a results file replaces nothing here).
    batch.earlier = state.earlier.picking;
    if (batch.earlier || count == 0) return;
    // A batch starts afresh: its messages replace the last batch's, and none of its own is dropped.
    state.file_problem.clear();
    batch.summarised = count > kFilesSaidOneByOne;
    if (state.screen == Screen::Team || batch.summarised) {
        state.team.messages.clear();
        state.team.messages_are_errors = false;
    }
    if (batch.summarised && state.screen != Screen::Team) GoTo(state, Screen::Team);   // where the progress shows
}

void ReceiveBatchFile(AppModel& state, Host& host, IncomingFile file) {
    FileBatch& batch = state.incoming;
    if (batch.total <= 0) BeginFiles(state, 1);   // a file without BeginFiles is a batch of its own
    ++batch.done;
    if (batch.earlier) {
        if (batch.held.empty()) batch.held.push_back(std::move(file));
        return;
    }
    ReceiveOne(state, host, file);
}

void EndFiles(AppModel& state, Host& host) {
    FileBatch& batch = state.incoming;
    const bool earlier = batch.earlier || (batch.total <= 0 && state.earlier.picking);
    if (earlier) {
        const FileBatch ended = std::move(batch);
        batch = FileBatch{};
        ReceiveEarlier(state, host, ended.held.empty() ? nullptr : &ended.held.front(), ended.done);
        return;
    }
    if (batch.summarised) {
        TeamState& team = state.team;
        std::string summary = "Added " + FormatCount(batch.added) + (batch.added == 1 ? " person" : " people") +
                              " from " + FormatCount(batch.done) + (batch.done == 1 ? " file." : " files.");
        if (batch.duplicates > 0)
            summary += " Skipped " + FormatCount(batch.duplicates) + (batch.duplicates == 1 ? " duplicate" : " duplicates") +
                       " (the same result was already in the team), so nobody counts twice.";
        if (batch.refused > 0) {
            const int listed = std::min<int>(batch.refused, static_cast<int>(kReasonsShown));
            summary += " Refused " + FormatCount(batch.refused) + (batch.refused == 1 ? " file" : " files") +
                       (batch.refused == 1 ? "; the reason is below." : batch.refused <= listed ? "; the reasons are below."
                                                                         : "; the first " + std::to_string(listed) + " reasons are below.");
        }
        if (batch.noted > 0)
            summary += " " + FormatCount(batch.noted) + (batch.noted == 1 ? " file was" : " files were") + " added with a note.";
        team.messages = {summary};
        team.messages.insert(team.messages.end(), batch.reasons.begin(), batch.reasons.end());
        const int unlisted = batch.refused + batch.noted + batch.other - static_cast<int>(batch.reasons.size());
        if (unlisted > 0) team.messages.push_back("... and " + FormatCount(unlisted) + " more, not listed here.");
        team.messages_are_errors = batch.refused > 0;
        state.announcement = summary;
        if (state.screen != Screen::Team || state.want_screen_change) GoTo(state, Screen::Team);
    }
    batch = FileBatch{};
}

bool InFileBatch(const AppModel& state) { return state.incoming.summarised; }

void ShowFileProgress(AppModel& state) {
    FileBatch& batch = state.incoming;
    batch.shown_done = batch.done;
    batch.shown_added = batch.added;
    batch.shown_skipped = batch.duplicates + batch.refused;
}

void ReceiveFiles(AppModel& state, Host& host, const std::vector<IncomingFile>& files) {
    BeginFiles(state, static_cast<int>(files.size()));
    for (const IncomingFile& file : files) ReceiveBatchFile(state, host, file);
    EndFiles(state, host);
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
