// benchmark_file.cpp — the anonymous benchmark file (benchmark_file.h has the format).
#include "formats/benchmark_file.h"

#include <cmath>
#include <set>

#include <nlohmann/json.hpp>

#include "formats/json_document.h"
#include "formats/json_reader.h"
#include "text/dates.h"

namespace systemic {

namespace {

using OJson = nlohmann::ordered_json;

constexpr JsonCodes kBenchmarkCodes{"benchmark.missing_field", "benchmark.wrong_type", "benchmark.out_of_range",
                                    "benchmark.unknown_field"};
constexpr const char* kKind = "systemic-benchmark";
constexpr const char* kMethod = "type7";

OJson StatJson(const BenchmarkStat& s, bool with_id, bool compact) {
    OJson j = OJson::object();
    if (with_id) j["id"] = s.id;
    j["n"] = s.n;
    if (s.withheld) {
        j["withheld"] = true;
        return j;
    }
    if (!compact) j["min"] = s.q.min;
    j["q25"] = s.q.q25;
    j["median"] = s.q.median;
    j["q75"] = s.q.q75;
    if (!compact) j["max"] = s.q.max;
    return j;
}

// One STAT at `path`; false when it has errors.
// A compact benchmark's STAT has no min and max (kept as 0 and 100); should it have them, they are not read.
bool ReadStat(JsonReader& r, const nlohmann::json& v, const std::string& path, bool with_id, bool compact, BenchmarkStat& out) {
    if (!r.Is(v, path, JsonKind::Object)) return false;
    bool ok = true;
    if (with_id) {
        r.UnknownFields(v, path, {"id", "n", "withheld", "min", "q25", "median", "q75", "max"});
        const std::string* id = r.Text(v, path, "id", true);
        if (id && id->empty()) { r.Error("benchmark.missing_field", path + "/id", "the id is empty"); ok = false; }
        if (!id) ok = false; else out.id = *id;
    } else {
        r.UnknownFields(v, path, {"n", "withheld", "min", "q25", "median", "q75", "max"});
    }
    const std::optional<std::int64_t> n = r.Int(v, path, "n", true, 0, 1000000000);
    if (!n) return false;
    out.n = static_cast<int>(*n);
    bool withheld = false;
    if (const nlohmann::json* w = r.Member(v, path, "withheld", false)) {
        if (!r.Is(*w, path + "/withheld", JsonKind::Boolean)) return false;
        withheld = w->get<bool>();
    }
    const char* keys[] = {"min", "q25", "median", "q75", "max"};
    double* fields[] = {&out.q.min, &out.q.q25, &out.q.median, &out.q.q75, &out.q.max};
    if (out.n < kBenchmarkMinimum || withheld) {
        out.withheld = true;
        for (const char* key : keys)
            if (v.contains(key)) {
                r.Error("benchmark.too_few", path + "/" + key,
                        "a score with fewer than 5 results (or withheld) carries no figures: they could identify a person");
                ok = false;
            }
        return ok;
    }
    out.q.min = 0.0;
    out.q.max = 100.0;
    const int first = compact ? 1 : 0, last = compact ? 4 : 5;
    for (int k = first; k < last; ++k) {
        const nlohmann::json* m = r.Member(v, path, keys[k], true);
        if (!m) { ok = false; continue; }
        const std::string at = path + "/" + keys[k];
        if (!r.Is(*m, at, JsonKind::Number)) { ok = false; continue; }
        const double x = m->get<double>();
        if (!(x >= 0.0 && x <= 100.0)) {
            r.Error("benchmark.out_of_range", at, "expected a percent from 0 to 100, found " + m->dump());
            ok = false;
            continue;
        }
        *fields[k] = x;
    }
    if (!ok) return false;
    for (int k = first + 1; k < last; ++k)
        if (*fields[k] < *fields[k - 1]) {
            r.Error("benchmark.unordered", path + "/" + keys[k],
                    std::string("\"") + keys[k] + "\" is below \"" + keys[k - 1] + "\": the figures must run min <= q25 <= median <= q75 <= max");
            return false;
        }
    return true;
}

bool ReadStatList(JsonReader& r, const nlohmann::json& root, const char* key, bool compact, std::vector<BenchmarkStat>& out) {
    const nlohmann::json* list = r.List(root, "", key, true, 0, 1000);
    if (!list) return false;
    bool ok = true;
    std::set<std::string> seen;
    for (std::size_t i = 0; i < list->size(); ++i) {
        const std::string path = "/" + std::string(key) + "/" + std::to_string(i);
        BenchmarkStat s;
        if (!ReadStat(r, (*list)[i], path, true, compact, s)) { ok = false; continue; }
        if (!seen.insert(s.id).second) {
            r.Error("benchmark.duplicate_id", path + "/id", "the id " + Excerpt(s.id) + " appears twice");
            ok = false;
            continue;
        }
        out.push_back(std::move(s));
    }
    return ok;
}

} // namespace

std::string SaveBenchmark(const Benchmark& b) {
    OJson root = OJson::object();
    root["schema_version"] = kBenchmarkSchemaVersion;
    root["kind"] = kKind;
    root["quantiles"] = kMethod;
    root["questionnaire"] = OJson{{"id", b.questionnaire_id}, {"version", b.questionnaire_version}};
    root["created"] = b.created;
    root["n"] = b.n;
    if (b.compact) root["compact"] = true;
    root["overall"] = StatJson(b.overall, false, b.compact);
    root["systemic_index"] = StatJson(b.systemic, false, b.compact);
    OJson areas = OJson::array(), drivers = OJson::array();
    for (const BenchmarkStat& s : b.areas) areas.push_back(StatJson(s, true, b.compact));
    if (!b.compact)
        for (const BenchmarkStat& s : b.drivers) drivers.push_back(StatJson(s, true, false));
    root["areas"] = std::move(areas);
    root["drivers"] = std::move(drivers);
    return root.dump(2, ' ', false, OJson::error_handler_t::replace) + "\n";
}

BenchmarkLoad LoadBenchmark(std::string_view json_text) {
    BenchmarkLoad load;
    const JsonDocument doc = ParseJson(json_text);
    if (!doc.ok) {
        load.issues = doc.issues;
        return load;
    }
    JsonReader r(doc, kBenchmarkCodes, load.issues);
    const nlohmann::json& root = doc.value;
    if (!r.Is(root, "", JsonKind::Object, "a benchmark file: a JSON object { ... }")) return load;
    const nlohmann::json* kind = r.Member(root, "", "kind", false);
    if (!kind || !kind->is_string() || kind->get<std::string>() != kKind) {
        r.Error("benchmark.not_benchmark", kind ? "/kind" : "", "this is not a Systemic benchmark file (\"kind\" must be \"systemic-benchmark\")");
        return load;
    }
    const std::optional<std::int64_t> version = r.Int(root, "", "schema_version", true, 0, 1000000000);
    if (!version) return load;
    if (*version != kBenchmarkSchemaVersion) {
        r.Error("benchmark.schema_version", "/schema_version",
                "schema_version " + std::to_string(*version) + " is not supported; this version of Systemic reads 1");
        return load;
    }
    r.UnknownFields(root, "", {"schema_version", "kind", "quantiles", "questionnaire", "created", "n", "compact", "overall", "systemic_index", "areas", "drivers"});
    Benchmark b;
    if (const std::string* method = r.Text(root, "", "quantiles", true); method && *method != kMethod)
        r.Error("benchmark.quantile_method", "/quantiles", "quantiles " + Excerpt(*method) + " are not supported; this version of Systemic reads \"type7\"");
    if (const nlohmann::json* qo = r.Member(root, "", "questionnaire", true); qo && r.Is(*qo, "/questionnaire", JsonKind::Object)) {
        r.UnknownFields(*qo, "/questionnaire", {"id", "version"});
        const std::string* id = r.Text(*qo, "/questionnaire", "id", true);
        if (id && id->empty()) r.Error("benchmark.missing_field", "/questionnaire/id", "the questionnaire id is empty");
        if (id) b.questionnaire_id = *id;
        if (const std::optional<std::int64_t> v = r.Int(*qo, "/questionnaire", "version", true, 1, 1000000000)) b.questionnaire_version = static_cast<int>(*v);
    }
    if (const std::string* created = r.Text(root, "", "created", true)) {
        if (!ParseIsoDate(*created) || DatePart(*created).empty())
            r.Error("benchmark.invalid_date", "/created", "expected an ISO 8601 date such as \"2026-12-01\", found " + Excerpt(*created));
        b.created = *created;
    }
    if (const std::optional<std::int64_t> n = r.Int(root, "", "n", true, 0, 1000000000)) {
        b.n = static_cast<int>(*n);
        if (b.n < kBenchmarkMinimum)
            r.Error("benchmark.too_few", "/n", "a benchmark needs at least 5 results, found " + std::to_string(b.n) + ": figures from so few could identify a person");
    }
    if (const nlohmann::json* c = r.Member(root, "", "compact", false); c && r.Is(*c, "/compact", JsonKind::Boolean)) b.compact = c->get<bool>();
    if (const nlohmann::json* o = r.Member(root, "", "overall", true)) ReadStat(r, *o, "/overall", false, b.compact, b.overall);
    if (const nlohmann::json* s = r.Member(root, "", "systemic_index", true)) ReadStat(r, *s, "/systemic_index", false, b.compact, b.systemic);
    ReadStatList(r, root, "areas", b.compact, b.areas);
    ReadStatList(r, root, "drivers", b.compact, b.drivers);
    if (b.compact && !b.drivers.empty())
        r.Error("benchmark.bad_compact", "/drivers", "a compact benchmark (from an invitation link) has no drivers");
    if (!r.HasErrors()) load.benchmark = std::move(b);
    return load;
}

Issues CheckBenchmarkFits(const Benchmark& b, const Questionnaire& q) {
    Issues issues;
    if (b.questionnaire_id != q.id) {
        Issue i;
        i.code = "benchmark.wrong_questionnaire";
        i.path = "/questionnaire/id";
        i.message = "this benchmark is for questionnaire " + Excerpt(b.questionnaire_id) + ", not \"" + q.id + "\"";
        issues.push_back(i);
    } else if (b.questionnaire_version != q.version) {
        Issue i;
        i.severity = Severity::Warning;
        i.code = "benchmark.questionnaire_changed";
        i.path = "/questionnaire/version";
        i.message = "built from version " + std::to_string(b.questionnaire_version) + " of \"" + q.id + "\" (this is version " +
                    std::to_string(q.version) + "): areas are matched by id";
        issues.push_back(i);
    }
    return issues;
}

} // namespace systemic
