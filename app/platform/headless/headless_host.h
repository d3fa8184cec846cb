// headless_host.h — a Host that keeps storage, announcements, copies and downloads in memory, for tests.
// Storage can be told to fail or to hold only so many bytes, and several hosts can share one storage like tabs of
// one browser: a write by one is queued as a `storage` event for the others, delivered when the test says so.
#pragma once

#include <map>
#include <memory>
#include <string>
#include <vector>

#include "state/host.h"

namespace systemic {

class HeadlessHost;

// One browser's localStorage, shared by the hosts (tabs) made with it.
struct HeadlessStorage {
    std::map<std::string, std::string> items;
    size_t quota_bytes = 0;                             // 0: no limit; else keys plus values may hold this many bytes
    std::vector<HeadlessHost*> tabs;                    // every host using this storage (they register themselves)
    size_t Used() const;                                // bytes of keys and values now stored
    // A write from outside any tab (another version of the page, say): every tab gets the storage event.
    void WriteFromElsewhere(const std::string& key, const std::string& value);
    void RemoveFromElsewhere(const std::string& key);
};

class HeadlessHost final : public Host {
public:
    explicit HeadlessHost(std::shared_ptr<HeadlessStorage> shared_storage = nullptr, std::string id = "tab-1");
    ~HeadlessHost() override;
    HeadlessHost(const HeadlessHost&) = delete;
    HeadlessHost& operator=(const HeadlessHost&) = delete;

    std::shared_ptr<HeadlessStorage> shared;            // the storage, perhaps shared with other tabs
    std::map<std::string, std::string>& storage;        // shared->items
    std::vector<std::string> storage_events;            // keys another tab changed, not yet handed to the model
    StorageResult storage_mode = StorageResult::Saved;   // anything else: every write fails that way
    bool storage_readable = true;                       // false: every read finds nothing
    int storage_writes = 0;                             // StorageSet calls that stored something
    std::string instance_id;
    std::vector<std::string> announcements;
    std::vector<std::string> copied;
    struct File { std::string filename, mime, data; };
    std::vector<File> downloads;
    std::vector<std::string> opened_urls;

    std::optional<std::string> StorageGet(const std::string& key) override;
    StorageResult StorageSet(const std::string& key, const std::string& value) override;
    void StorageRemove(const std::string& key) override;
    std::vector<std::string> StorageKeys(const std::string& prefix) override;
    std::string InstanceId() override { return instance_id; }
    void Announce(const std::string& text) override { announcements.push_back(text); }
    void CopyText(const std::string& text) override { copied.push_back(text); }
    void Download(const std::string& filename, const std::string& mime, const std::string& data) override {
        downloads.push_back({filename, mime, data});
    }
    void OpenUrl(const std::string& url) override { opened_urls.push_back(url); }
    std::string now = "2026-11-22T10:00:00";            // a fixed clock, so tests are deterministic
    std::string Now() override { return now; }
    int pick_requests = 0;                              // how often the UI asked for a file picker
    void PickFiles(bool) override { ++pick_requests; }
    std::string page_url = "file:///home/user/systemic.html";
    std::string PageUrl() override { return page_url; }
    int fragment_clears = 0;
    void ClearFragment() override { ++fragment_clears; }
    // The browser's history as a list of places with the current index, like the session history of one tab.
    std::vector<std::string> history;
    int history_index = -1;
    std::string title;
    void HistoryPush(const std::string& place, const std::string& page_title) override {
        history.resize(static_cast<size_t>(history_index + 1));   // a push drops the entries ahead, as browsers do
        history.push_back(place);
        history_index = static_cast<int>(history.size()) - 1;
        title = page_title;
    }
    void HistoryReplace(const std::string& place, const std::string& page_title) override {
        if (history_index < 0) {
            history.push_back(place);
            history_index = 0;
        } else {
            history[static_cast<size_t>(history_index)] = place;
        }
        title = page_title;
    }

private:
    void Notify(const std::string& key);                // queue the storage event in every other tab
};

} // namespace systemic
