// test_pasted_links.cpp — links as people really paste them (FindLinks and the decoders' tolerance): wrapped by a
// mail program, followed by punctuation, in a sentence with other words; words are "not a link", never "newer".
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "formats/builtin.h"
#include "formats/links.h"
#include "formats/questionnaire_file.h"
#include "rules/synthetic.h"

using namespace systemic;

namespace {

const Questionnaire& B2b() {
    static const Questionnaire q = *LoadQuestionnaire(FindBuiltinQuestionnaire("b2b")).questionnaire;
    return q;
}

std::string ResultsLink(int seed) {
    Result r = SynthRespondent(B2b(), 4, seed);
    r.respondent.name = "Respondent " + std::to_string(seed);
    return EncodeResultLink(B2b(), r);   // "r=..."
}

std::string InvitationLink() {
    Invitation inv;
    inv.questionnaire = "b2b";
    inv.client = "Harbour Bakery";
    inv.consultant = "Sam Patel";
    inv.contact = "sam@example.org";
    inv.message = "Please answer by Friday.";
    return EncodeInvitation(inv);   // "invite=..."
}

// `link` cut into lines of `width` characters joined by `separator`, as a mail program wraps long lines.
std::string Wrap(const std::string& link, std::size_t width, const std::string& separator) {
    std::string out;
    for (std::size_t i = 0; i < link.size(); i += width) out += (i == 0 ? "" : separator) + link.substr(i, width);
    return out;
}

bool DecodesTo(const std::string& text, const std::string& name) {
    const ResultLinkDecode d = DecodeResultLink(text, {&B2b()});
    return d.result && d.result->respondent.name == name;
}

} // namespace

TEST_CASE("pasted links: a link wrapped by a mail program is joined again") {
    const std::string link = "https://example.org/systemic.html#" + ResultsLink(1);
    for (const std::size_t width : {20u, 76u, 40u}) {
        for (const std::string separator : {"\n", "\r\n", " ", "\r\n  "}) {
            CAPTURE(width);
            CAPTURE(separator);
            const PastedLinks found = FindLinks(Wrap(link, width, separator));
            REQUIRE(found.links.size() == 1);
            CHECK(found.links[0].kind == LinkKind::Results);
            CHECK(DecodesTo(found.links[0].text, "Respondent 1"));
            CHECK(found.other.size() == (width == 20u ? 1u : 0u));   // at 20 the address before '#' is a word of its own
        }
    }
    SUBCASE("two wrapped links in a row stay two links") {
        const std::string text = Wrap("r=" + ResultsLink(2).substr(2), 20, "\r\n") + "\r\n" + Wrap(ResultsLink(3), 20, "\r\n");
        const PastedLinks found = FindLinks(text);
        REQUIRE(found.links.size() == 2);
        CHECK(DecodesTo(found.links[0].text, "Respondent 2"));
        CHECK(DecodesTo(found.links[1].text, "Respondent 3"));
        CHECK(found.other.empty());
    }
    SUBCASE("a reply quotes each wrapped line with '>'") {
        for (const std::string separator : {"\n> ", "\r\n> ", "\n>> ", "\n>", "\r\n> > "}) {
            CAPTURE(separator);
            const PastedLinks found = FindLinks("> Here it is:\n> " + Wrap(link, 20, separator) + "\n> Thanks");
            REQUIRE(found.links.size() == 1);
            CHECK(DecodesTo(found.links[0].text, "Respondent 1"));
        }
        // A '>' after a complete link is text again, not joined.
        const PastedLinks after = FindLinks(link + "\n> AAAA");
        REQUIRE(after.links.size() == 1);
        CHECK(DecodesTo(after.links[0].text, "Respondent 1"));
    }
    SUBCASE("an invitation wrapped every 20 characters with CRLF, then '),'") {
        const PastedLinks found = FindLinks("Please open (" + Wrap("https://example.org/s.html#" + InvitationLink(), 20, "\r\n") + "), thanks");
        REQUIRE(found.links.size() == 1);
        CHECK(found.links[0].kind == LinkKind::Invitation);
        const InvitationDecode d = DecodeInvitation(found.links[0].text);
        REQUIRE(d.invitation.has_value());
        CHECK(d.invitation->client == "Harbour Bakery");
    }
    SUBCASE("a mail's source: quoted-printable soft line breaks ('=' at each line's end) and '=3D' for the key's '='") {
        // RFC 2045 section 6.7: lines of at most 76 characters, each wrapped one ending in '='.
        const std::string qp = "https://example.org/systemic.html#r=3D" + link.substr(link.find("#r=") + 3);
        for (const std::size_t width : {75u, 20u}) {
            for (const std::string separator : {"=\r\n", "=\n"}) {
                CAPTURE(width);
                const PastedLinks found = FindLinks("Here it is:=\r\n" + Wrap(qp, width, separator) + "\r\nThanks");
                REQUIRE(found.links.size() == 1);
                CHECK(DecodesTo(found.links[0].text, "Respondent 1"));
            }
        }
        // The plain address with soft breaks only (a mail's source without "=3D").
        const PastedLinks plain = FindLinks(Wrap(link, 30, "=\n"));
        REQUIRE(plain.links.size() == 1);
        CHECK(DecodesTo(plain.links[0].text, "Respondent 1"));
        // A link that simply ends a line before '=' on the next is not changed: '=' at a line's end only.
        CHECK(DecodesTo(FindLinks(link + "\n= total").links[0].text, "Respondent 1"));
    }
    SUBCASE("a word after a complete link is not joined to it") {
        const PastedLinks found = FindLinks(ResultsLink(4) + " and\nAAAA thanks");
        REQUIRE(found.links.size() == 1);
        CHECK(DecodesTo(found.links[0].text, "Respondent 4"));
        REQUIRE(found.other.size() == 1);
        CHECK(found.other[0] == "and\nAAAA thanks");
    }
}

