// test_results.cpp — the results file: load, save, round trip, migration from an older questionnaire, bad files.
// Self-contained: uses tests/fixtures only, never the shipped questionnaires.
#include <doctest/doctest.h>

#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "formats/json_document.h"
#include "formats/result_file.h"
#include "reports/scores_out.h"
#include "rules/scoring.h"
#include "rules/synthetic.h"
#include "scoring_fixtures.h"

using namespace systemic;
using namespace systemic::test;

namespace {

const Issue* FindIssue(const Issues& issues, const std::string& code) {
    for (const Issue& i : issues)
        if (i.code == code) return &i;
    return nullptr;
}

// A results text for the fixture questionnaire with `answers` (a JSON object's text) and `extra` top-level members.
std::string ResultText(const std::string& answers, const std::string& extra = "") {
    return "{\n  \"schema_version\": 1,\n  \"questionnaire\": {\"id\": \"scoring-example\", \"version\": 2, \"hash\": \"83a760f6aa49e11c\"},\n" +
           extra + "  \"answers\": " + answers + "\n}\n";
}

} // namespace

TEST_CASE("results: the example fixture loads") {
    const Questionnaire q = FixtureQuestionnaire();
    const ResultLoad load = LoadResult(ReadFixture("results/example.json"), q);
    REQUIRE(load.result.has_value());
    const Result& r = *load.result;
    CHECK(load.issues.empty());
    CHECK_FALSE(load.migrated);
    CHECK(load.carried_over == 6);
    CHECK(load.dropped == 0);
    CHECK(r.questionnaire_id == "scoring-example");
    CHECK(r.questionnaire_version == 2);
    CHECK(r.respondent.organisation == "Example Ltd");
    CHECK(r.respondent.role == Role::Owner);
    CHECK(r.mode == Mode::Full);
    CHECK(r.created == "2026-11-20");
    CHECK(r.updated == "2026-11-21T10:30:00Z");
    REQUIRE(r.answers.size() == q.questions.size());
    for (std::size_t i = 0; i < q.questions.size(); ++i) CHECK(r.answers[i].question == q.questions[i].id);
    CHECK(r.answers[1].note == "We ask when they leave, not before.");
    CHECK(r.answers[3].status == AnswerStatus::DontKnow);
    REQUIRE(r.area_points.size() == 3);
    CHECK(r.area_points[0].area == "insight");
    CHECK(r.area_points[0].points == 50);
}

TEST_CASE("results: save then load gives the same result and the same scores") {
    const Questionnaire q = FixtureQuestionnaire();
    const Result original = FixtureResult(q);
    const std::string saved = SaveResult(original);
    SUBCASE("the fixture is what SaveResult writes") {
        CHECK(saved == ReadFixture("results/example.json"));
    }
    SUBCASE("round trip") {
        const ResultLoad again = LoadResult(saved, q);
        REQUIRE(again.result.has_value());
        CHECK(again.issues.empty());
        CHECK(SaveResult(*again.result) == saved);
        CHECK(ScoresToJson(q, Score(q, *again.result)) == ScoresToJson(q, Score(q, original)));
    }
    SUBCASE("a new result saves only what was given") {
        Result r = NewResult(q);
        r.answers[0].status = AnswerStatus::NotApplicable;
        const std::string text = SaveResult(r);
        CHECK(text.find("\"insight-a\"") != std::string::npos);
        CHECK(text.find("\"insight-b\"") == std::string::npos);
        CHECK(text.find("area_points") == std::string::npos);
        const ResultLoad back = LoadResult(text, q);
        REQUIRE(back.result.has_value());
        CHECK(back.result->answers[0].status == AnswerStatus::NotApplicable);
        CHECK(back.result->area_points.empty());
    }
}

