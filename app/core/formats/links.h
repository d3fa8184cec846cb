// links.h — invitation and results links: everything travels in the URL fragment, which browsers never send to a server.
// Both are small versioned binary frames guarded by a CRC-32 and written as base64url; docs/links.md has them byte by byte.
#pragma once

// ---------------------------------------------------------------------------------------------------------------
// THE FORMATS IN BRIEF (docs/links.md is the reference, with a dated format log)
//
// Fragment. "invite=<base64url>" or "r=<base64url>", no padding. Decoders also take "#...", a whole URL (the part
//   after '#'), '&'-separated extra keys, whitespace inside the base64url text (e-mail line wrapping), and the
//   punctuation a sentence puts after a link ("...#r=AbC).", see TrimLinkTail in links.cpp). FindLinks picks links
//   out of any pasted text.
// Frame. version (1 byte) | body length n (LEB128) | body (n bytes) | CRC-32 of every byte before it (4, big-endian).
//   The version byte is read first and nothing after it is interpreted when it is unknown, so a later format is
//   free to change everything else. The length tells a link cut short ("truncated") from a damaged one ("checksum").
// Invitation body. flags (quick mode, hash given) | questionnaire id | [64-bit questionnaire hash] | client |
//   consultant | contact | message; each text is LEB128 length + UTF-8.
// Results body. flags (quick mode, quick-only answers, area points, organisation, name, role) | questionnaire id |
//   first 32 bits of its hash | its version | date (days since 2000-01-01, 16 bits) | [organisation] | [name] |
//   one mixed-radix number, big-endian, holding the area points (radix 101 each, when given) and then one code per
//   question (radix 33): 0 unanswered, 1 don't know, 2 not applicable, 3 + (today - 1) * 6 + target
//   (target 0..5, 0 = not set). Answers are positional, so a link only opens with the very same questionnaire.
// Not carried: notes (free text is too long for a link: use the results file), levels kept on a question that is
//   not answered, the time of day, and text beyond the limits below.
// Benchmark part of an invitation (optional, docs/links.md §2a). "invite=<frame>&b=<frame>": a frame of its own, in
//   the same envelope (version kInviteBenchmarkVersion, length, body, CRC-32), after the invitation's unchanged
//   format-1 frame. Its own part with its own CRC, so a damaged or cut benchmark never costs the invitation: the
//   invitation opens without it and says so; a page that predates it reads the invitation and ignores "b=".
//   Body: questionnaire version (LEB128) | date (days since 2000-01-01, 16 bits) | n (LEB128) | areas check (16 bits:
//   the high half of the CRC-32 of the questionnaire's area ids joined by '\n', in order) | one STAT each for the
//   overall index, the systemic index, then every area in the questionnaire's order. STAT = LEB128 of n * 2 + f,
//   and when f = 1 three bytes: q25, median, q75 in half percents (0..200). f = 0 when fewer than 5 results had a
//   score there (kBenchmarkMinimum: figures of so few could identify a person) or the benchmark withholds it;
//   an area the benchmark does not have is n = 0. Not carried: min, max, drivers (the results screen's position
//   needs only the quartiles) and finer precision (each quartile is rounded to the nearest half percent, half
//   away from zero). For a built-in questionnaire (8 areas) the part is "&b=" + 70 characters.
// ---------------------------------------------------------------------------------------------------------------

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "formats/result_file.h"
#include "model/benchmark.h"
#include "model/issue.h"
#include "model/questionnaire.h"

