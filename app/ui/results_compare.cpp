// results_compare.cpp — the results screen's "Progress since an earlier assessment": the earlier result next to the
// current one (rules/compare.h's figures), as tables with row headers in the semantic tree, the earlier first steps
// and what could not be compared, in plain words. Opening and removing are state/compare_store.h's.
#include "results_compare.h"

#include <algorithm>
#include <cmath>
#include <string>
#include <vector>

#include <imgui.h>

#include "state/compare_store.h"
#include "text/dates.h"
#include "text/ids.h"
#include "text/numbers.h"
#include "theme.h"
#include "widgets.h"

namespace systemic {

namespace {

constexpr size_t kNotComparedShown = 8;   // a long list says how many more instead

std::string Value(bool scored, double percent) { return scored ? FormatPercent(percent) : std::string("no score"); }

// "Rose by 12.5", "Fell by 3", "Unchanged", "Not compared": the change in percentage points, in words.
std::string ChangeWords(const ChangeValue& v) {
    switch (v.direction) {
    case Direction::Rose: return "Rose by " + FormatShort(v.change, 1);
    case Direction::Fell: return "Fell by " + FormatShort(-v.change, 1);
    case Direction::Unchanged: return "Unchanged";
    case Direction::NotCompared: break;
    }
    return v.earlier_scored ? "Not compared: no score now" : "Not compared: no score then";
}

// "Your overall index rose by 8.3 percentage points, from 30 % to 38.3 %." (A no-break space would not keep "%" with
// its number: Dear ImGui's wrapping also breaks after a '.', so "38.3 %" would split inside the number instead.)
std::string Sentence(const std::string& what, const ChangeValue& v) {
    const auto pp = [](double x) {
        const std::string n = FormatShort(std::fabs(x), 1);
        return n + (n == "1" ? " percentage point" : " percentage points");
    };
    const auto pct = [](double x) { return FormatPercent(x); };
    switch (v.direction) {
    case Direction::Rose: return what + " rose by " + pp(v.change) + ", from " + pct(v.earlier) + " to " + pct(v.now) + ".";
    case Direction::Fell: return what + " fell by " + pp(v.change) + ", from " + pct(v.earlier) + " to " + pct(v.now) + ".";
    case Direction::Unchanged: return what + " is unchanged at " + pct(v.now) + ".";
    case Direction::NotCompared: break;
    }
    return what + " cannot be compared: " + (v.earlier_scored ? "there is no score for it now." : "there was no score for it then.");
}

struct Row {
    std::string name, key;
    const ChangeValue* v;
};

// The widest single word of the rows' names, in pixels: a name column narrower than that would break a word in two.
float WidestWord(const std::vector<Row>& rows) {
    float widest = 0.0f;
    for (const Row& row : rows) {
        size_t start = 0;
        while (start < row.name.size()) {
            size_t end = row.name.find(' ', start);
            if (end == std::string::npos) end = row.name.size();
            widest = std::max(widest, ImGui::CalcTextSize(row.name.c_str() + start, row.name.c_str() + end).x);
            start = end + 1;
        }
    }
    return widest;
}

// One table: a header row, then a row per figure whose first cell names it (a row header). Drawn, and a table in
// the semantic tree with its cells over their glyphs, as the what-if table (results_what_if.cpp). On a phone's
// narrow column the figures drop their " %" (the note under the tables says they are percents) and the name column
// takes the width of its longest word where it can, so five columns fit without breaking words.
void ChangeTable(AppState& state, const char* id, const char* caption, const char* first_column, const std::vector<Row>& rows) {
    const float column = ColumnWidth();
    const bool narrow = column < Em(30.0f);
    const auto figure = [narrow](bool scored, double percent, const char* none) {
        if (!scored) return std::string(none);
        return narrow ? FormatShort(percent, 1) : FormatPercent(percent);
    };
    for (const Row& row : rows) {
        state.results.shown["compare " + row.key + " earlier"] = Value(row.v->earlier_scored, row.v->earlier);
        state.results.shown["compare " + row.key + " now"] = Value(row.v->now_scored, row.v->now);
        state.results.shown["compare " + row.key + " change"] = ChangeWords(*row.v);
    }
    const float pad = narrow ? Em(0.25f) : Em(0.4f);
    ImGui::PushStyleVar(ImGuiStyleVar_CellPadding, ImVec2(pad, Em(0.3f)));
    const bool table = ImGui::BeginTable(id, 5, ImGuiTableFlags_Borders | ImGuiTableFlags_SizingStretchProp, ImVec2(column, 0.0f));
    ImGui::PopStyleVar();
    if (!table) return;
    if (narrow) {
        const float name_w = std::clamp(WidestWord(rows) + 2.0f * pad, column * 0.28f, column * 0.34f);
        ImGui::TableSetupColumn(first_column, ImGuiTableColumnFlags_WidthFixed, name_w);
    } else {
        ImGui::TableSetupColumn(first_column, ImGuiTableColumnFlags_WidthStretch, 1.5f);
    }
    ImGui::TableSetupColumn("Earlier", ImGuiTableColumnFlags_WidthStretch, 1.0f);
    ImGui::TableSetupColumn("Now", ImGuiTableColumnFlags_WidthStretch, 1.0f);
    ImGui::TableSetupColumn("Target", ImGuiTableColumnFlags_WidthStretch, 1.0f);
    ImGui::TableSetupColumn("Change", ImGuiTableColumnFlags_WidthStretch, narrow ? 1.15f : 1.2f);
    SemTableHeader(caption);
    // Wrap at each cell's own right edge, so a long name stays in its cell.
    ImGui::PushTextWrapPos(0.0f);
    for (const Row& row : rows) {
        const ChangeValue& v = *row.v;
        const std::string cells[4] = {figure(v.earlier_scored, v.earlier, "no score"), figure(v.now_scored, v.now, "no score"),
                                      figure(v.now_scored, v.target, "no target"), ChangeWords(v)};
        SemBeginGroup(SemRole::Row, "");
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        ImGui::TextWrapped("%s", row.name.c_str());
        SemCell(SemRole::RowHeader, row.name);
        for (int i = 0; i < 4; ++i) {
            ImGui::TableNextColumn();
            // A change is drawn in bold, so the eye finds what moved (the words say it too).
            const bool moved = i == 3 && (v.direction == Direction::Rose || v.direction == Direction::Fell);
            if (moved) ImGui::PushFont(state.fonts.bold);
            ImGui::TextWrapped("%s", cells[i].c_str());
            if (moved) ImGui::PopFont();
            SemCell(SemRole::Cell, cells[i]);
        }
        SemEndGroup();
    }
    ImGui::PopTextWrapPos();
    SemEndGroup();
    ImGui::EndTable();
}

const char* OutcomeWords(StepOutcome o) {
    switch (o) {
    case StepOutcome::ActedOn: return "acted on (the level rose)";
    case StepOutcome::NoChange: return "not yet (the level is the same)";
    case StepOutcome::Fell: return "the level fell";
    case StepOutcome::NotAnsweredNow: break;
    }
    return "not answered now (don't know, not applicable or left open)";
}

void FirstSteps(AppState& state, const Questionnaire& q, const Comparison& c) {
    SubHeading(state.fonts, "Your earlier first steps", 3);
    if (c.first_steps.empty()) {
        Paragraph("Your earlier results had no gaps, so there were no first steps to follow.");
        state.results.shown["compare acted on"] = "none";
        return;
    }
    const std::string acted = "You acted on " + std::to_string(c.acted_on) + " of the " + Plural(static_cast<int>(c.first_steps.size()), "first step", "first steps") +
                              " your earlier results put first.";
    state.results.shown["compare acted on"] = std::to_string(c.acted_on) + " of " + std::to_string(c.first_steps.size());
    Paragraph(acted.c_str());
    int rank = 0;
    for (const FirstStep& step : c.first_steps) {
        const Question& question = q.questions[static_cast<size_t>(step.question)];
        ImGui::Spacing();
        BoldParagraph(state.fonts, (std::to_string(++rank) + ". " + question.text).c_str());
        const std::string line = "Level " + std::to_string(step.earlier_today) + " then, " +
                                 (step.now_today > 0 ? "level " + std::to_string(step.now_today) + " now" : std::string("no level now")) + ": " +
                                 OutcomeWords(step.outcome) + ".";
        state.results.shown["compare step " + std::to_string(rank)] = line;
        MutedText(line.c_str());
    }
}

void NotComparedList(AppState& state, const Questionnaire& q, const EarlierState& e, const Comparison& c) {
    if (c.not_compared.empty() && !e.gap.migrated) return;
    SubHeading(state.fonts, "What could not be compared", 3);
    if (e.gap.migrated)
        Paragraph(("Your earlier results were made with version " + std::to_string(e.gap.from_version) + " of this questionnaire; today's is version " +
                   std::to_string(q.version) + ". The two are compared question by question, by each question's id.")
                      .c_str());
    state.results.shown["compare not compared"] = std::to_string(c.not_compared.size());
    if (c.not_compared.empty()) {
        Paragraph("Every answered question is in both versions, so nothing was left out.");
        return;
    }
    Paragraph((Plural(static_cast<int>(c.not_compared.size()), "question is", "questions are") + " in only one of the two and left out of the "
               "comparison:").c_str());
    for (size_t i = 0; i < c.not_compared.size() && i < kNotComparedShown; ++i) {
        const NotCompared& n = c.not_compared[i];
        const int qi = q.FindQuestion(n.question_id);
        const std::string what = qi >= 0 ? q.questions[static_cast<size_t>(qi)].text + " (" + n.question_id + ")" : "Question " + n.question_id;
        ImGui::Bullet();
        ImGui::SameLine();
        Paragraph((what + ": " + n.reason + ".").c_str());
    }
    if (c.not_compared.size() > kNotComparedShown)
        MutedText(("And " + std::to_string(c.not_compared.size() - kNotComparedShown) + " more.").c_str());
}

// The open and paste controls; `another`: an earlier result is already shown.
void OpenControls(AppState& state, Host& host, bool another) {
    EarlierState& e = state.earlier;
    const bool stacked = ColumnWidth() < Em(30.0f);
    const char* label = another ? "Compare with another earlier result\xE2\x80\xA6" : "Compare with an earlier result\xE2\x80\xA6";
    if (SecondaryButton(label, stacked ? ColumnWidth() : 0.0f)) PickEarlier(state, host);
    NoteTarget(state, "Compare earlier");
    if (another) {
        if (!stacked) SameLineIfFits("Remove comparison");
        if (SecondaryButton("Remove comparison", stacked ? ColumnWidth() : 0.0f)) RemoveEarlier(state, host);
        NoteTarget(state, "Remove comparison");
    }
    ImGui::Spacing();
    TextField("Or paste an earlier results link", "earlier-link", e.paste);
    NoteTarget(state, "Earlier link");
    if (SecondaryButton("Compare with this link", stacked ? ColumnWidth() : 0.0f)) OpenEarlierLink(state, host, e.paste);
    NoteTarget(state, "Compare link");
    state.results.shown["compare problem"] = e.problem;
    state.results.shown["compare message"] = e.message;
    if (!e.problem.empty()) {
        ImGui::Spacing();
        Banner(e.problem.c_str(), BannerKind::Warning);
    } else if (!e.message.empty()) {
        ImGui::Spacing();
        MutedText(e.message.c_str());
    }
}

} // namespace

void DrawCompare(AppState& state, Host& host, const Questionnaire& q) {
    EarlierState& e = state.earlier;
    const Comparison* c = CurrentComparison(state);
    state.results.shown["compare open"] = c ? "yes" : "no";
    if (!c) {
        if (e.open) {
            const std::string title = e.questionnaire >= 0 && e.questionnaire < static_cast<int>(state.questionnaires.size())
                                          ? state.questionnaires[static_cast<size_t>(e.questionnaire)].title
                                          : std::string("another questionnaire");
            Paragraph(("Your earlier results (" + e.source + ") answer " + title + ", but these results answer " + q.title +
                       ", so the two cannot be compared. Open earlier results of " + q.title + ", or remove the comparison.")
                          .c_str());
        } else {
            Paragraph("Took this assessment before? Open the results file you downloaded then, or paste its results link, to see what "
                      "rose and what fell since, area by area, and which of your first steps you took. The file stays on this device.");
        }
        ImGui::Spacing();
        OpenControls(state, host, e.open);
        return;
    }

    const std::string date = ShortDate(!e.result.updated.empty() ? e.result.updated : e.result.created);
    const std::string earlier_about = e.source + (date.empty() ? std::string() : ", " + date) +
                                      (e.result.mode == Mode::Quick ? ", quick scan" : ", full assessment");
    state.results.shown["compare earlier"] = earlier_about;
    Paragraph(("Earlier: " + earlier_about + ". Now: your current answers. The target is your current 12-month target.").c_str());
    if (c->modes_differ)
        MutedText("One of the two is a quick scan and the other a full assessment, so they rest on different questions: compare with care.");
    ImGui::Spacing();
    BoldParagraph(state.fonts, Sentence("Your overall index", c->overall).c_str());
    Paragraph(Sentence("Your systemic index", c->systemic).c_str());
    ImGui::Spacing();
    MutedText("Figures in percent; a change is in percentage points (now minus earlier).");
    ChangeTable(state, "compare-indices", "Progress: your two indices, earlier and now", "Index",
                {{"Overall index", "overall", &c->overall}, {"Systemic index", "systemic", &c->systemic}});
    ImGui::Spacing();
    std::vector<Row> areas, drivers;
    for (size_t a = 0; a < q.areas.size() && a < c->areas.size(); ++a) areas.push_back({q.areas[a].name, "area " + q.areas[a].id, &c->areas[a]});
    for (size_t d = 0; d < q.drivers.size() && d < c->drivers.size(); ++d)
        drivers.push_back({q.drivers[d].name, "driver " + q.drivers[d].id, &c->drivers[d]});
    ChangeTable(state, "compare-areas", "Progress: areas, earlier and now", "Area", areas);
    if (!drivers.empty()) {
        ImGui::Spacing();
        ChangeTable(state, "compare-drivers", "Progress: drivers, earlier and now", "Driver", drivers);
    }
    ImGui::Spacing();
    FirstSteps(state, q, *c);
    ImGui::Spacing();
    NotComparedList(state, q, e, *c);
    ImGui::Spacing();
    OpenControls(state, host, true);
}

} // namespace systemic
