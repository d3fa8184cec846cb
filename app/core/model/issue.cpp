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

std::string Excerpt(std::string_view text, std::size_t max_chars) {
    std::string out = "\"";
    std::size_t chars = 0, i = 0;
    while (i < text.size() && chars < max_chars) {
        const unsigned char b = static_cast<unsigned char>(text[i]);
        std::size_t length = b < 0x80 ? 1 : (b >= 0xC2 && b <= 0xDF) ? 2 : (b >= 0xE0 && b <= 0xEF) ? 3 : (b >= 0xF0 && b <= 0xF4) ? 4 : 0;
        unsigned code = length == 1 ? b : length == 2 ? (b & 0x1Fu) : length == 3 ? (b & 0x0Fu) : (b & 0x07u);
        for (std::size_t k = 1; k < length; ++k) {
            const unsigned char c = i + k < text.size() ? static_cast<unsigned char>(text[i + k]) : 0;
            if ((c & 0xC0u) != 0x80u) { length = 0; break; }
            code = (code << 6) | (c & 0x3Fu);
        }
        if ((length == 3 && (code < 0x800 || (code >= 0xD800 && code <= 0xDFFF))) || (length == 4 && (code < 0x10000 || code > 0x10FFFF)))
            length = 0;
        // Controls (C0, DEL, C1) and the bidirectional overrides and isolates would act on whatever shows the message.
        const bool unsafe = length == 0 || code < 0x20 || (code >= 0x7F && code <= 0x9F) || (code >= 0x202A && code <= 0x202E) ||
                            (code >= 0x2066 && code <= 0x2069);
        if (unsafe) out += (length == 1 && (code == '\n' || code == '\t' || code == '\r')) ? ' ' : '?';
        else out.append(text.data() + i, length);
        i += length == 0 ? 1 : length;
        ++chars;
    }
    if (i < text.size()) out += "...";
    return out + "\"";
}

} // namespace systemic
