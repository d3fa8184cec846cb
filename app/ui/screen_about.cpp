// screen_about.cpp — optional details about the respondent, used only to label reports and team views.
#include <string>

#include <imgui.h>
#include <misc/cpp/imgui_stdlib.h>

#include "screens.h"
#include "theme.h"
#include "widgets.h"

namespace systemic {

void DrawAbout(AppState& state, Host& /*host*/) {
    if (!HasSession(state)) {
        GoTo(state, Screen::Sector);
        return;
    }
    Respondent& who = state.session.result.respondent;
    BeginColumn();
    Heading(state.fonts, "About you");
    Paragraph("All optional. These details only label your results and reports; they stay on this device unless "
              "you share them. A consultant comparing several people's answers uses the role to spot where views "
              "differ.");
    ImGui::Spacing();
    if (TextField("Organisation", "organisation", who.organisation, "For example: Harbour Street Bakery")) MarkChanged(state);
    NoteTarget(state, "Organisation");
    if (TextField("Your name", "name", who.name, "For example: Sam Patel")) MarkChanged(state);
    NoteTarget(state, "Name");
    ImGui::Spacing();
    Label("Your role");
    SemBeginGroup(SemRole::RadioGroup, "Your role");
    const struct { Role role; const char* label; } kRoles[] = {
        {Role::Owner, "Owner or director"}, {Role::Manager, "Manager"}, {Role::FrontLine, "Front line (serves customers directly)"},
        {Role::Other, "Other"}, {Role::None, "Prefer not to say"}};
    for (const auto& r : kRoles) {
        // A 44 px choice across the column (a radio button's hit box is its 32 px frame).
        if (ChoiceChip((std::string(r.label) + "##role").c_str(), r.label, who.role == r.role, CurrentPalette().accent, ColumnWidth())) {
            who.role = r.role;
            MarkChanged(state);
        }
        NoteTarget(state, r.label);
    }
    SemEndGroup();
    ImGui::Spacing();
    ImGui::Spacing();
    if (PrimaryButton("Continue")) GoTo(state, Screen::Priorities);
    NoteTarget(state, "Continue");
    ImGui::SameLine();
    if (SecondaryButton("Back")) GoTo(state, Screen::Sector);
    NoteTarget(state, "Back");
    EndColumn();
}

} // namespace systemic
