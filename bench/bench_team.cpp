// bench_team.cpp — how parsing results files and team aggregation scale with respondents x questions.
// Prints Markdown tables for docs/performance.md. Run a RelWithDebInfo or Release build: `bench_team [max_respondents]`.
// Parse throughput is MB/s = bytes of the results texts (10^6 bytes a MB) / seconds spent in LoadResult.
#include <algorithm>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <string>
#include <vector>

#include "formats/result_file.h"
#include "rules/synthetic.h"
#include "rules/team.h"

using namespace systemic;

namespace {

using Clock = std::chrono::steady_clock;

double Seconds(Clock::time_point a, Clock::time_point b) { return std::chrono::duration<double>(b - a).count(); }

// 8 areas x 6 questions, 3 drivers, 7 stages: the size of the largest questionnaire PRODUCT.md allows.
// Built in code so the benchmark does not depend on the shipped content.
Questionnaire BenchQuestionnaire() {
    Questionnaire q;
    q.id = "bench";
    q.title = "Benchmark, 48 questions";
    q.sector = "custom";
    q.hash = "0123456789abcdef";
    for (int d = 0; d < 3; ++d) q.drivers.push_back({"d" + std::to_string(d), "Driver " + std::to_string(d), ""});
    for (int s = 0; s < 7; ++s) q.stages.push_back({"s" + std::to_string(s), "Stage " + std::to_string(s), ""});
    for (int a = 0; a < 8; ++a) {
        q.areas.push_back({"a" + std::to_string(a), "Area " + std::to_string(a), ""});
        for (int i = 0; i < 6; ++i) {
            const int n = a * 6 + i;
            Question question;
            question.id = "bench-q" + std::to_string(n);
            question.area = a;
            question.text = "Question " + std::to_string(n);
            question.drivers.push_back({n % 3, 1.0});
            if (n % 2 == 0) question.drivers.push_back({(n + 1) % 3, 0.5});
            question.stages = {n % 7, (n + 3) % 7};
            question.weight = i == 0 ? 2.0 : 1.0;
            question.quick = i == 0;
            q.questions.push_back(question);
        }
    }
    return q;
}

// Peak resident memory of this process so far (VmHWM), in kB; 0 when /proc is not there.
long PeakKb() {
    std::ifstream status("/proc/self/status");
    std::string line;
    while (std::getline(status, line))
        if (line.rfind("VmHWM:", 0) == 0) return std::atol(line.c_str() + 6);
    return 0;
}

// Current resident memory (VmRSS), in kB.
long ResidentKb() {
    std::ifstream status("/proc/self/status");
    std::string line;
    while (std::getline(status, line))
        if (line.rfind("VmRSS:", 0) == 0) return std::atol(line.c_str() + 6);
    return 0;
}

// The load average over 1, 5 and 15 minutes (/proc/loadavg), as `uptime` prints it; "unknown" without /proc.
std::string LoadAverage() {
    std::ifstream f("/proc/loadavg");
    std::string one, five, fifteen;
    if (!(f >> one >> five >> fifteen)) return "unknown";
    return one + ", " + five + ", " + fifteen;
}

// Linux resets VmHWM to the current RSS when "5" is written to /proc/self/clear_refs.
void ResetPeak() { std::ofstream("/proc/self/clear_refs") << "5"; }

// Steady parse throughput of one road: the same `count` texts loaded `rounds` times; the median round, in MB/s,
// ns per answer and us per file. Repeating a fixed set keeps the figure steady on a busy machine (the scaling
// table times everything once).
void SteadyParse(const std::vector<std::string>& texts, const Questionnaire& q, int rounds, const char* road,
                 ResultLoad (*load_result)(std::string_view, const Questionnaire&)) {
    std::size_t bytes = 0;
    for (const std::string& text : texts) bytes += text.size();
    std::vector<double> times;
    std::size_t loaded = 0;
    for (int round = 0; round < rounds; ++round) {
        const Clock::time_point t0 = Clock::now();
        for (const std::string& text : texts) loaded += load_result(text, q).result.has_value();
        times.push_back(Seconds(t0, Clock::now()));
    }
    std::sort(times.begin(), times.end());
    const double median = times[times.size() / 2];
    const double count = static_cast<double>(texts.size());
    std::printf("| %s | %zu files, %.0f bytes each on average, %d rounds | %.1f MB/s | %.0f ns | %.1f us | %.1f MB/s |\n", road,
                texts.size(), static_cast<double>(bytes) / count, rounds, static_cast<double>(bytes) / median / 1e6,
                median * 1e9 / (count * static_cast<double>(q.questions.size())), median * 1e6 / count,
                static_cast<double>(bytes) / times.front() / 1e6);
    if (loaded != texts.size() * static_cast<std::size_t>(rounds)) std::fprintf(stderr, "bench: a synthetic result did not load\n");
}

} // namespace

