// cli_link.cpp — `systemic link encode|decode|invite|decode-invite`: results and invitation links on the command line.
// A consultant can prepare an invitation, and open the results links that come back, without the page.
#include <cstdio>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "cli_io.h"
#include "cli_results.h"
#include "commands.h"
#include "formats/builtin.h"
#include "formats/links.h"
#include "formats/result_file.h"

namespace systemic::cli {

namespace {

const char* kLinkUsage =
    "usage: systemic link encode QUESTIONNAIRE RESULT.json\n"
    "         prints the results link's fragment (r=...); notes are not carried in links\n"
    "       systemic link decode QUESTIONNAIRE... LINK [--json]\n"
    "         LINK is a fragment (r=...), '#r=...' or a whole URL; prints a summary, or with --json the results file\n"
    "       systemic link invite --questionnaire ID|FILE [--mode quick|full] [--client TEXT] [--consultant TEXT]\n"
    "                            [--contact EMAIL|PHONE] [--message TEXT] [--hash HASH]\n"
    "         prints the invitation's fragment (invite=...); a questionnaire FILE also gives its hash\n"
    "       systemic link decode-invite LINK [--json]\n";

// Every link error is printed located in the link text, with its stable code for scripts.
void PrintIssues(const Issues& issues) {
    for (const Issue& issue : issues) std::fprintf(stderr, "%s [%s]\n", FormatIssue("link", issue).c_str(), issue.code.c_str());
}

void PrintLine(const std::string& text) { std::printf("%s\n", text.c_str()); }

// The link of kind `want` in what was given on the command line, found the way the page finds it (FindLinks):
// a whole e-mail, a wrapped link, a link followed by ".". A bare payload is passed on as it is. nullopt (after
// saying why) when the text holds no link at all: a word is "not a link", never a link "from a newer version".
std::optional<std::string> PickLink(const std::string& text, LinkKind want) {
    const PastedLinks found = FindLinks(text);
    const FoundLink* first = nullptr;
    int wanted = 0;
    for (const FoundLink& link : found.links) {
        if (link.kind != want) continue;
        if (!first) first = &link;
        ++wanted;
    }
    if (wanted > 1) std::fprintf(stderr, "link: note: %d links given; only the first is decoded\n", wanted);
    if (first) return first->text;
    if (!found.links.empty()) return found.links.front().text;   // the other kind: the decoder says so
    const std::size_t begin = text.find_first_not_of(" \t\r\n");
    const std::size_t end = text.find_last_not_of(" \t\r\n");
    const std::string word = begin == std::string::npos ? std::string() : text.substr(begin, end - begin + 1);
    bool bare = !word.empty();
    for (const char c : word)
        bare = bare && ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_');
    // A payload without its key (a frame this version reads starts with 'A': version byte 1), or nothing: the
    // decoder explains. Any other word is not a link at all.
    if ((bare && word.size() >= 8 && word[0] == 'A') || word.empty()) return word;
    std::fprintf(stderr, "link: error: %s is not a link: a %s starts with \"%s\" or holds \"#%s\" [link.not_a_link]\n",
                 Excerpt(word).c_str(), want == LinkKind::Results ? "results link" : "invitation link",
                 want == LinkKind::Results ? "r=" : "invite=", want == LinkKind::Results ? "r=" : "invite=");
    return std::nullopt;
}

int Encode(const Args& names) {
    if (names.size() != 2) { std::fputs(kLinkUsage, stderr); return 2; }
    const std::optional<Questionnaire> q = LoadQuestionnaireArg(names[0]);
    if (!q) return 1;
    const std::optional<Result> result = LoadResultFile(names[1], *q);
    if (!result) return 1;
    for (const Issue& issue : CheckResultLink(*q, *result)) std::fprintf(stderr, "%s\n", FormatIssue(names[1], issue).c_str());
    PrintLine(EncodeResultLink(*q, *result));
    return 0;
}

std::string Summary(const Questionnaire& q, const Result& r) {
    int counts[4] = {0, 0, 0, 0};   // by AnswerStatus
    int asked = 0;
    for (std::size_t i = 0; i < q.questions.size(); ++i) {
        if (r.mode == Mode::Quick && !q.questions[i].quick) continue;
        ++asked;
        ++counts[static_cast<int>(r.answers[i].status)];
    }
    std::string out = "questionnaire: " + q.id + " version " + std::to_string(q.version) + " (" + q.title + ")\n";
    out += std::string("mode: ") + ModeName(r.mode) + "\n";
    out += "organisation: " + (r.respondent.organisation.empty() ? std::string("(not given)") : r.respondent.organisation) + "\n";
    out += "name: " + (r.respondent.name.empty() ? std::string("(not given)") : r.respondent.name) + "\n";
    out += std::string("role: ") + RoleLabel(r.respondent.role) + "\n";
    out += "date: " + (r.updated.empty() ? std::string("(not given)") : r.updated) + "\n";
    out += "answers: " + std::to_string(asked) + " asked, " + std::to_string(counts[static_cast<int>(AnswerStatus::Answered)]) + " answered, " +
           std::to_string(counts[static_cast<int>(AnswerStatus::DontKnow)]) + " don't know, " +
           std::to_string(counts[static_cast<int>(AnswerStatus::NotApplicable)]) + " not applicable, " +
           std::to_string(counts[static_cast<int>(AnswerStatus::Unanswered)]) + " unanswered\n";
    if (r.area_points.empty()) out += "area points: none (equal importance)\n";
    else {
        out += "area points:";
        for (const AreaPoints& p : r.area_points) out += " " + p.area + "=" + std::to_string(p.points);
        out += "\n";
    }
    return out;
}

int Decode(const Args& names, bool as_json) {
    if (names.size() < 2) { std::fputs(kLinkUsage, stderr); return 2; }
    std::vector<Questionnaire> questionnaires;
    for (std::size_t i = 0; i + 1 < names.size(); ++i) {
        std::optional<Questionnaire> q = LoadQuestionnaireArg(names[i]);
        if (!q) return 1;
        questionnaires.push_back(std::move(*q));
    }
    std::vector<const Questionnaire*> known;
    for (const Questionnaire& q : questionnaires) known.push_back(&q);
    const std::optional<std::string> link = PickLink(names.back(), LinkKind::Results);
    if (!link) return 1;
    const ResultLinkDecode decode = DecodeResultLink(*link, known);
    PrintIssues(decode.issues);
    if (!decode.result) return 1;
    const Questionnaire& q = questionnaires[static_cast<std::size_t>(decode.questionnaire)];
    const std::string out = as_json ? SaveResult(*decode.result) : Summary(q, *decode.result);
    std::fwrite(out.data(), 1, out.size(), stdout);
    return 0;
}

int Invite(const Args& args) {
    Invitation inv;
    std::string questionnaire, hash;
    bool hash_given = false;
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string& arg = args[i];
        const bool has_value = i + 1 < args.size();
        if (arg == "--questionnaire" && has_value) questionnaire = args[++i];
        else if (arg == "--mode" && has_value) {
            if (!ParseMode(args[++i], &inv.mode)) { std::fprintf(stderr, "systemic: --mode is quick or full, not '%s'\n", args[i].c_str()); return 2; }
        }
        else if (arg == "--client" && has_value) inv.client = args[++i];
        else if (arg == "--consultant" && has_value) inv.consultant = args[++i];
        else if (arg == "--contact" && has_value) inv.contact = args[++i];
        else if (arg == "--message" && has_value) inv.message = args[++i];
        else if (arg == "--hash" && has_value) { hash = args[++i]; hash_given = true; }
        else { std::fprintf(stderr, "systemic: unexpected '%s'\n%s", arg.c_str(), kLinkUsage); return 2; }
    }
    if (questionnaire.empty()) { std::fprintf(stderr, "systemic: --questionnaire is required\n%s", kLinkUsage); return 2; }
    inv.questionnaire = questionnaire;
    // A built-in id stays an id; an existing file is a custom questionnaire, named by its id and pinned by its hash.
    if (FindBuiltinQuestionnaire(questionnaire).empty() && FileExists(questionnaire)) {
        const std::optional<Questionnaire> q = LoadQuestionnaireArg(questionnaire);
        if (!q) return 1;
        inv.questionnaire = q->id;
        inv.questionnaire_hash = q->hash;
    }
    if (hash_given) inv.questionnaire_hash = hash;
    const Issues issues = CheckInvitation(inv);
    for (const Issue& issue : issues) std::fprintf(stderr, "%s\n", FormatIssue("invitation", issue).c_str());
    if (HasErrors(issues)) return 1;
    PrintLine(EncodeInvitation(inv));
    return 0;
}

int DecodeInvite(const Args& names, bool as_json) {
    if (names.size() != 1) { std::fputs(kLinkUsage, stderr); return 2; }
    const std::optional<std::string> link = PickLink(names[0], LinkKind::Invitation);
    if (!link) return 1;
    const InvitationDecode decode = DecodeInvitation(*link);
    PrintIssues(decode.issues);
    if (!decode.invitation) return 1;
    const Invitation& inv = *decode.invitation;
    std::string out;
    if (as_json) {
        using Json = nlohmann::ordered_json;
        const Json root = {{"questionnaire", inv.questionnaire}, {"questionnaire_hash", inv.questionnaire_hash},
                           {"mode", ModeName(inv.mode)}, {"client", inv.client}, {"consultant", inv.consultant},
                           {"contact", inv.contact}, {"message", inv.message}};
        out = root.dump(2, ' ', false, Json::error_handler_t::replace) + "\n";
    } else {
        out = "questionnaire: " + inv.questionnaire + (inv.questionnaire_hash.empty() ? "" : " (hash " + inv.questionnaire_hash + ")") + "\n" +
              "mode: " + ModeName(inv.mode) + "\nclient: " + inv.client + "\nconsultant: " + inv.consultant + "\ncontact: " + inv.contact +
              "\nmessage: " + inv.message + "\n";
    }
    std::fwrite(out.data(), 1, out.size(), stdout);
    return 0;
}

} // namespace

int RunLink(const Args& args) {
    if (args.empty()) { std::fputs(kLinkUsage, stderr); return 2; }
    const std::string& sub = args[0];
    if (sub == "--help" || sub == "-h") { std::fputs(kLinkUsage, stdout); return 0; }
    const Args rest(args.begin() + 1, args.end());
    if (sub == "invite") return Invite(rest);

    // The other subcommands take positional names and --json; a link never starts with '-' (it starts with a key or '#').
    Args names;
    bool as_json = false;
    for (const std::string& arg : rest) {
        if (arg == "--json") as_json = true;
        else if (arg.size() > 1 && arg[0] == '-' && arg[1] == '-') { std::fprintf(stderr, "systemic: unknown option '%s'\n%s", arg.c_str(), kLinkUsage); return 2; }
        else names.push_back(arg);
    }
    if (sub == "encode") return Encode(names);
    if (sub == "decode") return Decode(names, as_json);
    if (sub == "decode-invite") return DecodeInvite(names, as_json);
    std::fprintf(stderr, "systemic: unknown link command '%s'\n%s", sub.c_str(), kLinkUsage);
    return 2;
}

} // namespace systemic::cli
