// screens.h — one function per screen; each draws inside the app's full-window frame.
#pragma once

#include "app_state.h"
#include "host.h"

namespace systemic {

void DrawWelcome(AppState& state, Host& host);     // what this is, privacy, start
void DrawSettingsBar(AppState& state, Host& host); // theme and text size, at the foot of every screen

} // namespace systemic
