// ids.cpp — identifiers, hex digits and counted nouns: one definition each for the whole project.
#include "text/ids.h"

namespace systemic {

bool IsIdChar(char c, bool allow_dot) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_' || (allow_dot && c == '.');
}

bool IsValidId(std::string_view id, std::size_t max_length, bool allow_dot) {
    if (id.empty() || id.size() > max_length) return false;
    for (const char c : id)
        if (!IsIdChar(c, allow_dot)) return false;
    return true;
}

int HexDigit(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

std::string Hex(std::uint64_t value, int digits) {
    static const char kHex[] = "0123456789abcdef";
    std::string out(static_cast<std::size_t>(digits > 0 ? digits : 0), '0');
    for (int i = digits - 1; i >= 0; --i) {
        out[static_cast<std::size_t>(i)] = kHex[value & 0xFu];
        value >>= 4;
    }
    return out;
}

std::string Plural(long long n, std::string_view singular, std::string_view plural) {
    return std::to_string(n) + " " + std::string(n == 1 ? singular : plural);
}

} // namespace systemic
