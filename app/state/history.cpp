// history.cpp — places for the browser's history (state/history.h).
#include "state/history.h"

#include "text/numbers.h"

namespace systemic {

namespace {

// Screens that show the open assessment: they only exist while one is open.
bool NeedsSession(Screen screen) {
    return screen == Screen::About || screen == Screen::Priorities || screen == Screen::Questions ||
           screen == Screen::Review || screen == Screen::Results;
}

bool PlaceExists(const AppModel& state, const Place& place) {
    if (NeedsSession(place.screen) && !HasSession(state)) return false;
    if (place.screen == Screen::Questions && place.question >= static_cast<int>(state.session.asked.size())) return false;
    if (place.screen == Screen::Invited && state.invitation.questionnaire.empty()) return false;
    return true;
}

} // namespace

std::string PlaceText(const Place& place) {
    std::string text = ScreenId(place.screen);
    if (place.screen == Screen::Questions) text += "/" + std::to_string(place.question + 1);
    return text;
}

bool ParsePlace(const std::string& text, Place* out) {
    const size_t slash = text.find('/');
    Place place;
    if (!ScreenFromId(text.substr(0, slash), &place.screen)) return false;
    if (slash == std::string::npos) {
        if (place.screen == Screen::Questions) return false;
    } else {
        if (place.screen != Screen::Questions) return false;
        const std::string number = text.substr(slash + 1);
        if (number.empty() || number.size() > 6 || number[0] == '0') return false;
        int n = 0;
        for (char c : number) {
            if (c < '0' || c > '9') return false;
            n = n * 10 + (c - '0');
        }
        place.question = n - 1;
    }
    *out = place;
    return true;
}

Place CurrentPlace(const AppModel& state) {
    Place place;
    place.screen = state.screen;
    if (state.screen == Screen::Questions && HasSession(state)) place.question = state.session.position;
    return place;
}

std::string PlaceTitle(const AppModel& state) {
    std::string title;
    if (state.screen == Screen::Questions && HasSession(state))
        title = "Question " + std::to_string(state.session.position + 1) + " of " + std::to_string(state.session.asked.size());
    else if (state.screen == Screen::Welcome)
        return "Systemic: customer management self-assessment";
    else
        title = ScreenTitle(state.screen);
    return title + " \xC2\xB7 Systemic";   // U+00B7 middle dot
}

void RecordPlace(AppModel& state, Host& host) {
    const std::string place = PlaceText(CurrentPlace(state));
    std::string title = PlaceTitle(state);
    if (place == state.history_place && title == state.history_title) return;
    // A new place gets a new entry; the first place, or a new title for the same place (a reload), replaces.
    if (state.history_place.empty() || place == state.history_place) host.HistoryReplace(place, title);
    else host.HistoryPush(place, title);
    state.history_place = place;
    state.history_title = std::move(title);
}

bool GoToPlace(AppModel& state, Host& host, const std::string& text) {
    Place place;
    if (!ParsePlace(text, &place) || !PlaceExists(state, place)) {
        state.history_place = PlaceText(CurrentPlace(state));
        host.HistoryReplace(state.history_place, PlaceTitle(state));
        return false;
    }
    if (place.screen == Screen::Questions) {
        state.want_position = true;
        state.next_position = place.question;
    }
    GoTo(state, place.screen);
    state.history_place = PlaceText(place);   // this entry already holds it: RecordPlace adds none
    return true;
}

} // namespace systemic
