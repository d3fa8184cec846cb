// file_text.cpp — file bytes to UTF-8: byte-order marks, UTF-16 and UTF-32 converted, sizes capped (file_text.h).
// The page (app/state/inbox.cpp) and the command line (app/cli/cli_io.cpp) both call DecodeFileText.
#include "formats/file_text.h"

#include <optional>

#include "text/numbers.h"
#include "text/utf8.h"

namespace systemic {

namespace {

std::string Megabytes(std::uint64_t bytes) {
    return FormatFixed(static_cast<double>(bytes) / (1024.0 * 1024.0), 1) + " MB";
}

Issue FileIssue(std::string code, int line, std::string message) {
    return Issue{Severity::Error, std::move(code), "", line, 0, std::move(message)};
}

enum class Wide { None, Utf16LE, Utf16BE, Utf32LE, Utf32BE };

std::uint32_t Unit(std::string_view b, std::size_t i, Wide wide) {
    auto at = [&](std::size_t k) { return static_cast<std::uint32_t>(static_cast<unsigned char>(b[i + k])); };
    switch (wide) {
    case Wide::Utf16LE: return at(0) | (at(1) << 8);
    case Wide::Utf16BE: return (at(0) << 8) | at(1);
    case Wide::Utf32LE: return at(0) | (at(1) << 8) | (at(2) << 16) | (at(3) << 24);
    case Wide::Utf32BE: return (at(0) << 24) | (at(1) << 16) | (at(2) << 8) | at(3);
    default: return 0;
    }
}

const char* WideName(Wide wide) {
    switch (wide) {
    case Wide::Utf16LE: return "UTF-16LE";
    case Wide::Utf16BE: return "UTF-16BE";
    case Wide::Utf32LE: return "UTF-32LE";
    case Wide::Utf32BE: return "UTF-32BE";
    default: return "UTF-8";
    }
}

const char* kSaveAsUtf8 =
    "save it as UTF-8 (in Notepad: File > Save as > Encoding: UTF-8; in PowerShell: Out-File -Encoding utf8, or "
    "Set-Content -Encoding utf8)";

// UTF-16 or UTF-32 from `start` to UTF-8 into result.text; false (with an issue) on a broken sequence or size.
bool Convert(std::string_view b, std::size_t start, Wide wide, FileText& result) {
    const bool utf16 = wide == Wide::Utf16LE || wide == Wide::Utf16BE;
    const std::size_t unit = utf16 ? 2 : 4;
    const std::string name = WideName(wide);
    int line = 1;
    if ((b.size() - start) % unit != 0) {
        result.issues.push_back(FileIssue(utf16 ? "file.invalid_utf16" : "file.invalid_utf32", 0,
            "this file is saved as " + name + ", but its last character is cut off (an odd number of bytes); " + kSaveAsUtf8));
        return false;
    }
    result.text.reserve((b.size() - start) / unit * 2);
    for (std::size_t i = start; i < b.size(); i += unit) {
        std::uint32_t code = Unit(b, i, wide);
        bool broken = false;
        if (utf16 && code >= 0xD800 && code <= 0xDBFF) {
            const std::uint32_t low = i + 2 * unit <= b.size() ? Unit(b, i + unit, wide) : 0;
            if (low >= 0xDC00 && low <= 0xDFFF) {
                code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00);
                i += unit;
            } else {
                broken = true;
            }
        } else if (code >= 0xD800 && code <= 0xDFFF) {
            broken = true;   // a lone low surrogate, or any surrogate in UTF-32
        } else if (code > 0x10FFFF) {
            broken = true;
        }
        if (broken) {
            result.issues.push_back(FileIssue(utf16 ? "file.invalid_utf16" : "file.invalid_utf32", line,
                "this file is saved as " + name + ", and line " + std::to_string(line) +
                " holds a broken character (an unpaired surrogate or a value beyond Unicode); " + kSaveAsUtf8));
            return false;
        }
        if (code == 0) {
            result.issues.push_back(FileIssue("file.binary", line, "line " + std::to_string(line) + " holds a zero character: this is not a text file"));
            return false;
        }
        if (code == '\n') ++line;
        Append(result.text, code);
        if (result.text.size() > kMaxTextBytes) {
            result.issues.push_back(FileTooLarge(b.size(), false));
            return false;
        }
    }
    return true;
}

} // namespace

Issue FileTooLarge(std::uint64_t bytes, bool at_least) {
    return FileIssue("file.too_large", 0,
                     std::string("the file is too large (") + (at_least ? "more than " : "") + Megabytes(bytes) + ", limit " +
                         Megabytes(kMaxTextBytes) + "): a results file is a few KB, a questionnaire some 100 KB");
}

FileText DecodeFileText(std::string_view b) {
    FileText result;
    if (b.size() > kMaxFileBytes) {
        result.issues.push_back(FileTooLarge(b.size()));
        return result;
    }
    auto starts = [&](std::string_view prefix) { return b.substr(0, prefix.size()) == prefix; };
    auto byte = [&](std::size_t i) { return i < b.size() ? static_cast<unsigned char>(b[i]) : 0xFFu; };
    Wide wide = Wide::None;
    std::size_t start = 0;
    // UTF-32LE's mark begins with UTF-16LE's: test the longer one first.
    if (starts(std::string_view("\xFF\xFE\0\0", 4))) { wide = Wide::Utf32LE; start = 4; }
    else if (starts(std::string_view("\0\0\xFE\xFF", 4))) { wide = Wide::Utf32BE; start = 4; }
    else if (starts("\xFF\xFE")) { wide = Wide::Utf16LE; start = 2; }
    else if (starts("\xFE\xFF")) { wide = Wide::Utf16BE; start = 2; }
    else if (b.size() >= 4 && byte(0) == 0 && byte(1) == 0 && byte(2) == 0 && byte(3) != 0) wide = Wide::Utf32BE;
    else if (b.size() >= 4 && byte(0) != 0 && byte(1) == 0 && byte(2) == 0 && byte(3) == 0) wide = Wide::Utf32LE;
    else if (b.size() >= 2 && byte(0) == 0 && byte(1) != 0) wide = Wide::Utf16BE;
    else if (b.size() >= 2 && byte(0) != 0 && byte(1) == 0) wide = Wide::Utf16LE;

    if (wide != Wide::None) {
        result.encoding = WideName(wide);
        if (!Convert(b, start, wide, result)) {
            result.text.clear();
            return result;
        }
        result.ok = true;
        return result;
    }
    const bool bom = starts("\xEF\xBB\xBF");
    result.encoding = bom ? "UTF-8 with BOM" : "UTF-8";
    const std::string_view body = b.substr(bom ? 3 : 0);
    if (body.size() > kMaxTextBytes) {
        result.issues.push_back(FileTooLarge(b.size()));
        return result;
    }
    const std::size_t zero = body.find('\0');
    if (zero != std::string_view::npos) {
        int line = 1;
        for (std::size_t i = 0; i < zero; ++i) line += body[i] == '\n';
        result.issues.push_back(FileIssue("file.binary", line, "line " + std::to_string(line) + " holds a zero byte: this is not a text file"));
        return result;
    }
    result.text.assign(body.data(), body.size());
    result.ok = true;
    return result;
}

} // namespace systemic
