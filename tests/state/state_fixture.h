// state_fixture.h — an application model started the way the page starts it, over an in-memory host.
#pragma once

#include <string>
#include <vector>

#include "formats/builtin.h"
#include "headless_host.h"
#include "state/app_model.h"
#include "state/intents.h"

namespace systemic::test {

struct Model {
    HeadlessHost host;
    AppModel state;

    explicit Model(bool prefers_dark = false) { Start(prefers_dark); }
    void Start(bool prefers_dark = false) {
        state = AppModel{};
        std::vector<std::string> texts;
        for (const BuiltinQuestionnaire& b : BuiltinQuestionnaires()) texts.emplace_back(b.json);
        InitApp(state, host, prefers_dark, texts);
        Apply();
    }
    // What the end of a frame does: the queued intents, applied at once.
    void Apply() { ApplyIntents(state, host, settings_before); settings_before = state.settings; }
    // Starts an assessment the way the sector screen does: choose, then Continue.
    void Begin(int questionnaire, Mode mode) {
        state.chosen_questionnaire = questionnaire;
        state.chosen_mode = mode;
        state.want_start = true;
        GoTo(state, Screen::Questions);
        Apply();
    }
    UiSettings settings_before;
};

} // namespace systemic::test
