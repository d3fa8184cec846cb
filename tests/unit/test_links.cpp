// test_links.cpp — results and invitation links: base64url and CRC-32, round trips over many random results,
// every kind of damage with its own code, golden links that pin the format, and the measured link lengths.
#include <doctest/doctest.h>

#include <cstdint>
#include <string>
#include <vector>

#include "formats/base64url.h"
#include "formats/builtin.h"
#include "formats/links.h"
#include "reports/scores_out.h"
#include "rules/scoring.h"
#include "scoring_fixtures.h"

// These tests run without exceptions (tests/unit/main.cpp), so a failed REQUIRE carries on: leave by hand.
#define REQUIRE_OR_RETURN(...) do { REQUIRE(__VA_ARGS__); if (!(__VA_ARGS__)) return; } while (false)

using namespace systemic;
using namespace systemic::test;

namespace {

// splitmix64, here rather than std distributions: the same random results with every standard library and in wasm.
struct SplitMix {
    std::uint64_t state;
    std::uint64_t Next() {
        std::uint64_t z = (state += 0x9E3779B97F4A7C15ull);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
        return z ^ (z >> 31);
    }
    int Below(int n) { return static_cast<int>(Next() % static_cast<std::uint64_t>(n)); }
    bool Chance(int percent) { return Below(100) < percent; }
};

Questionnaire Builtin(const char* id) {
    QuestionnaireLoad load = LoadQuestionnaire(FindBuiltinQuestionnaire(id));
    REQUIRE_MESSAGE(load.questionnaire.has_value(), "built-in questionnaire " << id << " does not load");
    return load.questionnaire ? *load.questionnaire : Questionnaire();
}

// 48 questions (8 areas x 6), the largest questionnaire PRODUCT.md §3 allows; every third question in the quick scan.
Questionnaire Made48() {
    Questionnaire q = MakeQuestionnaire(8, 6);
    q.hash = "5eed5eed12345678";
    q.version = 3;
    for (std::size_t i = 0; i < q.questions.size(); i += 3) q.questions[i].quick = true;
    return q;
}

const char* const kNames[] = {"", "Ann", "Zoë Ångström", "Łukasz Żółć", "李小龙", "Renée O'Brien & Co", "\"Quotes\" <tags> #hash ?q=1 %20",
                              "😀 Emoji Ltd", "Müller-Lüdenscheidt GmbH", "Ωmega / Alpha"};

// A random result that a link can carry exactly: levels only on answered questions, dates from 2000 on.
Result RandomResult(const Questionnaire& q, SplitMix& rng) {
    Result r = NewResult(q);
    r.mode = rng.Chance(50) ? Mode::Quick : Mode::Full;
    const bool stray_outside_quick = rng.Chance(20);   // a quick scan that also has answers outside it
    for (std::size_t i = 0; i < q.questions.size(); ++i) {
        if (r.mode == Mode::Quick && !q.questions[i].quick && !(stray_outside_quick && rng.Chance(30))) continue;
        Answer& a = r.answers[i];
        const int kind = rng.Below(10);
        if (kind == 0) a.status = AnswerStatus::DontKnow;
        else if (kind == 1) a.status = AnswerStatus::NotApplicable;
        else if (kind == 2) a.status = AnswerStatus::Unanswered;
        else {
            a.status = AnswerStatus::Answered;
            a.today = 1 + rng.Below(5);
            a.target = rng.Below(6);
        }
    }
    if (rng.Chance(50))
        for (const Area& area : q.areas) r.area_points.push_back({area.id, rng.Below(101)});
    if (rng.Chance(50)) r.respondent.organisation = kNames[rng.Below(10)];
    if (rng.Chance(50)) r.respondent.name = kNames[rng.Below(10)];
    r.respondent.role = static_cast<Role>(rng.Below(kRoleCount + 1));
    if (rng.Chance(80)) {
        const int year = 2000 + rng.Below(150), month = 1 + rng.Below(12), day = 1 + rng.Below(28);
        char date[32];
        std::snprintf(date, sizeof date, "%04d-%02d-%02d", year, month, day);
        r.updated = date;
        if (rng.Chance(50)) r.updated += "T12:00:00Z";
        r.created = "2000-01-01";
    }
    return r;
}

// What the decoder must give back for r: everything but notes and the time of day; one date for both fields.
void CheckSameResult(const Result& back, const Result& r) {
    CHECK(back.questionnaire_id == r.questionnaire_id);
    CHECK(back.questionnaire_version == r.questionnaire_version);
    CHECK(back.questionnaire_hash == r.questionnaire_hash);
    CHECK(back.mode == r.mode);
    CHECK(back.respondent.organisation == r.respondent.organisation);
    CHECK(back.respondent.name == r.respondent.name);
    CHECK(back.respondent.role == r.respondent.role);
    const std::string date = r.updated.substr(0, 10);
    CHECK(back.updated == date);
    CHECK(back.created == date);
    REQUIRE_OR_RETURN(back.area_points.size() == r.area_points.size());
    for (std::size_t i = 0; i < r.area_points.size(); ++i) {
        CHECK(back.area_points[i].area == r.area_points[i].area);
        CHECK(back.area_points[i].points == r.area_points[i].points);
    }
    REQUIRE_OR_RETURN(back.answers.size() == r.answers.size());
    for (std::size_t i = 0; i < r.answers.size(); ++i) {
        INFO("answer " << i);
        CHECK(back.answers[i].question == r.answers[i].question);
        CHECK(back.answers[i].status == r.answers[i].status);
        CHECK(back.answers[i].today == r.answers[i].today);
        CHECK(back.answers[i].target == r.answers[i].target);
        CHECK(back.answers[i].note.empty());
    }
}

std::string FirstCode(const Issues& issues) { return issues.empty() ? std::string() : issues[0].code; }

std::string ResultCode(const std::string& link, const Questionnaire& q) {
    const ResultLinkDecode d = DecodeResultLink(link, {&q});
    CHECK(d.result.has_value() == d.issues.empty());
    return FirstCode(d.issues);
}

// The frame bytes of a link ("r=..." or "invite=...").
Bytes FrameOf(const std::string& link) {
    const std::size_t eq = link.find('=');
    return Base64UrlDecode(link.substr(eq + 1)).bytes;
}

// Rewrites a frame's CRC so only the change under test is wrong; body edits must keep its length (< 128 bytes).
std::string Reframe(const std::string& key, Bytes frame, bool fix_length = false) {
    if (fix_length) frame[1] = static_cast<std::uint8_t>(frame.size() - 2 - 4);
    const std::uint32_t crc = Crc32(frame.data(), frame.size() - 4);
    for (int i = 0; i < 4; ++i) frame[frame.size() - 4 + static_cast<std::size_t>(i)] = static_cast<std::uint8_t>(crc >> (24 - 8 * i));
    return key + "=" + Base64UrlEncode(frame);
}

} // namespace

