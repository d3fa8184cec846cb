// test_inbox_outbox.cpp — what arrives (files, fragments, team links) and what leaves (links, e-mails, downloads),
// with no UI: every bad input gets a message and changes nothing.
#include <algorithm>

#include <doctest/doctest.h>

#include "formats/links.h"
#include "formats/result_file.h"
#include "reports/csv.h"
#include "reports/team_out.h"
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

TEST_CASE("duplicates are found by fingerprint: whatever SameTeamResult calls the same has one fingerprint") {
    Model m;
    const Questionnaire& q = m.state.questionnaires[1];
    const Result owner = SynthRespondent(q, 3, 0);
    SUBCASE("the same result in other words: notes, order of answers and points, a missing date, zero points") {
        Result same = owner;
        same.answers[0].note = "a note";
        std::reverse(same.answers.begin(), same.answers.end());
        std::reverse(same.area_points.begin(), same.area_points.end());
        same.created.clear();
        same.area_points.push_back({q.areas[0].id, 0});
        REQUIRE(SameTeamResult(owner, same));
        CHECK(TeamResultFingerprint(owner) == TeamResultFingerprint(same));
    }
    SUBCASE("points split over two entries of one area") {
        Result pointed = owner, split = owner;
        pointed.area_points = {{q.areas[0].id, 60}, {q.areas[1].id, 40}};
        split.area_points = {{q.areas[0].id, 30}, {q.areas[1].id, 40}, {q.areas[0].id, 30}};
        REQUIRE(SameTeamResult(pointed, split));
        CHECK(TeamResultFingerprint(pointed) == TeamResultFingerprint(split));
        CHECK(TeamResultFingerprint(pointed) != TeamResultFingerprint(owner));
    }
    SUBCASE("different results have different fingerprints") {
        Result level = owner, role = owner, name = owner;
        for (Answer& x : level.answers)
            if (x.status == AnswerStatus::Answered) { x.today = x.today == 1 ? 2 : 1; break; }
        role.respondent.role = owner.respondent.role == Role::Owner ? Role::Manager : Role::Owner;
        name.respondent.name += " Jr";
        for (const Result* r : {&level, &role, &name}) {
            CHECK_FALSE(SameTeamResult(owner, *r));
            CHECK(TeamResultFingerprint(owner) != TeamResultFingerprint(*r));
        }
    }
}

TEST_CASE("a batch of results files joins the team with one summary, duplicates skipped") {
    Model m;
    const Questionnaire& q = m.state.questionnaires[1];
    constexpr int kPeople = 300;
    std::vector<std::string> files;
    for (int i = 0; i < kPeople; ++i) files.push_back(SaveResult(SynthRespondent(q, 11, i)));
    // The same files again (every third), one not JSON, and a copy of the first with a note.
    std::vector<std::pair<std::string, std::string>> batch;
    for (int i = 0; i < kPeople; ++i) batch.emplace_back("r" + std::to_string(i) + ".json", files[static_cast<size_t>(i)]);
    for (int i = 0; i < kPeople; i += 3) batch.emplace_back("copy" + std::to_string(i) + ".json", files[static_cast<size_t>(i)]);
    batch.emplace_back("broken.json", "{ not json");
    Result first = SynthRespondent(q, 11, 0);
    first.answers[0].note = "noted later";
    batch.emplace_back("first-again.json", SaveResult(first));
    const int duplicates = kPeople / 3 + 1;

    REQUIRE(m.state.screen != Screen::Team);
    BeginFiles(m.state, static_cast<int>(batch.size()));
    m.Apply();
    CHECK(m.state.screen == Screen::Team);   // several results files make a team, whatever the screen
    for (const auto& [name, text] : batch) {
        ReceiveFile(m.state, m.host, name, text);
        CHECK(m.state.team.messages.empty());   // nothing per file while the batch runs
    }
    CHECK(InFileBatch(m.state));
    CHECK(m.state.team.import.done == static_cast<int>(batch.size()));
    EndFiles(m.state);
    const std::string announced = m.state.announcement;
    m.Apply();
    CHECK_FALSE(InFileBatch(m.state));
    CHECK(m.state.team.members.size() == static_cast<size_t>(kPeople));
    REQUIRE(!m.state.team.messages.empty());
    const std::string& summary = m.state.team.messages[0];
    CHECK(summary.rfind("Added 300 respondents from " + std::to_string(batch.size()) + " files.", 0) == 0);
    CHECK(summary.find(std::to_string(duplicates) + " files hold a result already in the team: skipped") != std::string::npos);
    CHECK(summary.find("1 file could not be added") != std::string::npos);
    CHECK(m.state.team.messages_are_errors);
    CHECK(announced == summary);
    // The team adds up to the core's figures for the same 300 people.
    std::vector<Result> results;
    for (int i = 0; i < kPeople; ++i) results.push_back(SynthRespondent(q, 11, i));
    CHECK(TeamToJson(q, RefreshTeamScores(m.state)) == TeamToJson(q, AggregateTeam(q, results)));

    SUBCASE("after a Remove and its Undo, a duplicate is still found (the index follows the members)") {
        RemoveTeamMember(m.state, 0);
        REQUIRE(UndoRemoveTeamMember(m.state));
        RemoveTeamMember(m.state, 5);
        CHECK(AddTeamResult(m.state, "again", SynthRespondent(q, 11, 0), 1) == false);
        CHECK(AddTeamResult(m.state, "again", SynthRespondent(q, 11, 299), 1) == false);
        CHECK(AddTeamResult(m.state, "back", SynthRespondent(q, 11, 5), 1) == true);   // the removed one may return
        CHECK(m.state.team.members.size() == static_cast<size_t>(kPeople));
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
