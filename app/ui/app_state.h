// app_state.h — everything the UI shows and the user has chosen, passed explicitly to every screen.
// Screens record intents here; the frame loop applies them after drawing (see app.cpp).
#pragma once

#include <string>
#include <vector>

#include "assessment.h"
#include "fonts.h"
#include "host.h"
#include "links.h"
#include "questionnaire.h"
#include "team.h"
#include "results_view.h"
#include "theme.h"

namespace systemic {

enum class Screen { Welcome, Sector, About, Priorities, Questions, Review, Results, Invite, Invited, Team };

const char* ScreenId(Screen screen);                       // stable id for tests and diagnostics: "welcome", ...
bool ScreenFromId(const std::string& id, Screen* out);     // false when unknown

struct UiSettings {
    Theme theme = Theme::Light;
    float text_scale = 1.0f;           // 0.875 .. 1.5; multiplies the body size
    bool operator==(const UiSettings& o) const { return theme == o.theme && text_scale == o.text_scale; }
    bool operator!=(const UiSettings& o) const { return !(*this == o); }
};

// Where a named widget was drawn in the last frame (framebuffer pixels): lets browser tests and
// diagnostics aim a click or tap at it without knowing the layout.
struct Target {
    std::string label;
    float x = 0, y = 0, w = 0, h = 0;
    bool focused = false;              // has the keyboard focus (Tab navigation)
};

// A question waiting for the user's yes or no before something is replaced.
enum class Confirm { None, StartOver, ReplaceWithFile };

// One respondent in the team view, added from a results link or file.
struct TeamMember {
    std::string label;                 // name, role and organisation as far as given
    std::string source;                // "link 3", the file name
    Result result;
};

struct TeamState {
    int questionnaire = -1;            // every member answered this questionnaire (index into questionnaires)
    std::vector<TeamMember> members;
    std::string paste;                 // the links text box
    std::vector<std::string> messages; // what happened to the last links or files added: one line each
    bool messages_are_errors = false;
    TeamScores scores;                 // AggregateTeam of the members, recomputed only when they change
    int scores_for = -1;               // how many members `scores` was computed for (-1: stale)
};

// The invitation builder's fields, and the invitation the respondent arrived with.
struct InviteForm {
    std::string client, consultant, contact, message;
    int questionnaire = 0;
    Mode mode = Mode::Quick;
    std::string link;                  // built from the fields on request
};

struct AppState {
    Screen screen = Screen::Welcome;
    UiSettings settings;               // the platform rebuilds fonts and style when these change
    UiFonts fonts;                     // set by the platform after each font rebuild
    float pixel_ratio = 1.0f;          // device pixels per CSS pixel

    std::vector<Questionnaire> questionnaires;   // the shipped ones, loaded once at start
    std::string load_problem;          // a shipped questionnaire failed to load (a build error, shown plainly)

    Session session;                   // questionnaire -1: no assessment open
    std::vector<std::string> restore_notes;   // what an older saved assessment could not carry over
    std::string stored_problem;        // the saved assessment could not be read: what is wrong
    std::string stored_raw;            // ... and its text, kept for download

    // Sector screen choices, before a session exists.
    int chosen_questionnaire = -1;
    Mode chosen_mode = Mode::Quick;

    // Question screen.
    bool picking_target = false;       // level cards set the 12-month target instead of today
    bool show_why = false;
    bool show_areas = false;           // the list of areas with progress, for jumping
    bool show_shortcuts = false;

    // Saving.
    bool dirty = false;                // the session changed since it was last saved
    StorageResult save_result = StorageResult::Saved;
    bool saved_once = false;
    std::string saved_at;              // when the last save succeeded

    Confirm confirm = Confirm::None;
    Result pending_result;             // an opened results file waiting for Confirm::ReplaceWithFile
    std::string pending_name;

    TeamState team;
    InviteForm invite_form;
    Invitation invitation;             // the invitation just opened (the Invited screen shows it)
    std::string file_problem;          // the last opened file or link could not be used: located messages
    std::string link_copied;           // confirmation shown after a copy

    // Queued intents, applied after the frame so the frame draws one consistent state.
    bool want_screen_change = false;
    Screen next_screen = Screen::Welcome;
    bool want_position = false;
    int next_position = 0;
    bool want_start = false;           // start a new session with chosen_questionnaire and chosen_mode
    bool want_download = false;        // download the answers (or the unreadable stored data) as JSON
    bool want_open_pending = false;    // make pending_result the open assessment and show its results
    std::string announcement;          // sent to the live region after the frame

    ResultsView results;               // the results screen: scores cached per change of the answers, selections, open sections
    std::vector<Target> targets;       // named widgets of the last frame (see NoteTarget)
};

bool HasSession(const AppState& state);                    // an assessment is open
const Questionnaire& SessionQuestionnaire(const AppState& state);   // requires HasSession
void GoTo(AppState& state, Screen screen);                 // queue a screen change
void MarkChanged(AppState& state);                         // the session changed: autosave after the frame

} // namespace systemic
