// app_state.h — what every screen is given: the application's model (state/app_model.h) plus the UI's own state:
// fonts, the pixel ratio, widget rectangles, per-question disclosures, the results screen's selections.
// Screens record intents in the model; the model applies them after the frame (state/intents.h).
#pragma once

#include <string>
#include <vector>

#include "fonts.h"
#include "glyphs.h"
#include "results_view.h"
#include "state/app_model.h"
#include "theme.h"

namespace systemic {

// Where a named widget was drawn in the last frame (framebuffer pixels): lets browser tests and
// diagnostics aim a click or tap at it without knowing the layout.
struct Target {
    std::string label;
    float x = 0, y = 0, w = 0, h = 0;
    bool focused = false;              // has the keyboard focus (Tab navigation)
};

struct AppState : AppModel {
    UiFonts fonts;                     // set by the platform after each font rebuild
    GlyphSet glyphs;                   // characters seen beyond the atlas's base ranges (ui/glyphs.h)
    float pixel_ratio = 1.0f;          // device pixels per CSS pixel

    // Question screen.
    bool picking_target = false;       // level cards set the 12-month target instead of today
    bool show_why = false;
    bool show_areas = false;           // the list of areas with progress, for jumping
    bool show_shortcuts = false;

    ResultsView results;               // the results screen: selections, open sections, what it drew
    std::vector<Target> targets;       // named widgets of the last frame (see NoteTarget)

    int seen_screen_changes = 0;       // the model's counters when the view last followed them (ui/app.cpp)
    int seen_question_changes = 0;

    // The page draws only when its output changes and sleeps when it stops changing (platform/web/main_web.cpp).
    // Anything that moves by itself, without input, sets this during the frame to keep frames coming; DrawApp
    // clears it at the start of every frame. Nothing animates today.
    bool wants_frames = false;
};

} // namespace systemic
