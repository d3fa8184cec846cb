// frame_damage.h — which part of the canvas a new frame changes, worked out from two frames' Dear ImGui draw data,
// so that the page redraws only that rectangle: in software GL a full 1440 x 900 redraw costs tens of milliseconds.
//
// A frame is the sequence of triangles ImGui draws, in order, each with its vertices (position, texture coordinate,
// colour), clip rectangle and texture. Two frames that share a first run of triangles and a last run of triangles
// colour every pixel the same except where the triangles in between (of either frame) lie, so the damage is the
// bounding box of those middle triangles, clipped by their clip rectangles.
#pragma once

#include <cstdint>
#include <vector>

#include <imgui.h>

namespace systemic {

struct DamageRect {
    int x = 0, y = 0, w = 0, h = 0;   // framebuffer pixels, y down from the top, as ImGui's coordinates
    bool Empty() const { return w <= 0 || h <= 0; }
};

class FrameDamage {
public:
    // What changes between the kept frame and `next` (draw data in framebuffer pixels: DisplayPos 0, scale 1).
    // Returns false when the whole canvas must be drawn: nothing kept yet (or Forget() since), another display
    // size, or damage above `max_fraction` of the canvas. Else `rect` is the damage, empty when nothing changed.
    bool Changed(const ImDrawData& next, DamageRect* rect, float max_fraction = 0.5f);
    void Keep();                                  // the frame last given to Changed() is now on the canvas
    void Forget();                                // the canvas was cleared, resized or its texture rebuilt

private:
    struct Triangle {
        std::uint64_t key = 0;                    // hash of its three vertices, clip rectangle and texture
        float x0 = 0, y0 = 0, x1 = 0, y1 = 0;     // bounding box within its clip rectangle
    };
    static void Flatten(const ImDrawData& data, std::vector<Triangle>* out);

    std::vector<Triangle> kept_, next_;
    ImVec2 kept_size_{0, 0}, next_size_{0, 0};
    bool has_kept_ = false;
};

// Clip rectangles of `data` narrowed to `rect`, so that drawing it touches only that rectangle's pixels.
void ClipDrawData(ImDrawData* data, const DamageRect& rect);

} // namespace systemic
