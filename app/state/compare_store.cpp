// compare_store.cpp — the earlier result for progress over time: opened from a file or a link, checked against the
// open assessment, compared (rules/compare.h), and kept in this browser (state/compare_store.h).
#include "state/compare_store.h"

#include <nlohmann/json.hpp>

#include "formats/json_document.h"
#include "formats/links.h"
#include "formats/result_file.h"
#include "state/autosave.h"
#include "state/inbox.h"
#include "text/dates.h"

namespace systemic {

namespace {

// One earlier result as read from a file, a link or the stored record, before it is taken.
struct EarlierRead {
    bool ok = false;
    int questionnaire = -1;
    Result result;
    VersionGap gap;
    std::string file;                  // the results file's JSON text ("" for a link)
    std::string link;
    std::string problem;               // plain words, naming the file or link, when !ok
};

std::string Title(const Questionnaire& q) { return q.title.empty() ? q.id : q.title; }

std::string Lines(const std::string& name, const Issues& issues, size_t max_lines = 6) {
    std::string out;
    size_t shown = 0;
    for (const Issue& issue : issues) {
        if (issue.severity != Severity::Error) continue;
        if (shown++ == max_lines) {
            out += "\n...";
            break;
        }
        out += "\n" + FormatIssue(name, issue);
    }
    return out;
}

void Notice(AppModel& state, const std::string& text) {
    state.storage_notice = text;
    state.earlier.message = text;
    state.announcement = text;
}

// The results file's JSON, read into its questionnaire. `name` names it in every message.
EarlierRead ReadFile(const std::vector<Questionnaire>& all, const std::string& name, const std::string& text) {
    EarlierRead out;
    const JsonDocument doc = ParseJson(text);
    if (!doc.ok) {
        out.problem = name + " could not be read as a results file: it is damaged or not JSON." + Lines(name, doc.issues);
        return out;
    }
    const nlohmann::json& j = doc.value;
    if (j.is_object() && j.contains("questions")) {
        out.problem = name + " is a questionnaire, not a results file. Choose the results file (.json) of your earlier assessment.";
        return out;
    }
    if (j.is_object() && j.contains("format") && j["format"] == "systemic-team") {
        out.problem = name + " is a team view, not one person's results. Open it on the team screen; here, choose the results file "
                             "of your own earlier assessment.";
        return out;
    }
    std::string id;
    if (j.is_object() && j.contains("questionnaire") && j["questionnaire"].is_object() && j["questionnaire"].contains("id") &&
        j["questionnaire"]["id"].is_string())
        id = j["questionnaire"]["id"].get<std::string>();
    if (id.empty()) {
        out.problem = name + " is not a Systemic results file: it does not say which questionnaire it answers (\"questionnaire\" "
                             "at its top is missing).";
        return out;
    }
    const int qi = [&] {
        for (size_t i = 0; i < all.size(); ++i)
            if (all[i].id == id) return static_cast<int>(i);
        return -1;
    }();
    if (qi < 0) {
        out.problem = name + " holds answers to a questionnaire this page does not have (" + Excerpt(id) +
                      "). Load that questionnaire first, then choose the file again.";
        return out;
    }
    ResultLoad load = LoadResult(doc, all[static_cast<size_t>(qi)]);
    if (!load.result) {
        out.problem = name + " could not be opened:" + Lines(name, load.issues);
        return out;
    }
    out.ok = true;
    out.questionnaire = qi;
    out.result = std::move(*load.result);
    out.gap = GapOf(load);
    out.file = text;
    return out;
}

// One results link (the whole of `text` is the link). `label` names it in messages.
EarlierRead ReadLink(const std::vector<Questionnaire>& all, const std::string& label, const std::string& text) {
    EarlierRead out;
    std::vector<const Questionnaire*> known;
    for (const Questionnaire& q : all) known.push_back(&q);
    ResultLinkDecode decode = DecodeResultLink(text, known);
    if (!decode.result) {
        std::string why = "it could not be read";
        for (const Issue& issue : decode.issues)
            if (issue.severity == Severity::Error) {
                why = issue.message;
                break;
            }
        out.problem = label + ": " + why;
        return out;
    }
    out.ok = true;
    out.questionnaire = decode.questionnaire;
    out.result = std::move(*decode.result);
    out.link = std::string(LinkFragment(text));
    return out;
}

// The text of a file or a paste that is not JSON: it must hold exactly one results link.
EarlierRead ReadLinkText(const std::vector<Questionnaire>& all, const std::string& where, const std::string& text) {
    EarlierRead out;
    const PastedLinks found = FindLinks(text);
    std::vector<const FoundLink*> results;
    bool invitation = false;
    for (const FoundLink& link : found.links) {
        if (link.kind == LinkKind::Results) results.push_back(&link);
        else invitation = true;
    }
    if (results.empty()) {
        out.problem = invitation ? where + " holds an invitation link, not a results link. A results link holds \"#r=\"; you copy "
                                           "it with \"Copy my results link\" on the results screen."
                                 : where + " holds no results link. A results link holds \"#r=\" followed by letters and digits: "
                                           "copy the whole link.";
        return out;
    }
    if (results.size() > 1) {
        out.problem = where + " holds " + std::to_string(results.size()) +
                      " results links. Compare with one earlier result at a time: keep only its link.";
        return out;
    }
    return ReadLink(all, where == "What you pasted" ? "The link you pasted (" + Excerpt(results[0]->text, 32) + ")"
                                                    : where + ", its link (" + Excerpt(results[0]->text, 32) + ")",
                    results[0]->text);
}

// The stored record, read back. Never throws.
EarlierRead ReadRecord(const std::vector<Questionnaire>& all, std::string_view text, std::string* source) {
    EarlierRead out;
    const JsonDocument doc = ParseJson(text);
    if (!doc.ok) {
        out.problem = "it is damaged";
        return out;
    }
    const nlohmann::json& j = doc.value;
    if (!j.is_object() || !j.contains("format") || j["format"] != kEarlierFormat) {
        out.problem = "it is not earlier results saved by Systemic";
        return out;
    }
    if (!j.contains("version") || !j["version"].is_number_integer() || j["version"].get<std::int64_t>() < 1) {
        out.problem = "it has no format version Systemic writes";
        return out;
    }
    if (j["version"].get<std::int64_t>() > kEarlierFormatVersion) {
        out.problem = "it was saved by a newer version of Systemic (format version " + DumpJson(j["version"]) + ")";
        return out;
    }
    if (source && j.contains("source") && j["source"].is_string()) *source = j["source"].get<std::string>();
    if (j.contains("link") && j["link"].is_string()) {
        out = ReadLink(all, "its link", j["link"].get<std::string>());
    } else if (j.contains("result") && j["result"].is_object()) {
        out = ReadFile(all, "its results", DumpJson(j["result"]));
    } else {
        out.problem = "it holds neither a results file nor a link";
        return out;
    }
    if (out.ok && (!j.contains("questionnaire") || !j["questionnaire"].is_string() ||
                   j["questionnaire"].get<std::string>() != all[static_cast<size_t>(out.questionnaire)].id)) {
        out = EarlierRead{};
        out.problem = "its questionnaire does not match its results";
    }
    return out;
}

void Take(EarlierState& e, EarlierRead read, const std::string& source) {
    e.open = true;
    e.questionnaire = read.questionnaire;
    e.result = std::move(read.result);
    e.gap = std::move(read.gap);
    e.file = std::move(read.file);
    e.link = std::move(read.link);
    e.source = source;
    ++e.changes;
}

void Clear(EarlierState& e) {
    e.open = false;
    e.questionnaire = -1;
    e.result = Result{};
    e.gap = VersionGap{};
    e.file.clear();
    e.link.clear();
    e.source.clear();
    ++e.changes;
}

// Stored data this page cannot read is kept as a copy before it is replaced or removed; false (with a message)
// when no copy could be written: it then stays where it is.
bool KeepUnreadable(AppModel& state, Host& host, const std::string& text, const std::string& what) {
    const bool kept = KeepUnreadableAside(state, host, text, what, "so it stays where it is and is not written over");
    state.earlier.stored_unreadable = !kept;
    state.earlier.message = state.storage_notice;   // the section says it too (Notice's rule)
    return kept;
}

// Writes the earlier result (just opened). Unreadable stored data is kept aside first, or not written over.
void Store(AppModel& state, Host& host) {
    EarlierState& e = state.earlier;
    const std::optional<std::string> current = host.StorageGet(kEarlierKey);
    if (current && (e.stored_unreadable || current != e.last_seen) && !ReadRecord(state.questionnaires, *current, nullptr).ok &&
        !KeepUnreadable(state, host, *current, "Earlier results stored in this browser could not be read.")) {
        e.message = "The comparison is shown for now, but it could not be kept in this browser: earlier results stored here "
                    "could not be read nor kept aside, so they are not written over. After a reload, open the earlier file again.";
        return;
    }
    const std::string record = EarlierRecordJson(e, state.questionnaires);
    const StorageResult written = host.StorageSet(kEarlierKey, record);
    if (written != StorageResult::Saved) {
        Notice(state, "The comparison is shown for now, but it could not be kept in this browser (" + WhyNotStored(written) +
                          "). After a reload, open the earlier file or link again." +
                          (written == StorageResult::Full ? " Removing kept copies on the first page makes room." : ""));
        return;
    }
    e.last_seen = host.StorageGet(kEarlierKey);
    if (!e.last_seen) e.last_seen = record;
}

// A result read from a file or a link becomes the earlier side, unless it cannot be compared with the open assessment.
void Open(AppModel& state, Host& host, EarlierRead read, const std::string& source, const std::string& name) {
    EarlierState& e = state.earlier;
    e.problem.clear();
    e.message.clear();
    if (!read.ok) {
        e.problem = read.problem + "\nNothing was changed.";
        state.announcement = e.problem;
        return;
    }
    if (!HasSession(state)) {
        e.problem = "Open or finish an assessment first: an earlier result is compared with your current results.";
        state.announcement = e.problem;
        return;
    }
    if (read.questionnaire != state.session.questionnaire) {
        e.problem = name + " holds answers to " + Title(state.questionnaires[static_cast<size_t>(read.questionnaire)]) +
                    ", but your current results answer " + Title(SessionQuestionnaire(state)) +
                    ". Only two results of the same questionnaire can be compared.\nNothing was changed.";
        state.announcement = e.problem;
        return;
    }
    if (SameTeamResult(read.result, state.session.result)) {
        e.problem = name + " holds the same answers as your current results, so there is nothing to compare. Choose the results "
                           "of an earlier assessment.\nNothing was changed.";
        state.announcement = e.problem;
        return;
    }
    Take(e, std::move(read), source);
    const std::string date = ShortDate(!e.result.updated.empty() ? e.result.updated : e.result.created);
    e.message = "Comparing your current results with " + source + (date.empty() ? std::string() : ", from " + date) + ".";
    state.announcement = e.message;
    Store(state, host);
}

// Another tab's record (or none) becomes this tab's earlier result.
void TakeStored(AppModel& state, Host& host, const std::optional<std::string>& current, bool at_start) {
    EarlierState& e = state.earlier;
    e.last_seen = current;
    e.stored_unreadable = false;
    if (!current) {
        if (e.open && !at_start) {
            Clear(e);
            e.message = "The comparison was removed in another tab or window.";
            state.announcement = e.message;
        }
        return;
    }
    std::string source;
    EarlierRead read = ReadRecord(state.questionnaires, *current, &source);
    if (read.ok) {
        const bool had = e.open;
        Take(e, std::move(read), source.empty() ? std::string("your earlier results") : source);
        if (!at_start) {
            e.message = had ? "Another tab or window chose other earlier results: comparing with " + e.source + "."
                            : "Another tab or window opened earlier results to compare with: " + e.source + ".";
            state.announcement = e.message;
        }
        return;
    }
    const std::string what = "The earlier results kept in this browser for comparing could not be read: " + read.problem + ".";
    if (!KeepUnreadable(state, host, *current, what)) return;
    host.StorageRemove(kEarlierKey);
    e.last_seen = host.StorageGet(kEarlierKey);
}

} // namespace

void PickEarlier(AppModel& state, Host& host) {
    state.earlier.picking = true;
    state.earlier.problem.clear();
    host.PickFiles(false);
}

void PickEarlierCancelled(AppModel& state) {
    EarlierState& e = state.earlier;
    if (!e.picking) return;
    e.picking = false;
    e.problem = "No file was chosen. Nothing was changed: press \"Compare with an earlier result\" again to choose one.";
    e.message.clear();
    state.announcement = e.problem;
}

void OpenEarlierFile(AppModel& state, Host& host, const std::string& name, const std::string& text) {
    const std::size_t first = text.find_first_not_of(" \t\r\n");
    if (first == std::string::npos) {
        Open(state, host, EarlierRead{false, -1, {}, {}, "", "", name + " is empty."}, name, name);
        return;
    }
    if (text[first] != '{' && text[first] != '[') {
        Open(state, host, ReadLinkText(state.questionnaires, name, text), name, name);
        return;
    }
    Open(state, host, ReadFile(state.questionnaires, name, text), name, name);
}

void OpenEarlierLink(AppModel& state, Host& host, const std::string& text) {
    if (text.find_first_not_of(" \t\r\n") == std::string::npos) {
        state.earlier.problem = "Paste the earlier results link into the box first.";
        state.earlier.message.clear();
        state.announcement = state.earlier.problem;
        return;
    }
    Open(state, host, ReadLinkText(state.questionnaires, "What you pasted", text), "a results link", "The link");
    if (state.earlier.problem.empty()) state.earlier.paste.clear();
}

void RemoveEarlier(AppModel& state, Host& host) {
    EarlierState& e = state.earlier;
    e.problem.clear();
    if (!e.stored_unreadable) {
        host.StorageRemove(kEarlierKey);
        e.last_seen = host.StorageGet(kEarlierKey);
    }
    Clear(e);
    e.message = e.last_seen && !e.stored_unreadable
                    ? "Comparison removed from this page, but this browser did not let it be removed from storage: it may come back after a reload."
                    : "Comparison removed. Your current results are unchanged.";
    state.announcement = e.message;
}

void ReadStoredEarlier(AppModel& state, Host& host) {
    Clear(state.earlier);
    TakeStored(state, host, host.StorageGet(kEarlierKey), true);
}

void EarlierStorageChanged(AppModel& state, Host& host) {
    const std::optional<std::string> current = host.StorageGet(kEarlierKey);
    if (current == state.earlier.last_seen) return;
    TakeStored(state, host, current, false);
}

const Comparison* CurrentComparison(AppModel& state) {
    EarlierState& e = state.earlier;
    if (!e.open || !HasSession(state) || state.session.questionnaire != e.questionnaire) return nullptr;
    const Questionnaire& q = SessionQuestionnaire(state);
    RefreshResults(state.results_cache, q, state.session.questionnaire, state.session.result);
    const std::vector<int> key = {e.changes, state.results_cache.computations, state.session.questionnaire};
    if (key != e.compared_key) {
        e.comparison = Compare(q, e.result, state.session.result, e.gap);
        e.compared_key = key;
    }
    return &e.comparison;
}

std::string EarlierRecordJson(const EarlierState& earlier, const std::vector<Questionnaire>& all) {
    nlohmann::ordered_json j;
    j["format"] = kEarlierFormat;
    j["version"] = kEarlierFormatVersion;
    const bool known = earlier.questionnaire >= 0 && earlier.questionnaire < static_cast<int>(all.size());
    j["questionnaire"] = known ? all[static_cast<size_t>(earlier.questionnaire)].id : "";
    j["source"] = earlier.source;
    if (!earlier.link.empty()) {
        j["link"] = earlier.link;
    } else {
        // The file as opened: read again after a reload, it says the same about an older questionnaire version.
        const JsonDocument doc = ParseJson(earlier.file);
        j["result"] = doc.ok ? nlohmann::ordered_json(doc.value) : nlohmann::ordered_json(ResultToJson(earlier.result));
    }
    return DumpJson(j);
}

bool DescribeEarlierRecord(std::string_view text, const std::vector<Questionnaire>& all, std::string* what) {
    const JsonDocument doc = ParseJson(text);
    if (!doc.ok || !doc.value.is_object() || !doc.value.contains("format") || doc.value["format"] != kEarlierFormat) return false;
    std::string source;
    const EarlierRead read = ReadRecord(all, text, &source);
    *what = read.ok ? "Earlier results kept for comparing: " + (source.empty() ? std::string("a results file") : source) + " (" +
                          Title(all[static_cast<size_t>(read.questionnaire)]) + ")."
                    : "Earlier results kept for comparing, which this version could not read: " + read.problem + ".";
    return true;
}

} // namespace systemic
