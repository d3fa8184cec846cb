// frame_picture.cpp — see frame_picture.h.
#include "frame_picture.h"

#include <algorithm>
#include <cfloat>
#include <cmath>
#include <cstddef>
#include <cstring>

namespace systemic {
namespace {

// 64-bit mixing over whole words: tells triangles apart. A false "same" needs a 64-bit collision between the two
// triangles at the same place in two consecutive frames.
std::uint64_t Mix(std::uint64_t h, std::uint64_t w) {
    h = (h ^ w) * 0x9E3779B97F4A7C15ull;
    return h ^ (h >> 29);
}

std::uint64_t MixBytes(std::uint64_t h, const void* data, std::size_t n) {
    const auto* p = static_cast<const unsigned char*>(data);
    for (; n >= 8; p += 8, n -= 8) {
        std::uint64_t w;
        std::memcpy(&w, p, 8);
        h = Mix(h, w);
    }
    std::uint64_t tail = n;
    for (std::size_t i = 0; i < n; ++i) tail = (tail << 8) | p[i];
    return Mix(h, tail);
}

std::uint64_t MixPointer(std::uint64_t h, const void* p) {
    return Mix(h, static_cast<std::uint64_t>(reinterpret_cast<std::uintptr_t>(p)));
}

} // namespace

void TakePicture(const ImDrawData& d, FramePicture& out) {
    out.triangles.clear();
    out.size = d.DisplaySize;
    for (int l = 0; l < d.CmdListsCount; ++l) {
        const ImDrawList& list = *d.CmdLists[l];
        for (const ImDrawCmd& cmd : list.CmdBuffer) {
            const ImVec4 clip(cmd.ClipRect.x - d.DisplayPos.x, cmd.ClipRect.y - d.DisplayPos.y,
                              cmd.ClipRect.z - d.DisplayPos.x, cmd.ClipRect.w - d.DisplayPos.y);
            std::uint64_t command = MixBytes(0x243F6A8885A308D3ull, &clip, sizeof clip);
            command = MixPointer(command, reinterpret_cast<const void*>(cmd.TextureId));
            if (cmd.UserCallback != nullptr) {   // whatever it draws, it may draw anywhere in its clip rectangle
                PictureTriangle t;
                t.key = MixPointer(command, reinterpret_cast<const void*>(cmd.UserCallback));
                t.x0 = clip.x, t.y0 = clip.y, t.x1 = clip.z, t.y1 = clip.w;
                out.triangles.push_back(t);
                continue;
            }
            for (unsigned e = 0; e + 2 < cmd.ElemCount; e += 3) {
                const ImDrawVert* v[3];
                for (int k = 0; k < 3; ++k) {
                    const ImDrawIdx index = list.IdxBuffer[static_cast<int>(cmd.IdxOffset + e) + k];
                    v[k] = &list.VtxBuffer[static_cast<int>(cmd.VtxOffset + index)];
                }
                PictureTriangle t;
                t.x0 = std::max(clip.x, std::min({v[0]->pos.x, v[1]->pos.x, v[2]->pos.x}) - d.DisplayPos.x);
                t.y0 = std::max(clip.y, std::min({v[0]->pos.y, v[1]->pos.y, v[2]->pos.y}) - d.DisplayPos.y);
                t.x1 = std::min(clip.z, std::max({v[0]->pos.x, v[1]->pos.x, v[2]->pos.x}) - d.DisplayPos.x);
                t.y1 = std::min(clip.w, std::max({v[0]->pos.y, v[1]->pos.y, v[2]->pos.y}) - d.DisplayPos.y);
                if (t.x1 <= t.x0 || t.y1 <= t.y0) continue;   // clipped away or degenerate: it colours no pixel
                std::uint64_t key = command;
                for (const ImDrawVert* vertex : v) key = MixBytes(key, vertex, sizeof(ImDrawVert));
                t.key = key;
                out.triangles.push_back(t);
            }
        }
    }
    out.valid = true;
}

bool SamePicture(const FramePicture& a, const FramePicture& b) {
    if (!a.valid || !b.valid || a.size.x != b.size.x || a.size.y != b.size.y) return false;
    if (a.triangles.size() != b.triangles.size()) return false;
    for (std::size_t i = 0; i < a.triangles.size(); ++i) {
        if (a.triangles[i].key != b.triangles[i].key) return false;
    }
    return true;
}

std::optional<PixelRect> ChangedRect(const FramePicture& shown, const FramePicture& next, float max_fraction) {
    if (!shown.valid || !next.valid || shown.size.x != next.size.x || shown.size.y != next.size.y) return std::nullopt;
    const std::vector<PictureTriangle>& a = shown.triangles;
    const std::vector<PictureTriangle>& b = next.triangles;
    const std::size_t shorter = std::min(a.size(), b.size());
    std::size_t first = 0;
    while (first < shorter && a[first].key == b[first].key) ++first;
    std::size_t last = 0;
    while (last < shorter - first && a[a.size() - 1 - last].key == b[b.size() - 1 - last].key) ++last;

    float x0 = FLT_MAX, y0 = FLT_MAX, x1 = -FLT_MAX, y1 = -FLT_MAX;
    auto grow = [&](const PictureTriangle& t) {
        x0 = std::min(x0, t.x0), y0 = std::min(y0, t.y0), x1 = std::max(x1, t.x1), y1 = std::max(y1, t.y1);
    };
    for (std::size_t i = first; i < a.size() - last; ++i) grow(a[i]);
    for (std::size_t i = first; i < b.size() - last; ++i) grow(b[i]);
    if (x1 <= x0 || y1 <= y0) return PixelRect{};   // the same picture

    // Whole pixels, and one more on every side for anti-aliased edges and the rasteriser's rounding.
    const float width = next.size.x, height = next.size.y;
    const int ix0 = static_cast<int>(std::max(0.0f, std::floor(x0) - 1.0f));
    const int iy0 = static_cast<int>(std::max(0.0f, std::floor(y0) - 1.0f));
    const int ix1 = static_cast<int>(std::min(width, std::ceil(x1) + 1.0f));
    const int iy1 = static_cast<int>(std::min(height, std::ceil(y1) + 1.0f));
    const PixelRect rect{ix0, iy0, std::max(0, ix1 - ix0), std::max(0, iy1 - iy0)};
    if (static_cast<float>(rect.w) * static_cast<float>(rect.h) > max_fraction * width * height) return std::nullopt;
    return rect;
}

void ClipDrawData(ImDrawData& data, const PixelRect& rect) {
    const float x0 = data.DisplayPos.x + static_cast<float>(rect.x), y0 = data.DisplayPos.y + static_cast<float>(rect.y);
    const float x1 = x0 + static_cast<float>(rect.w), y1 = y0 + static_cast<float>(rect.h);
    for (int l = 0; l < data.CmdListsCount; ++l) {
        for (ImDrawCmd& cmd : data.CmdLists[l]->CmdBuffer) {
            cmd.ClipRect.x = std::max(cmd.ClipRect.x, x0);
            cmd.ClipRect.y = std::max(cmd.ClipRect.y, y0);
            cmd.ClipRect.z = std::min(cmd.ClipRect.z, x1);
            cmd.ClipRect.w = std::min(cmd.ClipRect.w, y1);
        }
    }
}

} // namespace systemic
