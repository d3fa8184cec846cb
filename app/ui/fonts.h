// fonts.h — the UI's fonts: Noto Sans regular and bold, at a body and a heading size.
// Rebuilt whenever the device pixel ratio or the text-size setting changes, so text stays crisp.
#pragma once

#include <string_view>

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

UiFonts BuildFonts(const FontFaces& faces, float body_px);   // clears the atlas and adds the three fonts; caller re-uploads the texture

} // namespace systemic
