// main.cpp — doctest's one runner for every test binary: core (native and wasm), state and UI tests.
// Colours off: under node the wasm build believes it writes to a terminal, and ANSI codes would end up
// in the test names ctest discovers.
#define DOCTEST_CONFIG_IMPLEMENT
#include <doctest/doctest.h>

int main(int argc, char** argv) {
    doctest::Context context;
    context.setOption("no-colors", true);
    context.applyCommandLine(argc, argv);
    return context.run();
}
