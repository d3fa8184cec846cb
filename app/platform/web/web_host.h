// web_host.h — the Host the UI uses in the browser: localStorage, live region, clipboard, downloads.
#pragma once

#include "state/host.h"

namespace systemic {

class WebHost final : public Host {
public:
    std::optional<std::string> StorageGet(const std::string& key) override;
    StorageResult StorageSet(const std::string& key, const std::string& value) override;
    void StorageRemove(const std::string& key) override;
    std::vector<std::string> StorageKeys(const std::string& prefix) override;
    std::string InstanceId() override;
    void Announce(const std::string& text) override;
    void CopyText(const std::string& text) override;
    void Download(const std::string& filename, const std::string& mime, const std::string& data) override;
    void OpenUrl(const std::string& url) override;
    std::string Now() override;
    void PickFiles(bool multiple) override;
    std::string PageUrl() override;
    void ClearFragment() override;
    void HistoryPush(const std::string& place, const std::string& title) override;
    void HistoryReplace(const std::string& place, const std::string& title) override;
};

bool PrefersDarkScheme();   // the system's prefers-color-scheme, read once at start
int PrefersContrast();      // 2: forced-colors active; 1: prefers-contrast: more; 0: neither (read once at start)

} // namespace systemic
