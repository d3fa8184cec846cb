// test_team_store.cpp — the team view kept in this browser by the answers' rules (state/team_store.h): back after a
// reload in the same order with the same figures, gone only after "Clear the team", a full storage said and the team
// kept in memory, unreadable stored data kept aside, two tabs adding at once keep both.
#include <doctest/doctest.h>

#include "formats/json_document.h"
#include "formats/links.h"
#include "formats/result_file.h"
#include "reports/team_out.h"
#include "rules/synthetic.h"
#include "state/inbox.h"
#include "state/team_store.h"
#include "state_fixture.h"

namespace systemic::test {

namespace {

std::string LinkOf(const Questionnaire& q, unsigned seed, int i) { return "#" + EncodeResultLink(q, SynthRespondent(q, seed, i)); }

// What a consultant does: open the team view, paste links, open a results file.
void OpenTeam(Model& m) {
    GoTo(m.state, Screen::Team);
    m.Apply();
}
void Paste(Model& m, const std::string& links) {
    AddTeamLinks(m.state, links);
    m.Apply();
}
void OpenFile(Model& m, const std::string& name, const Result& r) {
    ReceiveFile(m.state, m.host, name, SaveResult(r));
    m.Apply();
}

std::vector<std::string> Labels(const AppModel& s) {
    std::vector<std::string> out;
    for (const TeamMember& member : s.team.members) out.push_back(member.label + " | " + member.source);
    return out;
}

// The team's figures as the command line writes them: equal text, equal figures.
std::string Figures(AppModel& s) {
    return TeamToJson(s.questionnaires[static_cast<size_t>(s.team.questionnaire)], RefreshTeamScores(s));
}

} // namespace

TEST_CASE("three respondents (two links, one file) come back after a reload in the same order with the same figures") {
    Model m;
    const Questionnaire q = m.state.questionnaires[0];   // a copy: a reload replaces the model
    OpenTeam(m);
    Paste(m, LinkOf(q, 7, 0) + "\n" + LinkOf(q, 7, 1));
    OpenFile(m, "third.json", SynthRespondent(q, 7, 2));
    REQUIRE(m.state.team.members.size() == 3);
    const std::vector<std::string> labels = Labels(m.state);
    const std::string figures = Figures(m.state);

    // The record: versioned, with a revision, links kept as links and the file as its results.
    REQUIRE(m.host.storage.count(kTeamKey) == 1);
    const JsonDocument doc = ParseJson(m.host.storage.at(kTeamKey));
    REQUIRE(doc.ok);
    CHECK(doc.value["format"] == "systemic-team");
    CHECK(doc.value["version"] == 1);
    CHECK(doc.value["revision"].get<int>() >= 1);
    CHECK(doc.value["questionnaire"] == q.id);
    REQUIRE(doc.value["members"].size() == 3);
    CHECK(doc.value["members"][0]["link"].get<std::string>().rfind("r=", 0) == 0);
    CHECK(doc.value["members"][2]["source"] == "third.json");
    CHECK(doc.value["members"][2]["result"].is_object());

    m.Reload();
    CHECK(Labels(m.state) == labels);
    CHECK(m.state.team.questionnaire == 0);
    CHECK(Figures(m.state) == figures);
    CHECK(m.state.storage_notice.empty());

    SUBCASE("a removal and its undo are kept too; removing the last one leaves an empty team, not a deleted one") {
        RemoveTeamMember(m.state, 1);
        m.Apply();
        m.Reload();
        CHECK(Labels(m.state) == std::vector<std::string>{labels[0], labels[2]});
        RemoveTeamMember(m.state, 0);
        m.Apply();
        REQUIRE(UndoRemoveTeamMember(m.state));
        m.Apply();
        m.Reload();
        CHECK(Labels(m.state) == std::vector<std::string>{labels[0], labels[2]});
        RemoveTeamMember(m.state, 0);
        RemoveTeamMember(m.state, 0);
        m.Apply();
        CHECK(m.host.storage.count(kTeamKey) == 1);   // only "Clear the team" deletes it
        m.Reload();
        CHECK(m.state.team.members.empty());
    }
    SUBCASE("Clear the team asks first, then removes it from storage: gone after a reload") {
        m.state.confirm = Confirm::ClearTeam;   // what the button does: the dialog asks
        m.Apply();
        CHECK(m.state.team.members.size() == 3);
        CHECK(m.host.storage.count(kTeamKey) == 1);
        m.state.confirm = Confirm::None;   // "Clear the team" in the dialog
        m.state.want_clear_team = true;
        m.Apply();
        CHECK(m.state.team.members.empty());
        CHECK(m.host.storage.count(kTeamKey) == 0);
        CHECK(m.state.team.messages.back().find("cleared") != std::string::npos);
        m.Reload();
        CHECK(m.state.team.members.empty());
        CHECK(m.host.storage.count(kTeamKey) == 0);
        // And a team started afresh is kept again.
        OpenTeam(m);
        Paste(m, LinkOf(q, 8, 0));
        m.Reload();
        CHECK(m.state.team.members.size() == 1);
    }
}

TEST_CASE("a team that does not fit in storage is said, stays usable for this visit, and is kept once there is room") {
    Model m;
    const Questionnaire q = m.state.questionnaires[0];   // a copy: a reload replaces the model
    OpenTeam(m);
    SUBCASE("storage full") { m.host.storage_mode = StorageResult::Full; }
    SUBCASE("a quota: the first link fits, a results file does not") {
        Paste(m, LinkOf(q, 9, 5));
        m.host.shared->quota_bytes = m.host.shared->Used() + 200;
    }
    SUBCASE("storage refused") { m.host.storage_mode = StorageResult::Failed; }
    const size_t before = m.state.team.members.size();
    OpenFile(m, "big.json", SynthRespondent(q, 9, 0));
    Paste(m, LinkOf(q, 9, 1));
    CHECK(m.state.team.members.size() == before + 2);   // usable in memory
    CHECK(m.state.team.save_result != StorageResult::Saved);
    CHECK(m.state.storage_notice.find("team view could not be kept") != std::string::npos);
    CHECK(RefreshTeamScores(m.state).respondents == static_cast<int>(before) + 2);
    // Room again (kept copies removed, say): the next change keeps the whole team and the warning goes.
    m.host.storage_mode = StorageResult::Saved;
    m.host.shared->quota_bytes = 0;
    Paste(m, LinkOf(q, 9, 2));
    CHECK(m.state.team.save_result == StorageResult::Saved);
    CHECK(m.state.storage_notice.empty());
    m.Reload();
    CHECK(m.state.storage_notice.empty());
    CHECK(m.state.team.members.size() == before + 3);
}

TEST_CASE("unreadable stored team data is moved aside and kept, with a message, and the team view starts empty") {
    const std::string newer = R"({"format": "systemic-team", "version": 2, "questionnaire": "b2b", "members": []})";
    const std::string other_questionnaire =
        R"({"format": "systemic-team", "version": 1, "questionnaire": "no-such-one", "members": [{"source": "a", "link": "r=x"}]})";
    for (const std::string& bad : {std::string("{\"format\": \"systemic-team\", \"members\": ["), newer, other_questionnaire,
                                   std::string("\xFF\xFE{}"), std::string("[1, 2]"),
                                   std::string(R"({"format": "systemic-team", "version": 1, "members": 3})")}) {
        CAPTURE(bad);
        Model m;
        m.host.storage[kTeamKey] = bad;
        m.Reload();
        CHECK(m.state.team.members.empty());
        CHECK(m.host.storage.count(kTeamKey) == 0);   // moved aside ...
        bool kept = false;
        for (const auto& [key, value] : m.host.storage) kept |= key.rfind(kKeptCopyPrefix, 0) == 0 && value == bad;
        CHECK(kept);                                  // ... byte for byte, under a key of its own
        CHECK(m.state.storage_notice.find("could not be read") != std::string::npos);
        CHECK(m.state.storage_notice.find("Kept copies") != std::string::npos);
        REQUIRE(m.state.kept_copies.size() == 1);
        // A new team is kept as usual and does not touch the copy.
        const Questionnaire q = m.state.questionnaires[0];   // a copy: a reload replaces the model
        OpenTeam(m);
        Paste(m, LinkOf(q, 3, 0));
        m.Reload();
        CHECK(m.state.team.members.size() == 1);
        CHECK(m.state.kept_copies.size() == 1);
    }
}

TEST_CASE("a stored team with one damaged respondent: the others come back, the whole record is kept aside") {
    Model m;
    const Questionnaire q = m.state.questionnaires[0];   // a copy: a reload replaces the model
    OpenTeam(m);
    Paste(m, LinkOf(q, 4, 0) + "\n" + LinkOf(q, 4, 1));
    std::string record = m.host.storage.at(kTeamKey);
    const size_t at = record.rfind("r=");
    record.replace(at, 6, "r=!!!!");   // the second link's header is damaged
    m.host.storage[kTeamKey] = record;
    m.Reload();
    CHECK(m.state.team.members.size() == 1);
    CHECK(m.state.storage_notice.find("1 respondent could not be read") != std::string::npos);
    bool kept = false;
    for (const auto& [key, value] : m.host.storage) kept |= key.rfind(kKeptCopyPrefix, 0) == 0 && value == record;
    CHECK(kept);
    REQUIRE(m.state.kept_copies.size() == 1);
    CHECK(m.state.kept_copies[0].what.find("A team view") == 0);
    m.Reload();   // rewritten without the damaged one: no second message
    CHECK(m.state.team.members.size() == 1);
    CHECK(m.state.storage_notice.empty());
}

TEST_CASE("unreadable stored team data with no room for a copy stays where it is and is never written over") {
    Model m;
    const std::string bad = R"({"format": "systemic-team", "version": 9, "members": []})";
    m.host.storage[kTeamKey] = bad;
    m.host.shared->quota_bytes = m.host.shared->Used() + 20;   // no room for a copy of it
    m.Reload();
    CHECK(m.host.storage.at(kTeamKey) == bad);
    CHECK(m.state.team.stored_unreadable);
    CHECK(m.state.storage_notice.find("could not be kept aside") != std::string::npos);
    const Questionnaire q = m.state.questionnaires[0];   // a copy: a reload replaces the model
    OpenTeam(m);
    Paste(m, LinkOf(q, 5, 0));
    CHECK(m.state.team.members.size() == 1);   // usable for this visit
    CHECK(m.host.storage.at(kTeamKey) == bad);
    // Clearing this tab's team does not remove data it could not read.
    m.state.want_clear_team = true;
    m.Apply();
    CHECK(m.host.storage.at(kTeamKey) == bad);
    // With room, the next change keeps it aside first, then writes.
    m.host.shared->quota_bytes = 0;
    Paste(m, LinkOf(q, 5, 1));
    CHECK(m.host.storage.at(kTeamKey) != bad);
    bool kept = false;
    for (const auto& [key, value] : m.host.storage) kept |= key.rfind(kKeptCopyPrefix, 0) == 0 && value == bad;
    CHECK(kept);
}

TEST_CASE("two tabs sharing one storage: adding in each keeps both, in both tabs and after a reload") {
    auto storage = std::make_shared<HeadlessStorage>();
    Model a(storage, "tab-a"), b(storage, "tab-b");
    const Questionnaire q = a.state.questionnaires[0];   // a copy: a reload replaces the model
    OpenTeam(a);
    OpenTeam(b);
    SUBCASE("each hears the other's storage event before its own change") {
        Paste(a, LinkOf(q, 6, 0));
        b.Deliver();
        CHECK(b.state.team.members.size() == 1);
        Paste(b, LinkOf(q, 6, 1));
        a.Deliver();
    }
    SUBCASE("both change before any event arrives") {
        Paste(a, LinkOf(q, 6, 0));
        Paste(b, LinkOf(q, 6, 1));   // b has not seen a's write: it merges before writing
        a.Deliver();
        b.Deliver();
    }
    SUBCASE("a file in one tab, links in the other, and a removal") {
        Paste(a, LinkOf(q, 6, 0) + "\n" + LinkOf(q, 6, 2));
        b.Deliver();
        RemoveTeamMember(b.state, 1);   // b removes a's second ...
        b.Apply();
        OpenFile(a, "one.json", SynthRespondent(q, 6, 1));   // ... while a opens a file
        a.Deliver();
        b.Deliver();
    }
    REQUIRE(a.state.team.members.size() == 2);
    CHECK(Labels(a.state) == Labels(b.state));
    CHECK(Figures(a.state) == Figures(b.state));
    const std::vector<std::string> labels = Labels(a.state);
    a.Reload();
    CHECK(Labels(a.state) == labels);
    CHECK(a.state.storage_notice.empty());
}

TEST_CASE("a team cleared in another tab is cleared here too; what this tab added meanwhile stays") {
    auto storage = std::make_shared<HeadlessStorage>();
    Model a(storage, "tab-a"), b(storage, "tab-b");
    const Questionnaire q = a.state.questionnaires[0];   // a copy: a reload replaces the model
    OpenTeam(a);
    OpenTeam(b);
    Paste(a, LinkOf(q, 2, 0) + "\n" + LinkOf(q, 2, 1));
    b.Deliver();
    REQUIRE(b.state.team.members.size() == 2);
    SUBCASE("cleared") {
        b.state.want_clear_team = true;
        b.Apply();
        a.Deliver();
        CHECK(a.state.team.members.empty());
        CHECK(a.state.team.messages.back().find("cleared in another tab") != std::string::npos);
        a.Reload();
        CHECK(a.state.team.members.empty());
    }
    SUBCASE("cleared while the other tab added one it had not yet heard of") {
        Paste(a, LinkOf(q, 2, 2));
        b.state.want_clear_team = true;   // b confirmed clearing the two it saw
        b.Apply();
        CHECK(b.state.team.members.size() == 1);
        a.Deliver();
        CHECK(a.state.team.members.size() == 1);
        a.Reload();
        CHECK(a.state.team.members.size() == 1);
    }
}

} // namespace systemic::test

