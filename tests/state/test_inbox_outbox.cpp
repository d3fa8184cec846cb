// test_inbox_outbox.cpp — what arrives (files, fragments, team links) and what leaves (links, e-mails, downloads),
// with no UI: every bad input gets a message and changes nothing.
#include <doctest/doctest.h>

#include "formats/links.h"
#include "formats/result_file.h"
#include "reports/csv.h"
#include "rules/synthetic.h"
#include "state/inbox.h"
#include "state/outbox.h"
#include "state/session.h"
#include "state_fixture.h"

namespace systemic::test {

TEST_CASE("a results file opened with no answers in progress becomes the open assessment") {
    Model m;
    const Questionnaire& q = m.state.questionnaires[0];
    Result r = SynthRespondent(q, 5, 0);
    ReceiveFile(m.state, m.host, "mine.json", SaveResult(r));
    m.Apply();
    REQUIRE(HasSession(m.state));
    CHECK(m.state.screen == Screen::Results);
    CHECK(SaveResult(m.state.session.result).find("\"Respondent 1\"") != std::string::npos);
    CHECK(m.state.file_problem.empty());
}

TEST_CASE("a file that is neither results nor a questionnaire gets a message and changes nothing") {
    Model m;
    m.Begin(0, Mode::Quick);
    SetToday(m.state.session.result.answers[static_cast<size_t>(m.state.session.asked[0])], 3);
    MarkChanged(m.state);
    m.Apply();
    const std::string saved = m.host.storage.at(kSessionKey);
    for (const char* text : {"", "not json", "{\"hello\": 1}", "[1, 2, 3]", "\xFF\xFE"}) {
        CAPTURE(text);
        m.state.file_problem.clear();
        ReceiveFile(m.state, m.host, "odd.json", text);
        m.Apply();
        CHECK(!m.state.file_problem.empty());
        CHECK(m.host.storage.at(kSessionKey) == saved);
        CHECK(m.state.session.result.answers[static_cast<size_t>(m.state.session.asked[0])].today == 3);
    }
}

TEST_CASE("results links pasted for the team view are added once each, for one questionnaire") {
    Model m;
    const Questionnaire& q = m.state.questionnaires[1];
    const std::string a = EncodeResultLink(q, SynthRespondent(q, 3, 0));
    const std::string b = EncodeResultLink(q, SynthRespondent(q, 3, 1));
    CHECK(AddTeamLinks(m.state, "https://example.test/s.html#" + a + "\nhttps://example.test/s.html#" + b) == 2);
    CHECK(m.state.team.members.size() == 2);
    CHECK(m.state.team.questionnaire == 1);
    SUBCASE("a link for another questionnaire is refused with a message") {
        const Questionnaire& other = m.state.questionnaires[0];
        CHECK(AddTeamLinks(m.state, "#" + EncodeResultLink(other, SynthRespondent(other, 3, 0))) == 0);
        CHECK(m.state.team.members.size() == 2);
        CHECK(!m.state.team.messages.empty());
    }
}

TEST_CASE("downloads of the results and the team view are named and built in one place") {
    Model m;
    const Questionnaire& q = m.state.questionnaires[0];
    const Result r = SynthRespondent(q, 11, 0);
    const Scores s = Score(q, r);
    CHECK(MakeExport(ExportKind::AnswersJson, q, r, s, "2026-11-22T10:00:00").filename == "systemic-b2b-2026-11-22.json");
    CHECK(MakeExport(ExportKind::CsvAreas, q, r, s, "2026-11-22T10:00:00").filename == "systemic-b2b-2026-11-22-areas.csv");
    CHECK(MakeExport(ExportKind::ReportHtml, q, r, s, "not a date").filename == "systemic-b2b-report.html");
    const std::vector<Result> team = SynthResults(q, 3, 2);
    const TeamScores t = AggregateTeam(q, team);
    const ExportFile csv = MakeTeamExport(TeamExportKind::Csv, q, team, t, "2026-11-22T10:00:00");
    CHECK(csv.filename == "systemic-team-b2b-2026-11-22.csv");
    CHECK(csv.data == TeamCsv(q, t));
    const ExportFile html = MakeTeamExport(TeamExportKind::ReportHtml, q, team, t, "2026-11-22T10:00:00");
    CHECK(html.filename == "systemic-team-report-b2b-2026-11-22.html");
    CHECK(html.mime == "text/html;charset=utf-8");
}

TEST_CASE("links and e-mails that leave the page") {
    Model m;
    CHECK(ResultsLinkUrl(m.state, m.host).empty());   // nothing open, nothing to share
    m.Begin(0, Mode::Quick);
    const std::string url = ResultsLinkUrl(m.state, m.host);
    CHECK(url.rfind(m.host.page_url + "#r=", 0) == 0);
    CHECK(MailtoUrl("a b@c.d", "Q&A", "line 1\nline 2 ±") == "mailto:a%20b%40c.d?subject=Q%26A&body=line%201%0Aline%202%20%C2%B1");
}

TEST_CASE("the same result twice is skipped with a message, not counted as a second person") {
    Model m;
    const Questionnaire& q = m.state.questionnaires[1];
    const Result owner = SynthRespondent(q, 3, 0), manager = SynthRespondent(q, 3, 1), front = SynthRespondent(q, 3, 2);
    const std::string a = "https://example.test/s.html#" + EncodeResultLink(q, owner);
    const std::string b = "https://example.test/s.html#" + EncodeResultLink(q, manager);
    const std::string c = "https://example.test/s.html#" + EncodeResultLink(q, front);
    SUBCASE("a link pasted again in the same batch") {
        CHECK(AddTeamLinks(m.state, a + "\n" + b + "\n" + c + "\n" + a) == 3);
        CHECK(m.state.team.members.size() == 3);
        REQUIRE(m.state.team.messages.size() == 4);
        CHECK(m.state.team.messages[3].rfind("Link 4 is the same result as Link 1", 0) == 0);
        CHECK(m.state.team.messages[3].find("skipped") != std::string::npos);
        CHECK_FALSE(m.state.team.messages_are_errors);
    }
    SUBCASE("a link added in a later batch, and the same result as a file") {
        CHECK(AddTeamLinks(m.state, a + "\n" + b) == 2);
        CHECK(AddTeamLinks(m.state, b) == 0);
        CHECK(m.state.team.members.size() == 2);
        GoTo(m.state, Screen::Team);
        m.Apply();
        ReceiveFile(m.state, m.host, "owner.json", SaveResult(owner));
        m.Apply();
        CHECK(m.state.team.members.size() == 2);
        CHECK(m.state.team.messages.back().find("same result as Link 1") != std::string::npos);
    }
    SUBCASE("a different result of the same person is not a duplicate") {
        Result changed = owner;
        for (Answer& x : changed.answers)
            if (x.status == AnswerStatus::Answered) { x.today = x.today == 1 ? 2 : 1; break; }
        CHECK(AddTeamLinks(m.state, a + "\n#" + EncodeResultLink(q, changed)) == 2);
    }
    SUBCASE("notes do not make a result different") {
        Result noted = owner;
        noted.answers[0].note = "a note the link does not carry";
        CHECK(SameTeamResult(owner, noted));
        Result other_role = owner;
        other_role.respondent.role = owner.respondent.role == Role::Owner ? Role::Manager : Role::Owner;
        CHECK_FALSE(SameTeamResult(owner, other_role));
        Result other_points = owner;
        other_points.area_points = {{q.areas[0].id, 100}};
        other_points.area_points = {{q.areas[0].id, 99}, {q.areas[1].id, 1}};
        CHECK_FALSE(SameTeamResult(owner, other_points));
    }
}

TEST_CASE("Remove in the team view can be undone") {
    Model m;
    const Questionnaire& q = m.state.questionnaires[1];
    std::string links;
    for (int i = 0; i < 3; ++i) links += "#" + EncodeResultLink(q, SynthRespondent(q, 4, i)) + "\n";
    REQUIRE(AddTeamLinks(m.state, links) == 3);
    const std::string second = m.state.team.members[1].label;
    const std::string second_source = m.state.team.members[1].source;
    RemoveTeamMember(m.state, 1);
    CHECK(m.state.team.members.size() == 2);
    CHECK(m.state.team.messages.back() == second + " removed.");
    CHECK(m.state.team.scores_for == -1);
    REQUIRE(UndoRemoveTeamMember(m.state));
    REQUIRE(m.state.team.members.size() == 3);
    CHECK(m.state.team.members[1].source == second_source);   // back in its place
    CHECK_FALSE(UndoRemoveTeamMember(m.state));                 // once only
    SUBCASE("removing the last member keeps the questionnaire so the undo can bring it back") {
        RemoveTeamMember(m.state, 0);
        RemoveTeamMember(m.state, 0);
        RemoveTeamMember(m.state, 0);
        CHECK(m.state.team.members.empty());
        REQUIRE(UndoRemoveTeamMember(m.state));
        CHECK(m.state.team.members.size() == 1);
        CHECK(m.state.team.questionnaire == 1);
    }
    SUBCASE("adding a result ends the chance to undo") {
        RemoveTeamMember(m.state, 0);
        CHECK(AddTeamLinks(m.state, "#" + EncodeResultLink(q, SynthRespondent(q, 4, 7))) == 1);
        CHECK_FALSE(UndoRemoveTeamMember(m.state));
    }
    SUBCASE("out-of-range indices change nothing") {
        RemoveTeamMember(m.state, 5);
        RemoveTeamMember(m.state, -1);
        CHECK(m.state.team.members.size() == 3);
    }
}

} // namespace systemic::test
