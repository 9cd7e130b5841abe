// Calendar dates as a count of days, so that rules are integer arithmetic.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace advo {

class Date {
 public:
  constexpr Date() = default;  // no date
  static constexpr Date from_days(int32_t days) { return Date(days); }
  // The civil date; no validation (use parse for user input).
  static Date from_ymd(int year, unsigned month, unsigned day);
  // Strict YYYY-MM-DD with a real calendar day; nullopt otherwise.
  static std::optional<Date> parse(std::string_view text);

  constexpr bool valid() const { return days_ != kNone; }
  constexpr explicit operator bool() const { return valid(); }
  constexpr int32_t days() const { return days_; }

  int year() const;
  unsigned month() const;
  unsigned day() const;
  // Quarter 1..4 of the calendar year.
  unsigned quarter() const { return (month() - 1) / 3 + 1; }

  std::string str() const;        // "YYYY-MM-DD", "" for no date
  std::string month_key() const;  // "YYYY-MM"

  constexpr Date operator+(int32_t n) const { return Date(days_ + n); }
  constexpr Date operator-(int32_t n) const { return Date(days_ - n); }
  constexpr int32_t operator-(Date other) const { return days_ - other.days_; }
  constexpr auto operator<=>(const Date&) const = default;

 private:
  static constexpr int32_t kNone = INT32_MIN;
  constexpr explicit Date(int32_t days) : days_(days) {}
  int32_t days_ = kNone;
};

// The first day of the month / quarter / year containing d.
Date first_of_month(Date d);
Date first_of_quarter(Date d);
Date first_of_year(Date d);
// The same day n months later, clamped to the month's end.
Date add_months(Date d, int n);

// The last day a date can name: 9999-12-31 (years have four digits). A day
// after it is never written or printed.
Date last_calendar_day();

// Today's date in the local time zone.
Date system_today();

}  // namespace advo
