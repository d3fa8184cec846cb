// charts.cpp — radar, bars, dumbbells, heat map and coverage bar on ImGui's draw list, with tap/hover/keyboard
// selection. Every chart lays itself out across the current column width and reserves its space with a Dummy.
#include "charts.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include <imgui_internal.h>

#include "app_state.h"
#include "results_view.h"
#include "rules/det_math.h"
#include "text/numbers.h"
#include "widgets.h"

namespace systemic {

// [SECTION] Colours and drawing helpers
// [SECTION] Tooltip and legend
// [SECTION] Radar
// [SECTION] Bars and dumbbells
// [SECTION] Heat map
// [SECTION] Coverage bar

namespace {

constexpr float kPi = 3.14159265358979f;

ImU32 Rgb(unsigned int rgb, float alpha = 1.0f) {
    return ImGui::ColorConvertFloat4ToU32(ImVec4(static_cast<float>((rgb >> 16) & 0xFF) / 255.0f,
                                                 static_cast<float>((rgb >> 8) & 0xFF) / 255.0f,
                                                 static_cast<float>(rgb & 0xFF) / 255.0f, alpha));
}

float Clamp100(double v) { return static_cast<float>(std::min(100.0, std::max(0.0, v))) / 100.0f; }

// A dashed line whose pattern carries on around corners, so a dashed polygon looks even.
void DashedLine(ImDrawList* dl, ImVec2 a, ImVec2 b, ImU32 col, float thickness, float dash, float gap, float& phase) {
    const float dx = b.x - a.x, dy = b.y - a.y;
    const float length = std::sqrt(dx * dx + dy * dy);
    if (length <= 0.0f) return;
    const float period = dash + gap;
    float t = -phase;
    while (t < length) {
        const float s0 = std::max(t, 0.0f), s1 = std::min(t + dash, length);
        if (s1 > s0)
            dl->AddLine(ImVec2(a.x + dx * s0 / length, a.y + dy * s0 / length), ImVec2(a.x + dx * s1 / length, a.y + dy * s1 / length),
                        col, thickness);
        t += period;
    }
    phase = std::fmod(phase + length, period);
}

// Diagonal stripes inside a rectangle: the gap in bars, "not applicable" in the coverage bar.
void Hatch(ImDrawList* dl, ImVec2 min, ImVec2 max, ImU32 col, float spacing, float thickness) {
    if (max.x <= min.x || max.y <= min.y) return;
    dl->PushClipRect(min, max, true);
    const float h = max.y - min.y;
    for (float x = min.x - h; x < max.x; x += spacing) dl->AddLine(ImVec2(x, max.y), ImVec2(x + h, min.y), col, thickness);
    dl->PopClipRect();
}

void Square(ImDrawList* dl, ImVec2 c, float half, ImU32 fill, ImU32 edge, float thickness) {
    dl->AddRectFilled(ImVec2(c.x - half, c.y - half), ImVec2(c.x + half, c.y + half), fill);
    dl->AddRect(ImVec2(c.x - half, c.y - half), ImVec2(c.x + half, c.y + half), edge, 0.0f, 0, thickness);
}

// Keyboard users see where focus is on our invisible buttons too.
void NavFrame(ImVec2 min, ImVec2 max) { ImGui::RenderNavHighlight(ImRect(min, max), ImGui::GetItemID()); }

// The pointer is a real mouse or finger, not keyboard navigation that "hovers" the focused item.
bool PointerHover() { return ImGui::IsItemHovered() && !GImGui->NavDisableMouseHover && ImGui::IsMousePosValid(); }

float Hairline() { return std::max(1.0f, Em(0.0625f)); }

} // namespace

ChartColours CurrentChartColours(Theme theme) {
    const Palette& p = CurrentPalette();
    ChartColours c{};
    c.text = p.text;
    c.muted = p.text_muted;
    c.highlight = p.text;
    c.highlight_fill = p.card_selected;
    if (theme == Theme::Light) {
        c.today = Rgb(0x0072B2);
        c.today_fill = Rgb(0x0072B2, 0.22f);
        c.target = Rgb(0xE69F00);
        c.target_fill = Rgb(0xE69F00, 0.30f);
        c.target_edge = Rgb(0x7A5200);   // orange alone is faint on white: a dark edge keeps the squares visible
        c.grid = Rgb(0xD9D9D3);
        c.grid_strong = Rgb(0x9A9A93);
        // Weak cells look weak: warm for Ad hoc and Emerging, neutral for Defined, blue for Managed and Systemic.
        const unsigned int shades[kLevelCount] = {0xF4A582, 0xFDDBC7, 0xEDEDE8, 0xC6DBEF, 0x92C5DE};   // dark text keeps 7:1 on all
        for (int i = 0; i < kLevelCount; ++i) c.heat[i] = Rgb(shades[i]);
        c.heat_text = Rgb(0x1C1C1C);
        c.heat_edge = Rgb(0x9A9A93);
    } else if (theme == Theme::Dark) {
        c.today = Rgb(0x56B4E9);
        c.today_fill = Rgb(0x56B4E9, 0.24f);
        c.target = Rgb(0xF5C65B);
        c.target_fill = Rgb(0xF5C65B, 0.24f);
        c.target_edge = Rgb(0x17191C);
        c.grid = Rgb(0x3A3F47);
        c.grid_strong = Rgb(0x6A727E);
        const unsigned int shades[kLevelCount] = {0x7A2E1E, 0x5C4020, 0x33373E, 0x214A74, 0x2E6EAD};   // light text keeps 4.5:1 on all
        for (int i = 0; i < kLevelCount; ++i) c.heat[i] = Rgb(shades[i]);
        c.heat_text = Rgb(0xECECEC);
        c.heat_edge = Rgb(0x2E6EAD);
    } else {
        c.today = Rgb(0x7FD4FF);
        c.today_fill = Rgb(0x7FD4FF, 0.28f);
        c.target = Rgb(0xFFD166);
        c.target_fill = Rgb(0xFFD166, 0.25f);
        c.target_edge = Rgb(0x000000);
        c.highlight = p.accent;   // white is every edge here: the selection needs the theme's yellow
        c.grid = Rgb(0x707070);
        c.grid_strong = Rgb(0xFFFFFF);
        // Five hues, not five shades of one: on black, dark blues cannot be told apart (review 2026-11-30).
        const unsigned int shades[kLevelCount] = {0x9E0000, 0x7A4A00, 0x404040, 0x00508A, 0x006B2E};   // white text keeps 6:1 on all
        for (int i = 0; i < kLevelCount; ++i) c.heat[i] = Rgb(shades[i]);
        c.heat_text = Rgb(0xFFFFFF);
        c.heat_edge = Rgb(0xFFFFFF);
    }
    return c;
}

// [SECTION] Tooltip and legend

void ChartTooltip(const ChartHit& hit, const std::vector<std::string>& lines, ImFont* bold, float wrap_em) {
    if (hit.shown < 0 || lines.empty()) return;
    const ImVec2 spacing(Em(0.5f), Em(0.2f));   // figures close together, read as one note
    if (!hit.at_mouse) {
        // Measure the tooltip as ImGui will lay it out, so it can be placed inside the window before it is drawn.
        const ImGuiStyle& style = ImGui::GetStyle();
        const float wrap = Em(wrap_em) - style.WindowPadding.x;
        ImVec2 size(0.0f, 0.0f);
        for (size_t i = 0; i < lines.size(); ++i) {
            ImFont* font = i == 0 && bold ? bold : ImGui::GetFont();
            const ImVec2 s = font->CalcTextSizeA(ImGui::GetFontSize(), FLT_MAX, wrap, lines[i].c_str());
            size.x = std::max(size.x, s.x);
            size.y += s.y + (i > 0 ? spacing.y : 0.0f);
        }
        size.x += 2.0f * style.WindowPadding.x;
        size.y += 2.0f * style.WindowPadding.y;
        const ImGuiViewport* vp = ImGui::GetMainViewport();
        const float margin = Em(0.5f);
        const float left = vp->Pos.x + margin, right = vp->Pos.x + vp->Size.x - margin;
        const float top = vp->Pos.y + margin, bottom = vp->Pos.y + vp->Size.y - margin;
        float x = (hit.beside_min.x + hit.beside_max.x - size.x) * 0.5f;
        x = std::max(left, std::min(x, right - size.x));
        float y = hit.beside_max.y + Em(0.3f);
        if (y + size.y > bottom) {
            const float above = hit.beside_min.y - Em(0.3f) - size.y;
            y = above >= top ? above : std::max(top, bottom - size.y);
        }
        ImGui::SetNextWindowPos(ImVec2(x, y), ImGuiCond_Always);
    }
    // Opaque, so the page under the note cannot show through and muddle the figures.
    ImGui::PushStyleColor(ImGuiCol_PopupBg, ImGui::ColorConvertU32ToFloat4(CurrentPalette().card | IM_COL32_A_MASK));
    ImGui::PushStyleColor(ImGuiCol_Border, ImGui::ColorConvertU32ToFloat4(CurrentPalette().card_border));
    const bool open = ImGui::BeginTooltip();
    ImGui::PopStyleColor(2);
    if (!open) return;
    ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, spacing);
    ImGui::PushTextWrapPos(Em(wrap_em));
    for (size_t i = 0; i < lines.size(); ++i) {
        if (i == 0 && bold) ImGui::PushFont(bold);
        Paragraph(lines[i].c_str());
        if (i == 0 && bold) ImGui::PopFont();
    }
    ImGui::PopTextWrapPos();
    ImGui::PopStyleVar();
    ImGui::EndTooltip();
}

