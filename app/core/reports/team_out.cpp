// team_out.cpp — a team's aggregate written out: JSON, the plain CSV table and the text summary.
// Fixed key order and fixed number formatting, so the same team gives the same bytes on every platform.
#include "reports/team_out.h"

#include <nlohmann/json.hpp>

#include "rules/det_math.h"
#include "text/numbers.h"
#include "text/utf8.h"

namespace systemic {

namespace {

using OJson = nlohmann::ordered_json;

OJson StatJson(const Stat& s) {
    OJson j = OJson::object();
    j["n"] = s.n;
    j["mean"] = s.n > 0 ? OJson(s.mean) : OJson(nullptr);
    j["min"] = s.n > 0 ? OJson(s.min) : OJson(nullptr);
    j["max"] = s.n > 0 ? OJson(s.max) : OJson(nullptr);
    j["sd"] = s.n > 0 ? OJson(s.sd) : OJson(nullptr);
    return j;
}

OJson RolesJson(const std::array<RoleMean, kRoleCount>& roles) {
    OJson j = OJson::object();
    for (int i = 0; i < kRoleCount; ++i)
        j[RoleName(RoleFromIndex(i))] = OJson{{"n", roles[i].n}, {"mean", roles[i].n > 0 ? OJson(roles[i].mean) : OJson(nullptr)}};
    return j;
}

OJson RoleGapsJson(const std::vector<RoleGap>& gaps) {
    OJson j = OJson::array();
    for (const RoleGap& g : gaps) j.push_back(OJson{{"first", RoleName(g.first)}, {"second", RoleName(g.second)}, {"gap", g.gap}});
    return j;
}

void TeamScoreFields(OJson& j, const TeamScore& s) {
    j["today"] = StatJson(s.today);
    j["target"] = StatJson(s.target);
    j["roles"] = RolesJson(s.roles);
    j["role_gaps"] = RoleGapsJson(s.role_gaps);
}

template <typename T>
OJson NamedTeamScores(const std::vector<T>& items, const std::vector<TeamScore>& scores) {
    OJson list = OJson::array();
    for (std::size_t i = 0; i < items.size() && i < scores.size(); ++i) {
        OJson j = OJson::object();
        j["id"] = items[i].id;
        j["name"] = items[i].name;
        TeamScoreFields(j, scores[i]);
        list.push_back(std::move(j));
    }
    return list;
}

std::string CsvField(const std::string& text) {
    if (text.find_first_of(",\"\n\r") == std::string::npos) return text;
    std::string out = "\"";
    for (char c : text) out += c == '"' ? std::string("\"\"") : std::string(1, c);
    return out + "\"";
}

void ScoreLines(std::string& out, const std::string& name, const TeamScore& s) {
    std::string line = "  " + PadRight(name.substr(0, 32), 34);
    if (s.today.n == 0) { out += line + "no answers\n"; return; }
    line += PadRight(TablePercent(s.today.mean), 10) + PadRight(FormatFixed(s.today.sd), 8) +
            PadRight(FormatFixed(s.today.min, 0) + "–" + FormatFixed(s.today.max, 0), 10) + PadRight(TablePercent(s.target.mean), 10);
    for (int r = 0; r < kRoleCount; ++r) line += PadRight(s.roles[r].n > 0 ? FormatFixed(s.roles[r].mean) : "—", 12);
    while (!line.empty() && line.back() == ' ') line.pop_back();
    out += line + "\n";
}

} // namespace

std::string TeamToJson(const Questionnaire& q, const TeamScores& t) {
    OJson root = OJson::object();
    root["schema_version"] = 1;
    root["questionnaire"] = OJson{{"id", q.id}, {"version", q.version}, {"hash", q.hash}};
    root["respondents"] = t.respondents;
    OJson roles = OJson::object();
    for (int i = 0; i < kRoleCount; ++i) roles[RoleName(RoleFromIndex(i))] = t.role_counts[i];
    roles["not_given"] = t.role_counts[kRoleCount];
    root["roles"] = std::move(roles);
    root["agreement"] = OJson{{"max_sd", kAgreeMaxSd}, {"max_range", kAgreeMaxRange}};
    OJson overall = OJson::object();
    TeamScoreFields(overall, t.overall);
    root["overall"] = std::move(overall);
    root["areas"] = NamedTeamScores(q.areas, t.areas);
    root["drivers"] = NamedTeamScores(q.drivers, t.drivers);
    OJson questions = OJson::array();
    for (std::size_t i = 0; i < q.questions.size() && i < t.questions.size(); ++i) {
        const TeamQuestion& tq = t.questions[i];
        OJson j = OJson::object();
        j["id"] = q.questions[i].id;
        j["area"] = q.areas[q.questions[i].area].id;
        j["today"] = StatJson(tq.today);
        j["target"] = StatJson(tq.target);
        j["gap"] = tq.today.n > 0 ? OJson(tq.gap) : OJson(nullptr);
        j["agree"] = tq.today.n > 0 ? OJson(tq.agree) : OJson(nullptr);
        j["dont_know"] = tq.dont_know;
        j["not_applicable"] = tq.not_applicable;
        j["roles"] = RolesJson(tq.roles);
        j["role_gaps"] = RoleGapsJson(tq.role_gaps);
        questions.push_back(std::move(j));
    }
    root["questions"] = std::move(questions);
    OJson agenda = OJson::array();
    for (const AgendaItem& a : t.agenda)
        agenda.push_back(OJson{{"question", q.questions[a.question].id}, {"reason", AgendaReasonName(a.reason)}, {"explanation", a.explanation}});
    root["agenda"] = std::move(agenda);
    return root.dump(2, ' ', false, OJson::error_handler_t::replace) + "\n";
}

std::string TeamToCsv(const Questionnaire& q, const TeamScores& t) {
    std::string out = "question,area,n,mean,min,max,sd,agree,target_mean,gap,dont_know,not_applicable";
    for (int r = 0; r < kRoleCount; ++r) out += std::string(",") + RoleName(RoleFromIndex(r));
    out += "\n";
    for (std::size_t i = 0; i < q.questions.size() && i < t.questions.size(); ++i) {
        const TeamQuestion& tq = t.questions[i];
        const Stat& s = tq.today;
        out += CsvField(q.questions[i].id) + "," + CsvField(q.areas[q.questions[i].area].id) + "," + std::to_string(s.n);
        if (s.n > 0) {
            out += "," + FormatFixed(s.mean) + "," + FormatFixed(s.min, 0) + "," + FormatFixed(s.max, 0) + "," + FormatFixed(s.sd) +
                   "," + (tq.agree ? "yes" : "no") + "," + FormatFixed(tq.target.mean) + "," + FormatFixed(tq.gap);
        } else {
            out += ",,,,,,,";
        }
        out += "," + std::to_string(tq.dont_know) + "," + std::to_string(tq.not_applicable);
        for (int r = 0; r < kRoleCount; ++r) out += "," + (tq.roles[r].n > 0 ? FormatFixed(tq.roles[r].mean) : std::string());
        out += "\n";
    }
    return out;
}

std::string TeamToText(const Questionnaire& q, const TeamScores& t) {
    std::string out = (q.title.empty() ? q.id : q.title) + " (" + q.id + " version " + std::to_string(q.version) + "): team of " +
                      std::to_string(t.respondents) + (t.respondents == 1 ? " respondent" : " respondents") + "\n";
    std::string roles;
    for (int r = 0; r <= kRoleCount; ++r) {
        if (t.role_counts[r] == 0) continue;
        roles += std::string(roles.empty() ? "" : ", ") + std::to_string(t.role_counts[r]) + " " +
                 (r < kRoleCount ? RoleLabel(RoleFromIndex(r)) : "role not given");
    }
    if (!roles.empty()) out += "  " + roles + "\n";
    if (t.respondents == 0) return out + "\nNo results to aggregate.\n";

    std::string header = "  " + PadRight("", 34) + PadRight("today", 10) + PadRight("sd", 8) + PadRight("range", 10) + PadRight("target", 10);
    for (int r = 0; r < kRoleCount; ++r) header += PadRight(RoleLabel(RoleFromIndex(r)), 12);
    while (!header.empty() && header.back() == ' ') header.pop_back();
    out += "\nPercent today across respondents (mean, sd, range), target mean, and mean per role\n" + header + "\n";
    ScoreLines(out, "Overall index", t.overall);
    out += "\nAreas\n";
    for (std::size_t a = 0; a < q.areas.size(); ++a) ScoreLines(out, q.areas[a].name, t.areas[a]);
    if (!q.drivers.empty()) out += "\nDrivers\n";
    for (std::size_t d = 0; d < q.drivers.size(); ++d) ScoreLines(out, q.drivers[d].name, t.drivers[d]);

    int agree = 0, answered = 0;
    for (const TeamQuestion& tq : t.questions) {
        if (tq.today.n == 0) continue;
        ++answered;
        agree += tq.agree ? 1 : 0;
    }
    out += "\nAgreement: the team agrees on " + std::to_string(agree) + " of " + std::to_string(answered) +
           " answered questions (sd <= 0.75 level and range <= 2 levels)\n";

    if (!t.agenda.empty()) {
        out += "\nWorkshop agenda\n";
        int rank = 0;
        for (const AgendaItem& a : t.agenda) {
            const Question& question = q.questions[a.question];
            out += "  " + std::to_string(++rank) + ". " + question.text + " [" + question.id + "]\n";
            out += std::string("     ") + (a.reason == AgendaReason::Gap ? "Gap: " : "Disagreement: ") + a.explanation + "\n";
        }
    }
    return out;
}

} // namespace systemic
