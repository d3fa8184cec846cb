// cli_io.h — file access for the command-line tool (the core itself never touches files).
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "model/issue.h"
#include "model/questionnaire.h"

namespace systemic::cli {

// A file read for the tool: its size is checked before reading (a regular file larger than kMaxFileBytes is not
// read at all), anything else (a pipe, /dev/zero) is read in chunks and abandoned past kMaxFileBytes, and the bytes
// go through DecodeFileText (formats/file_text.h) as in the page: a byte-order mark, UTF-16 and UTF-32 are read.
struct TextRead {
    std::optional<std::string> text;   // UTF-8 when it could be read
    Issue issue;                       // otherwise: file.unreadable, file.too_large, file.invalid_utf16, file.binary, ...
};
TextRead ReadTextFile(const std::string& path);
bool FileExists(const std::string& path);                                // something at path can be opened for reading
bool WriteFile(const std::string& path, const std::string& text);       // true on success
// A built-in id ("b2b", "b2c", "public") or a path; prints located errors to stderr and returns nullopt on failure.
std::optional<Questionnaire> LoadQuestionnaireArg(const std::string& id_or_path);

// Everything the tool writes to stderr, and to stdout when stdout is a terminal, passes a filter (installed once by
// main) that shows control characters from the input — ESC, a lone CR, DEL, C1 controls — as "\u001B" and so on,
// so a name or a file cannot drive the terminal. Line feeds, tabs and CR LF (CSV) pass as they are. Output sent to
// a file or a pipe is data and is written as it is (a CSV cell keeps what was answered).
void InstallTerminalGuard();
// The same filter for one complete text: "a\x1b[2Jb" -> "a\\u001B[2Jb". For output that is a message to a person
// even when it goes to a file (validate's report), since a log is read in a terminal later.
std::string ShowControlCharacters(std::string_view text);

} // namespace systemic::cli
