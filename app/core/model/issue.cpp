// issue.cpp — problems found in input, as values: counting them and printing them like a compiler does.
// The printed form "file:line:col: error: path: message" is what editors and CI logs know how to jump to.
#include "model/issue.h"

#include "text/utf8.h"

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

std::string Excerpt(std::string_view text, std::size_t max_chars) {
    std::string out = "\"";
    std::size_t chars = 0, i = 0;
    while (i < text.size() && chars < max_chars) {
        const Utf8Char c = DecodeAt(text, i, Utf8Policy::Strict);
        const char32_t code = c.code;
        // Controls (C0, DEL, C1) and the bidirectional overrides and isolates would act on whatever shows the message.
        const bool unsafe = c.length == 0 || code < 0x20 || (code >= 0x7F && code <= 0x9F) || (code >= 0x202A && code <= 0x202E) ||
                            (code >= 0x2066 && code <= 0x2069);
        if (unsafe) out += (c.length == 1 && (code == '\n' || code == '\t' || code == '\r')) ? ' ' : '?';
        else out.append(text.data() + i, c.length);
        i += c.length == 0 ? 1 : c.length;
        ++chars;
    }
    if (i < text.size()) out += "...";
    return out + "\"";
}

} // namespace systemic
