// det_math.h — the few numeric helpers whose results must be bit-identical natively (glibc) and in wasm (musl).
// Only +, -, *, /, sqrt and round are used: IEEE 754 makes those exact-rounded everywhere; libm's log and exp are not.
#pragma once

#include <cmath>

namespace systemic {

// Every published number goes through this: two decimals, halves away from zero.
inline double Round2(double x) { return std::round(x * 100.0) / 100.0; }

// Natural logarithm for x > 0 by a fixed recipe: x = m * 2^e with m in [1, 2), then ln m = 2 atanh((m-1)/(m+1))
// by 30 terms of its series (|z| <= 1/3, so the terms fall below 1e-30). Same steps, same bits, on every platform.
inline double DetLn(double x) {
    if (!(x > 0.0)) return 0.0;
    constexpr double kLn2 = 0.69314718055994530942;
    int e = 0;
    while (x >= 2.0) { x *= 0.5; ++e; }      // exact: scaling by a power of two
    while (x < 1.0) { x *= 2.0; --e; }
    const double z = (x - 1.0) / (x + 1.0);
    const double z2 = z * z;
    double term = z, sum = 0.0;
    for (int k = 0; k < 30; ++k) {
        sum += term / static_cast<double>(2 * k + 1);
        term *= z2;
    }
    return static_cast<double>(e) * kLn2 + 2.0 * sum;
}

// e^y by a fixed recipe: y = k ln2 + r with |r| <= ln2 / 2, e^r by 30 Taylor terms, then exact doubling k times.
inline double DetExp(double y) {
    constexpr double kLn2 = 0.69314718055994530942;
    if (y > 700.0) y = 700.0;
    if (y < -700.0) y = -700.0;
    const double kf = std::round(y / kLn2);
    const double r = y - kf * kLn2;
    double term = 1.0, sum = 1.0;
    for (int n = 1; n <= 30; ++n) {
        term *= r / static_cast<double>(n);
        sum += term;
    }
    int k = static_cast<int>(kf);
    for (; k > 0; --k) sum *= 2.0;
    for (; k < 0; ++k) sum *= 0.5;
    return sum;
}

} // namespace systemic
