// inbox.h — what arrives from outside: opened or dropped files, the address's #fragment (invitations and results
// links), pasted team links, and the custom questionnaires kept from earlier visits. No ImGui here.
#pragma once

#include <cstdint>
#include <string>

#include "model/result.h"
#include "state/app_model.h"
#include "state/host.h"

namespace systemic {

constexpr const char* kCustomQuestionnairesKey = "systemic.v1.custom";   // JSON array of questionnaire texts

// From the platform, between frames: a file the user opened or dropped, and the address's #fragment.
void ReceiveFile(AppModel& state, Host& host, const std::string& name, const std::string& text);
void OpenFragment(AppModel& state, Host& host, const std::string& fragment);
int AddTeamLinks(AppModel& state, const std::string& text);                    // every results link in `text`; returns how many were added
bool AddTeamResult(AppModel& state, const std::string& source, const Result& result, int questionnaire);   // false (with a message) for another questionnaire or the same result twice
bool SameTeamResult(const Result& a, const Result& b);                         // same respondent, mode, points and levels (notes and times aside)
std::uint64_t TeamResultFingerprint(const Result& r);                          // equal for any two results SameTeamResult calls the same (answers with one id each, as the loaders make them)
void RemoveTeamMember(AppModel& state, int index);                             // removes members[index], keeping it for UndoRemoveTeamMember
bool UndoRemoveTeamMember(AppModel& state);                                    // puts the last removed member back where it was; false when none

// Files handed over together (thousands, a slice at a time): BeginFiles(count) before them, EndFiles() after the last.
// While more than one file is under way the team view shows progress instead of the team, results files join the
// team whatever the screen, and per-file messages become one summary (with the first few problems) at the end.
void BeginFiles(AppModel& state, int count);                                   // may be called again while a batch runs
void EndFiles(AppModel& state);
bool InFileBatch(const AppModel& state);                                       // more than one file under way
void ReportTeamProblem(AppModel& state, const std::string& line, bool error = true);   // a team message, or a line of the batch summary

void LoadStoredCustomQuestionnaires(AppModel& state, Host& host);             // at start: the custom questionnaires loaded before
std::string MemberLabel(const Result& r);                                      // "Sam Patel, owner, Harbour Bakery" as far as given
const TeamScores& RefreshTeamScores(AppModel& state);                          // team.scores, aggregated again only when the members changed; requires team.questionnaire >= 0
int FindQuestionnaire(const AppModel& state, const std::string& id);           // index into questionnaires, or -1

} // namespace systemic
