// test_autosave.cpp — "nothing is lost" with several tabs and a storage that is full or holds data this page cannot
// read: merging per answer, stopping instead of overwriting, kept copies, checked writes, cancelled files.
// Every bad input or refused write is followed by a byte-for-byte check of what was stored.
#include <doctest/doctest.h>

#include <fstream>
#include <sstream>

#include "formats/result_file.h"
#include "rules/synthetic.h"
#include "state/inbox.h"
#include "state/session.h"
#include "state_fixture.h"

namespace systemic::test {

namespace {

constexpr int kB2b = 0;

std::string ReadFixture(const std::string& relative) {
    std::ifstream in(std::string(SYSTEMIC_SOURCE_DIR) + "/" + relative, std::ios::binary);
    REQUIRE(in.good());
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

const Answer& Nth(const AppModel& state, int nth) {
    return state.session.result.answers[static_cast<size_t>(state.session.asked[static_cast<size_t>(nth)])];
}

// The answers stored under the session key, read as a fresh tab would.
Result Stored(Model& m) {
    SessionRestore r = SessionFromJson(m.host.storage.at(kSessionKey), m.state.questionnaires);
    REQUIRE(r.ok);
    return r.session.result;
}

int StoredDone(Model& m) {
    const Result r = Stored(m);
    return CountDone(r, m.state.session.asked);
}

std::vector<std::string> KeptKeys(const Model& m) {
    std::vector<std::string> keys;
    for (const auto& [k, v] : m.host.storage)
        if (k.rfind(kKeptCopyPrefix, 0) == 0) keys.push_back(k);
    return keys;
}

// Saved data written by a later version of the page: this version must not read it, nor lose it.
const std::string kNewer = "{\"format\":\"systemic-session\",\"version\":2,\"result\":{\"questionnaire\":{\"id\":\"b2b\"}}}";

} // namespace

TEST_CASE("two tabs: the issue's example keeps all ten answers") {
    auto storage = std::make_shared<HeadlessStorage>();
    Model a(storage, "tab-a");
    a.Begin(kB2b, Mode::Quick);
    REQUIRE(a.state.session.asked.size() >= 10);
    for (int i = 0; i < 3; ++i) a.Choose(i, 2);

    Model b(storage, "tab-b");   // opened later: resumes what tab A saved
    REQUIRE(HasSession(b.state));
    CHECK(CountDone(b.state.session.result, b.state.session.asked) == 3);
    for (int i = 3; i < 10; ++i) b.Choose(i, 4);
    CHECK(StoredDone(b) == 10);

    SUBCASE("tab A hears tab B's writes and takes them in at once") {
        a.Deliver();
        CHECK(CountDone(a.state.session.result, a.state.session.asked) == 10);
        CHECK(Nth(a.state, 5).today == 4);
        CHECK(a.state.save_block == SaveBlock::None);
    }
    SUBCASE("tab A missed the storage events: its next write merges instead of overwriting") {
        a.host.storage_events.clear();
    }
    // Back in tab A, one key press.
    a.Choose(0, 5);
    CHECK(a.state.save_result == StorageResult::Saved);
    CHECK(a.state.save_block == SaveBlock::None);
    CHECK(StoredDone(a) == 10);
    CHECK(Stored(a).answers[static_cast<size_t>(a.state.session.asked[0])].today == 5);
    CHECK(Stored(a).answers[static_cast<size_t>(a.state.session.asked[9])].today == 4);

    Model reload(storage, "tab-c");   // after a reload all ten remain
    REQUIRE(HasSession(reload.state));
    CHECK(CountDone(reload.state.session.result, reload.state.session.asked) == 10);
    CHECK(Nth(reload.state, 0).today == 5);
}

TEST_CASE("two tabs answering different questions at once keep both tabs' answers") {
    auto storage = std::make_shared<HeadlessStorage>();
    Model a(storage, "tab-a");
    a.Begin(kB2b, Mode::Quick);
    Model b(storage, "tab-b");
    REQUIRE(HasSession(b.state));
    // Interleaved, with no storage events delivered at all: every write must still merge.
    a.Choose(0, 1);
    b.Choose(1, 2);
    a.Choose(2, 3);
    b.Choose(3, 4);
    a.Choose(4, 5);
    const Result stored = Stored(a);
    for (int i = 0; i < 5; ++i) CHECK(stored.answers[static_cast<size_t>(a.state.session.asked[static_cast<size_t>(i)])].today == i + 1);
    // And with the events delivered, both tabs show all five.
    a.Deliver();
    b.Deliver();
    CHECK(CountDone(a.state.session.result, a.state.session.asked) == 5);
    CHECK(CountDone(b.state.session.result, b.state.session.asked) == 5);
    SUBCASE("the record says which revision and which tab wrote it") {
        SessionRestore r = SessionFromJson(storage->items.at(kSessionKey), a.state.questionnaires);
        REQUIRE(r.ok);
        CHECK(r.revision >= 5);
        CHECK(r.writer == "tab-a");
    }
}

TEST_CASE("the same question changed in two tabs: the newer answer is kept, with a message") {
    auto storage = std::make_shared<HeadlessStorage>();
    Model a(storage, "tab-a");
    a.Begin(kB2b, Mode::Quick);
    Model b(storage, "tab-b");
    SUBCASE("this tab's edit is the newer one when it saves after the other tab") {
        b.Choose(0, 4);
        a.Choose(0, 2);   // A had not seen B's write: A's edit is the later one
        CHECK(Stored(a).answers[static_cast<size_t>(a.state.session.asked[0])].today == 2);
        CHECK(a.state.storage_notice.find("newer") != std::string::npos);
        b.Deliver();
        CHECK(Nth(b.state, 0).today == 2);
    }
    SUBCASE("the other tab's edit is the newer one when it arrives after this tab's unsaved edit") {
        SetToday(a.state.session.result.answers[static_cast<size_t>(a.state.session.asked[0])], 2);   // not yet saved
        MarkChanged(a.state);
        b.Choose(0, 4);
        a.Deliver();
        CHECK(Nth(a.state, 0).today == 4);
        CHECK(a.state.storage_notice.find("both changed") != std::string::npos);
        a.Apply();
        CHECK(Stored(a).answers[static_cast<size_t>(a.state.session.asked[0])].today == 4);
    }
}

TEST_CASE("a tab never writes over a different assessment another tab started") {
    auto storage = std::make_shared<HeadlessStorage>();
    Model a(storage, "tab-a");
    a.Begin(kB2b, Mode::Quick);
    a.Choose(0, 3);
    Model b(storage, "tab-b");
    b.Begin(1, Mode::Quick);   // tab B starts over with another questionnaire (confirmed there)
    b.Choose(0, 5);
    const std::string theirs = storage->items.at(kSessionKey);

    SUBCASE("told by the storage event") { a.Deliver(); }
    SUBCASE("found out when saving") {}
    a.Choose(1, 2);
    CHECK(a.state.save_block == SaveBlock::OtherAssessment);
    CHECK(storage->items.at(kSessionKey) == theirs);   // byte for byte
    CHECK_FALSE(a.state.save_block_message.empty());
    a.Choose(2, 2);   // carrying on changes nothing stored
    CHECK(storage->items.at(kSessionKey) == theirs);

    // Download this tab's answers, then switch: this tab's answers are kept as a copy first.
    a.state.want_download = true;
    a.Apply();
    REQUIRE(a.host.downloads.size() == 1);
    CHECK(a.host.downloads.back().data.find("\"b2b\"") != std::string::npos);
    a.state.want_reload_stored = true;
    a.Apply();
    CHECK(a.state.save_block == SaveBlock::None);
    REQUIRE(HasSession(a.state));
    CHECK(SessionQuestionnaire(a.state).id == a.state.questionnaires[1].id);
    CHECK(a.state.screen == Screen::Welcome);
    REQUIRE(KeptKeys(a).size() == 1);
    CHECK(a.state.kept_copies.size() == 1);
    CHECK(storage->items.at(kSessionKey) == theirs);
    SessionRestore kept = SessionFromJson(storage->items.at(KeptKeys(a)[0]), a.state.questionnaires);
    REQUIRE(kept.ok);
    CHECK(CountDone(kept.session.result, kept.session.asked) == 3);
}

TEST_CASE("data another tab saved that this page cannot read stops saving; it is never written over") {
    auto storage = std::make_shared<HeadlessStorage>();
    Model a(storage, "tab-a");
    a.Begin(kB2b, Mode::Quick);
    a.Choose(0, 3);
    for (const std::string& other : {kNewer, std::string("{\"format\":\"systemic-session\",\"ver"), std::string("\xFF\xFE garbage")}) {
        CAPTURE(other);
        a.state.save_block = SaveBlock::None;
        storage->WriteFromElsewhere(kSessionKey, other);
        a.Deliver();
        CHECK(a.state.save_block == SaveBlock::Unreadable);
        a.Choose(1, 4);
        CHECK(storage->items.at(kSessionKey) == other);
        CHECK(a.state.save_result == StorageResult::Saved);   // nothing failed: saving was stopped on purpose
        CHECK_FALSE(a.state.save_block_message.empty());
    }
}

TEST_CASE("another tab removing the saved assessment: this tab writes its copy back") {
    auto storage = std::make_shared<HeadlessStorage>();
    Model a(storage, "tab-a");
    a.Begin(kB2b, Mode::Quick);
    a.Choose(0, 3);
    storage->RemoveFromElsewhere(kSessionKey);
    a.Deliver();
    a.Apply();
    REQUIRE(storage->items.count(kSessionKey) == 1);
    CHECK(StoredDone(a) == 1);
}

TEST_CASE("a tab with nothing open shows what another tab saved") {
    auto storage = std::make_shared<HeadlessStorage>();
    Model a(storage, "tab-a");
    CHECK_FALSE(HasSession(a.state));
    Model b(storage, "tab-b");
    b.Begin(kB2b, Mode::Quick);
    b.Choose(0, 2);
    a.Deliver();
    REQUIRE(HasSession(a.state));
    CHECK(CountDone(a.state.session.result, a.state.session.asked) == 1);
}

TEST_CASE("unreadable saved data is kept as a copy before anything replaces it") {
    Model m;
    m.host.storage[kSessionKey] = kNewer;
    m.Start();
    REQUIRE_FALSE(m.state.stored_problem.empty());
    CHECK(m.host.storage.at(kSessionKey) == kNewer);   // reading changed nothing
    const Questionnaire& q = m.state.questionnaires[kB2b];

    SUBCASE("opening a results file") {
        ReceiveFile(m.state, m.host, "mine.json", SaveResult(SynthRespondent(q, 5, 0)));
        m.Apply();
        REQUIRE(HasSession(m.state));
        REQUIRE(KeptKeys(m).size() == 1);
        CHECK(m.host.storage.at(KeptKeys(m)[0]) == kNewer);
        CHECK(m.state.kept_copies.size() == 1);
        CHECK(m.state.save_result == StorageResult::Saved);
        CHECK(m.state.stored_problem.empty());
    }
    SUBCASE("starting a new assessment") {
        m.Begin(kB2b, Mode::Quick);
        REQUIRE(KeptKeys(m).size() == 1);
        CHECK(m.host.storage.at(KeptKeys(m)[0]) == kNewer);
    }
    SUBCASE("a second unreadable one is kept beside the first, never over it") {
        m.Begin(kB2b, Mode::Quick);
        const std::string second = "{\"format\":\"systemic-session\",\"version\":3}";
        m.host.storage[kSessionKey] = second;
        m.Start();   // a reload finds the second
        m.Begin(kB2b, Mode::Full);
        const std::vector<std::string> keys = KeptKeys(m);
        REQUIRE(keys.size() == 2);
        CHECK(keys[0] != keys[1]);   // same clock second: a key of its own
        CHECK(((m.host.storage.at(keys[0]) == kNewer && m.host.storage.at(keys[1]) == second) ||
               (m.host.storage.at(keys[1]) == kNewer && m.host.storage.at(keys[0]) == second)));
        CHECK(m.state.kept_copies.size() == 2);
    }
    SUBCASE("the copies of earlier pages under the single backup key are listed too") {
        m.host.storage[kSessionBackupKey] = "older backup";
        m.Start();
        CHECK(m.state.kept_copies.size() == 1);
        CHECK(m.state.kept_copies[0].key == kSessionBackupKey);
    }
}

TEST_CASE("with storage full, unreadable data that cannot be kept aside is not replaced, and the user is told") {
    Model m;
    m.host.storage[kSessionKey] = kNewer;
    m.Start();
    m.host.shared->quota_bytes = m.host.shared->Used() + 50;   // no room for a copy of it
    const Questionnaire& q = m.state.questionnaires[kB2b];
    ReceiveFile(m.state, m.host, "mine.json", SaveResult(SynthRespondent(q, 5, 0)));
    m.Apply();
    REQUIRE(HasSession(m.state));
    CHECK(m.host.storage.at(kSessionKey) == kNewer);   // byte for byte
    CHECK(KeptKeys(m).empty());
    CHECK(m.state.save_block == SaveBlock::CopyNotKept);
    CHECK(m.state.save_result == StorageResult::Full);
    CHECK(m.state.save_block_message.find("full") != std::string::npos);
    m.Choose(0, 2);   // carrying on still replaces nothing
    CHECK(m.host.storage.at(kSessionKey) == kNewer);

    // The earlier data can be downloaded as stored, then removed (after a confirmation in the page).
    m.state.want_download_key = kSessionKey;
    m.Apply();
    REQUIRE(m.host.downloads.size() == 1);
    CHECK(m.host.downloads[0].data == kNewer);
    m.host.shared->quota_bytes = 0;
    m.state.pending_key = kSessionKey;
    m.state.want_remove_pending_key = true;
    m.Apply();
    CHECK(m.state.save_block == SaveBlock::None);
    CHECK(m.state.save_result == StorageResult::Saved);
    CHECK(StoredDone(m) == CountDone(m.state.session.result, m.state.session.asked));
}

TEST_CASE("kept copies can be downloaded and removed; removing one leaves the others") {
    Model m;
    std::string first, second;
    REQUIRE(KeepCopy(m.host, "one", "2026-11-22T10:00:00", &first) == StorageResult::Saved);
    REQUIRE(KeepCopy(m.host, "two", "2026-11-22T10:00:00", &second) == StorageResult::Saved);
    CHECK(first != second);
    std::string again;
    CHECK(KeepCopy(m.host, "one", "2026-11-23T10:00:00", &again) == StorageResult::Saved);
    CHECK(again == first);   // already kept word for word: no second copy
    RefreshKeptCopies(m.state, m.host);
    REQUIRE(m.state.kept_copies.size() == 2);
    m.state.want_download_key = first;
    m.Apply();
    REQUIRE(m.host.downloads.size() == 1);
    CHECK(m.host.downloads[0].data == "one");
    m.state.pending_key = first;
    m.state.want_remove_pending_key = true;
    m.Apply();
    CHECK(m.host.storage.count(first) == 0);
    CHECK(m.host.storage.at(second) == "two");
    REQUIRE(m.state.kept_copies.size() == 1);
    SUBCASE("a readable copy downloads as a results file that opens again") {
        m.Begin(kB2b, Mode::Quick);
        m.Choose(0, 3);
        std::string key;
        REQUIRE(KeepCopy(m.host, m.host.storage.at(kSessionKey), m.host.now, &key) == StorageResult::Saved);
        m.state.want_download_key = key;
        m.Apply();
        ResultLoad load = LoadResult(m.host.downloads.back().data, m.state.questionnaires[kB2b]);
        REQUIRE(load.result);
        CHECK(CountDone(*load.result, m.state.session.asked) == 1);
    }
    SUBCASE("with storage full a copy is refused, not half-written") {
        m.host.storage_mode = StorageResult::Full;
        std::string key;
        CHECK(KeepCopy(m.host, "three", "2026-11-22T11:00:00", &key) == StorageResult::Full);
        CHECK(KeptKeys(m).size() == 1);
    }
}

TEST_CASE("storage nearly full: a custom questionnaire that cannot be kept is said, and a reload offers its file") {
    const std::string custom = ReadFixture("tests/fixtures/questionnaires/valid_small.json");
    Model m;
    // Room for the answers, not for the questionnaire.
    m.host.shared->quota_bytes = m.host.shared->Used() + 3000;
    ReceiveFile(m.state, m.host, "valid_small.json", custom);
    m.Apply();
    REQUIRE(m.state.file_problem.empty());
    const int qi = FindQuestionnaire(m.state, "fixture-small");
    REQUIRE(qi >= 0);
    CHECK(m.host.storage.count(kCustomQuestionnairesKey) == 0);
    CHECK(m.state.storage_notice.find("open its file again") != std::string::npos);
    m.Begin(qi, Mode::Full);
    m.Choose(0, 3);
    REQUIRE(m.state.save_result == StorageResult::Saved);
    const std::string saved = m.host.storage.at(kSessionKey);

    m.Start();   // reload: the questionnaire is gone, the answers wait for it
    CHECK_FALSE(HasSession(m.state));
    CHECK(m.state.missing_questionnaire == "fixture-small");
    CHECK(m.host.storage.at(kSessionKey) == saved);
    // Something else opened first changes nothing.
    ReceiveFile(m.state, m.host, "odd.json", "{\"questions\": 7}");
    m.Apply();
    CHECK(m.host.storage.at(kSessionKey) == saved);
    // Opening the questionnaire's file again makes the answers resumable, still byte-identical.
    m.host.shared->quota_bytes = 0;
    ReceiveFile(m.state, m.host, "valid_small.json", custom);
    m.Apply();
    REQUIRE(HasSession(m.state));
    CHECK(m.state.screen == Screen::Welcome);
    CHECK(CountDone(m.state.session.result, m.state.session.asked) == 1);
    CHECK(m.state.missing_questionnaire.empty());
    CHECK(m.host.storage.at(kSessionKey) == saved);
}

TEST_CASE("an unreadable list of custom questionnaires is kept as a copy before it is replaced") {
    Model m;
    m.host.storage[kCustomQuestionnairesKey] = "[damaged";
    ReceiveFile(m.state, m.host, "valid_small.json", ReadFixture("tests/fixtures/questionnaires/valid_small.json"));
    m.Apply();
    REQUIRE(KeptKeys(m).size() == 1);
    CHECK(m.host.storage.at(KeptKeys(m)[0]) == "[damaged");
    CHECK(m.host.storage.at(kCustomQuestionnairesKey).find("fixture-small") != std::string::npos);
}

TEST_CASE("\"Saved on this device\" only when it was") {
    Model m;
    m.Begin(kB2b, Mode::Quick);
    CHECK(m.state.save_result == StorageResult::Saved);
    m.host.storage_mode = StorageResult::Full;
    m.Choose(0, 2);
    CHECK(m.state.save_result == StorageResult::Full);
    m.host.storage_mode = StorageResult::Saved;
    m.Choose(0, 3);
    CHECK(m.state.save_result == StorageResult::Saved);
    SUBCASE("settings that cannot be stored are said once") {
        m.host.storage_mode = StorageResult::Full;
        m.state.settings.theme = Theme::Dark;
        m.Apply();
        CHECK_FALSE(m.state.storage_notice.empty());
    }
}

TEST_CASE("cancelling the opening of a results file leaves everything as it was") {
    Model m;
    m.Begin(kB2b, Mode::Quick);
    m.Choose(0, 3);
    const std::string saved = m.host.storage.at(kSessionKey);
    const int chosen = m.state.chosen_questionnaire;
    const Questionnaire& other = m.state.questionnaires[1];
    // A file with many answers to questions its questionnaire does not have: a warning for each.
    std::string text = SaveResult(SynthRespondent(other, 5, 0));
    const size_t at = text.find("\"answers\"");
    REQUIRE(at != std::string::npos);
    const size_t open = text.find('{', at);
    std::string unknown;
    for (int i = 0; i < 2000; ++i) unknown += "\"zz-" + std::to_string(i) + "\": {\"today\": 2, \"status\": \"answered\"},";
    text.insert(open + 1, unknown);
    ReceiveFile(m.state, m.host, "many.json", text);
    m.Apply();
    REQUIRE(m.state.confirm == Confirm::ReplaceWithFile);
    CHECK(m.state.restore_notes.empty());   // nothing of the file is shown before it is opened
    CHECK(m.state.chosen_questionnaire == chosen);
    m.state.want_cancel_pending = true;
    m.state.confirm = Confirm::None;
    m.Apply();
    CHECK(m.state.restore_notes.empty());
    CHECK(m.state.pending_notes.empty());
    CHECK(m.state.chosen_questionnaire == chosen);
    CHECK(SessionQuestionnaire(m.state).id == m.state.questionnaires[kB2b].id);
    CHECK(m.host.storage.at(kSessionKey) == saved);
    SUBCASE("confirmed, its notes are capped") {
        ReceiveFile(m.state, m.host, "many.json", text);
        m.Apply();
        m.state.want_open_pending = true;
        m.state.confirm = Confirm::None;
        m.Apply();
        CHECK(SessionQuestionnaire(m.state).id == other.id);
        CHECK(m.state.restore_notes.size() <= kMaxNotes);
        CHECK_FALSE(m.state.restore_notes.empty());
    }
}

} // namespace systemic::test
