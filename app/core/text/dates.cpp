// dates.cpp — ISO dates by hand: digits read one by one (sscanf would pull the scanf machinery into the page),
// and Howard Hinnant's days_from_civil / civil_from_days in plain integers for day counts.
#include "text/dates.h"

namespace systemic {

namespace {

// The number in iso[at, at + length) when every byte there is a digit, else -1.
int Digits(std::string_view iso, std::size_t at, std::size_t length) {
    if (at + length > iso.size()) return -1;
    int v = 0;
    for (std::size_t i = at; i < at + length; ++i) {
        if (iso[i] < '0' || iso[i] > '9') return -1;
        v = v * 10 + (iso[i] - '0');
    }
    return v;
}

bool IsLeapYear(long y) { return y % 4 == 0 && (y % 100 != 0 || y % 400 == 0); }

long DaysFromCivil(long y, long m, long d) {   // days since 1970-01-01
    y -= m <= 2 ? 1 : 0;
    const long era = (y >= 0 ? y : y - 399) / 400;
    const long yoe = y - era * 400;
    const long doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

constexpr long kDay2000 = 10957;   // DaysFromCivil(2000, 1, 1)

std::string TwoDigits(int v) { return std::string(1, static_cast<char>('0' + v / 10 % 10)) + static_cast<char>('0' + v % 10); }

} // namespace

std::optional<CivilDate> ParseIsoDate(std::string_view iso) {
    if (iso.size() < 10 || iso[4] != '-' || iso[7] != '-') return std::nullopt;
    if (iso.size() > 10 && iso[10] != 'T' && iso[10] != ' ') return std::nullopt;
    const int y = Digits(iso, 0, 4), m = Digits(iso, 5, 2), d = Digits(iso, 8, 2);
    if (y < 0 || m < 1 || m > 12 || d < 1) return std::nullopt;
    static const int kMonthDays[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const int days = kMonthDays[m - 1] + (m == 2 && IsLeapYear(y) ? 1 : 0);
    if (d > days) return std::nullopt;
    return CivilDate{y, m, d};
}

long DaysSince2000(const CivilDate& date) { return DaysFromCivil(date.year, date.month, date.day) - kDay2000; }

CivilDate DateFromDaysSince2000(long days) {
    const long z = days + kDay2000 + 719468;
    const long era = (z >= 0 ? z : z - 146096) / 146097;
    const long doe = z - era * 146097;
    const long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const long mp = (5 * doy + 2) / 153;
    const long d = doy - (153 * mp + 2) / 5 + 1;
    const long m = mp < 10 ? mp + 3 : mp - 9;
    const long y = yoe + era * 400 + (m <= 2 ? 1 : 0);
    return CivilDate{static_cast<int>(y), static_cast<int>(m), static_cast<int>(d)};
}

std::string IsoDate(const CivilDate& date) {
    std::string year = std::to_string(date.year);
    if (date.year >= 0 && year.size() < 4) year.insert(0, 4 - year.size(), '0');
    return year + "-" + TwoDigits(date.month) + "-" + TwoDigits(date.day);
}

std::string ShortDate(std::string_view iso) {
    if (iso.size() > 10 && iso[10] == 'T' && ParseIsoDate(iso)) return std::string(iso.substr(0, 10));
    return std::string(iso);
}

std::string DatePart(std::string_view iso) { return ParseIsoDate(iso) ? std::string(iso.substr(0, 10)) : std::string(); }

std::string FriendlyDate(std::string_view iso) {
    static const char* const kMonths[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    const std::optional<CivilDate> date = ParseIsoDate(iso);
    if (!date) return std::string(iso);
    std::string out = std::to_string(date->day) + " " + kMonths[date->month - 1] + " " + std::to_string(date->year);
    if (iso.size() >= 16 && iso[10] == 'T' && iso[13] == ':') {
        const int hh = Digits(iso, 11, 2), mm = Digits(iso, 14, 2);
        if (hh >= 0 && hh <= 23 && mm >= 0 && mm <= 59) out += " at " + TwoDigits(hh) + ":" + TwoDigits(mm);
    }
    return out;
}

} // namespace systemic
