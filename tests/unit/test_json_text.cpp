// test_json_text.cpp — ParseJson: positions of values, located errors, and agreement with nlohmann on what is JSON.
// Every bad input must come back as one Error with a stable code, never as a crash.
#include <doctest/doctest.h>

#include <fstream>
#include <sstream>
#include <string>

#include "formats/json_document.h"

// These tests run without exceptions (tests/unit/main.cpp), so a failed REQUIRE carries on: leave by hand.
#define REQUIRE_OR_RETURN(...) do { REQUIRE(__VA_ARGS__); if (!(__VA_ARGS__)) return; } while (false)
#define REQUIRE_FALSE_OR_RETURN(...) do { REQUIRE_FALSE(__VA_ARGS__); if (__VA_ARGS__) return; } while (false)

using namespace systemic;
using json = nlohmann::json;

namespace {

std::string ReadFixture(const std::string& relative) {
    std::ifstream in(std::string(SYSTEMIC_SOURCE_DIR) + "/" + relative, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

std::pair<int, int> PositionOf(const JsonDocument& doc, const std::string& pointer) {
    const auto it = doc.Positions().find(pointer);
    return it == doc.Positions().end() ? std::pair<int, int>{-1, -1} : it->second;
}

struct BadText {
    const char* name;
    std::string text;
    const char* code;
    int line;
    int column;
    const char* message_part;
    const char* path = "";
};

void CheckBadText(const BadText& bad, const JsonLimits& limits = {}) {
    const JsonDocument doc = ParseJson(bad.text, limits);
    INFO("case: ", bad.name);
    REQUIRE_FALSE_OR_RETURN(doc.ok);
    REQUIRE_OR_RETURN(doc.issues.size() == 1);
    const Issue& issue = doc.issues[0];
    INFO("message: ", issue.message);
    CHECK(issue.severity == Severity::Error);
    CHECK(issue.code == bad.code);
    CHECK(issue.line == bad.line);
    CHECK(issue.column == bad.column);
    CHECK(issue.message.find(bad.message_part) != std::string::npos);
    CHECK(issue.path == bad.path);
    CHECK(doc.value.is_null());
    CHECK(doc.Positions().empty());
}

} // namespace

TEST_CASE("ParseJson reads valid JSON and locates every value") {
    SUBCASE("objects, arrays and scalars") {
        const JsonDocument doc = ParseJson("{\n  \"a\": [1, {\"b\": null}],\n  \"c\": \"x\"\n}");
        REQUIRE_OR_RETURN(doc.ok);
        CHECK(doc.issues.empty());
        CHECK(doc.value["c"] == "x");
        CHECK(doc.Positions().size() == 6);
        CHECK(PositionOf(doc, "") == std::pair<int, int>{1, 1});
        CHECK(PositionOf(doc, "/a") == std::pair<int, int>{2, 8});
        CHECK(PositionOf(doc, "/a/0") == std::pair<int, int>{2, 9});
        CHECK(PositionOf(doc, "/a/1") == std::pair<int, int>{2, 12});
        CHECK(PositionOf(doc, "/a/1/b") == std::pair<int, int>{2, 18});
        CHECK(PositionOf(doc, "/c") == std::pair<int, int>{3, 8});
    }
    SUBCASE("empty containers and a scalar root") {
        const JsonDocument doc = ParseJson("  42 ");
        REQUIRE_OR_RETURN(doc.ok);
        CHECK(doc.value == 42);
        CHECK(PositionOf(doc, "") == std::pair<int, int>{1, 3});
        CHECK(ParseJson("[]").ok);
        CHECK(ParseJson("{ }").ok);
        CHECK(ParseJson("\"\"").ok);
        CHECK(ParseJson("[[], {}, -0.5e+3, true, false, null]").ok);
    }
    SUBCASE("keys with '/' and '~' are escaped in pointers") {
        const JsonDocument doc = ParseJson(R"({"a/b": {"c~d": 1}})");
        REQUIRE_OR_RETURN(doc.ok);
        CHECK(PositionOf(doc, "/a~1b/c~0d") == std::pair<int, int>{1, 17});
    }
    SUBCASE("escaped keys are decoded before they become pointers") {
        const JsonDocument doc = ParseJson(R"({"\u00e9t\u00e9": 1, "q\"": 2})");
        REQUIRE_OR_RETURN(doc.ok);
        CHECK(PositionOf(doc, "/\xC3\xA9t\xC3\xA9") == std::pair<int, int>{1, 19});
        CHECK(PositionOf(doc, "/q\"") != std::pair<int, int>{-1, -1});
    }
    SUBCASE("a byte-order mark is skipped and not counted as a column") {
        const JsonDocument doc = ParseJson("\xEF\xBB\xBF{\"a\":1}");
        REQUIRE_OR_RETURN(doc.ok);
        CHECK(doc.value["a"] == 1);
        CHECK(PositionOf(doc, "/a") == std::pair<int, int>{1, 6});
    }
    SUBCASE("columns count characters, not bytes") {
        const JsonDocument doc = ParseJson("{\"\xC3\xA9\": \"\xC3\xBC\", \"x\": 1}");
        REQUIRE_OR_RETURN(doc.ok);
        CHECK(PositionOf(doc, "/x") == std::pair<int, int>{1, 17});
    }
    SUBCASE("Windows line ends") {
        const JsonDocument doc = ParseJson("{\r\n\"a\": 1\r\n}\r\n");
        REQUIRE_OR_RETURN(doc.ok);
        CHECK(PositionOf(doc, "/a") == std::pair<int, int>{2, 6});
    }
    SUBCASE("escapes and surrogate pairs") {
        const JsonDocument doc = ParseJson(R"(["\ud83d\ude00", "\"\\\/\b\f\n\r\t"])");
        REQUIRE_OR_RETURN(doc.ok);
        CHECK(doc.value[0] == "\xF0\x9F\x98\x80");
        CHECK(doc.value[1] == "\"\\/\b\f\n\r\t");
    }
}

