// table.cpp — one CSV writer and one text-table writer for every table the project writes.
#include "reports/table.h"

#include "text/utf8.h"

namespace systemic {

namespace {

std::string Quoted(const std::string& field) {
    if (field.find_first_of(",\"\r\n") == std::string::npos) return field;
    std::string out = "\"";
    for (const char c : field) {
        if (c == '"') out += '"';
        out += c;
    }
    return out + "\"";
}

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

} // namespace

TableCell UserText(std::string text) { return {std::move(text), CellKind::UserText}; }
TableCell Number(std::string text) { return {std::move(text), CellKind::Number}; }
TableCell Word(std::string text) { return {std::move(text), CellKind::Word}; }

bool IsPlainNumber(const std::string& text) {
    std::size_t i = text.size() > 0 && text[0] == '-' ? 1 : 0;
    const std::size_t digits = i;
    while (i < text.size() && IsDigit(text[i])) ++i;
    if (i == digits) return false;
    if (i == text.size()) return true;
    if (text[i] != '.') return false;
    const std::size_t fraction = ++i;
    while (i < text.size() && IsDigit(text[i])) ++i;
    return i > fraction && i == text.size();
}

std::string GuardFormula(const TableCell& cell) {
    const std::string& t = cell.text;
    if (t.empty()) return t;
    const char c = t[0];
    const bool risky = c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
    if (!risky || (cell.kind == CellKind::Number && IsPlainNumber(t))) return t;
    return "'" + t;
}

std::string CsvField(const TableCell& cell, CsvDialect dialect) {
    return Quoted(dialect == CsvDialect::Spreadsheet ? GuardFormula(cell) : cell.text);
}

std::string WriteCsv(const Table& table, CsvDialect dialect) {
    const bool sheet = dialect == CsvDialect::Spreadsheet;
    const char* const eol = sheet ? "\r\n" : "\n";
    std::string out = sheet ? std::string(kUtf8Bom) : std::string();
    auto field = [dialect](const TableCell& cell) { return CsvField(cell, dialect); };
    for (std::size_t c = 0; c < table.columns.size(); ++c) out += (c ? "," : "") + field(Word(table.columns[c].title));
    out += eol;
    for (const std::vector<TableCell>& row : table.rows) {
        for (std::size_t c = 0; c < table.columns.size(); ++c) {
            if (c) out += ',';
            if (c < row.size()) out += field(row[c]);
        }
        out += eol;
    }
    return out;
}

std::string WriteTextTable(const Table& table, const std::string& indent) {
    std::string out;
    auto line = [&](auto text_of, std::size_t count) {
        std::string l = indent;
        for (std::size_t c = 0; c < count; ++c) {
            const std::size_t width = c < table.columns.size() ? table.columns[c].width : 0;
            l += PadRight(text_of(c), width);
        }
        while (!l.empty() && l.back() == ' ') l.pop_back();
        out += l + "\n";
    };
    bool titled = false;
    for (const TableColumn& column : table.columns) titled = titled || !column.title.empty();
    if (titled) line([&](std::size_t c) { return table.columns[c].title; }, table.columns.size());
    for (const std::vector<TableCell>& row : table.rows) line([&](std::size_t c) { return row[c].text; }, row.size());
    return out;
}

} // namespace systemic
