// links.cpp — encode and decode invitation and results links (formats: links.h and docs/links.md).
// Decoding never trusts the text: every failure is one Issue with a stable code and a message a respondent can act on.
#include "formats/links.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <optional>
#include <utility>

#include "formats/base64url.h"
#include "text/dates.h"
#include "text/ids.h"
#include "text/utf8.h"

// [SECTION] Limits and constants of the formats
// [SECTION] Text: UTF-8 checks and cleaning
// [SECTION] Bytes: writer, reader, LEB128, mixed-radix numbers
// [SECTION] Dates: days since 2000-01-01
// [SECTION] Fragments and frames: from pasted text to a checked body
// [SECTION] Invitation links
// [SECTION] Results links
// [SECTION] Benchmark part of an invitation link

namespace systemic {

namespace {

//-------------------------------------------------------------------------------------------------------------
// [SECTION] Limits and constants of the formats
//-------------------------------------------------------------------------------------------------------------

constexpr std::size_t kIdMax = 32;              // questionnaire ids (questionnaire_load.cpp has the same limit)
constexpr std::size_t kMaxBody = 4096;          // far above any real link; a larger length field means damage
constexpr unsigned kAnswerRadix = 33;           // unanswered, don't know, not applicable, 5 x 6 (today x target)
constexpr unsigned kPointsRadix = 101;          // area points 0..100
constexpr std::uint32_t kNoDate = 0xFFFF;       // the date field when the result has no usable date
constexpr std::uint32_t kMaxQuestionnaireVersion = 1000000;

// Results flags (byte 0 of the body).
constexpr unsigned kFlagQuick = 1u << 0;        // mode: quick scan
constexpr unsigned kFlagQuickOnly = 1u << 1;    // the answers cover only the questions marked quick
constexpr unsigned kFlagPoints = 1u << 2;       // area points follow
constexpr unsigned kFlagOrganisation = 1u << 3;
constexpr unsigned kFlagName = 1u << 4;
constexpr unsigned kRoleShift = 5;              // bits 5..7: Role 0..4

// Invitation flags.
constexpr unsigned kInviteFlagQuick = 1u << 0;
constexpr unsigned kInviteFlagHash = 1u << 1;

//-------------------------------------------------------------------------------------------------------------
// [SECTION] Text: UTF-8 checks and cleaning
//-------------------------------------------------------------------------------------------------------------

bool IsControl(std::uint32_t cp) { return cp < 0x20 || cp == 0x7F; }

enum class TextProblem { None, Invalid, Control, TooLong };

// The first problem of `s` as link text: not UTF-8, a control character (line breaks only where allowed), too long.
TextProblem CheckText(std::string_view s, std::size_t max_chars, bool allow_newline) {
    std::size_t chars = 0;
    TextProblem found = TextProblem::None;
    for (std::size_t i = 0; i < s.size();) {
        const Utf8Char ch = DecodeAt(s, i, Utf8Policy::Strict);   // RFC 3629: overlongs, surrogates, > U+10FFFF fail
        const std::uint32_t cp = ch.code;
        const std::size_t len = ch.length;
        if (len == 0) return TextProblem::Invalid;
        if (IsControl(cp) && !(allow_newline && cp == '\n') && found == TextProblem::None) found = TextProblem::Control;
        ++chars;
        i += len;
    }
    if (found != TextProblem::None) return found;
    return chars > max_chars ? TextProblem::TooLong : TextProblem::None;
}

// What the encoders write: malformed bytes become U+FFFD, "\r\n" and '\r' become '\n' where line breaks are
// allowed, other control characters become spaces, and the text is cut at a character boundary after max_chars.
std::string CleanText(std::string_view s, std::size_t max_chars, bool allow_newline) {
    std::string out;
    std::size_t chars = 0;
    for (std::size_t i = 0; i < s.size() && chars < max_chars;) {
        const Utf8Char ch = DecodeAt(s, i, Utf8Policy::Strict);   // RFC 3629: overlongs, surrogates, > U+10FFFF fail
        const std::uint32_t cp = ch.code;
        const std::size_t len = ch.length;
        if (len == 0) { out += "\xEF\xBF\xBD"; ++i; ++chars; continue; }
        if (IsControl(cp)) {
            if (allow_newline && cp == '\r' && i + 1 < s.size() && s[i + 1] == '\n') { ++i; continue; }   // CR LF: keep the LF
            out += allow_newline && (cp == '\n' || cp == '\r') ? '\n' : ' ';
        } else {
            out.append(s.data() + i, len);
        }
        ++chars;
        i += len;
    }
    return out;
}

// Invitations name a questionnaire someone typed: lowercase it and keep only the characters an id may have.
std::string CleanId(std::string_view id) {
    std::string out;
    for (char c : id) {
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
        if (IsIdChar(c) && out.size() < kIdMax) out += c;
    }
    return out;
}

bool IsHash64(std::string_view hash) {
    return hash.size() == 16 && std::all_of(hash.begin(), hash.end(), [](char c) { return HexDigit(c) >= 0; });
}

// The 32 bits a results link keeps of Questionnaire::hash: its first 8 hex digits. A questionnaire built in code
// may carry no proper hash; FNV-1a 32 of whatever it has still tells two of them apart, the same way every time.
std::uint32_t Hash32(std::string_view hash) {
    if (hash.size() >= 8 && std::all_of(hash.begin(), hash.begin() + 8, [](char c) { return HexDigit(c) >= 0; })) {
        std::uint32_t v = 0;
        for (std::size_t i = 0; i < 8; ++i) v = (v << 4) | static_cast<std::uint32_t>(HexDigit(hash[i]));
        return v;
    }
    std::uint32_t v = 0x811C9DC5u;
    for (const char c : hash) { v ^= static_cast<unsigned char>(c); v *= 0x01000193u; }
    return v;
}

//-------------------------------------------------------------------------------------------------------------
// [SECTION] Bytes: writer, reader, LEB128, mixed-radix numbers
//-------------------------------------------------------------------------------------------------------------

void PutUint(Bytes& out, std::uint64_t value, int bytes) {   // big-endian
    for (int i = bytes - 1; i >= 0; --i) out.push_back(static_cast<std::uint8_t>((value >> (8 * i)) & 0xFFu));
}

void PutVarint(Bytes& out, std::uint32_t value) {   // LEB128: 7 bits a byte, low bits first, high bit = more follows
    while (value >= 0x80) { out.push_back(static_cast<std::uint8_t>((value & 0x7Fu) | 0x80u)); value >>= 7; }
    out.push_back(static_cast<std::uint8_t>(value));
}

void PutText(Bytes& out, const std::string& text) {
    PutVarint(out, static_cast<std::uint32_t>(text.size()));
    out.insert(out.end(), text.begin(), text.end());
}

// Reads a body. Running past the end sets `failed` and returns zeros, so a parse reads on and checks once.
struct Reader {
    const std::uint8_t* data = nullptr;
    std::size_t size = 0;
    std::size_t pos = 0;
    bool failed = false;

