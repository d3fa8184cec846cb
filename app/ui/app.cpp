// app.cpp — the frame: one full-window surface with a header, the current screen and the dialogs; then the
// model applies the queued intents (state/intents.h) and the view follows what they changed.
#include "app.h"

#include <cstdio>

#include <nlohmann/json.hpp>

#include <imgui.h>
#include <imgui_internal.h>

#include "formats/json_document.h"
#include "screens.h"
#include "semantics.h"
#include "state/intents.h"

namespace systemic {

namespace {

// The model moved on (state/app_model.h counts screen and question changes): start the view afresh.
void FollowModel(AppState& state) {
    if (state.seen_question_changes != state.question_changes) {
        state.seen_question_changes = state.question_changes;
        state.picking_target = false;
        state.show_why = false;
        ImGui::SetScrollY(0.0f);
    }
    if (state.seen_screen_changes != state.screen_changes) {
        state.seen_screen_changes = state.screen_changes;
        ImGui::SetScrollY(0.0f);
        // The focused widget belonged to the old screen. Dear ImGui 1.90.1 only starts tabbing from the top
        // when the focus highlight is hidden, so hide it: the next Tab lands on the new screen's first widget.
        ImGui::GetCurrentContext()->NavDisableHighlight = true;
    }
}

} // namespace

void DrawApp(AppState& state, Host& host) {
    const UiSettings settings_before = state.settings;
    state.targets.clear();
    SemBeginFrame();
    state.wants_frames = false;
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(viewport->Pos);
    ImGui::SetNextWindowSize(viewport->Size);
    // A visible scrollbar on long screens (where the user is, how much is left; draggable with a mouse).
    const ImGuiWindowFlags flags = ImGuiWindowFlags_NoTitleBar | ImGuiWindowFlags_NoResize | ImGuiWindowFlags_NoCollapse | ImGuiWindowFlags_NoMove |
                                   ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoBringToFrontOnFocus;
    ImGui::Begin("Systemic", nullptr, flags);
    if (state.screen != Screen::Welcome) DrawHeader(state, host);
    switch (state.screen) {
    case Screen::Welcome: DrawWelcome(state, host); break;
    case Screen::Sector: DrawSector(state, host); break;
    case Screen::About: DrawAbout(state, host); break;
    case Screen::Priorities: DrawPriorities(state, host); break;
    case Screen::Questions: DrawQuestions(state, host); break;
    case Screen::Review: DrawReview(state, host); break;
    case Screen::Results:
        DrawResults(state, host);
        DrawShareBlock(state, host);
        break;
    case Screen::Invite: DrawInviteBuilder(state, host); break;
    case Screen::Invited: DrawInvited(state, host); break;
    case Screen::Team: DrawTeam(state, host); break;
    }
    if (state.screen == Screen::Welcome) DrawSettingsBar(state, host);
    DrawDialogs(state, host);
    ApplyIntents(state, host, settings_before);
    FollowModel(state);
    ImGui::End();
    SemEndFrame();
}

std::string AppStateJson(const AppState& state) {
    nlohmann::json j;
    j["screen"] = ScreenId(state.screen);
    j["theme"] = ThemeName(state.settings.theme);
    j["text_scale"] = state.settings.text_scale;
    j["pixel_ratio"] = state.pixel_ratio;
    j["font_px"] = state.fonts.body_px;
    j["organisation"] = state.session.result.respondent.organisation;
    if (HasSession(state)) {
        const Session& s = state.session;
        j["questionnaire"] = SessionQuestionnaire(state).id;
        j["mode"] = ModeName(s.result.mode);
        j["answered"] = CountDone(s.result, s.asked);
        j["total"] = static_cast<int>(s.asked.size());
        j["position"] = s.position;
        j["question"] = s.asked.empty() ? "" : SessionQuestionnaire(state).questions[static_cast<size_t>(s.asked[static_cast<size_t>(s.position)])].id;
        // The current question's levels and which one the level cards set: lets tests wait for a click's effect.
        const Answer* a = s.asked.empty() ? nullptr : FindAnswer(s.result, SessionQuestionnaire(state), s.asked[static_cast<size_t>(s.position)]);
        j["today"] = a ? a->today : 0;
        j["target"] = a ? a->target : 0;
        j["picking_target"] = state.picking_target;
    } else {
        j["questionnaire"] = nullptr;
        j["answered"] = 0;
        j["total"] = 0;
    }
    const bool blocked = state.save_block != SaveBlock::None;
    j["saved"] = state.save_result == StorageResult::Saved && !blocked && !state.dirty && state.saved_once;
    j["storage_problem"] = state.save_result != StorageResult::Saved || blocked;
    j["save_block"] = state.save_block == SaveBlock::Unreadable ? "unreadable"
                    : state.save_block == SaveBlock::OtherAssessment ? "other-assessment"
                    : state.save_block == SaveBlock::CopyNotKept ? "copy-not-kept" : "";
    j["storage_notice"] = state.storage_notice;
    j["kept_copies"] = static_cast<int>(state.kept_copies.size());
    j["stored_problem"] = state.stored_problem;
    j["restore_notes"] = static_cast<int>(state.restore_notes.size());
    j["dialog"] = state.confirm == Confirm::StartOver ? "start-over" : state.confirm == Confirm::ReplaceWithFile ? "replace"
                : state.confirm == Confirm::RemoveCopy ? "remove-copy" : state.show_shortcuts ? "shortcuts" : "";
    j["team"] = static_cast<int>(state.team.members.size());
    // Glyph coverage: characters shown beyond the base ranges, and those the atlas cannot draw (a placeholder box).
    nlohmann::json missing = nlohmann::json::array();
    auto note_missing = [&](char32_t c) {
        if (state.fonts.body && !state.fonts.body->FindGlyphNoFallback(static_cast<ImWchar>(c))) {
            char u[16];
            std::snprintf(u, sizeof u, "U+%04X", static_cast<unsigned>(c));
            missing.push_back(u);
        }
    };
    for (char32_t c : state.glyphs.atlas_extra) note_missing(c);
    for (char32_t c : state.glyphs.seen_other) note_missing(c);
    j["glyphs"] = {{"extra", state.glyphs.atlas_extra.size()}, {"missing", std::move(missing)}};
    j["team_files"] = {{"total", state.team.import.total}, {"done", state.team.import.done}};
    j["team_scored"] = !state.team.members.empty() && state.team.scores_for == static_cast<int>(state.team.members.size());
    j["team_messages"] = state.team.messages;
    j["file_problem"] = state.file_problem;
    // A tooltip drawn in the last frame (Dear ImGui names the first tooltip window "##Tooltip_00").
    const ImGuiWindow* tooltip = ImGui::GetCurrentContext() ? ImGui::FindWindowByName("##Tooltip_00") : nullptr;
    j["tooltip"] = tooltip != nullptr && tooltip->Active && !tooltip->Hidden;
    // Targets in CSS pixels, the unit browser tests click in.
    nlohmann::json targets = nlohmann::json::array();
    const float r = state.pixel_ratio > 0.0f ? state.pixel_ratio : 1.0f;
    for (const Target& t : state.targets)
        targets.push_back({{"label", t.label}, {"x", t.x / r}, {"y", t.y / r}, {"w", t.w / r}, {"h", t.h / r}, {"focused", t.focused}});
    j["targets"] = std::move(targets);
    return DumpJson(j);
}

} // namespace systemic
