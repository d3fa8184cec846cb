// app_model.h — the application's model: questionnaires, the assessment in progress, the team view, the
// invitation, storage status, settings, and the intents screens queue. No ImGui: the UI draws it (ui/app_state.h
// adds the UI's own state: fonts, widget rectangles, chart selections), tests drive it directly.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "formats/links.h"
#include "model/questionnaire.h"
#include "model/result.h"
#include "rules/compare.h"
#include "rules/team.h"
#include "state/benchmark_store.h"
#include "state/host.h"
#include "state/results_cache.h"
#include "state/session.h"
#include "state/settings.h"
#include "state/team_index.h"

namespace systemic {

enum class Screen { Welcome, Sector, About, Priorities, Questions, Review, Results, Invite, Invited, Team };

const char* ScreenId(Screen screen);                       // stable id for tests and diagnostics: "welcome", ...
bool ScreenFromId(const std::string& id, Screen* out);     // false when unknown
const char* ScreenTitle(Screen screen);                    // "Choose your sector and how long you have", ... (also announced)

// A question waiting for the user's yes or no before something is replaced or removed.
enum class Confirm { None, StartOver, ReplaceWithFile, RemoveCopy, ClearTeam };

// Why this tab has stopped saving (state/autosave.h): it would otherwise write over something it has not seen or
// could not keep. Saving resumes only after the user chooses (download, use the saved version, remove old data).
enum class SaveBlock {
    None,
    Unreadable,        // another tab saved data this page cannot read (a newer version, or damaged)
    OtherAssessment,   // another tab started or opened a different assessment
    CopyNotKept,       // the earlier unreadable data could not be kept aside (storage full), so it is not replaced
};

// Saved data kept aside in storage until the user removes it: unreadable data that an assessment replaced, or a
// tab's answers set aside when it switched to another tab's assessment.
struct KeptCopy {
    std::string key;                   // storage key (kKeptCopyPrefix + when, or the older kSessionBackupKey)
    std::string when;                  // ISO date and time it was kept; "" when not known
    std::string what;                  // plain words: the assessment's summary, or why it could not be read
    size_t bytes = 0;
};

// One respondent in the team view, added from a results link or file.
struct TeamMember {
    std::string label;                 // name, role and organisation as far as given
    std::string source;                // "link 3", the file name
    Result result;
    std::string link;                  // the results link it was read from, as found ("" for a file): what is stored
};

struct TeamState {
    int questionnaire = -1;            // every member answered this questionnaire (index into questionnaires)
    std::vector<TeamMember> members;
    std::string paste;                 // the links text box
    std::vector<std::string> messages; // what happened to the last links or files added: one line each
    bool messages_are_errors = false;
    TeamScores scores;                 // AggregateTeam of the members, recomputed only when they change
    int scores_for = -1;               // how many members `scores` was computed for (-1: stale)
    std::vector<TeamMember> removed;   // the last member removed, for Undo (empty or one); cleared by the next add
    int removed_at = -1;               // where it was in members
    // Kept in this browser (state/team_store.h), by the answers' rules.
    bool dirty = false;                // members changed since the team was last written
    std::optional<std::string> last_seen;   // the stored team record as this tab last read or wrote it (nullopt: none)
    std::vector<Result> base;          // the members' results in last_seen: what a merge with another tab starts from
    int revision = 0;                  // last_seen's revision
    StorageResult save_result = StorageResult::Saved;   // the last write of the team
    bool stored_unreadable = false;    // stored team data could not be read nor kept aside: it is not written over
    // The members by fingerprint (state/team_index.h), so a new result is compared only with members that may be the
    // same person. Rebuilt from the members when index_stale or its size is not members.size().
    ResultIndex index;
    bool index_stale = true;
};

// A file as the platform hands it over: its bytes exactly as stored (any encoding: DecodeFileText in
// formats/file_text.h reads them), or only its size when the platform refused to read a file that large.
struct IncomingFile {
    std::string name;
    std::string bytes;
    std::uint64_t refused_size = 0;   // > 0: not read, because it has this many bytes (more than kMaxFileBytes)
    bool unreadable = false;          // the browser could not read it (moved, deleted, no permission)
};

// Files opened or dropped together, handed over a few at a time between frames (state/inbox.h BeginFiles): a consultant
// may drop thousands. A large batch goes to the team view, which shows how far it has got; its messages become one
// summary at the end (counts, and the first few files refused with the reason).
struct FileBatch {
    int total = 0;                     // files announced for the batch under way; 0 when none is
    int done = 0;                      // files received so far
    int shown_done = 0, shown_added = 0, shown_skipped = 0;   // what the progress line says (ShowFileProgress)
    bool summarised = false;           // more than kFilesSaidOneByOne: counted, and summed up at the end
    bool earlier = false;              // chosen with "Compare with an earlier result" (state/compare_store.h)
    std::vector<IncomingFile> held;    // the earlier side's file (the first one), handed on at the end
    int added = 0;                     // respondents added to the team
    int duplicates = 0;                // results already in the team (or twice in the batch): skipped
    int refused = 0;                   // files (or results in them) that could not be added
    int noted = 0;                     // files added with a note (made with another version of the questionnaire...)
    int other = 0;                     // files that were something else (a benchmark, a questionnaire)
    std::vector<std::string> reasons;  // the first few refusals and notes, each naming its file and what is wrong
};

// Progress over time (state/compare_store.h): an earlier result of a questionnaire, compared with the open assessment
// on the results screen and in its report, kept in this browser until the user removes it.
struct EarlierState {
    bool open = false;                 // an earlier result is held
    int questionnaire = -1;            // the questionnaire it was loaded into (index into questionnaires)
    Result result;                     // loaded into that questionnaire (answers carried over by question id)
    VersionGap gap;                    // what its questionnaire version lacked (empty for a link)
    std::string source;                // the file's name, or "a results link"
    std::string file;                  // the results file as opened, JSON text ("" when it came from a link): what is stored
    std::string link;                  // the results link ("r=...") it came from ("" for a file)
    int changes = 0;                   // counts every open and remove: the comparison is computed again after one
    // The results screen's controls.
    bool picking = false;              // "Compare with an earlier result" opened the picker: the next file is the earlier side
    std::string paste;                 // the earlier-link text box
    std::string problem;               // the last file or link could not be used: what is wrong and where
    std::string message;               // what the last open or remove did
    // Kept in this browser, by the answers' rules (state/compare_store.h).
    std::optional<std::string> last_seen;   // the stored record as this tab last read or wrote it
    bool stored_unreadable = false;    // stored data could not be read nor kept aside: it is not written over
    // Compare() of the earlier result and the open assessment, computed again only when either changes.
    Comparison comparison;
    std::vector<int> compared_key;     // earlier.changes, the results cache's computations, the session's questionnaire
};

// The invitation builder's fields, and the invitation the respondent arrived with.
struct InviteForm {
    std::string client, consultant, contact, message;
    int questionnaire = 0;
    Mode mode = Mode::Quick;
    bool include_benchmark = false;    // "Include the benchmark": the open one goes in the link (outbox.h InvitationBenchmark)
    std::string link;                  // built from the fields on request
    std::size_t plain_chars = 0;       // with a benchmark included: the link's characters without it (0 otherwise)
    int plain_qr_modules = 0;          // ... and its QR code's width in modules (0: too long for a QR code)
};

struct AppModel {
    Screen screen = Screen::Welcome;
    UiSettings settings;               // the platform rebuilds fonts and style when these change