    std::uint32_t Byte() {
        if (pos >= size) { failed = true; return 0; }
        return data[pos++];
    }
    std::uint64_t Uint(int bytes) {
        std::uint64_t v = 0;
        for (int i = 0; i < bytes; ++i) v = (v << 8) | Byte();
        return v;
    }
    // LEB128 of at most 5 bytes (32 bits) in its shortest form; anything else fails.
    std::uint32_t Varint() {
        std::uint64_t v = 0;
        for (int i = 0; i < 5; ++i) {
            const std::uint32_t b = Byte();
            if (failed) return 0;
            if (i > 0 && b == 0) { failed = true; return 0; }   // a needless zero byte: not what any encoder writes
            v |= static_cast<std::uint64_t>(b & 0x7Fu) << (7 * i);
            if ((b & 0x80u) == 0) {
                if (v > 0xFFFFFFFFull) { failed = true; return 0; }
                return static_cast<std::uint32_t>(v);
            }
        }
        failed = true;
        return 0;
    }
    std::string Text(std::size_t length) {
        if (length > size - pos) { failed = true; pos = size; return std::string(); }
        std::string out(reinterpret_cast<const char*>(data + pos), length);
        pos += length;
        return out;
    }
    std::size_t Left() const { return size - pos; }
};

// A big unsigned number as little-endian bytes. value = value * radix + digit.
void MulAdd(Bytes& value, unsigned radix, unsigned digit) {
    unsigned carry = digit;
    for (std::uint8_t& b : value) {
        const unsigned v = b * radix + carry;
        b = static_cast<std::uint8_t>(v & 0xFFu);
        carry = v >> 8;
    }
    while (carry > 0) { value.push_back(static_cast<std::uint8_t>(carry & 0xFFu)); carry >>= 8; }
}

// value /= radix; returns the remainder.
unsigned DivMod(Bytes& value, unsigned radix) {
    unsigned rem = 0;
    for (std::size_t i = value.size(); i-- > 0;) {
        const unsigned v = (rem << 8) | value[i];
        value[i] = static_cast<std::uint8_t>(v / radix);
        rem = v % radix;
    }
    return rem;
}

// Bytes needed for every number below the product of the radices (0 for no digits). Computed exactly, not with
// logarithms, so native and wasm builds agree on every width.
std::size_t PackedWidth(const std::vector<unsigned>& radices) {
    Bytes product{1};
    for (const unsigned r : radices) MulAdd(product, r, 0);
    for (std::uint8_t& b : product) {   // product - 1 (product >= 1)
        if (b > 0) { --b; break; }
        b = 0xFF;
    }
    std::size_t width = product.size();
    while (width > 0 && product[width - 1] == 0) --width;
    return width;
}

// digits[0] is the most significant. Written big-endian in exactly PackedWidth(radices) bytes.
void PutPacked(Bytes& out, const std::vector<unsigned>& digits, const std::vector<unsigned>& radices) {
    Bytes value;
    for (std::size_t i = 0; i < digits.size(); ++i) MulAdd(value, radices[i], digits[i]);
    const std::size_t width = PackedWidth(radices);
    value.resize(std::max(width, value.size()), 0);
    for (std::size_t i = width; i-- > 0;) out.push_back(value[i]);
}

// Inverse of PutPacked; false when the number is not below the product of the radices (no encoder writes that).
bool GetPacked(const std::uint8_t* data, std::size_t width, const std::vector<unsigned>& radices, std::vector<unsigned>* digits) {
    Bytes value(width);
    for (std::size_t i = 0; i < width; ++i) value[width - 1 - i] = data[i];
    digits->assign(radices.size(), 0);
    for (std::size_t i = radices.size(); i-- > 0;) (*digits)[i] = DivMod(value, radices[i]);
    return std::all_of(value.begin(), value.end(), [](std::uint8_t b) { return b == 0; });
}

//-------------------------------------------------------------------------------------------------------------
// [SECTION] Dates: days since 2000-01-01
//-------------------------------------------------------------------------------------------------------------

// The date at the start of an ISO 8601 text ("2026-11-21" or "2026-11-21T10:30:00Z") as days since
// 2000-01-01, or kNoDate when there is none or it falls outside 2000-01-01 .. 2179-06-05.
std::uint32_t LinkDay(std::string_view iso) {
    const std::optional<CivilDate> date = ParseIsoDate(iso);
    if (!date) return kNoDate;
    const long days = DaysSince2000(*date);
    return days >= 0 && days < static_cast<long>(kNoDate) ? static_cast<std::uint32_t>(days) : kNoDate;
}

// The one date a results link keeps: the last change, or the creation when `updated` is missing or unreadable.
std::uint32_t ResultDay(const Result& r) {
    const std::uint32_t updated = LinkDay(r.updated);
    return updated != kNoDate ? updated : LinkDay(r.created);
}

std::string IsoDate(std::uint32_t day) { return systemic::IsoDate(DateFromDaysSince2000(static_cast<long>(day))); }   // "YYYY-MM-DD"

//-------------------------------------------------------------------------------------------------------------
// [SECTION] Fragments and frames: from pasted text to a checked body
//-------------------------------------------------------------------------------------------------------------

bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }

Issue LinkIssue(std::string code, std::string path, std::string message) {
    Issue issue;
    issue.code = std::move(code);
    issue.path = std::move(path);
    issue.message = std::move(message);
    return issue;
}

// How the two kinds of link differ for the shared front end.
struct LinkSyntax {
    std::string_view key;          // "r" or "invite"
    std::string_view other_key;    // the key of the other kind
    const char* what;              // "results link", "invitation link"
    const char* other_message;     // when the text is the other kind of link
    int version;                   // the one version this code reads
};

const LinkSyntax kResultsSyntax = {
    "r", "invite", "results link",
    "this is an invitation link, not a results link: open it to start the assessment it invites you to",
    kResultLinkVersion};

const LinkSyntax kInviteSyntax = {
    "invite", "r", "invitation link",
    "this is a results link, not an invitation: open it to see the results it holds",
    kInvitationLinkVersion};

// The key of a "key=value" part: a run of lowercase letters and '_' before '='. A base64url payload never starts
// with one: every frame begins with its version byte, so the first character is an uppercase letter.
std::string_view KeyOf(std::string_view part) {
    const std::size_t eq = part.find('=');
    if (eq == std::string_view::npos || eq == 0) return {};
    for (std::size_t i = 0; i < eq; ++i)
        if (!((part[i] >= 'a' && part[i] <= 'z') || part[i] == '_')) return {};
    return part.substr(0, eq);
}

// 1-based character (code point) position of byte `offset` of `text`.
int ColumnOf(std::string_view text, std::size_t offset) {
    return static_cast<int>(CountCodePoints(text.substr(0, std::min(offset, text.size())))) + 1;
}

// The character at byte `offset`, for a message: "'%'", "'é'", or "a control character" / "a broken character".
std::string DescribeCharAt(std::string_view text, std::size_t offset) {
    const Utf8Char ch = DecodeAt(text, offset, Utf8Policy::Strict);
    const std::uint32_t cp = ch.code;
    const std::size_t len = ch.length;
    if (len == 0) return "a byte that is not text";
    if (IsControl(cp)) return "a control character";
    return "'" + std::string(text.substr(offset, len)) + "'";
}

bool IsBase64UrlChar(char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
}

// `payload` without what a sentence or a mail program puts after a link and a link never ends with: ". , ; : ! ? ) ] } >
// ' \"", typographic quotes and ellipses, and the same percent-encoded ("%29", "%3E", as a browser's address bar
// may hand them over). Whitespace goes too (a wrapped link is joined later).
std::string_view TrimLinkTail(std::string_view payload) {
    static const std::string_view kTails[] = {
        ".", ",", ";", ":", "!", "?", ")", "]", "}", ">", "'", "\"", "*",
        "\xE2\x80\xA6", "\xE2\x80\x9D", "\xE2\x80\x99", "\xC2\xBB", "\xE3\x80\x82",   // ... ” ’ » 。
        "%29", "%5D", "%5d", "%7D", "%7d", "%3E", "%3e", "%22", "%27", "%2E", "%2e", "%2C", "%2c", "%20"};
    for (bool changed = true; changed && !payload.empty();) {
        changed = false;
        if (IsSpace(payload.back())) { payload.remove_suffix(1); changed = true; continue; }
        for (const std::string_view tail : kTails) {
            if (payload.size() >= tail.size() && payload.substr(payload.size() - tail.size()) == tail) {
                payload.remove_suffix(tail.size());
                changed = true;
                break;
            }
        }
    }
    return payload;
}

// The checked body of a frame, or one Issue in `issues`.
struct Opened {
    bool ok = false;
    Bytes bytes;
    std::size_t body = 0;          // offset of the body in bytes
    std::size_t body_size = 0;
};

Opened OpenLink(std::string_view text, const LinkSyntax& syntax, Issues& issues) {
    Opened opened;
    const std::string_view fragment = LinkFragment(text);
    if (fragment.empty()) {
        const bool blank = std::all_of(text.begin(), text.end(), IsSpace);
        issues.push_back(LinkIssue("link.empty", "",
            blank ? std::string("the ") + syntax.what + " is empty: paste the whole link, including the part after '#'"
                  : std::string("this address has nothing after '#', so it carries no ") + syntax.what +
                        ": copy the whole link, including the part after '#'"));
        return opened;
    }

    // Find our key among '&'-separated parts; a bare payload (no key at all) is taken as it is.
    std::string_view payload;
    bool found = false, any_key = false, other_kind = false;
    for (std::size_t start = 0; start <= fragment.size();) {
        std::size_t end = fragment.find('&', start);
        if (end == std::string_view::npos) end = fragment.size();
        const std::string_view part = fragment.substr(start, end - start);
        const std::string_view key = KeyOf(part);
        if (!key.empty()) any_key = true;
        if (key == syntax.key && !found) { payload = part.substr(key.size() + 1); found = true; }
        if (key == syntax.other_key) other_kind = true;
        start = end + 1;
    }
    if (!found && other_kind) { issues.push_back(LinkIssue("link.wrong_kind", "", syntax.other_message)); return opened; }
    if (!found && any_key) {
        issues.push_back(LinkIssue("link.empty", "", std::string("this link carries no ") + syntax.what + " (its \"" +
                                                     std::string(syntax.key) + "=\" part is missing): copy the whole link again"));
        return opened;
    }
    if (!found) payload = fragment;
    payload = TrimLinkTail(payload);

    // Drop whitespace (e-mail programs wrap long lines), remembering where each character was for messages.
    std::string clean;
    std::vector<std::size_t> where;   // byte offset in `text` of each character of `clean`
    const std::size_t base = static_cast<std::size_t>(payload.data() - text.data());
    for (std::size_t i = 0; i < payload.size(); ++i) {
        if (IsSpace(payload[i])) continue;
        clean += payload[i];
        where.push_back(base + i);
    }
    if (clean.empty()) {
        issues.push_back(LinkIssue("link.empty", "", std::string("the ") + syntax.what + " stops after \"" + std::string(syntax.key) +
                                                     "=\": the rest was lost; copy the whole link again"));
        return opened;
    }

    Base64Decode decoded = Base64UrlDecode(clean);
    // A length no encoder writes (4k + 1 characters) is almost always a cut: read what is whole, so the message can
    // say how much is missing; should the rest be complete, that one character was extra, which the length check tells.
    const bool odd_length = decoded.error == Base64Error::BadLength;
    if (odd_length) decoded = Base64UrlDecode(std::string_view(clean).substr(0, clean.size() - 1));
    if (decoded.error == Base64Error::BadCharacter) {
        const std::size_t offset = where[decoded.position];
        Issue issue = LinkIssue("link.not_base64", "",
            "the " + std::string(syntax.what) + " contains " + DescribeCharAt(text, offset) + " at character " +
            std::to_string(ColumnOf(text, offset)) + ", which a Systemic link never has: it was probably changed when it was "
            "copied or sent; copy the whole link again");
        issue.line = 1;
        issue.column = ColumnOf(text, offset);
        issues.push_back(std::move(issue));
        return opened;
    }
    const std::string cut_message = "the " + std::string(syntax.what) + " is incomplete: ";
    const std::string cut_advice = "; it was probably cut off when it was copied or sent: copy the whole link again";
    if (decoded.bytes.empty()) {
        issues.push_back(LinkIssue("link.truncated", "", cut_message + "its end is missing" + cut_advice));
        return opened;
    }

    const Bytes& bytes = decoded.bytes;
    const int version = bytes[0];
    if (version != syntax.version) {
        // Every format keeps the frame's envelope (docs/links.md): only a whole frame whose CRC-32 holds is a link of
        // another format. Anything else is not a link at all, or one damaged in its first characters: never call
        // it "made by a newer version", or the user hunts for an update that does not exist.
        Reader envelope{bytes.data(), bytes.size(), 1};
        const std::uint32_t size = envelope.Varint();
        const std::size_t whole = envelope.pos + size + 4;
        const bool framed = !envelope.failed && size <= kMaxBody && !odd_length && bytes.size() == whole &&
                            static_cast<std::uint32_t>(Reader{bytes.data(), bytes.size(), whole - 4}.Uint(4)) == Crc32(bytes.data(), whole - 4);
        if (!framed) {
            issues.push_back(LinkIssue("link.not_a_link", "",
                "this is not a " + std::string(syntax.what) + " Systemic can read: its first characters are not those of any "
                "Systemic link, so other text was pasted, or the link was changed when it was copied or sent; copy the whole link again"));
        } else {
            issues.push_back(LinkIssue("link.unknown_version", "",
                version > syntax.version
                    ? "this " + std::string(syntax.what) + " was made by a newer version of Systemic (link format " + std::to_string(version) +
                          "; this version reads format " + std::to_string(syntax.version) + "): open it with the newer version, or ask the sender "
                          "for a file instead"
                    : "this is not a " + std::string(syntax.what) + " this version of Systemic can read (link format " + std::to_string(version) +
                          "): ask the sender for a new link"));
        }
        return opened;
    }

    Reader header{bytes.data(), bytes.size(), 1};
    const std::uint32_t body_size = header.Varint();
    const auto expected_chars = [&](std::size_t total) { return std::to_string((total * 8 + 5) / 6); };
    if (header.failed && header.pos >= bytes.size()) {
        issues.push_back(LinkIssue("link.truncated", "", cut_message + "only its first " + std::to_string(clean.size()) + " characters are there" + cut_advice));
        return opened;
    }
    if (header.failed || body_size > kMaxBody) {
        issues.push_back(LinkIssue("link.checksum", "", "the " + std::string(syntax.what) + " is damaged: its length field makes no sense, so characters "
                                                        "were changed when it was copied; copy the link again, or ask for a new one"));
        return opened;
    }
    const std::size_t total = header.pos + body_size + 4;
    if (bytes.size() < total) {
        issues.push_back(LinkIssue("link.truncated", "", cut_message + "it has " + std::to_string(clean.size()) + " of its " +
                                                         expected_chars(total) + " characters" + cut_advice));
        return opened;
    }
    if (bytes.size() > total || odd_length) {
        issues.push_back(LinkIssue("link.checksum", "", "the " + std::string(syntax.what) + " is damaged: it has " +
                                                        std::to_string(clean.size()) + " characters where " + expected_chars(total) +
                                                        " were expected (perhaps other text was joined to its end); copy the link again"));
        return opened;
    }
    Reader trailer{bytes.data(), bytes.size(), total - 4};
    if (static_cast<std::uint32_t>(trailer.Uint(4)) != Crc32(bytes.data(), total - 4)) {
        issues.push_back(LinkIssue("link.checksum", "", "the " + std::string(syntax.what) + " is damaged: its check digits do not match its contents, "
                                                        "so some characters were changed when it was copied or sent; copy the link again, "
                                                        "or ask the sender for a new one"));
        return opened;
    }
    opened.ok = true;
    opened.body = header.pos;
    opened.body_size = body_size;
    opened.bytes = std::move(decoded.bytes);
    return opened;
}

// version | LEB128 body length | body | CRC-32, as base64url after "key=".
std::string CloseLink(std::string_view key, int version, const Bytes& body) {
    Bytes frame;
    frame.push_back(static_cast<std::uint8_t>(version));
    PutVarint(frame, static_cast<std::uint32_t>(body.size()));
    frame.insert(frame.end(), body.begin(), body.end());
    PutUint(frame, Crc32(frame.data(), frame.size()), 4);
    return std::string(key) + "=" + Base64UrlEncode(frame);
}

// For bad_value messages: a link with a valid checksum but impossible contents was not written by Systemic.
std::string NotOurs(const char* what) {
    return std::string(": this ") + what + " was not made by Systemic, or by a faulty version of it; ask the sender for a new link";
}

const char* TextProblemWords(TextProblem p) {
    switch (p) {
    case TextProblem::Invalid: return "is not valid UTF-8 text";
    case TextProblem::Control: return "contains control characters";
    case TextProblem::TooLong: return "is longer than a link may carry";
    case TextProblem::None: break;
    }
    return "";
}

//-------------------------------------------------------------------------------------------------------------
// [SECTION] Invitation links
//-------------------------------------------------------------------------------------------------------------

struct InviteField {
    const char* path;
    const char* label;
    std::string Invitation::*member;
    std::size_t max_chars;
    bool allow_newline;
};

const InviteField kInviteFields[] = {
    {"/client", "the client organisation", &Invitation::client, kInviteFieldMax, false},
    {"/consultant", "the consultant's name", &Invitation::consultant, kInviteFieldMax, false},
    {"/contact", "the consultant's contact", &Invitation::contact, kInviteFieldMax, false},
    {"/message", "the message", &Invitation::message, kInviteMessageMax, true},
};

bool LooksLikeEmail(std::string_view s) {
    const std::size_t at = s.find('@');
    if (at == std::string_view::npos || at == 0 || s.find('@', at + 1) != std::string_view::npos) return false;
    const std::string_view domain = s.substr(at + 1);
    const std::size_t dot = domain.find('.');
    return dot != std::string_view::npos && dot > 0 && dot + 1 < domain.size() && s.find(' ') == std::string_view::npos;
}

bool LooksLikePhone(std::string_view s) {
    int digits = 0;
    for (const char c : s) {
        if (c >= '0' && c <= '9') ++digits;
        else if (std::string_view("+ ()-./").find(c) == std::string_view::npos) return false;
    }
    return digits >= 6;
}

} // namespace

