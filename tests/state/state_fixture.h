// state_fixture.h — an application model started the way the page starts it, over an in-memory host.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "formats/builtin.h"
#include "headless_host.h"
#include "state/app_model.h"
#include "state/autosave.h"
#include "state/history.h"
#include "state/intents.h"

namespace systemic::test {

struct Model {
    HeadlessHost host;
    AppModel state;

    explicit Model(bool prefers_dark = false) { Start(prefers_dark); }
    // Another tab of the same browser: shares `storage`, hears the other tabs' writes as storage events.
    Model(std::shared_ptr<HeadlessStorage> storage, const std::string& tab) : host(std::move(storage), tab) { Start(); }
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
    // The browser hands this tab the storage events of the other tabs' writes (as platform.js does).
    void Deliver() {
        std::vector<std::string> keys;
        keys.swap(host.storage_events);
        for (const std::string& key : keys) StorageChanged(state, host, key);
    }
    // One answer, as the question screen records it: today's level, then the end of the frame.
    void Choose(int nth, int level) {
        SetToday(state.session.result.answers[static_cast<size_t>(state.session.asked[static_cast<size_t>(nth)])], level);
        MarkChanged(state);
        Apply();
    }
    // The browser's Back and Forward buttons: the entry before or after becomes current, and popstate hands its
    // place to the model (as platform.js does).
    void Back() { Travel(-1); }
    void Forward() { Travel(+1); }
    void Travel(int step) {
        host.history_index += step;
        GoToPlace(state, host, host.history.at(static_cast<size_t>(host.history_index)));
        Apply();
    }
    // A reload: same storage and history, fresh model; the page goes to the current entry's place before its first frame.
    void Reload() {
        state = AppModel{};
        std::vector<std::string> texts;
        for (const BuiltinQuestionnaire& b : BuiltinQuestionnaires()) texts.emplace_back(b.json);
        InitApp(state, host, false, texts);
        GoToPlace(state, host, host.history.at(static_cast<size_t>(host.history_index)));
        Apply();
    }
    std::string Entry() const { return host.history.at(static_cast<size_t>(host.history_index)); }
    UiSettings settings_before;
};

} // namespace systemic::test
