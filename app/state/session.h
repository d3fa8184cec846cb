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
};

// The autosave record: one localStorage entry, versioned, holding the results file itself.
constexpr const char* kSessionKey = "systemic.v1.session";
constexpr const char* kSessionBackupKey = "systemic.v1.session.unreadable";   // unreadable data is moved here, never deleted
constexpr int kSessionFormatVersion = 1;

std::vector<int> AskedQuestions(const Questionnaire& q, Mode mode);          // quick: the quick-scan questions; full: all; in order
bool IsDone(const Answer& a);                                                // answered, don't know or not applicable
int CountDone(const Result& r, const std::vector<int>& asked);               // questions of `asked` that are done
Session NewSession(const std::vector<Questionnaire>& all, int questionnaire, Mode mode, const std::string& now);
std::string SessionToJson(const Session& s);                                 // the autosave record

struct SessionRestore {
    bool ok = false;
    Session session;
    Issues issues;                   // why it could not be read, with codes: json.*, session.* (docs/errors.md), and the
                                     // result.* issues of the saved results file (paths inside "/result")
    std::string problem;             // plain words when !ok: the first Error, for the person (what is wrong with the stored data)
    std::vector<std::string> notes;  // what could not be carried over (migrated from an older questionnaire)
};
SessionRestore SessionFromJson(std::string_view text, const std::vector<Questionnaire>& all);   // never throws; checks everything

void SetToday(Answer& a, int level);                  // answered at `level` today (1..5); clears don't know / N/A
void SetTarget(Answer& a, int level);                 // the 12-month target (1..5)
void ToggleStatus(Answer& a, AnswerStatus status);    // don't know or not applicable on/off; levels are kept for undo

std::string SessionSummary(const Session& s, const std::vector<Questionnaire>& all);   // "B2B, quick scan: 6 of 10 answered, last saved 22 Nov 2026 at 10:00"
std::string AnswerSummary(const Answer& a);                                                           // "Today: 2 Emerging. In 12 months: not chosen." for the live region

} // namespace systemic
