// cli_io.cpp — file access for the command-line tool, and loading the questionnaires and results files it names.
// The core never touches files; this is where text comes from for every subcommand.
#include "cli_io.h"

#include <sys/stat.h>

#include <cstdio>
#include <cerrno>
#include <cstdint>
#include <cstring>
#include <utility>

#include "formats/builtin.h"
#include "formats/file_text.h"
#include "formats/questionnaire_file.h"
#include "formats/result_file.h"
#include "cli_results.h"

namespace systemic::cli {

namespace {

Issue FileError(std::string code, std::string message) {
    return Issue{Severity::Error, std::move(code), "", 0, 0, std::move(message)};
}

} // namespace

TextRead ReadTextFile(const std::string& path) {
    TextRead read;
    struct stat info {};
    if (::stat(path.c_str(), &info) != 0) {
        read.issue = FileError("file.unreadable", std::string("cannot read this file: ") + std::strerror(errno));
        return read;
    }
    if (S_ISDIR(info.st_mode)) {
        read.issue = FileError("file.unreadable", "this is a folder, not a file");
        return read;
    }
    // A regular file's size is known before reading: refuse a large one without touching its bytes.
    if (S_ISREG(info.st_mode) && static_cast<std::uint64_t>(info.st_size) > kMaxFileBytes) {
        read.issue = FileTooLarge(static_cast<std::uint64_t>(info.st_size));
        return read;
    }
    std::FILE* file = std::fopen(path.c_str(), "rb");
    if (!file) {
        read.issue = FileError("file.unreadable", std::string("cannot read this file: ") + std::strerror(errno));
        return read;
    }
    std::string bytes;
    char buffer[1 << 16];
    std::size_t n = 0;
    bool too_large = false;
    while ((n = std::fread(buffer, 1, sizeof buffer, file)) > 0) {
        if (bytes.size() + n > kMaxFileBytes) { too_large = true; break; }   // a device or a pipe that does not end
        bytes.append(buffer, n);
    }
    const bool failed = !too_large && std::ferror(file) != 0;
    std::fclose(file);
    if (too_large) {
        read.issue = FileTooLarge(kMaxFileBytes, true);
        return read;
    }
    if (failed) {
        read.issue = FileError("file.unreadable", "cannot read this file");
        return read;
    }
    FileText decoded = DecodeFileText(bytes);
    if (!decoded.ok) {
        read.issue = decoded.issues.front();
        return read;
    }
    read.text = std::move(decoded.text);
    return read;
}

bool FileExists(const std::string& path) {
    struct stat info {};
    return ::stat(path.c_str(), &info) == 0 && !S_ISDIR(info.st_mode);
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
        TextRead read = ReadTextFile(id_or_path);
        if (!read.text) {
            if (read.issue.code == "file.unreadable")
                read.issue.message += " (and it is not a built-in questionnaire: b2b, b2c, public)";
            std::fprintf(stderr, "%s\n", FormatIssue(id_or_path, read.issue).c_str());
            return std::nullopt;
        }
        text = std::move(*read.text);
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
    const TextRead read = ReadTextFile(path);
    if (!read.text) {
        std::fprintf(stderr, "%s\n", FormatIssue(path, read.issue).c_str());
        return std::nullopt;
    }
    ResultLoad load = LoadResult(*read.text, q);
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
