// screen_results.cpp — the results dashboard: the indices, coverage, areas radar, gaps, drivers, heat map and
// priorities, each score with "how was this computed", then the downloads. Scores come from AppState::results.
#include <algorithm>
#include <cstdio>
#include <optional>
#include <string>
#include <vector>

#include <imgui.h>
#include <imgui_internal.h>
#include <misc/cpp/imgui_stdlib.h>

#include "charts.h"
#include "results_benchmark.h"
#include "results_compare.h"
#include "formats/links.h"
#include "results_view.h"
#include "results_what_if.h"
#include "rules/scoring.h"
#include "screens.h"
#include "state/outbox.h"
#include "text/ids.h"
#include "text/numbers.h"
#include "widgets.h"

namespace systemic {

// [SECTION] Layout helpers: section titles, cards, disclosures, explanations
// [SECTION] Summary: overall index, systemic index, weakest link, spread
// [SECTION] Coverage and answer quality
// [SECTION] Areas: radar and ranked gaps
// [SECTION] Drivers
// [SECTION] Heat map
// [SECTION] Priorities
// [SECTION] Sharing
// [SECTION] Progress since an earlier assessment (the section's body is results_compare.cpp)
// [SECTION] What if (the section's body is results_what_if.cpp)
// [SECTION] Compared with other businesses (the section's body is results_benchmark.cpp)
// [SECTION] Downloads
// [SECTION] DrawResults

namespace {

// What every section reads. Built once per frame from the cached scores.
struct Ctx {
    AppState& state;
    Host& host;
    const Questionnaire& q;
    const Result& r;
    const Scores& s;
    ResultsView& view;
    ChartColours colours;
};

const std::string& AreaName(const Ctx& c, int area) { return c.q.areas[static_cast<size_t>(area)].name; }

// A difference between two percentages. "Points" alone means importance points on these screens (one word per idea).
std::string Pp(double x) {
    const std::string n = FormatShort(x, 1);
    return n + (n == "1" || n == "-1" ? " percentage point" : " percentage points");
}

// [SECTION] Layout helpers

void BoldText(const Ctx& c, const std::string& text) { BoldParagraph(c.state.fonts, text.c_str()); }

void BigText(const Ctx& c, const std::string& text) { Heading(c.state.fonts, text.c_str()); }

// A section's title; when the contents bar asked to jump here, the view scrolls the title to the top and a
// keyboard user's focus moves to the section's first control.
void SectionTitle(const Ctx& c, const char* title, const char* anchor = nullptr) {
    ImGui::Dummy(ImVec2(0.0f, Em(1.25f)));
    if (anchor && c.view.jump_to == anchor) {
        ImGui::SetScrollHereY(0.0f);
        if (c.view.jump_focus) ImGui::SetKeyboardFocusHere();
        c.view.jump_to.clear();
    }
    const ImVec2 pos = ImGui::GetCursorScreenPos();
    ImGui::GetWindowDrawList()->AddLine(pos, ImVec2(pos.x + ColumnWidth(), pos.y), CurrentPalette().card_border, std::max(1.0f, Em(0.0625f)));
    ImGui::Dummy(ImVec2(0.0f, Em(0.25f)));
    Heading(c.state.fonts, title, 2);
}

// A link-like toggle with an arrow, 44 CSS px tall; its open state lives in ResultsView::open under `name`.
bool Disclosure(Ctx& c, const std::string& name, const char* label = "How was this computed?") {
    bool open = c.view.open.count(name) != 0;
    const Palette& p = CurrentPalette();
    ImGui::PushID(name.c_str());
    // The label wraps when the column is narrower than it (large text on a phone): nothing passes the edge.
    const float wrap = std::max(Em(4.0f), ColumnRemaining() - Em(1.4f));
    const ImVec2 text = ImGui::CalcTextSize(label, nullptr, false, wrap);
    const float h = std::max(Em(2.75f), text.y + Em(1.0f));
    const ImVec2 size(text.x + Em(1.4f), h);
    const ImVec2 pos = ImGui::GetCursorScreenPos();
    if (ImGui::InvisibleButton("##how", size)) {
        open = !open;
        if (open) c.view.open.insert(name);
        else c.view.open.erase(name);
    }
    const bool hovered = ImGui::IsItemHovered();
    SemAddItem(SemRole::Button, label, open ? kSemExpanded : kSemCollapsed);
    NoteTarget(c.state, ("How " + name).c_str());
    ImGui::RenderNavHighlight(ImRect(pos, ImVec2(pos.x + size.x, pos.y + size.y)), ImGui::GetItemID());
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const float font = ImGui::GetFontSize();
    ImGui::RenderArrow(dl, ImVec2(pos.x, pos.y + (h - font) * 0.5f), p.accent, open ? ImGuiDir_Down : ImGuiDir_Right, 0.8f);
    const ImVec2 at(pos.x + Em(1.1f), pos.y + (h - text.y) * 0.5f);
    dl->AddText(ImGui::GetFont(), font, at, p.accent, label, nullptr, wrap);
    if (hovered) dl->AddLine(ImVec2(at.x, at.y + text.y), ImVec2(at.x + text.x, at.y + text.y), p.accent, std::max(1.0f, Em(0.0625f)));
    ImGui::PopID();
    return open;
}

// The text of an open "how was this computed" section, drawn indented and kept for tests.
class Explanation {
public:
    Explanation(Ctx& c, std::string name) : c_(c), name_(std::move(name)) { ImGui::Indent(Em(1.1f)); }
    ~Explanation() {
        ImGui::Unindent(Em(1.1f));
        ImGui::Dummy(ImVec2(0.0f, Em(0.25f)));
        c_.view.explained[name_] = text_;
    }
    Explanation(const Explanation&) = delete;
    Explanation& operator=(const Explanation&) = delete;
    void Line(const std::string& line) { Paragraph(line.c_str()); text_ += line + "\n"; }
    void Muted(const std::string& line) { MutedText(line.c_str()); text_ += line + "\n"; }
    void Item(const std::string& line) { ImGui::Bullet(); ImGui::SameLine(); Paragraph(line.c_str()); text_ += "- " + line + "\n"; }

private:
    Ctx& c_;
    std::string name_;
    std::string text_;
};

// Cards side by side on a wide column (two per row, equal heights), stacked on a phone. The backgrounds go on
// a channel under the content, drawn once the row's height is known.
template <typename DrawCard>
void CardGrid(int count, DrawCard draw_card) {
    const Palette& p = CurrentPalette();
    const float column = ColumnWidth();
    const float gap = Em(0.75f);
    const int per_row = column >= Em(30.0f) ? 2 : 1;
    const float card_w = (column - gap * static_cast<float>(per_row - 1)) / static_cast<float>(per_row);
    const float pad = Em(1.0f);
    ImDrawList* dl = ImGui::GetWindowDrawList();
    for (int first = 0; first < count; first += per_row) {
        const ImVec2 row = ImGui::GetCursorScreenPos();
        const int last = std::min(count, first + per_row);
        float row_h = 0.0f;
        dl->ChannelsSplit(2);
        dl->ChannelsSetCurrent(1);
        for (int i = first; i < last; ++i) {
            const float x = row.x + static_cast<float>(i - first) * (card_w + gap);
            ImGui::SetCursorScreenPos(ImVec2(x + pad, row.y + pad));
            ImGui::BeginGroup();
            ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + card_w - 2.0f * pad);
            draw_card(i);
            ImGui::PopTextWrapPos();
            ImGui::EndGroup();
            row_h = std::max(row_h, ImGui::GetItemRectMax().y + pad - row.y);
        }
        dl->ChannelsSetCurrent(0);
        for (int i = first; i < last; ++i) {
            const ImVec2 min(row.x + static_cast<float>(i - first) * (card_w + gap), row.y);
            const ImVec2 max(min.x + card_w, row.y + row_h);
            dl->AddRectFilled(min, max, p.card, Em(0.5f));
            dl->AddRect(min, max, p.card_border, Em(0.5f), 0, std::max(1.0f, Em(0.0625f)));
        }
        dl->ChannelsMerge();
        ImGui::SetCursorScreenPos(row);
        ImGui::Dummy(ImVec2(column, row_h));
    }
}

// Buttons that flow across the column on a desktop and stack full width on a phone.
bool FlowButton(const char* label, bool primary, bool first, bool stacked) {
    if (!first && !stacked) {
        ImGui::SameLine();
        if (ImGui::CalcTextSize(label).x + Em(2.0f) > ColumnRemaining()) ImGui::NewLine();
    }
    const float width = stacked ? ColumnWidth() : 0.0f;
    return primary ? PrimaryButton(label, width) : SecondaryButton(label, width);
}

// [SECTION] Summary

// An area's share of the index: its weight (whole counting points) over the contributing areas' weights.
double ShareOf(const Ctx& c, const Contribution& k) {
    double total = 0.0;
    for (const Contribution& other : c.s.overall.contributions) total += other.weight;
    return total > 0.0 ? k.weight / total * 100.0 : 0.0;
}

void ExplainOverall(Ctx& c) {
    Explanation e(c, "overall");
    e.Line("The overall index is the average of your area scores, each weighted by your importance points "
           "(equal if you gave none; an area counts at least 5 points, so a weak area you gave none still counts). "
           "Areas without answers are left out and their share goes to the others.");
    for (const Contribution& k : c.s.overall.contributions) {
        const ScoreValue& v = c.s.areas[static_cast<size_t>(k.item)];
        e.Item(AreaName(c, k.item) + ": " + FormatPercent(v.percent) + " today, " + FormatPercent(v.target_percent) + " in 12 months, weight " +
               FormatWeight(k.weight) + " (share " + FormatPercent(ShareOf(c, k)) + ")");
    }
    e.Muted("Added up: " + FormatPercent(c.s.overall.percent) + " today and " + FormatPercent(c.s.overall.target_percent) + " in 12 months.");
}

void ExplainSystemic(Ctx& c) {
    Explanation e(c, "systemic");
    e.Line("Each area's score becomes a level from 1 to 5 (1 + score \xC3\xB7 25). The levels are multiplied together, each raised to its "
           "area's share, instead of added up: that is what makes one weak area pull the result down hard. The result is turned back "
           "into a percent: (combined level - 1) \xC3\x97 25.");
    for (const Contribution& k : c.s.overall.contributions) {
        const ScoreValue& v = c.s.areas[static_cast<size_t>(k.item)];
        e.Item(AreaName(c, k.item) + ": level " + FormatWeight(1.0 + v.percent / 25.0) + " (" + FormatPercent(v.percent) + "), share " +
               FormatPercent(ShareOf(c, k)));
    }
    const double level = 1.0 + c.s.balance.systemic_index / 25.0;
    e.Muted("Combined level " + FormatWeight(level) + ", so the score is (" + FormatWeight(level) + " - 1) \xC3\x97 25 = " +
            FormatPercent(c.s.balance.systemic_index) + ".");
}

// Scored areas, lowest first (questionnaire order on ties), for the weakest-link and spread explanations.
std::vector<int> AreasLowestFirst(const Ctx& c) {
    std::vector<int> order;
    for (int a = 0; a < static_cast<int>(c.q.areas.size()); ++a)
        if (c.s.areas[static_cast<size_t>(a)].scored) order.push_back(a);
    std::stable_sort(order.begin(), order.end(), [&](int x, int y) { return c.s.areas[static_cast<size_t>(x)].percent < c.s.areas[static_cast<size_t>(y)].percent; });
    return order;
}

void ExplainWeakest(Ctx& c) {
    Explanation e(c, "weakest");
    e.Line("The weakest link is the area with the lowest score today (the first in the questionnaire on a tie). Your areas, lowest first:");
    for (int a : AreasLowestFirst(c)) e.Item(AreaName(c, a) + ": " + FormatPercent(c.s.areas[static_cast<size_t>(a)].percent));
}

void ExplainSpread(Ctx& c) {
    Explanation e(c, "spread");
    const Balance& b = c.s.balance;
    e.Line("The spread is your highest area score minus your lowest, in percentage points.");
    e.Item("Highest: " + AreaName(c, b.strongest_area) + ", " + FormatPercent(c.s.areas[static_cast<size_t>(b.strongest_area)].percent));
    e.Item("Lowest: " + AreaName(c, b.weakest_area) + ", " + FormatPercent(c.s.areas[static_cast<size_t>(b.weakest_area)].percent));
    e.Muted("Spread: " + Pp(b.spread) + ".");
}

void SummarySection(Ctx& c) {
    const Scores& s = c.s;
    const Balance& b = s.balance;
    c.view.shown["overall"] = FormatPercent(s.overall.percent);
    c.view.shown["overall_stage"] = StageText(s.overall.level);
    if (b.scored) {
        c.view.shown["systemic"] = FormatPercent(b.systemic_index);
        c.view.shown["systemic_stage"] = StageText(b.systemic_level);
        // Every area level (spread 0): the "weakest" is only the first in the questionnaire, so none is named.
        c.view.shown["weakest"] = b.spread > 0.0 ? AreaName(c, b.weakest_area) : std::string("No single weak link");
        c.view.shown["spread"] = Pp(b.spread);
    }
    const int cards = b.scored ? 4 : 1;
    CardGrid(cards, [&](int i) {
        if (i == 0) {
            MutedText("Overall index");
            BigText(c, c.view.shown["overall"]);
            BoldText(c, c.view.shown["overall_stage"]);
            Paragraph(LevelMeaning(s.overall.level));
            MutedText(("In 12 months: " + FormatPercent(s.overall.target_percent) + ", a gap of " + Pp(s.overall.gap) + ".").c_str());
            if (Disclosure(c, "overall")) ExplainOverall(c);
        } else if (i == 1) {
            MutedText("Systemic index: your score if weak areas count extra");
            BigText(c, c.view.shown["systemic"]);
            BoldText(c, c.view.shown["systemic_stage"]);
            Paragraph("One weak area pulls this score down much more than the overall index, because a system is only as strong as "
                      "its weakest links.");
            const double below = s.overall.percent - b.systemic_index;
            if (below >= 0.05)
                MutedText((Pp(below) + " below your overall index: that is what the weak links cost.").c_str());
            else
                MutedText("The same as your overall index: your areas are in balance.");
            if (Disclosure(c, "systemic")) ExplainSystemic(c);
        } else if (i == 2) {
            const ScoreValue& weak = s.areas[static_cast<size_t>(b.weakest_area)];
            MutedText("Weakest link");
            BigText(c, c.view.shown["weakest"]);
            BoldText(c, (b.spread > 0.0 ? FormatPercent(weak.percent) + " today: " : "Every area scores " + FormatPercent(weak.percent) + ": ") +
                            StageText(weak.level));
            Paragraph(b.spread > 0.0 ? "A system is only as strong as its weakest link: start here."
                                     : "Your areas are level with each other, so no one area holds the others back.");
            if (Disclosure(c, "weakest")) ExplainWeakest(c);
        } else {
            MutedText("Spread across areas");
            BigText(c, c.view.shown["spread"]);
            if (b.spread > 0.0)
                BoldText(c, "Between " + AreaName(c, b.strongest_area) + " (" + FormatPercent(s.areas[static_cast<size_t>(b.strongest_area)].percent) +
                                ") and " + AreaName(c, b.weakest_area) + " (" + FormatPercent(s.areas[static_cast<size_t>(b.weakest_area)].percent) + ").");
            else
                BoldText(c, "Every area has the same score.");
            Paragraph("The smaller the spread, the better balanced your customer system.");
            if (Disclosure(c, "spread")) ExplainSpread(c);
        }
    });
}

// [SECTION] Coverage and answer quality

void CoverageSection(Ctx& c) {
    const Coverage& cov = c.s.overall.coverage;
    SectionTitle(c, "How complete your answers are");
    c.view.shown["coverage"] = std::to_string(cov.answered) + " of " + std::to_string(cov.asked);
    Paragraph(("You answered " + std::to_string(cov.answered) + " of the " + Plural(cov.asked, "question", "questions") + " asked.").c_str());
    CoverageBar(c.colours, cov);
    MutedText("\"Don't know\", \"not applicable\" and open questions are left out of every score. The fewer answers behind a score, the less it says.");
    if (c.s.warnings.empty()) {
        MutedText("No warnings: your answers show none of the patterns that make scores unreliable.");
        return;
    }
    for (const QualityWarning& w : c.s.warnings) {
        ImGui::Spacing();
        Banner(w.message.c_str(), BannerKind::Warning);
        const size_t shown = std::min<size_t>(w.questions.size(), 5);
        for (size_t i = 0; i < shown; ++i) {
            const int question = w.questions[i];
            if (question < 0 || question >= static_cast<int>(c.q.questions.size())) continue;
            ImGui::Bullet();
            ImGui::SameLine();
            MutedText(c.q.questions[static_cast<size_t>(question)].text.c_str());
        }
        if (w.questions.size() > shown) MutedText(("and " + std::to_string(w.questions.size() - shown) + " more.").c_str());
    }
    c.view.shown["warnings"] = std::to_string(c.s.warnings.size());
}

// [SECTION] Areas

void ExplainScore(Ctx& c, const std::string& name, const ScoreValue& v, const char* formula) {
    Explanation e(c, name);
    e.Line(formula);
    for (const Contribution& k : v.contributions) {
        const Question& question = c.q.questions[static_cast<size_t>(k.item)];
        const QuestionScore& qs = c.s.questions[static_cast<size_t>(k.item)];
        e.Item(question.text + " Today level " + std::to_string(qs.today) + " (" + FormatPercent(LevelPercent(qs.today)) + "), in 12 months level " +
               std::to_string(qs.target) + " (" + FormatPercent(LevelPercent(qs.target)) + "), weight " + FormatWeight(k.weight) + ".");
    }
    const Coverage& cov = v.coverage;
    e.Muted("Result: " + FormatPercent(v.percent) + " today, " + FormatPercent(v.target_percent) + " in 12 months, from " +
            std::to_string(cov.answered) + " of " + Plural(cov.asked, "question", "questions") + " asked. Left out: " + std::to_string(cov.dont_know) +
            " don't know, " + std::to_string(cov.not_applicable) + " not applicable, " + std::to_string(cov.unanswered) + " open.");
}

constexpr const char* kAreaFormula =
    "The area's score is the average of its answered questions, weighted by each question's weight. A level L counts as "
    "(L - 1) \xC3\xB7 4 \xC3\x97 100 %, so level 1 is 0 % and level 5 is 100 %. The 12-month score is the same average over your targets.";

std::vector<std::string> AreaTooltip(const Ctx& c, int a) {
    const ScoreValue& v = c.s.areas[static_cast<size_t>(a)];
    if (!v.scored) return {AreaName(c, a), "No answers yet"};
    return {AreaName(c, a), "Today: " + FormatPercent(v.percent) + " (" + LevelName(v.level) + ")", "In 12 months: " + FormatPercent(v.target_percent),
            "Gap: " + Pp(v.gap), "From " + std::to_string(v.coverage.answered) + " of " + Plural(v.coverage.asked, "question", "questions")};
}

void RadarSection(Ctx& c) {
    std::vector<RadarAxis> axes;
    for (size_t a = 0; a < c.q.areas.size(); ++a) {
        const ScoreValue& v = c.s.areas[a];
        axes.push_back({ShortAreaName(c.q.areas[a]), "Radar " + c.q.areas[a].id, v.scored, v.percent, v.target_percent});
    }
    if (!RadarFits(axes)) return;
    SectionTitle(c, "Your areas today and in 12 months", "areas");
    SeriesLegend(c.colours, true);
    ImGui::Spacing();
    const ChartHit hit = Radar(c.state, axes, c.view.radar_selected);
    MutedText("Point at or tap an area to see its numbers; every area's numbers are also listed under the gaps below. Rings every "
              "25 %; the outer ring is 100 %.");
    if (hit.shown >= 0) {
        const std::vector<std::string> lines = AreaTooltip(c, hit.shown);
        ChartTooltip(hit, lines, c.state.fonts.bold);
        for (const std::string& line : lines) c.view.tooltip += line + "\n";
    }
}

void GapsSection(Ctx& c) {
    SectionTitle(c, "Gaps between today and in 12 months", "areas");
    MutedText("Each area's gap is its score in 12 months minus its score today, in percentage points. Largest first.");
    SeriesLegend(c.colours, false);
    std::vector<int> order;
    std::string unscored;
    for (int a = 0; a < static_cast<int>(c.q.areas.size()); ++a) {
        if (c.s.areas[static_cast<size_t>(a)].scored) order.push_back(a);
        else unscored += (unscored.empty() ? "" : ", ") + AreaName(c, a);
    }
    std::stable_sort(order.begin(), order.end(), [&](int x, int y) { return c.s.areas[static_cast<size_t>(x)].gap > c.s.areas[static_cast<size_t>(y)].gap; });
    int rank = 0;
    for (int a : order) {
        const ScoreValue& v = c.s.areas[static_cast<size_t>(a)];
        const std::string& id = c.q.areas[static_cast<size_t>(a)].id;
        c.view.shown["area " + id] = FormatPercent(v.percent);
        ImGui::Spacing();
        BoldText(c, std::to_string(++rank) + ". " + AreaName(c, a));
        MutedText((FormatPercent(v.percent) + " today (" + LevelName(v.level) + "), " + FormatPercent(v.target_percent) + " in 12 months: gap " +
                   Pp(v.gap) + ".").c_str());
        if (v.single_answer) {
            c.view.shown["one question " + id] = "1";
            MutedText("This score rests on one question only: read it as a first impression, not a measurement.");
        }
        Dumbbell(c.colours, v.percent, v.target_percent);
        if (Disclosure(c, "area " + id)) ExplainScore(c, "area " + id, v, kAreaFormula);
    }
    if (!unscored.empty()) {
        ImGui::Spacing();
        MutedText(("No answers yet, so no score: " + unscored + ".").c_str());
    }
}

// [SECTION] Drivers

void DriversSection(Ctx& c) {
    if (c.q.drivers.empty()) return;
    SectionTitle(c, "Your sector's drivers", "drivers");
    std::string names;
    for (size_t d = 0; d < c.q.drivers.size(); ++d) names += (d == 0 ? "" : d + 1 == c.q.drivers.size() ? " and " : ", ") + c.q.drivers[d].name;
    MutedText(("What wins and keeps customers in your sector: " + names +
               ". Each is fed by questions from several areas. Top bar: today. Bottom bar: in 12 months, with the gap hatched.").c_str());
    for (size_t d = 0; d < c.q.drivers.size(); ++d) {
        const Driver& driver = c.q.drivers[d];
        const ScoreValue& v = c.s.drivers[d];
        ImGui::Spacing();
        BoldText(c, driver.name);
        if (!driver.description.empty()) MutedText(driver.description.c_str());
        DriverBars(c.colours, v.scored, v.percent, v.target_percent);
        if (v.scored) {
            c.view.shown["driver " + driver.id] = FormatPercent(v.percent);
            Paragraph(("Today " + FormatPercent(v.percent) + " (" + LevelName(v.level) + "), in 12 months " + FormatPercent(v.target_percent) +
                       ": gap " + Pp(v.gap) + ".").c_str());
            if (Disclosure(c, "driver " + driver.id))
                ExplainScore(c, "driver " + driver.id, v,
                             "The driver's score is the weighted average of the answered questions that feed it; each question counts by its own "
                             "weight \xC3\x97 its weight for this driver (the weight below). Levels count as in the areas: level 1 is 0 %, level 5 is 100 %.");
        } else {
            MutedText("No answers yet.");
        }
    }
}

// [SECTION] Heat map

void HeatSection(Ctx& c) {
    const size_t stages = c.q.stages.size();
    if (stages == 0) return;
    SectionTitle(c, "Capability by journey stage", "stages");
    MutedText("Today's score of each area (rows) at each stage of your customer's journey (numbered columns), from the questions that "
              "touch both. Red and orange cells are weak, blue and green cells are strong; a dash means no answered question touches "
              "that cell.");
    HeatGrid grid;
    grid.rows = static_cast<int>(c.q.areas.size()) + 1;
    grid.cols = static_cast<int>(stages);
    grid.separate_last_row = 1;
    for (const Area& a : c.q.areas) {
        grid.row_labels.push_back(ShortAreaName(a));
        grid.row_ids.push_back(a.id);
    }
    grid.row_labels.push_back("All areas");
    grid.row_ids.push_back("all");
    for (const Stage& st : c.q.stages) grid.col_ids.push_back(st.id);
    grid.cells = c.s.heat;
    for (const ScoreValue& v : c.s.stages) grid.cells.push_back({v.scored, v.percent, v.coverage.answered});
    ImGui::Spacing();
    const ChartHit hit = HeatMap(c.state, grid, c.view.heat_selected);
    if (hit.shown >= 0) {
        const size_t area = static_cast<size_t>(hit.shown) / stages, stage = static_cast<size_t>(hit.shown) % stages;
        const HeatCell& cell = grid.cells[static_cast<size_t>(hit.shown)];
        const std::string where = (area < c.q.areas.size() ? c.q.areas[area].name : std::string("All areas")) + " at \"" + c.q.stages[stage].name + "\"";
        std::vector<std::string> lines = {where};
        if (cell.scored) {
            lines.push_back("Today: " + FormatPercent(cell.percent) + " (" + LevelName(StageOfPercent(cell.percent)) + ")");
            if (area == c.q.areas.size()) lines.push_back("In 12 months: " + FormatPercent(c.s.stages[stage].target_percent));
            lines.push_back("From " + Plural(cell.count, "answered question", "answered questions"));
        } else {
            lines.push_back("No answered question touches this cell.");
        }
        ChartTooltip(hit, lines, c.state.fonts.bold);
        for (const std::string& line : lines) c.view.tooltip += line + "\n";
    }
    ImGui::Spacing();
    std::string key = "Journey stages: ";
    for (size_t st = 0; st < stages; ++st)
        key += (st == 0 ? "" : " \xC2\xB7 ") + std::to_string(st + 1) + "\xC2\xA0" + c.q.stages[st].name;   // no-break space keeps a number with its name
    Paragraph(key.c_str());
    HeatLegend(c.colours);
    // The chart is one keyboard stop: its numbers, as a table.
    if (Disclosure(c, "heat table", "Show the numbers as a table")) {
        const int cols = static_cast<int>(stages) + 1;
        if (ImGui::BeginTable("heat-table", cols, ImGuiTableFlags_Borders | ImGuiTableFlags_SizingStretchProp, ImVec2(ColumnWidth(), 0.0f))) {
            ImGui::TableSetupColumn("Area", ImGuiTableColumnFlags_WidthStretch, 3.0f);
            for (size_t st = 0; st < stages; ++st)
                ImGui::TableSetupColumn(std::to_string(st + 1).c_str(), ImGuiTableColumnFlags_WidthStretch, 1.0f);
            // The drawn table is also a table in the semantic tree, its cells over their glyphs (selectable).
            SemTableHeader("Capability by journey stage, percent today");
            std::string text;
            for (int row = 0; row < grid.rows; ++row) {
                SemBeginGroup(SemRole::Row, "");
                ImGui::TableNextRow();
                ImGui::TableNextColumn();
                // Wrapped at the cell's own edge, not the results column's: a long name stays in its cell.
                ImGui::PushTextWrapPos(0.0f);
                ImGui::TextWrapped("%s", grid.row_labels[static_cast<size_t>(row)].c_str());
                ImGui::PopTextWrapPos();
                SemCell(SemRole::RowHeader, grid.row_labels[static_cast<size_t>(row)]);
                text += grid.row_labels[static_cast<size_t>(row)] + ":";
                for (size_t st = 0; st < stages; ++st) {
                    const HeatCell& cell = grid.cells[static_cast<size_t>(row) * stages + st];
                    const std::string v = cell.scored ? FormatShort(cell.percent, 0) : std::string("\xE2\x80\x93");
                    ImGui::TableNextColumn();
                    ImGui::TextUnformatted(v.c_str());
                    SemCell(SemRole::Cell, cell.scored ? v : std::string("no answers"));
                    text += " " + v;
                }
                text += "\n";
                SemEndGroup();
            }
            SemEndGroup();
            ImGui::EndTable();
            c.view.explained["heat table"] = text;
        }
        MutedText("Percent today; a dash: no answered question touches that cell. Columns are the journey stages numbered above.");
    }
    if (Disclosure(c, "heat")) {
        Explanation e(c, "heat");
        e.Line("Each cell is the weighted average of today's levels (as percents) of the area's answered questions tagged with that journey stage. "
               "The bottom row uses every area's questions for the stage. Shades follow the five maturity stages.");
        e.Muted("Point at or tap a cell to see how many answers it rests on.");
    }
}

// [SECTION] Priorities

constexpr size_t kFirstSteps = 3;   // the results lead with three steps: enough to start, few enough to do

void PrioritiesSection(Ctx& c) {
    SectionTitle(c, "What to do first", "steps");
    if (c.s.priorities.empty()) {
        Paragraph("No gaps to close: none of your answers has a 12-month target above today.");
        return;
    }
    MutedText("Your weakest area first, then your other questions ranked by their gap (the first steps up count most) and by how much "
              "their area matters to you, each with the next step up from where you are today.");
    const size_t total = c.s.priorities.size();
    const size_t n = c.view.all_priorities ? total : std::min<size_t>(kFirstSteps, total);
    for (size_t i = 0; i < n; ++i) {
        const Priority& p = c.s.priorities[i];
        const Question& question = c.q.questions[static_cast<size_t>(p.question)];
        const QuestionScore& qs = c.s.questions[static_cast<size_t>(p.question)];
        c.view.shown["priority " + std::to_string(i + 1)] = question.id;
        ImGui::Spacing();
        BoldText(c, std::to_string(i + 1) + ". " + question.text);
        MutedText((AreaName(c, question.area) + " \xC2\xB7 today " + std::to_string(qs.today) + " " + LevelName(qs.today) + ", in 12 months " +
                   std::to_string(qs.target) + " " + LevelName(qs.target) + " \xC2\xB7 gap " + Plural(p.gap, "level", "levels")).c_str());
        if (qs.today >= 1 && qs.today < kLevelCount && !question.next_steps[static_cast<size_t>(qs.today - 1)].empty()) {
            ImGui::PushStyleColor(ImGuiCol_Text, CurrentPalette().accent);
            BoldText(c, "How to move up");
            ImGui::PopStyleColor();
            Paragraph(question.next_steps[static_cast<size_t>(qs.today - 1)].c_str());
        }
    }
    if (total > kFirstSteps) {
        ImGui::Spacing();
        const std::string label = c.view.all_priorities ? std::string("Show the first three only") : "Show all " + std::to_string(total) + " steps";
        if (SecondaryButton(label.c_str())) c.view.all_priorities = !c.view.all_priorities;
        NoteTarget(c.state, "More priorities");
    }
    if (Disclosure(c, "priorities")) {
        Explanation e(c, "priorities");
        e.Line("Questions in your weakest area come first. Then: priority = step value \xC3\x97 area importance \xC3\x97 question weight. "
               "Each level to climb counts by how basic it is: 1 to 2 counts 4, 2 to 3 counts 3, 3 to 4 counts 2, 4 to 5 counts 1. "
               "Area importance is the area's weight against the average weight of your scored areas (1 when they count the same). "
               "Ties keep the questionnaire's order.");
        for (size_t i = 0; i < n; ++i) {
            const Priority& p = c.s.priorities[i];
            e.Item(std::to_string(i + 1) + ". " + std::to_string(p.steps) + " \xC3\x97 " + FormatWeight(p.importance_factor) + " \xC3\x97 " +
                   FormatWeight(p.weight) + " = " + FormatWeight(p.priority) + (p.weakest_link ? " (weakest area)" : ""));
        }
    }
}

// [SECTION] Sharing: the results link (copy, and as text to select) and the invited respondent's e-mail

// The consultant who invited this respondent, when the invitation gave an e-mail address.
std::optional<Invitation> InvitingConsultant(const AppState& state) {
    if (state.session.invitation.empty()) return std::nullopt;
    InvitationDecode inv = DecodeInvitation(state.session.invitation);
    if (!inv.invitation || inv.invitation->contact.find('@') == std::string::npos) return std::nullopt;
    return *inv.invitation;
}

std::string ConsultantName(const Invitation& inv) { return inv.consultant.empty() ? inv.contact : inv.consultant; }

void ResultsLinkBlock(Ctx& c) {
    SubHeading(c.state.fonts, "Your results link", 3);
    MutedText("The link holds your answers in the link itself, in about 60 characters. Anyone you give it to can open your results in "
              "this page; nothing is stored anywhere else. Notes are not included.");
    c.view.link = ResultsLinkUrl(c.state, c.host);
    if (SecondaryButton("Copy my results link")) {
        c.host.CopyText(c.view.link);
        c.state.link_copied = "Results link copied.";
        c.state.announcement = c.state.link_copied;
    }
    NoteTarget(c.state, "Copy results link");
    if (!c.state.link_copied.empty()) MutedText(c.state.link_copied.c_str());
    // Shown as text too: if copying fails, the link can still be selected by hand.
    TextField("Or select the link here", "results-link", c.view.link, nullptr, 0.0f, true);
    NoteTarget(c.state, "Results link text");
}

// An invited respondent's one job, at the top of the results: send them to the consultant.
void SendToConsultant(Ctx& c, const Invitation& inv) {
    const std::string who = ConsultantName(inv);
    const Palette& p = CurrentPalette();
    const ImVec2 top = ImGui::GetCursorScreenPos();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    dl->ChannelsSplit(2);
    dl->ChannelsSetCurrent(1);
    ImGui::Indent(Em(0.75f));
    ImGui::Dummy(ImVec2(0.0f, Em(0.25f)));
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + ColumnWidth() - Em(1.5f));
    c.view.shown["send to"] = who;
    Heading(c.state.fonts, ("Send your results to " + who).c_str(), 2);
    Paragraph((who + " asked for your answers. One tap writes an e-mail with your results link; check it and press send.").c_str());
    const std::string label = "E-mail my results to " + who;
    if (PrimaryButton(label.c_str())) {
        const Respondent& me = c.r.respondent;
        const std::string subject = "Systemic results" + (me.organisation.empty() ? std::string() : ": " + me.organisation);
        const std::string body = "Here are my results:\n\n" + ResultsLinkUrl(c.state, c.host) + "\n\n" + me.name;
        c.host.OpenUrl(MailtoUrl(inv.contact, subject, body));
    }
    NoteTarget(c.state, "E-mail results");
    MutedText(("No e-mail program? Copy your results link further down and send it to " + inv.contact + ".").c_str());
    ImGui::PopTextWrapPos();
    ImGui::Unindent(Em(0.75f));
    ImGui::Dummy(ImVec2(0.0f, Em(0.25f)));
    const ImVec2 bottom(top.x + ColumnWidth(), ImGui::GetCursorScreenPos().y);
    dl->ChannelsSetCurrent(0);
    dl->AddRectFilled(top, bottom, p.card_selected, Em(0.5f));
    dl->AddRect(top, bottom, p.accent, Em(0.5f), 0, Em(0.125f));
    dl->ChannelsMerge();
}

