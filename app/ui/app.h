// app.h — the whole UI for one frame, and what the platform needs to know about it.
#pragma once

#include <string>

#include "app_state.h"
#include "host.h"

namespace systemic {

void InitApp(AppState& state, Host& host, bool prefers_dark);   // reads stored settings (or the system preference)
void DrawApp(AppState& state, Host& host);                     // draws one frame inside ImGui::NewFrame/Render and applies queued intents
std::string AppStateJson(const AppState& state);               // snapshot for window.systemic.state() and tests

} // namespace systemic
