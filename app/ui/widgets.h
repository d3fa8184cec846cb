// widgets.h — small widgets shared by the screens, sized in multiples of the font size.
#pragma once

#include <string>
#include <vector>

#include <imgui.h>

#include "semantics.h"

namespace systemic {

struct UiFonts;
struct AppState;

float Em(float n);                                  // n × the current font size, in framebuffer pixels
bool PrimaryButton(const char* label, float width = 0.0f);   // the main action of a screen: accent colours, 44 CSS px tall at least
bool SecondaryButton(const char* label, float width = 0.0f); // other actions, same height
bool JumpLink(const char* label, float width = 0.0f);        // drawn as SecondaryButton; a link node (moves within the page)
// Buttons never pass the column's right edge: after SameLine one that does not fit starts a new line, and a
// label wider than the column wraps inside a taller button.
float ButtonHeight(const char* label, float width);    // the height PrimaryButton/SecondaryButton take at `width`
void Heading(const UiFonts& fonts, const char* text, int level = 1);  // heading font, wrapped; a heading node of `level` (1..3)
void Paragraph(const char* text);                   // body text wrapped to the column (a text node)
void MutedText(const char* text);                   // secondary text, wrapped (a text node)
void BoldParagraph(const UiFonts& fonts, const char* text);   // body text in bold, wrapped (a text node)
void SubHeading(const UiFonts& fonts, const char* text, int level = 2);   // body size in bold: a heading node of `level`
void Label(const char* text);                       // one unwrapped line of text (a text node)
// A labelled text field: the label above, the field across the column. Returns true when the value changed.
// On the web (SemDomEditing) a real <input>/<textarea> laid over the field edits it; the text arrives whole.
bool TextField(const char* label, const char* id, std::string& value, const char* hint = nullptr,
               float multiline_height = 0.0f, bool read_only = false);
bool RadioOption(const char* label, bool checked);  // one option of a radio group opened with SemBeginGroup(RadioGroup)
bool CheckOption(const char* label, bool* checked);   // a checkbox (role checkbox, checked state); true when it was toggled
// A chart's numbers as a table for screen readers (not drawn): a caption, a header row, then rows whose first cell
// names the row. Laid over the chart's rectangle min..max.
void SemTable(const char* caption, const std::vector<std::string>& header, const std::vector<std::vector<std::string>>& rows,
              ImVec2 min, ImVec2 max);
// A selectable row, like ImGui::Selectable: at least `height` tall (0: the 44 px touch height) and `width` wide (0:
// its words; never wider than the column), the words centred vertically. Words wider than the row wrap inside a
// taller row: nothing is cut at the edge. True when pressed.
bool RowSelectable(const char* label, bool selected, float width = 0.0f, float height = 0.0f);
bool LinkToggle(const char* label, bool open, float width = 0.0f, float height = 0.0f);   // a disclosure drawn as a link-coloured row
void BeginColumn(float max_width_em = 40.0f);       // centres a readable column in the window; pair with EndColumn
void EndColumn();
float ColumnWidth();                                // width of the current column, in pixels
float ColumnRemaining();                            // from the cursor to the column's right edge, in pixels
void NoteTarget(AppState& state, const char* label);  // records the last item's rectangle under `label`
void SameLineIfFits(const char* next_label);          // the next button beside the last one when it fits in the column, else below

} // namespace systemic

namespace systemic {

// A selectable card: a title line in bold, optional body text, a selected state and badges on the right.
// Keyboard focus shows the navigation frame; the whole card is the touch target.
struct CardText {
    const char* title = "";
    const char* body = nullptr;
    const char* badge_a = nullptr;   // e.g. "Today"   (drawn when set)
    const char* badge_b = nullptr;   // e.g. "In 12 months"
    SemRole role = SemRole::Radio;   // what a screen reader hears it as: a radio (one of a group), a checkbox, a button
};
bool Card(const char* id, const CardText& text, bool selected, const UiFonts& fonts, float width = 0.0f);
enum class BannerKind { Info, Warning };
void Banner(const char* text, BannerKind kind);                     // a framed note across the column
bool SmallButton44(const char* label);                              // a compact button that still meets 44 CSS px
// A thin progress bar across the column, `overlay` as muted text under it when given; a progressbar node named
// `name` (else the overlay, else "Progress") with the fraction as 0..100.
void Progress(float fraction, const char* overlay, const char* name = nullptr);

// A radio-style choice, 44 CSS px tall and `width` wide: a circle (dotted when chosen) and a label, filled with
// `on_colour` when chosen; a radio node named `label` (open a SemBeginGroup(RadioGroup) around a set). Returns true
// when pressed.
bool ChoiceChip(const char* id, const char* label, bool selected, unsigned int on_colour, float width);

// The five levels of a question as cards: each card's name and descriptor, and two separate choices under them,
// "Today" and "In 12 months". The choices form two labelled radio groups, "Today" then "In 12 months" (Tab order
// and the semantic tree follow the groups: the five "Today" choices, then the five targets). The chip touched is
// the one that lights up; `today` and `target` are the chosen levels (1..5, 0 for none; pass 0 to show none).
// Records the chips as targets "Today N" and "Target N".
struct LevelCardText {
    const char* title = "";          // "3 · Defined"
    const char* body = nullptr;      // the question's descriptor of that level
};
struct LevelPick {
    int today = 0, target = 0;       // the level whose chip was pressed this frame, 0 for none
};
LevelPick LevelCards(AppState& state, const std::vector<LevelCardText>& levels, int today, int target);

} // namespace systemic
