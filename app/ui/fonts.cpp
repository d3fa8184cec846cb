// fonts.cpp — loads the embedded UI font into Dear ImGui's atlas at the current pixel size.
#include "fonts.h"

#include <algorithm>
#include <cmath>

#include <imgui.h>

namespace systemic {

namespace {

// Glyph ranges must outlive the atlas build that reads them; rebuilt by each BuildFonts.
std::vector<ImWchar> g_ranges;

constexpr ImWchar kPlaceholder = 0xFFFD;   // U+FFFD REPLACEMENT CHARACTER: Dear ImGui's first choice of fallback glyph

// The placeholder: a hollow box from cap height to the baseline. Noto Sans's ascent and cap height are 1069 and
// 714 units of an em whose ascent-to-descent span (1362 units) is what Dear ImGui scales to `px`.
int AddPlaceholder(ImFont* font, float px) {
    const int w = std::max(4, static_cast<int>(std::lround(px * 0.42f)));
    const int h = std::max(6, static_cast<int>(std::lround(px * 0.524f)));
    const float top = std::round(px * (1069.0f - 714.0f) / 1362.0f);
    return ImGui::GetIO().Fonts->AddCustomRectFontGlyph(font, kPlaceholder, w, h, std::round(px * 0.6f),
                                                         ImVec2(std::round(px * 0.09f), top));
}

void DrawPlaceholder(int rect_index, float px) {
    ImFontAtlas* atlas = ImGui::GetIO().Fonts;
    unsigned char* pixels = nullptr;
    int width = 0, height = 0;
    atlas->GetTexDataAsAlpha8(&pixels, &width, &height);
    const ImFontAtlasCustomRect* r = atlas->GetCustomRectByIndex(rect_index);
    if (!pixels || !r || !r->IsPacked()) return;
    const int stroke = std::max(1, static_cast<int>(std::lround(px / 14.0f)));
    for (int y = 0; y < r->Height; ++y)
        for (int x = 0; x < r->Width; ++x) {
            const bool edge = x < stroke || y < stroke || x >= r->Width - stroke || y >= r->Height - stroke;
            pixels[(r->Y + y) * width + r->X + x] = edge ? 0xFF : 0x00;
        }
}

ImFont* AddFace(std::string_view bytes, float px) {
    ImGuiIO& io = ImGui::GetIO();
    ImFontConfig config;
    config.FontDataOwnedByAtlas = false;   // the bytes live for the whole program
    config.OversampleH = 2;                // proportional text at fractional positions looks better
    config.OversampleV = 1;
    config.PixelSnapH = false;
    if (bytes.empty()) {
        config.SizePixels = px;
        return io.Fonts->AddFontDefault(&config);
    }
    return io.Fonts->AddFontFromMemoryTTF(const_cast<char*>(bytes.data()), static_cast<int>(bytes.size()), px,
                                          &config, g_ranges.data());
}

} // namespace

UiFonts BuildFonts(const FontFaces& faces, float body_px, const std::vector<char32_t>& extra) {
    ImGuiIO& io = ImGui::GetIO();
    io.Fonts->Clear();
    // Base ranges (ui/glyphs.h InBaseRanges), then each extra code point as a range of one.
    g_ranges = {0x0020, 0x00FF, 0x0152, 0x0153, 0x2013, 0x2026, 0x20AC, 0x20AC, 0x2122, 0x2122};
    for (char32_t c : extra) {
        g_ranges.push_back(static_cast<ImWchar>(c));
        g_ranges.push_back(static_cast<ImWchar>(c));
    }
    g_ranges.push_back(0);
    UiFonts fonts;
    fonts.body_px = std::round(body_px);
    const float heading_px = std::round(fonts.body_px * kHeadingScale);
    fonts.body = AddFace(faces.regular, fonts.body_px);
    fonts.bold = AddFace(faces.bold.empty() ? faces.regular : faces.bold, fonts.body_px);
    fonts.heading = AddFace(faces.bold.empty() ? faces.regular : faces.bold, heading_px);
    const int boxes[] = {AddPlaceholder(fonts.body, fonts.body_px), AddPlaceholder(fonts.bold, fonts.body_px),
                         AddPlaceholder(fonts.heading, heading_px)};
    io.Fonts->Build();
    DrawPlaceholder(boxes[0], fonts.body_px);
    DrawPlaceholder(boxes[1], fonts.body_px);
    DrawPlaceholder(boxes[2], heading_px);
    io.FontDefault = fonts.body;
    return fonts;
}

} // namespace systemic
