// settings_bar.cpp — theme and text size (up to 200 %, WCAG 1.4.4), reachable from every screen: at the foot of
// the welcome screen and behind the header's "Text size and colours" on every other; remembered in storage.
#include <cstdio>

#include <imgui.h>

#include "screens.h"
#include "widgets.h"

namespace systemic {

namespace {

// The text sizes offered, as multiples of the body size: 87.5 % to 200 %.
constexpr float kTextScales[] = {0.875f, 1.0f, 1.25f, 1.5f, 1.75f, 2.0f};
constexpr int kTextScaleCount = static_cast<int>(sizeof kTextScales / sizeof kTextScales[0]);

int ScaleIndex(float scale) {
    int best = 1;
    for (int i = 0; i < kTextScaleCount; ++i)
        if (scale >= kTextScales[i] - 0.01f) best = i;
    return best;
}

} // namespace

void DrawDisplaySettings(AppState& state) {
    Label("Colours");
    SemBeginGroup(SemRole::RadioGroup, "Colours");
    const struct { Theme theme; const char* label; const char* id; } kThemes[] = {
        {Theme::Light, "Light", "Light##theme"}, {Theme::Dark, "Dark", "Dark##theme"}, {Theme::HighContrast, "High contrast", "High contrast##theme"}};
    // Three 44 px choices side by side on a wide column, stacked when the column is narrow or the text large.
    const float spacing = ImGui::GetStyle().ItemSpacing.x;
    const bool stacked = ColumnWidth() < ImGui::CalcTextSize("High contrast").x * 3.0f + Em(3.0f) * 3.0f + spacing * 2.0f;
    const float chip_w = stacked ? ColumnWidth() : (ColumnWidth() - 2.0f * spacing) / 3.0f;
    bool first = true;
    for (const auto& t : kThemes) {
        if (!first && !stacked) ImGui::SameLine();
        first = false;
        if (ChoiceChip(t.id, t.label, state.settings.theme == t.theme, CurrentPalette().accent, chip_w)) state.settings.theme = t.theme;
        NoteTarget(state, t.label);
    }
    SemEndGroup();
    ImGui::Spacing();
    const int at = ScaleIndex(state.settings.text_scale);
    char pct[48];
    std::snprintf(pct, sizeof pct, "Text size: %d %%", static_cast<int>(kTextScales[at] * 100.0f + 0.5f));
    Label(pct);
    if (SecondaryButton("Smaller text##smaller") && at > 0) state.settings.text_scale = kTextScales[at - 1];
    NoteTarget(state, "Smaller text");
    ImGui::SameLine();
    if (SecondaryButton("Larger text##larger") && at + 1 < kTextScaleCount) state.settings.text_scale = kTextScales[at + 1];
    NoteTarget(state, "Larger text");
}

void DrawSettingsBar(AppState& state, Host& /*host*/) {
    BeginColumn();
    ImGui::Dummy(ImVec2(0, Em(0.5f)));
    const ImVec2 from = ImGui::GetCursorScreenPos();
    ImGui::GetWindowDrawList()->AddLine(from, ImVec2(from.x + ColumnWidth(), from.y), ImGui::GetColorU32(ImGuiCol_Border));
    ImGui::Dummy(ImVec2(0, Em(0.5f)));
    SubHeading(state.fonts, "Text size and colours", 2);
    DrawDisplaySettings(state);
    EndColumn();
}

} // namespace systemic
