// outbox.cpp — everything that leaves the page on purpose: results and invitation links, mailto: links, and the
// downloads of the results and team screens, all made here so both screens name and build files the same way.
#include "state/outbox.h"

#include <algorithm>

#include "formats/benchmark_file.h"
#include "formats/links.h"
#include "formats/result_file.h"
#include "reports/csv.h"
#include "rules/benchmark.h"
#include "reports/invitation_page.h"
#include "reports/notice_page.h"
#include "reports/results_report.h"
#include "reports/team_report.h"
#include "state/compare_store.h"
#include "state/inbox.h"
#include "text/dates.h"

namespace systemic {

namespace {

std::string PercentEncode(const std::string& text) {
    static const char* kHex = "0123456789ABCDEF";
    std::string out;
    for (unsigned char c : text) {
        if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_' || c == '.' || c == '~') {
            out += static_cast<char>(c);
        } else {
            out += '%';
            out += kHex[c >> 4];
            out += kHex[c & 15];
        }
    }
    return out;
}

// File names carry only characters every file system accepts, whatever a custom questionnaire calls itself.
std::string SafeId(const std::string& id) {
    std::string out;
    for (char c : id) {
        const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
        out += ok ? c : '-';
    }
    return out.empty() ? std::string("results") : out;
}

std::string Stem(const std::string& kind, const Questionnaire& q, const std::string& now) {
    const std::string date = DatePart(now);
    return "systemic-" + kind + SafeId(q.id) + (date.empty() ? std::string() : "-" + date);
}

} // namespace

std::string ResultsLinkUrl(const AppModel& state, Host& host) {
    if (!HasSession(state)) return "";
    return host.PageUrl() + "#" + EncodeResultLink(SessionQuestionnaire(state), state.session.result);
}

namespace {

// The invitation the builder's fields describe: one place, so the link, its QR code and the printable page agree.
Invitation InvitationFromForm(const AppModel& state) {
    const InviteForm& f = state.invite_form;
    Invitation invitation;
    const Questionnaire& q = state.questionnaires[static_cast<size_t>(f.questionnaire)];
    invitation.questionnaire = q.id;
    invitation.mode = f.mode;
    invitation.client = f.client;
    invitation.consultant = f.consultant;
    invitation.contact = f.contact;
    invitation.message = f.message;
    if (q.sector == "custom") invitation.questionnaire_hash = q.hash;
    return invitation;
}

} // namespace

const Benchmark* IncludableBenchmark(const AppModel& state) {
    if (!state.benchmark.open) return nullptr;
    const Questionnaire& q = state.questionnaires[static_cast<size_t>(state.invite_form.questionnaire)];
    return HasErrors(CheckBenchmarkFits(*state.benchmark.open, q)) ? nullptr : &*state.benchmark.open;
}

const Benchmark* InvitationBenchmark(const AppModel& state) {
    return state.invite_form.include_benchmark ? IncludableBenchmark(state) : nullptr;
}

std::string InvitationUrl(const AppModel& state, Host& host, Issues* issues, bool with_benchmark) {
    const Invitation invitation = InvitationFromForm(state);
    if (issues) *issues = CheckInvitation(invitation);
    const Benchmark* b = with_benchmark ? InvitationBenchmark(state) : nullptr;
    const Questionnaire& q = state.questionnaires[static_cast<size_t>(state.invite_form.questionnaire)];
    return host.PageUrl() + "#" + (b ? EncodeInvitation(invitation, *b, q) : EncodeInvitation(invitation));
}

ExportFile MakeInvitationExport(const AppModel& state, const std::string& now) {
    const Questionnaire& q = state.questionnaires[static_cast<size_t>(state.invite_form.questionnaire)];
    const InvitationPage page = InvitationPageHtml(InvitationFromForm(state), state.invite_form.link, &q, InvitationBenchmark(state));
    return {Stem("invitation-", q, now) + ".html", "text/html;charset=utf-8", page.html};
}

std::string LocalLinkWarning(const std::string& url) {
    // The scheme and host, lower-cased: "file:", or an address only this computer answers.
    std::string head;
    for (char c : url.substr(0, 32)) head += static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
    const bool file = head.rfind("file:", 0) == 0;
    bool local = false;
    for (const char* prefix : {"http://localhost", "https://localhost", "http://127.", "https://127.", "http://[::1]", "https://[::1]"})
        local = local || head.rfind(prefix, 0) == 0;
    if (!file && !local) return "";
    const std::string where = file ? "a copy of this page saved on this computer (the link starts with file://)"
                                   : "a page served only on this computer (the link starts with " + url.substr(0, url.find('/', 8)) + ")";
    return "Your client cannot open this link: it points to " + where + ", so it works only here. Send instead either "
           "(1) an invitation made from the page at its web address, if your organisation hosts Systemic, or "
           "(2) the Systemic page file itself (systemic.html) as an attachment, with this message: \"Open the attached "
           "file, then paste this into the address bar after the file's name: " + url.substr(std::min(url.size(), url.find('#'))) +
           "\". The file works offline, and the answers stay on your client's computer.";
}

