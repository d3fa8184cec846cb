// csv.h — spreadsheet exports: one respondent's questions and areas, and the team table, as RFC 4180 CSV.
// Every one is a Table (reports/table.h) written in the Spreadsheet dialect: UTF-8 with a byte-order mark (Excel then
// reads accents right), CRLF line ends, quoting only where needed, and the formula guard on every cell.
#pragma once

// Formula injection (OWASP "CSV Injection"): a spreadsheet runs a cell that starts with = + - @ (and, in some, TAB
// or CR) as a formula. In a spreadsheet CSV every cell that starts so gets a leading ', whatever its column and
// whoever wrote it: question and area ids ("-3-1", "-area"), names, notes, and our own words and titles alike.
// One exemption keeps figures usable: a Number cell (a figure we formatted ourselves) whose whole text is a plain
// decimal number, -?digits[.digits] ("-12.50", "-1"), is written as it is, so the spreadsheet still reads a number.
// A Number cell that is anything else ("+1", "-3-1", "-") is guarded like text. The Plain dialect (TeamToCsv, for
// programs) writes every cell as it is: a program reading "-area" must get "-area".

#include <string>
#include <string_view>

#include "model/questionnaire.h"
#include "model/result.h"
#include "reports/table.h"
#include "reports/team_out.h"
#include "rules/scoring.h"
#include "rules/team.h"
#include "text/utf8.h"

namespace systemic {

constexpr std::string_view kCsvBom = kUtf8Bom;   // what every spreadsheet CSV starts with

std::string CsvText(std::string_view field);       // a user-text field: formula guard, then quoted if it holds , " CR or LF
std::string CsvNumber(std::string_view field);     // a figure of ours: guarded only when it is not a plain number, quoted if needed
std::string ResultsCsvQuestions(const Questionnaire& q, const Result& r, const Scores& s);   // BOM, header, one row per question: id, area, question, status, today, target, gap, today %, target %, note
std::string ResultsCsvAreas(const Questionnaire& q, const Scores& s);                       // BOM, header, one row per area: area, importance %, weight, today %, target %, gap, stage, answered, single answer, don't know, N/A
std::string TeamCsv(const Questionnaire& q, const TeamScores& t);   // TeamTable for spreadsheets: BOM, CRLF, every cell guarded

} // namespace systemic
