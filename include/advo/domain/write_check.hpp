// What a write would add to what `advo check` finds: the program after a
// change is checked without checking the whole program again. Only the
// records a change can involve are checked, before and after it — a
// changed advocate with its engagements, the advocates sharing its e-mail,
// the stories featuring it and their uses; a changed engagement with its
// advocate's other engagements, its request and story; a changed story
// with the requests and engagements using it; a changed request with its
// stories and advocates — and the errors found after but not before are
// what the change adds. Errors are told apart by what they are about (the
// kind and id of the record, the field path and item, the code), not by
// their line and column, which a change shifts. Pure functions.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "advo/domain/date.hpp"
#include "advo/domain/program.hpp"

namespace advo {

// A file of the program as a write leaves it: the records it holds then,
// or none when it is removed.
struct FileAfterWrite {
  std::string relative;  // "advocates/jane-doe-acme.yaml", "engagements/2026-11.yaml"
  bool removed = false;
  std::vector<Advocate> advocates;
  std::vector<Story> stories;
  std::vector<Request> requests;
  std::vector<Engagement> engagements;
};

// An error of `advo check` that the program has after the write and did
// not have before it.
struct AddedError {
  RecordKind kind = RecordKind::advocate;
  Sym id;
  std::string file;  // the file holding the record after the write
  std::string code;  // "rest-rule", "unusable-story", …
  std::string path;  // the field, "" for the whole record
  int item = -1;
  std::string message;
  std::optional<Engagement> engagement;  // the engagement it is about, as after the write
};

// The errors `changes` add to `before`, judged on `today`.
std::vector<AddedError> errors_added(const Program& before, const std::vector<FileAfterWrite>& changes, Date today);

// Whether two engagements hold the same values (their place in a file
// aside).
bool same_engagement(const Engagement& a, const Engagement& b);

}  // namespace advo
