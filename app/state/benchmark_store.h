// benchmark_store.h — the anonymous benchmark the user opened (docs/benchmark.md): checked when it arrives, kept in
// this browser until removed, by the answers' rules (state/autosave.h): every write is checked and a failure is said
// (the benchmark stays open for this visit); stored data this page cannot read is kept aside as a copy before
// anything replaces it, and is never written over when no copy can be made.
//
// Stored under kBenchmarkKey as the benchmark file itself (formats/benchmark_file.h SaveBenchmark): the format is
// already versioned (schema_version) and says what it is ("kind"), so a kept copy of it reads as a benchmark too.
#pragma once

#include <optional>
#include <string>

#include "model/benchmark.h"
#include "model/issue.h"
#include "model/questionnaire.h"
#include "state/host.h"

namespace systemic {

constexpr const char* kBenchmarkKey = "systemic.v1.benchmark";

struct AppModel;

struct BenchmarkState {
    std::optional<Benchmark> open;     // the benchmark the results compare with; nullopt: none
    std::string source;                // the file it came from ("" when it came back from storage)
    std::string message;               // what happened to the last benchmark file (located faults when refused); "" none
    bool message_is_error = false;
    StorageResult save_result = StorageResult::Saved;   // the last write of the benchmark
    bool stored_unreadable = false;    // stored data could not be read nor kept aside: it is not written over
    std::optional<std::string> last_seen;   // the stored text as this tab last read or wrote it
    std::string download;              // the team view's "Download as a benchmark": what happened ("" before)
    bool download_refused = false;     // ... it was refused (fewer than 5 respondents)
    int download_for = -1;             // ... for a team of this many (the message goes when the team changes)
    // The benchmark an invitation link carried (OpenInvitationBenchmark), for this visit: what became of it, said on
    // the invited screen; and the one kept aside because the reader already had another benchmark open.
    std::string invite_note;           // "" when the invitation carried none
    bool invite_note_is_error = false; // its benchmark part could not be read (the invitation opened without it)
    std::optional<Benchmark> offered;  // not opened over the reader's own: "Use the invitation's benchmark instead"
};

std::string BenchmarkSummary(const Benchmark& b);   // "a benchmark of 12 results, built 1 Dec 2026"

// Is this parsed-enough text a benchmark file? True for a JSON object whose "kind" is "systemic-benchmark": the inbox
// routes it here wherever it is dropped or opened, so its faults are told as a benchmark's.
bool LooksLikeBenchmark(const std::string& json_text);

// A benchmark file arrived (opened or dropped). Checked in full (LoadBenchmark) and against the questionnaire it is
// used with: the open assessment's, or, without one, one this page has. Refused (located messages, nothing changed)
// when it has Errors, answers another questionnaire or one this page does not have; another version of the same
// questionnaire is used, with its warning. Accepted: it replaces the open benchmark and is stored. Returns whether
// it was opened; state.benchmark.message says what went wrong, or what to note about the one opened ("" when nothing).
bool OpenBenchmarkFile(AppModel& state, Host& host, const std::string& name, const std::string& text);

// An invitation link arrived whose invitation was accepted for questionnaire q (state/inbox.h OpenFragment): its
// benchmark part, if any (formats/links.h DecodeInvitationBenchmark). The rules (docs/benchmark.md "From an
// invitation"): a readable one is opened and stored like an opened file when no benchmark is open (or the same one
// is); a different benchmark the reader already opened is never replaced unasked: it stays, and the invitation's is
// offered (state.benchmark.offered, UseOfferedBenchmark). An unreadable part changes nothing: the invitation opens
// without it and invite_note says why. Sets state.benchmark.invite_note ("" when the link carries no benchmark).
void OpenInvitationBenchmark(AppModel& state, Host& host, const std::string& fragment, const Questionnaire& q);
void UseOfferedBenchmark(AppModel& state, Host& host);      // the invitation's benchmark replaces the open one, stored

void RemoveBenchmark(AppModel& state, Host& host);          // "Remove benchmark": closed and removed from storage
void ReadStoredBenchmark(AppModel& state, Host& host);      // start-up: the stored benchmark is opened again
void BenchmarkStorageChanged(AppModel& state, Host& host);  // another tab opened or removed a benchmark: take it

// The open benchmark against questionnaire q: Errors (another questionnaire) mean it cannot be compared; a Warning
// (another version) is shown with the comparison. Empty when it fits or when none is open.
Issues BenchmarkFitIssues(const AppModel& state, const Questionnaire& q);

// A kept copy that holds a benchmark: "A benchmark of 12 results (b2b), built 2026-12-01." into *what.
bool DescribeBenchmarkRecord(const std::string& text, std::string* what);

// The team view's "Download as a benchmark": BuildBenchmark of the team's respondents dated today (host.Now()),
// downloaded as systemic-benchmark-<questionnaire>-<date>.json. Refused with fewer than 5 (state.benchmark.download
// says why, in plain words). Requires team.questionnaire to name one of state.questionnaires.
bool DownloadTeamBenchmark(AppModel& state, Host& host);

} // namespace systemic
