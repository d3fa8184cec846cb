// test_semantics.cpp — the semantic layer (ui/semantics.h): every screen describes what it drew with roles and
// names a screen reader can use, actions by node id do what a click does, and text fields take whole strings.
#include <algorithm>
#include <set>

#include <doctest/doctest.h>
#include <imgui_internal.h>

#include "app.h"
#include "semantics.h"
#include "ui_driver.h"

using namespace systemic;

namespace {

int Count(SemRole role) {
    const auto& nodes = LastSemantics();
    return static_cast<int>(std::count_if(nodes.begin(), nodes.end(), [role](const SemNode& n) { return n.role == role; }));
}

const SemNode& Need(SemRole role, const std::string& name) {
    const SemNode* n = FindSemantic(role, name);
    if (!n) FAIL("no node " << static_cast<int>(role) << " named \"" << name << "\"");
    return *n;
}

std::vector<const SemNode*> Children(ImGuiID parent) {
    std::vector<const SemNode*> out;
    for (const SemNode& n : LastSemantics())
        if (n.parent == parent) out.push_back(&n);
    return out;
}

// Activates the node as a screen reader's default action does, then lets the frames run.
void Activate(UiDriver& ui, SemRole role, const std::string& name) {
    SemQueueActivate(Need(role, name).id);
    ui.Frames(3);
}

void ToQuestions(UiDriver& ui) {
    ui.Frame();
    Activate(ui, SemRole::Button, "Start the assessment");
    REQUIRE(ScreenId(ui.state.screen) == std::string("sector"));
    const SemNode& group = Need(SemRole::RadioGroup, "Who are your customers?");
    const auto options = Children(group.id);
    REQUIRE(options.size() == 3);
    SemQueueActivate(options[0]->id);
    ui.Frames(3);
    const auto lengths = Children(Need(SemRole::RadioGroup, "How long do you have?").id);
    REQUIRE(lengths.size() == 2);
    CHECK(lengths[0]->name.rfind("Quick scan. ", 0) == 0);
    SemQueueActivate(lengths[0]->id);
    ui.Frames(3);
    Activate(ui, SemRole::Button, "Continue");
    REQUIRE(ScreenId(ui.state.screen) == std::string("about"));
    Activate(ui, SemRole::Button, "Continue");
    Activate(ui, SemRole::Button, "Skip this step");
    REQUIRE(ScreenId(ui.state.screen) == std::string("questions"));
}

} // namespace

TEST_CASE("the welcome screen describes itself: a heading, text, buttons and the theme radios") {
    UiDriver ui;
    ui.Frames(2);
    CHECK(Need(SemRole::Heading, "Systemic").level == 1);
    CHECK(Count(SemRole::Text) >= 2);
    CHECK(Count(SemRole::Button) >= 1);
    const SemNode& theme = Need(SemRole::RadioGroup, "Colours");
    CHECK(Children(theme.id).size() == 3);
    int checked = 0;
    for (const SemNode* n : Children(theme.id)) checked += (n->states & kSemChecked) ? 1 : 0;
    CHECK(checked == 1);
    // Ids are unique within a frame and stable across frames.
    std::set<ImGuiID> ids;
    for (const SemNode& n : LastSemantics()) CHECK(ids.insert(n.id).second);
    const std::string before = SemanticsJson(1.0f);
    ui.Frame();
    CHECK(SemanticsJson(1.0f) == before);
}

TEST_CASE("a question: both radio groups' descriptors, checkboxes, the note as a text area, headings") {
    UiDriver ui;
    ToQuestions(ui);
    const SemNode& today = Need(SemRole::RadioGroup, "Today");
    const auto levels = Children(today.id);
    REQUIRE(levels.size() == 5);
    for (const SemNode* level : levels) {
        CHECK(level->role == SemRole::Radio);
        CHECK(level->name.size() > 20);   // "3 · Defined. <the descriptor>"
        CHECK(Children(level->id).size() == 2);   // title and descriptor as text runs over the card
    }
    CHECK(Count(SemRole::Heading) >= 1);
    CHECK(Count(SemRole::Checkbox) == 2);
    CHECK(Count(SemRole::TextArea) == 1);
    CHECK(Count(SemRole::Progress) == 1);

    // Two groups at once: choosing in "Today" sets today, choosing in "In 12 months" sets the target; neither changes the other.
    SemQueueActivate(levels[2]->id);
    ui.Frames(3);
    const Session& s = ui.state.session;
    const Answer& a = s.result.answers[static_cast<size_t>(s.asked[0])];
    CHECK(a.today == 3);
    const SemNode& target = Need(SemRole::RadioGroup, "In 12 months");
    SemQueueActivate(Children(target.id)[3]->id);
    ui.Frames(3);
    CHECK(a.target == 4);
    CHECK((Children(Need(SemRole::RadioGroup, "In 12 months").id)[3]->states & kSemChecked) != 0);

    // The note: whole strings from the platform's field, astral characters kept, no NUL stored.
    const SemNode& note = Need(SemRole::TextArea, "Note (optional)");
    SemQueueText(note.id, std::string("Harbour \xF0\x9F\x99\x82 \xE6\x9D\xB1\xE4\xBA\xAC") + std::string(1, '\0') + "x");
    ui.Frames(2);
    CHECK(a.note == "Harbour \xF0\x9F\x99\x82 \xE6\x9D\xB1\xE4\xBA\xAC" "x");
    CHECK(a.note.find('\0') == std::string::npos);
    CHECK(Need(SemRole::TextArea, "Note (optional)").value == a.note);
}

