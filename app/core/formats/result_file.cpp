// result_file.cpp — the results file: load (with checks and migration by question id) and save.
// Errors are Issues located in the text; nothing here throws or reads a clock.
#include "formats/result_file.h"

#include <algorithm>
#include <cstdint>
#include <optional>
#include <utility>

#include <nlohmann/json.hpp>

#include "formats/json_document.h"
#include "formats/json_reader.h"

namespace systemic {

namespace {

// The generic faults, worded by JsonReader as in every other document (docs/errors.md). Results files have no
// unknown-field warning: other tools may add fields of their own, and a results file is not written by hand.
constexpr JsonCodes kResultCodes{"result.missing_field", "result.wrong_type", "result.out_of_range", nullptr};

// Everything LoadResult needs while walking the document, so the helpers stay short.
struct Loader {
    JsonReader reader;

    void Error(const char* code, const std::string& path, const std::string& message) { reader.Error(code, path, message); }
    void Warn(const char* code, const std::string& path, const std::string& message) { reader.Warning(code, path, message); }
    // An optional text member: true when absent or null (out untouched) or text (out set); false after a wrong_type.
    bool OptionalString(const nlohmann::json& object, const char* key, const std::string& path, std::string* out) {
        const nlohmann::json* value = reader.Member(object, path, key, false);
        if (!value) return true;
        const std::string* text = reader.Text(object, path, key, false);
        if (text) *out = *text;
        return text != nullptr;
    }
    // An optional level 0..5: true when absent or null (out untouched) or a whole number in range (out set).
    bool OptionalLevel(const nlohmann::json& object, const char* key, const std::string& path, int* out) {
        if (!reader.Member(object, path, key, false)) return true;
        const std::optional<std::int64_t> level = reader.Int(object, path, key, false, 0, kLevelCount, "levels run from 1 to 5, 0 = not given");
        if (level) *out = static_cast<int>(*level);
        return level.has_value();
    }
};

void LoadHeader(Loader& l, const nlohmann::json& root, const Questionnaire& q, Result& r, ResultLoad& load) {
    auto sv = root.find("schema_version");
    if (sv == root.end()) {
        l.Error("result.missing_field", "/schema_version", "this is not a Systemic results file: the field \"schema_version\" is missing");
    } else if (!l.reader.Is(*sv, "/schema_version", JsonKind::WholeNumber)) {
        // reported
    } else if (!sv->is_number_unsigned() || sv->get<std::uint64_t>() != static_cast<std::uint64_t>(kResultSchemaVersion)) {
        // Compared as written: 2^64 - 1 is a number_unsigned, which get<long long>() would turn into -1.
        const bool newer = sv->is_number_unsigned() && sv->get<std::uint64_t>() > static_cast<std::uint64_t>(kResultSchemaVersion);
        l.Error("result.schema_version", "/schema_version",
                newer ? "this results file was made by a newer version of Systemic (schema_version " + DumpJson(*sv) + ")"
                      : "unknown results schema_version " + DumpJson(*sv));
    }

    const nlohmann::json* qo = l.reader.Member(root, "", "questionnaire", true);
    if (!qo || !l.reader.Is(*qo, "/questionnaire", JsonKind::Object, "an object with id, version and hash")) return;
    std::string id;
    if (!l.OptionalString(*qo, "id", "/questionnaire", &id)) return;
    if (id.empty()) { l.Error("result.missing_field", "/questionnaire/id", "the field \"id\" is missing"); return; }
    if (id != q.id) {
        l.Error("result.wrong_questionnaire", "/questionnaire/id",
                "these results are for questionnaire " + Excerpt(id) + ", not \"" + q.id + "\"");
        return;
    }
    // Out of range is an error that quotes the number as written (JsonReader), never a wrapped -1.
    const nlohmann::json* version = l.reader.Member(*qo, "/questionnaire", "version", false);
    if (version) {
        const std::optional<std::int64_t> v = l.reader.IntValue(*version, "/questionnaire/version", 0, 1000000000);
        if (v) load.from_version = static_cast<int>(*v);
    }
    l.OptionalString(*qo, "hash", "/questionnaire", &load.from_hash);
    r.questionnaire_id = q.id;
    // Answers always belong to the questionnaire they were loaded into; saving records its version.
    r.questionnaire_version = q.version;
    r.questionnaire_hash = q.hash;
    load.migrated = load.from_version != q.version || load.from_hash != q.hash;
    if (load.migrated) {
        // Say what differs: the version, or (same version) the questions behind the hash, or what the file leaves out.
        const std::string name = "\"" + q.id + "\"";
        std::string what;
        if (!version) what = "the file does not say which version of " + name + " it was made with (no \"version\"; this is version " + std::to_string(q.version) + ")";
        else if (load.from_version != q.version) what = "made with version " + std::to_string(load.from_version) + " of " + name + " (this is version " + std::to_string(q.version) + ")";
        else if (load.from_hash.empty()) what = "the file does not say which questions of " + name + " version " + std::to_string(q.version) + " it was made with (no \"hash\")";
        else what = "made with other questions under the same version " + std::to_string(q.version) + " of " + name + " (its hash " + Excerpt(load.from_hash) + " is not this questionnaire's " + q.hash + ")";
        l.Warn("result.questionnaire_changed", "/questionnaire", what + "; answers are carried over by question id");
    }
}

void LoadRespondentAndMode(Loader& l, const nlohmann::json& root, Result& r) {
    auto resp = root.find("respondent");
    if (resp != root.end() && !resp->is_null()) {
        if (l.reader.Is(*resp, "/respondent", JsonKind::Object)) {
            l.OptionalString(*resp, "organisation", "/respondent", &r.respondent.organisation);
            l.OptionalString(*resp, "name", "/respondent", &r.respondent.name);
            std::string role;
            if (l.OptionalString(*resp, "role", "/respondent", &role) && !ParseRole(role, &r.respondent.role))
                l.Warn("result.unknown_role", "/respondent/role",
                       "unknown role " + Excerpt(role) + " (owner, manager, front_line, other); treated as not given");
        }
    }
    std::string mode;
    if (l.OptionalString(root, "mode", "", &mode) && !mode.empty() && !ParseMode(mode, &r.mode))
        l.Error("result.unknown_mode", "/mode", "unknown mode " + Excerpt(mode) + " (quick or full)");
    l.OptionalString(root, "created", "", &r.created);
    l.OptionalString(root, "updated", "", &r.updated);
}

void LoadAreaPoints(Loader& l, const nlohmann::json& root, const Questionnaire& q, Result& r) {
    auto ap = root.find("area_points");
    if (ap == root.end() || ap->is_null()) return;
    if (!l.reader.Is(*ap, "/area_points", JsonKind::Object, "an object of area id -> points")) return;
    std::vector<int> points(q.areas.size(), 0);
    bool any_known = false;
    for (auto it = ap->begin(); it != ap->end(); ++it) {
        const std::string path = "/area_points/" + JsonPointerEscape(it.key());
        const int area = q.FindArea(it.key());
        if (area < 0) {
            l.Warn("result.unknown_area", path, "questionnaire \"" + q.id + "\" has no area " + Excerpt(it.key()) + "; its points are dropped");
            continue;
        }
        const std::optional<std::int64_t> v = l.reader.IntValue(it.value(), path, 0, 100);
        if (!v) continue;
        points[area] = static_cast<int>(*v);
        any_known = true;
    }
    if (!any_known) return;   // nothing usable: equal importance
    for (std::size_t a = 0; a < q.areas.size(); ++a) r.area_points.push_back({q.areas[a].id, points[a]});
}

void LoadAnswers(Loader& l, const nlohmann::json& root, const Questionnaire& q, Result& r, ResultLoad& load) {
    auto answers = root.find("answers");
    if (answers == root.end() || answers->is_null()) return;
    if (!l.reader.Is(*answers, "/answers", JsonKind::Object, "an object of question id -> answer")) return;
    for (auto it = answers->begin(); it != answers->end(); ++it) {
        const std::string path = "/answers/" + JsonPointerEscape(it.key());
        const int question = q.FindQuestion(it.key());
        if (question < 0) {
            ++load.dropped;
            load.dropped_ids.push_back(it.key());
            l.Warn("result.unknown_question", path,
                   "questionnaire \"" + q.id + "\" version " + std::to_string(q.version) + " has no question " + Excerpt(it.key()) +
                   "; this answer could not be carried over");
            continue;
        }
        const nlohmann::json& v = it.value();
        if (!l.reader.Is(v, path, JsonKind::Object, "an answer: an object with today, target, status, note")) continue;
        Answer a;
        a.question = it.key();
        bool ok = l.OptionalLevel(v, "today", path, &a.today);
        ok = l.OptionalLevel(v, "target", path, &a.target) && ok;
        ok = l.OptionalString(v, "note", path, &a.note) && ok;
        std::string status;
        if (!l.OptionalString(v, "status", path, &status)) continue;
        if (status.empty()) {
            a.status = a.today > 0 ? AnswerStatus::Answered : AnswerStatus::Unanswered;   // older writers may omit it
        } else if (!ParseAnswerStatus(status, &a.status)) {
            l.Error("result.unknown_status", path + "/status", "unknown status " + Excerpt(status) + " (answered, dont_know, not_applicable, unanswered)");
            continue;
        }
        if (!ok) continue;
        if (a.status == AnswerStatus::Answered && a.today == 0) {
            l.Error("result.level_missing", path, "an answered question needs a \"today\" level from 1 to 5");
            continue;
        }
        if (a.status != AnswerStatus::Unanswered) ++load.carried_over;
        r.answers[question] = std::move(a);
    }
}

} // namespace

VersionGap GapOf(const ResultLoad& load) {
    VersionGap gap;
    gap.migrated = load.migrated;
    gap.from_version = load.from_version;
    gap.dropped_ids = load.dropped_ids;
    return gap;
}

ResultLoad LoadResult(std::string_view json_text, const Questionnaire& q) {
    if (std::optional<ResultLoad> plain = LoadPlainResult(json_text, q)) return std::move(*plain);
    return LoadResultThorough(json_text, q);
}

ResultLoad LoadResultThorough(std::string_view json_text, const Questionnaire& q) { return LoadResult(ParseJson(json_text), q); }

ResultLoad LoadResult(const JsonDocument& doc, const Questionnaire& q, const std::string& at) {
    ResultLoad load;
    if (!doc.ok) {
        load.issues = doc.issues;
        return load;
    }
    Loader l{JsonReader(doc, kResultCodes, load.issues)};
    l.reader.null_is_absent = true;   // older writers and other tools may write null for "not given"
    l.reader.prefix = at;             // every path below is relative to the results value
    // json_pointer would throw on a malformed pointer; walk it by hand, keys unescaped (~1 -> /, ~0 -> ~).
    const nlohmann::json* value = &doc.value;
    for (std::size_t i = 0; i < at.size() && value;) {
        const std::size_t next = std::min(at.find('/', i + 1), at.size());
        std::string key = at.substr(i + 1, next - i - 1);
        for (std::size_t k = 0; (k = key.find('~', k)) != std::string::npos; ++k)
            key.replace(k, 2, k + 1 < key.size() && key[k + 1] == '1' ? "/" : "~");
        const auto it = value->is_object() ? value->find(key) : value->end();
        value = value->is_object() && it != value->end() ? &*it : nullptr;
        i = next;
    }
    if (!value) {
        l.Error("result.missing_field", "", "there are no results here");
        return load;
    }
    if (!l.reader.Is(*value, "", JsonKind::Object, "a results file: a JSON object { ... }")) return load;
    const nlohmann::json& root = *value;
    Result r = NewResult(q);
    LoadHeader(l, root, q, r, load);
    if (HasErrors(load.issues)) return load;   // the wrong file: checking its answers would only add noise
    LoadRespondentAndMode(l, root, r);
    LoadAreaPoints(l, root, q, r);
    LoadAnswers(l, root, q, r, load);
    if (!HasErrors(load.issues)) load.result = std::move(r);
    return load;
}

nlohmann::ordered_json ResultToJson(const Result& r) {
    using Json = nlohmann::ordered_json;   // insertion order: the file reads top-down and never reshuffles
    Json root = Json::object();
    root["schema_version"] = r.schema_version;
    root["questionnaire"] = Json{{"id", r.questionnaire_id}, {"version", r.questionnaire_version}, {"hash", r.questionnaire_hash}};
    root["respondent"] = Json{{"organisation", r.respondent.organisation}, {"name", r.respondent.name}, {"role", RoleName(r.respondent.role)}};
    root["mode"] = ModeName(r.mode);
    root["created"] = r.created;
    root["updated"] = r.updated;
    if (!r.area_points.empty()) {
        Json points = Json::object();
        for (const AreaPoints& p : r.area_points) points[p.area] = p.points;
        root["area_points"] = std::move(points);
    }
    Json answers = Json::object();
    for (const Answer& a : r.answers) {
        if (a.status == AnswerStatus::Unanswered && a.today == 0 && a.target == 0 && a.note.empty()) continue;
        Json one = Json::object();
        one["status"] = AnswerStatusName(a.status);
        one["today"] = a.today;
        one["target"] = a.target;
        if (!a.note.empty()) one["note"] = a.note;
        answers[a.question] = std::move(one);
    }
    root["answers"] = std::move(answers);
    return root;
}

std::string SaveResult(const Result& r) { return DumpJson(ResultToJson(r), 2) + "\n"; }

} // namespace systemic