std::string_view LinkFragment(std::string_view text) {
    while (!text.empty() && IsSpace(text.front())) text.remove_prefix(1);
    while (!text.empty() && IsSpace(text.back())) text.remove_suffix(1);
    const std::size_t hash = text.find('#');
    if (hash != std::string_view::npos) return text.substr(hash + 1);
    if (text.find("://") != std::string_view::npos) return text.substr(text.size());   // an address without a fragment carries nothing
    return text;
}

LinkKind DetectLinkKind(std::string_view text) {
    const std::string_view fragment = LinkFragment(text);
    for (std::size_t start = 0; start <= fragment.size();) {
        std::size_t end = fragment.find('&', start);
        if (end == std::string_view::npos) end = fragment.size();
        const std::string_view key = KeyOf(fragment.substr(start, end - start));
        if (key == kResultsSyntax.key) return LinkKind::Results;
        if (key == kInviteSyntax.key) return LinkKind::Invitation;
        start = end + 1;
    }
    return LinkKind::Unknown;
}

namespace {

// The whitespace that separates words in pasted text: ASCII spaces and line breaks, and U+00A0 (mail programs
// put no-break spaces in). Returns its length in bytes at text[i], or 0.
std::size_t SpaceAt(std::string_view text, std::size_t i) {
    if (IsSpace(text[i]) || text[i] == '\f' || text[i] == '\v') return 1;
    if (text[i] == '\xC2' && i + 1 < text.size() && text[i + 1] == '\xA0') return 2;
    return 0;
}

struct Word {
    std::size_t start = 0, end = 0;
};

std::vector<Word> SplitWords(std::string_view text) {
    std::vector<Word> words;
    std::size_t i = 0;
    while (i < text.size()) {
        std::size_t n = SpaceAt(text, i);
        if (n > 0) { i += n; continue; }
        Word w{i, i};
        while (i < text.size() && SpaceAt(text, i) == 0) ++i;
        w.end = i;
        words.push_back(w);
    }
    return words;
}

// Where a link's key starts in `word` ("r=" or "invite="), and which kind; npos when the word holds none. The key
// counts at the start of the word (after opening brackets and quotes) or right after '#' or '&'.
std::size_t KeyStart(std::string_view word, LinkKind* kind) {
    std::size_t lead = 0;
    while (lead < word.size() && std::string_view("(<[{\"'").find(word[lead]) != std::string_view::npos) ++lead;
    for (std::size_t i = lead; i < word.size(); ++i) {
        if (i != lead && word[i - 1] != '#' && word[i - 1] != '&') continue;
        const std::string_view rest = word.substr(i);
        if (rest.substr(0, 2) == "r=") { *kind = LinkKind::Results; return i; }
        if (rest.substr(0, 7) == "invite=") { *kind = LinkKind::Invitation; return i; }
    }
    return std::string_view::npos;
}

// True when text[from, to) holds a line break: the next word starts a new line.
bool LineBreakBetween(std::string_view text, std::size_t from, std::size_t to) {
    return text.substr(from, to - from).find('\n') != std::string_view::npos;
}

// True for a word such as "r=hello" or "r=0.5" that only looks like a key: written on its own (not after '#' or
// '&' in an address) with a value whose first character no frame of link format 0 to 15 starts with (base64url
// 'A'..'D' carry the version byte's top bits). Such a word is "not a link", never "made by a newer version".
bool NotAFrame(std::string_view word, std::size_t key, LinkKind kind) {
    if (key > 0 && (word[key - 1] == '#' || word[key - 1] == '&')) return false;   // in an address: ours to judge
    const std::size_t value = key + (kind == LinkKind::Results ? 2 : 7);
    if (value >= word.size()) return false;   // "r=" alone: the decoder says the link is empty
    const char first = word[value];
    return first < 'A' || first > 'D';
}

// `piece`, the end of words[w], without its last '=' when a line break follows: a quoted-printable soft line break
// (RFC 2045 section 6.7), which a mail's source shows at the end of every line it wrapped. No link has '='.
std::string_view SoftBreak(std::string_view text, const std::vector<Word>& words, std::size_t w, std::string_view piece) {
    if (piece.empty() || piece.back() != '=') return piece;
    const std::size_t next = w + 1 < words.size() ? words[w + 1].start : text.size();
    if (!LineBreakBetween(text, words[w].end, next)) return piece;
    piece.remove_suffix(1);
    return piece;
}

bool AllBase64Url(std::string_view s) { return !s.empty() && std::all_of(s.begin(), s.end(), IsBase64UrlChar); }

// How many base64url characters the whole frame has, read from the start of its payload (version byte and LEB128
// length); nullopt while too little is there to tell, or when the version is not one this code reads (nothing is
// then joined: the decoder explains).
std::optional<std::size_t> ExpectedChars(std::string_view payload, int version) {
    const std::size_t usable = std::min<std::size_t>(payload.size(), 12) / 4 * 4;
    if (usable == 0 || !AllBase64Url(payload.substr(0, usable))) return std::nullopt;
    const Base64Decode d = Base64UrlDecode(payload.substr(0, usable));
    if (d.error != Base64Error::None || d.bytes.empty() || d.bytes[0] != version) return std::nullopt;
    Reader header{d.bytes.data(), d.bytes.size(), 1};
    const std::uint32_t body = header.Varint();
    if (header.failed || body > kMaxBody) return std::nullopt;
    return ((header.pos + body + 4) * 8 + 5) / 6;
}

// The benchmark part of an invitation in the rest of its word, as "&b=<payload>" ("" when there is none): the
// payload runs to the next '&', without what a sentence puts after a link. Not joined when wrapped: a benchmark
// part cut by a mail program is reported as incomplete, and the invitation opens without it.
std::string BenchmarkPartOf(std::string_view rest) {
    const std::size_t at = rest.find("&b=");
    if (at == std::string_view::npos) return std::string();
    std::string_view value = rest.substr(at + 3);
    return "&b=" + std::string(TrimLinkTail(value.substr(0, value.find('&'))));
}

} // namespace