TEST_CASE("focus from the platform moves ImGui's keyboard focus, and ImGui's focus is reported back") {
    UiDriver ui;
    ui.Frames(2);
    const SemNode& start = Need(SemRole::Button, "Start the assessment");
    SemQueueFocus(start.id);
    ui.Frames(2);
    CHECK(ImGui::GetCurrentContext()->NavId == start.id);
    CHECK((Need(SemRole::Button, "Start the assessment").states & kSemFocused) != 0);
    ui.Press(ImGuiKey_Tab);
    CHECK((Need(SemRole::Button, "Start the assessment").states & kSemFocused) == 0);
}

TEST_CASE("typing by ImGui still works where the platform does not edit (headless), with characters beyond U+FFFF") {
    UiDriver ui;
    ToQuestions(ui);
    REQUIRE(ui.ClickTarget("Note"));
    ui.Type("Caf\xC3\xA9 \xF0\x9F\x99\x82");
    const Session& s = ui.state.session;
    CHECK(s.result.answers[static_cast<size_t>(s.asked[0])].note == "Caf\xC3\xA9 \xF0\x9F\x99\x82");
}

TEST_CASE("owner screens by role: both radio groups at once, the pinned bar, Change on the review, the results' jumps") {
    UiDriver ui;
    ToQuestions(ui);
    auto ids = [](const std::vector<const SemNode*>& nodes) {
        std::vector<ImGuiID> out;
        for (const SemNode* n : nodes) out.push_back(n->id);
        return out;
    };
    // Both groups are there before anything is chosen; an "In 12 months" radio is named by its level and
    // described by the descriptor (the "Today" radio carries the descriptor's text runs).
    const auto target_nodes = Children(Need(SemRole::RadioGroup, "In 12 months").id);
    REQUIRE(target_nodes.size() == 5);
    for (const SemNode* n : target_nodes) {
        CHECK(n->role == SemRole::Radio);
        CHECK(n->description.size() > 20);
        CHECK(Children(n->id).empty());
    }
    const std::vector<ImGuiID> target = ids(target_nodes);
    const std::vector<ImGuiID> today = ids(Children(Need(SemRole::RadioGroup, "Today").id));
    REQUIRE(today.size() == 5);
    // The target first, then today: neither changes the other.
    const Session& s = ui.state.session;
    const Answer& a = s.result.answers[static_cast<size_t>(s.asked[0])];
    SemQueueActivate(target[4]);
    ui.Frames(3);
    CHECK(a.target == 5);
    CHECK(a.today == 0);
    SemQueueActivate(today[1]);
    ui.Frames(3);
    CHECK(a.today == 2);
    CHECK(a.target == 5);
    // Two activations between two frames (a quick screen-reader user: focus and Space on today, then on the
    // target): both act, in order. Dear ImGui keeps one activation request per frame, so the second waits.
    SemQueueFocus(today[3]);
    SemQueueActivate(today[3]);
    SemQueueFocus(target[2]);
    SemQueueActivate(target[2]);
    CHECK(SemHasPendingActions());
    ui.Frames(4);
    CHECK_FALSE(SemHasPendingActions());
    CHECK(a.today == 4);
    CHECK(a.target == 3);

    // The pinned bar: a group with the progress and the two buttons, after the question in reading order.
    const SemNode& bar = Need(SemRole::Group, "Progress and navigation");
    std::vector<SemRole> roles;
    for (const SemNode* n : Children(bar.id)) roles.push_back(n->role);
    CHECK(std::count(roles.begin(), roles.end(), SemRole::Progress) == 1);
    CHECK(std::count(roles.begin(), roles.end(), SemRole::Button) == 2);
    CHECK(FindSemantic(SemRole::Button, "Back"));
    CHECK(Need(SemRole::Progress, "Question 1 of " + std::to_string(s.asked.size()) + "  \xC2\xB7  1 answered").value == "10");

    // Every question answered by node, and Next pressed by role.
    const size_t total = s.asked.size();
    for (size_t i = 0; i < total; ++i) {
        SemQueueActivate(ids(Children(Need(SemRole::RadioGroup, "Today").id))[2]);
        ui.Frames(2);
        SemQueueActivate(ids(Children(Need(SemRole::RadioGroup, "In 12 months").id))[3]);
        ui.Frames(2);
        Activate(ui, SemRole::Button, i + 1 < total ? "Next" : "Review answers");
    }
    REQUIRE(ScreenId(ui.state.screen) == std::string("review"));
    // One "Change" per question, each described by the question it changes.
    int changes = 0;
    for (const SemNode& n : LastSemantics()) {
        if (n.role != SemRole::Button || n.name != "Change") continue;
        ++changes;
        CHECK(n.description.rfind("Your answer to question ", 0) == 0);
    }
    CHECK(changes == static_cast<int>(total));

    Activate(ui, SemRole::Button, "See my results");
    REQUIRE(ScreenId(ui.state.screen) == std::string("results"));
    const SemNode& contents = Need(SemRole::Group, "On this page");
    const auto jumps = Children(contents.id);
    REQUIRE(jumps.size() >= 3);
    for (const SemNode* n : jumps) CHECK(n->role == SemRole::Link);
    CHECK(Need(SemRole::Link, "What to do first").parent == contents.id);
}