TEST_CASE("links: base64url and CRC-32 against their published test vectors") {
    const auto encode = [](const std::string& s) { return Base64UrlEncode(Bytes(s.begin(), s.end())); };
    CHECK(encode("") == "");                 // RFC 4648 §10, without padding
    CHECK(encode("f") == "Zg");
    CHECK(encode("fo") == "Zm8");
    CHECK(encode("foo") == "Zm9v");
    CHECK(encode("foob") == "Zm9vYg");
    CHECK(encode("fooba") == "Zm9vYmE");
    CHECK(encode("foobar") == "Zm9vYmFy");
    CHECK(Base64UrlEncode(Bytes{0xFB, 0xFF, 0xBF}) == "-_-_");   // the two characters that differ from base64
    CHECK(Base64UrlDecode("Zm9vYmE=").bytes == Bytes{'f', 'o', 'o', 'b', 'a'});   // padding is tolerated
    CHECK(Base64UrlDecode("Zm9v+mE").error == Base64Error::BadCharacter);
    CHECK(Base64UrlDecode("Zm9v+mE").position == 4);
    CHECK(Base64UrlDecode("Zm9vY").error == Base64Error::BadLength);
    const std::string check = "123456789";
    CHECK(Crc32(reinterpret_cast<const std::uint8_t*>(check.data()), check.size()) == 0xCBF43926u);   // the CRC-32 check value
    CHECK(Crc32(nullptr, 0) == 0u);

    SplitMix rng{7};
    for (int n = 0; n < 200; ++n) {
        Bytes bytes(static_cast<std::size_t>(n));
        for (std::uint8_t& b : bytes) b = static_cast<std::uint8_t>(rng.Next());
        const Base64Decode back = Base64UrlDecode(Base64UrlEncode(bytes));
        CHECK(back.error == Base64Error::None);
        CHECK(back.bytes == bytes);
    }
}

