// screen_priorities.cpp — optional: share 100 points across the areas to say which matter most to you.
// The points weight the overall index and the ranking of priorities; without them every area counts equally.
#include <cstdio>
#include <string>

#include <imgui.h>

#include "screens.h"
#include "widgets.h"

namespace systemic {

namespace {

constexpr int kStep = 5;

// Evenly means equal: every area gets the same whole number (12 each for eight areas, 96 in all). Scoring uses only
// the ratios of the points (docs/scoring.md), so this counts exactly like no points; 13/13/13/13/12/12/12/12 did not.
void SpreadEvenly(const Questionnaire& q, Result& r) {
    const int n = static_cast<int>(q.areas.size());
    r.area_points.clear();
    for (int i = 0; i < n; ++i) r.area_points.push_back({q.areas[static_cast<size_t>(i)].id, n > 0 ? 100 / n : 0});
}

int Total(const Result& r) {
    int total = 0;
    for (const AreaPoints& a : r.area_points) total += a.points;
    return total;
}

// Every area has the same points, above 0: an even spread, complete whatever the total.
bool Even(const Result& r) {
    if (r.area_points.empty() || r.area_points[0].points <= 0) return false;
    for (const AreaPoints& a : r.area_points)
        if (a.points != r.area_points[0].points) return false;
    return true;
}

} // namespace

void DrawPriorities(AppState& state, Host& /*host*/) {
    if (!HasSession(state)) {
        GoTo(state, Screen::Sector);
        return;
    }
    const Questionnaire& q = SessionQuestionnaire(state);
    Result& r = state.session.result;
    BeginColumn();
    Heading(state.fonts, "What matters most to you?");
    Paragraph("Optional. Share 100 points across the eight parts of your customer system: more points for the "
              "parts that matter most to your business right now. They decide how much each part counts in your "
              "overall score and in the order of what to fix first. Skip this and every part counts the same.");
    ImGui::Spacing();
    if (r.area_points.size() != q.areas.size()) {
        if (SecondaryButton("Share out my 100 points")) {
            SpreadEvenly(q, r);
            MarkChanged(state);
        }
        NoteTarget(state, "Share points");
    } else {
        const int left = 100 - Total(r);
        char remainder[96];
        if (Even(r) && left != 0) std::snprintf(remainder, sizeof remainder, "Spread evenly: every part counts the same");
        else if (left > 0) std::snprintf(remainder, sizeof remainder, "Points left to share: %d", left);
        else if (left < 0) std::snprintf(remainder, sizeof remainder, "%d points too many: take some away", -left);
        else std::snprintf(remainder, sizeof remainder, "All 100 points shared");
        if (state.fonts.bold) ImGui::PushFont(state.fonts.bold);
        Label(remainder);
        if (state.fonts.bold) ImGui::PopFont();
        ImGui::Spacing();
        const float button_w = Em(2.75f);
        for (size_t i = 0; i < q.areas.size(); ++i) {
            ImGui::PushID(static_cast<int>(i));
            AreaPoints& a = r.area_points[i];
            Paragraph(q.areas[i].name.c_str());
            if (SecondaryButton("-", button_w) && a.points > 0) {
                a.points = std::max(0, a.points - kStep);
                MarkChanged(state);
            }
            NoteTarget(state, ("Less " + q.areas[i].id).c_str());
            ImGui::SameLine();
            char value[16];
            std::snprintf(value, sizeof value, "%d", a.points);
            // The number sits centred between the two 44 px buttons.
            const float row_y = ImGui::GetCursorPosY();
            const float value_w = Em(2.5f);
            const float text_w = ImGui::CalcTextSize(value).x;
            ImGui::SetCursorPos(ImVec2(ImGui::GetCursorPosX() + (value_w - text_w) * 0.5f, row_y + (Em(2.75f) - ImGui::GetTextLineHeight()) * 0.5f));
            Label(value);
            ImGui::SameLine(0.0f, 0.0f);
            ImGui::SetCursorPos(ImVec2(ImGui::GetCursorPosX() + (value_w - text_w) * 0.5f, row_y));
            if (SecondaryButton("+", button_w) && left > 0) {
                a.points += std::min(kStep, left);
                MarkChanged(state);
            }
            NoteTarget(state, ("More " + q.areas[i].id).c_str());
            ImGui::SameLine();
            const ImVec2 pos = ImGui::GetCursorScreenPos();
            const float bar_w = ColumnRemaining();
            ImDrawList* dl = ImGui::GetWindowDrawList();
            const float y = pos.y + Em(1.2f);
            dl->AddRectFilled(ImVec2(pos.x, y), ImVec2(pos.x + bar_w, y + Em(0.35f)), CurrentPalette().card_border, Em(0.2f));
            dl->AddRectFilled(ImVec2(pos.x, y), ImVec2(pos.x + bar_w * static_cast<float>(a.points) / 100.0f, y + Em(0.35f)),
                              CurrentPalette().accent, Em(0.2f));
            ImGui::NewLine();
            ImGui::PopID();
        }
        ImGui::Spacing();
        if (SecondaryButton("Spread evenly")) {
            SpreadEvenly(q, r);
            MarkChanged(state);
        }
        NoteTarget(state, "Spread evenly");
        ImGui::SameLine();
        if (SecondaryButton("Clear: all parts count the same")) {
            r.area_points.clear();
            MarkChanged(state);
        }
        NoteTarget(state, "Clear points");
    }
    ImGui::Spacing();
    ImGui::Spacing();
    const bool unbalanced = r.area_points.size() == q.areas.size() && Total(r) != 100 && !Even(r);
    if (unbalanced) MutedText("Share exactly 100 points to continue, or clear them.");
    ImGui::BeginDisabled(unbalanced);
    if (PrimaryButton(r.area_points.empty() ? "Skip this step" : "Continue")) GoTo(state, Screen::Questions);
    NoteTarget(state, "Continue");
    ImGui::EndDisabled();
    ImGui::SameLine();
    if (SecondaryButton("Back")) GoTo(state, Screen::About);
    NoteTarget(state, "Back");
    EndColumn();
}

} // namespace systemic
