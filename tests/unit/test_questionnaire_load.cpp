// test_questionnaire_load.cpp — placeholder, filled in by its issue.
#include <doctest/doctest.h>
