// html_escape.h — making any text safe inside HTML and SVG: text nodes and quoted attribute values alike.
// Every string a report did not write itself (names, notes, questionnaire texts) goes through here.
#pragma once

#include <string>
#include <string_view>

namespace systemic {

std::string EscapeHtml(std::string_view text);              // & < > " ' as entities; other bytes unchanged (UTF-8 passes through)
void AppendEscapedHtml(std::string& out, std::string_view text);   // the same, appended to out (no temporary)

} // namespace systemic
