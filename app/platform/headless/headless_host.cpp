// headless_host.cpp — in-memory storage with switchable failures, a quota, and tabs that share it.
#include "headless_host.h"

#include <algorithm>

namespace systemic {

size_t HeadlessStorage::Used() const {
    size_t n = 0;
    for (const auto& [k, v] : items) n += k.size() + v.size();
    return n;
}

void HeadlessStorage::WriteFromElsewhere(const std::string& key, const std::string& value) {
    items[key] = value;
    for (HeadlessHost* tab : tabs) tab->storage_events.push_back(key);
}

void HeadlessStorage::RemoveFromElsewhere(const std::string& key) {
    items.erase(key);
    for (HeadlessHost* tab : tabs) tab->storage_events.push_back(key);
}

HeadlessHost::HeadlessHost(std::shared_ptr<HeadlessStorage> shared_storage, std::string id)
    : shared(shared_storage ? std::move(shared_storage) : std::make_shared<HeadlessStorage>()),
      storage(shared->items),
      instance_id(std::move(id)) {
    shared->tabs.push_back(this);
}

HeadlessHost::~HeadlessHost() {
    auto& tabs = shared->tabs;
    tabs.erase(std::remove(tabs.begin(), tabs.end(), this), tabs.end());
}

void HeadlessHost::Notify(const std::string& key) {
    // Like browsers: every other tab hears of the change, the writer does not.
    for (HeadlessHost* tab : shared->tabs)
        if (tab != this) tab->storage_events.push_back(key);
}

std::optional<std::string> HeadlessHost::StorageGet(const std::string& key) {
    if (!storage_readable) return std::nullopt;
    auto it = storage.find(key);
    if (it == storage.end()) return std::nullopt;
    return it->second;
}

StorageResult HeadlessHost::StorageSet(const std::string& key, const std::string& value) {
    if (storage_mode != StorageResult::Saved) return storage_mode;
    if (shared->quota_bytes > 0) {
        auto it = storage.find(key);
        const size_t replaced = it == storage.end() ? 0 : key.size() + it->second.size();
        if (shared->Used() - replaced + key.size() + value.size() > shared->quota_bytes) return StorageResult::Full;
    }
    storage[key] = value;
    ++storage_writes;
    Notify(key);
    return StorageResult::Saved;
}

void HeadlessHost::StorageRemove(const std::string& key) {
    if (storage.erase(key)) Notify(key);
}

std::vector<std::string> HeadlessHost::StorageKeys(const std::string& prefix) {
    std::vector<std::string> keys;
    if (!storage_readable) return keys;
    for (const auto& [k, v] : storage)
        if (k.compare(0, prefix.size(), prefix) == 0) keys.push_back(k);
    return keys;
}

} // namespace systemic
