// headless_host.h — a Host that keeps storage, announcements, copies and downloads in memory, for tests.
// Storage can be told to fail, so tests can check the app's behaviour when the browser refuses to save.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "state/host.h"

namespace systemic {

class HeadlessHost final : public Host {
public:
    std::map<std::string, std::string> storage;
    StorageResult storage_mode = StorageResult::Saved;   // anything else: every write fails that way
    bool storage_readable = true;                       // false: every read finds nothing
    std::vector<std::string> announcements;
    std::vector<std::string> copied;
    struct File { std::string filename, mime, data; };
    std::vector<File> downloads;
    std::vector<std::string> opened_urls;

    std::optional<std::string> StorageGet(const std::string& key) override;
    StorageResult StorageSet(const std::string& key, const std::string& value) override;
    void StorageRemove(const std::string& key) override;
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
};

} // namespace systemic
