// json_text.cpp — JSON text to nlohmann::json without exceptions, with a line and column for every value.
// Four forward passes, each simple: size, UTF-8, nesting depth, then a grammar scanner that records positions.
#include "formats/json_document.h"

#include <cstdio>
#include <optional>
#include <set>
#include <vector>

#include "text/ids.h"
#include "text/utf8.h"

// [SECTION] Byte checks: nesting depth (UTF-8: text/utf8.h)
// [SECTION] Scanner: the JSON grammar with plain messages and a position for every value
// [SECTION] nlohmann: building the value, and its error when it still disagrees
// [SECTION] Public functions

namespace systemic {

namespace {

using json = nlohmann::json;

//-------------------------------------------------------------------------------------------------------------
// [SECTION] Byte checks: nesting depth (UTF-8: text/utf8.h)
//-------------------------------------------------------------------------------------------------------------

// Offset of the first '[' or '{' that opens more than max_depth containers, or nullopt. Brackets inside
// strings do not count. Done before any parser runs so that no later stage can be made to recurse deeply.
std::optional<std::size_t> FindTooDeep(std::string_view text, std::size_t start, int max_depth) {
    int depth = 0;
    bool in_string = false;
    for (std::size_t i = start; i < text.size(); ++i) {
        const char c = text[i];
        if (in_string) {
            if (c == '\\') ++i;
            else if (c == '"') in_string = false;
        } else if (c == '"') {
            in_string = true;
        } else if (c == '[' || c == '{') {
            if (++depth > max_depth) return i;
        } else if ((c == ']' || c == '}') && depth > 0) {
            --depth;
        }
    }
    return std::nullopt;
}

//-------------------------------------------------------------------------------------------------------------
// [SECTION] Scanner: the JSON grammar with plain messages and a position for every value
//-------------------------------------------------------------------------------------------------------------

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

// RFC 8259 exactly (what nlohmann accepts, minus duplicate keys unless allowed), without recursion: one
// explicit stack of open containers. Records the position of every value under its JSON pointer.
class Scanner {
public:
    Scanner(std::string_view text, std::size_t start, bool allow_duplicate_keys, LineCounter& lines,
            std::unordered_map<std::string, std::pair<int, int>>& positions)
        : text_(text), p_(start), allow_duplicate_keys_(allow_duplicate_keys), lines_(lines), positions_(positions) {}

    bool Run();

    std::string error_code = "json.syntax";
    std::size_t error_offset = 0;
    std::string error_path;           // the JSON pointer of the value or container being read
    std::string error_message;

private:
    struct Frame {
        bool object = false;
        std::size_t pointer_length = 0;   // length of the container's own pointer
        long index = 0;                   // arrays: the current element
        std::set<std::string> keys;       // objects: keys seen so far
    };

    bool AtEnd() const { return p_ >= text_.size(); }
    bool Peek(char c) const { return p_ < text_.size() && text_[p_] == c; }
    void SkipSpace() {
        while (p_ < text_.size() && (text_[p_] == ' ' || text_[p_] == '\t' || text_[p_] == '\n' || text_[p_] == '\r')) ++p_;
    }
    bool Fail(std::size_t offset, std::string message) {
        error_offset = offset;
        error_path = pointer_;
        error_message = std::move(message);
        return false;
    }
    std::string Describe(std::size_t offset) const;
    bool Value();
    bool Key();
    bool String(std::string* out);
    bool Number();
    bool Word();

