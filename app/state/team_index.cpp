// team_index.cpp — the team view's test of "the same person's result" and its fingerprint (state/team_index.h).
#include "state/team_index.h"

#include <algorithm>
#include <functional>
#include <string>
#include <utility>
#include <vector>

namespace systemic {

namespace {

std::uint64_t Mix(std::uint64_t h) {   // splitmix64's finaliser: spreads every input bit over the word
    h ^= h >> 30;
    h *= 0xBF58476D1CE4E5B9ull;
    h ^= h >> 27;
    h *= 0x94D049BB133111EBull;
    return h ^ (h >> 31);
}

std::uint64_t HashText(const std::string& s) { return Mix(std::hash<std::string>{}(s)); }

} // namespace

bool SameTeamResult(const Result& a, const Result& b) {
    // Notes and the update time may differ between a file and its link (a link carries no notes); what is scored may not.
    if (a.questionnaire_id != b.questionnaire_id || a.mode != b.mode) return false;
    if (a.respondent.organisation != b.respondent.organisation || a.respondent.name != b.respondent.name ||
        a.respondent.role != b.respondent.role)
        return false;
    if (!a.created.empty() && !b.created.empty() && a.created.substr(0, 10) != b.created.substr(0, 10)) return false;
    // Points: compare only the areas with points, in any order.
    auto points_of = [](const Result& r, const std::string& area) {
        int total = 0;
        for (const AreaPoints& p : r.area_points) if (p.area == area) total += p.points;
        return total;
    };
    for (const AreaPoints& p : a.area_points) if (points_of(b, p.area) != points_of(a, p.area)) return false;
    for (const AreaPoints& p : b.area_points) if (points_of(a, p.area) != points_of(b, p.area)) return false;
    // Answers by question id; an answer missing on one side is the same as an unanswered one.
    auto same = [](const Answer* x, const Answer* y) {
        const AnswerStatus sx = EffectiveStatus(x), sy = EffectiveStatus(y);
        if (sx != sy) return false;
        if (sx != AnswerStatus::Answered) return true;
        const int tx = x->target >= 1 && x->target <= kLevelCount ? x->target : x->today;
        const int ty = y->target >= 1 && y->target <= kLevelCount ? y->target : y->today;
        return x->today == y->today && tx == ty;
    };
    auto find = [](const Result& r, const std::string& id, std::size_t hint) -> const Answer* {
        if (hint < r.answers.size() && r.answers[hint].question == id) return &r.answers[hint];
        for (const Answer& x : r.answers) if (x.question == id) return &x;
        return nullptr;
    };
    for (std::size_t i = 0; i < a.answers.size(); ++i)
        if (!same(&a.answers[i], find(b, a.answers[i].question, i))) return false;
    for (std::size_t i = 0; i < b.answers.size(); ++i)
        if (!same(find(a, b.answers[i].question, i), &b.answers[i])) return false;
    return true;
}

std::uint64_t TeamResultFingerprint(const Result& r) {
    // Everything SameTeamResult compares exactly, in the same terms: the creation date is left out (a result without
    // one matches any date); areas and answers are combined by a sum of their hashes, so their order does not count;
    // zero points and unanswered questions add nothing, as absent ones.
    std::uint64_t h = Mix(HashText(r.questionnaire_id) + 0x9E3779B97F4A7C15ull * (static_cast<std::uint64_t>(r.mode) + 1));
    h = Mix(h ^ HashText(r.respondent.name));
    h = Mix(h ^ HashText(r.respondent.organisation));
    h = Mix(h ^ (static_cast<std::uint64_t>(r.respondent.role) + 0x51ull));
    std::vector<std::pair<const std::string*, int>> points;   // per area, summed as SameTeamResult does
    for (const AreaPoints& p : r.area_points) {
        auto it = std::find_if(points.begin(), points.end(), [&](const auto& e) { return *e.first == p.area; });
        if (it == points.end()) points.emplace_back(&p.area, p.points);
        else it->second += p.points;
    }
    std::uint64_t sum = 0;
    for (const auto& [area, total] : points)
        if (total != 0) sum += Mix(HashText(*area) ^ static_cast<std::uint64_t>(static_cast<std::uint32_t>(total)));
    h = Mix(h ^ sum);
    sum = 0;
    for (const Answer& a : r.answers) {
        const AnswerStatus status = EffectiveStatus(&a);
        if (status == AnswerStatus::Unanswered) continue;
        std::uint64_t level = 0;
        if (status == AnswerStatus::Answered) {
            const int target = a.target >= 1 && a.target <= kLevelCount ? a.target : a.today;
            level = static_cast<std::uint64_t>(a.today) * 16 + static_cast<std::uint64_t>(target);
        }
        sum += Mix(HashText(a.question) ^ (static_cast<std::uint64_t>(status) << 8 | level));
    }
    return Mix(h ^ sum);
}

} // namespace systemic
