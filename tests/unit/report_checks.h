// report_checks.h — a small HTML well-formedness checker for the report tests, and helpers shared by test_report and test_csv.
// Not a full HTML parser: it holds our reports to a stricter, XML-like discipline that is easy to check.
#pragma once

#include <cctype>
#include <string>
#include <vector>

namespace systemic::test {

inline bool IsVoidElement(const std::string& name) {
    static const char* kVoid[] = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"};
    for (const char* v : kVoid)
        if (name == v) return true;
    return false;
}

// "" when well formed, else what is wrong and where: every non-void element closed in order (or self-closed with "/>"),
// attribute values in balanced double quotes, no '<' or '>' in text or attribute values, every '&' a known entity form,
// <style> free of "</", exactly one doctype at the start.
inline std::string CheckHtml(const std::string& html) {
    std::vector<std::string> open;
    std::size_t i = 0;
    const std::size_t n = html.size();
    auto where = [&](std::size_t at) { return " at byte " + std::to_string(at) + ": ..." + html.substr(at > 40 ? at - 40 : 0, 80) + "..."; };
    auto check_entity = [&](std::size_t at) -> bool {   // html[at] == '&'
        std::size_t j = at + 1;
        if (j < n && html[j] == '#') {
            ++j;
            const std::size_t digits = j;
            while (j < n && std::isdigit(static_cast<unsigned char>(html[j]))) ++j;
            return j > digits && j < n && html[j] == ';';
        }
        const std::size_t letters = j;
        while (j < n && std::isalpha(static_cast<unsigned char>(html[j]))) ++j;
        return j > letters && j < n && html[j] == ';';
    };
    if (html.compare(0, 15, "<!DOCTYPE html>") != 0) return "no <!DOCTYPE html> at the start";
    i = 15;
    while (i < n) {
        const char c = html[i];
        if (c == '&') {
            if (!check_entity(i)) return "bare '&'" + where(i);
            ++i;
            continue;
        }
        if (c == '>') return "raw '>' in text" + where(i);
        if (c != '<') { ++i; continue; }
        if (html.compare(i, 4, "<!--") == 0) {
            const std::size_t end = html.find("-->", i);
            if (end == std::string::npos) return "unclosed comment" + where(i);
            i = end + 3;
            continue;
        }
        if (i + 1 < n && html[i + 1] == '/') {
            std::size_t j = i + 2;
            std::string name;
            while (j < n && (std::isalnum(static_cast<unsigned char>(html[j])) || html[j] == '-')) name += html[j++];
            if (j >= n || html[j] != '>') return "malformed end tag" + where(i);
            if (open.empty() || open.back() != name) return "</" + name + "> does not close <" + (open.empty() ? "" : open.back()) + ">" + where(i);
            open.pop_back();
            i = j + 1;
            continue;
        }
        std::size_t j = i + 1;
        std::string name;
        while (j < n && (std::isalnum(static_cast<unsigned char>(html[j])) || html[j] == '-')) name += html[j++];
        if (name.empty()) return "raw '<' in text" + where(i);
        // Attributes: name="value" pairs; quotes must balance before the tag ends.
        bool self_closed = false;
        for (;;) {
            while (j < n && std::isspace(static_cast<unsigned char>(html[j]))) ++j;
            if (j >= n) return "unterminated tag <" + name + ">" + where(i);
            if (html[j] == '>') { ++j; break; }
            if (html[j] == '/' && j + 1 < n && html[j + 1] == '>') { self_closed = true; j += 2; break; }
            const std::size_t attr = j;
            while (j < n && (std::isalnum(static_cast<unsigned char>(html[j])) || html[j] == '-' || html[j] == ':' || html[j] == '_')) ++j;
            if (j == attr) return "bad character in tag <" + name + ">" + where(j);
            if (j < n && html[j] == '=') {
                ++j;
                if (j >= n || html[j] != '"') return "unquoted attribute value in <" + name + ">" + where(j);
                ++j;
                while (j < n && html[j] != '"') {
                    if (html[j] == '<' || html[j] == '>') return "'<' or '>' inside an attribute value of <" + name + ">" + where(j);
                    if (html[j] == '&' && !check_entity(j)) return "bare '&' in an attribute of <" + name + ">" + where(j);
                    ++j;
                }
                if (j >= n) return "unbalanced quote in <" + name + ">" + where(attr);
                ++j;
            }
        }
        i = j;
        if (name == "style") {   // raw text: no markup inside, ends at </style>
            const std::size_t end = html.find("</", i);
            if (end == std::string::npos || html.compare(end, 8, "</style>") != 0) return "<style> holds '</'" + where(i);
            i = end + 8;
            continue;
        }
        if (!self_closed && !IsVoidElement(name)) open.push_back(name);
    }
    if (!open.empty()) return "<" + open.back() + "> never closed";
    return "";
}

inline int CountOf(const std::string& text, const std::string& what) {
    int count = 0;
    for (std::size_t at = text.find(what); at != std::string::npos; at = text.find(what, at + what.size())) ++count;
    return count;
}

inline std::string Lower(std::string s) {
    for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return s;
}

constexpr const char* kHostile = "<script>alert(1)</script> \"Q&A\" 'x'";
constexpr const char* kHostileEscaped = "&lt;script&gt;alert(1)&lt;/script&gt; &quot;Q&amp;A&quot; &#39;x&#39;";

} // namespace systemic::test
