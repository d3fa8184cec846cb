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
#include <cstring>
#include <optional>
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
#include "state/outbox.h"
#include "display.h"
#include "frame_picture.h"
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
    double last_input_ms = 0.0;
    int frames_since_input = 0;       // frames run since the last one that took input (see the pause rule in Frame)
    double last_frame_start_ms = 0.0;
    bool paused = false;
    bool context_lost = false;        // WebGL context lost: no frames until it is restored (GL objects rebuilt then)
    std::string print_html;           // keeps the last printable page alive for JS to read
    std::string semantics;            // the last node list sent to platform.js (sent again only when it changes)
    ImGuiMouseCursor cursor = ImGuiMouseCursor_Arrow;
    unsigned frames = 0;              // frames run (each one read input and laid out the screen)
    unsigned drawn = 0;               // of those, frames sent to the GPU: the others drew the picture already on the canvas
    double pixels_drawn = 0;          // backing-store pixels those draws covered (a draw covers only what changed)
    FramePicture picture, last_picture;   // this frame's triangles and those on the canvas (ui/frame_picture.h)
    double last_frame_ms = 0.0;
    std::string clipboard;
    std::string input;                // buffer platform.js writes strings into
    std::string state_json;           // keeps the last state() snapshot alive for JS to read
};
Runtime* g_rt = nullptr;

constexpr double kQuietMs = 500.0;    // at most this long after the last input, the loop sleeps even if frames still change

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
// Whether Dear ImGui's input queue holds anything that can change the picture: all input but a key's release (see
// systemic_key). Modifier state changes count, as they come with a key or click that does show.
bool HasInputThatShows(const ImGuiContext& g) {
    for (const ImGuiInputEvent& e : g.InputEventsQueue) {
        if (e.Type != ImGuiInputEventType_Key || e.Key.Down) return true;
    }
    return false;
}

// Whether Dear ImGui has work that shows only in a later frame: a window hidden for a frame while it sizes itself
// (a new screen's windows, popups), an auto-fit still running, a scroll position requested but not yet applied, a
// keyboard-navigation request, or an activation handed over by the DOM tree (ActivateItemByID) that the next frame
// carries out.
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

void Wake(Runtime& rt) {
    rt.last_input_ms = emscripten_get_now();
    rt.frames_since_input = 0;
    if (rt.paused) {
        rt.paused = false;
        emscripten_resume_main_loop();
    }
}

