// screen_questions.cpp — one question at a time: the five level descriptors as cards, "today" and "in 12
// months", don't know / not applicable, a note, progress by area with jumps, and keyboard shortcuts.
#include <cstdio>
#include <string>

#include <imgui.h>
#include <misc/cpp/imgui_stdlib.h>

#include "screens.h"
#include "theme.h"
#include "widgets.h"

namespace systemic {

namespace {

std::string LevelLabel(int level) { return std::to_string(level) + " · " + LevelName(level); }

void SetLevel(AppState& state, Answer& a, int level, bool target) {
    if (target) {
        SetTarget(a, level);
        state.announcement = "In 12 months: " + LevelLabel(level) + ".";
    } else {
        SetToday(a, level);
        state.announcement = "Today: " + LevelLabel(level) + ".";
        if (a.target == 0) {
            state.picking_target = true;   // the natural next step: where do you want to be?
            state.announcement += " Now choose where you want to be in 12 months.";
        }
    }
    MarkChanged(state);
}

void Next(AppState& state) {
    const int n = static_cast<int>(state.session.asked.size());
    if (state.session.position + 1 < n) {
        state.want_position = true;
        state.next_position = state.session.position + 1;
    } else {
        GoTo(state, Screen::Review);
    }
}

void Back(AppState& state) {
    if (state.session.position > 0) {
        state.want_position = true;
        state.next_position = state.session.position - 1;
    } else {
        GoTo(state, Screen::Priorities);
    }
}

void HandleShortcuts(AppState& state, Answer& a) {
    const ImGuiIO& io = ImGui::GetIO();
    if (io.WantTextInput || state.confirm != Confirm::None) return;
    if (state.show_shortcuts) {
        if (ImGui::IsKeyPressed(ImGuiKey_Escape, false) || ImGui::IsKeyPressed(ImGuiKey_Slash, false)) state.show_shortcuts = false;
        return;
    }
    for (int level = 1; level <= kLevelCount; ++level) {
        const ImGuiKey digit = static_cast<ImGuiKey>(ImGuiKey_0 + level);
        const ImGuiKey keypad = static_cast<ImGuiKey>(ImGuiKey_Keypad0 + level);
        if (ImGui::IsKeyPressed(digit, false) || ImGui::IsKeyPressed(keypad, false)) {
            if (io.KeyShift && a.today == 0) state.announcement = "Choose where you are today first.";
            else SetLevel(state, a, level, io.KeyShift);
        }
    }
    if (ImGui::IsKeyPressed(ImGuiKey_D, false) && !io.KeyCtrl) {
        ToggleStatus(a, AnswerStatus::DontKnow);
        state.announcement = AnswerSummary(a);
        MarkChanged(state);
    }
    if (ImGui::IsKeyPressed(ImGuiKey_N, false) && !io.KeyCtrl) {
        ToggleStatus(a, AnswerStatus::NotApplicable);
        state.announcement = AnswerSummary(a);
        MarkChanged(state);
    }
    // Enter activates a focused button when the user is moving focus with Tab; otherwise it means "next".
    if ((ImGui::IsKeyPressed(ImGuiKey_Enter, false) && !io.NavVisible) || ImGui::IsKeyPressed(ImGuiKey_RightArrow, false)) Next(state);
    if (ImGui::IsKeyPressed(ImGuiKey_LeftArrow, false)) Back(state);
    if (ImGui::IsKeyPressed(ImGuiKey_Slash, false) && io.KeyShift) state.show_shortcuts = true;
}

void DrawAreaProgress(AppState& state, const Questionnaire& q) {
    const Session& s = state.session;
    std::vector<int> asked(q.areas.size(), 0), done(q.areas.size(), 0), first(q.areas.size(), -1);
    for (int pos = 0; pos < static_cast<int>(s.asked.size()); ++pos) {
        const int qi = s.asked[static_cast<size_t>(pos)];
        const size_t area = static_cast<size_t>(q.questions[static_cast<size_t>(qi)].area);
        ++asked[area];
        if (IsDone(s.result.answers[static_cast<size_t>(qi)])) ++done[area];
        if (first[area] < 0) first[area] = pos;
    }
    const bool open = state.show_areas;
    if (LinkToggle(open ? "-  Hide the parts of the assessment" : "+  Jump to another part of the assessment",
                   open, ColumnRemaining(), Em(2.75f)))
        state.show_areas = !state.show_areas;
    NoteTarget(state, "Areas");
    if (!open) return;
    for (size_t i = 0; i < q.areas.size(); ++i) {
        if (asked[i] == 0) continue;
        char label[256];
        std::snprintf(label, sizeof label, "%s   %d of %d##area%zu", q.areas[i].name.c_str(), done[i], asked[i], i);
        const int current_area = q.questions[static_cast<size_t>(s.asked[static_cast<size_t>(s.position)])].area;
        if (ImGui::Selectable(label, static_cast<int>(i) == current_area, 0, ImVec2(ColumnRemaining(), Em(2.75f)))) {
            state.want_position = true;
            state.next_position = first[i];
            state.show_areas = false;
        }
        SemAddItem(SemRole::Link, label, static_cast<int>(i) == current_area ? kSemCurrent : 0u);
        NoteTarget(state, ("Area " + q.areas[i].id).c_str());
    }
}

} // namespace

void DrawQuestions(AppState& state, Host& /*host*/) {
    if (!HasSession(state) || state.session.asked.empty()) {
        GoTo(state, Screen::Sector);
        return;
    }
    const Questionnaire& q = SessionQuestionnaire(state);
    Session& s = state.session;
    const int qi = s.asked[static_cast<size_t>(s.position)];
    const Question& question = q.questions[static_cast<size_t>(qi)];
    Answer& a = s.result.answers[static_cast<size_t>(qi)];
    HandleShortcuts(state, a);

    BeginColumn();
    const int total = static_cast<int>(s.asked.size());
    char progress[96];
    std::snprintf(progress, sizeof progress, "Question %d of %d  ·  %d answered", s.position + 1, total, CountDone(s.result, s.asked));
    Progress(static_cast<float>(CountDone(s.result, s.asked)) / static_cast<float>(total), progress);
    DrawAreaProgress(state, q);
    ImGui::Spacing();
    MutedText(q.areas[static_cast<size_t>(question.area)].name.c_str());
    Heading(state.fonts, question.text.c_str());
    if (LinkToggle(state.show_why ? "-  Hide why this matters" : "+  Why this matters", state.show_why,
                   ImGui::CalcTextSize("-  Hide why this matters").x + Em(1.0f)))
        state.show_why = !state.show_why;
    NoteTarget(state, "Why");
    if (state.show_why) {
        Paragraph(question.why.c_str());
        if (!question.help.empty()) MutedText(question.help.c_str());
    } else if (!question.help.empty()) {
        MutedText(question.help.c_str());
    }
    ImGui::Spacing();

    // Which answer the cards set: today, or the 12-month target.
    const float half = (ColumnWidth() - ImGui::GetStyle().ItemSpacing.x) * 0.5f;
    const std::string today_label = "Today: " + (a.today ? LevelLabel(a.today) : std::string("not chosen")) + "##today";
    const std::string target_label = "In 12 months: " + (a.target ? LevelLabel(a.target) : std::string("not chosen")) + "##target";
    SemBeginGroup(SemRole::RadioGroup, "Which answer the descriptions set");
    if (Card("pick-today", {today_label.substr(0, today_label.find("##")).c_str(), "Where you are now", nullptr, nullptr},
             !state.picking_target, state.fonts, half))
        state.picking_target = false;
    NoteTarget(state, "Pick today");
    ImGui::SameLine();
    if (Card("pick-target", {target_label.substr(0, target_label.find("##")).c_str(), "Where you want to be", nullptr, nullptr},
             state.picking_target, state.fonts, half)) {
        if (a.today == 0) state.announcement = "Choose where you are today first.";
        else state.picking_target = true;
    }
    NoteTarget(state, "Pick target");
    SemEndGroup();
    ImGui::Spacing();
    MutedText(state.picking_target ? "Choose the description that fits where you want to be in 12 months."
                                   : "Choose the description that fits your business best today.");

    const bool dimmed = a.status == AnswerStatus::DontKnow || a.status == AnswerStatus::NotApplicable;
    if (dimmed) ImGui::PushStyleVar(ImGuiStyleVar_Alpha, 0.55f);
    SemBeginGroup(SemRole::RadioGroup, state.picking_target ? "In 12 months" : "Today",
                  state.picking_target ? "Where you want to be in 12 months" : "Where you are today");
    for (int level = 1; level <= kLevelCount; ++level) {
        const std::string title = LevelLabel(level);
        CardText text{title.c_str(), question.levels[static_cast<size_t>(level - 1)].c_str(),
                      a.today == level && !dimmed ? "Today" : nullptr, a.target == level && !dimmed ? "In 12 months" : nullptr};
        ImGui::PushID(level);
        const bool selected = !dimmed && (state.picking_target ? a.target == level : a.today == level);
        if (Card("level", text, selected, state.fonts)) {
            if (state.picking_target && a.today == 0) state.announcement = "Choose where you are today first.";
            else SetLevel(state, a, level, state.picking_target);
        }
        NoteTarget(state, ("Level " + std::to_string(level)).c_str());
        ImGui::PopID();
    }
    SemEndGroup();
    if (dimmed) ImGui::PopStyleVar();
    if (a.today && a.target && a.target < a.today)
        Banner("Your 12-month target is below where you are today. That is allowed, but check it is what you meant.",
               BannerKind::Warning);

    ImGui::Spacing();
    if (Card("dont-know", {"Don't know", nullptr, nullptr, nullptr, SemRole::Checkbox}, a.status == AnswerStatus::DontKnow, state.fonts, half)) {
        ToggleStatus(a, AnswerStatus::DontKnow);
        state.announcement = AnswerSummary(a);
        MarkChanged(state);
    }
    NoteTarget(state, "Don't know");
    ImGui::SameLine();
    if (Card("not-applicable", {"Not applicable", nullptr, nullptr, nullptr, SemRole::Checkbox}, a.status == AnswerStatus::NotApplicable,
             state.fonts, half)) {
        ToggleStatus(a, AnswerStatus::NotApplicable);
        state.announcement = AnswerSummary(a);
        MarkChanged(state);
    }
    NoteTarget(state, "Not applicable");
    MutedText("Questions you don't know or that don't apply are left out of your scores and shown as coverage.");

    ImGui::Spacing();
    if (TextField("Note (optional)", "note", a.note, nullptr, Em(4.0f))) MarkChanged(state);
    NoteTarget(state, "Note");

    ImGui::Spacing();
    if (state.save_result != StorageResult::Saved) {
        // Repeated next to the buttons: the note at the top has scrolled out of sight by now.
        Banner("Not saved: this browser is not keeping your answers. Download them to keep a copy.", BannerKind::Warning);
        if (SecondaryButton("Download my answers##bottom")) state.want_download = true;
        NoteTarget(state, "Download answers (bottom)");
    }
    if (SecondaryButton("Back")) Back(state);
    NoteTarget(state, "Back");
    ImGui::SameLine();
    if (PrimaryButton(s.position + 1 < total ? "Next" : "Review answers")) Next(state);
    NoteTarget(state, "Next");
    ImGui::SameLine();
    if (SecondaryButton("? Shortcuts")) state.show_shortcuts = true;
    NoteTarget(state, "Shortcuts");
    EndColumn();
}

} // namespace systemic
