// qr_code.h — a link as a QR code (ISO/IEC 18004): the matrix of dark and light modules, and that matrix as SVG.
// The encoder is Nayuki's QR Code generator (Debian's qr-code-generator source package, C version; cmake/qrcodegen.cmake):
// nothing here knows Reed-Solomon or masks. The page draws the matrix itself; reports embed the SVG.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model/issue.h"

namespace systemic {

// The longest text EncodeQr takes, in bytes of UTF-8: byte mode at error-correction level M fills version 40
// (177 x 177 modules) with 2331 bytes. Level M (about 15 % of the code may be damaged and still read) is what
// phone cameras read well from paper and screens; higher levels would make a long invitation link denser.
constexpr std::size_t kQrMaxBytes = 2331;
constexpr int kQrQuietZone = 4;   // light modules around the code on every side (ISO/IEC 18004 asks for 4)

// A QR code: `size` x `size` modules (21 for version 1 ... 177 for version 40), without its quiet zone.
struct QrMatrix {
    int version = 0;                     // 1..40: the smallest that holds the text
    int size = 0;                        // modules per side: 4 * version + 17
    std::vector<std::uint8_t> modules;   // size * size, row by row from the top left: 1 dark, 0 light
    bool Dark(int x, int y) const;       // module at column x, row y; false outside 0..size-1 (the quiet zone)
};

// Calls run(x, y, width) for each horizontal run of dark modules, row by row from the top (module units, without the
// quiet zone): one rectangle per run is how both the SVG and the page draw a code.
template <typename Run>
void ForEachDarkRun(const QrMatrix& m, Run&& run) {
    for (int y = 0; y < m.size; ++y) {
        for (int x = 0; x < m.size;) {
            if (!m.Dark(x, y)) {
                ++x;
                continue;
            }
            int end = x;
            while (end < m.size && m.Dark(end, y)) ++end;
            run(x, y, end - x);
            x = end;
        }
    }
}

struct QrEncode {
    std::optional<QrMatrix> matrix;      // set when issues is empty
    Issues issues;                       // one Error: "qr.empty" (no text) or "qr.too_long" (over kQrMaxBytes bytes)
};

// `text` (UTF-8, e.g. an invitation URL) as a QR code in byte mode at level M, in the smallest version that holds it.
// The bytes are encoded as they are, so a decoder reads back exactly `text`. Never throws; allocates only the result.
QrEncode EncodeQr(std::string_view text);

// The matrix as a self-contained SVG element: one <path> of dark modules (#000000) on a white (#ffffff) square that
// includes the quiet zone of kQrQuietZone modules, one user unit per module (viewBox 0 0 size+8 size+8), scaled by
// CSS (shape-rendering crispEdges). role="img" with `label` as its aria-label and <title> (escaped here).
// `css_class` (written by us, not escaped) goes on the <svg> element when not empty.
std::string QrSvg(const QrMatrix& matrix, std::string_view label, std::string_view css_class = {});

} // namespace systemic
