// team.cpp — AggregateTeam(): one pass over respondents x questions with running sums, then the published figures.
// No per-pair work and no sorting of respondents; the only sort is of questions, for the agenda.
#include "team.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <utility>

#include <nlohmann/json.hpp>

#include "scoring.h"
#include "scoring_math.h"

namespace systemic {

namespace {

// Integer level sums: exact, so mean and sd do not depend on the order of respondents.
struct LevelSums {
    std::int64_t n = 0, sum = 0, squares = 0;
    int min = 0, max = 0;
    void Add(int level) {
        if (n == 0 || level < min) min = level;
        if (n == 0 || level > max) max = level;
        ++n;
        sum += level;
        squares += static_cast<std::int64_t>(level) * level;
    }
    std::int64_t Spread() const { return n * squares - sum * sum; }   // n^2 x variance, exact
    Stat Publish() const {
        Stat s;
        s.n = static_cast<int>(n);
        if (n == 0) return s;
        s.mean = Round2(static_cast<double>(sum) / static_cast<double>(n));
        s.min = min;
        s.max = max;
        s.sd = Round2(std::sqrt(static_cast<double>(Spread())) / static_cast<double>(n));
        return s;
    }
};

// Welford's running mean and variance for percents (doubles), min and max.
struct Running {
    int n = 0;
    double mean = 0.0, m2 = 0.0, min = 0.0, max = 0.0;
    void Add(double x) {
        if (n == 0 || x < min) min = x;
        if (n == 0 || x > max) max = x;
        ++n;
        const double delta = x - mean;
        mean += delta / n;
        m2 += delta * (x - mean);
    }
    Stat Publish() const {
        Stat s;
        s.n = n;
        if (n == 0) return s;
        s.mean = Round2(mean);
        s.min = Round2(min);
        s.max = Round2(max);
        s.sd = Round2(std::sqrt(std::max(0.0, m2) / n));
        return s;
    }
};

struct RoleSum {
    int n = 0;
    double sum = 0.0;
};

struct QuestionSums {
    LevelSums today, target;
    int dont_know = 0, not_applicable = 0;
    std::array<RoleSum, kRoleCount> roles;
};

struct ScoreSums {
    Running today, target;
    std::array<RoleSum, kRoleCount> roles;
    void Add(double today_percent, double target_percent, int role) {
        today.Add(today_percent);
        target.Add(target_percent);
        if (role >= 0) { ++roles[role].n; roles[role].sum += today_percent; }
    }
};

// One respondent's weighted sums for one area or driver; reset for each respondent.
struct Partial {
    double weight = 0.0, today = 0.0, target = 0.0;
};

std::array<RoleMean, kRoleCount> PublishRoles(const std::array<RoleSum, kRoleCount>& sums) {
    std::array<RoleMean, kRoleCount> out{};
    for (int i = 0; i < kRoleCount; ++i) {
        out[i].n = sums[i].n;
        out[i].mean = sums[i].n > 0 ? Round2(sums[i].sum / sums[i].n) : 0.0;
    }
    return out;
}

std::vector<RoleGap> RoleGaps(const std::array<RoleMean, kRoleCount>& roles) {
    std::vector<RoleGap> gaps;
    for (int i = 0; i < kRoleCount; ++i)
        for (int j = i + 1; j < kRoleCount; ++j)
            if (roles[i].n > 0 && roles[j].n > 0)
                gaps.push_back({RoleFromIndex(i), RoleFromIndex(j), Round2(roles[i].mean - roles[j].mean)});
    return gaps;
}

TeamScore PublishScore(const ScoreSums& s) {
    TeamScore t;
    t.today = s.today.Publish();
    t.target = s.target.Publish();
    t.roles = PublishRoles(s.roles);
    t.role_gaps = RoleGaps(t.roles);
    return t;
}

// The answer to each question, in questionnaire order: the stored order when it matches (the usual case), else by id.
void AlignAnswers(const Questionnaire& q, const Result& r, std::vector<const Answer*>& out) {
    const std::size_t n = q.questions.size();
    out.assign(n, nullptr);
    bool aligned = r.answers.size() == n;
    for (std::size_t i = 0; aligned && i < n; ++i) aligned = r.answers[i].question == q.questions[i].id;
    if (aligned) {
        for (std::size_t i = 0; i < n; ++i) out[i] = &r.answers[i];
        return;
    }
    for (std::size_t i = 0; i < n; ++i) out[i] = FindAnswer(r, q, static_cast<int>(i));
}

void BuildAgenda(TeamScores& t, int size) {
    std::vector<int> disagree, gaps;
    for (std::size_t i = 0; i < t.questions.size(); ++i) {
        const TeamQuestion& tq = t.questions[i];
        if (tq.today.n >= 2 && !tq.agree) disagree.push_back(static_cast<int>(i));
        else if (tq.today.n >= 1 && tq.gap >= kAgendaMinGap) gaps.push_back(static_cast<int>(i));
    }
    std::stable_sort(disagree.begin(), disagree.end(),
                     [&](int a, int b) { return t.questions[a].today.sd > t.questions[b].today.sd; });
    std::stable_sort(gaps.begin(), gaps.end(), [&](int a, int b) { return t.questions[a].gap > t.questions[b].gap; });
    for (int i : disagree) {
        if (static_cast<int>(t.agenda.size()) >= size) return;
        const Stat& s = t.questions[i].today;
        t.agenda.push_back({i, AgendaReason::Disagreement,
                            "levels today range from " + FormatShort(s.min) + " to " + FormatShort(s.max) + " (sd " + FormatFixed(s.sd) + ")"});
    }
    for (int i : gaps) {
        if (static_cast<int>(t.agenda.size()) >= size) return;
        const TeamQuestion& tq = t.questions[i];
        t.agenda.push_back({i, AgendaReason::Gap,
                            "today " + FormatFixed(tq.today.mean) + " on average, target " + FormatFixed(tq.target.mean) +
                                ": a gap of " + FormatFixed(tq.gap) + " levels"});
    }
}

} // namespace

const char* AgendaReasonName(AgendaReason r) { return r == AgendaReason::Gap ? "gap" : "disagreement"; }

TeamScores AggregateTeam(const Questionnaire& q, const std::vector<Result>& results, int agenda_size) {
    const std::size_t question_count = q.questions.size(), area_count = q.areas.size(), driver_count = q.drivers.size();
    std::vector<QuestionSums> questions(question_count);
    std::vector<ScoreSums> areas(area_count), drivers(driver_count);
    ScoreSums overall;
    TeamScores t;
    t.respondents = static_cast<int>(results.size());

    // Buffers reused for every respondent: no allocation inside the loop once they have grown.
    std::vector<const Answer*> answers;
    std::vector<Partial> area_partial(area_count), driver_partial(driver_count);
    std::vector<double> shares;

    for (const Result& r : results) {
        const int role = RoleIndex(r.respondent.role);
        ++t.role_counts[role >= 0 ? role : kRoleCount];
        AlignAnswers(q, r, answers);
        std::fill(area_partial.begin(), area_partial.end(), Partial{});
        std::fill(driver_partial.begin(), driver_partial.end(), Partial{});
        for (std::size_t i = 0; i < question_count; ++i) {
            const Answer* a = answers[i];
            if (!a) continue;
            QuestionSums& qs = questions[i];
            if (a->status == AnswerStatus::DontKnow) { ++qs.dont_know; continue; }
            if (a->status == AnswerStatus::NotApplicable) { ++qs.not_applicable; continue; }
            if (a->status != AnswerStatus::Answered || a->today < 1 || a->today > kLevelCount) continue;
            const int target = a->target >= 1 && a->target <= kLevelCount ? a->target : a->today;
            qs.today.Add(a->today);
            qs.target.Add(target);
            if (role >= 0) { ++qs.roles[role].n; qs.roles[role].sum += a->today; }
            const Question& question = q.questions[i];
            const double today_percent = LevelPercent(a->today), target_percent = LevelPercent(target);
            Partial& ap = area_partial[question.area];
            ap.weight += question.weight;
            ap.today += question.weight * today_percent;
            ap.target += question.weight * target_percent;
            for (const DriverWeight& dw : question.drivers) {
                Partial& dp = driver_partial[dw.driver];
                const double w = question.weight * dw.weight;
                dp.weight += w;
                dp.today += w * today_percent;
                dp.target += w * target_percent;
            }
        }
        // This respondent's area, driver and overall scores, by the rules of scoring.h.
        AreaShares(q, r, shares);
        double weight_sum = 0.0, any = 0.0;
        for (std::size_t a = 0; a < area_count; ++a)
            if (area_partial[a].weight > 0.0) { weight_sum += shares[a]; any += 1.0; }
        const bool equal = any > 0.0 && weight_sum <= 0.0;
        if (equal) weight_sum = any;
        double overall_today = 0.0, overall_target = 0.0;
        for (std::size_t a = 0; a < area_count; ++a) {
            const Partial& p = area_partial[a];
            if (p.weight <= 0.0) continue;
            const double today = p.today / p.weight, target = p.target / p.weight;
            areas[a].Add(today, target, role);
            const double w = (equal ? 1.0 : shares[a]) / weight_sum;
            overall_today += w * today;
            overall_target += w * target;
        }
        if (any > 0.0) overall.Add(overall_today, overall_target, role);
        for (std::size_t d = 0; d < driver_count; ++d) {
            const Partial& p = driver_partial[d];
            if (p.weight > 0.0) drivers[d].Add(p.today / p.weight, p.target / p.weight, role);
        }
    }

    t.questions.resize(question_count);
    for (std::size_t i = 0; i < question_count; ++i) {
        const QuestionSums& s = questions[i];
        TeamQuestion& tq = t.questions[i];
        tq.today = s.today.Publish();
        tq.target = s.target.Publish();
        tq.gap = s.today.n > 0 ? Round2(tq.target.mean - tq.today.mean) : 0.0;
        // sd <= 0.75 exactly: n^2 var <= 0.5625 n^2, i.e. 16 n^2 var <= 9 n^2, all in integers.
        tq.agree = s.today.n > 0 && 16 * s.today.Spread() <= 9 * s.today.n * s.today.n &&
                   s.today.max - s.today.min <= kAgreeMaxRange;
        tq.dont_know = s.dont_know;
        tq.not_applicable = s.not_applicable;
        tq.roles = PublishRoles(s.roles);
        tq.role_gaps = RoleGaps(tq.roles);
    }
    for (const ScoreSums& s : areas) t.areas.push_back(PublishScore(s));
    for (const ScoreSums& s : drivers) t.drivers.push_back(PublishScore(s));
    t.overall = PublishScore(overall);
    BuildAgenda(t, agenda_size);
    return t;
}

// [SECTION] JSON, CSV and text output

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

std::string Pad(std::string text, std::size_t width) {
    std::size_t chars = 0;
    for (unsigned char c : text) chars += (c & 0xC0) != 0x80;
    if (chars < width) text.append(width - chars, ' ');
    return text;
}

void ScoreLines(std::string& out, const std::string& name, const TeamScore& s) {
    std::string line = "  " + Pad(name.substr(0, 32), 34);
    if (s.today.n == 0) { out += line + "no answers\n"; return; }
    line += Pad(FormatFixed(s.today.mean) + " %", 10) + Pad(FormatFixed(s.today.sd), 8) +
            Pad(FormatFixed(s.today.min, 0) + "–" + FormatFixed(s.today.max, 0), 10) + Pad(FormatFixed(s.target.mean) + " %", 10);
    for (int r = 0; r < kRoleCount; ++r) line += Pad(s.roles[r].n > 0 ? FormatFixed(s.roles[r].mean) : "—", 12);
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

    std::string header = "  " + Pad("", 34) + Pad("today", 10) + Pad("sd", 8) + Pad("range", 10) + Pad("target", 10);
    for (int r = 0; r < kRoleCount; ++r) header += Pad(RoleLabel(RoleFromIndex(r)), 12);
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
