// app_state.h — what every screen is given: the application's model (state/app_model.h) plus the UI's own state:
// fonts, the pixel ratio, widget rectangles, per-question disclosures, the results screen's selections.
// Screens record intents in the model; the model applies them after the frame (state/intents.h).
#pragma once

#include <string>
#include <vector>

#include "fonts.h"
#include "glyphs.h"
#include "results_view.h"
#include "reports/qr_code.h"
#include "state/app_model.h"
#include "theme.h"

namespace systemic {

// Where a named widget was drawn in the last frame (framebuffer pixels): lets browser tests and
// diagnostics aim a click or tap at it without knowing the layout.
struct Target {
    std::string label;
    float x = 0, y = 0, w = 0, h = 0;
    bool focused = false;              // has the keyboard focus (Tab navigation)
    bool pinned = false;               // drawn outside the scrolling region (the pinned bar): never scrolled to
};

struct AppState : AppModel {
    UiFonts fonts;                     // set by the platform after each font rebuild
    GlyphSet glyphs;                   // characters seen beyond the atlas's base ranges (ui/glyphs.h)
    float pixel_ratio = 1.0f;          // device pixels per CSS pixel

    // The scrolling region every screen is drawn in (ui/app.cpp), and where it ends (framebuffer pixels):
    // a pinned bar may lie below it.
    unsigned int content_window = 0;   // ImGuiID
    float content_bottom = 0.0f;
    bool drawing_pinned = false;       // the pinned bar is being drawn (NoteTarget marks its targets)
    bool show_display = false;         // the header's text size and colours panel is open

    // Question screen.
    bool show_why = false;
    bool show_areas = false;           // the list of areas with progress, for jumping
    bool show_shortcuts = false;

    ResultsView results;               // the results screen: selections, open sections, what it drew
    std::vector<Target> targets;       // named widgets of the last frame (see NoteTarget)
    Screen targets_screen = Screen::Welcome;   // the screen the last frame drew: `screen` may already be the next one
    int targets_position = -1;         // the question the last frame drew (0-based position; -1 without an assessment)

    // Invitation builder: the QR code of invite_form.link, made again only when the link changes.
    std::string invite_qr_link;        // the link invite_qr encodes ("" before the first)
    QrEncode invite_qr;

    int seen_screen_changes = 0;       // the model's counters when the view last followed them (ui/app.cpp)
    int seen_question_changes = 0;
};

} // namespace systemic
