// questionnaire_file.cpp — the questionnaire format of questionnaires/README.md, checked field by field.
// Every problem is reported (up to a cap), each with a stable code, its JSON pointer and its line and column.
#include "formats/questionnaire_file.h"

#include <algorithm>
#include <climits>
#include <cstdint>
#include <initializer_list>
#include <map>
#include <optional>
#include <type_traits>
#include <unordered_map>
#include <utility>
#include <vector>

#include "formats/json_document.h"
#include "formats/json_reader.h"
#include "text/ids.h"
#include "text/utf8.h"

// [SECTION] Limits of the format (questionnaires/README.md, "Every field")
// [SECTION] Small helpers: ids, text
// [SECTION] Loader: reads fields into the model and records issues
// [SECTION] The document: top level, named entries, experiences, questions
// [SECTION] Coverage rules
// [SECTION] Public functions

namespace systemic {

namespace {

using json = nlohmann::json;

//-------------------------------------------------------------------------------------------------------------
// [SECTION] Limits of the format (questionnaires/README.md, "Every field")
//-------------------------------------------------------------------------------------------------------------

constexpr std::uint64_t kSchemaVersion = 1;
constexpr std::size_t kMaxIssues = 200;          // beyond this, more issues only bury the first ones
constexpr std::size_t kMaxTextLength = 2000;     // characters in any one text field
constexpr std::size_t kMaxEntryIdLength = 32;    // questionnaire, driver, area, stage and experience ids
constexpr std::size_t kMaxQuestionIdLength = 48;
constexpr double kMaxWeight = 100;               // keeps weighted sums far from overflow and typos obvious
constexpr std::int64_t kMaxVersion = 1000000;

constexpr std::size_t kMaxDrivers = 8;
constexpr std::size_t kMaxAreas = 12;
constexpr std::size_t kMaxStages = 12;
constexpr std::size_t kMaxExperiences = 12;
constexpr std::size_t kMaxQuestions = 200;

// Coverage rules (PRODUCT.md §3): Warnings, since a custom questionnaire may have reasons to break them.
constexpr std::size_t kAreaMin = 4, kAreaMax = 6;
constexpr std::size_t kTotalMin = 32, kTotalMax = 48;
constexpr std::size_t kDriverMin = 5;
constexpr std::size_t kStageMin = 3;
constexpr std::size_t kQuickMin = 8, kQuickMax = 12;

//-------------------------------------------------------------------------------------------------------------
// [SECTION] Small helpers: ids, text
//-------------------------------------------------------------------------------------------------------------

std::string Trim(const std::string& text) {
    const char* const space = " \t\r\n";
    const std::size_t first = text.find_first_not_of(space);
    if (first == std::string::npos) return "";
    return text.substr(first, text.find_last_not_of(space) - first + 1);
}

// id -> index of the first entry with that id: what Questionnaire::FindArea and the others answer, without their
// linear search. A list read here may be far longer than the format allows (an error already, but reading goes on),
// and a linear search per reference made loading quadratic: 3 MB of areas and questions took 45 s natively, 100 s in wasm.
using IdIndex = std::unordered_map<std::string, int>;

template <typename Entry>
IdIndex IndexById(const std::vector<Entry>& entries) {
    IdIndex index;
    for (std::size_t i = 0; i < entries.size(); ++i) index.emplace(entries[i].id, static_cast<int>(i));
    return index;
}

int Lookup(const IdIndex& index, const std::string& id) {   // the index, or -1
    const auto it = index.find(id);
    return it == index.end() ? -1 : it->second;
}

//-------------------------------------------------------------------------------------------------------------
// [SECTION] Loader: reads fields into the model and records issues
//-------------------------------------------------------------------------------------------------------------

// The generic faults, worded by JsonReader as in every other document (docs/errors.md).
constexpr JsonCodes kQuestionnaireCodes{"questionnaire.missing_field", "questionnaire.wrong_type", "questionnaire.out_of_range",
                                        "questionnaire.unknown_field", "questionnaire.too_few", "questionnaire.too_many"};

class Loader {
public:
    explicit Loader(const JsonDocument& doc) : doc_(doc), reader_(doc, kQuestionnaireCodes, issues_, kMaxIssues) {}

