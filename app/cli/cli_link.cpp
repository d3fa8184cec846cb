// cli_link.cpp — `systemic link encode|decode|invite|decode-invite`: results and invitation links on the command line.
// A consultant can prepare an invitation (with --page, as a whole link, a QR code and a printable page), and open
// the results links that come back, without the page.
#include <cstdio>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include "cli_io.h"
#include "cli_results.h"
#include "commands.h"
#include "formats/benchmark_file.h"
#include "formats/builtin.h"
#include "formats/links.h"
#include "formats/result_file.h"
#include "reports/invitation_page.h"
#include "reports/qr_code.h"

namespace systemic::cli {

namespace {

struct LinkOptions {
    std::vector<std::string> questionnaires;   // decode: those the link may belong to, then the link itself
    std::string result;                        // encode: the results file
    std::string link;                          // decode-invite
    bool as_json = false;
    std::string questionnaire;        // invite
    std::string mode;
    std::optional<std::string> hash;
    std::string page;                 // invite: the page's address; the link is then page#invite=...
    std::string qr_out;               // invite: write the whole link as a QR code (SVG) here
    std::string print_out;            // invite: write the printable one-page invitation (HTML) here
    std::string benchmark;            // invite: a benchmark file to carry in the link ("&b=...", docs/links.md §2a)
    Invitation invitation;
};

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
    std::fprintf(stderr, "link: error: %s is not a link: a %s starts with \"%s\" or holds \"#%s\" [%s]\n",
                 Excerpt(word).c_str(), want == LinkKind::Results ? "results link" : "invitation link",
                 want == LinkKind::Results ? "r=" : "invite=", want == LinkKind::Results ? "r=" : "invite=", "link.not_a_link");
    return std::nullopt;
}

int Encode(const LinkOptions& o) {
    const std::optional<Questionnaire> q = LoadQuestionnaireArg(o.questionnaire);
    if (!q) return 1;
    const std::optional<Result> result = LoadResultFile(o.result, *q);
    if (!result) return 1;
    for (const Issue& issue : CheckResultLink(*q, *result)) std::fprintf(stderr, "%s\n", FormatIssue(o.result, issue).c_str());
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

int Decode(const LinkOptions& o) {
    const bool as_json = o.as_json;
    std::vector<Questionnaire> questionnaires;
    for (std::size_t i = 0; i + 1 < o.questionnaires.size(); ++i) {
        std::optional<Questionnaire> q = LoadQuestionnaireArg(o.questionnaires[i]);
        if (!q) return 1;
        questionnaires.push_back(std::move(*q));
    }
    std::vector<const Questionnaire*> known;
    for (const Questionnaire& q : questionnaires) known.push_back(&q);
    const std::optional<std::string> link = PickLink(o.questionnaires.back(), LinkKind::Results);
    if (!link) return 1;
    const ResultLinkDecode decode = DecodeResultLink(*link, known);
    PrintIssues(decode.issues);
    if (!decode.result) return 1;
    const Questionnaire& q = questionnaires[static_cast<std::size_t>(decode.questionnaire)];
    const std::string out = as_json ? SaveResult(*decode.result) : Summary(q, *decode.result);
    std::fwrite(out.data(), 1, out.size(), stdout);
    return 0;
}

int Invite(const LinkOptions& o) {
    Invitation inv = o.invitation;
    const std::string& questionnaire = o.questionnaire;
    if (!o.mode.empty()) ParseMode(o.mode, &inv.mode);   // checked by the parser: quick or full
    inv.questionnaire = questionnaire;
    // A built-in id stays an id; an existing file is a custom questionnaire, named by its id and pinned by its hash.
    if (FindBuiltinQuestionnaire(questionnaire).empty() && FileExists(questionnaire)) {
        const std::optional<Questionnaire> q = LoadQuestionnaireArg(questionnaire);
        if (!q) return 1;
        inv.questionnaire = q->id;
        inv.questionnaire_hash = q->hash;
    }
    if (o.hash) inv.questionnaire_hash = *o.hash;
    const Issues issues = CheckInvitation(inv);
    for (const Issue& issue : issues) std::fprintf(stderr, "%s\n", FormatIssue("invitation", issue).c_str());
    if (HasErrors(issues)) return 1;
    // --benchmark: checked in full and against the invitation's questionnaire, like `systemic score --benchmark`.
    std::optional<Benchmark> benchmark;
    std::optional<Questionnaire> bq;
    if (!o.benchmark.empty()) {
        bq = LoadQuestionnaireArg(questionnaire);
        if (!bq) return 1;
        const TextRead read = ReadTextFile(o.benchmark);
        if (!read.text) {
            std::fprintf(stderr, "%s\n", FormatIssue(o.benchmark, read.issue).c_str());
            return 1;
        }
        BenchmarkLoad load = LoadBenchmark(*read.text);
        if (load.benchmark) for (const Issue& issue : CheckBenchmarkFits(*load.benchmark, *bq)) load.issues.push_back(issue);
        for (const Issue& issue : load.issues) std::fprintf(stderr, "%s\n", FormatIssue(o.benchmark, issue).c_str());
        if (!load.benchmark || HasErrors(load.issues)) return 1;
        benchmark = std::move(load.benchmark);
    }
    const std::string fragment = benchmark ? EncodeInvitation(inv, *benchmark, *bq) : EncodeInvitation(inv);
    if (o.page.empty()) {
        PrintLine(fragment);
        return 0;
    }
    // The whole link, as the page builds it: its address without any fragment, then '#' and the invitation.
    const std::string link = o.page.substr(0, o.page.find('#')) + "#" + fragment;
    if (!o.qr_out.empty()) {
        const QrEncode qr = EncodeQr(link);
        for (const Issue& issue : qr.issues) std::fprintf(stderr, "%s [%s]\n", FormatIssue("invitation", issue).c_str(), issue.code.c_str());
        if (!qr.matrix) return 1;
        if (!WriteFile(o.qr_out, QrSvg(*qr.matrix, "QR code of the invitation link") + "\n")) {
            std::fprintf(stderr, "%s: error: cannot write the file\n", o.qr_out.c_str());
            return 1;
        }
    }
    if (!o.print_out.empty()) {
        // The printable page names the questionnaire when it is one this tool knows (built-in or the file given).
        std::optional<Questionnaire> q;
        if (!FindBuiltinQuestionnaire(questionnaire).empty() || FileExists(questionnaire)) q = LoadQuestionnaireArg(questionnaire);
        const InvitationPage page = InvitationPageHtml(inv, link, q ? &*q : nullptr, benchmark ? &*benchmark : nullptr);
        for (const Issue& issue : page.issues)
            std::fprintf(stderr, "%s [%s]\n", FormatIssue("invitation", {Severity::Warning, issue.code, "", 0, 0, issue.message}).c_str(),
                         issue.code.c_str());
        if (!WriteFile(o.print_out, page.html)) {
            std::fprintf(stderr, "%s: error: cannot write the file\n", o.print_out.c_str());
            return 1;
        }
    }
    PrintLine(link);
    return 0;
}

int DecodeInvite(const LinkOptions& o) {
    const bool as_json = o.as_json;
    const std::optional<std::string> link = PickLink(o.link, LinkKind::Invitation);
    if (!link) return 1;
    const InvitationDecode decode = DecodeInvitation(*link);
    PrintIssues(decode.issues);
    if (!decode.invitation) return 1;
    const Invitation& inv = *decode.invitation;
    // The benchmark part is read with the built-in questionnaire of that id (its areas are positional); a damaged
    // one is a warning: the invitation itself stands (docs/links.md §2a).
    InvitationBenchmarkDecode bench;
    std::string bench_text;
    if (!FindBuiltinQuestionnaire(inv.questionnaire).empty()) {
        if (const std::optional<Questionnaire> q = LoadQuestionnaireArg(inv.questionnaire)) bench = DecodeInvitationBenchmark(*link, *q);
    } else if (link->find("&b=") != std::string::npos) {
        bench_text = "not read: questionnaire " + inv.questionnaire + " is not built in";
    }
    for (Issue issue : bench.issues) {
        issue.severity = Severity::Warning;
        std::fprintf(stderr, "%s [%s]\n", FormatIssue("link", issue).c_str(), issue.code.c_str());
    }
    if (bench.benchmark)
        bench_text = std::to_string(bench.benchmark->n) + " results, built " + bench.benchmark->created + " (questionnaire version " +
                     std::to_string(bench.benchmark->questionnaire_version) + ")";
    else if (bench.present)
        bench_text = "damaged, left out";
    std::string out;
    if (as_json) {
        using Json = nlohmann::ordered_json;
        Json root = {{"questionnaire", inv.questionnaire}, {"questionnaire_hash", inv.questionnaire_hash},
                     {"mode", ModeName(inv.mode)}, {"client", inv.client}, {"consultant", inv.consultant},
                     {"contact", inv.contact}, {"message", inv.message}};
        if (bench.benchmark) root["benchmark"] = Json::parse(SaveBenchmark(*bench.benchmark));
        out = root.dump(2, ' ', false, Json::error_handler_t::replace) + "\n";
    } else {
        out = "questionnaire: " + inv.questionnaire + (inv.questionnaire_hash.empty() ? "" : " (hash " + inv.questionnaire_hash + ")") + "\n" +
              "mode: " + ModeName(inv.mode) + "\nclient: " + inv.client + "\nconsultant: " + inv.consultant + "\ncontact: " + inv.contact +
              "\nmessage: " + inv.message + "\n";
        if (!bench_text.empty()) out += "benchmark: " + bench_text + "\n";
    }
    std::fwrite(out.data(), 1, out.size(), stdout);
    return 0;
}

} // namespace

void AddLink(CLI::App& app, int& exit_code) {
    CLI::App* link = app.add_subcommand("link", "results and invitation links: encode, decode, invite, decode-invite");
    link->require_subcommand(1, 1);
    const char* link_help = "a fragment (r=... or invite=...), the same after '#', or a whole URL";

    auto encode = std::make_shared<LinkOptions>();
    CLI::App* sub = link->add_subcommand("encode", "print the results link's fragment (r=...); notes are not carried in links");
    sub->add_option("QUESTIONNAIRE", encode->questionnaire, kQuestionnaireHelp)->required();
    sub->add_option("RESULT.json", encode->result, "the results file")->required();
    sub->callback([encode, &exit_code] { exit_code = Encode(*encode); });

    auto decode = std::make_shared<LinkOptions>();
    sub = link->add_subcommand("decode", "open a results link: a summary, or with --json the results file");
    // One list, the link last: CLI11 would give every name to a list of questionnaires followed by a LINK positional.
    sub->add_option("QUESTIONNAIRE+LINK", decode->questionnaires,
                    "the questionnaires the link may belong to (built-in ids or files), then the link: " + std::string(link_help))
        ->required()->expected(2, CLI::detail::expected_max_vector_size);
    sub->add_flag("--json", decode->as_json, "print the results file instead of a summary");
    sub->callback([decode, &exit_code] { exit_code = Decode(*decode); });

    auto invite = std::make_shared<LinkOptions>();
    sub = link->add_subcommand("invite", "print an invitation's fragment (invite=...) or, with --page, its whole link, QR code "
                                        "and printable page; a questionnaire FILE also gives its hash");
    sub->add_option("--questionnaire", invite->questionnaire, kQuestionnaireHelp)->required()->type_name("ID|FILE");
    sub->add_option("--mode", invite->mode, "quick or full (default full)")->check(CLI::IsMember({"quick", "full"}));
    sub->add_option("--client", invite->invitation.client, "the client organisation")->type_name("TEXT");
    sub->add_option("--consultant", invite->invitation.consultant, "your name")->type_name("TEXT");
    sub->add_option("--contact", invite->invitation.contact, "your e-mail address or phone number")->type_name("EMAIL|PHONE");
    sub->add_option("--message", invite->invitation.message, "a message to the respondent")->type_name("TEXT");
    sub->add_option("--hash", invite->hash, "the questionnaire's hash (16 hex digits, as systemic validate prints it)");
    CLI::Option* page = sub->add_option("--page", invite->page,
                                        "the address of the page respondents open (e.g. https://example.org/systemic.html): "
                                        "prints the whole link instead of the fragment")->type_name("URL");
    sub->add_option("--qr", invite->qr_out, "also write the whole link as a QR code (SVG) to FILE")
        ->type_name("FILE")->needs(page);
    sub->add_option("--print", invite->print_out,
                    "also write a printable one-page invitation (HTML: names, message, QR code, the link) to FILE")
        ->type_name("FILE")->needs(page);
    sub->add_option("--benchmark", invite->benchmark,
                    "also carry this benchmark file in the link (quartiles of each area and both indices, about 73 characters; "
                    "it must be a benchmark of the same questionnaire)")->type_name("FILE");
    sub->callback([invite, &exit_code] { exit_code = Invite(*invite); });

    auto decode_invite = std::make_shared<LinkOptions>();
    sub = link->add_subcommand("decode-invite", "open an invitation link");
    sub->add_option("LINK", decode_invite->link, link_help)->required();
    sub->add_flag("--json", decode_invite->as_json, "print the invitation as JSON");
    sub->callback([decode_invite, &exit_code] { exit_code = DecodeInvite(*decode_invite); });
}

} // namespace systemic::cli
