// team_store.cpp — the team view's record in storage: written when the team changes, read at start-up, merged with
// other tabs' changes, kept aside when unreadable (state/team_store.h). The checks and the kept copies are the
// answers' own (state/autosave.h): this file only knows what a team record holds.
#include "state/team_store.h"

#include <algorithm>

#include <nlohmann/json.hpp>

#include "formats/json_document.h"
#include "formats/links.h"
#include "formats/result_file.h"
#include "state/autosave.h"
#include "state/inbox.h"
#include "text/numbers.h"

namespace systemic {

namespace {

TeamRestore Fail(TeamRestore out, std::string problem) {
    out.ok = false;
    out.members.clear();
    out.problem = std::move(problem);
    return out;
}

const Result& ResultOf(const Result& r) { return r; }
const Result& ResultOf(const TeamMember& m) { return m.result; }

// "Does this list hold the same result?" by fingerprint (state/team_index.h): a team of thousands merges in O(n), not
// O(n^2). The list must outlive the finder and change only by push_back followed by Added().
template <class Item>
class Finder {
  public:
    explicit Finder(const std::vector<Item>& items) : items_(items) {
        index_.Reserve(items.size());
        for (std::size_t i = 0; i < items.size(); ++i) index_.Add(TeamResultFingerprint(ResultOf(items[i])), i);
    }
    bool Holds(const Result& r) const {
        return index_.Find(TeamResultFingerprint(r), r, [&](std::size_t i) -> const Result& { return ResultOf(items_[i]); }) >= 0;
    }
    void Added() { index_.Add(TeamResultFingerprint(ResultOf(items_.back())), items_.size() - 1); }

