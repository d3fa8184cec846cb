// app.cpp — the frame: one full-window surface with a header, the current screen, then the queued intents
// (screen changes, new sessions, autosave, downloads, announcements) applied in one place.
#include "app.h"

#include <cstdio>

#include <nlohmann/json.hpp>

#include <imgui.h>
#include <imgui_internal.h>

#include "json_text.h"
#include "questionnaire_load.h"
#include "screens.h"
#include "sharing.h"

namespace systemic {

namespace {

constexpr const char* kSettingsKey = "systemic.v1.settings";

const struct { Screen screen; const char* id; } kScreens[] = {
    {Screen::Welcome, "welcome"},   {Screen::Sector, "sector"},    {Screen::About, "about"},
    {Screen::Priorities, "priorities"}, {Screen::Questions, "questions"}, {Screen::Review, "review"},
    {Screen::Results, "results"},   {Screen::Invite, "invite"},       {Screen::Invited, "invited"},
    {Screen::Team, "team"},
};

std::string SettingsJson(const UiSettings& s) {
    nlohmann::json j;
    j["theme"] = ThemeName(s.theme);
    j["text_scale"] = s.text_scale;
    return DumpJson(j);
}

// Stored settings are untrusted: anything unexpected keeps the default for that field.
void ReadSettings(const std::string& text, UiSettings& s) {
    JsonDocument doc = ParseJson(text);
    if (!doc.ok || !doc.value.is_object()) return;
    auto theme = doc.value.find("theme");
    if (theme != doc.value.end() && theme->is_string()) ParseTheme(theme->get_ref<const std::string&>().c_str(), &s.theme);
    auto scale = doc.value.find("text_scale");
    if (scale != doc.value.end() && scale->is_number()) {
        const double v = scale->get<double>();
        if (v >= 0.85 && v <= 1.5) s.text_scale = static_cast<float>(v);
    }
}

std::string DownloadName(const AppState& state) {
    std::string date = state.session.result.updated.substr(0, 10);
    if (date.empty()) date = "answers";
    const std::string id = HasSession(state) ? SessionQuestionnaire(state).id : std::string("saved");
    return "systemic-" + id + "-" + date + ".json";
}

// Screens that belong to the assessment itself: a resume returns to the last of these.
bool InAssessment(Screen screen) {
    return screen == Screen::About || screen == Screen::Priorities || screen == Screen::Questions ||
           screen == Screen::Review || screen == Screen::Results;
}

void Save(AppState& state, Host& host) {
    state.session.result.updated = host.Now();
    if (InAssessment(state.screen)) state.session.screen = ScreenId(state.screen);
    state.save_result = host.StorageSet(kSessionKey, SessionToJson(state.session));
    if (state.save_result == StorageResult::Saved) {
        state.saved_once = true;
        state.saved_at = state.session.result.updated;
    }
    state.dirty = false;
}

void StartSession(AppState& state, Host& host) {
    // Whatever could not be read stays in storage under another key: nothing recoverable is thrown away.
    if (!state.stored_raw.empty()) {
        host.StorageSet(kSessionBackupKey, state.stored_raw);
        state.stored_raw.clear();
        state.stored_problem.clear();
    }
    Respondent respondent = state.session.result.respondent;   // keep "about you" across a restart
    state.session = NewSession(state.questionnaires, state.chosen_questionnaire, state.chosen_mode, host.Now());
    state.session.result.respondent = respondent;
    // Started from an invitation for this questionnaire and mode: remember it for the results e-mail.
    if (state.screen == Screen::Invited) {
        state.session.invitation = EncodeInvitation(state.invitation);
        if (!state.invitation.client.empty() && state.session.result.respondent.organisation.empty())
            state.session.result.respondent.organisation = state.invitation.client;
    }
    state.restore_notes.clear();
    state.picking_target = false;
    state.dirty = true;
}

void ApplyIntents(AppState& state, Host& host, const UiSettings& settings_before) {
    if (state.want_start) {
        state.want_start = false;
        StartSession(state, host);
    }
    if (state.want_open_pending) {
        // An opened results file becomes the open assessment; the one it replaces was confirmed (and offered for download).
        state.want_open_pending = false;
        Session s;
        s.questionnaire = state.chosen_questionnaire;
        s.result = state.pending_result;
        s.asked = AskedQuestions(state.questionnaires[static_cast<size_t>(s.questionnaire)], s.result.mode);
        s.screen = "results";
        state.session = std::move(s);
        state.chosen_mode = state.session.result.mode;
        state.dirty = true;
        state.announcement = "Opened " + state.pending_name + ".";
        state.want_screen_change = true;
        state.next_screen = Screen::Results;
    }
    if (state.want_position && HasSession(state)) {
        state.want_position = false;
        const int n = static_cast<int>(state.session.asked.size());
        if (state.next_position >= 0 && state.next_position < n && state.next_position != state.session.position) {
            state.session.position = state.next_position;
            state.picking_target = false;
            state.show_why = false;
            state.dirty = true;
            AnnounceQuestion(state);
            ImGui::SetScrollY(0.0f);
        }
    }
    if (state.want_screen_change) {
        state.want_screen_change = false;
        if (state.next_screen != state.screen) {
            state.screen = state.next_screen;
            ImGui::SetScrollY(0.0f);
            // The focused widget belonged to the old screen. Dear ImGui 1.90.1 only starts tabbing from the top
            // when the focus highlight is hidden, so hide it: the next Tab lands on the new screen's first widget.
            ImGui::GetCurrentContext()->NavDisableHighlight = true;
            if (HasSession(state) && InAssessment(state.screen)) state.dirty = true;   // remember where the user is
            if (state.screen == Screen::Questions) AnnounceQuestion(state);
            else state.announcement = ScreenTitle(state.screen);
        }
    }
    if (state.want_download) {
        state.want_download = false;
        if (HasSession(state))
            host.Download(DownloadName(state), "application/json", SaveResult(state.session.result));
        else if (!state.stored_raw.empty())
            host.Download("systemic-unreadable-saved-data.json", "application/json", state.stored_raw);
    }
    if (state.dirty && HasSession(state)) Save(state, host);
    if (state.settings != settings_before) host.StorageSet(kSettingsKey, SettingsJson(state.settings));
    if (!state.announcement.empty()) {
        host.Announce(state.announcement);
        state.announcement.clear();
    }
}

} // namespace

const char* ScreenId(Screen screen) {
    for (const auto& s : kScreens)
        if (s.screen == screen) return s.id;
    return "unknown";
}

bool ScreenFromId(const std::string& id, Screen* out) {
    for (const auto& s : kScreens)
        if (id == s.id) {
            *out = s.screen;
            return true;
        }
    return false;
}

bool HasSession(const AppState& state) {
    return state.session.questionnaire >= 0 && state.session.questionnaire < static_cast<int>(state.questionnaires.size());
}

const Questionnaire& SessionQuestionnaire(const AppState& state) {
    return state.questionnaires[static_cast<size_t>(state.session.questionnaire)];
}

void GoTo(AppState& state, Screen screen) {
    state.want_screen_change = true;
    state.next_screen = screen;
}

void MarkChanged(AppState& state) { state.dirty = true; }

void InitApp(AppState& state, Host& host, bool prefers_dark, const std::vector<std::string>& questionnaire_texts) {
    state.settings.theme = prefers_dark ? Theme::Dark : Theme::Light;
    if (auto stored = host.StorageGet(kSettingsKey)) ReadSettings(*stored, state.settings);

    state.questionnaires.clear();
    for (const std::string& text : questionnaire_texts) {
        QuestionnaireLoad load = LoadQuestionnaire(text);
        if (load.questionnaire) state.questionnaires.push_back(std::move(*load.questionnaire));
        else state.load_problem = "One of the built-in questionnaires could not be loaded: this copy of the page is damaged.";
    }
    if (state.questionnaires.empty()) state.load_problem = "No questionnaires could be loaded: this copy of the page is damaged.";

    LoadStoredCustomQuestionnaires(state, host);
    // A saved assessment is offered for resuming on the welcome screen; unreadable data is kept and reported.
    if (auto stored = host.StorageGet(kSessionKey)) {
        SessionRestore restore = SessionFromJson(*stored, state.questionnaires);
        if (restore.ok) {
            state.session = std::move(restore.session);
            state.restore_notes = std::move(restore.notes);
            state.chosen_questionnaire = state.session.questionnaire;
            state.chosen_mode = state.session.result.mode;
            state.saved_once = true;
            state.saved_at = state.session.result.updated;
        } else {
            state.stored_problem = restore.problem;
            state.stored_raw = *stored;
        }
    }
    state.announcement = HasSession(state) ? "Systemic self-assessment. You have an assessment in progress."
                                           : "Systemic self-assessment. Welcome.";
}

void DrawApp(AppState& state, Host& host) {
    const UiSettings settings_before = state.settings;
    state.targets.clear();
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(viewport->Pos);
    ImGui::SetNextWindowSize(viewport->Size);
    const ImGuiWindowFlags flags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
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
    ImGui::End();
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
    } else {
        j["questionnaire"] = nullptr;
        j["answered"] = 0;
        j["total"] = 0;
    }
    j["saved"] = state.save_result == StorageResult::Saved && !state.dirty && state.saved_once;
    j["storage_problem"] = state.save_result != StorageResult::Saved;
    j["stored_problem"] = state.stored_problem;
    j["dialog"] = state.confirm == Confirm::StartOver ? "start-over" : state.confirm == Confirm::ReplaceWithFile ? "replace"
                : state.show_shortcuts ? "shortcuts" : "";
    j["team"] = static_cast<int>(state.team.members.size());
    j["file_problem"] = state.file_problem;
    // Targets in CSS pixels, the unit browser tests click in.
    nlohmann::json targets = nlohmann::json::array();
    const float r = state.pixel_ratio > 0.0f ? state.pixel_ratio : 1.0f;
    for (const Target& t : state.targets)
        targets.push_back({{"label", t.label}, {"x", t.x / r}, {"y", t.y / r}, {"w", t.w / r}, {"h", t.h / r}, {"focused", t.focused}});
    j["targets"] = std::move(targets);
    return DumpJson(j);
}

} // namespace systemic
