// intents.h — start-up and the end of every frame: what the screens asked for, applied to the model at once.
// Screens only queue intents (AppModel::want_*); ApplyIntents carries them out after the frame, so a frame never
// draws half-changed state.
#pragma once

#include <string>
#include <vector>

#include "state/app_model.h"
#include "state/host.h"

namespace systemic {

// Loads the shipped questionnaires from their JSON texts (the platform supplies them), reads stored settings
// (or follows the system's dark preference), the custom questionnaires kept before, any saved assessment and the
// team view kept before (state/team_store.h).
void InitApp(AppModel& state, Host& host, bool prefers_dark, const std::vector<std::string>& questionnaire_texts);
// Applies the queued intents, autosaves a changed session, stores changed settings, sends the announcement.
void ApplyIntents(AppModel& state, Host& host, const UiSettings& settings_before);

} // namespace systemic