  private:
    const std::vector<Item>& items_;
    ResultIndex index_;
};

std::vector<Result> ResultsOf(const std::vector<TeamMember>& members) {
    std::vector<Result> out;
    for (const TeamMember& m : members) out.push_back(m.result);
    return out;
}

std::string People(size_t n) { return std::to_string(n) + (n == 1 ? " respondent" : " respondents"); }

void Notice(AppModel& state, const std::string& text) {
    state.storage_notice = text;
    state.announcement = text;
}

// Stored team data this page cannot read (in whole or in part) is kept as a copy before anything replaces it.
// Returns true when it is kept (or was already); false, with a message, when it must stay where it is.
bool KeepUnreadable(AppModel& state, Host& host, const std::string& text, const std::string& what) {
    const bool kept = KeepUnreadableAside(state, host, text, what, "so it stays where it is and the team view is not being saved over it");
    state.team.stored_unreadable = !kept;
    return kept;
}

// Takes another tab's stored team (`current`) into this tab's: a three-way merge against what this tab last saw
// (team.base). A respondent stays unless one side removed it; each side's additions are kept, theirs first, so both
// tabs list the same order. `theirs_newer` only changes the words. Returns false when the stored data must not be
// written over (unreadable, and no copy of it could be kept).
bool TakeInTeam(AppModel& state, Host& host, const std::optional<std::string>& current, bool theirs_newer) {
    TeamState& team = state.team;
    TeamRestore theirs;
    theirs.ok = true;
    if (current) {
        theirs = TeamRecordFromJson(*current, state.questionnaires);
        if (!theirs.ok || theirs.unread > 0) {
            const std::string what = !theirs.ok
                ? "Another tab or window stored a team view this page cannot read (" + theirs.problem + ")."
                : "Another tab or window stored a team view in which " + People(static_cast<size_t>(theirs.unread)) +
                      " could not be read (" + theirs.problem + ").";
            if (!KeepUnreadable(state, host, *current, what)) {
                team.last_seen = current;
                return false;
            }
            // Whatever could not be read is in the copy; what could be read merges as usual. Unreadable as a whole:
            // nothing is known of their changes, so this tab's team is written back.
            if (!theirs.ok) {
                theirs.ok = true;
                theirs.questionnaire = team.questionnaire;
                theirs.members.clear();
                const Finder<Result> in_base(team.base);
                for (const TeamMember& m : team.members)
                    if (in_base.Holds(m.result)) theirs.members.push_back(m);
            }
        }
    }
    std::vector<TeamMember> merged;
    merged.reserve(theirs.members.size() + team.members.size());   // Finder below keeps a reference: no reallocation
    int removed_by_them = 0, added_by_them = 0, left_out = 0;
    const Finder<Result> in_base(team.base);
    const Finder<TeamMember> in_mine(team.members);
    const Finder<TeamMember> in_theirs(theirs.members);
    Finder<TeamMember> in_merged(merged);
    for (const TeamMember& t : theirs.members) {
        const bool seen_before = in_base.Holds(t.result);
        if (seen_before && !in_mine.Holds(t.result)) continue;   // this tab removed it
        if (!seen_before) ++added_by_them;
        merged.push_back(t);
        in_merged.Added();
    }
    int questionnaire = theirs.members.empty() ? team.questionnaire : theirs.questionnaire;
    std::vector<TeamMember> mine_only;   // added here since this tab last looked
    for (const TeamMember& m : team.members) {
        if (in_merged.Holds(m.result)) continue;
        if (in_base.Holds(m.result)) {
            if (!in_theirs.Holds(m.result)) ++removed_by_them;
            continue;
        }
        mine_only.push_back(m);
    }
    if (merged.empty() && !mine_only.empty()) questionnaire = team.questionnaire;
    if (!mine_only.empty() && questionnaire != team.questionnaire) {
        // The other tab's team answers another questionnaire: one view cannot hold both, so this tab's additions are
        // kept as a copy of their own (nothing is lost) and the stored team stays as it is.
        TeamState aside;
        aside.questionnaire = team.questionnaire;
        aside.members = mine_only;
        const StorageResult kept = KeepCopy(host, TeamRecordJson(aside, state.questionnaires, 0, state.tab_id), host.Now(), nullptr);
        left_out = static_cast<int>(mine_only.size());
        Notice(state, "Another tab or window made a team view for a different questionnaire. The " + People(mine_only.size()) +
                          " added here " + (kept == StorageResult::Saved
                                                ? "are kept under \"Kept copies\" on the first page until you remove them."
                                                : "could not be kept aside (" + WhyNotStored(kept) +
                                                      "): download the team CSV or report from this tab before it closes.") +
                          "");
        if (kept == StorageResult::Saved) RefreshKeptCopies(state, host);
        else return false;   // this tab's view stays as it is, unsaved, until the user has kept it
        mine_only.clear();
    }
    const bool mine_changed = !mine_only.empty() || merged.size() != theirs.members.size();
    for (TeamMember& m : mine_only) merged.push_back(std::move(m));
    team.members = std::move(merged);
    team.index_stale = true;
    if (!team.members.empty() && questionnaire != team.questionnaire) {
        team.questionnaire = questionnaire;
        team.removed.clear();   // an Undo would bring back a respondent of another questionnaire
        team.removed_at = -1;
    }
    team.scores_for = -1;
    team.last_seen = current;
    team.base = ResultsOf(theirs.members);
    team.revision = theirs.revision;
    if (mine_changed) team.dirty = true;   // this tab's own changes still need writing
    if (theirs_newer && left_out == 0) {
        std::string said;
        if (!current && removed_by_them > 0) said = "The team view was cleared in another tab or window.";
        else {
            if (added_by_them > 0) said = People(static_cast<size_t>(added_by_them)) + " added in another tab or window.";
            if (removed_by_them > 0)
                said += std::string(said.empty() ? "" : " ") + People(static_cast<size_t>(removed_by_them)) +
                        " removed in another tab or window.";
        }
        if (!said.empty()) {
            team.messages = {said};
            team.messages_are_errors = false;
            state.announcement = said;
        }
    }
    return true;
}

} // namespace

std::string TeamRecordJson(const TeamState& team, const std::vector<Questionnaire>& all, int revision, const std::string& writer) {
    return *TeamRecordJsonUpTo(team, all, revision, writer, std::string::npos);
}

std::optional<std::string> TeamRecordJsonUpTo(const TeamState& team, const std::vector<Questionnaire>& all, int revision,
                                              const std::string& writer, std::size_t max_bytes) {
    nlohmann::ordered_json j;
    j["format"] = kTeamFormat;
    j["version"] = kTeamFormatVersion;
    j["revision"] = revision;
    j["writer"] = writer;
    const bool known = team.questionnaire >= 0 && team.questionnaire < static_cast<int>(all.size());
    j["questionnaire"] = known && !team.members.empty() ? all[static_cast<size_t>(team.questionnaire)].id : "";
    // Written member by member, so a team too large for any browser's storage costs only the first max_bytes.
    j["members"] = nlohmann::ordered_json::array();
    std::string out = DumpJson(j);   // ... "members":[]}
    out.resize(out.size() - 2);      // ... "members":[
    for (std::size_t i = 0; i < team.members.size(); ++i) {
        const TeamMember& m = team.members[i];
        nlohmann::ordered_json item;
        item["source"] = m.source;
        if (!m.link.empty()) item["link"] = m.link;   // a link is about 60 characters; the file it decodes to, kilobytes
        else item["result"] = ResultToJson(m.result);
        if (i > 0) out += ',';
        out += DumpJson(item);
        if (out.size() + 2 > max_bytes) return std::nullopt;
    }
    out += "]}";
    return out;
}

TeamRestore TeamRecordFromJson(std::string_view text, const std::vector<Questionnaire>& all) {
    TeamRestore out;
    const JsonDocument doc = ParseJson(text);
    if (!doc.ok) return Fail(std::move(out), "it is damaged: " + (doc.issues.empty() ? std::string("not JSON") : doc.issues.front().message));
    const nlohmann::json& j = doc.value;
    if (!j.is_object() || !j.contains("format") || j["format"] != kTeamFormat)
        return Fail(std::move(out), "it is not a team view saved by Systemic");
    if (!j.contains("version") || !j["version"].is_number_integer())
        return Fail(std::move(out), "it has no format version");
    if (j["version"].is_number_unsigned() && j["version"].get<std::uint64_t>() > static_cast<std::uint64_t>(kTeamFormatVersion))
        return Fail(std::move(out), "it was saved by a newer version of Systemic (format version " + DumpJson(j["version"]) + ")");
    if (j["version"].get<std::int64_t>() < 1) return Fail(std::move(out), "its format version " + DumpJson(j["version"]) + " is not one Systemic writes");
    if (j.contains("revision") && j["revision"].is_number_integer() && j["revision"].get<std::int64_t>() >= 0 &&
        j["revision"].get<std::int64_t>() < 1000000000)
        out.revision = static_cast<int>(j["revision"].get<std::int64_t>());
    if (j.contains("writer") && j["writer"].is_string()) out.writer = j["writer"].get<std::string>();
    if (!j.contains("members") || !j["members"].is_array()) return Fail(std::move(out), "it has no list of respondents");
    if (!j.contains("questionnaire") || !j["questionnaire"].is_string()) return Fail(std::move(out), "it does not say which questionnaire");
    const std::string id = j["questionnaire"].get<std::string>();
    if (j["members"].empty()) {
        out.ok = true;
        return out;
    }
    for (size_t i = 0; i < all.size(); ++i)
        if (all[i].id == id) out.questionnaire = static_cast<int>(i);
    if (out.questionnaire < 0)
        return Fail(std::move(out), "its respondents answered a questionnaire this page does not have (" + Excerpt(id) +
                                        "); load that questionnaire, then open the kept copy's results again");
    const Questionnaire& q = all[static_cast<size_t>(out.questionnaire)];
    const std::vector<const Questionnaire*> known{&q};
    const nlohmann::json& members = j["members"];
    out.members.reserve(members.size());   // `read` keeps a reference: no reallocation
    Finder<TeamMember> read(out.members);
    for (size_t i = 0; i < members.size(); ++i) {
        const nlohmann::json& item = members[i];
        std::optional<Result> result;
        std::string link, problem;
        if (!item.is_object() || !item.contains("source") || !item["source"].is_string()) {
            problem = "respondent " + std::to_string(i + 1) + " has no source";
        } else if (item.contains("link") && item["link"].is_string()) {
            link = item["link"].get<std::string>();
            ResultLinkDecode decode = DecodeResultLink(link, known);
            if (decode.result) result = std::move(decode.result);
            else problem = "respondent " + std::to_string(i + 1) + ": " + (decode.issues.empty() ? std::string("the link cannot be read") : decode.issues.front().message);
        } else if (item.contains("result") && item["result"].is_object()) {
            // LoadResult's pointer walks objects only, so the member's results go in as text of their own.
            ResultLoad load = LoadResult(DumpJson(item["result"]), q);
            if (load.result) result = std::move(load.result);
            for (const Issue& issue : load.issues)
                if (issue.severity == Severity::Error && problem.empty())
                    problem = "respondent " + std::to_string(i + 1) + ": " + issue.message;
        } else {
            problem = "respondent " + std::to_string(i + 1) + " has neither a link nor a result";
        }
        if (!result) {
            if (out.problem.empty()) out.problem = problem.empty() ? "respondent " + std::to_string(i + 1) + " cannot be read" : problem;
            ++out.unread;
            continue;
        }
        if (read.Holds(*result)) continue;   // written twice: one person counts once
        out.members.push_back({MemberLabel(*result), item["source"].get<std::string>(), std::move(*result), link});
        read.Added();
    }
    out.ok = true;
    return out;
}

bool DescribeTeamRecord(std::string_view text, const std::vector<Questionnaire>& all, std::string* what) {
    const TeamRestore restore = TeamRecordFromJson(text, all);
    if (!restore.ok) {
        // A team record this page cannot read still says what it is, when its opening can be parsed.
        const JsonDocument doc = ParseJson(text);
        if (!doc.ok || !doc.value.is_object() || !doc.value.contains("format") || doc.value["format"] != kTeamFormat) return false;
        *what = "A team view this version could not read: " + restore.problem + ".";
        return true;
    }
    std::string title;
    if (restore.questionnaire >= 0) title = " (" + all[static_cast<size_t>(restore.questionnaire)].title + ")";
    *what = "A team view: " + People(restore.members.size()) + title +
            (restore.unread > 0 ? ", and " + std::to_string(restore.unread) + " that could not be read" : std::string()) + ".";
    return true;
}

void ReadStoredTeam(AppModel& state, Host& host) {
    TeamState& team = state.team;
    team.members.clear();
    team.base.clear();
    team.last_seen = host.StorageGet(kTeamKey);
    team.revision = 0;
    team.stored_unreadable = false;
    team.scores_for = -1;
    team.index_stale = true;
    if (!team.last_seen) return;
    TeamRestore restore = TeamRecordFromJson(*team.last_seen, state.questionnaires);
    if (restore.ok) {
        team.members = std::move(restore.members);
        team.questionnaire = team.members.empty() ? -1 : restore.questionnaire;
        team.base = ResultsOf(team.members);
        team.revision = restore.revision;
    }
    if (restore.ok && restore.unread == 0) return;
    const std::string what =
        !restore.ok ? "The team view kept in this browser could not be read: " + restore.problem + ". The team view starts empty."
                    : "In the team view kept in this browser, " + People(static_cast<size_t>(restore.unread)) +
                          " could not be read (" + restore.problem + "); the others are back.";
    if (!KeepUnreadable(state, host, *team.last_seen, what)) return;
    // Moved aside: the copy holds it now. A partly read team is written again without what could not be read.
    if (restore.ok) {
        team.dirty = true;
        return;
    }
    host.StorageRemove(kTeamKey);
    team.last_seen = host.StorageGet(kTeamKey);
}

void SaveTeam(AppModel& state, Host& host) {
    TeamState& team = state.team;
    team.dirty = false;   // a write that fails is tried again with the next change; the message says it failed
    const std::optional<std::string> current = host.StorageGet(kTeamKey);
    if (current != team.last_seen && !TakeInTeam(state, host, current, false)) return;
    if (team.stored_unreadable) {
        // Stored data that could not be read was left in place: keep it aside first, or do not write over it.
        if (!current || !KeepUnreadable(state, host, *current, "The team view stored earlier could not be read.")) {
            if (current) return;
            team.stored_unreadable = false;
        }
    }
    const int revision = team.revision + 1;
    const std::optional<std::string> built = TeamRecordJsonUpTo(team, state.questionnaires, revision, state.tab_id, kTeamRecordMaxBytes);
    if (!built) {
        // Thousands of respondents from files: no browser keeps that much for a page. Not tried, and said plainly.
        if (team.save_result != StorageResult::Full || state.storage_notice.rfind("The team view of", 0) != 0)
            Notice(state, "The team view of " + FormatCount(static_cast<long long>(team.members.size())) + " respondents is too large to keep in this browser (it "
                          "would take more than " + std::to_string(kTeamRecordMaxBytes / 1000000) + " MB, about what a browser "
                          "keeps for a page). It stays here until this page is closed: download the team CSV or "
                          "report to keep it." +
                          (team.base.empty() ? std::string()
                                             : " After a reload, this browser shows the team as it was last kept (" +
                                                   People(team.base.size()) + ")."));
        team.save_result = StorageResult::Full;
        return;
    }
    const std::string& record = *built;
    const StorageResult written = host.StorageSet(kTeamKey, record);
    if (written != StorageResult::Saved) {
        if (team.save_result != written)
            Notice(state, "The team view could not be kept in this browser (" + WhyNotStored(written) +
                              "). It stays here until this page is closed: download the team CSV or report to keep it." +
                              (written == StorageResult::Full ? " Removing kept copies on the first page makes room." : ""));
        team.save_result = written;
        return;
    }
    if (team.save_result != StorageResult::Saved) {
        // Kept again after a failure: the message that said otherwise goes.
        if (state.storage_notice.rfind("The team view could not be kept", 0) == 0 ||
            state.storage_notice.rfind("The team view of", 0) == 0)
            state.storage_notice.clear();
    }
    team.save_result = StorageResult::Saved;
    team.last_seen = host.StorageGet(kTeamKey);   // as the storage holds it (the next write compares against this)
    if (!team.last_seen) team.last_seen = record;
    team.revision = revision;
    team.base = ResultsOf(team.members);
}

void TeamStorageChanged(AppModel& state, Host& host) {
    const std::optional<std::string> current = host.StorageGet(kTeamKey);
    if (current == state.team.last_seen) return;
    TakeInTeam(state, host, current, true);
}

void ClearTeam(AppModel& state, Host& host) {
    TeamState& team = state.team;
    const size_t had = team.members.size();
    // The user confirmed clearing the respondents they saw. Any another tab added meanwhile (its storage event not
    // yet here) were not among them: they stay.
    const std::vector<Result> seen = ResultsOf(team.members);
    const std::optional<std::string> current = host.StorageGet(kTeamKey);
    if (current != team.last_seen && TakeInTeam(state, host, current, true)) {
        std::vector<TeamMember> unseen;
        const Finder<Result> in_seen(seen);
        for (TeamMember& m : team.members)
            if (!in_seen.Holds(m.result)) unseen.push_back(std::move(m));
        if (!unseen.empty()) {
            team.members = std::move(unseen);
            team.index_stale = true;
            team.removed.clear();
            team.removed_at = -1;
            team.scores_for = -1;
            team.paste.clear();
            team.messages = {"The team view was cleared: " + People(had) + " removed. " + People(team.members.size()) +
                             " added in another tab or window meanwhile stay."};
            team.messages_are_errors = false;
            state.announcement = team.messages.back();
            SaveTeam(state, host);
            return;
        }
    }
    if (!team.stored_unreadable) host.StorageRemove(kTeamKey);
    const std::optional<std::string> left = host.StorageGet(kTeamKey);
    if (left && !team.stored_unreadable) {
        Notice(state, "The team view could not be removed from this browser's storage; it may come back after a reload.");
    }
    team.members.clear();
    team.index_stale = true;
    team.removed.clear();
    team.removed_at = -1;
    team.questionnaire = -1;
    team.scores_for = -1;
    team.paste.clear();
    team.base.clear();
    team.last_seen = left;
    team.dirty = false;
    team.save_result = StorageResult::Saved;
    team.messages = {"The team view was cleared: " + People(had) + " removed from this view and from this browser."};
    team.messages_are_errors = false;
    state.announcement = team.messages.back();
}

} // namespace systemic
