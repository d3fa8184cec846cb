// headless_host.cpp — in-memory storage with switchable failures.
#include "headless_host.h"

namespace systemic {

std::optional<std::string> HeadlessHost::StorageGet(const std::string& key) {
    if (!storage_readable) return std::nullopt;
    auto it = storage.find(key);
    if (it == storage.end()) return std::nullopt;
    return it->second;
}

StorageResult HeadlessHost::StorageSet(const std::string& key, const std::string& value) {
    if (storage_mode != StorageResult::Saved) return storage_mode;
    storage[key] = value;
    return StorageResult::Saved;
}

void HeadlessHost::StorageRemove(const std::string& key) { storage.erase(key); }

} // namespace systemic
