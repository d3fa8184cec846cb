// app_state.h — everything the UI shows and the user has chosen, passed explicitly to every screen.
// Screens record intents here; the frame loop applies them after drawing (see app.cpp).
#pragma once

#include <string>
#include <vector>

#include "fonts.h"
#include "theme.h"

namespace systemic {

enum class Screen { Welcome };

const char* ScreenId(Screen screen);   // stable id for tests and diagnostics: "welcome", ...

struct UiSettings {
    Theme theme = Theme::Light;
    float text_scale = 1.0f;           // 0.85 .. 1.5; multiplies the body size
    bool operator==(const UiSettings& o) const { return theme == o.theme && text_scale == o.text_scale; }
    bool operator!=(const UiSettings& o) const { return !(*this == o); }
};

// Where a named widget was drawn in the last frame (framebuffer pixels): lets browser tests and
// diagnostics aim a click or tap at it without knowing the layout.
struct Target {
    std::string label;
    float x = 0, y = 0, w = 0, h = 0;
};

struct AppState {
    Screen screen = Screen::Welcome;
    UiSettings settings;               // the platform rebuilds fonts and style when these change
    UiFonts fonts;                     // set by the platform after each font rebuild
    float pixel_ratio = 1.0f;          // device pixels per CSS pixel

    std::string organisation;          // welcome screen: the organisation's name (optional)
    bool settings_loaded = false;      // stored settings read once at start

    // Queued intents, applied after the frame so the frame draws one consistent state.
    bool want_screen_change = false;
    Screen next_screen = Screen::Welcome;
    std::string announcement;          // sent to the live region after the frame

    std::vector<Target> targets;       // named widgets of the last frame (see NoteTarget)
};

} // namespace systemic
