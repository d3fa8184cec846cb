// widgets.cpp — shared widgets. Touch targets are at least 44 CSS pixels (2.75 em at 16 px).
#include "widgets.h"

#include <algorithm>
#include <cfloat>
#include <string>

#include <imgui.h>
#include <imgui_internal.h>

#include "app_state.h"
#include "fonts.h"
#include "theme.h"

namespace systemic {

namespace {

float g_column_width = 0.0f;   // set by BeginColumn for the duration of one column
float g_column_indent = 0.0f;
float g_column_right = 0.0f;   // window-local x of the column's right edge

float TouchHeight() { return std::max(Em(2.75f), ImGui::GetFrameHeight()); }

// A button at least 44 CSS px tall. After SameLine, a button that would pass the column's right edge starts a
// new line instead; a label wider than the column wraps inside a taller button. Nothing is cut at the right
// edge, whatever the text size (WCAG 1.4.4 and 1.4.10).
bool SizedButton(const char* label, float width) {
    const float h = TouchHeight();
    const float pad_x = Em(1.0f);
    const char* end = ImGui::FindRenderedTextEnd(label);
    const float text_w = ImGui::CalcTextSize(label, end).x;
    float want = width > 0.0f ? width : text_w + 2.0f * pad_x;
    if (ImGui::GetCurrentWindow()->DC.IsSameLine && want > ColumnRemaining() + 0.5f) ImGui::NewLine();
    const float room = ColumnRemaining();
    if (room > Em(3.0f) && want > room) want = room;
    if (text_w + 2.0f * pad_x <= want + 0.5f) {
        const float pad_y = std::max(0.0f, (h - ImGui::GetFontSize()) * 0.5f);
        ImGui::PushStyleVar(ImGuiStyleVar_FramePadding, ImVec2(pad_x, pad_y));
        const bool pressed = ImGui::Button(label, ImVec2(width > 0.0f ? want : 0.0f, h));
        ImGui::PopStyleVar();
        return pressed;
    }
    // Wrapped: the label's lines centred in a taller button.
    const float wrap = std::max(Em(2.0f), want - 2.0f * pad_x);
    const ImVec2 text = ImGui::CalcTextSize(label, end, false, wrap);
    const ImVec2 size(want, std::max(h, text.y + 2.0f * Em(0.6f)));
    const ImVec2 pos = ImGui::GetCursorScreenPos();
    const bool pressed = ImGui::InvisibleButton(label, size);
    const bool held = ImGui::IsItemActive(), hovered = ImGui::IsItemHovered();
    const ImRect bb(pos, ImVec2(pos.x + size.x, pos.y + size.y));
    ImGui::RenderNavHighlight(bb, ImGui::GetItemID());
    ImGui::RenderFrame(bb.Min, bb.Max, ImGui::GetColorU32(held ? ImGuiCol_ButtonActive : hovered ? ImGuiCol_ButtonHovered : ImGuiCol_Button),
                       true, ImGui::GetStyle().FrameRounding);
    ImGui::GetWindowDrawList()->AddText(ImGui::GetFont(), ImGui::GetFontSize(),
                                        ImVec2(pos.x + pad_x, pos.y + (size.y - text.y) * 0.5f), ImGui::GetColorU32(ImGuiCol_Text),
                                        label, end, wrap);
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

float ButtonHeight(const char* label, float width) {
    const float pad_x = Em(1.0f);
    const char* end = ImGui::FindRenderedTextEnd(label);
    if (ImGui::CalcTextSize(label, end).x + 2.0f * pad_x <= width + 0.5f) return TouchHeight();
    const ImVec2 text = ImGui::CalcTextSize(label, end, false, std::max(Em(2.0f), width - 2.0f * pad_x));
    return std::max(TouchHeight(), text.y + 2.0f * Em(0.6f));
}

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
    g_column_right = ImGui::GetCursorPosX() + g_column_width;
    ImGui::PushTextWrapPos(g_column_right);
    ImGui::PushItemWidth(g_column_width);
}

void EndColumn() {
    ImGui::PopItemWidth();
    ImGui::PopTextWrapPos();
    if (g_column_indent > 0.0f) ImGui::Unindent(g_column_indent);
    g_column_indent = 0.0f;
    g_column_width = 0.0f;
}

float ColumnWidth() { return g_column_width; }

float ColumnRemaining() {
    // Outside a column (a popup, say) the window's own content region is the limit.
    if (g_column_width <= 0.0f) return ImGui::GetContentRegionAvail().x;
    return std::max(0.0f, g_column_right - ImGui::GetCursorPosX());
}

void NoteTarget(AppState& state, const char* label) {
    const ImVec2 min = ImGui::GetItemRectMin();
    const ImVec2 max = ImGui::GetItemRectMax();
    const ImGuiContext& g = *ImGui::GetCurrentContext();
    // Focused as a keyboard user sees it: the navigation cursor is on the item and visible.
    const bool focused = g.NavId != 0 && g.NavId == ImGui::GetItemID() && !g.NavDisableHighlight;
    state.targets.push_back({label, min.x, min.y, max.x - min.x, max.y - min.y, focused, state.drawing_pinned});
}

} // namespace systemic


namespace systemic {

bool Card(const char* id, const CardText& text, bool selected, const UiFonts& fonts, float width) {
    const Palette& p = CurrentPalette();
    if (width <= 0.0f) width = ColumnRemaining();
    const float pad = Em(0.75f);
    ImFont* bold = fonts.bold ? fonts.bold : ImGui::GetFont();
    const float font_size = ImGui::GetFontSize();

    // Badges sit on the title line, right-aligned; the title wraps before them.
    float badges_w = 0.0f;
    const char* badges[2] = {text.badge_a, text.badge_b};
    for (const char* b : badges)
        if (b) badges_w += ImGui::CalcTextSize(b).x + Em(1.0f) + Em(0.4f);
    const float inner_w = width - 2.0f * pad;
    const float title_w = std::max(Em(6.0f), inner_w - badges_w);
    const ImVec2 title_size = bold->CalcTextSizeA(font_size, FLT_MAX, title_w, text.title);
    const ImVec2 body_size = text.body ? ImGui::CalcTextSize(text.body, nullptr, false, inner_w) : ImVec2(0, 0);
    const float height = std::max(Em(2.75f), pad * 2.0f + title_size.y + (text.body ? Em(0.3f) + body_size.y : 0.0f));

    const ImVec2 pos = ImGui::GetCursorScreenPos();
    const bool pressed = ImGui::InvisibleButton(id, ImVec2(width, height));
    const bool hovered = ImGui::IsItemHovered();
    const ImRect bb(pos, ImVec2(pos.x + width, pos.y + height));
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const float rounding = Em(0.5f);
    ImU32 fill = selected ? p.card_selected : p.card;
    if (hovered && !selected) fill = ImGui::GetColorU32(ImGuiCol_FrameBgHovered);
    dl->AddRectFilled(bb.Min, bb.Max, fill, rounding);
    dl->AddRect(bb.Min, bb.Max, selected ? p.accent : p.card_border, rounding, 0, selected ? Em(0.15f) : Em(0.0625f));
    ImGui::RenderNavHighlight(bb, ImGui::GetItemID());

    ImVec2 cursor(pos.x + pad, pos.y + pad);
    dl->AddText(bold, font_size, cursor, p.text, text.title, nullptr, title_w);
    float bx = bb.Max.x - pad;
    for (int i = 1; i >= 0; --i) {
        if (!badges[i]) continue;
        const ImVec2 sz = ImGui::CalcTextSize(badges[i]);
        const ImVec2 bmin(bx - sz.x - Em(1.0f), cursor.y - Em(0.1f));
        const ImVec2 bmax(bx, cursor.y + sz.y + Em(0.1f));
        dl->AddRectFilled(bmin, bmax, i == 0 ? p.accent : p.good, Em(0.8f));
        dl->AddText(ImVec2(bmin.x + Em(0.5f), cursor.y), p.accent_text, badges[i]);
        bx = bmin.x - Em(0.4f);
    }
    if (text.body) {
        cursor.y += title_size.y + Em(0.3f);
        dl->AddText(ImGui::GetFont(), font_size, cursor, p.text, text.body, nullptr, inner_w);
    }
    return pressed;
}

void Banner(const char* text, BannerKind kind) {
    const Palette& p = CurrentPalette();
    const float pad = Em(0.75f);
    const float width = ColumnRemaining();
    const ImVec2 size = ImGui::CalcTextSize(text, nullptr, false, width - 2.0f * pad);
    const ImVec2 pos = ImGui::GetCursorScreenPos();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const ImU32 edge = kind == BannerKind::Warning ? p.warning : p.accent;
    dl->AddRectFilled(pos, ImVec2(pos.x + width, pos.y + size.y + 2.0f * pad), p.card, Em(0.4f));
    dl->AddRect(pos, ImVec2(pos.x + width, pos.y + size.y + 2.0f * pad), edge, Em(0.4f), 0, Em(0.125f));
    dl->AddRectFilled(pos, ImVec2(pos.x + Em(0.3f), pos.y + size.y + 2.0f * pad), edge, Em(0.4f), ImDrawFlags_RoundCornersLeft);
    dl->AddText(ImGui::GetFont(), ImGui::GetFontSize(), ImVec2(pos.x + pad, pos.y + pad), p.text, text, nullptr, width - 2.0f * pad);
    ImGui::Dummy(ImVec2(width, size.y + 2.0f * pad));
}

bool SmallButton44(const char* label) { return SizedButton(label, 0.0f); }

bool ChoiceChip(const char* id, const char* label, bool selected, unsigned int on_colour, float width) {
    const Palette& p = CurrentPalette();
    const float h = TouchHeight();
    const ImVec2 pos = ImGui::GetCursorScreenPos();
    const bool pressed = ImGui::InvisibleButton(id, ImVec2(width, h));
    const bool hovered = ImGui::IsItemHovered();
    const ImRect bb(pos, ImVec2(pos.x + width, pos.y + h));
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const float rounding = Em(0.4f);
    const ImU32 fill = selected ? on_colour : hovered ? ImGui::GetColorU32(ImGuiCol_FrameBgHovered) : p.card;
    dl->AddRectFilled(bb.Min, bb.Max, fill, rounding);
    dl->AddRect(bb.Min, bb.Max, selected ? on_colour : p.card_border, rounding, 0, std::max(1.0f, Em(0.0625f)) * (selected ? 2.0f : 1.0f));
    ImGui::RenderNavHighlight(bb, ImGui::GetItemID());
    // A radio circle: hollow when not chosen, with a dot when chosen, so the state does not rest on colour alone.
    const ImU32 ink = selected ? p.accent_text : p.text;
    const float r = Em(0.45f);
    const ImVec2 centre(pos.x + Em(0.6f) + r, pos.y + h * 0.5f);
    dl->AddCircle(centre, r, ink, 0, std::max(1.0f, Em(0.1f)));
    if (selected) dl->AddCircleFilled(centre, r * 0.5f, ink);
    const float text_x = centre.x + r + Em(0.5f);
    const float wrap = std::max(Em(2.0f), bb.Max.x - text_x - Em(0.4f));
    const ImVec2 ts = ImGui::CalcTextSize(label, nullptr, false, wrap);
    dl->AddText(ImGui::GetFont(), ImGui::GetFontSize(), ImVec2(text_x, pos.y + (h - ts.y) * 0.5f), ink, label, nullptr, wrap);
    return pressed;
}

LevelChoice LevelCard(AppState& state, int level, const char* title, const char* body, bool today, bool target) {
    const UiFonts& fonts = state.fonts;
    const Palette& p = CurrentPalette();
    const float width = ColumnRemaining();
    const float pad = Em(0.75f);
    const float gap = Em(0.5f);
    ImFont* bold = fonts.bold ? fonts.bold : ImGui::GetFont();
    const float font_size = ImGui::GetFontSize();
    const float inner_w = width - 2.0f * pad;
    const ImVec2 title_size = bold->CalcTextSizeA(font_size, FLT_MAX, inner_w, title);
    const ImVec2 body_size = body ? ImGui::CalcTextSize(body, nullptr, false, inner_w) : ImVec2(0, 0);
    const float chip_h = TouchHeight();
    const float text_h = title_size.y + (body ? Em(0.3f) + body_size.y : 0.0f);
    const float height = pad + text_h + Em(0.6f) + chip_h + pad;

    const ImVec2 pos = ImGui::GetCursorScreenPos();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const float rounding = Em(0.5f);
    const bool chosen = today || target;
    dl->AddRectFilled(pos, ImVec2(pos.x + width, pos.y + height), chosen ? p.card_selected : p.card, rounding);
    dl->AddRect(pos, ImVec2(pos.x + width, pos.y + height), chosen ? p.accent : p.card_border, rounding, 0,
                chosen ? Em(0.125f) : std::max(1.0f, Em(0.0625f)));
    dl->AddText(bold, font_size, ImVec2(pos.x + pad, pos.y + pad), p.text, title, nullptr, inner_w);
    if (body) dl->AddText(ImGui::GetFont(), font_size, ImVec2(pos.x + pad, pos.y + pad + title_size.y + Em(0.3f)), p.text, body, nullptr, inner_w);

    LevelChoice out;
    const float chip_w = (inner_w - gap) * 0.5f;
    const float chip_y = pos.y + pad + text_h + Em(0.6f);
    ImGui::PushID(level);
    ImGui::SetCursorScreenPos(ImVec2(pos.x + pad, chip_y));
    out.today = ChoiceChip("today", "Today", today, p.accent, chip_w);
    NoteTarget(state, ("Today " + std::to_string(level)).c_str());
    ImGui::SetCursorScreenPos(ImVec2(pos.x + pad + chip_w + gap, chip_y));
    out.target = ChoiceChip("target", "In 12 months", target, p.good, chip_w);
    NoteTarget(state, ("Target " + std::to_string(level)).c_str());
    ImGui::PopID();
    ImGui::SetCursorScreenPos(pos);
    ImGui::Dummy(ImVec2(width, height));
    return out;
}

void Progress(float fraction, const char* overlay) {
    const Palette& p = CurrentPalette();
    const float width = ColumnRemaining();
    const float h = Em(0.4f);
    const ImVec2 pos = ImGui::GetCursorScreenPos();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    dl->AddRectFilled(pos, ImVec2(pos.x + width, pos.y + h), p.card_border, h * 0.5f);
    if (fraction > 0.0f)
        dl->AddRectFilled(pos, ImVec2(pos.x + width * std::min(fraction, 1.0f), pos.y + h), p.accent, h * 0.5f);
    ImGui::Dummy(ImVec2(width, h));
    if (overlay) MutedText(overlay);
}

} // namespace systemic
