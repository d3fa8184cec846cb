// screen_welcome.cpp — the first screen: what Systemic is, the privacy promise, start or resume.
#include <string>

#include <imgui.h>

#include "screens.h"
#include "widgets.h"

namespace systemic {

void DrawWelcome(AppState& state, Host& host) {
    BeginColumn();
    ImGui::Dummy(ImVec2(0, Em(1.0f)));
    Heading(state.fonts, "Systemic");
    if (state.fonts.bold) ImGui::PushFont(state.fonts.bold);
    Paragraph("How well does your business win, keep and serve its customers?");
    if (state.fonts.bold) ImGui::PopFont();
    ImGui::Spacing();
    Paragraph("This self-assessment looks at the whole system behind your customers' experience: what you know "
              "about them, what you offer, your people, your information, the journeys customers take, and how "
              "you measure it all. It shows where you stand today, where you want to be in a year, and the weak "
              "links to fix first.");
    Paragraph("The quick scan has about 10 questions and the full assessment about 40; the next screen says how long each "
              "takes for your sector.");
    ImGui::Spacing();
    MutedText("Private by design: your answers stay in this browser on this device. Nothing is sent anywhere "
              "unless you choose to share a link, download a file or print.");
    ImGui::Spacing();

    if (!state.load_problem.empty()) Banner(state.load_problem.c_str(), BannerKind::Warning);
    if (!state.stored_problem.empty()) {
        const std::string text = "Your saved answers could not be opened: " + state.stored_problem +
                                 ". They are still stored in this browser and nothing has been changed. "
                                 "Download them to keep a copy, or start a new assessment.";
        Banner(text.c_str(), BannerKind::Warning);
        if (SecondaryButton("Download the saved data")) state.want_download = true;
        NoteTarget(state, "Download saved data");
        ImGui::Spacing();
    }

    if (HasSession(state)) {
        ImGui::Spacing();
        SubHeading(state.fonts, "You have an assessment in progress");
        Paragraph(SessionSummary(state.session, state.questionnaires).c_str());
        for (const std::string& note : state.restore_notes) MutedText(note.c_str());
        if (PrimaryButton("Resume")) {
            Screen back = Screen::Questions;
            ScreenFromId(state.session.screen, &back);
            if (back == Screen::Welcome) back = Screen::Questions;
            GoTo(state, back);
        }
        NoteTarget(state, "Resume");
        ImGui::SameLine();
        if (SecondaryButton("Start over")) state.confirm = Confirm::StartOver;
        NoteTarget(state, "Start over");
    } else {
        if (PrimaryButton("Start the assessment")) GoTo(state, Screen::Sector);
        NoteTarget(state, "Start");
    }
    ImGui::Spacing();
    if (!state.file_problem.empty()) Banner(state.file_problem.c_str(), BannerKind::Warning);
    ImGui::Spacing();
    SubHeading(state.fonts, "More");
    if (SecondaryButton("Open a results or questionnaire file")) host.PickFiles(false);
    NoteTarget(state, "Open file");
    MutedText("Results saved from Systemic (.json), or a custom questionnaire from your consultant. You can also drop "
              "a file onto the page.");
    if (SecondaryButton("Team view: combine several people's results")) GoTo(state, Screen::Team);
    NoteTarget(state, "Team view");
    if (SecondaryButton("Prepare an invitation for a client")) GoTo(state, Screen::Invite);
    NoteTarget(state, "Prepare invitation");
    EndColumn();
}

} // namespace systemic
