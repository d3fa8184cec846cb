// test_report.cpp — the HTML reports and their SVG charts: well formed, self-contained, escaped, charts present, deterministic.
// Uses the scoring worked example (tests/fixtures/scoring), questionnaires built in code, and synthetic results on b2b.
#include <string>
#include <vector>

#include <doctest/doctest.h>

#include "formats/builtin.h"
#include "formats/questionnaire_file.h"
#include "report_checks.h"
#include "reports/html_escape.h"
#include "reports/results_report.h"
#include "reports/svg_charts.h"
#include "reports/team_report.h"
#include "rules/scoring.h"
#include "rules/synthetic.h"
#include "rules/team.h"
#include "scoring_fixtures.h"

using namespace systemic;
using namespace systemic::test;

namespace {

Questionnaire Builtin(const char* id) {
    QuestionnaireLoad load = LoadQuestionnaire(FindBuiltinQuestionnaire(id));
    REQUIRE(load.questionnaire.has_value());
    return *load.questionnaire;
}

// Self-contained and script-free: the only URL is the SVG namespace; no src, no external href, no url() but #fragments.
void CheckSelfContained(const std::string& html) {
    const std::string lower = Lower(html);
    CHECK(lower.find("<script") == std::string::npos);
    CHECK(lower.find(" src=") == std::string::npos);
    CHECK(lower.find("href=\"http") == std::string::npos);
    CHECK(lower.find("@import") == std::string::npos);
    CHECK(CountOf(lower, "url(") == CountOf(lower, "url(#"));
    CHECK(CountOf(lower, "http") == CountOf(lower, "http://www.w3.org/2000/svg") + CountOf(lower, "http-equiv"));
    CHECK(html.find("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\">") !=
          std::string::npos);
    CHECK(html.find("<html lang=\"en\">") != std::string::npos);
    CHECK(html.find("@media print") != std::string::npos);
}

// Every <svg> is an image with a title and a description, and every table has a caption.
void CheckAccessible(const std::string& html) {
    const int svgs = CountOf(html, "<svg ");
    CHECK(CountOf(html, "role=\"img\" aria-labelledby=\"") == svgs);
    CHECK(CountOf(html, "<title id=\"") == svgs);
    CHECK(CountOf(html, "<desc id=\"") == svgs);
    CHECK(CountOf(html, "<table") == CountOf(html, "<caption>"));
    CHECK(CountOf(html, "<h1>") == 1);
    CHECK(CountOf(html, "<th scope=") >= CountOf(html, "<table"));
}

std::string Between(const std::string& text, const std::string& start, const std::string& end) {
    const std::size_t a = text.find(start);
    if (a == std::string::npos) return "";
    const std::size_t b = text.find(end, a + start.size());
    return b == std::string::npos ? "" : text.substr(a + start.size(), b - a - start.size());
}

} // namespace

TEST_CASE("report: the well-formedness checker itself") {
    CHECK(CheckHtml("<!DOCTYPE html><p>a &amp; b<br></p>") == "");
    CHECK(CheckHtml("<!DOCTYPE html><svg><rect x=\"1\"/></svg>") == "");
    CHECK(CheckHtml("<!DOCTYPE html><p><b></p></b>") != "");
    CHECK(CheckHtml("<!DOCTYPE html><p>1 < 2</p>") != "");
    CHECK(CheckHtml("<!DOCTYPE html><p>a & b</p>") != "");
    CHECK(CheckHtml("<!DOCTYPE html><p class=\"x>y</p>") != "");
    CHECK(CheckHtml("<!DOCTYPE html><p class=x>y</p>") != "");
    CHECK(CheckHtml("<!DOCTYPE html><div>") != "");
}

TEST_CASE("report: escaping") {
    CHECK(EscapeHtml(kHostile) == kHostileEscaped);
    CHECK(EscapeHtml("caf\xC3\xA9 \xE2\x86\x92") == "caf\xC3\xA9 \xE2\x86\x92");   // UTF-8 passes through
    CHECK(EscapeHtml(std::string("a\0b", 3)) == "a\xEF\xBF\xBD" "b");
}