void SeriesLegend(const ChartColours& c, bool lines) {
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const float sample_w = lines ? Em(2.2f) : Em(1.0f);
    const float h = ImGui::GetTextLineHeight();
    const float right = ImGui::GetCursorScreenPos().x + ColumnRemaining();
    const char* names[2] = {"Today", "In 12 months"};
    for (int i = 0; i < 2; ++i) {
        const float need = sample_w + Em(0.4f) + ImGui::CalcTextSize(names[i]).x;
        if (i > 0) {
            ImGui::SameLine(0.0f, Em(1.2f));
            if (ImGui::GetCursorScreenPos().x + need > right) ImGui::NewLine();
        }
        const ImVec2 pos = ImGui::GetCursorScreenPos();
        const ImVec2 mid(pos.x + sample_w * 0.5f, pos.y + h * 0.5f);
        if (lines) {
            if (i == 0) {
                dl->AddLine(ImVec2(pos.x, mid.y), ImVec2(pos.x + sample_w, mid.y), c.today, Em(0.14f));
            } else {
                float phase = 0.0f;
                DashedLine(dl, ImVec2(pos.x, mid.y), ImVec2(pos.x + sample_w, mid.y), c.target, Em(0.14f), Em(0.45f), Em(0.25f), phase);
            }
        }
        if (i == 0) dl->AddCircleFilled(mid, Em(0.3f), c.today);
        else Square(dl, mid, Em(0.27f), c.target, c.target_edge, Hairline());
        ImGui::Dummy(ImVec2(sample_w, h));
        ImGui::SameLine(0.0f, Em(0.4f));
        Label(names[i]);
    }
}

