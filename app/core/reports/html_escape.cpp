// html_escape.cpp — the five characters that can end a text node or an attribute value, as entities.
// One function for text and attributes: escaping quotes in text costs nothing and removes a way to get it wrong.
#include "reports/html_escape.h"

namespace systemic {

void AppendEscapedHtml(std::string& out, std::string_view text) {
    for (char c : text) {
        switch (c) {
            case '&': out += "&amp;"; break;
            case '<': out += "&lt;"; break;
            case '>': out += "&gt;"; break;
            case '"': out += "&quot;"; break;
            case '\'': out += "&#39;"; break;   // &apos; is not HTML 4, and some mail clients still read that
            case '\0': out += "\xEF\xBF\xBD"; break;   // U+FFFD: a NUL is a parse error in HTML
            default: out += c; break;
        }
    }
}

std::string EscapeHtml(std::string_view text) {
    std::string out;
    out.reserve(text.size() + text.size() / 8);
    AppendEscapedHtml(out, text);
    return out;
}

std::string IsolatedHtml(std::string_view text) {
    std::string out = "<bdi>";
    out.reserve(text.size() + 12);
    AppendEscapedHtml(out, text);
    return out + "</bdi>";
}

std::string Isolate(std::string_view text) {
    return "\xE2\x81\xA8" + std::string(text) + "\xE2\x81\xA9";   // U+2068 FIRST STRONG ISOLATE ... U+2069 POP DIRECTIONAL ISOLATE
}

} // namespace systemic