TEST_CASE("links: results round trip over many random results") {
    const Questionnaire b2b = Builtin("b2b");
    const Questionnaire made = Made48();
    const Questionnaire fixture = FixtureQuestionnaire();
    for (const Questionnaire* q : {&b2b, &made, &fixture}) {
        SplitMix rng{0x5EED0000u + q->questions.size()};
        int quick = 0, full = 0, named = 0, pointed = 0;
        for (int n = 0; n < 300; ++n) {
            const Result r = RandomResult(*q, rng);
            (r.mode == Mode::Quick ? quick : full)++;
            named += !r.respondent.name.empty();
            pointed += !r.area_points.empty();
            CHECK(CheckResultLink(*q, r).empty());
            const std::string link = EncodeResultLink(*q, r);
            INFO(q->id << " #" << n << ": " << link);
            REQUIRE_OR_RETURN(link.compare(0, 2, "r=") == 0);
            const ResultLinkDecode d = DecodeResultLink(link, {&fixture, &made, &b2b});
            CHECK(d.issues.empty());
            REQUIRE_OR_RETURN(d.result.has_value());
            CHECK(d.questionnaire_id == q->id);
            CHECK(d.questionnaire_version == q->version);
            CheckSameResult(*d.result, r);
            CHECK(ScoresToJson(*q, Score(*q, *d.result)) == ScoresToJson(*q, Score(*q, r)));
            CHECK(EncodeResultLink(*q, *d.result) == link);   // decoding loses nothing the link holds
        }
        CHECK(quick > 100);   // the generator really covers both modes, names and points
        CHECK(full > 100);
        CHECK(named > 100);
        CHECK(pointed > 100);
    }
}

TEST_CASE("links: what a results link leaves out") {
    const Questionnaire q = FixtureQuestionnaire();
    Result r = FixtureResult(q);   // has a note, a date-time and a don't-know

    SUBCASE("notes and the time of day") {
        const Issues issues = CheckResultLink(q, r);
        REQUIRE_OR_RETURN(issues.size() == 1);
        CHECK(issues[0].code == "link.notes_dropped");
        CHECK(issues[0].severity == Severity::Warning);
        const ResultLinkDecode d = DecodeResultLink(EncodeResultLink(q, r), {&q});
        REQUIRE_OR_RETURN(d.result.has_value());
        CHECK(d.result->answers[1].note.empty());
        CHECK(d.result->updated == "2026-11-21");
        CHECK(d.result->created == "2026-11-21");
        CHECK(ScoresToJson(q, Score(q, *d.result)) == ScoresToJson(q, Score(q, r)));
    }
    SUBCASE("levels on a question that is not answered, and impossible levels") {
        r.answers[3].today = 3;      // don't know, but a level kept from before
        r.answers[0].target = 9;     // out of range: travels as "no target"
        const Issues issues = CheckResultLink(q, r);
        CHECK(FirstCode(issues) == "link.notes_dropped");
        REQUIRE_OR_RETURN(issues.size() == 2);
        CHECK(issues[1].code == "link.levels_dropped");
        const ResultLinkDecode d = DecodeResultLink(EncodeResultLink(q, r), {&q});
        REQUIRE_OR_RETURN(d.result.has_value());
        CHECK(d.result->answers[3].status == AnswerStatus::DontKnow);
        CHECK(d.result->answers[3].today == 0);
        CHECK(d.result->answers[0].target == 0);
    }
    SUBCASE("long names are cut at a character boundary") {
        r.respondent.organisation.clear();
        for (int i = 0; i < 100; ++i) r.respondent.organisation += "é";
        r.respondent.name = std::string("Tab\there");
        const Issues issues = CheckResultLink(q, r);
        CHECK(issues.size() == 3);
        const ResultLinkDecode d = DecodeResultLink(EncodeResultLink(q, r), {&q});
        REQUIRE_OR_RETURN(d.result.has_value());
        CHECK(d.result->respondent.organisation.size() == 2 * kLinkOrganisationMax);
        CHECK(d.result->respondent.name == "Tab here");
    }
    SUBCASE("no usable date, points out of range") {
        r.updated = "yesterday";
        r.created = "1999-12-31";
        r.area_points[0].points = 250;
        const Issues issues = CheckResultLink(q, r);
        REQUIRE_OR_RETURN(issues.size() == 3);
        CHECK(issues[1].code == "link.points_changed");
        CHECK(issues[2].code == "link.date_dropped");
        const ResultLinkDecode d = DecodeResultLink(EncodeResultLink(q, r), {&q});
        REQUIRE_OR_RETURN(d.result.has_value());
        CHECK(d.result->updated.empty());
        CHECK(d.result->created.empty());
        CHECK(d.result->area_points[0].points == 100);
    }
    SUBCASE("dates at the edges of the 16-bit range") {
        r.updated = "2000-01-01";
        CHECK(DecodeResultLink(EncodeResultLink(q, r), {&q}).result->updated == "2000-01-01");
        r.updated = "2179-06-05";   // day 65534, the last one
        CHECK(DecodeResultLink(EncodeResultLink(q, r), {&q}).result->updated == "2179-06-05");
        r.updated = "2024-02-29";
        CHECK(DecodeResultLink(EncodeResultLink(q, r), {&q}).result->updated == "2024-02-29");
        r.updated = "2023-02-29";   // no such day: falls back to `created`
        CHECK(DecodeResultLink(EncodeResultLink(q, r), {&q}).result->updated == "2026-11-20");
    }
}