PastedLinks FindLinks(std::string_view text) {
    PastedLinks found;
    const std::vector<Word> words = SplitWords(text);
    std::size_t other_start = std::string_view::npos, other_end = 0;
    auto flush_other = [&]() {
        if (other_start != std::string_view::npos) found.other.emplace_back(text.substr(other_start, other_end - other_start));
        other_start = std::string_view::npos;
    };
    LinkKind ignored = LinkKind::Unknown;
    for (std::size_t w = 0; w < words.size(); ++w) {
        const std::string_view word = text.substr(words[w].start, words[w].end - words[w].start);
        LinkKind kind = LinkKind::Unknown;
        const std::size_t key = KeyStart(word, &kind);
        if (key == std::string_view::npos || NotAFrame(word, key, kind)) {
            if (other_start == std::string_view::npos) other_start = words[w].start;
            other_end = words[w].end;
            continue;
        }
        flush_other();
        const LinkSyntax& syntax = kind == LinkKind::Results ? kResultsSyntax : kInviteSyntax;
        std::string_view rest = word.substr(key + syntax.key.size() + 1);
        // Quoted-printable, as a mail's source shows it (RFC 2045 section 6.7): '=' ends each wrapped line, and the
        // key's '=' is written "=3D" (a version-1 frame starts with 'A', so "3DA" cannot start one).
        if (rest.find('&') == std::string_view::npos) rest = SoftBreak(text, words, w, rest);
        std::string bench = kind == LinkKind::Invitation ? BenchmarkPartOf(rest) : std::string();   // "&b=..." travels with it
        rest = rest.substr(0, rest.find('&'));   // other keys of the fragment are not ours
        if (rest.size() > 2 && rest.substr(0, 3) == "3DA") rest.remove_prefix(2);
        std::string payload(TrimLinkTail(rest));
        // Join what a mail program wrapped: whole words of base64url characters, while the frame still misses some.
        while (w + 1 < words.size()) {
            const std::optional<std::size_t> need = ExpectedChars(payload, syntax.version);
            if (need ? payload.size() >= *need : payload.size() >= 12) break;
            std::size_t n = w + 1;
            std::string_view next = text.substr(words[n].start, words[n].end - words[n].start);
            // A reply quotes every line it repeats with '>' ("> ", ">> ", or glued: ">AbC"): after a line break,
            // those marks belong to the mail program, not to the link.
            if (LineBreakBetween(text, words[w].end, words[n].start)) {
                bool line_ends = false;
                while (next.find_first_not_of('>') == std::string_view::npos) {   // "> > ": words of quote marks only
                    if (n + 1 >= words.size() || LineBreakBetween(text, words[n].end, words[n + 1].start)) { line_ends = true; break; }
                    ++n;
                    next = text.substr(words[n].start, words[n].end - words[n].start);
                }
                if (line_ends) break;
                next.remove_prefix(next.find_first_not_of('>'));
            }
            next = SoftBreak(text, words, n, next);
            const std::string_view piece = TrimLinkTail(next);
            if (kind == LinkKind::Invitation && bench.empty() && piece.find('&') != std::string_view::npos &&
                AllBase64Url(piece.substr(0, piece.find('&'))) && KeyStart(next, &ignored) == std::string_view::npos) {
                bench = BenchmarkPartOf(piece);   // the invitation's last wrapped piece, with its benchmark part
                if (!bench.empty()) { payload += piece.substr(0, piece.find('&')); w = n; }
                break;
            }
            if (!AllBase64Url(piece) || KeyStart(next, &ignored) != std::string_view::npos) break;
            if (need && payload.size() + piece.size() > *need) break;   // longer than what is missing: a word, not a piece
            // While the length cannot be read yet, join only what can start a frame this code reads: version 1 is
            // the byte 0x01, whose base64url form starts with 'A' (a word such as "and" cannot).
            if (!need && (payload.empty() ? piece.front() : payload.front()) != 'A') break;
            payload += piece;
            w = n;
            if (piece.size() != next.size()) break;   // the piece ended a sentence: the link ends here too
        }
        found.links.push_back({kind, std::string(syntax.key) + "=" + payload + bench, static_cast<std::size_t>(word.data() - text.data())});
    }
    flush_other();
    return found;
}

