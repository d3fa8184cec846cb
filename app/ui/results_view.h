// results_view.h — the results screen's own state: the scores (computed once per change of the answers), what
// the charts have selected, which "how was this computed" sections are open, and the texts the screen drew.
#pragma once

// The scores are cached because the screen redraws on every mouse move; Score() runs again only when something it
// reads changes (questionnaire, mode, statuses, levels, points), compared exactly, so nothing can go stale.
// The drawn texts are kept so tests can check the screen against Score() without reading pixels.

#include <map>
#include <set>
#include <string>
#include <vector>

#include "questionnaire.h"
#include "results.h"
#include "scoring.h"

namespace systemic {

// What the user can download from the results screen.
enum class ExportKind { AnswersJson, CsvQuestions, CsvAreas, ReportHtml };

struct ExportFile {
    std::string filename;             // systemic-<questionnaire id>-<yyyy-mm-dd>[-part].<ext>
    std::string mime;
    std::string data;
};

struct ResultsView {
    // Cache.
    std::vector<int> key;             // what Score() read last time (see RefreshResults)
    std::string key_hash;             // the questionnaire's content hash, part of the key
    bool valid = false;
    Scores scores;
    int computations = 0;             // times Score() ran: once per change, not once per frame

    // Interaction.
    int radar_selected = -1;          // area kept on show after a tap, click or Enter; -1 none
    int heat_selected = -1;           // heat-map cell kept on show: area * stages + stage, area == areas for "all"
    std::set<std::string> open;       // "how was this computed" sections that are open, by name ("overall", "area insight")
    bool all_priorities = false;      // show every priority, not just the first five
    std::string last_download;        // file name of the last download, confirmed under the buttons
    int last_frame = -1;              // ImGui frame of the last draw: a gap means the screen was just entered

    // What the last frame drew, for tests and the live region.
    std::map<std::string, std::string> shown;   // "overall" -> "38.3 %", "systemic" -> "30.2 %", ...
    std::map<std::string, std::string> explained;   // open section name -> its text, line by line
    std::string tooltip;              // the chart tooltip of the last frame ("" when none)
};

bool RefreshResults(ResultsView& view, const Questionnaire& q, int questionnaire, const Result& r);   // runs Score() only when its inputs changed; true when it ran

std::string FormatPercent(double percent);          // "41.7 %", "25 %": one decimal at most, halves away from zero
std::string FormatPoints(double points);            // "33.3 points", "-5 points"
std::string FormatWeight(double weight);            // "1", "1.5", "0.25": two decimals at most
std::string StageText(int level);                   // "Defined (stage 3 of 5)"; "" for 0
std::string ShortAreaName(const Area& area);        // "Insight", "Offer", ...: fits a radar axis on a phone

ExportFile MakeExport(ExportKind kind, const Questionnaire& q, const Result& r, const Scores& s, const std::string& now);   // s must be Score(q, r); now is ISO 8601

} // namespace systemic
