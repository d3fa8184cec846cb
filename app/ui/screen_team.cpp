// screen_team.cpp — the consultant's team view: add results by links or files, see the respondents, and the
// aggregated picture: spread, agreement, differences between roles, and a workshop agenda; exports.
#include <algorithm>
#include <cstdio>
#include <string>

#include <imgui.h>
#include <misc/cpp/imgui_stdlib.h>

#include "screens.h"
#include "semantics.h"
#include "state/benchmark_store.h"
#include "state/inbox.h"
#include "state/outbox.h"
#include "text/numbers.h"
#include "theme.h"
#include "widgets.h"

namespace systemic {

namespace {

// A range bar: the lightest band from lowest to highest respondent, the mean as a solid mark.
// One row of a range chart's table: name, lowest, average, highest, people (percent 0-100, "" without answers).
std::vector<std::string> RangeRow(const char* label, const TeamScore& s) {
    if (s.today.n <= 0) return {label, "", "", "", "0"};
    return {label, FormatPercent(s.today.min), FormatPercent(s.today.mean), FormatPercent(s.today.max), std::to_string(s.today.n)};
}

// A range chart's numbers as a table for screen readers (hidden; the bars and their lines are what is drawn).
void RangeTable(const char* caption, const std::vector<std::vector<std::string>>& rows, ImVec2 min) {
    SemTable(caption, {"Part", "Lowest", "Average", "Highest", "People"}, rows, min,
             ImVec2(min.x + ColumnRemaining(), ImGui::GetCursorScreenPos().y));
}

void RangeBar(const char* label, const TeamScore& s) {
    const Palette& p = CurrentPalette();
    Paragraph(label);
    const float width = ColumnRemaining();
    const ImVec2 pos = ImGui::GetCursorScreenPos();
    const float h = Em(0.7f);
    ImDrawList* dl = ImGui::GetWindowDrawList();
    dl->AddRectFilled(pos, ImVec2(pos.x + width, pos.y + h), p.card_border, h * 0.5f);
    char line[200];
    if (s.today.n > 0) {
        const float lo = width * static_cast<float>(s.today.min / 100.0), hi = width * static_cast<float>(s.today.max / 100.0);
        const float mean = width * static_cast<float>(s.today.mean / 100.0);
        dl->AddRectFilled(ImVec2(pos.x + lo, pos.y), ImVec2(pos.x + std::max(hi, lo + 2.0f), pos.y + h), p.card_selected, h * 0.5f);
        dl->AddRect(ImVec2(pos.x + lo, pos.y), ImVec2(pos.x + std::max(hi, lo + 2.0f), pos.y + h), p.accent, h * 0.5f);
        dl->AddRectFilled(ImVec2(pos.x + mean - Em(0.15f), pos.y - Em(0.2f)), ImVec2(pos.x + mean + Em(0.15f), pos.y + h + Em(0.2f)), p.accent);
        std::snprintf(line, sizeof line, "Average %.0f%%, from %.0f%% to %.0f%% across %d %s%s", s.today.mean, s.today.min,
                      s.today.max, s.today.n, s.today.n == 1 ? "person" : "people",
                      s.today.max - s.today.min > 25.0 ? "  ·  views differ" : "");
    } else {
        std::snprintf(line, sizeof line, "No answers");
    }
    ImGui::Dummy(ImVec2(width, h));
    MutedText(line);
}

constexpr int kMembersListedInFull = 20;   // a longer team is listed in a scrolling box, only the lines in view laid out

// The height of a Remove button (widgets.cpp sizes every button to at least 2.75 em, for fingers).
float RowHeight() { return std::max(Em(2.75f), ImGui::GetFrameHeight()); }

const char* RoleShort(int index) {
    static const char* kNames[] = {"Owner", "Manager", "Front line", "Other"};
    return index >= 0 && index < 4 ? kNames[index] : "";
}

} // namespace

void DrawTeam(AppState& state, Host& host) {
    TeamState& team = state.team;
    BeginColumn();
    Heading(state.fonts, "Team view");
    Paragraph("Bring together the results of several people from one organisation: where they agree, where views "
              "differ, and how owners, managers and front-line staff see things. Paste results links, or open "
              "results files (you can also drop them onto the page). Everything stays on this device.");
    ImGui::Spacing();
    TextField("Results links, one per line", "links", team.paste, nullptr, Em(5.0f));
    NoteTarget(state, "Links");
    if (PrimaryButton("Add results from links")) {
        if (AddTeamLinks(state, team.paste) > 0 && !team.messages_are_errors) team.paste.clear();
        state.announcement = team.messages.empty() ? "" : team.messages.back();
    }
    NoteTarget(state, "Add links");
    ImGui::SameLine();
    if (SecondaryButton("Open results files")) host.PickFiles(true);
    NoteTarget(state, "Open files");
    for (const std::string& m : team.messages)
        if (team.messages_are_errors) Banner(m.c_str(), BannerKind::Warning);
        else MutedText(m.c_str());
    if (!team.removed.empty()) {
        if (SecondaryButton("Undo")) {   // the message above names who was removed
            UndoRemoveTeamMember(state);
            state.announcement = team.messages.empty() ? "" : team.messages.back();
        }
        NoteTarget(state, "Undo remove");
    }

    if (InFileBatch(state)) {
        // Files still arriving, a slice between frames (state/inbox.h BeginFiles): how far it has got, and nothing that
        // would be redone at every slice (the picture is added up once, at the end).
        const FileBatch& batch = state.incoming;
        const std::string line = "Reading " + FormatCount(batch.shown_done) + " of " + FormatCount(batch.total) + " files\u2026";
        const std::string sofar = FormatCount(batch.shown_added) + (batch.shown_added == 1 ? " person" : " people") + " added so far" +
                                  (batch.shown_skipped > 0 ? ", " + FormatCount(batch.shown_skipped) + " skipped or refused"
                                                           : std::string()) +
                                  ". The team's picture appears when every file has been read; you can keep using the page.";
        ImGui::Spacing();
        Progress(batch.total > 0 ? static_cast<float>(batch.shown_done) / static_cast<float>(batch.total) : 0.0f, line.c_str(),
                 line.c_str());
        MutedText(sofar.c_str());
        EndColumn();
        return;
    }
    if (team.members.empty()) {
        ImGui::Spacing();
        MutedText("No results yet.");
        if (SecondaryButton("Back")) GoTo(state, Screen::Welcome);
        NoteTarget(state, "Back");
        EndColumn();
        return;
    }
    const Questionnaire& q = state.questionnaires[static_cast<size_t>(team.questionnaire)];
    const TeamScores& t = RefreshTeamScores(state);

    ImGui::Spacing();
    char head[160];
    std::snprintf(head, sizeof head, "%s %s · %s", FormatCount(t.respondents).c_str(), t.respondents == 1 ? "respondent" : "respondents", q.title.c_str());
    Heading(state.fonts, head);
    int remove = -1;
    auto member_row = [&](int i, bool wrap) {
        ImGui::PushID(i);
        const TeamMember& m = team.members[static_cast<size_t>(i)];
        const std::string line = m.label + "  (" + m.source + ")";
        const float top = ImGui::GetCursorPosY();
        if (SecondaryButton("Remove")) remove = i;
        NoteTarget(state, ("Remove " + std::to_string(i + 1)).c_str());
        ImGui::SameLine();
        ImGui::SetCursorPosY(top + (RowHeight() - ImGui::GetTextLineHeight()) * 0.5f);   // centred on the button
        if (wrap) {
            Paragraph(line.c_str());
        } else {
            const ImVec2 at = ImGui::GetCursorScreenPos();
            ImGui::TextUnformatted(line.c_str());
            SemAddText(SemRole::Text, line.c_str(), at, ImGui::GetItemRectMax());
        }
        ImGui::PopID();
    };
    const int count = static_cast<int>(team.members.size());
    if (count <= kMembersListedInFull) {
        for (int i = 0; i < count; ++i) member_row(i, true);
    } else {
        // A long team (thousands of files) scrolls in a box of its own, one line per person; only the lines in view
        // are laid out and described to the DOM tree.
        MutedText("Scroll the list to see everyone; each line has its own Remove button.");
        const float row = RowHeight() + ImGui::GetStyle().ItemSpacing.y;
        ImGui::BeginChild("##members", ImVec2(ColumnWidth(), row * 8.0f), ImGuiChildFlags_Border);
        ImGuiListClipper clipper;
        clipper.Begin(count, row);
        while (clipper.Step())
            for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; ++i) member_row(i, false);
        ImGui::EndChild();
    }
    if (remove >= 0) {
        RemoveTeamMember(state, remove);
        state.announcement = team.messages.empty() ? "" : team.messages.back();
        EndColumn();
        return;
    }
    // Kept in this browser (state/team_store.h) until cleared; when it cannot be, the header's notice says why.
    if (team.save_result == StorageResult::Saved && !team.stored_unreadable)
        MutedText("These results are kept in this browser until you clear the team.");
    else
        Banner("These results are not kept in this browser: they stay until this page is closed. Download the team CSV "
               "or report to keep them.",
               BannerKind::Warning);
    if (SecondaryButton("Clear the team")) state.confirm = Confirm::ClearTeam;
    NoteTarget(state, "Clear team");

