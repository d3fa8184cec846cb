// test_frame_picture.cpp — the page sleeps once a frame draws the same picture as the one before (ui/frame_picture.h,
// issue 15's frames per input). That only works if every screen, left alone, settles: no frame-to-frame jitter in
// what it draws. Each screen is walked to, left for the frames an input needs, then two more frames must match;
// a hover must still change the picture, and redraw about that widget only.
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
    INFO("screen: " << where << " (" << first.triangles.size() << " triangles)");
    CHECK(first.triangles.size() > 50);
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

namespace {

bool Covers(const PixelRect& r, const ItemBox& box) {
    return r.x <= box.min.x && r.y <= box.min.y && r.x + r.w >= box.max.x && r.y + r.h >= box.max.y;
}

void MoveMouse(UiDriver& ui, ImVec2 to) {
    ImGui::GetIO().AddMousePosEvent(to.x, to.y);
    ui.Frames(3);
}

} // namespace

TEST_CASE("changed rectangle: none for the same picture, about one button for a hover, all of a new screen's widgets") {
    UiDriver ui(1440, 900, 1.0f);
    MoveMouse(ui, ImVec2(5, 5));
    FramePicture shown;
    CHECK_FALSE(ChangedRect(shown, Picture()));   // nothing on the canvas yet: draw it whole
    shown = Picture();

    ui.Frame();
    std::optional<PixelRect> rect = ChangedRect(shown, Picture());
    REQUIRE(rect);
    CHECK(rect->Empty());   // the same picture

    const std::optional<ItemBox> button = ui.Find("Team view: combine several people's results");
    REQUIRE(button);
    MoveMouse(ui, ImVec2((button->min.x + button->max.x) / 2, (button->min.y + button->max.y) / 2));
    const FramePicture hovered = Picture();
    rect = ChangedRect(shown, hovered);
    REQUIRE(rect);
    CHECK(Covers(*rect, *button));
    const float area = (button->max.x - button->min.x + 4) * (button->max.y - button->min.y + 4);
    CHECK(static_cast<float>(rect->w) * static_cast<float>(rect->h) <= area);   // the button and its anti-aliased edge
    shown = hovered;

    MoveMouse(ui, ImVec2(5, 5));
    rect = ChangedRect(shown, Picture());
    REQUIRE(rect);
    CHECK(Covers(*rect, *button));   // the highlight goes again
    shown = Picture();

    // A new screen: every widget it draws in view lies inside the changed rectangle (or the canvas is drawn whole).
    REQUIRE(ui.ClickTarget("Start"));
    ui.Frames(3);
    rect = ChangedRect(shown, Picture());
    if (rect) {
        int inside = 0;
        for (const ItemBox& item : ui.Items()) {
            if (item.max.y <= 0 || item.min.y >= 900 || item.max.x <= item.min.x) continue;   // out of view
            if (item.label.rfind("Systemic", 0) == 0 || item.label.rfind("Debug##", 0) == 0) continue;   // windows
            CAPTURE(item.label);
            CHECK(Covers(*rect, item));
            ++inside;
        }
        CHECK(inside > 3);
    }
    shown = Picture();

    // Another size, or a forgotten picture (the canvas was cleared or the font texture rebuilt): drawn whole.
    ui.Resize(1000, 700, 1.0f);
    ui.Frames(3);
    CHECK_FALSE(ChangedRect(shown, Picture()));
    shown = Picture();
    ui.Frame();
    CHECK(ChangedRect(shown, Picture()));
    Forget(shown);
    CHECK_FALSE(ChangedRect(shown, Picture()));
}

TEST_CASE("changed rectangle: a hover at phone size (390 px, DPR 3) redraws less than half the canvas") {
    UiDriver ui(390, 844, 3.0f);
    MoveMouse(ui, ImVec2(2, 2));
    const FramePicture shown = Picture();
    const std::optional<ItemBox> option = ui.Find("Team view: combine several people's results");
    REQUIRE(option);
    MoveMouse(ui, ImVec2((option->min.x + option->max.x) / 2, (option->min.y + option->max.y) / 2));
    const std::optional<PixelRect> rect = ChangedRect(shown, Picture());
    REQUIRE(rect);
    CHECK_FALSE(rect->Empty());
    CHECK(Covers(*rect, *option));
    CHECK(rect->w * rect->h < static_cast<int>(0.5f * 390 * 3 * 844 * 3));
}

TEST_CASE("clip rectangles narrowed to the changed rectangle") {
    UiDriver ui(800, 600, 1.0f);
    ui.Frames(2);
    ImDrawData* data = ImGui::GetDrawData();
    const PixelRect rect{100, 50, 200, 80};
    ClipDrawData(*data, rect);
    int commands = 0;
    for (int l = 0; l < data->CmdListsCount; ++l) {
        for (const ImDrawCmd& cmd : data->CmdLists[l]->CmdBuffer) {
            ++commands;
            if (cmd.ClipRect.z <= cmd.ClipRect.x || cmd.ClipRect.w <= cmd.ClipRect.y) continue;   // drawn nowhere
            CHECK(cmd.ClipRect.x >= 100);
            CHECK(cmd.ClipRect.y >= 50);
            CHECK(cmd.ClipRect.z <= 300);
            CHECK(cmd.ClipRect.w <= 130);
        }
    }
    CHECK(commands > 0);
}
