// Options that each set one field of a new record (`advo nominate
// --industry`, `advo request new --products`, the criteria flags of `advo
// match`): one table of flag → field path, turned into assignments so the
// values are converted and validated exactly as `advo set` does it. List
// options take comma-separated values and may be repeated.
#pragma once

#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "advo/domain/assignment.hpp"
#include "advo/domain/program.hpp"
#include "cli/command_options.hpp"

namespace advo::cli {

struct FieldOption {
  std::string_view flag;  // "--email"
  std::string_view path;  // "email", "criteria.products"
  std::string_view help;
  bool list = false;              // comma-separated or repeated
  bool verbatim = false;          // a list repeated only: commas are part of each value
  std::string_view placeholder = {};  // in --help; default VALUE or VALUE,...
};

class FieldOptions {
 public:
  // `record`: the kind of record the paths are in, for tab completion.
  FieldOptions(std::span<const FieldOption> options, RecordKind record)
      : options_(options), record_(record), values_(options.size()) {}
  FieldOptions(const FieldOptions&) = delete;  // the parser holds pointers to the values
  FieldOptions& operator=(const FieldOptions&) = delete;

  void add_to(CommandOptions& app);
  // Whether any of the options was given; whether the one setting `path` was.
  bool given() const;
  bool given(std::string_view path) const;
  // The assignments of the values given, in table order: FIELD=VALUE, or
  // LIST+=VALUE for list options. Throws UsageError when a single-value
  // option is given more than once.
  std::vector<Assignment> assignments() const;

 private:
  std::span<const FieldOption> options_;
  RecordKind record_;
  std::vector<std::vector<std::string>> values_;
};

// The criteria of a request (advo-files(5)) as options, for `advo request
// new` and `advo match --type`.
extern const std::span<const FieldOption> kCriteriaOptions;

class Context;

// The criteria that options of kCriteriaOptions (or a subset) give,
// converted and checked as a request's are; prints each invalid one and
// throws UsageError ("N invalid criteria").
Criteria criteria_from(Context& ctx, const Program& program, const FieldOptions& options);

}  // namespace advo::cli
