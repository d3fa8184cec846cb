// results_cache.cpp — the key of everything Score() reads, and the refresh that compares it.
#include "state/results_cache.h"

#include <utility>

namespace systemic {

namespace {

// Everything Score() reads from the result, as whole numbers, so "changed?" is an exact comparison.
std::vector<int> ScoreKey(const Questionnaire& q, int questionnaire, const Result& r) {
    std::vector<int> key;
    key.reserve(4 + r.answers.size() * 3 + r.area_points.size() * 2);
    key.push_back(questionnaire);
    key.push_back(r.mode == Mode::Quick ? 1 : 0);
    key.push_back(static_cast<int>(r.answers.size()));
    for (const Answer& a : r.answers) {
        key.push_back(static_cast<int>(a.status));
        key.push_back(a.today);
        key.push_back(a.target);
    }
    key.push_back(static_cast<int>(r.area_points.size()));
    for (const AreaPoints& p : r.area_points) {
        key.push_back(q.FindArea(p.area));
        key.push_back(p.points);
    }
    return key;
}

} // namespace

bool RefreshResults(ResultsCache& cache, const Questionnaire& q, int questionnaire, const Result& r) {
    std::vector<int> key = ScoreKey(q, questionnaire, r);
    if (cache.valid && key == cache.key && cache.key_hash == q.hash) return false;
    cache.scores = Score(q, r);
    cache.key = std::move(key);
    cache.key_hash = q.hash;
    cache.valid = true;
    ++cache.computations;
    return true;
}

} // namespace systemic