// [SECTION] Radar

bool RadarFits(const std::vector<RadarAxis>& axes) { return axes.size() >= 3; }

ChartHit Radar(AppState& state, const std::vector<RadarAxis>& axes, int& selected) {
    ChartHit hit;
    const int n = static_cast<int>(axes.size());
    if (n < 3) return hit;
    const ChartColours col = CurrentChartColours(state.settings.theme);
    ImDrawList* dl = ImGui::GetWindowDrawList();
    ImFont* bold = state.fonts.bold ? state.fonts.bold : ImGui::GetFont();
    const float font_size = ImGui::GetFontSize();
    const float width = ColumnRemaining();
    const float gap = Em(0.5f);

    // Axis directions clockwise from the top; the radius is the largest that keeps every label inside the column.
    // Labels sit beside the side axes; when that leaves a small radar (a phone with large text), every label is
    // centred over or under its axis end instead, which needs half the width.
    std::vector<ImVec2> dir(static_cast<size_t>(n)), size(static_cast<size_t>(n));
    const float room = width * 0.5f - Em(0.25f);
    float beside = Em(9.5f), centred = Em(9.5f);
    for (int i = 0; i < n; ++i) {
        const float angle = 2.0f * kPi * static_cast<float>(i) / static_cast<float>(n);
        dir[static_cast<size_t>(i)] = ImVec2(std::sin(angle), -std::cos(angle));
        const ImVec2 s = bold->CalcTextSizeA(font_size, FLT_MAX, 0.0f, axes[static_cast<size_t>(i)].label.c_str());
        size[static_cast<size_t>(i)] = s;
        const float sx = std::fabs(dir[static_cast<size_t>(i)].x);
        if (sx > 0.2f) beside = std::min(beside, (room - s.x) / sx - gap);
        if (sx > 0.01f) centred = std::min(centred, (room - s.x * 0.5f) / sx - gap);
    }
    const bool compact = beside < Em(6.0f) && centred > beside;
    const float radius = std::max(compact ? centred : beside, Em(3.0f));
    auto label_min = [&](int i, ImVec2 p) {
        const ImVec2 d = dir[static_cast<size_t>(i)], s = size[static_cast<size_t>(i)];
        if (compact) return ImVec2(p.x - s.x * 0.5f, d.y > 0.2f ? p.y : p.y - s.y - (d.y < -0.2f ? 0.0f : Em(0.5f)));
        return ImVec2(d.x > 0.2f ? p.x : d.x < -0.2f ? p.x - s.x : p.x - s.x * 0.5f,
                      d.y < -0.2f ? p.y - s.y : d.y > 0.2f ? p.y : p.y - s.y * 0.5f);
    };
    float top = -radius, bottom = radius;
    for (int i = 0; i < n; ++i) {
        const ImVec2 p(dir[static_cast<size_t>(i)].x * (radius + gap), dir[static_cast<size_t>(i)].y * (radius + gap));
        const ImVec2 m = label_min(i, p);
        top = std::min(top, m.y);
        bottom = std::max(bottom, m.y + size[static_cast<size_t>(i)].y);
    }
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    const float margin = Em(0.75f);   // room for the enlarged touch areas of the top and bottom labels
    const ImVec2 centre(origin.x + width * 0.5f, origin.y + margin - top);
    const float height = bottom - top + 2.0f * margin;
    auto at = [&](int i, double percent) {
        const float r = radius * Clamp100(percent);
        return ImVec2(centre.x + dir[static_cast<size_t>(i)].x * r, centre.y + dir[static_cast<size_t>(i)].y * r);
    };

    // Hit areas first, so the shapes can be drawn highlighted in the same frame. Labels take priority over the body.
    ImGui::PushID("radar");
    int hovered = -1;
    bool hovered_by_pointer = false;
    bool any_hovered = false;
    std::vector<ImRect> label_rects(static_cast<size_t>(n));
    for (int i = 0; i < n; ++i) {
        const ImVec2 p(centre.x + dir[static_cast<size_t>(i)].x * (radius + gap), centre.y + dir[static_cast<size_t>(i)].y * (radius + gap));
        const ImVec2 m = label_min(i, p);
        const ImVec2 s = size[static_cast<size_t>(i)];
        label_rects[static_cast<size_t>(i)] = ImRect(m, ImVec2(m.x + s.x, m.y + s.y));
        const float touch = Em(2.75f);   // 44 CSS px, centred on the label
        const ImVec2 box(std::max(s.x + Em(0.5f), touch), std::max(s.y, touch));
        const ImVec2 bmin(m.x + s.x * 0.5f - box.x * 0.5f, m.y + s.y * 0.5f - box.y * 0.5f);
        ImGui::SetCursorScreenPos(bmin);
        char id[32];
        std::snprintf(id, sizeof id, "##axis%d", i);
        ImGui::PushItemFlag(ImGuiItemFlags_NoNav, true);   // the keyboard reads the chart as a table instead
        if (ImGui::InvisibleButton(id, box)) selected = selected == i ? -1 : i;
        ImGui::PopItemFlag();
        NoteTarget(state, axes[static_cast<size_t>(i)].target.c_str());
        NavFrame(bmin, ImVec2(bmin.x + box.x, bmin.y + box.y));
        if (ImGui::IsItemHovered()) {
            hovered = i;
            hovered_by_pointer = PointerHover();
            any_hovered = true;
        }
    }
    // The body: pointing anywhere in an axis's wedge shows that axis. Not a keyboard stop (the labels are).
    auto axis_at = [&](ImVec2 p) {
        const float dx = p.x - centre.x, dy = p.y - centre.y;
        if (dx * dx + dy * dy > (radius + gap) * (radius + gap)) return -1;
        float a = std::atan2(dx, -dy);
        if (a < 0.0f) a += 2.0f * kPi;
        return static_cast<int>(std::floor(a / (2.0f * kPi / static_cast<float>(n)) + 0.5f)) % n;
    };
    ImGui::SetCursorScreenPos(ImVec2(centre.x - radius, centre.y - radius));
    ImGui::PushItemFlag(ImGuiItemFlags_NoNav, true);
    const bool body_pressed = ImGui::InvisibleButton("##body", ImVec2(2.0f * radius, 2.0f * radius));
    ImGui::PopItemFlag();
    NoteTarget(state, "Radar");
    if (ImGui::IsItemHovered()) {
        any_hovered = true;
        if (hovered < 0) {
            hovered = axis_at(ImGui::GetIO().MousePos);
            hovered_by_pointer = hovered >= 0;
        }
    }
    if (body_pressed) {
        const int i = axis_at(ImGui::GetIO().MouseClickedPos[0]);
        if (i >= 0) selected = selected == i ? -1 : i;
    }
    if (ImGui::IsMouseClicked(ImGuiMouseButton_Left) && !any_hovered) selected = -1;   // a tap elsewhere puts the values away
    ImGui::PopID();
    const int shown = hovered >= 0 ? hovered : selected;

    // Grid: rings at 25, 50, 75 and 100 % (the caption says so: numbers on the rings would collide with the shapes), spokes.
    const float hair = Hairline();
    for (int ring = 1; ring <= 4; ++ring) {
        std::vector<ImVec2> pts;
        for (int i = 0; i < n; ++i) pts.push_back(at(i, 25.0 * ring));
        dl->AddPolyline(pts.data(), n, ring == 4 ? col.grid_strong : col.grid, ImDrawFlags_Closed, hair);
    }
    for (int i = 0; i < n; ++i)
        dl->AddLine(centre, at(i, 100.0), i == shown ? col.highlight : col.grid, i == shown ? Em(0.12f) : hair);

    // Today: translucent fill (a fan of triangles, without anti-aliased edges so the seams do not show), solid outline.
    std::vector<ImVec2> today(static_cast<size_t>(n)), target(static_cast<size_t>(n));
    for (int i = 0; i < n; ++i) {
        const RadarAxis& a = axes[static_cast<size_t>(i)];
        today[static_cast<size_t>(i)] = at(i, a.scored ? a.today : 0.0);
        target[static_cast<size_t>(i)] = at(i, a.scored ? a.target_percent : 0.0);
    }
    const ImDrawListFlags flags = dl->Flags;
    dl->Flags &= ~ImDrawListFlags_AntiAliasedFill;
    for (int i = 0; i < n; ++i) dl->AddTriangleFilled(centre, today[static_cast<size_t>(i)], today[static_cast<size_t>((i + 1) % n)], col.today_fill);
    dl->Flags = flags;
    // Target: dashed, so it differs from today without colour.
    float phase = 0.0f;
    for (int i = 0; i < n; ++i)
        DashedLine(dl, target[static_cast<size_t>(i)], target[static_cast<size_t>((i + 1) % n)], col.target, Em(0.14f), Em(0.5f), Em(0.3f), phase);
    // Edge by edge with round joints: a polyline's mitred joints break where an area at 0 % folds the outline back on itself.
    const float line = Em(0.14f);
    for (int i = 0; i < n; ++i) {
        dl->AddLine(today[static_cast<size_t>(i)], today[static_cast<size_t>((i + 1) % n)], col.today, line);
        dl->AddCircleFilled(today[static_cast<size_t>(i)], line * 0.5f, col.today);
    }
    for (int i = 0; i < n; ++i) {
        if (!axes[static_cast<size_t>(i)].scored) continue;
        const float grow = i == shown ? 1.4f : 1.0f;
        Square(dl, target[static_cast<size_t>(i)], Em(0.26f) * grow, col.target, col.target_edge, hair);
        dl->AddCircleFilled(today[static_cast<size_t>(i)], Em(0.3f) * grow, col.today);
    }

    // Labels, the shown one bold on a highlight; areas without answers muted.
    for (int i = 0; i < n; ++i) {
        const ImRect& r = label_rects[static_cast<size_t>(i)];
        if (i == shown)
            dl->AddRectFilled(ImVec2(r.Min.x - Em(0.2f), r.Min.y - Em(0.05f)), ImVec2(r.Max.x + Em(0.2f), r.Max.y + Em(0.05f)), col.highlight_fill, Em(0.3f));
        dl->AddText(bold, font_size, r.Min, axes[static_cast<size_t>(i)].scored ? col.text : col.muted, axes[static_cast<size_t>(i)].label.c_str());
    }

    ImGui::SetCursorScreenPos(origin);
    ImGui::Dummy(ImVec2(width, height));
    {
        std::vector<std::vector<std::string>> rows;
        for (const RadarAxis& a : axes)
            rows.push_back({a.label, a.scored ? FormatPercent(a.today) : "no answers", a.scored ? FormatPercent(a.target_percent) : "no answers"});
        SemTable("Areas: today and in 12 months", {"Area", "Today", "In 12 months"}, rows, origin, ImVec2(origin.x + width, origin.y + height));
    }

    hit.shown = shown;
    hit.at_mouse = hovered >= 0 && hovered_by_pointer;
    // A selected axis keeps its values below (or above) the whole chart: on top of it they would hide what was tapped.
    hit.beside_min = origin;
    hit.beside_max = ImVec2(origin.x + width, origin.y + height);
    return hit;
}

