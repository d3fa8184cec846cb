// frame_picture.cpp — see frame_picture.h.
#include "frame_picture.h"

#include <cstddef>

namespace systemic {
namespace {

template <typename T>
void Put(std::vector<unsigned char>& out, const T& value) {
    const auto* p = reinterpret_cast<const unsigned char*>(&value);
    out.insert(out.end(), p, p + sizeof(T));
}

void PutBytes(std::vector<unsigned char>& out, const void* data, std::size_t n) {
    Put(out, n);   // the length first, so that bytes moving from one list to the next still differ
    const auto* p = static_cast<const unsigned char*>(data);
    if (n > 0) out.insert(out.end(), p, p + n);
}

} // namespace

void TakePicture(const ImDrawData& d, FramePicture& out) {
    out.bytes.clear();
    Put(out.bytes, d.DisplaySize);
    Put(out.bytes, d.FramebufferScale);
    Put(out.bytes, d.CmdListsCount);
    for (int i = 0; i < d.CmdListsCount; ++i) {
        const ImDrawList& list = *d.CmdLists[i];
        PutBytes(out.bytes, list.VtxBuffer.Data, static_cast<std::size_t>(list.VtxBuffer.size_in_bytes()));
        PutBytes(out.bytes, list.IdxBuffer.Data, static_cast<std::size_t>(list.IdxBuffer.size_in_bytes()));
        Put(out.bytes, list.CmdBuffer.Size);
        for (const ImDrawCmd& cmd : list.CmdBuffer) {
            Put(out.bytes, cmd.ClipRect);
            Put(out.bytes, cmd.TextureId);
            Put(out.bytes, cmd.VtxOffset);
            Put(out.bytes, cmd.IdxOffset);
            Put(out.bytes, cmd.ElemCount);
            Put(out.bytes, cmd.UserCallback);
        }
    }
    out.valid = true;
}

bool SamePicture(const FramePicture& a, const FramePicture& b) { return a.valid && b.valid && a.bytes == b.bytes; }

} // namespace systemic
