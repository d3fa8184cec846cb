// json_text.h — parse JSON text into nlohmann::json without exceptions, remembering where each value is.
// Guards against invalid UTF-8, absurd sizes and absurd nesting before nlohmann sees the text.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <unordered_map>

#include <nlohmann/json.hpp>

#include "model/issue.h"

namespace systemic {

struct JsonLimits {
    std::size_t max_bytes = 4 * 1024 * 1024;   // larger texts are rejected as "json.too_large"
    int max_depth = 64;                        // deeper nesting is rejected as "json.too_deep"
    bool allow_duplicate_keys = false;         // else a key repeated in one object is "json.duplicate_key" (the last would silently win)
};

using JsonPositions = std::unordered_map<std::string, std::pair<int, int>>;   // JSON pointer -> 1-based line, column

// A parsed document, and where each of its values starts: line and column, 1-based. Columns count characters
// (Unicode code points), not bytes; a leading byte-order mark is skipped and not counted.
struct JsonDocument {
    bool ok = false;
    nlohmann::json value;
    Issues issues;                             // one Error when !ok: json.too_large, json.invalid_utf8, json.too_deep,
                                               // json.syntax, json.duplicate_key or json.number_range; its path is
                                               // the JSON pointer being read when the grammar broke ("" otherwise)

    const JsonPositions& Positions() const;    // every value's position (empty when !ok); worked out on first use
    Issue At(Severity severity, std::string code, std::string path, std::string message) const;  // an Issue located at path (or its nearest located parent)

private:
    friend JsonDocument ParseJson(std::string_view, const JsonLimits&);
    friend JsonDocument ParseJsonThorough(std::string_view, const JsonLimits&);
    // Most documents are read without a single issue to locate, so a valid document keeps its text and locates
    // its values only when asked (a map of every value's pointer costs more than the parse itself).
    mutable std::string text_;         // a valid document's text until its values are located
    bool allow_duplicate_keys_ = false;
    mutable bool located_ = false;
    mutable JsonPositions positions_;
};

JsonDocument ParseJson(std::string_view text, const JsonLimits& limits = {});   // never throws
// The same result by the slow road: the grammar scanner with its positions first, then nlohmann. ParseJson takes
// it only for texts nlohmann rejects (for the scanner's plain message); tests and fuzzers compare the two.
JsonDocument ParseJsonThorough(std::string_view text, const JsonLimits& limits = {});
std::string JsonPointerEscape(const std::string& key);                          // "a/b~c" -> "a~1b~0c"
std::string DumpJson(const nlohmann::json& value, int indent = -1);             // dump that never throws (invalid UTF-8 replaced)
std::string DumpJson(const nlohmann::ordered_json& value, int indent = -1);     // the same for values that keep their key order

} // namespace systemic
