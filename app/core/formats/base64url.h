// base64url.h — the byte-level building blocks of links: base64url text (RFC 4648 §5, no padding) and CRC-32.
// Pure functions on bytes; links.h builds the invitation and results formats on top of them.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace systemic {

using Bytes = std::vector<std::uint8_t>;

enum class Base64Error { None, BadCharacter, BadLength };

struct Base64Decode {
    Base64Error error = Base64Error::None;
    Bytes bytes;                    // the decoded bytes when error is None
    std::size_t position = 0;       // BadCharacter: index of the offending byte in the text
};

std::string Base64UrlEncode(const Bytes& bytes);               // A-Z a-z 0-9 - _, no '=' padding
Base64Decode Base64UrlDecode(std::string_view text);           // strict alphabet; trailing '=' ignored; length % 4 == 1 is BadLength
std::uint32_t Crc32(const std::uint8_t* data, std::size_t size);   // CRC-32/ISO-HDLC (zlib, PNG): reflected 0xEDB88320, init and xorout ~0

} // namespace systemic
