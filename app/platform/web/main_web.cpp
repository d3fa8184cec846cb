// main_web.cpp — the page: WebGL2 context, frame loop that sleeps when idle, and the entry points
// web/platform.js calls with DOM input. The only file that knows both Emscripten and Dear ImGui's backend.
//
// [SECTION] Runtime state
// [SECTION] Fonts and pixel ratio
// [SECTION] Frame loop and idle
// [SECTION] Entry points called from platform.js
// [SECTION] main
#include <algorithm>
#include <cfloat>
#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

#include <GLES3/gl3.h>
#include <emscripten.h>
#include <emscripten/html5.h>

#include <imgui.h>
#include <imgui_internal.h>
#include <backends/imgui_impl_opengl3.h>

#include "app.h"
#include "state/autosave.h"
#include "state/history.h"
#include "state/inbox.h"
#include "state/outbox.h"
#include "display.h"
#include "frame_damage.h"
#include "key_map.h"
#include "semantics.h"
#include "web_host.h"

// clang-format off
EM_JS(int, js_font_bytes, (int which, char* dst, int capacity), {
    var f = Module.systemicFonts && Module.systemicFonts[which];
    if (!f) return 0;
    if (dst) HEAPU8.set(f.subarray(0, Math.min(capacity, f.length)), dst);
    return f.length;
});
EM_JS(int, js_questionnaire_count, (), { return (Module.systemicQuestionnaires || []).length; });
EM_JS(int, js_questionnaire_bytes, (int which, char* dst, int capacity), {
    var q = Module.systemicQuestionnaires[which];
    if (dst) HEAPU8.set(q.subarray(0, Math.min(capacity, q.length)), dst);
    return q.length;
});
EM_JS(char*, js_fragment, (), {
    var s = location.hash || "";
    var n = lengthBytesUTF8(s) + 1;
    var p = _malloc(n);
    stringToUTF8(s, p, n);
    return p;
});
// The place this history entry holds (state/history.h); "" when it holds none (a fresh visit, another page's entry).
EM_JS(char*, js_history_place, (), {
    var s = (history.state && typeof history.state.systemic === "string") ? history.state.systemic : "";
    var n = lengthBytesUTF8(s) + 1;
    var p = _malloc(n);
    stringToUTF8(s, p, n);
    return p;
});
EM_JS(int, js_history_has_place, (), { return history.state && typeof history.state.systemic === "string" ? 1 : 0; });
EM_JS(void, js_first_frame, (), { Module.systemicFirstFrame(); });
EM_JS(void, js_started, (), { Module.systemicStarted(); });
EM_JS(void, js_fail, (const char* why), { Module.systemicFail(UTF8ToString(why)); });
EM_JS(void, js_set_cursor, (const char* cursor), {
    var c = document.getElementById('canvas');
    if (c) c.style.cursor = UTF8ToString(cursor);
});
EM_JS(void, js_semantics, (const char* json), { Module.systemicSemantics(UTF8ToString(json)); });
EM_JS(void, js_copy_clipboard, (const char* text), { Module.systemicCopy(UTF8ToString(text)); });
// clang-format on

