// Dates as a person types them on the command line and in queries: a
// calendar date, or a word or offset counted from today. Every date option
// and every date in a query reads them here, so all take the same forms
// (listed in the DATES section of advo(1)):
//
//   2026-12-24            that day (YYYY-MM-DD)
//   today yesterday tomorrow
//   +3d -3d  +2w -2w      days or weeks after (+) or before (-) today
//   +1m -6m               months: the same day of the month, or the
//                         month's last day when it has no such day
//   friday  fri           the next friday: strictly after today
//
// Words and units are read in any case. Files always hold YYYY-MM-DD; these
// forms are for typing only.
#pragma once

#include <optional>
#include <span>
#include <string>
#include <string_view>

#include "advo/domain/date.hpp"

namespace advo {

// The day `text` names, counting from `today`; nullopt for anything else,
// and for a day outside 0001-01-01..9999-12-31. Without a valid `today`
// only YYYY-MM-DD is read.
std::optional<Date> parse_date_input(std::string_view text, Date today);

// The one message for text that parse_date_input refuses:
// "invalid date 'soon' (expected YYYY-MM-DD, today, …)".
std::string invalid_date_input(std::string_view text);

// The words a date may be, for tab completion: today, yesterday, tomorrow
// and the weekdays.
std::span<const std::string_view> date_input_words();

}  // namespace advo