// [SECTION] Bars and dumbbells

void DriverBars(const ChartColours& c, bool scored, double today, double target) {
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const float width = ColumnRemaining();
    const float number_w = ImGui::CalcTextSize("100 %").x + Em(0.5f);
    const float track_w = std::max(Em(4.0f), width - number_w);
    const float bar_h = Em(0.85f);
    const float step = bar_h + Em(0.35f);
    const ImVec2 pos = ImGui::GetCursorScreenPos();
    const float round = Em(0.2f);
    const float hair = Hairline();
    if (!scored) {
        dl->AddRect(pos, ImVec2(pos.x + track_w, pos.y + bar_h), c.grid_strong, round, 0, hair);
        ImGui::Dummy(ImVec2(width, bar_h));
        SemAddText(SemRole::Text, "No answers yet", pos, ImVec2(pos.x + width, pos.y + bar_h), kSemHidden);
        return;
    }
    const float x_today = pos.x + track_w * Clamp100(today);
    const float x_target = pos.x + track_w * Clamp100(target);
    const float text_dy = (bar_h - ImGui::GetFontSize()) * 0.5f;
    // Today: a solid bar on a light track.
    dl->AddRectFilled(pos, ImVec2(pos.x + track_w, pos.y + bar_h), c.grid, round);
    if (x_today > pos.x) dl->AddRectFilled(pos, ImVec2(x_today, pos.y + bar_h), c.today, round);
    dl->AddText(ImVec2(pos.x + track_w + Em(0.4f), pos.y + text_dy), c.text, FormatPercent(today).c_str());
    // Target: an outlined bar; the stretch beyond today, the gap, is hatched.
    const float y = pos.y + step;
    dl->AddRectFilled(ImVec2(pos.x, y), ImVec2(pos.x + track_w, y + bar_h), c.grid, round);
    if (x_target > pos.x) {
        dl->AddRectFilled(ImVec2(pos.x, y), ImVec2(x_target, y + bar_h), c.target_fill, round);
        if (x_target > x_today) Hatch(dl, ImVec2(x_today, y), ImVec2(x_target, y + bar_h), c.target, Em(0.35f), Em(0.1f));
        dl->AddRect(ImVec2(pos.x, y), ImVec2(x_target, y + bar_h), c.target, round, 0, Em(0.12f));
    }
    dl->AddText(ImVec2(pos.x + track_w + Em(0.4f), y + text_dy), c.text, FormatPercent(target).c_str());
    ImGui::Dummy(ImVec2(width, step + bar_h));
    const std::string said = "Today " + FormatPercent(today) + ", in 12 months " + FormatPercent(target);
    SemAddText(SemRole::Text, said.c_str(), pos, ImVec2(pos.x + width, pos.y + step + bar_h), kSemHidden);
}

