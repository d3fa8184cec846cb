// intents.cpp — the model's side of a frame: start-up (InitApp) and the queued intents applied in one place
// after the frame (screen changes, new sessions, opened files, autosave, downloads, announcements).
#include "state/intents.h"

#include "formats/questionnaire_file.h"
#include "formats/result_file.h"
#include "state/autosave.h"
#include "state/benchmark_store.h"
#include "state/compare_store.h"
#include "state/history.h"
#include "state/inbox.h"
#include "state/team_store.h"

namespace systemic {

namespace {

std::string DownloadName(const AppModel& state) {
    std::string date = state.session.result.updated.substr(0, 10);
    if (date.empty()) date = "answers";
    const std::string id = HasSession(state) ? SessionQuestionnaire(state).id : std::string("saved");
    return "systemic-" + id + "-" + date + ".json";
}

// Screens that belong to the assessment itself: a resume returns to the last of these.
bool InAssessment(Screen screen) {
    return screen == Screen::About || screen == Screen::Priorities || screen == Screen::Questions ||
           screen == Screen::Review || screen == Screen::Results;
}

void Save(AppModel& state, Host& host) {
    if (state.save_block != SaveBlock::None) return;   // stopped until the user chooses (the header says why)
    state.session.result.updated = host.Now();
    if (InAssessment(state.screen)) state.session.screen = ScreenId(state.screen);
    SaveSession(state, host);
}

// A new assessment's id: this tab and the time, so two tabs starting at once still differ.
std::string NewAssessmentId(Host& host) { return host.InstanceId() + "@" + host.Now(); }

void StartSession(AppModel& state, Host& host) {
    // Unreadable saved data is kept as a copy by the first save (SaveSession) before it is replaced.
    Respondent respondent = state.session.result.respondent;   // keep "about you" across a restart
    state.session = NewSession(state.questionnaires, state.chosen_questionnaire, state.chosen_mode, host.Now());
    state.session.id = NewAssessmentId(host);
    state.session.result.respondent = respondent;
    // Started from an invitation for this questionnaire and mode: remember it for the results e-mail.
    if (state.screen == Screen::Invited) {
        state.session.invitation = EncodeInvitation(state.invitation);
        if (!state.invitation.client.empty() && state.session.result.respondent.organisation.empty())
            state.session.result.respondent.organisation = state.invitation.client;
    }
    state.restore_notes.clear();
    ++state.question_changes;
    state.dirty = true;
}

} // namespace

void ApplyIntents(AppModel& state, Host& host, const UiSettings& settings_before) {
    if (state.want_start) {
        state.want_start = false;
        StartSession(state, host);
    }
    if (state.want_open_pending) {
        // An opened results file becomes the open assessment; the one it replaces was confirmed (and offered for download).
        state.want_open_pending = false;
        Session s;
        s.questionnaire = state.pending_questionnaire;
        s.result = state.pending_result;
        s.asked = AskedQuestions(state.questionnaires[static_cast<size_t>(s.questionnaire)], s.result.mode);
        s.screen = "results";
        s.id = NewAssessmentId(host);
        state.session = std::move(s);
        state.chosen_questionnaire = state.pending_questionnaire;
        state.chosen_mode = state.session.result.mode;
        state.restore_notes = std::move(state.pending_notes);
        state.pending_notes.clear();
        state.pending_result = Result{};
        state.dirty = true;
        state.announcement = "Opened " + state.pending_name + ".";
        state.want_screen_change = true;
        state.next_screen = Screen::Results;
    }
    if (state.want_cancel_pending) {
        // The file is dropped; nothing it brought (notes, questionnaire choice) stays on screen.
        state.want_cancel_pending = false;
        state.pending_result = Result{};
        state.pending_name.clear();
        state.pending_questionnaire = -1;
        state.pending_notes.clear();
    }
    if (state.want_reload_stored) {
        state.want_reload_stored = false;
        ReloadStored(state, host);
    }
    if (state.want_remove_pending_key) {
        state.want_remove_pending_key = false;
        if (!state.pending_key.empty()) RemoveStored(state, host, state.pending_key);
        state.pending_key.clear();
    }
    if (state.want_clear_team) {
        state.want_clear_team = false;
        ClearTeam(state, host);
    }
    if (!state.want_download_key.empty()) {
        DownloadStored(state, host, state.want_download_key);
        state.want_download_key.clear();
    }
    if (state.want_position && HasSession(state)) {
        state.want_position = false;
        const int n = static_cast<int>(state.session.asked.size());
        if (state.next_position >= 0 && state.next_position < n && state.next_position != state.session.position) {
            state.session.position = state.next_position;
            ++state.question_changes;
            state.dirty = true;
            AnnounceQuestion(state);
        }
    }
    if (state.want_screen_change) {
        state.want_screen_change = false;
        if (state.next_screen != state.screen) {
            state.screen = state.next_screen;
            // A picker left open for the comparison no longer speaks for this screen, nor do its last words.
            state.earlier.picking = false;
            state.earlier.problem.clear();
            state.earlier.message.clear();
            ++state.screen_changes;
            if (HasSession(state) && InAssessment(state.screen)) state.dirty = true;   // remember where the user is
            if (state.screen == Screen::Questions) AnnounceQuestion(state);
            else state.announcement = ScreenTitle(state.screen);
        }
    }
    if (state.want_download) {
        state.want_download = false;
        if (HasSession(state))
            host.Download(DownloadName(state), "application/json", SaveResult(state.session.result));
        else if (!state.stored_raw.empty())
            host.Download("systemic-unreadable-saved-data.json", "application/json", state.stored_raw);
    }
    if (state.dirty && HasSession(state)) Save(state, host);
    // Added, removed or undone this frame (or merged with another tab's); files arriving in slices are written once, after the last.
    if (state.team.dirty && state.incoming.total == 0) SaveTeam(state, host);
    if (state.settings != settings_before && host.StorageSet(kSettingsKey, SettingsJson(state.settings)) != StorageResult::Saved &&
        !state.settings_not_kept) {
        state.settings_not_kept = true;   // said once: the display still changes for this visit
        state.storage_notice = "Your display settings could not be kept in this browser; they apply until you close the page.";
    }
    RecordPlace(state, host);
    if (!state.announcement.empty()) {
        host.Announce(state.announcement);
        state.announcement.clear();
    }
}

void InitApp(AppModel& state, Host& host, bool prefers_dark, const std::vector<std::string>& questionnaire_texts) {
    state.settings.theme = prefers_dark ? Theme::Dark : Theme::Light;
    if (auto stored = host.StorageGet(kSettingsKey)) ReadSettings(*stored, state.settings);

    state.questionnaires.clear();
    for (const std::string& text : questionnaire_texts) {
        QuestionnaireLoad load = LoadQuestionnaire(text);
        if (load.questionnaire) state.questionnaires.push_back(std::move(*load.questionnaire));
        else state.load_problem = "One of the built-in questionnaires could not be loaded: this copy of the page is damaged.";
    }
    if (state.questionnaires.empty()) state.load_problem = "No questionnaires could be loaded: this copy of the page is damaged.";
    state.shipped_questionnaires = static_cast<int>(state.questionnaires.size());

    LoadStoredCustomQuestionnaires(state, host);
    // A saved assessment is offered for resuming on the welcome screen; unreadable data is kept and reported.
    state.tab_id = host.InstanceId();
    ReadStoredSession(state, host);
    if (HasSession(state)) {
        state.chosen_questionnaire = state.session.questionnaire;
        state.chosen_mode = state.session.result.mode;
    }
    ReadStoredTeam(state, host);   // after the custom questionnaires: the team may have answered one of them
    ReadStoredBenchmark(state, host);
    ReadStoredEarlier(state, host);   // likewise the earlier result compared on the results screen
    state.announcement = HasSession(state) ? "Systemic self-assessment. You have an assessment in progress."
                                           : "Systemic self-assessment. Welcome.";
}

} // namespace systemic