Issues CheckInvitation(const Invitation& invitation) {
    Issues issues;
    if (!IsValidId(invitation.questionnaire, kIdMax, false))
        issues.push_back(LinkIssue("invite.questionnaire", "/questionnaire",
                                   invitation.questionnaire.empty()
                                       ? "choose the questionnaire the invitation is for (b2b, b2c, public or a custom id)"
                                       : "\"" + CleanText(invitation.questionnaire, 40, false) +
                                             "\" is not a questionnaire id: up to 32 lowercase letters, digits, '-' and '_'"));
    if (!invitation.questionnaire_hash.empty() && !IsHash64(invitation.questionnaire_hash))
        issues.push_back(LinkIssue("invite.hash", "/questionnaire_hash", "the questionnaire hash must be 16 hex digits, as `systemic validate` shows it"));
    for (const InviteField& f : kInviteFields) {
        const TextProblem p = CheckText(invitation.*f.member, f.max_chars, f.allow_newline);
        if (p == TextProblem::Invalid)
            issues.push_back(LinkIssue("invite.invalid_text", f.path, std::string(f.label) + " is not valid UTF-8 text; broken characters would be replaced"));
        else if (p == TextProblem::TooLong)
            issues.push_back(LinkIssue("invite.too_long", f.path, std::string(f.label) + " is longer than " + std::to_string(f.max_chars) +
                                                                  " characters; shorten it, or the link cuts it off"));
        else if (p == TextProblem::Control) {
            Issue issue = LinkIssue("invite.control_character", f.path, std::string(f.label) + " contains tabs or line breaks; the link turns them into spaces");
            issue.severity = Severity::Warning;
            issues.push_back(std::move(issue));
        }
    }
    Issue contact = LinkIssue("", "/contact", "");
    contact.severity = Severity::Warning;
    if (invitation.contact.empty()) {
        contact.code = "invite.no_contact";
        contact.message = "no contact given: respondents will not know where to send their results";
        issues.push_back(contact);
    } else if (!LooksLikeEmail(invitation.contact) && !LooksLikePhone(invitation.contact)) {
        contact.code = "invite.contact_format";
        contact.message = "the contact looks like neither an e-mail address nor a phone number";
        issues.push_back(contact);
    }
    return issues;
}

std::string EncodeInvitation(const Invitation& invitation) {
    Bytes body;
    const bool has_hash = IsHash64(invitation.questionnaire_hash);
    body.push_back(static_cast<std::uint8_t>((invitation.mode == Mode::Quick ? kInviteFlagQuick : 0u) | (has_hash ? kInviteFlagHash : 0u)));
    const std::string id = CleanId(invitation.questionnaire);
    body.push_back(static_cast<std::uint8_t>(id.size()));
    body.insert(body.end(), id.begin(), id.end());
    if (has_hash) {
        std::uint64_t h = 0;
        for (const char c : invitation.questionnaire_hash) h = (h << 4) | static_cast<std::uint64_t>(HexDigit(c));
        PutUint(body, h, 8);
    }
    for (const InviteField& f : kInviteFields) PutText(body, CleanText(invitation.*f.member, f.max_chars, f.allow_newline));
    return CloseLink(kInviteSyntax.key, kInvitationLinkVersion, body);
}

