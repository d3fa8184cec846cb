// app.cpp — the frame: one full-window surface with a header, the current screen and the dialogs; then the
// model applies the queued intents (state/intents.h) and the view follows what they changed.
#include "app.h"

#include <algorithm>
#include <cstdio>

#include <nlohmann/json.hpp>

#include <imgui.h>
#include <imgui_internal.h>

#include "formats/json_document.h"
#include "screens.h"
#include "semantics.h"
#include "state/intents.h"
#include "widgets.h"

namespace systemic {

namespace {

// The model moved on (state/app_model.h counts screen and question changes): start the view afresh.
void FollowModel(AppState& state) {
    ImGuiWindow* content = ImGui::FindWindowByID(state.content_window);
    if (state.seen_question_changes != state.question_changes) {
        state.seen_question_changes = state.question_changes;
        state.show_why = false;
        if (content) ImGui::SetScrollY(content, 0.0f);
    }
    if (state.seen_screen_changes != state.screen_changes) {
        state.seen_screen_changes = state.screen_changes;
        if (content) ImGui::SetScrollY(content, 0.0f);
        // The focused widget belonged to the old screen. Dear ImGui 1.90.1 only starts tabbing from the top
        // when the focus highlight is hidden, so hide it: the next Tab lands on the new screen's first widget.
        ImGui::GetCurrentContext()->NavDisableHighlight = true;
    }
}

} // namespace

void DrawApp(AppState& state, Host& host) {
    const UiSettings settings_before = state.settings;
    state.targets.clear();
    state.targets_screen = state.screen;   // the targets recorded below belong to this screen, even if it changes after the frame
    state.targets_position = HasSession(state) ? state.session.position : -1;   // and to this question (Next moves on after it)
    SemBeginFrame();
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(viewport->Pos);
    ImGui::SetNextWindowSize(viewport->Size);
    // The main window itself does not scroll: the screen scrolls in the child "content" below, which shows the
    // scrollbar on long screens (where the user is, how much is left; draggable with a mouse).
    const ImGuiWindowFlags flags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
                                   ImGuiWindowFlags_NoBringToFrontOnFocus | ImGuiWindowFlags_NoScrollWithMouse;
    const ImVec2 padding = ImGui::GetStyle().WindowPadding;
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(0.0f, 0.0f));
    ImGui::Begin("Systemic", nullptr, flags);
    ImGui::PopStyleVar();

    // The screen scrolls in a region of its own; a bar pinned to the bottom of the viewport (the question
    // screen's progress, Back and Next) stays in reach without scrolling. NavFlattened lets Tab cross between them.
    const float bar_h = state.screen == Screen::Questions ? QuestionBarHeight(state) : 0.0f;
    ImGui::PushStyleColor(ImGuiCol_ChildBg, ImGui::GetStyleColorVec4(ImGuiCol_WindowBg));
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, padding);
    ImGui::PushStyleVar(ImGuiStyleVar_ChildBorderSize, 0.0f);
    ImGui::BeginChild("content", ImVec2(0.0f, -bar_h), ImGuiChildFlags_AlwaysUseWindowPadding, ImGuiWindowFlags_NavFlattened);
    state.content_window = ImGui::GetCurrentWindow()->ID;
    state.content_bottom = ImGui::GetWindowPos().y + ImGui::GetWindowHeight();
    if (state.screen != Screen::Welcome) DrawHeader(state, host);
    switch (state.screen) {
    case Screen::Welcome: DrawWelcome(state, host); break;
    case Screen::Sector: DrawSector(state, host); break;
    case Screen::About: DrawAbout(state, host); break;
    case Screen::Priorities: DrawPriorities(state, host); break;
    case Screen::Questions: DrawQuestions(state, host); break;
    case Screen::Review: DrawReview(state, host); break;
    case Screen::Results: DrawResults(state, host); break;
    case Screen::Invite: DrawInviteBuilder(state, host); break;
    case Screen::Invited: DrawInvited(state, host); break;
    case Screen::Team: DrawTeam(state, host); break;
    }
    if (state.screen == Screen::Welcome) DrawSettingsBar(state, host);
    ImGui::EndChild();
    if (bar_h > 0.0f) {
        // Flush with the viewport's bottom edge (EndChild left an item spacing above the cursor).
        ImGui::SetCursorScreenPos(ImVec2(viewport->Pos.x, viewport->Pos.y + viewport->Size.y - bar_h));
        ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(padding.x, Em(0.5f)));
        ImGui::BeginChild("bar", ImVec2(0.0f, bar_h), ImGuiChildFlags_AlwaysUseWindowPadding,
                          ImGuiWindowFlags_NavFlattened | ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NoScrollWithMouse);
        const ImVec2 top = ImGui::GetWindowPos();
        ImGui::GetWindowDrawList()->AddLine(top, ImVec2(top.x + ImGui::GetWindowWidth(), top.y), ImGui::GetColorU32(ImGuiCol_Border),
                                            std::max(1.0f, Em(0.0625f)));
        state.drawing_pinned = true;
        DrawQuestionBar(state, host);
        state.drawing_pinned = false;
        ImGui::EndChild();
        ImGui::PopStyleVar();
    }
    ImGui::PopStyleVar(2);
    ImGui::PopStyleColor();
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
        if (!s.asked.empty()) {
            // The current question's answer, as the question screen shows it.
            const Answer& a = s.result.answers[static_cast<size_t>(s.asked[static_cast<size_t>(s.position)])];
            j["today"] = a.today;
            j["target"] = a.target;
            j["status"] = AnswerStatusName(a.status);
        }
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
                : state.confirm == Confirm::RemoveCopy ? "remove-copy" : state.confirm == Confirm::ClearTeam ? "clear-team"
                : state.show_shortcuts ? "shortcuts" : "";
    j["team"] = static_cast<int>(state.team.members.size());
    j["team_kept"] = state.team.save_result == StorageResult::Saved && !state.team.stored_unreadable;
    j["team_files"] = {{"total", state.incoming.total}, {"done", state.incoming.done}};
    j["team_scored"] = !state.team.members.empty() && state.team.scores_for == static_cast<int>(state.team.members.size());
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
    j["team_messages"] = state.team.messages;
    if (state.benchmark.open) j["benchmark"] = {{"n", state.benchmark.open->n}, {"created", state.benchmark.open->created}};
    else j["benchmark"] = nullptr;
    j["benchmark_message"] = state.benchmark.message;
    j["file_problem"] = state.file_problem;
    // Targets in CSS pixels, the unit browser tests click in.
    nlohmann::json targets = nlohmann::json::array();
    const float r = state.pixel_ratio > 0.0f ? state.pixel_ratio : 1.0f;
    for (const Target& t : state.targets)
        targets.push_back({{"label", t.label}, {"x", t.x / r}, {"y", t.y / r}, {"w", t.w / r}, {"h", t.h / r}, {"focused", t.focused}, {"pinned", t.pinned}});
    j["targets"] = std::move(targets);
    j["targets_screen"] = ScreenId(state.targets_screen);
    j["targets_position"] = state.targets_position;
    j["view_bottom"] = state.content_bottom / r;   // the scrolling region ends here: below it is the pinned bar
    return DumpJson(j);
}

} // namespace systemic
