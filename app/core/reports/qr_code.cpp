// qr_code.cpp — links as QR codes through Nayuki's C encoder (reports/qr_code.h).
#include "reports/qr_code.h"

#include <qrcodegen.h>

#include "reports/html_escape.h"

namespace systemic {

bool QrMatrix::Dark(int x, int y) const {
    if (x < 0 || y < 0 || x >= size || y >= size) return false;
    return modules[static_cast<std::size_t>(y) * static_cast<std::size_t>(size) + static_cast<std::size_t>(x)] != 0;
}

QrEncode EncodeQr(std::string_view text) {
    QrEncode out;
    if (text.empty()) {
        out.issues.push_back({Severity::Error, "qr.empty", "", 0, 0, "There is no text to put in a QR code."});
        return out;
    }
    if (text.size() > kQrMaxBytes) {
        out.issues.push_back({Severity::Error, "qr.too_long", "", 0, 0,
                              "The link is " + std::to_string(text.size()) + " bytes long; a QR code holds at most " +
                                  std::to_string(kQrMaxBytes) + ". Shorten the message to fit."});
        return out;
    }
    // encodeBinary reads the data from the front of its first buffer and uses the rest as scratch space.
    std::vector<std::uint8_t> data(qrcodegen_BUFFER_LEN_MAX, 0);
    std::vector<std::uint8_t> code(qrcodegen_BUFFER_LEN_MAX, 0);
    for (std::size_t i = 0; i < text.size(); ++i) data[i] = static_cast<std::uint8_t>(text[i]);
    // Level M exactly (boostEcl false), automatic mask: the same text always gives the same matrix.
    const bool ok = qrcodegen_encodeBinary(data.data(), text.size(), code.data(), qrcodegen_Ecc_MEDIUM, qrcodegen_VERSION_MIN,
                                           qrcodegen_VERSION_MAX, qrcodegen_Mask_AUTO, false);
    if (!ok) {   // cannot happen below kQrMaxBytes; kept so a wrong limit is an error, not a crash
        out.issues.push_back({Severity::Error, "qr.too_long", "", 0, 0,
                              "The link is too long for a QR code. Shorten the message to fit."});
        return out;
    }
    QrMatrix m;
    m.size = qrcodegen_getSize(code.data());
    m.version = (m.size - 17) / 4;
    m.modules.resize(static_cast<std::size_t>(m.size) * static_cast<std::size_t>(m.size));
    for (int y = 0; y < m.size; ++y)
        for (int x = 0; x < m.size; ++x)
            m.modules[static_cast<std::size_t>(y) * static_cast<std::size_t>(m.size) + static_cast<std::size_t>(x)] =
                qrcodegen_getModule(code.data(), x, y) ? 1 : 0;
    out.matrix = std::move(m);
    return out;
}

std::string QrSvg(const QrMatrix& matrix, std::string_view label, std::string_view css_class) {
    const std::string side = std::to_string(matrix.size + 2 * kQrQuietZone);
    std::string out = "<svg xmlns=\"http://www.w3.org/2000/svg\"";
    if (!css_class.empty()) out += " class=\"" + std::string(css_class) + "\"";
    out += " viewBox=\"0 0 " + side + " " + side + "\" role=\"img\" aria-label=\"";
    AppendEscapedHtml(out, label);
    out += "\" shape-rendering=\"crispEdges\"><title>";
    AppendEscapedHtml(out, label);
    out += "</title><rect width=\"" + side + "\" height=\"" + side + "\" fill=\"#ffffff\"/><path fill=\"#000000\" d=\"";
    // One horizontal run of dark modules per subpath: "M x y h w v1 h-w z" — short, and exact at any scale.
    ForEachDarkRun(matrix, [&](int x, int y, int w) {
        out += "M" + std::to_string(x + kQrQuietZone) + " " + std::to_string(y + kQrQuietZone) + "h" + std::to_string(w) +
               "v1h-" + std::to_string(w) + "z";
    });
    out += "\"/></svg>";
    return out;
}

} // namespace systemic