namespace systemic {

constexpr int kInvitationLinkVersion = 1;           // the version byte EncodeInvitation writes
constexpr int kResultLinkVersion = 1;               // the version byte EncodeResultLink writes
constexpr int kInviteBenchmarkVersion = 1;          // the version byte of an invitation's benchmark part ("b=")
constexpr std::size_t kInviteFieldMax = 100;        // characters (code points) of client, consultant and contact
constexpr std::size_t kInviteMessageMax = 500;      // characters of the invitation's message
constexpr std::size_t kLinkOrganisationMax = 80;    // characters of the organisation in a results link
constexpr std::size_t kLinkNameMax = 60;            // characters of the respondent's name in a results link

enum class LinkKind { Unknown, Invitation, Results };

// What a consultant sends before an engagement (PRODUCT.md §1).
struct Invitation {
    std::string questionnaire;        // "b2b", "b2c", "public" or a custom id
    Mode mode = Mode::Full;
    std::string client;               // the client organisation
    std::string consultant;           // the consultant's name
    std::string contact;              // the consultant's e-mail address or phone number
    std::string message;              // a short note to the respondents, up to kInviteMessageMax characters; may hold line breaks
    std::string questionnaire_hash;   // 16 hex digits of a custom questionnaire (Questionnaire::hash), or empty
};

struct InvitationDecode {
    std::optional<Invitation> invitation;   // set when there are no Errors
    Issues issues;                          // codes "link.*", see DecodeResultLink
};

struct ResultLinkDecode {
    std::optional<Result> result;           // set when there are no Errors; answers in questionnaire order, no notes
    Issues issues;                          // one Error, code "link.*" (below)
    int questionnaire = -1;                 // index into `known` of the questionnaire the result was decoded with
    std::string questionnaire_id;           // as written in the link, once its header could be read
    int questionnaire_version = 0;          // likewise: lets the page say which questionnaire to load
};

// Links found in pasted text (an e-mail, a chat message, a text file of links), the same way in the page and on the
// command line. A link is found by its start: "r=" or "invite=" at the start of a word (after an opening bracket or
// quote) or after '#' or '&' inside one (a whole URL). Its payload runs to the next whitespace; what a sentence puts
// after a link (". , ; : ! ? ) ] > quotes") is dropped. A link cut by a mail program (a line break, CRLF or spaces
// every so many characters, each line of a reply quoted with '>') is joined: the frame's own length field says how many characters are still missing, and
// the following words are joined only while they consist of base64url characters and fit. A key written on its own
// whose value no frame of format 0..15 can start with ("r=hello", "r=0.5") is a word. Every other run of words
// is kept in `other`, to be reported as "not a link" (never decoded: a plain word is not "a newer version").
struct FoundLink {
    LinkKind kind = LinkKind::Unknown;   // Results or Invitation
    std::string text;                    // "r=..." or "invite=...": the key and its payload, wrapping removed
    std::size_t offset = 0;              // byte offset in the pasted text where the link's word starts
};
struct PastedLinks {
    std::vector<FoundLink> links;        // in the order they appear
    std::vector<std::string> other;      // each run of words between links that is not a link, as pasted (may be long: quote with Excerpt)
};
PastedLinks FindLinks(std::string_view text);              // never throws; linear in the size of the text

std::string_view LinkFragment(std::string_view text);      // trimmed; the part after '#' (empty for an address without one), else the text itself
LinkKind DetectLinkKind(std::string_view text);            // by the fragment's key ("invite=" or "r="); Unknown otherwise

Issues CheckInvitation(const Invitation& invitation);      // Errors for what EncodeInvitation would cut or replace; Warnings for a missing or odd contact
std::string EncodeInvitation(const Invitation& invitation);   // "invite=..." without '#'; overlong or invalid text cut/replaced as CheckInvitation says
InvitationDecode DecodeInvitation(std::string_view text);  // a fragment, "#fragment" or a whole URL; never throws

// The benchmark part of an invitation link (format in brief above). `b` must be a benchmark of q (same id; the caller
// checks with CheckBenchmarkFits): its stats are looked up by q's area ids. Returns "b=..." without '&'.
std::string EncodeInvitationBenchmark(const Benchmark& b, const Questionnaire& q);
// "invite=...&b=...": EncodeInvitation(invitation) and, after '&', EncodeInvitationBenchmark(b, q).
std::string EncodeInvitation(const Invitation& invitation, const Benchmark& b, const Questionnaire& q);

struct InvitationBenchmarkDecode {
    bool present = false;                   // the link has a "b=" part (so a failure is worth saying)
    std::optional<Benchmark> benchmark;     // set when present and there are no Errors: compact, q's id and area ids
    Issues issues;                          // one Error when present and unreadable (codes below)
};
// The benchmark part of an invitation link, read for the questionnaire q the invitation names (DecodeInvitation
// is unaffected by it). Codes: link.benchmark_truncated (cut short or missing), link.benchmark_damaged (a changed
// character: checksum, length, a character no link has), link.benchmark_version (a newer format of the part),
// link.benchmark_bad_value (a CRC that holds over impossible contents: figures on n < 5, quartiles out of order,
// values above 100 %), link.benchmark_other_areas (made for a questionnaire with other areas or another order).
// Each message says the invitation itself is fine. Never throws.
InvitationBenchmarkDecode DecodeInvitationBenchmark(std::string_view text, const Questionnaire& q);

Issues CheckResultLink(const Questionnaire& q, const Result& r);      // Warnings for what a link leaves out: notes, shortened names, stray levels
std::string EncodeResultLink(const Questionnaire& q, const Result& r);   // "r=..." without '#'; deterministic
// Codes: link.empty, link.wrong_kind (an invitation), link.not_base64 (line 1, column = character in `text`),
// link.truncated, link.checksum, link.unknown_version, link.unknown_questionnaire, link.other_questionnaire_version,
// link.bad_value (path names the field). Each message says what is wrong in plain words and what to do.
ResultLinkDecode DecodeResultLink(std::string_view text, const std::vector<const Questionnaire*>& known);

} // namespace systemic
