// cli_synth.cpp — `systemic synth QUESTIONNAIRE --count N [--seed S] --out DIR`: realistic synthetic results files.
// Writes DIR/result-0001.json ... (more digits past 9999); the same seed always writes the same files.
#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <system_error>

#include <CLI/CLI.hpp>

#include "cli_io.h"
#include "commands.h"
#include "formats/result_file.h"
#include "rules/synthetic.h"

namespace systemic::cli {

namespace {

struct SynthOptions {
    std::string questionnaire;
    unsigned long long count = 0;
    unsigned long long seed = 1;
    std::string out_dir;
};

std::string NumberedName(unsigned long long i, std::size_t width) {
    std::string digits = std::to_string(i);
    if (digits.size() < width) digits.insert(0, width - digits.size(), '0');
    return "result-" + digits + ".json";
}

int RunSynth(const SynthOptions& o) {
    const std::optional<Questionnaire> q = LoadQuestionnaireArg(o.questionnaire);
    if (!q) return 1;
    std::error_code error;
    std::filesystem::create_directories(o.out_dir, error);
    if (error) {
        std::fprintf(stderr, "%s: error: cannot create this directory: %s\n", o.out_dir.c_str(), error.message().c_str());
        return 1;
    }
    const std::size_t width = std::max<std::size_t>(4, std::to_string(o.count).size());
    for (unsigned long long i = 0; i < o.count; ++i) {
        const std::string path = (std::filesystem::path(o.out_dir) / NumberedName(i + 1, width)).string();
        if (!WriteFile(path, SaveResult(SynthRespondent(*q, o.seed, static_cast<int>(i))))) {
            std::fprintf(stderr, "%s: error: cannot write this file\n", path.c_str());
            return 1;
        }
    }
    std::fprintf(stderr, "wrote %llu results to %s (seed %llu)\n", o.count, o.out_dir.c_str(), o.seed);
    return 0;
}

} // namespace

void AddSynth(CLI::App& app, int& exit_code) {
    auto o = std::make_shared<SynthOptions>();
    CLI::App* sub = app.add_subcommand("synth", "write N realistic synthetic results files (tests, benchmarks)");
    sub->add_option("QUESTIONNAIRE", o->questionnaire, kQuestionnaireHelp)->required();
    sub->add_option("--count", o->count, "how many results files")->required()->type_name("N")->check(CLI::Range(0ull, 1000000ull));
    sub->add_option("--seed", o->seed, "the seed: the same seed always writes the same files (default 1)")->type_name("S");
    sub->add_option("--out", o->out_dir, "the directory to write DIR/result-0001.json ... into")->required()->type_name("DIR");
    sub->callback([o, &exit_code] { exit_code = RunSynth(*o); });
}

} // namespace systemic::cli
