// results_what_if.h — the results screen's "What if?" section (results_what_if.cpp): try raising or lowering an area
// or one question and see the figures move (rules/what_if.h). Its state is ResultsView::what_if; never saved.
#pragma once

#include "app_state.h"
#include "model/questionnaire.h"
#include "rules/scoring.h"

namespace systemic {

// Draws the section's body under its title, inside the results column. `s` is the results cache's Score() of the
// session's result and `computations` its count (a change recomputes the what-if). "Use as my 12-month target"
// raises targets in state.session.result (AdoptWhatIfTargets) and marks the session changed; nothing else is saved.
void DrawWhatIf(AppState& state, const Questionnaire& q, const Scores& s, int computations);

} // namespace systemic
