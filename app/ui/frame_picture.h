// frame_picture.h — what a frame draws, as bytes: a copy of its draw lists, so the page can tell whether a frame
// drew anything new (issue 15: frames per input). Two equal pictures in a row mean the screen has settled: the page
// skips sending the second one to the GPU (the canvas keeps the last picture) and lets its render loop sleep.
#pragma once

#include <vector>

#include <imgui.h>

namespace systemic {

// The picture of one frame: the display size, then per draw list its vertex and index bytes and each command's
// clip rectangle, texture, offsets, element count and callback. Equal pictures put exactly the same pixels on
// the canvas (given the same font texture: the caller starts afresh when that is rebuilt).
struct FramePicture {
    std::vector<unsigned char> bytes;
    bool valid = false;   // false until a frame was taken, and after Forget
};

// Replaces `out` with the picture of `draw_data` (ImGui::GetDrawData() after ImGui::Render()). About 30 bytes per
// vertex and index; it reuses out's memory, so a steady screen allocates nothing.
void TakePicture(const ImDrawData& draw_data, FramePicture& out);
bool SamePicture(const FramePicture& a, const FramePicture& b);   // both valid and byte for byte equal
inline void Forget(FramePicture& p) { p.valid = false; }

} // namespace systemic
