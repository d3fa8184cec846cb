// test_frame_picture.cpp — the page sleeps once a frame draws the same picture as the one before (ui/frame_picture.h,
// issue 15's frames per input). That only works if every screen, left alone, settles: no frame-to-frame jitter in
// what it draws. Each screen is walked to, left for the frames an input needs, then two more frames must match;
// a hover must still change the picture.
#include <doctest/doctest.h>

#include <optional>
#include <string>

#include <imgui.h>

#include "app.h"
#include "frame_picture.h"
#include "ui_driver.h"

using namespace systemic;

namespace {

FramePicture Picture() {
    FramePicture p;
    TakePicture(*ImGui::GetDrawData(), p);
    return p;
}

// Three frames for the last input to show (as the page waits), then two frames left alone must draw the same.
void CheckSettles(UiDriver& ui, const std::string& where) {
    ui.Frames(3);
    const FramePicture first = Picture();
    ui.Frame();
    const FramePicture second = Picture();
    INFO("screen: " << where << " (" << first.bytes.size() << " bytes)");
    CHECK(first.bytes.size() > 1000);
    CHECK(SamePicture(first, second));
}

void Walk(UiDriver& ui, bool touch) {
    auto press = [&](const std::string& name) { return touch ? ui.TapTarget(name) : ui.ClickTarget(name); };
    CheckSettles(ui, "welcome");
    REQUIRE(press("Start"));
    CheckSettles(ui, "sector");
    REQUIRE(press("b2b"));
    REQUIRE(press("Quick scan"));
    REQUIRE(press("Continue"));
    CheckSettles(ui, "about");
    REQUIRE(press("Continue"));
    CheckSettles(ui, "priorities");
    REQUIRE(press("Continue"));
    const int total = static_cast<int>(ui.state.session.asked.size());
    for (int i = 0; i < total; ++i) {
        REQUIRE(press("Today " + std::to_string(1 + i % 4)));
        REQUIRE(press("Target " + std::to_string(2 + i % 4)));
        if (i == 0) CheckSettles(ui, "questions");
        REQUIRE(press("Next"));
    }
    CheckSettles(ui, "review");
    REQUIRE(press("See results"));
    REQUIRE(std::string(ScreenId(ui.state.screen)) == "results");
    CheckSettles(ui, "results");
    GoTo(ui.state, Screen::Invite);
    CheckSettles(ui, "invite");
    GoTo(ui.state, Screen::Team);
    CheckSettles(ui, "team");
    GoTo(ui.state, Screen::About);
    CheckSettles(ui, "about again");
}

} // namespace

TEST_CASE("every screen settles: left alone, two frames draw the same picture (desktop, mouse)") {
    UiDriver ui(1440, 900, 1.0f);
    Walk(ui, false);
}

TEST_CASE("every screen settles on a phone (390 px, DPR 3, touch), dark") {
    UiDriver ui(390, 844, 3.0f, true);
    Walk(ui, true);
}

TEST_CASE("a hover changes the picture; moving away and settling gives the first picture back") {
    UiDriver ui(1440, 900, 1.0f);
    ui.Frames(3);
    ImGui::GetIO().AddMousePosEvent(1.0f, 899.0f);   // a corner with nothing in it
    ui.Frames(3);
    const FramePicture before = Picture();
    const std::optional<ItemBox> button = ui.Find("Larger text");   // a secondary button: its hover colour differs
    REQUIRE(button);
    ImGui::GetIO().AddMousePosEvent((button->min.x + button->max.x) / 2, (button->min.y + button->max.y) / 2);
    ui.Frames(3);
    const FramePicture hovered = Picture();
    CHECK_FALSE(SamePicture(before, hovered));
    ImGui::GetIO().AddMousePosEvent(1.0f, 899.0f);
    ui.Frames(3);
    CHECK(SamePicture(before, Picture()));
}

TEST_CASE("pictures: an empty one is never the same as another, and a different size is a different picture") {
    FramePicture a, b;
    CHECK_FALSE(SamePicture(a, b));   // neither taken
    UiDriver ui(800, 600, 1.0f);
    ui.Frames(3);
    a = Picture();
    CHECK(SamePicture(a, a));
    ui.Resize(801, 600, 1.0f);
    ui.Frames(3);
    b = Picture();
    CHECK_FALSE(SamePicture(a, b));
    Forget(a);
    CHECK_FALSE(SamePicture(a, a));
}
