// Where a program's engagements are: their positions by id, and grouped by
// advocate (in `advocates` order, then those naming no existing advocate),
// each group in the order the engagements are kept (by date). Built from
// the records; arrays kept from an earlier build of the same records can
// stand in for building them again.
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <span>

#include "advo/domain/records.hpp"

namespace advo {

class EngagementIndex {
 public:
  struct Arrays {
    std::span<const uint32_t> by_id;              // engagement positions by id
    std::span<const uint32_t> by_advocate;        // engagement positions grouped by advocate
    std::span<const uint32_t> by_advocate_start;  // advocates + 2 group starts
  };

  // The index of no records.
  EngagementIndex() = default;
  // Builds the index of records in program order (program.hpp).
  static EngagementIndex build(std::span<const Advocate> advocates, std::span<const Engagement> engagements);
  // Arrays that build() made for the same records, kept elsewhere; `owner`
  // keeps their memory alive while the index or a copy of it lives.
  static EngagementIndex from_arrays(Arrays arrays, std::shared_ptr<const void> owner);

  const Arrays& arrays() const { return arrays_; }
  // Whether it is the index of this many advocates and engagements.
  bool fits(size_t advocates, size_t engagements) const {
    return arrays_.by_id.size() == engagements && arrays_.by_advocate.size() == engagements &&
           arrays_.by_advocate_start.size() == advocates + 2;
  }
  // The positions of the engagements of the advocate at `advocate` in
  // `advocates`, or of those naming no existing advocate when `advocate`
  // is the number of advocates.
  std::span<const uint32_t> of_advocate(size_t advocate) const {
    if (advocate + 1 >= arrays_.by_advocate_start.size()) return {};
    const auto start = arrays_.by_advocate_start;
    return arrays_.by_advocate.subspan(start[advocate], start[advocate + 1] - start[advocate]);
  }

 private:
  Arrays arrays_;
  std::shared_ptr<const void> owner_;  // the memory of arrays_
};

}  // namespace advo