namespace {

using namespace systemic;

// [SECTION] Runtime state
// One page, one runtime: the browser calls the entry points below, which reach it through this pointer.
struct Runtime {
    AppState state;
    WebHost host;
    std::string font_regular, font_bold;
    DisplayApplied display;           // ratio and settings the fonts and style were built for
    int width = 0, height = 0;        // backing store, device pixels
    float ratio = 1.0f;               // device pixel ratio
    double last_tick_ms = 0.0;        // when the last tick started (emscripten_get_now)
    std::uint64_t drawn_hash = 0;     // HashDrawData of what the canvas shows
    FrameDamage damage;               // the triangles on the canvas, to redraw only what a new frame changes
    bool paused = false;
    bool context_lost = false;        // WebGL context lost: no frames until it is restored (GL objects rebuilt then)
    std::string print_html;           // keeps the last printable page alive for JS to read
    std::string semantics;            // the last node list sent to platform.js (sent again only when it changes)
    std::uint64_t semantics_hash = 0; // HashSemantics of the nodes that list was last built from
    ImGuiMouseCursor cursor = ImGuiMouseCursor_Arrow;
    unsigned frames = 0;              // draws to the canvas, whole or in part
    double last_draw_pixels = 0.0;    // pixels the last draw cleared and drew
    double drawn_pixels = 0.0;        // all draws' pixels since the start
    unsigned passes = 0;              // Dear ImGui frames run (several per tick while a change settles)
    unsigned ticks = 0;               // browser animation frames the loop ran in
    unsigned semantic_syncs = 0;      // node lists sent to platform.js
    double last_frame_ms = 0.0;       // CPU time of the last tick: its passes and, when it drew, the draw calls
    std::string clipboard;
    std::string input;                // buffer platform.js writes strings into
    std::string state_json;           // keeps the last state() snapshot alive for JS to read
};
Runtime* g_rt = nullptr;

// [SECTION] Fonts and pixel ratio
std::string ReadFont(int which) {
    const int n = js_font_bytes(which, nullptr, 0);
    std::string bytes(static_cast<size_t>(n), '\0');
    if (n > 0) js_font_bytes(which, bytes.data(), n);
    return bytes;
}

const char* CssCursor(ImGuiMouseCursor cursor) {
    switch (cursor) {
    case ImGuiMouseCursor_TextInput: return "text";
    case ImGuiMouseCursor_Hand: return "pointer";
    case ImGuiMouseCursor_ResizeEW: return "ew-resize";
    case ImGuiMouseCursor_ResizeNS: return "ns-resize";
    case ImGuiMouseCursor_ResizeNESW: return "nesw-resize";
    case ImGuiMouseCursor_ResizeNWSE: return "nwse-resize";
    case ImGuiMouseCursor_ResizeAll: return "move";
    case ImGuiMouseCursor_NotAllowed: return "not-allowed";
    case ImGuiMouseCursor_None: return "none";
    default: return "default";
    }
}

// [SECTION] Frame loop and idle
// Each browser animation frame (a "tick") runs Dear ImGui passes until their output stops changing, and puts the
// last one on the canvas only when it differs from what the canvas already shows. In software GL (no usable GPU)
// a full-canvas draw costs tens of milliseconds while a pass costs about one, so a click that changes the screen
// costs one draw, not the dozen a fixed quiet spell of 500 ms used to cause. The output of a pass is two things:
// its pixels (the draw data) and its semantic nodes (the DOM tree over the canvas, app/ui/semantics.h); a pass
// may change either without the other (keyboard focus moved from the DOM, a state only a screen reader hears), and
// each is sent on only when it changed. When a tick ends with both stable, no input waiting (in Dear ImGui's
// queue or the semantic layer's) and nothing asking for frames, the loop pauses; input from platform.js resumes it.
constexpr int kMaxPassesPerTick = 6;   // a click settles in 4-5: press, release, new screen, its layout, the check

// Tells one frame's output from another: 64-bit mixing over the draw lists' bytes. A false "equal" would need a
// 64-bit collision between two consecutive frames; the cost is about 0.1 ms per megabyte of vertices.
struct FrameHash {
    std::uint64_t h = 0x243F6A8885A308D3ull;
    void Bytes(const void* data, std::size_t n) {
        const unsigned char* p = static_cast<const unsigned char*>(data);
        for (; n >= 8; p += 8, n -= 8) {
            std::uint64_t w;
            std::memcpy(&w, p, 8);
            Mix(w);
        }
        std::uint64_t tail = n;
        for (std::size_t i = 0; i < n; ++i) tail = (tail << 8) | p[i];
        Mix(tail);
    }
    void Text(const std::string& s) {
        Mix(s.size());
        Bytes(s.data(), s.size());
    }
    void Mix(std::uint64_t w) {
        h = (h ^ w) * 0x9E3779B97F4A7C15ull;
        h ^= h >> 29;
    }
};

std::uint64_t HashDrawData(const ImDrawData& data, const ImVec4& clear) {
    FrameHash f;
    const float frame[] = {data.DisplayPos.x, data.DisplayPos.y, data.DisplaySize.x, data.DisplaySize.y,
                           data.FramebufferScale.x, data.FramebufferScale.y, clear.x, clear.y, clear.z};
    f.Bytes(frame, sizeof frame);
    f.Mix(static_cast<std::uint64_t>(data.CmdListsCount));
    for (int i = 0; i < data.CmdListsCount; ++i) {
        const ImDrawList& list = *data.CmdLists[i];
        for (const ImDrawCmd& cmd : list.CmdBuffer) {
            const float clip[] = {cmd.ClipRect.x, cmd.ClipRect.y, cmd.ClipRect.z, cmd.ClipRect.w};
            f.Bytes(clip, sizeof clip);
            f.Mix(static_cast<std::uint64_t>(reinterpret_cast<std::uintptr_t>(cmd.TextureId)));
            f.Mix((static_cast<std::uint64_t>(cmd.VtxOffset) << 32) | cmd.IdxOffset);
            f.Mix((static_cast<std::uint64_t>(cmd.ElemCount) << 32) |
                  static_cast<std::uint64_t>(reinterpret_cast<std::uintptr_t>(cmd.UserCallback)));
        }
        f.Bytes(list.VtxBuffer.Data, static_cast<std::size_t>(list.VtxBuffer.Size) * sizeof(ImDrawVert));
        f.Bytes(list.IdxBuffer.Data, static_cast<std::size_t>(list.IdxBuffer.Size) * sizeof(ImDrawIdx));
    }
    return f.h;
}

// The same for the semantic nodes of the last pass (everything SemanticsJson sends), and the theme the DOM tree
// is styled with: the node list is built and sent only when this changes.
std::uint64_t HashSemantics(const std::vector<SemNode>& nodes, const char* theme, float ratio) {
    FrameHash f;
    f.Text(theme);
    f.Bytes(&ratio, sizeof ratio);
    for (const SemNode& n : nodes) {
        f.Mix((static_cast<std::uint64_t>(n.id) << 32) | n.parent);
        f.Mix((static_cast<std::uint64_t>(n.role) << 40) | (static_cast<std::uint64_t>(n.actions) << 32) | n.states);
        f.Mix(static_cast<std::uint64_t>(n.level));
        f.Text(n.name);
        f.Text(n.description);
        f.Text(n.value);
        const float box[] = {n.x, n.y, n.w, n.h, n.font_px};
        f.Bytes(box, sizeof box);
    }
    return f.h;
}

struct PassOutput {
    std::uint64_t pixels = 0;      // HashDrawData
    std::uint64_t semantics = 0;   // HashSemantics
    bool operator==(const PassOutput& o) const { return pixels == o.pixels && semantics == o.semantics; }
};

void Wake(Runtime& rt) {
    if (rt.paused) {
        rt.paused = false;
        emscripten_resume_main_loop();
    }
}

// One Dear ImGui frame: input, the app (with its semantic nodes), and its intents applied.
PassOutput Pass(Runtime& rt, float dt_seconds) {
    ImGuiIO& io = ImGui::GetIO();
    io.DisplaySize = ImVec2(static_cast<float>(rt.width), static_cast<float>(rt.height));
    io.DeltaTime = dt_seconds;
    ImGui_ImplOpenGL3_NewFrame();
    ImGui::NewFrame();
    DrawApp(rt.state, rt.host);
    ImGui::Render();
    ++rt.passes;
    return {HashDrawData(*ImGui::GetDrawData(), ImGui::GetStyle().Colors[ImGuiCol_WindowBg]),
            HashSemantics(LastSemantics(), ThemeName(rt.state.settings.theme), rt.ratio)};
}

// Draws the last pass, whole or only inside `part` (the drawing buffer is preserved, so the rest stays as it was).
void Draw(Runtime& rt, const DamageRect* part) {
    ImDrawData* data = ImGui::GetDrawData();
    const ImVec4 bg = ImGui::GetStyle().Colors[ImGuiCol_WindowBg];
    glViewport(0, 0, rt.width, rt.height);
    glClearColor(bg.x, bg.y, bg.z, 1.0f);
    if (part != nullptr) {
        glEnable(GL_SCISSOR_TEST);
        glScissor(part->x, rt.height - part->y - part->h, part->w, part->h);   // GL counts rows from the bottom
        ClipDrawData(data, *part);
    }
    glClear(GL_COLOR_BUFFER_BIT);
    if (part != nullptr) glDisable(GL_SCISSOR_TEST);
    ImGui_ImplOpenGL3_RenderDrawData(data);
    ++rt.frames;
    rt.last_draw_pixels = part != nullptr ? static_cast<double>(part->w) * part->h : static_cast<double>(rt.width) * rt.height;
    rt.drawn_pixels += rt.last_draw_pixels;
    if (rt.frames == 1) js_first_frame();
}

// True when Dear ImGui has work that shows only in a later frame: a window hidden for a frame while it sizes itself
// (a new screen's windows, popups, tooltips), an auto-fit still running, a scroll position requested but not yet
// applied, a keyboard-navigation request or an activation (ActivateItemByID, from the DOM tree) in flight.
bool ImGuiPending() {
    const ImGuiContext& g = *ImGui::GetCurrentContext();
    for (const ImGuiWindow* w : g.Windows) {
        if (!w->Active) continue;
        if (w->HiddenFramesCanSkipItems > 0 || w->HiddenFramesCannotSkipItems > 0 || w->HiddenFramesForRenderOnly > 0 ||
            w->AutoFitFramesX > 0 || w->AutoFitFramesY > 0 || w->ScrollTarget.x != FLT_MAX || w->ScrollTarget.y != FLT_MAX)
            return true;
    }
    return g.NavMoveSubmitted || g.NavMoveScoringItems || g.NavInitRequest || g.NavNextActivateId != 0;
}

// No input waiting to be read by the next pass: neither in Dear ImGui's queue nor in the semantic layer's (actions
// and text from the DOM tree, a focused field still being revealed).
bool InputQuiet() { return ImGui::GetCurrentContext()->InputEventsQueue.Size == 0 && !SemPending(); }

// Something that changes by itself, without input, asks for frames through AppState::wants_frames (nothing does
// today: the caret does not blink and tooltips have no delay). Held keys need nothing here: the browser repeats
// their keydown, which wakes the loop, and the clamped time step below keeps Dear ImGui's repeat in step.
void Tick() {
    Runtime& rt = *g_rt;
    const double start = emscripten_get_now();
    if (rt.width <= 0 || rt.height <= 0 || rt.context_lost) return;
    if (ApplyDisplay(rt.state, {rt.font_regular, rt.font_bold}, rt.ratio, rt.display)) {
        ImGui_ImplOpenGL3_DestroyFontsTexture();
        ImGui_ImplOpenGL3_CreateFontsTexture();
        rt.drawn_hash = 0;   // the same vertices would now sample a different texture: draw it all again
        rt.damage.Forget();
    }
    // After a sleep the wall-clock gap is long; Dear ImGui only needs a plausible step. Passes after the first in
    // one tick happen at the same moment: they get the smallest step ImGui accepts in practice.
    const double dt_ms = rt.last_tick_ms > 0.0 ? start - rt.last_tick_ms : 16.0;
    rt.last_tick_ms = start;
    // Stable means: two passes in a row that read no input and gave the same output (pixels and semantic nodes),
    // with nothing pending in Dear ImGui. A pass that reads input (a click, an action from the DOM tree) changes the
    // model only after it has drawn, so it never counts as one of them.
    bool quiet = InputQuiet();
    PassOutput out = Pass(rt, static_cast<float>(std::clamp(dt_ms, 1.0, 100.0) / 1000.0));
    bool stable = false;
    for (int pass = 1; pass < kMaxPassesPerTick && !stable; ++pass) {
        const bool quiet_now = InputQuiet();
        const PassOutput again = Pass(rt, 0.001f);
        stable = again == out && quiet && quiet_now && InputQuiet() && !ImGuiPending();
        out = again;
        quiet = quiet_now;
    }
    if (out.pixels != rt.drawn_hash) {
        DamageRect damage;
        const bool partial = rt.damage.Changed(*ImGui::GetDrawData(), &damage);
        if (!partial) Draw(rt, nullptr);
        else if (!damage.Empty()) Draw(rt, &damage);
        rt.damage.Keep();
        rt.drawn_hash = out.pixels;
    }

    const ImGuiMouseCursor cursor = ImGui::GetMouseCursor();
    if (cursor != rt.cursor) {
        rt.cursor = cursor;
        js_set_cursor(CssCursor(cursor));
    }
    // The DOM tree over the canvas follows the semantic nodes of the last pass, drawn or not; the list is built
    // only when their hash moved and sent only when it differs from the last one sent.
    bool new_glyphs = false;
    if (out.semantics != rt.semantics_hash || rt.semantics.empty()) {
        rt.semantics_hash = out.semantics;
        std::string semantics = std::string("{\"t\":\"") + ThemeName(rt.state.settings.theme) + "\",\"n\":" + SemanticsJson(rt.ratio) + "}";
        if (semantics != rt.semantics) {
            rt.semantics.swap(semantics);
            js_semantics(rt.semantics.c_str());
            ++rt.semantic_syncs;
            // Characters the atlas does not hold yet join it in the next tick (ui/glyphs.h), which redraws it all.
            new_glyphs = NoteGlyphs(rt.state.glyphs, rt.semantics);
        }
    }

    ++rt.ticks;
    rt.last_frame_ms = emscripten_get_now() - start;
    if (stable && !new_glyphs && !rt.state.wants_frames && !rt.paused) {
        rt.paused = true;
        emscripten_pause_main_loop();
    }
}

void SetModifiers(ImGuiIO& io, int mods) {
    io.AddKeyEvent(ImGuiMod_Ctrl, (mods & 1) != 0);
    io.AddKeyEvent(ImGuiMod_Shift, (mods & 2) != 0);
    io.AddKeyEvent(ImGuiMod_Alt, (mods & 4) != 0);
    io.AddKeyEvent(ImGuiMod_Super, (mods & 8) != 0);
}

void SetClipboard(void*, const char* text) {
    g_rt->clipboard = text ? text : "";
    js_copy_clipboard(g_rt->clipboard.c_str());
}

const char* GetClipboard(void*) { return g_rt->clipboard.c_str(); }

} // namespace

