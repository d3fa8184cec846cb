// test_history.cpp — Back, Forward and reload (state/history.h) and what Ctrl+P prints (state/outbox.h PrintHtml),
// over the in-memory host, whose history behaves like one browser tab's session history.
#include <doctest/doctest.h>

#include "state/inbox.h"
#include "state/outbox.h"
#include "state_fixture.h"

namespace systemic::test {

TEST_CASE("a place is written and read back, and nothing else is taken for one") {
    Place p;
    REQUIRE(ParsePlace("questions/5", &p));
    CHECK(p.screen == Screen::Questions);
    CHECK(p.question == 4);
    CHECK(PlaceText(p) == "questions/5");
    REQUIRE(ParsePlace("results", &p));
    CHECK(p.screen == Screen::Results);
    CHECK(PlaceText(p) == "results");
    for (const char* bad : {"", "questions", "questions/", "questions/0", "questions/05", "questions/x", "questions/-1",
                            "questions/9999999", "results/2", "nowhere", "welcome/", "/questions/2", "Questions/2"}) {
        CAPTURE(bad);
        CHECK(!ParsePlace(bad, &p));
    }
}

TEST_CASE("every screen and every question gets its own history entry; Back and Forward move between them") {
    Model m;
    REQUIRE(m.host.history.size() == 1);   // the entry the page was opened with now holds the welcome screen
    CHECK(m.Entry() == "welcome");
    GoTo(m.state, Screen::Sector);
    m.Apply();
    m.Begin(0, Mode::Quick);
    m.Choose(0, 2);   // an answer does not move: no entry
    for (int i = 1; i <= 2; ++i) {
        m.state.want_position = true;
        m.state.next_position = i;
        m.Apply();
    }
    CHECK(m.host.history == std::vector<std::string>{"welcome", "sector", "questions/1", "questions/2", "questions/3"});
    CHECK(m.host.title.rfind("Question 3 of ", 0) == 0);

    m.Back();
    CHECK(m.state.screen == Screen::Questions);
    CHECK(m.state.session.position == 1);
    m.Back();
    CHECK(m.state.session.position == 0);
    CHECK(m.state.session.result.answers[static_cast<size_t>(m.state.session.asked[0])].today == 2);   // answers stay
    m.Back();
    CHECK(m.state.screen == Screen::Sector);
    CHECK(HasSession(m.state));                         // going back does not end the assessment
    CHECK(m.host.history.size() == 5);                  // moving through history added nothing
    m.Forward();
    m.Forward();
    CHECK(m.state.screen == Screen::Questions);
    CHECK(m.state.session.position == 1);
    CHECK(m.host.history.size() == 5);

    SUBCASE("a new move after Back drops the entries ahead, as browsers do") {
        GoTo(m.state, Screen::Review);
        m.Apply();
        CHECK(m.host.history == std::vector<std::string>{"welcome", "sector", "questions/1", "questions/2", "review"});
    }
}

TEST_CASE("a reload comes back to the same screen and question with the answers") {
    Model m;
    m.Begin(1, Mode::Quick);
    m.Choose(0, 3);
    m.state.want_position = true;
    m.state.next_position = 2;
    m.Apply();
    CHECK(m.Entry() == "questions/3");
    const size_t entries = m.host.history.size();

    m.Reload();
    REQUIRE(HasSession(m.state));
    CHECK(m.state.screen == Screen::Questions);
    CHECK(m.state.session.position == 2);
    CHECK(m.state.session.result.answers[static_cast<size_t>(m.state.session.asked[0])].today == 3);
    CHECK(m.host.history.size() == entries);            // the reload added no entry
    CHECK(m.Entry() == "questions/3");

    GoTo(m.state, Screen::Results);
    m.Apply();
    m.Reload();
    CHECK(m.state.screen == Screen::Results);
}

TEST_CASE("an entry whose place is gone leaves the page where it is and is rewritten") {
    Model m;
    m.Begin(0, Mode::Quick);
    m.state.want_position = true;
    m.state.next_position = 3;
    m.Apply();
    GoTo(m.state, Screen::Welcome);
    m.Apply();
    m.state.session = Session{};                        // the assessment was started over elsewhere and is gone
    m.Back();
    CHECK(m.state.screen == Screen::Welcome);
    CHECK(m.Entry() == "welcome");                      // the entry no longer names the lost question

    SUBCASE("a question beyond the assessment's length") {
        Model n;
        n.Begin(0, Mode::Quick);
        const std::string beyond = "questions/" + std::to_string(n.state.session.asked.size() + 1);
        CHECK(!GoToPlace(n.state, n.host, beyond));
        n.Apply();
        CHECK(n.state.session.position == 0);
        CHECK(n.Entry() == "questions/1");
    }
    SUBCASE("the invited screen without an invitation, and text that is not a place") {
        Model n;
        CHECK(!GoToPlace(n.state, n.host, "invited"));
        CHECK(!GoToPlace(n.state, n.host, "<script>"));
        n.Apply();
        CHECK(n.state.screen == Screen::Welcome);
    }
}

TEST_CASE("printing gives the report on the results screen and a notice elsewhere, never an empty page") {
    Model m;
    std::string page = PrintHtml(m.state, "2026-11-30T10:00:00");
    CHECK(page.find("Nothing to print on this screen") != std::string::npos);
    CHECK(page.find("Answer the questions of an assessment first") != std::string::npos);
    CHECK(page.find("<script") == std::string::npos);

    m.Begin(0, Mode::Quick);
    m.Choose(0, 2);
    page = PrintHtml(m.state, "2026-11-30T10:00:00");
    CHECK(page.find("\xE2\x80\x9CYour results\xE2\x80\x9D: go there") != std::string::npos);

    GoTo(m.state, Screen::Results);
    m.Apply();
    page = PrintHtml(m.state, "2026-11-30T10:00:00");
    CHECK(page.find("Nothing to print") == std::string::npos);
    CHECK(page.find(SessionQuestionnaire(m.state).title) != std::string::npos);
    CHECK(page == MakeExport(ExportKind::ReportHtml, SessionQuestionnaire(m.state), m.state.session.result,
                             m.state.results_cache.scores, "2026-11-30T10:00:00").data);   // the same report as the download

    SUBCASE("the team view prints the team report once it has members") {
        GoTo(m.state, Screen::Team);
        m.Apply();
        CHECK(PrintHtml(m.state, "2026-11-30T10:00:00").find("has no report") != std::string::npos);
        REQUIRE(AddTeamResult(m.state, "file 1", m.state.session.result, 0));
        page = PrintHtml(m.state, "2026-11-30T10:00:00");
        CHECK(page.find("Nothing to print") == std::string::npos);
        CHECK(page.find("1 respondent") != std::string::npos);
    }
}

} // namespace systemic::test
