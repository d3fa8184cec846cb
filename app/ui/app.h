// app.h — the whole UI for one frame, and what the platform needs to know about it.
#pragma once

#include <string>
#include <vector>

#include "app_state.h"
#include "host.h"

namespace systemic {

// Loads the shipped questionnaires from their JSON texts (the platform supplies them), reads stored settings
// (or follows the system's dark preference) and any saved assessment.
void InitApp(AppState& state, Host& host, bool prefers_dark, const std::vector<std::string>& questionnaire_texts);
void DrawApp(AppState& state, Host& host);
// From the platform, between frames: a file the user opened or dropped, and the address's #fragment.
void ReceiveFile(AppState& state, Host& host, const std::string& name, const std::string& text);
void OpenFragment(AppState& state, Host& host, const std::string& fragment);                     // draws one frame inside ImGui::NewFrame/Render and applies queued intents
std::string AppStateJson(const AppState& state);               // snapshot for window.systemic.state() and tests

} // namespace systemic
