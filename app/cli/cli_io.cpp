// cli_io.cpp — file access for the command-line tool, and loading the questionnaires and results files it names.
// The core never touches files; this is where text comes from for every subcommand.
#include "cli_io.h"

#include <cstdio>
#include <utility>

#include "formats/builtin.h"
#include "formats/questionnaire_file.h"
#include "formats/result_file.h"
#include "cli_results.h"

namespace systemic::cli {

std::optional<std::string> ReadFile(const std::string& path) {
    std::FILE* file = std::fopen(path.c_str(), "rb");
    if (!file) return std::nullopt;
    std::string text;
    char buffer[1 << 16];
    std::size_t n = 0;
    while ((n = std::fread(buffer, 1, sizeof buffer, file)) > 0) text.append(buffer, n);
    const bool failed = std::ferror(file) != 0;   // reading a directory, for one, fails here rather than at fopen
    std::fclose(file);
    if (failed) return std::nullopt;
    return text;
}

bool WriteFile(const std::string& path, const std::string& text) {
    std::FILE* file = std::fopen(path.c_str(), "wb");
    if (!file) return false;
    const bool written = std::fwrite(text.data(), 1, text.size(), file) == text.size();
    return std::fclose(file) == 0 && written;
}

std::optional<Questionnaire> LoadQuestionnaireArg(const std::string& id_or_path) {
    // A built-in id wins: "b2b" means the shipped questionnaire even if a file of that name happens to exist.
    std::string text(FindBuiltinQuestionnaire(id_or_path));
    const std::string name = text.empty() ? id_or_path : "questionnaires/" + id_or_path + ".json";   // where the built-in text comes from
    if (text.empty()) {
        const std::optional<std::string> file_text = ReadFile(id_or_path);
        if (!file_text) {
            std::fprintf(stderr, "%s: error: cannot read this file (and it is not a built-in questionnaire: b2b, b2c, public)\n",
                         id_or_path.c_str());
            return std::nullopt;
        }
        text = *file_text;
    }
    QuestionnaireLoad load = LoadQuestionnaire(text);
    if (!load.questionnaire) {
        for (const Issue& issue : load.issues)
            if (issue.severity == Severity::Error) std::fprintf(stderr, "%s\n", FormatIssue(name, issue).c_str());
        return std::nullopt;
    }
    return std::move(load.questionnaire);
}

} // namespace systemic::cli

namespace systemic::cli {

std::optional<Result> LoadResultFile(const std::string& path, const Questionnaire& q) {
    const std::optional<std::string> text = ReadFile(path);
    if (!text) {
        std::fprintf(stderr, "%s: error: cannot read this file\n", path.c_str());
        return std::nullopt;
    }
    ResultLoad load = LoadResult(*text, q);
    for (const Issue& issue : load.issues) std::fprintf(stderr, "%s\n", FormatIssue(path, issue).c_str());
    if (load.result && load.migrated)
        std::fprintf(stderr, "%s: note: carried over %d answers from version %d of \"%s\"; %d could not be carried over\n", path.c_str(),
                     load.carried_over, load.from_version, q.id.c_str(), load.dropped);
    return std::move(load.result);
}

bool LoadResultFiles(const std::vector<std::string>& paths, const Questionnaire& q, std::vector<Result>& results) {
    bool failed = false;
    for (const std::string& path : paths) {
        std::optional<Result> r = LoadResultFile(path, q);
        if (r) results.push_back(std::move(*r));
        else failed = true;
    }
    return !failed;
}

} // namespace systemic::cli