TEST_CASE("report: deterministic sine and cosine") {
    double s = 0.0, c = 0.0;
    DetSinCos(0.0, s, c);
    CHECK(s == 0.0);
    CHECK(c == 1.0);
    DetSinCos(3.14159265358979323846 / 6.0, s, c);
    CHECK(s == doctest::Approx(0.5).epsilon(1e-15));
    CHECK(c == doctest::Approx(0.86602540378443865).epsilon(1e-15));
    DetSinCos(-2.0, s, c);
    CHECK(s == doctest::Approx(-0.90929742682568170).epsilon(1e-15));
    CHECK(c == doctest::Approx(-0.41614683654714241).epsilon(1e-15));
}

TEST_CASE("report: SVG charts, coordinates to the tenth") {
    SUBCASE("radar of the worked example: three axes, clockwise from the top") {
        RadarChart c;
        c.id = "r";
        c.title = "t";
        c.labels = {"A", "B", "C"};
        c.today = {41.67, 0.0, 87.5};
        c.target = {75.0, 50.0, 87.5};
        c.scored = {true, true, true};
        const std::string svg = RadarSvg(c);
        // Centre (320, 300), radius 170: 41.67 % up is y = 300 - 70.84; 87.5 % at 240 degrees is (-128.8, +74.4).
        CHECK(Between(svg, "class=\"radar-today\" points=\"", "\"") == "320,229.2 320,300 191.2,374.4");
        CHECK(Between(svg, "class=\"radar-target\" points=\"", "\"") == "320,172.5 393.6,342.5 191.2,374.4");
        CHECK(CheckHtml("<!DOCTYPE html>" + svg) == "");
    }
    SUBCASE("eight axes: identical bytes on every platform") {
        RadarChart c;
        c.id = "r8";
        for (int i = 0; i < 8; ++i) {
            c.labels.push_back("Area " + std::to_string(i));
            c.today.push_back(12.5 * i);
            c.target.push_back(100.0 - 3.33 * i);
            c.scored.push_back(i != 3);
        }
        const std::string svg = RadarSvg(c);
        // Checked against Python's math.sin/cos; a point at 0 % (and the unscored axis 3) sits on the centre.
        CHECK(Between(svg, "class=\"radar-today\" points=\"", "\"") ==
              "320,300 335,285 362.5,300 320,300 320,385 244.9,375.1 192.5,300 214.8,194.8");
        CHECK(Between(svg, "class=\"radar-target\" points=\"", "\"") ==
              "320,130 436.2,183.8 478.7,300 320,300 320,447.4 219.8,400.2 184,300 227.8,207.8");
        CHECK(svg.find("no answers") != std::string::npos);
    }
    SUBCASE("fewer than three axes: no radar") {
        RadarChart c;
        c.labels = {"A", "B"};
        c.today = c.target = {1.0, 2.0};
        c.scored = {true, true};
        CHECK_FALSE(RadarDrawable(c));
        CHECK(RadarSvg(c).empty());
    }
    SUBCASE("bars: three per row, labels escaped") {
        BarChart c;
        c.id = "b";
        c.rows = {{"Trust", true, 45.0, 75.0}, {kHostile, true, 60.0, 50.0}, {"None", false, 0.0, 0.0}};
        const std::string svg = BarsSvg(c);
        CHECK(CountOf(svg, "class=\"bar-today\"") == 2);
        CHECK(CountOf(svg, "class=\"bar-target\"") == 2);
        CHECK(CountOf(svg, "class=\"bar-gap\"") == 2);
        CHECK(svg.find("width=\"171\"") != std::string::npos);   // 45 % of 380 px
        CHECK(svg.find("gap +30 points") != std::string::npos);
        CHECK(svg.find("gap -10 points") != std::string::npos);
        CHECK(Lower(svg).find("<script") == std::string::npos);
        CHECK(CheckHtml("<!DOCTYPE html>" + svg) == "");
    }
}

