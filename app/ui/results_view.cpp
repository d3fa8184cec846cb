// results_view.cpp — the results screen's cache, number formatting and downloads: no ImGui here, so tests and the
// screen format every number the same way.
#include "results_view.h"

#include <cstddef>

#include "csv_export.h"
#include "report_html.h"
#include "scoring_math.h"

namespace systemic {

namespace {

// Everything Score() reads from the result, as whole numbers, so "changed?" is an exact comparison.
std::vector<int> ScoreKey(const Questionnaire& q, int questionnaire, const Result& r) {
    std::vector<int> key;
    key.reserve(4 + r.answers.size() * 3 + r.area_points.size() * 2);
    key.push_back(questionnaire);
    key.push_back(r.mode == Mode::Quick ? 1 : 0);
    key.push_back(static_cast<int>(r.answers.size()));
    for (const Answer& a : r.answers) {
        key.push_back(static_cast<int>(a.status));
        key.push_back(a.today);
        key.push_back(a.target);
    }
    key.push_back(static_cast<int>(r.area_points.size()));
    for (const AreaPoints& p : r.area_points) {
        key.push_back(q.FindArea(p.area));
        key.push_back(p.points);
    }
    return key;
}

// File names carry only characters every file system accepts, whatever a custom questionnaire calls itself.
std::string SafeId(const std::string& id) {
    std::string out;
    for (char c : id) {
        const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
        out += ok ? c : '-';
    }
    return out.empty() ? std::string("results") : out;
}

// "2026-11-22" from "2026-11-22T10:00:00"; anything that is not a date gives no date rather than a bad name.
std::string DatePart(const std::string& now) {
    if (now.size() < 10 || now[4] != '-' || now[7] != '-') return std::string();
    for (size_t i = 0; i < 10; ++i)
        if (i != 4 && i != 7 && (now[i] < '0' || now[i] > '9')) return std::string();
    return now.substr(0, 10);
}

} // namespace

bool RefreshResults(ResultsView& view, const Questionnaire& q, int questionnaire, const Result& r) {
    std::vector<int> key = ScoreKey(q, questionnaire, r);
    if (view.valid && key == view.key && view.key_hash == q.hash) return false;
    view.scores = Score(q, r);
    view.key = std::move(key);
    view.key_hash = q.hash;
    view.valid = true;
    ++view.computations;
    // Selections point into the old scores' areas and cells; a different questionnaire may have fewer.
    if (view.radar_selected >= static_cast<int>(q.areas.size())) view.radar_selected = -1;
    if (view.heat_selected >= static_cast<int>((q.areas.size() + 1) * q.stages.size())) view.heat_selected = -1;
    return true;
}

std::string FormatPercent(double percent) { return FormatShort(percent, 1) + " %"; }

std::string FormatPoints(double points) { return FormatShort(points, 1) + (FormatShort(points, 1) == "1" ? " point" : " points"); }

std::string FormatWeight(double weight) { return FormatShort(weight, 2); }

std::string StageText(int level) {
    if (level < 1 || level > kLevelCount) return std::string();
    return std::string(LevelName(level)) + " (stage " + std::to_string(level) + " of 5)";
}

std::string ShortAreaName(const Area& area) {
    // The eight shared areas have fixed ids in every built-in questionnaire; a custom one falls back on its first word.
    static const struct { const char* id; const char* name; } kShort[] = {
        {"insight", "Insight"},       {"proposition", "Offer"},   {"people", "People"},         {"information", "Info & tech"},
        {"journeys", "Journeys"},     {"activity", "Activity"},   {"measurement", "Measures"},  {"experience", "Experience"},
    };
    for (const auto& s : kShort)
        if (area.id == s.id) return s.name;
    if (area.name.size() <= 12) return area.name;
    const size_t space = area.name.find_first_of(" ,(");
    return space == std::string::npos || space == 0 ? area.name.substr(0, 12) : area.name.substr(0, space);
}

ExportFile MakeExport(ExportKind kind, const Questionnaire& q, const Result& r, const Scores& s, const std::string& now) {
    const std::string date = DatePart(now);
    const std::string stem = "systemic-" + SafeId(q.id) + (date.empty() ? std::string() : "-" + date);
    switch (kind) {
    case ExportKind::AnswersJson: return {stem + ".json", "application/json", SaveResult(r)};
    case ExportKind::CsvQuestions: return {stem + "-questions.csv", "text/csv;charset=utf-8", ResultsCsvQuestions(q, r, s)};
    case ExportKind::CsvAreas: return {stem + "-areas.csv", "text/csv;charset=utf-8", ResultsCsvAreas(q, s)};
    case ExportKind::ReportHtml: {
        ReportOptions options;
        options.date = date;
        return {stem + "-report.html", "text/html;charset=utf-8", ResultsReportHtml(q, r, s, options)};
    }
    }
    return {};
}

} // namespace systemic
