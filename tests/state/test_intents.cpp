// test_intents.cpp — start-up and the intents applied after each frame, with no UI: sessions start, save, resume,
// and the view is told what changed.
#include <doctest/doctest.h>

#include "formats/json_document.h"
#include "formats/result_file.h"
#include "state/session.h"
#include "state_fixture.h"
#include "text/utf8.h"

namespace systemic::test {

TEST_CASE("start-up loads the shipped questionnaires and follows the system's dark preference") {
    Model light(false);
    CHECK(light.state.questionnaires.size() == BuiltinQuestionnaires().size());
    CHECK(light.state.load_problem.empty());
    CHECK(light.state.settings.theme == Theme::Light);
    CHECK(!HasSession(light.state));
    CHECK(light.host.announcements.back() == "Systemic self-assessment. Welcome.");
    Model dark(true);
    CHECK(dark.state.settings.theme == Theme::Dark);
}

TEST_CASE("a started assessment is saved after the frame and resumed by the next start-up") {
    Model m;
    m.Begin(1, Mode::Quick);
    REQUIRE(HasSession(m.state));
    CHECK(m.state.screen == Screen::Questions);
    CHECK(m.state.question_changes == 1);
    CHECK(m.state.screen_changes == 1);
    REQUIRE(m.host.storage.count(kSessionKey) == 1);
    CHECK(!m.state.dirty);
    CHECK(m.state.saved_once);

    SetToday(m.state.session.result.answers[static_cast<size_t>(m.state.session.asked[0])], 2);
    MarkChanged(m.state);
    m.Apply();
    const std::string saved = m.host.storage.at(kSessionKey);

    m.Start();   // a reload: same storage, fresh model
    REQUIRE(HasSession(m.state));
    CHECK(m.state.session.questionnaire == 1);
    CHECK(m.state.session.result.answers[static_cast<size_t>(m.state.session.asked[0])].today == 2);
    CHECK(m.state.screen == Screen::Welcome);   // resuming is offered, not forced
    CHECK(m.host.storage.at(kSessionKey) == saved);   // reading changed nothing
}

TEST_CASE("moving to another question tells the view and the live region") {
    Model m;
    m.Begin(0, Mode::Quick);
    const int before = m.state.question_changes;
    m.state.want_position = true;
    m.state.next_position = 2;
    m.Apply();
    CHECK(m.state.session.position == 2);
    CHECK(m.state.question_changes == before + 1);
    CHECK(m.host.announcements.back().rfind("Question 3 of ", 0) == 0);
    SUBCASE("a position out of range changes nothing") {
        m.state.want_position = true;
        m.state.next_position = 99;
        m.Apply();
        CHECK(m.state.session.position == 2);
        CHECK(m.state.question_changes == before + 1);
    }
}

TEST_CASE("unreadable saved data is reported at start-up and kept aside when a new assessment starts") {
    Model m;
    m.host.storage[kSessionKey] = "{\"format\": 99}";
    m.Start();
    CHECK(!HasSession(m.state));
    CHECK(!m.state.stored_problem.empty());
    CHECK(m.state.stored_raw == "{\"format\": 99}");
    m.Begin(0, Mode::Full);
    REQUIRE(m.state.kept_copies.size() == 1);   // kept under a key of its own (state/autosave.h)
    CHECK(m.host.storage.at(m.state.kept_copies[0].key) == "{\"format\": 99}");
    CHECK(m.state.stored_raw.empty());
}

TEST_CASE("an unreadable saved session says why with a code and a path, and plain words for the page") {
    const std::vector<Questionnaire> all = Model().state.questionnaires;
    struct Case { const char* text; const char* code; const char* path; const char* problem; };
    const Case cases[] = {
        {"{\"version\": 1", "json.syntax", nullptr, "not valid JSON"},
        {"{\"format\": \"other\"}", "session.not_session", "/format", "not a Systemic assessment"},
        {"[1]", "session.not_session", "", "not a Systemic assessment"},
        {"{\"format\": \"systemic-session\"}", "session.missing_field", "/version", "no format version"},
        {"{\"format\": \"systemic-session\", \"version\": \"1\"}", "session.wrong_type", "/version", "no format version"},
        {"{\"format\": \"systemic-session\", \"version\": 0}", "session.out_of_range", "/version", "no format version"},
        {"{\"format\": \"systemic-session\", \"version\": 99, \"result\": {}}", "session.newer_version", "/version", "newer version"},
        {"{\"format\": \"systemic-session\", \"version\": 1, \"result\": 3}", "session.wrong_type", "/result", "holds no answers"},
        {"{\"format\": \"systemic-session\", \"version\": 1, \"result\": {\"questionnaire\": {\"id\": \"zz\"}}}",
         "session.unknown_questionnaire", "/result/questionnaire/id", "does not have (\"zz\")"},
        {"{\"format\": \"systemic-session\", \"version\": 1, \"result\": {\"schema_version\": 1, \"questionnaire\": {\"id\": \"b2b\"}, \"mode\": \"fast\"}}",
         "result.unknown_mode", "/result/mode", "could not be read"},
    };
    for (const Case& c : cases) {
        CAPTURE(c.text);
        const SessionRestore r = SessionFromJson(c.text, all);
        CHECK(!r.ok);
        REQUIRE(!r.issues.empty());
        CHECK(r.issues.front().code == c.code);
        if (c.path) CHECK(r.issues.front().path == c.path);
        CHECK(r.problem.find(c.problem) != std::string::npos);
    }
}

TEST_CASE("changed display settings are stored and survive a restart") {
    Model m;
    m.state.settings.theme = Theme::HighContrast;
    m.state.settings.text_scale = 1.25f;
    m.Apply();
    REQUIRE(m.host.storage.count(kSettingsKey) == 1);
    m.Start();
    CHECK(m.state.settings.theme == Theme::HighContrast);
    CHECK(m.state.settings.text_scale == doctest::Approx(1.25));
    SUBCASE("a damaged settings record keeps the defaults") {
        m.host.storage[kSettingsKey] = "{\"theme\": 7, \"text_scale\": 900}";
        m.Start();
        CHECK(m.state.settings.theme == Theme::Light);
        CHECK(m.state.settings.text_scale == doctest::Approx(1.0));
    }
}

TEST_CASE("the answers download is the results file of the open assessment") {
    Model m;
    m.Begin(0, Mode::Quick);
    m.state.want_download = true;
    m.Apply();
    REQUIRE(m.host.downloads.size() == 1);
    CHECK(m.host.downloads[0].filename == "systemic-b2b-2026-11-22.json");
    CHECK(m.host.downloads[0].data == SaveResult(m.state.session.result));
}

} // namespace systemic::test

