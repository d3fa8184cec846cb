// settings.h — the reader's display settings (theme, text size): remembered on this device, read defensively.
// The UI applies them (ui/theme.h); this file only names, stores and reads them.
#pragma once

#include <string>

namespace systemic {

enum class Theme { Light, Dark, HighContrast };

struct UiSettings {
    Theme theme = Theme::Light;
    float text_scale = 1.0f;           // 0.875 .. 2.0 (WCAG 1.4.4 asks for 200 %); multiplies the body size
    bool operator==(const UiSettings& o) const { return theme == o.theme && text_scale == o.text_scale; }
    bool operator!=(const UiSettings& o) const { return !(*this == o); }
};

constexpr const char* kSettingsKey = "systemic.v1.settings";

const char* ThemeName(Theme theme);                          // "light", "dark", "high-contrast"
bool ParseTheme(const char* name, Theme* out);               // false when the name is unknown
std::string SettingsJson(const UiSettings& s);               // {"theme": ..., "text_scale": ...}
void ReadSettings(const std::string& text, UiSettings& s);   // stored text is untrusted: a bad field keeps its default

} // namespace systemic
