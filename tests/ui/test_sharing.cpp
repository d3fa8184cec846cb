// test_sharing.cpp — links, invitations, files and the team view, driven through the real screens.
#include <fstream>
#include <sstream>

#include <doctest/doctest.h>

#include "app.h"
#include "formats/links.h"
#include "formats/result_file.h"
#include "reports/qr_code.h"
#include "reports/scores_out.h"
#include "reports/team_out.h"
#include "rules/scoring.h"
#include "rules/synthetic.h"
#include "rules/team.h"
#include "semantics.h"
#include "state/inbox.h"
#include "state/outbox.h"
#include "ui_driver.h"

using namespace systemic;

namespace {

std::string ScreenOf(const UiDriver& ui) { return ScreenId(ui.state.screen); }

std::string ReadFixture(const std::string& path) {
    std::ifstream in(std::string(SYSTEMIC_SOURCE_DIR) + "/" + path, std::ios::binary);
    std::ostringstream out;
    out << in.rdbuf();
    return out.str();
}

} // namespace

TEST_CASE("results links pasted into the team view aggregate to the same numbers as AggregateTeam") {
    UiDriver ui;
    const Questionnaire& q = ui.state.questionnaires[0];
    std::vector<Result> results = SynthResults(q, 3, 42);
    std::string links;
    for (const Result& r : results) links += ui.host.PageUrl() + "#" + EncodeResultLink(q, r) + "\n";
    REQUIRE(ui.ClickTarget("Team view"));
    REQUIRE(ScreenOf(ui) == "team");
    ui.state.team.paste = links + "#r=this-is-not-a-link\n";
    REQUIRE(ui.ClickTarget("Add links"));
    CHECK(ui.state.team.members.size() == 3);
    CHECK(ui.state.team.messages_are_errors);           // the fourth line is reported ...
    CHECK(ui.state.team.messages.back().find("Link 4") == 0);
    ui.Frame();
    // ... and the three good ones give exactly the core's team figures (links carry no notes; scores ignore them).
    std::vector<Result> decoded;
    for (const TeamMember& m : ui.state.team.members) decoded.push_back(m.result);
    CHECK(TeamToJson(q, ui.state.team.scores) == TeamToJson(q, AggregateTeam(q, decoded)));
    CHECK(TeamToJson(q, ui.state.team.scores) == TeamToJson(q, AggregateTeam(q, results)));
    REQUIRE(ui.ClickTarget("Team CSV"));
    REQUIRE(ui.host.downloads.size() == 1);
    CHECK(ui.host.downloads[0].filename.find(".csv") != std::string::npos);
    REQUIRE(ui.ClickTarget("Team report"));
    REQUIRE(ui.host.downloads.size() == 2);
    CHECK(ui.host.downloads[1].data.find("<svg") != std::string::npos);
    const std::string second = ui.state.team.members[1].source;
    REQUIRE(ui.ClickTarget("Remove 2"));
    CHECK(ui.state.team.members.size() == 2);
    ui.Frame();
    REQUIRE(ui.ClickTarget("Undo remove"));          // Remove has an undo
    REQUIRE(ui.state.team.members.size() == 3);
    CHECK(ui.state.team.members[1].source == second);
    ui.Frame();
    CHECK(TeamToJson(q, ui.state.team.scores) == TeamToJson(q, AggregateTeam(q, results)));
    // The same link pasted again is skipped with a message, not counted as a fourth person.
    ui.state.team.paste = ui.host.PageUrl() + "#" + EncodeResultLink(q, results[0]) + "\n";
    REQUIRE(ui.ClickTarget("Add links"));
    CHECK(ui.state.team.members.size() == 3);
    CHECK(ui.state.team.messages.back().find("Link 1 is the same result as Link 1") == 0);
}

TEST_CASE("a results link for another questionnaire is refused in a team") {
    UiDriver ui;
    const Questionnaire& b2b = ui.state.questionnaires[0];
    const Questionnaire& b2c = ui.state.questionnaires[1];
    ui.state.screen = Screen::Team;
    const std::string text = EncodeResultLink(b2b, SynthResults(b2b, 1, 1)[0]) + "\n" + EncodeResultLink(b2c, SynthResults(b2c, 1, 2)[0]);
    CHECK(AddTeamLinks(ui.state, text) == 1);
    CHECK(ui.state.team.messages_are_errors);
}

