// screen_results.cpp — the scores at a glance: overall and systemic index, each area today and in 12
// months, and what to do first.
#include <cstdio>
#include <string>

#include <imgui.h>

#include "scoring.h"
#include "screens.h"
#include "widgets.h"

namespace systemic {

namespace {

void ScoreBar(const char* label, const ScoreValue& v) {
    const Palette& p = CurrentPalette();
    ImGui::TextWrapped("%s", label);
    const float width = ImGui::GetContentRegionAvail().x;
    const ImVec2 pos = ImGui::GetCursorScreenPos();
    const float h = Em(0.6f);
    ImDrawList* dl = ImGui::GetWindowDrawList();
    dl->AddRectFilled(pos, ImVec2(pos.x + width, pos.y + h), p.card_border, h * 0.5f);
    if (v.scored) {
        const float today = width * static_cast<float>(v.percent / 100.0);
        const float target = width * static_cast<float>(v.target_percent / 100.0);
        dl->AddRectFilled(pos, ImVec2(pos.x + target, pos.y + h), p.good, h * 0.5f);
        dl->AddRectFilled(pos, ImVec2(pos.x + today, pos.y + h), p.accent, h * 0.5f);
    }
    ImGui::Dummy(ImVec2(width, h));
    char line[160];
    if (v.scored)
        std::snprintf(line, sizeof line, "Today %.0f%% (%s)  ·  in 12 months %.0f%%  ·  gap %.0f points", v.percent,
                      LevelName(v.level), v.target_percent, v.gap);
    else
        std::snprintf(line, sizeof line, "No answers yet");
    MutedText(line);
}

} // namespace

void DrawResults(AppState& state, Host& /*host*/) {
    if (!HasSession(state)) {
        GoTo(state, Screen::Welcome);
        return;
    }
    const Questionnaire& q = SessionQuestionnaire(state);
    const Scores scores = Score(q, state.session.result);
    BeginColumn();
    Heading(state.fonts, "Your results");
    if (!state.session.result.respondent.organisation.empty()) MutedText(state.session.result.respondent.organisation.c_str());
    char big[160];
    if (scores.overall.scored) {
        std::snprintf(big, sizeof big, "Overall: %.0f%% — %s", scores.overall.percent, LevelName(scores.overall.level));
        Heading(state.fonts, big);
        MutedText("The average of your parts, weighted by the points you gave them.");
        if (scores.balance.scored) {
            std::snprintf(big, sizeof big, "Systemic index: %.0f%% — %s", scores.balance.systemic_index,
                          LevelName(scores.balance.systemic_level));
            if (state.fonts.bold) ImGui::PushFont(state.fonts.bold);
            Paragraph(big);
            if (state.fonts.bold) ImGui::PopFont();
            MutedText(scores.balance.explanation.c_str());
            if (scores.balance.weakest_area >= 0) {
                const std::string weakest = "Weakest link: " + q.areas[static_cast<size_t>(scores.balance.weakest_area)].name;
                Paragraph(weakest.c_str());
            }
        }
    } else {
        Paragraph("There are no answers to score yet. Answer at least one question to see results.");
    }
    ImGui::Spacing();
    for (const QualityWarning& w : scores.warnings) Banner(w.message.c_str(), BannerKind::Warning);
    ImGui::Spacing();
    if (state.fonts.bold) ImGui::PushFont(state.fonts.bold);
    Paragraph("Each part of your customer system");
    if (state.fonts.bold) ImGui::PopFont();
    MutedText("Blue: today. Green: where you want to be in 12 months.");
    for (size_t i = 0; i < q.areas.size(); ++i) ScoreBar(q.areas[i].name.c_str(), scores.areas[i]);

    if (!scores.priorities.empty()) {
        ImGui::Spacing();
        if (state.fonts.bold) ImGui::PushFont(state.fonts.bold);
        Paragraph("What to do first");
        if (state.fonts.bold) ImGui::PopFont();
        const size_t n = std::min<size_t>(5, scores.priorities.size());
        for (size_t i = 0; i < n; ++i) {
            const Question& question = q.questions[static_cast<size_t>(scores.priorities[i].question)];
            const Answer& a = state.session.result.answers[static_cast<size_t>(scores.priorities[i].question)];
            const std::string line = std::to_string(i + 1) + ". " + question.text;
            Paragraph(line.c_str());
            if (a.today >= 1 && a.today <= 4) MutedText(("Next step: " + question.next_steps[static_cast<size_t>(a.today - 1)]).c_str());
        }
    }
    ImGui::Spacing();
    ImGui::Spacing();
    if (PrimaryButton("Download my answers (JSON)")) state.want_download = true;
    NoteTarget(state, "Download");
    ImGui::SameLine();
    if (SecondaryButton("Back to my answers")) GoTo(state, Screen::Review);
    NoteTarget(state, "Back");
    EndColumn();
}

} // namespace systemic
