// test_file_batch.cpp — files handed over a slice at a time (state/inbox.h BeginFiles): a large batch is summed up
// once (people added, duplicates skipped, files refused with the first reasons), the team is written once after it,
// duplicates are found by fingerprint whatever Remove and Undo did, and a team too large for storage is said.
#include <doctest/doctest.h>

#include <functional>
#include <string>
#include <vector>

#include "formats/result_file.h"
#include "rules/synthetic.h"
#include "state/inbox.h"
#include "state/team_store.h"
#include "state_fixture.h"

namespace systemic::test {

namespace {

IncomingFile File(const std::string& name, const std::string& text) { return IncomingFile{name, text, 0, false}; }

// Hands `files` over as platform.js does: begin, slices of `slice` files with the end of a frame between, end.
void HandOver(Model& m, const std::vector<IncomingFile>& files, std::size_t slice, const std::function<void()>& between = {}) {
    BeginFiles(m.state, static_cast<int>(files.size()));
    for (std::size_t i = 0; i < files.size(); ++i) {
        ReceiveBatchFile(m.state, m.host, files[i]);
        if ((i + 1) % slice == 0) {
            m.Apply();
            if (between) between();
        }
    }
    EndFiles(m.state, m.host);
    m.Apply();
}

std::string Joined(const std::vector<std::string>& lines) {
    std::string out;
    for (const std::string& line : lines) out += line + "\n";
    return out;
}

} // namespace

TEST_CASE("300 files in slices, 101 duplicates and a broken file: one summary, the team written once after") {
    Model m;
    const Questionnaire& q = m.state.questionnaires[1];
    const std::vector<Result> people = SynthResults(q, 198, 42);
    std::vector<IncomingFile> files;
    for (std::size_t i = 0; i < people.size(); ++i) files.push_back(File("r" + std::to_string(i) + ".json", SaveResult(people[i])));
    for (int i = 0; i < 101; ++i) {   // the same results again, some of them twice or three times
        const std::size_t from = static_cast<std::size_t>(i * 7) % people.size();
        files.push_back(File("copy" + std::to_string(i) + ".json", SaveResult(people[from])));
    }
    files.insert(files.begin() + 150, File("broken.json", "{\"schema_version\": 1, \"answers\": ["));
    REQUIRE(files.size() == 300);

    bool saw_progress = false, stored_during = false;
    HandOver(m, files, 37, [&] {
        saw_progress = saw_progress || (InFileBatch(m.state) && m.state.incoming.done > 0 && m.state.incoming.done < 300);
        stored_during = stored_during || m.host.StorageGet(kTeamKey).has_value();
        CHECK(m.state.screen == Screen::Team);   // a large batch goes to the team view, where its progress shows
    });
    CHECK(saw_progress);
    CHECK_FALSE(stored_during);   // not written at every slice: once, after the last file
    CHECK_FALSE(InFileBatch(m.state));
    CHECK(m.state.incoming.total == 0);
    CHECK(m.state.team.members.size() == 198);
    REQUIRE(m.state.team.messages.size() == 2);
    const std::string& summary = m.state.team.messages[0];
    CHECK(summary.find("Added 198 people from 300 files.") == 0);
    CHECK(summary.find("Skipped 101 duplicates") != std::string::npos);
    CHECK(summary.find("Refused 1 file; the reason is below.") != std::string::npos);
    CHECK(m.state.team.messages[1].rfind("broken.json", 0) == 0);   // which file, and what is wrong with it
    CHECK(m.state.team.messages[1].find("broken.json:1:") != std::string::npos);
    CHECK(m.state.team.messages_are_errors);
    CHECK(m.state.announcement.empty());   // said after the frame (the host's live region)
    CHECK(Joined(m.host.announcements).find("Added 198 people") != std::string::npos);
    // Stored once the batch ended, all of it.
    const auto stored = m.host.StorageGet(kTeamKey);
    REQUIRE(stored);
    CHECK(TeamRecordFromJson(*stored, m.state.questionnaires).members.size() == 198);
    CHECK(m.state.team.save_result == StorageResult::Saved);
}

TEST_CASE("a large batch lists the first five refused files and counts the rest") {
    Model m;
    const Questionnaire& q = m.state.questionnaires[1];
    std::vector<IncomingFile> files;
    for (int i = 0; i < 8; ++i) files.push_back(File("bad" + std::to_string(i) + ".json", "not json " + std::to_string(i)));
    for (const Result& r : SynthResults(q, 12, 3)) files.push_back(File(r.respondent.name + ".json", SaveResult(r)));
    HandOver(m, files, 5);
    CHECK(m.state.team.members.size() == 12);
    REQUIRE(m.state.team.messages.size() == 7);   // summary, five reasons, "... and 3 more"
    CHECK(m.state.team.messages[0].find("Refused 8 files; the first 5 reasons are below.") != std::string::npos);
    for (int i = 0; i < 5; ++i) CHECK(m.state.team.messages[static_cast<std::size_t>(i) + 1].rfind("bad" + std::to_string(i) + ".json", 0) == 0);
    CHECK(m.state.team.messages[6] == "... and 3 more, not listed here.");
}

TEST_CASE("a small batch still says each file, on the screen it arrived on") {
    Model m;
    GoTo(m.state, Screen::Team);
    m.Apply();
    const Questionnaire& q = m.state.questionnaires[1];
    const std::vector<Result> people = SynthResults(q, 3, 5);
    HandOver(m, {File("a.json", SaveResult(people[0])), File("b.json", SaveResult(people[1])), File("a2.json", SaveResult(people[0])),
                 File("bad.json", "{")}, 2);
    CHECK(m.state.team.members.size() == 2);
    REQUIRE(m.state.team.messages.size() == 4);
    CHECK(m.state.team.messages[0].rfind("a.json: added", 0) == 0);
    CHECK(m.state.team.messages[2].rfind("a2.json is the same result as a.json", 0) == 0);
    CHECK(m.state.team.messages[3].rfind("bad.json", 0) == 0);
}

TEST_CASE("the fingerprint index finds duplicates after Remove and Undo") {
    Model m;
    const Questionnaire& q = m.state.questionnaires[1];
    const std::vector<Result> people = SynthResults(q, 40, 9);
    std::vector<IncomingFile> files;
    for (std::size_t i = 0; i < people.size(); ++i) files.push_back(File("p" + std::to_string(i) + ".json", SaveResult(people[i])));
    HandOver(m, files, 16);
    REQUIRE(m.state.team.members.size() == 40);
    auto add_again = [&](std::size_t i) {
        ReceiveFile(m.state, m.host, "again.json", SaveResult(people[i]));
        m.Apply();
        return m.state.team.messages.back();
    };
    RemoveTeamMember(m.state, 10);   // members after it move up one place
    CHECK(add_again(20).find("same result as p20.json") != std::string::npos);
    CHECK(add_again(39).find("same result as p39.json") != std::string::npos);
    REQUIRE(UndoRemoveTeamMember(m.state));
    CHECK(m.state.team.members.size() == 40);
    CHECK(add_again(10).find("same result as p10.json") != std::string::npos);   // back, so a duplicate again
    CHECK(add_again(25).find("same result as p25.json") != std::string::npos);
    RemoveTeamMember(m.state, 0);
    CHECK(add_again(0).rfind("again.json: added", 0) == 0);   // gone, so welcome again
    CHECK(m.state.team.members.size() == 40);
    CHECK(m.state.team.members.back().source == "again.json");

    SUBCASE("what SameTeamResult calls the same has one fingerprint") {
        Result noted = people[3];
        noted.answers[0].note = "a note the link does not carry";
        std::swap(noted.answers[1], noted.answers[2]);   // order aside
        noted.created.clear();                            // a result without a date matches any date
        REQUIRE(SameTeamResult(people[3], noted));
        CHECK(TeamResultFingerprint(people[3]) == TeamResultFingerprint(noted));
        CHECK(TeamResultFingerprint(people[3]) != TeamResultFingerprint(people[4]));
    }
}

TEST_CASE("a team too large for this browser's storage is said, and stays in the page") {
    Model m;
    const Questionnaire& q = m.state.questionnaires[1];
    const std::vector<Result> people = SynthResults(q, 3600, 11);
    // A small team kept first: it is what a reload would show.
    GoTo(m.state, Screen::Team);
    m.Apply();
    HandOver(m, {File("first.json", SaveResult(people[0])), File("second.json", SaveResult(people[1]))}, 2);
    REQUIRE(m.host.StorageGet(kTeamKey));
    std::vector<IncomingFile> files;
    for (std::size_t i = 2; i < people.size(); ++i) files.push_back(File("p" + std::to_string(i) + ".json", SaveResult(people[i])));
    HandOver(m, files, 500);
    CHECK(m.state.team.members.size() == 3600);
    CHECK(m.state.team.save_result == StorageResult::Full);
    CHECK(m.state.storage_notice.rfind("The team view of 3,600 respondents is too large to keep in this browser", 0) == 0);
    CHECK(m.state.storage_notice.find("download the team CSV or report") != std::string::npos);
    CHECK(m.state.storage_notice.find("as it was last kept (2 respondents)") != std::string::npos);
    CHECK(TeamRecordFromJson(*m.host.StorageGet(kTeamKey), m.state.questionnaires).members.size() == 2);   // untouched
    SUBCASE("removing people until it fits keeps it again") {
        while (m.state.team.members.size() > 100) m.state.team.members.pop_back();
        m.state.team.index_stale = true;
        RemoveTeamMember(m.state, 0);
        m.Apply();
        CHECK(m.state.team.save_result == StorageResult::Saved);
        CHECK(m.state.storage_notice.empty());
        CHECK(TeamRecordFromJson(*m.host.StorageGet(kTeamKey), m.state.questionnaires).members.size() == 99);
    }
}

} // namespace systemic::test
