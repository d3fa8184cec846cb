// test_qr_code.cpp — reports/qr_code.h (the matrix and its SVG) and reports/invitation_page.h (the printable
// invitation). That a real decoder reads the code back is tests/cli/qr_roundtrip.sh and tests/browser/invite_qr.test.mjs.
#include <doctest/doctest.h>

#include <string>

#include "formats/builtin.h"
#include "formats/questionnaire_file.h"
#include "report_checks.h"
#include "reports/invitation_page.h"
#include "reports/qr_code.h"

using namespace systemic;

namespace {

int CountDark(const QrMatrix& m) {
    int n = 0;
    for (int y = 0; y < m.size; ++y)
        for (int x = 0; x < m.size; ++x) n += m.Dark(x, y) ? 1 : 0;
    return n;
}

// Dark modules the SVG path paints: the sum of its "h<width>" runs (each run is one module tall).
int CountPathModules(const std::string& svg) {
    int n = 0;
    for (std::size_t at = svg.find('h'); at != std::string::npos; at = svg.find('h', at + 1)) {
        if (at + 1 < svg.size() && svg[at + 1] >= '0' && svg[at + 1] <= '9') n += std::stoi(svg.substr(at + 1));
    }
    return n;
}

std::size_t Count(const std::string& text, const std::string& what) {
    std::size_t n = 0;
    for (std::size_t at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++n;
    return n;
}

} // namespace

TEST_CASE("EncodeQr: the smallest version at level M, byte mode") {
    SUBCASE("a known link") {
        const QrEncode qr = EncodeQr("https://example.org/systemic.html#invite=AQ");   // 44 bytes: version 4 holds 62 at M
        REQUIRE(qr.matrix);
        CHECK(qr.issues.empty());
        CHECK(qr.matrix->version == 4);
        CHECK(qr.matrix->size == 33);
        CHECK(qr.matrix->modules.size() == 33u * 33u);
    }
    SUBCASE("version boundaries of byte mode at level M (ISO/IEC 18004 table 7)") {
        CHECK(EncodeQr(std::string(14, 'a')).matrix->version == 1);
        CHECK(EncodeQr(std::string(15, 'a')).matrix->version == 2);
        CHECK(EncodeQr(std::string(26, 'a')).matrix->version == 2);
        CHECK(EncodeQr(std::string(27, 'a')).matrix->version == 3);
        const QrEncode full = EncodeQr(std::string(kQrMaxBytes, 'a'));
        REQUIRE(full.matrix);
        CHECK(full.matrix->version == 40);
        CHECK(full.matrix->size == 177);
    }
    SUBCASE("non-ASCII text counts in bytes") {
        const std::string ldz = "\xC5\x81\xC3\xB3\x64\xC5\xBA";   // "Łódź": 4 characters, 7 bytes
        CHECK(EncodeQr(ldz + ldz).matrix->version == 1);            // 14 bytes
        CHECK(EncodeQr(ldz + ldz + "a").matrix->version == 2);      // 15 bytes
    }
    SUBCASE("finder patterns at three corners, light outside the matrix") {
        const QrMatrix m = *EncodeQr("https://example.org/").matrix;
        for (const auto& corner : {std::pair<int, int>{0, 0}, {m.size - 7, 0}, {0, m.size - 7}}) {
            CHECK(m.Dark(corner.first, corner.second));             // outer ring
            CHECK(!m.Dark(corner.first + 1, corner.second + 1));    // light ring
            CHECK(m.Dark(corner.first + 3, corner.second + 3));     // centre
        }
        CHECK(!m.Dark(-1, 0));
        CHECK(!m.Dark(0, m.size));
        CHECK(!m.Dark(m.size, 3));
    }
    SUBCASE("the same text gives the same matrix") {
        CHECK(EncodeQr("https://example.org/#invite=AQID").matrix->modules == EncodeQr("https://example.org/#invite=AQID").matrix->modules);
    }
}

TEST_CASE("EncodeQr: errors as values") {
    const QrEncode too_long = EncodeQr(std::string(kQrMaxBytes + 1, 'a'));
    CHECK(!too_long.matrix);
    REQUIRE(too_long.issues.size() == 1);
    CHECK(too_long.issues[0].code == "qr.too_long");
    CHECK(too_long.issues[0].severity == Severity::Error);
    CHECK(too_long.issues[0].message.find("2332 bytes") != std::string::npos);
    CHECK(too_long.issues[0].message.find("2331") != std::string::npos);

    const QrEncode empty = EncodeQr("");
    CHECK(!empty.matrix);
    REQUIRE(empty.issues.size() == 1);
    CHECK(empty.issues[0].code == "qr.empty");
}

TEST_CASE("QrSvg: one path, quiet zone of 4 modules, dark on white, labelled") {
    const QrMatrix m = *EncodeQr(std::string(14, 'a')).matrix;   // version 1: 21 modules
    REQUIRE(m.size == 21);
    const std::string svg = QrSvg(m, "QR code of <the> \"link\" & more", "qr");
    CHECK(svg.rfind("<svg ", 0) == 0);
    CHECK(svg.find("viewBox=\"0 0 29 29\"") != std::string::npos);                          // 21 + 2 x 4
    CHECK(svg.find("<rect width=\"29\" height=\"29\" fill=\"#ffffff\"/>") != std::string::npos);  // white under the quiet zone too
    CHECK(Count(svg, "<path") == 1);
    CHECK(svg.find("<path fill=\"#000000\" d=\"M4 4h7v1h-7z") != std::string::npos);         // the finder's top row starts 4 modules in
    CHECK(svg.find("class=\"qr\"") != std::string::npos);
    CHECK(svg.find("role=\"img\"") != std::string::npos);
    CHECK(svg.find("aria-label=\"QR code of &lt;the&gt; &quot;link&quot; &amp; more\"") != std::string::npos);
    CHECK(svg.find("<title>QR code of &lt;the&gt; &quot;link&quot; &amp; more</title>") != std::string::npos);
    CHECK(CountPathModules(svg) == CountDark(m));
    // No dark run reaches into the quiet zone: every subpath starts at 4..24 and ends by 25.
    for (std::size_t at = svg.find('M'); at != std::string::npos; at = svg.find('M', at + 1)) {
        const int x = std::stoi(svg.substr(at + 1));
        const std::size_t space = svg.find(' ', at);
        const int y = std::stoi(svg.substr(space + 1));
        const int w = std::stoi(svg.substr(svg.find('h', at) + 1));
        CHECK(x >= 4);
        CHECK(y >= 4);
        CHECK(y < 25);
        CHECK(x + w <= 25);
    }
    CHECK(systemic::test::CheckHtml("<!DOCTYPE html><html><body>" + svg + "</body></html>").empty());
}

TEST_CASE("InvitationPageHtml: hostile text is escaped, the link is written out and in the QR code") {
    Invitation inv;
    inv.questionnaire = "b2b";
    inv.mode = Mode::Quick;
    inv.consultant = "Zo\xC3\xAB O'Brien \"the adviser\" <script>alert(1)</script>";
    inv.client = "Urz\xC4\x85" "d Miasta \xC5\x81\xC3\xB3\x64\xC5\xBA & Co \x01\x1B[2J";
    inv.contact = "zoe@example.org";
    inv.message = "Line one \xF0\x9F\x99\x82\r\nLine two <b>bold</b>\x7F\x07 broken \xFF end";
    const std::string link = "https://example.org/systemic.html#invite=AQIDBAUG";
    const std::optional<Questionnaire> q = LoadQuestionnaire(FindBuiltinQuestionnaire("b2b")).questionnaire;
    REQUIRE(q);
    const InvitationPage page = InvitationPageHtml(inv, link, &*q);
    const std::string& html = page.html;
    CHECK(page.issues.empty());
    CHECK(systemic::test::CheckHtml(html).empty());
    CHECK(html.find("<script") == std::string::npos);
    CHECK(html.find("<b>") == std::string::npos);
    CHECK(html.find("&lt;script&gt;alert(1)&lt;/script&gt;") != std::string::npos);
    CHECK(html.find("Zo\xC3\xAB O&#39;Brien &quot;the adviser&quot;") != std::string::npos);
    CHECK(html.find("Urz\xC4\x85" "d Miasta \xC5\x81\xC3\xB3\x64\xC5\xBA &amp; Co") != std::string::npos);
    CHECK(html.find("zoe@example.org") != std::string::npos);
    CHECK(html.find("Line one \xF0\x9F\x99\x82\nLine two &lt;b&gt;bold&lt;/b&gt;") != std::string::npos);   // CR LF as LF, emoji kept
    CHECK(html.find("broken \xEF\xBF\xBD end") != std::string::npos);                                     // U+FFFD for the broken byte
    for (const char c : {'\x01', '\x07', '\x1B', '\x7F', '\r'}) CHECK(html.find(c) == std::string::npos);
    CHECK(html.find("<span class=\"link\">" + link + "</span>") != std::string::npos);   // written out in full
    CHECK(html.find(q->title) != std::string::npos);
    CHECK(html.find("quick scan") != std::string::npos);
    CHECK(html.find("stay on your device until you choose to share them") != std::string::npos);
    // The QR code in the page is the link's.
    CHECK(html.find(QrSvg(*EncodeQr(link).matrix, "QR code of the invitation link", "qr")) != std::string::npos);
    CHECK(Count(html, "<svg") == 1);
}

TEST_CASE("InvitationPageHtml: a link too long for a QR code is written out, with the reason") {
    Invitation inv;
    inv.questionnaire = "b2b";
    const std::string link = "https://example.org/" + std::string(kQrMaxBytes, 'a');
    const InvitationPage page = InvitationPageHtml(inv, link);
    REQUIRE(page.issues.size() == 1);
    CHECK(page.issues[0].code == "qr.too_long");
    CHECK(page.html.find("<svg") == std::string::npos);
    CHECK(page.html.find("too long for a QR code") != std::string::npos);
    CHECK(page.html.find(link) != std::string::npos);
    CHECK(page.html.find("Your consultant asks you") != std::string::npos);   // no names given
    CHECK(systemic::test::CheckHtml(page.html).empty());
}