void Dumbbell(const ChartColours& c, double today, double target) {
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const float width = ColumnRemaining();
    const float h = Em(1.2f);
    const ImVec2 pos = ImGui::GetCursorScreenPos();
    const float inset = Em(0.45f);   // markers at 0 and 100 % stay inside the column
    const float x0 = pos.x + inset, w = width - 2.0f * inset;
    const float y = pos.y + h * 0.5f;
    const float hair = Hairline();
    dl->AddLine(ImVec2(x0, y), ImVec2(x0 + w, y), c.grid_strong, hair);
    for (int t = 0; t <= 4; ++t) {
        const float x = x0 + w * static_cast<float>(t) / 4.0f;
        dl->AddLine(ImVec2(x, y - Em(0.25f)), ImVec2(x, y + Em(0.25f)), c.grid_strong, hair);
    }
    const ImVec2 a(x0 + w * Clamp100(today), y), b(x0 + w * Clamp100(target), y);
    dl->AddLine(a, b, c.target, Em(0.22f));
    Square(dl, b, Em(0.3f), c.target, c.target_edge, hair);
    dl->AddCircleFilled(a, Em(0.34f), c.today);
    ImGui::Dummy(ImVec2(width, h));
    const std::string said = "Today " + FormatPercent(today) + ", in 12 months " + FormatPercent(target);
    SemAddText(SemRole::Text, said.c_str(), pos, ImVec2(pos.x + width, pos.y + h), kSemHidden);
}

