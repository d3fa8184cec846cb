// test_file_text.cpp — file bytes to text (formats/file_text.h): encodings, byte-order marks, sizes, and the
// same answer for the same bytes whether a results file or a questionnaire is read (page and command line).
#include <doctest/doctest.h>

#include <string>

#include "formats/builtin.h"
#include "formats/file_text.h"
#include "formats/json_document.h"
#include "formats/questionnaire_file.h"
#include "formats/result_file.h"
#include "rules/synthetic.h"

namespace systemic {

namespace {

std::string Utf16(const std::string& ascii, bool little_endian, bool bom) {
    std::string out = bom ? (little_endian ? std::string("\xFF\xFE") : std::string("\xFE\xFF")) : std::string();
    for (const char c : ascii) {
        if (little_endian) { out += c; out += '\0'; }
        else { out += '\0'; out += c; }
    }
    return out;
}

std::string Utf32(const std::string& ascii, bool little_endian, bool bom) {
    std::string out;
    if (bom) out = little_endian ? std::string("\xFF\xFE\0\0", 4) : std::string("\0\0\xFE\xFF", 4);
    for (const char c : ascii) {
        if (little_endian) { out += c; out.append(3, '\0'); }
        else { out.append(3, '\0'); out += c; }
    }
    return out;
}

const Questionnaire& B2b() {
    static const Questionnaire q = *LoadQuestionnaire(FindBuiltinQuestionnaire("b2b")).questionnaire;
    return q;
}

} // namespace

TEST_CASE("UTF-8 passes through; its byte-order mark is dropped") {
    const FileText plain = DecodeFileText("{\"a\": \"\xC3\xA9\"}");
    REQUIRE(plain.ok);
    CHECK(plain.text == "{\"a\": \"\xC3\xA9\"}");
    CHECK(plain.encoding == "UTF-8");
    const FileText bom = DecodeFileText("\xEF\xBB\xBF{}");
    REQUIRE(bom.ok);
    CHECK(bom.text == "{}");
    CHECK(bom.encoding == "UTF-8 with BOM");
}

TEST_CASE("UTF-16 and UTF-32, with or without a byte-order mark, become UTF-8") {
    const std::string json = "{\"x\": [1, 2]}\r\n";
    for (const bool le : {true, false}) {
        for (const bool bom : {true, false}) {
            CAPTURE(le);
            CAPTURE(bom);
            const FileText a = DecodeFileText(Utf16(json, le, bom));
            REQUIRE(a.ok);
            CHECK(a.text == json);
            CHECK(a.encoding == (le ? "UTF-16LE" : "UTF-16BE"));
            const FileText b = DecodeFileText(Utf32(json, le, bom));
            REQUIRE(b.ok);
            CHECK(b.text == json);
            CHECK(b.encoding == (le ? "UTF-32LE" : "UTF-32BE"));
        }
    }
    SUBCASE("a surrogate pair is one character; é is two bytes in UTF-8") {
        const std::string bytes = std::string("\xFF\xFE", 2) + std::string("\"\0\x3D\xD8\x00\xDE\xE9\0\"\0", 10);   // "😀é"
        const FileText t = DecodeFileText(bytes);
        REQUIRE(t.ok);
        CHECK(t.text == "\"\xF0\x9F\x98\x80\xC3\xA9\"");
    }
}

TEST_CASE("what PowerShell's '>' writes of the tool's own --json output loads as a results file") {
    const Result r = SynthRespondent(B2b(), 4, 0);
    const std::string utf8 = SaveResult(r);
    std::string utf16 = "\xFF\xFE";
    for (const char c : utf8) {   // the file is ASCII plus the names: all below U+0080 here
        utf16 += c;
        utf16 += '\0';
    }
    const FileText t = DecodeFileText(utf16);
    REQUIRE(t.ok);
    const ResultLoad load = LoadResult(t.text, B2b());
    CHECK(load.result.has_value());
}

TEST_CASE("broken wide text, zero bytes and sizes are refused with a reason") {
    SUBCASE("an unpaired surrogate in UTF-16") {
        const FileText t = DecodeFileText(std::string("\xFF\xFE{\0\n\0\x00\xD8}\0", 10));
        REQUIRE(!t.ok);
        CHECK(t.issues.at(0).code == "file.invalid_utf16");
        CHECK(t.issues.at(0).line == 2);
        CHECK(t.issues.at(0).message.find("UTF-8") != std::string::npos);
    }
    SUBCASE("an odd number of bytes in UTF-16") {
        const FileText t = DecodeFileText(std::string("\xFF\xFE{\0}", 5));
        REQUIRE(!t.ok);
        CHECK(t.issues.at(0).code == "file.invalid_utf16");
    }
    SUBCASE("a value beyond Unicode in UTF-32") {
        const FileText t = DecodeFileText(std::string("\xFF\xFE\0\0\xFF\xFF\xFF\x7F", 8));
        REQUIRE(!t.ok);
        CHECK(t.issues.at(0).code == "file.invalid_utf32");
    }
    SUBCASE("a zero byte in UTF-8 text") {
        const FileText t = DecodeFileText(std::string("{\n\"a\": 1\0}", 10));
        REQUIRE(!t.ok);
        CHECK(t.issues.at(0).code == "file.binary");
        CHECK(t.issues.at(0).line == 2);
    }
    SUBCASE("too large: named with the limit") {
        const std::string big(kMaxTextBytes + 1, ' ');
        const FileText t = DecodeFileText(big);
        REQUIRE(!t.ok);
        CHECK(t.issues.at(0).code == "file.too_large");
        CHECK(t.issues.at(0).message.find("limit 4.0 MB") != std::string::npos);
        CHECK(DecodeFileText(std::string(kMaxFileBytes + 1, 'x')).issues.at(0).code == "file.too_large");
        CHECK(FileTooLarge(1536ull * 1024 * 1024).message.find("1536.0 MB") != std::string::npos);
    }
    SUBCASE("a million answers (12 MB) is too large, not empty") {
        std::string answers = "{\"schema_version\": 1, \"answers\": {";
        for (int i = 0; i < 1000000 && answers.size() <= kMaxTextBytes; ++i) answers += "\"q" + std::to_string(i) + "\": {\"today\": 3},";
        const FileText t = DecodeFileText(answers);
        REQUIRE(!t.ok);
        CHECK(t.issues.at(0).code == "file.too_large");
    }
}

TEST_CASE("invalid UTF-8 is refused with a located message by results and questionnaire loaders alike") {
    // Overlong forms, surrogates, truncated sequences and Latin-1 text: ParseJson's check is what both use.
    for (const char* bad : {"\xC0\xAF", "\xE0\x80\xAF", "\xED\xA0\x80", "\xE2\x82", "\xF4\x90\x80\x80", "caf\xE9"}) {
        CAPTURE(bad);
        const std::string text = std::string("{\"schema_version\": 1,\n \"note\": \"") + bad + "\"}";
        const FileText decoded = DecodeFileText(text);
        REQUIRE(decoded.ok);   // bytes pass; the JSON reader judges UTF-8 with a line and column
        const ResultLoad results = LoadResult(decoded.text, B2b());
        REQUIRE(!results.result);
        CHECK(results.issues.at(0).code == "json.invalid_utf8");
        CHECK(results.issues.at(0).line == 2);
        const QuestionnaireLoad questionnaire = LoadQuestionnaire(decoded.text);
        REQUIRE(!questionnaire.questionnaire);
        CHECK(questionnaire.issues.at(0).code == "json.invalid_utf8");
        CHECK(questionnaire.issues.at(0).line == 2);
    }
}

} // namespace systemic