    void Load(Questionnaire& q);
    void Add(Severity severity, const char* code, const std::string& path, std::string message) {
        reader_.Add(severity, code, path, std::move(message));
    }
    bool HasErrors() const { return reader_.HasErrors(); }
    Issues Finish();

private:
    void Error(const char* code, const std::string& path, std::string message) { Add(Severity::Error, code, path, std::move(message)); }
    void Warning(const char* code, const std::string& path, std::string message) { Add(Severity::Warning, code, path, std::move(message)); }

    const json* Member(const json& object, const std::string& path, const char* key, bool required) {
        return reader_.Member(object, path, key, required);
    }
    bool IsObject(const json& value, const std::string& path) { return reader_.Is(value, path, JsonKind::Object); }
    void CheckFields(const json& object, const std::string& path, std::initializer_list<const char*> known) {
        reader_.UnknownFields(object, path, known);
    }
    bool ReadText(const json& object, const std::string& path, const char* key, bool required, std::string& out);
    bool ReadTextValue(const json& value, const std::string& path, std::string& out);
    bool ReadId(const json& object, const std::string& path, const char* key, std::size_t max_length, bool allow_dot, std::string& out);
    const json* ReadList(const json& object, const std::string& path, const char* key, bool required, std::size_t min, std::size_t max) {
        return reader_.List(object, path, key, required, min, max);
    }
    bool ReadWeight(const json& value, const std::string& path, double& out);
    void ReadTextArray(const json& object, const std::string& path, const char* key, const char* count_code,
                       const char* repeat_code, std::string* out, std::size_t count, const char* what, const char* repeat_label);
    template <typename Entry>
    bool ReadEntries(const json& root, const char* key, bool required, std::size_t min, std::size_t max,
                     const char* what, const Questionnaire& q, std::vector<Entry>& out);
    void ReadStageRefs(const json& list, const std::string& path, const Questionnaire& q, std::vector<int>& out);
    void ReadQuestions(const json& root, Questionnaire& q);
    void ReadQuestion(const json& value, const std::string& path, Questionnaire& q, std::map<std::string, std::string>& ids);

