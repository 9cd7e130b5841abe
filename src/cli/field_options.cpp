#include "cli/field_options.hpp"

#include <fmt/format.h>

#include "advo/domain/match_criteria.hpp"
#include "advo/error.hpp"
#include "advo/render/terminal.hpp"
#include "cli/completion.hpp"
#include "cli/context.hpp"

namespace advo::cli {

namespace {
constexpr FieldOption kCriteria[] = {
    {"--industry", "criteria.industry", "Industry wanted"},
    {"--segment", "criteria.segment", "Segment wanted: smb, mid-market or enterprise"},
    {"--region", "criteria.region", "Region wanted"},
    {"--country", "criteria.country", "Country wanted (ISO 3166 alpha-2, like DE)"},
    {"--products", "criteria.products", "Products wanted (comma-separated or repeated)", true},
    {"--use-cases", "criteria.use_cases", "Use cases wanted (comma-separated or repeated)", true},
    {"--persona", "criteria.persona", "Persona wanted"},
    {"--languages", "criteria.languages", "Languages, one of which is wanted (comma-separated or repeated)", true},
};
// The options follow the match criteria (match_criteria.hpp): one per
// criterion but recency, in table order, its flag and field from the table,
// a list where the criterion matches lists.
static_assert([] {
  size_t i = 0;
  for (const CriterionInfo& c : kMatchCriteria) {
    if (c.rule == MatchRule::recency) continue;
    if (i == std::size(kCriteria)) return false;
    const FieldOption& f = kCriteria[i++];
    if (f.flag != c.option || !f.path.starts_with("criteria.") || f.path.substr(9) != c.name ||
        f.list != (c.rule != MatchRule::single_value))
      return false;
  }
  return i == std::size(kCriteria);
}(), "kCriteria follows kMatchCriteria");
// A value whose commas are text, not separators between list items.
std::string escaped_commas(std::string_view text) {
  std::string out;
  for (char ch : text) {
    if (ch == ',' || ch == '\\') out += '\\';
    out += ch;
  }
  return out;
}

}  // namespace

const std::span<const FieldOption> kCriteriaOptions = kCriteria;

void FieldOptions::add_to(CommandOptions& app) {
  for (size_t i = 0; i < options_.size(); ++i) {
    const FieldOption& f = options_[i];
    complete_field(app.add_option(std::string(f.flag), values_[i], std::string(f.help))
                       .one_value_per_use()
                       .value_name(std::string(!f.placeholder.empty() ? f.placeholder
                                               : f.list              ? "VALUE,..."
                                                                     : "VALUE")),
                   record_, std::string(f.path));
  }
}

Criteria criteria_from(Context& ctx, const Program& program, const FieldOptions& options) {
  Request r{};
  const auto errors = apply_assignments(r, options.assignments(), program.settings);
  for (const AssignmentError& e : errors)
    ctx.err() << "advo: " << terminal_safe(e.assignment) << ": " << terminal_safe(e.message) << '\n';
  if (!errors.empty())
    throw UsageError(fmt::format("{} invalid criteri{}", errors.size(), errors.size() == 1 ? "on" : "a"));
  return r.criteria;
}

bool FieldOptions::given() const {
  for (const auto& v : values_)
    if (!v.empty()) return true;
  return false;
}

bool FieldOptions::given(std::string_view path) const {
  for (size_t i = 0; i < options_.size(); ++i)
    if (options_[i].path == path) return !values_[i].empty();
  return false;
}

std::vector<Assignment> FieldOptions::assignments() const {
  std::vector<Assignment> out;
  for (size_t i = 0; i < options_.size(); ++i) {
    const FieldOption& f = options_[i];
    if (!f.list && values_[i].size() > 1)
      throw UsageError(fmt::format("{} is given {} times; it takes one value", f.flag, values_[i].size()));
    for (const std::string& value : values_[i])
      out.push_back(Assignment{fmt::format("{} {}", f.flag, value), std::string(f.path),
                               f.list ? AssignOp::add : AssignOp::set, f.verbatim ? escaped_commas(value) : value});
  }
  return out;
}

}  // namespace advo::cli