namespace systemic::test {

TEST_CASE("a kept copy of a team, downloaded and opened again, brings its respondents back into the team view") {
    Model m;
    const Questionnaire q = m.state.questionnaires[0];   // a copy: a reload replaces the model
    OpenTeam(m);
    Paste(m, LinkOf(q, 11, 0) + "\n" + LinkOf(q, 11, 1));
    OpenFile(m, "c.json", SynthRespondent(q, 11, 2));
    std::string record = m.host.storage.at(kTeamKey);
    record.replace(record.find("\"version\":1"), 11, "\"version\":1,\"note\":\"\\u00e9\"");   // still readable
    const size_t at = record.find("r=");
    record.replace(at, 6, "r=!!!!");   // the first link damaged
    m.host.storage[kTeamKey] = record;
    m.Reload();
    REQUIRE(m.state.team.members.size() == 2);
    REQUIRE(m.state.kept_copies.size() == 1);
    m.state.want_clear_team = true;
    m.Apply();
    REQUIRE(m.state.team.members.empty());
    DownloadStored(m.state, m.host, m.state.kept_copies[0].key);
    REQUIRE(!m.host.downloads.empty());
    CHECK(m.host.downloads.back().filename.rfind("systemic-team-kept-", 0) == 0);
    CHECK(m.host.downloads.back().data == record);
    ReceiveFile(m.state, m.host, "kept.json", m.host.downloads.back().data);
    m.Apply();
    CHECK(m.state.screen == Screen::Team);
    CHECK(m.state.team.members.size() == 2);
    CHECK(m.state.team.members[0].source == "kept.json, Link 2");
    CHECK(m.state.team.messages.back().find("1 could not be read") != std::string::npos);
    m.Reload();
    CHECK(m.state.team.members.size() == 2);
}

TEST_CASE("another tab (a newer version, say) storing a team this page cannot read: kept aside, this team stays and is written back on its next change") {
    auto storage = std::make_shared<HeadlessStorage>();
    Model a(storage, "tab-a");
    const Questionnaire q = a.state.questionnaires[0];
    OpenTeam(a);
    Paste(a, LinkOf(q, 13, 0));
    const std::string newer = R"({"format": "systemic-team", "version": 2, "teams": []})";
    storage->WriteFromElsewhere(kTeamKey, newer);
    a.Deliver();
    CHECK(a.state.team.members.size() == 1);
    CHECK(a.state.storage_notice.find("cannot read") != std::string::npos);
    bool kept = false;
    for (const auto& [key, value] : storage->items) kept |= key.rfind(kKeptCopyPrefix, 0) == 0 && value == newer;
    CHECK(kept);
    CHECK(storage->items.at(kTeamKey) == newer);   // not written over until this tab changes its team
    Paste(a, LinkOf(q, 13, 1));
    a.Reload();
    CHECK(a.state.team.members.size() == 2);
}

TEST_CASE("a team of another questionnaire stored by another tab at the same moment: this tab's additions are kept as a copy") {
    auto storage = std::make_shared<HeadlessStorage>();
    Model a(storage, "tab-a"), b(storage, "tab-b");
    const Questionnaire q0 = a.state.questionnaires[0], q1 = a.state.questionnaires[1];
    OpenTeam(a);
    OpenTeam(b);
    Paste(a, LinkOf(q0, 14, 0));
    Paste(b, LinkOf(q1, 14, 0));   // before a's storage event arrives
    CHECK(b.state.storage_notice.find("different questionnaire") != std::string::npos);
    REQUIRE(b.state.kept_copies.size() == 1);
    CHECK(b.state.kept_copies[0].what.find("A team view: 1 respondent (" + q1.title + ")") == 0);
    a.Deliver();
    b.Reload();
    CHECK(b.state.team.members.size() == 1);
    CHECK(b.state.team.questionnaire == 0);
}

} // namespace systemic::test