InvitationDecode DecodeInvitation(std::string_view text) {
    InvitationDecode decode;
    const Opened opened = OpenLink(text, kInviteSyntax, decode.issues);
    if (!opened.ok) return decode;
    Reader rd{opened.bytes.data() + opened.body, opened.body_size};
    const char* what = kInviteSyntax.what;

    Invitation inv;
    const std::uint32_t flags = rd.Byte();
    inv.mode = (flags & kInviteFlagQuick) ? Mode::Quick : Mode::Full;
    inv.questionnaire = rd.Text(rd.Byte());
    if (flags & kInviteFlagHash) inv.questionnaire_hash = Hex(rd.Uint(8), 16);
    for (const InviteField& f : kInviteFields) inv.*f.member = rd.Text(rd.Varint());
    if (rd.failed || rd.Left() != 0) {
        decode.issues.push_back(LinkIssue("link.bad_value", "", std::string("the parts of the invitation do not fit together") + NotOurs(what)));
        return decode;
    }
    if ((flags & ~(kInviteFlagQuick | kInviteFlagHash)) != 0) {
        decode.issues.push_back(LinkIssue("link.bad_value", "/flags", "the invitation sets options this version does not know" + NotOurs(what)));
        return decode;
    }
    if (!IsValidId(inv.questionnaire, kIdMax, false)) {
        decode.issues.push_back(LinkIssue("link.bad_value", "/questionnaire", "the invitation does not name a valid questionnaire" + NotOurs(what)));
        return decode;
    }
    for (const InviteField& f : kInviteFields) {
        const TextProblem p = CheckText(inv.*f.member, f.max_chars, f.allow_newline);
        if (p == TextProblem::None) continue;
        decode.issues.push_back(LinkIssue("link.bad_value", f.path, std::string(f.label) + " " + TextProblemWords(p) + NotOurs(what)));
        return decode;
    }
    decode.invitation = std::move(inv);
    return decode;
}

//-------------------------------------------------------------------------------------------------------------
// [SECTION] Results links
//-------------------------------------------------------------------------------------------------------------

namespace {

// The code of one answer: 0 unanswered, 1 don't know, 2 not applicable, 3 + (today - 1) * 6 + target.
// Anything the code cannot hold (no level on an answered question, levels out of range) travels as unanswered.
unsigned AnswerCode(const Answer* a) {
    if (!a) return 0;
    switch (a->status) {
    case AnswerStatus::DontKnow: return 1;
    case AnswerStatus::NotApplicable: return 2;
    case AnswerStatus::Answered:
        if (a->today < 1 || a->today > kLevelCount) return 0;
        return 3u + static_cast<unsigned>(a->today - 1) * 6u + static_cast<unsigned>(a->target >= 0 && a->target <= kLevelCount ? a->target : 0);
    case AnswerStatus::Unanswered: break;
    }
    return 0;
}

Answer AnswerOfCode(const std::string& question, unsigned code) {
    Answer a;
    a.question = question;
    if (code == 1) a.status = AnswerStatus::DontKnow;
    else if (code == 2) a.status = AnswerStatus::NotApplicable;
    else if (code >= 3) {
        a.status = AnswerStatus::Answered;
        a.today = static_cast<int>((code - 3) / 6) + 1;
        a.target = static_cast<int>((code - 3) % 6);
    }
    return a;
}

bool DecodedAnswerEquals(const Answer* a, unsigned code) {   // would the link give back exactly these levels and status?
    if (!a) return code == 0;
    const Answer back = AnswerOfCode(a->question, code);
    return back.status == a->status && back.today == a->today && back.target == a->target;
}

// The questions a results link carries, as indices into q.questions, and whether only the quick ones are carried:
// a quick scan with nothing outside it sends only its own answers, which keeps its link short.
std::vector<int> CarriedQuestions(const Questionnaire& q, const Result& r, bool* quick_only) {
    std::vector<int> all, quick;
    bool outside_quick = false;
    for (int i = 0; i < static_cast<int>(q.questions.size()); ++i) {
        all.push_back(i);
        if (q.questions[i].quick) quick.push_back(i);
        else if (AnswerCode(FindAnswer(r, q, i)) != 0) outside_quick = true;
    }
    *quick_only = r.mode == Mode::Quick && !outside_quick;
    return *quick_only ? quick : all;
}

// Area points in questionnaire area order, 0..100; false when the result has none for this questionnaire's areas.
bool LinkPoints(const Questionnaire& q, const Result& r, std::vector<unsigned>* points, bool* changed) {
    points->assign(q.areas.size(), 0);
    bool any = false;
    *changed = false;
    for (const AreaPoints& p : r.area_points) {
        const int area = q.FindArea(p.area);
        if (area < 0) { *changed = true; continue; }
        any = true;
        const int clamped = std::max(0, std::min(100, p.points));
        if (clamped != p.points) *changed = true;
        (*points)[static_cast<std::size_t>(area)] = static_cast<unsigned>(clamped);
    }
    return any;
}

} // namespace

Issues CheckResultLink(const Questionnaire& q, const Result& r) {
    Issues issues;
    const auto warn = [&](const char* code, std::string path, std::string message) {
        Issue issue = LinkIssue(code, std::move(path), std::move(message));
        issue.severity = Severity::Warning;
        issues.push_back(std::move(issue));
    };
    int notes = 0, stray = 0;
    std::string first_stray;
    bool quick_only = false;
    const std::vector<int> carried = CarriedQuestions(q, r, &quick_only);
    std::vector<bool> is_carried(q.questions.size(), false);
    for (const int i : carried) is_carried[static_cast<std::size_t>(i)] = true;
    for (int i = 0; i < static_cast<int>(q.questions.size()); ++i) {
        const Answer* a = FindAnswer(r, q, i);
        if (!a) continue;
        if (!a->note.empty()) ++notes;
        const bool kept = is_carried[static_cast<std::size_t>(i)] ? DecodedAnswerEquals(a, AnswerCode(a))
                                                                  : a->today == 0 && a->target == 0 && a->status == AnswerStatus::Unanswered;
        if (!kept) { if (stray++ == 0) first_stray = a->question; }
    }
    if (notes > 0)
        warn("link.notes_dropped", "/answers", Plural(notes, "note is", "notes are") +
             " not included in the link (free text would make it too long): download the results file to share notes");
    if (stray > 0)
        warn("link.levels_dropped", "/answers/" + first_stray, Plural(stray, "answer keeps", "answers keep") +
             " levels that are not part of its answer (for example a level on a question marked don't know); the link leaves them out");
    if (CheckText(r.respondent.organisation, kLinkOrganisationMax, false) != TextProblem::None)
        warn("link.text_changed", "/respondent/organisation", "the organisation is shortened to " + std::to_string(kLinkOrganisationMax) +
             " characters, or has characters a link cannot carry, which are replaced");
    if (CheckText(r.respondent.name, kLinkNameMax, false) != TextProblem::None)
        warn("link.text_changed", "/respondent/name", "the name is shortened to " + std::to_string(kLinkNameMax) +
             " characters, or has characters a link cannot carry, which are replaced");
    std::vector<unsigned> points;
    bool points_changed = false;
    LinkPoints(q, r, &points, &points_changed);
    if (points_changed)
        warn("link.points_changed", "/area_points", "some area points are outside 0..100 or for areas this questionnaire does not have; the link carries them corrected");
    if (ResultDay(r) == kNoDate && !(r.updated.empty() && r.created.empty()))
        warn("link.date_dropped", r.updated.empty() ? "/created" : "/updated", "the date \"" + CleanText(r.updated.empty() ? r.created : r.updated, 40, false) +
             "\" is not a date from 2000 on in the form YYYY-MM-DD; the link carries no date");
    return issues;
}

