// key_map.cpp — the DOM → ImGui key table.
#include "key_map.h"

#include <cstring>

namespace systemic {

ImGuiKey KeyFromDomName(const char* name) {
    if (std::strncmp(name, "Key", 3) == 0 && name[3] >= 'A' && name[3] <= 'Z' && name[4] == 0)
        return static_cast<ImGuiKey>(ImGuiKey_A + (name[3] - 'A'));
    if (std::strncmp(name, "Digit", 5) == 0 && name[5] >= '0' && name[5] <= '9' && name[6] == 0)
        return static_cast<ImGuiKey>(ImGuiKey_0 + (name[5] - '0'));
    if (std::strncmp(name, "Numpad", 6) == 0 && name[6] >= '0' && name[6] <= '9' && name[7] == 0)
        return static_cast<ImGuiKey>(ImGuiKey_Keypad0 + (name[6] - '0'));
    if (name[0] == 'F' && name[1] >= '1' && name[1] <= '9') {
        const int n = name[2] == 0 ? name[1] - '0' : (name[1] - '0') * 10 + (name[2] - '0');
        if (n >= 1 && n <= 12) return static_cast<ImGuiKey>(ImGuiKey_F1 + n - 1);
    }
    static const struct { const char* dom; ImGuiKey key; } kNamed[] = {
        {"Tab", ImGuiKey_Tab}, {"ArrowLeft", ImGuiKey_LeftArrow}, {"ArrowRight", ImGuiKey_RightArrow},
        {"ArrowUp", ImGuiKey_UpArrow}, {"ArrowDown", ImGuiKey_DownArrow}, {"PageUp", ImGuiKey_PageUp},
        {"PageDown", ImGuiKey_PageDown}, {"Home", ImGuiKey_Home}, {"End", ImGuiKey_End},
        {"Insert", ImGuiKey_Insert}, {"Delete", ImGuiKey_Delete}, {"Backspace", ImGuiKey_Backspace},
        {" ", ImGuiKey_Space}, {"Enter", ImGuiKey_Enter}, {"Escape", ImGuiKey_Escape},
        {"NumpadEnter", ImGuiKey_KeypadEnter}, {"?", ImGuiKey_Slash}, {"/", ImGuiKey_Slash},
        {"-", ImGuiKey_Minus}, {"=", ImGuiKey_Equal}, {"+", ImGuiKey_Equal}, {",", ImGuiKey_Comma},
        {".", ImGuiKey_Period}, {"Control", ImGuiKey_LeftCtrl}, {"Shift", ImGuiKey_LeftShift},
        {"Alt", ImGuiKey_LeftAlt}, {"Meta", ImGuiKey_LeftSuper},
    };
    for (const auto& k : kNamed)
        if (std::strcmp(name, k.dom) == 0) return k.key;
    return ImGuiKey_None;
}

} // namespace systemic
