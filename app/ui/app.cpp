// app.cpp — the frame: one full-window surface, the current screen, then the queued intents.
#include "app.h"

#include <nlohmann/json.hpp>

#include <imgui.h>

#include "json_text.h"
#include "screens.h"

namespace systemic {

namespace {

constexpr const char* kSettingsKey = "systemic.v1.settings";

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

void ApplyIntents(AppState& state, Host& host, const UiSettings& settings_before) {
    if (state.want_screen_change) {
        state.screen = state.next_screen;
        state.want_screen_change = false;
        ImGui::SetScrollY(0.0f);
    }
    if (state.settings != settings_before) host.StorageSet(kSettingsKey, SettingsJson(state.settings));
    if (!state.announcement.empty()) {
        host.Announce(state.announcement);
        state.announcement.clear();
    }
}

} // namespace

const char* ScreenId(Screen screen) {
    switch (screen) {
    case Screen::Welcome: return "welcome";
    }
    return "unknown";
}

void InitApp(AppState& state, Host& host, bool prefers_dark) {
    state.settings.theme = prefers_dark ? Theme::Dark : Theme::Light;
    if (auto stored = host.StorageGet(kSettingsKey)) ReadSettings(*stored, state.settings);
    state.settings_loaded = true;
    state.announcement = "Systemic self-assessment. Welcome.";
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
    switch (state.screen) {
    case Screen::Welcome: DrawWelcome(state, host); break;
    }
    DrawSettingsBar(state, host);
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
    j["organisation"] = state.organisation;
    // Targets in CSS pixels, the unit browser tests click in.
    nlohmann::json targets = nlohmann::json::array();
    const float r = state.pixel_ratio > 0.0f ? state.pixel_ratio : 1.0f;
    for (const Target& t : state.targets)
        targets.push_back({{"label", t.label}, {"x", t.x / r}, {"y", t.y / r}, {"w", t.w / r}, {"h", t.h / r}});
    j["targets"] = std::move(targets);
    return DumpJson(j);
}

} // namespace systemic
