// cli_validate.cpp — `systemic validate` and `systemic readability`: tools for questionnaire authors.
// validate prints compiler-style lines an editor can jump to; both have a --json form for scripts and CI.
#include <cmath>
#include <cstdio>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include "cli_io.h"
#include "commands.h"
#include "formats/builtin.h"
#include "formats/json_document.h"
#include "formats/questionnaire_file.h"
#include "rules/readability.h"
#include "text/ids.h"
#include "text/numbers.h"

namespace systemic::cli {

namespace {

using json = nlohmann::json;

struct FilesOptions {
    std::vector<std::string> names;   // questionnaire files (validate) or built-in ids and files (readability)
    bool as_json = false;
};

const char* SeverityName(Severity severity) { return severity == Severity::Error ? "error" : "warning"; }

double Round1(double value) { return std::round(value * 10) / 10; }

int QuickCount(const Questionnaire& q) {
    int quick = 0;
    for (const Question& question : q.questions) quick += question.quick ? 1 : 0;
    return quick;
}

int RunValidate(const FilesOptions& o) {
    const std::vector<std::string>& files = o.names;
    const bool as_json = o.as_json;

    bool any_errors = false;
    json report = json::array();
    for (const std::string& file : files) {
        Issues issues;
        std::optional<Questionnaire> q;
        TextRead read = ReadTextFile(file);
        if (read.text) {
            QuestionnaireLoad load = LoadQuestionnaire(*read.text);
            issues = std::move(load.issues);
            q = std::move(load.questionnaire);
            // The page refuses a changed copy under a built-in id (formats/builtin.h); say so here first.
            if (q)
                if (std::optional<Issue> clash = BuiltinIdClash(*q, Severity::Warning)) issues.push_back(std::move(*clash));
        } else {
            issues.push_back(std::move(read.issue));
        }
        const int errors = CountSeverity(issues, Severity::Error);
        const int warnings = CountSeverity(issues, Severity::Warning);
        any_errors = any_errors || errors > 0;

        if (as_json) {
            json entry = {{"file", file}, {"ok", errors == 0}, {"errors", errors}, {"warnings", warnings}, {"issues", json::array()}};
            if (q) {
                entry["id"] = q->id;
                entry["questions"] = q->questions.size();
                entry["quick"] = QuickCount(*q);
                entry["hash"] = q->hash;
            }
            for (const Issue& issue : issues)
                entry["issues"].push_back({{"severity", SeverityName(issue.severity)}, {"code", issue.code}, {"path", issue.path},
                                           {"line", issue.line}, {"column", issue.column}, {"message", issue.message}});
            report.push_back(std::move(entry));
            continue;
        }
        // The text report is for a person: control characters from a path or the file are shown, not sent.
        for (const Issue& issue : issues) std::printf("%s\n", ShowControlCharacters(FormatIssue(file, issue)).c_str());
        std::string summary = file + ": ";
        if (errors > 0) {
            summary += Plural(errors, "error", "errors");
            if (warnings > 0) summary += ", " + Plural(warnings, "warning", "warnings");
        } else {
            summary += warnings > 0 ? "ok with " + Plural(warnings, "warning", "warnings") : std::string("ok");
            summary += ", " + Plural(static_cast<int>(q->questions.size()), "question", "questions") + ", quick scan " +
                       std::to_string(QuickCount(*q));
        }
        std::printf("%s\n", ShowControlCharacters(summary).c_str());
    }
    if (as_json) std::printf("%s\n", DumpJson(report, 2).c_str());
    return any_errors ? 1 : 0;
}

// "b2b-insight-value", "b2b-insight-value level 3", "b2b-insight-value from level 2"
std::string ItemLabel(const ReadabilityItem& item, const char* index_label) {
    return item.index > 0 ? item.question_id + " " + index_label + " " + std::to_string(item.index) : item.question_id;
}

std::string SummaryLine(const char* title, const ReadabilitySummary& summary, const char* index_label) {
    std::string line = "  ";
    line += title;
    line.resize(18, ' ');
    if (summary.count == 0) return line + "no text";
    line += "mean " + FormatFixed(summary.mean, 1) + ", lowest " + FormatFixed(summary.min, 1) + ", all together " + FormatFixed(summary.pooled, 1) + "; hardest: ";
    for (std::size_t i = 0; i < summary.hardest.size(); ++i)
        line += (i > 0 ? ", " : "") + ItemLabel(summary.hardest[i], index_label) + " (" + FormatFixed(summary.hardest[i].score, 1) + ")";
    return line;
}

json SummaryJson(const ReadabilitySummary& summary, const char* index_key) {
    json out = {{"count", summary.count}, {"mean", Round1(summary.mean)}, {"min", Round1(summary.min)},
                {"pooled", Round1(summary.pooled)}, {"hardest", json::array()}};
    for (const ReadabilityItem& item : summary.hardest) {
        json entry = {{"id", item.question_id}, {"score", Round1(item.score)}};
        if (item.index > 0) entry[index_key] = item.index;
        out["hardest"].push_back(std::move(entry));
    }
    return out;
}


int RunReadability(const FilesOptions& o) {
    const std::vector<std::string>& names = o.names;
    const bool as_json = o.as_json;

    bool any_failed = false;
    json report = json::array();
    for (const std::string& name : names) {
        const std::optional<Questionnaire> q = LoadQuestionnaireArg(name);
        if (!q) {
            any_failed = true;
            continue;
        }
        const QuestionnaireReadability r = MeasureReadability(*q);
        if (as_json) {
            report.push_back({{"questionnaire", name}, {"id", q->id}, {"questions", SummaryJson(r.questions, "level")},
                              {"why", SummaryJson(r.why, "level")}, {"levels", SummaryJson(r.levels, "level")},
                              {"next_steps", SummaryJson(r.next_steps, "from_level")}});
            continue;
        }
        // A report for a person, like validate's: a path or title with control characters shows them.
        const std::string heading = name + ": " + q->title + " (" + Plural(static_cast<int>(q->questions.size()), "question", "questions") + ")";
        std::printf("%s\n", ShowControlCharacters(heading).c_str());
        std::printf("  Flesch reading ease: higher is easier; 60-70 is plain English, below 50 is hard going\n");
        std::printf("%s\n", ShowControlCharacters(SummaryLine("question texts", r.questions, "level")).c_str());
        std::printf("%s\n", ShowControlCharacters(SummaryLine("why texts", r.why, "level")).c_str());
        std::printf("%s\n", ShowControlCharacters(SummaryLine("level texts", r.levels, "level")).c_str());
        std::printf("%s\n", ShowControlCharacters(SummaryLine("next steps", r.next_steps, "from level")).c_str());
    }
    if (as_json) std::printf("%s\n", DumpJson(report, 2).c_str());
    return any_failed ? 1 : 0;
}

} // namespace

void AddValidate(CLI::App& app, int& exit_code) {
    auto o = std::make_shared<FilesOptions>();
    CLI::App* sub = app.add_subcommand("validate", "check questionnaire files; exit 1 when any has errors");
    sub->add_option("FILE", o->names, "questionnaire JSON files")->required();
    sub->add_flag("--json", o->as_json, "the issues as JSON, for scripts and CI");
    sub->callback([o, &exit_code] { exit_code = RunValidate(*o); });
}

void AddReadability(CLI::App& app, int& exit_code) {
    auto o = std::make_shared<FilesOptions>();
    CLI::App* sub = app.add_subcommand("readability", "Flesch reading ease of the question texts");
    sub->add_option("QUESTIONNAIRE", o->names, kQuestionnaireHelp)->required();
    sub->add_flag("--json", o->as_json, "the figures as JSON");
    sub->callback([o, &exit_code] { exit_code = RunReadability(*o); });
}

} // namespace systemic::cli