TEST_CASE("results: the questionnaire-changed warning says what differs") {
    const Questionnaire q = FixtureQuestionnaire();
    const std::string v = std::to_string(q.version);
    const auto message = [&](const std::string& questionnaire) {
        const ResultLoad load = LoadResult("{\"schema_version\": 1, \"questionnaire\": " + questionnaire + ", \"answers\": {}}", q);
        const Issue* changed = FindIssue(load.issues, "result.questionnaire_changed");
        return changed ? changed->message : std::string("(no warning)");
    };
    CHECK(message("{\"id\": \"" + q.id + "\", \"version\": " + v + ", \"hash\": \"" + q.hash + "\"}") == "(no warning)");
    CHECK(message("{\"id\": \"" + q.id + "\", \"version\": 1, \"hash\": \"0000000000000000\"}").find("made with version 1 of") == 0);
    const std::string no_hash = message("{\"id\": \"" + q.id + "\", \"version\": " + v + "}");
    CHECK(no_hash.find("no \"hash\"") != std::string::npos);
    CHECK(no_hash.find("(this is version " + v + ")") == std::string::npos);   // never "version 2 ... (this is version 2)"
    const std::string other_hash = message("{\"id\": \"" + q.id + "\", \"version\": " + v + ", \"hash\": \"0000000000000000\"}");
    CHECK(other_hash.find("other questions under the same version " + v) != std::string::npos);
    CHECK(other_hash.find("0000000000000000") != std::string::npos);
    CHECK(message("{\"id\": \"" + q.id + "\", \"hash\": \"" + q.hash + "\"}").find("no \"version\"") != std::string::npos);
}

TEST_CASE("results: migration from an older version of the questionnaire") {
    const Questionnaire q = FixtureQuestionnaire();
    const ResultLoad load = LoadResult(ReadFixture("results/example-v1.json"), q);
    REQUIRE(load.result.has_value());
    CHECK(load.migrated);
    CHECK(load.from_version == 1);
    CHECK(load.from_hash == "8e9250eaf9e53278");
    CHECK(load.carried_over == 5);
    CHECK(load.dropped == 1);                       // insight-old was removed in version 2
    CHECK_FALSE(HasErrors(load.issues));
    const Issue* changed = FindIssue(load.issues, "result.questionnaire_changed");
    REQUIRE(changed != nullptr);
    CHECK(changed->severity == Severity::Warning);
    CHECK(changed->path == "/questionnaire");
    const Issue* dropped = FindIssue(load.issues, "result.unknown_question");
    REQUIRE(dropped != nullptr);
    CHECK(dropped->severity == Severity::Warning);
    CHECK(dropped->path == "/answers/insight-old");
    CHECK(dropped->line == 32);
    const Result& r = *load.result;
    CHECK(r.questionnaire_version == 2);            // now belongs to the questionnaire it was loaded into
    CHECK(r.questionnaire_hash == q.hash);
    CHECK(r.answers[q.FindQuestion("insight-a")].today == 2);
    CHECK(r.answers[q.FindQuestion("people-b")].status == AnswerStatus::Unanswered);   // added in version 2
    const Scores s = Score(q, r);
    CHECK(s.areas[2].percent == 75.0);
    CHECK(s.overall.coverage.unanswered == 1);
}

