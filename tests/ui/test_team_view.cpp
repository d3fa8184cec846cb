// test_team_view.cpp — the team view's range charts carry their numbers as tables for screen readers.
#include <doctest/doctest.h>

#include "rules/synthetic.h"
#include "semantics.h"
#include "state/inbox.h"
#include "ui_driver.h"

using namespace systemic;

TEST_CASE("the team view's range charts are tables: a row per part with lowest, average, highest and people") {
    UiDriver ui;
    ui.Resize(1440, 900, 1.0f);
    const Questionnaire& q = ui.state.questionnaires[0];
    for (int i = 0; i < 3; ++i) REQUIRE(AddTeamResult(ui.state, "file " + std::to_string(i + 1), SynthRespondent(q, 11u, i), 0));
    GoTo(ui.state, Screen::Team);
    ui.Frames(3);
    REQUIRE(ui.state.screen == Screen::Team);
    const SemNode* table = FindSemantic(SemRole::Table, "Each part of the system today, percent: lowest, average and highest person");
    REQUIRE(table != nullptr);
    const auto& nodes = LastSemantics();
    auto children = [&](ImGuiID parent) {
        std::vector<const SemNode*> out;
        for (const SemNode& n : nodes)
            if (n.parent == parent) out.push_back(&n);
        return out;
    };
    const auto rows = children(table->id);
    REQUIRE(rows.size() == q.areas.size() + 2);   // header, overall, one per area
    const auto head = children(rows[0]->id);
    REQUIRE(head.size() == 5);
    CHECK(head[1]->name == "Lowest");
    const auto overall = children(rows[1]->id);
    REQUIRE(overall.size() == 5);
    CHECK(overall[0]->name == "Overall index");
    CHECK(overall[4]->name == "3");
    CHECK(overall[2]->name.find('%') != std::string::npos);
    CHECK(children(rows[2]->id)[0]->name == q.areas[0].name);
    CHECK(FindSemantic(SemRole::Table, "What matters most today, percent: lowest, average and highest person") != nullptr);
    // Each driver's name is explained in plain words where the chart shows it (issue 13: "Equitability" alone says little).
    for (const Driver& driver : q.drivers) {
        CAPTURE(driver.name);
        if (!driver.description.empty()) CHECK(FindSemantic(SemRole::Text, driver.name + ": " + driver.description) != nullptr);
    }
}

TEST_CASE("Clear the team asks first: Cancel keeps the team, Clear empties it and removes it from this browser") {
    UiDriver ui;
    ui.Resize(390, 844, 1.0f);
    const Questionnaire& q = ui.state.questionnaires[0];
    for (int i = 0; i < 2; ++i) REQUIRE(AddTeamResult(ui.state, "file " + std::to_string(i + 1), SynthRespondent(q, 12u, i), 0));
    GoTo(ui.state, Screen::Team);
    ui.Frames(3);
    REQUIRE(ui.host.storage.count("systemic.v1.team") == 1);   // kept at the end of the frame that added them
    REQUIRE(ui.ClickTarget("Clear team"));
    ui.Frames(2);
    REQUIRE(ui.state.confirm == Confirm::ClearTeam);
    REQUIRE(ui.ClickTarget("Cancel"));
    ui.Frames(2);
    CHECK(ui.state.confirm == Confirm::None);
    CHECK(ui.state.team.members.size() == 2);
    REQUIRE(ui.ClickTarget("Clear team"));
    ui.Frames(2);
    REQUIRE(ui.ClickTarget("Confirm clear team"));
    ui.Frames(2);
    CHECK(ui.state.team.members.empty());
    CHECK(ui.host.storage.count("systemic.v1.team") == 0);
}
