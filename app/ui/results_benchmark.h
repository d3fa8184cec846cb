// results_benchmark.h — the results screen's "Compared with other businesses" section: open an anonymous benchmark
// file (docs/benchmark.md) and see where each area and both indices stand in it, in quartiles, with its n and date.
#pragma once

#include "app_state.h"
#include "model/questionnaire.h"
#include "rules/scoring.h"
#include "state/host.h"

namespace systemic {

// The section's body under its title, inside the results column. `s` is Score() of the session's result (the results
// cache's). "Open a benchmark file…" asks the platform for a file (it arrives through state/inbox.h); "Remove benchmark"
// closes it and removes it from this browser (state/benchmark_store.h). Records what it drew in state.results.shown
// under "benchmark ..." keys.
void DrawBenchmark(AppState& state, Host& host, const Questionnaire& q, const Scores& s);

} // namespace systemic