TEST_CASE("pasted links: punctuation after a link and words around it") {
    const std::string a = ResultsLink(5), b = ResultsLink(6), c = ResultsLink(7);
    const std::string url = "https://example.org/s.html#";
    const PastedLinks found = FindLinks("Here are the links: " + url + a + ", " + url + b + " and (" + url + c + ").");
    REQUIRE(found.links.size() == 3);
    CHECK(DecodesTo(found.links[0].text, "Respondent 5"));
    CHECK(DecodesTo(found.links[1].text, "Respondent 6"));
    CHECK(DecodesTo(found.links[2].text, "Respondent 7"));
    REQUIRE(found.other.size() == 2);
    CHECK(found.other[0] == "Here are the links:");
    CHECK(found.other[1] == "and");
    SUBCASE("each ending a sentence may put after a link") {
        for (const char* tail : {".", ")", ").", "),", "];", ">,", ")!", ",", ";", "!", "?", "\"", "'", ">", "]", "\xE2\x80\xA6", "\xE2\x80\x9D", "%29", "%3E"}) {
            CAPTURE(tail);
            CHECK(DecodesTo(url + a + tail, "Respondent 5"));
            const PastedLinks one = FindLinks("see " + url + a + tail);
            REQUIRE(one.links.size() == 1);
            CHECK(DecodesTo(one.links[0].text, "Respondent 5"));
        }
    }
    SUBCASE("an invitation link followed by '.' or ')'") {
        const std::string invite = InvitationLink();
        for (const char* tail : {".", ")", ").", "", "\r\n"}) {
            CAPTURE(tail);
            const InvitationDecode d = DecodeInvitation("#" + invite + tail);
            REQUIRE(d.invitation.has_value());
            CHECK(d.invitation->client == "Harbour Bakery");
        }
        const PastedLinks found2 = FindLinks("Please open (" + url + invite + ").");
        REQUIRE(found2.links.size() == 1);
        CHECK(found2.links[0].kind == LinkKind::Invitation);
        CHECK(DecodeInvitation(found2.links[0].text).invitation.has_value());
    }
    SUBCASE("a character in the middle of a link is still damage") {
        std::string broken = a;
        broken.insert(20, ".");
        const ResultLinkDecode d = DecodeResultLink(broken, {&B2b()});
        REQUIRE(!d.issues.empty());
        CHECK(d.issues[0].code == "link.not_base64");
    }
}