TEST_CASE("report: one respondent, the worked example") {
    const Questionnaire q = FixtureQuestionnaire();
    const Result r = FixtureResult(q);
    const Scores s = Score(q, r);
    ReportOptions options;
    options.tool_version = "0.1.0";
    const std::string html = ResultsReportHtml(q, r, s, options);

    CHECK(CheckHtml(html) == "");
    CheckSelfContained(html);
    CheckAccessible(html);
    SUBCASE("header and summary") {
        CHECK(html.find("<h1><bdi>Example Ltd</bdi>: customer management maturity</h1>") != std::string::npos);
        CHECK(html.find("<dd><bdi>Alex Example</bdi></dd>") != std::string::npos);
        CHECK(html.find("<dd><bdi>Owner</bdi></dd>") != std::string::npos);
        CHECK(html.find("<dd><bdi>2026-11-21</bdi></dd>") != std::string::npos);          // the updated date, without its time
        CHECK(html.find("<dd><bdi>Scoring example, version 2</bdi></dd>") != std::string::npos);
        CHECK(html.find("Stage " + std::to_string(s.overall.level) + " " + LevelName(s.overall.level)) != std::string::npos);
        CHECK(html.find(LevelMeaning(s.overall.level)) != std::string::npos);
        CHECK(html.find(SystemicExplanation()) != std::string::npos);
        CHECK(html.find("<h3>Weakest link</h3>") != std::string::npos);
        CHECK(html.find("start here. Its questions come first in the priorities below.") != std::string::npos);
        CHECK(html.find("This score rests on one answer.") != std::string::npos);   // proposition: one answered question
        CHECK(html.find("† This score rests on one answer only") != std::string::npos);
        CHECK(html.find("priority 7 × 0.9 × 1 = 6.30 · weakest link") != std::string::npos);
        CHECK(html.find("weight × today over the sum of the weights (100)") != std::string::npos);
        CHECK(html.find("<h3>Spread across areas</h3>") != std::string::npos);
    }
    SUBCASE("charts: radar today and target, one bar of each kind per driver") {
        CHECK(Between(html, "class=\"radar-today\" points=\"", "\"") == "320,229.2 320,300 191.2,374.4");
        CHECK(Between(html, "class=\"radar-target\" points=\"", "\"") == "320,172.5 393.6,342.5 191.2,374.4");
        CHECK(CountOf(html, "class=\"bar-today\"") == static_cast<int>(q.drivers.size()));
        CHECK(CountOf(html, "class=\"bar-target\"") == static_cast<int>(q.drivers.size()));
        CHECK(CountOf(html, "class=\"bar-gap\"") == static_cast<int>(q.drivers.size()));
        CHECK(CountOf(html, "<svg ") == 2);
    }
    SUBCASE("sections") {
        for (const char* id : {"summary", "areas", "drivers", "gaps", "stages", "priorities", "coverage", "method", "appendix"})
            CHECK_MESSAGE(html.find(std::string("<h2 id=\"") + id + "\">") != std::string::npos, id);
        CHECK(html.find("<table class=\"heat\">") != std::string::npos);
        CHECK(html.find("background-color: #") != std::string::npos);
        CHECK(html.find("How to move up:") != std::string::npos);
        CHECK(html.find("We ask when they leave, not before.") != std::string::npos);   // the note, in the appendix
        CHECK(html.find("Area: \xE2\x81\xA8" "Customer insight") != std::string::npos);                // how it was computed, per area
        CHECK(html.find("Driver: \xE2\x81\xA8" "Trust") != std::string::npos);
        CHECK(html.find("Made with Systemic 0.1.0 on 2026-11-21.") != std::string::npos);
    }
    SUBCASE("options leave sections out") {
        ReportOptions lean;
        lean.method = false;
        lean.appendix = false;
        lean.date = "1 December 2026";
        const std::string short_html = ResultsReportHtml(q, r, s, lean);
        CHECK(CheckHtml(short_html) == "");
        CHECK(short_html.find("id=\"method\"") == std::string::npos);
        CHECK(short_html.find("id=\"appendix\"") == std::string::npos);
        CHECK(short_html.find("href=\"#appendix\"") == std::string::npos);
        CHECK(short_html.find("<dd><bdi>1 December 2026</bdi></dd>") != std::string::npos);
    }
    SUBCASE("deterministic") {
        CHECK(ResultsReportHtml(q, r, Score(q, r), options) == html);
    }
}