    const JsonDocument& doc_;
    Issues issues_;
    JsonReader reader_;   // after issues_, which it appends to
    bool drivers_known_ = false;   // the list was readable, so references to it can be checked
    bool areas_known_ = false;
    bool stages_known_ = false;
    IdIndex driver_index_, area_index_, stage_index_;   // made as soon as each list is read
};

// Document order; issues without a location (line 0) go last. The cap note, if any, closes the list.
Issues Loader::Finish() {
    std::stable_sort(issues_.begin(), issues_.end(), [](const Issue& a, const Issue& b) {
        const int line_a = a.line > 0 ? a.line : INT_MAX, line_b = b.line > 0 ? b.line : INT_MAX;
        return line_a != line_b ? line_a < line_b : a.column < b.column;
    });
    if (reader_.dropped() > 0)
        issues_.push_back(Issue{reader_.dropped_errors() > 0 ? Severity::Error : Severity::Warning, "questionnaire.issue_limit", "", 0, 0,
                                Plural(reader_.dropped(), "more issue was", "more issues were") + " not listed (the first " +
                                    std::to_string(kMaxIssues) + " are shown)"});
    return std::move(issues_);
}

bool Loader::ReadTextValue(const json& value, const std::string& path, std::string& out) {
    if (!reader_.Is(value, path, JsonKind::Text)) return false;
    const std::string& text = value.get_ref<const std::string&>();
    if (Trim(text).empty()) {
        Error("questionnaire.empty_text", path, "the text is empty");
        return false;
    }
    if (CountCodePoints(text) > kMaxTextLength) {
        Error("questionnaire.too_long", path, "the text has " + std::to_string(CountCodePoints(text)) + " characters; the limit is " +
                                                  std::to_string(kMaxTextLength));
        return false;
    }
    out = text;
    return true;
}

bool Loader::ReadText(const json& object, const std::string& path, const char* key, bool required, std::string& out) {
    const json* value = Member(object, path, key, required);
    return value && ReadTextValue(*value, path + "/" + key, out);
}

bool Loader::ReadId(const json& object, const std::string& path, const char* key, std::size_t max_length, bool allow_dot,
                    std::string& out) {
    const json* value = Member(object, path, key, true);
    if (!value) return false;
    const std::string id_path = path + "/" + key;
    if (!reader_.Is(*value, id_path, JsonKind::Text, "an id in double quotes")) return false;
    const std::string& id = value->get_ref<const std::string&>();
    if (!IsValidId(id, max_length, allow_dot)) {
        Error("questionnaire.bad_id", id_path,
              "the id " + Excerpt(id) + " must be 1 to " + std::to_string(max_length) + " characters of a-z, 0-9, '-', '_'" +
                  (allow_dot ? " or '.'" : ""));
        return false;
    }
    out = id;
    return true;
}

bool Loader::ReadWeight(const json& value, const std::string& path, double& out) {
    if (!reader_.Is(value, path, JsonKind::Number)) return false;
    const double weight = value.get<double>();
    if (!(weight > 0 && weight <= kMaxWeight)) {
        Error("questionnaire.out_of_range", path, "a weight must be more than 0 and at most 100, found " + DumpJson(value));
        return false;
    }
    out = weight;
    return true;
}

// "levels" and "next_steps": exactly `count` texts, none repeating another word for word.
void Loader::ReadTextArray(const json& object, const std::string& path, const char* key, const char* count_code,
                           const char* repeat_code, std::string* out, std::size_t count, const char* what,
                           const char* repeat_label) {
    const json* list = Member(object, path, key, true);
    if (!list) return;
    const std::string list_path = path + "/" + key;
    if (!reader_.Is(*list, list_path, JsonKind::List)) return;
    if (list->size() != count) {
        Error(count_code, list_path, "expected exactly " + std::to_string(count) + " " + what + ", found " + std::to_string(list->size()));
    }
    // Trimmed text -> index of its first use. A map, not a scan of the earlier items: an overlong list (already an
    // error above) must not make loading quadratic (200,000 short levels, 1.9 MB, took 45 s that way).
    std::map<std::string, std::size_t> first_use;
    for (std::size_t i = 0; i < list->size(); ++i) {
        const std::string item_path = list_path + "/" + std::to_string(i);
        std::string text;
        if (!ReadTextValue((*list)[i], item_path, text)) continue;
        if (i < count) out[i] = text;
        const auto [first, inserted] = first_use.emplace(Trim(text), i);
        if (!inserted)
            Warning(repeat_code, item_path, std::string("this repeats ") + repeat_label + " " + std::to_string(first->second + 1) + " word for word");
    }
}

//-------------------------------------------------------------------------------------------------------------
// [SECTION] The document: top level, named entries, experiences, questions
//-------------------------------------------------------------------------------------------------------------

void Loader::Load(Questionnaire& q) {
    const json& root = doc_.value;
    if (!IsObject(root, "")) return;
    // A newer format may mean anything else: say only that, rather than a flood of confusing errors.
    if (const json* schema_version = Member(root, "", "schema_version", true)) {
        if (reader_.Is(*schema_version, "/schema_version", JsonKind::WholeNumber) &&
            (!schema_version->is_number_unsigned() || schema_version->get<std::uint64_t>() != kSchemaVersion)) {
            Error("questionnaire.schema_version", "/schema_version",
                  "schema_version " + DumpJson(*schema_version) + " is not supported; this version of Systemic reads " +
                      std::to_string(kSchemaVersion));
            return;
        }
    }
    CheckFields(root, "", {"$schema", "schema_version", "id", "version", "title", "sector", "intro", "drivers", "areas", "stages",
                           "experiences", "questions"});
    reader_.Text(root, "", "$schema", false);

    ReadId(root, "", "id", kMaxEntryIdLength, false, q.id);
    if (const std::optional<std::int64_t> version = reader_.Int(root, "", "version", true, 1, kMaxVersion))
        q.version = static_cast<int>(*version);
    ReadText(root, "", "title", true, q.title);
    if (ReadText(root, "", "sector", true, q.sector) && q.sector != "b2b" && q.sector != "b2c" && q.sector != "public" &&
        q.sector != "custom")
        Error("questionnaire.unknown_sector", "/sector", "sector must be \"b2b\", \"b2c\", \"public\" or \"custom\", found " + Excerpt(q.sector));
    ReadText(root, "", "intro", true, q.intro);

    drivers_known_ = ReadEntries(root, "drivers", true, 1, kMaxDrivers, "driver", q, q.drivers);
    driver_index_ = IndexById(q.drivers);
    areas_known_ = ReadEntries(root, "areas", true, 1, kMaxAreas, "area", q, q.areas);
    area_index_ = IndexById(q.areas);
    stages_known_ = ReadEntries(root, "stages", false, 0, kMaxStages, "stage", q, q.stages);
    stage_index_ = IndexById(q.stages);
    ReadEntries(root, "experiences", false, 0, kMaxExperiences, "experience", q, q.experiences);   // after the stages they name
    ReadQuestions(root, q);
}

// drivers, areas, stages, experiences: a list of {id, name, description} (experiences add "stages") with unique
// ids. Returns whether the list itself was readable: then references to it are checked, even if some entries
// were broken.
template <typename Entry>
bool Loader::ReadEntries(const json& root, const char* key, bool required, std::size_t min, std::size_t max, const char* what,
                         const Questionnaire& q, std::vector<Entry>& out) {
    constexpr bool kExperience = std::is_same_v<Entry, Experience>;
    const json* list = ReadList(root, "", key, required, min, max);
    if (!list) return !required && root.find(key) == root.end();   // an optional list left out is simply empty
    std::map<std::string, std::string> ids;   // id -> path of its first use
    for (std::size_t i = 0; i < list->size(); ++i) {
        const std::string path = std::string("/") + key + "/" + std::to_string(i);
        const json& value = (*list)[i];
        if (!IsObject(value, path)) continue;
        if constexpr (kExperience) CheckFields(value, path, {"id", "name", "description", "stages"});
        else CheckFields(value, path, {"id", "name", "description"});
        Entry entry;
        const bool id_ok = ReadId(value, path, "id", kMaxEntryIdLength, false, entry.id);
        ReadText(value, path, "name", true, entry.name);
        ReadText(value, path, "description", true, entry.description);
        if constexpr (kExperience) {
            if (const json* stages = ReadList(value, path, "stages", true, 1, kMaxStages))
                ReadStageRefs(*stages, path + "/stages", q, entry.stages);
        }
        if (!id_ok) continue;
        const auto [first, inserted] = ids.emplace(entry.id, path);
        if (!inserted) {
            Error("questionnaire.duplicate_id", path + "/id", std::string("the ") + what + " id " + Excerpt(entry.id) + " is already used at " + first->second);
            continue;
        }
        out.push_back(std::move(entry));
    }
    return true;
}

// A list of stage ids (in an experience or a question): known, each once.
void Loader::ReadStageRefs(const json& list, const std::string& path, const Questionnaire& q, std::vector<int>& out) {
    std::vector<bool> listed(q.stages.size(), false);   // rather than a search of `out` per reference
    for (const int stage : out) listed[static_cast<std::size_t>(stage)] = true;
    for (std::size_t i = 0; i < list.size(); ++i) {
        const std::string item_path = path + "/" + std::to_string(i);
        const json& value = list[i];
        if (!reader_.Is(value, item_path, JsonKind::Text, "a stage id in double quotes")) continue;
        const std::string& id = value.get_ref<const std::string&>();
        const int stage = Lookup(stage_index_, id);
        if (stage < 0) {
            if (stages_known_) Error("questionnaire.unknown_stage", item_path, "no stage has the id " + Excerpt(id) + " (see \"stages\")");
            continue;
        }
        if (listed[static_cast<std::size_t>(stage)]) {
            Error("questionnaire.duplicate_ref", item_path, "the stage " + Excerpt(id) + " is listed twice");
            continue;
        }
        listed[static_cast<std::size_t>(stage)] = true;
        out.push_back(stage);
    }
}

void Loader::ReadQuestions(const json& root, Questionnaire& q) {
    const json* list = ReadList(root, "", "questions", true, 1, kMaxQuestions);
    if (!list) return;
    std::map<std::string, std::string> ids;
    for (std::size_t i = 0; i < list->size(); ++i)
        ReadQuestion((*list)[i], "/questions/" + std::to_string(i), q, ids);
}

void Loader::ReadQuestion(const json& value, const std::string& path, Questionnaire& q, std::map<std::string, std::string>& ids) {
    if (!IsObject(value, path)) return;
    CheckFields(value, path, {"id", "area", "text", "why", "help", "drivers", "stages", "weight", "levels", "next_steps", "quick"});
    Question question;

    if (ReadId(value, path, "id", kMaxQuestionIdLength, true, question.id)) {
        const auto [first, inserted] = ids.emplace(question.id, path);
        if (!inserted)
            Error("questionnaire.duplicate_id", path + "/id", "the question id " + Excerpt(question.id) + " is already used at " + first->second);
    }

    if (const json* area = Member(value, path, "area", true)) {
        if (reader_.Is(*area, path + "/area", JsonKind::Text, "an area id in double quotes")) {
            question.area = Lookup(area_index_, area->get_ref<const std::string&>());
            if (question.area < 0 && areas_known_)
                Error("questionnaire.unknown_area", path + "/area", "no area has the id " + Excerpt(area->get_ref<const std::string&>()) + " (see \"areas\")");
        }
    }

    ReadText(value, path, "text", true, question.text);
    ReadText(value, path, "why", true, question.why);
    ReadText(value, path, "help", false, question.help);

    if (const json* drivers = Member(value, path, "drivers", true)) {
        const std::string drivers_path = path + "/drivers";
        if (!reader_.Is(*drivers, drivers_path, JsonKind::Object, "an object of driver weights like {\"trust\": 1}")) {
            // reported
        } else if (drivers->empty()) {
            Error("questionnaire.too_few", drivers_path, "a question must feed at least one driver");
        } else {
            for (auto it = drivers->begin(); it != drivers->end(); ++it) {
                const std::string weight_path = drivers_path + "/" + JsonPointerEscape(it.key());
                DriverWeight driver_weight;
                driver_weight.driver = Lookup(driver_index_, it.key());
                if (driver_weight.driver < 0 && drivers_known_)
                    Error("questionnaire.unknown_driver", weight_path, "no driver has the id " + Excerpt(it.key()) + " (see \"drivers\")");
                if (ReadWeight(it.value(), weight_path, driver_weight.weight) && driver_weight.driver >= 0)
                    question.drivers.push_back(driver_weight);
            }
            // The JSON object comes back sorted by key; the questionnaire's own driver order reads better.
            std::sort(question.drivers.begin(), question.drivers.end(),
                      [](const DriverWeight& a, const DriverWeight& b) { return a.driver < b.driver; });
        }
    }

    if (const json* stages = ReadList(value, path, "stages", false, 0, kMaxStages))
        ReadStageRefs(*stages, path + "/stages", q, question.stages);

    if (const json* weight = Member(value, path, "weight", false)) ReadWeight(*weight, path + "/weight", question.weight);

    ReadTextArray(value, path, "levels", "questionnaire.level_count", "questionnaire.repeated_level", question.levels.data(),
                  question.levels.size(), "level descriptors (levels 1 to 5)", "level");
    ReadTextArray(value, path, "next_steps", "questionnaire.next_step_count", "questionnaire.repeated_next_step",
                  question.next_steps.data(), question.next_steps.size(), "next steps (from levels 1 to 4)", "the step from level");

    if (const json* quick = Member(value, path, "quick", false)) {
        if (reader_.Is(*quick, path + "/quick", JsonKind::Boolean)) question.quick = quick->get<bool>();
    }

    // Past the limit the list is an error already and q is dropped: check those questions, but don't keep them
    // (a 4 MB file of a million empty questions held over a gigabyte, too much for a phone's browser).
    if (q.questions.size() < kMaxQuestions) q.questions.push_back(std::move(question));
}

//-------------------------------------------------------------------------------------------------------------
// [SECTION] Coverage rules
//-------------------------------------------------------------------------------------------------------------

std::string Between(std::size_t min, std::size_t max) { return std::to_string(min) + " to " + std::to_string(max); }

} // namespace

Issues CheckCoverage(const Questionnaire& q) {
    Issues issues;
    auto warn = [&issues](const char* code, std::string path, std::string message) {
        issues.push_back(Issue{Severity::Warning, code, std::move(path), 0, 0, std::move(message)});
    };

    std::vector<std::size_t> per_area(q.areas.size()), per_driver(q.drivers.size()), per_stage(q.stages.size());
    std::vector<std::size_t> quick_area(q.areas.size()), quick_driver(q.drivers.size());
    std::size_t quick = 0;
    for (const Question& question : q.questions) {
        const bool area_ok = question.area >= 0 && static_cast<std::size_t>(question.area) < q.areas.size();
        if (area_ok) ++per_area[question.area];
        for (const DriverWeight& d : question.drivers)
            if (d.driver >= 0 && static_cast<std::size_t>(d.driver) < q.drivers.size()) {
                ++per_driver[d.driver];
                if (question.quick) ++quick_driver[d.driver];
            }
        for (const int s : question.stages)
            if (s >= 0 && static_cast<std::size_t>(s) < q.stages.size()) ++per_stage[s];
        if (question.quick) {
            ++quick;
            if (area_ok) ++quick_area[question.area];
        }
    }

    if (q.questions.size() < kTotalMin || q.questions.size() > kTotalMax)
        warn("coverage.total", "/questions",
             "there are " + Plural(q.questions.size(), "question", "questions") + "; a full assessment should have " + Between(kTotalMin, kTotalMax));
    for (std::size_t a = 0; a < q.areas.size(); ++a)
        if (per_area[a] < kAreaMin || per_area[a] > kAreaMax)
            warn("coverage.area_size", "/areas/" + std::to_string(a),
                 "the area " + Excerpt(q.areas[a].id) + " has " + Plural(per_area[a], "question", "questions") + "; it should have " + Between(kAreaMin, kAreaMax));
    for (std::size_t d = 0; d < q.drivers.size(); ++d)
        if (per_driver[d] < kDriverMin)
            warn("coverage.driver", "/drivers/" + std::to_string(d),
                 "the driver " + Excerpt(q.drivers[d].id) + " is fed by " + Plural(per_driver[d], "question", "questions") + "; it should be fed by at least " +
                     std::to_string(kDriverMin));
    for (std::size_t s = 0; s < q.stages.size(); ++s)
        if (per_stage[s] < kStageMin)
            warn("coverage.stage", "/stages/" + std::to_string(s),
                 "the stage " + Excerpt(q.stages[s].id) + " is touched by " + Plural(per_stage[s], "question", "questions") + "; it should be touched by at least " +
                     std::to_string(kStageMin));

    if (quick < kQuickMin || quick > kQuickMax)
        warn("coverage.quick_size", "/questions",
             "the quick scan has " + Plural(quick, "question", "questions") + " (marked \"quick\": true); it should have " + Between(kQuickMin, kQuickMax));
    if (quick > 0) {   // with no quick scan at all, one warning says it; listing every area and driver would not help
        for (std::size_t a = 0; a < q.areas.size(); ++a)
            if (quick_area[a] == 0)
                warn("coverage.quick_area", "/areas/" + std::to_string(a), "no quick-scan question covers the area " + Excerpt(q.areas[a].id));
        for (std::size_t d = 0; d < q.drivers.size(); ++d)
            if (quick_driver[d] == 0)
                warn("coverage.quick_driver", "/drivers/" + std::to_string(d), "no quick-scan question feeds the driver " + Excerpt(q.drivers[d].id));
    }
    return issues;
}

//-------------------------------------------------------------------------------------------------------------
// [SECTION] Public functions
//-------------------------------------------------------------------------------------------------------------

QuestionnaireLoad LoadQuestionnaire(std::string_view json_text) {
    QuestionnaireLoad result;
    const JsonDocument doc = ParseJson(json_text);
    if (!doc.ok) {
        result.issues = doc.issues;
        return result;
    }
    Loader loader(doc);
    Questionnaire q;
    loader.Load(q);
    // Coverage only means something once the structure is sound; before that it would only add noise.
    if (!loader.HasErrors()) {
        for (Issue& issue : CheckCoverage(q)) loader.Add(issue.severity, issue.code.c_str(), issue.path, std::move(issue.message));
        q.hash = HashText(DumpJson(doc.value));
        result.questionnaire = std::move(q);
    }
    result.issues = loader.Finish();
    return result;
}

std::string HashText(std::string_view text) {
    std::uint64_t hash = 0xcbf29ce484222325ull;   // FNV-1a 64 offset basis
    for (const char c : text) {
        hash ^= static_cast<unsigned char>(c);
        hash *= 0x100000001b3ull;                 // FNV-1a 64 prime
    }
    return Hex(hash, 16);
}

Issue BuiltinIdIssue(const std::string& id, Severity severity) {
    Issue issue;
    issue.severity = severity;
    issue.code = "questionnaire.builtin_id";
    issue.path = "/id";
    issue.message = "the id \"" + id + "\" belongs to the built-in questionnaire of that name, and this file is different from it. "
                    "Results and links name a questionnaire by its id, so a changed copy needs an id of its own: change "
                    "\"id\": \"" + id + "\" to, say, \"" + id + "-custom\", then open the file again";
    return issue;
}

} // namespace systemic
