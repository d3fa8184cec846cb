// display.h — keeps fonts and style in step with the pixel ratio and the user's display settings.
#pragma once

#include "app_state.h"
#include "fonts.h"
#include "theme.h"

namespace systemic {

struct DisplayApplied {
    float ratio = 0.0f;          // 0 until the first call
    UiSettings settings;
    int glyph_generation = 0;    // state.glyphs.generation the atlas was built for
};

// Rebuilds the font atlas and style when the ratio or settings differ from `applied`, and the atlas alone when new
// characters were seen (state.glyphs, ui/glyphs.h).
// Returns true when the atlas was rebuilt, so the platform must upload the font texture again.
bool ApplyDisplay(AppState& state, const FontFaces& faces, float ratio, DisplayApplied& applied);

} // namespace systemic
