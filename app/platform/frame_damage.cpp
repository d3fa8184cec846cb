// frame_damage.cpp — the rectangle a new frame changes: common first and last runs of triangles, and the bounding
// box of what lies between them in either frame (see frame_damage.h).
#include "frame_damage.h"

#include <algorithm>
#include <cfloat>
#include <cmath>
#include <cstring>
#include <utility>

namespace systemic {

namespace {

// 64-bit mixing over whole words: tells triangles apart; a false "same" needs a 64-bit collision between the two
// triangles at the same place in two consecutive frames.
std::uint64_t Mix(std::uint64_t h, std::uint64_t w) {
    h = (h ^ w) * 0x9E3779B97F4A7C15ull;
    return h ^ (h >> 29);
}

std::uint64_t MixBytes(std::uint64_t h, const void* data, std::size_t n) {
    const unsigned char* p = static_cast<const unsigned char*>(data);
    for (; n >= 8; p += 8, n -= 8) {
        std::uint64_t w;
        std::memcpy(&w, p, 8);
        h = Mix(h, w);
    }
    std::uint64_t tail = n;
    for (std::size_t i = 0; i < n; ++i) tail = (tail << 8) | p[i];
    return Mix(h, tail);
}

} // namespace

void FrameDamage::Flatten(const ImDrawData& data, std::vector<Triangle>* out) {
    out->clear();
    for (int l = 0; l < data.CmdListsCount; ++l) {
        const ImDrawList& list = *data.CmdLists[l];
        for (const ImDrawCmd& cmd : list.CmdBuffer) {
            const ImVec4 clip(cmd.ClipRect.x - data.DisplayPos.x, cmd.ClipRect.y - data.DisplayPos.y,
                              cmd.ClipRect.z - data.DisplayPos.x, cmd.ClipRect.w - data.DisplayPos.y);
            std::uint64_t command = MixBytes(0x243F6A8885A308D3ull, &clip, sizeof clip);
            command = Mix(command, static_cast<std::uint64_t>(reinterpret_cast<std::uintptr_t>(cmd.TextureId)));
            if (cmd.UserCallback != nullptr) {   // whatever it draws, it may draw anywhere in its clip rectangle
                Triangle t;
                t.key = Mix(command, static_cast<std::uint64_t>(reinterpret_cast<std::uintptr_t>(cmd.UserCallback)));
                t.x0 = clip.x, t.y0 = clip.y, t.x1 = clip.z, t.y1 = clip.w;
                out->push_back(t);
                continue;
            }
            for (unsigned int e = 0; e + 2 < cmd.ElemCount; e += 3) {
                const ImDrawVert* v[3];
                for (int k = 0; k < 3; ++k) v[k] = &list.VtxBuffer[static_cast<int>(cmd.VtxOffset + list.IdxBuffer[static_cast<int>(cmd.IdxOffset + e) + k])];
                Triangle t;
                t.x0 = std::max(clip.x, std::min({v[0]->pos.x, v[1]->pos.x, v[2]->pos.x}));
                t.y0 = std::max(clip.y, std::min({v[0]->pos.y, v[1]->pos.y, v[2]->pos.y}));
                t.x1 = std::min(clip.z, std::max({v[0]->pos.x, v[1]->pos.x, v[2]->pos.x}));
                t.y1 = std::min(clip.w, std::max({v[0]->pos.y, v[1]->pos.y, v[2]->pos.y}));
                if (t.x1 <= t.x0 || t.y1 <= t.y0) continue;   // clipped away or degenerate: it colours no pixel
                std::uint64_t key = command;
                for (int k = 0; k < 3; ++k) key = MixBytes(key, v[k], sizeof(ImDrawVert));
                t.key = key;
                out->push_back(t);
            }
        }
    }
}

bool FrameDamage::Changed(const ImDrawData& next, DamageRect* rect, float max_fraction) {
    *rect = DamageRect{};
    Flatten(next, &next_);
    next_size_ = next.DisplaySize;
    if (!has_kept_ || kept_size_.x != next_size_.x || kept_size_.y != next_size_.y) return false;

    const std::size_t a = kept_.size(), b = next_.size(), shorter = std::min(a, b);
    std::size_t first = 0;
    while (first < shorter && kept_[first].key == next_[first].key) ++first;
    std::size_t last = 0;
    while (last < shorter - first && kept_[a - 1 - last].key == next_[b - 1 - last].key) ++last;

    float x0 = FLT_MAX, y0 = FLT_MAX, x1 = -FLT_MAX, y1 = -FLT_MAX;
    auto grow = [&](const Triangle& t) {
        x0 = std::min(x0, t.x0), y0 = std::min(y0, t.y0), x1 = std::max(x1, t.x1), y1 = std::max(y1, t.y1);
    };
    for (std::size_t i = first; i < a - last; ++i) grow(kept_[i]);
    for (std::size_t i = first; i < b - last; ++i) grow(next_[i]);
    if (x1 <= x0 || y1 <= y0) return true;   // the same picture

    // Whole pixels, and one more on every side for anti-aliased edges and the rasteriser's rounding.
    const float width = next_size_.x, height = next_size_.y;
    const int ix0 = static_cast<int>(std::max(0.0f, std::floor(x0) - 1.0f));
    const int iy0 = static_cast<int>(std::max(0.0f, std::floor(y0) - 1.0f));
    const int ix1 = static_cast<int>(std::min(width, std::ceil(x1) + 1.0f));
    const int iy1 = static_cast<int>(std::min(height, std::ceil(y1) + 1.0f));
    *rect = DamageRect{ix0, iy0, std::max(0, ix1 - ix0), std::max(0, iy1 - iy0)};
    return static_cast<float>(rect->w) * static_cast<float>(rect->h) <= max_fraction * width * height;
}

void FrameDamage::Keep() {
    std::swap(kept_, next_);
    kept_size_ = next_size_;
    has_kept_ = true;
}

void FrameDamage::Forget() { has_kept_ = false; }

void ClipDrawData(ImDrawData* data, const DamageRect& rect) {
    const float x0 = data->DisplayPos.x + static_cast<float>(rect.x), y0 = data->DisplayPos.y + static_cast<float>(rect.y);
    const float x1 = x0 + static_cast<float>(rect.w), y1 = y0 + static_cast<float>(rect.h);
    for (int l = 0; l < data->CmdListsCount; ++l) {
        for (ImDrawCmd& cmd : data->CmdLists[l]->CmdBuffer) {
            cmd.ClipRect.x = std::max(cmd.ClipRect.x, x0);
            cmd.ClipRect.y = std::max(cmd.ClipRect.y, y0);
            cmd.ClipRect.z = std::min(cmd.ClipRect.z, x1);
            cmd.ClipRect.w = std::min(cmd.ClipRect.w, y1);
        }
    }
}

} // namespace systemic
