// json_reader.cpp — field access with located issues, worded the same for every document that reads through it.
#include "formats/json_reader.h"

#include <algorithm>
#include <utility>
#include <vector>

namespace systemic {

using json = nlohmann::json;

namespace {

const char* KindName(JsonKind kind) {
    switch (kind) {
    case JsonKind::Object: return "an object { ... }";
    case JsonKind::List: return "a list [ ... ]";
    case JsonKind::Text: return "text in double quotes";
    case JsonKind::WholeNumber: return "a whole number";
    case JsonKind::Number: return "a number";
    case JsonKind::Boolean: return "true or false";
    }
    return "something else";
}

bool IsKind(const json& value, JsonKind kind) {
    switch (kind) {
    case JsonKind::Object: return value.is_object();
    case JsonKind::List: return value.is_array();
    case JsonKind::Text: return value.is_string();
    case JsonKind::WholeNumber: return value.is_number_integer();
    case JsonKind::Number: return value.is_number();
    case JsonKind::Boolean: return value.is_boolean();
    }
    return false;
}

} // namespace

const char* JsonTypeName(const json& value) {
    switch (value.type()) {
    case json::value_t::null: return "null";
    case json::value_t::boolean: return "true/false";
    case json::value_t::string: return "text";
    case json::value_t::array: return "a list [ ... ]";
    case json::value_t::object: return "an object { ... }";
    case json::value_t::number_integer:
    case json::value_t::number_unsigned: return "a whole number";
    case json::value_t::number_float: return "a number";
    default: return "something else";
    }
}

// Field names are short, so O(n·m) is nothing.
std::size_t EditDistance(const std::string& a, const std::string& b) {
    std::vector<std::size_t> row(b.size() + 1);
    for (std::size_t j = 0; j <= b.size(); ++j) row[j] = j;
    for (std::size_t i = 1; i <= a.size(); ++i) {
        std::size_t diagonal = row[0];
        row[0] = i;
        for (std::size_t j = 1; j <= b.size(); ++j) {
            const std::size_t above = row[j];
            row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
            diagonal = above;
        }
    }
    return row[b.size()];
}

JsonReader::JsonReader(const JsonDocument& doc, const JsonCodes& codes, Issues& issues, std::size_t max_issues)
    : doc_(doc), codes_(codes), issues_(issues), max_issues_(max_issues) {}

void JsonReader::Add(Severity severity, const char* code, const std::string& path, std::string message) {
    if (issues_.size() >= max_issues_) {
        ++dropped_;
        if (severity == Severity::Error) ++dropped_errors_;
        return;
    }
    issues_.push_back(doc_.At(severity, code, prefix + path, std::move(message)));
}

const json* JsonReader::Member(const json& object, const std::string& path, const char* key, bool required) {
    const auto it = object.find(key);
    if (it != object.end() && !(null_is_absent && it->is_null())) return &*it;
    if (required) Error(codes_.missing_field, path + "/" + key, std::string("the field \"") + key + "\" is missing");
    return nullptr;
}

bool JsonReader::Is(const json& value, const std::string& path, JsonKind kind, const char* what) {
    if (IsKind(value, kind)) return true;
    Error(codes_.wrong_type, path, std::string("expected ") + (what ? what : KindName(kind)) + ", found " + JsonTypeName(value));
    return false;
}

const std::string* JsonReader::Text(const json& object, const std::string& path, const char* key, bool required) {
    const json* value = Member(object, path, key, required);
    if (!value || !Is(*value, path + "/" + key, JsonKind::Text)) return nullptr;
    return &value->get_ref<const std::string&>();
}

std::optional<std::int64_t> JsonReader::IntValue(const json& value, const std::string& path, std::int64_t min, std::int64_t max,
                                                 const char* hint) {
    const std::string range = std::to_string(min) + " to " + std::to_string(max);
    if (!value.is_number_integer()) {
        Error(codes_.wrong_type, path, "expected a whole number from " + range + ", found " + JsonTypeName(value));
        return std::nullopt;
    }
    // Unsigned values beyond int64 would wrap in get<int64_t>(); they are out of any range here anyway.
    const bool too_big = value.is_number_unsigned() && value.get<std::uint64_t>() > static_cast<std::uint64_t>(max);
    const std::int64_t v = too_big ? max : value.get<std::int64_t>();
    if (too_big || v < min || v > max) {
        Error(codes_.out_of_range, path,
              "expected a whole number from " + range + ", found " + DumpJson(value) + (hint ? std::string("; ") + hint : std::string()));
        return std::nullopt;
    }
    return v;
}

std::optional<std::int64_t> JsonReader::Int(const json& object, const std::string& path, const char* key, bool required,
                                            std::int64_t min, std::int64_t max, const char* hint) {
    const json* value = Member(object, path, key, required);
    if (!value) return std::nullopt;
    return IntValue(*value, path + "/" + key, min, max, hint);
}

const json* JsonReader::List(const json& object, const std::string& path, const char* key, bool required, std::size_t min,
                             std::size_t max) {
    const json* list = Member(object, path, key, required);
    const std::string list_path = path + "/" + key;
    if (!list || !Is(*list, list_path, JsonKind::List)) return nullptr;
    if (list->size() < min && codes_.too_few)
        Error(codes_.too_few, list_path, std::string("\"") + key + "\" needs at least " + std::to_string(min) + ", found " + std::to_string(list->size()));
    if (list->size() > max && codes_.too_many)
        Error(codes_.too_many, list_path, std::string("\"") + key + "\" may have at most " + std::to_string(max) + ", found " + std::to_string(list->size()));
    return list;
}

void JsonReader::UnknownFields(const json& object, const std::string& path, std::initializer_list<const char*> known) {
    if (!codes_.unknown_field) return;
    for (auto it = object.begin(); it != object.end(); ++it) {
        const std::string& key = it.key();
        std::string closest;
        std::size_t closest_distance = 3;   // suggest only names within two edits
        bool found = false;
        for (const char* name : known) {
            if (key == name) { found = true; break; }
            const std::size_t distance = EditDistance(key, name);
            if (distance < closest_distance) { closest_distance = distance; closest = name; }
        }
        if (found) continue;
        // The key is someone's input: quoted through Excerpt, so a 100 KB key is not echoed back whole.
        std::string message = "unknown field " + Excerpt(key) + " is ignored";
        if (!closest.empty()) message += " (did you mean \"" + closest + "\"?)";
        Warning(codes_.unknown_field, path + "/" + JsonPointerEscape(key), std::move(message));
    }
}

} // namespace systemic
