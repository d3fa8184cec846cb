// widgets.cpp — shared widgets. Touch targets are at least 44 CSS pixels (2.75 em at 16 px).
#include "widgets.h"

#include <algorithm>

#include <imgui.h>

#include "app_state.h"
#include "fonts.h"
#include "theme.h"

namespace systemic {

namespace {

float g_column_width = 0.0f;   // set by BeginColumn for the duration of one column
float g_column_indent = 0.0f;

float TouchHeight() { return std::max(Em(2.75f), ImGui::GetFrameHeight()); }

bool SizedButton(const char* label, float width) {
    const float h = TouchHeight();
    const float pad_y = std::max(0.0f, (h - ImGui::GetFontSize()) * 0.5f);
    ImGui::PushStyleVar(ImGuiStyleVar_FramePadding, ImVec2(Em(1.0f), pad_y));
    const bool pressed = ImGui::Button(label, ImVec2(width, h));
    ImGui::PopStyleVar();
    return pressed;
}

} // namespace

float Em(float n) { return n * ImGui::GetFontSize(); }

bool PrimaryButton(const char* label, float width) {
    const Palette& p = CurrentPalette();
    ImGui::PushStyleColor(ImGuiCol_Button, p.accent);
    ImGui::PushStyleColor(ImGuiCol_ButtonHovered, p.accent);
    ImGui::PushStyleColor(ImGuiCol_ButtonActive, p.accent);
    ImGui::PushStyleColor(ImGuiCol_Text, p.accent_text);
    const bool pressed = SizedButton(label, width);
    ImGui::PopStyleColor(4);
    return pressed;
}

bool SecondaryButton(const char* label, float width) { return SizedButton(label, width); }

void Heading(const UiFonts& fonts, const char* text) {
    if (fonts.heading) ImGui::PushFont(fonts.heading);
    ImGui::TextWrapped("%s", text);
    if (fonts.heading) ImGui::PopFont();
}

void Paragraph(const char* text) { ImGui::TextWrapped("%s", text); }

void MutedText(const char* text) {
    ImGui::PushStyleColor(ImGuiCol_Text, CurrentPalette().text_muted);
    ImGui::TextWrapped("%s", text);
    ImGui::PopStyleColor();
}

void BeginColumn(float max_width_em) {
    const float avail = ImGui::GetContentRegionAvail().x;
    g_column_width = std::min(avail, Em(max_width_em));
    g_column_indent = std::max(0.0f, (avail - g_column_width) * 0.5f);
    if (g_column_indent > 0.0f) ImGui::Indent(g_column_indent);
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + g_column_width);
    ImGui::PushItemWidth(g_column_width);
}

void EndColumn() {
    ImGui::PopItemWidth();
    ImGui::PopTextWrapPos();
    if (g_column_indent > 0.0f) ImGui::Unindent(g_column_indent);
    g_column_indent = 0.0f;
}

float ColumnWidth() { return g_column_width; }

void NoteTarget(AppState& state, const char* label) {
    const ImVec2 min = ImGui::GetItemRectMin();
    const ImVec2 max = ImGui::GetItemRectMax();
    state.targets.push_back({label, min.x, min.y, max.x - min.x, max.y - min.y});
}

} // namespace systemic