std::string EncodeResultLink(const Questionnaire& q, const Result& r) {
    bool quick_only = false;
    const std::vector<int> carried = CarriedQuestions(q, r, &quick_only);
    std::vector<unsigned> points;
    bool points_changed = false;
    const bool has_points = LinkPoints(q, r, &points, &points_changed);
    const std::string organisation = CleanText(r.respondent.organisation, kLinkOrganisationMax, false);
    const std::string name = CleanText(r.respondent.name, kLinkNameMax, false);
    const int role = static_cast<int>(r.respondent.role);

    Bytes body;
    unsigned flags = (r.mode == Mode::Quick ? kFlagQuick : 0u) | (quick_only ? kFlagQuickOnly : 0u) | (has_points ? kFlagPoints : 0u) |
                     (organisation.empty() ? 0u : kFlagOrganisation) | (name.empty() ? 0u : kFlagName);
    if (role > 0 && role <= kRoleCount) flags |= static_cast<unsigned>(role) << kRoleShift;
    body.push_back(static_cast<std::uint8_t>(flags));
    const std::string id = q.id.substr(0, 255);
    body.push_back(static_cast<std::uint8_t>(id.size()));
    body.insert(body.end(), id.begin(), id.end());
    PutUint(body, Hash32(q.hash), 4);
    PutVarint(body, static_cast<std::uint32_t>(std::max(0, q.version)));
    PutUint(body, ResultDay(r), 2);
    if (!organisation.empty()) PutText(body, organisation);
    if (!name.empty()) PutText(body, name);

    std::vector<unsigned> digits, radices;
    if (has_points) {
        digits = points;
        radices.assign(points.size(), kPointsRadix);
    }
    for (const int i : carried) {
        digits.push_back(AnswerCode(FindAnswer(r, q, i)));
        radices.push_back(kAnswerRadix);
    }
    PutPacked(body, digits, radices);
    return CloseLink(kResultsSyntax.key, kResultLinkVersion, body);
}

ResultLinkDecode DecodeResultLink(std::string_view text, const std::vector<const Questionnaire*>& known) {
    ResultLinkDecode decode;
    const Opened opened = OpenLink(text, kResultsSyntax, decode.issues);
    if (!opened.ok) return decode;
    const char* what = kResultsSyntax.what;
    const auto bad = [&](std::string path, std::string message) {
        decode.issues.push_back(LinkIssue("link.bad_value", std::move(path), std::move(message) + NotOurs(what)));
        return decode;
    };

    Reader rd{opened.bytes.data() + opened.body, opened.body_size};
    const std::uint32_t flags = rd.Byte();
    const std::string id = rd.Text(rd.Byte());
    const std::uint32_t hash32 = static_cast<std::uint32_t>(rd.Uint(4));
    const std::uint32_t version = rd.Varint();
    const std::uint32_t day = static_cast<std::uint32_t>(rd.Uint(2));
    const std::string organisation = (flags & kFlagOrganisation) ? rd.Text(rd.Varint()) : std::string();
    const std::string name = (flags & kFlagName) ? rd.Text(rd.Varint()) : std::string();
    if (rd.failed) return bad("", "the parts of the results link do not fit together");
    if (id.empty() || id.size() > kIdMax || !std::all_of(id.begin(), id.end(), [](char c) { return c > ' ' && c < 0x7F; }))
        return bad("/questionnaire/id", "the link does not name a valid questionnaire");
    if (version > kMaxQuestionnaireVersion) return bad("/questionnaire/version", "the questionnaire version " + std::to_string(version) + " is out of range");
    decode.questionnaire_id = id;
    decode.questionnaire_version = static_cast<int>(version);

    // Which of the known questionnaires: the same id, and the same content (hash) since answers are positional.
    int same_id = -1;
    for (int k = 0; k < static_cast<int>(known.size()); ++k) {
        const Questionnaire* candidate = known[static_cast<std::size_t>(k)];
        if (!candidate || candidate->id != id) continue;
        if (same_id < 0) same_id = k;
        if (Hash32(candidate->hash) == hash32) { decode.questionnaire = k; break; }
    }
    if (same_id < 0) {
        std::string have;
        for (const Questionnaire* candidate : known)
            if (candidate) have += (have.empty() ? "" : ", ") + candidate->id;
        decode.issues.push_back(LinkIssue("link.unknown_questionnaire", "/questionnaire/id",
            "this link holds results for questionnaire \"" + id + "\" (version " + std::to_string(version) + "), which is not loaded here" +
            (have.empty() ? std::string() : " (loaded: " + have + ")") + ": load that questionnaire first, then open the link again"));
        return decode;
    }
    if (decode.questionnaire < 0) {
        const Questionnaire& here = *known[static_cast<std::size_t>(same_id)];
        const std::string versions = static_cast<int>(version) == here.version
            ? "both say version " + std::to_string(version) + ", but their contents differ"
            : "version " + std::to_string(version) + " in the link, version " + std::to_string(here.version) + " here";
        decode.issues.push_back(LinkIssue("link.other_questionnaire_version", "/questionnaire/hash",
            "this link was made with another version of questionnaire \"" + id + "\" (" + versions + "). The questionnaire has changed "
            "since, so the answers in the link cannot be matched to its questions: open the link with the version it was made with, "
            "or ask for the results file (JSON), which carries answers over question by question"));
        return decode;
    }
    const Questionnaire& q = *known[static_cast<std::size_t>(decode.questionnaire)];

    const unsigned role = flags >> kRoleShift;
    if (role > static_cast<unsigned>(kRoleCount)) return bad("/respondent/role", "the respondent's role is " + std::to_string(role) + ", and there are only " + std::to_string(kRoleCount));
    if ((flags & kFlagQuickOnly) && !(flags & kFlagQuick)) return bad("/mode", "the link holds only quick-scan answers for a full assessment");
    const TextProblem org_problem = CheckText(organisation, kLinkOrganisationMax, false);
    if (org_problem != TextProblem::None) return bad("/respondent/organisation", std::string("the organisation ") + TextProblemWords(org_problem));
    const TextProblem name_problem = CheckText(name, kLinkNameMax, false);
    if (name_problem != TextProblem::None) return bad("/respondent/name", std::string("the name ") + TextProblemWords(name_problem));

    std::vector<int> carried;
    for (int i = 0; i < static_cast<int>(q.questions.size()); ++i)
        if (!(flags & kFlagQuickOnly) || q.questions[i].quick) carried.push_back(i);
    std::vector<unsigned> radices;
    if (flags & kFlagPoints) radices.assign(q.areas.size(), kPointsRadix);
    radices.insert(radices.end(), carried.size(), kAnswerRadix);
    const std::size_t width = PackedWidth(radices);
    if (rd.Left() != width)
        return bad("/answers", "the answers take " + std::to_string(rd.Left()) + " bytes where this questionnaire needs " + std::to_string(width));
    std::vector<unsigned> digits;
    if (!GetPacked(opened.bytes.data() + opened.body + rd.pos, width, radices, &digits)) return bad("/answers", "the packed answers are out of range");

    Result r = NewResult(q);
    r.mode = (flags & kFlagQuick) ? Mode::Quick : Mode::Full;
    r.respondent.organisation = organisation;
    r.respondent.name = name;
    r.respondent.role = static_cast<Role>(role);
    if (day != kNoDate) r.created = r.updated = IsoDate(day);   // the link keeps one date: the last change
    std::size_t d = 0;
    if (flags & kFlagPoints)
        for (std::size_t a = 0; a < q.areas.size(); ++a) r.area_points.push_back({q.areas[a].id, static_cast<int>(digits[d++])});
    for (const int i : carried) r.answers[static_cast<std::size_t>(i)] = AnswerOfCode(q.questions[static_cast<std::size_t>(i)].id, digits[d++]);
    decode.result = std::move(r);
    return decode;
}

