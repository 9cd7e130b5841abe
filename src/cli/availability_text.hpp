// How the availability of an advocate for an activity type is told: in
// words (the refusal of `advo log`, `advo rest check`) and as JSON (`advo
// rest`, `advo rest check`). Scripts read both, so the wording is fixed.
#pragma once

#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "advo/domain/rest.hpp"
#include "advo/render/json.hpp"

namespace advo::cli {

// "jane-doe-acme is available for reference-call on 2026-11-20" or "… is
// not available …", then (when not) one line per reason,
//   "  resting: resting after … (60 days); clears on 2027-01-04"
//   "  not-active: stage is paused, not active; does not clear by itself"
// and the line "  next available: 2027-01-04" (or "none", with why).
// Every line ends in a newline; values are made terminal-safe.
std::string availability_text(std::string_view id, std::string_view type, Date on, const Availability& a);

// For a refusal: when the advocate is not willing to do the type, the
// command that records that they now are,
//   "  if jane-doe-acme has agreed to do webinar: advo set jane-doe-acme activities+=webinar"
// (an override would log the ask and leave the profile wrong); else "".
std::string not_willing_hint(std::string_view id, std::string_view type, const Availability& a);

// Whether a reason other than not-willing holds: what an override is for.
bool breaks_other_than_not_willing(const Availability& a);

// "next available: 2027-01-04", "next available: none (do-not-contact
// does not clear by itself)", "next available: none (from 2027-03-30
// no-consent holds and does not clear by itself)", "next available: after
// 9999-12-31" (reasons that clear after the last day a date can name).
std::string next_available_text(const Availability& a, Date on);

// The next available day for a table: "2027-01-04", "after 9999-12-31" or
// "none".
std::string next_available_day(const Availability& a);

// The codes of the reasons, for a YAML comment, a table cell or a note:
// "resting, min-gap".
std::string reason_codes(const std::vector<RestReason>& reasons);

// Codes with their clearing days, for one table cell:
// "resting 2027-01-04, min-gap 2026-11-19, no-consent", "resting after
// 9999-12-31".
std::string reasons_cell(const Availability& a);

// The reasons of rest as JSON: code, message, clears_on (clears_after
// when past the last calendar day).
Json rest_reasons_json(std::span<const RestReason> reasons);

// {"id", "type", "on", "available", "reasons": [{"code", "message",
// "clears_on"}], "next_available"}; a reason that clears after 9999-12-31
// has "clears_on": null and "clears_after": "9999-12-31", and an
// availability blocked only by such reasons "next_available": null and
// "next_available_after": "9999-12-31".
Json availability_json(std::string_view id, std::string_view type, Date on, const Availability& a);

}  // namespace advo::cli