TEST_CASE("links: the forms a results link may be pasted in") {
    const Questionnaire q = FixtureQuestionnaire();
    const Result r = FixtureResult(q);
    const std::string link = EncodeResultLink(q, r);
    const std::string payload = link.substr(2);
    const std::string wrapped = "r=" + payload.substr(0, 20) + "\r\n  " + payload.substr(20);   // an e-mail program wrapped it
    for (const std::string& text : {link, "#" + link, "https://example.org/systemic/index.html#" + link, "file:///C:/Systemic.html#" + link,
                                    "  " + link + "\n", "#lang=en&" + link, "#" + link + "&x=1", payload, wrapped}) {
        INFO(text);
        CHECK(ResultCode(text, q) == "");
        CHECK(DetectLinkKind(text) == (text == payload ? LinkKind::Unknown : LinkKind::Results));
    }
    CHECK(LinkFragment("https://x.org/a?b=c#r=AAA") == "r=AAA");
    CHECK(LinkFragment(" #invite=B ") == "invite=B");
    CHECK(LinkFragment("https://x.org/page").empty());
    CHECK(DetectLinkKind("https://x.org/#invite=ABC") == LinkKind::Invitation);
}

TEST_CASE("links: every kind of damage to a results link has its own code") {
    const Questionnaire q = FixtureQuestionnaire();
    const Result r = FixtureResult(q);
    const std::string link = EncodeResultLink(q, r);
    const Bytes frame = FrameOf(link);
    REQUIRE_OR_RETURN(frame.size() > 10);

    SUBCASE("empty") {
        for (const char* text : {"", "   ", "#", "r=", "#r=", "https://example.org/systemic.html", "https://example.org/#"}) {
            INFO(text);
            CHECK(ResultCode(text, q) == "link.empty");
        }
        CHECK(ResultCode("#lang=en", q) == "link.empty");
    }
    SUBCASE("a flipped bit anywhere after the length is a checksum error") {
        for (std::size_t i = 2; i < frame.size(); ++i) {
            for (int bit = 0; bit < 8; ++bit) {
                Bytes bad = frame;
                bad[i] = static_cast<std::uint8_t>(bad[i] ^ (1u << bit));
                INFO("byte " << i << " bit " << bit);
                CHECK(ResultCode("r=" + Base64UrlEncode(bad), q) == "link.checksum");
            }
        }
    }
    SUBCASE("a changed character is a checksum error") {
        for (std::size_t i = 5; i < link.size(); ++i) {
            std::string bad = link;
            bad[i] = bad[i] == 'x' ? 'y' : 'x';
            INFO(bad);
            const std::string code = ResultCode(bad, q);
            // the last character also holds fill bits, which carry nothing: changing only those changes nothing
            CHECK((code == "link.checksum" || (i == link.size() - 1 && code.empty())));
        }
    }
    SUBCASE("every cut is truncated") {
        for (std::size_t keep = 1; keep < link.size() - 2; ++keep) {
            INFO("keep " << keep);
            CHECK(ResultCode(link.substr(0, 2 + keep), q) == "link.truncated");
        }
        for (std::size_t cut = 1; cut < 8; ++cut) {   // the message says how much is there and how much there should be
            const ResultLinkDecode d = DecodeResultLink(link.substr(0, link.size() - cut), {&q});
            REQUIRE_OR_RETURN(d.issues.size() == 1);
            CHECK(d.issues[0].message.find("it has " + std::to_string(link.size() - 2 - cut) + " of its " + std::to_string(link.size() - 2) +
                                           " characters") != std::string::npos);
        }
    }
    SUBCASE("extra characters are a checksum error") {
        CHECK(ResultCode(link + "AAAA", q) == "link.checksum");
        CHECK(ResultCode(link + "A", q) == "link.checksum");
    }
    SUBCASE("characters a link never has") {
        for (const char* bad : {"!", "+", "/", ".", "é", "%20", "\x01", "\xff"}) {
            std::string text = "#" + link;
            text.insert(12, bad);
            INFO(text);
            const ResultLinkDecode d = DecodeResultLink(text, {&q});
            REQUIRE_OR_RETURN(d.issues.size() == 1);
            CHECK(d.issues[0].code == "link.not_base64");
            CHECK(d.issues[0].line == 1);
            CHECK(d.issues[0].column == 13);
        }
        const ResultLinkDecode d = DecodeResultLink("r=ABCé+", {&q});
        REQUIRE_OR_RETURN(d.issues.size() == 1);
        CHECK(d.issues[0].column == 6);
        CHECK(d.issues[0].message.find("'é'") != std::string::npos);
    }
    SUBCASE("a newer format") {
        // A whole frame of another version (its CRC-32 holds): made by another version of Systemic.
        for (const std::uint8_t version : {std::uint8_t{99}, std::uint8_t{2}, std::uint8_t{0}}) {
            Bytes newer = frame;
            newer[0] = version;
            const ResultLinkDecode d = DecodeResultLink(Reframe("r", newer), {&q});
            REQUIRE_OR_RETURN(d.issues.size() == 1);
            CHECK(d.issues[0].code == "link.unknown_version");
            if (version > 1) CHECK(d.issues[0].message.find("newer version of Systemic") != std::string::npos);
        }
    }
    SUBCASE("text that is not a frame is not a link, never 'made by a newer version'") {
        // Every format keeps the envelope (docs/links.md): what fails it is not a link of any version.
        Bytes changed = frame;
        changed[0] = 2;   // the first character changed in copying: the CRC no longer holds
        for (const std::string& text : {"r=" + Base64UrlEncode(changed), "r=" + Base64UrlEncode(Bytes{99, 0xFF, 0xFF}),
                                        std::string("r=Dog"), std::string("r=Cat."), std::string("https://example.com/page#r=hello"),
                                        std::string("https://example.com/#r=Banana&x=1"), std::string("#r=BBBBBBBBBBBB")}) {
            CAPTURE(text);
            const ResultLinkDecode d = DecodeResultLink(text, {&q});
            REQUIRE_OR_RETURN(d.issues.size() == 1);
            CHECK(d.issues[0].code == "link.not_a_link");
            CHECK(d.issues[0].message.find("newer") == std::string::npos);
        }
        CHECK(FirstCode(DecodeInvitation("invite=Dog").issues) == "link.not_a_link");
    }
    SUBCASE("a questionnaire this page does not have") {
        Questionnaire other = q;
        other.id = "custom-sector";
        const ResultLinkDecode d = DecodeResultLink(EncodeResultLink(other, r), {&q});
        CHECK(FirstCode(d.issues) == "link.unknown_questionnaire");
        CHECK(d.questionnaire_id == "custom-sector");
        CHECK(FirstCode(DecodeResultLink(link, {}).issues) == "link.unknown_questionnaire");
    }
    SUBCASE("another version of the questionnaire") {
        Questionnaire older = q;
        older.hash = "0123456789abcdef";
        older.version = 1;
        const ResultLinkDecode d = DecodeResultLink(EncodeResultLink(older, r), {&q});
        REQUIRE_OR_RETURN(d.issues.size() == 1);
        CHECK(d.issues[0].code == "link.other_questionnaire_version");
        CHECK(d.issues[0].message.find("version 1 in the link, version 2 here") != std::string::npos);
        CHECK(d.questionnaire_version == 1);
        // With both versions known, the link opens with the one it was made with.
        const ResultLinkDecode both = DecodeResultLink(EncodeResultLink(older, r), {&q, &older});
        CHECK(both.issues.empty());
        CHECK(both.questionnaire == 1);
    }
    SUBCASE("an invitation is not a results link") {
        Invitation inv;
        inv.questionnaire = "b2b";
        CHECK(ResultCode(EncodeInvitation(inv), q) == "link.wrong_kind");
    }
}