TEST_CASE("an invitation link leads to the right assessment and the results go back by e-mail") {
    UiDriver ui;
    Invitation inv;
    inv.questionnaire = "b2c";
    inv.mode = Mode::Quick;
    inv.client = "Harbour & Sons";
    inv.consultant = "Alex Morgan";
    inv.contact = "alex@example.com";
    inv.message = "Please answer before Friday.";
    OpenFragment(ui.state, ui.host, "#" + EncodeInvitation(inv));
    ui.Frames(2);
    CHECK(ui.host.fragment_clears == 1);
    REQUIRE(ScreenOf(ui) == "invited");
    REQUIRE(ui.ClickTarget("Start invited"));
    REQUIRE(ScreenOf(ui) == "about");
    CHECK(SessionQuestionnaire(ui.state).id == "b2c");
    CHECK(ui.state.session.result.mode == Mode::Quick);
    CHECK(ui.state.session.result.respondent.organisation == "Harbour & Sons");
    REQUIRE(ui.ClickTarget("Continue"));
    REQUIRE(ui.ClickTarget("Continue"));
    for (size_t i = 0; i < ui.state.session.asked.size(); ++i) {
        ui.Press(ImGuiKey_3);
        ui.Press(ImGuiKey_4, ImGuiMod_Shift);
        ui.Press(ImGuiKey_Enter);
    }
    REQUIRE(ui.ClickTarget("See results"));
    REQUIRE(ScreenOf(ui) == "results");
    ui.Frames(2);
    // The respondent's one job is at the top of the results, in view without scrolling.
    const Target* send = nullptr;
    const Target* report = nullptr;
    for (const Target& t : ui.state.targets) {
        if (t.label == "E-mail results") send = &t;
        if (t.label == "Download report") report = &t;
    }
    REQUIRE(send);
    REQUIRE(report);
    CHECK(send->y + send->h <= 900.0f);
    CHECK(send->y < report->y);
    CHECK(ui.state.results.shown.at("send to") == "Alex Morgan");
    REQUIRE(ui.ClickTarget("Copy results link"));
    REQUIRE(ui.host.copied.size() == 1);
    ResultLinkDecode back = DecodeResultLink(ui.host.copied[0], {&ui.state.questionnaires[1]});
    REQUIRE(back.result);
    CHECK(ScoresToJson(ui.state.questionnaires[1], Score(ui.state.questionnaires[1], *back.result)) ==
          ScoresToJson(ui.state.questionnaires[1], Score(ui.state.questionnaires[1], ui.state.session.result)));
    REQUIRE(ui.ClickTarget("E-mail results"));
    REQUIRE(ui.host.opened_urls.size() == 1);
    CHECK(ui.host.opened_urls[0].find("mailto:alex%40example.com?subject=") == 0);
    SUBCASE("the invitation survives a reload") {
        const std::map<std::string, std::string> saved = ui.host.storage;
        UiDriver again;
        again.host.storage = saved;
        again.Restart();
        CHECK(again.state.session.invitation == ui.state.session.invitation);
    }
}

TEST_CASE("a damaged invitation or results link in the address gets a message and changes nothing") {
    UiDriver ui;
    ui.host.storage.clear();
    OpenFragment(ui.state, ui.host, "#invite=AAAA");
    CHECK_FALSE(ui.state.file_problem.empty());
    CHECK(ScreenOf(ui) == "welcome");
    CHECK_FALSE(HasSession(ui.state));
    OpenFragment(ui.state, ui.host, "#section-2");   // not ours: ignored
    CHECK(ui.host.fragment_clears == 1);
}

