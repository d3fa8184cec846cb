// screen_welcome.cpp — the first screen: what Systemic is, the privacy promise, and where to start.
#include <imgui.h>
#include <misc/cpp/imgui_stdlib.h>

#include "screens.h"
#include "widgets.h"

namespace systemic {

void DrawWelcome(AppState& state, Host& /*host*/) {
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
    Paragraph("The quick scan takes about 5 minutes. The full assessment takes 20 to 30 minutes.");
    ImGui::Spacing();
    MutedText("Private by design: your answers stay in this browser on this device. Nothing is sent anywhere "
              "unless you choose to share a link, download a file or print.");
    ImGui::Spacing();
    ImGui::TextUnformatted("Your organisation's name (optional)");
    ImGui::InputTextWithHint("##organisation", "For example: Harbour Street Bakery", &state.organisation);
    NoteTarget(state, "Organisation");
    MutedText("Used only to label your results and reports.");
    EndColumn();
}

} // namespace systemic
