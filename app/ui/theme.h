// theme.h — colours and sizes: light, dark and high-contrast themes, scaled to pixel ratio and text size.
#pragma once

#include "state/settings.h"   // Theme

namespace systemic {

void ApplyTheme(Theme theme, float scale);     // resets ImGui's style, applies the palette, scales every size by `scale`

// Colours the UI draws with beyond ImGui's own (accent for selection, muted text, chart series).
struct Palette {
    unsigned int text, text_muted, accent, accent_text, card, card_border, card_selected, warning, good;
};
const Palette& CurrentPalette();               // the palette of the theme last applied

} // namespace systemic
