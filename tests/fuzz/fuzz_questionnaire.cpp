// fuzz_questionnaire.cpp — libFuzzer target: LoadQuestionnaire on arbitrary bytes.
// Beyond "no crash": the load keeps its promises, and a questionnaire it accepts works with results files and links.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "formats/links.h"
#include "formats/questionnaire_file.h"
#include "formats/result_file.h"
#include "fuzz_common.h"

using namespace systemic;
using namespace systemic::fuzz;

namespace {

bool IsHex16(const std::string& s) {
    if (s.size() != 16) return false;
    for (const char c : s)
        if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) return false;
    return true;
}

// Indices into the questionnaire's own lists, as questionnaire.h promises.
void CheckModel(const Questionnaire& q) {
    FUZZ_CHECK(!q.id.empty() && IsHex16(q.hash));
    FUZZ_CHECK(!q.drivers.empty() && !q.areas.empty() && !q.questions.empty());
    const auto in = [](int index, std::size_t size) { return index >= 0 && static_cast<std::size_t>(index) < size; };
    for (const Experience& e : q.experiences)
        for (const int s : e.stages) FUZZ_CHECK(in(s, q.stages.size()));
    for (const Question& question : q.questions) {
        FUZZ_CHECK(!question.id.empty());
        FUZZ_CHECK(in(question.area, q.areas.size()));
        FUZZ_CHECK(!question.drivers.empty());
        for (const DriverWeight& d : question.drivers) FUZZ_CHECK(in(d.driver, q.drivers.size()) && d.weight > 0 && d.weight <= 100);
        for (const int s : question.stages) FUZZ_CHECK(in(s, q.stages.size()));
        FUZZ_CHECK(question.weight > 0 && question.weight <= 100);
    }
}

// A result with a bit of everything a link can carry exactly: every status, levels, area points, a name, a date.
// A quick scan when the questionnaire has an odd number of questions, so both link layouts are exercised.
Result FilledResult(const Questionnaire& q) {
    Result r = NewResult(q);
    r.mode = q.questions.size() % 2 == 1 ? Mode::Quick : Mode::Full;
    for (std::size_t i = 0; i < q.questions.size(); ++i) {
        if (r.mode == Mode::Quick && !q.questions[i].quick) continue;
        Answer& a = r.answers[i];
        switch (i % 4) {
        case 0: a.status = AnswerStatus::Answered; a.today = 1 + static_cast<int>(i % 5); a.target = static_cast<int>(i % 6); break;
        case 1: a.status = AnswerStatus::DontKnow; break;
        case 2: a.status = AnswerStatus::NotApplicable; break;
        default: break;
        }
    }
    for (std::size_t a = 0; a < q.areas.size(); ++a) r.area_points.push_back({q.areas[a].id, static_cast<int>((a * 37) % 101)});
    r.respondent = {"Fuzz Ltd", "Ann", Role::Manager};
    r.created = r.updated = "2026-11-23";
    return r;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    CheckParseRoads(text);
    const QuestionnaireLoad load = LoadQuestionnaire(text);
    CheckIssues(load.issues);
    FUZZ_CHECK(load.questionnaire.has_value() == !HasErrors(load.issues));
    FUZZ_CHECK(load.issues.size() <= 201);   // at most 200, then one "questionnaire.issue_limit"
    if (!load.questionnaire) return 0;
    const Questionnaire& q = *load.questionnaire;
    CheckModel(q);

    // Its results file and its results link both give the result back.
    const Result r = FilledResult(q);
    const ResultLoad reloaded = LoadResult(SaveResult(r), q);
    CheckIssues(reloaded.issues);
    FUZZ_CHECK(reloaded.result.has_value() && !reloaded.migrated && reloaded.issues.empty());
    FUZZ_CHECK(SameResult(*reloaded.result, r));

    const ResultLinkDecode decoded = DecodeResultLink(EncodeResultLink(q, r), {&q});
    FUZZ_CHECK(decoded.result.has_value() && decoded.questionnaire == 0 && decoded.issues.empty());
    FUZZ_CHECK(SameResult(*decoded.result, r));
    FUZZ_CHECK(CheckResultLink(q, r).empty());
    return 0;
}
