// synthetic.cpp — the synthetic respondent generator: an organisation's levels per area, a role bias, noise.
// Only integer arithmetic and +, *, floor on doubles, so every platform produces the same results from a seed.
#include "rules/synthetic.h"

#include <algorithm>
#include <cmath>

namespace systemic {

namespace {

constexpr std::uint64_t kGolden = 0x9E3779B97F4A7C15ull;

std::uint64_t Mix(std::uint64_t seed, std::uint64_t stream) { return seed ^ (kGolden * (stream + 1)); }

int ClampLevel(double x) {
    const double rounded = std::floor(x + 0.5);
    return static_cast<int>(std::min(5.0, std::max(1.0, rounded)));
}

// A bell-shaped value with mean 0 and standard deviation 1: the sum of three uniforms (Irwin-Hall), rescaled.
double Bell(Rng& rng) { return (rng.Uniform() + rng.Uniform() + rng.Uniform() - 1.5) * 2.0; }

// How each role tends to see the organisation: owners rosier, the front line more sober.
double RoleBias(Role r) {
    switch (r) {
    case Role::Owner: return 0.5;
    case Role::Manager: return 0.2;
    case Role::FrontLine: return -0.3;
    case Role::Other: case Role::None: break;
    }
    return 0.0;
}

} // namespace

std::uint64_t Rng::Next() {
    std::uint64_t z = (state += kGolden);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
}

double Rng::Uniform() { return static_cast<double>(Next() >> 11) * (1.0 / 9007199254740992.0); }

int Rng::Below(int n) { return n <= 1 ? 0 : static_cast<int>(Next() % static_cast<std::uint64_t>(n)); }

SynthProfile SynthRespondentProfile(const Questionnaire& q, std::uint64_t seed, int index) {
    SynthProfile p;
    Rng organisation{Mix(seed, 0xC0FFEEull)};
    Rng person{Mix(seed, static_cast<std::uint64_t>(index) + 1)};
    const int pick = person.Below(100);
    p.role = pick < 15 ? Role::Owner : pick < 45 ? Role::Manager : pick < 90 ? Role::FrontLine : Role::Other;
    const double personal = (person.Uniform() - 0.5) * 0.8;
    for (std::size_t a = 0; a < q.areas.size(); ++a) {
        const double truth = 1.5 + 3.0 * organisation.Uniform();
        p.area_base.push_back(std::min(5.0, std::max(1.0, truth + RoleBias(p.role) + personal)));
    }
    p.noise = 0.4 + 0.4 * person.Uniform();
    p.dont_know = 0.02 + 0.08 * person.Uniform();
    return p;
}

Result SynthResult(const Questionnaire& q, const SynthProfile& p, std::uint64_t seed) {
    Rng rng{seed};
    Result r = NewResult(q);
    r.respondent.role = p.role;
    r.respondent.organisation = "Synthetic Ltd";
    for (std::size_t i = 0; i < q.questions.size(); ++i) {
        Answer& a = r.answers[i];
        const double u = rng.Uniform();
        if (u < p.dont_know) { a.status = AnswerStatus::DontKnow; continue; }
        if (u < p.dont_know + p.not_applicable) { a.status = AnswerStatus::NotApplicable; continue; }
        const int area = q.questions[i].area;
        const double base = area >= 0 && area < static_cast<int>(p.area_base.size()) ? p.area_base[area] : 3.0;
        a.status = AnswerStatus::Answered;
        a.today = ClampLevel(base + p.noise * Bell(rng));
        if (a.today > 1 && rng.Uniform() < p.target_below) {
            a.target = a.today - 1;
        } else {
            const int step = rng.Below(100);
            a.target = std::min(kLevelCount, a.today + (step < 15 ? 0 : step < 70 ? 1 : step < 95 ? 2 : 3));
        }
    }
    // About a third of respondents share the 100 points: whole numbers that always sum to exactly 100.
    if (!q.areas.empty() && rng.Below(3) == 0) {
        std::vector<int> raw;
        int total = 0;
        for (std::size_t a = 0; a < q.areas.size(); ++a) { raw.push_back(1 + rng.Below(10)); total += raw.back(); }
        int given = 0;
        for (std::size_t a = 0; a < q.areas.size(); ++a) {
            r.area_points.push_back({q.areas[a].id, raw[a] * 100 / total});
            given += r.area_points.back().points;
        }
        r.area_points[0].points += 100 - given;
    }
    return r;
}

std::vector<Result> SynthResults(const Questionnaire& q, int count, std::uint64_t seed) {
    std::vector<Result> results;
    results.reserve(static_cast<std::size_t>(std::max(0, count)));
    for (int i = 0; i < count; ++i)
        results.push_back(SynthResult(q, SynthRespondentProfile(q, seed, i), Mix(seed, 0x100000000ull + static_cast<std::uint64_t>(i))));
    return results;
}

Result SynthRespondent(const Questionnaire& q, std::uint64_t seed, int index) {
    Result r = SynthResult(q, SynthRespondentProfile(q, seed, index), Mix(seed, 0x100000000ull + static_cast<std::uint64_t>(index)));
    r.respondent.name = "Respondent " + std::to_string(index + 1);
    r.created = "2026-01-01";
    r.updated = "2026-01-01";
    return r;
}

} // namespace systemic
