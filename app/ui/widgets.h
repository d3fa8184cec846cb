// widgets.h — small widgets shared by the screens, sized in multiples of the font size.
#pragma once

namespace systemic {

struct UiFonts;
struct AppState;

float Em(float n);                                  // n × the current font size, in framebuffer pixels
bool PrimaryButton(const char* label, float width = 0.0f);   // the main action of a screen: accent colours, 44 CSS px tall at least
bool SecondaryButton(const char* label, float width = 0.0f); // other actions, same height
// Buttons never pass the column's right edge: after SameLine one that does not fit starts a new line, and a
// label wider than the column wraps inside a taller button.
float ButtonHeight(const char* label, float width);    // the height PrimaryButton/SecondaryButton take at `width`
void Heading(const UiFonts& fonts, const char* text);  // heading font, wrapped
void Paragraph(const char* text);                   // body text wrapped to the column
void MutedText(const char* text);                   // secondary text, wrapped
void BeginColumn(float max_width_em = 40.0f);       // centres a readable column in the window; pair with EndColumn
void EndColumn();
float ColumnWidth();                                // width of the current column, in pixels
float ColumnRemaining();                            // from the cursor to the column's right edge, in pixels
void NoteTarget(AppState& state, const char* label);  // records the last item's rectangle under `label`

} // namespace systemic

namespace systemic {

// A selectable card: a title line in bold, optional body text, a selected state and badges on the right.
// Keyboard focus shows the navigation frame; the whole card is the touch target.
struct CardText {
    const char* title = "";
    const char* body = nullptr;
    const char* badge_a = nullptr;   // e.g. "Today"   (drawn when set)
    const char* badge_b = nullptr;   // e.g. "In 12 months"
};
bool Card(const char* id, const CardText& text, bool selected, const UiFonts& fonts, float width = 0.0f);
enum class BannerKind { Info, Warning };
void Banner(const char* text, BannerKind kind);                     // a framed note across the column
bool SmallButton44(const char* label);                              // a compact button that still meets 44 CSS px
void Progress(float fraction, const char* overlay);                 // a thin progress bar across the column

// A radio-style choice, 44 CSS px tall and `width` wide: a circle (dotted when chosen) and a label, filled with
// `on_colour` when chosen. Returns true when pressed.
bool ChoiceChip(const char* id, const char* label, bool selected, unsigned int on_colour, float width);

// One level of a question: its name and descriptor, and two separate choices under them, "Today" and
// "In 12 months" (each its own radio group across the five cards). The chip touched is the one that lights up.
// Records the chips as targets "Today N" and "Target N".
struct LevelChoice {
    bool today = false, target = false;          // pressed this frame
};
LevelChoice LevelCard(AppState& state, int level, const char* title, const char* body, bool today, bool target);

} // namespace systemic
