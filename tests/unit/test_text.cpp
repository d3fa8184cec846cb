// test_text.cpp — the text kit (app/core/text): UTF-8 under both policies, ISO dates, numbers as text, ids.
// The strict cases follow RFC 3629's table of well-formed byte sequences, edge by edge.
#include <doctest/doctest.h>

#include <string>

#include "text/dates.h"
#include "text/ids.h"
#include "text/numbers.h"
#include "text/utf8.h"

using namespace systemic;

TEST_CASE("text: UTF-8 decoding, strict and lenient") {
    SUBCASE("well-formed sequences of every length, up to U+10FFFF") {
        struct Case { const char* bytes; char32_t code; std::size_t length; };
        const Case cases[] = {{"A", 0x41, 1},           {"\x7F", 0x7F, 1},          {"\xC2\x80", 0x80, 2},
                              {"\xC3\xA9", 0xE9, 2},    {"\xDF\xBF", 0x7FF, 2},     {"\xE0\xA0\x80", 0x800, 3},
                              {"\xE2\x80\x99", 0x2019, 3}, {"\xED\x9F\xBF", 0xD7FF, 3}, {"\xEE\x80\x80", 0xE000, 3},
                              {"\xEF\xBF\xBF", 0xFFFF, 3}, {"\xF0\x90\x80\x80", 0x10000, 4}, {"\xF4\x8F\xBF\xBF", 0x10FFFF, 4}};
        for (const Case& c : cases) {
            CAPTURE(c.code);
            for (Utf8Policy policy : {Utf8Policy::Strict, Utf8Policy::Lenient}) {
                const Utf8Char ch = DecodeAt(c.bytes, 0, policy);
                CHECK(ch.stop == Utf8Stop::Ok);
                CHECK(ch.code == c.code);
                CHECK(ch.length == c.length);
            }
        }
        CHECK(DecodeAt("a\xC3\xA9z", 1, Utf8Policy::Strict).code == 0xE9);
        CHECK(DecodeAt("a\xC3\xA9z", 3, Utf8Policy::Strict).code == 'z');
    }
    SUBCASE("malformed sequences: strict stops with a reason, lenient reads the first byte as itself") {
        struct Case { std::string bytes; Utf8Stop stop; };
        const Case cases[] = {
            {"\x80", Utf8Stop::BadLead},                       // a lone continuation byte
            {"\xBF", Utf8Stop::BadLead},
            {"\xF8\x88\x80\x80\x80", Utf8Stop::BadLead},       // the old 5-byte form
            {"\xFF", Utf8Stop::BadLead},
            {"\xC0\x80", Utf8Stop::Overlong},                  // U+0000 in two bytes (Java's "modified UTF-8")
            {"\xC1\xBF", Utf8Stop::Overlong},
            {"\xE0\x9F\xBF", Utf8Stop::Overlong},              // U+07FF in three bytes
            {"\xF0\x8F\xBF\xBF", Utf8Stop::Overlong},          // U+FFFF in four bytes
            {"\xED\xA0\x80", Utf8Stop::Surrogate},             // U+D800
            {"\xED\xBF\xBF", Utf8Stop::Surrogate},             // U+DFFF
            {"\xF4\x90\x80\x80", Utf8Stop::TooLarge},          // U+110000
            {"\xF7\xBF\xBF\xBF", Utf8Stop::TooLarge},
            {"\xC3", Utf8Stop::Truncated},                     // the text ends inside the sequence
            {"\xE2\x80", Utf8Stop::Truncated},
            {"\xF0\x9F\x98", Utf8Stop::Truncated},
            {"\xC3\x41", Utf8Stop::BadContinuation},
            {"\xE2\x28\xA1", Utf8Stop::BadContinuation},
            {"\xF0\x9F\x98\xC3", Utf8Stop::BadContinuation},
        };
        for (const Case& c : cases) {
            CAPTURE(c.bytes);
            const Utf8Char strict = DecodeAt(c.bytes, 0, Utf8Policy::Strict);
            CHECK(strict.stop == c.stop);
            CHECK(strict.length == 0);
            const Utf8Char lenient = DecodeAt(c.bytes, 0, Utf8Policy::Lenient);
            CHECK(lenient.stop == c.stop);
            CHECK(lenient.length == 1);
            CHECK(lenient.code == static_cast<unsigned char>(c.bytes[0]));
            CHECK(FirstInvalid(c.bytes) == std::optional<std::size_t>(0));
            CHECK(FirstInvalid("ok " + c.bytes) == std::optional<std::size_t>(3));
        }
    }
    SUBCASE("the end of the text") {
        CHECK(DecodeAt("", 0, Utf8Policy::Strict).stop == Utf8Stop::End);
        CHECK(DecodeAt("ab", 2, Utf8Policy::Lenient).length == 0);
    }
    SUBCASE("FirstInvalid") {
        CHECK(!FirstInvalid(""));
        CHECK(!FirstInvalid("plain ASCII"));
        CHECK(!FirstInvalid("caf\xC3\xA9 \xE2\x80\x94 \xF0\x9F\x98\x80 \xF4\x8F\xBF\xBF"));
        CHECK(FirstInvalid("caf\xC3") == std::optional<std::size_t>(3));
        CHECK(FirstInvalid("\xEF\xBB\xBF{\"a\":\"\xED\xA0\x80\"}") == std::optional<std::size_t>(9));
    }
}

