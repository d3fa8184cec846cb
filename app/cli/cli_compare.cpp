// cli_compare.cpp — `systemic compare QUESTIONNAIRE EARLIER.json NOW.json [--json|--html|--text]`: progress over time.
// Both files are loaded into the questionnaire (answers from another version are carried over by question id); a
// file for another questionnaire is a located error naming that file, and the exit status is 1.
#include <cstdio>
#include <memory>
#include <optional>
#include <string>

#include <CLI/CLI.hpp>

#include "cli_io.h"
#include "commands.h"
#include "formats/result_file.h"
#include "reports/compare_out.h"
#include "rules/compare.h"

namespace systemic::cli {

namespace {

struct CompareOptions {
    std::string questionnaire;
    std::string earlier;
    std::string now;
    bool as_json = false;
    bool as_html = false;   // the printable page
};

// One results file, with what its version lacked; issues on stderr as "file:line:col: ..." (as LoadResultFile).
std::optional<Result> LoadSide(const std::string& path, const Questionnaire& q, VersionGap& gap) {
    const TextRead read = ReadTextFile(path);
    if (!read.text) {
        std::fprintf(stderr, "%s\n", FormatIssue(path, read.issue).c_str());
        return std::nullopt;
    }
    ResultLoad load = LoadResult(*read.text, q);
    for (const Issue& issue : load.issues) std::fprintf(stderr, "%s\n", FormatIssue(path, issue).c_str());
    gap = GapOf(load);
    return std::move(load.result);
}

int RunCompare(const CompareOptions& o) {
    const std::optional<Questionnaire> q = LoadQuestionnaireArg(o.questionnaire);
    if (!q) return 1;
    VersionGap earlier_gap, now_gap;
    const std::optional<Result> earlier = LoadSide(o.earlier, *q, earlier_gap);
    const std::optional<Result> now = LoadSide(o.now, *q, now_gap);
    if (!earlier || !now) {
        std::fprintf(stderr, "systemic: nothing compared: both files must be results of questionnaire \"%s\" (fix the file named above)\n",
                     q->id.c_str());
        return 1;
    }
    const Comparison c = Compare(*q, *earlier, *now, earlier_gap, now_gap);
    const std::string out = o.as_html   ? CompareReportHtml(*q, c, std::string("Systemic ") + SYSTEMIC_VERSION)
                            : o.as_json ? CompareToJson(*q, c)
                                        : CompareToText(*q, c);
    std::fwrite(out.data(), 1, out.size(), stdout);
    return 0;
}

} // namespace

void AddCompare(CLI::App& app, int& exit_code) {
    auto o = std::make_shared<CompareOptions>();
    CLI::App* sub = app.add_subcommand("compare", "progress over time: an earlier and a current results file side by side");
    sub->add_option("QUESTIONNAIRE", o->questionnaire, kQuestionnaireHelp)->required();
    sub->add_option("EARLIER.json", o->earlier, "the earlier results file")->required();
    sub->add_option("NOW.json", o->now, "the current results file")->required();
    sub->add_flag_callback("--json", [o] { o->as_json = true; o->as_html = false; }, "the comparison as JSON, for scripts");
    sub->add_flag_callback("--html", [o] { o->as_html = true; o->as_json = false; }, "the comparison as a printable HTML page");
    sub->add_flag_callback("--text", [o] { o->as_json = false; o->as_html = false; }, "the comparison as text (the default)");
    sub->callback([o, &exit_code] { exit_code = RunCompare(*o); });
}

} // namespace systemic::cli
