// sharing.h — what arrives from outside (files, links in the address) and what leaves (links, e-mails):
// results links and files into the team view, invitations, custom questionnaires. No ImGui here.
#pragma once

#include <string>

#include "app_state.h"
#include "host.h"

namespace systemic {

constexpr const char* kCustomQuestionnairesKey = "systemic.v1.custom";   // JSON array of questionnaire texts

// ReceiveFile and OpenFragment, declared in app.h, live here too.
int AddTeamLinks(AppState& state, const std::string& text);                    // every results link in `text`; returns how many were added
bool AddTeamResult(AppState& state, const std::string& source, const Result& result, int questionnaire);   // false (with a message) for another questionnaire
void LoadStoredCustomQuestionnaires(AppState& state, Host& host);             // at start: the custom questionnaires loaded before
std::string ResultsLinkUrl(const AppState& state, Host& host);                 // this page's address + "#r=..." for the open session
std::string InvitationUrl(const AppState& state, Host& host, Issues* issues);  // this page's address + "#invite=..." from the builder's fields
std::string MailtoUrl(const std::string& to, const std::string& subject, const std::string& body);   // percent-encoded mailto: link
std::string MemberLabel(const Result& r);                                      // "Sam Patel, owner, Harbour Bakery" as far as given
int FindQuestionnaire(const AppState& state, const std::string& id);           // index into questionnaires, or -1

} // namespace systemic