// [SECTION] Heat map

ChartHit HeatMap(AppState& state, const HeatGrid& grid, int& selected) {
    ChartHit hit;
    if (grid.rows <= 0 || grid.cols <= 0 || static_cast<int>(grid.cells.size()) != grid.rows * grid.cols) return hit;
    const ChartColours col = CurrentChartColours(state.settings.theme);
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const float width = ColumnRemaining();
    const float line_h = ImGui::GetTextLineHeight();
    const float gap = Em(0.15f);
    const float cell_h = Em(2.75f);   // 44 CSS px: each cell is a touch target
    float label_w = 0.0f;
    for (const std::string& label : grid.row_labels) label_w = std::max(label_w, ImGui::CalcTextSize(label.c_str()).x);
    label_w += Em(0.6f);
    const float cols = static_cast<float>(grid.cols);
    const float side_cell = (width - label_w - gap * (cols - 1.0f)) / cols;
    // Labels beside the rows when the cells still get 44 px that way; on a phone they go above each row instead.
    const bool side = side_cell >= Em(2.75f);
    const float cell_w = side ? side_cell : (width - gap * (cols - 1.0f)) / cols;
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    const float x0 = origin.x + (side ? label_w : 0.0f);
    const float hair = Hairline();

    // Column numbers; the key under the map names the stages.
    float y = origin.y;
    for (int c = 0; c < grid.cols; ++c) {
        char number[16];
        std::snprintf(number, sizeof number, "%d", c + 1);
        const float x = x0 + static_cast<float>(c) * (cell_w + gap);
        dl->AddText(ImVec2(x + (cell_w - ImGui::CalcTextSize(number).x) * 0.5f, y), col.muted, number);
    }
    y += line_h + Em(0.2f);

    ImGui::PushID("heat");
    int hovered = -1;
    bool hovered_by_pointer = false;
    bool any_hovered = false;
    std::vector<ImRect> rects(grid.cells.size());
    for (int r = 0; r < grid.rows; ++r) {
        if (grid.separate_last_row && r == grid.rows - 1) y += Em(0.5f);
        const char* label = r < static_cast<int>(grid.row_labels.size()) ? grid.row_labels[static_cast<size_t>(r)].c_str() : "";
        if (side) {
            dl->AddText(ImVec2(origin.x, y + (cell_h - line_h) * 0.5f), col.text, label);
        } else {
            dl->AddText(ImVec2(origin.x, y), col.text, label);
            y += line_h + Em(0.1f);
        }
        for (int c = 0; c < grid.cols; ++c) {
            const int index = r * grid.cols + c;
            const ImVec2 min(x0 + static_cast<float>(c) * (cell_w + gap), y);
            const ImVec2 max(min.x + cell_w, y + cell_h);
            rects[static_cast<size_t>(index)] = ImRect(min, max);
            ImGui::SetCursorScreenPos(min);
            char id[32];
            std::snprintf(id, sizeof id, "##cell%d", index);
            // Cells answer the pointer and touch; the keyboard gets the whole chart as one stop (its table, under it).
            ImGui::PushItemFlag(ImGuiItemFlags_NoNav, true);
            if (ImGui::InvisibleButton(id, ImVec2(cell_w, cell_h))) selected = selected == index ? -1 : index;
            ImGui::PopItemFlag();
            const std::string name = "Heat " + (r < static_cast<int>(grid.row_ids.size()) ? grid.row_ids[static_cast<size_t>(r)] : std::string()) + " " +
                                     (c < static_cast<int>(grid.col_ids.size()) ? grid.col_ids[static_cast<size_t>(c)] : std::string());
            NoteTarget(state, name.c_str());
            NavFrame(min, max);
            if (ImGui::IsItemHovered()) {
                hovered = index;
                hovered_by_pointer = PointerHover();
                any_hovered = true;
            }
        }
        y += cell_h + gap;
    }
    if (ImGui::IsMouseClicked(ImGuiMouseButton_Left) && !any_hovered) selected = -1;
    ImGui::PopID();
    const int shown = hovered >= 0 ? hovered : selected;

    const float round = Em(0.2f);
    for (size_t i = 0; i < grid.cells.size(); ++i) {
        const HeatCell& cell = grid.cells[i];
        const ImRect& r = rects[i];
        if (cell.scored) {
            const int level = StageOfPercent(cell.percent);
            // An edge keeps the palest shade (Ad hoc) from melting into the page.
            dl->AddRectFilled(r.Min, r.Max, col.heat[std::min(std::max(level, 1), kLevelCount) - 1], round);
            dl->AddRect(r.Min, r.Max, col.heat_edge, round, 0, hair);
            const std::string text = FormatShort(cell.percent, 0);
            const ImVec2 s = ImGui::CalcTextSize(text.c_str());
            dl->AddText(ImVec2(r.Min.x + (r.GetWidth() - s.x) * 0.5f, r.Min.y + (r.GetHeight() - s.y) * 0.5f), col.heat_text, text.c_str());
        } else {
            // Empty: no answered question touches this cell. A dashed outline and a dash, so it never reads as 0.
            float phase = 0.0f;
            const ImVec2 corners[4] = {r.Min, ImVec2(r.Max.x, r.Min.y), r.Max, ImVec2(r.Min.x, r.Max.y)};
            for (int k = 0; k < 4; ++k) DashedLine(dl, corners[k], corners[(k + 1) % 4], col.grid_strong, hair, Em(0.3f), Em(0.2f), phase);
            const ImVec2 s = ImGui::CalcTextSize("\xE2\x80\x93");
            dl->AddText(ImVec2(r.Min.x + (r.GetWidth() - s.x) * 0.5f, r.Min.y + (r.GetHeight() - s.y) * 0.5f), col.muted, "\xE2\x80\x93");
        }
        if (static_cast<int>(i) == shown) dl->AddRect(r.Min, r.Max, col.highlight, round, 0, Em(0.16f));
    }

    ImGui::SetCursorScreenPos(origin);
    ImGui::Dummy(ImVec2(width, y - origin.y));
    {
        std::vector<std::string> header{"Area"};
        for (int j = 0; j < grid.cols; ++j) header.push_back(j < static_cast<int>(grid.col_ids.size()) ? grid.col_ids[static_cast<size_t>(j)] : std::to_string(j + 1));
        std::vector<std::vector<std::string>> rows;
        for (int r = 0; r < grid.rows; ++r) {
            std::vector<std::string> row{r < static_cast<int>(grid.row_labels.size()) ? grid.row_labels[static_cast<size_t>(r)] : ""};
            for (int j = 0; j < grid.cols; ++j) {
                const HeatCell& cell = grid.cells[static_cast<size_t>(r * grid.cols + j)];
                row.push_back(cell.scored ? FormatShort(cell.percent, 0) + " %" : "no answers");
            }
            rows.push_back(std::move(row));
        }
        SemTable("Areas by stage, percent", header, rows, origin, ImVec2(origin.x + width, y));
    }

    hit.shown = shown;
    hit.at_mouse = hovered >= 0 && hovered_by_pointer;
    if (shown >= 0) {
        hit.beside_min = rects[static_cast<size_t>(shown)].Min;
        hit.beside_max = rects[static_cast<size_t>(shown)].Max;
    }
    return hit;
}