//-------------------------------------------------------------------------------------------------------------
// [SECTION] Benchmark part of an invitation link
//-------------------------------------------------------------------------------------------------------------

namespace {

const LinkSyntax kBenchmarkSyntax = {
    "b", "-", "benchmark part of the invitation link", "", kInviteBenchmarkVersion};

constexpr unsigned kHalfPercentMax = 200;   // 100 % in half percents

// The high 16 bits of the CRC-32 of q's area ids joined by '\n': the part's areas are positional, so a page whose
// questionnaire has other areas (or the same in another order) must not read them.
std::uint32_t AreasCheck(const Questionnaire& q) {
    std::string ids;
    for (std::size_t a = 0; a < q.areas.size(); ++a) ids += (a ? "\n" : "") + q.areas[a].id;
    return Crc32(reinterpret_cast<const std::uint8_t*>(ids.data()), ids.size()) >> 16;
}

// A published percent (0..100, 2 decimals) to the nearest half percent, half away from zero. Exact: x.25 and x.75
// are binary fractions, so native and wasm builds agree.
unsigned HalfPercents(double percent) {
    const double h = std::floor(std::min(100.0, std::max(0.0, percent)) * 2.0 + 0.5);
    return static_cast<unsigned>(h);
}

void PutStat(Bytes& out, const BenchmarkStat* s) {
    const bool figures = s && !s->withheld && s->n >= kBenchmarkMinimum;
    const std::uint32_t n = s ? static_cast<std::uint32_t>(std::max(0, s->n)) : 0u;
    PutVarint(out, n * 2u + (figures ? 1u : 0u));
    if (!figures) return;
    // Rounding is monotone, so q25 <= median <= q75 still holds.
    out.push_back(static_cast<std::uint8_t>(HalfPercents(s->q.q25)));
    out.push_back(static_cast<std::uint8_t>(HalfPercents(s->q.median)));
    out.push_back(static_cast<std::uint8_t>(HalfPercents(s->q.q75)));
}

const BenchmarkStat* FindStat(const std::vector<BenchmarkStat>& stats, const std::string& id) {
    for (const BenchmarkStat& s : stats)
        if (s.id == id) return &s;
    return nullptr;
}

// One STAT; false when its contents are impossible (figures on fewer than 5, out of order, above 100 %).
bool GetStat(Reader& rd, int total, BenchmarkStat& out) {
    const std::uint32_t v = rd.Varint();
    out.n = static_cast<int>(v / 2);
    out.withheld = (v & 1u) == 0;
    if (rd.failed || out.n > total) return false;
    if (out.withheld) return true;
    if (out.n < kBenchmarkMinimum) return false;
    const std::uint32_t q25 = rd.Byte(), median = rd.Byte(), q75 = rd.Byte();
    if (rd.failed || q75 > kHalfPercentMax || q25 > median || median > q75) return false;
    out.q.min = 0.0;
    out.q.q25 = q25 / 2.0;
    out.q.median = median / 2.0;
    out.q.q75 = q75 / 2.0;
    out.q.max = 100.0;
    return true;
}

bool HasBenchmarkPart(std::string_view text) {
    const std::string_view fragment = LinkFragment(text);
    for (std::size_t start = 0; start <= fragment.size();) {
        std::size_t end = fragment.find('&', start);
        if (end == std::string_view::npos) end = fragment.size();
        if (KeyOf(fragment.substr(start, end - start)) == kBenchmarkSyntax.key) return true;
        start = end + 1;
    }
    return false;
}

const char* kInvitationIsFine = " The invitation itself is fine: it opens without the benchmark.";

} // namespace

std::string EncodeInvitationBenchmark(const Benchmark& b, const Questionnaire& q) {
    Bytes body;
    PutVarint(body, static_cast<std::uint32_t>(std::max(0, b.questionnaire_version)));
    PutUint(body, LinkDay(b.created), 2);
    PutVarint(body, static_cast<std::uint32_t>(std::max(0, b.n)));
    PutUint(body, AreasCheck(q), 2);
    PutStat(body, &b.overall);
    PutStat(body, &b.systemic);
    for (const Area& area : q.areas) PutStat(body, FindStat(b.areas, area.id));
    return CloseLink(kBenchmarkSyntax.key, kInviteBenchmarkVersion, body);
}

std::string EncodeInvitation(const Invitation& invitation, const Benchmark& b, const Questionnaire& q) {
    return EncodeInvitation(invitation) + "&" + EncodeInvitationBenchmark(b, q);
}

InvitationBenchmarkDecode DecodeInvitationBenchmark(std::string_view text, const Questionnaire& q) {
    InvitationBenchmarkDecode decode;
    decode.present = HasBenchmarkPart(text);
    if (!decode.present) return decode;
    Issues frame;
    const Opened opened = OpenLink(text, kBenchmarkSyntax, frame);
    if (!opened.ok) {
        Issue issue = frame.empty() ? LinkIssue("link.checksum", "", "the benchmark part of the invitation link cannot be read") : frame.front();
        if (issue.code == "link.truncated" || issue.code == "link.empty") issue.code = "link.benchmark_truncated";
        else if (issue.code == "link.unknown_version") issue.code = "link.benchmark_version";
        else issue.code = "link.benchmark_damaged";   // link.checksum, link.not_base64, link.not_a_link
        issue.path = "/benchmark";
        issue.message += std::string(".") + kInvitationIsFine;
        decode.issues.push_back(std::move(issue));
        return decode;
    }
    Reader rd{opened.bytes.data() + opened.body, opened.body_size};
    Benchmark b;
    b.compact = true;
    b.questionnaire_id = q.id;
    b.questionnaire_version = static_cast<int>(rd.Varint());
    const std::uint32_t day = static_cast<std::uint32_t>(rd.Uint(2));
    b.n = static_cast<int>(rd.Varint());
    const std::uint32_t check = static_cast<std::uint32_t>(rd.Uint(2));
    const auto bad = [&](const std::string& what) {
        decode.issues.push_back(LinkIssue("link.benchmark_bad_value", "/benchmark", "the benchmark in this invitation " + what +
                                          NotOurs("benchmark") + "." + kInvitationIsFine));
        return decode;
    };
    if (rd.failed) return bad("is incomplete");
    if (check != AreasCheck(q)) {
        decode.issues.push_back(LinkIssue("link.benchmark_other_areas", "/benchmark",
            "the benchmark in this invitation was made for a questionnaire with other areas than \"" + q.id +
            "\" on this page, so its figures cannot be matched to your areas: ask the consultant for the benchmark file." +
            std::string(kInvitationIsFine)));
        return decode;
    }
    if (b.questionnaire_version < 1 || static_cast<std::uint32_t>(b.questionnaire_version) > kMaxQuestionnaireVersion) return bad("names no questionnaire version");
    if (day == kNoDate) return bad("has no date");
    b.created = IsoDate(day);
    if (b.n < kBenchmarkMinimum) return bad("has fewer than 5 results");
    if (!GetStat(rd, b.n, b.overall) || !GetStat(rd, b.n, b.systemic)) return bad("has impossible figures");
    for (const Area& area : q.areas) {
        BenchmarkStat s;
        s.id = area.id;
        if (!GetStat(rd, b.n, s)) return bad("has impossible figures");
        if (s.n > 0 || !s.withheld) b.areas.push_back(std::move(s));   // n = 0: an area the benchmark does not have
    }
    if (rd.failed || rd.Left() != 0) return bad("has parts that do not fit together");
    decode.benchmark = std::move(b);
    return decode;
}

} // namespace systemic
