// screen_welcome.cpp — the first screen: what Systemic is, the privacy promise, start or resume.
#include <cstdio>
#include <string>

#include <imgui.h>

#include "screens.h"
#include "text/dates.h"
#include "widgets.h"

namespace systemic {

namespace {

std::string Size(size_t bytes) {
    char buf[32];
    if (bytes < 1024) std::snprintf(buf, sizeof buf, "%zu bytes", bytes);
    else if (bytes < 1024 * 1024) std::snprintf(buf, sizeof buf, "%zu KB", (bytes + 512) / 1024);
    else std::snprintf(buf, sizeof buf, "%.1f MB", static_cast<double>(bytes) / (1024.0 * 1024.0));
    return buf;
}

// Saved data set aside so nothing is lost (state/autosave.h): each with a download and a remove (asked first).
void DrawKeptCopies(AppState& state) {
    if (state.kept_copies.empty()) return;
    if (state.fonts.bold) ImGui::PushFont(state.fonts.bold);
    Paragraph("Kept copies");
    if (state.fonts.bold) ImGui::PopFont();
    MutedText("Saved data set aside so nothing is lost. Each copy stays in this browser until you remove it.");
    constexpr size_t kShown = 20;   // a storage full of copies must not make the page endless
    for (size_t i = 0; i < state.kept_copies.size() && i < kShown; ++i) {
        const KeptCopy& copy = state.kept_copies[i];
        const std::string line = (copy.when.empty() ? std::string("Kept earlier") : "Kept " + FriendlyDate(copy.when)) +
                                 ", " + Size(copy.bytes) + ". " + copy.what;
        Paragraph(line.c_str());
        const std::string n = std::to_string(i + 1);
        if (SecondaryButton(("Download##kept" + n).c_str())) state.want_download_key = copy.key;
        NoteTarget(state, ("Download copy " + n).c_str());
        ImGui::SameLine();
        if (SecondaryButton(("Remove##kept" + n).c_str())) {
            state.pending_key = copy.key;
            state.confirm = Confirm::RemoveCopy;
        }
        NoteTarget(state, ("Remove copy " + n).c_str());
    }
    if (state.kept_copies.size() > kShown) {
        const std::string more = std::to_string(state.kept_copies.size() - kShown) + " older copies are not listed; remove some to see them.";
        MutedText(more.c_str());
    }
    ImGui::Spacing();
}

} // namespace

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
    DrawStorageNotice(state);
    if (!state.stored_problem.empty() && !state.missing_questionnaire.empty()) {
        // Typically a custom questionnaire that storage had no room to keep: opening its file again resumes.
        const std::string text = "Your saved answers belong to the questionnaire \"" + state.missing_questionnaire +
                                 "\", which is not kept in this browser. Open that questionnaire's file to carry on. "
                                 "Your answers are still stored and nothing has been changed.";
        Banner(text.c_str(), BannerKind::Warning);
        if (PrimaryButton("Open the questionnaire file")) host.PickFiles(false);
        NoteTarget(state, "Open questionnaire file");
        SameLineIfFits("Download the saved data");
        if (SecondaryButton("Download the saved data")) state.want_download = true;
        NoteTarget(state, "Download saved data");
        ImGui::Spacing();
    } else if (!state.stored_problem.empty()) {
        const std::string text = "Your saved answers could not be opened: " + state.stored_problem +
                                 ". They are still stored in this browser and nothing has been changed. "
                                 "Download them to keep a copy. If you start a new assessment, they are kept "
                                 "under \"Kept copies\" first.";
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
    DrawKeptCopies(state);
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
