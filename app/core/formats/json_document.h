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

// A parsed document plus a map from JSON pointer to the 1-based line and column where its value starts.
// Columns count characters (Unicode code points), not bytes; a leading byte-order mark is skipped and not counted.
struct JsonDocument {
    bool ok = false;
    nlohmann::json value;
    Issues issues;                             // one Error when !ok: json.too_large, json.invalid_utf8, json.too_deep,
                                               // json.syntax, json.duplicate_key or json.number_range; its path is
                                               // the JSON pointer being read when the grammar broke ("" otherwise)
    std::unordered_map<std::string, std::pair<int, int>> positions;

    Issue At(Severity severity, std::string code, std::string path, std::string message) const;  // an Issue located at path (or its nearest located parent)
};

JsonDocument ParseJson(std::string_view text, const JsonLimits& limits = {});   // never throws
std::string JsonPointerEscape(const std::string& key);                          // "a/b~c" -> "a~1b~0c"
// The character a two-character JSON escape stands for (RFC 8259 §7): `e` is what follows the backslash ('n' -> '\n',
// '"' -> '"', ...); 0 for 'u' (four hex digits follow, read by the caller) and for anything that is not an escape.
char JsonEscapedChar(char e);
std::string DumpJson(const nlohmann::json& value, int indent = -1);             // dump that never throws (invalid UTF-8 replaced)
std::string DumpJson(const nlohmann::ordered_json& value, int indent = -1);     // the same for values that keep their key order

} // namespace systemic
