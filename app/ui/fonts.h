// fonts.h — the UI's fonts: Noto Sans regular and bold, at a body and a heading size.
// Rebuilt whenever the device pixel ratio or the text-size setting changes, so text stays crisp.
#pragma once

#include <string_view>
#include <vector>

struct ImFont;

namespace systemic {

struct FontFaces {
    std::string_view regular;    // TrueType bytes; empty to fall back to Dear ImGui's built-in font
    std::string_view bold;
};

struct UiFonts {
    ImFont* body = nullptr;
    ImFont* bold = nullptr;
    ImFont* heading = nullptr;
    float body_px = 16.0f;       // body size in framebuffer pixels (CSS size × pixel ratio × text scale)
};

constexpr float kBodyCssPx = 16.0f;       // body text size in CSS pixels at text scale 1
constexpr float kHeadingScale = 1.5f;     // heading size relative to body

// Clears the atlas and adds the three fonts with the base ranges plus `extra` code points (ui/glyphs.h), and a
// placeholder box as U+FFFD in each, which Dear ImGui then draws for any character the atlas lacks. body_px is in
// framebuffer pixels. The caller re-uploads the texture.
UiFonts BuildFonts(const FontFaces& faces, float body_px, const std::vector<char32_t>& extra = {});

} // namespace systemic
