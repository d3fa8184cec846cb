// screen_questions.cpp — one question at a time: the five level descriptors as cards, each with two separate
// choices, "Today" and "In 12 months" (two radio groups: choosing one never changes the other); don't know /
// not applicable, a note, progress by area with jumps, keyboard shortcuts; and the pinned bar with progress,
// Back and Next, which stays in view however long the question is.
#include <algorithm>
#include <cstdio>
#include <string>
#include <vector>

#include <imgui.h>
#include <misc/cpp/imgui_stdlib.h>

#include "screens.h"
#include "theme.h"
#include "widgets.h"

namespace systemic {

namespace {

std::string LevelLabel(int level) { return std::to_string(level) + " · " + LevelName(level); }

// Today and the target are separate answers: setting one leaves the other as it was.
void SetLevel(AppState& state, Answer& a, int level, bool target) {
    if (target) {
        // Choosing a level is an answer: it ends "don't know" or "not applicable", as choosing today does.
        if (a.status == AnswerStatus::DontKnow || a.status == AnswerStatus::NotApplicable) ToggleStatus(a, a.status);
        SetTarget(a, level);
        state.announcement = "In 12 months: " + LevelLabel(level) + ".";
        if (a.today == 0) state.announcement += " Now choose where you are today.";
    } else {
        SetToday(a, level);
        state.announcement = "Today: " + LevelLabel(level) + ".";
        if (a.target == 0) state.announcement += " Now choose where you want to be in 12 months.";
    }
    MarkChanged(state);
}

// "Answered" as the scores count it: a level for today (don't know and not applicable are counted apart).
int CountAnswered(const Session& s) {
    int n = 0;
    for (int qi : s.asked) {
        const Answer& a = s.result.answers[static_cast<size_t>(qi)];
        if (a.status == AnswerStatus::Answered && a.today > 0) ++n;
    }
    return n;
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
        if (ImGui::IsKeyPressed(digit, false) || ImGui::IsKeyPressed(keypad, false)) SetLevel(state, a, level, io.KeyShift);
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
        const Answer& a = s.result.answers[static_cast<size_t>(qi)];
        if (IsDone(a)) ++done[area];
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
        if (RowSelectable(label, static_cast<int>(i) == current_area, ColumnRemaining(), Em(2.75f))) {
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
    DrawAreaProgress(state, q);
    ImGui::Spacing();
    MutedText(q.areas[static_cast<size_t>(question.area)].name.c_str());
    Heading(state.fonts, question.text.c_str());
    if (LinkToggle(state.show_why ? "-  Hide why this matters" : "+  Why this matters", state.show_why,
                   std::min(ColumnRemaining(), ImGui::CalcTextSize("-  Hide why this matters").x + Em(1.0f))))
        state.show_why = !state.show_why;
    NoteTarget(state, "Why");
    if (state.show_why) {
        Paragraph(question.why.c_str());
        if (!question.help.empty()) MutedText(question.help.c_str());
    } else if (!question.help.empty()) {
        MutedText(question.help.c_str());
    }
    ImGui::Spacing();

    // Two questions, answered on the same five descriptors: where you are today, where you want to be.
    const bool dimmed = a.status == AnswerStatus::DontKnow || a.status == AnswerStatus::NotApplicable;
    const std::string today_now = "Where are you today? " + (a.today && !dimmed ? LevelLabel(a.today) : std::string("Not chosen yet."));
    const std::string target_now = "Where do you want to be in 12 months? " + (a.target && !dimmed ? LevelLabel(a.target) : std::string("Not chosen yet."));
    if (state.fonts.bold) ImGui::PushFont(state.fonts.bold);
    Paragraph(today_now.c_str());
    Paragraph(target_now.c_str());
    if (state.fonts.bold) ImGui::PopFont();
    MutedText("Under each description, choose \"Today\" for where you are now and \"In 12 months\" for where you want to be.");

    if (dimmed) ImGui::PushStyleVar(ImGuiStyleVar_Alpha, 0.55f);
    std::vector<std::string> titles;
    std::vector<LevelCardText> cards;
    for (int level = 1; level <= kLevelCount; ++level) titles.push_back(LevelLabel(level));
    for (int level = 1; level <= kLevelCount; ++level)
        cards.push_back({titles[static_cast<size_t>(level - 1)].c_str(), question.levels[static_cast<size_t>(level - 1)].c_str()});
    const LevelPick pick = LevelCards(state, cards, dimmed ? 0 : a.today, dimmed ? 0 : a.target);
    if (pick.today) SetLevel(state, a, pick.today, false);
    if (pick.target) SetLevel(state, a, pick.target, true);
    if (dimmed) ImGui::PopStyleVar();
    if (a.today && a.target && a.target < a.today)
        Banner("Your 12-month target is below where you are today. That is allowed, but check it is what you meant.",
               BannerKind::Warning);

    ImGui::Spacing();
    const float half = (ColumnWidth() - ImGui::GetStyle().ItemSpacing.x) * 0.5f;
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
        // Repeated near the end: the note at the top has scrolled out of sight by now.
        Banner("Not saved: this browser is not keeping your answers. Download them to keep a copy.", BannerKind::Warning);
        if (SecondaryButton("Download my answers##bottom")) state.want_download = true;
        NoteTarget(state, "Download answers (bottom)");
    }
    // Shortcuts need a keyboard: a touch screen without a mouse does not get the button.
    if (ImGui::GetIO().MouseSource != ImGuiMouseSource_TouchScreen) {
        if (SecondaryButton("? Keyboard shortcuts")) state.show_shortcuts = true;
        NoteTarget(state, "Shortcuts");
    }
    EndColumn();
}

namespace {

struct BarLayout {
    std::string progress;      // "Question 3 of 10 · 2 answered", shortened to fit one line
    std::string next;          // "Next" or "Review answers"
    float half = 0.0f;         // each button's width
    float height = 0.0f;       // the bar's height, padding included
};

BarLayout LayOutBar(const AppState& state) {
    BarLayout out;
    const Session& s = state.session;
    const int total = static_cast<int>(s.asked.size());
    const ImGuiStyle& style = ImGui::GetStyle();
    const float avail = ImGui::GetMainViewport()->Size.x - 2.0f * style.WindowPadding.x;
    const float column = std::min(avail, Em(40.0f));
    char text[96];
    std::snprintf(text, sizeof text, "Question %d of %d  \xC2\xB7  %d answered", s.position + 1, total, CountAnswered(s));
    out.progress = text;
    if (ImGui::CalcTextSize(text).x > column) {
        std::snprintf(text, sizeof text, "Question %d of %d", s.position + 1, total);
        out.progress = text;
    }
    if (ImGui::CalcTextSize(out.progress.c_str()).x > column) {
        std::snprintf(text, sizeof text, "%d of %d", s.position + 1, total);
        out.progress = text;
    }
    out.next = s.position + 1 < total ? "Next" : "Review answers";
    out.half = (column - style.ItemSpacing.x) * 0.5f;
    const float buttons = std::max(ButtonHeight("Back", out.half), ButtonHeight(out.next.c_str(), out.half));
    out.height = Em(0.5f) + ImGui::GetTextLineHeight() + style.ItemSpacing.y + Em(0.4f) + style.ItemSpacing.y + buttons + Em(0.5f);
    return out;
}

} // namespace

float QuestionBarHeight(AppState& state) {
    if (!HasSession(state) || state.session.asked.empty()) return 0.0f;
    return LayOutBar(state).height;
}

void DrawQuestionBar(AppState& state, Host& /*host*/) {
    if (!HasSession(state) || state.session.asked.empty()) return;
    const BarLayout bar = LayOutBar(state);
    const Session& s = state.session;
    BeginColumn();
    // One group for screen readers: the progress, Back and Next, after the question in reading order.
    SemBeginGroup(SemRole::Group, "Progress and navigation");
    // One line, never wrapped: LayOutBar chose a form that fits, and the bar's height counts one line.
    ImGui::PushStyleColor(ImGuiCol_Text, CurrentPalette().text_muted);
    Label(bar.progress.c_str());
    ImGui::PopStyleColor();
    Progress(static_cast<float>(s.position + 1) / static_cast<float>(s.asked.size()), nullptr, bar.progress.c_str());
    // The buttons sit on the bar's bottom padding, whatever the lines above them took.
    const float buttons = std::max(ButtonHeight("Back", bar.half), ButtonHeight(bar.next.c_str(), bar.half));
    ImGui::SetCursorPosY(std::max(ImGui::GetCursorPosY(), ImGui::GetWindowHeight() - Em(0.5f) - buttons));
    if (SecondaryButton("Back", bar.half)) Back(state);
    NoteTarget(state, "Back");
    ImGui::SameLine();
    if (PrimaryButton(bar.next.c_str(), bar.half)) Next(state);
    NoteTarget(state, "Next");
    SemEndGroup();
    EndColumn();
}

} // namespace systemic
