// autosave.h — keeping the assessment in this browser, safely when several tabs share one storage.
// Two rules. A tab never writes over a stored record it has not seen: another tab's newer answers are merged in
// first (per answer), or, when they cannot be (a different assessment, or data this page cannot read), saving stops
// with a message until the user chooses. And unreadable saved data is never replaced before a copy of it is kept
// under a key of its own; copies stay until the user removes them. Every write is checked; whatever could not be
// kept is said in plain words.
#pragma once

#include <string>

#include "state/app_model.h"
#include "state/host.h"

namespace systemic {

constexpr const char* kKeptCopyPrefix = "systemic.v1.backup.";   // + ISO date-time [+ ".2", ".3" ...]: one copy each

// Start-up, and after "use the saved version": the stored assessment is opened for resuming (state.session), or
// what is wrong with it is reported (stored_problem, stored_raw, missing_questionnaire); the kept copies are listed.
// Requires that no assessment is open in this tab.
void ReadStoredSession(AppModel& state, Host& host);

// Writes the open assessment (end of a frame with state.dirty). Reads the stored record first: when another tab has
// saved since this tab last looked, its answers are merged in (this tab's edit counts as the newer), or saving stops
// (state.save_block). Unreadable data the user was told about is kept as a copy before it is replaced; when that
// copy cannot be written, nothing is replaced. Sets save_result; never says saved when it was not.
void SaveSession(AppModel& state, Host& host);

// From the platform's `storage` event: another tab changed `key` ("" when the whole storage was cleared).
// The session key: the other tab's answers are merged in at once (theirs count as the newer); the team view's key:
// the other tab's respondents are merged in (state/team_store.h); the kept copies and the custom questionnaires are
// read again.
void StorageChanged(AppModel& state, Host& host, const std::string& key);

// The user gave up this tab's assessment for the stored one (after saving stopped). This tab's answers are kept as
// a copy first; when that is impossible the first press only says so (download them), a second press goes ahead.
void ReloadStored(AppModel& state, Host& host);

// After a custom questionnaire was loaded: saved answers that were waiting for it are opened for resuming.
bool RetryStoredSession(AppModel& state, Host& host);   // true when they were

StorageResult KeepCopy(Host& host, const std::string& text, const std::string& now, std::string* key);   // a new key, never an overwrite; text already kept word for word counts as kept
void RefreshKeptCopies(AppModel& state, Host& host);                        // state.kept_copies from storage, newest first
std::string WhyNotStored(StorageResult r);   // "this browser's storage is full", "... does not allow storing data here", "... refused to store it"

// Stored data this page cannot read (a team view, a benchmark, an earlier result) is kept aside as a copy (KeepCopy)
// before anything replaces it. `what` says what could not be read ("A benchmark stored earlier in this browser could
// not be read."); `otherwise` ends the sentence said when no copy can be written ("so it stays where it is and ...").
// Either way state.storage_notice (and the announcement) says what happened. True when kept (or kept before): the
// caller may write over the data; false: it must stay where it is.
bool KeepUnreadableAside(AppModel& state, Host& host, const std::string& text, const std::string& what,
                         const std::string& otherwise);
void DownloadStored(AppModel& state, Host& host, const std::string& key);   // a kept copy (or the earlier data) as a file: a results file when it can be read, else the bytes as stored
void RemoveStored(AppModel& state, Host& host, const std::string& key);     // after the user confirmed: the copy (or the earlier unreadable data) is removed

} // namespace systemic
