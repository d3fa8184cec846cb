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

namespace systemic {

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

    // What the last frame drew, for tests and the live region.
    std::map<std::string, std::string> shown;   // "overall" -> "38.3 %", "systemic" -> "30.2 %", ...
    std::map<std::string, std::string> explained;   // open section name -> its text, line by line
    std::string tooltip;              // the chart tooltip of the last frame ("" when none)
};

std::string StageText(int level);                   // "Defined (stage 3 of 5)"; "" for 0
std::string ShortAreaName(const Area& area);        // "Insight", "Offer", ...: fits a radar axis on a phone


} // namespace systemic