    ImGui::Spacing();
    if (state.fonts.bold) ImGui::PushFont(state.fonts.bold);
    Paragraph("Overall and each part of the system, today");
    if (state.fonts.bold) ImGui::PopFont();
    MutedText("The band runs from the lowest to the highest person; the mark is the average.");
    ImVec2 chart = ImGui::GetCursorScreenPos();
    std::vector<std::vector<std::string>> rows{RangeRow("Overall index", t.overall)};
    RangeBar("Overall index", t.overall);
    for (size_t i = 0; i < q.areas.size(); ++i) {
        RangeBar(q.areas[i].name.c_str(), t.areas[i]);
        rows.push_back(RangeRow(q.areas[i].name.c_str(), t.areas[i]));
    }
    RangeTable("Each part of the system today, percent: lowest, average and highest person", rows, chart);
    ImGui::Spacing();
    if (state.fonts.bold) ImGui::PushFont(state.fonts.bold);
    Paragraph("What matters most in your sector");
    if (state.fonts.bold) ImGui::PopFont();
    MutedText("What wins and keeps customers in your sector. Each is fed by questions from several parts; what each means is below the chart.");
    chart = ImGui::GetCursorScreenPos();
    rows.clear();
    for (size_t i = 0; i < q.drivers.size(); ++i) {
        RangeBar(q.drivers[i].name.c_str(), t.drivers[i]);
        rows.push_back(RangeRow(q.drivers[i].name.c_str(), t.drivers[i]));
    }
    RangeTable("What matters most today, percent: lowest, average and highest person", rows, chart);
    // A driver's name alone ("Equitability") says little to an owner: what each one means, in the questionnaire's words.
    for (const Driver& driver : q.drivers)
        if (!driver.description.empty()) MutedText((driver.name + ": " + driver.description).c_str());

