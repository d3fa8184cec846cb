// session.h — the assessment in progress (questionnaire, mode, answers, position) and its autosave format.
// No ImGui here: screens call these, and tests drive them directly.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "model/issue.h"
#include "model/questionnaire.h"
#include "model/result.h"

namespace systemic {

struct Session {
    int questionnaire = -1;          // index into the app's questionnaires; -1 when no assessment is open
    Result result;
    std::vector<int> asked;          // question indices, in the order they are asked
    int position = 0;                // index into `asked` of the question on screen
    std::string screen;              // the screen id to come back to ("questions", "review", ...)
    std::string invitation;          // the invitation fragment ("invite=...") the assessment was started from, if any
    std::string id;                  // which assessment this is: two tabs merge answers only when their ids agree
};

// The autosave record: one localStorage entry, versioned, holding the results file itself (docs/storage.md lists
// every key the page keeps).
// Format log (the record stays version 1 while changes only add fields older pages ignore):
// - 2026-11-22 — version 1: format, version, screen, position, invitation, result.
// - 2026-11-30 — added "id" (the assessment), "revision" (one more with every write) and "writer" (the tab that
//   wrote it), so a tab can tell that another tab saved since it last looked (state/autosave.h).
constexpr const char* kSessionKey = "systemic.v1.session";
constexpr const char* kSessionBackupKey = "systemic.v1.session.unreadable";   // the one backup key of earlier pages; still listed as a kept copy
constexpr int kSessionFormatVersion = 1;

std::vector<int> AskedQuestions(const Questionnaire& q, Mode mode);          // quick: the quick-scan questions; full: all; in order
bool IsDone(const Answer& a);                                                // answered, don't know or not applicable
int CountDone(const Result& r, const std::vector<int>& asked);               // questions of `asked` that are done
Session NewSession(const std::vector<Questionnaire>& all, int questionnaire, Mode mode, const std::string& now);
std::string SessionToJson(const Session& s, int revision = 0, const std::string& writer = "");   // the autosave record

struct SessionRestore {
    bool ok = false;
    Session session;
    Issues issues;                   // why it could not be read, with codes: json.*, session.* (docs/errors.md), and the
                                     // result.* issues of the saved results file (paths inside "/result")
    int revision = 0;                // the record's revision (0 when written before revisions existed)
    std::string writer;              // the tab that wrote it ("" when not said)
    std::string problem;             // plain words when !ok: the first Error, for the person (what is wrong with the stored data)
    std::string missing_questionnaire;   // when !ok because the answers need a questionnaire this page lacks: its id
    std::vector<std::string> notes;  // what could not be carried over (migrated from an older questionnaire), at most kMaxNotes
};
SessionRestore SessionFromJson(std::string_view text, const std::vector<Questionnaire>& all);   // never throws; checks everything

// Notes shown to the user are capped: a file with 300,000 unknown answers gets a few lines and a count, not a
// screen 7 million pixels tall.
constexpr size_t kMaxNotes = 5;
std::vector<std::string> CapNotes(std::vector<std::string> notes);   // the first kMaxNotes - 1, then "... and N more" when longer

// Two tabs changed the same assessment: a three-way merge per answer against what both started from (`base`).
// An answer only one side changed takes that side's value; when both changed it differently, `prefer_theirs`
// decides (the caller knows which change is newer). The respondent and the area points merge the same way, each
// as one unit. Answers are matched by index and question id; when the lists do not line up, theirs is taken.
struct Merge {
    Result result;
    int from_theirs = 0;             // answers (and units) taken from theirs
    int from_mine = 0;               // answers (and units) where mine differs from theirs and was kept
    std::vector<std::string> both_changed;   // question ids (or "about you", "priorities") changed on both sides
};
Merge MergeResults(const Result& base, const Result& mine, const Result& theirs, bool prefer_theirs);
bool SameAnswer(const Answer& a, const Answer& b);   // levels, status and note equal

void SetToday(Answer& a, int level);                  // answered at `level` today (1..5); clears don't know / N/A
void SetTarget(Answer& a, int level);                 // the 12-month target (1..5)
void ToggleStatus(Answer& a, AnswerStatus status);    // don't know or not applicable on/off; levels are kept for undo

std::string SessionSummary(const Session& s, const std::vector<Questionnaire>& all);   // "B2B, quick scan: 6 of 10 answered, last saved 22 Nov 2026 at 10:00"
std::string AnswerSummary(const Answer& a);                                                           // "Today: 2 Emerging. In 12 months: not chosen." for the live region

} // namespace systemic
