// The whole program in memory: settings and every record, indexed for the
// lookups commands make (by id, by unique prefix, engagements by advocate).
#pragma once

#include <initializer_list>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "advo/domain/domain_error.hpp"
#include "advo/domain/records.hpp"
#include "advo/domain/settings.hpp"

namespace advo {

struct Program {
  Settings settings;
  // Files the records came from, relative to the program root with '/'
  // separators; Origin::file indexes this. Entry 0 is advo.toml.
  std::vector<std::string> files;
  // How to show a file to the user: display_root + files[i].
  std::string display_root;

  std::vector<Advocate> advocates;      // sorted by id
  std::vector<Story> stories;           // sorted by id
  std::vector<Request> requests;        // sorted by id
  std::vector<Engagement> engagements;  // sorted by date, then id

  // Sorts the records and builds the indexes; call after filling them.
  // Records already in order are left as they are, in linear time.
  void build_indexes();

  // The engagement indexes as arrays, for the program cache to keep, and
  // taking them back for exactly the records they were built for (the
  // arrays must stay valid while the program or a copy of it lives).
  struct IndexArrays {
    std::span<const uint32_t> engagements_by_id;   // engagement positions by id
    std::span<const uint32_t> by_advocate;         // engagement positions grouped by advocate
    std::span<const uint32_t> by_advocate_start;   // advocates.size() + 2 group starts
  };
  IndexArrays index_arrays() const;
  void adopt_indexes(IndexArrays arrays, std::shared_ptr<const void> keep_alive);

  const Advocate* find_advocate(std::string_view id) const;
  const Story* find_story(std::string_view id) const;
  const Request* find_request(std::string_view id) const;
  const Engagement* find_engagement(std::string_view id) const;

  // Indexes into `engagements` of one advocate's engagements, by date.
  std::span<const uint32_t> engagements_of(const Advocate& a) const;
  std::span<const uint32_t> engagements_of_id(std::string_view advocate_id) const;

  std::string display_path(uint32_t file) const;
  std::string display_path(const Origin& origin) const { return display_path(origin.file); }

 private:
  // Engagement positions by id; grouped by advocate (in `advocates` order,
  // then those naming no existing advocate). Shared by copies of a program.
  struct Indexes {
    std::vector<uint32_t> storage;
    IndexArrays arrays;
    std::shared_ptr<const void> keep_alive;
  };
  std::shared_ptr<const Indexes> indexes_;
};

// A record found by id: its kind and position in the program's vectors.
struct RecordRef {
  RecordKind kind;
  size_t index;
};

// Finds a record of one of `kinds` by exact id or by a unique prefix.
// Throws DomainError for no match ("no advocate 'x'") or an ambiguous prefix
// (listing the candidates).
RecordRef resolve_id(const Program& program, std::string_view text, std::initializer_list<RecordKind> kinds);

// The id of the record `ref` points to.
Sym record_id(const Program& program, RecordRef ref);
const Origin& record_origin(const Program& program, RecordRef ref);

}  // namespace advo
