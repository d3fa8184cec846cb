// semantics.cpp — the frame's semantic node list, the actions the platform sends back, and their JSON form.
// One ImGui context draws one UI at a time, so the list lives here as the column does in widgets.cpp.
#include "semantics.h"

#include <algorithm>
#include <cmath>
#include <unordered_map>
#include <utility>

#include <nlohmann/json.hpp>

#include <imgui_internal.h>

namespace systemic {

namespace {

struct Builder {
    std::vector<SemNode> nodes;                 // the frame being drawn
    std::vector<SemNode> last;                  // the last complete frame
    std::vector<size_t> groups;                 // open groups: indexes into nodes
    std::unordered_map<ImGuiID, int> seen;      // ids used this frame, to keep repeated texts apart
    std::unordered_map<ImGuiID, ImGuiID> windows;   // item id -> its window's id (for focus)
    std::vector<std::pair<ImGuiID, SemAction>> pending;
    std::unordered_map<ImGuiID, std::string> texts;
    float visible_h = 0.0f;
    ImGuiID reveal = 0;                         // a focused field to keep in view for a couple of frames
    int reveal_frames = 0;
    bool building = false;
    bool dom_editing = false;
};
Builder g_sem;

ImGuiID ParentId() { return g_sem.groups.empty() ? 0 : g_sem.nodes[g_sem.groups.back()].id; }

// Ids must be unique within a frame: a repeated one (the same text twice) gets its occurrence mixed in.
ImGuiID Unique(ImGuiID id) {
    int& n = g_sem.seen[id];
    const ImGuiID out = n == 0 ? id : ImHashData(&n, sizeof n, id);
    ++n;
    if (out != id) g_sem.seen[out]++;
    return out == 0 ? 1 : out;
}

ImGuiID DerivedId(const char* text) {
    ImGuiWindow* window = ImGui::GetCurrentContext()->CurrentWindow;
    const ImGuiID scope = window ? window->IDStack.back() : 0;
    return ImHashStr(text ? text : "", 0, ImHashData(&scope, sizeof scope, ParentId()));
}

SemNode& Push(ImGuiID id, SemRole role, const char* name, ImVec2 min, ImVec2 max, std::uint32_t states) {
    SemNode n;
    n.id = Unique(id != 0 ? id : DerivedId(name));
    n.parent = ParentId();
    n.role = role;
    n.name = name ? name : "";
    n.states = states;
    n.x = min.x;
    n.y = min.y;
    n.w = max.x - min.x;
    n.h = max.y - min.y;
    n.font_px = ImGui::GetFontSize();
    g_sem.nodes.push_back(std::move(n));
    return g_sem.nodes.back();
}

// Drop ImGui's "##id" suffix and anything after it: not part of what the user reads.
std::string Visible(const char* label) {
    if (!label) return {};
    const char* end = ImGui::FindRenderedTextEnd(label);
    return std::string(label, end);
}

void ApplyFocus(ImGuiID id) {
    ImGuiContext& g = *ImGui::GetCurrentContext();
    const auto w = g_sem.windows.find(id);
    ImGuiWindow* window = w == g_sem.windows.end() ? nullptr : ImGui::FindWindowByID(w->second);
    if (!window) return;
    ImGui::SetFocusID(id, window);
    g.NavDisableHighlight = false;
    g.NavDisableMouseHover = true;
    // Scroll the item into view, as a browser does for a focused element.
    for (const SemNode& n : g_sem.last) {
        if (n.id != id) continue;
        const float top = window->InnerRect.Min.y;
        float bottom = window->InnerRect.Max.y;
        if (g_sem.visible_h > 0.0f) bottom = std::min(bottom, g_sem.visible_h);
        const float margin = ImGui::GetFontSize();
        if (n.y < top) ImGui::SetScrollY(window, window->Scroll.y - (top - n.y) - margin);
        else if (n.y + n.h > bottom) ImGui::SetScrollY(window, window->Scroll.y + (n.y + n.h - bottom) + margin);
        break;
    }
}

} // namespace

void SemBeginFrame() {
    g_sem.nodes.clear();
    g_sem.groups.clear();
    g_sem.seen.clear();
    g_sem.building = true;
    // In order, up to and including the first activation; what follows waits for the next frame. Dear ImGui keeps
    // one activation request per frame (a second ActivateItemByID replaces the first), and a focus moved after it
    // could clip the item before it is pressed: two controls activated between two frames (a quick screen-reader
    // user: today, then the target) must both act.
    std::size_t done = 0;
    while (done < g_sem.pending.size()) {
        const auto [id, action] = g_sem.pending[done++];
        if (action == kSemActivate) {
            // Focus first, as a browser focuses a control it activates: the item scrolls into view and, being the
            // navigation id, is not clipped away (Dear ImGui skips a clipped item, which could never be pressed).
            ApplyFocus(id);
            ImGui::ActivateItemByID(id);   // pressed when the item is drawn next frame
            break;
        }
        if (action == kSemFocus) ApplyFocus(id);
    }
    g_sem.pending.erase(g_sem.pending.begin(), g_sem.pending.begin() + static_cast<std::ptrdiff_t>(done));
    // Layout settles over a frame or two after a resize (an on-screen keyboard): reveal again.
    // Only while the field still has the focus: a Tab press in the meantime must not be pulled back.
    if (g_sem.reveal_frames > 0) {
        --g_sem.reveal_frames;
        if (ImGui::GetCurrentContext()->NavId == g_sem.reveal) ApplyFocus(g_sem.reveal);
        else g_sem.reveal_frames = 0;
    }
    g_sem.windows.clear();
}

void SemEndFrame() {
    while (!g_sem.groups.empty()) SemEndGroup();
    g_sem.building = false;
    g_sem.texts.clear();            // text for a field that was not drawn this frame has nowhere to go
    g_sem.last.swap(g_sem.nodes);   // the item windows stay until the next frame, for focus requests
}

bool SemIsBuilding() { return g_sem.building; }

ImGuiID SemAddText(SemRole role, const char* text, ImVec2 min, ImVec2 max, std::uint32_t states, int level) {
    if (!g_sem.building || !text || !*text) return 0;
    SemNode& n = Push(0, role, text, min, max, states);
    n.level = level;
    return n.id;
}

ImGuiID SemAddItem(SemRole role, const char* name, std::uint32_t states, const char* description, const char* value) {
    if (!g_sem.building) return 0;
    ImGuiContext& g = *ImGui::GetCurrentContext();
    const ImGuiID item = g.LastItemData.ID;
    // Keyboard focus as the user sees it (the highlight is on): a mouse click does not move the DOM focus.
    if (item != 0 && g.NavId == item && !g.NavDisableHighlight && g.NavWindow == g.CurrentWindow) states |= kSemFocused;
    if (g.LastItemData.InFlags & ImGuiItemFlags_Disabled) states |= kSemDisabled;
    const std::string visible = Visible(name);
    SemNode& n = Push(item, role, visible.c_str(), g.LastItemData.Rect.Min, g.LastItemData.Rect.Max, states);
    if (description) n.description = description;
    if (value) n.value = value;
    if (item != 0) {
        n.actions = kSemActivate | kSemFocus;
        if (role == SemRole::TextBox || role == SemRole::TextArea) n.actions |= kSemSetText;
        if (g.CurrentWindow) g_sem.windows[n.id] = g.CurrentWindow->ID;
    }
    return n.id;
}

ImGuiID SemAddNode(ImGuiID id, SemRole role, const char* name, ImVec2 min, ImVec2 max, std::uint32_t states,
                   const char* description, const char* value) {
    if (!g_sem.building) return 0;
    SemNode& n = Push(id, role, name, min, max, states);
    if (description) n.description = description;
    if (value) n.value = value;
    return n.id;
}

void SemBeginGroup(SemRole role, const char* name, const char* description) {
    if (!g_sem.building) return;
    const ImVec2 at = ImGui::GetCursorScreenPos();
    SemNode& n = Push(0, role, name, at, at, 0);
    if (description) n.description = description;
    n.w = n.h = -1.0f;   // unknown until a child arrives
    g_sem.groups.push_back(g_sem.nodes.size() - 1);
}

void SemOpenLast() {
    if (g_sem.building && !g_sem.nodes.empty()) g_sem.groups.push_back(g_sem.nodes.size() - 1);
}

void SemMarkLast(std::uint32_t states) {
    if (g_sem.building && !g_sem.nodes.empty()) g_sem.nodes.back().states |= states;
}

void SemDescribeLast(const char* description) {
    if (g_sem.building && !g_sem.nodes.empty() && description) g_sem.nodes.back().description = description;
}

void SemEndGroup() {
    if (!g_sem.building || g_sem.groups.empty()) return;
    const size_t index = g_sem.groups.back();
    g_sem.groups.pop_back();
    SemNode& group = g_sem.nodes[index];
    if (group.w >= 0.0f) return;   // an item with its own rectangle
    // The group's rectangle is the union of its descendants' (they follow it in the list).
    float x0 = 1e30f, y0 = 1e30f, x1 = -1e30f, y1 = -1e30f;
    std::vector<ImGuiID> ids{group.id};
    for (size_t i = index + 1; i < g_sem.nodes.size(); ++i) {
        const SemNode& c = g_sem.nodes[i];
        if (std::find(ids.begin(), ids.end(), c.parent) == ids.end()) continue;
        ids.push_back(c.id);
        if (c.w < 0.0f) continue;
        x0 = std::min(x0, c.x);
        y0 = std::min(y0, c.y);
        x1 = std::max(x1, c.x + c.w);
        y1 = std::max(y1, c.y + c.h);
    }
    if (x1 < x0) { group.w = group.h = 0.0f; return; }
    group.x = x0;
    group.y = y0;
    group.w = x1 - x0;
    group.h = y1 - y0;
}

void SemTableHeader(const char* caption, const char* extra_header) {
    SemBeginGroup(SemRole::Table, caption);
    SemBeginGroup(SemRole::Row, "");
    ImGui::TableNextRow(ImGuiTableRowFlags_Headers);
    for (int col = 0; col < ImGui::TableGetColumnCount(); ++col) {
        ImGui::TableNextColumn();
        const char* name = ImGui::TableGetColumnName(col);
        ImGui::TableHeader(name);
        SemCell(SemRole::ColumnHeader, name);
    }
    if (extra_header) SemCell(SemRole::ColumnHeader, extra_header);
    SemEndGroup();
}

void SemCell(SemRole role, const std::string& text) {
    SemAddNode(0, role, text.c_str(), ImGui::GetItemRectMin(), ImGui::GetItemRectMax());
}

void SemQueueActivate(ImGuiID id) { g_sem.pending.emplace_back(id, kSemActivate); }
void SemQueueFocus(ImGuiID id) { g_sem.pending.emplace_back(id, kSemFocus); }
bool SemHasPendingActions() { return !g_sem.pending.empty() || g_sem.reveal_frames > 0; }
void SemQueueText(ImGuiID id, const std::string& utf8) {
    // No NUL ever reaches a stored string (a C string ends there anyway; keep what the user sees).
    std::string clean;
    clean.reserve(utf8.size());
    for (char ch : utf8) if (ch != '\0') clean.push_back(ch);
    g_sem.texts[id] = std::move(clean);
}
bool SemTakeText(ImGuiID id, std::string& out) {
    const auto it = g_sem.texts.find(id);
    if (it == g_sem.texts.end()) return false;
    out = std::move(it->second);
    g_sem.texts.erase(it);
    return true;
}
void SemSetVisibleHeight(float px) {
    if (px == g_sem.visible_h) return;
    g_sem.visible_h = px;
    ImGuiContext* g = ImGui::GetCurrentContext();
    if (g && g->NavId != 0) {
        g_sem.reveal = g->NavId;
        g_sem.reveal_frames = 3;
    }
}
float SemVisibleHeight() { return g_sem.visible_h; }
void SemSetDomEditing(bool on) { g_sem.dom_editing = on; }
bool SemDomEditing() { return g_sem.dom_editing; }

const std::vector<SemNode>& LastSemantics() { return g_sem.last; }

const SemNode* FindSemantic(SemRole role, const std::string& name) {
    for (const SemNode& n : g_sem.last)
        if (n.role == role && n.name == name) return &n;
    return nullptr;
}

std::string SemanticsJson(float pixel_ratio) {
    // One array per node: [id, parent, role, level, name, description, value, states, actions, x, y, w, h, font]
    // in CSS pixels to a tenth; platform.js reads it by position (web/platform.js, SemApply).
    const float r = pixel_ratio > 0.0f ? pixel_ratio : 1.0f;
    auto px = [r](float v) { return std::round(v / r * 10.0f) / 10.0f; };
    nlohmann::json out = nlohmann::json::array();
    for (const SemNode& n : g_sem.last) {
        out.push_back({n.id, n.parent, static_cast<int>(n.role), n.level, n.name, n.description, n.value, n.states,
                       static_cast<int>(n.actions), px(n.x), px(n.y), px(n.w), px(n.h), px(n.font_px)});
    }
    return out.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

} // namespace systemic