TEST_CASE("opening files: results, questionnaires and things that are neither") {
    UiDriver ui;
    const Questionnaire& q = ui.state.questionnaires[0];
    Result r = SynthResults(q, 1, 7)[0];
    r.respondent.organisation = "Opened Ltd";
    SUBCASE("a results file shows its results") {
        ReceiveFile(ui.state, ui.host, "mine.json", SaveResult(r));
        ui.Frames(2);
        CHECK(ScreenOf(ui) == "results");
        CHECK(ui.state.session.result.respondent.organisation == "Opened Ltd");
        CHECK(ScoresToJson(q, Score(q, ui.state.session.result)) == ScoresToJson(q, Score(q, r)));
    }
    SUBCASE("answers in progress are not replaced without a confirmation") {
        REQUIRE(ui.ClickTarget("Start"));
        REQUIRE(ui.ClickTarget("b2b"));
        REQUIRE(ui.ClickTarget("Continue"));
        REQUIRE(ui.ClickTarget("Continue"));
        REQUIRE(ui.ClickTarget("Continue"));
        ui.Press(ImGuiKey_2);
        ReceiveFile(ui.state, ui.host, "mine.json", SaveResult(r));
        ui.Frame();
        CHECK(ui.state.confirm == Confirm::ReplaceWithFile);
        REQUIRE(ui.ClickTarget("Cancel"));
        CHECK(ui.state.session.result.respondent.organisation.empty());
        ReceiveFile(ui.state, ui.host, "mine.json", SaveResult(r));
        REQUIRE(ui.ClickTarget("Confirm open"));
        CHECK(ScreenOf(ui) == "results");
        CHECK(ui.state.session.result.respondent.organisation == "Opened Ltd");
    }
    SUBCASE("a custom questionnaire is validated, added and remembered") {
        ReceiveFile(ui.state, ui.host, "valid_small.json", ReadFixture("tests/fixtures/questionnaires/valid_small.json"));
        ui.Frames(2);
        CHECK(ui.state.file_problem.empty());
        CHECK(ScreenOf(ui) == "sector");
        CHECK(ui.state.questionnaires.size() == 4);
        UiDriver again;
        again.host.storage = ui.host.storage;
        again.Restart();
        CHECK(again.state.questionnaires.size() == 4);
    }
    SUBCASE("a broken questionnaire is refused with located messages") {
        ReceiveFile(ui.state, ui.host, "broken.json", "{\"schema_version\": 1, \"questions\": [}");
        CHECK(ui.state.file_problem.find("broken.json:1:") != std::string::npos);
        CHECK(ui.state.questionnaires.size() == 3);
    }
    SUBCASE("something else entirely") {
        ReceiveFile(ui.state, ui.host, "photo.jpg", "\xff\xd8\xff\xe0 not json");
        CHECK_FALSE(ui.state.file_problem.empty());
        CHECK_FALSE(HasSession(ui.state));
    }
}

TEST_CASE("the invitation builder makes a link that opens the same invitation") {
    UiDriver ui;
    REQUIRE(ui.ClickTarget("Prepare invitation"));
    REQUIRE(ScreenOf(ui) == "invite");
    ui.state.invite_form.client = "Café <Ünïcode> & Co";
    ui.state.invite_form.consultant = "Alex";
    ui.state.invite_form.contact = "alex@example.com";
    ui.state.invite_form.questionnaire = 2;
    ui.state.invite_form.mode = Mode::Full;
    REQUIRE(ui.ClickTarget("Create link"));
    const std::string link = ui.state.invite_form.link;
    CHECK(link.find(ui.host.PageUrl() + "#invite=") == 0);
    REQUIRE(ui.ClickTarget("Copy invitation"));
    CHECK(ui.host.copied.back() == link);
    InvitationDecode back = DecodeInvitation(link);
    REQUIRE(back.invitation);
    CHECK(back.invitation->client == "Café <Ünïcode> & Co");
    CHECK(back.invitation->questionnaire == "public");
    CHECK(back.invitation->mode == Mode::Full);
}

