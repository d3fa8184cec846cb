// display.cpp — text is crisp only when the font is rasterised at device pixels: rebuild on change.
#include "display.h"

namespace systemic {

bool ApplyDisplay(AppState& state, const FontFaces& faces, float ratio, DisplayApplied& applied) {
    const bool new_glyphs = applied.glyph_generation != state.glyphs.generation;
    if (applied.ratio == ratio && applied.settings == state.settings && !new_glyphs) return false;
    const float scale = ratio * state.settings.text_scale;
    const bool rebuild = applied.ratio != ratio || applied.settings.text_scale != state.settings.text_scale || new_glyphs;
    if (rebuild) state.fonts = BuildFonts(faces, kBodyCssPx * scale, state.glyphs.atlas_extra);
    applied.glyph_generation = state.glyphs.generation;
    ApplyTheme(state.settings.theme, scale);
    applied.ratio = ratio;
    applied.settings = state.settings;
    state.pixel_ratio = ratio;
    return rebuild;
}

} // namespace systemic
