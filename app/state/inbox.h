// inbox.h — what arrives from outside: opened or dropped files, the address's #fragment (invitations and results
// links), pasted team links, and the custom questionnaires kept from earlier visits. No ImGui here.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "model/result.h"
#include "state/app_model.h"
#include "state/host.h"
#include "state/team_index.h"   // SameTeamResult, TeamResultFingerprint

namespace systemic {

constexpr int kFilesSaidOneByOne = 10;   // a batch of more files is summed up at the end (BeginFiles)
constexpr const char* kCustomQuestionnairesKey = "systemic.v1.custom";   // JSON array of questionnaire texts

// From the platform, between frames: files the user opened or dropped at once (one batch: every file gets its own
// message, good ones do not hide bad ones), and the address's #fragment. What a file is follows from its content as
// a whole: JSON (starts with '{' or '[') is a results or questionnaire file, or a team view's record (a kept copy of
// one: its respondents join the team view); other text is read for links.
// Files chosen with "Compare with an earlier result" (state.earlier.picking) are the comparison's earlier side instead
// (state/compare_store.h); an empty batch is a picker closed without a file.
void ReceiveFiles(AppModel& state, Host& host, const std::vector<IncomingFile>& files);   // BeginFiles, each file, EndFiles
// The same a few files at a time, between frames (platform.js hands over thousands in slices of about 12 ms):
// BeginFiles(count) before them (again while a batch runs: the batch grows), ReceiveBatchFile for each, EndFiles after
// the last. Up to kFilesSaidOneByOne files each get their message as they arrive; a larger batch goes to the team view,
// which shows its progress (InFileBatch), and ends with one summary: people added, duplicates skipped, files refused
// with the first few reasons. The team is written to storage once, after the batch (state/intents.cpp).
void BeginFiles(AppModel& state, int count);                                   // count 0: a picker closed without a file
void ReceiveBatchFile(AppModel& state, Host& host, IncomingFile file);
void EndFiles(AppModel& state, Host& host);
bool InFileBatch(const AppModel& state);                                       // a large batch is under way (state.incoming)
void ShowFileProgress(AppModel& state);                                        // the progress line catches up (a few times a second, not per file: each change is a frame)
void ReceiveFile(AppModel& state, Host& host, const std::string& name, const std::string& bytes);   // a batch of one
void OpenFragment(AppModel& state, Host& host, const std::string& fragment);
int AddTeamLinks(AppModel& state, const std::string& text);                    // every results link in `text` (FindLinks); returns how many were added
bool AddTeamResult(AppModel& state, const std::string& source, const Result& result, int questionnaire,
                   const std::string& link = "");   // false (with a message) for another questionnaire or the same result twice; `link`: the results link it came from (kept instead of the result)
void RemoveTeamMember(AppModel& state, int index);                             // removes members[index], keeping it for UndoRemoveTeamMember
bool UndoRemoveTeamMember(AppModel& state);                                    // puts the last removed member back where it was; false when none
void LoadStoredCustomQuestionnaires(AppModel& state, Host& host);             // at start: the custom questionnaires loaded before
std::string MemberLabel(const Result& r);                                      // "Sam Patel, owner, Harbour Bakery" as far as given
const TeamScores& RefreshTeamScores(AppModel& state);                          // team.scores, aggregated again only when the members changed; requires team.questionnaire >= 0
int FindQuestionnaire(const AppModel& state, const std::string& id);           // index into questionnaires, or -1

} // namespace systemic