namespace systemic::test {

// The autosave record embeds the results file as a value (no round trip through text) and reads it in place.
TEST_CASE("session: the autosave record holds the results value and a restore error points into the stored text") {
    Model m;
    m.Begin(0, Mode::Full);
    REQUIRE(HasSession(m.state));
    Session s = m.state.session;
    s.result.respondent.name = "Zo\xC3\xAB";
    s.result.answers[0].note = "a note, with \"quotes\"";
    SetToday(s.result.answers[0], 3);
    SetTarget(s.result.answers[0], 5);
    for (const Area& area : m.state.questionnaires[0].areas) s.result.area_points.push_back({area.id, 40});

    // The same bytes as the version before, which parsed SaveResult's text back into a value.
    const std::string stored = SessionToJson(s);
    nlohmann::json old = nlohmann::json::object();
    old["format"] = "systemic-session";
    old["version"] = kSessionFormatVersion;
    if (!s.id.empty()) old["id"] = s.id;   // the assessment's id and revision (two tabs, state/session.h)
    old["revision"] = 0;
    old["screen"] = s.screen;
    old["position"] = s.position;
    old["result"] = ParseJson(SaveResult(s.result)).value;
    CHECK(stored == DumpJson(old));

    const SessionRestore back = SessionFromJson(stored, m.state.questionnaires);
    REQUIRE(back.ok);
    CHECK(SaveResult(back.session.result) == SaveResult(s.result));
    CHECK(back.session.result.respondent.name == "Zo\xC3\xAB");

    // A damaged level: the message names the pointer in the stored record and its line and column there.
    const std::string key = "\"today\":3";
    const std::size_t at = stored.find(key);
    REQUIRE(at != std::string::npos);
    std::string damaged = stored;
    damaged.replace(at, key.size(), "\"today\":9");
    const SessionRestore bad = SessionFromJson(damaged, m.state.questionnaires);
    CHECK(!bad.ok);
    const std::string pointer = "/result/answers/" + s.result.answers[0].question + "/today";
    CHECK_MESSAGE(bad.problem.find(pointer + " at line 1, column " + std::to_string(CountCodePoints(damaged.substr(0, at + 8)) + 1)) != std::string::npos,
                  bad.problem);
}

} // namespace systemic::test
