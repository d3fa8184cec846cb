// cli_io.h — file access for the command-line tool (the core itself never touches files).
#pragma once

#include <optional>
#include <string>

#include "model/questionnaire.h"

namespace systemic::cli {

std::optional<std::string> ReadFile(const std::string& path);          // whole file, or nullopt when unreadable
bool WriteFile(const std::string& path, const std::string& text);       // true on success
// A built-in id ("b2b", "b2c", "public") or a path; prints located errors to stderr and returns nullopt on failure.
std::optional<Questionnaire> LoadQuestionnaireArg(const std::string& id_or_path);

} // namespace systemic::cli