TEST_CASE("report: hostile strings appear as text") {
    Questionnaire q = FixtureQuestionnaire();
    q.title = kHostile;
    q.areas[0].name = kHostile;
    q.drivers[0].name = kHostile;
    q.stages[0].name = kHostile;
    q.questions[0].text = kHostile;
    q.questions[0].id = kHostile;
    q.questions[0].next_steps[1] = kHostile;
    Result r = FixtureResult(FixtureQuestionnaire());
    r.respondent.organisation = kHostile;
    r.respondent.name = kHostile;
    r.answers[0].note = kHostile;
    r.updated = kHostile;
    const std::string html = ResultsReportHtml(q, r, Score(q, r), ReportOptions{});
    CHECK(CheckHtml(html) == "");
    CheckSelfContained(html);
    CHECK(html.find(std::string("<h1><bdi>") + kHostileEscaped + "</bdi>: customer management maturity</h1>") != std::string::npos);
    CHECK(html.find(std::string("<title>\xE2\x81\xA8") + kHostileEscaped + "\xE2\x81\xA9") != std::string::npos);
    CHECK(CountOf(html, kHostileEscaped) >= 10);
    CHECK(html.find("alert(1)</script>") == std::string::npos);
}

// Every string from outside (names, organisation, notes, questionnaire texts) is isolated, so a U+202E RIGHT-TO-LEFT
// OVERRIDE in it ends with it: outside every <bdi>...</bdi> (or FSI...PDI in <title> and SVG) the report's own words
// carry no override. Checked on both reports by removing the isolated parts and looking for what is left.
namespace {

std::string WithoutIsolated(std::string html) {
    for (const auto& [open, close] : {std::pair<std::string, std::string>{"<bdi>", "</bdi>"},
                                      std::pair<std::string, std::string>{"\xE2\x81\xA8", "\xE2\x81\xA9"}}) {
        for (std::size_t a = html.find(open); a != std::string::npos; a = html.find(open, a)) {
            const std::size_t b = html.find(close, a);
            if (b == std::string::npos) break;
            html.erase(a, b + close.size() - a);
        }
    }
    return html;
}

} // namespace

TEST_CASE("report: right-to-left overrides in names stay inside the name") {
    const std::string rlo = "Evil \xE2\x80\xAE" "Corp";   // U+202E, never closed
    const Questionnaire b2b = Builtin("b2b");
    std::vector<Result> team = SynthResults(b2b, 3, 5);
    team[0].respondent.organisation = rlo;
    team[0].respondent.name = rlo + " Name";
    team[1].respondent.name = "\xD8\xB3\xD8\xA7\xD9\x85";   // Arabic
    team[2].answers[0].note = rlo;
    Questionnaire custom = FixtureQuestionnaire();
    custom.title = rlo;
    custom.areas[0].name = rlo;
    custom.drivers[0].name = rlo;
    custom.questions[0].text = rlo;
    Result one = FixtureResult(FixtureQuestionnaire());
    one.respondent.organisation = rlo;
    one.respondent.name = rlo;
    one.answers[0].note = rlo;
    const std::string single = ResultsReportHtml(custom, one, Score(custom, one), ReportOptions{});
    const std::string teams = TeamReportHtml(b2b, team, AggregateTeam(b2b, team), ReportOptions{});
    for (const std::string* html : {&single, &teams}) {
        CHECK(CheckHtml(*html) == "");
        CHECK(html->find("\xE2\x80\xAE") != std::string::npos);                 // the names are there
        const std::string rest = WithoutIsolated(*html);
        const std::size_t leak = rest.find("\xE2\x80\xAE");
        CHECK_MESSAGE(leak == std::string::npos, "not isolated: " << rest.substr(leak == std::string::npos ? 0 : (leak > 120 ? leak - 120 : 0), 160));
        CHECK(WithoutIsolated(*html).find("\xD8\xB3") == std::string::npos);
    }
    CHECK(single.find("<h1><bdi>Evil \xE2\x80\xAE" "Corp</bdi>: customer management maturity</h1>") != std::string::npos);
}

