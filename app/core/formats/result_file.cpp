// result_file.cpp — the results file: load (with checks and migration by question id) and save.
// Errors are Issues located in the text; nothing here throws or reads a clock.
#include "formats/result_file.h"

#include <algorithm>
#include <utility>

#include <nlohmann/json.hpp>

#include "formats/json_document.h"

namespace systemic {

namespace {

// Everything LoadResult needs while walking the document, so the helpers stay short.
struct Loader {
    const JsonDocument& doc;
    Issues& issues;

    void Error(const std::string& code, const std::string& path, const std::string& message) {
        issues.push_back(doc.At(Severity::Error, code, path, message));
    }
    void Warn(const std::string& code, const std::string& path, const std::string& message) {
        issues.push_back(doc.At(Severity::Warning, code, path, message));
    }
    // An optional string member: true when absent (out untouched) or a string (out set).
    bool OptionalString(const nlohmann::json& object, const char* key, const std::string& path, std::string* out) {
        auto it = object.find(key);
        if (it == object.end() || it->is_null()) return true;
        if (!it->is_string()) { Error("result.type", path + "/" + key, std::string("'") + key + "' must be a string"); return false; }
        *out = it->get<std::string>();
        return true;
    }
    // An optional level 0..5: true when absent (out untouched) or a whole number in range (out set).
    bool OptionalLevel(const nlohmann::json& object, const char* key, const std::string& path, int* out) {
        auto it = object.find(key);
        if (it == object.end() || it->is_null()) return true;
        if (!it->is_number()) { Error("result.type", path + "/" + key, std::string("'") + key + "' must be a number 0..5"); return false; }
        if (!it->is_number_integer()) { Error("result.level_range", path + "/" + key, std::string("'") + key + "' must be a whole number 0..5"); return false; }
        const long long v = it->is_number_unsigned() ? static_cast<long long>(std::min<unsigned long long>(it->get<unsigned long long>(), 1000ull))
                                                     : it->get<long long>();
        if (v < 0 || v > kLevelCount) {
            Error("result.level_range", path + "/" + key, std::string("'") + key + "' is " + std::to_string(v) + "; levels run from 1 to 5 (0 = not given)");
            return false;
        }
        *out = static_cast<int>(v);
        return true;
    }
};

void LoadHeader(Loader& l, const nlohmann::json& root, const Questionnaire& q, Result& r, ResultLoad& load) {
    auto sv = root.find("schema_version");
    if (sv == root.end()) {
        l.Error("result.missing_field", "", "this is not a Systemic results file: 'schema_version' is missing");
    } else if (!sv->is_number_integer()) {
        l.Error("result.type", "/schema_version", "'schema_version' must be a whole number");
    } else if (sv->get<long long>() != kResultSchemaVersion) {
        const long long v = sv->get<long long>();
        l.Error("result.schema_version", "/schema_version",
                v > kResultSchemaVersion ? "this results file was made by a newer version of Systemic (schema_version " + std::to_string(v) + ")"
                                         : "unknown results schema_version " + std::to_string(v));
    }

    auto qo = root.find("questionnaire");
    if (qo == root.end() || !qo->is_object()) {
        if (qo == root.end()) l.Error("result.missing_field", "", "'questionnaire' (id, version, hash) is missing");
        else l.Error("result.type", "/questionnaire", "'questionnaire' must be an object with id, version and hash");
        return;
    }
    std::string id;
    if (!l.OptionalString(*qo, "id", "/questionnaire", &id)) return;
    if (id.empty()) { l.Error("result.missing_field", "/questionnaire", "'questionnaire.id' is missing"); return; }
    if (id != q.id) {
        l.Error("result.wrong_questionnaire", "/questionnaire/id",
                "these results are for questionnaire '" + id + "', not '" + q.id + "'");
        return;
    }
    auto version = qo->find("version");
    if (version != qo->end() && !version->is_number_integer())
        l.Error("result.type", "/questionnaire/version", "'questionnaire.version' must be a whole number");
    else if (version != qo->end())
        load.from_version = static_cast<int>(std::max(-1LL, std::min(version->get<long long>(), 1000000000LL)));
    l.OptionalString(*qo, "hash", "/questionnaire", &load.from_hash);
    r.questionnaire_id = q.id;
    // Answers always belong to the questionnaire they were loaded into; saving records its version.
    r.questionnaire_version = q.version;
    r.questionnaire_hash = q.hash;
    load.migrated = load.from_version != q.version || load.from_hash != q.hash;
    if (load.migrated)
        l.Warn("result.questionnaire_changed", "/questionnaire",
               "made with version " + std::to_string(load.from_version) + " of '" + q.id + "' (this is version " +
               std::to_string(q.version) + "); answers are carried over by question id");
}

void LoadRespondentAndMode(Loader& l, const nlohmann::json& root, Result& r) {
    auto resp = root.find("respondent");
    if (resp != root.end() && !resp->is_null()) {
        if (!resp->is_object()) {
            l.Error("result.type", "/respondent", "'respondent' must be an object");
        } else {
            l.OptionalString(*resp, "organisation", "/respondent", &r.respondent.organisation);
            l.OptionalString(*resp, "name", "/respondent", &r.respondent.name);
            std::string role;
            if (l.OptionalString(*resp, "role", "/respondent", &role) && !ParseRole(role, &r.respondent.role))
                l.Warn("result.unknown_role", "/respondent/role",
                       "unknown role '" + role + "' (owner, manager, front_line, other); treated as not given");
        }
    }
    std::string mode;
    if (l.OptionalString(root, "mode", "", &mode) && !mode.empty() && !ParseMode(mode, &r.mode))
        l.Error("result.mode", "/mode", "unknown mode '" + mode + "' (quick or full)");
    l.OptionalString(root, "created", "", &r.created);
    l.OptionalString(root, "updated", "", &r.updated);
}

void LoadAreaPoints(Loader& l, const nlohmann::json& root, const Questionnaire& q, Result& r) {
    auto ap = root.find("area_points");
    if (ap == root.end() || ap->is_null()) return;
    if (!ap->is_object()) { l.Error("result.type", "/area_points", "'area_points' must be an object: area id -> points"); return; }
    std::vector<int> points(q.areas.size(), 0);
    bool any_known = false;
    for (auto it = ap->begin(); it != ap->end(); ++it) {
        const std::string path = "/area_points/" + JsonPointerEscape(it.key());
        const int area = q.FindArea(it.key());
        if (area < 0) {
            l.Warn("result.unknown_area", path, "questionnaire '" + q.id + "' has no area '" + it.key() + "'; its points are dropped");
            continue;
        }
        const nlohmann::json& v = it.value();
        if (!v.is_number_integer() || v.get<long long>() < 0 || v.get<long long>() > 100) {
            l.Error("result.points_range", path, "area points must be a whole number from 0 to 100");
            continue;
        }
        points[area] = static_cast<int>(v.get<long long>());
        any_known = true;
    }
    if (!any_known) return;   // nothing usable: equal importance
    for (std::size_t a = 0; a < q.areas.size(); ++a) r.area_points.push_back({q.areas[a].id, points[a]});
}

void LoadAnswers(Loader& l, const nlohmann::json& root, const Questionnaire& q, Result& r, ResultLoad& load) {
    auto answers = root.find("answers");
    if (answers == root.end() || answers->is_null()) return;
    if (!answers->is_object()) { l.Error("result.type", "/answers", "'answers' must be an object: question id -> answer"); return; }
    for (auto it = answers->begin(); it != answers->end(); ++it) {
        const std::string path = "/answers/" + JsonPointerEscape(it.key());
        const int question = q.FindQuestion(it.key());
        if (question < 0) {
            ++load.dropped;
            l.Warn("result.unknown_question", path,
                   "questionnaire '" + q.id + "' version " + std::to_string(q.version) + " has no question '" + it.key() +
                   "'; this answer could not be carried over");
            continue;
        }
        const nlohmann::json& v = it.value();
        if (!v.is_object()) { l.Error("result.type", path, "an answer must be an object (today, target, status, note)"); continue; }
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
            l.Error("result.status", path + "/status", "unknown status '" + status + "' (answered, dont_know, not_applicable, unanswered)");
            continue;
        }
        if (!ok) continue;
        if (a.status == AnswerStatus::Answered && a.today == 0) {
            l.Error("result.level_missing", path, "an answered question needs a 'today' level from 1 to 5");
            continue;
        }
        if (a.status != AnswerStatus::Unanswered) ++load.carried_over;
        r.answers[question] = std::move(a);
    }
}

} // namespace

ResultLoad LoadResult(std::string_view json_text, const Questionnaire& q) {
    if (std::optional<ResultLoad> plain = LoadPlainResult(json_text, q)) return std::move(*plain);
    return LoadResultThorough(json_text, q);
}

ResultLoad LoadResultThorough(std::string_view json_text, const Questionnaire& q) {
    ResultLoad load;
    JsonDocument doc = ParseJson(json_text);
    if (!doc.ok) {
        load.issues = doc.issues;
        return load;
    }
    Loader l{doc, load.issues};
    if (!doc.value.is_object()) {
        l.Error("result.not_object", "", "a results file must be a JSON object");
        return load;
    }
    Result r = NewResult(q);
    LoadHeader(l, doc.value, q, r, load);
    if (HasErrors(load.issues)) return load;   // the wrong file: checking its answers would only add noise
    LoadRespondentAndMode(l, doc.value, r);
    LoadAreaPoints(l, doc.value, q, r);
    LoadAnswers(l, doc.value, q, r, load);
    if (!HasErrors(load.issues)) load.result = std::move(r);
    return load;
}

std::string SaveResult(const Result& r) {
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
    return root.dump(2, ' ', false, Json::error_handler_t::replace) + "\n";
}

} // namespace systemic
