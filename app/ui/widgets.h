// widgets.h — small widgets shared by the screens, sized in multiples of the font size.
#pragma once

namespace systemic {

struct UiFonts;
struct AppState;

float Em(float n);                                  // n × the current font size, in framebuffer pixels
bool PrimaryButton(const char* label, float width = 0.0f);   // the main action of a screen: accent colours, 44 CSS px tall at least
bool SecondaryButton(const char* label, float width = 0.0f); // other actions, same height
void Heading(const UiFonts& fonts, const char* text);  // heading font, wrapped
void Paragraph(const char* text);                   // body text wrapped to the column
void MutedText(const char* text);                   // secondary text, wrapped
void BeginColumn(float max_width_em = 40.0f);       // centres a readable column in the window; pair with EndColumn
void EndColumn();
float ColumnWidth();
void NoteTarget(AppState& state, const char* label);  // records the last item's rectangle under `label`                                // width of the current column, in pixels

} // namespace systemic