TEST_CASE("ParseJson reports syntax errors with line, column and a plain message") {
    const BadText cases[] = {
        {"empty", "", "json.syntax", 1, 1, "no JSON value"},
        {"only spaces", "   \n  ", "json.syntax", 2, 3, "no JSON value"},
        {"only a byte-order mark", "\xEF\xBB\xBF", "json.syntax", 1, 1, "no JSON value"},
        {"trailing garbage", "{\"a\": 1} x", "json.syntax", 1, 10, "after the end of the JSON value"},
        {"two values", "1 2", "json.syntax", 1, 3, "after the end"},
        {"trailing comma in an object", "{\"a\": 1,}", "json.syntax", 1, 8, "comma before '}'"},
        {"trailing comma in an array", "{\"a\": [1, 2,]}", "json.syntax", 1, 12, "comma before ']'", "/a"},
        {"missing colon", "{\"a\" 1}", "json.syntax", 1, 6, "expected ':' after the key \"a\""},
        {"missing comma between members", "{\"a\": 1\n \"b\": 2}", "json.syntax", 2, 2, "expected ',' or '}' after an object member"},
        {"missing comma between elements", "[1 2]", "json.syntax", 1, 4, "expected ',' or ']' after an array element"},
        {"unquoted key", "{a: 1}", "json.syntax", 1, 2, "expected a key in double quotes, found 'a'"},
        {"single-quoted key", "{'a': 1}", "json.syntax", 1, 2, "double quotes"},
        {"single-quoted value", "['a']", "json.syntax", 1, 2, "double quotes", "/0"},
        {"unclosed string", "[\"abc", "json.syntax", 1, 2, "never closed", "/0"},
        {"line break in a string", "[\"a\nb\"]", "json.syntax", 1, 4, "line break", "/0"},
        {"tab in a string", "[\"\t\"]", "json.syntax", 1, 3, "U+0009", "/0"},
        {"unknown escape", "[\"a\\qb\"]", "json.syntax", 1, 4, "unknown escape '\\q'", "/0"},
        {"short \\u escape", "[\"\\u12G4\"]", "json.syntax", 1, 3, "four hex digits", "/0"},
        {"lone high surrogate", "[\"\\ud800\"]", "json.syntax", 1, 3, "high surrogate", "/0"},
        {"lone low surrogate", "[\"\\udc00x\"]", "json.syntax", 1, 3, "low surrogate", "/0"},
        {"leading zero", "[01]", "json.syntax", 1, 2, "cannot start with 0", "/0"},
        {"dot without digits", "[1.]", "json.syntax", 1, 2, "'.'", "/0"},
        {"minus alone", "[-]", "json.syntax", 1, 2, "'-'", "/0"},
        {"exponent without digits", "[1e]", "json.syntax", 1, 2, "exponent", "/0"},
        {"plus sign", "[+1]", "json.syntax", 1, 2, "expected a value, found '+'", "/0"},
        {"truncated literal", "[tru]", "json.syntax", 1, 2, "unknown word 'tru'", "/0"},
        {"capitalised literal", "{\"a\": True}", "json.syntax", 1, 7, "unknown word 'True'", "/a"},
        {"line comment", "// note\n{}", "json.syntax", 1, 1, "comments"},
        {"block comment after a value", "{\"a\": 1 /* c */}", "json.syntax", 1, 9, "found '/'"},
        {"text ends after a comma", "[1,\n 2,\n", "json.syntax", 3, 1, "ends where a value was expected", "/2"},
        {"text ends inside an object", "{", "json.syntax", 1, 2, "ends inside an object"},
        {"text ends after a member", "{\"a\": 1", "json.syntax", 1, 8, "expected ',' or '}'"},
        {"control character outside strings", "[\x01]", "json.syntax", 1, 2, "U+0001", "/0"},
        {"non-breaking space outside strings", "[1,\xC2\xA0" "2]", "json.syntax", 1, 4, "U+00A0", "/1"},
        {"byte-order mark in the middle", "[\xEF\xBB\xBF]", "json.syntax", 1, 2, "U+FEFF", "/0"},
        {"deeper path", "{\"a\": {\"b\": [1, nul]}}", "json.syntax", 1, 17, "unknown word 'nul'", "/a/b/1"},
        {"number too large for a double", "[1, 1e400]", "json.number_range", 1, 5, "1e400"},
    };
    for (const BadText& bad : cases) {
        SUBCASE(bad.name) { CheckBadText(bad); }
    }
}

