// file_text.h — the bytes of an opened file to UTF-8 text, the same way in the page and on the command line.
// Editors and shells save text in more than one encoding: PowerShell's '>' writes UTF-16 with a byte-order mark.
#pragma once

// What is read, in order:
//   1. Size. More than kMaxTextBytes of text is "file.too_large" (the limit is named in the message). Readers refuse
//      larger files before reading them (FileTooLarge), and stop reading after kMaxFileBytes (a stream, /dev/zero).
//   2. Byte-order mark. UTF-8 (EF BB BF) is dropped; UTF-16 LE/BE (FF FE / FE FF) and UTF-32 LE/BE
//      (FF FE 00 00 / 00 00 FE FF) are converted to UTF-8. Without a mark, a text whose first bytes hold zeros the
//      way ASCII does in UTF-16 or UTF-32 (RFC 4627 section 3) is converted too.
//   3. A zero byte left anywhere else means the file is not text ("file.binary").
// UTF-8 itself (overlong forms, surrogates, Latin-1 bytes) is checked by ParseJson with a line and column, so that
// a results file and a questionnaire file get the same message in the page and in `systemic validate`.

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "model/issue.h"

namespace systemic {

constexpr std::size_t kMaxTextBytes = 4 * 1024 * 1024;    // the largest text accepted (JsonLimits::max_bytes agrees)
constexpr std::size_t kMaxFileBytes = 4 * kMaxTextBytes;   // the most bytes read from a file: 4 MB of text in UTF-32

struct FileText {
    bool ok = false;
    std::string text;         // UTF-8 without a byte-order mark (when ok)
    std::string encoding;     // what the bytes were: "UTF-8", "UTF-8 with BOM", "UTF-16LE", "UTF-16BE", "UTF-32LE", "UTF-32BE"
    Issues issues;            // one Error when !ok: file.too_large, file.invalid_utf16, file.invalid_utf32, file.binary
};

FileText DecodeFileText(std::string_view bytes);                 // never throws; see the order above
Issue FileTooLarge(std::uint64_t bytes, bool at_least = false);  // "file.too_large" for a file of `bytes` (at_least: reading stopped there)

} // namespace systemic
