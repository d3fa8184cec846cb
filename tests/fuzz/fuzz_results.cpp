// fuzz_results.cpp — libFuzzer target: LoadResult on arbitrary bytes, against a shipped questionnaire.
// The questionnaire is each built-in one whose id appears in quotes in the text (b2b when none does), so seeds for
// any of them reach the answers. An accepted result must save and load back unchanged and survive its link.
// LoadResult's two roads (formats/result_file.h) must agree: where the plain road takes a text, the thorough road
// loads it without an issue and with the same result; LoadResult gives the thorough road's issues, bit for bit.
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "formats/links.h"
#include "formats/result_file.h"
#include "fuzz_common.h"

using namespace systemic;
using namespace systemic::fuzz;

namespace {

void CheckSameLoad(const ResultLoad& a, const ResultLoad& b) {
    FUZZ_CHECK(a.result.has_value() == b.result.has_value());
    FUZZ_CHECK(!a.result || (SameResult(*a.result, *b.result) && SaveResult(*a.result) == SaveResult(*b.result)));
    FUZZ_CHECK(a.issues.size() == b.issues.size());
    for (std::size_t i = 0; i < a.issues.size() && i < b.issues.size(); ++i)
        FUZZ_CHECK(a.issues[i].code == b.issues[i].code && FormatIssue("f", a.issues[i]) == FormatIssue("f", b.issues[i]));
    FUZZ_CHECK(a.migrated == b.migrated && a.from_version == b.from_version && a.from_hash == b.from_hash &&
               a.carried_over == b.carried_over && a.dropped == b.dropped && a.dropped_ids == b.dropped_ids);
}

void Check(std::string_view text, const Questionnaire& q, int index) {
    const ResultLoad load = LoadResult(text, q);
    CheckIssues(load.issues);
    const ResultLoad thorough = LoadResultThorough(text, q);
    CheckSameLoad(load, thorough);
    if (const std::optional<ResultLoad> plain = LoadPlainResult(text, q)) {
        FUZZ_CHECK(plain->issues.empty() && thorough.issues.empty());
        CheckSameLoad(*plain, thorough);
    }
    FUZZ_CHECK(load.result.has_value() == !HasErrors(load.issues));
    if (!load.result) return;
    const Result& r = *load.result;
    CheckResultShape(r, q);
    FUZZ_CHECK(load.carried_over >= 0 && static_cast<std::size_t>(load.carried_over) <= q.questions.size());
    FUZZ_CHECK(r.questionnaire_version == q.version && r.questionnaire_hash == q.hash);

    // Saved and loaded again: the same result, no issues, and saving is stable.
    const std::string saved = SaveResult(r);
    const ResultLoad again = LoadResult(saved, q);
    CheckIssues(again.issues);
    FUZZ_CHECK(again.result.has_value() && again.issues.empty() && !again.migrated);
    FUZZ_CHECK(SameResult(*again.result, r));
    FUZZ_CHECK(SaveResult(*again.result) == saved);

    // Its link opens with the same questionnaire and gives back every status, every answered level, the area
    // points, the mode and the role (notes, stray levels, long names and odd dates are what links leave out).
    CheckResultLink(q, r);
    const ResultLinkDecode decoded = DecodeResultLink(EncodeResultLink(q, r), BuiltinPointers());
    CheckIssues(decoded.issues);
    FUZZ_CHECK(decoded.result.has_value() && decoded.questionnaire == index);
    const Result& back = *decoded.result;
    CheckResultShape(back, q);
    FUZZ_CHECK(back.mode == r.mode && back.respondent.role == r.respondent.role);
    FUZZ_CHECK(back.area_points.size() == r.area_points.size());
    for (std::size_t i = 0; i < r.area_points.size(); ++i) FUZZ_CHECK(back.area_points[i].points == r.area_points[i].points);
    for (std::size_t i = 0; i < r.answers.size(); ++i) {
        const Answer &a = r.answers[i], &b = back.answers[i];
        FUZZ_CHECK(a.status == b.status);
        if (a.status == AnswerStatus::Answered) FUZZ_CHECK(a.today == b.today && a.target == b.target);
        FUZZ_CHECK(b.note.empty());
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    const std::vector<Questionnaire>& builtins = Builtins();
    bool named = false;
    for (std::size_t k = 0; k < builtins.size(); ++k) {
        if (text.find('"' + builtins[k].id + '"') == std::string_view::npos) continue;
        named = true;
        Check(text, builtins[k], static_cast<int>(k));
    }
    if (!named) Check(text, builtins[0], 0);
    return 0;
}
