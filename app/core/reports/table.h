// table.h — a table as a value: columns and rows of typed cells, written out as CSV (two dialects) or as a padded
// text table. Writers build the Table once; the dialect decides line ends, byte-order mark and the formula guard.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

namespace systemic {

// Where a cell's text came from: this decides the formula guard in the spreadsheet dialect (see WriteCsv).
enum class CellKind {
    UserText,   // written by people: questionnaire texts and ids, names, notes
    Number,     // a figure we formatted ourselves ("41.67", "-12.50", "3")
    Word,       // a fixed word of ours: "yes", "don't know", "Defined", a role name, a column title
};

struct TableCell {
    std::string text;
    CellKind kind = CellKind::UserText;
};

struct TableColumn {
    std::string title;          // the header cell (a Word); "" leaves it blank
    std::size_t width = 0;      // WriteTextTable: characters the column takes, spaces included; 0 = as long as its text
};

struct Table {
    std::vector<TableColumn> columns;
    std::vector<std::vector<TableCell>> rows;   // a row may be shorter than the columns: the rest is empty
};

TableCell UserText(std::string text);   // shorthands for building rows
TableCell Number(std::string text);
TableCell Word(std::string text);

enum class CsvDialect {
    Plain,         // for programs: RFC 4180 quoting where needed, "\n" line ends, no byte-order mark, no guard
    Spreadsheet,   // for people: UTF-8 byte-order mark, "\r\n", and the formula guard on every cell (reports/csv.h)
};

// One field as WriteCsv writes it: guarded (Spreadsheet only, see GuardFormula), then quoted when it holds , " CR or LF.
std::string CsvField(const TableCell& cell, CsvDialect dialect);

// The header row (column titles, as Word cells), then every row. A field is quoted when it holds , " CR or LF, with " doubled.
std::string WriteCsv(const Table& table, CsvDialect dialect);

// Lines of `indent` + each cell padded to its column's width in characters (text/utf8.h PadRight), trailing spaces
// removed; the header line first unless every title is empty. Cells longer than their width are not cut.
std::string WriteTextTable(const Table& table, const std::string& indent = "  ");

// The spreadsheet formula guard for one cell: a leading ' when the text starts with = + - @ TAB or CR, unless it is
// a Number cell whose text is a plain decimal number (-?digits[.digits]), which a spreadsheet reads as a number.
std::string GuardFormula(const TableCell& cell);
bool IsPlainNumber(const std::string& text);   // "-12.50", "3", "0.5"; not "+1", "1e5", "-", ".5", "-3-1"

} // namespace systemic
