// screen_sector.cpp — choose the sector (with its drivers explained) and quick scan or full assessment.
#include <cstdio>
#include <string>

#include <imgui.h>

#include "rules/timing.h"
#include "screens.h"
#include "widgets.h"

namespace systemic {

namespace {

// The sector's drivers by name; once the sector is chosen, each with its first sentence, so a name such as
// "Interdependence" is explained where it appears.
std::string DriverList(const Questionnaire& q, bool explained) {
    std::string out = "What matters most: ";
    for (size_t i = 0; i < q.drivers.size(); ++i) {
        if (!explained && i) out += i + 1 == q.drivers.size() ? " and " : ", ";
        if (explained) {
            const std::string& d = q.drivers[i].description;
            const size_t stop = d.find(". ");
            out += "\n" + q.drivers[i].name + (d.empty() ? std::string() : ": " + (stop == std::string::npos ? d : d.substr(0, stop + 1)));
        } else {
            out += q.drivers[i].name;
        }
    }
    return explained ? out : out + ".";
}

const char* SectorLabel(const Questionnaire& q) {
    if (q.sector == "b2b") return "You sell to other businesses (B2B)";
    if (q.sector == "b2c") return "You sell to consumers (B2C)";
    if (q.sector == "public") return "Public sector or charity";
    return q.title.c_str();
}

} // namespace

void DrawSector(AppState& state, Host& /*host*/) {
    BeginColumn();
    Heading(state.fonts, "Who are your customers?");
    Paragraph("Choose the kind of organisation you are. The questions use words and examples that fit it.");
    ImGui::Spacing();
    SemBeginGroup(SemRole::RadioGroup, "Who are your customers?");
    for (int i = 0; i < static_cast<int>(state.questionnaires.size()); ++i) {
        const Questionnaire& q = state.questionnaires[static_cast<size_t>(i)];
        const std::string body = q.intro + "\n" + DriverList(q, state.chosen_questionnaire == i);
        ImGui::PushID(i);
        if (Card("sector", {SectorLabel(q), body.c_str(), state.chosen_questionnaire == i ? "Chosen" : nullptr, nullptr},
                 state.chosen_questionnaire == i, state.fonts)) {
            state.chosen_questionnaire = i;
            state.announcement = std::string(SectorLabel(q)) + " chosen.";
        }
        NoteTarget(state, q.id.c_str());
        ImGui::PopID();
        ImGui::Spacing();
    }
    SemEndGroup();

    ImGui::Spacing();
    Heading(state.fonts, "How long do you have?", 2);
    SemBeginGroup(SemRole::RadioGroup, "How long do you have?");
    // Counts and times from the chosen questionnaire's own words (rules/timing.h), not a guess.
    char quick_body[160], full_body[160];
    if (state.chosen_questionnaire >= 0) {
        const Questionnaire& chosen = state.questionnaires[static_cast<size_t>(state.chosen_questionnaire)];
        const TimeEstimate quick = EstimateTime(chosen, Mode::Quick), full = EstimateTime(chosen, Mode::Full);
        std::snprintf(quick_body, sizeof quick_body, "%d questions, about %d minutes. One or two on each part of the system.",
                      quick.questions, quick.minutes);
        std::snprintf(full_body, sizeof full_body, "%d questions, about %d minutes. The whole picture, with a detailed plan.",
                      full.questions, full.minutes);
    } else {
        std::snprintf(quick_body, sizeof quick_body, "About 10 questions. One or two on each part of the system.");
        std::snprintf(full_body, sizeof full_body, "About 40 questions. The whole picture, with a detailed plan.");
    }
    if (Card("quick", {"Quick scan", quick_body, state.chosen_mode == Mode::Quick ? "Chosen" : nullptr, nullptr},
             state.chosen_mode == Mode::Quick, state.fonts))
        state.chosen_mode = Mode::Quick;
    NoteTarget(state, "Quick scan");
    ImGui::Spacing();
    if (Card("full", {"Full assessment", full_body, state.chosen_mode == Mode::Full ? "Chosen" : nullptr, nullptr},
             state.chosen_mode == Mode::Full, state.fonts))
        state.chosen_mode = Mode::Full;
    NoteTarget(state, "Full assessment");
    SemEndGroup();

    ImGui::Spacing();
    ImGui::Spacing();
    if (state.chosen_questionnaire < 0) MutedText("Choose your kind of organisation to continue.");
    ImGui::BeginDisabled(state.chosen_questionnaire < 0);
    if (PrimaryButton("Continue")) {
        const bool same = HasSession(state) && state.session.questionnaire == state.chosen_questionnaire &&
                          state.session.result.mode == state.chosen_mode;
        if (same) {
            GoTo(state, Screen::About);
        } else if (HasSession(state) && CountDone(state.session.result, state.session.asked) > 0) {
            state.confirm = Confirm::StartOver;   // switching would replace answers: ask first
        } else {
            state.want_start = true;
            GoTo(state, Screen::About);
        }
    }
    NoteTarget(state, "Continue");
    ImGui::EndDisabled();
    ImGui::SameLine();
    if (SecondaryButton("Back")) GoTo(state, Screen::Welcome);
    NoteTarget(state, "Back");
    EndColumn();
}

} // namespace systemic
