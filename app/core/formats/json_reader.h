// json_reader.h — reading fields out of a parsed JSON document with one vocabulary of located issues.
// The questionnaire file, the results file and the saved session all read through it, so the same fault has the
// same code name and the same wording in each: `<doc>.missing_field`, `<doc>.wrong_type`, `<doc>.out_of_range`,
// `<doc>.unknown_field`, `<doc>.too_few`, `<doc>.too_many` (docs/errors.md lists every code).
#pragma once

#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <optional>
#include <string>

#include <nlohmann/json.hpp>

#include "formats/json_document.h"
#include "model/issue.h"

namespace systemic {

// The codes one kind of document uses for the faults every document shares. Written out in full at each use
// ("result.wrong_type", not "result" + ".wrong_type") so that one search finds a code, and the catalogue test
// (tests/unit/test_error_codes.cpp) finds it in the source.
struct JsonCodes {
    const char* missing_field;          // a required field is absent                       (Error)
    const char* wrong_type;             // a value of the wrong JSON type                   (Error)
    const char* out_of_range;           // a whole number outside its range                 (Error)
    const char* unknown_field;          // a field the format does not have: ignored        (Warning); nullptr: not checked
    const char* too_few = nullptr;      // a list shorter than its minimum                  (Error); only for documents with lists
    const char* too_many = nullptr;     // a list longer than its maximum                   (Error)
};

// What a value was expected to be, for "<doc>.wrong_type" messages: "expected text in double quotes, found a list [ ... ]".
enum class JsonKind { Object, List, Text, WholeNumber, Number, Boolean };

class JsonReader {
public:
    // Issues are appended to `issues`, located in `doc`; past `max_issues` they are only counted (dropped()).
    JsonReader(const JsonDocument& doc, const JsonCodes& codes, Issues& issues, std::size_t max_issues = SIZE_MAX);

    bool null_is_absent = false;   // results and sessions: an optional field set to null reads as left out
    std::string prefix;            // a JSON pointer put before every path: the document being read sits at `prefix` in doc

    void Add(Severity severity, const char* code, const std::string& path, std::string message);
    void Error(const char* code, const std::string& path, std::string message) { Add(Severity::Error, code, path, std::move(message)); }
    void Warning(const char* code, const std::string& path, std::string message) { Add(Severity::Warning, code, path, std::move(message)); }
    std::size_t dropped() const { return dropped_; }                 // issues past max_issues, not recorded
    std::size_t dropped_errors() const { return dropped_errors_; }   // of which Errors
    bool HasErrors() const { return systemic::HasErrors(issues_) || dropped_errors_ > 0; }

    // object[key], or nullptr when absent; a required absent field is "<doc>.missing_field" at path/key:
    //   the field "KEY" is missing
    const nlohmann::json* Member(const nlohmann::json& object, const std::string& path, const char* key, bool required);
    // true when value is of `kind`; else "<doc>.wrong_type" at path: expected WHAT, found TYPE. `what` overrides the
    // default description of the kind ("an object { ... }", "a list [ ... ]", "text in double quotes", "a whole
    // number", "a number", "true or false").
    bool Is(const nlohmann::json& value, const std::string& path, JsonKind kind, const char* what = nullptr);
    // object[key] as text, or nullptr when absent (missing_field if required) or not text (wrong_type).
    const std::string* Text(const nlohmann::json& object, const std::string& path, const char* key, bool required);
    // value as a whole number in [min, max], else nullopt: "<doc>.wrong_type" when it is no whole number,
    // "<doc>.out_of_range" at path when outside: expected a whole number from MIN to MAX, found V[; HINT]
    std::optional<std::int64_t> IntValue(const nlohmann::json& value, const std::string& path, std::int64_t min, std::int64_t max,
                                         const char* hint = nullptr);
    std::optional<std::int64_t> Int(const nlohmann::json& object, const std::string& path, const char* key, bool required,
                                    std::int64_t min, std::int64_t max, const char* hint = nullptr);   // absent: nullopt, no issue unless required
    // object[key] as a list, or nullptr when absent or not a list. Lengths outside [min, max] are "<doc>.too_few" /
    // "<doc>.too_many" ("KEY" needs at least MIN, found N / "KEY" may have at most MAX, found N), and the list is still returned.
    const nlohmann::json* List(const nlohmann::json& object, const std::string& path, const char* key, bool required,
                               std::size_t min, std::size_t max);
    // A Warning "<doc>.unknown_field" at path/key for every key not in `known`: unknown field "KEY" is ignored
    // (did you mean "NAME"?) — the suggestion when a known name is within two edits.
    void UnknownFields(const nlohmann::json& object, const std::string& path, std::initializer_list<const char*> known);

    const JsonCodes& codes() const { return codes_; }

private:
    const JsonDocument& doc_;
    JsonCodes codes_;
    Issues& issues_;
    std::size_t max_issues_;
    std::size_t dropped_ = 0;
    std::size_t dropped_errors_ = 0;
};

const char* JsonTypeName(const nlohmann::json& value);   // "text", "a whole number", "a list [ ... ]", ... for messages
std::size_t EditDistance(const std::string& a, const std::string& b);   // Levenshtein distance, for "did you mean"

} // namespace systemic
