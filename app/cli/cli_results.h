// cli_results.h — reading results files for `systemic score` and `systemic team`, with located messages on stderr.
#pragma once

#include <cstdio>
#include <optional>
#include <string>
#include <utility>

#include "cli_io.h"
#include "formats/result_file.h"
#include "model/issue.h"

namespace systemic::cli {

// Reads and loads one results file against q. Errors and warnings go to stderr as "file:line:col: error: path: message",
// plus a note when answers were carried over from another questionnaire version; nullopt when the file cannot be used.
inline std::optional<Result> LoadResultFile(const std::string& path, const Questionnaire& q) {
    const TextRead read = ReadTextFile(path);
    if (!read.text) {
        std::fprintf(stderr, "%s\n", FormatIssue(path, read.issue).c_str());
        return std::nullopt;
    }
    ResultLoad load = LoadResult(*read.text, q);
    for (const Issue& issue : load.issues) std::fprintf(stderr, "%s\n", FormatIssue(path, issue).c_str());
    if (load.result && load.migrated)
        std::fprintf(stderr, "%s: note: carried over %d answers from version %d of '%s'; %d could not be carried over\n", path.c_str(),
                     load.carried_over, load.from_version, q.id.c_str(), load.dropped);
    return std::move(load.result);
}

} // namespace systemic::cli
