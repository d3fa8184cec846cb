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

    // Choosing today by the node switches the group to the 12-month target; choosing there sets the target.
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