TEST_CASE("results: bad files give their codes and paths") {
    const Questionnaire q = FixtureQuestionnaire();
    auto load = [&](const std::string& text) { return LoadResult(text, q); };

    SUBCASE("JSON syntax error, located") {
        const ResultLoad l = LoadResult(ReadFixture("results/bad/syntax.json"), q);
        CHECK_FALSE(l.result.has_value());
        REQUIRE(l.issues.size() == 1);
        CHECK(l.issues[0].code.rfind("json.", 0) == 0);
        CHECK(l.issues[0].line == 4);
        CHECK(FormatIssue("syntax.json", l.issues[0]).rfind("syntax.json:4:", 0) == 0);
    }
    SUBCASE("not an object") {
        const ResultLoad l = load("[1, 2]");
        REQUIRE(FindIssue(l.issues, "result.wrong_type") != nullptr);
        CHECK(FindIssue(l.issues, "result.wrong_type")->message == "expected a results file: a JSON object { ... }, found a list [ ... ]");
        CHECK_FALSE(l.result.has_value());
    }
    SUBCASE("not a results file") {
        const ResultLoad l = load("{\"answers\": {}}");
        REQUIRE(FindIssue(l.issues, "result.missing_field") != nullptr);
        CHECK_FALSE(l.result.has_value());
    }
    SUBCASE("a newer schema version") {
        const ResultLoad l = load("{\"schema_version\": 2, \"questionnaire\": {\"id\": \"scoring-example\", \"version\": 2}}");
        const Issue* i = FindIssue(l.issues, "result.schema_version");
        REQUIRE(i != nullptr);
        CHECK(i->path == "/schema_version");
        CHECK(i->message.find("newer") != std::string::npos);
    }
    SUBCASE("numbers out of range are reported as written") {
        for (const char* big : {"18446744073709551615", "9223372036854775808", "-9223372036854775808", "4294967297"}) {
            CAPTURE(big);
            const ResultLoad l = load(std::string("{\"schema_version\": ") + big + ", \"questionnaire\": {\"id\": \"scoring-example\", \"version\": 2}}");
            const Issue* i = FindIssue(l.issues, "result.schema_version");
            REQUIRE(i != nullptr);
            CHECK(i->message.find(big) != std::string::npos);
            CHECK(i->message.find("-1)") == std::string::npos);
            const ResultLoad v = load(std::string("{\"schema_version\": 1, \"questionnaire\": {\"id\": \"scoring-example\", \"version\": ") + big + "}}");
            const Issue* w = FindIssue(v.issues, "result.out_of_range");
            REQUIRE(w != nullptr);
            CHECK(w->message.find(big) != std::string::npos);
        }
    }
    SUBCASE("another questionnaire") {
        const ResultLoad l = LoadResult(ReadFixture("results/bad/wrong-questionnaire.json"), q);
        const Issue* i = FindIssue(l.issues, "result.wrong_questionnaire");
        REQUIRE(i != nullptr);
        CHECK(i->path == "/questionnaire/id");
        CHECK(i->line == 3);
        CHECK(i->message.find("these results are for questionnaire \"b2b\", not \"") == 0);
        CHECK(l.issues.size() == 1);                // nothing else is checked against the wrong questionnaire
    }
    SUBCASE("a level out of range, located") {
        const ResultLoad l = LoadResult(ReadFixture("results/bad/level-range.json"), q);
        CHECK_FALSE(l.result.has_value());
        const Issue* i = FindIssue(l.issues, "result.out_of_range");
        REQUIRE(i != nullptr);
        CHECK(i->path == "/answers/insight-a/today");
        CHECK(i->message.rfind("expected a whole number from 0 to 5, found ", 0) == 0);
        CHECK(i->line == 5);
        CHECK(i->column > 1);
        CHECK(FormatIssue("level-range.json", *i).find("level-range.json:5:") == 0);
    }
    SUBCASE("a level that is not a whole number") {
        const ResultLoad l = load(ResultText("{\"insight-a\": {\"status\": \"answered\", \"today\": 2.5}}"));
        const Issue* i = FindIssue(l.issues, "result.wrong_type");
        REQUIRE(i != nullptr);
        CHECK(i->path == "/answers/insight-a/today");
        CHECK(i->message == "expected a whole number from 0 to 5, found a number");
    }
    SUBCASE("a level that is a string") {
        const ResultLoad l = load(ResultText("{\"insight-a\": {\"status\": \"answered\", \"today\": \"3\"}}"));
        REQUIRE(FindIssue(l.issues, "result.wrong_type") != nullptr);
        CHECK(FindIssue(l.issues, "result.wrong_type")->path == "/answers/insight-a/today");
    }
    SUBCASE("an unknown status") {
        const ResultLoad l = load(ResultText("{\"insight-a\": {\"status\": \"maybe\", \"today\": 3}}"));
        REQUIRE(FindIssue(l.issues, "result.unknown_status") != nullptr);
        CHECK(FindIssue(l.issues, "result.unknown_status")->path == "/answers/insight-a/status");
    }
    SUBCASE("answered without a level") {
        const ResultLoad l = load(ResultText("{\"insight-a\": {\"status\": \"answered\", \"target\": 3}}"));
        REQUIRE(FindIssue(l.issues, "result.level_missing") != nullptr);
        CHECK(FindIssue(l.issues, "result.level_missing")->path == "/answers/insight-a");
    }
    SUBCASE("an answer that is not an object") {
        const ResultLoad l = load(ResultText("{\"insight-a\": 3}"));
        REQUIRE(FindIssue(l.issues, "result.wrong_type") != nullptr);
    }
    SUBCASE("area points out of range") {
        const ResultLoad l = load(ResultText("{}", "  \"area_points\": {\"insight\": 150},\n"));
        REQUIRE(FindIssue(l.issues, "result.out_of_range") != nullptr);
        CHECK(FindIssue(l.issues, "result.out_of_range")->path == "/area_points/insight");
        CHECK(FindIssue(l.issues, "result.out_of_range")->message == "expected a whole number from 0 to 100, found 150");
    }
    SUBCASE("an unknown mode") {
        const ResultLoad l = load(ResultText("{}", "  \"mode\": \"fast\",\n"));
        REQUIRE(FindIssue(l.issues, "result.unknown_mode") != nullptr);
    }
    SUBCASE("warnings still load: unknown area, unknown role, unknown question") {
        const ResultLoad l = load(ResultText("{\"gone\": {\"status\": \"answered\", \"today\": 3}, \"insight-a\": {\"today\": 3}}",
                                             "  \"area_points\": {\"insight\": 60, \"nowhere\": 40},\n"
                                             "  \"respondent\": {\"role\": \"ceo\"},\n"));
        REQUIRE(l.result.has_value());
        CHECK_FALSE(HasErrors(l.issues));
        CHECK(FindIssue(l.issues, "result.unknown_area") != nullptr);
        CHECK(FindIssue(l.issues, "result.unknown_area")->path == "/area_points/nowhere");
        CHECK(FindIssue(l.issues, "result.unknown_role") != nullptr);
        CHECK(FindIssue(l.issues, "result.unknown_question") != nullptr);
        CHECK(l.dropped == 1);
        CHECK(l.result->respondent.role == Role::None);
        REQUIRE(l.result->area_points.size() == 3);
        CHECK(l.result->area_points[0].points == 60);
        CHECK(l.result->area_points[1].points == 0);
        CHECK(l.result->answers[0].status == AnswerStatus::Answered);   // status inferred from the level
    }
}

