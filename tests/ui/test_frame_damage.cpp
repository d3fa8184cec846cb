// test_frame_damage.cpp — the rectangle the page redraws after a change (app/platform/frame_damage.h), on the real
// screens: none for the same frame, about one button for a hover, the whole canvas for a new screen or size.
#include <doctest/doctest.h>

#include <imgui.h>

#include "app.h"
#include "frame_damage.h"
#include "ui_driver.h"

using namespace systemic;

namespace {

bool Covers(const DamageRect& r, const ItemBox& box) {
    return r.x <= box.min.x && r.y <= box.min.y && r.x + r.w >= box.max.x && r.y + r.h >= box.max.y;
}

void MoveMouse(UiDriver& ui, ImVec2 to) {
    ImGui::GetIO().AddMousePosEvent(to.x, to.y);
    ui.Frames(3);
}

} // namespace

TEST_CASE("frame damage: nothing for the same frame, one button for a hover, everything for a new screen") {
    UiDriver ui;
    MoveMouse(ui, ImVec2(5, 5));
    FrameDamage damage;
    DamageRect rect;
    CHECK_FALSE(damage.Changed(*ImGui::GetDrawData(), &rect));   // nothing on the canvas yet: draw it whole
    damage.Keep();

    ui.Frame();
    REQUIRE(damage.Changed(*ImGui::GetDrawData(), &rect));
    CHECK(rect.Empty());
    damage.Keep();

    const std::optional<ItemBox> button = ui.Find("Team view: combine several people's results");
    REQUIRE(button.has_value());
    MoveMouse(ui, ImVec2((button->min.x + button->max.x) / 2, (button->min.y + button->max.y) / 2));
    REQUIRE(damage.Changed(*ImGui::GetDrawData(), &rect));
    CHECK(Covers(rect, *button));
    const float area = (button->max.x - button->min.x + 4) * (button->max.y - button->min.y + 4);
    CHECK(static_cast<float>(rect.w) * static_cast<float>(rect.h) <= area);   // the button and its anti-aliased edge
    damage.Keep();

    MoveMouse(ui, ImVec2(5, 5));
    REQUIRE(damage.Changed(*ImGui::GetDrawData(), &rect));
    CHECK(Covers(rect, *button));   // the highlight goes again
    damage.Keep();

    // A new screen: the whole column changes; every widget drawn on the canvas lies inside the damage.
    REQUIRE(ui.ClickTarget("Start"));
    ui.Frames(3);
    if (damage.Changed(*ImGui::GetDrawData(), &rect)) {
        for (const ItemBox& item : ui.Items()) {
            if (item.max.y <= 0 || item.min.y >= 900) continue;                       // scrolled out of view
            if (item.label == "Systemic" || item.label.rfind("Debug##", 0) == 0) continue;   // windows, not widgets
            CAPTURE(item.label);
            CHECK(rect.x <= item.min.x);
            CHECK(rect.x + rect.w >= item.max.x);
        }
    }
    damage.Keep();
    ui.Resize(390, 844, 3.0f);
    ui.Frames(3);
    damage.Keep();
    REQUIRE(ui.ClickTarget("Home"));
    ui.Frames(3);
    CHECK_FALSE(damage.Changed(*ImGui::GetDrawData(), &rect));   // on a phone, a new screen is most of the canvas
    damage.Keep();

    ui.Resize(1000, 700, 1.0f);
    ui.Frames(2);
    CHECK_FALSE(damage.Changed(*ImGui::GetDrawData(), &rect));   // another size
    damage.Keep();
    damage.Forget();
    ui.Frame();
    CHECK_FALSE(damage.Changed(*ImGui::GetDrawData(), &rect));   // forgotten: the canvas was cleared
}

TEST_CASE("frame damage: clip rectangles narrowed to the damage") {
    UiDriver ui;
    ui.Frames(2);
    ImDrawData* data = ImGui::GetDrawData();
    const DamageRect rect{100, 50, 200, 80};
    ClipDrawData(data, rect);
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
