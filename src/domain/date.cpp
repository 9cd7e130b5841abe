#include "advo/domain/date.hpp"

#include <ctime>

#include <fmt/format.h>

namespace advo {
namespace {

// Days from 1970-01-01 to y-m-d in the proleptic Gregorian calendar, and
// back (the well-known era-based algorithms).
int32_t days_from_civil(int y, unsigned m, unsigned d) {
  y -= m <= 2;
  const int era = (y >= 0 ? y : y - 399) / 400;
  const unsigned yoe = static_cast<unsigned>(y - era * 400);
  const unsigned doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + static_cast<int32_t>(doe) - 719468;
}

struct Civil {
  int y;
  unsigned m;
  unsigned d;
};

Civil civil_from_days(int32_t z) {
  z += 719468;
  const int era = (z >= 0 ? z : z - 146096) / 146097;
  const unsigned doe = static_cast<unsigned>(z - era * 146097);
  const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const int y = static_cast<int>(yoe) + era * 400;
  const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const unsigned mp = (5 * doy + 2) / 153;
  const unsigned d = doy - (153 * mp + 2) / 5 + 1;
  const unsigned m = mp < 10 ? mp + 3 : mp - 9;
  return {y + (m <= 2), m, d};
}

bool leap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

unsigned days_in_month(int y, unsigned m) {
  static constexpr unsigned kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return m == 2 && leap(y) ? 29 : kDays[m - 1];
}

}  // namespace

Date Date::from_ymd(int year, unsigned month, unsigned day) {
  return Date(days_from_civil(year, month, day));
}

Date last_calendar_day() { return Date::from_ymd(9999, 12, 31); }

std::optional<Date> Date::parse(std::string_view text) {
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') return std::nullopt;
  int fields[3] = {0, 0, 0};
  const int starts[3] = {0, 5, 8};
  const int lengths[3] = {4, 2, 2};
  for (int f = 0; f < 3; ++f) {
    for (int i = 0; i < lengths[f]; ++i) {
      const char c = text[static_cast<size_t>(starts[f] + i)];
      if (c < '0' || c > '9') return std::nullopt;
      fields[f] = fields[f] * 10 + (c - '0');
    }
  }
  const int y = fields[0];
  const auto m = static_cast<unsigned>(fields[1]);
  const auto d = static_cast<unsigned>(fields[2]);
  if (y < 1 || m < 1 || m > 12 || d < 1 || d > days_in_month(y, m)) return std::nullopt;
  return from_ymd(y, m, d);
}

int Date::year() const { return civil_from_days(days_).y; }
unsigned Date::month() const { return civil_from_days(days_).m; }
unsigned Date::day() const { return civil_from_days(days_).d; }

std::string Date::str() const {
  if (!valid()) return {};
  const Civil c = civil_from_days(days_);
  return fmt::format("{:04}-{:02}-{:02}", c.y, c.m, c.d);
}

std::string Date::month_key() const {
  const Civil c = civil_from_days(days_);
  return fmt::format("{:04}-{:02}", c.y, c.m);
}

Date first_of_month(Date d) {
  const Civil c = civil_from_days(d.days());
  return Date::from_ymd(c.y, c.m, 1);
}

Date first_of_quarter(Date d) {
  const Civil c = civil_from_days(d.days());
  return Date::from_ymd(c.y, (c.m - 1) / 3 * 3 + 1, 1);
}

Date first_of_year(Date d) { return Date::from_ymd(d.year(), 1, 1); }

Date add_months(Date d, int n) {
  const Civil c = civil_from_days(d.days());
  int index = c.y * 12 + static_cast<int>(c.m) - 1 + n;
  const int y = index / 12;
  const auto m = static_cast<unsigned>(index % 12 + 1);
  const unsigned last = days_in_month(y, m);
  return Date::from_ymd(y, m, c.d < last ? c.d : last);
}

Date system_today() {
  const std::time_t now = std::time(nullptr);
  std::tm local{};
  localtime_r(&now, &local);
  return Date::from_ymd(local.tm_year + 1900, static_cast<unsigned>(local.tm_mon + 1),
                        static_cast<unsigned>(local.tm_mday));
}

}  // namespace advo
