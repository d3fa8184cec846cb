// team_index.h — finding a result among many by SameTeamResult without comparing it with every one: results the
// team view counts as the same person have the same fingerprint, so only those are compared (n files cost O(n), not
// O(n^2)). Used for the team's members (state/inbox.cpp) and the merges of stored teams (state/team_store.cpp).
#pragma once

#include <cstddef>
#include <cstdint>
#include <unordered_map>

#include "model/result.h"

namespace systemic {

// Same respondent (name, role, organisation), mode, points per area and levels per question; notes, times and the
// order of answers aside; a creation date counts only when both have one (same day).
bool SameTeamResult(const Result& a, const Result& b);
// Equal for any two results SameTeamResult calls the same (answers with one id each, as the loaders make them).
std::uint64_t TeamResultFingerprint(const Result& r);

// Positions of results in one vector, by fingerprint. The caller keeps it in step with the vector (Add after a
// push_back, Clear and add again after anything else changed it).
class ResultIndex {
  public:
    void Clear() { at_.clear(); }
    void Reserve(std::size_t n) { at_.reserve(n); }
    std::size_t size() const { return at_.size(); }
    void Add(std::uint64_t fingerprint, std::size_t position) { at_.emplace(fingerprint, position); }
    // The position of a result the same as `r` (fingerprint `fp`), or -1; result_at(i) is the result at position i.
    template <class ResultAt>
    long Find(std::uint64_t fp, const Result& r, ResultAt result_at) const {
        const auto range = at_.equal_range(fp);
        for (auto it = range.first; it != range.second; ++it)
            if (SameTeamResult(result_at(it->second), r)) return static_cast<long>(it->second);
        return -1;
    }

  private:
    std::unordered_multimap<std::uint64_t, std::size_t> at_;
};

} // namespace systemic
