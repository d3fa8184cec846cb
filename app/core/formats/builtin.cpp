// builtin.cpp — the shipped questionnaires, embedded by cmake/embed.py from questionnaires/*.json.
#include "formats/builtin.h"

namespace systemic::embedded {
extern const std::string_view b2b;
extern const std::string_view b2c;
extern const std::string_view public_sector;
}

namespace systemic {

const std::vector<BuiltinQuestionnaire>& BuiltinQuestionnaires() {
    static const std::vector<BuiltinQuestionnaire> all = {
        {"b2b", embedded::b2b},
        {"b2c", embedded::b2c},
        {"public", embedded::public_sector},
    };
    return all;
}

std::string_view FindBuiltinQuestionnaire(std::string_view id) {
    for (const BuiltinQuestionnaire& b : BuiltinQuestionnaires())
        if (b.id == id) return b.json;
    return {};
}

} // namespace systemic
