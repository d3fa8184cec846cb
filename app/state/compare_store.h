// compare_store.h — progress over time in the page: an earlier result (a results file or link) opened next to the
// open assessment, compared by rules/compare.h, and kept in this browser by the answers' rules until the user
// removes it. No ImGui here: the results screen (ui/results_compare.cpp) draws state.earlier and calls these.
//
// What goes wrong is said in state.earlier.problem, naming the file (and line) or the link, and changes nothing:
// a file or link of another questionnaire, a broken file, the very same result as the current answers, a picker
// closed without a file. Opening one replaces the earlier result held before; nothing touches the current answers.
//
// The record (docs/storage.md): one localStorage entry, JSON:
//   {"format": "systemic-earlier", "version": 1, "questionnaire": "b2b", "source": "2025.json", "result": {<the file>}}
//   or, for a link, "link": "r=..." instead of "result". The file is kept as opened (not rewritten), so a file of an
//   older questionnaire version still says after a reload what could not be compared.
// Storage rules (state/autosave.h): every write is checked and a failure is said (the comparison stays for this
// visit); stored data this page cannot read is kept aside as a copy before anything replaces it, and when no copy
// can be written it stays where it is and is not written over. Another tab's choice is taken in when it arrives.
// Format log:
// - 2026-12-01 — version 1: format, version, questionnaire, source, and result or link.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "state/app_model.h"
#include "state/host.h"

namespace systemic {

constexpr const char* kEarlierKey = "systemic.v1.earlier";
constexpr const char* kEarlierFormat = "systemic-earlier";
constexpr int kEarlierFormatVersion = 1;

void PickEarlier(AppModel& state, Host& host);                 // "Compare with an earlier result": the picker, for the earlier side
void PickEarlierCancelled(AppModel& state);                    // the picker closed without a file: said, nothing changed
// A file chosen for the earlier side, its text decoded (formats/file_text.h): a results file, or a text holding one
// results link. `name` is shown in messages as given.
void OpenEarlierFile(AppModel& state, Host& host, const std::string& name, const std::string& text);
void OpenEarlierLink(AppModel& state, Host& host, const std::string& text);   // pasted text holding one results link
void RemoveEarlier(AppModel& state, Host& host);               // "Remove comparison": from the screen and from this browser

void ReadStoredEarlier(AppModel& state, Host& host);           // start-up, after the custom questionnaires are loaded
void EarlierStorageChanged(AppModel& state, Host& host);       // another tab changed kEarlierKey (or cleared the storage)

// The comparison of the earlier result with the open assessment, computed again only when either changed; nullptr
// without an open assessment, an earlier result, or when the two answer different questionnaires.
const Comparison* CurrentComparison(AppModel& state);

std::string EarlierRecordJson(const EarlierState& earlier, const std::vector<Questionnaire>& all);   // the stored record
// A kept copy that holds an earlier-results record: "Earlier results for progress over time: ..." into *what.
bool DescribeEarlierRecord(std::string_view text, const std::vector<Questionnaire>& all, std::string* what);

} // namespace systemic
