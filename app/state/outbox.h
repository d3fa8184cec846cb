// outbox.h — what leaves the page on purpose: links to share, mailto: links, and downloadable files.
// Nothing leaves by itself: the UI calls these when the user copies, e-mails or downloads.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "model/benchmark.h"
#include "model/issue.h"
#include "model/questionnaire.h"
#include "model/result.h"
#include "rules/scoring.h"
#include "rules/team.h"
#include "state/app_model.h"
#include "state/host.h"

namespace systemic {

std::string ResultsLinkUrl(const AppModel& state, Host& host);                 // this page's address + "#r=..." for the open session; "" without one
// This page's address + "#invite=..." from the builder's fields, + "&b=..." with InvitationBenchmark unless !with_benchmark.
std::string InvitationUrl(const AppModel& state, Host& host, Issues* issues, bool with_benchmark = true);
// The builder's benchmark: the open one (state.benchmark) when it fits the form's questionnaire (same id: another
// version is fine, areas go by id), else nullptr. InvitationBenchmark: the same, only when "Include" is ticked.
const Benchmark* IncludableBenchmark(const AppModel& state);
const Benchmark* InvitationBenchmark(const AppModel& state);
std::string LocalLinkWarning(const std::string& url);                         // "" when others can open url; else why not and what to send instead (file://, localhost)
std::string MailtoUrl(const std::string& to, const std::string& subject, const std::string& body);   // percent-encoded (RFC 3986 unreserved kept) mailto: link

// A file to download: its name, MIME type and bytes.
struct ExportFile {
    std::string filename;             // systemic-[team-|team-report-]<questionnaire id>[-<yyyy-mm-dd>][-part].<ext>
    std::string mime;
    std::string data;
};

enum class ExportKind { AnswersJson, CsvQuestions, CsvAreas, ReportHtml };   // the results screen's downloads
enum class TeamExportKind { Csv, ReportHtml };                               // the team view's downloads

// s must be Score(q, r); now is ISO 8601. `benchmark`: the report compares with it (its Compared section) when it fits q.
// `comparison`: progress over time (rules/compare.h) for the report's section, or nullptr.
ExportFile MakeExport(ExportKind kind, const Questionnaire& q, const Result& r, const Scores& s, const std::string& now,
                      const Benchmark* benchmark = nullptr, const Comparison* comparison = nullptr);
// The results screen's downloads of the open assessment (requires HasSession): scores from the results cache; the
// report includes the open benchmark (state.benchmark) and the comparison with an earlier result when one is open
// (state/compare_store.h CurrentComparison).
ExportFile MakeResultsExport(AppModel& state, ExportKind kind, const std::string& now);
ExportFile MakeTeamExport(TeamExportKind kind, const Questionnaire& q, const std::vector<Result>& results, const TeamScores& t,
                          const std::string& now);                                                                          // t must be AggregateTeam(q, results)
// The team view's download of its members (scores from RefreshTeamScores); requires team.questionnaire to name one
// of state.questionnaires. Used by the team screen, the Clear dialog's "download first" and printing.
ExportFile MakeTeamViewExport(AppModel& state, TeamExportKind kind, const std::string& now);
// The team view's members as an anonymous benchmark (rules/benchmark.h BuildBenchmark, dated now's date):
// systemic-benchmark-<questionnaire id>[-<yyyy-mm-dd>].json. nullopt, with benchmark.too_few in *issues, below 5.
std::optional<ExportFile> MakeTeamBenchmarkExport(AppModel& state, const std::string& now, Issues* issues);

// The printable one-page invitation (reports/invitation_page.h) of the builder's link (invite_form.link, which must
// be set: "Create the link" builds it from the same fields): systemic-invitation-<questionnaire id>[-<yyyy-mm-dd>].html.
ExportFile MakeInvitationExport(const AppModel& state, const std::string& now);

// What the browser prints (Ctrl+P or its print menu) on the screen now showing, as a self-contained HTML page:
// the results screen prints the printable report of the open assessment (with its comparison to an earlier result,
// when one is open), the team view the team report of its members, the invitation builder (once its link is made)
// the one-page invitation; any other screen prints a one-page notice that says there is no report here and where to
// find one.
// Scores come from the results cache (refreshed if stale) and the team's aggregate, as on screen. now: ISO 8601.
std::string PrintHtml(AppModel& state, const std::string& now);

} // namespace systemic