TEST_CASE("the invitation builder shows the link as a QR code and downloads and prints the one-page invitation") {
    UiDriver ui;
    ui.host.page_url = "https://example.org/systemic.html";
    REQUIRE(ui.ClickTarget("Prepare invitation"));
    CHECK(PrintHtml(ui.state, ui.host.Now()).find("Create the invitation link first") != std::string::npos);
    auto target = [&](const char* label) -> const Target* {
        for (const Target& t : ui.state.targets) if (t.label == label) return &t;
        return nullptr;
    };
    CHECK(target("Invitation QR") == nullptr);   // no link, no code
    ui.state.invite_form.client = "Caf\u00e9 <script>alert(1)</script> & Co";
    ui.state.invite_form.consultant = "Zo\u00eb O'Brien";
    ui.state.invite_form.message = "See you in \u0141\u00f3d\u017a \U0001F642\nBring \"coffee\"";
    REQUIRE(ui.ClickTarget("Create link"));
    ui.Frames(2);
    const std::string link = ui.state.invite_form.link;
    REQUIRE(link.rfind("https://example.org/systemic.html#invite=", 0) == 0);

    // The code on screen is the link's, whole modules of whole pixels, square, inside the column, named for screen readers.
    const QrEncode qr = EncodeQr(link);
    REQUIRE(qr.matrix);
    REQUIRE(ui.state.invite_qr.matrix);
    CHECK(ui.state.invite_qr.matrix->modules == qr.matrix->modules);
    const Target* code = target("Invitation QR");
    REQUIRE(code != nullptr);
    const int modules = qr.matrix->size + 2 * kQrQuietZone;
    CHECK(code->w == code->h);
    CHECK(code->w >= static_cast<float>(2 * modules));   // at least 2 pixels a module at this width
    CHECK(static_cast<int>(code->w) % modules == 0);
    CHECK(code->w == static_cast<float>(static_cast<int>(code->w)));
    const SemNode* node = FindSemantic(SemRole::Image, "QR code of the invitation link");
    REQUIRE(node != nullptr);

    // The printable invitation: downloaded from the button, and what Ctrl+P prints on this screen.
    REQUIRE(ui.ClickTarget("Download invitation"));
    REQUIRE(!ui.host.downloads.empty());
    const auto& file = ui.host.downloads.back();
    CHECK(file.filename == "systemic-invitation-b2b-2026-11-22.html");
    CHECK(file.mime == "text/html;charset=utf-8");
    CHECK(file.data.find("<span class=\"link\">" + link + "</span>") != std::string::npos);
    CHECK(file.data.find("Caf\u00e9 &lt;script&gt;alert(1)&lt;/script&gt; &amp; Co") != std::string::npos);
    CHECK(file.data.find("<script") == std::string::npos);
    CHECK(file.data.find("Zo\u00eb O&#39;Brien") != std::string::npos);
    CHECK(file.data.find("See you in \u0141\u00f3d\u017a \U0001F642\nBring &quot;coffee&quot;") != std::string::npos);
    CHECK(file.data.find(QrSvg(*qr.matrix, "QR code of the invitation link", "qr")) != std::string::npos);
    CHECK(PrintHtml(ui.state, ui.host.Now()) == file.data);

    // A changed field clears the link, and with it the code and the download.
    ui.state.invite_form.client = "Another client";
    ui.state.invite_form.link.clear();
    ui.Frames(2);
    CHECK(target("Invitation QR") == nullptr);
    CHECK(target("Download invitation") == nullptr);
}

TEST_CASE("an invitation made from a saved copy (file://) warns and says what to send instead") {
    UiDriver ui;
    auto has_warning = [&] {
        for (const auto& t : ui.state.targets) if (t.label == "Local link warning") return true;
        return false;
    };
    SUBCASE("file://") {
        ui.host.page_url = "file:///home/alex/Downloads/systemic.html";
        REQUIRE(ui.ClickTarget("Prepare invitation"));
        REQUIRE(ui.ClickTarget("Create link"));
        ui.Frames(2);
        CHECK(ui.state.invite_form.link.rfind("file:///", 0) == 0);
        CHECK(has_warning());
        const std::string w = LocalLinkWarning(ui.state.invite_form.link);
        CHECK(w.find("cannot open this link") != std::string::npos);
        CHECK(w.find("systemic.html") != std::string::npos);
        CHECK(w.find("#invite=") != std::string::npos);
    }
    SUBCASE("a hosted page does not warn") {
        ui.host.page_url = "https://assess.example.org/systemic.html";
        REQUIRE(ui.ClickTarget("Prepare invitation"));
        REQUIRE(ui.ClickTarget("Create link"));
        ui.Frames(2);
        CHECK_FALSE(has_warning());
    }
    SUBCASE("other local addresses") {
        CHECK(!LocalLinkWarning("FILE:///C:/Users/x/systemic.html#invite=abc").empty());
        CHECK(!LocalLinkWarning("http://127.0.0.1:8080/#invite=abc").empty());
        CHECK(!LocalLinkWarning("http://localhost:8080/#invite=abc").empty());
        CHECK(LocalLinkWarning("https://example.org/s.html#invite=abc").empty());
    }
}