TEST_CASE("results: names of statuses, modes and roles") {
    AnswerStatus s{};
    CHECK(ParseAnswerStatus("dont_know", &s));
    CHECK(s == AnswerStatus::DontKnow);
    CHECK_FALSE(ParseAnswerStatus("unknown", &s));
    CHECK(std::string(AnswerStatusName(AnswerStatus::NotApplicable)) == "not_applicable");
    Mode m{};
    CHECK(ParseMode("quick", &m));
    CHECK(m == Mode::Quick);
    Role r{};
    CHECK(ParseRole("front_line", &r));
    CHECK(r == Role::FrontLine);
    CHECK(ParseRole("", &r));
    CHECK(r == Role::None);
    CHECK(RoleIndex(Role::Owner) == 0);
    CHECK(RoleIndex(Role::None) == -1);
    for (int i = 0; i < kRoleCount; ++i) CHECK(RoleIndex(RoleFromIndex(i)) == i);
}

// LoadResult's two roads (formats/result_file.h): the plain road takes files as Systemic writes them, the thorough
// road everything else; where the plain road takes a text it must give what the thorough road gives, bit for bit.
namespace {

// Both roads give the same load: result (SaveResult writes every field of it), every issue, the migration figures.
// Returns whether the plain road took the text.
bool CheckSameLoad(const std::string& text, const Questionnaire& q) {
    const std::optional<ResultLoad> plain = LoadPlainResult(text, q);
    const ResultLoad load = LoadResult(text, q), thorough = LoadResultThorough(text, q);
    INFO("text: ", text);
    if (plain) {
        // The plain road takes only what the thorough road loads without a single issue.
        CHECK(thorough.result.has_value());
        CHECK(thorough.issues.empty());
        CHECK(plain->issues.empty());
        REQUIRE(plain->result.has_value());
        if (thorough.result) CHECK(SaveResult(*plain->result) == SaveResult(*thorough.result));
    }
    REQUIRE(load.result.has_value() == thorough.result.has_value());
    if (load.result) {
        CHECK(SaveResult(*load.result) == SaveResult(*thorough.result));
        CHECK(load.result->schema_version == thorough.result->schema_version);
    }
    REQUIRE(load.issues.size() == thorough.issues.size());
    for (std::size_t i = 0; i < load.issues.size(); ++i) {
        CHECK(load.issues[i].code == thorough.issues[i].code);
        CHECK(FormatIssue("f", load.issues[i]) == FormatIssue("f", thorough.issues[i]));
    }
    CHECK(load.migrated == thorough.migrated);
    CHECK(load.from_version == thorough.from_version);
    CHECK(load.from_hash == thorough.from_hash);
    CHECK(load.carried_over == thorough.carried_over);
    CHECK(load.dropped == thorough.dropped);
    CHECK(load.dropped_ids == thorough.dropped_ids);
    return plain.has_value();
}

// Generated results of every kind: levels, statuses, notes with escapes and UTF-8, roles, modes, area points.
std::vector<Result> VariedResults(const Questionnaire& q, int count) {
    std::vector<Result> out;
    const char* notes[] = {"", "plain", "Tab\there, \"quoted\", back\\slash / slash", "caf\xC3\xA9 \xE2\x82\xAC 5 \xF0\x9F\x98\x80\nnext line\r\n",
                           "\x7F del and \b\f controls"};
    const Role roles[] = {Role::None, Role::Owner, Role::Manager, Role::FrontLine, Role::Other};
    for (int i = 0; i < count; ++i) {
        Result r = SynthRespondent(q, 2026, i);
        r.respondent.role = roles[i % 5];
        r.respondent.organisation = i % 3 == 0 ? "" : "Org \xC3\xA9 " + std::to_string(i);
        r.mode = i % 4 == 1 ? Mode::Quick : Mode::Full;
        r.created = i % 2 ? "2026-11-" + std::to_string(10 + i % 20) : "";
        for (std::size_t k = 0; k < r.answers.size(); ++k) {
            Answer& a = r.answers[k];
            const int pick = (i * 7 + static_cast<int>(k) * 3) % 11;
            if (pick == 0) a.status = AnswerStatus::DontKnow;
            if (pick == 1) a.status = AnswerStatus::NotApplicable;
            if (pick == 2) { a.status = AnswerStatus::Unanswered; a.today = 0; }
            if (pick == 3) a.target = 0;
            if (pick == 4) { a.status = AnswerStatus::Unanswered; a.today = 0; a.target = 3; }
            a.note = notes[(i + static_cast<int>(k)) % 5];
        }
        if (i % 3 == 1)
            for (std::size_t a = 0; a < q.areas.size(); ++a) r.area_points.push_back({q.areas[a].id, static_cast<int>((a * 37 + i) % 101)});
        out.push_back(std::move(r));
    }
    return out;
}

} // namespace

