// theme.cpp — the three themes. Contrast ratios were chosen for WCAG AA body text (AAA in high contrast).
#include "theme.h"

#include <cstring>
#include <initializer_list>

#include <imgui.h>

namespace systemic {

namespace {

Palette g_palette;   // written only by ApplyTheme: it mirrors ImGui's own global style

ImVec4 Rgb(unsigned int rgb, float a = 1.0f) {
    return ImVec4(static_cast<float>((rgb >> 16) & 0xFF) / 255.0f, static_cast<float>((rgb >> 8) & 0xFF) / 255.0f,
                  static_cast<float>(rgb & 0xFF) / 255.0f, a);
}

unsigned int U32(unsigned int rgb) { return ImGui::ColorConvertFloat4ToU32(Rgb(rgb)); }

void Base(ImGuiStyle& s) {
    s.WindowPadding = ImVec2(16, 16);
    s.FramePadding = ImVec2(10, 14);   // text fields 16 + 2 × 14 = 44 CSS px tall: a touch target like the buttons
    s.ItemSpacing = ImVec2(10, 10);
    s.ItemInnerSpacing = ImVec2(8, 6);
    s.ScrollbarSize = 14;
    s.GrabMinSize = 14;
    s.WindowRounding = 0;
    s.ChildRounding = 8;
    s.FrameRounding = 6;
    s.PopupRounding = 8;
    s.ScrollbarRounding = 7;
    s.GrabRounding = 6;
    s.WindowBorderSize = 0;
    s.FrameBorderSize = 1;
}

} // namespace

void ApplyTheme(Theme theme, float scale) {
    ImGuiStyle style;
    Base(style);
    ImVec4* c = style.Colors;
    if (theme == Theme::Light) {
        ImGui::StyleColorsLight(&style);
        c[ImGuiCol_WindowBg] = Rgb(0xF7F7F4);
        c[ImGuiCol_ChildBg] = Rgb(0xFFFFFF);
        c[ImGuiCol_Text] = Rgb(0x1C1C1C);
        c[ImGuiCol_TextDisabled] = Rgb(0x5E5E5E);
        c[ImGuiCol_Border] = Rgb(0xBDBDB6);
        c[ImGuiCol_FrameBg] = Rgb(0xFFFFFF);
        c[ImGuiCol_FrameBgHovered] = Rgb(0xEEF3FA);
        c[ImGuiCol_FrameBgActive] = Rgb(0xE1EAF7);
        c[ImGuiCol_Button] = Rgb(0xE4E9F0);
        c[ImGuiCol_ButtonHovered] = Rgb(0xD3DDEA);
        c[ImGuiCol_ButtonActive] = Rgb(0xC0CFE3);
        c[ImGuiCol_Header] = Rgb(0xDCE7F5);
        c[ImGuiCol_HeaderHovered] = Rgb(0xCBDCF0);
        c[ImGuiCol_HeaderActive] = Rgb(0xB7CDEA);
        c[ImGuiCol_NavHighlight] = Rgb(0xC2410C);
        g_palette = {U32(0x1C1C1C), U32(0x5E5E5E), U32(0x1F5FAD), U32(0xFFFFFF), U32(0xFFFFFF),
                     U32(0xCFCFC8), U32(0xE3EDFA), U32(0x9A4B00), U32(0x1E7B34)};
    } else if (theme == Theme::Dark) {
        ImGui::StyleColorsDark(&style);
        c[ImGuiCol_WindowBg] = Rgb(0x17191C);
        c[ImGuiCol_ChildBg] = Rgb(0x202328);
        c[ImGuiCol_Text] = Rgb(0xECECEC);
        c[ImGuiCol_TextDisabled] = Rgb(0xA8A8A8);
        c[ImGuiCol_Border] = Rgb(0x454A52);
        c[ImGuiCol_FrameBg] = Rgb(0x262A30);
        c[ImGuiCol_FrameBgHovered] = Rgb(0x2F3540);
        c[ImGuiCol_FrameBgActive] = Rgb(0x36404F);
        c[ImGuiCol_Button] = Rgb(0x2E343D);
        c[ImGuiCol_ButtonHovered] = Rgb(0x3A424E);
        c[ImGuiCol_ButtonActive] = Rgb(0x46505E);
        c[ImGuiCol_Header] = Rgb(0x2C3A4F);
        c[ImGuiCol_HeaderHovered] = Rgb(0x344760);
        c[ImGuiCol_HeaderActive] = Rgb(0x3D5475);
        c[ImGuiCol_NavHighlight] = Rgb(0xFFB454);
        g_palette = {U32(0xECECEC), U32(0xA8A8A8), U32(0x6FA8F5), U32(0x0B0B0B), U32(0x202328),
                     U32(0x3A3F47), U32(0x22344D), U32(0xFFB454), U32(0x6BD08A)};
    } else {
        ImGui::StyleColorsDark(&style);
        c[ImGuiCol_WindowBg] = Rgb(0x000000);
        c[ImGuiCol_ChildBg] = Rgb(0x000000);
        c[ImGuiCol_Text] = Rgb(0xFFFFFF);
        c[ImGuiCol_TextDisabled] = Rgb(0xE0E0E0);
        c[ImGuiCol_Border] = Rgb(0xFFFFFF);
        c[ImGuiCol_FrameBg] = Rgb(0x000000);
        c[ImGuiCol_FrameBgHovered] = Rgb(0x1A1A1A);
        c[ImGuiCol_FrameBgActive] = Rgb(0x333333);
        c[ImGuiCol_Button] = Rgb(0x000000);
        c[ImGuiCol_ButtonHovered] = Rgb(0x333333);
        c[ImGuiCol_ButtonActive] = Rgb(0x555555);
        c[ImGuiCol_Header] = Rgb(0x003A80);
        c[ImGuiCol_HeaderHovered] = Rgb(0x0050B0);
        c[ImGuiCol_HeaderActive] = Rgb(0x0066DD);
        c[ImGuiCol_NavHighlight] = Rgb(0x00FFFF);
        c[ImGuiCol_ScrollbarGrab] = Rgb(0xFFFFFF);
        style.FrameBorderSize = 2;
        style.ChildBorderSize = 2;
        g_palette = {U32(0xFFFFFF), U32(0xE0E0E0), U32(0xFFFF00), U32(0x000000), U32(0x000000),
                     U32(0xFFFFFF), U32(0x003A80), U32(0xFFFF00), U32(0x00FF66)};
    }
    Base(style);
    if (theme == Theme::HighContrast) {
        style.FrameBorderSize = 2;
        style.ChildBorderSize = 2;
    }
    style.ScaleAllSizes(scale);
    ImGui::GetStyle() = style;
}

const Palette& CurrentPalette() { return g_palette; }

} // namespace systemic
