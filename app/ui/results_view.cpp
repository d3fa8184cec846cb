// results_view.cpp — short labels the results screen draws: stage names and area names that fit a radar axis.
#include "results_view.h"

#include <cstddef>

namespace systemic {

std::string StageText(int level) {
    if (level < 1 || level > kLevelCount) return std::string();
    return std::string(LevelName(level)) + " (stage " + std::to_string(level) + " of 5)";
}

std::string ShortAreaName(const Area& area) {
    // The eight shared areas have fixed ids in every built-in questionnaire; a custom one falls back on its first word.
    static const struct { const char* id; const char* name; } kShort[] = {
        {"insight", "Insight"},       {"proposition", "Offer"},   {"people", "People"},         {"information", "Info & tech"},
        {"journeys", "Journeys"},     {"activity", "Activity"},   {"measurement", "Measures"},  {"experience", "Experience"},
    };
    for (const auto& s : kShort)
        if (area.id == s.id) return s.name;
    if (area.name.size() <= 12) return area.name;
    const size_t space = area.name.find_first_of(" ,(");
    return space == std::string::npos || space == 0 ? area.name.substr(0, 12) : area.name.substr(0, space);
}


} // namespace systemic
