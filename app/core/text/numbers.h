// numbers.h — numbers as text without locale or printf, so every platform writes the same bytes.
// llround of x * 10^decimals is exact-rounded IEEE arithmetic: native (glibc) and wasm (musl) agree bit for bit.
#pragma once

#include <cmath>
#include <string>

namespace systemic {

// A number with a fixed count of decimals (0..6), no locale, no printf: "41.67", "-0.5" -> "-0.50", "3".
inline std::string FormatFixed(double x, int decimals = 2) {
    long long scale = 1;
    for (int i = 0; i < decimals; ++i) scale *= 10;
    const long long units = std::llround(x * static_cast<double>(scale));
    const bool negative = units < 0;
    const unsigned long long a = static_cast<unsigned long long>(negative ? -units : units);
    std::string out = negative ? "-" : "";
    out += std::to_string(a / static_cast<unsigned long long>(scale));
    if (decimals > 0) {
        std::string frac = std::to_string(a % static_cast<unsigned long long>(scale));
        out += "." + std::string(static_cast<std::size_t>(decimals) - frac.size(), '0') + frac;
    }
    return out;
}

// FormatFixed without trailing zeros: "41.67", "37.5", "50".
inline std::string FormatShort(double x, int decimals = 2) {
    std::string s = FormatFixed(x, decimals);
    if (s.find('.') == std::string::npos) return s;
    while (!s.empty() && s.back() == '0') s.pop_back();
    if (!s.empty() && s.back() == '.') s.pop_back();
    if (s == "-0") s = "0";
    return s;
}

// Percentages as text: one function, three named variants. A space before '%' everywhere (ISO 80000-1).
enum class Zeros { Keep, Trim };   // Keep: "25.00"; Trim: trailing zeros and a bare point go, "25"
inline std::string PercentText(double percent, int decimals, Zeros zeros) {
    return (zeros == Zeros::Trim ? FormatShort(percent, decimals) : FormatFixed(percent, decimals)) + " %";
}
inline std::string FormatPercent(double percent) { return PercentText(percent, 1, Zeros::Trim); }   // on screen: "41.7 %", "25 %"
inline std::string ReportPercent(double percent) { return PercentText(percent, 1, Zeros::Keep); }   // printed reports: "41.7 %", "25.0 %"
inline std::string TablePercent(double percent) { return PercentText(percent, 2, Zeros::Keep); }    // text tables: "41.67 %", "25.00 %"

// The figures people read on screen: one decimal at most, halves away from zero.
inline std::string FormatPoints(double points) {                                               // "33.3 points", "1 point", "-5 points"
    const std::string n = FormatShort(points, 1);
    return n + (n == "1" ? " point" : " points");
}
inline std::string FormatWeight(double weight) { return FormatShort(weight, 2); }              // "1", "1.5", "0.25"
inline std::string FormatCount(long long n) {                                                  // 12345 -> "12,345"
    const std::string digits = std::to_string(n < 0 ? -n : n);
    std::string out = n < 0 ? "-" : "";
    for (std::size_t i = 0; i < digits.size(); ++i) {
        if (i > 0 && (digits.size() - i) % 3 == 0) out += ',';
        out += digits[i];
    }
    return out;
}

} // namespace systemic
