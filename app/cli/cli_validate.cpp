// placeholder: filled in by its issue
#include <cstdio>
#include "commands.h"
int systemic::cli::RunValidate(const Args&) { std::fputs("not built yet\n", stderr); return 2; }  // TEMP stub
int systemic::cli::RunReadability(const Args&) { std::fputs("not built yet\n", stderr); return 2; }  // TEMP stub
