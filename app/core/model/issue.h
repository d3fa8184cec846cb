// issue.h — problems found in input, as values.
// Every loader in the core reports what is wrong as a list of Issues instead of throwing.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace systemic {

enum class Severity { Error, Warning };

// One problem in an input text. `code` is stable (tests and tools match on it); `path` is a JSON
// pointer ("/questions/3/text", "" for the whole document); line and column are 1-based, 0 when unknown.
struct Issue {
    Severity severity = Severity::Error;
    std::string code;
    std::string path;
    int line = 0;
    int column = 0;
    std::string message;
};

using Issues = std::vector<Issue>;

bool HasErrors(const Issues& issues);                  // true when any issue is an Error
int CountSeverity(const Issues& issues, Severity s);   // how many issues have severity s
std::string FormatIssue(const std::string& file, const Issue& issue);  // "file:line:col: error: path: message"

// A piece of someone's input for a message: at most max_chars characters (code points) of `text`, cut at a
// character boundary with "..." added, control characters and broken UTF-8 shown as '?', in double quotes.
// Messages quote input only through this, so a message never echoes 100 KB (or a terminal escape) back.
std::string Excerpt(std::string_view text, std::size_t max_chars = 64);

} // namespace systemic