// The contents bar: a long page gets jumps to its parts (each one Tab stop).
void ContentsBar(Ctx& c) {
    struct Jump { const char* label; const char* anchor; };
    // No jump to "What if?": each jump is a Tab stop before the report download, which must stay within 15 presses
    // of the top (tests/browser/owner.test.mjs); the section follows "Keep or share" directly.
    const Jump jumps[] = {{"What to do first", "steps"}, {"Keep or share", "keep"}, {"Areas", "areas"},
                          {"Drivers", "drivers"}, {"Journey stages", "stages"}};
    MutedText("On this page:");
    SemBeginGroup(SemRole::Group, "On this page");
    bool first = true;
    for (const Jump& j : jumps) {
        if (std::string(j.anchor) == "drivers" && c.q.drivers.empty()) continue;
        if (std::string(j.anchor) == "stages" && c.q.stages.empty()) continue;
        if (!first) ImGui::SameLine();
        first = false;
        const std::string label = std::string(j.label) + "##jump";
        if (JumpLink(label.c_str())) {
            c.view.jump_to = j.anchor;
            // Keyboard users follow the jump with their focus; a pointer user only needs the view to move.
            c.view.jump_focus = ImGui::GetIO().NavVisible;
        }
        NoteTarget(c.state, (std::string("Jump ") + j.anchor).c_str());
    }
    SemEndGroup();
}

