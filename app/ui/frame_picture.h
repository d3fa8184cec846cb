// frame_picture.h — what a frame draws, as a list of triangles, so the page can tell whether a frame drew anything
// new and, if so, which part of the canvas it changed (issue 15: frames per input, GPU cost per frame).
//
// Two equal pictures in a row mean the screen has settled: the page skips sending the second one to the GPU (the
// canvas keeps the last picture) and lets its render loop sleep. When a picture differs, only the rectangle it
// changes is redrawn: in software GL (SwiftShader, machines without a usable GPU) a whole 1440 x 900 redraw costs
// tens of milliseconds of CPU, a hover's button a small part of that.
#pragma once

#include <cstdint>
#include <optional>
#include <vector>

#include <imgui.h>

namespace systemic {

// One triangle Dear ImGui draws: a 64-bit hash of its three vertices (position, texture coordinate, colour), its
// clip rectangle and texture, and the box of the pixels it can colour (its bounding box within its clip rectangle),
// in framebuffer pixels, y down. A command with a callback counts as one "triangle" covering its clip rectangle.
struct PictureTriangle {
    std::uint64_t key = 0;
    float x0 = 0, y0 = 0, x1 = 0, y1 = 0;
};

// The picture of one frame: the display size and the triangles in drawing order. Triangles that colour no pixel
// (clipped away, degenerate) are left out, so two frames that differ only in those are the same picture. Equal
// pictures put the same pixels on the canvas, given the same font texture (the caller forgets the picture on the
// canvas when that is rebuilt).
struct FramePicture {
    ImVec2 size{0, 0};
    std::vector<PictureTriangle> triangles;
    bool valid = false;   // false until a frame was taken, and after Forget
};

// A rectangle of the canvas in framebuffer pixels, x right and y down from the top left (ImGui's coordinates).
struct PixelRect {
    int x = 0, y = 0, w = 0, h = 0;
    bool Empty() const { return w <= 0 || h <= 0; }
};

// Replaces `out` with the picture of `draw_data` (ImGui::GetDrawData() after ImGui::Render(); DisplayPos 0 and
// FramebufferScale 1, as the page and the headless driver draw). About 24 bytes per triangle; it reuses out's
// memory, so a steady screen allocates nothing.
void TakePicture(const ImDrawData& draw_data, FramePicture& out);
bool SamePicture(const FramePicture& a, const FramePicture& b);   // both valid, same size, same triangles
inline void Forget(FramePicture& p) { p.valid = false; }

// The part of the canvas that differs between `shown` (the picture on the canvas) and `next`: the two share a first
// and a last run of triangles, and every pixel outside the box of the triangles between those runs (of either
// picture) comes out the same, since drawing is in order. One pixel more on every side for anti-aliased edges.
// nullopt when the whole canvas must be drawn: `shown` not valid, another size, or a change larger than
// `max_fraction` (0–1) of the canvas. An empty rectangle when the pictures are the same.
std::optional<PixelRect> ChangedRect(const FramePicture& shown, const FramePicture& next, float max_fraction = 0.5f);

// Narrows every clip rectangle of `data` to `rect`, so that drawing it touches only that rectangle's pixels; a
// command outside it gets an empty clip rectangle, which the renderer skips. Take the picture before this.
void ClipDrawData(ImDrawData& data, const PixelRect& rect);

} // namespace systemic
