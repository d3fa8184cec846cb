// questionnaire.cpp — the model's small lookups: level names and id → index searches.
// Linear searches on purpose: a questionnaire has at most a few hundred entries and is searched rarely.
#include "model/questionnaire.h"

namespace systemic {

const char* LevelMeaning(int level) {
    switch (level) {
        case 1: return "Customer management depends on a few people and good intentions; little is planned or repeated.";
        case 2: return "Good practice exists in places, but it is patchy and not yet joined up.";
        case 3: return "Practice is agreed and written down, and most people follow it most of the time.";
        case 4: return "Practice is measured and reviewed, and the results are used to improve it.";
        case 5: return "Customer management works as one system: the parts are joined up and keep improving together.";
        default: return "";
    }
}

const char* LevelName(int level) {
    static const char* const kNames[kLevelCount] = {"Ad hoc", "Emerging", "Defined", "Managed", "Systemic"};
    return level >= 1 && level <= kLevelCount ? kNames[level - 1] : "";
}

namespace {
template <typename T>
int FindById(const std::vector<T>& items, const std::string& id) {
    for (std::size_t i = 0; i < items.size(); ++i)
        if (items[i].id == id) return static_cast<int>(i);
    return -1;
}
} // namespace

int Questionnaire::FindQuestion(const std::string& question_id) const { return FindById(questions, question_id); }
int Questionnaire::FindArea(const std::string& area_id) const { return FindById(areas, area_id); }
int Questionnaire::FindDriver(const std::string& driver_id) const { return FindById(drivers, driver_id); }
int Questionnaire::FindStage(const std::string& stage_id) const { return FindById(stages, stage_id); }

} // namespace systemic
