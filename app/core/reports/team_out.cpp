// team_out.cpp — a team's aggregate written out: JSON, the plain CSV table and the text summary.
// Fixed key order and fixed number formatting, so the same team gives the same bytes on every platform.
#include "reports/team_out.h"

#include <vector>

#include <nlohmann/json.hpp>

#include "rules/det_math.h"
#include "text/ids.h"
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

// One row of the text summary: the name, then today's mean, sd, range and target mean, then the mean per role.
std::vector<TableCell> ScoreRow(const std::string& name, const TeamScore& s) {
    std::vector<TableCell> row{UserText(name.substr(0, 32))};
    if (s.today.n == 0) { row.push_back(Word("no answers")); return row; }
    row.push_back(Number(TablePercent(s.today.mean)));
    row.push_back(Number(FormatFixed(s.today.sd)));
    row.push_back(Number(FormatFixed(s.today.min, 0) + "–" + FormatFixed(s.today.max, 0)));
    row.push_back(Number(TablePercent(s.target.mean)));
    for (int r = 0; r < kRoleCount; ++r) row.push_back(Number(s.roles[r].n > 0 ? FormatFixed(s.roles[r].mean) : "—"));
    return row;
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

Table TeamTable(const Questionnaire& q, const TeamScores& t) {
    Table table;
    for (const char* title : {"question", "area", "n", "mean", "min", "max", "sd", "agree", "target_mean", "gap", "dont_know", "not_applicable"})
        table.columns.push_back({title});
    for (int r = 0; r < kRoleCount; ++r) table.columns.push_back({RoleName(RoleFromIndex(r))});
    for (std::size_t i = 0; i < q.questions.size() && i < t.questions.size(); ++i) {
        const TeamQuestion& tq = t.questions[i];
        const Stat& s = tq.today;
        std::vector<TableCell> row{UserText(q.questions[i].id), UserText(q.areas[q.questions[i].area].id), Number(std::to_string(s.n))};
        if (s.n > 0) {
            for (TableCell cell : {Number(FormatFixed(s.mean)), Number(FormatFixed(s.min, 0)), Number(FormatFixed(s.max, 0)), Number(FormatFixed(s.sd)),
                                   Word(tq.agree ? "yes" : "no"), Number(FormatFixed(tq.target.mean)), Number(FormatFixed(tq.gap))})
                row.push_back(std::move(cell));
        } else {
            row.resize(row.size() + 7, Number(""));
        }
        row.push_back(Number(std::to_string(tq.dont_know)));
        row.push_back(Number(std::to_string(tq.not_applicable)));
        for (int r = 0; r < kRoleCount; ++r) row.push_back(Number(tq.roles[r].n > 0 ? FormatFixed(tq.roles[r].mean) : std::string()));
        table.rows.push_back(std::move(row));
    }
    return table;
}

std::string TeamToCsv(const Questionnaire& q, const TeamScores& t) { return WriteCsv(TeamTable(q, t), CsvDialect::Plain); }

std::string TeamToText(const Questionnaire& q, const TeamScores& t) {
    std::string out = (q.title.empty() ? q.id : q.title) + " (" + q.id + " version " + std::to_string(q.version) + "): team of " +
                      Plural(t.respondents, "respondent", "respondents") + "\n";
    std::string roles;
    for (int r = 0; r <= kRoleCount; ++r) {
        if (t.role_counts[r] == 0) continue;
        roles += std::string(roles.empty() ? "" : ", ") + std::to_string(t.role_counts[r]) + " " +
                 (r < kRoleCount ? RoleLabel(RoleFromIndex(r)) : "role not given");
    }
    if (!roles.empty()) out += "  " + roles + "\n";
    if (t.respondents == 0) return out + "\nNo results to aggregate.\n";

    // The summary table: 34 characters for the name, then today's figures and the target, then 12 per role.
    Table header;
    header.columns = {{"", 34}, {"today", 10}, {"sd", 8}, {"range", 10}, {"target", 10}};
    for (int r = 0; r < kRoleCount; ++r) header.columns.push_back({RoleLabel(RoleFromIndex(r)), 12});
    Table body = header;
    for (TableColumn& column : body.columns) column.title.clear();   // the sections below carry no header of their own
    out += "\nPercent today across respondents (mean, sd, range), target mean, and mean per role\n" + WriteTextTable(header);
    body.rows = {ScoreRow("Overall index", t.overall)};
    out += WriteTextTable(body);
    body.rows.clear();
    for (std::size_t a = 0; a < q.areas.size(); ++a) body.rows.push_back(ScoreRow(q.areas[a].name, t.areas[a]));
    out += "\nAreas\n" + WriteTextTable(body);
    body.rows.clear();
    for (std::size_t d = 0; d < q.drivers.size(); ++d) body.rows.push_back(ScoreRow(q.drivers[d].name, t.drivers[d]));
    if (!q.drivers.empty()) out += "\nDrivers\n" + WriteTextTable(body);

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
