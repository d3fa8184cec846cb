// app.h — the whole UI for one frame, and what the platform needs to know about it.
#pragma once

#include <string>
#include <vector>

#include "app_state.h"
#include "state/host.h"
#include "state/inbox.h"
#include "state/intents.h"

namespace systemic {

// InitApp (state/intents.h) prepares the model; the platform hands files and the address's #fragment to
// ReceiveFile and OpenFragment (state/inbox.h) between frames.
void DrawApp(AppState& state, Host& host);                     // draws one frame inside ImGui::NewFrame/Render and applies queued intents
std::string AppStateJson(const AppState& state);               // snapshot for window.systemic.state() and tests

} // namespace systemic
