// result_file.h — the versioned JSON file of one respondent's results.
// Loading checks the answers against the questionnaire and carries answers over from older versions by id.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "formats/json_document.h"
#include "model/issue.h"
#include "model/questionnaire.h"
#include "model/result.h"

namespace systemic {

struct ResultLoad {
    std::optional<Result> result;     // set when there are no Errors
    Issues issues;                    // Errors and Warnings, located in the result text
    bool migrated = false;            // made with another version (or hash) of the same questionnaire
    int from_version = 0;             // the questionnaire version the file was made with
    std::string from_hash;
    int carried_over = 0;             // answers (any status but unanswered) loaded onto current questions
    int dropped = 0;                  // answers whose question id the questionnaire does not have
    std::vector<std::string> dropped_ids;   // those question ids, in file order (progress over time lists them)
};

// Parse, check, migrate by question id; never throws. Takes LoadPlainResult's answer when there is one (a file as
// Systemic writes it), else LoadResultThorough's: the same ResultLoad either way, only faster.
ResultLoad LoadResult(std::string_view json_text, const Questionnaire& q);
// The same from a document already parsed, reading the value at JSON pointer `at` ("" = the whole document; the
// autosave record keeps the results under "/result"). Issue paths are pointers into `doc` (so they start with `at`)
// and carry the line and column of the text `doc` was parsed from. A document that is not ok gives its own issues.
ResultLoad LoadResult(const JsonDocument& doc, const Questionnaire& q, const std::string& at = "");

VersionGap GapOf(const ResultLoad& load);                                     // migrated, from_version and dropped_ids, for rules/compare.h

nlohmann::ordered_json ResultToJson(const Result& r);                         // the results file as a value, keys in a fixed order
std::string SaveResult(const Result& r);                                      // DumpJson(ResultToJson(r), 2) + "\n": pretty JSON, ends with "\n"

// The two roads of LoadResult(json_text, q), public for tests, fuzzers and bench/bench_team.cpp:
// - LoadPlainResult (formats/result_plain.cpp): one pass over the text into a Result, no JSON tree, no positions
//   (about 300 MB/s natively against about 25 MB/s). It takes only a text that loads without a single issue — the
//   keys Systemic writes, each at most once, in any order and spacing, for this very id, version and hash of q;
//   strings without \u escapes; whole numbers — and then gives exactly the ResultLoad of LoadResultThorough
//   (no issues, not migrated, from_version/from_hash = q's). Anything else: nullopt, never an issue.
// - LoadResultThorough: ParseJson, then every check with located issues (LoadResult(JsonDocument, q) above).
std::optional<ResultLoad> LoadPlainResult(std::string_view json_text, const Questionnaire& q);
ResultLoad LoadResultThorough(std::string_view json_text, const Questionnaire& q);

} // namespace systemic
