// csv.cpp — the spreadsheet exports as Table values, written by WriteCsv in the Spreadsheet dialect (reports/table.h).
// Statuses and stages are written as plain words, since the reader here is a person with a spreadsheet.
#include "reports/csv.h"

#include <cstddef>
#include <vector>

#include "reports/table.h"
#include "reports/team_out.h"
#include "rules/det_math.h"
#include "text/numbers.h"

namespace systemic {

namespace {

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

} // namespace

std::string CsvText(std::string_view field) { return CsvField(UserText(std::string(field)), CsvDialect::Spreadsheet); }
std::string CsvNumber(std::string_view field) { return CsvField(Number(std::string(field)), CsvDialect::Spreadsheet); }

std::string ResultsCsvQuestions(const Questionnaire& q, const Result& r, const Scores& s) {
    Table table;
    for (const char* title : {"id", "area", "question", "status", "today", "target", "gap", "today %", "target %", "note"}) table.columns.push_back({title});
    for (std::size_t i = 0; i < q.questions.size(); ++i) {
        const Question& question = q.questions[i];
        const QuestionScore qs = i < s.questions.size() ? s.questions[i] : QuestionScore{};
        const Answer* answer = FindAnswer(r, q, static_cast<int>(i));
        const bool answered = qs.asked && qs.status == AnswerStatus::Answered && qs.today >= 1;
        const std::string area = question.area >= 0 && static_cast<std::size_t>(question.area) < q.areas.size() ? q.areas[question.area].name : "";
        table.rows.push_back({UserText(question.id), UserText(area), UserText(question.text), Word(StatusWords(qs)),
                              Number(answered ? std::to_string(qs.today) : ""), Number(answered ? std::to_string(qs.target) : ""),
                              Number(answered ? std::to_string(qs.gap) : ""), Number(answered ? FormatFixed(LevelPercent(qs.today)) : ""),
                              Number(answered ? FormatFixed(LevelPercent(qs.target)) : ""), UserText(answer ? answer->note : "")});
    }
    return WriteCsv(table, CsvDialect::Spreadsheet);
}

std::string ResultsCsvAreas(const Questionnaire& q, const Scores& s) {
    Table table;
    // importance % = the share of the points as given; weight = what the area counts in the indices (docs/scoring.md).
    for (const char* title : {"area", "importance %", "weight", "today %", "target %", "gap", "stage", "answered", "single answer", "don't know", "N/A"})
        table.columns.push_back({title});
    for (std::size_t a = 0; a < q.areas.size(); ++a) {
        const ScoreValue v = a < s.areas.size() ? s.areas[a] : ScoreValue{};
        const double importance = a < s.importance.size() ? s.importance[a] : 0.0;
        const int weight = a < s.area_weights.size() ? s.area_weights[a] : 0;
        table.rows.push_back({UserText(q.areas[a].name), Number(FormatFixed(importance)), Number(std::to_string(weight)),
                              Number(v.scored ? FormatFixed(v.percent) : ""), Number(v.scored ? FormatFixed(v.target_percent) : ""),
                              Number(v.scored ? FormatFixed(v.gap) : ""), Word(v.scored ? LevelName(v.level) : ""),
                              Number(std::to_string(v.coverage.answered)), Word(v.single_answer ? "yes" : "no"),
                              Number(std::to_string(v.coverage.dont_know)), Number(std::to_string(v.coverage.not_applicable))});
    }
    return WriteCsv(table, CsvDialect::Spreadsheet);
}

std::string TeamCsv(const Questionnaire& q, const TeamScores& t) { return WriteCsv(TeamTable(q, t), CsvDialect::Spreadsheet); }

} // namespace systemic
