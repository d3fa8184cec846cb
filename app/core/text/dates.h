// dates.h — ISO 8601 calendar dates ("2026-11-21", "2026-11-21T10:30:00Z") read and written without a clock,
// a locale or scanf: the same text natively and in the page. Proleptic Gregorian calendar throughout.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace systemic {

struct CivilDate {
    int year = 2000;    // 0..9999 when parsed
    int month = 1;      // 1..12
    int day = 1;        // 1..28/29/30/31, as the month and the leap year allow
};

// The date at the start of an ISO 8601 text: "YYYY-MM-DD" with exactly those digits, then the end, 'T' or ' '
// (what follows is not read). nullopt for anything else, and for days the calendar does not have (2026-02-29, 2026-04-31).
std::optional<CivilDate> ParseIsoDate(std::string_view iso);

long DaysSince2000(const CivilDate& date);          // 2000-01-01 -> 0, 2000-01-02 -> 1, 1999-12-31 -> -1
CivilDate DateFromDaysSince2000(long days);         // the inverse of DaysSince2000
std::string IsoDate(const CivilDate& date);         // "2026-11-21" (year zero-padded to 4 digits)

std::string ShortDate(std::string_view iso);        // "2026-11-21T10:30:00Z" -> "2026-11-21"; any other text unchanged
std::string DatePart(std::string_view iso);         // the "YYYY-MM-DD" a valid ISO text starts with, or "" (file names)
std::string FriendlyDate(std::string_view iso);     // "22 Nov 2026 at 10:00" (the time as written, no zone conversion),
                                                    // "22 Nov 2026" without a time; the input unchanged when not ISO

} // namespace systemic
