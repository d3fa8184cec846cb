// fonts.cpp — loads the embedded UI font into Dear ImGui's atlas at the current pixel size.
#include "fonts.h"

#include <cmath>

#include <imgui.h>

namespace systemic {

namespace {

ImFont* AddFace(std::string_view bytes, float px) {
    ImGuiIO& io = ImGui::GetIO();
    ImFontConfig config;
    config.FontDataOwnedByAtlas = false;   // the bytes live for the whole program
    config.OversampleH = 2;                // proportional text at fractional positions looks better
    config.OversampleV = 1;
    config.PixelSnapH = false;
    static const ImWchar kRanges[] = {0x0020, 0x00FF, 0x0152, 0x0153, 0x2013, 0x2026, 0x20AC, 0x20AC, 0x2122, 0x2122, 0};
    if (bytes.empty()) {
        config.SizePixels = px;
        return io.Fonts->AddFontDefault(&config);
    }
    return io.Fonts->AddFontFromMemoryTTF(const_cast<char*>(bytes.data()), static_cast<int>(bytes.size()), px,
                                          &config, kRanges);
}

} // namespace

UiFonts BuildFonts(const FontFaces& faces, float body_px) {
    ImGuiIO& io = ImGui::GetIO();
    io.Fonts->Clear();
    UiFonts fonts;
    fonts.body_px = std::round(body_px);
    fonts.body = AddFace(faces.regular, fonts.body_px);
    fonts.bold = AddFace(faces.bold.empty() ? faces.regular : faces.bold, fonts.body_px);
    fonts.heading = AddFace(faces.bold.empty() ? faces.regular : faces.bold, std::round(fonts.body_px * kHeadingScale));
    io.Fonts->Build();
    io.FontDefault = fonts.body;
    return fonts;
}

} // namespace systemic