// [SECTION] Progress since an earlier assessment: the section's body is results_compare.cpp

void CompareSection(Ctx& c) {
    SectionTitle(c, "Progress since an earlier assessment", "progress");
    DrawCompare(c.state, c.host, c.q);
}

// [SECTION] What if: the section's body is results_what_if.cpp

void WhatIfSection(Ctx& c) {
    SectionTitle(c, "What if?", "whatif");
    DrawWhatIf(c.state, c.q, c.s, c.state.results_cache.computations);
}

// [SECTION] Compared with other businesses: the section's body is results_benchmark.cpp

void BenchmarkSection(Ctx& c) {
    SectionTitle(c, "Compared with other businesses", "benchmark");
    DrawBenchmark(c.state, c.host, c.q, c.s);
}

// [SECTION] Downloads

void DownloadsSection(Ctx& c) {
    SectionTitle(c, "Keep or share your results", "keep");
    Paragraph("Your answers stay on this device until you download or share them. The report opens in any browser; print it from "
              "there to get a PDF.");
    ImGui::Spacing();
    const bool stacked = ColumnWidth() < Em(30.0f);
    struct Choice { const char* label; const char* target; ExportKind kind; };
    const Choice choices[] = {
        {"Download printable report (HTML)", "Download report", ExportKind::ReportHtml},
        {"Download answers (JSON)", "Download JSON", ExportKind::AnswersJson},
        {"Download CSV (per question)", "Download CSV questions", ExportKind::CsvQuestions},
        {"Download CSV (per area)", "Download CSV areas", ExportKind::CsvAreas},
    };
    bool first = true;
    for (const Choice& choice : choices) {
        if (FlowButton(choice.label, first, first, stacked)) {
            // A user action: the file is made and handed over now, from the cached scores (always Score() of this result).
            // With the open benchmark and the comparison with an earlier result, when they are open.
            ExportFile file = MakeResultsExport(c.state, choice.kind, c.host.Now());
            c.host.Download(file.filename, file.mime, file.data);
            c.view.last_download = file.filename;
            c.state.announcement = "Downloading " + file.filename;
        }
        NoteTarget(c.state, choice.target);
        first = false;
    }
    if (!c.view.last_download.empty()) MutedText(("Downloaded " + c.view.last_download + ". Look in your browser's downloads.").c_str());
    ImGui::Spacing();
    ResultsLinkBlock(c);
    ImGui::Spacing();
    if (SecondaryButton("Back to my answers", stacked ? ColumnWidth() : 0.0f)) GoTo(c.state, Screen::Review);
    NoteTarget(c.state, "Back");
}

