// semantics.h — what the UI drew, described for assistive technology and the browser: each frame the widget
// helpers (widgets.h) add semantic nodes (role, name, state, rectangle) in reading order; the platform mirrors
// the list as a DOM tree over the canvas (web/platform.js) and sends back actions by node id. See
// docs/accessibility.md for the design.
//
// [SECTION] Node model
// [SECTION] Building a frame (called by widget helpers)
// [SECTION] Tables (an ImGui table that is a table in the DOM tree too)
// [SECTION] Actions from the platform (applied at the start of the next frame)
// [SECTION] Reading a frame (platform, tests)
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include <imgui.h>

namespace systemic {

// [SECTION] Node model
// Roles map one to one onto DOM elements or ARIA roles (platform.js keeps the table).
enum class SemRole : std::uint8_t {
    Text,          // a run of text the user reads (<p>)
    Heading,       // level 1..3
    Button,
    Link,          // a control that reads as a link (disclosures, jumps)
    Group,         // a labelled group of controls (role=group)
    RadioGroup,
    Radio,
    Checkbox,
    TextBox,       // one-line text field, edited by a real <input> on the web
    TextArea,      // multi-line text field, a real <textarea>
    Progress,      // value = "current", description = "of max"
    List,
    ListItem,
    Table,
    Row,
    ColumnHeader,
    RowHeader,
    Cell,
    Status,        // a message that matters now (banners)
    Dialog,
    Image,         // a picture with a text alternative in `name` (role=img): the invitation's QR code
};

enum SemState : std::uint32_t {
    kSemChecked = 1u << 0,
    kSemSelected = 1u << 1,
    kSemDisabled = 1u << 2,
    kSemExpanded = 1u << 3,    // a disclosure that is open
    kSemCollapsed = 1u << 4,   // a disclosure that is closed
    kSemCurrent = 1u << 5,
    kSemInvalid = 1u << 6,
    kSemFocused = 1u << 7,     // ImGui's keyboard focus is on this node
    kSemBold = 1u << 8,        // text drawn in the bold face
    kSemHidden = 1u << 9,      // in the tree for screen readers only (table of a chart's numbers)
    kSemEditing = 1u << 10,    // a text field whose DOM editor should take focus
    kSemReadOnly = 1u << 11,
};

enum SemAction : std::uint8_t { kSemActivate = 1, kSemFocus = 2, kSemSetText = 4 };

struct SemNode {
    ImGuiID id = 0;            // stable across frames: the ImGui item ID, or a hash of the text and its place
    ImGuiID parent = 0;        // 0 for the top level
    SemRole role = SemRole::Text;
    int level = 0;             // heading level (1..3), or 0
    std::string name;          // accessible name; for text and headings, the text itself
    std::string description;   // longer help, read after the name
    std::string value;         // text field contents, progress value
    std::uint32_t states = 0;  // SemState bits
    std::uint8_t actions = 0;  // SemAction bits this node accepts
    float x = 0, y = 0, w = 0, h = 0;   // framebuffer pixels, screen space
    float font_px = 0;         // text size in framebuffer pixels (text runs and fields)
};

// [SECTION] Building a frame (called by widget helpers)
void SemBeginFrame();                     // clears the list, applies queued actions (call after NewFrame)
void SemEndFrame();                       // closes the frame; LastSemantics() then describes it
ImGuiID SemAddText(SemRole role, const char* text, ImVec2 min, ImVec2 max, std::uint32_t states = 0, int level = 0);   // a text run drawn at min..max
ImGuiID SemAddItem(SemRole role, const char* name, std::uint32_t states = 0, const char* description = nullptr,
                   const char* value = nullptr);   // the last ImGui item (its ID and rectangle); returns the node's id
ImGuiID SemAddNode(ImGuiID id, SemRole role, const char* name, ImVec2 min, ImVec2 max, std::uint32_t states = 0,
                   const char* description = nullptr, const char* value = nullptr);   // any node, explicit id (0: derived from the name)
void SemBeginGroup(SemRole role, const char* name, const char* description = nullptr);   // children follow until SemEndGroup; rect = union of children
void SemEndGroup();
void SemOpenLast();                       // the node just added takes the following nodes as children until SemEndGroup
void SemMarkLast(std::uint32_t states);   // adds SemState bits to the node just added (a button that opens a panel: kSemExpanded)
void SemDescribeLast(const char* description);   // sets the description of the node just added (which of many "Change" buttons)
bool SemIsBuilding();                     // inside SemBeginFrame/SemEndFrame (false in code paths that draw without the layer)

// [SECTION] Tables: an ImGui table that is a table in the DOM tree too, its cells over their glyphs (selectable)
// Inside BeginTable, after the columns are set up: opens a Table group named `caption` and draws the header row, each
// column's name a ColumnHeader node over its drawn header. `extra_header`: a column drawn inside another one (a phone
// layout), a header node with no header drawn. Rows follow as SemBeginGroup(SemRole::Row, "") groups of SemCell
// nodes; close the table with SemEndGroup.
void SemTableHeader(const char* caption, const char* extra_header = nullptr);
void SemCell(SemRole role, const std::string& text);   // the last item (a cell's text) as a RowHeader or Cell node

// [SECTION] Actions from the platform (applied at the start of the next frame)
void SemQueueActivate(ImGuiID id);        // as if the item were clicked (ImGui::ActivateItemByID)
void SemQueueFocus(ImGuiID id);           // move ImGui's keyboard focus to the item and scroll it into view
// Actions are applied in order at the start of the next frame, one activation per frame (the rest wait): true
// while some wait, or while a focused field is still being revealed above an on-screen keyboard (a few frames
// after SemSetVisibleHeight), so the platform keeps drawing frames until they are done.
bool SemHasPendingActions();
void SemQueueText(ImGuiID id, const std::string& utf8);   // replace a text field's contents (committed text only)
bool SemTakeText(ImGuiID id, std::string& out);   // for TextField: the queued text for `id`, once; false when none
void SemSetVisibleHeight(float px);       // framebuffer pixels of the window the user can see (on-screen keyboard)
float SemVisibleHeight();                 // 0 when unknown: all of it
void SemSetDomEditing(bool on);           // text fields are edited by the platform's DOM fields (web), not by ImGui
bool SemDomEditing();

// [SECTION] Reading a frame (platform, tests)
const std::vector<SemNode>& LastSemantics();        // the nodes of the last complete frame, in reading order
std::string SemanticsJson(float pixel_ratio);       // the same as compact JSON in CSS pixels, for the platform
const SemNode* FindSemantic(SemRole role, const std::string& name);   // first node with that role and name

} // namespace systemic
