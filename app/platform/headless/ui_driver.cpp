// ui_driver.cpp — headless frames and simulated input. Implements Dear ImGui's test-engine hooks
// (enabled only in native builds) to learn where each labelled item was drawn.
#include "ui_driver.h"

#include <cstdarg>
#include <fstream>
#include <sstream>
#include <unordered_map>

#include <imgui_internal.h>

#include "app.h"
#include "semantics.h"
#include "formats/builtin.h"

namespace {

// The items of the frame being drawn and of the last complete frame. One driver at a time.
struct ItemRegistry {
    std::unordered_map<ImGuiID, ImRect> boxes;
    std::unordered_map<ImGuiID, std::string> labels;
    std::vector<systemic::ItemBox> last;
    std::vector<ImGuiID> order;
};
ItemRegistry g_items;

std::string ReadFile(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream out;
    out << in.rdbuf();
    return out.str();
}

} // namespace

void ImGuiTestEngineHook_ItemAdd(ImGuiContext*, ImGuiID id, const ImRect& bb, const ImGuiLastItemData*) {
    if (id == 0) return;
    if (!g_items.boxes.count(id)) g_items.order.push_back(id);
    g_items.boxes[id] = bb;
}
void ImGuiTestEngineHook_ItemInfo(ImGuiContext*, ImGuiID id, const char* label, ImGuiItemStatusFlags) {
    if (id != 0 && label) g_items.labels[id] = label;
}
void ImGuiTestEngineHook_Log(ImGuiContext*, const char*, ...) {}
const char* ImGuiTestEngine_FindItemDebugLabel(ImGuiContext*, ImGuiID) { return nullptr; }