TEST_CASE("ParseJson rejects invalid UTF-8 at the bad byte") {
    const BadText cases[] = {
        {"0xFF in a string", "[\"a\xFF\"]", "json.invalid_utf8", 1, 4, "0xFF"},
        {"after a two-byte character", "[\"\xC3\xA9\xFF\"]", "json.invalid_utf8", 1, 4, "0xFF"},
        {"on a later line", "[\n  \"ok\",\n  \"\xC3\"]", "json.invalid_utf8", 3, 4, "0xC3"},
        {"overlong encoding of '/'", "[\"\xC0\xAF\"]", "json.invalid_utf8", 1, 3, "0xC0"},
        {"overlong three-byte form", "[\"\xE0\x80\xAF\"]", "json.invalid_utf8", 1, 3, "0xE0"},
        {"encoded surrogate", "[\"\xED\xA0\x80\"]", "json.invalid_utf8", 1, 3, "0xED"},
        {"above U+10FFFF", "[\"\xF4\x90\x80\x80\"]", "json.invalid_utf8", 1, 3, "0xF4"},
        {"stray continuation byte", "\x80[]", "json.invalid_utf8", 1, 1, "0x80"},
        {"sequence cut by the end of the text", "[\"\xE2\x82", "json.invalid_utf8", 1, 3, "0xE2"},
        {"Latin-1 text", "{\"caf\xE9\": 1}", "json.invalid_utf8", 1, 6, "0xE9"},
        {"half a byte-order mark", "\xEF\xBB[]", "json.invalid_utf8", 1, 1, "0xEF"},
    };
    for (const BadText& bad : cases) {
        SUBCASE(bad.name) { CheckBadText(bad); }
    }
    SUBCASE("four-byte characters are fine") {
        CHECK(ParseJson("[\"\xF0\x9F\x98\x80\"]").ok);
    }
}

TEST_CASE("ParseJson limits nesting depth before anything recurses") {
    SUBCASE("64 levels pass, 65 do not") {
        CHECK(ParseJson(std::string(64, '[') + std::string(64, ']')).ok);
        CheckBadText({"65", std::string(65, '[') + std::string(65, ']'), "json.too_deep", 1, 65, "deeper than 64"});
    }
    SUBCASE("objects count as levels too") {
        std::string text;
        for (int i = 0; i < 70; ++i) text += "{\"a\":";
        text += "1" + std::string(70, '}');
        CheckBadText({"objects", text, "json.too_deep", 1, 65 * 5 - 4, "deeper"});
    }
    SUBCASE("brackets inside strings do not count") {
        CHECK(ParseJson("[\"" + std::string(100, '[') + "\"]").ok);
        CHECK(ParseJson("[\"\\\"" + std::string(100, '{') + "\"]").ok);
    }
    SUBCASE("a lower limit") {
        JsonLimits limits;
        limits.max_depth = 2;
        CHECK(ParseJson("[[]]", limits).ok);
        CheckBadText({"depth 3", "[[[]]]", "json.too_deep", 1, 3, "deeper than 2"}, limits);
    }
    SUBCASE("deep and truncated: the depth is reported first") {
        CheckBadText({"deep prefix", std::string(1000, '['), "json.too_deep", 1, 65, "deeper"});
    }
}