TEST_CASE("text: UTF-8 encoding, counting and padding") {
    SUBCASE("Append round-trips every length and replaces what is not a character") {
        for (char32_t code : {char32_t{0}, char32_t{0x41}, char32_t{0x7FF}, char32_t{0x800}, char32_t{0xD7FF}, char32_t{0xE000},
                              char32_t{0xFFFD}, char32_t{0x10000}, char32_t{0x10FFFF}}) {
            CAPTURE(static_cast<unsigned long>(code));
            std::string out;
            Append(out, code);
            const Utf8Char ch = DecodeAt(out, 0, Utf8Policy::Strict);
            CHECK(ch.stop == Utf8Stop::Ok);
            CHECK(ch.code == code);
            CHECK(ch.length == out.size());
        }
        for (char32_t bad : {char32_t{0xD800}, char32_t{0xDFFF}, char32_t{0x110000}, char32_t{0xFFFFFFFF}}) {
            std::string out;
            Append(out, bad);
            CHECK(out == "\xEF\xBF\xBD");
        }
    }
    SUBCASE("CountCodePoints counts characters, not bytes") {
        CHECK(CountCodePoints("") == 0);
        CHECK(CountCodePoints("abc") == 3);
        CHECK(CountCodePoints("caf\xC3\xA9") == 4);
        CHECK(CountCodePoints("\xE2\x80\x94\xF0\x9F\x98\x80") == 2);
        CHECK(CountCodePoints("\xC3") == 1);                    // a cut-off character still counts once
        CHECK(CountCodePoints("a\x80\x80") == 1);               // stray continuation bytes do not
    }
    SUBCASE("PadRight pads by characters") {
        CHECK(PadRight("caf\xC3\xA9", 6) == "caf\xC3\xA9  ");
        CHECK(PadRight("abc", 3) == "abc");
        CHECK(PadRight("abcdef", 3) == "abcdef");
        CHECK(PadRight("", 2) == "  ");
    }
    SUBCASE("LineCounter gives 1-based lines and character columns, forwards and back") {
        const std::string text = "\xEF\xBB\xBF{\n  \"caf\xC3\xA9\": 1,\n\"x\"}";
        LineCounter lines(text, 3);
        CHECK(lines.At(3) == std::make_pair(1, 1));
        CHECK(lines.At(4) == std::make_pair(1, 2));
        CHECK(lines.At(text.find(':')) == std::make_pair(2, 9));   // é is one column
        CHECK(lines.At(text.find('x')) == std::make_pair(3, 2));
        CHECK(lines.At(4) == std::make_pair(1, 2));                // earlier: counted again from the start
    }
}

