// test_builtin.cpp — every shipped questionnaire loads with no error and no warning, and holds the model of PRODUCT.md §3.
// These are the questionnaires people will actually answer, so the coverage rules are hard rules here.
#include <doctest/doctest.h>

#include <fstream>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "formats/builtin.h"
#include "formats/questionnaire_file.h"
#include "rules/readability.h"

// These tests run without exceptions (tests/unit/main.cpp), so a failed REQUIRE carries on: leave by hand.
#define REQUIRE_OR_RETURN(...) do { REQUIRE(__VA_ARGS__); if (!(__VA_ARGS__)) return; } while (false)

using namespace systemic;

namespace {

std::string ReadShipped(const std::string& id) {
    std::ifstream in(std::string(SYSTEMIC_SOURCE_DIR) + "/questionnaires/" + id + ".json", std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

// The drivers of each sector (PRODUCT.md §3, seed 000), by name.
std::vector<std::string> ExpectedDrivers(const std::string& id) {
    if (id == "b2b") return {"Trust", "Interdependence", "Equitability"};
    if (id == "b2c") return {"Win", "Keep", "Develop", "Costs"};
    if (id == "public") return {"Customer Focus", "Commercial Acumen", "Cost Efficiency"};
    return {};
}

void CheckShipped(const BuiltinQuestionnaire& builtin) {
    const QuestionnaireLoad load = LoadQuestionnaire(builtin.json);
    for (const Issue& issue : load.issues)
        FAIL_CHECK(std::string(FormatIssue("questionnaires/" + std::string(builtin.id) + ".json", issue) + " [" + issue.code + "]"));
    CHECK(load.issues.empty());
    REQUIRE_OR_RETURN(load.questionnaire);
    const Questionnaire& q = *load.questionnaire;

    CHECK(q.id == builtin.id);
    CHECK(q.sector == builtin.id);
    CHECK(q.hash.size() == 16);

    std::vector<std::string> driver_names;
    for (const Driver& driver : q.drivers) driver_names.push_back(driver.name);
    CHECK(driver_names == ExpectedDrivers(q.id));

    // The eight capability areas are shared across sectors (only their wording changes), in the same order,
    // so results of different sectors line up.
    std::vector<std::string> area_ids;
    for (const Area& area : q.areas) area_ids.push_back(area.id);
    CHECK(area_ids == std::vector<std::string>{"insight", "proposition", "people", "information", "journeys", "activity",
                                               "measurement", "experience"});
    CHECK(q.stages.size() == 7);
    CHECK(q.experiences.size() == 3);

    CHECK(q.questions.size() >= 32);
    CHECK(q.questions.size() <= 48);
    int quick = 0;
    std::vector<int> per_area(q.areas.size());
    for (const Question& question : q.questions) {
        quick += question.quick ? 1 : 0;
        if (question.area >= 0) ++per_area[question.area];
        CHECK_MESSAGE(question.id.compare(0, q.id.size() + 1, q.id + "-") == 0, question.id, " should start with ", q.id, "-");
    }
    CHECK(quick >= 8);
    CHECK(quick <= 12);
    for (std::size_t a = 0; a < per_area.size(); ++a) {
        INFO("area ", q.areas[a].id);
        CHECK(per_area[a] >= 4);
        CHECK(per_area[a] <= 6);
    }
    CHECK(CheckCoverage(q).empty());

    // Plain English for SME owners (PRODUCT.md §3): each kind of text reads, on average, as plain English or easier.
    const QuestionnaireReadability readability = MeasureReadability(q);
    CHECK(readability.questions.mean >= 60);
    CHECK(readability.why.mean >= 60);
    CHECK(readability.levels.mean >= 60);
    CHECK(readability.next_steps.mean >= 60);

    // The embedded text is the file in questionnaires/ (the build re-embeds it when the file changes).
    CHECK(std::string(builtin.json) == ReadShipped(std::string(builtin.id)));
}

} // namespace

TEST_CASE("every shipped questionnaire loads with no error and no warning") {
    for (const BuiltinQuestionnaire& builtin : BuiltinQuestionnaires()) {
        SUBCASE(std::string(builtin.id).c_str()) { CheckShipped(builtin); }
    }
}

TEST_CASE("the built-in questionnaires are found by id") {
    const std::vector<BuiltinQuestionnaire>& all = BuiltinQuestionnaires();
    REQUIRE_OR_RETURN(all.size() == 3);
    CHECK(all[0].id == "b2b");
    CHECK(all[1].id == "b2c");
    CHECK(all[2].id == "public");
    CHECK(FindBuiltinQuestionnaire("b2c") == all[1].json);
    CHECK(FindBuiltinQuestionnaire("nope").empty());
    CHECK(FindBuiltinQuestionnaire("").empty());
}

TEST_CASE("the shipped questionnaires are distinct") {
    std::set<std::string> hashes, titles;
    for (const BuiltinQuestionnaire& builtin : BuiltinQuestionnaires()) {
        const QuestionnaireLoad load = LoadQuestionnaire(builtin.json);
        REQUIRE_OR_RETURN(load.questionnaire);
        hashes.insert(load.questionnaire->hash);
        titles.insert(load.questionnaire->title);
    }
    CHECK(hashes.size() == 3);
    CHECK(titles.size() == 3);
}