std::string Summary(const Ctx& c) {
    const Scores& s = c.s;
    if (!s.overall.scored) return "Your results. There are no answers to score yet.";
    std::string text = "Your results. Overall index " + FormatPercent(s.overall.percent) + ", " + LevelName(s.overall.level) + ".";
    if (s.balance.scored) {
        text += " Systemic index " + FormatPercent(s.balance.systemic_index) + ", " + LevelName(s.balance.systemic_level) + ".";
        if (s.balance.spread > 0.0)
            text += " Weakest link: " + AreaName(c, s.balance.weakest_area) + ", " +
                    FormatPercent(s.areas[static_cast<size_t>(s.balance.weakest_area)].percent) + ".";
    }
    if (!s.warnings.empty()) text += " " + Plural(static_cast<int>(s.warnings.size()), "warning", "warnings") + " about the answers.";
    return text;
}

} // namespace

// [SECTION] DrawResults

void DrawResults(AppState& state, Host& host) {
    if (!HasSession(state)) {
        GoTo(state, Screen::Welcome);
        return;
    }
    const Questionnaire& q = SessionQuestionnaire(state);
    ResultsView& view = state.results;
    if (RefreshResults(state.results_cache, q, state.session.questionnaire, state.session.result)) {
        // Selections point into the old scores' areas and cells; a different questionnaire may have fewer.
        if (view.radar_selected >= static_cast<int>(q.areas.size())) view.radar_selected = -1;
        if (view.heat_selected >= static_cast<int>((q.areas.size() + 1) * q.stages.size())) view.heat_selected = -1;
    }
    Ctx c{state, host, q, state.session.result, state.results_cache.scores, view, CurrentChartColours(state.settings.theme)};
    const int frame = ImGui::GetFrameCount();
    const bool entered = view.last_frame != frame - 1;   // not drawn in the previous frame: the screen was just opened
    view.last_frame = frame;
    if (entered) view.what_if = WhatIfView{};   // a what-if is never kept: coming back starts afresh
    view.shown.clear();
    view.explained.clear();
    view.tooltip.clear();

    BeginColumn();
    Heading(state.fonts, "Your results");
    std::string about = q.title.empty() ? q.id : q.title;
    about += state.session.result.mode == Mode::Quick ? ", quick scan" : ", full assessment";
    if (!c.r.respondent.organisation.empty()) about = c.r.respondent.organisation + " \xC2\xB7 " + about;
    MutedText(about.c_str());
    ImGui::Spacing();
    // The order follows what a reader needs: the invited respondent's one job, then where you stand and
    // what to do first, then keeping the results, and the detail behind them last.
    if (const std::optional<Invitation> inv = InvitingConsultant(state)) {
        SendToConsultant(c, *inv);
        ImGui::Spacing();
    }
    if (c.s.overall.scored) {
        ContentsBar(c);
        ImGui::Spacing();
        SummarySection(c);
        PrioritiesSection(c);
        DownloadsSection(c);
        CompareSection(c);
        WhatIfSection(c);
        BenchmarkSection(c);
        CoverageSection(c);
        RadarSection(c);
        GapsSection(c);
        DriversSection(c);
        HeatSection(c);
    } else {
        Paragraph("There are no answers to score yet. Answer at least one question with a level to see your results.");
        CoverageSection(c);
        DownloadsSection(c);
    }
    ImGui::Dummy(ImVec2(0.0f, Em(1.0f)));
    EndColumn();
    if (entered) state.announcement = Summary(c);
}

} // namespace systemic