void Frame() {
    Runtime& rt = *g_rt;
    const double start = emscripten_get_now();
    if (rt.width <= 0 || rt.height <= 0 || rt.context_lost) return;
    if (ApplyDisplay(rt.state, {rt.font_regular, rt.font_bold}, rt.ratio, rt.display)) {
        ImGui_ImplOpenGL3_DestroyFontsTexture();
        ImGui_ImplOpenGL3_CreateFontsTexture();
        Forget(rt.last_picture);   // same lists, new glyphs in the texture: draw again
    }

    ImGuiIO& io = ImGui::GetIO();
    io.DisplaySize = ImVec2(static_cast<float>(rt.width), static_cast<float>(rt.height));
    // After a sleep the wall-clock gap is long; ImGui only needs a plausible step.
    const double dt_ms = rt.last_frame_start_ms > 0.0 ? start - rt.last_frame_start_ms : 16.0;
    io.DeltaTime = static_cast<float>(std::clamp(dt_ms, 1.0, 100.0) / 1000.0);
    rt.last_frame_start_ms = start;

    // Count from the last frame that took input: Dear ImGui takes queued input a little per frame (a tap is three
    // frames), an action from the DOM tree is read by this frame, and work left pending by the last frame (an
    // activation handed to Dear ImGui, a navigation or scroll request) is carried out by this one.
    if (HasInputThatShows(*ImGui::GetCurrentContext()) || SemHasPendingActions() || ImGuiPending()) rt.frames_since_input = 0;
    ImGui_ImplOpenGL3_NewFrame();
    ImGui::NewFrame();
    DrawApp(rt.state, rt.host);
    ImGui::Render();

    // A frame that draws the picture already on the canvas is not sent to the GPU again, and one that changes part of
    // it redraws only that rectangle (ui/frame_picture.h): with software GL (SwiftShader, machines without a usable
    // GPU) every whole-canvas draw costs tens of milliseconds of CPU. The canvas keeps its pixels between draws
    // (preserveDrawingBuffer), so the rest of the picture stays as it was.
    TakePicture(*ImGui::GetDrawData(), rt.picture);
    const bool same_picture = SamePicture(rt.picture, rt.last_picture);
    if (!same_picture) {
        const ImVec4 bg = ImGui::GetStyle().Colors[ImGuiCol_WindowBg];
        const std::optional<PixelRect> part = ChangedRect(rt.last_picture, rt.picture);
        glViewport(0, 0, rt.width, rt.height);
        glClearColor(bg.x, bg.y, bg.z, 1.0f);
        if (part) {
            glEnable(GL_SCISSOR_TEST);
            glScissor(part->x, rt.height - part->y - part->h, part->w, part->h);   // GL counts rows from the bottom
            glClear(GL_COLOR_BUFFER_BIT);
            glDisable(GL_SCISSOR_TEST);
            ClipDrawData(*ImGui::GetDrawData(), *part);
            rt.pixels_drawn += static_cast<double>(part->w) * part->h;
        } else {
            glClear(GL_COLOR_BUFFER_BIT);
            rt.pixels_drawn += static_cast<double>(rt.width) * rt.height;
        }
        ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
        std::swap(rt.picture, rt.last_picture);
        ++rt.drawn;
    }

    const ImGuiMouseCursor cursor = ImGui::GetMouseCursor();
    if (cursor != rt.cursor) {
        rt.cursor = cursor;
        js_set_cursor(CssCursor(cursor));
    }
    // The DOM tree over the canvas follows the semantic nodes; nothing is sent while they stay the same.
    std::string semantics = std::string("{\"t\":\"") + ThemeName(rt.state.settings.theme) + "\",\"n\":" + SemanticsJson(rt.ratio) + "}";
    const bool changed = semantics != rt.semantics;
    if (changed) {
        rt.semantics.swap(semantics);
        js_semantics(rt.semantics.c_str());
        // Characters the atlas does not hold yet join it in the next frame (ui/glyphs.h); `changed` keeps it awake.
        NoteGlyphs(rt.state.glyphs, rt.semantics);
    }
    ++rt.frames_since_input;

    ++rt.frames;
    rt.last_frame_ms = emscripten_get_now() - start;
    if (rt.frames == 1) js_first_frame();
    // Sleep as soon as the screen has settled: this frame drew the same picture as the one before, and neither it nor
    // the frame before it took input or carried out pending work (frames_since_input >= 2). What a frame that takes
    // input changes (a screen, an answer) is applied after it has drawn and shows in the next frame, which then
    // differs from the one before; a keyboard move or a scroll request is left pending by the frame that reads it
    // and carried out by the next. Only a frame that draws the same picture again with nothing left to do ends the
    // run: a key press costs three frames (read, shown, the same again). Nor while the semantic nodes still change.
    // Nothing in the app animates on its own (a flick's glide is a series of inputs from platform.js), so a settled
    // screen stays settled; the 500 ms rule only ends frames whose picture keeps changing without input.
    const bool settled = same_picture || start - rt.last_input_ms > kQuietMs;
    if (settled && rt.frames_since_input >= 2 && !changed && !rt.paused && !SemHasPendingActions() && !ImGuiPending()) {
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
    // A key's release changes nothing on screen (widgets act on the press, text fields on characters): it waits in
    // Dear ImGui's queue for the next frame, whenever that runs, instead of waking the loop for frames of its own.
    if (down != 0) Wake(*g_rt);
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

// Files the user opened or dropped at once (state/inbox.h BeginFiles): begin with how many, one call per file with
// its bytes exactly as stored (the JS side frees them after the call; `refused_size` > 0 when it was too large to read,
// `unreadable` when reading failed), end after the last. platform.js hands thousands over in slices of about 12 ms,
// with frames and input between them; begin may come again while a batch runs (another drop: the batch grows).
EMSCRIPTEN_KEEPALIVE void systemic_files_begin(int count) {
    if (!g_rt) return;
    BeginFiles(g_rt->state, count);
    Wake(*g_rt);
}
EMSCRIPTEN_KEEPALIVE void systemic_file_bytes(const char* name, const char* bytes, int length, double refused_size, int unreadable) {
    if (!g_rt) return;
    IncomingFile file;
    file.name = name ? name : "file";
    if (bytes && length > 0) file.bytes.assign(bytes, static_cast<size_t>(length));
    file.refused_size = refused_size > 0 ? static_cast<std::uint64_t>(refused_size) : 0;
    file.unreadable = unreadable != 0;
    ReceiveBatchFile(g_rt->state, g_rt->host, std::move(file));   // no frame for each file: systemic_files_progress
}
// A few times a second during a batch: the team view's progress moves on (one frame drawn for it).
EMSCRIPTEN_KEEPALIVE void systemic_files_progress() {
    if (!g_rt) return;
    ShowFileProgress(g_rt->state);
    Wake(*g_rt);
}
EMSCRIPTEN_KEEPALIVE void systemic_files_end() {
    if (!g_rt) return;
    EndFiles(g_rt->state, g_rt->host);
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
    int frames = 0;
    do {
        Frame();   // applies input, then ApplyIntents saves a changed assessment
        ++frames;
    } while (frames < 32 && ImGui::GetCurrentContext()->InputEventsQueue.Size > 0);   // ImGui trickles input over frames
    return frames;
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
    Forget(g_rt->last_picture);                  // the canvas is blank: draw the picture again
    Wake(*g_rt);
}

EMSCRIPTEN_KEEPALIVE void systemic_resize(int width, int height, float ratio) {
    if (!g_rt) return;
    g_rt->width = width;
    g_rt->height = height;
    g_rt->ratio = ratio > 0.0f ? ratio : 1.0f;
    Forget(g_rt->last_picture);   // a resized canvas is cleared by the browser
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
EMSCRIPTEN_KEEPALIVE unsigned systemic_frames_drawn() { return g_rt ? g_rt->drawn : 0; }
EMSCRIPTEN_KEEPALIVE double systemic_pixels_drawn() { return g_rt ? g_rt->pixels_drawn : 0.0; }
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
    attrs.depth = false;       // 2D: no depth or stencil buffer to allocate and clear
    attrs.stencil = false;
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
    SemSetDomEditing(true);                       // text fields are real <input>/<textarea> elements (platform.js)
    InitApp(g_rt->state, g_rt->host, PrefersDarkScheme(), questionnaires);
    // The system's contrast settings: forced colours (Windows high contrast) always start in the high-contrast
    // theme; "more contrast" does when the reader has not chosen a theme here before.
    const int contrast = PrefersContrast();
    if (contrast == 2 || (contrast == 1 && !g_rt->host.StorageGet(kSettingsKey)))
        g_rt->state.settings.theme = Theme::HighContrast;
    char* fragment = js_fragment();
    OpenFragment(g_rt->state, g_rt->host, fragment);
    // A reload (or Back into the page from elsewhere) returns to the place its history entry holds; a link wins.
    char* place = js_history_place();
    if (fragment[0] == '\0' && place[0] != '\0') GoToPlace(g_rt->state, g_rt->host, place);
    std::free(place);
    std::free(fragment);
    g_rt->last_input_ms = emscripten_get_now();
    js_started();                                 // platform.js sizes the canvas and attaches listeners
    emscripten_set_main_loop(Frame, 0, false);
    return 0;
}
