// report_page.h — what the HTML reports share: the page frame with its print CSS, tables, and numbers as text.
// Percentages and dates come from text/ (ReportPercent, ShortDate): one writer of each for the whole project.
// Internal to report_html.cpp and report_team.cpp; the UI calls report_html.h instead.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace systemic::report {

// One table cell. Text() escapes; Html() takes markup the report wrote itself (already escaped inside).
struct Cell {
    std::string html;
    bool number = false;          // right-aligned, tabular figures
    bool row_header = false;      // <th scope="row">
    bool nowrap = false;          // keeps short phrases ("4 Managed") on one line
    std::string style;            // inline style (heat-map shading); written by us only
};

Cell Text(std::string_view text);                 // escaped text
Cell Html(std::string html);                      // trusted markup
Cell Number(std::string text);                    // a figure we formatted ourselves
Cell RowHeader(std::string_view text);            // escaped text in <th scope="row">
Cell Nowrap(std::string_view text);               // escaped text that does not wrap
std::string TableClass(std::string kind, std::size_t rows, std::size_t max_whole = 12);   // kind plus " long" past max_whole rows: long tables may break across pages, short ones stay whole

std::string PageStart(std::string_view title);    // doctype, lang="en", CSP meta, inline CSS, <body><main>; title escaped
std::string PageEnd(std::string_view footer);     // the footer line (escaped), </main></body></html>
void TableStart(std::string& out, std::string_view caption, const std::vector<Cell>& headers, std::string_view css_class = {});   // caption escaped; headers are <th scope="col">
void TableRow(std::string& out, const std::vector<Cell>& cells);
void TableEnd(std::string& out);

std::string PointsText(double points);            // "+33.3 points", "-5.0 points", "0.0 points"
std::string LevelText(int level);                 // "2 Emerging"; "" for 0
std::string HeatStyle(double percent);            // background of a heat-map cell: five light blues, one per stage (dark text on all)

} // namespace systemic::report