TEST_CASE("links: values out of range behind a valid checksum are bad_value") {
    const Questionnaire q = FixtureQuestionnaire();
    Result r = FixtureResult(q);
    r.respondent.organisation.clear();
    r.respondent.name = "Al";
    const Bytes frame = FrameOf(EncodeResultLink(q, r));
    // Layout of this frame: [0] version [1] length [2] flags [3] id length [4..18] "scoring-example" [19..22] hash
    // [23] version [24..25] date [26] name length [27..28] "Al" [29..] packed points and answers, CRC.
    REQUIRE_OR_RETURN(frame.size() > 30);
    REQUIRE_OR_RETURN(frame[3] == 15);
    REQUIRE_OR_RETURN(frame[26] == 2);
    const auto code_and_path = [&](const Bytes& bad, bool fix_length = false) {
        const ResultLinkDecode d = DecodeResultLink(Reframe("r", bad, fix_length), {&q});
        return d.issues.empty() ? std::string() : d.issues[0].code + " " + d.issues[0].path;
    };
    CHECK(code_and_path(frame) == "");

    Bytes bad = frame;
    bad[2] = static_cast<std::uint8_t>(bad[2] | (7u << 5));   // role 7
    CHECK(code_and_path(bad) == "link.bad_value /respondent/role");
    bad = frame;
    bad[2] = static_cast<std::uint8_t>(bad[2] | 2u);   // quick-only answers in a full assessment
    CHECK(code_and_path(bad) == "link.bad_value /mode");
    bad = frame;
    bad[27] = 0xC3;   // a lead byte without its continuation
    CHECK(code_and_path(bad) == "link.bad_value /respondent/name");
    bad = frame;
    bad[27] = '\n';
    CHECK(code_and_path(bad) == "link.bad_value /respondent/name");
    bad = frame;
    bad[29] = 0xFF;   // the packed number beyond the largest one these radices allow
    CHECK(code_and_path(bad) == "link.bad_value /answers");
    bad = frame;
    bad.insert(bad.end() - 4, 0);   // one byte too many for this questionnaire
    CHECK(code_and_path(bad, true) == "link.bad_value /answers");
    bad = frame;
    bad[4] = ' ';   // ids are printable ASCII
    CHECK(code_and_path(bad) == "link.bad_value /questionnaire/id");
    bad = frame;
    bad[23] = 0x80;   // a LEB128 that runs on into the date
    bad[24] = 0x80;
    bad[25] = 0x80;
    CHECK(code_and_path(bad).compare(0, 14, "link.bad_value") == 0);
}

