// app_model.cpp — screens by id and title, and the small questions every screen asks of the model.
#include "state/app_model.h"

#include <cstdio>

namespace systemic {

namespace {

const struct { Screen screen; const char* id; } kScreens[] = {
    {Screen::Welcome, "welcome"},   {Screen::Sector, "sector"},    {Screen::About, "about"},
    {Screen::Priorities, "priorities"}, {Screen::Questions, "questions"}, {Screen::Review, "review"},
    {Screen::Results, "results"},   {Screen::Invite, "invite"},       {Screen::Invited, "invited"},
    {Screen::Team, "team"},
};

} // namespace

const char* ScreenId(Screen screen) {
    for (const auto& s : kScreens)
        if (s.screen == screen) return s.id;
    return "unknown";
}

bool ScreenFromId(const std::string& id, Screen* out) {
    for (const auto& s : kScreens)
        if (id == s.id) {
            *out = s.screen;
            return true;
        }
    return false;
}

bool HasSession(const AppModel& state) {
    return state.session.questionnaire >= 0 && state.session.questionnaire < static_cast<int>(state.questionnaires.size());
}

const Questionnaire& SessionQuestionnaire(const AppModel& state) {
    return state.questionnaires[static_cast<size_t>(state.session.questionnaire)];
}

void GoTo(AppModel& state, Screen screen) {
    state.want_screen_change = true;
    state.next_screen = screen;
}

void MarkChanged(AppModel& state) { state.dirty = true; }

const char* ScreenTitle(Screen screen) {
    switch (screen) {
    case Screen::Welcome: return "Welcome";
    case Screen::Sector: return "Choose your sector and how long you have";
    case Screen::About: return "About you";
    case Screen::Priorities: return "What matters most to you";
    case Screen::Questions: return "Questions";
    case Screen::Review: return "Check your answers";
    case Screen::Results: return "Your results";
    case Screen::Invite: return "Prepare an invitation";
    case Screen::Invited: return "You have been invited";
    case Screen::Team: return "Team view";
    }
    return "";
}

void AnnounceQuestion(AppModel& state) {
    if (!HasSession(state) || state.session.asked.empty()) return;
    const Questionnaire& q = SessionQuestionnaire(state);
    const int qi = state.session.asked[static_cast<size_t>(state.session.position)];
    char head[64];
    std::snprintf(head, sizeof head, "Question %d of %d. ", state.session.position + 1, static_cast<int>(state.session.asked.size()));
    state.announcement = head + q.questions[static_cast<size_t>(qi)].text + " " +
                         AnswerSummary(state.session.result.answers[static_cast<size_t>(qi)]);
}

} // namespace systemic
