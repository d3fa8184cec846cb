// team_store.h — keeping the team view in this browser until the consultant clears it, by the answers' rules
// (state/autosave.h): every write is checked and a failure is said (the team stays usable for this visit); a tab never
// writes over a team another tab stored since it last looked (the two are merged, respondent by respondent); stored
// team data this page cannot read is kept aside as a copy (autosave.h KeepCopy) before anything replaces it; only
// "Clear the team", after a confirmation, removes the stored team.
//
// The record (docs/storage.md): one localStorage entry, JSON:
//   {"format": "systemic-team", "version": 1, "revision": 3, "writer": "<tab id>", "questionnaire": "b2b",
//    "members": [{"source": "Link 1", "link": "r=..."}, {"source": "anna.json", "result": {<results file>}}]}
// Members in the order the team view lists them (the order added). A member from a link keeps the link's text; one
// from a file keeps the canonical results file (formats/result_file.h ResultToJson). "questionnaire" is "" for an
// empty team.
// Format log (the record stays version 1 while changes only add fields older pages ignore):
// - 2026-12-01 — version 1: format, version, revision, writer, questionnaire, members (source, link or result).
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "state/app_model.h"
#include "state/host.h"

namespace systemic {

constexpr const char* kTeamKey = "systemic.v1.team";
constexpr const char* kTeamFormat = "systemic-team";
constexpr int kTeamFormatVersion = 1;

std::string TeamRecordJson(const TeamState& team, const std::vector<Questionnaire>& all, int revision, const std::string& writer);   // the record; `all`: the app's questionnaires (team.questionnaire indexes them)
// The same, or nullopt as soon as it would exceed max_bytes (built member by member: a huge team costs only max_bytes).
std::optional<std::string> TeamRecordJsonUpTo(const TeamState& team, const std::vector<Questionnaire>& all, int revision,
                                              const std::string& writer, std::size_t max_bytes);
// SaveTeam does not try to store a larger record: browsers keep about 5 million characters of localStorage per page,
// every key together (Chromium 10 MiB counted as UTF-16, Firefox and Safari 5 MiB); a failed write of a smaller one is
// said the same way (StorageResult::Full).
constexpr std::size_t kTeamRecordMaxBytes = 5000000;

struct TeamRestore {
    bool ok = false;                   // the record as a whole could be read (members may still have failed: `unread`)
    int questionnaire = -1;            // index into the questionnaires; -1 for an empty team
    std::vector<TeamMember> members;   // the respondents that could be read, in stored order (a repeat is left out)
    int unread = 0;                    // members that could not be read (a damaged link or result)
    int revision = 0;
    std::string writer;
    std::string problem;               // plain words when !ok, or about the first unread member
};
TeamRestore TeamRecordFromJson(std::string_view text, const std::vector<Questionnaire>& all);   // never throws; checks everything

// Start-up: the stored team becomes the team view. Data that cannot be read (in whole or in part) is kept as a copy
// and moved out of the team's key, with a message (state.storage_notice); when no copy can be written it stays
// where it is and the team is not saved over it (team.stored_unreadable).
void ReadStoredTeam(AppModel& state, Host& host);

// Writes the team (end of a frame with team.dirty). When another tab stored a team since this tab last looked, the
// two are merged first (theirs stay, this tab's additions and removals are applied on top). Sets team.save_result;
// a failed write is said once per kind of failure and tried again with the next change.
void SaveTeam(AppModel& state, Host& host);

// From the `storage` event for kTeamKey (or the whole storage): another tab's additions and removals are taken in;
// a team cleared in another tab is cleared here too, keeping only what this tab added since it last looked.
void TeamStorageChanged(AppModel& state, Host& host);

// "Clear the team", after the user confirmed: the team is emptied and removed from storage (unreadable data that
// could not be kept aside is left alone: it is not this team).
void ClearTeam(AppModel& state, Host& host);

// A kept copy that holds a team record: "A team view: 3 respondents (B2B)" into *what; false when it is not one.
bool DescribeTeamRecord(std::string_view text, const std::vector<Questionnaire>& all, std::string* what);

} // namespace systemic