TEST_CASE("links: golden links pin the format") {
    const Questionnaire q = FixtureQuestionnaire();
    const Result r = FixtureResult(q);
    const std::string golden = ReadFixture("links/results-example.txt");
    const std::string link = EncodeResultLink(q, r);
    CHECK(link + "\n" == golden);
    const ResultLinkDecode d = DecodeResultLink(golden, {&q});
    REQUIRE_OR_RETURN(d.result.has_value());
    CHECK(d.result->respondent.name == "Alex Example");
    CHECK(d.result->answers[0].today == 2);
    CHECK(d.result->answers[0].target == 4);

    Invitation inv;
    inv.questionnaire = "b2b";
    inv.mode = Mode::Quick;
    inv.client = "Harbour Street Bakery";
    inv.consultant = "Sam Adviser";
    inv.contact = "sam@example.org";
    inv.message = "Ten minutes, please: answers stay on your device.";
    CHECK(EncodeInvitation(inv) + "\n" == ReadFixture("links/invitation-example.txt"));
}

TEST_CASE("links: measured lengths of results links") {
    SplitMix rng{48};
    const auto all_answered = [&](const Questionnaire& q) {
        Result r = NewResult(q);
        for (Answer& a : r.answers) {
            a.status = AnswerStatus::Answered;
            a.today = 1 + rng.Below(5);
            a.target = rng.Below(6);
        }
        r.updated = "2026-11-21";
        return r;
    };
    // The packed answers have a fixed width for a given questionnaire, so every one of these lengths is exact.
    const Questionnaire made = Made48();
    Result r48 = all_answered(made);
    const std::string link48 = EncodeResultLink(made, r48);
    MESSAGE("48 questions, full, no names, no points: " << link48.size() << " characters: " << link48);
    CHECK(link48.size() < 120);
    CHECK(link48.size() == 69);
    for (const Area& area : made.areas) r48.area_points.push_back({area.id, 12});
    CHECK(EncodeResultLink(made, r48).size() == 77);
    r48.respondent.organisation = "Harbour Street Bakery";
    r48.respondent.name = "Alex Example";
    r48.respondent.role = Role::Owner;
    CHECK(EncodeResultLink(made, r48).size() == 124);

    for (const char* id : {"b2b", "b2c", "public"}) {
        const Questionnaire q = Builtin(id);
        REQUIRE_OR_RETURN(q.questions.size() == 40);
        Result r = all_answered(q);
        const std::string link = EncodeResultLink(q, r);
        MESSAGE(std::string(id) << ", 40 questions, full, no names: " << link.size() << " characters");
        CHECK(link.size() == (std::string(id) == "public" ? 65u : 61u));
        r.mode = Mode::Quick;
        for (std::size_t i = 0; i < q.questions.size(); ++i)
            if (!q.questions[i].quick) r.answers[i] = Answer{q.questions[i].id, 0, 0, AnswerStatus::Unanswered, ""};
        const std::string quick = EncodeResultLink(q, r);
        MESSAGE(std::string(id) << ", quick scan of 10: " << quick.size() << " characters");
        CHECK(quick.size() == (std::string(id) == "public" ? 40u : 36u));
    }
}

