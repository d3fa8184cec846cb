// results_benchmark.cpp — the results screen's "Compared with other businesses" section: the quartile position of each
// area and of both indices against an opened benchmark, as a table (drawn, and a table in the semantic tree), with the
// benchmark's n and date; the rows and their words are the printed report's (reports/benchmark_out.h).
#include "results_benchmark.h"

#include <string>
#include <vector>

#include <imgui.h>

#include "reports/benchmark_out.h"
#include "state/benchmark_store.h"
#include "text/dates.h"
#include "theme.h"
#include "widgets.h"

namespace systemic {

namespace {

// "40.4 %" with a no-break space, so a narrow cell never puts the % sign on a line of its own (drawn text only: the
// semantic tree keeps the words as they are).
std::string KeepTogether(std::string text) {
    for (std::size_t at = text.find(" %"); at != std::string::npos; at = text.find(" %", at + 2)) text.replace(at, 1, "\xC2\xA0");
    return text;
}

// Where you stand, row by row: four columns on a wide column. On a phone three: the benchmark's n and median go
// under the position, in the same drawn cell but still a cell of their own in the semantic tree, so the table reads
// the same everywhere.
void PositionsTable(AppState& state, const std::vector<BenchmarkRow>& rows) {
    const bool narrow = ColumnWidth() < Em(30.0f);
    const int columns = narrow ? 3 : 4;
    ImGui::PushStyleVar(ImGuiStyleVar_CellPadding, ImVec2(Em(0.5f), Em(0.3f)));
    const bool table = ImGui::BeginTable("benchmark-table", columns, ImGuiTableFlags_Borders | ImGuiTableFlags_SizingStretchProp,
                                         ImVec2(ColumnWidth(), 0.0f));
    ImGui::PopStyleVar();
    if (!table) return;
    ImGui::TableSetupColumn("Score", ImGuiTableColumnFlags_WidthStretch, narrow ? 1.5f : 1.3f);
    ImGui::TableSetupColumn("Yours", ImGuiTableColumnFlags_WidthStretch, narrow ? 0.75f : 0.8f);
    ImGui::TableSetupColumn("Position", ImGuiTableColumnFlags_WidthStretch, narrow ? 1.85f : 1.5f);
    if (!narrow) ImGui::TableSetupColumn("Benchmark", ImGuiTableColumnFlags_WidthStretch, 1.3f);
    // On a phone the benchmark column is drawn under each position: a header node with no header of its own.
    SemTableHeader("Where your scores stand in the benchmark", narrow ? "Benchmark" : nullptr);
    ImGui::PushTextWrapPos(0.0f);   // each cell wraps at its own edge
    for (const BenchmarkRow& row : rows) {
        SemBeginGroup(SemRole::Row, "");
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        ImGui::TextWrapped("%s", row.name.c_str());
        SemCell(SemRole::RowHeader, row.name);
        ImGui::TableNextColumn();
        ImGui::TextWrapped("%s", KeepTogether(row.yours).c_str());
        SemCell(SemRole::Cell, row.yours);
        ImGui::TableNextColumn();
        // A position in bold, so the eye finds it; "not compared" stays plain.
        if (row.quartile > 0 && state.fonts.bold) ImGui::PushFont(state.fonts.bold);
        ImGui::TextWrapped("%s", row.position.c_str());
        if (row.quartile > 0 && state.fonts.bold) ImGui::PopFont();
        SemCell(SemRole::Cell, row.position);
        if (!narrow) ImGui::TableNextColumn();
        ImGui::PushStyleColor(ImGuiCol_Text, CurrentPalette().text_muted);
        ImGui::TextWrapped("%s", KeepTogether(row.compared).c_str());
        ImGui::PopStyleColor();
        SemCell(SemRole::Cell, row.compared);
        SemEndGroup();
        state.results.shown["benchmark " + row.key] = row.position;
    }
    ImGui::PopTextWrapPos();
    SemEndGroup();
    ImGui::EndTable();
}

void Message(const BenchmarkState& b) {
    if (b.message.empty()) return;
    if (b.message_is_error) Banner(b.message.c_str(), BannerKind::Warning);
    else MutedText(b.message.c_str());
}

} // namespace

void DrawBenchmark(AppState& state, Host& host, const Questionnaire& q, const Scores& s) {
    BenchmarkState& b = state.benchmark;
    const bool stacked = ColumnWidth() < Em(30.0f);
    if (!b.open) {
        Paragraph("See where your scores stand among other businesses that answered the same questionnaire. A consultant "
                  "or trade body can give you a benchmark file: it holds only counts and quartiles, no answers and no names, "
                  "and it is opened here, on this device.");
        ImGui::Spacing();
        Message(b);
        if (SecondaryButton("Open a benchmark file\xE2\x80\xA6", stacked ? ColumnWidth() : 0.0f)) host.PickFiles(false);
        NoteTarget(state, "Open benchmark");
        state.results.shown["benchmark"] = "";
        return;
    }
    const Benchmark& bench = *b.open;
    const Issues fit = BenchmarkFitIssues(state, q);
    const std::string about = "Benchmark: " + std::to_string(bench.n) + " results, built " + FriendlyDate(bench.created) +
                        (b.source.empty() ? std::string() : " (" + b.source + ")") + ".";
    state.results.shown["benchmark"] = about;
    BoldParagraph(state.fonts, about.c_str());
    Message(b);
    if (HasErrors(fit)) {
        const std::string why = "This benchmark cannot be compared with your answers: " + fit.front().message +
                                ". Remove it, or open a benchmark of the same questionnaire.";
        Banner(why.c_str(), BannerKind::Warning);
        state.results.shown["benchmark"] = why;
    } else {
        for (const Issue& issue : fit) MutedText(("Note: this benchmark was " + issue.message + ".").c_str());
        Paragraph(QuartileMeaning());
        MutedText("A score that fewer than 5 businesses have is not compared: figures from so few could identify one of them.");
        ImGui::Spacing();
        PositionsTable(state, BenchmarkRows(q, s, bench));
    }
    ImGui::Spacing();
    if (SecondaryButton("Open another benchmark file\xE2\x80\xA6", stacked ? ColumnWidth() : 0.0f)) host.PickFiles(false);
    NoteTarget(state, "Open benchmark");
    if (!stacked) SameLineIfFits("Remove benchmark");
    if (SecondaryButton("Remove benchmark", stacked ? ColumnWidth() : 0.0f)) {
        RemoveBenchmark(state, host);
        state.announcement = b.message;
    }
    NoteTarget(state, "Remove benchmark");
}

} // namespace systemic
