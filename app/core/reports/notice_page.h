// notice_page.h — a one-page printable notice in the reports' frame: what the browser prints on a screen that has
// no report (state/outbox.h PrintHtml), so Ctrl+P never gives a blank or black page.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace systemic {

// A self-contained HTML5 page: the heading, then one paragraph per line. All text is escaped.
std::string NoticePageHtml(std::string_view heading, const std::vector<std::string>& paragraphs);

} // namespace systemic
