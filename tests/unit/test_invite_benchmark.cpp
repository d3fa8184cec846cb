// test_invite_benchmark.cpp — the benchmark an invitation link can carry ("invite=...&b=...", formats/links.h,
// docs/links.md §2a): round trips, today's invitation links unchanged byte for byte, every kind of damage to the
// benchmark part refused with its own code while the invitation still opens, scores of fewer than 5 carried as a
// count only, the part's length, pasted links keeping it, and the compact benchmark file it is stored as.
#include <doctest/doctest.h>

#include <cstdint>
#include <string>
#include <vector>

#include "formats/base64url.h"
#include "formats/benchmark_file.h"
#include "formats/builtin.h"
#include "formats/links.h"
#include "reports/invitation_page.h"
#include "rules/benchmark.h"
#include "scoring_fixtures.h"

// These tests run without exceptions (tests/unit/main.cpp), so a failed REQUIRE carries on: leave by hand.
#define REQUIRE_OR_RETURN(...) do { REQUIRE(__VA_ARGS__); if (!(__VA_ARGS__)) return; } while (false)

using namespace systemic;
using namespace systemic::test;

namespace {

Questionnaire Builtin(const char* id) {
    QuestionnaireLoad load = LoadQuestionnaire(FindBuiltinQuestionnaire(id));
    REQUIRE_MESSAGE(load.questionnaire.has_value(), "built-in questionnaire " << id << " does not load");
    return load.questionnaire ? *load.questionnaire : Questionnaire();
}

BenchmarkStat Stat(const std::string& id, int n, double q25, double median, double q75) {
    BenchmarkStat s;
    s.id = id;
    s.n = n;
    s.withheld = n < kBenchmarkMinimum;
    if (!s.withheld) s.q = Quantiles{q25 - 10.0 >= 0 ? q25 - 10.0 : 0.0, q25, median, q75, q75 + 5.0 <= 100 ? q75 + 5.0 : 100.0};
    return s;
}

// A benchmark of q with every area, the first with 3 results (withheld), the second absent, drivers present.
Benchmark SampleBenchmark(const Questionnaire& q) {
    Benchmark b;
    b.questionnaire_id = q.id;
    b.questionnaire_version = q.version;
    b.created = "2026-12-01";
    b.n = 12;
    b.overall = Stat("", 12, 30.25, 41.7, 60.0);
    b.systemic = Stat("", 12, 20.0, 33.33, 47.75);
    for (std::size_t a = 0; a < q.areas.size(); ++a) {
        if (a == 1) continue;
        b.areas.push_back(a == 0 ? Stat(q.areas[a].id, 3, 0, 0, 0) : Stat(q.areas[a].id, 12 - static_cast<int>(a % 3), 10.0 * a, 10.0 * a + 5.5, 10.0 * a + 12.49));
    }
    b.drivers.push_back(Stat("some-driver", 12, 1, 2, 3));
    return b;
}

Invitation SampleInvitation() {
    Invitation inv;
    inv.questionnaire = "b2b";
    inv.mode = Mode::Quick;
    inv.client = "Harbour Street Bakery";
    inv.consultant = "Sam Adviser";
    inv.contact = "sam@example.org";
    inv.message = "Ten minutes, please: answers stay on your device.";
    return inv;
}

// A benchmark part "b=..." around a hand-made body, with a CRC-32 that holds (contents no encoder writes).
std::string HandPart(const Bytes& body, int version = 1) {
    Bytes frame;
    frame.push_back(static_cast<std::uint8_t>(version));
    frame.push_back(static_cast<std::uint8_t>(body.size()));
    for (const std::uint8_t b : body) frame.push_back(b);
    const std::uint32_t crc = Crc32(frame.data(), frame.size());
    for (int i = 3; i >= 0; --i) frame.push_back(static_cast<std::uint8_t>(crc >> (8 * i)));
    return "b=" + Base64UrlEncode(frame);
}

// The body header of a benchmark part for q: version 2, 2026-12-01 (9831 days since 2000), n = 12, q's areas check.
Bytes HandHeader(const Questionnaire& q) {
    const std::string real = EncodeInvitationBenchmark(SampleBenchmark(q), q);
    const Base64Decode d = Base64UrlDecode(real.substr(2));
    return Bytes(d.bytes.begin() + 2, d.bytes.begin() + 2 + 6);   // after version and length: 1 + 2 + 1 + 2 bytes
}

std::string FirstCode(const InvitationBenchmarkDecode& d) { return d.issues.empty() ? std::string("none") : d.issues.front().code; }

} // namespace

