// dialogs.cpp — the confirmation before answers are replaced or the team view is cleared (with a download offered
// first), and the sheet of keyboard shortcuts.
#include <string>

#include <imgui.h>

#include "screens.h"
#include "state/inbox.h"
#include "state/outbox.h"
#include "widgets.h"

namespace systemic {

namespace {

bool BeginSheet(const char* id) {
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    const float width = std::min(vp->Size.x - Em(2.0f), Em(32.0f));
    ImGui::SetNextWindowPos(ImVec2(vp->Pos.x + vp->Size.x * 0.5f, vp->Pos.y + vp->Size.y * 0.5f), ImGuiCond_Always, ImVec2(0.5f, 0.5f));
    ImGui::SetNextWindowSize(ImVec2(width, 0.0f));
    if (!ImGui::IsPopupOpen(id)) ImGui::OpenPopup(id);
    if (!ImGui::BeginPopupModal(id, nullptr, ImGuiWindowFlags_NoTitleBar | ImGuiWindowFlags_NoMove |
                                                 ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_AlwaysAutoResize))
        return false;
    SemBeginGroup(SemRole::Dialog, id);   // a modal dialog: screen readers stay inside it
    return true;
}

void EndSheet() {
    SemEndGroup();
    ImGui::EndPopup();
}

} // namespace

void DrawDialogs(AppState& state, Host& host) {
    if (state.confirm == Confirm::StartOver) {
        if (BeginSheet("Start over?")) {
            ImGui::PushTextWrapPos(0.0f);
            Heading(state.fonts, "Start a new assessment?");
            const std::string what = "This replaces your answers in progress (" +
                                     SessionSummary(state.session, state.questionnaires) +
                                     "). Download them first if you want to keep a copy.";
            Paragraph(what.c_str());
            ImGui::PopTextWrapPos();
            ImGui::Spacing();
            if (SecondaryButton("Download my answers first")) state.want_download = true;
            NoteTarget(state, "Download first");
            if (PrimaryButton("Start over")) {
                if (state.screen == Screen::Sector || state.screen == Screen::Invited) {
                    state.want_start = true;
                    GoTo(state, Screen::About);
                } else {
                    GoTo(state, Screen::Sector);
                    state.chosen_questionnaire = -1;
                }
                state.confirm = Confirm::None;
                ImGui::CloseCurrentPopup();
            }
            NoteTarget(state, "Confirm start over");
            ImGui::SameLine();
            if (SecondaryButton("Cancel") || ImGui::IsKeyPressed(ImGuiKey_Escape, false)) {
                state.confirm = Confirm::None;
                ImGui::CloseCurrentPopup();
            }
            NoteTarget(state, "Cancel");
            EndSheet();
        }
    } else if (state.confirm == Confirm::ReplaceWithFile) {
        if (BeginSheet("Open these results?")) {
            ImGui::PushTextWrapPos(0.0f);
            Heading(state.fonts, "Open these results?");
            const std::string what = "Opening " + state.pending_name + " replaces your answers in progress (" +
                                     SessionSummary(state.session, state.questionnaires) +
                                     "). Download them first if you want to keep a copy.";
            Paragraph(what.c_str());
            ImGui::PopTextWrapPos();
            if (SecondaryButton("Download my answers first")) state.want_download = true;
            NoteTarget(state, "Download first");
            if (PrimaryButton("Open the file")) {
                state.want_open_pending = true;
                state.confirm = Confirm::None;
                ImGui::CloseCurrentPopup();
            }
            NoteTarget(state, "Confirm open");
            ImGui::SameLine();
            if (SecondaryButton("Cancel") || ImGui::IsKeyPressed(ImGuiKey_Escape, false)) {
                state.want_cancel_pending = true;   // the file and what it brought are dropped
                state.confirm = Confirm::None;
                ImGui::CloseCurrentPopup();
            }
            NoteTarget(state, "Cancel");
            ImGui::EndPopup();
        }
    } else if (state.confirm == Confirm::RemoveCopy) {
        if (BeginSheet("Remove saved data?")) {
            ImGui::PushTextWrapPos(0.0f);
            const bool earlier = state.pending_key == kSessionKey;
            Heading(state.fonts, earlier ? "Remove the earlier saved data?" : "Remove this kept copy?");
            Paragraph(earlier ? "It is removed from this browser for good, to make room for your assessment. Download it "
                                "first if you may need it."
                              : "It is removed from this browser for good. Download it first if you may need it.");
            ImGui::PopTextWrapPos();
            if (SecondaryButton("Download it first")) state.want_download_key = state.pending_key;
            NoteTarget(state, "Download first");
            if (PrimaryButton("Remove")) {
                state.want_remove_pending_key = true;
                state.confirm = Confirm::None;
                ImGui::CloseCurrentPopup();
            }
            NoteTarget(state, "Confirm remove");
            ImGui::SameLine();
            if (SecondaryButton("Cancel") || ImGui::IsKeyPressed(ImGuiKey_Escape, false)) {
                state.pending_key.clear();
                state.confirm = Confirm::None;
                ImGui::CloseCurrentPopup();
            }
            NoteTarget(state, "Cancel");
            EndSheet();
        }
    } else if (state.confirm == Confirm::ClearTeam) {
        if (BeginSheet("Clear the team?")) {
            ImGui::PushTextWrapPos(0.0f);
            Heading(state.fonts, "Clear the team?");
            const size_t n = state.team.members.size();
            const std::string what = "All " + std::to_string(n) + (n == 1 ? " respondent is" : " respondents are") +
                                     " removed from the team view and from this browser. Their results links and files are "
                                     "not changed. Download the team report first if you need it.";
            Paragraph(what.c_str());
            ImGui::PopTextWrapPos();
            if (n > 0 && state.team.questionnaire >= 0 && SecondaryButton("Download the team report first")) {
                const ExportFile file = MakeTeamViewExport(state, TeamExportKind::ReportHtml, host.Now());
                host.Download(file.filename, file.mime, file.data);
            }
            NoteTarget(state, "Download first");
            if (PrimaryButton("Clear the team")) {
                state.want_clear_team = true;
                state.confirm = Confirm::None;
                ImGui::CloseCurrentPopup();
            }
            NoteTarget(state, "Confirm clear team");
            ImGui::SameLine();
            if (SecondaryButton("Cancel") || ImGui::IsKeyPressed(ImGuiKey_Escape, false)) {
                state.confirm = Confirm::None;
                ImGui::CloseCurrentPopup();
            }
            NoteTarget(state, "Cancel");
            EndSheet();
        }
    } else if (state.show_shortcuts) {
        if (BeginSheet("Keyboard shortcuts")) {
            Heading(state.fonts, "Keyboard shortcuts");
            const char* rows[][2] = {
                {"1 to 5", "where you are today"},   {"Shift + 1 to 5", "where you want to be in 12 months"},
                {"D", "don't know"},                 {"N", "not applicable"},
                {"Enter or Right arrow", "next question"}, {"Left arrow", "previous question"},
                {"Tab, Shift + Tab", "move between buttons; Enter or Space presses"}, {"?", "show or hide this list"},
            };
            // Key on one line, what it does beside it (no table: Dear ImGui's tables would cost the page ~30 KB).
            for (const auto& r : rows) {
                if (state.fonts.bold) ImGui::PushFont(state.fonts.bold);
                Label(r[0]);
                if (state.fonts.bold) ImGui::PopFont();
                ImGui::SameLine(Em(11.0f));
                ImGui::PushTextWrapPos(0.0f);
                Label(r[1]);
                ImGui::PopTextWrapPos();
            }
            if (PrimaryButton("Close") || ImGui::IsKeyPressed(ImGuiKey_Escape, false)) {
                state.show_shortcuts = false;
                ImGui::CloseCurrentPopup();
            }
            NoteTarget(state, "Close");
            EndSheet();
        }
    }
}

} // namespace systemic
