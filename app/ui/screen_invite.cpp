// screen_invite.cpp — for consultants: build an invitation link (client, consultant, sector, quick or full,
// a message), and the respondent's landing screen when they open one.
#include <algorithm>
#include <cmath>
#include <string>

#include <imgui.h>
#include <misc/cpp/imgui_stdlib.h>

#include "reports/qr_code.h"
#include "rules/timing.h"
#include "screens.h"
#include "text/dates.h"
#include "state/benchmark_store.h"
#include "state/inbox.h"
#include "state/outbox.h"
#include "widgets.h"

namespace systemic {

namespace {

// The QR code of the link, drawn from the core's matrix: black modules on a white square with the quiet zone of
// kQrQuietZone modules, in every theme (scanners expect dark on light). Each module is a whole number of framebuffer
// (device) pixels on pixel boundaries, so the edges stay sharp; the code is at most 16 em wide and never wider than
// the column (a 390 px phone). A role=img node names it for screen readers.
void DrawQrCode(AppState& state, const QrMatrix& m) {
    const int modules = m.size + 2 * kQrQuietZone;
    const float room = std::min(Em(16.0f), std::max(0.0f, ColumnRemaining()));
    const float module_px = std::max(1.0f, std::floor(room / static_cast<float>(modules)));
    const float side = module_px * static_cast<float>(modules);
    ImVec2 at = ImGui::GetCursorScreenPos();
    at = ImVec2(std::floor(at.x), std::floor(at.y));
    ImGui::Dummy(ImVec2(side, side));
    ImDrawList* dl = ImGui::GetWindowDrawList();
    dl->AddRectFilled(at, ImVec2(at.x + side, at.y + side), IM_COL32(255, 255, 255, 255));
    const float origin = module_px * static_cast<float>(kQrQuietZone);
    ForEachDarkRun(m, [&](int x, int y, int w) {
        const ImVec2 min(at.x + origin + module_px * static_cast<float>(x), at.y + origin + module_px * static_cast<float>(y));
        dl->AddRectFilled(min, ImVec2(min.x + module_px * static_cast<float>(w), min.y + module_px), IM_COL32(0, 0, 0, 255));
    });
    SemAddNode(0, SemRole::Image, "QR code of the invitation link", at, ImVec2(at.x + side, at.y + side));
    NoteTarget(state, "Invitation QR");
}

std::string Squares(int modules) { return std::to_string(modules) + " \xC3\x97 " + std::to_string(modules) + " squares"; }

// "Include the benchmark": offered when the benchmark open in this page fits the invitation's questionnaire. Says
// what the client will see, that it holds no answers or names, and what it adds to the link. True when toggled.
bool BenchmarkChoice(AppState& state, const Questionnaire& chosen) {
    InviteForm& f = state.invite_form;
    if (!state.benchmark.open) return false;
    const Benchmark* bench = IncludableBenchmark(state);
    ImGui::Spacing();
    Label("Benchmark");
    if (!bench) {
        const std::string why = "The benchmark open in this page is for the questionnaire \"" + state.benchmark.open->questionnaire_id +
                                "\", so it cannot go with an invitation to " + chosen.title + ".";
        MutedText(why.c_str());
        return false;
    }
    const std::string label = "Include the benchmark (" + std::to_string(bench->n) + " results, " + FriendlyDate(bench->created) + ")";
    const bool toggled = CheckOption(label.c_str(), &f.include_benchmark);
    NoteTarget(state, "Include benchmark");
    const std::size_t extra = EncodeInvitationBenchmark(*bench, chosen).size() + 1;
    const std::string what = "Your client's results will then show where each of their scores stands among the " + std::to_string(bench->n) +
                             " businesses in this benchmark: in the lowest quarter, below or above the middle, or in the highest "
                             "quarter. It holds only counts and quartiles, no answers and no names. It makes the link " +
                             std::to_string(extra) + " characters longer, so its QR code gets a little denser.";
    MutedText(what.c_str());
    return toggled;
}

} // namespace

void DrawInviteBuilder(AppState& state, Host& host) {
    InviteForm& f = state.invite_form;
    BeginColumn();
    Heading(state.fonts, "Prepare an invitation");
    Paragraph("Send your client a link before you meet. It opens this assessment with your name and message, and at "
              "the end offers to e-mail the results link back to you. The link carries everything itself: nothing "
              "is stored on a server.");
    ImGui::Spacing();
    bool changed = false;
    changed |= TextField("Client organisation", "client", f.client, "For example: Harbour Street Bakery");
    NoteTarget(state, "Client");
    changed |= TextField("Your name", "consultant", f.consultant, "For example: Alex Morgan");
    NoteTarget(state, "Consultant");
    changed |= TextField("Your e-mail address or phone number", "contact", f.contact, "For example: alex@example.com");
    NoteTarget(state, "Contact");
    Label("Questionnaire");
    SemBeginGroup(SemRole::RadioGroup, "Questionnaire");
    for (int i = 0; i < static_cast<int>(state.questionnaires.size()); ++i) {
        ImGui::PushID(i);
        if (RadioOption(state.questionnaires[static_cast<size_t>(i)].title.c_str(), f.questionnaire == i)) {
            f.questionnaire = i;
            changed = true;
        }
        NoteTarget(state, ("Invite " + state.questionnaires[static_cast<size_t>(i)].id).c_str());
        ImGui::PopID();
    }
    const Questionnaire& chosen = state.questionnaires[static_cast<size_t>(f.questionnaire)];
    const std::string quick_label = "Quick scan (about " + std::to_string(EstimateTime(chosen, Mode::Quick).minutes) + " minutes)";
    const std::string full_label = "Full assessment (about " + std::to_string(EstimateTime(chosen, Mode::Full).minutes) + " minutes)";
    SemEndGroup();
    SemBeginGroup(SemRole::RadioGroup, "Length");
    if (RadioOption(quick_label.c_str(), f.mode == Mode::Quick)) {
        f.mode = Mode::Quick;
        changed = true;
    }
    NoteTarget(state, "Invite quick");
    if (RadioOption(full_label.c_str(), f.mode == Mode::Full)) {
        f.mode = Mode::Full;
        changed = true;
    }
    NoteTarget(state, "Invite full");
    SemEndGroup();
    changed |= TextField("A short message (optional)", "message", f.message, nullptr, Em(5.0f));
    NoteTarget(state, "Message");
    changed |= BenchmarkChoice(state, chosen);
    if (changed) f.link.clear();

    ImGui::Spacing();
    if (PrimaryButton("Create the link")) {
        Issues issues;
        f.link = InvitationUrl(state, host, &issues);
        f.plain_chars = 0;
        f.plain_qr_modules = 0;
        if (InvitationBenchmark(state)) {   // what the benchmark costs: the same link without it
            const std::string without = InvitationUrl(state, host, nullptr, false);
            f.plain_chars = without.size();
            const QrEncode qr = EncodeQr(without);
            f.plain_qr_modules = qr.matrix ? qr.matrix->size : 0;
        }
        state.file_problem.clear();
        for (const Issue& issue : issues) state.file_problem += issue.message + "\n";
        state.announcement = "Invitation link created.";
    }
    NoteTarget(state, "Create link");
    if (!state.file_problem.empty()) Banner(state.file_problem.c_str(), BannerKind::Warning);
    if (!f.link.empty()) {
        ImGui::Spacing();
        TextField("Your invitation link", "link", f.link, nullptr, Em(4.0f), true);
        NoteTarget(state, "Invitation link");
        const std::string local = LocalLinkWarning(f.link);
        if (!local.empty()) {
            Banner(local.c_str(), BannerKind::Warning);
            NoteTarget(state, "Local link warning");
        }
        if (SecondaryButton("Copy the link")) {
            host.CopyText(f.link);
            state.link_copied = "Copied. Paste it into an e-mail or a chat message to your client.";
            state.announcement = state.link_copied;
        }
        NoteTarget(state, "Copy invitation");
        ImGui::SameLine();
        if (SecondaryButton("Write an e-mail")) {
            const std::string subject = "A short self-assessment before we meet";
            std::string body = (f.message.empty() ? std::string("Please take this assessment before we meet.") : f.message) +
                               "\n\n" + f.link + "\n\nIt runs in your browser; your answers stay on your device until you send them.";
            if (!f.consultant.empty()) body += "\n\n" + f.consultant;
            host.OpenUrl(MailtoUrl("", subject, body));
        }
        NoteTarget(state, "E-mail invitation");
        if (!state.link_copied.empty()) MutedText(state.link_copied.c_str());

        // The same link as a QR code, and as a page to print and hand out at a workshop.
        if (state.invite_qr_link != f.link) {
            state.invite_qr = EncodeQr(f.link);
            state.invite_qr_link = f.link;
        }
        ImGui::Spacing();
        SubHeading(state.fonts, "QR code and printed invitation");
        if (state.invite_qr.matrix) {
            Paragraph("Your client can scan this code with a phone's camera to open the link.");
            if (!LocalLinkWarning(f.link).empty())
                MutedText("Like the link, this code opens only on this computer: see the note above.");
            DrawQrCode(state, *state.invite_qr.matrix);
            if (f.plain_chars > 0) {
                const std::string cost = "With the benchmark the link has " + std::to_string(f.link.size()) + " characters instead of " +
                                         std::to_string(f.plain_chars) + ", and the code " + Squares(state.invite_qr.matrix->size) +
                                         (f.plain_qr_modules > 0 ? " instead of " + Squares(f.plain_qr_modules) : std::string()) +
                                         ".";
                MutedText(cost.c_str());
            }
        } else {
            for (const Issue& issue : state.invite_qr.issues) Banner(issue.message.c_str(), BannerKind::Warning);
        }
        MutedText("The printable invitation is one page with your name, the client, your message, the QR code and the "
                  "link written out, to print or hand out.");
        if (SecondaryButton("Download printable invitation")) {
            const ExportFile file = MakeInvitationExport(state, host.Now());
            host.Download(file.filename, file.mime, file.data);
            state.announcement = "Downloading " + file.filename;
        }
        NoteTarget(state, "Download invitation");
    }
    ImGui::Spacing();
    if (SecondaryButton("Back")) GoTo(state, Screen::Welcome);
    NoteTarget(state, "Back");
    EndColumn();
}

void DrawInvited(AppState& state, Host& host) {
    const Invitation& inv = state.invitation;
    BeginColumn();
    Heading(state.fonts, "You have been invited to a self-assessment");
    std::string who = inv.consultant.empty() ? "Your consultant" : inv.consultant;
    if (!inv.client.empty()) who += " has asked " + inv.client + " to take this assessment.";
    else who += " has asked you to take this assessment.";
    Paragraph(who.c_str());
    if (!inv.message.empty()) {
        ImGui::Spacing();
        if (state.fonts.bold) ImGui::PushFont(state.fonts.bold);
        Paragraph("Their message");
        if (state.fonts.bold) ImGui::PopFont();
        Paragraph(inv.message.c_str());
    }
    ImGui::Spacing();
    const int qi = state.chosen_questionnaire;
    if (qi >= 0) {
        const Questionnaire& q = state.questionnaires[static_cast<size_t>(qi)];
        const std::string what = q.title + ", " + (inv.mode == Mode::Quick ? "quick scan" : "full assessment") + " (about " +
                                 std::to_string(EstimateTime(q, inv.mode).minutes) + " minutes).";
        Paragraph(what.c_str());
    }
    BenchmarkState& bs = state.benchmark;
    if (!bs.invite_note.empty()) {
        ImGui::Spacing();
        if (bs.invite_note_is_error) Banner(bs.invite_note.c_str(), BannerKind::Warning);
        else Paragraph(bs.invite_note.c_str());
        NoteTarget(state, "Invitation benchmark");
        if (bs.offered) {
            if (SecondaryButton("Use the invitation's benchmark instead")) UseOfferedBenchmark(state, host);
            NoteTarget(state, "Use invitation benchmark");
        }
    }
    MutedText("Your answers stay in this browser. At the end you choose whether to send the results link back.");
    ImGui::Spacing();
    if (PrimaryButton("Start the assessment")) {
        if (HasSession(state) && CountDone(state.session.result, state.session.asked) > 0) {
            state.confirm = Confirm::StartOver;
        } else {
            state.want_start = true;
            GoTo(state, Screen::About);
        }
    }
    NoteTarget(state, "Start invited");
    ImGui::SameLine();
    if (SecondaryButton("Not now")) GoTo(state, Screen::Welcome);
    NoteTarget(state, "Not now");
    EndColumn();
}

} // namespace systemic
