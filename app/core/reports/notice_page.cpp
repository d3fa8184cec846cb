// notice_page.cpp — a short printable page in the reports' frame (reports/notice_page.h).
#include "reports/notice_page.h"

#include "reports/html_escape.h"
#include "reports/report_page.h"

namespace systemic {

std::string NoticePageHtml(std::string_view heading, const std::vector<std::string>& paragraphs) {
    std::string out = report::PageStart(heading);
    out += "<h1>";
    AppendEscapedHtml(out, heading);
    out += "</h1>\n";
    for (const std::string& p : paragraphs) {
        out += "<p>";
        AppendEscapedHtml(out, p);
        out += "</p>\n";
    }
    out += report::PageEnd("Systemic self-assessment");
    return out;
}

} // namespace systemic
