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
#include <cstdlib>
#include <cstdint>
#include <cstring>
#include <string>
#include <vector>

#include <GLES3/gl3.h>
#include <emscripten.h>
#include <emscripten/html5.h>

#include <imgui.h>
#include <backends/imgui_impl_opengl3.h>
#include <imgui_internal.h>

#include "app.h"
#include "display.h"
#include "key_map.h"
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
EM_JS(void, js_first_frame, (), { Module.systemicFirstFrame(); });
EM_JS(void, js_started, (), { Module.systemicStarted(); });
EM_JS(void, js_fail, (const char* why), { Module.systemicFail(UTF8ToString(why)); });
EM_JS(void, js_set_cursor, (const char* cursor), {
    var c = document.getElementById('canvas');
    if (c) c.style.cursor = UTF8ToString(cursor);
});
EM_JS(void, js_text_input, (int active), { Module.systemicTextInput(!!active); });
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
    bool paused = false;
    bool wants_text = false;
    ImGuiMouseCursor cursor = ImGuiMouseCursor_Arrow;
    unsigned frames = 0;              // draws to the canvas
    unsigned passes = 0;              // Dear ImGui frames run (several per tick while a change settles)
    unsigned ticks = 0;               // browser animation frames the loop ran in
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
// costs one draw, not the dozen a fixed quiet spell of 500 ms used to cause. When a tick ends with the output
// stable, no input waiting and nothing asking for frames, the loop pauses; input from platform.js resumes it.
constexpr int kMaxPassesPerTick = 4;   // a new screen settles in 2-3 (auto-sized windows, scroll clamping)

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

void Wake(Runtime& rt) {
    if (rt.paused) {
        rt.paused = false;
        emscripten_resume_main_loop();
    }
}

// One Dear ImGui frame: input, the app, and its intents applied. Returns the hash of what it would draw.
std::uint64_t Pass(Runtime& rt, float dt_seconds) {
    ImGuiIO& io = ImGui::GetIO();
    io.DisplaySize = ImVec2(static_cast<float>(rt.width), static_cast<float>(rt.height));
    io.DeltaTime = dt_seconds;
    ImGui_ImplOpenGL3_NewFrame();
    ImGui::NewFrame();
    DrawApp(rt.state, rt.host);
    ImGui::Render();
    ++rt.passes;
    return HashDrawData(*ImGui::GetDrawData(), ImGui::GetStyle().Colors[ImGuiCol_WindowBg]);
}

void Draw(Runtime& rt) {
    const ImVec4 bg = ImGui::GetStyle().Colors[ImGuiCol_WindowBg];
    glViewport(0, 0, rt.width, rt.height);
    glClearColor(bg.x, bg.y, bg.z, 1.0f);
    glClear(GL_COLOR_BUFFER_BIT);
    ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
    ++rt.frames;
    if (rt.frames == 1) js_first_frame();
}

// Something that changes by itself, without input, asks for frames through AppState::wants_frames (nothing does
// today: the caret does not blink and tooltips have no delay). Held keys need nothing here: the browser repeats
// their keydown, which wakes the loop, and the clamped time step below keeps Dear ImGui's repeat in step.
void Tick() {
    Runtime& rt = *g_rt;
    const double start = emscripten_get_now();
    if (rt.width <= 0 || rt.height <= 0) return;
    if (ApplyDisplay(rt.state, {rt.font_regular, rt.font_bold}, rt.ratio, rt.display)) {
        ImGui_ImplOpenGL3_DestroyFontsTexture();
        ImGui_ImplOpenGL3_CreateFontsTexture();
        rt.drawn_hash = 0;   // the same vertices would now sample a different texture
    }
    ImGuiIO& io = ImGui::GetIO();
    // After a sleep the wall-clock gap is long; Dear ImGui only needs a plausible step. Passes after the first in
    // one tick happen at the same moment: they get the smallest step ImGui accepts in practice.
    const double dt_ms = rt.last_tick_ms > 0.0 ? start - rt.last_tick_ms : 16.0;
    rt.last_tick_ms = start;
    std::uint64_t hash = Pass(rt, static_cast<float>(std::clamp(dt_ms, 1.0, 100.0) / 1000.0));
    bool stable = false;
    for (int pass = 1; pass < kMaxPassesPerTick && !stable; ++pass) {
        const std::uint64_t again = Pass(rt, 0.001f);
        stable = again == hash && ImGui::GetCurrentContext()->InputEventsQueue.Size == 0;
        hash = again;
    }
    if (hash != rt.drawn_hash) {
        Draw(rt);
        rt.drawn_hash = hash;
    }

    const ImGuiMouseCursor cursor = ImGui::GetMouseCursor();
    if (cursor != rt.cursor) {
        rt.cursor = cursor;
        js_set_cursor(CssCursor(cursor));
    }
    if (io.WantTextInput != rt.wants_text) {
        rt.wants_text = io.WantTextInput;
        js_text_input(rt.wants_text ? 1 : 0);
    }
    ++rt.ticks;
    rt.last_frame_ms = emscripten_get_now() - start;
    if (stable && !rt.state.wants_frames && !rt.paused) {
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
    OpenFragment(g_rt->state, g_rt->host, g_rt->input.c_str());
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

// Runs one frame now, inside the calling event handler: a tap on a text field must focus the hidden
// input within the same user gesture, or phones do not open their on-screen keyboard.
EMSCRIPTEN_KEEPALIVE int systemic_frame_now() {
    if (!g_rt) return 0;
    Tick();
    return g_rt->wants_text ? 1 : 0;
}

EMSCRIPTEN_KEEPALIVE float systemic_font_px() { return g_rt ? g_rt->state.fonts.body_px : 16.0f; }
EMSCRIPTEN_KEEPALIVE int systemic_wants_text() { return g_rt && g_rt->wants_text ? 1 : 0; }
EMSCRIPTEN_KEEPALIVE unsigned systemic_frames() { return g_rt ? g_rt->frames : 0; }
EMSCRIPTEN_KEEPALIVE unsigned systemic_passes() { return g_rt ? g_rt->passes : 0; }
EMSCRIPTEN_KEEPALIVE unsigned systemic_ticks() { return g_rt ? g_rt->ticks : 0; }
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
    attrs.alpha = false;
    attrs.antialias = false;   // ImGui anti-aliases its own geometry
    attrs.preserveDrawingBuffer = true;   // the last frame stays visible (and capturable) while the loop sleeps
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
    InitApp(g_rt->state, g_rt->host, PrefersDarkScheme(), questionnaires);
    char* fragment = js_fragment();
    OpenFragment(g_rt->state, g_rt->host, fragment);
    std::free(fragment);
    js_started();                                 // platform.js sizes the canvas and attaches listeners
    emscripten_set_main_loop(Tick, 0, false);
    return 0;
}
