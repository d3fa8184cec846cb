// utf8.cpp — decoding and encoding UTF-8 by RFC 3629, section 3 and 4 (the table of well-formed byte sequences).
// Plain integer work on bytes; no locale, no <codecvt> (deprecated in C++17 and absent from the page's libc++ build).
#include "text/utf8.h"

namespace systemic {

namespace {

Utf8Char Strict(std::string_view text, std::size_t i) {
    const unsigned char b0 = static_cast<unsigned char>(text[i]);
    if (b0 < 0x80) return {b0, 1, Utf8Stop::Ok};
    std::size_t length = 0;
    char32_t code = 0, min = 0;
    if ((b0 & 0xE0u) == 0xC0u) { length = 2; code = b0 & 0x1Fu; min = 0x80; }
    else if ((b0 & 0xF0u) == 0xE0u) { length = 3; code = b0 & 0x0Fu; min = 0x800; }
    else if ((b0 & 0xF8u) == 0xF0u) { length = 4; code = b0 & 0x07u; min = 0x10000; }
    else return {0, 0, Utf8Stop::BadLead};
    for (std::size_t k = 1; k < length; ++k) {
        if (i + k >= text.size()) return {0, 0, Utf8Stop::Truncated};
        const unsigned char b = static_cast<unsigned char>(text[i + k]);
        if ((b & 0xC0u) != 0x80u) return {0, 0, Utf8Stop::BadContinuation};
        code = (code << 6) | (b & 0x3Fu);
    }
    if (code < min) return {0, 0, Utf8Stop::Overlong};
    if (code >= 0xD800 && code <= 0xDFFF) return {0, 0, Utf8Stop::Surrogate};
    if (code > 0x10FFFF) return {0, 0, Utf8Stop::TooLarge};
    return {code, length, Utf8Stop::Ok};
}

} // namespace

Utf8Char DecodeAt(std::string_view text, std::size_t i, Utf8Policy policy) {
    if (i >= text.size()) return {0, 0, Utf8Stop::End};
    Utf8Char c = Strict(text, i);
    if (c.stop != Utf8Stop::Ok && policy == Utf8Policy::Lenient) {
        c.code = static_cast<unsigned char>(text[i]);
        c.length = 1;
    }
    return c;
}

std::optional<std::size_t> FirstInvalid(std::string_view text) {
    for (std::size_t i = 0; i < text.size();) {
        const Utf8Char c = Strict(text, i);
        if (c.stop != Utf8Stop::Ok) return i;
        i += c.length;
    }
    return std::nullopt;
}

std::size_t CountCodePoints(std::string_view text) {
    std::size_t n = 0;
    for (const char c : text) n += (static_cast<unsigned char>(c) & 0xC0u) != 0x80u;
    return n;
}

void Append(std::string& out, char32_t code) {
    if ((code >= 0xD800 && code <= 0xDFFF) || code > 0x10FFFF) code = 0xFFFD;
    if (code < 0x80) {
        out += static_cast<char>(code);
    } else if (code < 0x800) {
        out += static_cast<char>(0xC0 | (code >> 6));
        out += static_cast<char>(0x80 | (code & 0x3F));
    } else if (code < 0x10000) {
        out += static_cast<char>(0xE0 | (code >> 12));
        out += static_cast<char>(0x80 | ((code >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (code & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (code >> 18));
        out += static_cast<char>(0x80 | ((code >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((code >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (code & 0x3F));
    }
}

std::string PadRight(std::string text, std::size_t width) {
    const std::size_t chars = CountCodePoints(text);
    if (chars < width) text.append(width - chars, ' ');
    return text;
}

std::pair<int, int> LineCounter::At(std::size_t offset) {
    if (offset < offset_) { offset_ = start_; line_ = 1; column_ = 1; }
    while (offset_ < offset && offset_ < text_.size()) {
        const unsigned char c = static_cast<unsigned char>(text_[offset_++]);
        if (c == '\n') { line_ = line_ + 1; column_ = 1; }
        else if ((c & 0xC0u) != 0x80u) ++column_;   // continuation bytes belong to the previous character
    }
    return {line_, column_};
}

} // namespace systemic
