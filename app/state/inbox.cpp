// inbox.cpp — everything that arrives from outside on purpose: opened or dropped files, the address's #fragment,
// pasted team links, stored custom questionnaires. Each input is checked by the core's loaders; anything unusable
// produces a message and changes nothing.
#include "state/inbox.h"

#include <algorithm>
#include <cstdio>
#include <functional>
#include <optional>

#include <nlohmann/json.hpp>

#include "formats/json_document.h"
#include "formats/links.h"
#include "formats/questionnaire_file.h"
#include "formats/result_file.h"
#include "state/autosave.h"

namespace systemic {

namespace {

constexpr std::size_t kShownPerBatch = 5;   // problems and notes listed after a batch of files; the rest are counted

// 12345 -> "12,345".
std::string Thousands(int n) {
    std::string digits = std::to_string(n < 0 ? -n : n), out;
    for (std::size_t i = 0; i < digits.size(); ++i) {
        if (i > 0 && (digits.size() - i) % 3 == 0) out += ',';
        out += digits[i];
    }
    return n < 0 ? "-" + out : out;
}

std::uint64_t Mix(std::uint64_t h) {   // splitmix64's finaliser: spreads every input bit over the word
    h ^= h >> 30;
    h *= 0xBF58476D1CE4E5B9ull;
    h ^= h >> 27;
    h *= 0x94D049BB133111EBull;
    return h ^ (h >> 31);
}

std::uint64_t HashText(const std::string& s) { return Mix(std::hash<std::string>{}(s)); }

// The team's fingerprint index, rebuilt when the members changed other than through AddTeamResult.
void IndexTeamResults(TeamState& team) {
    if (team.fingerprints_for == team.members.size()) return;
    team.fingerprints.clear();
    team.fingerprints.reserve(team.members.size());
    for (std::size_t i = 0; i < team.members.size(); ++i)
        team.fingerprints.emplace(TeamResultFingerprint(team.members[i].result), i);
    team.fingerprints_for = team.members.size();
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
        ReportTeamProblem(state, source + ": answers a different questionnaire (" +
                                     state.questionnaires[static_cast<size_t>(questionnaire)].title +
                                     ") from the rest of this team; not added.");
        return false;
    }
    // The same result twice (a link pasted again, a file and its link) would count one person twice. Only members
    // with the same fingerprint can be the same, so thousands of files cost one hash each, not a comparison per pair.
    IndexTeamResults(team);
    const std::uint64_t fingerprint = TeamResultFingerprint(result);
    const auto candidates = team.fingerprints.equal_range(fingerprint);
    for (auto it = candidates.first; it != candidates.second; ++it) {
        const TeamMember& m = team.members[it->second];
        if (!SameTeamResult(m.result, result)) continue;
        if (team.import.total > 0) ++team.import.duplicates;
        ReportTeamProblem(state, source + " is the same result as " + m.source + " (" + m.label +
                                     "): skipped, so nobody counts twice.", false);
        return false;
    }
    team.members.push_back({MemberLabel(result), source, result});
    team.fingerprints.emplace(fingerprint, team.members.size() - 1);
    team.fingerprints_for = team.members.size();
    team.scores_for = -1;
    team.removed.clear();
    team.removed_at = -1;
    if (!InFileBatch(state)) team.messages.push_back(source + ": added " + team.members.back().label + ".");
    return true;
}

std::uint64_t TeamResultFingerprint(const Result& r) {
    // Everything SameTeamResult compares exactly, in the same terms: the creation date is left out (a result without
    // one matches any date); areas and answers are combined by a sum of their hashes, so their order does not count;
    // zero points and unanswered questions add nothing, as absent ones.
    std::uint64_t h = Mix(HashText(r.questionnaire_id) + 0x9E3779B97F4A7C15ull * (static_cast<std::uint64_t>(r.mode) + 1));
    h = Mix(h ^ HashText(r.respondent.name));
    h = Mix(h ^ HashText(r.respondent.organisation));
    h = Mix(h ^ (static_cast<std::uint64_t>(r.respondent.role) + 0x51ull));
    std::vector<std::pair<const std::string*, int>> points;   // per area, summed as SameTeamResult does
    for (const AreaPoints& p : r.area_points) {
        auto it = std::find_if(points.begin(), points.end(), [&](const auto& e) { return *e.first == p.area; });
        if (it == points.end()) points.emplace_back(&p.area, p.points);
        else it->second += p.points;
    }
    std::uint64_t sum = 0;
    for (const auto& [area, total] : points)
        if (total != 0) sum += Mix(HashText(*area) ^ static_cast<std::uint64_t>(static_cast<std::uint32_t>(total)));
    h = Mix(h ^ sum);
    sum = 0;
    for (const Answer& a : r.answers) {
        const AnswerStatus status = EffectiveStatus(&a);
        if (status == AnswerStatus::Unanswered) continue;
        std::uint64_t level = 0;
        if (status == AnswerStatus::Answered) {
            const int target = a.target >= 1 && a.target <= kLevelCount ? a.target : a.today;
            level = static_cast<std::uint64_t>(a.today) * 16 + static_cast<std::uint64_t>(target);
        }
        sum += Mix(HashText(a.question) ^ (static_cast<std::uint64_t>(status) << 8 | level));
    }
    return Mix(h ^ sum);
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
                              " from " + Thousands(import.done) + (import.done == 1 ? " file." : " files.");
        if (import.duplicates > 0)
            summary += " " + Thousands(import.duplicates) + (import.duplicates == 1 ? " file holds" : " files hold") +
                       " a result already in the team: skipped, so nobody counts twice.";
        if (import.problems > 0)
            summary += " " + Thousands(import.problems) + (import.problems == 1 ? " file" : " files") + " could not be added.";
        if (import.noted > 0)
            summary += " " + Thousands(import.noted) + (import.noted == 1 ? " was" : " were") + " added with a note.";
        team.messages = {summary};
        team.messages.insert(team.messages.end(), import.shown.begin(), import.shown.end());
        const int unshown = import.problems + import.duplicates + import.noted - static_cast<int>(import.shown.size());
        if (unshown > 0) team.messages.push_back("... and " + Thousands(unshown) + " more like these.");
        team.messages_are_errors = import.problems > 0;
        state.announcement = summary;
    }
    import = TeamImport{};
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
    team.fingerprints_for = static_cast<std::size_t>(-1);   // indices moved: rebuilt at the next add
    team.scores_for = -1;
    // The questionnaire stays chosen while an undo is possible, so the member can come back.
}

bool UndoRemoveTeamMember(AppModel& state) {
    TeamState& team = state.team;
    if (team.removed.empty()) return false;
    const int at = std::min<int>(std::max(0, team.removed_at), static_cast<int>(team.members.size()));
    team.members.insert(team.members.begin() + at, team.removed[0]);
    team.fingerprints_for = static_cast<std::size_t>(-1);
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

namespace {

// A results file that loaded: a member of the team on the team view or in a batch of files, else the open assessment.
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
    const int duplicates_before = team.import.duplicates;
    if (!AddTeamResult(state, name, result, questionnaire)) {
        if (counting && team.import.duplicates == duplicates_before) ++team.import.problems;
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
    // The document is parsed already: read the results from it rather than parse the text again.
    ResultLoad load = LoadResult(doc, state.questionnaires[static_cast<size_t>(qi)]);
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
