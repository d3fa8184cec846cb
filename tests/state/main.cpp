// main.cpp — doctest's runner for the state tests: the application model driven with no UI and no ImGui context.
// Colours off so ctest discovers clean test names.
#define DOCTEST_CONFIG_IMPLEMENT
#include <doctest/doctest.h>

int main(int argc, char** argv) {
    doctest::Context context;
    context.setOption("no-colors", true);
    context.applyCommandLine(argc, argv);
    return context.run();
}
