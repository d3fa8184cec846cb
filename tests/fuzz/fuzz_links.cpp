// fuzz_links.cpp — libFuzzer target: DecodeResultLink, DecodeInvitation and an invitation's benchmark part
// (DecodeInvitationBenchmark), with a round trip for every link that opens.
// Each input is tried twice: as pasted text, and as the body of a well-formed frame (version 1, its length, the input,
// its CRC-32), since random text almost never gets a checksum right and the body readers would go unexercised.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "formats/base64url.h"
#include "formats/benchmark_file.h"
#include "formats/links.h"
#include "fuzz_common.h"

using namespace systemic;
using namespace systemic::fuzz;

namespace {

bool SameInvitation(const Invitation& a, const Invitation& b) {
    return a.questionnaire == b.questionnaire && a.mode == b.mode && a.client == b.client && a.consultant == b.consultant &&
           a.contact == b.contact && a.message == b.message && a.questionnaire_hash == b.questionnaire_hash;
}

// A decoder either gives a value, or Errors with codes "link.*" and nothing else.
void CheckFailure(const Issues& issues) {
    FUZZ_CHECK(HasErrors(issues));
    for (const Issue& issue : issues) FUZZ_CHECK(issue.code.compare(0, 5, "link.") == 0);
}

// decode -> if it opens: encode -> decode again must open and give the same result.
void ResultRoundTrip(std::string_view text) {
    const std::vector<const Questionnaire*> known = BuiltinPointers();
    const ResultLinkDecode first = DecodeResultLink(text, known);
    CheckIssues(first.issues);
    if (!first.result) { CheckFailure(first.issues); return; }
    FUZZ_CHECK(first.issues.empty());
    FUZZ_CHECK(first.questionnaire >= 0 && static_cast<std::size_t>(first.questionnaire) < known.size());
    const Questionnaire& q = *known[static_cast<std::size_t>(first.questionnaire)];
    CheckResultShape(*first.result, q);
    FUZZ_CHECK(CheckResultLink(q, *first.result).empty());   // a decoded result is exactly what a link can carry

    const std::string link = EncodeResultLink(q, *first.result);
    FUZZ_CHECK(DetectLinkKind(link) == LinkKind::Results);
    const ResultLinkDecode second = DecodeResultLink(link, known);
    CheckIssues(second.issues);
    FUZZ_CHECK(second.result.has_value() && second.issues.empty() && second.questionnaire == first.questionnaire);
    FUZZ_CHECK(SameResult(*second.result, *first.result));
    FUZZ_CHECK(EncodeResultLink(q, *second.result) == link);
}

void InvitationRoundTrip(std::string_view text) {
    const InvitationDecode first = DecodeInvitation(text);
    CheckIssues(first.issues);
    if (!first.invitation) { CheckFailure(first.issues); return; }
    FUZZ_CHECK(first.issues.empty());
    FUZZ_CHECK(!HasErrors(CheckInvitation(*first.invitation)));   // a decoded invitation is exactly what a link can carry

    const std::string link = EncodeInvitation(*first.invitation);
    FUZZ_CHECK(DetectLinkKind(link) == LinkKind::Invitation);
    const InvitationDecode second = DecodeInvitation(link);
    CheckIssues(second.issues);
    FUZZ_CHECK(second.invitation.has_value() && second.issues.empty());
    FUZZ_CHECK(SameInvitation(*second.invitation, *first.invitation));
    FUZZ_CHECK(EncodeInvitation(*second.invitation) == link);
}

// The benchmark part, read for the first built-in questionnaire: a benchmark, or one "link.benchmark_*" Error; one
// that opens is compact, has no figures where n < 5, and encodes back to the same part.
void BenchmarkRoundTrip(std::string_view text) {
    const Questionnaire& q = *BuiltinPointers().front();
    const InvitationBenchmarkDecode first = DecodeInvitationBenchmark(text, q);
    CheckIssues(first.issues);
    if (!first.present) { FUZZ_CHECK(!first.benchmark && first.issues.empty()); return; }
    if (!first.benchmark) {
        FUZZ_CHECK(first.issues.size() == 1 && first.issues[0].code.compare(0, 15, "link.benchmark_") == 0);
        return;
    }
    const Benchmark& b = *first.benchmark;
    FUZZ_CHECK(b.compact && b.n >= kBenchmarkMinimum && b.drivers.empty());
    for (const BenchmarkStat& s : b.areas) FUZZ_CHECK(s.withheld || (s.n >= kBenchmarkMinimum && s.q.q25 <= s.q.median && s.q.median <= s.q.q75));
    FUZZ_CHECK(LoadBenchmark(SaveBenchmark(b)).benchmark.has_value());   // stored like a file, read back
    const std::string part = EncodeInvitationBenchmark(b, q);
    const InvitationBenchmarkDecode second = DecodeInvitationBenchmark("invite=x&" + part, q);
    FUZZ_CHECK(second.benchmark.has_value() && SaveBenchmark(*second.benchmark) == SaveBenchmark(b));
}

// "key=" + base64url of version 1 | LEB128 length | body | CRC-32 (big-endian), as links.h describes the frame.
std::string Frame(const char* key, const std::uint8_t* body, std::size_t size) {
    Bytes frame{1};
    for (std::size_t n = size; ; n >>= 7) {
        frame.push_back(static_cast<std::uint8_t>((n & 0x7Fu) | (n >= 0x80 ? 0x80u : 0u)));
        if (n < 0x80) break;
    }
    frame.insert(frame.end(), body, body + size);
    const std::uint32_t crc = Crc32(frame.data(), frame.size());
    for (int shift = 24; shift >= 0; shift -= 8) frame.push_back(static_cast<std::uint8_t>(crc >> shift));
    return std::string(key) + "=" + Base64UrlEncode(frame);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    ResultRoundTrip(text);
    InvitationRoundTrip(text);
    (void)DetectLinkKind(text);
    (void)LinkFragment(text);

    ResultRoundTrip(Frame("r", data, size));
    InvitationRoundTrip(Frame("invite", data, size));
    BenchmarkRoundTrip(text);
    BenchmarkRoundTrip("invite=x&" + Frame("b", data, size));
    return 0;
}
