// autosave.cpp — the checked write of the assessment, merging with other tabs, and the kept copies.
// Whether another tab wrote is decided by comparing the stored record with the one this tab last read or wrote,
// text for text: revisions alone cannot tell apart two tabs that both wrote "revision 5", and unreadable data has
// no revision at all. The revision and writer in the record say which write came later and who made it.
#include "state/autosave.h"

#include <algorithm>
#include <cstdio>

#include "formats/result_file.h"
#include "state/compare_store.h"
#include "state/inbox.h"
#include "state/benchmark_store.h"
#include "state/team_store.h"

namespace systemic {

namespace {

void Block(AppModel& state, SaveBlock why, const std::string& message) {
    state.save_block = why;
    state.save_block_message = message;
    state.announcement = message;
}

std::string Joined(const std::vector<std::string>& items, size_t max_items) {
    std::string out;
    for (size_t i = 0; i < items.size() && i < max_items; ++i) out += (i ? ", " : "") + items[i];
    if (items.size() > max_items) out += " and " + std::to_string(items.size() - max_items) + " more";
    return out;
}

// What another tab stored (`current`) is taken into this tab's assessment. `theirs_newer`: the other tab's change
// is the latest (a storage event); otherwise this tab is about to save an edit of its own, which is newer.
// Returns false when saving must stop: the other tab's data cannot be merged without losing something.
bool TakeIn(AppModel& state, const std::optional<std::string>& current, bool theirs_newer) {
    if (!current) {
        // Removed elsewhere (or the storage was cleared): this tab writes its copy back, so nothing is lost.
        state.last_seen.reset();
        state.last_seen_readable = true;
        state.dirty = true;
        return true;
    }
    SessionRestore theirs = SessionFromJson(*current, state.questionnaires);
    if (!theirs.ok) {
        Block(state, SaveBlock::Unreadable,
              "Another tab or window has saved data here that this page cannot read: " + theirs.problem +
                  ". This tab has stopped saving so it does not write over it. Download your answers to keep them.");
        return false;
    }
    if (theirs.session.id != state.session.id) {
        Block(state, SaveBlock::OtherAssessment,
              "Another tab or window has started or opened a different assessment, and it is now the saved one. "
              "This tab has stopped saving so it does not write over it. Download this tab's answers to keep them, "
              "or switch to the saved assessment (this tab's answers are then kept as a copy).");
        return false;
    }
    Merge merge = MergeResults(state.base, state.session.result, theirs.session.result, theirs_newer);
    state.session.result = std::move(merge.result);
    state.last_seen = current;
    state.last_seen_readable = true;
    state.base = theirs.session.result;
    state.revision = theirs.revision;
    if (merge.from_mine > 0) state.dirty = true;   // this tab's own changes still need writing
    std::string notice;
    if (merge.from_theirs > 0) notice = "Answers saved in another tab or window were added here.";
    if (!merge.both_changed.empty())
        notice += std::string(notice.empty() ? "" : " ") + "This tab and another both changed " +
                  Joined(merge.both_changed, 3) + "; the newer answer" + (merge.both_changed.size() == 1 ? " was" : "s were") +
                  " kept.";
    if (!notice.empty()) {
        state.storage_notice = notice;
        state.announcement = notice;
    }
    return true;
}

std::string KeptWhen(const std::string& key) {
    if (key.compare(0, std::string(kKeptCopyPrefix).size(), kKeptCopyPrefix) != 0) return "";
    return key.substr(std::string(kKeptCopyPrefix).size(), 19);   // the ISO date and time, without a ".2" suffix
}

std::vector<std::string> KeptKeys(Host& host) {
    std::vector<std::string> keys = host.StorageKeys(kKeptCopyPrefix);
    if (host.StorageGet(kSessionBackupKey)) keys.emplace_back(kSessionBackupKey);   // the single backup of earlier pages
    return keys;
}

} // namespace

StorageResult KeepCopy(Host& host, const std::string& text, const std::string& now, std::string* key) {
    for (const std::string& existing : KeptKeys(host)) {
        std::optional<std::string> kept = host.StorageGet(existing);
        if (kept && *kept == text) {
            if (key) *key = existing;
            return StorageResult::Saved;
        }
    }
    const std::string base = kKeptCopyPrefix + now;
    std::string candidate = base;
    for (int n = 2; host.StorageGet(candidate) && n < 10000; ++n) candidate = base + "." + std::to_string(n);
    const StorageResult written = host.StorageSet(candidate, text);
    if (written == StorageResult::Saved) {
        // Read back: a write the browser accepted but did not keep is no copy.
        std::optional<std::string> back = host.StorageGet(candidate);
        if (!back || *back != text) return StorageResult::Failed;
        if (key) *key = candidate;
    }
    return written;
}

std::string WhyNotStored(StorageResult r) {
    return r == StorageResult::Full ? "this browser's storage is full"
           : r == StorageResult::Unavailable ? "this browser does not allow storing data here"
                                             : "this browser refused to store it";
}

bool KeepUnreadableAside(AppModel& state, Host& host, const std::string& text, const std::string& what,
                         const std::string& otherwise) {
    const StorageResult kept = KeepCopy(host, text, host.Now(), nullptr);
    const bool ok = kept == StorageResult::Saved;
    state.storage_notice = ok ? what + " It is kept under \"Kept copies\" on the first page until you remove it."
                              : what + " It could not be kept aside (" + WhyNotStored(kept) + "), " + otherwise +
                                    ". Removing kept copies on the first page makes room.";
    state.announcement = state.storage_notice;
    if (ok) RefreshKeptCopies(state, host);
    return ok;
}

void RefreshKeptCopies(AppModel& state, Host& host) {
    state.kept_copies.clear();
    for (const std::string& key : KeptKeys(host)) {
        std::optional<std::string> text = host.StorageGet(key);
        if (!text) continue;
        KeptCopy copy;
        copy.key = key;
        copy.when = KeptWhen(key);
        copy.bytes = text->size();
        // A kept copy is the answers' data, a team view's (state/team_store.h), a benchmark (state/benchmark_store.h)
        // or an earlier result (state/compare_store.h), the last three saying so in a field of their own.
        if (!DescribeTeamRecord(*text, state.questionnaires, &copy.what) && !DescribeBenchmarkRecord(*text, &copy.what) &&
            !DescribeEarlierRecord(*text, state.questionnaires, &copy.what)) {
            SessionRestore restore = SessionFromJson(*text, state.questionnaires);
            copy.what = restore.ok ? SessionSummary(restore.session, state.questionnaires)
                                   : "This version could not read it: " + restore.problem + ".";
        }
        state.kept_copies.push_back(std::move(copy));
    }
    std::sort(state.kept_copies.begin(), state.kept_copies.end(),
              [](const KeptCopy& a, const KeptCopy& b) { return a.key > b.key; });
}

void ReadStoredSession(AppModel& state, Host& host) {
    state.session = Session{};
    state.restore_notes.clear();
    state.stored_problem.clear();
    state.stored_raw.clear();
    state.missing_questionnaire.clear();
    state.last_seen = host.StorageGet(kSessionKey);
    state.last_seen_readable = true;
    state.base = Result{};
    state.revision = 0;
    if (state.last_seen) {
        SessionRestore restore = SessionFromJson(*state.last_seen, state.questionnaires);
        if (restore.ok) {
            state.session = std::move(restore.session);
            state.restore_notes = std::move(restore.notes);
            state.base = state.session.result;
            state.revision = restore.revision;
            state.saved_once = true;
            state.saved_at = state.session.result.updated;
        } else {
            state.stored_problem = restore.problem;
            state.stored_raw = *state.last_seen;
            state.missing_questionnaire = restore.missing_questionnaire;
            state.last_seen_readable = false;
        }
    }
    RefreshKeptCopies(state, host);
}

bool RetryStoredSession(AppModel& state, Host& host) {
    if (HasSession(state) || state.missing_questionnaire.empty()) return false;
    if (FindQuestionnaire(state, state.missing_questionnaire) < 0) return false;
    ReadStoredSession(state, host);
    if (!HasSession(state)) return false;
    state.chosen_questionnaire = state.session.questionnaire;
    state.chosen_mode = state.session.result.mode;
    return true;
}

void SaveSession(AppModel& state, Host& host) {
    if (!HasSession(state) || state.save_block != SaveBlock::None) return;   // stays dirty; the header says why
    const std::optional<std::string> current = host.StorageGet(kSessionKey);
    if (current != state.last_seen && !TakeIn(state, current, false)) return;
    if (current && !state.last_seen_readable) {
        // The user was told this data could not be read and started or opened another assessment: keep it first.
        const StorageResult kept = KeepCopy(host, *current, host.Now(), nullptr);
        if (kept != StorageResult::Saved) {
            state.save_result = kept;
            Block(state, SaveBlock::CopyNotKept,
                  "The earlier saved data, which this version could not read, could not be kept aside (" +
                      std::string(kept == StorageResult::Full ? "this browser's storage is full"
                                                              : "this browser refused to store it") +
                      "), so this assessment is not being saved over it. Download the earlier data, then remove it "
                      "to make room; or download your answers.");
            return;
        }
        state.last_seen_readable = true;
        state.storage_notice = "The earlier saved data, which this version could not read, is kept under \"Kept copies\" "
                               "on the first page until you remove it.";
        RefreshKeptCopies(state, host);
    }
    const int revision = state.revision + 1;
    const std::string record = SessionToJson(state.session, revision, state.tab_id);
    state.save_result = host.StorageSet(kSessionKey, record);
    state.dirty = false;   // a failed write is tried again with the next change; the header says it failed
    if (state.save_result != StorageResult::Saved) return;
    // What the storage now holds, as read back (a browser may store text a little differently from how it was
    // given): the next write compares against exactly this.
    state.last_seen = host.StorageGet(kSessionKey);
    if (!state.last_seen) state.last_seen = record;
    state.last_seen_readable = true;
    state.revision = revision;
    state.base = state.session.result;
    state.saved_once = true;
    state.saved_at = state.session.result.updated;
    state.stored_raw.clear();
    state.stored_problem.clear();
    state.missing_questionnaire.clear();
}

void StorageChanged(AppModel& state, Host& host, const std::string& key) {
    const bool all = key.empty();
    if (all || key == kCustomQuestionnairesKey) {
        LoadStoredCustomQuestionnaires(state, host);
        if (RetryStoredSession(state, host)) state.announcement = "Your saved assessment can be resumed now.";
    }
    if (all || key == kSessionKey) {
        const std::optional<std::string> current = host.StorageGet(kSessionKey);
        if (current != state.last_seen) {
            if (!HasSession(state)) {
                // Nothing open in this tab: offer what is stored now, as a reload would.
                ReadStoredSession(state, host);
                if (HasSession(state)) {
                    state.chosen_questionnaire = state.session.questionnaire;
                    state.chosen_mode = state.session.result.mode;
                }
            } else if (state.save_block == SaveBlock::None) {
                TakeIn(state, current, true);
            }
        }
    }
    if (all || key == kTeamKey) TeamStorageChanged(state, host);
    if (all || key == kBenchmarkKey) BenchmarkStorageChanged(state, host);
    if (all || key == kEarlierKey) EarlierStorageChanged(state, host);
    if (all || key.compare(0, std::string(kKeptCopyPrefix).size(), kKeptCopyPrefix) == 0 || key == kSessionBackupKey)
        RefreshKeptCopies(state, host);
}

void ReloadStored(AppModel& state, Host& host) {
    if (HasSession(state)) {
        const StorageResult kept = KeepCopy(host, SessionToJson(state.session, state.revision, state.tab_id), host.Now(), nullptr);
        if (kept != StorageResult::Saved && !state.drop_confirmed) {
            state.drop_confirmed = true;
            state.storage_notice = "This tab's answers could not be kept in this browser (" +
                                   std::string(kept == StorageResult::Full ? "its storage is full" : "it refused to store them") +
                                   "). Download them first; choosing \"Use the saved assessment\" again then drops them.";
            state.announcement = state.storage_notice;
            return;
        }
        if (kept == StorageResult::Saved)
            state.storage_notice = "This tab's answers are kept under \"Kept copies\" on the first page until you remove them.";
    }
    state.drop_confirmed = false;
    state.save_block = SaveBlock::None;
    state.save_block_message.clear();
    state.save_result = StorageResult::Saved;
    state.dirty = false;
    ReadStoredSession(state, host);
    if (HasSession(state)) {
        state.chosen_questionnaire = state.session.questionnaire;
        state.chosen_mode = state.session.result.mode;
    }
    ++state.question_changes;
    GoTo(state, Screen::Welcome);
}

void DownloadStored(AppModel& state, Host& host, const std::string& key) {
    const std::optional<std::string> text = host.StorageGet(key);
    if (!text) {
        state.storage_notice = "That copy is no longer stored in this browser.";
        RefreshKeptCopies(state, host);
        return;
    }
    std::string when = KeptWhen(key).substr(0, 10);
    if (when.empty()) when = "earlier";
    SessionRestore restore = SessionFromJson(*text, state.questionnaires);
    if (restore.ok) {
        // A results file, which the page and the command-line tool can open again.
        host.Download("systemic-" + state.questionnaires[static_cast<size_t>(restore.session.questionnaire)].id + "-kept-" +
                          when + ".json",
                      "application/json", SaveResult(restore.session.result));
        return;
    }
    std::string what;
    const bool team = DescribeTeamRecord(*text, state.questionnaires, &what);   // the team view opens it again (state/inbox.h)
    host.Download(std::string(team ? "systemic-team-kept-" : "systemic-kept-copy-") + when + ".json", "application/json",
                  *text);   // the bytes as stored
}

void RemoveStored(AppModel& state, Host& host, const std::string& key) {
    host.StorageRemove(key);
    if (host.StorageGet(key)) {
        state.storage_notice = "That copy could not be removed from this browser's storage.";
        return;
    }
    if (key == kSessionKey) {
        // The earlier unreadable data, removed so this assessment can be saved in its place.
        state.last_seen.reset();
        state.last_seen_readable = true;
        state.stored_raw.clear();
        state.stored_problem.clear();
        state.missing_questionnaire.clear();
        if (state.save_block == SaveBlock::CopyNotKept) {
            state.save_block = SaveBlock::None;
            state.save_block_message.clear();
            state.save_result = StorageResult::Saved;
        }
        if (HasSession(state)) state.dirty = true;
    }
    RefreshKeptCopies(state, host);
    state.announcement = "Removed.";
}

} // namespace systemic
