// screen_review.cpp — before the results: what is still unanswered, and warnings about the answers.
#include <cstdio>
#include <string>

#include <imgui.h>

#include "rules/scoring.h"
#include "screens.h"
#include "widgets.h"

namespace systemic {

void DrawReview(AppState& state, Host& /*host*/) {
    if (!HasSession(state)) {
        GoTo(state, Screen::Sector);
        return;
    }
    const Questionnaire& q = SessionQuestionnaire(state);
    const Session& s = state.session;
    BeginColumn();
    Heading(state.fonts, "Check your answers");
    int dont_know = 0, not_applicable = 0;
    std::vector<int> open;   // positions of unanswered questions
    for (int pos = 0; pos < static_cast<int>(s.asked.size()); ++pos) {
        const Answer& a = s.result.answers[static_cast<size_t>(s.asked[static_cast<size_t>(pos)])];
        if (a.status == AnswerStatus::DontKnow) ++dont_know;
        else if (a.status == AnswerStatus::NotApplicable) ++not_applicable;
        else if (!IsDone(a)) open.push_back(pos);
    }
    char counts[160];
    std::snprintf(counts, sizeof counts, "%d of %d questions answered. %d \"don't know\", %d \"not applicable\".",
                  CountDone(s.result, s.asked), static_cast<int>(s.asked.size()), dont_know, not_applicable);
    Paragraph(counts);

    const Scores scores = Score(q, s.result);
    if (!scores.warnings.empty()) {
        ImGui::Spacing();
        for (const QualityWarning& w : scores.warnings) Banner(w.message.c_str(), BannerKind::Warning);
    }

    if (!open.empty()) {
        ImGui::Spacing();
        SubHeading(state.fonts, open.size() == 1 ? "One question is still open" : "Questions still open");
        MutedText("Open questions are left out of your scores. You can still see your results.");
        for (int pos : open) {
            const Question& question = q.questions[static_cast<size_t>(s.asked[static_cast<size_t>(pos)])];
            char label[512];
            std::snprintf(label, sizeof label, "%d. %s##open%d", pos + 1, question.text.c_str(), pos);
            ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + ColumnWidth());
            if (ImGui::Selectable(label, false, 0, ImVec2(0, Em(2.75f)))) {
                state.want_position = true;
                state.next_position = pos;
                GoTo(state, Screen::Questions);
            }
            SemAddItem(SemRole::Link, label);
            ImGui::PopTextWrapPos();
            NoteTarget(state, ("Open " + question.id).c_str());
        }
    } else {
        MutedText("Every question has an answer.");
    }
    ImGui::Spacing();
    ImGui::Spacing();
    if (PrimaryButton("See my results")) GoTo(state, Screen::Results);
    NoteTarget(state, "See results");
    ImGui::SameLine();
    if (SecondaryButton("Back to the questions")) GoTo(state, Screen::Questions);
    NoteTarget(state, "Back");
    EndColumn();
}

} // namespace systemic
