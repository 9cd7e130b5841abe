// Helpers for unit tests: records and programs from YAML text.
#pragma once

#include <string>

#include <doctest/doctest.h>

#include "advo/domain/problem.hpp"
#include "advo/domain/program.hpp"
#include "advo/domain/schema.hpp"
#include "advo/storage/record_reader.hpp"
#include "advo/storage/yaml_tree.hpp"

namespace advo::test {

// Reads one record of type R from YAML; problems go to `problems`.
template <class R>
R read_yaml(const std::string& yaml, Problems& problems) {
  R record{};
  read_record(parse_yaml(yaml, "test.yaml"), schema_for<R>(), &record, "test.yaml", problems);
  return record;
}

// Reads one record that must have no problems.
template <class R>
R record_from(const std::string& yaml) {
  Problems problems;
  R record = read_yaml<R>(yaml, problems);
  for (const auto& p : problems) FAIL_CHECK(p.message);
  return record;
}

}  // namespace advo::test

namespace doctest {
template <>
struct StringMaker<std::vector<std::string>> {
  static String convert(const std::vector<std::string>& v) {
    std::string out = "{";
    for (const auto& s : v) out += "\n  \"" + s + "\"";
    return String((out + "\n}").c_str());
  }
};
}  // namespace doctest
