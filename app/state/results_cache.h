// results_cache.h — the open assessment's scores, computed once per change of what Score() reads.
// The results screen redraws on every mouse move; Score() runs again only when something it reads changes
// (questionnaire, mode, statuses, levels, points), compared exactly, so nothing can go stale.
#pragma once

#include <string>
#include <vector>

#include "model/questionnaire.h"
#include "model/result.h"
#include "rules/scoring.h"

namespace systemic {

struct ResultsCache {
    std::vector<int> key;             // what Score() read last time (see RefreshResults)
    std::string key_hash;             // the questionnaire's content hash, part of the key
    bool valid = false;
    Scores scores;
    int computations = 0;             // times Score() ran: once per change, not once per frame
};

bool RefreshResults(ResultsCache& cache, const Questionnaire& q, int questionnaire, const Result& r);   // runs Score() only when its inputs changed; true when it ran

} // namespace systemic
