// questionnaire_load.h — load and validate a questionnaire from JSON text.
// Structural problems are Errors; coverage rules (PRODUCT.md §3) are Warnings for custom questionnaires.
#pragma once

#include <optional>
#include <string_view>

#include "model/issue.h"
#include "model/questionnaire.h"

namespace systemic {

struct QuestionnaireLoad {
    std::optional<Questionnaire> questionnaire;   // set when there are no Errors
    Issues issues;                                // Errors and Warnings in document order: at most 200, then one
                                                  // "questionnaire.issue_limit" saying how many more there were
};

QuestionnaireLoad LoadQuestionnaire(std::string_view json_text);   // parse, check structure, resolve ids, compute hash, check coverage (once error-free)
Issues CheckCoverage(const Questionnaire& q);                      // the coverage rules, as Warnings
std::string HashText(std::string_view text);                       // FNV-1a 64 as 16 lowercase hex digits

// The refusal of a custom questionnaire that takes a built-in id but differs from it (code questionnaire.builtin_id,
// path /id; the reason and the decision are in formats/builtin.h BuiltinIdClash). Here so the page can say it
// against the questionnaires it shipped with, without linking the built-in texts a second time.
Issue BuiltinIdIssue(const std::string& id, Severity severity);

} // namespace systemic
