// results_what_if.cpp — the results screen's "What if?" section: raise or lower an area (or one of its questions)
// and see the overall index, the systemic index, the drivers and the weakest link move, with a one-line reason.
// The figures are rules/what_if.h's (Score() of the changed answers); nothing is saved unless adopted as a target.
#include "results_what_if.h"

#include <algorithm>
#include <cstdlib>
#include <string>
#include <vector>

#include <imgui.h>

#include "rules/what_if.h"
#include "text/ids.h"
#include "text/numbers.h"
#include "theme.h"
#include "widgets.h"

namespace systemic {

namespace {

constexpr int kMaxSteps = kLevelCount - 1;   // 1 to 5 and back: more steps move nothing further

// The area tried by default: the weakest link, the systemic idea's first suggestion.
int DefaultArea(const Scores& s) {
    if (s.balance.scored && s.balance.weakest_area >= 0) return s.balance.weakest_area;
    for (size_t a = 0; a < s.areas.size(); ++a)
        if (s.areas[a].scored) return static_cast<int>(a);
    return 0;
}

// "38.3 %", or "no answers".
std::string Figure(const ScoreValue& v) { return v.scored ? FormatPercent(v.percent) : std::string("no answers"); }

// "42.1 % (up 3.8)": the what-if figure with its change, when it moved.
std::string FigureAfter(bool scored, double before, double after) {
    if (!scored) return "no answers";
    std::string text = FormatPercent(after);
    const double change = after - before;
    const std::string n = FormatShort(std::abs(change), 1);
    if (n != "0") text += std::string(change > 0.0 ? " (up " : " (down ") + n + ")";
    return text;
}

std::string WeakestText(const Questionnaire& q, const Scores& s) {
    if (!s.balance.scored) return "no answers";
    if (s.balance.weakest_areas.empty()) return "None: your areas are level";
    const std::vector<int>& areas = s.balance.weakest_areas;
    std::string out;
    for (size_t i = 0; i < areas.size(); ++i)
        out += (i == 0 ? "" : i + 1 == areas.size() ? " and " : ", ") + q.areas[static_cast<size_t>(areas[i])].name;
    return out;
}

// On a wide column buttons take their words' width (0) and flow; on a phone a pair shares the line in equal
// halves when both labels fit, else each takes the whole line.
float PairWidth(const char* a, const char* b) {
    const float column = ColumnWidth();
    if (column >= Em(30.0f)) return 0.0f;
    const float half = (column - ImGui::GetStyle().ItemSpacing.x) * 0.5f;
    const float need = std::max(ImGui::CalcTextSize(a).x, ImGui::CalcTextSize(b).x) + Em(2.0f);
    return need <= half ? half : column;
}

// Recomputes the what-if when the change or the scores behind it changed (ComputeWhatIf scores twice).
void Refresh(WhatIfView& v, const Questionnaire& q, const Result& r, int computations) {
    const std::vector<int> key = {v.area, v.question, v.steps, computations};
    if (key == v.key) return;
    v.key = key;
    WhatIfChange change;
    change.area = v.area;
    change.question = v.question;
    change.steps = v.steps;
    v.result = ComputeWhatIf(q, r, change);
    Result copy = r;
    v.adoptable = AdoptWhatIfTargets(q, v.result, copy);
}

// The figures, before and after, as a table: drawn, and a table in the semantic tree with its cells over their glyphs.
void FiguresTable(AppState& state, const Questionnaire& q, const WhatIf& w) {
    struct Row { std::string name, before, after, key; };
    std::vector<Row> rows;
    const Scores &b = w.before, &a = w.after;
    rows.push_back({"Overall index", Figure(b.overall), FigureAfter(a.overall.scored, b.overall.percent, a.overall.percent), "overall"});
    rows.push_back({"Systemic index", b.balance.scored ? FormatPercent(b.balance.systemic_index) : "no answers",
                    FigureAfter(a.balance.scored, b.balance.systemic_index, a.balance.systemic_index), "systemic"});
    for (size_t d = 0; d < q.drivers.size(); ++d)
        rows.push_back({q.drivers[d].name, Figure(b.drivers[d]), FigureAfter(a.drivers[d].scored, b.drivers[d].percent, a.drivers[d].percent),
                        "driver " + q.drivers[d].id});
    rows.push_back({"Weakest link", WeakestText(q, b), WeakestText(q, a), "weakest"});
    for (const Row& row : rows) {
        state.results.shown["whatif " + row.key + " now"] = row.before;
        state.results.shown["whatif " + row.key + " after"] = row.after;
    }

    ImGui::PushStyleVar(ImGuiStyleVar_CellPadding, ImVec2(Em(0.5f), Em(0.3f)));
    const bool table = ImGui::BeginTable("whatif-table", 3, ImGuiTableFlags_Borders | ImGuiTableFlags_SizingStretchProp, ImVec2(ColumnWidth(), 0.0f));
    ImGui::PopStyleVar();
    if (!table) return;
    ImGui::TableSetupColumn("Figure", ImGuiTableColumnFlags_WidthStretch, 1.4f);
    ImGui::TableSetupColumn("Now", ImGuiTableColumnFlags_WidthStretch, 1.0f);
    ImGui::TableSetupColumn("What if", ImGuiTableColumnFlags_WidthStretch, 1.2f);
    SemTableHeader("What if: your figures now and after the change");
    // Wrap at each cell's own right edge: the results column's wrap position would let a long name run under
    // the next cell, where the cell clips it.
    ImGui::PushTextWrapPos(0.0f);
    for (const Row& row : rows) {
        SemBeginGroup(SemRole::Row, "");
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        ImGui::TextWrapped("%s", row.name.c_str());
        SemCell(SemRole::RowHeader, row.name);
        ImGui::TableNextColumn();
        ImGui::TextWrapped("%s", row.before.c_str());
        SemCell(SemRole::Cell, row.before);
        ImGui::TableNextColumn();
        // A figure that moved is drawn in bold, so the eye finds the change (the words "up" and "down" say it too).
        const bool moved = row.after != row.before;
        if (moved) ImGui::PushFont(state.fonts.bold);
        ImGui::TextWrapped("%s", row.after.c_str());
        if (moved) ImGui::PopFont();
        SemCell(SemRole::Cell, row.after);
        SemEndGroup();
    }
    ImGui::PopTextWrapPos();
    SemEndGroup();
    ImGui::EndTable();
}

// The areas as radio chips, two to a row on a wide column; each shows its score today.
void AreaChoice(AppState& state, const Questionnaire& q, const Scores& s, WhatIfView& v) {
    Label("Area to try");
    SemBeginGroup(SemRole::RadioGroup, "Area to try");
    const float column = ColumnWidth();
    const float gap = Em(0.5f);
    const int per_row = column >= Em(30.0f) ? 2 : 1;
    const float width = (column - gap * static_cast<float>(per_row - 1)) / static_cast<float>(per_row);
    for (size_t a = 0; a < q.areas.size(); ++a) {
        if (a % static_cast<size_t>(per_row) != 0) ImGui::SameLine(0.0f, gap);
        const std::string label = q.areas[a].name + " \xC2\xB7 " + Figure(s.areas[a]);
        const std::string id = "##whatif-area-" + q.areas[a].id;
        if (ChoiceChip(id.c_str(), label.c_str(), v.area == static_cast<int>(a), CurrentPalette().accent, width) &&
            v.area != static_cast<int>(a)) {
            v.area = static_cast<int>(a);
            v.question = -1;
            v.steps = 0;
        }
        NoteTarget(state, ("What if area " + q.areas[a].id).c_str());
    }
    SemEndGroup();
}

// Optionally one question of the area: the answered ones, each with its level today.
void QuestionChoice(AppState& state, const Questionnaire& q, const Result& r, WhatIfView& v) {
    if (LinkToggle(v.one_question ? "- Try one question of this area" : "+ Try one question of this area", v.one_question)) {
        v.one_question = !v.one_question;
        if (!v.one_question && v.question >= 0) {
            v.question = -1;
            v.steps = 0;
        }
    }
    NoteTarget(state, "What if one question");
    if (!v.one_question) return;
    SemBeginGroup(SemRole::RadioGroup, "Question to try");
    const float width = ColumnWidth();
    if (ChoiceChip("##whatif-all", "Every answered question of the area", v.question < 0, CurrentPalette().accent, width) && v.question >= 0) {
        v.question = -1;
        v.steps = 0;
    }
    NoteTarget(state, "What if all questions");
    int left_out = 0;
    for (size_t i = 0; i < q.questions.size(); ++i) {
        const Question& question = q.questions[i];
        if (question.area != v.area || !IsAsked(question, r.mode)) continue;
        const Answer* a = FindAnswer(r, q, static_cast<int>(i));
        if (!HasLevel(a)) {
            ++left_out;
            continue;
        }
        const std::string label = "Level " + std::to_string(a->today) + " today: " + question.text;
        const std::string id = "##whatif-question-" + question.id;
        if (ChoiceChip(id.c_str(), label.c_str(), v.question == static_cast<int>(i), CurrentPalette().accent, width) &&
            v.question != static_cast<int>(i)) {
            v.question = static_cast<int>(i);
            v.steps = 0;
        }
        NoteTarget(state, ("What if question " + question.id).c_str());
    }
    SemEndGroup();
    if (left_out > 0)
        MutedText((Plural(left_out, "question", "questions") + " of this area " + (left_out == 1 ? "has" : "have") +
                   " no level today (don't know, not applicable or open), so " + (left_out == 1 ? "it is" : "they are") + " left out.").c_str());
}

void Adopt(AppState& state, const Questionnaire& q, WhatIfView& v) {
    const int changed = AdoptWhatIfTargets(q, v.result, state.session.result);
    if (changed == 0) return;
    MarkChanged(state);
    v.adopted = changed == 1 ? "Saved: the 12-month target of 1 question is now its what-if level. Your gaps and first steps include it."
                             : "Saved: the 12-month targets of " + std::to_string(changed) +
                                   " questions are now their what-if levels. Your gaps and first steps include them.";
    v.steps = 0;
    state.announcement = v.adopted;
}

} // namespace

void DrawWhatIf(AppState& state, const Questionnaire& q, const Scores& s, int computations) {
    WhatIfView& v = state.results.what_if;
    const Result& r = state.session.result;
    if (v.area < 0 || v.area >= static_cast<int>(q.areas.size())) v.area = DefaultArea(s);
    if (v.question >= static_cast<int>(q.questions.size()) || (v.question >= 0 && q.questions[static_cast<size_t>(v.question)].area != v.area))
        v.question = -1;

    Paragraph("Try a change before you make it: raise or lower one area and see how your scores would move. Raising your weakest "
              "area usually lifts the systemic index most. Nothing is saved unless you use the change as your 12-month target.");
    ImGui::Spacing();
    AreaChoice(state, q, s, v);
    ImGui::Spacing();
    QuestionChoice(state, q, r, v);
    ImGui::Spacing();

    // The figures come before the buttons that move them: a press near the foot of a phone's screen changes
    // the table just above it, in view.
    Refresh(v, q, r, computations);
    const WhatIf& w = v.result;
    const std::string what = v.question >= 0 ? "one question of " + q.areas[static_cast<size_t>(v.area)].name : q.areas[static_cast<size_t>(v.area)].name;
    const std::string trying = v.steps == 0 ? "Trying: nothing yet. Press Raise or Lower below to try a change to " + what + "."
                                            : "Trying: " + what + ", " + Plural(std::abs(v.steps), "level", "levels") + (v.steps > 0 ? " up." : " down.");
    MutedText(trying.c_str());
    ImGui::Spacing();
    FiguresTable(state, q, w);
    ImGui::Spacing();
    const std::string reason = v.steps == 0 ? std::string() : w.reason;
    state.results.shown["whatif reason"] = reason;
    if (!reason.empty()) BoldParagraph(state.fonts, reason.c_str());

    ImGui::Spacing();
    const float lower_w = PairWidth("Lower one level", "Raise one level");
    ImGui::BeginDisabled(v.steps <= -kMaxSteps);
    const bool lower = SecondaryButton("Lower one level", lower_w);
    NoteTarget(state, "What if lower");
    ImGui::EndDisabled();
    if (lower_w < ColumnWidth()) SameLineIfFits("Raise one level");   // not after a button across the column: that would pass its edge
    ImGui::BeginDisabled(v.steps >= kMaxSteps);
    const bool raise = SecondaryButton("Raise one level", lower_w);
    NoteTarget(state, "What if raise");
    ImGui::EndDisabled();
    if (lower || raise) {
        v.steps += raise ? 1 : -1;
        Refresh(v, q, r, computations);   // the next frame draws it; the live region reads what moved now
        v.adopted.clear();
        state.announcement = v.result.reason;
    }
    const float reset_w = PairWidth("Reset", "Use as my 12-month target");
    if (reset_w == 0.0f) SameLineIfFits("Reset");   // on a phone the second pair starts its own line
    ImGui::BeginDisabled(v.steps == 0);
    if (SecondaryButton("Reset", reset_w)) {
        v.steps = 0;
        v.question = -1;
        v.adopted.clear();
        state.announcement = "What if reset: nothing was changed.";
    }
    NoteTarget(state, "What if reset");
    ImGui::EndDisabled();
    if (reset_w < ColumnWidth()) SameLineIfFits("Use as my 12-month target");
    const bool can_adopt = w.status == WhatIfStatus::Moved && v.adoptable > 0;
    ImGui::BeginDisabled(!can_adopt);
    if (SecondaryButton("Use as my 12-month target", reset_w) && can_adopt) Adopt(state, q, v);
    NoteTarget(state, "What if adopt");
    ImGui::EndDisabled();
    if (!v.adopted.empty()) {
        MutedText(v.adopted.c_str());
    } else if (v.steps < 0 && w.status == WhatIfStatus::Moved) {
        MutedText("A lower level is only a what-if: it cannot become a target.");
    } else if (v.steps > 0 && w.status == WhatIfStatus::Moved && v.adoptable == 0) {
        MutedText("Your 12-month targets are already at these levels or higher.");
    } else {
        MutedText("Using it as your target raises the 12-month target of each question the change raised to its new level, where your "
                  "target is lower. Your answers for today stay as they are.");
    }
    state.results.shown["whatif adoptable"] = std::to_string(can_adopt ? v.adoptable : 0);
}

} // namespace systemic
