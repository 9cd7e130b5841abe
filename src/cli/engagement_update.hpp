// What `advo log` and the `advo engagement` commands that correct the log
// share: the rules of rest for an ask, a request answered by an engagement,
// and writing month files back with just the entries that changed.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "advo/domain/program.hpp"
#include "cli/context.hpp"

namespace advo::cli {

// The activity type of the settings called `name`; UsageError naming the
// nearest one otherwise.
const ActivityType& activity_type_arg(const Settings& settings, const std::string& name);

// The engagement an id or a unique id prefix names; UsageError otherwise.
const Engagement& engagement_arg(const Program& program, std::string_view text);

// Stores an option's text in a field of `e` as the file reader would;
// UsageError naming the option otherwise.
void store_engagement_field(Engagement& e, std::string_view field, std::string_view option, std::string_view text);

// The rules of rest for `e` when it is an ask: refused (exit 4) with every
// reason and the next available day, or recorded with e.override_reason
// (cleared, with a note, when no rule is broken or `e` is no ask).
// `replacing` is the entry `e` corrects, left out of the advocate's asks.
// `what` names the change in the refusal ("log it", "change it"), and
// `override_name` how an override is given ("--override", or "override:"
// in an edited entry). An advocate or type the program no longer has leaves
// nothing to check.
void apply_rest_rules(Context& ctx, const Program& program, Engagement& e, const Engagement* replacing,
                      std::string_view what, std::string_view override_name = "--override");

// Whether a corrected entry is an ask on a day it was not one (a new date,
// or an outcome that counts as an ask again): the change the rules of rest
// are checked for.
bool makes_new_ask(const Engagement& before, const Engagement& after, const Settings& settings);

// Why a corrected entry cannot stand on its own: dated after today yet
// completed or no-show; "" when it can.
std::string future_outcome_error(const Engagement& after, Date today);

// Writes a corrected entry (write_engagement_change), and updates the
// request it now answers when its request or outcome changed.
void save_engagement_correction(Context& ctx, const Program& program, const Engagement& before,
                                const Engagement& after);

// A completed engagement fulfils its request; a scheduled one marks an open
// or matched request scheduled. Either adds the advocate to the request.
void update_answered_request(Context& ctx, const Program& program, const Request& request, const Engagement& e);

// A scheduled entry of the same advocate and type on the same day, which a
// completed ask that day most likely is; null when there is none.
const Engagement* scheduled_on_the_day(const Program& program, const Engagement& e);

// Writes the month files for replacing `before` (absent for a new entry)
// with `after` (absent for a deleted one): each file rewritten canonically
// with every other entry as it was, a file left without entries removed.
void write_engagement_change(Context& ctx, const Program& program, const Engagement* before, const Engagement* after);

}  // namespace advo::cli