    std::string_view text_;
    std::size_t p_;
    bool allow_duplicate_keys_;
    LineCounter& lines_;
    std::unordered_map<std::string, std::pair<int, int>>& positions_;
    std::vector<Frame> frames_;
    std::string pointer_;
};

// What the scanner found where it expected something else, for messages: "'x'", "U+00A0", "the end of the text".
std::string Scanner::Describe(std::size_t offset) const {
    if (offset >= text_.size()) return "the end of the text";
    const unsigned char c = static_cast<unsigned char>(text_[offset]);
    if (c > 0x20 && c < 0x7F) return std::string("'") + static_cast<char>(c) + "'";
    const unsigned code = DecodeAt(text_, offset, Utf8Policy::Lenient).code;   // the text is valid UTF-8 by now
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "the character U+%04X", code);
    return buffer;
}

bool Scanner::Run() {
    SkipSpace();
    if (AtEnd()) return Fail(p_, "the text holds no JSON value (it is empty or only spaces)");
    bool want_value = true;
    for (;;) {
        if (want_value) {
            SkipSpace();
            positions_[pointer_] = lines_.At(p_);
            if (Peek('{') || Peek('[')) {
                Frame frame;
                frame.object = text_[p_] == '{';
                frame.pointer_length = pointer_.size();
                frames_.push_back(std::move(frame));
                ++p_;
                SkipSpace();
                if (Peek(frames_.back().object ? '}' : ']')) {
                    ++p_;
                    frames_.pop_back();
                    want_value = false;
                } else if (frames_.back().object) {
                    if (!Key()) return false;
                } else {
                    pointer_ += "/0";
                }
                continue;
            }
            if (!Value()) return false;
            want_value = false;
            continue;
        }
        if (frames_.empty()) {
            SkipSpace();
            if (!AtEnd()) return Fail(p_, "unexpected " + Describe(p_) + " after the end of the JSON value");
            return true;
        }
        Frame& frame = frames_.back();
        pointer_.resize(frame.pointer_length);
        SkipSpace();
        const char close = frame.object ? '}' : ']';
        if (Peek(',')) {
            const std::size_t comma = p_++;
            SkipSpace();
            if (Peek(close))
                return Fail(comma, std::string("a comma before '") + close + "': remove the last ','");
            if (frame.object) {
                if (!Key()) return false;
            } else {
                ++frame.index;
                pointer_ += '/' + std::to_string(frame.index);
            }
            want_value = true;
            continue;
        }
        if (Peek(close)) {
            ++p_;
            frames_.pop_back();
            continue;
        }
        if (frame.object)
            return Fail(p_, "expected ',' or '}' after an object member, found " + Describe(p_));
        return Fail(p_, "expected ',' or ']' after an array element, found " + Describe(p_));
    }
}

// A scalar value at p_ (containers are handled by Run's loop).
bool Scanner::Value() {
    if (AtEnd()) return Fail(p_, "the text ends where a value was expected");
    const char c = text_[p_];
    if (c == '"') return String(nullptr);
    if (c == '-' || IsDigit(c)) return Number();
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) return Word();
    if (c == '\'') return Fail(p_, "text must be in double quotes (\"like this\"), not single quotes");
    if (c == '/') return Fail(p_, "comments are not allowed in JSON");
    return Fail(p_, "expected a value, found " + Describe(p_));
}

// An object key, the ':' after it, and the pointer of the member's value.
bool Scanner::Key() {
    SkipSpace();
    if (AtEnd()) return Fail(p_, "the text ends inside an object: expected a key in double quotes or '}'");
    if (!Peek('"')) {
        if (Peek('\'')) return Fail(p_, "keys must be in double quotes (\"like_this\"), not single quotes");
        if (Peek('/')) return Fail(p_, "comments are not allowed in JSON");
        return Fail(p_, "expected a key in double quotes, found " + Describe(p_));
    }
    const std::size_t key_offset = p_;
    std::string key;
    if (!String(&key)) return false;
    if (!allow_duplicate_keys_ && !frames_.back().keys.insert(key).second) {
        error_code = "json.duplicate_key";
        Fail(key_offset, "the key " + Excerpt(key) + " appears twice in this object; only the last one would count");
        error_path += '/' + JsonPointerEscape(key);
        return false;
    }
    SkipSpace();
    if (!Peek(':')) return Fail(p_, "expected ':' after the key " + Excerpt(key) + ", found " + Describe(p_));
    ++p_;
    pointer_ += '/' + JsonPointerEscape(key);
    return true;
}

