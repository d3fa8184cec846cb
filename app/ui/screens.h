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
float QuestionBarHeight(AppState& state);           // height of the question screen's pinned bar, framebuffer pixels
void DrawQuestionBar(AppState& state, Host& host);  // progress, Back and Next, pinned to the bottom of the viewport
void DrawReview(AppState& state, Host& host);       // unanswered questions and warnings
void DrawResults(AppState& state, Host& host);      // the scores
void DrawInviteBuilder(AppState& state, Host& host);   // consultants: the invitation link
void DrawInvited(AppState& state, Host& host);      // respondents arriving by an invitation link
void DrawTeam(AppState& state, Host& host);         // consultants: several respondents aggregated
void DrawHeader(AppState& state, Host& host);       // title, step, autosave mark, storage warning
void DrawStorageNotice(AppState& state);            // what could not be kept, or came from another tab, until dismissed
void DrawSettingsBar(AppState& state, Host& host);  // theme and text size, at the foot of the welcome screen
void DrawDisplaySettings(AppState& state);          // the theme and text-size controls, inside a column
void DrawDialogs(AppState& state, Host& host);      // confirmations and the shortcuts sheet


} // namespace systemic
