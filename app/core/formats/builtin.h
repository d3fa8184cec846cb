// builtin.h — the questionnaires shipped with Systemic, embedded at build time from questionnaires/*.json.
#pragma once

#include <string_view>
#include <vector>

namespace systemic {

struct BuiltinQuestionnaire {
    std::string_view id;      // "b2b", "b2c", "public"
    std::string_view json;    // the file's text, as shipped
};

const std::vector<BuiltinQuestionnaire>& BuiltinQuestionnaires();   // in a fixed order: b2b, b2c, public
std::string_view FindBuiltinQuestionnaire(std::string_view id);      // the text, or empty when unknown

} // namespace systemic
