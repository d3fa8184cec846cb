// test_invite_benchmark.cpp — the benchmark an invitation carries (issue 16 item 2): the builder offers "Include the
// benchmark" only for a benchmark of the invitation's questionnaire, says what the client sees and what it costs the
// link; the printable invitation mentions it; the client's page opens and stores it like a file, never replaces a
// different benchmark unasked, and opens the invitation without a damaged benchmark, saying so.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "formats/benchmark_file.h"
#include "formats/links.h"
#include "rules/benchmark.h"
#include "rules/synthetic.h"
#include "semantics.h"
#include "state/benchmark_store.h"
#include "state/inbox.h"
#include "state/outbox.h"
#include "ui_driver.h"

using namespace systemic;

namespace {

std::string ScreenOf(const UiDriver& ui) { return ScreenId(ui.state.screen); }

std::string BenchmarkText(const Questionnaire& q, int n, std::uint64_t seed = 21u) {
    std::vector<Result> results;
    for (int i = 0; i < n; ++i) results.push_back(SynthRespondent(q, seed, i));
    const BenchmarkBuild build = BuildBenchmark(q, results, "2026-12-01");
    REQUIRE(build.benchmark);
    return SaveBenchmark(*build.benchmark);
}

const SemNode* IncludeBox() {
    for (const SemNode& n : LastSemantics())
        if (n.role == SemRole::Checkbox && n.name.rfind("Include the benchmark", 0) == 0) return &n;
    return nullptr;
}

bool ShowsText(const std::string& part) {
    for (const SemNode& n : LastSemantics())
        if (n.name.find(part) != std::string::npos) return true;
    return false;
}

// The builder with a b2b benchmark of 7 results open and the link made with it.
std::string BuilderLink(UiDriver& ui) {
    ui.host.page_url = "https://example.org/systemic.html";
    REQUIRE(ui.ClickTarget("Prepare invitation"));
    ReceiveFile(ui.state, ui.host, "bench.json", BenchmarkText(ui.state.questionnaires[0], 7));
    REQUIRE(ui.state.benchmark.open);
    ui.state.invite_form.questionnaire = 0;
    ui.state.invite_form.consultant = "Alex Morgan";
    ui.state.invite_form.contact = "alex@example.com";
    ui.Frames(2);
    REQUIRE(ui.ClickTarget("Include benchmark"));
    ui.Frames(2);
    REQUIRE(ui.ClickTarget("Create link"));
    ui.Frames(2);
    return ui.state.invite_form.link;
}

} // namespace

TEST_CASE("invitation builder: the benchmark checkbox appears for a fitting benchmark, says what it does, and goes in the link") {
    UiDriver ui;
    ui.host.page_url = "https://example.org/systemic.html";
    REQUIRE(ui.ClickTarget("Prepare invitation"));
    REQUIRE(ScreenOf(ui) == "invite");
    ui.Frames(2);
    CHECK(IncludeBox() == nullptr);   // no benchmark open: nothing offered
    ReceiveFile(ui.state, ui.host, "bench.json", BenchmarkText(ui.state.questionnaires[0], 7));
    REQUIRE(ui.state.benchmark.open);
    CHECK(ScreenOf(ui) == "invite");
    ui.state.invite_form.questionnaire = 0;   // b2b
    ui.Frames(2);
    const SemNode* box = IncludeBox();
    REQUIRE(box != nullptr);
    CHECK(box->name == "Include the benchmark (7 results, 1 Dec 2026)");
    CHECK((box->states & kSemChecked) == 0);   // off until the consultant ticks it
    CHECK(ShowsText("no answers and no names"));
    const std::size_t extra = EncodeInvitationBenchmark(*ui.state.benchmark.open, ui.state.questionnaires[0]).size() + 1;   // with its '&'
    CHECK(extra <= 73);
    CHECK(ShowsText("It makes the link " + std::to_string(extra) + " characters longer"));

    REQUIRE(ui.ClickTarget("Create link"));
    ui.Frames(2);
    CHECK(ui.state.invite_form.link.find("&b=") == std::string::npos);   // not ticked: today's link
    const std::string plain = ui.state.invite_form.link;

    REQUIRE(ui.ClickTarget("Include benchmark"));
    ui.Frames(2);
    box = IncludeBox();
    REQUIRE(box != nullptr);
    CHECK((box->states & kSemChecked) != 0);
    CHECK(ui.state.invite_form.link.empty());   // a changed choice makes the link again
    REQUIRE(ui.ClickTarget("Create link"));
    ui.Frames(2);
    const std::string link = ui.state.invite_form.link;
    CHECK(link.rfind(plain + "&b=", 0) == 0);
    CHECK(ui.state.invite_form.plain_chars == plain.size());
    CHECK(ShowsText("With the benchmark the link has " + std::to_string(link.size()) + " characters instead of " + std::to_string(plain.size())));
    REQUIRE(ui.state.invite_qr.matrix);   // still a QR code
    const InvitationBenchmarkDecode d = DecodeInvitationBenchmark(link, ui.state.questionnaires[0]);
    REQUIRE(d.benchmark);
    CHECK(d.benchmark->n == 7);

    // The printable invitation says a benchmark is included.
    REQUIRE(ui.ClickTarget("Download invitation"));
    REQUIRE_FALSE(ui.host.downloads.empty());
    CHECK(ui.host.downloads.back().data.find("includes a benchmark of 7 results") != std::string::npos);

    // Another questionnaire: the b2b benchmark cannot go with it, and the builder says why.
    ui.state.invite_form.questionnaire = 1;
    ui.state.invite_form.link.clear();
    ui.Frames(2);
    CHECK(IncludeBox() == nullptr);
    CHECK(ShowsText("is for the questionnaire \"b2b\""));
    REQUIRE(ui.ClickTarget("Create link"));
    CHECK(ui.state.invite_form.link.find("&b=") == std::string::npos);
}