// [SECTION] Entry points called from platform.js
// Coordinates arrive in backing-store (device) pixels; platform.js multiplies CSS offsets by the ratio.
extern "C" {

EMSCRIPTEN_KEEPALIVE char* systemic_input_buffer(int bytes) {
    g_rt->input.assign(static_cast<size_t>(std::max(bytes, 0)) + 1, '\0');
    return g_rt->input.data();
}

// kind: 0 move, 1 down, 2 up, 3 leave; source: 0 mouse, 1 touch, 2 pen
EMSCRIPTEN_KEEPALIVE void systemic_pointer(int kind, float x, float y, int button, int source, int mods) {
    if (!g_rt) return;
    ImGuiIO& io = ImGui::GetIO();
    io.AddMouseSourceEvent(source == 1 ? ImGuiMouseSource_TouchScreen
                                       : source == 2 ? ImGuiMouseSource_Pen : ImGuiMouseSource_Mouse);
    SetModifiers(io, mods);
    if (kind == 3) {
        io.AddMousePosEvent(-FLT_MAX, -FLT_MAX);
    } else {
        io.AddMousePosEvent(x, y);
        if ((kind == 1 || kind == 2) && button >= 0 && button < ImGuiMouseButton_COUNT)
            io.AddMouseButtonEvent(button, kind == 1);
        // A finger that lifts leaves nothing hovering: move the pointer away so nothing stays highlighted.
        if (kind == 2 && source == 1) io.AddMousePosEvent(-FLT_MAX, -FLT_MAX);
    }
    Wake(*g_rt);
}

EMSCRIPTEN_KEEPALIVE void systemic_wheel(float dx, float dy) {
    if (!g_rt) return;
    ImGui::GetIO().AddMouseWheelEvent(dx, dy);
    Wake(*g_rt);
}

// The key name is in the input buffer (see key_map.h for which DOM name is sent).
EMSCRIPTEN_KEEPALIVE int systemic_key(int down, int mods) {
    if (!g_rt) return 0;
    ImGuiIO& io = ImGui::GetIO();
    SetModifiers(io, mods);
    const ImGuiKey key = KeyFromDomName(g_rt->input.c_str());
    if (key != ImGuiKey_None) io.AddKeyEvent(key, down != 0);
    Wake(*g_rt);
    return key != ImGuiKey_None;
}

// UTF-8 text typed or composed, in the input buffer.
EMSCRIPTEN_KEEPALIVE void systemic_text() {
    if (!g_rt) return;
    ImGui::GetIO().AddInputCharactersUTF8(g_rt->input.c_str());
    Wake(*g_rt);
}

// The browser only hands over clipboard text inside a paste event: keep it, then replay Ctrl+V for ImGui.
EMSCRIPTEN_KEEPALIVE void systemic_paste() {
    if (!g_rt) return;
    g_rt->clipboard = g_rt->input.c_str();
    ImGuiIO& io = ImGui::GetIO();
    io.AddKeyEvent(ImGuiMod_Ctrl, true);
    io.AddKeyEvent(ImGuiKey_V, true);
    io.AddKeyEvent(ImGuiKey_V, false);
    io.AddKeyEvent(ImGuiMod_Ctrl, false);
    Wake(*g_rt);
}

// A file the user opened or dropped (name and text as UTF-8; the JS side frees both after the call).
EMSCRIPTEN_KEEPALIVE void systemic_file(const char* name, const char* text) {
    if (!g_rt) return;
    ReceiveFile(g_rt->state, g_rt->host, name ? name : "file", text ? text : "");
    Wake(*g_rt);
}

// Several files arrive together: platform.js hands them over a slice at a time between frames (state/inbox.h).
EMSCRIPTEN_KEEPALIVE void systemic_files_begin(int count) {
    if (!g_rt) return;
    BeginFiles(g_rt->state, count);
    Wake(*g_rt);
}

EMSCRIPTEN_KEEPALIVE void systemic_files_end() {
    if (!g_rt) return;
    EndFiles(g_rt->state);
    Wake(*g_rt);
}

// The address's #fragment changed (an invitation or results link pasted into the address bar).
EMSCRIPTEN_KEEPALIVE void systemic_fragment() {
    if (!g_rt) return;
    // The browser made a new history entry for the link, with no place: the place the link leads to goes into it.
    if (!js_history_has_place()) g_rt->state.history_place.clear();
    OpenFragment(g_rt->state, g_rt->host, g_rt->input.c_str());
    Wake(*g_rt);
}

// Another tab changed storage (the `storage` event); the key is in the input buffer ("" when storage was cleared).
EMSCRIPTEN_KEEPALIVE void systemic_storage_changed() {
    if (!g_rt) return;
    StorageChanged(g_rt->state, g_rt->host, g_rt->input.c_str());
    Wake(*g_rt);
}

// The page is being hidden or left (pagehide, visibilitychange): frames may never run again, so the input still
// queued in Dear ImGui (keys typed a moment ago) is applied now, a frame at a time since ImGui trickles it, and
// whatever changed is saved before this call returns. Returns the frames run.
EMSCRIPTEN_KEEPALIVE int systemic_flush() {
    if (!g_rt) return 0;
    // At least one frame always: text typed into the DOM tree's real fields waits in the semantic layer's own
    // queue (app/ui/semantics.h), not in Dear ImGui's, and only a frame applies it.
    int ticks = 0;
    do {
        Tick();    // its passes apply input, then ApplyIntents saves a changed assessment
        ++ticks;
    } while (ticks < 32 && !InputQuiet());   // ImGui trickles input over frames
    return ticks;
}

// The browser moved to another history entry (popstate): its place is in the input buffer (state/history.h).
EMSCRIPTEN_KEEPALIVE void systemic_history() {
    if (!g_rt) return;
    GoToPlace(g_rt->state, g_rt->host, g_rt->input.c_str());
    Wake(*g_rt);
}

// What the browser prints now (beforeprint): the report of the results or team screen, else a short notice
// (state/outbox.h PrintHtml). The text stays valid until the next call.
EMSCRIPTEN_KEEPALIVE const char* systemic_print_html() {
    if (!g_rt) return "";
    g_rt->print_html = PrintHtml(g_rt->state, g_rt->host.Now());
    return g_rt->print_html.c_str();
}

// The WebGL context was lost (a GPU reset, a driver update, too many pages using the GPU): every GL object is gone.
// Draw nothing until it comes back; platform.js says so over the canvas and holds input back meanwhile.
EMSCRIPTEN_KEEPALIVE void systemic_context_lost() {
    if (!g_rt) return;
    g_rt->context_lost = true;
    if (!g_rt->paused) {
        g_rt->paused = true;
        emscripten_pause_main_loop();
    }
}

// The context is back, empty: rebuild the renderer's shaders, buffers and font texture, then draw everything.
// The model never lived in GL, so every answer is as it was.
EMSCRIPTEN_KEEPALIVE void systemic_context_restored() {
    if (!g_rt) return;
    ImGui_ImplOpenGL3_Shutdown();
    ImGui_ImplOpenGL3_Init("#version 300 es");   // the font texture is made again by the next NewFrame
    g_rt->context_lost = false;
    g_rt->semantics.clear();                     // send the node list again with the first frame
    g_rt->drawn_hash = 0;                        // the canvas is empty: draw all of it
    g_rt->damage.Forget();
    Wake(*g_rt);
}

EMSCRIPTEN_KEEPALIVE void systemic_resize(int width, int height, float ratio) {
    if (!g_rt) return;
    g_rt->width = width;
    g_rt->height = height;
    g_rt->ratio = ratio > 0.0f ? ratio : 1.0f;
    Wake(*g_rt);
}

EMSCRIPTEN_KEEPALIVE void systemic_focus(int focused) {
    if (!g_rt) return;
    ImGui::GetIO().AddFocusEvent(focused != 0);
    Wake(*g_rt);
}

EMSCRIPTEN_KEEPALIVE void systemic_wake() {
    if (g_rt) Wake(*g_rt);
}

// An action on a semantic node from the DOM tree (web/platform.js): 1 activate, 2 focus, 4 set a text field's
// contents to the input buffer (committed text only). Applied at the start of the next frame.
EMSCRIPTEN_KEEPALIVE void systemic_sem_action(unsigned id, int action) {
    if (!g_rt) return;
    if (action == kSemActivate) SemQueueActivate(id);
    else if (action == kSemFocus) SemQueueFocus(id);
    else if (action == kSemSetText) SemQueueText(id, g_rt->input.c_str());
    Wake(*g_rt);
}

// The bottom of the part of the page the user can see (an on-screen keyboard covers the rest), in CSS pixels.
EMSCRIPTEN_KEEPALIVE void systemic_visible_bottom(float css_px) {
    if (!g_rt) return;
    SemSetVisibleHeight(css_px * g_rt->ratio);
    Wake(*g_rt);
}

EMSCRIPTEN_KEEPALIVE float systemic_font_px() { return g_rt ? g_rt->state.fonts.body_px : 16.0f; }
EMSCRIPTEN_KEEPALIVE unsigned systemic_frames() { return g_rt ? g_rt->frames : 0; }
EMSCRIPTEN_KEEPALIVE unsigned systemic_passes() { return g_rt ? g_rt->passes : 0; }
EMSCRIPTEN_KEEPALIVE unsigned systemic_ticks() { return g_rt ? g_rt->ticks : 0; }
EMSCRIPTEN_KEEPALIVE unsigned systemic_semantic_syncs() { return g_rt ? g_rt->semantic_syncs : 0; }
EMSCRIPTEN_KEEPALIVE double systemic_last_draw_pixels() { return g_rt ? g_rt->last_draw_pixels : 0.0; }
EMSCRIPTEN_KEEPALIVE double systemic_drawn_pixels() { return g_rt ? g_rt->drawn_pixels : 0.0; }
EMSCRIPTEN_KEEPALIVE double systemic_last_frame_ms() { return g_rt ? g_rt->last_frame_ms : 0.0; }
EMSCRIPTEN_KEEPALIVE int systemic_paused() { return g_rt && g_rt->paused ? 1 : 0; }

EMSCRIPTEN_KEEPALIVE const char* systemic_state() {
    if (!g_rt) return "{}";
    g_rt->state_json = AppStateJson(g_rt->state);
    return g_rt->state_json.c_str();
}

} // extern "C"

