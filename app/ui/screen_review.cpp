// screen_review.cpp — "Check your answers": every question asked, with today, the 12-month target and the note,
// and a "Change" action that opens the question; counts with the same meaning of "answered" as the results
// (a level for today; "don't know", "not applicable" and open questions are counted apart); answer warnings.
#include <cstdio>
#include <string>

#include <imgui.h>

#include "rules/scoring.h"
#include "screens.h"
#include "widgets.h"

namespace systemic {

namespace {

std::string LevelText(int level) { return level ? std::to_string(level) + " \xC2\xB7 " + LevelName(level) : std::string("not chosen"); }

std::string Counts(const Coverage& c) {
    std::string out = std::to_string(c.answered) + " of " + std::to_string(c.asked) + " questions answered";
    std::string apart;
    auto add = [&apart](int n, const char* what) {
        if (n > 0) apart += (apart.empty() ? "" : ", ") + std::to_string(n) + " " + what;
    };
    add(c.dont_know, "\"don't know\"");
    add(c.not_applicable, "\"not applicable\"");
    add(c.unanswered, c.unanswered == 1 ? "still open" : "still open");
    return apart.empty() ? out + "." : out + "; " + apart + ".";
}

} // namespace

void DrawReview(AppState& state, Host& /*host*/) {
    if (!HasSession(state)) {
        GoTo(state, Screen::Sector);
        return;
    }
    const Questionnaire& q = SessionQuestionnaire(state);
    const Session& s = state.session;
    RefreshResults(state.results_cache, q, s.questionnaire, s.result);
    const Scores& scores = state.results_cache.scores;
    BeginColumn();
    Heading(state.fonts, "Check your answers");
    // The results' own coverage: the review and the results count "answered" the same way.
    state.results.shown["review counts"] = Counts(scores.overall.coverage);
    Paragraph(state.results.shown["review counts"].c_str());
    MutedText("Only questions answered with a level count in your scores. \"Don't know\", \"not applicable\" and open "
              "questions are left out. You can still see your results.");

    if (!scores.warnings.empty()) {
        ImGui::Spacing();
        for (const QualityWarning& w : scores.warnings) Banner(w.message.c_str(), BannerKind::Warning);
    }
    ImGui::Spacing();
    if (PrimaryButton("See my results")) GoTo(state, Screen::Results);
    NoteTarget(state, "See results");

    int last_area = -1;
    for (int pos = 0; pos < static_cast<int>(s.asked.size()); ++pos) {
        const int qi = s.asked[static_cast<size_t>(pos)];
        const Question& question = q.questions[static_cast<size_t>(qi)];
        const Answer& a = s.result.answers[static_cast<size_t>(qi)];
        if (question.area != last_area) {
            last_area = question.area;
            ImGui::Dummy(ImVec2(0.0f, Em(0.75f)));
            const ImVec2 line = ImGui::GetCursorScreenPos();
            ImGui::GetWindowDrawList()->AddLine(line, ImVec2(line.x + ColumnWidth(), line.y), CurrentPalette().card_border,
                                                std::max(1.0f, Em(0.0625f)));
            ImGui::Dummy(ImVec2(0.0f, Em(0.25f)));
            MutedText(q.areas[static_cast<size_t>(question.area)].name.c_str());
        }
        ImGui::Spacing();
        SubHeading(state.fonts, (std::to_string(pos + 1) + ". " + question.text).c_str(), 2);
        std::string answer;
        bool open = false;
        if (a.status == AnswerStatus::DontKnow) answer = "Don't know";
        else if (a.status == AnswerStatus::NotApplicable) answer = "Not applicable";
        else if (a.status == AnswerStatus::Answered && a.today > 0) answer = "Today: " + LevelText(a.today) + "   \xC2\xB7   In 12 months: " + LevelText(a.target);
        else {
            open = true;
            answer = a.target ? "Not answered yet (In 12 months: " + LevelText(a.target) + ", but no level for today)" : "Not answered yet";
        }
        state.results.shown["review " + question.id] = answer;
        if (open) {
            ImGui::PushStyleColor(ImGuiCol_Text, CurrentPalette().warning);
            Paragraph(answer.c_str());
            ImGui::PopStyleColor();
        } else {
            Paragraph(answer.c_str());
        }
        if (a.status == AnswerStatus::Answered && a.today && a.target && a.target < a.today)
            MutedText("The 12-month target is below today.");
        if (!a.note.empty()) MutedText(("Note: " + a.note).c_str());
        const std::string change = "Change##" + question.id;
        if (SecondaryButton(change.c_str())) {
            state.want_position = true;
            state.next_position = pos;
            GoTo(state, Screen::Questions);
        }
        // Many buttons read "Change": a screen reader also hears which answer each one changes.
        const std::string what = "Your answer to question " + std::to_string(pos + 1) + ": " + question.text;
        SemDescribeLast(what.c_str());
        NoteTarget(state, ("Change " + question.id).c_str());
    }
    ImGui::Dummy(ImVec2(0.0f, Em(1.0f)));
    if (PrimaryButton("See my results##end")) GoTo(state, Screen::Results);
    NoteTarget(state, "See results (end)");
    ImGui::SameLine();
    if (SecondaryButton("Back to the questions")) GoTo(state, Screen::Questions);
    NoteTarget(state, "Back");
    EndColumn();
}

} // namespace systemic