// A string at p_ (the opening quote); decoded into *out when out is not null.
bool Scanner::String(std::string* out) {
    const std::size_t open = p_++;
    for (;;) {
        if (AtEnd()) return Fail(open, "this text is never closed: a '\"' is missing");
        const unsigned char c = static_cast<unsigned char>(text_[p_]);
        if (c == '"') { ++p_; return true; }
        if (c < 0x20) {
            if (c == '\n' || c == '\r') return Fail(p_, "a line break inside text: close the '\"' first, or write \\n");
            char buffer[96];
            std::snprintf(buffer, sizeof buffer, "the control character U+%04X inside text: write it as an escape", c);
            return Fail(p_, buffer);
        }
        if (c != '\\') {
            if (out) *out += static_cast<char>(c);
            ++p_;
            continue;
        }
        if (p_ + 1 >= text_.size()) return Fail(open, "this text is never closed: a '\"' is missing");
        const char e = text_[p_ + 1];
        const char plain = JsonEscapedChar(e);
        if (plain == 0 && e != 'u')
            return Fail(p_, "unknown escape '\\" + std::string(1, e) + "' in text (to write a backslash, write \\\\)");
        if (plain != 0) {
            if (out) *out += plain;
            p_ += 2;
            continue;
        }
        // \uXXXX, and a surrogate pair when the first half asks for one.
        auto hex4 = [this](std::size_t at, unsigned& value) {
            if (text_.size() - at < 4) return false;
            value = 0;
            for (std::size_t k = 0; k < 4; ++k) {
                const int h = HexDigit(text_[at + k]);
                if (h < 0) return false;
                value = (value << 4) | static_cast<unsigned>(h);
            }
            return true;
        };
        unsigned code = 0;
        if (!hex4(p_ + 2, code)) return Fail(p_, "\\u must be followed by four hex digits (0-9, A-F)");
        std::size_t length = 6;
        if (code >= 0xDC00 && code <= 0xDFFF)
            return Fail(p_, "a \\u escape of a lone low surrogate (\\uDC00-\\uDFFF) is not a character");
        if (code >= 0xD800 && code <= 0xDBFF) {
            unsigned low = 0;
            if (text_.size() - p_ < 12 || text_[p_ + 6] != '\\' || text_[p_ + 7] != 'u' || !hex4(p_ + 8, low) ||
                low < 0xDC00 || low > 0xDFFF)
                return Fail(p_, "a \\u escape of a high surrogate (\\uD800-\\uDBFF) must be followed by a low one (\\uDC00-\\uDFFF)");
            code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00);
            length = 12;
        }
        if (out) Append(*out, code);
        p_ += length;
    }
}

bool Scanner::Number() {
    const std::size_t start = p_;
    if (Peek('-')) ++p_;
    if (AtEnd() || !IsDigit(text_[p_])) return Fail(start, "a '-' must be followed by digits");
    if (Peek('0')) {
        ++p_;
        if (!AtEnd() && IsDigit(text_[p_])) return Fail(start, "numbers cannot start with 0 (write 7, not 07)");
    } else {
        while (!AtEnd() && IsDigit(text_[p_])) ++p_;
    }
    if (Peek('.')) {
        ++p_;
        if (AtEnd() || !IsDigit(text_[p_])) return Fail(start, "a '.' in a number must be followed by digits");
        while (!AtEnd() && IsDigit(text_[p_])) ++p_;
    }
    if (Peek('e') || Peek('E')) {
        ++p_;
        if (Peek('+') || Peek('-')) ++p_;
        if (AtEnd() || !IsDigit(text_[p_])) return Fail(start, "the exponent of a number needs digits (1e5, 2.5E-3)");
        while (!AtEnd() && IsDigit(text_[p_])) ++p_;
    }
    return true;
}

// true, false or null; any other bare word is explained.
bool Scanner::Word() {
    for (const std::string_view literal : {std::string_view("true"), std::string_view("false"), std::string_view("null")}) {
        if (text_.substr(p_, literal.size()) == literal) {
            p_ += literal.size();
            return true;
        }
    }
    std::size_t end = p_;
    while (end < text_.size() && end - p_ < 24 &&
           ((text_[end] >= 'a' && text_[end] <= 'z') || (text_[end] >= 'A' && text_[end] <= 'Z') || IsDigit(text_[end]) || text_[end] == '_'))
        ++end;
    return Fail(p_, "unknown word '" + std::string(text_.substr(p_, end - p_)) +
                        "': text must be in double quotes; the only bare words are true, false and null");
}

//-------------------------------------------------------------------------------------------------------------
// [SECTION] nlohmann: building the value, and its error when it still disagrees
//-------------------------------------------------------------------------------------------------------------

// Only records the first error. Used when nlohmann rejects what the scanner accepted, which only numbers too
// large for a double should cause ("1e400").
struct ErrorCatcher : nlohmann::json_sax<json> {
    std::size_t position = 0;
    std::string last_token;
    int id = 0;
    std::string what;

    bool null() override { return true; }
    bool boolean(bool) override { return true; }
    bool number_integer(number_integer_t) override { return true; }
    bool number_unsigned(number_unsigned_t) override { return true; }
    bool number_float(number_float_t, const string_t&) override { return true; }
    bool string(string_t&) override { return true; }
    bool binary(binary_t&) override { return true; }
    bool start_object(std::size_t) override { return true; }
    bool key(string_t&) override { return true; }
    bool end_object() override { return true; }
    bool start_array(std::size_t) override { return true; }
    bool end_array() override { return true; }
    bool parse_error(std::size_t byte, const std::string& token, const nlohmann::detail::exception& ex) override {
        position = byte;
        last_token = token;
        id = ex.id;
        what = ex.what();
        return false;
    }
};

