// placeholder: filled in by its issue
#include <cstdio>
#include "commands.h"
int systemic::cli::RunTeam(const Args&) { std::fputs("not built yet\n", stderr); return 2; }  // TEMP stub
