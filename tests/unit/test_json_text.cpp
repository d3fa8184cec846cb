// test_json_text.cpp — placeholder, filled in by its issue.
#include <doctest/doctest.h>
