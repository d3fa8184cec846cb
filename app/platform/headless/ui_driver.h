// ui_driver.h — runs the real UI in a headless Dear ImGui context and drives it like a user would:
// click a widget by its label, type, press keys. Items are found through ImGui's test-engine hooks.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include <imgui.h>

#include "app_state.h"
#include "display.h"
#include "headless_host.h"

namespace systemic {

struct ItemBox {
    std::string label;      // the full label as drawn, "##" suffix included
    ImVec2 min, max;        // screen rectangle in framebuffer pixels
};

class UiDriver {
public:
    explicit UiDriver(float width_css = 1440.0f, float height_css = 900.0f, float ratio = 1.0f,
                      bool prefers_dark = false);
    ~UiDriver();
    UiDriver(const UiDriver&) = delete;
    UiDriver& operator=(const UiDriver&) = delete;

    AppState state;
    HeadlessHost host;

    void Frame();                                        // one frame of DrawApp
    void Frames(int n);                                  // n frames (input trickles over several)
    std::optional<ItemBox> Find(const std::string& label) const;   // exact label, or label before "##"
    bool Click(const std::string& label);                // press and release on the item's centre; false when not drawn
    bool Tap(const std::string& label);                  // the same as a touch-screen tap
    bool ClickTarget(const std::string& name);           // the same, aimed at a NoteTarget name (as browser tests do)
    bool TapTarget(const std::string& name);
    void Type(const std::string& utf8);                  // characters into the focused text field
    void Press(ImGuiKey key, ImGuiKeyChord mods = 0);    // key down and up, with modifiers
    void Resize(float width_css, float height_css, float ratio);
    void Restart(bool prefers_dark = false);             // InitApp again, as a page reload does (storage kept)
    std::vector<ItemBox> Items() const;                  // everything drawn in the last frame
    float font_px() const;                               // current body font size in framebuffer pixels

private:
    ImGuiContext* context_ = nullptr;
    std::string font_regular_, font_bold_;
    DisplayApplied display_;
    float width_ = 0, height_ = 0, ratio_ = 1;
};

} // namespace systemic
