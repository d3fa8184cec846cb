// report_page.cpp — the HTML frame of the reports: strict CSP, no external resources, and CSS that prints to tidy A4.
// Light colours everywhere (no dark theme): the page is meant to be printed, and ink on white is what printers do best.
#include "reports/report_page.h"

#include "reports/html_escape.h"
#include "rules/det_math.h"
#include "rules/scoring.h"
#include "text/numbers.h"

namespace systemic::report {

namespace {

// Print: A4 with margins, no backgrounds but the light heat-map shades (forced so the numbers keep their context),
// headings kept with what follows, charts, small tables and list items never split across pages; long tables
// may break between rows, with their header row repeated.
constexpr const char* kCss = R"CSS(
:root { color-scheme: light; }
* { box-sizing: border-box; }
body { margin: 0; background: #ffffff; color: #1a1a1a; font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", Arial, sans-serif; font-size: 15px; line-height: 1.45; overflow-wrap: anywhere; }
main { max-width: 58rem; margin: 0 auto; padding: 1.5rem 1.25rem 3rem; }
h1 { font-size: 1.75em; line-height: 1.2; margin: 0 0 .5rem; }
h2 { font-size: 1.3em; margin: 2.2rem 0 .6rem; padding-bottom: .2rem; border-bottom: 2px solid #0072B2; break-after: avoid; page-break-after: avoid; }
h3 { font-size: 1.05em; margin: 1.3rem 0 .4rem; break-after: avoid; page-break-after: avoid; }
p { margin: .4rem 0; }
p.intro { break-inside: avoid; page-break-inside: avoid; break-after: avoid; page-break-after: avoid; }
.lead { font-size: 1.05em; color: #333333; }
dl.meta { display: grid; grid-template-columns: max-content 1fr; gap: .15rem 1rem; margin: .8rem 0; }
dl.meta dt { font-weight: 600; }
dl.meta dd { margin: 0; min-width: 0; }
.cards { display: grid; grid-template-columns: repeat(auto-fit, minmax(min(15rem, 100%), 1fr)); gap: .7rem; margin: .8rem 0; }
.card { min-width: 0; }
.table-wrap { max-width: 100%; overflow-x: auto; margin: .4rem 0 1.1rem; }
.table-wrap > table { margin: 0; }
.table-wrap > table.method, .table-wrap > table.appendix { min-width: 40rem; }
th, td { overflow-wrap: break-word; }   /* in tables a long word widens its column (the wrapper scrolls) rather than squeezing every other one */
.card { border: 1px solid #b5b5b5; border-radius: 6px; padding: .6rem .8rem; break-inside: avoid; page-break-inside: avoid; }
.card h3 { margin: 0 0 .2rem; font-size: .95em; }
.big { font-size: 1.7em; font-weight: 700; line-height: 1.2; }
.stage { font-weight: 600; }
.muted { color: #555555; }
.small { font-size: .85em; }
table { border-collapse: collapse; width: 100%; margin: .4rem 0 1.1rem; font-size: .9em; }
caption { caption-side: top; text-align: left; font-weight: 600; padding: .2rem 0 .35rem; }
th, td { border: 1px solid #b5b5b5; padding: .22rem .4rem; text-align: left; vertical-align: top; }
thead th { background: #eaf1f8; }
tbody th { font-weight: 600; }
.nowrap { white-space: nowrap; }
.num { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
table.heat td { text-align: center; }
table.heat tbody th { min-width: 8.5rem; }
table.heat tbody tr:last-child > * { border-top: 2px solid #1a1a1a; }
table.method, table.appendix { table-layout: fixed; }
table.method th:nth-child(2) { width: 4.5em; }
table.method th:nth-child(n+3) { width: 6.5em; }
table.appendix th:nth-child(2) { width: 6em; }
table.appendix th:nth-child(3) { width: 6.5em; }
table.appendix th:nth-child(4) { width: 7.5em; }
table.appendix th:nth-child(5) { width: 5.5em; }
table.appendix th:nth-child(6) { width: 20%; }
table.heat td.num { text-align: center; }
figure { margin: .8rem 0 .4rem; break-inside: avoid; page-break-inside: avoid; }
figcaption { font-weight: 600; margin-bottom: .3rem; }
svg.chart { display: block; max-width: 100%; height: auto; }
ol.items > li, ul.items > li { margin: 0 0 .7rem; break-inside: avoid; page-break-inside: avoid; }
.step { border-left: 4px solid #009E73; padding: .1rem 0 .1rem .6rem; margin: .3rem 0; }
ul.warnings { list-style: none; padding-left: 0; }
.warning { border-left: 4px solid #D55E00; padding: .1rem 0 .1rem .6rem; }
.id { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace; font-size: .8em; color: #555555; }
.legend span { display: inline-block; border: 1px solid #b5b5b5; padding: 0 .4rem; margin: 0 .3rem .3rem 0; font-size: .8em; }
.message { white-space: pre-line; border-left: 4px solid #0072B2; padding: .1rem 0 .1rem .6rem; }
.invite { display: flex; flex-wrap: wrap; gap: 1rem 1.5rem; align-items: flex-start; }
figure.qr { margin: 0; flex: 0 0 auto; width: min(17rem, 100%); }
svg.qr { display: block; width: 100%; height: auto; }
ol.steps { flex: 1 1 16rem; min-width: 0; margin: 0; padding-left: 1.4rem; }
ol.steps > li { margin: 0 0 .6rem; }
.link { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace; font-size: .9em; word-break: break-all; }
footer { margin-top: 2.5rem; padding-top: .6rem; border-top: 1px solid #b5b5b5; font-size: .8em; color: #555555; }
@page { size: A4; margin: 14mm 12mm 16mm; }
@media print {
  body { font-size: 10pt; }
  main { max-width: none; padding: 0 1px; }   /* 1px: the right border of a full-width table would fall just outside the page */
  nav.toc { display: none; }
  .cards { grid-template-columns: repeat(2, 1fr); }
  h2 { margin-top: 1.4rem; }
  .table-wrap { overflow: visible; }
  .table-wrap > table.method, .table-wrap > table.appendix { min-width: 0; }
  table, figure, .card, dl.meta, tr { break-inside: avoid; page-break-inside: avoid; }
  table.long { break-inside: auto; page-break-inside: auto; }
  thead { display: table-header-group; }
  thead th { background: #ffffff; border-bottom: 2px solid #1a1a1a; }
  table.heat td { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  a { color: inherit; text-decoration: none; }
  figure.qr { width: 70mm; }
  .invite { break-inside: avoid; page-break-inside: avoid; }
}
)CSS";

void AppendCell(std::string& out, const Cell& c, bool header_row) {
    const bool th = header_row || c.row_header;
    out += th ? "<th" : "<td";
    if (header_row) out += " scope=\"col\"";
    else if (c.row_header) out += " scope=\"row\"";
    if (c.number) out += " class=\"num\"";
    else if (c.nowrap) out += " class=\"nowrap\"";
    if (!c.style.empty()) out += " style=\"" + c.style + "\"";
    out += ">" + c.html + (th ? "</th>" : "</td>");
}

} // namespace

// Text cells hold names from questionnaires and respondents: each is isolated (html_escape.h).
Cell Text(std::string_view text) { return Cell{IsolatedHtml(text), false, false, false, {}}; }
Cell Html(std::string html) { return Cell{std::move(html), false, false, false, {}}; }
Cell Number(std::string text) { return Cell{EscapeHtml(text), true, false, false, {}}; }
Cell RowHeader(std::string_view text) { return Cell{IsolatedHtml(text), false, true, false, {}}; }
Cell Nowrap(std::string_view text) { return Cell{IsolatedHtml(text), false, false, true, {}}; }

std::string TableClass(std::string kind, std::size_t rows, std::size_t max_whole) {
    if (rows > max_whole) kind += kind.empty() ? "long" : " long";
    return kind;
}

std::string PageStart(std::string_view title) {
    std::string out = "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                      "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\">\n"
                      "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                      "<meta name=\"referrer\" content=\"no-referrer\">\n<title>";
    AppendEscapedHtml(out, title);
    out += "</title>\n<style>";
    out += kCss;
    out += "</style>\n</head>\n<body>\n<main>\n";
    return out;
}

std::string PageEnd(std::string_view footer) {
    return "<footer><p>" + EscapeHtml(footer) + "</p></footer>\n</main>\n</body>\n</html>\n";
}

void TableStart(std::string& out, std::string_view caption, const std::vector<Cell>& headers, std::string_view css_class) {
    // The wrapper scrolls a wide table on its own on a phone, so the page itself never scrolls sideways.
    // Captions may name an area or a questionnaire: isolated as a whole (html_escape.h).
    const std::string isolated = Isolate(caption);
    out += "<div class=\"table-wrap\" role=\"region\" aria-label=\"";
    AppendEscapedHtml(out, isolated);
    out += "\" tabindex=\"0\">\n<table";
    if (!css_class.empty()) out += " class=\"" + std::string(css_class) + "\"";
    out += ">\n<caption>";
    AppendEscapedHtml(out, isolated);
    out += "</caption>\n<thead><tr>";
    for (const Cell& h : headers) AppendCell(out, h, true);
    out += "</tr></thead>\n<tbody>\n";
}

void TableRow(std::string& out, const std::vector<Cell>& cells) {
    out += "<tr>";
    for (const Cell& c : cells) AppendCell(out, c, false);
    out += "</tr>\n";
}

void TableEnd(std::string& out) { out += "</tbody>\n</table>\n</div>\n"; }

std::string PointsText(double points) {
    std::string n = FormatFixed(points, 1);
    if (n == "-0.0") n = "0.0";
    return (points > 0.0 && n != "0.0" ? "+" : "") + n + " points";
}

std::string LevelText(int level) { return level >= 1 && level <= kLevelCount ? std::to_string(level) + " " + LevelName(level) : ""; }

std::string HeatStyle(double percent) {
    // A single-hue ramp (ColorBrewer Blues, light end) reads for every colour vision and in greyscale; black text
    // keeps at least 6:1 contrast on the darkest step.
    static constexpr const char* kShades[kLevelCount] = {"#eff3ff", "#c6dbef", "#9ecae1", "#6baed6", "#4292c6"};
    const int level = StageOfPercent(percent);
    return std::string("background-color: ") + kShades[level >= 1 && level <= kLevelCount ? level - 1 : 0] + ";";
}

} // namespace systemic::report