// "[json.exception.parse_error.101] parse error at line 1, column 2: syntax error ..." -> "syntax error ..."
std::string CleanNlohmannMessage(std::string what) {
    const std::size_t bracket = what.find("] ");
    if (bracket != std::string::npos) what.erase(0, bracket + 2);
    if (what.compare(0, 15, "parse error at ") == 0) {
        const std::size_t colon = what.find(": ");
        if (colon != std::string::npos) what.erase(0, colon + 2);
    }
    return what;
}

} // namespace

//-------------------------------------------------------------------------------------------------------------
// [SECTION] Public functions
//-------------------------------------------------------------------------------------------------------------

JsonDocument ParseJson(std::string_view text, const JsonLimits& limits) {
    JsonDocument doc;
    auto fail = [&doc](std::string code, std::pair<int, int> at, std::string message, std::string path = "") {
        doc.ok = false;
        doc.value = nullptr;
        doc.positions.clear();
        doc.issues.push_back(Issue{Severity::Error, std::move(code), std::move(path), at.first, at.second, std::move(message)});
        return doc;
    };

    if (text.size() > limits.max_bytes)
        return fail("json.too_large", {0, 0},
                    "the text is " + std::to_string(text.size()) + " bytes; the limit is " + std::to_string(limits.max_bytes));

    const std::size_t start = text.substr(0, kUtf8Bom.size()) == kUtf8Bom ? kUtf8Bom.size() : 0;
    LineCounter lines(text, start);

    if (const std::optional<std::size_t> bad = FirstInvalid(text)) {
        char buffer[128];
        std::snprintf(buffer, sizeof buffer, "byte 0x%02X is not valid UTF-8: save the file with UTF-8 encoding",
                      static_cast<unsigned char>(text[*bad]));
        return fail("json.invalid_utf8", lines.At(*bad), buffer);
    }
    if (const std::optional<std::size_t> deep = FindTooDeep(text, start, limits.max_depth))
        return fail("json.too_deep", lines.At(*deep),
                    "nesting deeper than " + std::to_string(limits.max_depth) + " levels of [ ] and { }");

    Scanner scanner(text, start, limits.allow_duplicate_keys, lines, doc.positions);
    if (!scanner.Run())
        return fail(scanner.error_code, lines.At(scanner.error_offset), scanner.error_message, scanner.error_path);

    // nlohmann skips the byte-order mark itself. Nothing here can throw: allow_exceptions is false.
    doc.value = json::parse(text.data(), text.data() + text.size(), nullptr, false);
    if (doc.value.is_discarded()) {
        ErrorCatcher catcher;
        json::sax_parse(text.data(), text.data() + text.size(), &catcher);
        // The position is just after the offending token; point at its start instead.
        const std::size_t at = catcher.position >= catcher.last_token.size() ? catcher.position - catcher.last_token.size() : 0;
        if (catcher.id == 406)
            return fail("json.number_range", lines.At(at), "the number " + Excerpt(catcher.last_token) + " is too large");
        return fail("json.syntax", lines.At(at), CleanNlohmannMessage(catcher.what));
    }
    doc.ok = true;
    return doc;
}

Issue JsonDocument::At(Severity severity, std::string code, std::string path, std::string message) const {
    Issue issue{severity, std::move(code), std::move(path), 0, 0, std::move(message)};
    std::string located = issue.path;
    for (;;) {
        const auto it = positions.find(located);
        if (it != positions.end()) {
            issue.line = it->second.first;
            issue.column = it->second.second;
            break;
        }
        if (located.empty()) break;
        located.resize(located.rfind('/'));
    }
    return issue;
}

char JsonEscapedChar(char e) {
    switch (e) {
    case '"': return '"';
    case '\\': return '\\';
    case '/': return '/';
    case 'b': return '\b';
    case 'f': return '\f';
    case 'n': return '\n';
    case 'r': return '\r';
    case 't': return '\t';
    default: return 0;   // 'u' (four hex digits follow) or not an escape
    }
}

std::string JsonPointerEscape(const std::string& key) {
    std::string out;
    out.reserve(key.size());
    for (const char c : key) {
        if (c == '~') out += "~0";
        else if (c == '/') out += "~1";
        else out += c;
    }
    return out;
}

std::string DumpJson(const nlohmann::json& value, int indent) {
    // error_handler_t::replace: a string with invalid UTF-8 (built in code, never parsed) would otherwise throw,
    // which under JSON_NOEXCEPTION aborts.
    return value.dump(indent, ' ', false, json::error_handler_t::replace);
}

std::string DumpJson(const nlohmann::ordered_json& value, int indent) {
    return value.dump(indent, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
}

} // namespace systemic