    // Roles: only when at least two roles have answers.
    int roles_present = 0;
    for (int r = 0; r < kRoleCount; ++r) roles_present += t.role_counts[static_cast<size_t>(r)] > 0;
    ImGui::Spacing();
    if (state.fonts.bold) ImGui::PushFont(state.fonts.bold);
    Paragraph("How different roles see it");
    if (state.fonts.bold) ImGui::PopFont();
    if (roles_present < 2) {
        MutedText("Needs answers from at least two roles (for example an owner and someone on the front line).");
    } else {
        // One line per part, the roles side by side: reads on a phone as well as on a desktop.
        for (size_t i = 0; i < q.areas.size(); ++i) {
            std::string line;
            double lo = 101.0, hi = -1.0;
            for (int r = 0; r < kRoleCount; ++r) {
                const RoleMean& m = t.areas[i].roles[static_cast<size_t>(r)];
                if (t.role_counts[static_cast<size_t>(r)] == 0 || m.n == 0) continue;
                char part[48];
                std::snprintf(part, sizeof part, "%s%s %.0f%%", line.empty() ? "" : "  ·  ", RoleShort(r), m.mean);
                line += part;
                lo = std::min(lo, m.mean);
                hi = std::max(hi, m.mean);
            }
            if (hi - lo >= 25.0) line += "  ·  roles see this differently";
            if (state.fonts.bold) ImGui::PushFont(state.fonts.bold);
            Paragraph(q.areas[i].name.c_str());
            if (state.fonts.bold) ImGui::PopFont();
            MutedText(line.empty() ? "No answers" : line.c_str());
        }
    }

    ImGui::Spacing();
    if (state.fonts.bold) ImGui::PushFont(state.fonts.bold);
    Paragraph("Workshop agenda");
    if (state.fonts.bold) ImGui::PopFont();
    MutedText("First the questions where views differ most, then the biggest gaps between today and the target.");
    if (t.agenda.empty()) MutedText("Nothing stands out: the team agrees and the targets are close to today.");
    for (size_t i = 0; i < t.agenda.size(); ++i) {
        const AgendaItem& item = t.agenda[i];
        const std::string line = std::to_string(i + 1) + ". " + q.questions[static_cast<size_t>(item.question)].text;
        Paragraph(line.c_str());
        const std::string why = std::string(item.reason == AgendaReason::Disagreement ? "Views differ: " : "Gap: ") + item.explanation;
        MutedText(why.c_str());
    }

    ImGui::Spacing();
    auto download = [&](TeamExportKind kind) {
        const ExportFile file = MakeTeamViewExport(state, kind, host.Now());
        host.Download(file.filename, file.mime, file.data);
    };
    if (SecondaryButton("Download team CSV")) download(TeamExportKind::Csv);
    NoteTarget(state, "Team CSV");
    ImGui::SameLine();
    if (SecondaryButton("Download team report")) download(TeamExportKind::ReportHtml);
    NoteTarget(state, "Team report");
    // An anonymous benchmark of these respondents (state/benchmark_store.h): refused below 5, with the reason.
    SameLineIfFits("Download as a benchmark");
    if (SecondaryButton("Download as a benchmark")) DownloadTeamBenchmark(state, host);
    NoteTarget(state, "Team benchmark");
    if (state.benchmark.download_for != static_cast<int>(team.members.size())) state.benchmark.download.clear();
    if (!state.benchmark.download.empty()) {
        if (state.benchmark.download_refused) Banner(state.benchmark.download.c_str(), BannerKind::Warning);
        else MutedText(state.benchmark.download.c_str());
    } else {
        MutedText("A benchmark holds only counts and quartiles of these results, no answers or names, so others can compare "
                  "their own results with this group. It needs at least 5 people.");
    }
    ImGui::Spacing();
    if (SecondaryButton("Back")) GoTo(state, Screen::Welcome);
    NoteTarget(state, "Back");
    EndColumn();
}

} // namespace systemic
