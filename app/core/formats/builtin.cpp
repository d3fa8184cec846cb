// builtin.cpp — the shipped questionnaires, embedded by cmake/embed.py from questionnaires/*.json.
#include "formats/builtin.h"

#include "formats/json_document.h"
#include "formats/questionnaire_file.h"

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

std::optional<Issue> BuiltinIdClash(const Questionnaire& q, Severity severity) {
    const std::string_view builtin = FindBuiltinQuestionnaire(q.id);
    if (builtin.empty()) return std::nullopt;
    // The same hash LoadQuestionnaire computes: of the canonical dump of the parsed document.
    const JsonDocument doc = ParseJson(builtin);
    if (doc.ok && HashText(DumpJson(doc.value)) == q.hash) return std::nullopt;
    return BuiltinIdIssue(q.id, severity);
}

} // namespace systemic
