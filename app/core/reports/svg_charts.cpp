// svg_charts.cpp — drawing the report's charts as SVG text with fixed geometry and our own number formatting.
// No libm trigonometry (glibc and musl may differ in the last bit); coordinates are printed with one decimal.
#include "reports/svg_charts.h"

#include <cstddef>

#include "reports/html_escape.h"
#include "rules/det_math.h"
#include "text/numbers.h"
#include "text/utf8.h"

namespace systemic {

namespace {

constexpr double kPi = 3.14159265358979323846;
constexpr const char* kInk = "#1a1a1a";
constexpr const char* kGrid = "#c8c8c8";
constexpr const char* kMuted = "#555555";

std::string Num(double x) { return FormatShort(x, 1); }

double Clamp100(double x) { return x < 0.0 ? 0.0 : (x > 100.0 ? 100.0 : x); }

// Splits a label into at most max_lines lines of about max_chars characters at spaces; the last line is cut
// with an ellipsis when the label is longer. SVG 1.1 text does not wrap by itself.
std::vector<std::string> WrapWords(const std::string& text, std::size_t max_chars, std::size_t max_lines) {
    std::vector<std::string> words;
    std::string word;
    for (char ch : text) {
        if (ch == ' ' || ch == '\n' || ch == '\t') {
            if (!word.empty()) words.push_back(word);
            word.clear();
        } else {
            word += ch;
        }
    }
    if (!word.empty()) words.push_back(word);
    std::vector<std::string> lines;
    std::string line;
    bool truncated = false;
    for (const std::string& w : words) {
        if (!line.empty() && CountCodePoints(line) + 1 + CountCodePoints(w) > max_chars) {
            if (lines.size() + 1 == max_lines) { truncated = true; break; }
            lines.push_back(line);
            line.clear();
        }
        line += (line.empty() ? "" : " ") + w;
    }
    if (!line.empty() || lines.empty()) lines.push_back(line);
    if (truncated) lines.back() += "\xE2\x80\xA6";   // …
    return lines;
}

// <text> with one <tspan> per line; dy of the first line shifts the block vertically (in em).
void AppendText(std::string& out, double x, double y, const char* anchor, const std::vector<std::string>& lines, double first_dy_em,
                const char* extra = "") {
    out += "<text x=\"" + Num(x) + "\" y=\"" + Num(y) + "\" text-anchor=\"" + anchor + "\"" + extra + ">";
    for (std::size_t i = 0; i < lines.size(); ++i) {
        out += "<tspan x=\"" + Num(x) + "\" dy=\"" + FormatShort(i == 0 ? first_dy_em : 1.2, 2) + "em\">";
        AppendEscapedHtml(out, Isolate(lines[i]));   // labels are area and driver names: isolated (html_escape.h)
        out += "</tspan>";
    }
    out += "</text>\n";
}

void AppendOpen(std::string& out, const std::string& id, int width, int height, const std::string& title, const std::string& description) {
    const std::string w = std::to_string(width), h = std::to_string(height);
    out += "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" id=\"" + EscapeHtml(id) + "\" viewBox=\"0 0 " + w + " " + h +
           "\" width=\"" + w + "\" height=\"" + h + "\" role=\"img\" aria-labelledby=\"" + EscapeHtml(id) + "-title " + EscapeHtml(id) +
           "-desc\" font-family=\"system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif\" font-size=\"12\" fill=\"" + kInk + "\">\n";
    out += "<title id=\"" + EscapeHtml(id) + "-title\">";
    AppendEscapedHtml(out, title);
    out += "</title>\n<desc id=\"" + EscapeHtml(id) + "-desc\">";
    AppendEscapedHtml(out, description);
    out += "</desc>\n";
}

// A legend entry: a short sample of the series' line or fill, then its name.
void AppendLegendLine(std::string& out, double x, double y, const char* colour, bool dashed, bool square_marker, const char* name) {
    out += "<line x1=\"" + Num(x) + "\" y1=\"" + Num(y) + "\" x2=\"" + Num(x + 28) + "\" y2=\"" + Num(y) + "\" stroke=\"" + colour +
           "\" stroke-width=\"2.5\"" + (dashed ? " stroke-dasharray=\"6 4\"" : "") + "/>";
    if (square_marker)
        out += "<rect x=\"" + Num(x + 10.5) + "\" y=\"" + Num(y - 3.5) + "\" width=\"7\" height=\"7\" fill=\"#ffffff\" stroke=\"" + colour + "\" stroke-width=\"2\"/>";
    else
        out += "<circle cx=\"" + Num(x + 14) + "\" cy=\"" + Num(y) + "\" r=\"3.5\" fill=\"" + colour + "\"/>";
    out += "<text x=\"" + Num(x + 34) + "\" y=\"" + Num(y + 4) + "\">" + name + "</text>\n";
}

void AppendHatchPattern(std::string& out, const std::string& id) {
    out += "<defs><pattern id=\"" + EscapeHtml(id) + "-hatch\" patternUnits=\"userSpaceOnUse\" width=\"6\" height=\"6\" "
           "patternTransform=\"rotate(45)\"><rect width=\"6\" height=\"6\" fill=\"#ffffff\"/><line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"6\" stroke=\"" +
           std::string(kColourGap) + "\" stroke-width=\"3\"/></pattern></defs>\n";
}

std::string SignedPoints(double gap) {
    const std::string n = FormatShort(gap, 0);
    return (gap > 0.0 && n != "0" ? "+" : "") + n;
}

} // namespace

void DetSinCos(double radians, double& s, double& c) {
    double x = radians;
    while (x > kPi) x -= 2.0 * kPi;
    while (x < -kPi) x += 2.0 * kPi;
    // Taylor series to x^41 / 41!: for |x| <= pi the remainder is far below one ulp.
    const double x2 = x * x;
    double term_s = x, term_c = 1.0, sum_s = 0.0, sum_c = 0.0;
    for (int k = 0; k < 21; ++k) {
        sum_s += term_s;
        sum_c += term_c;
        const double a = static_cast<double>(2 * k + 1), b = static_cast<double>(2 * k + 2), d = static_cast<double>(2 * k + 3);
        term_s *= -x2 / (b * d);
        term_c *= -x2 / (a * b);
    }
    s = sum_s;
    c = sum_c;
}

bool RadarDrawable(const RadarChart& c) {
    const std::size_t n = c.labels.size();
    return n >= 3 && c.today.size() == n && c.target.size() == n && c.scored.size() == n;
}

std::string RadarSvg(const RadarChart& c) {
    if (!RadarDrawable(c)) return "";
    const std::size_t n = c.labels.size();
    constexpr int kWidth = 640, kHeight = 560;
    constexpr double kCx = 320.0, kCy = 300.0, kRadius = 170.0;
    std::vector<double> ux(n), uy(n);   // unit vectors of the axes, clockwise from 12 o'clock
    for (std::size_t i = 0; i < n; ++i) {
        double s = 0.0, co = 0.0;
        DetSinCos(2.0 * kPi * static_cast<double>(i) / static_cast<double>(n), s, co);
        ux[i] = s;
        uy[i] = -co;
    }
    auto point = [&](std::size_t i, double percent) {
        const double r = kRadius * Clamp100(percent) / 100.0;
        return Num(kCx + r * ux[i]) + "," + Num(kCy + r * uy[i]);
    };

    std::string out;
    AppendOpen(out, c.id, kWidth, kHeight, c.title, c.description);
    AppendLegendLine(out, 150, 24, kColourToday, false, false, "Today");
    AppendLegendLine(out, 330, 24, kColourTarget, true, true, "In 12 months (target)");

    // Rings at the five levels: 0 % is the centre point, so draw 25..100 and label all five on the first axis.
    out += "<g fill=\"none\" stroke=\"" + std::string(kGrid) + "\" stroke-width=\"1\">\n";
    for (int ring = 1; ring <= 4; ++ring) {
        out += "<polygon points=\"";
        for (std::size_t i = 0; i < n; ++i) out += (i ? " " : "") + point(i, ring * 25.0);
        out += "\"/>\n";
    }
    for (std::size_t i = 0; i < n; ++i)
        out += "<line x1=\"" + Num(kCx) + "\" y1=\"" + Num(kCy) + "\" x2=\"" + Num(kCx + kRadius * ux[i]) + "\" y2=\"" + Num(kCy + kRadius * uy[i]) + "\"/>\n";
    out += "</g>\n<g fill=\"" + std::string(kMuted) + "\" font-size=\"10\">\n";
    for (int ring = 1; ring <= 4; ++ring)
        out += "<text x=\"" + Num(kCx + 4) + "\" y=\"" + Num(kCy - kRadius * ring / 4.0 + 11) + "\">" + std::to_string(ring * 25) + " %</text>\n";
    out += "</g>\n";

    // Target under today so the solid line stays on top where they coincide.
    out += "<polygon class=\"radar-target\" points=\"";
    for (std::size_t i = 0; i < n; ++i) out += (i ? " " : "") + point(i, c.scored[i] ? c.target[i] : 0.0);
    out += "\" fill=\"" + std::string(kColourTarget) + "\" fill-opacity=\"0.08\" stroke=\"" + kColourTarget +
           "\" stroke-width=\"2.5\" stroke-dasharray=\"7 5\" stroke-linejoin=\"round\"/>\n";
    out += "<polygon class=\"radar-today\" points=\"";
    for (std::size_t i = 0; i < n; ++i) out += (i ? " " : "") + point(i, c.scored[i] ? c.today[i] : 0.0);
    out += "\" fill=\"" + std::string(kColourToday) + "\" fill-opacity=\"0.15\" stroke=\"" + kColourToday +
           "\" stroke-width=\"2.5\" stroke-linejoin=\"round\"/>\n";
    for (std::size_t i = 0; i < n; ++i) {
        if (!c.scored[i]) continue;
        const double rt = kRadius * Clamp100(c.target[i]) / 100.0, r = kRadius * Clamp100(c.today[i]) / 100.0;
        out += "<rect x=\"" + Num(kCx + rt * ux[i] - 3.5) + "\" y=\"" + Num(kCy + rt * uy[i] - 3.5) + "\" width=\"7\" height=\"7\" fill=\"#ffffff\" stroke=\"" +
               kColourTarget + "\" stroke-width=\"2\"/>";
        out += "<circle cx=\"" + Num(kCx + r * ux[i]) + "\" cy=\"" + Num(kCy + r * uy[i]) + "\" r=\"3.5\" fill=\"" + kColourToday + "\"/>\n";
    }

    // Axis labels outside the outer ring, anchored away from the centre, with today -> target underneath.
    for (std::size_t i = 0; i < n; ++i) {
        std::vector<std::string> lines = WrapWords(c.labels[i], 20, 2);
        lines.push_back(c.scored[i] ? FormatShort(c.today[i], 0) + " \xE2\x86\x92 " + FormatShort(c.target[i], 0) + " %" : "no answers");
        const double lx = kCx + (kRadius + 14.0) * ux[i], ly = kCy + (kRadius + 14.0) * uy[i];
        const char* anchor = ux[i] > 0.2 ? "start" : (ux[i] < -0.2 ? "end" : "middle");
        const double block = 1.2 * static_cast<double>(lines.size() - 1);   // em from the first baseline to the last
        double first_dy = 0.35 - block / 2.0;                               // centred on the label point
        if (uy[i] < -0.7) first_dy = -block - 0.2;                          // above the top
        else if (uy[i] > 0.7) first_dy = 0.9;                               // below the bottom
        AppendText(out, lx, ly, anchor, lines, first_dy);
    }
    out += "</svg>\n";
    return out;
}

std::string BarsSvg(const BarChart& c) {
    constexpr int kWidth = 640;
    constexpr double kLabelRight = 168.0, kLeft = 178.0, kScale = 380.0;   // 100 % = kScale px
    constexpr double kBar = 12.0, kStep = 15.0, kRowPad = 16.0, kTop = 44.0;
    const double row_height = 3.0 * kStep + kRowPad;
    const int height = static_cast<int>(kTop + row_height * static_cast<double>(c.rows.size()) + 26.0);
    const double bottom = kTop + row_height * static_cast<double>(c.rows.size());

    std::string out;
    AppendOpen(out, c.id, kWidth, height, c.title, c.description);
    AppendHatchPattern(out, c.id);
    const std::string hatch = "url(#" + EscapeHtml(c.id) + "-hatch)";
    // Legend: swatches that match the bars.
    out += "<rect x=\"" + Num(kLeft) + "\" y=\"12\" width=\"14\" height=\"10\" fill=\"" + kColourToday + "\"/><text x=\"" + Num(kLeft + 20) + "\" y=\"21\">Today</text>";
    out += "<rect x=\"" + Num(kLeft + 80) + "\" y=\"12\" width=\"14\" height=\"10\" fill=\"" + kColourTarget + "\" stroke=\"" + kInk +
           "\" stroke-width=\"1\"/><text x=\"" + Num(kLeft + 100) + "\" y=\"21\">In 12 months (target)</text>";
    out += "<rect x=\"" + Num(kLeft + 250) + "\" y=\"12\" width=\"14\" height=\"10\" fill=\"" + hatch + "\" stroke=\"" + kColourGap +
           "\"/><text x=\"" + Num(kLeft + 270) + "\" y=\"21\">Gap (points)</text>\n";
    // Grid at the five levels.
    out += "<g stroke=\"" + std::string(kGrid) + "\" stroke-width=\"1\">";
    for (int t = 0; t <= 4; ++t) {
        const double x = kLeft + kScale * t / 4.0;
        out += "<line x1=\"" + Num(x) + "\" y1=\"" + Num(kTop - 6) + "\" x2=\"" + Num(x) + "\" y2=\"" + Num(bottom) + "\"/>";
    }
    out += "</g>\n<g fill=\"" + std::string(kMuted) + "\" font-size=\"10\" text-anchor=\"middle\">";
    for (int t = 0; t <= 4; ++t)
        out += "<text x=\"" + Num(kLeft + kScale * t / 4.0) + "\" y=\"" + Num(bottom + 14) + "\">" + std::to_string(t * 25) + " %</text>";
    out += "</g>\n";

    for (std::size_t i = 0; i < c.rows.size(); ++i) {
        const BarRow& row = c.rows[i];
        const double y = kTop + row_height * static_cast<double>(i);
        AppendText(out, kLabelRight, y + 1.5 * kStep, "end", WrapWords(row.label, 24, 2), 0.35, " font-weight=\"600\"");
        if (!row.scored) {
            out += "<text class=\"bar-none\" x=\"" + Num(kLeft + 6) + "\" y=\"" + Num(y + 1.5 * kStep + 4) + "\" fill=\"" + kMuted + "\">no answers</text>\n";
            continue;
        }
        const double today = Clamp100(row.today), target = Clamp100(row.target), gap = row.target - row.today;
        const double gap_w = kScale * Clamp100(gap < 0.0 ? -gap : gap) / 100.0;
        out += "<rect class=\"bar-today\" x=\"" + Num(kLeft) + "\" y=\"" + Num(y) + "\" width=\"" + Num(kScale * today / 100.0) + "\" height=\"" +
               Num(kBar) + "\" fill=\"" + kColourToday + "\"/>";
        out += "<text x=\"" + Num(kLeft + kScale * today / 100.0 + 5) + "\" y=\"" + Num(y + 10) + "\">" + FormatShort(row.today, 0) + " %</text>\n";
        out += "<rect class=\"bar-target\" x=\"" + Num(kLeft) + "\" y=\"" + Num(y + kStep) + "\" width=\"" + Num(kScale * target / 100.0) +
               "\" height=\"" + Num(kBar) + "\" fill=\"" + kColourTarget + "\" stroke=\"" + kInk + "\" stroke-width=\"1\"/>";
        out += "<text x=\"" + Num(kLeft + kScale * target / 100.0 + 5) + "\" y=\"" + Num(y + kStep + 10) + "\">" + FormatShort(row.target, 0) + " %</text>\n";
        out += "<rect class=\"bar-gap\" x=\"" + Num(kLeft) + "\" y=\"" + Num(y + 2 * kStep) + "\" width=\"" + Num(gap_w) + "\" height=\"" + Num(kBar) +
               "\" fill=\"" + hatch + "\" stroke=\"" + kColourGap + "\" stroke-width=\"1\"/>";
        out += "<text x=\"" + Num(kLeft + gap_w + 5) + "\" y=\"" + Num(y + 2 * kStep + 10) + "\">gap " + SignedPoints(gap) + " points</text>\n";
    }
    out += "</svg>\n";
    return out;
}

std::string RangeSvg(const RangeChart& c) {
    constexpr int kWidth = 700;
    constexpr double kLabelRight = 168.0, kLeft = 178.0, kScale = 400.0, kRow = 40.0, kTop = 48.0;
    const double bottom = kTop + kRow * static_cast<double>(c.rows.size());
    const int height = static_cast<int>(bottom + 26.0);

    std::string out;
    AppendOpen(out, c.id, kWidth, height, c.title, c.description);
    // Legend.
    out += "<line x1=\"20\" y1=\"18\" x2=\"48\" y2=\"18\" stroke=\"" + std::string(kMuted) + "\" stroke-width=\"2\"/><text x=\"54\" y=\"22\">lowest to highest</text>";
    out += "<rect x=\"170\" y=\"12\" width=\"28\" height=\"12\" fill=\"" + std::string(kColourToday) + "\" fill-opacity=\"0.25\" stroke=\"" + kColourToday +
           "\"/><text x=\"204\" y=\"22\">mean \xC2\xB1 1 sd</text>";
    out += "<circle cx=\"314\" cy=\"18\" r=\"5\" fill=\"" + std::string(kColourToday) + "\"/><text x=\"324\" y=\"22\">team mean today</text>";
    out += "<path d=\"M 450 12 L 456 18 L 450 24 L 444 18 Z\" fill=\"" + std::string(kColourTarget) + "\" stroke=\"" + kInk +
           "\"/><text x=\"462\" y=\"22\">target mean (12 months)</text>\n";
    out += "<g stroke=\"" + std::string(kGrid) + "\" stroke-width=\"1\">";
    for (int t = 0; t <= 4; ++t) {
        const double x = kLeft + kScale * t / 4.0;
        out += "<line x1=\"" + Num(x) + "\" y1=\"" + Num(kTop - 8) + "\" x2=\"" + Num(x) + "\" y2=\"" + Num(bottom) + "\"/>";
    }
    out += "</g>\n<g fill=\"" + std::string(kMuted) + "\" font-size=\"10\" text-anchor=\"middle\">";
    for (int t = 0; t <= 4; ++t)
        out += "<text x=\"" + Num(kLeft + kScale * t / 4.0) + "\" y=\"" + Num(bottom + 14) + "\">" + std::to_string(t * 25) + " %</text>";
    out += "</g>\n";

    auto x_of = [&](double percent) { return kLeft + kScale * Clamp100(percent) / 100.0; };
    for (std::size_t i = 0; i < c.rows.size(); ++i) {
        const RangeRow& row = c.rows[i];
        const double y = kTop + kRow * static_cast<double>(i) + kRow / 2.0 - 4.0;
        AppendText(out, kLabelRight, y, "end", WrapWords(row.label, 24, 2), 0.35, " font-weight=\"600\"");
        if (row.n == 0) {
            out += "<text x=\"" + Num(kLeft + 6) + "\" y=\"" + Num(y + 4) + "\" fill=\"" + kMuted + "\">no answers</text>\n";
            continue;
        }
        const double lo = x_of(row.mean - row.sd), hi = x_of(row.mean + row.sd);
        out += "<rect class=\"range-sd\" x=\"" + Num(lo) + "\" y=\"" + Num(y - 6) + "\" width=\"" + Num(hi - lo) + "\" height=\"12\" fill=\"" + kColourToday +
               "\" fill-opacity=\"0.25\" stroke=\"" + kColourToday + "\" stroke-width=\"1\"/>";
        out += "<line x1=\"" + Num(x_of(row.min)) + "\" y1=\"" + Num(y) + "\" x2=\"" + Num(x_of(row.max)) + "\" y2=\"" + Num(y) + "\" stroke=\"" + kMuted +
               "\" stroke-width=\"2\"/>";
        for (double end : {row.min, row.max})
            out += "<line x1=\"" + Num(x_of(end)) + "\" y1=\"" + Num(y - 5) + "\" x2=\"" + Num(x_of(end)) + "\" y2=\"" + Num(y + 5) + "\" stroke=\"" + kMuted +
                   "\" stroke-width=\"2\"/>";
        const double tx = x_of(row.target_mean);
        out += "<path class=\"range-target\" d=\"M " + Num(tx) + " " + Num(y - 7) + " L " + Num(tx + 7) + " " + Num(y) + " L " + Num(tx) + " " + Num(y + 7) +
               " L " + Num(tx - 7) + " " + Num(y) + " Z\" fill=\"" + kColourTarget + "\" stroke=\"" + kInk + "\"/>";
        out += "<circle class=\"range-mean\" cx=\"" + Num(x_of(row.mean)) + "\" cy=\"" + Num(y) + "\" r=\"5\" fill=\"" + kColourToday + "\" stroke=\"#ffffff\"/>";
        out += "<text x=\"" + Num(kLeft + kScale + 12) + "\" y=\"" + Num(y + 4) + "\">" + FormatShort(row.mean, 0) + " \xE2\x86\x92 " +
               FormatShort(row.target_mean, 0) + " % (n " + std::to_string(row.n) + ")</text>\n";
    }
    out += "</svg>\n";
    return out;
}

} // namespace systemic
