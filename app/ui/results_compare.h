// results_compare.h — the results screen's "Progress since an earlier assessment" section (results_compare.cpp): open
// an earlier results file or link and see, per area, driver and index, earlier → now (and the target), what rose and
// fell, and which earlier first steps were acted on. The earlier result is state.earlier (state/compare_store.h).
#pragma once

#include "app_state.h"
#include "model/questionnaire.h"
#include "state/host.h"

namespace systemic {

// Draws the section's body under its title, inside the results column, for the open assessment of questionnaire q.
// The buttons open the file picker for the earlier side, take a pasted link, and remove the comparison; the current
// answers are never changed here.
void DrawCompare(AppState& state, Host& host, const Questionnaire& q);

} // namespace systemic
