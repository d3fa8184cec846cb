// utf8.h — the one UTF-8 decoder, encoder and counter of the project (RFC 3629).
// Two named policies: Strict for formats that must refuse damaged text (links, JSON), Lenient for measuring text
// that is already trusted or only read (readability), where a broken byte simply reads as itself.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

namespace systemic {

// The byte-order mark: U+FEFF as UTF-8. Readers skip it; spreadsheet CSV starts with it so Excel reads UTF-8.
constexpr std::string_view kUtf8Bom = "\xEF\xBB\xBF";

enum class Utf8Policy {
    Strict,    // RFC 3629: no overlong forms, no surrogates (U+D800..U+DFFF), nothing above U+10FFFF, no truncation
    Lenient,   // a byte that does not start a well-formed sequence reads as itself: code = its value, length 1
};

// Why DecodeAt stopped on a byte. Ok for a well-formed sequence; the others say what is wrong with it.
enum class Utf8Stop {
    Ok,
    End,               // i is at or past the end of the text: nothing to read
    BadLead,           // a continuation byte (0x80..0xBF) or a byte that never starts a sequence (0xF8..0xFF)
    Truncated,         // the text ends inside the sequence
    BadContinuation,   // a byte inside the sequence is not 10xxxxxx
    Overlong,          // the value fits a shorter form (C0 80 for U+0000, E0 80 80, F0 80 80 80, ...)
    Surrogate,         // U+D800..U+DFFF: halves of UTF-16 pairs, not characters
    TooLarge,          // above U+10FFFF (F4 90 80 80 and up, F5..F7 leads)
};

struct Utf8Char {
    char32_t code = 0;         // the code point; under Lenient for a bad byte, the byte's own value (0x80..0xFF)
    std::size_t length = 0;    // bytes read: 1..4; under Strict 0 when stop != Ok (and at the end)
    Utf8Stop stop = Utf8Stop::Ok;
};

// The character at byte i of `text`. Strict: length 0 and the reason in `stop` when the bytes there are not
// well-formed. Lenient: never 0 before the end; a bad byte gives {byte, 1, reason}.
Utf8Char DecodeAt(std::string_view text, std::size_t i, Utf8Policy policy);

// Offset of the first byte that does not start a well-formed sequence (Strict), or nullopt when all of it is UTF-8.
std::optional<std::size_t> FirstInvalid(std::string_view text);

// Characters in `text`: every byte that is not a continuation byte (10xxxxxx) counts once. For valid UTF-8 that is
// the number of code points; broken text still gets a stable count (what column numbers and padding need).
std::size_t CountCodePoints(std::string_view text);

// Appends `code` as 1..4 bytes. A surrogate or a value above U+10FFFF is not a character: U+FFFD is written instead.
void Append(std::string& out, char32_t code);

// `text` followed by spaces up to `width` characters (CountCodePoints); longer text is returned as it is.
std::string PadRight(std::string text, std::size_t width);

// Byte offset -> 1-based line and column (in characters, CountCodePoints) of a text, from byte `start` on (after a
// byte-order mark, say). Answers in increasing offset order cost one pass in total; an earlier offset restarts the count.
class LineCounter {
public:
    explicit LineCounter(std::string_view text, std::size_t start = 0) : text_(text), start_(start), offset_(start) {}
    std::pair<int, int> At(std::size_t offset);   // {line, column}; a line ends at '\n'

private:
    std::string_view text_;
    std::size_t start_;
    std::size_t offset_;
    int line_ = 1;
    int column_ = 1;
};

} // namespace systemic