    std::vector<Questionnaire> questionnaires;   // the shipped ones, loaded once at start, then custom ones
    int shipped_questionnaires = 0;    // how many of `questionnaires` the page shipped with (the first ones)
    std::string load_problem;          // a shipped questionnaire failed to load (a build error, shown plainly)

    Session session;                   // questionnaire -1: no assessment open
    std::vector<std::string> restore_notes;   // what an older saved assessment could not carry over
    std::string stored_problem;        // the saved assessment could not be read: what is wrong
    std::string stored_raw;            // ... and its text, kept for download

    // Sector screen choices, before a session exists.
    int chosen_questionnaire = -1;
    Mode chosen_mode = Mode::Quick;

    // Saving (state/autosave.h).
    bool dirty = false;                // the session changed since it was last saved
    StorageResult save_result = StorageResult::Saved;
    bool saved_once = false;
    std::string saved_at;              // when the last save succeeded
    std::string tab_id;                // this tab's id, written into every record it saves
    std::optional<std::string> last_seen;   // the stored record as this tab last read or wrote it (nullopt: none)
    bool last_seen_readable = true;    // last_seen could be read (false: the user was told, and it is kept before replacing)
    Result base;                       // the answers in last_seen: what a merge with another tab starts from
    int revision = 0;                  // last_seen's revision
    SaveBlock save_block = SaveBlock::None;
    std::string save_block_message;    // plain words for the header while saving is stopped
    std::string storage_notice;        // something could not be kept, or another tab's answers came in; until dismissed
    bool settings_not_kept = false;    // the settings could not be stored (said once)
    std::vector<KeptCopy> kept_copies; // listed on the welcome screen, newest first
    std::string missing_questionnaire; // the saved answers need this questionnaire (a custom one not stored here)
    bool drop_confirmed = false;       // this tab's answers could not be kept as a copy: the next "use saved" drops them

    Confirm confirm = Confirm::None;
    Result pending_result;             // an opened results file waiting for Confirm::ReplaceWithFile
    std::string pending_name;
    int pending_questionnaire = -1;    // ... its questionnaire
    std::vector<std::string> pending_notes;   // ... what it could not carry over (shown once it is opened)
    std::string pending_key;           // the kept copy (or stored data) waiting for Confirm::RemoveCopy

    TeamState team;
    FileBatch incoming;                // files arriving together (state/inbox.h BeginFiles)
    BenchmarkState benchmark;          // the opened benchmark the results compare with (state/benchmark_store.h)
    EarlierState earlier;
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
    bool want_cancel_pending = false;  // drop the file waiting for Confirm::ReplaceWithFile; the screen stays as it was
    bool want_remove_pending_key = false;   // remove pending_key from storage (confirmed)
    std::string want_download_key;     // download the data stored under this key (a kept copy, the earlier data)
    bool want_reload_stored = false;   // drop this tab's assessment (kept aside first) and take the stored one
    bool want_clear_team = false;      // empty the team view and remove it from storage (confirmed: Confirm::ClearTeam)
    std::string announcement;          // sent to the live region after the frame
    std::string history_place;         // the place the browser's current history entry holds (state/history.h); "" before the first
    std::string history_title;         // ... and the page title given with it

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
