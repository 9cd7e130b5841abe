// The whole program in memory: settings and every record, indexed for the
// lookups commands make (by id, by unique prefix, engagements by advocate).
#pragma once

#include <initializer_list>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

#include "advo/domain/domain_error.hpp"
#include "advo/domain/engagement_index.hpp"
#include "advo/domain/records.hpp"
#include "advo/domain/settings.hpp"

namespace advo {

// Program order, the order a Program keeps its records in: by id
// (engagements by date, then id), then by file and place in the file, as
// a stable sort of the records of the files in file order gives.
template <class R>
bool in_program_order(const R& a, const R& b) {
  if constexpr (std::is_same_v<R, Engagement>) {
    if (a.date != b.date) return a.date < b.date;
  }
  const int order = a.id.view().compare(b.id.view());
  if (order != 0) return order < 0;
  if (a.origin.file != b.origin.file) return a.origin.file < b.origin.file;
  return a.origin.item < b.origin.item;
}

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

  // Sorts the records into program order and builds the indexes; call
  // after filling them. Records already in order are left as they are, in
  // linear time.
  void build_indexes();
  // The engagement index of the records: as build_indexes() built it or
  // use_engagement_index() gave it, else built from the records as they
  // are on first use (so it is never missing). Shared by copies.
  const EngagementIndex& engagement_index() const;
  // Takes an index built earlier for exactly these records, in program
  // order, instead of building it again.
  void use_engagement_index(EngagementIndex index);

  const Advocate* find_advocate(std::string_view id) const;
  const Story* find_story(std::string_view id) const;
  const Request* find_request(std::string_view id) const;
  const Engagement* find_engagement(std::string_view id) const;

  // The place of an advocate in `advocates`: its own when it is one of
  // them, else that of the first with its id; nullopt when there is none.
  std::optional<size_t> advocate_position(const Advocate& a) const;

  // Indexes into `engagements` of one advocate's engagements, by date: of
  // the advocate at position `advocate` in `advocates`, of an advocate
  // (one of `advocates`, or a copy, found by id), of an id.
  std::span<const uint32_t> engagements_of(size_t advocate) const;
  std::span<const uint32_t> engagements_of(const Advocate& a) const;
  std::span<const uint32_t> engagements_of_id(std::string_view advocate_id) const;

  std::string display_path(uint32_t file) const;
  std::string display_path(const Origin& origin) const { return display_path(origin.file); }

 private:
  mutable std::shared_ptr<const EngagementIndex> index_;
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
