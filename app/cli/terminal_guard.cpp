// terminal_guard.cpp — stderr, and stdout when it is a terminal, through a filter that shows control characters
// instead of sending them.
// A name, note or file path can hold ESC sequences that would recolour, retitle or rewrite a terminal.
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

#include "cli_io.h"

#if defined(__GLIBC__)
#include <stdio.h>    // fopencookie
#include <unistd.h>   // isatty
#endif

namespace systemic::cli {

namespace {

struct Guard {
    std::FILE* out = nullptr;   // the original stream
    bool pending_cr = false;    // a CR waiting to see whether LF follows (CSV writes CR LF)
    bool pending_c2 = false;    // a 0xC2 byte waiting to see whether a C1 control (U+0080..U+009F) follows
};

void Escape(std::string& out, unsigned code) {
    static const char kHex[] = "0123456789ABCDEF";
    out += "\\u00";
    out += kHex[(code >> 4) & 0xF];
    out += kHex[code & 0xF];
}

// Appends data to out with control characters shown; g carries a CR or 0xC2 split across two writes.
void Filter(Guard& g, const char* data, size_t size, std::string& out) {
    for (size_t i = 0; i < size; ++i) {
        const unsigned char b = static_cast<unsigned char>(data[i]);
        if (g.pending_c2) {
            g.pending_c2 = false;
            if (b >= 0x80 && b <= 0x9F) { Escape(out, b); continue; }
            out += '\xC2';
        }
        if (g.pending_cr) {
            g.pending_cr = false;
            if (b == '\n') { out += "\r\n"; continue; }
            Escape(out, '\r');
        }
        if (b == 0xC2) g.pending_c2 = true;
        else if (b == '\r') g.pending_cr = true;
        else if ((b < 0x20 && b != '\n' && b != '\t') || b == 0x7F) Escape(out, b);
        else out += static_cast<char>(b);
    }
}

// What a write ends with: a 0xC2 that no C1 byte followed is itself (UTF-8 output never ends so); a lone CR is shown.
void FlushPending(Guard& g, std::string& out) {
    if (g.pending_c2) out += '\xC2';
    if (g.pending_cr) Escape(out, '\r');
    g.pending_c2 = g.pending_cr = false;
}

#if defined(__GLIBC__)
ssize_t GuardWrite(void* cookie, const char* data, size_t size) {
    Guard& g = *static_cast<Guard*>(cookie);
    std::string out;
    out.reserve(size + 16);
    Filter(g, data, size, out);
    if (!out.empty() && std::fwrite(out.data(), 1, out.size(), g.out) != out.size()) return -1;
    return static_cast<ssize_t>(size);
}

Guard g_out, g_err;
std::FILE* g_guarded_out = nullptr;
std::FILE* g_guarded_err = nullptr;

void FlushGuards() {
    if (g_guarded_out) std::fflush(g_guarded_out);
    if (g_guarded_err) std::fflush(g_guarded_err);
    for (Guard* g : {&g_out, &g_err}) {
        std::string rest;
        FlushPending(*g, rest);
        std::fputs(rest.c_str(), g->out);
        std::fflush(g->out);
    }
}
#endif

} // namespace

std::string ShowControlCharacters(std::string_view text) {
    Guard g;
    std::string out;
    out.reserve(text.size());
    Filter(g, text.data(), text.size(), out);
    FlushPending(g, out);
    return out;
}

void InstallTerminalGuard() {
#if defined(__GLIBC__)
    // glibc documents stdout and stderr as ordinary variables that a program may set.
    cookie_io_functions_t io{};
    io.write = GuardWrite;
    g_out.out = stdout;
    g_err.out = stderr;
    // Messages (stderr) are always for a person, and a log file is read in a terminal later: always guarded.
    // Output (stdout) is data when it goes to a file or a pipe (a CSV cell holds what the respondent wrote), so
    // it is guarded only when it goes to a terminal.
    const bool out_terminal = isatty(fileno(stdout)) != 0;
    g_guarded_err = fopencookie(&g_err, "w", io);
    if (!g_guarded_err) return;
    std::setvbuf(g_guarded_err, nullptr, _IONBF, 0);
    stderr = g_guarded_err;
    if (out_terminal) {
        g_guarded_out = fopencookie(&g_out, "w", io);
        if (g_guarded_out) {
            std::setvbuf(g_guarded_out, nullptr, _IOLBF, 1 << 12);   // as a terminal's stdout is
            stdout = g_guarded_out;
        }
    }
    std::atexit(FlushGuards);
#endif
}

} // namespace systemic::cli
