// charts.h — the results screen's charts, drawn with ImDrawList: areas radar, driver bars, gap dumbbells, the
// capability × journey-stage heat map and the coverage bar. Sized in Em() so they fit a 360 px phone and a desktop.
#pragma once

// Series colours are Okabe–Ito (safe for the common colour-vision deficiencies), lighter in the dark and
// high-contrast themes; today and target also differ in line style (solid / dashed) and marker (circle / square)
// so a greyscale print or screenshot still tells them apart. Interactive parts are InvisibleButtons with a
// NoteTarget name, reachable by mouse and touch (tap to keep the values on show). They are not Tab stops: a
// keyboard user meets each chart once, as the "Show the numbers" table under it (ui/screen_results.cpp).

#include <string>
#include <vector>

#include <imgui.h>

#include "rules/scoring.h"
#include "theme.h"

namespace systemic {

struct AppState;

struct ChartColours {
    ImU32 today, today_fill, target, target_fill, target_edge, grid, grid_strong, text, muted, highlight, highlight_fill;
    ImU32 heat[kLevelCount];          // cell shades, one per maturity stage, lightest to darkest
    ImU32 heat_text;                  // numbers on every shade
    ImU32 heat_edge;                  // outline of a scored cell
};
ChartColours CurrentChartColours(Theme theme);   // the colours for `theme` (ImGui's style must be that theme's)

// Where a chart's values should be shown this frame: the element under the pointer (a tooltip at the mouse),
// else the element the user selected or focused (a finger leaves no pointer behind): then the tooltip goes just
// below `beside`, or above it when there is no room below, always inside the window.
struct ChartHit {
    int shown = -1;                   // element to describe, -1 for none
    bool at_mouse = true;
    ImVec2 beside_min = ImVec2(0, 0); // what the tooltip must not cover (the chart, or the cell)
    ImVec2 beside_max = ImVec2(0, 0);
};
void ChartTooltip(const ChartHit& hit, const std::vector<std::string>& lines, ImFont* bold, float wrap_em = 18.0f);   // first line in `bold` (the name), then the figures

struct RadarAxis {
    std::string label;                // short name drawn at the axis
    std::string target;               // NoteTarget name of the axis ("Radar insight")
    bool scored = false;
    double today = 0.0;               // 0..100
    double target_percent = 0.0;      // 0..100
};
bool RadarFits(const std::vector<RadarAxis>& axes);                 // three or more axes: a radar needs a plane
ChartHit Radar(AppState& state, const std::vector<RadarAxis>& axes, int& selected);   // across the column; clicking an axis toggles `selected`
void SeriesLegend(const ChartColours& c, bool lines);              // "today" and "in 12 months" samples: lines (radar) or markers (dumbbells)

void DriverBars(const ChartColours& c, bool scored, double today, double target);   // today solid; target outlined with the gap hatched; numbers at the right
void Dumbbell(const ChartColours& c, double today, double target);                   // 0..100 track: today dot, target square, the gap between them

struct HeatGrid {
    int rows = 0, cols = 0;
    std::vector<std::string> row_labels;   // short area names, then the "all areas" row
    std::vector<std::string> row_ids;      // for NoteTarget names: "Heat <row id> <col id>"
    std::vector<std::string> col_ids;
    std::vector<HeatCell> cells;           // rows × cols, row-major
    int separate_last_row = 0;             // 1: a gap before the last row (the totals)
};
ChartHit HeatMap(AppState& state, const HeatGrid& grid, int& selected);   // across the column; numbered columns, labels left or above each row
void HeatLegend(const ChartColours& c);                                    // the five shades with their stage names, and the empty cell

void CoverageBar(const ChartColours& c, const Coverage& coverage);   // answered, don't know, not applicable, open: one stacked bar

} // namespace systemic