// [SECTION] main
int main() {
    EmscriptenWebGLContextAttributes attrs;
    emscripten_webgl_init_context_attributes(&attrs);
    attrs.majorVersion = 2;
    attrs.minorVersion = 0;
    // Only what ImGui needs: a colour buffer. No multisampling (ImGui anti-aliases its own geometry), no depth or
    // stencil buffer (it draws in order with scissor rectangles), no alpha (the page behind is never shown).
    attrs.alpha = false;
    attrs.antialias = false;
    attrs.depth = false;
    attrs.stencil = false;
    attrs.preserveDrawingBuffer = true;   // redraws cover only what changed (frame_damage.h); the rest must stay
    EMSCRIPTEN_WEBGL_CONTEXT_HANDLE gl = emscripten_webgl_create_context("#canvas", &attrs);
    if (gl <= 0) {
        js_fail("webgl2");
        return 0;
    }
    emscripten_webgl_make_context_current(gl);

    g_rt = new Runtime();   // lives as long as the page
    g_rt->font_regular = ReadFont(0);
    g_rt->font_bold = ReadFont(1);

    IMGUI_CHECKVERSION();
    ImGui::CreateContext();
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;                     // the app keeps its own state; nothing in imgui.ini
    io.LogFilename = nullptr;
    io.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;
    io.ConfigInputTextCursorBlink = false;        // a blinking caret would keep the loop awake
    io.ConfigWindowsMoveFromTitleBarOnly = true;
    io.SetClipboardTextFn = SetClipboard;
    io.GetClipboardTextFn = GetClipboard;
    io.BackendPlatformName = "systemic_web";
    io.BackendFlags |= ImGuiBackendFlags_HasMouseCursors;
    ImGui_ImplOpenGL3_Init("#version 300 es");

    std::vector<std::string> questionnaires;
    for (int i = 0; i < js_questionnaire_count(); ++i) {
        std::string text(static_cast<size_t>(js_questionnaire_bytes(i, nullptr, 0)), '\0');
        js_questionnaire_bytes(i, text.data(), static_cast<int>(text.size()));
        questionnaires.push_back(std::move(text));
    }
    SemSetDomEditing(true);                       // text fields are real <input>/<textarea> elements (platform.js)
    InitApp(g_rt->state, g_rt->host, PrefersDarkScheme(), questionnaires);
    char* fragment = js_fragment();
    OpenFragment(g_rt->state, g_rt->host, fragment);
    // A reload (or Back into the page from elsewhere) returns to the place its history entry holds; a link wins.
    char* place = js_history_place();
    if (fragment[0] == '\0' && place[0] != '\0') GoToPlace(g_rt->state, g_rt->host, place);
    std::free(place);
    std::free(fragment);
    js_started();                                 // platform.js sizes the canvas and attaches listeners
    emscripten_set_main_loop(Tick, 0, false);
    return 0;
}
