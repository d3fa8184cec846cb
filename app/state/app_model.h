// app_model.h — the application's model: questionnaires, the assessment in progress, the team view, the
// invitation, storage status, settings, and the intents screens queue. No ImGui: the UI draws it (ui/app_state.h
// adds the UI's own state: fonts, widget rectangles, chart selections), tests drive it directly.
#pragma once

#include <string>
#include <vector>

#include "formats/links.h"
#include "model/questionnaire.h"
#include "model/result.h"
#include "rules/team.h"
#include "state/host.h"
#include "state/results_cache.h"
#include "state/session.h"
#include "state/settings.h"

namespace systemic {

enum class Screen { Welcome, Sector, About, Priorities, Questions, Review, Results, Invite, Invited, Team };

const char* ScreenId(Screen screen);                       // stable id for tests and diagnostics: "welcome", ...
bool ScreenFromId(const std::string& id, Screen* out);     // false when unknown
const char* ScreenTitle(Screen screen);                    // "Choose your sector and how long you have", ... (also announced)

// A question waiting for the user's yes or no before something is replaced.
enum class Confirm { None, StartOver, ReplaceWithFile };

// One respondent in the team view, added from a results link or file; the answers are in TeamState::results.
struct TeamMember {
    std::string label;                 // name, role and organisation as far as given
    std::string source;                // "link 3", the file name
};

// Files arriving together (a drop or the file picker, possibly thousands) are handed over a slice at a time
// between frames; the team view shows how far it has got and adds up the team once, at the end.
struct TeamImport {
    int total = 0;                     // files in the batches under way; 0 when none is
    int done = 0;                      // files received so far
    int added = 0;                     // respondents added from them
    int problems = 0;                  // files that could not be added
    int noted = 0;                     // files added with a warning (another version of the questionnaire...)
    std::vector<std::string> shown;    // the first few problems and warnings, for the summary
};

struct TeamState {
    int questionnaire = -1;            // every member answered this questionnaire (index into questionnaires)
    std::vector<TeamMember> members;
    std::vector<Result> results;       // results[i] belongs to members[i]; AggregateTeam reads them in place
    std::string paste;                 // the links text box
    std::vector<std::string> messages; // what happened to the last links or files added: one line each
    bool messages_are_errors = false;
    TeamImport import;
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

struct AppModel {
    Screen screen = Screen::Welcome;
    UiSettings settings;               // the platform rebuilds fonts and style when these change

    std::vector<Questionnaire> questionnaires;   // the shipped ones, loaded once at start, then custom ones
    std::string load_problem;          // a shipped questionnaire failed to load (a build error, shown plainly)

    Session session;                   // questionnaire -1: no assessment open
    std::vector<std::string> restore_notes;   // what an older saved assessment could not carry over
    std::string stored_problem;        // the saved assessment could not be read: what is wrong
    std::string stored_raw;            // ... and its text, kept for download

    // Sector screen choices, before a session exists.
    int chosen_questionnaire = -1;
    Mode chosen_mode = Mode::Quick;

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

    ResultsCache results_cache;        // the open assessment's scores, computed once per change of what Score() reads

    // Queued intents, applied after the frame (ApplyIntents) so the frame draws one consistent state.
    bool want_screen_change = false;
    Screen next_screen = Screen::Welcome;
    bool want_position = false;
    int next_position = 0;
    bool want_start = false;           // start a new session with chosen_questionnaire and chosen_mode
    bool want_download = false;        // download the answers (or the unreadable stored data) as JSON
    bool want_open_pending = false;    // make pending_result the open assessment and show its results
    std::string announcement;          // sent to the live region after the frame

    // What ApplyIntents changed that the view must follow: it counts, the UI compares with what it last saw
    // and then scrolls to the top, resets its per-question state or moves keyboard focus to the new screen.
    int screen_changes = 0;            // another screen is shown
    int question_changes = 0;          // another question is shown, or a new assessment started
};

bool HasSession(const AppModel& state);                    // an assessment is open
const Questionnaire& SessionQuestionnaire(const AppModel& state);   // requires HasSession
void GoTo(AppModel& state, Screen screen);                 // queue a screen change
void MarkChanged(AppModel& state);                         // the session changed: autosave after the frame
void AnnounceQuestion(AppModel& state);                    // queue the live-region text for the current question

} // namespace systemic
