// invitation_page.h — the printable one-page invitation a consultant hands out on paper: who invites whom, their
// message, the link as a QR code and written out in full, and what to do with it. In the reports' frame (A4).
#pragma once

#include <string>
#include <string_view>

#include "formats/links.h"
#include "model/benchmark.h"
#include "model/issue.h"
#include "model/questionnaire.h"

namespace systemic {

struct InvitationPage {
    std::string html;   // a self-contained HTML5 page (no script, strict CSP); always written
    Issues issues;      // from EncodeQr ("qr.too_long"): the page then says so instead of showing a QR code
};

// The page for `invitation` and its full `link` (the URL EncodeInvitation's fragment is appended to, as the page or
// `systemic link invite` gives it). `q`, when given, names the questionnaire and the minutes it takes in the
// invitation's mode. Everything typed by a person (consultant, client, contact, message) is escaped and isolated
// (html_escape.h); control characters other than line breaks in the message become spaces and broken UTF-8 becomes
// U+FFFD. The QR code holds exactly `link`'s bytes (reports/qr_code.h); the link is also written out in full.
// `benchmark`, when the link carries one (formats/links.h "&b="): the page says so, with its n and date, what the
// respondent will see, and that it holds no answers or names.
InvitationPage InvitationPageHtml(const Invitation& invitation, std::string_view link, const Questionnaire* q = nullptr,
                                  const Benchmark* benchmark = nullptr);

} // namespace systemic
