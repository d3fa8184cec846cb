// benchmark_store.cpp — the opened benchmark: checked on arrival, kept in storage until removed, read back at start
// (benchmark_store.h). The storage rules and kept copies are the answers' own (state/autosave.h).
#include "state/benchmark_store.h"

#include "formats/benchmark_file.h"
#include "formats/json_document.h"
#include "formats/links.h"
#include "state/app_model.h"
#include "state/autosave.h"
#include "state/inbox.h"
#include "state/outbox.h"
#include "text/dates.h"

namespace systemic {

namespace {

void Notice(AppModel& state, const std::string& text) {
    state.storage_notice = text;
    state.announcement = text;
}

// "bench.json:3:5: error: /areas/0/q25: ..." lines, errors first (at most 8), then the warnings.
std::string LocatedLines(const std::string& name, const Issues& issues) {
    std::string out;
    size_t shown = 0;
    for (int pass = 0; pass < 2; ++pass)
        for (const Issue& issue : issues) {
            if ((issue.severity == Severity::Error) != (pass == 0)) continue;
            if (shown++ == 8) return out + "...\n";
            out += FormatIssue(name, issue) + "\n";
        }
    return out;
}

// Stored data that cannot be read is kept as a copy first; false (and a notice) when it must stay where it is.
bool KeepUnreadable(AppModel& state, Host& host, const std::string& text, const std::string& what) {
    const bool kept = KeepUnreadableAside(state, host, text, what, "so it stays where it is and no other benchmark is kept over it");
    state.benchmark.stored_unreadable = !kept;
    return kept;
}

// Writes the open benchmark; a failure is said (it stays open for this visit).
void Store(AppModel& state, Host& host) {
    BenchmarkState& b = state.benchmark;
    const std::optional<std::string> current = host.StorageGet(kBenchmarkKey);
    if (current && current != b.last_seen) {
        // Another tab's benchmark (or data this page cannot read) is replaced: only an unreadable one needs keeping.
        if (!LoadBenchmark(*current).benchmark &&
            !KeepUnreadable(state, host, *current, "A benchmark stored earlier in this browser could not be read."))
            return;
    } else if (current && b.stored_unreadable) {
        if (!KeepUnreadable(state, host, *current, "A benchmark stored earlier in this browser could not be read.")) return;
    }
    const std::string text = SaveBenchmark(*b.open);
    const StorageResult written = host.StorageSet(kBenchmarkKey, text);
    b.save_result = written;
    if (written != StorageResult::Saved) {
        b.message += std::string(b.message.empty() ? "" : "\n") + "The benchmark is open for this visit, but it could not be kept in this browser (" +
                     WhyNotStored(written) + "): after a reload, open the file again.";
        return;
    }
    b.last_seen = host.StorageGet(kBenchmarkKey);
    if (!b.last_seen) b.last_seen = text;
}

// Which questionnaire a benchmark is checked against when it arrives: the open assessment's, else its own id's.
const Questionnaire* CheckedAgainst(const AppModel& state, const Benchmark& b) {
    if (HasSession(state)) return &SessionQuestionnaire(state);
    const int qi = FindQuestionnaire(state, b.questionnaire_id);
    return qi < 0 ? nullptr : &state.questionnaires[static_cast<size_t>(qi)];
}

std::string Results(int n) { return std::to_string(n) + (n == 1 ? " result" : " results"); }

} // namespace

std::string BenchmarkSummary(const Benchmark& b) {
    return "a benchmark of " + Results(b.n) + ", built " + FriendlyDate(b.created);
}

bool LooksLikeBenchmark(const std::string& json_text) {
    const JsonDocument doc = ParseJson(json_text);
    return doc.ok && doc.value.is_object() && doc.value.contains("kind") && doc.value["kind"] == "systemic-benchmark";
}

bool OpenBenchmarkFile(AppModel& state, Host& host, const std::string& name, const std::string& text) {
    BenchmarkState& bs = state.benchmark;
    BenchmarkLoad load = LoadBenchmark(text);
    if (!load.benchmark) {
        bs.message = name + " is a benchmark file, but it cannot be used, so nothing was changed:\n" + LocatedLines(name, load.issues);
        bs.message_is_error = true;
        return false;
    }
    const Benchmark& b = *load.benchmark;
    const Questionnaire* q = CheckedAgainst(state, b);
    if (!q) {
        bs.message = name + " is a benchmark of the questionnaire " + Excerpt(b.questionnaire_id) +
                     ", which this page does not have, so nothing was changed. Load that questionnaire first, then open the "
                     "benchmark again.";
        bs.message_is_error = true;
        return false;
    }
    Issues fit = CheckBenchmarkFits(b, *q);
    if (HasErrors(fit)) {
        bs.message = name + " cannot be compared with your answers, so nothing was changed: " + fit.front().message +
                     " (your assessment answers " + (q->title.empty() ? q->id : q->title) + "). Open a benchmark built from results of "
                     "the same questionnaire.";
        bs.message_is_error = true;
        return false;
    }
    const Issues notes = load.issues;   // warnings only here (unknown fields); another version is said with the comparison
    bs.open = std::move(load.benchmark);
    bs.source = name;
    bs.message = notes.empty() ? std::string() : "Note:\n" + LocatedLines(name, notes);   // the section says what is open
    bs.message_is_error = false;
    Store(state, host);
    return true;
}

void OpenInvitationBenchmark(AppModel& state, Host& host, const std::string& fragment, const Questionnaire& q) {
    BenchmarkState& bs = state.benchmark;
    bs.invite_note.clear();
    bs.invite_note_is_error = false;
    bs.offered.reset();
    InvitationBenchmarkDecode decode = DecodeInvitationBenchmark(fragment, q);
    if (!decode.present) return;
    if (!decode.benchmark) {
        bs.invite_note = "This invitation also carried a benchmark, but it could not be read: " + (decode.issues.empty() ? std::string("it is damaged.") : decode.issues.front().message);
        bs.invite_note_is_error = true;
        return;
    }
    const std::string what = "This invitation includes " + BenchmarkSummary(*decode.benchmark) +
                             ": anonymous figures (counts and quartiles only, no answers, no names) from other businesses that "
                             "answered the same questionnaire.";
    if (bs.open && SaveBenchmark(*bs.open) != SaveBenchmark(*decode.benchmark)) {
        bs.offered = std::move(decode.benchmark);
        bs.invite_note = what + " You already have " + BenchmarkSummary(*bs.open) +
                         " open, so that one is kept and your results are compared with it.";
        return;
    }
    const bool same = bs.open.has_value();
    bs.open = std::move(decode.benchmark);
    bs.source = "from the invitation";
    bs.message.clear();
    bs.message_is_error = false;
    if (!same) Store(state, host);
    bs.invite_note = what + " At the end, your results show where you stand among them.";
    if (!bs.message.empty()) bs.invite_note += "\n" + bs.message;   // it could not be kept in this browser
}

void UseOfferedBenchmark(AppModel& state, Host& host) {
    BenchmarkState& bs = state.benchmark;
    if (!bs.offered) return;
    bs.open = std::move(bs.offered);
    bs.offered.reset();
    bs.source = "from the invitation";
    bs.message = "The invitation's benchmark replaced the one you had open. To use that one again, open its file on the results screen.";
    bs.message_is_error = false;
    Store(state, host);
    bs.invite_note = "Your results will be compared with the invitation's benchmark (" + BenchmarkSummary(*bs.open) + ").";
    state.announcement = bs.message;
}

void RemoveBenchmark(AppModel& state, Host& host) {
    BenchmarkState& b = state.benchmark;
    b.open.reset();
    b.source.clear();
    b.message = "Benchmark removed. Your results are no longer compared with it.";
    b.message_is_error = false;
    if (!b.stored_unreadable) host.StorageRemove(kBenchmarkKey);   // unreadable data that could not be kept aside is not ours
    b.last_seen = host.StorageGet(kBenchmarkKey);
    b.save_result = StorageResult::Saved;
    if (b.last_seen && !b.stored_unreadable)
        Notice(state, "The benchmark could not be removed from this browser's storage; it may come back after a reload.");
}

void ReadStoredBenchmark(AppModel& state, Host& host) {
    BenchmarkState& b = state.benchmark;
    b.open.reset();
    b.stored_unreadable = false;
    b.last_seen = host.StorageGet(kBenchmarkKey);
    if (!b.last_seen) return;
    BenchmarkLoad load = LoadBenchmark(*b.last_seen);
    if (load.benchmark) {
        b.open = std::move(load.benchmark);
        return;
    }
    std::string problem;
    for (const Issue& issue : load.issues)
        if (issue.severity == Severity::Error) {
            problem = issue.message;
            break;
        }
    if (!KeepUnreadable(state, host, *b.last_seen,
                        "The benchmark kept in this browser could not be read (" + problem + "), so none is open."))
        return;
    host.StorageRemove(kBenchmarkKey);   // the copy holds it now
    b.last_seen = host.StorageGet(kBenchmarkKey);
}

void BenchmarkStorageChanged(AppModel& state, Host& host) {
    BenchmarkState& b = state.benchmark;
    const std::optional<std::string> current = host.StorageGet(kBenchmarkKey);
    if (current == b.last_seen) return;
    b.last_seen = current;
    if (!current) {
        if (b.open) b.message = "The benchmark was removed in another tab or window.";
        b.open.reset();
        b.source.clear();
        b.message_is_error = false;
        return;
    }
    BenchmarkLoad load = LoadBenchmark(*current);
    if (!load.benchmark) return;   // left for the next start-up to keep aside; this tab keeps what it has open
    b.open = std::move(load.benchmark);
    b.source.clear();
    b.message = "This benchmark was opened in another tab or window.";
    b.message_is_error = false;
}

Issues BenchmarkFitIssues(const AppModel& state, const Questionnaire& q) {
    if (!state.benchmark.open) return {};
    return CheckBenchmarkFits(*state.benchmark.open, q);
}

bool DescribeBenchmarkRecord(const std::string& text, std::string* what) {
    if (!LooksLikeBenchmark(text)) return false;
    const BenchmarkLoad load = LoadBenchmark(text);
    if (!load.benchmark) {
        *what = "A benchmark this version could not read.";
        return true;
    }
    *what = "A benchmark of " + Results(load.benchmark->n) + " (" + load.benchmark->questionnaire_id + "), built " + load.benchmark->created + ".";
    return true;
}

bool DownloadTeamBenchmark(AppModel& state, Host& host) {
    BenchmarkState& b = state.benchmark;
    Issues issues;
    const std::optional<ExportFile> file = MakeTeamBenchmarkExport(state, host.Now(), &issues);
    b.download_for = static_cast<int>(state.team.members.size());
    if (!file) {
        const int n = static_cast<int>(state.team.members.size());
        b.download = "Not downloaded: a benchmark needs the results of at least " + std::to_string(kBenchmarkMinimum) + " people, and this team has " +
                     std::to_string(n) + ". With fewer, the figures (lowest, highest, middle) are so close to each person's own "
                     "scores that anyone in the group could work out someone else's. Add more results first.";
        b.download_refused = true;
        state.announcement = b.download;
        return false;
    }
    host.Download(file->filename, file->mime, file->data);
    b.download = "Downloaded " + file->filename + ": " + Results(static_cast<int>(state.team.members.size())) +
                 " as quartiles only, with no answers or names. Anyone can open it on their results screen.";
    b.download_refused = false;
    state.announcement = b.download;
    return true;
}

} // namespace systemic
