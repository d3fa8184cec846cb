// invitation_page.cpp — the printable invitation (reports/invitation_page.h).
#include "reports/invitation_page.h"

#include "reports/html_escape.h"
#include "reports/qr_code.h"
#include "reports/report_page.h"
#include "rules/timing.h"
#include "text/dates.h"
#include "text/utf8.h"

namespace systemic {

namespace {

// Typed text made printable: well-formed UTF-8 (a broken byte becomes U+FFFD), CR LF and CR as LF, other control
// characters as spaces (line breaks too unless keep_lines). Escaping comes after.
std::string Printable(std::string_view text, bool keep_lines) {
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size();) {
        Utf8Char c = DecodeAt(text, i, Utf8Policy::Strict);
        if (c.length == 0) {
            Append(out, 0xFFFD);
            i += 1;
            continue;
        }
        i += c.length;
        if (c.code == '\r') {
            if (i < text.size() && text[i] == '\n') continue;   // CR LF: the LF follows
            c.code = '\n';
        }
        if (c.code == '\n') out += keep_lines ? '\n' : ' ';
        else if (c.code < 0x20 || c.code == 0x7F || (c.code >= 0x80 && c.code < 0xA0)) out += ' ';
        else Append(out, c.code);
    }
    return out;
}

void AppendRow(std::string& out, const char* term, const std::string& value) {
    if (value.empty()) return;
    out += "<dt>";
    out += term;
    out += "</dt><dd>" + IsolatedHtml(value) + "</dd>\n";
}

} // namespace

InvitationPage InvitationPageHtml(const Invitation& invitation, std::string_view link, const Questionnaire* q, const Benchmark* benchmark) {
    InvitationPage page;
    const std::string consultant = Printable(invitation.consultant, false);
    const std::string client = Printable(invitation.client, false);
    const std::string contact = Printable(invitation.contact, false);
    const std::string message = Printable(invitation.message, true);
    const std::string url = Printable(link, false);

    std::string& out = page.html;
    out = report::PageStart(client.empty() ? "An invitation to a self-assessment" : "An invitation to a self-assessment for " + client);
    out += "<h1>An invitation to a self-assessment</h1>\n<p class=\"lead\">";
    out += consultant.empty() ? std::string("Your consultant") : IsolatedHtml(consultant);
    out += client.empty() ? " asks you to take this self-assessment before you meet."
                          : " asks " + IsolatedHtml(client) + " to take this self-assessment before you meet.";
    out += "</p>\n<dl class=\"meta\">\n";
    AppendRow(out, "From", consultant);
    AppendRow(out, "Contact", contact);
    AppendRow(out, "For", client);
    int minutes = 0;
    if (q) {
        minutes = EstimateTime(*q, invitation.mode).minutes;
        AppendRow(out, "Assessment", q->title + (invitation.mode == Mode::Quick ? ", quick scan" : ", full assessment") + " (about " +
                                         std::to_string(minutes) + " minutes)");
    }
    out += "</dl>\n";
    if (!message.empty()) {
        out += "<h2>Message</h2>\n<p class=\"message\" dir=\"auto\">";
        AppendEscapedHtml(out, message);   // line breaks kept by CSS (white-space: pre-line)
        out += "</p>\n";
    }

    out += "<h2>How to start</h2>\n<div class=\"invite\">\n";
    const QrEncode qr = EncodeQr(url);
    page.issues = qr.issues;
    if (qr.matrix) {
        out += "<figure class=\"qr\">" + QrSvg(*qr.matrix, "QR code of the invitation link", "qr") + "</figure>\n";
    }
    out += "<ol class=\"steps\">\n<li>";
    out += qr.matrix ? "Scan the QR code with your phone's camera, or type this link into a web browser:"
                     : "Type this link into a web browser (it is too long for a QR code):";
    out += "<br><span class=\"link\">";
    AppendEscapedHtml(out, url);
    out += "</span></li>\n<li>Answer the questions";
    if (minutes > 0) out += " (about " + std::to_string(minutes) + " minutes)";
    out += ". The assessment runs in your web browser: nothing to install, no account.</li>\n"
           "<li>Your answers stay on your device until you choose to share them. At the end you can send the results "
           "link back";
    out += consultant.empty() ? std::string(".") : " to " + IsolatedHtml(consultant) + ".";
    out += "</li>\n</ol>\n</div>\n";
    if (benchmark) {
        out += "<h2>Compared with other businesses</h2>\n<p>This invitation includes a benchmark of " + std::to_string(benchmark->n) +
               " results, built " + EscapeHtml(FriendlyDate(benchmark->created)) +
               ". When you finish, your results show where each of your scores stands among those businesses. The benchmark "
               "holds only counts and quartiles: no answers and no names.</p>\n";
    }
    out += report::PageEnd("Systemic self-assessment: it runs in your web browser, and nothing is sent anywhere unless you share it.");
    return page;
}

} // namespace systemic
