// header.cpp — the strip above every screen after the welcome: home, the step, and the autosave mark.
// When storage refuses to save, a warning with a download button stays in view until saving works again.
#include <string>

#include <imgui.h>

#include "screens.h"
#include "widgets.h"

namespace systemic {

void DrawStorageNotice(AppState& state) {
    if (state.storage_notice.empty()) return;
    Banner(state.storage_notice.c_str(), BannerKind::Info);
    if (SecondaryButton("OK, got it##notice")) state.storage_notice.clear();
    NoteTarget(state, "Dismiss notice");
}

void DrawHeader(AppState& state, Host& /*host*/) {
    BeginColumn();
    const float left = ImGui::GetCursorPosX();
    if (SecondaryButton("Home")) GoTo(state, Screen::Welcome);
    NoteTarget(state, "Home");
    ImGui::SameLine();
    // Text size and colours from every screen: someone who finds the text too small on question 3 needs it there.
    if (SecondaryButton(state.show_display ? "Close text size and colours##display" : "Text size and colours##display"))
        state.show_display = !state.show_display;
    SemMarkLast(state.show_display ? kSemExpanded : kSemCollapsed);
    NoteTarget(state, "Display");
    if (HasSession(state)) {
        ImGui::SameLine();
        // "Saved" only when the last write of this very state went through and nothing has stopped saving.
        const bool blocked = state.save_block != SaveBlock::None;
        const bool problem = blocked || state.save_result != StorageResult::Saved;
        const char* mark = problem ? "Not saved" : state.saved_once ? "Saved on this device" : "";
        const float w = ImGui::CalcTextSize(mark).x;
        if (w > ColumnRemaining()) ImGui::NewLine();   // large text on a phone: the mark goes under the buttons
        ImGui::SetCursorPosX(std::max(ImGui::GetCursorPosX(), left + ColumnWidth() - w));
        ImGui::SetCursorPosY(ImGui::GetCursorPosY() + (Em(2.75f) - ImGui::GetFontSize()) * 0.5f);
        ImGui::PushStyleColor(ImGuiCol_Text, problem ? CurrentPalette().warning : CurrentPalette().text_muted);
        Label(mark);
        ImGui::PopStyleColor();
        if (blocked) {
            Banner(state.save_block_message.c_str(), BannerKind::Warning);
            if (SecondaryButton("Download my answers")) state.want_download = true;
            NoteTarget(state, "Download answers");
            if (state.save_block == SaveBlock::CopyNotKept) {
                SameLineIfFits("Download the earlier data");
                if (SecondaryButton("Download the earlier data")) state.want_download_key = kSessionKey;
                NoteTarget(state, "Download earlier data");
                SameLineIfFits("Remove the earlier data");
                if (SecondaryButton("Remove the earlier data")) {
                    state.pending_key = kSessionKey;
                    state.confirm = Confirm::RemoveCopy;
                }
                NoteTarget(state, "Remove earlier data");
            } else {
                SameLineIfFits("Use the saved assessment");
                if (SecondaryButton("Use the saved assessment")) state.want_reload_stored = true;
                NoteTarget(state, "Use saved assessment");
            }
        } else if (problem) {
            const char* why = state.save_result == StorageResult::Full
                                  ? "This browser's storage is full, so your answers are not being saved."
                              : state.save_result == StorageResult::Unavailable
                                  ? "This browser does not allow saving here (private mode or blocked storage), so your answers are not being saved."
                                  : "Saving failed in this browser, so your answers are not being saved.";
            std::string text = std::string(why) + " You can carry on: download your answers to keep a copy.";
            if (state.save_result == StorageResult::Full && !state.kept_copies.empty())
                text += " Removing kept copies on the first page makes room.";
            Banner(text.c_str(), BannerKind::Warning);
            if (SecondaryButton("Download my answers")) state.want_download = true;
            NoteTarget(state, "Download answers");
        }
    }
    if (state.show_display) {
        ImGui::Spacing();
        DrawDisplaySettings(state);
    }
    DrawStorageNotice(state);
    ImGui::Spacing();
    EndColumn();
}

} // namespace systemic