TEST_CASE("invite benchmark: round trip, quartiles to the half percent, n < 5 carried as a count only") {
    const Questionnaire q = Builtin("b2b");
    const Benchmark b = SampleBenchmark(q);
    const Invitation inv = SampleInvitation();
    const std::string link = EncodeInvitation(inv, b, q);
    INFO(link);
    REQUIRE_OR_RETURN(link.rfind(EncodeInvitation(inv) + "&b=", 0) == 0);   // today's frame, unchanged, then the part

    const InvitationDecode inv_back = DecodeInvitation("https://example.org/systemic.html#" + link);
    REQUIRE_OR_RETURN(inv_back.invitation.has_value());
    CHECK(inv_back.issues.empty());
    CHECK(inv_back.invitation->client == inv.client);

    const InvitationBenchmarkDecode d = DecodeInvitationBenchmark("https://example.org/systemic.html#" + link, q);
    CHECK(d.present);
    CHECK(d.issues.empty());
    REQUIRE_OR_RETURN(d.benchmark.has_value());
    const Benchmark& got = *d.benchmark;
    CHECK(got.compact);
    CHECK(got.questionnaire_id == "b2b");
    CHECK(got.questionnaire_version == q.version);
    CHECK(got.created == "2026-12-01");
    CHECK(got.n == 12);
    CHECK(got.drivers.empty());                       // not carried
    CHECK(got.overall.q.q25 == 30.5);                 // 30.25 rounds half away from zero to the half percent
    CHECK(got.overall.q.median == 41.5);              // 41.7
    CHECK(got.overall.q.q75 == 60.0);
    CHECK(got.systemic.q.median == 33.5);             // 33.33
    CHECK(got.systemic.q.q75 == 48.0);                // 47.75
    REQUIRE_OR_RETURN(got.areas.size() == q.areas.size() - 1);   // the area the benchmark does not have is not made up
    CHECK(got.areas[0].id == q.areas[0].id);
    CHECK(got.areas[0].n == 3);
    CHECK(got.areas[0].withheld);                     // n < 5: its count only, no figures
    CHECK(got.areas[1].id == q.areas[2].id);
    CHECK(got.areas[1].q.q75 == 32.5);                // 32.49
    for (const BenchmarkStat& s : got.areas) CHECK((s.withheld || (s.q.q25 <= s.q.median && s.q.median <= s.q.q75)));
    // Positions read the same as with the full benchmark wherever a score is not within a quarter percent of a quartile.
    for (double percent : {0.0, 12.5, 29.0, 35.0, 45.0, 59.5, 61.0, 100.0})
        CHECK(QuartilePosition(percent, got.overall.q) == QuartilePosition(percent, b.overall.q));

    // A compact benchmark is stored like any opened benchmark file, and reads back the same: no min, no max, no drivers.
    const std::string stored = SaveBenchmark(got);
    CHECK(stored.find("\"compact\": true") != std::string::npos);
    CHECK(stored.find("\"min\"") == std::string::npos);
    CHECK(stored.find("\"max\"") == std::string::npos);
    const BenchmarkLoad load = LoadBenchmark(stored);
    CHECK(load.issues.empty());
    REQUIRE_OR_RETURN(load.benchmark.has_value());
    CHECK(SaveBenchmark(*load.benchmark) == stored);
    CHECK(load.benchmark->compact);
    // And it goes into another invitation exactly as it came.
    CHECK(EncodeInvitationBenchmark(*load.benchmark, q) == EncodeInvitationBenchmark(b, q));
}

TEST_CASE("invite benchmark: today's invitation links read exactly as before; a link without the part has none") {
    const Questionnaire q = Builtin("b2b");
    const std::string golden = ReadFixture("links/invitation-example.txt");
    CHECK(EncodeInvitation(SampleInvitation()) + "\n" == golden);        // format 1, byte for byte
    const InvitationDecode d = DecodeInvitation(golden);
    CHECK(d.issues.empty());
    REQUIRE_OR_RETURN(d.invitation.has_value());
    CHECK(d.invitation->message == SampleInvitation().message);
    const InvitationBenchmarkDecode none = DecodeInvitationBenchmark(golden, q);
    CHECK_FALSE(none.present);
    CHECK_FALSE(none.benchmark.has_value());
    CHECK(none.issues.empty());
    // The golden link with a benchmark pins the part's format.
    const std::string with = ReadFixture("links/invitation-benchmark-example.txt");
    CHECK(EncodeInvitation(SampleInvitation(), SampleBenchmark(q), q) + "\n" == with);
    CHECK(with.rfind(golden.substr(0, golden.size() - 1) + "&b=", 0) == 0);
}

TEST_CASE("invite benchmark: the part's length, well under 100 characters for a built-in questionnaire") {
    for (const char* id : {"b2b", "b2c", "public"}) {
        const Questionnaire q = Builtin(id);
        Benchmark b = SampleBenchmark(q);
        b.areas.clear();
        for (const Area& a : q.areas) b.areas.push_back(Stat(a.id, 12, 25.0, 50.0, 75.0));   // every area with figures
        Invitation inv = SampleInvitation();
        inv.questionnaire = id;
        const std::size_t added = EncodeInvitation(inv, b, q).size() - EncodeInvitation(inv).size();
        CHECK(added == 73);   // "&b=" + 70: 52 bytes (8 areas + 2 indices x 4 bytes, 6 of header, 6 of envelope)
        CHECK(added < 100);
    }
}

