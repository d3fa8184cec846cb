// builtin.h — the questionnaires shipped with Systemic, embedded at build time from questionnaires/*.json.
#pragma once

#include <optional>
#include <string_view>
#include <vector>

#include "model/issue.h"
#include "model/questionnaire.h"

namespace systemic {

struct BuiltinQuestionnaire {
    std::string_view id;      // "b2b", "b2c", "public"
    std::string_view json;    // the file's text, as shipped
};

const std::vector<BuiltinQuestionnaire>& BuiltinQuestionnaires();   // in a fixed order: b2b, b2c, public
std::string_view FindBuiltinQuestionnaire(std::string_view id);      // the text, or empty when unknown

// A questionnaire file that takes a built-in id ("b2b", "b2c", "public") but differs from the built-in one.
// Decision (docs/questionnaires.md, questionnaires/README.md): it is refused, because results files and links name
// a questionnaire by its id, and the page and a consultant's team would silently mix answers to two different
// texts. The message says what to change. The page refuses the file (an Error); `systemic validate` warns.
// nullopt when the id is not a built-in one, or when q is the built-in questionnaire itself (same hash).
std::optional<Issue> BuiltinIdClash(const Questionnaire& q, Severity severity = Severity::Error);

} // namespace systemic
