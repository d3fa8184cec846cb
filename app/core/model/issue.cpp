// issue.cpp — problems found in input, as values: counting them and printing them like a compiler does.
// The printed form "file:line:col: error: path: message" is what editors and CI logs know how to jump to.
#include "model/issue.h"

namespace systemic {

bool HasErrors(const Issues& issues) {
    for (const Issue& issue : issues)
        if (issue.severity == Severity::Error) return true;
    return false;
}

int CountSeverity(const Issues& issues, Severity s) {
    int count = 0;
    for (const Issue& issue : issues)
        if (issue.severity == s) ++count;
    return count;
}

std::string FormatIssue(const std::string& file, const Issue& issue) {
    std::string out = file;
    if (issue.line > 0) {
        out += ':' + std::to_string(issue.line);
        if (issue.column > 0) out += ':' + std::to_string(issue.column);
    }
    out += issue.severity == Severity::Error ? ": error: " : ": warning: ";
    if (!issue.path.empty()) out += issue.path + ": ";
    out += issue.message;
    return out;
}

} // namespace systemic