TEST_CASE("links: invitation round trip") {
    SplitMix rng{2026};
    const char* const texts[] = {"", "Harbour Street Bakery", "A & B / C ? D # E % F = G + H", "\"double\" and 'single' quotes",
                                 "Zoë, Ångström & Søn", "株式会社テスト", "😀🚀 emoji", "100% sure?#!", "path/to/thing?x=1&y=2#frag",
                                 "back\\slash <tag>"};
    for (int n = 0; n < 200; ++n) {
        Invitation inv;
        inv.questionnaire = n % 4 == 3 ? "my-custom_q2" : (n % 3 == 0 ? "b2b" : n % 3 == 1 ? "b2c" : "public");
        if (n % 4 == 3 && rng.Chance(50)) inv.questionnaire_hash = "0123456789abcdef";
        inv.mode = rng.Chance(50) ? Mode::Quick : Mode::Full;
        inv.client = texts[rng.Below(10)];
        inv.consultant = texts[rng.Below(10)];
        inv.contact = rng.Chance(50) ? "sam.adviser+systemic@example.co.uk" : "+44 (0)20 7946-0000";
        for (int k = rng.Below(4); k > 0; --k) inv.message += std::string(texts[rng.Below(10)]) + (rng.Chance(50) ? "\n" : " ");
        CHECK_FALSE(HasErrors(CheckInvitation(inv)));
        const std::string link = EncodeInvitation(inv);
        INFO(link);
        CHECK(link.compare(0, 7, "invite=") == 0);
        CHECK(DetectLinkKind("#" + link) == LinkKind::Invitation);
        const InvitationDecode d = DecodeInvitation("https://example.org/systemic/#" + link);
        CHECK(d.issues.empty());
        REQUIRE_OR_RETURN(d.invitation.has_value());
        CHECK(d.invitation->questionnaire == inv.questionnaire);
        CHECK(d.invitation->questionnaire_hash == inv.questionnaire_hash);
        CHECK(d.invitation->mode == inv.mode);
        CHECK(d.invitation->client == inv.client);
        CHECK(d.invitation->consultant == inv.consultant);
        CHECK(d.invitation->contact == inv.contact);
        CHECK(d.invitation->message == inv.message);
    }
}