TEST_CASE("invitation with a benchmark: the client's page opens and stores it, and the results compare with it") {
    UiDriver consultant;
    const std::string link = BuilderLink(consultant);
    REQUIRE(link.find("&b=") != std::string::npos);

    UiDriver client;
    client.host.storage.clear();
    client.Restart();
    OpenFragment(client.state, client.host, link.substr(link.find('#')));
    client.Frames(2);
    REQUIRE(ScreenOf(client) == "invited");
    REQUIRE(client.state.benchmark.open);
    CHECK(client.state.benchmark.open->compact);
    CHECK(client.state.benchmark.open->n == 7);
    CHECK(client.host.storage.count(kBenchmarkKey) == 1);
    CHECK(ShowsText("This invitation includes a benchmark of 7 results"));
    CHECK(FindSemantic(SemRole::Button, "Use the invitation's benchmark instead") == nullptr);
    // Kept across a reload, like an opened file.
    UiDriver again;
    again.host.storage = client.host.storage;
    again.Restart();
    REQUIRE(again.state.benchmark.open);
    CHECK(again.state.benchmark.open->compact);
}

TEST_CASE("invitation with a benchmark: a different benchmark the client opened is kept unless they choose otherwise") {
    UiDriver consultant;
    const std::string link = BuilderLink(consultant);

    UiDriver client;
    client.host.storage.clear();
    client.Restart();
    ReceiveFile(client.state, client.host, "mine.json", BenchmarkText(client.state.questionnaires[0], 9, 77u));
    REQUIRE(client.state.benchmark.open);
    REQUIRE(client.state.benchmark.open->n == 9);
    OpenFragment(client.state, client.host, link.substr(link.find('#')));
    client.Frames(2);
    REQUIRE(ScreenOf(client) == "invited");
    CHECK(client.state.benchmark.open->n == 9);   // not replaced unasked
    CHECK(ShowsText("You already have a benchmark of 9 results"));
    REQUIRE(client.ClickTarget("Use invitation benchmark"));
    client.Frames(2);
    REQUIRE(client.state.benchmark.open);
    CHECK(client.state.benchmark.open->n == 7);
    CHECK(client.state.benchmark.open->compact);
    CHECK(LoadBenchmark(client.host.storage.at(kBenchmarkKey)).benchmark->n == 7);
    CHECK(ShowsText("compared with the invitation's benchmark"));
}

TEST_CASE("invitation with a damaged benchmark: the invitation opens without it and says so") {
    UiDriver consultant;
    std::string link = BuilderLink(consultant);
    const std::size_t at = link.find("&b=") + 10;
    link[at] = link[at] == 'A' ? 'B' : 'A';

    UiDriver client;
    client.host.storage.clear();
    client.Restart();
    OpenFragment(client.state, client.host, link.substr(link.find('#')));
    client.Frames(2);
    REQUIRE(ScreenOf(client) == "invited");   // the invitation itself opens
    CHECK(client.state.invitation.consultant == "Alex Morgan");
    CHECK_FALSE(client.state.benchmark.open);
    CHECK(client.host.storage.count(kBenchmarkKey) == 0);
    CHECK(client.state.benchmark.invite_note_is_error);
    CHECK(ShowsText("This invitation also carried a benchmark, but it could not be read"));
    CHECK(ShowsText("The invitation itself is fine"));
}