void HeatLegend(const ChartColours& c) {
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const float right = ImGui::GetCursorScreenPos().x + ColumnRemaining();
    const float line_h = ImGui::GetTextLineHeight();
    const float hair = Hairline();
    for (int level = 0; level <= kLevelCount; ++level) {
        const char* name = level < kLevelCount ? LevelName(level + 1) : "no answers";
        const float need = Em(1.4f) + ImGui::CalcTextSize(name).x;
        if (level > 0) {
            ImGui::SameLine(0.0f, Em(1.0f));
            if (ImGui::GetCursorScreenPos().x + need > right) ImGui::NewLine();
        }
        const ImVec2 p = ImGui::GetCursorScreenPos();
        const ImVec2 min(p.x, p.y + line_h * 0.1f), max(p.x + Em(1.0f), p.y + line_h * 0.9f);
        if (level < kLevelCount) {
            dl->AddRectFilled(min, max, c.heat[level], Em(0.15f));
            dl->AddRect(min, max, c.heat_edge, Em(0.15f), 0, hair);
        } else {
            float phase = 0.0f;
            const ImVec2 corners[4] = {min, ImVec2(max.x, min.y), max, ImVec2(min.x, max.y)};
            for (int k = 0; k < 4; ++k) DashedLine(dl, corners[k], corners[(k + 1) % 4], c.grid_strong, hair, Em(0.2f), Em(0.15f), phase);
            const ImVec2 s = ImGui::CalcTextSize("\xE2\x80\x93");
            dl->AddText(ImVec2(min.x + (max.x - min.x - s.x) * 0.5f, p.y), c.muted, "\xE2\x80\x93");
        }
        ImGui::Dummy(ImVec2(Em(1.0f), line_h));
        ImGui::SameLine(0.0f, Em(0.4f));
        Label(name);
    }
}

