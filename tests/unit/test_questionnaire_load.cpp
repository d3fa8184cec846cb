// test_questionnaire_load.cpp — the questionnaire format (questionnaires/README.md): what loads, and the code,
// path and line of everything that does not. Fixtures live in tests/fixtures/questionnaires/.
#include <doctest/doctest.h>

#include <algorithm>
#include <fstream>
#include <functional>
#include <sstream>
#include <string>

#include "formats/builtin.h"
#include "formats/json_document.h"
#include "formats/questionnaire_file.h"

// These tests run without exceptions (tests/unit/main.cpp), so a failed REQUIRE carries on: leave by hand.
#define REQUIRE_OR_RETURN(...) do { REQUIRE(__VA_ARGS__); if (!(__VA_ARGS__)) return; } while (false)
#define REQUIRE_FALSE_OR_RETURN(...) do { REQUIRE_FALSE(__VA_ARGS__); if (__VA_ARGS__) return; } while (false)

using namespace systemic;
using json = nlohmann::json;

namespace {

std::string ReadFixture(const std::string& relative) {
    std::ifstream in(std::string(SYSTEMIC_SOURCE_DIR) + "/tests/fixtures/questionnaires/" + relative, std::ios::binary);
    REQUIRE_MESSAGE(in.good(), "missing fixture ", relative);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

// The small valid fixture, edited as a JSON value and loaded again.
QuestionnaireLoad LoadEdited(const std::function<void(json&)>& edit) {
    json value = json::parse(ReadFixture("valid_small.json"));
    edit(value);
    return LoadQuestionnaire(DumpJson(value, 2));
}

const Issue* FindIssue(const Issues& issues, const std::string& code, const std::string& path) {
    for (const Issue& issue : issues)
        if (issue.code == code && issue.path == path) return &issue;
    return nullptr;
}

std::string Describe(const Issues& issues) {
    std::string out;
    for (const Issue& issue : issues) out += FormatIssue("", issue) + " [" + issue.code + "]\n";
    return out;
}

std::string HashOf(const QuestionnaireLoad& load) { return load.questionnaire ? load.questionnaire->hash : "(did not load)"; }

std::vector<std::string> Codes(const Issues& issues) {
    std::vector<std::string> codes;
    for (const Issue& issue : issues) codes.push_back(issue.code);
    std::sort(codes.begin(), codes.end());
    return codes;
}

// A questionnaire that meets every coverage rule: 8 areas × 4 questions, 3 drivers, 7 stages, a quick scan
// of the first question in each area.
json CompleteQuestionnaire() {
    json q = {{"schema_version", 1}, {"id", "complete"}, {"version", 1}, {"title", "Complete"}, {"sector", "custom"},
              {"intro", "Meets every coverage rule."}};
    auto entry = [](const std::string& id) { return json{{"id", id}, {"name", "Name " + id}, {"description", "About " + id + "."}}; };
    for (int d = 0; d < 3; ++d) q["drivers"].push_back(entry("d" + std::to_string(d)));
    for (int a = 0; a < 8; ++a) q["areas"].push_back(entry("a" + std::to_string(a)));
    for (int s = 0; s < 7; ++s) q["stages"].push_back(entry("s" + std::to_string(s)));
    for (int i = 0; i < 32; ++i) {
        const std::string n = std::to_string(i);
        json question = {{"id", "q" + n}, {"area", "a" + std::to_string(i / 4)}, {"text", "Question " + n + "?"},
                         {"why", "Why " + n + "."}, {"drivers", {{"d" + std::to_string(i % 3), 1}}},
                         {"stages", {"s" + std::to_string(i % 7)}}, {"quick", i % 4 == 0}};
        for (int l = 1; l <= 5; ++l) question["levels"].push_back("Level " + std::to_string(l) + " of question " + n + ".");
        for (int l = 1; l <= 4; ++l) question["next_steps"].push_back("Step from " + std::to_string(l) + " in question " + n + ".");
        q["questions"].push_back(question);
    }
    return q;
}

} // namespace

TEST_CASE("a valid questionnaire loads into the model") {
    const QuestionnaireLoad load = LoadQuestionnaire(ReadFixture("valid_small.json"));
    INFO(Describe(load.issues));
    REQUIRE_OR_RETURN(load.questionnaire);
    CHECK_FALSE(HasErrors(load.issues));
    const Questionnaire& q = *load.questionnaire;

    SUBCASE("top level") {
        CHECK(q.schema_version == 1);
        CHECK(q.id == "fixture-small");
        CHECK(q.version == 3);
        CHECK(q.title == "A small test questionnaire");
        CHECK(q.sector == "custom");
        CHECK(q.intro.find("Three questions") == 0);
        REQUIRE_OR_RETURN(q.drivers.size() == 2);
        CHECK(q.drivers[1].id == "value");
        CHECK(q.drivers[1].name == "Value");
        CHECK(q.drivers[1].description == "Customers get more than they pay for.");
        REQUIRE_OR_RETURN(q.areas.size() == 2);
        CHECK(q.areas[0].id == "insight");
        REQUIRE_OR_RETURN(q.stages.size() == 3);
        CHECK(q.stages[2].id == "retention");
        REQUIRE_OR_RETURN(q.experiences.size() == 1);
        CHECK(q.experiences[0].stages == std::vector<int>{1, 2});
    }
    SUBCASE("questions, with ids resolved to indices") {
        REQUIRE_OR_RETURN(q.questions.size() == 3);
        const Question& first = q.questions[0];
        CHECK(first.id == "fx-insight-value");
        CHECK(first.area == 0);
        CHECK(first.help.find("Value means") == 0);
        REQUIRE_OR_RETURN(first.drivers.size() == 2);
        CHECK(first.drivers[0].driver == 0);
        CHECK(first.drivers[0].weight == 2.0);
        CHECK(first.drivers[1].driver == 1);
        CHECK(first.drivers[1].weight == 1.0);
        CHECK(first.stages == std::vector<int>{0, 2});
        CHECK(first.weight == 1.5);
        CHECK(first.quick);
        CHECK(first.levels[0] == "Nobody could say which customers bring the most profit.");
        CHECK(first.levels[4] == "Every team knows the list and uses it to decide what to do first.");
        CHECK(first.next_steps[3] == "Share the list with every team that deals with customers.");

        const Question& second = q.questions[1];
        CHECK(second.id == "fx.people.owner");
        CHECK(second.area == 1);
        CHECK(second.help.empty());
        CHECK(second.weight == 1.0);   // the default
        CHECK_FALSE(second.quick);     // the default
        CHECK(second.stages == std::vector<int>{1});

        CHECK(q.questions[2].stages.empty());
        REQUIRE_OR_RETURN(q.questions[2].drivers.size() == 1);
        CHECK(q.questions[2].drivers[0].weight == 0.5);
    }
    SUBCASE("lookups") {
        CHECK(q.FindQuestion("fx.people.owner") == 1);
        CHECK(q.FindQuestion("nope") == -1);
        CHECK(q.FindArea("people") == 1);
        CHECK(q.FindDriver("value") == 1);
        CHECK(q.FindStage("retention") == 2);
        CHECK(q.FindStage("") == -1);
        CHECK(std::string(LevelName(1)) == "Ad hoc");
        CHECK(std::string(LevelName(5)) == "Systemic");
        CHECK(std::string(LevelName(0)).empty());
        CHECK(std::string(LevelName(6)).empty());
    }
    SUBCASE("a small questionnaire gets coverage warnings only, each located") {
        CHECK(Codes(load.issues) == std::vector<std::string>{"coverage.area_size", "coverage.area_size", "coverage.driver",
                                                             "coverage.driver", "coverage.quick_area", "coverage.quick_size",
                                                             "coverage.stage", "coverage.stage", "coverage.stage", "coverage.total"});
        for (const Issue& issue : load.issues) {
            CHECK(issue.severity == Severity::Warning);
            CHECK(issue.line > 0);
        }
        const Issue* area = FindIssue(load.issues, "coverage.area_size", "/areas/1");
        REQUIRE_OR_RETURN(area);
        CHECK(area->line == 15);
        CHECK(FindIssue(load.issues, "coverage.quick_area", "/areas/1"));
        CHECK(FindIssue(load.issues, "coverage.total", "/questions"));
    }
    SUBCASE("issues come in document order") {
        for (std::size_t i = 1; i < load.issues.size(); ++i)
            CHECK(std::make_pair(load.issues[i - 1].line, load.issues[i - 1].column) <= std::make_pair(load.issues[i].line, load.issues[i].column));
    }
    SUBCASE("a byte-order mark changes nothing") {
        const QuestionnaireLoad bom = LoadQuestionnaire(ReadFixture("valid_bom.json"));
        REQUIRE_OR_RETURN(bom.questionnaire);
        CHECK(bom.questionnaire->hash == q.hash);
        CHECK(bom.issues.size() == load.issues.size());
    }
}

TEST_CASE("each malformed fixture gives its code, path and line") {
    struct Expected {
        const char* file;
        const char* code;
        const char* path;
        int line;         // 0: not checked
        int column;       // 0: not checked
        bool loads;       // only warnings: the questionnaire still loads
    };
    const Expected cases[] = {
        {"missing_field.json", "questionnaire.missing_field", "/questions/1/why", 92, 5, false},
        {"wrong_type.json", "questionnaire.wrong_type", "/questions/0/text", 65, 15, false},
        {"quick_not_bool.json", "questionnaire.wrong_type", "/questions/0/quick", 90, 16, false},
        {"not_object.json", "questionnaire.wrong_type", "", 1, 1, false},
        {"bad_id.json", "questionnaire.bad_id", "/questions/2/id", 118, 13, false},
        {"duplicate_id.json", "questionnaire.duplicate_id", "/questions/2/id", 118, 13, false},
        {"duplicate_driver_id.json", "questionnaire.duplicate_id", "/drivers/1/id", 16, 13, false},
        {"unknown_area.json", "questionnaire.unknown_area", "/questions/1/area", 94, 15, false},
        {"unknown_driver.json", "questionnaire.unknown_driver", "/questions/0/drivers/valeu", 70, 18, false},
        {"unknown_stage.json", "questionnaire.unknown_stage", "/questions/0/stages/1", 74, 9, false},
        {"unknown_stage_experience.json", "questionnaire.unknown_stage", "/experiences/0/stages/1", 57, 9, false},
        {"duplicate_stage_ref.json", "questionnaire.duplicate_ref", "/questions/0/stages/1", 74, 9, false},
        {"level_count.json", "questionnaire.level_count", "/questions/1/levels", 103, 17, false},
        {"next_step_count.json", "questionnaire.next_step_count", "/questions/0/next_steps", 84, 21, false},
        {"bad_weight_zero.json", "questionnaire.out_of_range", "/questions/0/drivers/trust", 69, 18, false},
        {"bad_weight_negative.json", "questionnaire.out_of_range", "/questions/1/weight", 116, 17, false},
        {"bad_weight_huge.json", "questionnaire.out_of_range", "/questions/2/weight", 139, 17, false},
        {"schema_version.json", "questionnaire.schema_version", "/schema_version", 3, 21, false},
        {"empty_text.json", "questionnaire.empty_text", "/questions/2/levels/3", 129, 9, false},
        {"too_long.json", "questionnaire.too_long", "/questions/1/why", 96, 14, false},
        {"too_many.json", "questionnaire.too_many", "/drivers", 9, 14, false},
        {"too_few.json", "questionnaire.too_few", "/areas", 21, 12, false},
        {"no_drivers.json", "questionnaire.too_few", "/questions/0/drivers", 68, 18, false},
        {"bad_sector.json", "questionnaire.unknown_sector", "/sector", 7, 13, false},
        {"bad_version.json", "questionnaire.out_of_range", "/version", 5, 14, false},
        {"unknown_field.json", "questionnaire.unknown_field", "/questions/0/quik", 91, 15, true},
        {"repeated_level.json", "questionnaire.repeated_level", "/questions/1/levels/3", 107, 9, true},
        {"empty.json", "json.syntax", "", 1, 1, false},
        {"syntax_trailing_comma.json", "json.syntax", "/questions", 92, 6, false},
        {"syntax_missing_comma.json", "json.syntax", "", 6, 3, false},
        {"syntax_truncated.json", "json.syntax", "/questions/0/levels/3", 40, 9, false},
        {"invalid_utf8.json", "json.invalid_utf8", "", 8, 19, false},
        {"duplicate_key.json", "json.duplicate_key", "/questions/2/text", 76, 7, false},
        {"too_deep.json", "json.too_deep", "", 91, 77, false},
    };
    for (const Expected& expected : cases) {
        SUBCASE(expected.file) {
            const QuestionnaireLoad load = LoadQuestionnaire(ReadFixture(std::string("malformed/") + expected.file));
            INFO(Describe(load.issues));
            CHECK(load.questionnaire.has_value() == expected.loads);
            CHECK(HasErrors(load.issues) == !expected.loads);
            const Issue* issue = FindIssue(load.issues, expected.code, expected.path);
            REQUIRE_OR_RETURN(issue);
            CHECK(issue->severity == (expected.loads ? Severity::Warning : Severity::Error));
            if (expected.line > 0) CHECK(issue->line == expected.line);
            if (expected.column > 0) CHECK(issue->column == expected.column);
            CHECK_FALSE(issue->message.empty());
        }
    }
}

TEST_CASE("structural rules, case by case") {
    SUBCASE("an unsupported schema_version is the only error reported") {
        const QuestionnaireLoad load = LoadEdited([](json& q) {
            q["schema_version"] = 7;
            q["new_in_version_7"] = true;
            q.erase("title");
            q["questions"][0]["levels"] = 3;
        });
        REQUIRE_OR_RETURN(load.issues.size() == 1);
        CHECK(load.issues[0].code == "questionnaire.schema_version");
        CHECK(load.issues[0].message.find("schema_version 7") != std::string::npos);
    }
    SUBCASE("schema_version must be a whole number") {
        CHECK(FindIssue(LoadEdited([](json& q) { q["schema_version"] = "1"; }).issues, "questionnaire.wrong_type", "/schema_version"));
        CHECK(FindIssue(LoadEdited([](json& q) { q["schema_version"] = 1.0; }).issues, "questionnaire.wrong_type", "/schema_version"));
        CHECK(FindIssue(LoadEdited([](json& q) { q["schema_version"] = -1; }).issues, "questionnaire.schema_version", "/schema_version"));
        CHECK(FindIssue(LoadEdited([](json& q) { q.erase("schema_version"); }).issues, "questionnaire.missing_field", "/schema_version"));
    }
    SUBCASE("ids") {
        const char* bad[] = {"", "B2B", "has space", "dot.not.allowed.here", "much-too-long-for-a-questionnaire-id"};
        for (const char* id : bad) {
            INFO(id);
            CHECK(FindIssue(LoadEdited([id](json& q) { q["id"] = id; }).issues, "questionnaire.bad_id", "/id"));
        }
        CHECK(LoadEdited([](json& q) { q["id"] = "a_b-9"; }).questionnaire);
        CHECK(LoadEdited([](json& q) { q["questions"][0]["id"] = "x.y_z-1"; }).questionnaire);
        CHECK(FindIssue(LoadEdited([](json& q) { q["questions"][0]["id"] = std::string(49, 'q'); }).issues, "questionnaire.bad_id",
                        "/questions/0/id"));
        CHECK(FindIssue(LoadEdited([](json& q) { q["areas"][0]["id"] = 5; }).issues, "questionnaire.wrong_type", "/areas/0/id"));
        CHECK(FindIssue(LoadEdited([](json& q) { q["stages"][1]["id"] = "engagement"; }).issues, "questionnaire.duplicate_id", "/stages/1/id"));
        CHECK(FindIssue(LoadEdited([](json& q) { q["experiences"].push_back(q["experiences"][0]); }).issues,
                        "questionnaire.duplicate_id", "/experiences/1/id"));
    }
    SUBCASE("weights: more than 0, at most 100") {
        auto weight_issue = [](json weight) {
            const QuestionnaireLoad load = LoadEdited([&weight](json& q) { q["questions"][1]["weight"] = weight; });
            for (const Issue& issue : load.issues)
                if (issue.path == "/questions/1/weight") return issue.code;
            return std::string();
        };
        CHECK(weight_issue(0) == "questionnaire.out_of_range");
        CHECK(weight_issue(-0.5) == "questionnaire.out_of_range");
        CHECK(weight_issue(100.5) == "questionnaire.out_of_range");
        CHECK(weight_issue("1") == "questionnaire.wrong_type");
        CHECK(weight_issue(nullptr) == "questionnaire.wrong_type");
        CHECK(weight_issue(100).empty());
        CHECK(weight_issue(0.01).empty());
        CHECK(FindIssue(LoadEdited([](json& q) { q["questions"][0]["drivers"]["value"] = -3; }).issues, "questionnaire.out_of_range",
                        "/questions/0/drivers/value"));
        CHECK(FindIssue(LoadEdited([](json& q) { q["questions"][0]["drivers"]["value"] = true; }).issues, "questionnaire.wrong_type",
                        "/questions/0/drivers/value"));
    }
    SUBCASE("counts of levels and next steps") {
        CHECK(FindIssue(LoadEdited([](json& q) { q["questions"][0]["levels"].push_back("Six."); }).issues, "questionnaire.level_count",
                        "/questions/0/levels"));
        CHECK(FindIssue(LoadEdited([](json& q) { q["questions"][0]["levels"] = json::array(); }).issues, "questionnaire.level_count",
                        "/questions/0/levels"));
        CHECK(FindIssue(LoadEdited([](json& q) { q["questions"][2]["next_steps"].erase(0); }).issues, "questionnaire.next_step_count",
                        "/questions/2/next_steps"));
        CHECK(FindIssue(LoadEdited([](json& q) { q["questions"][2]["next_steps"] = "one"; }).issues, "questionnaire.wrong_type",
                        "/questions/2/next_steps"));
        CHECK(FindIssue(LoadEdited([](json& q) { q["questions"][2]["levels"][1] = 2; }).issues, "questionnaire.wrong_type",
                        "/questions/2/levels/1"));
    }
    SUBCASE("absurd sizes") {
        CHECK(FindIssue(LoadEdited([](json& q) {
                            for (int i = 0; i < 201; ++i) {
                                json copy = q["questions"][1];
                                copy["id"] = "copy-" + std::to_string(i);
                                q["questions"].push_back(copy);
                            }
                        }).issues,
                        "questionnaire.too_many", "/questions"));
        CHECK(FindIssue(LoadEdited([](json& q) {
                            for (int i = 0; i < 13; ++i) q["stages"].push_back({{"id", "s" + std::to_string(i)}, {"name", "S"}, {"description", "D"}});
                        }).issues,
                        "questionnaire.too_many", "/stages"));
        CHECK(FindIssue(LoadEdited([](json& q) { q["questions"] = json::array(); }).issues, "questionnaire.too_few", "/questions"));
        CHECK(FindIssue(LoadEdited([](json& q) { q["drivers"] = json::array(); }).issues, "questionnaire.too_few", "/drivers"));
    }
    SUBCASE("optional parts may be left out") {
        const QuestionnaireLoad load = LoadEdited([](json& q) {
            q.erase("stages");
            q.erase("experiences");
            q.erase("$schema");
            for (json& question : q["questions"]) question.erase("stages");
            q["questions"][0].erase("help");
            q["questions"][0].erase("weight");
            q["questions"][0].erase("quick");
        });
        INFO(Describe(load.issues));
        REQUIRE_OR_RETURN(load.questionnaire);
        CHECK(load.questionnaire->stages.empty());
        CHECK_FALSE(load.questionnaire->questions[0].quick);
    }
    SUBCASE("a broken list of stages is one error, not one per reference") {
        const QuestionnaireLoad load = LoadEdited([](json& q) { q["stages"] = "engagement"; });
        CHECK(Codes(load.issues) == std::vector<std::string>{"questionnaire.wrong_type"});
        CHECK(FindIssue(load.issues, "questionnaire.wrong_type", "/stages"));
    }
    SUBCASE("without stages, a question cannot name one") {
        const QuestionnaireLoad load = LoadEdited([](json& q) {
            q.erase("stages");
            q.erase("experiences");
        });
        CHECK(FindIssue(load.issues, "questionnaire.unknown_stage", "/questions/0/stages/0"));
    }
    SUBCASE("every required field") {
        const char* top[] = {"schema_version", "id", "version", "title", "sector", "intro", "drivers", "areas", "questions"};
        for (const char* field : top) {
            INFO(field);
            CHECK(FindIssue(LoadEdited([field](json& q) { q.erase(field); }).issues, "questionnaire.missing_field", std::string("/") + field));
        }
        const char* question[] = {"id", "area", "text", "why", "drivers", "levels", "next_steps"};
        for (const char* field : question) {
            INFO(field);
            CHECK(FindIssue(LoadEdited([field](json& q) { q["questions"][2].erase(field); }).issues, "questionnaire.missing_field",
                            std::string("/questions/2/") + field));
        }
        const char* entry[] = {"id", "name", "description"};
        for (const char* field : entry) {
            INFO(field);
            CHECK(FindIssue(LoadEdited([field](json& q) { q["drivers"][0].erase(field); }).issues, "questionnaire.missing_field",
                            std::string("/drivers/0/") + field));
        }
        CHECK(FindIssue(LoadEdited([](json& q) { q["experiences"][0].erase("stages"); }).issues, "questionnaire.missing_field",
                        "/experiences/0/stages"));
    }
    SUBCASE("blank text is empty text") {
        CHECK(FindIssue(LoadEdited([](json& q) { q["title"] = " \t\n"; }).issues, "questionnaire.empty_text", "/title"));
        CHECK(FindIssue(LoadEdited([](json& q) { q["questions"][0]["help"] = ""; }).issues, "questionnaire.empty_text", "/questions/0/help"));
    }
}

TEST_CASE("every problem is reported, up to a cap") {
    SUBCASE("several errors in one file") {
        const QuestionnaireLoad load = LoadEdited([](json& q) {
            q["version"] = 0;
            q["questions"][0]["area"] = "nowhere";
            q["questions"][1]["levels"].erase(0);
            q["questions"][2]["drivers"]["ghost"] = 1;
        });
        CHECK(CountSeverity(load.issues, Severity::Error) == 4);
        CHECK(FindIssue(load.issues, "questionnaire.out_of_range", "/version"));
        CHECK(FindIssue(load.issues, "questionnaire.unknown_area", "/questions/0/area"));
        CHECK(FindIssue(load.issues, "questionnaire.level_count", "/questions/1/levels"));
        CHECK(FindIssue(load.issues, "questionnaire.unknown_driver", "/questions/2/drivers/ghost"));
        CHECK_FALSE(load.questionnaire);
    }
    SUBCASE("200 issues, then one that says how many more") {
        const QuestionnaireLoad load = LoadEdited([](json& q) {
            for (int i = 0; i < 300; ++i) q["questions"].push_back({{"id", "BAD " + std::to_string(i)}});
        });
        REQUIRE_OR_RETURN(load.issues.size() == 201);
        CHECK(load.issues.back().code == "questionnaire.issue_limit");
        CHECK(load.issues.back().severity == Severity::Error);
        CHECK(load.issues.back().message.find("not listed") != std::string::npos);
    }
}

TEST_CASE("truncated text is rejected without a crash") {
    auto check_prefixes = [](const std::string& text, std::size_t step) {
        for (std::size_t length = 0; length < text.size(); length += step) {
            const bool only_space_cut = text.find_first_not_of(" \t\r\n", length) == std::string::npos;
            const QuestionnaireLoad load = LoadQuestionnaire(std::string_view(text).substr(0, length));
            INFO("prefix length ", length);
            if (only_space_cut) {
                CHECK(load.questionnaire);
                continue;
            }
            CHECK_FALSE(load.questionnaire);
            REQUIRE_OR_RETURN(HasErrors(load.issues));
            CHECK(load.issues[0].code.compare(0, 5, "json.") == 0);
            CHECK(load.issues[0].line > 0);
        }
    };
    SUBCASE("every prefix of the small fixture") {
        check_prefixes(ReadFixture("valid_small.json"), 1);
    }
    SUBCASE("every 97th prefix of each shipped questionnaire") {
        for (const BuiltinQuestionnaire& builtin : BuiltinQuestionnaires()) {
            INFO(builtin.id);
            check_prefixes(std::string(builtin.json), 97);
        }
    }
}

TEST_CASE("the hash identifies the content, not its formatting") {
    const std::string text = ReadFixture("valid_small.json");
    const QuestionnaireLoad load = LoadQuestionnaire(text);
    REQUIRE_OR_RETURN(load.questionnaire);
    const std::string hash = load.questionnaire->hash;

    SUBCASE("FNV-1a 64 as 16 lowercase hex digits") {
        CHECK(HashText("") == "cbf29ce484222325");
        CHECK(HashText("a") == "af63dc4c8601ec8c");
        CHECK(HashText("foobar") == "85944171f73967e8");
        CHECK(hash.size() == 16);
        CHECK(hash.find_first_not_of("0123456789abcdef") == std::string::npos);
    }
    SUBCASE("pinned, so native and WebAssembly builds are seen to agree (update it when the fixture changes)") {
        CHECK(hash == "01c7b7d765f3a302");
    }
    SUBCASE("it is the hash of the canonical dump") {
        CHECK(hash == HashText(DumpJson(json::parse(text))));
    }
    SUBCASE("stable: same text, other spacing, other key order") {
        CHECK(HashOf(LoadQuestionnaire(text)) == hash);
        const json value = json::parse(text);
        CHECK(HashOf(LoadQuestionnaire(value.dump(4))) == hash);   // nlohmann sorts keys: a different order from the file
        CHECK(HashOf(LoadQuestionnaire(value.dump())) == hash);
    }
    SUBCASE("changes when the content changes") {
        CHECK(HashOf(LoadEdited([](json& q) { q["questions"][1]["levels"][0] = "Nobody owns it."; })) != hash);
        CHECK(HashOf(LoadEdited([](json& q) { q["version"] = 4; })) != hash);
        CHECK(HashOf(LoadEdited([](json& q) { q["questions"][0]["drivers"]["trust"] = 3; })) != hash);
    }
}

TEST_CASE("coverage rules are warnings") {
    const json complete = CompleteQuestionnaire();
    auto load_with = [&complete](const std::function<void(json&)>& edit) {
        json q = complete;
        edit(q);
        return LoadQuestionnaire(DumpJson(q));
    };

    SUBCASE("a questionnaire that meets every rule has no issues at all") {
        const QuestionnaireLoad load = LoadQuestionnaire(DumpJson(complete, 2));
        INFO(Describe(load.issues));
        REQUIRE_OR_RETURN(load.questionnaire);
        CHECK(load.issues.empty());
        CHECK(CheckCoverage(*load.questionnaire).empty());
    }
    SUBCASE("an area with too few questions") {
        const QuestionnaireLoad load = load_with([](json& q) { q["questions"][1]["area"] = "a1"; });
        REQUIRE_OR_RETURN(load.questionnaire);
        CHECK(Codes(load.issues) == std::vector<std::string>{"coverage.area_size"});   // a1 now has 5, which is fine
        CHECK(FindIssue(load.issues, "coverage.area_size", "/areas/0"));
    }
    SUBCASE("too few questions in all") {
        const QuestionnaireLoad load = load_with([](json& q) { q["questions"].erase(31); });
        REQUIRE_OR_RETURN(load.questionnaire);
        CHECK(Codes(load.issues) == std::vector<std::string>{"coverage.area_size", "coverage.total"});
        CHECK(FindIssue(load.issues, "coverage.total", "/questions"));
    }
    SUBCASE("a driver fed by too few questions, and not by the quick scan") {
        const QuestionnaireLoad load = load_with([](json& q) {
            q["drivers"].push_back({{"id", "rare"}, {"name", "Rare"}, {"description", "Fed once."}});
            q["questions"][1]["drivers"]["rare"] = 1;
        });
        REQUIRE_OR_RETURN(load.questionnaire);
        CHECK(Codes(load.issues) == std::vector<std::string>{"coverage.driver", "coverage.quick_driver"});
        CHECK(FindIssue(load.issues, "coverage.driver", "/drivers/3"));
        CHECK(FindIssue(load.issues, "coverage.quick_driver", "/drivers/3"));
    }
    SUBCASE("a stage touched by too few questions") {
        const QuestionnaireLoad load = load_with([](json& q) {
            q["stages"].push_back({{"id", "lonely"}, {"name", "Lonely"}, {"description", "Touched twice."}});
            q["questions"][0]["stages"].push_back("lonely");
            q["questions"][9]["stages"].push_back("lonely");
        });
        REQUIRE_OR_RETURN(load.questionnaire);
        CHECK(Codes(load.issues) == std::vector<std::string>{"coverage.stage"});
        CHECK(FindIssue(load.issues, "coverage.stage", "/stages/7"));
    }
    SUBCASE("a quick scan too small, missing an area") {
        const QuestionnaireLoad load = load_with([](json& q) { q["questions"][28]["quick"] = false; });
        CHECK(Codes(load.issues) == std::vector<std::string>{"coverage.quick_area", "coverage.quick_size"});
        CHECK(FindIssue(load.issues, "coverage.quick_area", "/areas/7"));
    }
    SUBCASE("a quick scan too large") {
        const QuestionnaireLoad load = load_with([](json& q) {
            for (int i : {1, 2, 3, 5, 6}) q["questions"][i]["quick"] = true;
        });
        CHECK(Codes(load.issues) == std::vector<std::string>{"coverage.quick_size"});
    }
    SUBCASE("no quick scan: one warning, not one per area and driver") {
        const QuestionnaireLoad load = load_with([](json& q) {
            for (json& question : q["questions"]) question["quick"] = false;
        });
        CHECK(Codes(load.issues) == std::vector<std::string>{"coverage.quick_size"});
    }
    SUBCASE("CheckCoverage on its own gives paths but no lines") {
        const QuestionnaireLoad load = LoadQuestionnaire(DumpJson(complete));
        REQUIRE_OR_RETURN(load.questionnaire);
        Questionnaire q = *load.questionnaire;
        q.questions.resize(10);
        const Issues issues = CheckCoverage(q);
        REQUIRE_FALSE_OR_RETURN(issues.empty());
        for (const Issue& issue : issues) {
            CHECK(issue.severity == Severity::Warning);
            CHECK(issue.line == 0);
            CHECK(issue.code.compare(0, 9, "coverage.") == 0);
        }
        CHECK(FindIssue(issues, "coverage.total", "/questions"));
        CHECK(FindIssue(issues, "coverage.area_size", "/areas/3"));
    }
    SUBCASE("coverage is not checked while there are errors") {
        const QuestionnaireLoad load = load_with([](json& q) { q["questions"][0]["text"] = ""; q["questions"].erase(31); });
        CHECK(Codes(load.issues) == std::vector<std::string>{"questionnaire.empty_text"});
    }
}

TEST_CASE("typos and repeats are warnings") {
    SUBCASE("an unknown field names the closest known one") {
        const QuestionnaireLoad load = LoadQuestionnaire(ReadFixture("malformed/unknown_field.json"));
        const Issue* issue = FindIssue(load.issues, "questionnaire.unknown_field", "/questions/0/quik");
        REQUIRE_OR_RETURN(issue);
        CHECK(issue->message.find("did you mean \"quick\"") != std::string::npos);
    }
    SUBCASE("far from any known field: no suggestion") {
        const QuestionnaireLoad load = LoadEdited([](json& q) { q["notes_for_editors"] = "x"; });
        REQUIRE_OR_RETURN(load.questionnaire);
        const Issue* issue = FindIssue(load.issues, "questionnaire.unknown_field", "/notes_for_editors");
        REQUIRE_OR_RETURN(issue);
        CHECK(issue->message.find("did you mean") == std::string::npos);
    }
    SUBCASE("$schema is a known field") {
        const QuestionnaireLoad load = LoadQuestionnaire(ReadFixture("valid_small.json"));
        for (const Issue& issue : load.issues) CHECK(issue.code != "questionnaire.unknown_field");
    }
    SUBCASE("level descriptors repeating each other") {
        const QuestionnaireLoad load = LoadEdited([](json& q) {
            q["questions"][0]["levels"][4] = "  " + q["questions"][0]["levels"][1].get<std::string>();
            q["questions"][0]["next_steps"][2] = q["questions"][0]["next_steps"][0];
        });
        REQUIRE_OR_RETURN(load.questionnaire);
        const Issue* level = FindIssue(load.issues, "questionnaire.repeated_level", "/questions/0/levels/4");
        REQUIRE_OR_RETURN(level);
        CHECK(level->message.find("level 2") != std::string::npos);
        CHECK(FindIssue(load.issues, "questionnaire.repeated_next_step", "/questions/0/next_steps/2"));
    }
}
