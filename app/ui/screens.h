// screens.h — one function per screen; each draws inside the app's full-window frame and records intents.
#pragma once

#include "app_state.h"
#include "state/host.h"

namespace systemic {

void DrawWelcome(AppState& state, Host& host);      // what this is, privacy, start or resume
void DrawSector(AppState& state, Host& host);       // sector and its drivers; quick scan or full
void DrawAbout(AppState& state, Host& host);        // organisation, name, role (optional)
void DrawPriorities(AppState& state, Host& host);   // 100 points across the areas (optional)
void DrawQuestions(AppState& state, Host& host);    // one question: level cards, today and in 12 months
void DrawReview(AppState& state, Host& host);       // unanswered questions and warnings
void DrawResults(AppState& state, Host& host);      // the scores
void DrawInviteBuilder(AppState& state, Host& host);   // consultants: the invitation link
void DrawInvited(AppState& state, Host& host);      // respondents arriving by an invitation link
void DrawTeam(AppState& state, Host& host);         // consultants: several respondents aggregated
void DrawShareBlock(AppState& state, Host& host);   // under the results: results link, e-mail to the consultant
void DrawHeader(AppState& state, Host& host);       // title, step, autosave mark, storage warning
void DrawStorageNotice(AppState& state);            // what could not be kept, or came from another tab, until dismissed
void DrawSettingsBar(AppState& state, Host& host);  // theme and text size
void DrawDialogs(AppState& state, Host& host);      // confirmations and the shortcuts sheet


} // namespace systemic
