// ids.h — the small text rules shared by formats, writers and screens: identifiers, hex digits, counted nouns.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace systemic {

// An identifier character: lowercase letter, digit, '-' or '_' (and '.' when allow_dot, for question ids such as
// "3.1"): safe in file names, URLs, CSV and JSON pointers without escaping.
bool IsIdChar(char c, bool allow_dot = false);
bool IsValidId(std::string_view id, std::size_t max_length, bool allow_dot);   // 1..max_length id characters

int HexDigit(char c);                                    // '0'-'9', 'a'-'f', 'A'-'F' -> 0..15; anything else -> -1
std::string Hex(std::uint64_t value, int digits);        // the low 4*digits bits, lowercase, zero-padded: Hex(255, 4) = "00ff"

// "1 question", "3 questions", "0 questions": the singular only for exactly 1.
std::string Plural(long long n, std::string_view singular, std::string_view plural);

} // namespace systemic