TEST_CASE("ParseJson limits the size of the text") {
    JsonLimits limits;
    limits.max_bytes = 10;
    CHECK(ParseJson("[1,2,3,44]", limits).ok);
    CheckBadText({"11 bytes", "[1,2,3,4,5]", "json.too_large", 0, 0, "11 bytes; the limit is 10"}, limits);
}

TEST_CASE("ParseJson rejects duplicate keys unless asked not to") {
    SUBCASE("rejected by default, located at the second key") {
        CheckBadText({"duplicate", "{\"a\": {\"x\": 1,\n \"x\": 2}}", "json.duplicate_key", 2, 2, "\"x\" appears twice", "/a/x"});
    }
    SUBCASE("the same key in different objects is fine") {
        CHECK(ParseJson(R"([{"x": 1}, {"x": 2}, {"y": {"x": 3}}])").ok);
    }
    SUBCASE("allowed: the last one wins, as in nlohmann") {
        JsonLimits limits;
        limits.allow_duplicate_keys = true;
        const JsonDocument doc = ParseJson(R"({"x": 1, "x": 2})", limits);
        REQUIRE_OR_RETURN(doc.ok);
        CHECK(doc.value["x"] == 2);
    }
}

// ParseJson only runs the scanner when nlohmann stops; ParseJsonThorough always does. Same answer, every field.
void CheckSameAsThorough(const std::string& text, const JsonLimits& limits = {}) {
    const JsonDocument fast = ParseJson(text, limits), thorough = ParseJsonThorough(text, limits);
    INFO("text: ", text);
    CHECK(fast.ok == thorough.ok);
    CHECK(fast.value == thorough.value);
    REQUIRE_OR_RETURN(fast.issues.size() == thorough.issues.size());
    for (std::size_t i = 0; i < fast.issues.size(); ++i) {
        const Issue &a = fast.issues[i], &b = thorough.issues[i];
        CHECK(a.severity == b.severity);
        CHECK(a.code == b.code);
        CHECK(a.path == b.path);
        CHECK(a.line == b.line);
        CHECK(a.column == b.column);
        CHECK(a.message == b.message);
    }
    CHECK(fast.Positions() == thorough.Positions());
}

TEST_CASE("ParseJson and ParseJsonThorough give the same documents, issues and positions") {
    const std::string tricky =
        "\xEF\xBB\xBF{\"a\": [1, -2.5e+3, 0, -0, 0.25, 1E2, true, false, null],\n \"b\": {\"c\\u00e9\": \"\\ud83d\\ude00 \\\" \\\\ \\/\"},"
        "\r\n\t\"d\": [[], {}], \"e\": \"caf\xC3\xA9\", \"f\": 12345678901234567890123}";
    JsonLimits allow;
    allow.allow_duplicate_keys = true;
    for (const std::string& text : {tricky, ReadFixture("tests/fixtures/questionnaires/valid_small.json"),
                                    std::string(R"({"x": 1, "y": {"x": 2, "x": 3}})"), std::string("[1e400, 2]")}) {
        for (std::size_t length = 0; length <= text.size(); ++length) {
            CheckSameAsThorough(text.substr(0, length));
            CheckSameAsThorough(text.substr(0, length), allow);
        }
        const std::string replacements = "\"\\,:[]{}0-+e.u \n\tatx/\x01\xC3";
        for (std::size_t i = 0; i < text.size(); i += 3) {
            for (const char replacement : replacements) {
                std::string changed = text;
                changed[i] = replacement;
                CheckSameAsThorough(changed);
            }
        }
    }
}

