// settings_bar.cpp — theme and text size, reachable from every screen and remembered in storage.
#include <cstdio>

#include <imgui.h>

#include "screens.h"
#include "widgets.h"

namespace systemic {

void DrawSettingsBar(AppState& state, Host& /*host*/) {
    BeginColumn();
    ImGui::Dummy(ImVec2(0, Em(0.5f)));
    const ImVec2 from = ImGui::GetCursorScreenPos();
    ImGui::GetWindowDrawList()->AddLine(from, ImVec2(from.x + ColumnWidth(), from.y), ImGui::GetColorU32(ImGuiCol_Border));
    ImGui::Dummy(ImVec2(0, Em(0.5f)));
    Label("Display");
    SemBeginGroup(SemRole::RadioGroup, "Theme");
    const struct { Theme theme; const char* label; } kThemes[] = {
        {Theme::Light, "Light"}, {Theme::Dark, "Dark"}, {Theme::HighContrast, "High contrast"}};
    for (const auto& t : kThemes) {
        if (RadioOption(t.label, state.settings.theme == t.theme)) state.settings.theme = t.theme;
        NoteTarget(state, t.label);
        ImGui::SameLine();
    }
    SemEndGroup();
    ImGui::NewLine();
    ImGui::AlignTextToFramePadding();
    Label("Text size");
    ImGui::SameLine();
    if (SecondaryButton("A-##smaller") && state.settings.text_scale > 0.86f) state.settings.text_scale -= 0.125f;
    NoteTarget(state, "Smaller text");
    ImGui::SameLine();
    if (SecondaryButton("A+##larger") && state.settings.text_scale < 1.49f) state.settings.text_scale += 0.125f;
    NoteTarget(state, "Larger text");
    ImGui::SameLine();
    char pct[16];
    std::snprintf(pct, sizeof pct, "%d%%", static_cast<int>(state.settings.text_scale * 100.0f + 0.5f));
    ImGui::AlignTextToFramePadding();
    Label(pct);
    EndColumn();
}

} // namespace systemic