TEST_CASE("links: invitation checks, limits and damage") {
    Invitation inv;
    inv.questionnaire = "b2b";
    inv.consultant = "Sam";
    inv.contact = "sam@example.org";

    SUBCASE("checks") {
        CHECK(CheckInvitation(inv).empty());
        Invitation bad = inv;
        bad.questionnaire = "B2B!";
        CHECK(FirstCode(CheckInvitation(bad)) == "invite.questionnaire");
        bad = inv;
        bad.questionnaire_hash = "xyz";
        CHECK(FirstCode(CheckInvitation(bad)) == "invite.hash");
        bad = inv;
        bad.message = std::string(kInviteMessageMax + 1, 'm');
        CHECK(FirstCode(CheckInvitation(bad)) == "invite.too_long");
        CHECK(CheckInvitation(bad)[0].path == "/message");
        bad = inv;
        bad.client = "bad \xC3 byte";
        CHECK(FirstCode(CheckInvitation(bad)) == "invite.invalid_text");
        bad = inv;
        bad.contact = "call me maybe";
        CHECK(FirstCode(CheckInvitation(bad)) == "invite.contact_format");
        CHECK_FALSE(HasErrors(CheckInvitation(bad)));
        bad.contact = "";
        CHECK(FirstCode(CheckInvitation(bad)) == "invite.no_contact");
        bad = inv;
        bad.client = "two\nlines";
        CHECK(FirstCode(CheckInvitation(bad)) == "invite.control_character");
    }
    SUBCASE("a message of exactly 500 characters survives; a longer one is cut at a character boundary") {
        inv.message.clear();
        for (std::size_t i = 0; i < kInviteMessageMax; ++i) inv.message += "ü";
        CHECK(CheckInvitation(inv).empty());
        CHECK(DecodeInvitation(EncodeInvitation(inv)).invitation->message == inv.message);
        inv.message += "ü€";
        const InvitationDecode d = DecodeInvitation(EncodeInvitation(inv));
        REQUIRE_OR_RETURN(d.invitation.has_value());
        CHECK(d.invitation->message.size() == 2 * kInviteMessageMax);
        inv.message = "line one\r\nline two";
        CHECK(DecodeInvitation(EncodeInvitation(inv)).invitation->message == "line one\nline two");
    }
    SUBCASE("damage") {
        inv.message = "See you on Monday.";
        const std::string link = EncodeInvitation(inv);
        CHECK(FirstCode(DecodeInvitation("").issues) == "link.empty");
        CHECK(FirstCode(DecodeInvitation(link.substr(0, link.size() - 3)).issues) == "link.truncated");
        std::string flipped = link;
        flipped[20] = flipped[20] == 'Q' ? 'R' : 'Q';
        CHECK(FirstCode(DecodeInvitation(flipped).issues) == "link.checksum");
        CHECK(FirstCode(DecodeInvitation(link + "!").issues) == "");                 // a sentence may end after a link
        CHECK(FirstCode(DecodeInvitation(link + "!x").issues) == "link.not_base64");
        Bytes newer = FrameOf(link);
        newer[0] = 99;
        CHECK(FirstCode(DecodeInvitation(Reframe("invite", newer)).issues) == "link.unknown_version");
        CHECK(FirstCode(DecodeInvitation("invite=" + Base64UrlEncode(newer)).issues) == "link.not_a_link");   // its CRC no longer holds
        Bytes odd = FrameOf(link);
        odd[2] = 0x80;   // a flag this version does not know
        CHECK(FirstCode(DecodeInvitation(Reframe("invite", odd)).issues) == "link.bad_value");
        const Questionnaire q = FixtureQuestionnaire();
        CHECK(FirstCode(DecodeInvitation(EncodeResultLink(q, FixtureResult(q))).issues) == "link.wrong_kind");
    }
}

TEST_CASE("links: random text and random frames never crash the decoders") {
    const Questionnaire q = FixtureQuestionnaire();
    const Questionnaire made = Made48();
    const std::vector<const Questionnaire*> known = {&q, &made};
    SplitMix rng{99};
    const std::string alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_=#&% \xc3\xa9";
    int decoded = 0;
    for (int n = 0; n < 3000; ++n) {
        std::string text;
        Bytes frame;
        if (n % 2 == 0) {   // random characters
            for (int k = rng.Below(120); k > 0; --k) text += alphabet[static_cast<std::size_t>(rng.Below(static_cast<int>(alphabet.size())))];
        } else {            // a well-formed frame around a random body, so the body parsers see garbage behind a valid CRC
            frame.push_back(1);
            const int body = rng.Below(100);
            frame.push_back(static_cast<std::uint8_t>(body));
            for (int k = 0; k < body; ++k) frame.push_back(static_cast<std::uint8_t>(rng.Next()));
            if (body > 2 && rng.Chance(50)) { frame[3] = 15; }   // sometimes the fixture's id length, to get further
            frame.insert(frame.end(), 4, 0);
            text = Reframe(n % 4 == 1 ? "r" : "invite", frame);
        }
        const ResultLinkDecode r = DecodeResultLink(text, known);
        CHECK(r.result.has_value() != !r.issues.empty());
        CHECK(r.issues.size() <= 1);
        const InvitationDecode i = DecodeInvitation(text);
        CHECK(i.invitation.has_value() != !i.issues.empty());
        decoded += r.result.has_value() || i.invitation.has_value();
    }
    CHECK(decoded < 3000);
}
