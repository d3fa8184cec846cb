// inbox.h — what arrives from outside: opened or dropped files, the address's #fragment (invitations and results
// links), pasted team links, and the custom questionnaires kept from earlier visits. No ImGui here.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "model/result.h"
#include "state/app_model.h"
#include "state/host.h"

namespace systemic {

constexpr const char* kCustomQuestionnairesKey = "systemic.v1.custom";   // JSON array of questionnaire texts

// A file as the platform hands it over: its bytes exactly as stored (any encoding: DecodeFileText in
// formats/file_text.h reads them), or only its size when the platform refused to read a file that large.
struct IncomingFile {
    std::string name;
    std::string bytes;
    std::uint64_t refused_size = 0;   // > 0: not read, because it has this many bytes (more than kMaxFileBytes)
    bool unreadable = false;          // the browser could not read it (moved, deleted, no permission)
};

// From the platform, between frames: files the user opened or dropped at once (one batch: every file gets its own
// message, good ones do not hide bad ones), and the address's #fragment. What a file is follows from its content as
// a whole: JSON (starts with '{' or '[') is a results or questionnaire file, or a team view's record (a kept copy of
// one: its respondents join the team view); other text is read for links.
// Files chosen with "Compare with an earlier result" (state.earlier.picking) are the comparison's earlier side instead
// (state/compare_store.h); an empty batch is a picker closed without a file.
void ReceiveFiles(AppModel& state, Host& host, const std::vector<IncomingFile>& files);
void ReceiveFile(AppModel& state, Host& host, const std::string& name, const std::string& bytes);   // a batch of one
void OpenFragment(AppModel& state, Host& host, const std::string& fragment);
int AddTeamLinks(AppModel& state, const std::string& text);                    // every results link in `text` (FindLinks); returns how many were added
bool AddTeamResult(AppModel& state, const std::string& source, const Result& result, int questionnaire,
                   const std::string& link = "");   // false (with a message) for another questionnaire or the same result twice; `link`: the results link it came from (kept instead of the result)
bool SameTeamResult(const Result& a, const Result& b);                         // same respondent, mode, points and levels (notes and times aside)
void RemoveTeamMember(AppModel& state, int index);                             // removes members[index], keeping it for UndoRemoveTeamMember
bool UndoRemoveTeamMember(AppModel& state);                                    // puts the last removed member back where it was; false when none
void LoadStoredCustomQuestionnaires(AppModel& state, Host& host);             // at start: the custom questionnaires loaded before
std::string MemberLabel(const Result& r);                                      // "Sam Patel, owner, Harbour Bakery" as far as given
const TeamScores& RefreshTeamScores(AppModel& state);                          // team.scores, aggregated again only when the members changed; requires team.questionnaire >= 0
int FindQuestionnaire(const AppModel& state, const std::string& id);           // index into questionnaires, or -1

} // namespace systemic
