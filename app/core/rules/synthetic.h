// synthetic.h — realistic, reproducible results for tests, demos and benchmarks.
// A small PRNG of our own (splitmix64) so the same seed gives the same results with every standard library.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "model/questionnaire.h"
#include "model/result.h"

namespace systemic {

// splitmix64 (Steele, Lea, Flood 2014): 64 bits of state, passes BigCrush, and is only adds, xors, shifts, multiplies.
struct Rng {
    std::uint64_t state = 0;
    std::uint64_t Next();                  // the next 64 random bits
    double Uniform();                      // in [0, 1), 53 random bits
    int Below(int n);                      // in [0, n) for n >= 1
};

// How one respondent answers. Levels are on the 1..5 scale.
struct SynthProfile {
    Role role = Role::None;
    std::vector<double> area_base;         // the organisation's true level per area, as this person sees it
    double noise = 0.6;                    // spread of a single answer around its area's base, in levels
    double dont_know = 0.05;               // chance of "don't know" per question
    double not_applicable = 0.02;          // chance of "not applicable" per question
    double target_below = 0.03;            // chance that a target is below today
};

SynthProfile SynthRespondentProfile(const Questionnaire& q, std::uint64_t seed, int index);   // organisation base from seed, role and bias from index
Result SynthResult(const Questionnaire& q, const SynthProfile& p, std::uint64_t seed);        // one full-mode result; created/updated left empty
std::vector<Result> SynthResults(const Questionnaire& q, int count, std::uint64_t seed);      // count respondents of one organisation
Result SynthRespondent(const Questionnaire& q, std::uint64_t seed, int index);              // respondent `index` of SynthResults, named "Respondent N", dated 2026-01-01

} // namespace systemic