// The scanner and nlohmann must agree exactly on what is JSON; otherwise the scanner's messages or
// positions would describe a different document from the one that was parsed.
TEST_CASE("ParseJson agrees with nlohmann on which texts are JSON") {
    JsonLimits limits;
    limits.allow_duplicate_keys = true;   // nlohmann accepts them
    const std::string tricky =
        "{\"a\": [1, -2.5e+3, 0, -0, 0.25, 1E2, true, false, null],\n \"b\": {\"c\\u00e9\": \"\\ud83d\\ude00 \\\" \\\\ \\/\"},"
        "\r\n\t\"d\": [[], {}], \"e\": \"caf\xC3\xA9\", \"f\": 12345678901234567890123}";
    REQUIRE_OR_RETURN(ParseJson(tricky, limits).ok);

    SUBCASE("every prefix") {
        for (const std::string& text : {tricky, ReadFixture("tests/fixtures/questionnaires/valid_small.json")}) {
            for (std::size_t length = 0; length <= text.size(); ++length) {
                const std::string prefix = text.substr(0, length);
                INFO("prefix length ", length);
                CHECK(ParseJson(prefix, limits).ok == json::accept(prefix));
            }
        }
    }
    SUBCASE("every single-byte change") {
        const std::string replacements = "\"\\,:[]{}0-+e.u \n\tatx/\x01";
        for (std::size_t i = 0; i < tricky.size(); ++i) {
            for (const char replacement : replacements) {
                std::string text = tricky;
                text[i] = replacement;
                INFO("byte ", i, " replaced by code ", static_cast<int>(replacement));
                CHECK(ParseJson(text, limits).ok == json::accept(text));
            }
        }
    }
    SUBCASE("every byte removed") {
        for (std::size_t i = 0; i < tricky.size(); ++i) {
            std::string text = tricky;
            text.erase(i, 1);
            INFO("byte ", i, " removed");
            CHECK(ParseJson(text, limits).ok == json::accept(text));
        }
    }
}

TEST_CASE("JsonDocument::At locates a path, or its nearest located parent") {
    const JsonDocument doc = ParseJson("{\n  \"questions\": [\n    {\"id\": \"q\"}\n  ]\n}");
    REQUIRE_OR_RETURN(doc.ok);
    SUBCASE("a path that exists") {
        const Issue issue = doc.At(Severity::Warning, "x.code", "/questions/0/id", "message");
        CHECK(issue.severity == Severity::Warning);
        CHECK(issue.code == "x.code");
        CHECK(issue.path == "/questions/0/id");
        CHECK(issue.message == "message");
        CHECK(issue.line == 3);
        CHECK(issue.column == 12);
    }
    SUBCASE("a missing field is located at its object") {
        const Issue issue = doc.At(Severity::Error, "x.missing", "/questions/0/text", "m");
        CHECK(issue.path == "/questions/0/text");
        CHECK(issue.line == 3);
        CHECK(issue.column == 5);
    }
    SUBCASE("the whole document") {
        const Issue issue = doc.At(Severity::Error, "x", "", "m");
        CHECK(issue.line == 1);
        CHECK(issue.column == 1);
    }
    SUBCASE("no positions at all") {
        const Issue issue = JsonDocument{}.At(Severity::Error, "x", "/a/b", "m");
        CHECK(issue.line == 0);
        CHECK(issue.column == 0);
    }
}

TEST_CASE("JsonPointerEscape follows RFC 6901") {
    CHECK(JsonPointerEscape("plain") == "plain");
    CHECK(JsonPointerEscape("a/b~c") == "a~1b~0c");
    CHECK(JsonPointerEscape("~1") == "~01");
    CHECK(JsonPointerEscape("") == "");
}

TEST_CASE("DumpJson sorts keys and never aborts") {
    SUBCASE("canonical: sorted keys, no spaces") {
        const JsonDocument doc = ParseJson("{ \"b\" : [1, 2.5],\n \"a\": {\"d\": null, \"c\": \"x\"} }");
        REQUIRE_OR_RETURN(doc.ok);
        CHECK(DumpJson(doc.value) == R"({"a":{"c":"x","d":null},"b":[1,2.5]})");
    }
    SUBCASE("indented") {
        CHECK(DumpJson(json{{"a", 1}}, 2) == "{\n  \"a\": 1\n}");
    }
    SUBCASE("invalid UTF-8 made in code is replaced, not thrown") {
        json value;
        value["a"] = std::string("x\xFF");
        CHECK(DumpJson(value) == "{\"a\":\"x\xEF\xBF\xBD\"}");
    }
}
