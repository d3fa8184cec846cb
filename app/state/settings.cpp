// settings.cpp — display settings as stored text and back.
#include "state/settings.h"

#include <cstring>

#include <nlohmann/json.hpp>

#include "formats/json_document.h"

namespace systemic {

const char* ThemeName(Theme theme) {
    switch (theme) {
    case Theme::Light: return "light";
    case Theme::Dark: return "dark";
    case Theme::HighContrast: return "high-contrast";
    }
    return "light";
}

bool ParseTheme(const char* name, Theme* out) {
    for (Theme t : {Theme::Light, Theme::Dark, Theme::HighContrast}) {
        if (std::strcmp(name, ThemeName(t)) == 0) {
            *out = t;
            return true;
        }
    }
    return false;
}

std::string SettingsJson(const UiSettings& s) {
    nlohmann::json j;
    j["theme"] = ThemeName(s.theme);
    j["text_scale"] = s.text_scale;
    return DumpJson(j);
}

void ReadSettings(const std::string& text, UiSettings& s) {
    JsonDocument doc = ParseJson(text);
    if (!doc.ok || !doc.value.is_object()) return;
    auto theme = doc.value.find("theme");
    if (theme != doc.value.end() && theme->is_string()) ParseTheme(theme->get_ref<const std::string&>().c_str(), &s.theme);
    auto scale = doc.value.find("text_scale");
    if (scale != doc.value.end() && scale->is_number()) {
        const double v = scale->get<double>();
        if (v >= 0.85 && v <= 2.0) s.text_scale = static_cast<float>(v);
    }
}

} // namespace systemic