TEST_CASE("invite benchmark: a damaged part is refused with its own code, and the invitation still opens") {
    const Questionnaire q = Builtin("b2b");
    const std::string plain = EncodeInvitation(SampleInvitation());
    const std::string link = EncodeInvitation(SampleInvitation(), SampleBenchmark(q), q);
    const std::size_t part = link.find("&b=") + 3;

    const auto check = [&](const std::string& text, const std::string& code) {
        INFO(text);
        const InvitationDecode inv = DecodeInvitation(text);
        CHECK(inv.invitation.has_value());   // the invitation's meaning is never lost to its benchmark
        CHECK(inv.issues.empty());
        const InvitationBenchmarkDecode d = DecodeInvitationBenchmark(text, q);
        CHECK(d.present);
        CHECK_FALSE(d.benchmark.has_value());
        CHECK(FirstCode(d) == code);
        REQUIRE_OR_RETURN(!d.issues.empty());
        CHECK(d.issues.front().message.find("The invitation itself is fine") != std::string::npos);
    };

    std::string changed = link;
    changed[part + 20] = changed[part + 20] == 'A' ? 'B' : 'A';
    check(changed, "link.benchmark_damaged");                      // a changed character: the CRC-32 fails
    check(link.substr(0, link.size() - 10), "link.benchmark_truncated");   // cut by a chat program
    check(plain + "&b=", "link.benchmark_truncated");               // nothing after the key
    check(link.substr(0, part + 5) + "%" + link.substr(part + 6), "link.benchmark_damaged");   // a character no link has
    check(link + "AAAA", "link.benchmark_damaged");                 // text joined to its end

    Bytes body = HandHeader(q);
    check(plain + "&" + HandPart(body, 2), "link.benchmark_version");   // a whole frame of a later format
    Bytes withheld_figures = body;
    withheld_figures.insert(withheld_figures.end(), {3 * 2 + 1, 10, 20, 30});   // n = 3 with figures: never written
    check(plain + "&" + HandPart(withheld_figures), "link.benchmark_bad_value");
    Bytes unordered = body;
    unordered.insert(unordered.end(), {12 * 2 + 1, 60, 50, 70});   // median below q25
    check(plain + "&" + HandPart(unordered), "link.benchmark_bad_value");
    Bytes too_high = body;
    too_high.insert(too_high.end(), {12 * 2 + 1, 10, 20, 201});   // above 100 %
    check(plain + "&" + HandPart(too_high), "link.benchmark_bad_value");
    Bytes short_list = body;
    short_list.insert(short_list.end(), {12 * 2, 12 * 2});   // the two indices and no areas
    check(plain + "&" + HandPart(short_list), "link.benchmark_bad_value");

    // Made for a questionnaire with other areas: its figures cannot be matched to this page's areas.
    Questionnaire other = MakeQuestionnaire(8, 2);
    other.id = "b2b";
    check(plain + "&" + EncodeInvitationBenchmark(SampleBenchmark(other), other), "link.benchmark_other_areas");
}

TEST_CASE("invite benchmark: pasted links keep the benchmark part, wrapped or followed by punctuation") {
    const Questionnaire q = Builtin("b2b");
    const std::string link = EncodeInvitation(SampleInvitation(), SampleBenchmark(q), q);
    const std::string url = "https://example.org/systemic.html#" + link;
    PastedLinks found = FindLinks("Please open " + url + ". Thanks!");
    REQUIRE_OR_RETURN(found.links.size() == 1);
    CHECK(found.links[0].text == link);
    CHECK(DecodeInvitationBenchmark(found.links[0].text, q).benchmark.has_value());

    // A mail program wrapped the invitation part; the benchmark part came with the last piece.
    const std::size_t cut = 60;
    found = FindLinks(url.substr(0, 34 + cut) + "\n" + url.substr(34 + cut));
    REQUIRE_OR_RETURN(found.links.size() == 1);
    CHECK(found.links[0].text == link);
}

TEST_CASE("invite benchmark: the printable invitation says a benchmark is included") {
    const Questionnaire q = Builtin("b2b");
    const Benchmark b = SampleBenchmark(q);
    const std::string link = "https://example.org/systemic.html#" + EncodeInvitation(SampleInvitation(), b, q);
    const InvitationPage with = InvitationPageHtml(SampleInvitation(), link, &q, &b);
    CHECK(with.html.find("includes a benchmark of 12 results") != std::string::npos);
    CHECK(with.html.find("no answers and no names") != std::string::npos);
    const InvitationPage without = InvitationPageHtml(SampleInvitation(), link, &q);
    CHECK(without.html.find("benchmark") == std::string::npos);
}
