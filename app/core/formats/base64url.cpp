// base64url.cpp — base64url without padding, and CRC-32 computed bit by bit.
// No tables: links are a few hundred bytes at most, and a loop is easier to check than 256 constants.
#include "formats/base64url.h"

namespace systemic {

namespace {

const char kAlphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

int SextetOf(char c) {   // 0..63, or -1 when c is not in the base64url alphabet
    if (c >= 'A' && c <= 'Z') return c - 'A';
    if (c >= 'a' && c <= 'z') return c - 'a' + 26;
    if (c >= '0' && c <= '9') return c - '0' + 52;
    if (c == '-') return 62;
    if (c == '_') return 63;
    return -1;
}

} // namespace

std::string Base64UrlEncode(const Bytes& bytes) {
    std::string out;
    out.reserve((bytes.size() * 4 + 2) / 3);
    std::uint32_t buffer = 0;
    int bits = 0;
    for (const std::uint8_t b : bytes) {
        buffer = (buffer << 8) | b;
        bits += 8;
        while (bits >= 6) {
            bits -= 6;
            out += kAlphabet[(buffer >> bits) & 0x3Fu];
        }
    }
    if (bits > 0) out += kAlphabet[(buffer << (6 - bits)) & 0x3Fu];   // the last bits, zero-filled on the right
    return out;
}

Base64Decode Base64UrlDecode(std::string_view text) {
    Base64Decode result;
    // Padding is not ours, but a tool that re-encodes the link may add it; it carries no information.
    std::size_t end = text.size();
    while (end > 0 && text[end - 1] == '=') --end;
    for (std::size_t i = 0; i < end; ++i) {
        if (SextetOf(text[i]) < 0) {
            result.error = Base64Error::BadCharacter;
            result.position = i;
            return result;
        }
    }
    if (end % 4 == 1) {   // one character holds 6 bits, less than a byte: no encoder ever ends like this
        result.error = Base64Error::BadLength;
        return result;
    }
    result.bytes.reserve(end * 3 / 4);
    std::uint32_t buffer = 0;
    int bits = 0;
    for (std::size_t i = 0; i < end; ++i) {
        buffer = (buffer << 6) | static_cast<std::uint32_t>(SextetOf(text[i]));
        bits += 6;
        if (bits >= 8) {
            bits -= 8;
            result.bytes.push_back(static_cast<std::uint8_t>((buffer >> bits) & 0xFFu));
        }
    }
    return result;   // leftover fill bits are ignored: the checksum of each format guards the bytes that matter
}

std::uint32_t Crc32(const std::uint8_t* data, std::size_t size) {
    std::uint32_t crc = 0xFFFFFFFFu;
    for (std::size_t i = 0; i < size; ++i) {
        crc ^= data[i];
        for (int k = 0; k < 8; ++k) crc = (crc >> 1) ^ (0xEDB88320u & (0u - (crc & 1u)));
    }
    return ~crc;
}

} // namespace systemic
