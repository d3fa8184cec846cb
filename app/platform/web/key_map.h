// key_map.h — DOM key names to Dear ImGui keys.
#pragma once

#include <imgui.h>

namespace systemic {

// `name` is KeyboardEvent.code for letters, digits, numpad and function keys (layout-independent, so
// Shift+1 is still "Digit1") and KeyboardEvent.key for everything else ("ArrowLeft", "Enter", ...).
ImGuiKey KeyFromDomName(const char* name);   // ImGuiKey_None when unknown

} // namespace systemic
