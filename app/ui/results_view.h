// results_view.h — the results screen's own state: what the charts have selected, which "how was this computed"
// sections are open, and the texts the screen drew. The scores themselves are the model's (state/results_cache.h).
#pragma once

// The drawn texts are kept so tests can check the screen against Score() without reading pixels.

#include <map>
#include <set>
#include <string>
#include <vector>

#include "model/questionnaire.h"
#include "model/result.h"
#include "rules/scoring.h"
#include "rules/what_if.h"

namespace systemic {

// The "What if?" section (ui/results_what_if.cpp): the change being tried. Never saved: only "Use as my 12-month
// target" changes the answers.
struct WhatIfView {
    int area = -1;                    // the area tried; -1: the weakest link (or the first scored area)
    int question = -1;                // one question of it, or -1 for every answered question of the area
    bool one_question = false;        // the list of the area's questions is open
    int steps = 0;                    // levels tried: up (> 0) or down (< 0)
    std::string adopted;              // what the last "Use as my 12-month target" did ("" before)
    // ComputeWhatIf of the change, computed again only when the change or the scores change.
    WhatIf result;
    int adoptable = 0;                // targets AdoptWhatIfTargets would raise
    std::vector<int> key;             // area, question, steps, the results cache's computations count
};

struct ResultsView {
    // Interaction.
    int radar_selected = -1;          // area kept on show after a tap, click or Enter; -1 none
    int heat_selected = -1;           // heat-map cell kept on show: area * stages + stage, area == areas for "all"
    std::set<std::string> open;       // "how was this computed" sections that are open, by name ("overall", "area insight")
    bool all_priorities = false;      // show every priority, not just the first five
    std::string last_download;        // file name of the last download, confirmed under the buttons
    int last_frame = -1;              // ImGui frame of the last draw: a gap means the screen was just entered
    std::string jump_to;              // the contents bar asked for this section ("steps", "keep", "areas", ...)
    bool jump_focus = false;          // ... and the keyboard focus goes with it
    std::string link;                 // the results link, shown as read-only text to select
    WhatIfView what_if;

    // What the last frame drew, for tests and the live region.
    std::map<std::string, std::string> shown;   // "overall" -> "38.3 %", "systemic" -> "30.2 %", ...
    std::map<std::string, std::string> explained;   // open section name -> its text, line by line
    std::string tooltip;              // the chart tooltip of the last frame ("" when none)
};

std::string StageText(int level);                   // "Defined (stage 3 of 5)"; "" for 0
std::string ShortAreaName(const Area& area);        // "Insight", "Offer", ...: fits a radar axis on a phone


} // namespace systemic
