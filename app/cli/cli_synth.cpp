// cli_synth.cpp — `systemic synth QUESTIONNAIRE --count N [--seed S] --out DIR`: realistic synthetic results files.
// Writes DIR/result-0001.json ... (more digits past 9999); the same seed always writes the same files.
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <optional>
#include <string>
#include <system_error>

#include "cli_io.h"
#include "commands.h"
#include "formats/result_file.h"
#include "rules/synthetic.h"

namespace systemic::cli {

namespace {

// A whole number from text, no exceptions: false unless the text is all digits and <= max.
bool ParseCount(const std::string& text, unsigned long long max, unsigned long long& out) {
    if (text.empty() || text.find_first_not_of("0123456789") != std::string::npos || text.size() > 19) return false;
    out = std::strtoull(text.c_str(), nullptr, 10);
    return out <= max;
}

std::string NumberedName(unsigned long long i, std::size_t width) {
    std::string digits = std::to_string(i);
    if (digits.size() < width) digits.insert(0, width - digits.size(), '0');
    return "result-" + digits + ".json";
}

} // namespace

int RunSynth(const Args& args) {
    const char* usage = "usage: systemic synth QUESTIONNAIRE --count N [--seed S] --out DIR\n";
    std::string questionnaire, out_dir;
    unsigned long long count = 0, seed = 1;
    bool has_count = false;
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string& arg = args[i];
        const bool has_value = i + 1 < args.size();
        if (arg == "--count" && has_value) {
            if (!ParseCount(args[++i], 1000000, count)) { std::fprintf(stderr, "systemic: --count wants a number from 0 to 1000000\n"); return 2; }
            has_count = true;
        } else if (arg == "--seed" && has_value) {
            if (!ParseCount(args[++i], ~0ull, seed)) { std::fprintf(stderr, "systemic: --seed wants a whole number\n"); return 2; }
        } else if (arg == "--out" && has_value) {
            out_dir = args[++i];
        } else if (arg.size() > 1 && arg[0] == '-') {
            std::fprintf(stderr, "systemic: unknown or incomplete option '%s'\n%s", arg.c_str(), usage);
            return 2;
        } else if (questionnaire.empty()) {
            questionnaire = arg;
        } else {
            std::fputs(usage, stderr);
            return 2;
        }
    }
    if (questionnaire.empty() || !has_count || out_dir.empty()) { std::fputs(usage, stderr); return 2; }

    const std::optional<Questionnaire> q = LoadQuestionnaireArg(questionnaire);
    if (!q) return 1;
    std::error_code error;
    std::filesystem::create_directories(out_dir, error);
    if (error) {
        std::fprintf(stderr, "%s: error: cannot create this directory: %s\n", out_dir.c_str(), error.message().c_str());
        return 1;
    }
    const std::size_t width = std::max<std::size_t>(4, std::to_string(count).size());
    for (unsigned long long i = 0; i < count; ++i) {
        const std::string path = (std::filesystem::path(out_dir) / NumberedName(i + 1, width)).string();
        if (!WriteFile(path, SaveResult(SynthRespondent(*q, seed, static_cast<int>(i))))) {
            std::fprintf(stderr, "%s: error: cannot write this file\n", path.c_str());
            return 1;
        }
    }
    std::fprintf(stderr, "wrote %llu results to %s (seed %llu)\n", count, out_dir.c_str(), seed);
    return 0;
}

} // namespace systemic::cli
