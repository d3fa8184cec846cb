// test_inbox_robust.cpp — hostile and careless input to the page's intake (state/inbox.h): links as people paste
// them, batches of files with bad ones among good ones, files in other encodings or far too large. Each gets a
// located message, and the saved answers stay byte for byte as they were.
#include <doctest/doctest.h>

#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "formats/builtin.h"
#include "formats/file_text.h"
#include "formats/links.h"
#include "formats/result_file.h"
#include "rules/synthetic.h"
#include "state/inbox.h"
#include "state/session.h"
#include "state_fixture.h"
#include "text/utf8.h"

namespace systemic::test {

namespace {

bool AnyMessageHas(const AppModel& state, const std::string& text) {
    for (const std::string& m : state.team.messages)
        if (m.find(text) != std::string::npos) return true;
    return false;
}

std::string Wrap(const std::string& link, std::size_t width, const std::string& separator) {
    std::string out;
    for (std::size_t i = 0; i < link.size(); i += width) out += (i == 0 ? "" : separator) + link.substr(i, width);
    return out;
}

// What Windows Notepad writes when "Unicode" (UTF-16 LE) is chosen: a byte-order mark, CR LF line ends, and any
// character beyond U+FFFF as a surrogate pair.
std::string NotepadUtf16(const std::string& utf8) {
    std::string out = "\xFF\xFE";
    const auto unit = [&out](char32_t u) {
        out += static_cast<char>(u & 0xFF);
        out += static_cast<char>((u >> 8) & 0xFF);
    };
    for (std::size_t i = 0; i < utf8.size();) {
        const Utf8Char c = DecodeAt(utf8, i, Utf8Policy::Strict);
        REQUIRE(c.length > 0);
        i += c.length;
        if (c.code == '\n') unit('\r');
        if (c.code >= 0x10000) {
            unit(0xD800 + ((c.code - 0x10000) >> 10));
            unit(0xDC00 + ((c.code - 0x10000) & 0x3FF));
        } else {
            unit(c.code);
        }
    }
    return out;
}

std::string ReadSource(const std::string& relative) {
    std::ifstream in(std::string(SYSTEMIC_SOURCE_DIR) + "/" + relative, std::ios::binary);
    REQUIRE(in.good());
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

// A model with answers in progress, and the saved session's bytes.
struct Busy {
    Model m;
    std::string saved;
    Busy() {
        m.Begin(0, Mode::Quick);
        SetToday(m.state.session.result.answers[static_cast<size_t>(m.state.session.asked[0])], 3);
        MarkChanged(m.state);
        m.Apply();
        saved = m.host.storage.at(kSessionKey);
    }
};

} // namespace

TEST_CASE("inbox: a results link wrapped by a mail program is added in the team view") {
    for (const std::string separator : {"\n", "\r\n", " "}) {
        CAPTURE(separator);
        Model m;
        const Questionnaire& q = m.state.questionnaires[0];
        const std::string link = "https://example.org/s.html#" + EncodeResultLink(q, SynthRespondent(q, 3, 0));
        CHECK(AddTeamLinks(m.state, Wrap(link, 20, separator)) == 1);
        CHECK(m.state.team.members.size() == 1);
        CHECK_FALSE(AnyMessageHas(m.state, "newer version"));
    }
}

TEST_CASE("inbox: links in a sentence, with punctuation, and plain words") {
    Model m;
    const Questionnaire& q = m.state.questionnaires[0];
    const std::string url = "https://example.org/s.html#";
    std::string links[3];
    for (int i = 0; i < 3; ++i) links[i] = url + EncodeResultLink(q, SynthRespondent(q, 3, i));
    const std::string text = "Here are the links: " + links[0] + ", " + links[1] + " and (" + links[2] + ").";
    CHECK(AddTeamLinks(m.state, text) == 3);
    CHECK(m.state.team.members.size() == 3);
    CHECK_FALSE(AnyMessageHas(m.state, "newer version"));
    CHECK(AnyMessageHas(m.state, "Not a link, left out: \"Here are the links:\", \"and\""));
    CHECK_FALSE(m.state.team.messages_are_errors);
    SUBCASE("words alone: not a link, and nothing added") {
        CHECK(AddTeamLinks(m.state, "hello world") == 0);
        CHECK(m.state.team.messages_are_errors);
        REQUIRE(m.state.team.messages.size() == 1);
        CHECK(m.state.team.messages[0].find("not a link") != std::string::npos);
        CHECK(m.state.team.messages[0].find("newer version") == std::string::npos);
    }
    SUBCASE("a word that looks like a key ('r=hello') is not a link, never 'newer version'") {
        CHECK(AddTeamLinks(m.state, "r=hello and r=0.5") == 0);
        CHECK(m.state.team.messages_are_errors);
        CHECK(AnyMessageHas(m.state, "not a link"));
        CHECK_FALSE(AnyMessageHas(m.state, "newer version"));
    }
    SUBCASE("a word that starts like a link is quoted in its message, so the user can tell which it was") {
        CHECK(AddTeamLinks(m.state, "see r=Dog and https://example.org/#r=hello") == 0);
        REQUIRE(m.state.team.messages.size() >= 2);
        CHECK(m.state.team.messages[0].rfind("Link 1 (\"r=Dog\"): this is not a results link", 0) == 0);
        CHECK(m.state.team.messages[1].rfind("Link 2 (\"r=hello\"): this is not a results link", 0) == 0);
        CHECK_FALSE(AnyMessageHas(m.state, "newer version"));
    }
    SUBCASE("100 KB of text is never echoed back") {
        const std::string big(100 * 1024, 'x');
        AddTeamLinks(m.state, big);
        for (const std::string& message : m.state.team.messages) CHECK(message.size() < 400);
        AddTeamLinks(m.state, "r=" + big);
        for (const std::string& message : m.state.team.messages) CHECK(message.size() < 400);
    }
    SUBCASE("links in brackets followed by '),' and a reply's '>' quote marks on wrapped lines") {
        Model n;
        const std::string quoted = "> (" + Wrap(links[0], 20, "\r\n> ") + "),\r\n> (" + Wrap(links[1], 30, "\n>> ") + "), ok";
        CHECK(AddTeamLinks(n.state, quoted) == 2);
        CHECK(n.state.team.members.size() == 2);
        CHECK_FALSE(n.state.team.messages_are_errors);
        CHECK_FALSE(AnyMessageHas(n.state, "newer version"));
    }
    SUBCASE("an invitation link pasted among results links is named as such") {
        Invitation inv;
        inv.questionnaire = "b2b";
        AddTeamLinks(m.state, url + EncodeInvitation(inv));
        CHECK(AnyMessageHas(m.state, "invitation link, not a results link"));
    }
}

TEST_CASE("inbox: an invitation link followed by '.' or ')' opens") {
    for (const char* tail : {".", ")", ").", "%29"}) {
        CAPTURE(tail);
        Model m;
        Invitation inv;
        inv.questionnaire = "b2b";
        inv.client = "Harbour Bakery";
        OpenFragment(m.state, m.host, "#" + EncodeInvitation(inv) + tail);
        m.Apply();
        CHECK(m.state.file_problem.empty());
        CHECK(m.state.screen == Screen::Invited);
        CHECK(m.state.invitation.client == "Harbour Bakery");
    }
}

TEST_CASE("inbox: three files opened at once, two bad: every bad one is reported") {
    Model m;
    GoTo(m.state, Screen::Team);
    m.Apply();
    const Questionnaire& q = m.state.questionnaires[0];
    const std::vector<IncomingFile> batch = {
        {"broken.json", "{\"schema_version\": 1, \"questionnaire\": ", 0, false},
        {"good.json", SaveResult(SynthRespondent(q, 3, 0)), 0, false},
        {"photo.jpg", std::string("\xFF\xD8\xFF\xE0\0\x10JFIF", 10), 0, false},
    };
    ReceiveFiles(m.state, m.host, batch);
    m.Apply();
    CHECK(m.state.team.members.size() == 1);
    CHECK(AnyMessageHas(m.state, "broken.json"));
    CHECK(AnyMessageHas(m.state, "photo.jpg"));
    CHECK(AnyMessageHas(m.state, "good.json: added"));
    CHECK(m.state.team.messages_are_errors);
    SUBCASE("the next batch starts afresh") {
        ReceiveFiles(m.state, m.host, {{"good2.json", SaveResult(SynthRespondent(q, 3, 1)), 0, false}});
        CHECK(m.state.team.members.size() == 2);
        CHECK_FALSE(AnyMessageHas(m.state, "broken.json"));
        CHECK_FALSE(m.state.team.messages_are_errors);
    }
    SUBCASE("outside the team view, each bad file's problem is kept") {
        Model n;
        ReceiveFiles(n.state, n.host, {batch[0], batch[2]});
        CHECK(n.state.file_problem.find("broken.json") != std::string::npos);
        CHECK(n.state.file_problem.find("photo.jpg") != std::string::npos);
    }
}

TEST_CASE("inbox: a broken results file that mentions r= is a broken file, not a list of links") {
    Busy b;
    const std::string text = "{\"schema_version\": 1, \"answers\": {\"q1\": {\"note\": \"see r=1 and bar=2\"}},,}";
    ReceiveFile(b.m.state, b.m.host, "results.json", text);
    b.m.Apply();
    CHECK(b.m.state.screen == Screen::Questions);
    CHECK(b.m.state.file_problem.find("results.json:1:") != std::string::npos);
    CHECK(b.m.state.team.messages.empty());
    CHECK(b.m.host.storage.at(kSessionKey) == b.saved);
    SUBCASE("a text file of links is still read as links") {
        Model m;
        const Questionnaire& q = m.state.questionnaires[0];
        ReceiveFile(m.state, m.host, "links.txt", "Links:\n#" + EncodeResultLink(q, SynthRespondent(q, 3, 0)) + "\n");
        m.Apply();
        CHECK(m.state.screen == Screen::Team);
        CHECK(m.state.team.members.size() == 1);
    }
}

TEST_CASE("inbox: encodings and sizes give the page's answer the command line gives") {
    Busy b;
    const Questionnaire& q = b.m.state.questionnaires[0];
    const std::string utf8 = SaveResult(SynthRespondent(q, 3, 0));
    SUBCASE("UTF-16 with a byte-order mark (PowerShell's '>') opens") {
        std::string utf16 = "\xFF\xFE";
        for (const char c : utf8) { utf16 += c; utf16 += '\0'; }
        Model m;
        ReceiveFile(m.state, m.host, "ps.json", utf16);
        m.Apply();
        CHECK(m.state.file_problem.empty());
        CHECK(m.state.screen == Screen::Results);
    }
    SUBCASE("a custom questionnaire saved by Windows Notepad as 'Unicode' (UTF-16 LE, BOM, CR LF) loads") {
        std::string text = ReadSource("tests/fixtures/questionnaires/valid_small.json");
        const std::string title = "\"A small test questionnaire\"";
        REQUIRE(text.find(title) != std::string::npos);
        text.replace(text.find(title), title.size(), "\"Caf\xC3\xA9 \xE2\x80\x99s questionnaire \xF0\x9F\x98\x80\"");
        Model m;
        ReceiveFile(m.state, m.host, "notepad.json", NotepadUtf16(text));
        m.Apply();
        CHECK(m.state.file_problem.empty());
        REQUIRE(m.state.questionnaires.size() == 4);
        CHECK(m.state.questionnaires.back().title == "Caf\xC3\xA9 \xE2\x80\x99s questionnaire \xF0\x9F\x98\x80");
        // The same bytes cut in the middle of a character are refused with the encoding named, and change nothing.
        std::string cut = NotepadUtf16(text);
        cut.pop_back();
        ReceiveFile(b.m.state, b.m.host, "notepad-cut.json", cut);
        CHECK(b.m.state.file_problem.find("UTF-16") != std::string::npos);
        CHECK(b.m.host.storage.at(kSessionKey) == b.saved);
    }
    SUBCASE("UTF-32 is read, not called empty") {
        std::string utf32("\xFF\xFE\0\0", 4);
        for (const char c : utf8) { utf32 += c; utf32.append(3, '\0'); }
        Model m;
        ReceiveFile(m.state, m.host, "wide.json", utf32);
        m.Apply();
        CHECK(m.state.file_problem.empty());
        CHECK(m.state.screen == Screen::Results);
    }
    for (const char* bad : {"\xC0\xAF", "\xED\xA0\x80", "\xE2\x82", "caf\xE9"}) {
        CAPTURE(bad);
        std::string text = utf8;
        text.insert(text.find("Respondent"), bad);
        ReceiveFile(b.m.state, b.m.host, "bad.json", text);
        b.m.Apply();
        CHECK(b.m.state.file_problem.find("not valid UTF-8") != std::string::npos);
        CHECK(b.m.host.storage.at(kSessionKey) == b.saved);
    }
    SUBCASE("too large: named with the limit, not 'empty'") {
        ReceiveFiles(b.m.state, b.m.host, {{"huge.json", "", 1536ull * 1024 * 1024, false}});
        CHECK(b.m.state.file_problem.find("too large") != std::string::npos);
        CHECK(b.m.state.file_problem.find("limit 4.0 MB") != std::string::npos);
        std::string twelve = "{\"answers\": {";
        while (twelve.size() <= kMaxTextBytes) twelve += "\"q1\": {\"today\": 3},";
        ReceiveFile(b.m.state, b.m.host, "million.json", twelve);
        CHECK(b.m.state.file_problem.find("too large") != std::string::npos);
        CHECK(b.m.host.storage.at(kSessionKey) == b.saved);
    }
    SUBCASE("a huge questionnaire id is quoted briefly") {
        const std::string id(100 * 1024, 'z');
        ReceiveFile(b.m.state, b.m.host, "other.json", "{\"schema_version\": 1, \"questionnaire\": {\"id\": \"" + id + "\"}}");
        CHECK(!b.m.state.file_problem.empty());
        CHECK(b.m.state.file_problem.size() < 400);
    }
}

TEST_CASE("inbox: a custom questionnaire with a built-in id is refused with what to change") {
    Model m;
    std::string text(FindBuiltinQuestionnaire("b2b"));
    const std::size_t version = text.find("\"version\": ");
    REQUIRE(version != std::string::npos);
    text.replace(version, 12, "\"version\": 9");   // a changed copy: another hash
    ReceiveFile(m.state, m.host, "b2b-copy.json", text);
    m.Apply();
    CHECK(m.state.file_problem.find("built-in") != std::string::npos);
    CHECK(m.state.file_problem.find("b2b-custom") != std::string::npos);
    CHECK(m.state.questionnaires.size() == 3);
    SUBCASE("the built-in file itself is simply chosen") {
        Model n;
        ReceiveFile(n.state, n.host, "b2b.json", std::string(FindBuiltinQuestionnaire("b2b")));
        n.Apply();
        CHECK(n.state.file_problem.empty());
        CHECK(n.state.questionnaires.size() == 3);
    }
}

} // namespace systemic::test