int main(int argc, char** argv) {
    const long max_respondents = argc > 1 ? std::atol(argv[1]) : 100000;
    const Questionnaire q = BenchQuestionnaire();
    const double questions = static_cast<double>(q.questions.size());
    const std::uint64_t seed = 2026;
    const std::string load_before = LoadAverage();

    std::printf("| respondents | results texts | parse (LoadResult) | parse MB/s | parse ns / answer | aggregate (AggregateTeam) | aggregate ns / answer | parse + aggregate | peak RSS growth |\n");
    std::printf("|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
    for (long n : {1L, 10L, 100L, 1000L, 10000L, 100000L}) {
        if (n > max_respondents) break;
        ResetPeak();
        const long base_kb = ResidentKb();
        // Parse: each text is generated (not timed) and then loaded (timed), so only the results are held.
        std::vector<Result> results;
        results.reserve(static_cast<std::size_t>(n));
        double parse = 0.0;
        std::size_t bytes = 0;
        for (long i = 0; i < n; ++i) {
            const std::string text = SaveResult(SynthRespondent(q, seed, static_cast<int>(i)));
            bytes += text.size();
            const Clock::time_point t0 = Clock::now();
            ResultLoad load = LoadResult(text, q);
            parse += Seconds(t0, Clock::now());
            if (!load.result) { std::fprintf(stderr, "bench: a synthetic result did not load\n"); return 1; }
            results.push_back(std::move(*load.result));
        }
        // Aggregate: the best of several runs (at least 3, and at least 0.2 s in all), to keep noise out.
        double best = 1e9, total = 0.0;
        int runs = 0, agenda = 0;
        while (runs < 3 || (total < 0.2 && runs < 1000)) {
            const Clock::time_point t0 = Clock::now();
            const TeamScores team = AggregateTeam(q, results);
            const double t = Seconds(t0, Clock::now());
            agenda += static_cast<int>(team.agenda.size());   // use the result so nothing is optimised away
            best = std::min(best, t);
            total += t;
            ++runs;
        }
        const double answers = static_cast<double>(n) * questions;
        const long peak_kb = std::max(0L, PeakKb() - base_kb);
        std::printf("| %ld | %.2f MB | %.3f ms | %.1f | %.0f | %.3f ms | %.1f | %.3f ms | %.1f MB |\n", n, static_cast<double>(bytes) / 1e6,
                    parse * 1e3, static_cast<double>(bytes) / parse / 1e6, parse * 1e9 / answers, best * 1e3, best * 1e9 / answers,
                    (parse + best) * 1e3, static_cast<double>(peak_kb) / 1024.0);
        std::fflush(stdout);
        (void)agenda;
    }
    std::printf("\n%zu-question questionnaire; \"answer\" = one respondent x one question; results texts as SaveResult writes them\n"
                "(indented JSON), generated untimed, one at a time; MB = 10^6 bytes, parse MB/s = their bytes / parse seconds.\n"
                "Peak RSS growth = VmHWM after the step minus VmRSS before it (VmHWM reset through /proc/self/clear_refs): the\n"
                "parsed results held in memory plus one results text at a time; AggregateTeam itself allocates O(questions),\n"
                "independent of respondents.\n\n",
                q.questions.size());

    // Both roads of LoadResult (formats/result_file.h) on the same texts, and the thorough road on texts it alone
    // reads (one field Systemic does not write: what another tool's file looks like).
    const int steady = static_cast<int>(std::min(1000L, max_respondents));
    std::vector<std::string> texts, foreign;
    for (int i = 0; i < steady; ++i) {
        texts.push_back(SaveResult(SynthRespondent(q, seed, i)));
        foreign.push_back("{\"tool\": \"other\"," + texts.back().substr(1));
    }
    std::printf("| steady parse (median of the rounds) | texts | throughput | per answer | per file | fastest round |\n");
    std::printf("|---|---|---:|---:|---:|---:|\n");
    SteadyParse(texts, q, 9, "LoadResult (takes the plain road here)", LoadResult);
    SteadyParse(texts, q, 9, "LoadResultThorough (ParseJson, then every check)", LoadResultThorough);
    SteadyParse(foreign, q, 9, "LoadResult on texts with a field Systemic does not write (thorough road)", LoadResult);
    std::printf("\n`bench_team %ld`; load average (1, 5, 15 min, as `uptime` prints it) %s before, %s after.\n", max_respondents,
                load_before.c_str(), LoadAverage().c_str());
    return 0;
}