TEST_CASE("pasted links: plain words are not links") {
    const PastedLinks found = FindLinks("Hello there,\nno links today. Regards");
    CHECK(found.links.empty());
    REQUIRE(found.other.size() == 1);
    SUBCASE("a word that merely holds r= elsewhere is not a link") {
        CHECK(FindLinks("colour=blue for=you").links.empty());
        CHECK(FindLinks("note: bar=1").links.empty());
    }
    SUBCASE("a key on its own with a value no link starts with is a word, not a link 'from a newer version'") {
        for (const char* word : {"r=hello", "r=0.5", "(r=yes).", "invite=please", "r=_x", "invite=friends,"}) {
            CAPTURE(word);
            const PastedLinks found = FindLinks(std::string("see ") + word + " thanks");
            CHECK(found.links.empty());
            REQUIRE(found.other.size() == 1);
        }
        // In an address the key is ours to judge: the decoder says it is not a link (never "newer version").
        for (const char* text : {"https://example.org/s.html#r=hello", "https://example.org/#r=Dog", "see r=Banana.", "r=CCCCCCCCCCCCCCCC"}) {
            CAPTURE(text);
            const PastedLinks found = FindLinks(text);
            REQUIRE(found.links.size() == 1);
            const ResultLinkDecode d = DecodeResultLink(found.links[0].text, {&B2b()});
            REQUIRE(d.issues.size() == 1);
            CHECK(d.issues[0].code == "link.not_a_link");
        }
        CHECK(FindLinks("r=AAAA").links.size() == 1);   // the start of a format-1 link, cut short: "incomplete"
    }
    SUBCASE("nothing") {
        CHECK(FindLinks("").links.empty());
        CHECK(FindLinks("").other.empty());
        CHECK(FindLinks(" \r\n\t ").other.empty());
    }
    SUBCASE("an empty key") {
        const PastedLinks cut = FindLinks("r= and more");
        REQUIRE(cut.links.size() == 1);
        CHECK(cut.links[0].text == "r=");   // "and" cannot start a frame: not joined
        CHECK(DecodeResultLink(cut.links[0].text, {&B2b()}).issues.at(0).code == "link.empty");
    }
}

TEST_CASE("pasted links: 100 KB of text is read in one pass and never echoed whole") {
    std::string text;
    while (text.size() < 100 * 1024) text += "word" + std::to_string(text.size()) + " ";
    text += ResultsLink(8);
    const PastedLinks found = FindLinks(text);
    REQUIRE(found.links.size() == 1);
    CHECK(DecodesTo(found.links[0].text, "Respondent 8"));
    REQUIRE(found.other.size() == 1);
    CHECK(Excerpt(found.other[0]).size() < 80);
    SUBCASE("one 100 KB word") {
        const std::string word(100 * 1024, 'A');
        const ResultLinkDecode d = DecodeResultLink("r=" + word, {&B2b()});
        REQUIRE(!d.issues.empty());
        CHECK(d.issues[0].message.size() < 400);
    }
}

TEST_CASE("Excerpt: short, cut at a character, no control characters") {
    CHECK(Excerpt("abc") == "\"abc\"");
    CHECK(Excerpt(std::string(100, 'x'), 5) == "\"xxxxx...\"");
    CHECK(Excerpt("\xC3\xA9\xC3\xA9\xC3\xA9", 2) == "\"\xC3\xA9\xC3\xA9...\"");
    CHECK(Excerpt("a\x1B[31mb") == "\"a?[31mb\"");
    CHECK(Excerpt("a\xE2\x80\xAE" "b") == "\"a?b\"");   // U+202E
    CHECK(Excerpt("a\xC2\x9B" "b") == "\"a?b\"");       // C1 CSI
    CHECK(Excerpt("a\xFF" "b") == "\"a?b\"");
}
