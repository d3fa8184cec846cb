// csv_export.h — spreadsheet exports: one respondent's questions and areas, and the team table, as RFC 4180 CSV.
// UTF-8 with a byte-order mark (Excel then reads accents right), CRLF line ends, quoting only where needed.
#pragma once

// Formula injection: a spreadsheet runs a cell that starts with = + - @ (and, in some, tab or CR) as a formula.
// Fields that came from people (questionnaire texts, notes, names, ids) get a leading ' when they start so; the
// numbers we write ourselves ("-12.50") are left alone so they stay numbers.

#include <string>
#include <string_view>

#include "model/questionnaire.h"
#include "model/result.h"
#include "reports/team_out.h"
#include "rules/scoring.h"
#include "rules/team.h"

namespace systemic {

constexpr const char* kCsvBom = "\xEF\xBB\xBF";

std::string CsvText(std::string_view field);       // a user-text field: formula guard, then quoted if it holds , " CR or LF
std::string CsvNumber(std::string_view field);     // a field we wrote ourselves: quoted only if needed, never prefixed
std::string ResultsCsvQuestions(const Questionnaire& q, const Result& r, const Scores& s);   // BOM, header, one row per question: id, area, question, status, today, target, gap, today %, target %, note
std::string ResultsCsvAreas(const Questionnaire& q, const Scores& s);                       // BOM, header, one row per area: area, importance %, weight, today %, target %, gap, stage, answered, single answer, don't know, N/A
std::string TeamCsv(const Questionnaire& q, const TeamScores& t);   // TeamToCsv's table for spreadsheets: BOM, CRLF, id columns guarded

} // namespace systemic
