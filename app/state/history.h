// history.h — the browser's Back and Forward: each screen, and each question on the question screen, is a "place"
// with its own history entry, so Back and Forward move between them without leaving the page, and a reload comes
// back to the same place (the browser keeps an entry's state across a reload). Fragment links (#r=, #invite=) are
// read first and win over a remembered place.
//
// A place is written as text: the screen id (state/app_model.h ScreenId), and on the question screen a slash and
// the question's number, 1-based ("questions/5"). The platform stores it in history.state; nothing else reads it.
#pragma once

#include <string>

#include "state/app_model.h"
#include "state/host.h"

namespace systemic {

struct Place {
    Screen screen = Screen::Welcome;
    int question = 0;                                    // 0-based position in the session's asked questions; 0 off the question screen
};

std::string PlaceText(const Place& place);               // "results", "questions/5"
bool ParsePlace(const std::string& text, Place* out);    // false for anything PlaceText does not write (unknown screen, bad number)
Place CurrentPlace(const AppModel& state);               // where the model is now
std::string PlaceTitle(const AppModel& state);           // the page title for the current place: "Question 5 of 12 · Systemic"

// After the intents of a frame: a new place gets a new history entry. The first place replaces the entry the page
// was opened with (and so does the next place after the platform clears history_place: an entry made by a link
// typed into the address bar). A changed title for the same place (after a reload) replaces. Called by ApplyIntents.
void RecordPlace(AppModel& state, Host& host);

// The browser moved to another history entry (popstate), or the page was reloaded with one: go to its place when it
// still exists. Returns false, and goes nowhere, when the text is not a place or the place no longer exists: the
// assessment was started over or removed, the question is beyond the assessment's length, the invitation is gone.
// The move is queued as intents (applied after the next frame) and does not add a history entry of its own. When it
// goes nowhere, the current entry is given the place the page is at, so no entry keeps naming a place that is gone.
bool GoToPlace(AppModel& state, Host& host, const std::string& text);

} // namespace systemic
