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

} // namespace systemic::test
