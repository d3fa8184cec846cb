// host.h — what the UI asks of the platform it runs on (browser, or headless for tests).
// The UI calls these; app/platform implements them. Keeps ui free of Emscripten and #ifdefs.
#pragma once

#include <optional>
#include <string>
#include <vector>

namespace systemic {

enum class StorageResult { Saved, Unavailable, Full, Failed };

// Storage is this browser's localStorage, shared by every tab of the page (and, on file://, by every local page).
// Another tab's writes reach this one through StorageChanged (state/autosave.h), which the platform calls when the
// browser reports a `storage` event.

class Host {
public:
    virtual ~Host() = default;

    virtual std::optional<std::string> StorageGet(const std::string& key) = 0;                 // nullopt when absent or storage unusable
    virtual StorageResult StorageSet(const std::string& key, const std::string& value) = 0;    // why a write did not happen
    virtual void StorageRemove(const std::string& key) = 0;
    virtual std::vector<std::string> StorageKeys(const std::string& prefix) = 0;                // keys that start with prefix, any order; empty when unusable
    virtual std::string InstanceId() = 0;                                                      // this tab's id, fixed for the page's life, unlikely to repeat (8..32 characters)
    virtual void Announce(const std::string& text) = 0;                                        // screen-reader live region
    virtual void CopyText(const std::string& text) = 0;                                        // system clipboard
    virtual void Download(const std::string& filename, const std::string& mime, const std::string& data) = 0;
    virtual void OpenUrl(const std::string& url) = 0;                                          // mailto: links and the like
    virtual std::string Now() = 0;                                                             // local date and time, ISO 8601 ("2026-11-22T21:40:00")
    virtual void PickFiles(bool multiple) = 0;                                                 // file picker; chosen files arrive through ReceiveFile (state/inbox.h)
    virtual std::string PageUrl() = 0;                                                         // this page's address without its fragment, for building links
    virtual void ClearFragment() = 0;                                                          // drop the #fragment from the address bar once it has been read
    // The browser's history (state/history.h): place is PlaceText's form ("questions/5"), title the page's title.
    virtual void HistoryPush(const std::string& place, const std::string& title) = 0;          // a new entry after the current one (Back returns)
    virtual void HistoryReplace(const std::string& place, const std::string& title) = 0;       // the current entry now holds this place
};

} // namespace systemic
