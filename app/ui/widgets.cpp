// widgets.cpp — shared widgets. Touch targets are at least 44 CSS pixels (2.75 em at 16 px).
#include "widgets.h"

#include <algorithm>
#include <cfloat>
#include <cstdio>
#include <string>

#include <imgui.h>
#include <imgui_internal.h>
#include <misc/cpp/imgui_stdlib.h>

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
bool SizedButton(const char* label, float width, SemRole role = SemRole::Button) {
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
        SemAddItem(role, label);
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
    SemAddItem(role, label);
    return pressed;
}

// Wrapped text drawn by ImGui, described as a text node whose width is the wrap width (not the longest line),
// so the browser wraps the DOM copy where ImGui wrapped the glyphs.
void WrappedText(SemRole role, const char* text, std::uint32_t states, int level) {
    ImGuiWindow* window = ImGui::GetCurrentWindow();
    const ImVec2 pos = ImGui::GetCursorScreenPos();
    if (ImGui::GetFont() != ImGui::GetIO().FontDefault) states |= kSemBold;   // the bold and heading faces
    // TextWrapped wraps at the content edge when no wrap position is set (0 means that to ImGui).
    const float wrap_w = ImGui::CalcWrapWidthForPos(pos, std::max(0.0f, window->DC.TextWrapPos));
    ImGui::TextWrapped("%s", text);
    // The item's rectangle, not the cursor: on a line shared with a framed widget ImGui lowers text to its baseline.
    const ImVec2 min = ImGui::GetItemRectMin(), max = ImGui::GetItemRectMax();
    SemAddText(role, text, min, ImVec2(min.x + std::max(wrap_w, max.x - min.x), max.y), states, level);
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

bool JumpLink(const char* label, float width) { return SizedButton(label, width, SemRole::Link); }

float ButtonHeight(const char* label, float width) {
    const float pad_x = Em(1.0f);
    const char* end = ImGui::FindRenderedTextEnd(label);
    if (ImGui::CalcTextSize(label, end).x + 2.0f * pad_x <= width + 0.5f) return TouchHeight();
    const ImVec2 text = ImGui::CalcTextSize(label, end, false, std::max(Em(2.0f), width - 2.0f * pad_x));
    return std::max(TouchHeight(), text.y + 2.0f * Em(0.6f));
}

void Heading(const UiFonts& fonts, const char* text, int level) {
    if (fonts.heading) ImGui::PushFont(fonts.heading);
    WrappedText(SemRole::Heading, text, kSemBold, std::clamp(level, 1, 3));
    if (fonts.heading) ImGui::PopFont();
}

void Paragraph(const char* text) { WrappedText(SemRole::Text, text, 0, 0); }

void MutedText(const char* text) {
    ImGui::PushStyleColor(ImGuiCol_Text, CurrentPalette().text_muted);
    WrappedText(SemRole::Text, text, 0, 0);
    ImGui::PopStyleColor();
}

void BoldParagraph(const UiFonts& fonts, const char* text) {
    if (fonts.bold) ImGui::PushFont(fonts.bold);
    WrappedText(SemRole::Text, text, kSemBold, 0);
    if (fonts.bold) ImGui::PopFont();
}

void SubHeading(const UiFonts& fonts, const char* text, int level) {
    if (fonts.bold) ImGui::PushFont(fonts.bold);
    WrappedText(SemRole::Heading, text, kSemBold, std::clamp(level, 1, 3));
    if (fonts.bold) ImGui::PopFont();
}

void Label(const char* text) {
    ImGui::TextUnformatted(text);
    SemAddText(SemRole::Text, text, ImGui::GetItemRectMin(), ImGui::GetItemRectMax(), ImGui::GetFont() != ImGui::GetIO().FontDefault ? kSemBold : 0u);
}

bool TextField(const char* label, const char* id, std::string& value, const char* hint, float multiline_height, bool read_only) {
    Label(label);
    ImGui::PushID(id);
    bool changed = false;
    const bool multiline = multiline_height > 0.0f;
    const float width = ColumnRemaining();
    const ImGuiID field_id = ImGui::GetID("##field");
    std::string incoming;
    if (SemTakeText(field_id, incoming) && !read_only && incoming != value) {
        value = std::move(incoming);
        changed = true;
    }
    if (SemDomEditing()) {
        // The browser's own field edits the text (composition, autocorrect, on-screen keyboards); ImGui draws the
        // frame under it and keeps the item focusable so Tab reaches it in order.
        const float h = multiline ? multiline_height : TouchHeight();
        const ImVec2 pos = ImGui::GetCursorScreenPos();
        const ImRect bb(pos, ImVec2(pos.x + width, pos.y + h));
        ImGui::ItemSize(bb);
        if (ImGui::ItemAdd(bb, field_id)) {
            bool hovered = false, held = false;
            ImGui::ButtonBehavior(bb, field_id, &hovered, &held);
            ImGui::RenderFrame(bb.Min, bb.Max, ImGui::GetColorU32(ImGuiCol_FrameBg), true, ImGui::GetStyle().FrameRounding);
            ImGui::RenderNavHighlight(bb, field_id);
        }
        ImGui::GetCurrentContext()->LastItemData.ID = field_id;
    } else {
        const float h = multiline ? multiline_height : 0.0f;
        const ImGuiInputTextFlags flags = read_only ? ImGuiInputTextFlags_ReadOnly : 0;
        if (multiline) {
            changed |= ImGui::InputTextMultiline("##field", &value, ImVec2(width, h), flags);
        } else {
            ImGui::SetNextItemWidth(width);
            changed |= ImGui::InputTextWithHint("##field", hint ? hint : "", &value, flags);
        }
        // A multi-line field ends in a group that can leave another id as the last item's: name the field's own.
        ImGui::GetCurrentContext()->LastItemData.ID = field_id;
    }
    SemAddItem(multiline ? SemRole::TextArea : SemRole::TextBox, label, read_only ? kSemReadOnly : 0u, hint, value.c_str());
    ImGui::PopID();
    return changed;
}

bool RadioOption(const char* label, bool checked) {
    const bool pressed = ImGui::RadioButton(label, checked);
    SemAddItem(SemRole::Radio, label, checked ? kSemChecked : 0u);
    return pressed;
}

bool CheckOption(const char* label, bool* checked) {
    const bool pressed = ImGui::Checkbox(label, checked);
    SemAddItem(SemRole::Checkbox, label, *checked ? kSemChecked : 0u);
    return pressed;
}

void SemTable(const char* caption, const std::vector<std::string>& header, const std::vector<std::vector<std::string>>& rows,
              ImVec2 min, ImVec2 max) {
    if (!SemIsBuilding()) return;
    SemAddNode(0, SemRole::Table, caption, min, max, kSemHidden);
    SemOpenLast();
    auto row = [&](const std::vector<std::string>& cells, bool head, int index) {
        const std::string key = std::string(caption) + (head ? "#head" : "#row") + std::to_string(index);
        SemAddNode(ImGui::GetID(key.c_str()), SemRole::Row, "", min, max, kSemHidden);
        SemOpenLast();
        for (size_t i = 0; i < cells.size(); ++i)
            SemAddNode(0, head ? SemRole::ColumnHeader : i == 0 ? SemRole::RowHeader : SemRole::Cell, cells[i].c_str(), min, max, kSemHidden);
        SemEndGroup();
    };
    row(header, true, 0);
    for (size_t r = 0; r < rows.size(); ++r) row(rows[r], false, static_cast<int>(r));
    SemEndGroup();
}

bool RowSelectable(const char* label, bool selected, float width, float height) {
    const float h = height > 0.0f ? height : Em(2.75f);
    const char* end = ImGui::FindRenderedTextEnd(label);
    const float text_w = ImGui::CalcTextSize(label, end).x;
    const float pad = ImGui::GetStyle().FramePadding.x;
    if (width <= 0.0f) width = text_w + 2.0f * pad;
    const float room = ColumnRemaining();
    if (room > Em(3.0f) && width > room) width = room;
    // Drawn here rather than by ImGui::Selectable, which cannot wrap: words wider than the row (large text on a
    // phone) wrap inside a taller row, nothing cut at the edge; rows that wrap and rows that do not look alike.
    const float wrap = std::max(Em(2.0f), width - 2.0f * pad);
    const ImVec2 text = ImGui::CalcTextSize(label, end, false, wrap);
    const ImVec2 size(width, std::max(h, text.y + 2.0f * Em(0.5f)));
    const ImVec2 pos = ImGui::GetCursorScreenPos();
    const bool pressed = ImGui::InvisibleButton(label, size);
    const ImRect bb(pos, ImVec2(pos.x + size.x, pos.y + size.y));
    ImGui::RenderNavHighlight(bb, ImGui::GetItemID());
    const bool active = ImGui::IsItemActive(), hovered = ImGui::IsItemHovered();
    if (selected || hovered || active)
        ImGui::GetWindowDrawList()->AddRectFilled(bb.Min, bb.Max, ImGui::GetColorU32(active ? ImGuiCol_HeaderActive : hovered ? ImGuiCol_HeaderHovered : ImGuiCol_Header));
    ImGui::GetWindowDrawList()->AddText(ImGui::GetFont(), ImGui::GetFontSize(), ImVec2(pos.x + pad, pos.y + (size.y - text.y) * 0.5f),
                                        ImGui::GetColorU32(ImGuiCol_Text), label, end, wrap);
    return pressed;
}

bool LinkToggle(const char* label, bool open, float width, float height) {
    ImGui::PushStyleColor(ImGuiCol_Text, CurrentPalette().accent);
    const bool pressed = RowSelectable(label, false, width, height);
    ImGui::PopStyleColor();
    std::string name = label;
    // The "+"/"-" drawn before the words is for the eye; the state says it.
    if (name.size() > 3 && (name[0] == '+' || name[0] == '-') && name[1] == ' ') name = name.substr(name.find_first_not_of("+- "));
    SemAddItem(SemRole::Button, name.c_str(), open ? kSemExpanded : kSemCollapsed);
    return pressed;
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

void SameLineIfFits(const char* next_label) {
    const ImGuiStyle& style = ImGui::GetStyle();
    const float w = ImGui::CalcTextSize(next_label, nullptr, true).x + style.FramePadding.x * 2.0f + Em(1.0f);
    ImGui::SameLine();
    if (ColumnRemaining() < w) ImGui::NewLine();
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
    const ImVec2 title_at = cursor;
    if (text.body) {
        cursor.y += title_size.y + Em(0.3f);
        dl->AddText(ImGui::GetFont(), font_size, cursor, p.text, text.body, nullptr, inner_w);
    }
    // A card is one control whose accessible name is its text: the title, then the body, as child text runs
    // laid over the glyphs (selectable and findable). The badges repeat the state and are left out.
    std::uint32_t states = 0;
    if (selected) states |= (text.role == SemRole::Radio || text.role == SemRole::Checkbox) ? kSemChecked : kSemSelected;
    const std::string name = text.body ? std::string(text.title) + ". " + text.body : std::string(text.title);
    SemAddItem(text.role, name.c_str(), states);
    SemOpenLast();
    SemAddText(SemRole::Text, text.title, title_at, ImVec2(title_at.x + title_w, title_at.y + title_size.y), kSemBold);
    if (text.body) SemAddText(SemRole::Text, text.body, cursor, ImVec2(cursor.x + inner_w, cursor.y + body_size.y));
    SemEndGroup();
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
    SemBeginGroup(kind == BannerKind::Warning ? SemRole::Status : SemRole::Group, kind == BannerKind::Warning ? "Warning" : "Note");
    SemAddText(SemRole::Text, text, ImVec2(pos.x + pad, pos.y + pad), ImVec2(pos.x + width - pad, pos.y + pad + size.y));
    SemEndGroup();
}

bool SmallButton44(const char* label) { return SizedButton(label, 0.0f); }

namespace {

// The drawing and behaviour of a choice chip, without its semantic node (the callers describe it).
bool DrawChip(const char* id, const char* label, bool selected, unsigned int on_colour, float width) {
    const Palette& p = CurrentPalette();
    // Words wider than the chip (a long label, large text on a phone) wrap inside a taller chip: nothing spills out.
    const float r = Em(0.45f);
    const float text_left = Em(0.6f) + 2.0f * r + Em(0.5f);
    const float wrap = std::max(Em(2.0f), width - text_left - Em(0.4f));
    const ImVec2 ts = ImGui::CalcTextSize(label, nullptr, false, wrap);
    const float h = std::max(TouchHeight(), ts.y + Em(1.0f));
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
    const ImVec2 centre(pos.x + Em(0.6f) + r, pos.y + h * 0.5f);
    dl->AddCircle(centre, r, ink, 0, std::max(1.0f, Em(0.1f)));
    if (selected) dl->AddCircleFilled(centre, r * 0.5f, ink);
    const float text_x = pos.x + text_left;
    dl->AddText(ImGui::GetFont(), ImGui::GetFontSize(), ImVec2(text_x, pos.y + (h - ts.y) * 0.5f), ink, label, nullptr, wrap);
    return pressed;
}

} // namespace

bool ChoiceChip(const char* id, const char* label, bool selected, unsigned int on_colour, float width) {
    const bool pressed = DrawChip(id, label, selected, on_colour, width);
    SemAddItem(SemRole::Radio, label, selected ? kSemChecked : 0u);
    return pressed;
}

LevelPick LevelCards(AppState& state, const std::vector<LevelCardText>& levels, int today, int target) {
    const UiFonts& fonts = state.fonts;
    const Palette& p = CurrentPalette();
    const float width = ColumnRemaining();
    const float pad = Em(0.75f);
    const float gap = Em(0.5f);
    const float spacing = ImGui::GetStyle().ItemSpacing.y;
    ImFont* bold = fonts.bold ? fonts.bold : ImGui::GetFont();
    const float font_size = ImGui::GetFontSize();
    const float inner_w = width - 2.0f * pad;
    const float chip_h = TouchHeight();
    const float chip_w = (inner_w - gap) * 0.5f;

    // Lay out and draw the five cards (frame, title, descriptor); the chips come after, group by group.
    struct Placed {
        ImVec2 pos, title_min, title_max, body_min, body_max;
        float chip_y = 0.0f;
    };
    std::vector<Placed> placed(levels.size());
    const ImVec2 start = ImGui::GetCursorScreenPos();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const float rounding = Em(0.5f);
    float y = start.y;
    for (size_t i = 0; i < levels.size(); ++i) {
        const LevelCardText& t = levels[i];
        const int level = static_cast<int>(i) + 1;
        const ImVec2 title_size = bold->CalcTextSizeA(font_size, FLT_MAX, inner_w, t.title);
        const ImVec2 body_size = t.body ? ImGui::CalcTextSize(t.body, nullptr, false, inner_w) : ImVec2(0, 0);
        const float text_h = title_size.y + (t.body ? Em(0.3f) + body_size.y : 0.0f);
        const float height = pad + text_h + Em(0.6f) + chip_h + pad;
        Placed& pl = placed[i];
        pl.pos = ImVec2(start.x, y);
        pl.title_min = ImVec2(start.x + pad, y + pad);
        pl.title_max = ImVec2(pl.title_min.x + inner_w, pl.title_min.y + title_size.y);
        pl.body_min = ImVec2(start.x + pad, pl.title_max.y + Em(0.3f));
        pl.body_max = ImVec2(pl.body_min.x + inner_w, pl.body_min.y + body_size.y);
        pl.chip_y = y + pad + text_h + Em(0.6f);
        const bool chosen = today == level || target == level;
        dl->AddRectFilled(pl.pos, ImVec2(start.x + width, y + height), chosen ? p.card_selected : p.card, rounding);
        dl->AddRect(pl.pos, ImVec2(start.x + width, y + height), chosen ? p.accent : p.card_border, rounding, 0,
                    chosen ? Em(0.125f) : std::max(1.0f, Em(0.0625f)));
        dl->AddText(bold, font_size, pl.title_min, p.text, t.title, nullptr, inner_w);
        if (t.body) dl->AddText(ImGui::GetFont(), font_size, pl.body_min, p.text, t.body, nullptr, inner_w);
        y += height + spacing;
    }

    // Two radio groups, in this order for Tab and for screen readers: all of "Today", then all of "In 12 months".
    // A "Today" radio carries the card's title and descriptor as text laid over their glyphs (its accessible name,
    // selectable and findable); an "In 12 months" radio is named by the level, with the descriptor as its
    // description, so the same words are not in the page twice.
    LevelPick out;
    SemBeginGroup(SemRole::RadioGroup, "Today", "Where are you today?");
    for (size_t i = 0; i < levels.size(); ++i) {
        const LevelCardText& t = levels[i];
        const Placed& pl = placed[i];
        const int level = static_cast<int>(i) + 1;
        ImGui::PushID(level);
        ImGui::SetCursorScreenPos(ImVec2(pl.pos.x + pad, pl.chip_y));
        if (DrawChip("today", "Today", today == level, p.accent, chip_w)) out.today = level;
        NoteTarget(state, ("Today " + std::to_string(level)).c_str());
        const std::string name = t.body ? std::string(t.title) + ". " + t.body : std::string(t.title);
        SemAddItem(SemRole::Radio, name.c_str(), today == level ? kSemChecked : 0u);
        SemOpenLast();
        SemAddText(SemRole::Text, t.title, pl.title_min, pl.title_max, kSemBold);
        if (t.body) SemAddText(SemRole::Text, t.body, pl.body_min, pl.body_max);
        SemEndGroup();
        ImGui::PopID();
    }
    SemEndGroup();
    SemBeginGroup(SemRole::RadioGroup, "In 12 months", "Where do you want to be in 12 months?");
    for (size_t i = 0; i < levels.size(); ++i) {
        const LevelCardText& t = levels[i];
        const Placed& pl = placed[i];
        const int level = static_cast<int>(i) + 1;
        ImGui::PushID(level);
        ImGui::SetCursorScreenPos(ImVec2(pl.pos.x + pad + chip_w + gap, pl.chip_y));
        if (DrawChip("target", "In 12 months", target == level, p.good, chip_w)) out.target = level;
        NoteTarget(state, ("Target " + std::to_string(level)).c_str());
        SemAddItem(SemRole::Radio, t.title, target == level ? kSemChecked : 0u, t.body);
        ImGui::PopID();
    }
    SemEndGroup();
    ImGui::SetCursorScreenPos(start);
    ImGui::Dummy(ImVec2(width, std::max(0.0f, y - start.y - spacing)));
    return out;
}

void Progress(float fraction, const char* overlay, const char* name) {
    const Palette& p = CurrentPalette();
    const float width = ColumnRemaining();
    const float h = Em(0.4f);
    const ImVec2 pos = ImGui::GetCursorScreenPos();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    dl->AddRectFilled(pos, ImVec2(pos.x + width, pos.y + h), p.card_border, h * 0.5f);
    if (fraction > 0.0f)
        dl->AddRectFilled(pos, ImVec2(pos.x + width * std::min(fraction, 1.0f), pos.y + h), p.accent, h * 0.5f);
    ImGui::Dummy(ImVec2(width, h));
    char value[16];
    std::snprintf(value, sizeof value, "%d", static_cast<int>(std::clamp(fraction, 0.0f, 1.0f) * 100.0f + 0.5f));
    SemAddNode(0, SemRole::Progress, name ? name : overlay ? overlay : "Progress", pos, ImVec2(pos.x + width, pos.y + h), kSemHidden, nullptr, value);
    if (overlay) MutedText(overlay);
}

} // namespace systemic