TEST_CASE("results: the plain road takes files as Systemic writes them, with the thorough road's result") {
    const Questionnaire q = FixtureQuestionnaire();
    int taken = 0;
    const std::vector<Result> results = VariedResults(q, 300);
    for (const Result& r : results) {
        const std::string saved = SaveResult(r);
        // Indented as SaveResult writes it, on one line, and with keys in std::map order (what the team store dumps).
        for (const std::string& text : {saved, DumpJson(ResultToJson(r)), DumpJson(nlohmann::json::parse(saved, nullptr, false), 1)}) {
            const bool plain = CheckSameLoad(text, q);
            CHECK(plain);
            taken += plain;
            const ResultLoad load = LoadResult(text, q);
            REQUIRE(load.result.has_value());
            CHECK(SaveResult(*load.result) == saved);
        }
    }
    CHECK(taken == 900);
    CHECK(LoadPlainResult(ReadFixture("results/example.json"), q).has_value());
    CHECK(LoadPlainResult(SaveResult(NewResult(q)), q).has_value());
}

TEST_CASE("results: what the plain road leaves to the thorough road loads the same") {
    const Questionnaire q = FixtureQuestionnaire();
    const std::string saved = SaveResult(FixtureResult(q));
    const std::vector<std::string> left = {
        ResultText("{\"insight-a\": {\"status\": \"answered\", \"today\": 2.5}}"),
        ResultText("{\"insight-a\": {\"status\": \"answered\", \"today\": 3, \"today\": 4}}"),
        ResultText("{\"insight-a\": {\"today\": 3}, \"insight-a\": {\"today\": 4}}"),
        ResultText("{\"insight-a\": {\"today\": 3, \"extra\": [1, {\"x\": null}]}}"),
        ResultText("{\"insight-a\": {\"note\": \"\\u00e9\", \"today\": 3}}"),
        ResultText("{\"insight-a\": {\"status\": \"answ\\u0065red\", \"today\": 3}}"),
        ResultText("{\"insight-a\": {\"today\": null}}"),
        ResultText("{\"insight-a\": {\"today\": 1e0}}"),
        ResultText("{\"insight-a\": {\"today\": 03}}"),
        ResultText("{\"insight-a\": {\"today\": 1234567890}}"),
        ResultText("{\"insight-a\": {\"status\": \"answered\"}}"),
        ResultText("{\"nope\": {\"today\": 3}}"),
        ResultText("{}", "  \"area_points\": {\"insight\": 0, \"insight\": 5},\n"),
        ResultText("{}", "  \"area_points\": {\"nowhere\": 5},\n"),
        ResultText("{}", "  \"area_points\": null,\n"),
        ResultText("{}", "  \"respondent\": null, \"mode\": \"\", \"created\": null,\n"),
        ResultText("{}", "  \"respondent\": {\"role\": \"boss\"},\n"),
        ResultText("{}", "  \"comment\": \"kept by hand\",\n"),
        ResultText("{}", "  \"schema_version\": 1,\n"),
        ResultText("{}", "  \"mode\": \"slow\",\n"),
        "\xEF\xBB\xBF" + saved,
        saved + "x",
        saved.substr(0, saved.size() / 2),
        "",
        "{\"schema_version\": 1, \"questionnaire\": {\"id\": \"scoring-example\", \"version\": 1, \"hash\": \"83a760f6aa49e11c\"}}",
        "{\"schema_version\": 1, \"questionnaire\": {\"id\": \"scoring-example\", \"version\": 2}}",
        "{\"schema_version\": 1, \"questionnaire\": {\"id\": \"other\", \"version\": 2, \"hash\": \"83a760f6aa49e11c\"}}",
        "{\"schema_version\": 2, \"questionnaire\": {\"id\": \"scoring-example\", \"version\": 2, \"hash\": \"83a760f6aa49e11c\"}}",
        "{\"questionnaire\": {\"id\": \"scoring-example\", \"version\": 2, \"hash\": \"83a760f6aa49e11c\"}}",
        "{\"schema_version\": 01, \"questionnaire\": {}}",
    };
    for (const std::string& text : left) CHECK_FALSE(CheckSameLoad(text, q));
    // Taken: the same shapes where they load without an issue.
    CHECK(CheckSameLoad(ResultText("{\"insight-a\": {\"status\": \"\", \"today\": 0, \"target\": 5}}"), q));
    CHECK(CheckSameLoad(ResultText("{\"insight-a\": {\"status\": \"unanswered\", \"today\": -0}}"), q));
    CHECK(CheckSameLoad(ResultText("{\"insight-a\": {\"today\": 3}}"), q));
    CHECK(CheckSameLoad(ResultText("{}", "  \"area_points\": {},\n"), q));
    CHECK(CheckSameLoad(ResultText("{}", "  \"area_points\": {\"insight\": 7},\n"), q));
}

TEST_CASE("results: every byte of a saved file changed or removed, both roads agree") {
    const Questionnaire q = FixtureQuestionnaire();
    // Respondent 1 of VariedResults: a quick scan by an owner, with area points, notes with escapes and UTF-8, every
    // status (one file keeps the run short under node: every change costs two thorough loads).
    const Result r = VariedResults(q, 2)[1];
    const std::string replacements = "\"\\,:{}09-e \x01\x7F\xC3";
    int taken = 0, left = 0;
    {
        const std::string saved = SaveResult(r);
        for (std::size_t i = 0; i < saved.size(); ++i) {
            for (const char replacement : replacements) {
                std::string text = saved;
                text[i] = replacement;
                (CheckSameLoad(text, q) ? taken : left) += 1;
            }
            std::string removed = saved;
            removed.erase(i, 1);
            (CheckSameLoad(removed, q) ? taken : left) += 1;
        }
    }
    // Both roads are exercised: many changes still load cleanly (a digit, a space), most do not.
    CHECK(taken > 100);
    CHECK(left > 1000);
}
