// cli_results.h — reading results files for the commands that take them, with located messages on stderr.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "model/questionnaire.h"
#include "model/result.h"

namespace systemic::cli {

// Reads and loads one results file against q. Errors and warnings go to stderr as "file:line:col: error: path: message",
// plus a note when answers were carried over from another questionnaire version; nullopt when the file cannot be used.
std::optional<Result> LoadResultFile(const std::string& path, const Questionnaire& q);
// Every file of `paths`, appended to `results` in order; false when any cannot be used (each says why on stderr).
// All are read, so one run lists every broken file.
bool LoadResultFiles(const std::vector<std::string>& paths, const Questionnaire& q, std::vector<Result>& results);

} // namespace systemic::cli