TEST_CASE("text: ISO dates") {
    SUBCASE("valid dates, with and without a time") {
        for (const char* iso : {"2026-11-21", "2026-11-21T10:30:00Z", "2026-11-21 10:30", "2024-02-29", "2000-02-29", "2026-12-31"}) {
            CAPTURE(iso);
            CHECK(ParseIsoDate(iso).has_value());
        }
        const std::optional<CivilDate> d = ParseIsoDate("2026-11-21T10:30:00Z");
        REQUIRE(d.has_value());
        if (d) {
            CHECK(d->year == 2026);
            CHECK(d->month == 11);
            CHECK(d->day == 21);
        }
    }
    SUBCASE("invalid dates") {
        for (const char* iso : {"", "2026-11-2", "2026/11/21", "2026-11-21x", "20261121", "2026-00-10", "2026-13-01", "2026-11-00",
                                "2026-11-31", "2026-04-31", "2026-02-29", "1900-02-29", "2100-02-29", "2026-1a-01", "-026-11-21",
                                "yesterday"}) {
            CAPTURE(iso);
            CHECK(!ParseIsoDate(iso).has_value());
            CHECK(DatePart(iso).empty());
            CHECK(FriendlyDate(iso) == iso);
            CHECK(ShortDate(iso) == iso);
        }
    }
    SUBCASE("days since 2000-01-01 and back") {
        CHECK(DaysSince2000({2000, 1, 1}) == 0);
        CHECK(DaysSince2000({2000, 1, 2}) == 1);
        CHECK(DaysSince2000({1999, 12, 31}) == -1);
        CHECK(DaysSince2000({2000, 3, 1}) == 60);      // 2000 is a leap year
        CHECK(DaysSince2000({2026, 11, 21}) == 9821);
        for (long day : {-800L, -1L, 0L, 59L, 60L, 365L, 366L, 9821L, 65534L}) {
            CAPTURE(day);
            CHECK(DaysSince2000(DateFromDaysSince2000(day)) == day);
            CHECK(ParseIsoDate(IsoDate(DateFromDaysSince2000(day))).has_value());
        }
        CHECK(IsoDate(DateFromDaysSince2000(9821)) == "2026-11-21");
        CHECK(IsoDate({2024, 2, 29}) == "2024-02-29");
        CHECK(IsoDate({987, 3, 4}) == "0987-03-04");
    }
    SUBCASE("the ways a date is shown") {
        CHECK(ShortDate("2026-11-21T10:30:00Z") == "2026-11-21");
        CHECK(ShortDate("2026-11-21") == "2026-11-21");
        CHECK(ShortDate("21 November") == "21 November");
        CHECK(DatePart("2026-11-22T10:00:00") == "2026-11-22");
        CHECK(DatePart("2026-11-22") == "2026-11-22");
        CHECK(FriendlyDate("2026-11-22T10:00:00") == "22 Nov 2026 at 10:00");
        CHECK(FriendlyDate("2026-01-05T07:09:00Z") == "5 Jan 2026 at 07:09");
        CHECK(FriendlyDate("2026-11-22") == "22 Nov 2026");
        CHECK(FriendlyDate("2026-11-22T25:00:00") == "22 Nov 2026");     // an impossible time is left out, not invented
        CHECK(FriendlyDate("2026-02-29T10:00:00") == "2026-02-29T10:00:00");
    }
}

TEST_CASE("text: numbers and percentages") {
    SUBCASE("one percent function, three named variants") {
        CHECK(PercentText(41.6667, 1, Zeros::Keep) == "41.7 %");
        CHECK(PercentText(25.0, 2, Zeros::Keep) == "25.00 %");
        CHECK(PercentText(25.0, 1, Zeros::Trim) == "25 %");
        CHECK(PercentText(37.5, 0, Zeros::Keep) == "38 %");
        CHECK(FormatPercent(25.0) == "25 %");           // on screen
        CHECK(FormatPercent(41.6667) == "41.7 %");
        CHECK(ReportPercent(25.0) == "25.0 %");         // printed reports
        CHECK(ReportPercent(41.6667) == "41.7 %");
        CHECK(TablePercent(25.0) == "25.00 %");         // text output
        CHECK(TablePercent(-12.5) == "-12.50 %");
        CHECK(FormatPercent(-0.01) == "0 %");
    }
    SUBCASE("fixed and short") {
        CHECK(FormatFixed(41.666, 1) == "41.7");
        CHECK(FormatFixed(-0.5) == "-0.50");
        CHECK(FormatFixed(2.5, 0) == "3");
        CHECK(FormatFixed(-2.5, 0) == "-3");
        CHECK(FormatShort(37.50) == "37.5");
        CHECK(FormatShort(50.0) == "50");
    }
}

TEST_CASE("text: ids, hex and plurals") {
    SUBCASE("ids") {
        CHECK(IsValidId("b2b", 32, false));
        CHECK(IsValidId("public_sector-2", 32, false));
        CHECK(!IsValidId("", 32, false));
        CHECK(!IsValidId("B2B", 32, false));
        CHECK(!IsValidId("a b", 32, false));
        CHECK(!IsValidId("3.1", 32, false));
        CHECK(IsValidId("3.1", 32, true));
        CHECK(IsValidId(std::string(32, 'a'), 32, false));
        CHECK(!IsValidId(std::string(33, 'a'), 32, false));
        CHECK(!IsValidId("caf\xC3\xA9", 32, false));
    }
    SUBCASE("hex") {
        CHECK(HexDigit('0') == 0);
        CHECK(HexDigit('9') == 9);
        CHECK(HexDigit('a') == 10);
        CHECK(HexDigit('F') == 15);
        CHECK(HexDigit('g') == -1);
        CHECK(HexDigit(' ') == -1);
        CHECK(Hex(255, 4) == "00ff");
        CHECK(Hex(0xcbf29ce484222325ull, 16) == "cbf29ce484222325");
        CHECK(Hex(0x1234, 2) == "34");
        CHECK(Hex(0, 0).empty());
    }
    SUBCASE("plurals") {
        CHECK(Plural(1, "question", "questions") == "1 question");
        CHECK(Plural(0, "question", "questions") == "0 questions");
        CHECK(Plural(2, "level", "levels") == "2 levels");
        CHECK(Plural(-1, "level", "levels") == "-1 levels");
    }
}
