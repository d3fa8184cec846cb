// csv_export.cpp — writing CSV rows field by field; the team table is TeamToCsv's, re-read and written out again.
// Statuses and stages are written as plain words, since the reader here is a person with a spreadsheet.
#include "reports/csv.h"

#include <cstddef>
#include <vector>

#include "reports/team_out.h"
#include "rules/det_math.h"
#include "text/numbers.h"

namespace systemic {

namespace {

std::string Quoted(std::string_view field) {
    if (field.find_first_of(",\"\r\n") == std::string_view::npos) return std::string(field);
    std::string out = "\"";
    for (char c : field) {
        if (c == '"') out += '"';
        out += c;
    }
    return out + "\"";
}

void EndRow(std::string& out, const std::vector<std::string>& fields) {
    for (std::size_t i = 0; i < fields.size(); ++i) {
        if (i) out += ',';
        out += fields[i];
    }
    out += "\r\n";
}

const char* StatusWords(const QuestionScore& qs) {
    if (!qs.asked) return "not asked";
    switch (qs.status) {
        case AnswerStatus::Answered: return "answered";
        case AnswerStatus::DontKnow: return "don't know";
        case AnswerStatus::NotApplicable: return "not applicable";
        case AnswerStatus::Unanswered: break;
    }
    return "unanswered";
}

// Splits CSV text (as TeamToCsv writes it: RFC 4180 quoting, LF or CRLF line ends) into records of unquoted fields.
std::vector<std::vector<std::string>> ReadCsv(const std::string& text) {
    std::vector<std::vector<std::string>> rows;
    std::vector<std::string> row;
    std::string field;
    bool quoted = false, any = false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (quoted) {
            if (c == '"' && i + 1 < text.size() && text[i + 1] == '"') { field += '"'; ++i; }
            else if (c == '"') quoted = false;
            else field += c;
        } else if (c == '"') {
            quoted = true;
            any = true;
        } else if (c == ',') {
            row.push_back(field);
            field.clear();
            any = true;
        } else if (c == '\n' || c == '\r') {
            if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') ++i;
            row.push_back(field);
            rows.push_back(row);
            row.clear();
            field.clear();
            any = false;
        } else {
            field += c;
            any = true;
        }
    }
    if (any || !field.empty()) {
        row.push_back(field);
        rows.push_back(row);
    }
    return rows;
}

} // namespace

std::string CsvText(std::string_view field) {
    if (!field.empty() && (field[0] == '=' || field[0] == '+' || field[0] == '-' || field[0] == '@' || field[0] == '\t' || field[0] == '\r'))
        return Quoted("'" + std::string(field));
    return Quoted(field);
}

std::string CsvNumber(std::string_view field) { return Quoted(field); }

std::string ResultsCsvQuestions(const Questionnaire& q, const Result& r, const Scores& s) {
    std::string out = kCsvBom;
    EndRow(out, {"id", "area", "question", "status", "today", "target", "gap", "today %", "target %", "note"});
    for (std::size_t i = 0; i < q.questions.size(); ++i) {
        const Question& question = q.questions[i];
        const QuestionScore qs = i < s.questions.size() ? s.questions[i] : QuestionScore{};
        const Answer* answer = FindAnswer(r, q, static_cast<int>(i));
        const bool answered = qs.asked && qs.status == AnswerStatus::Answered && qs.today >= 1;
        const std::string area = question.area >= 0 && static_cast<std::size_t>(question.area) < q.areas.size() ? q.areas[question.area].name : "";
        EndRow(out, {CsvText(question.id), CsvText(area), CsvText(question.text), CsvNumber(StatusWords(qs)),
                     answered ? std::to_string(qs.today) : "", answered ? std::to_string(qs.target) : "", answered ? std::to_string(qs.gap) : "",
                     answered ? FormatFixed(LevelPercent(qs.today)) : "", answered ? FormatFixed(LevelPercent(qs.target)) : "",
                     CsvText(answer ? answer->note : "")});
    }
    return out;
}

std::string ResultsCsvAreas(const Questionnaire& q, const Scores& s) {
    std::string out = kCsvBom;
    // importance % = the share of the points as given; weight = what the area counts in the indices (docs/scoring.md).
    EndRow(out, {"area", "importance %", "weight", "today %", "target %", "gap", "stage", "answered", "single answer", "don't know", "N/A"});
    for (std::size_t a = 0; a < q.areas.size(); ++a) {
        const ScoreValue v = a < s.areas.size() ? s.areas[a] : ScoreValue{};
        const double importance = a < s.importance.size() ? s.importance[a] : 0.0;
        const int weight = a < s.area_weights.size() ? s.area_weights[a] : 0;
        EndRow(out, {CsvText(q.areas[a].name), FormatFixed(importance), std::to_string(weight), v.scored ? FormatFixed(v.percent) : "",
                     v.scored ? FormatFixed(v.target_percent) : "", v.scored ? FormatFixed(v.gap) : "", v.scored ? LevelName(v.level) : "",
                     std::to_string(v.coverage.answered), v.single_answer ? "yes" : "no", std::to_string(v.coverage.dont_know),
                     std::to_string(v.coverage.not_applicable)});
    }
    return out;
}

std::string TeamCsv(const Questionnaire& q, const TeamScores& t) {
    // TeamToCsv owns the columns; its first two (question id, area id) are text from the questionnaire, the rest
    // are numbers, yes/no and role names it wrote itself.
    std::string out = kCsvBom;
    const std::vector<std::vector<std::string>> rows = ReadCsv(TeamToCsv(q, t));
    for (std::size_t r = 0; r < rows.size(); ++r) {
        std::vector<std::string> fields;
        for (std::size_t f = 0; f < rows[r].size(); ++f) fields.push_back(r > 0 && f < 2 ? CsvText(rows[r][f]) : CsvNumber(rows[r][f]));
        EndRow(out, fields);
    }
    return out;
}

} // namespace systemic