// [SECTION] Coverage bar

void CoverageBar(const ChartColours& c, const Coverage& coverage) {
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const float width = ColumnRemaining();
    const float h = Em(0.85f);
    const ImVec2 pos = ImGui::GetCursorScreenPos();
    const float hair = Hairline();
    const int counts[4] = {coverage.answered, coverage.dont_know, coverage.not_applicable, coverage.unanswered};
    const float total = static_cast<float>(std::max(1, coverage.asked));
    auto fill = [&](int kind, ImVec2 min, ImVec2 max) {
        switch (kind) {
        case 0: dl->AddRectFilled(min, max, c.today); break;
        case 1: dl->AddRectFilled(min, max, c.grid_strong); break;
        case 2: dl->AddRectFilled(min, max, c.grid); Hatch(dl, min, max, c.grid_strong, Em(0.3f), hair); break;
        default: break;   // open questions: the empty track
        }
    };
    float x = pos.x;
    for (int k = 0; k < 4; ++k) {
        const float w = width * static_cast<float>(counts[k]) / total;
        fill(k, ImVec2(x, pos.y), ImVec2(x + w, pos.y + h));
        x += w;
    }
    dl->AddRect(pos, ImVec2(pos.x + width, pos.y + h), c.grid_strong, 0.0f, 0, hair);
    ImGui::Dummy(ImVec2(width, h));

    // The legend doubles as the numbers: a swatch and a count for each kind, flowing onto more lines on a phone.
    const char* names[4] = {"answered", "don't know", "not applicable", "open"};
    const float right = pos.x + width;
    const float line_h = ImGui::GetTextLineHeight();
    for (int k = 0; k < 4; ++k) {
        char text[64];
        std::snprintf(text, sizeof text, "%d %s", counts[k], names[k]);
        const float need = Em(1.4f) + ImGui::CalcTextSize(text).x;
        if (k > 0) {
            ImGui::SameLine(0.0f, Em(1.0f));
            if (ImGui::GetCursorScreenPos().x + need > right) ImGui::NewLine();
        }
        const ImVec2 p = ImGui::GetCursorScreenPos();
        const ImVec2 min(p.x, p.y + line_h * 0.15f), max(p.x + Em(0.9f), p.y + line_h * 0.85f);
        fill(k, min, max);
        dl->AddRect(min, max, c.grid_strong, 0.0f, 0, hair);
        ImGui::Dummy(ImVec2(Em(0.9f), line_h));
        ImGui::SameLine(0.0f, Em(0.4f));
        Label(text);
    }
}

} // namespace systemic
