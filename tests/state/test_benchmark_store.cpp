// test_benchmark_store.cpp — the opened benchmark in storage (state/benchmark_store.h): another tab's opening and
// removal are taken over; a benchmark that cannot be kept over unreadable data leaves that data where it is.
#include <doctest/doctest.h>

#include "formats/benchmark_file.h"
#include "rules/benchmark.h"
#include "rules/synthetic.h"
#include "state/benchmark_store.h"
#include "state/inbox.h"
#include "state_fixture.h"

using namespace systemic;
using namespace systemic::test;

namespace {

std::string BenchmarkText(const Questionnaire& q, int n) {
    std::vector<Result> results;
    for (int i = 0; i < n; ++i) results.push_back(SynthRespondent(q, 5u, i));
    const BenchmarkBuild build = BuildBenchmark(q, results, "2026-12-01");
    REQUIRE(build.benchmark);
    return SaveBenchmark(*build.benchmark);
}

} // namespace

TEST_CASE("benchmark store: another tab's opening and removal are taken over") {
    auto storage = std::make_shared<HeadlessStorage>();
    Model one(storage, "tab-1");
    Model two(storage, "tab-2");
    ReceiveFile(one.state, one.host, "bench.json", BenchmarkText(one.state.questionnaires[0], 7));
    REQUIRE(one.state.benchmark.open);
    two.Deliver();
    REQUIRE(two.state.benchmark.open);
    CHECK(two.state.benchmark.open->n == 7);
    CHECK(two.state.benchmark.message == "This benchmark was opened in another tab or window.");
    RemoveBenchmark(two.state, two.host);
    one.Deliver();
    CHECK_FALSE(one.state.benchmark.open);
    CHECK(one.state.benchmark.message == "The benchmark was removed in another tab or window.");
}

TEST_CASE("benchmark store: unreadable stored data that cannot be kept aside is not written over") {
    Model m;
    const std::string unreadable = "{\"kind\": \"systemic-benchmark\", \"schema_version\": 9}";
    m.host.storage[kBenchmarkKey] = unreadable;
    m.host.storage_mode = StorageResult::Full;   // no copy can be written
    m.Start();
    CHECK_FALSE(m.state.benchmark.open);
    CHECK(m.state.benchmark.stored_unreadable);
    CHECK(m.state.storage_notice.find("could not be kept aside (this browser's storage is full)") != std::string::npos);
    ReceiveFile(m.state, m.host, "bench.json", BenchmarkText(m.state.questionnaires[0], 5));
    CHECK(m.state.benchmark.open);                            // open for this visit
    CHECK(m.host.storage.at(kBenchmarkKey) == unreadable);    // and the data it cannot read is still there
    RemoveBenchmark(m.state, m.host);
    CHECK(m.host.storage.at(kBenchmarkKey) == unreadable);
    // Room again: the next benchmark keeps the old data as a copy first, then is stored.
    m.host.storage_mode = StorageResult::Saved;
    ReceiveFile(m.state, m.host, "bench.json", BenchmarkText(m.state.questionnaires[0], 6));
    CHECK(m.host.storage.at(kBenchmarkKey) != unreadable);
    bool kept = false;
    for (const auto& [key, value] : m.host.storage) kept = kept || (key.rfind("systemic.v1.backup.", 0) == 0 && value == unreadable);
    CHECK(kept);
}