TEST_CASE("report: a phone-width page: tables scroll on their own, long words wrap") {
    const Questionnaire q = Builtin("b2b");
    Result r = SynthRespondent(q, 4, 1);
    r.respondent.organisation = std::string(300, 'W');
    const std::string html = ResultsReportHtml(q, r, Score(q, r), ReportOptions{});
    CHECK(CountOf(html, "<div class=\"table-wrap\"") == CountOf(html, "<table"));
    CHECK(html.find("overflow-wrap: anywhere") != std::string::npos);
    CHECK(html.find(".table-wrap { max-width: 100%; overflow-x: auto;") != std::string::npos);
    // The browser check of the width (document.documentElement.scrollWidth <= 390) is tests/browser/report_width.test.mjs.
}

TEST_CASE("report: edge cases stay well formed") {
    const Questionnaire q = FixtureQuestionnaire();
    SUBCASE("nothing answered") {
        const Result r = NewResult(q);
        const std::string html = ResultsReportHtml(q, r, Score(q, r), ReportOptions{});
        CHECK(CheckHtml(html) == "");
        CHECK(html.find("nothing to score") != std::string::npos);
        CHECK(html.find("<svg") == std::string::npos);
        CHECK(html.find("<dt>Organisation</dt><dd><span class=\"muted\">Not given</span></dd>") != std::string::npos);
    }
    SUBCASE("scores of another questionnaire") {
        const Questionnaire other = MakeQuestionnaire(4, 2);
        const Result r = NewResult(other);
        const std::string html = ResultsReportHtml(q, FixtureResult(q), Score(other, r), ReportOptions{});
        CHECK(CheckHtml(html) == "");
        CHECK(html.find("were not computed from this questionnaire") != std::string::npos);
    }
    SUBCASE("two areas, no stages: tables instead of a radar") {
        const Questionnaire small = MakeQuestionnaire(2, 2);
        const Result r = MakeResult(small, {{"q0-0", 2, 4}, {"q1-1", 3, 3}});
        const std::string html = ResultsReportHtml(small, r, Score(small, r), ReportOptions{});
        CHECK(CheckHtml(html) == "");
        CHECK(html.find("radar-today") == std::string::npos);
        CHECK(html.find("A radar needs three or more areas") != std::string::npos);
        CHECK(html.find("id=\"stages\"") == std::string::npos);
    }
    SUBCASE("quick scan of a shipped questionnaire") {
        const Questionnaire b2b = Builtin("b2b");
        Result r = SynthResults(b2b, 1, 7)[0];
        r.mode = Mode::Quick;
        const Scores s = Score(b2b, r);
        const std::string html = ResultsReportHtml(b2b, r, s, ReportOptions{});
        CHECK(CheckHtml(html) == "");
        CheckAccessible(html);
        CHECK(html.find("Quick scan") != std::string::npos);
        CHECK(html.find("Not asked (quick scan)") != std::string::npos);
    }
}

TEST_CASE("report: every shipped questionnaire with a synthetic respondent") {
    for (const BuiltinQuestionnaire& b : BuiltinQuestionnaires()) {
        CAPTURE(b.id);
        QuestionnaireLoad load = LoadQuestionnaire(b.json);
        REQUIRE(load.questionnaire.has_value());
        const Questionnaire& q = *load.questionnaire;
        const Result r = SynthResults(q, 1, 42)[0];
        const Scores s = Score(q, r);
        const std::string html = ResultsReportHtml(q, r, s, ReportOptions{});
        CHECK(CheckHtml(html) == "");
        CheckSelfContained(html);
        CheckAccessible(html);
        CHECK(CountOf(html, "class=\"radar-today\"") == 1);
        CHECK(CountOf(html, "class=\"radar-target\"") == 1);
        int scored_drivers = 0;
        for (const ScoreValue& v : s.drivers) scored_drivers += v.scored ? 1 : 0;
        CHECK(CountOf(html, "class=\"bar-today\"") == scored_drivers);
        CHECK(CountOf(html, "<tr>") > static_cast<int>(q.questions.size()));
    }
}

