// svg_charts.h — the report's vector charts as inline SVG text: areas radar, today/target bars, team range strips.
// Pure text out; every label is escaped; coordinates use our own sin/cos and fixed formatting, so bytes match everywhere.
#pragma once

// Colours are the Okabe–Ito palette, safe for the common colour-vision deficiencies, and every series also
// differs in line style, marker or fill pattern so the charts still read on a greyscale printer.
// Each chart is role="img" with a <title> and <desc> (aria-labelledby); the report puts a data table beside it.

#include <string>
#include <vector>

namespace systemic {

constexpr const char* kColourToday = "#0072B2";    // Okabe–Ito blue: today, solid lines, filled markers
constexpr const char* kColourTarget = "#E69F00";   // Okabe–Ito orange: target, dashed lines, square markers
constexpr const char* kColourGap = "#D55E00";      // Okabe–Ito vermillion: gap, hatched fill

struct RadarChart {
    std::string id;                     // unique in the page; prefixes the ids inside the SVG
    std::string title;                  // the SVG's <title>
    std::string description;            // the SVG's <desc>: the figures in words
    std::vector<std::string> labels;    // one axis each, clockwise from the top
    std::vector<double> today;          // 0..100 per axis
    std::vector<double> target;         // 0..100 per axis
    std::vector<bool> scored;           // false: no answers on that axis (drawn at the centre, labelled so)
};

struct BarRow {
    std::string label;
    bool scored = false;
    double today = 0.0;                 // 0..100
    double target = 0.0;                // 0..100; gap = target - today, in percentage points
};

struct BarChart {
    std::string id;
    std::string title;
    std::string description;
    std::vector<BarRow> rows;
};

struct RangeRow {
    std::string label;
    int n = 0;                          // respondents with this score; 0 draws "no answers"
    double min = 0.0, max = 0.0;        // 0..100
    double mean = 0.0, sd = 0.0;
    double target_mean = 0.0;
};

struct RangeChart {
    std::string id;
    std::string title;
    std::string description;
    std::vector<RangeRow> rows;
};

bool RadarDrawable(const RadarChart& c);        // three or more axes with matching data: a radar needs a plane
std::string RadarSvg(const RadarChart& c);      // rings at 0/25/50/75/100 %, today solid + circles, target dashed + squares, legend; "" when not drawable
std::string BarsSvg(const BarChart& c);         // per row three bars: today (solid), target (outlined), gap (hatched), each labelled
std::string RangeSvg(const RangeChart& c);      // per row: min–max line, mean ± sd band, mean dot, target diamond, labelled
void DetSinCos(double radians, double& s, double& c);   // sine and cosine by a fixed series: identical bits natively and in wasm

} // namespace systemic