namespace systemic {

UiDriver::UiDriver(float width_css, float height_css, float ratio, bool prefers_dark) {
    context_ = ImGui::CreateContext();
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;
    io.LogFilename = nullptr;
    io.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;
    io.ConfigInputTextCursorBlink = false;
    io.BackendFlags |= ImGuiBackendFlags_HasMouseCursors;
    font_regular_ = ReadFile(std::string(SYSTEMIC_FONT_DIR) + "/ui-regular.ttf");
    font_bold_ = ReadFile(std::string(SYSTEMIC_FONT_DIR) + "/ui-bold.ttf");
    Resize(width_css, height_css, ratio);
    Restart(prefers_dark);
}

void UiDriver::Restart(bool prefers_dark) {
    std::vector<std::string> texts;
    for (const BuiltinQuestionnaire& b : BuiltinQuestionnaires()) texts.emplace_back(b.json);
    state = AppState();
    display_ = DisplayApplied();   // fonts and style are rebuilt for the fresh state
    InitApp(state, host, prefers_dark, texts);
}

UiDriver::~UiDriver() { ImGui::DestroyContext(context_); }

void UiDriver::Resize(float width_css, float height_css, float ratio) {
    width_ = width_css * ratio;
    height_ = height_css * ratio;
    ratio_ = ratio;
}

void UiDriver::Frame() {
    ImGui::SetCurrentContext(context_);
    if (ApplyDisplay(state, {font_regular_, font_bold_}, ratio_, display_)) {
        unsigned char* pixels = nullptr;
        int w = 0, h = 0;
        ImGui::GetIO().Fonts->GetTexDataAsRGBA32(&pixels, &w, &h);   // a renderer would upload this
    }
    ImGuiIO& io = ImGui::GetIO();
    io.DisplaySize = ImVec2(width_, height_);
    io.DeltaTime = 1.0f / 60.0f;
    GImGui->TestEngineHookItems = true;
    g_items.boxes.clear();
    g_items.labels.clear();
    g_items.order.clear();
    ImGui::NewFrame();
    DrawApp(state, host);
    ImGui::Render();
    NoteGlyphs(state.glyphs, SemanticsJson(ratio_));   // as the page does: new characters join the atlas next frame
    g_items.last.clear();
    for (ImGuiID id : g_items.order) {
        auto label = g_items.labels.find(id);
        if (label == g_items.labels.end()) continue;
        const ImRect& r = g_items.boxes[id];
        g_items.last.push_back({label->second, r.Min, r.Max});
    }
}

void UiDriver::Frames(int n) {
    for (int i = 0; i < n; ++i) Frame();
}

std::vector<ItemBox> UiDriver::Items() const { return g_items.last; }

std::optional<ItemBox> UiDriver::Find(const std::string& label) const {
    for (const ItemBox& item : g_items.last) {
        if (item.label == label) return item;
        const size_t hashes = item.label.find("##");
        if (hashes != std::string::npos && item.label.compare(0, hashes, label) == 0 && hashes == label.size())
            return item;
    }
    return std::nullopt;
}

static bool PressAtPoint(UiDriver& d, ImVec2 centre, ImGuiMouseSource source) {
    ImGuiIO& io = ImGui::GetIO();
    io.AddMouseSourceEvent(source);
    io.AddMousePosEvent(centre.x, centre.y);
    d.Frame();
    io.AddMouseButtonEvent(0, true);
    d.Frame();
    io.AddMouseButtonEvent(0, false);
    if (source == ImGuiMouseSource_TouchScreen) io.AddMousePosEvent(-FLT_MAX, -FLT_MAX);
    d.Frames(2);
    return true;
}

static bool PressAt(UiDriver& d, const std::string& label, ImGuiMouseSource source) {
    d.Frame();
    std::optional<ItemBox> item = d.Find(label);
    if (!item) return false;
    return PressAtPoint(d, ImVec2((item->min.x + item->max.x) * 0.5f, (item->min.y + item->max.y) * 0.5f), source);
}

// Targets are in framebuffer pixels; scrolls the window first when the target is below the fold.
static bool PressTarget(UiDriver& d, const std::string& name, ImGuiMouseSource source) {
    d.Frame();
    for (int attempt = 0; attempt < 2; ++attempt) {
        for (const Target& t : d.state.targets) {
            if (t.label != name) continue;
            // The screen scrolls in its own region; below it may lie the pinned bar (ui/app.cpp).
            const float bottom = d.state.content_bottom > 0.0f ? d.state.content_bottom : ImGui::GetIO().DisplaySize.y;
            const bool in_bar = t.pinned;
            const float h = in_bar ? ImGui::GetIO().DisplaySize.y : bottom;
            if (!in_bar && (t.y + t.h * 0.5f > h || t.y < 0.0f)) {
                ImGuiWindow* window = ImGui::FindWindowByID(d.state.content_window);
                if (window && attempt == 0) {
                    ImGui::SetScrollY(window, window->Scroll.y + t.y - h * 0.5f);
                    d.Frames(2);
                    break;
                }
            }
            return PressAtPoint(d, ImVec2(t.x + t.w * 0.5f, t.y + t.h * 0.5f), source);
        }
    }
    return false;
}

bool UiDriver::Click(const std::string& label) { return PressAt(*this, label, ImGuiMouseSource_Mouse); }
bool UiDriver::Tap(const std::string& label) { return PressAt(*this, label, ImGuiMouseSource_TouchScreen); }
bool UiDriver::ClickTarget(const std::string& name) { return PressTarget(*this, name, ImGuiMouseSource_Mouse); }
bool UiDriver::TapTarget(const std::string& name) { return PressTarget(*this, name, ImGuiMouseSource_TouchScreen); }

void UiDriver::Type(const std::string& utf8) {
    ImGui::GetIO().AddInputCharactersUTF8(utf8.c_str());
    Frames(2);
}

void UiDriver::Press(ImGuiKey key, ImGuiKeyChord mods) {
    ImGuiIO& io = ImGui::GetIO();
    if (mods & ImGuiMod_Ctrl) io.AddKeyEvent(ImGuiMod_Ctrl, true);
    if (mods & ImGuiMod_Shift) io.AddKeyEvent(ImGuiMod_Shift, true);
    io.AddKeyEvent(key, true);
    Frame();
    io.AddKeyEvent(key, false);
    if (mods & ImGuiMod_Ctrl) io.AddKeyEvent(ImGuiMod_Ctrl, false);
    if (mods & ImGuiMod_Shift) io.AddKeyEvent(ImGuiMod_Shift, false);
    Frames(2);
}

float UiDriver::font_px() const { return state.fonts.body_px; }

} // namespace systemic