TEST_CASE("report: team") {
    const Questionnaire q = Builtin("b2b");
    std::vector<Result> team = SynthResults(q, 6, 11);
    team[0].respondent.organisation = kHostile;
    team[1].respondent.name = kHostile;
    team[2].answers[3].note = kHostile;
    const TeamScores t = AggregateTeam(q, team);
    ReportOptions options;
    options.date = "2026-12-01";
    const std::string html = TeamReportHtml(q, team, t, options);

    CHECK(CheckHtml(html) == "");
    CheckSelfContained(html);
    CheckAccessible(html);
    CHECK(html.find(std::string("<h1><bdi>") + kHostileEscaped + "</bdi>: team view of customer management maturity</h1>") != std::string::npos);
    CHECK(html.find(std::string("<th scope=\"row\"><bdi>") + kHostileEscaped + "</bdi></th>") != std::string::npos);   // the respondent's name
    CHECK(html.find("alert(1)</script>") == std::string::npos);
    SUBCASE("respondents with their roles") {
        for (const Result& r : team) CHECK(html.find(std::string("<td><bdi>") + RoleLabel(r.respondent.role) + "</bdi></td>") != std::string::npos);
        CHECK(html.find("<dd><bdi>6 (") != std::string::npos);
    }
    SUBCASE("area and driver charts with spread") {
        CHECK(CountOf(html, "class=\"range-mean\"") == static_cast<int>(q.areas.size() + q.drivers.size()));
        CHECK(CountOf(html, "class=\"range-target\"") == static_cast<int>(q.areas.size() + q.drivers.size()));
        CHECK(CountOf(html, "<svg ") == 2);
    }
    SUBCASE("agreement, role gaps and the agenda") {
        for (const char* id : {"respondents", "summary", "areas", "drivers", "agreement", "roles", "agenda", "appendix"})
            CHECK_MESSAGE(html.find(std::string("<h2 id=\"") + id + "\">") != std::string::npos, id);
        CHECK(html.find("Disagreement hot spots") != std::string::npos);
        CHECK(html.find("Area scores by role") != std::string::npos);
        REQUIRE_FALSE(t.agenda.empty());
        CHECK(html.find(EscapeHtml(t.agenda[0].explanation)) != std::string::npos);
        CHECK(html.find(EscapeHtml(q.questions[t.agenda[0].question].text)) != std::string::npos);
        CHECK(html.find("<dd><bdi>2026-12-01</bdi></dd>") != std::string::npos);
    }
    SUBCASE("deterministic") {
        CHECK(TeamReportHtml(q, team, AggregateTeam(q, team), options) == html);
    }
}

TEST_CASE("report: team edge cases") {
    const Questionnaire q = FixtureQuestionnaire();
    SUBCASE("no respondents") {
        const std::vector<Result> none;
        const std::string html = TeamReportHtml(q, none, AggregateTeam(q, none), ReportOptions{});
        CHECK(CheckHtml(html) == "");
        CHECK(html.find("No results to aggregate yet.") != std::string::npos);
    }
    SUBCASE("one respondent, one role: no role gaps") {
        const std::vector<Result> one = {FixtureResult(q)};
        const std::string html = TeamReportHtml(q, one, AggregateTeam(q, one), ReportOptions{});
        CHECK(CheckHtml(html) == "");
        CHECK(html.find("Role gaps need answers from at least two roles") != std::string::npos);
    }
    SUBCASE("team figures of another questionnaire") {
        const Questionnaire other = MakeQuestionnaire(4, 2);
        const std::vector<Result> none;
        const std::string html = TeamReportHtml(q, none, AggregateTeam(other, none), ReportOptions{});
        CHECK(CheckHtml(html) == "");
        CHECK(html.find("were not computed from this questionnaire") != std::string::npos);
    }
}