std::string MailtoUrl(const std::string& to, const std::string& subject, const std::string& body) {
    return "mailto:" + PercentEncode(to) + "?subject=" + PercentEncode(subject) + "&body=" + PercentEncode(body);
}

ExportFile MakeExport(ExportKind kind, const Questionnaire& q, const Result& r, const Scores& s, const std::string& now,
                      const Benchmark* benchmark, const Comparison* comparison) {
    const std::string date = DatePart(now);
    const std::string stem = Stem("", q, now);
    switch (kind) {
    case ExportKind::AnswersJson: return {stem + ".json", "application/json", SaveResult(r)};
    case ExportKind::CsvQuestions: return {stem + "-questions.csv", "text/csv;charset=utf-8", ResultsCsvQuestions(q, r, s)};
    case ExportKind::CsvAreas: return {stem + "-areas.csv", "text/csv;charset=utf-8", ResultsCsvAreas(q, s)};
    case ExportKind::ReportHtml: {
        ReportOptions options;
        options.date = date;
        if (benchmark && !HasErrors(CheckBenchmarkFits(*benchmark, q))) options.benchmark = benchmark;
        options.comparison = comparison;
        return {stem + "-report.html", "text/html;charset=utf-8", ResultsReportHtml(q, r, s, options)};
    }
    }
    return {};
}

ExportFile MakeResultsExport(AppModel& state, ExportKind kind, const std::string& now) {
    const Questionnaire& q = SessionQuestionnaire(state);
    const Comparison* comparison = CurrentComparison(state);   // refreshes the results cache too
    RefreshResults(state.results_cache, q, state.session.questionnaire, state.session.result);
    const Benchmark* benchmark = state.benchmark.open ? &*state.benchmark.open : nullptr;   // the report compares with it
    return MakeExport(kind, q, state.session.result, state.results_cache.scores, now, benchmark, comparison);
}

ExportFile MakeTeamExport(TeamExportKind kind, const Questionnaire& q, const std::vector<Result>& results, const TeamScores& t,
                          const std::string& now) {
    const std::string date = DatePart(now);
    switch (kind) {
    case TeamExportKind::Csv: return {Stem("team-", q, now) + ".csv", "text/csv;charset=utf-8", TeamCsv(q, t)};
    case TeamExportKind::ReportHtml: {
        ReportOptions options;
        options.date = date;
        return {Stem("team-report-", q, now) + ".html", "text/html;charset=utf-8", TeamReportHtml(q, results, t, options)};
    }
    }
    return {};
}

ExportFile MakeTeamViewExport(AppModel& state, TeamExportKind kind, const std::string& now) {
    const Questionnaire& q = state.questionnaires[static_cast<size_t>(state.team.questionnaire)];
    const TeamScores& t = RefreshTeamScores(state);
    std::vector<Result> results;
    for (const TeamMember& m : state.team.members) results.push_back(m.result);
    return MakeTeamExport(kind, q, results, t, now);
}

std::optional<ExportFile> MakeTeamBenchmarkExport(AppModel& state, const std::string& now, Issues* issues) {
    const Questionnaire& q = state.questionnaires[static_cast<size_t>(state.team.questionnaire)];
    std::vector<Result> results;
    for (const TeamMember& m : state.team.members) results.push_back(m.result);
    BenchmarkBuild build = BuildBenchmark(q, results, DatePart(now));
    if (issues) *issues = build.issues;
    if (!build.benchmark) return std::nullopt;
    return ExportFile{Stem("benchmark-", q, now) + ".json", "application/json", SaveBenchmark(*build.benchmark)};
}

std::string PrintHtml(AppModel& state, const std::string& now) {
    if (state.screen == Screen::Results && HasSession(state)) {
        return MakeResultsExport(state, ExportKind::ReportHtml, now).data;
    }
    TeamState& team = state.team;
    if (state.screen == Screen::Team && !team.members.empty() && team.questionnaire >= 0 &&
        team.questionnaire < static_cast<int>(state.questionnaires.size())) {
        return MakeTeamViewExport(state, TeamExportKind::ReportHtml, now).data;
    }
    if (state.screen == Screen::Invite && !state.invite_form.link.empty()) return MakeInvitationExport(state, now).data;
    std::vector<std::string> lines;
    lines.push_back(std::string("You printed the screen \u201c") + ScreenTitle(state.screen) + "\u201d, which has no report.");
    if (state.screen == Screen::Invite)
        lines.push_back("Create the invitation link first: this screen then prints a one-page invitation with its QR code.");
    else if (state.screen == Screen::Team)
        lines.push_back("The team view prints the team report once you have added at least one respondent's results.");
    else if (HasSession(state))
        lines.push_back("Your report prints from the results screen, \u201cYour results\u201d: go there, then print again.");
    else
        lines.push_back("Answer the questions of an assessment first; its results screen then prints as a report of several pages.");
    lines.push_back("Nothing on this page was sent anywhere: Systemic works entirely in your browser.");
    return NoticePageHtml("Nothing to print on this screen", lines);
}

} // namespace systemic
