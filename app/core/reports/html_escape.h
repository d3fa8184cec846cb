// html_escape.h — making any text safe inside HTML and SVG: text nodes and quoted attribute values alike.
// Every string a report did not write itself (names, notes, questionnaire texts) goes through here.
#pragma once

#include <string>
#include <string_view>

namespace systemic {

std::string EscapeHtml(std::string_view text);              // & < > " ' as entities; other bytes unchanged (UTF-8 passes through)
void AppendEscapedHtml(std::string& out, std::string_view text);   // the same, appended to out (no temporary)

// Bidirectional isolation (Unicode UAX #9, HTML <bdi>): a name in Arabic or Hebrew keeps its own direction, and a
// U+202E RIGHT-TO-LEFT OVERRIDE inside a name stops at the name's end instead of reversing the report's own words.
std::string IsolatedHtml(std::string_view text);            // "<bdi>" + EscapeHtml(text) + "</bdi>", for text nodes
std::string Isolate(std::string_view text);                 // U+2068 FSI + text + U+2069 PDI, not escaped: for where no element may go
                                                            // (<title>, SVG <text>, attribute values); escape the result there

} // namespace systemic
