// A person's request to be forgotten (advo-forget(1)): the
// advocate's personal data removed and the record renamed to an anonymous
// id everywhere it is referenced, keeping the counts and dates reports add
// up. Pure: the caller writes the changed records.
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "advo/domain/program.hpp"

namespace advo {

struct ForgetPlan {
  std::string old_id;
  std::string new_id;
  Advocate advocate;                 // anonymised, under new_id
  std::vector<std::string> removed;  // field paths that held personal data
  // Changed records, by index in the program's vectors.
  std::vector<std::pair<size_t, Engagement>> engagements;  // renamed, notes removed
  std::vector<std::pair<size_t, Story>> stories;           // advocates relinked (retired when asked)
  // Stories featuring the person that are not retired, by id: a story
  // cannot go on featuring someone who asked to be forgotten.
  std::vector<std::string> unretired_stories;
  std::vector<std::pair<size_t, Request>> requests;        // advocates relinked
  // The person's other records (a job move: moved_to / moved_from name the
  // forgotten one), relinked to the anonymous id so no link dangles.
  std::vector<std::pair<size_t, Advocate>> moves;
  // Of those, the ids not yet forgotten: the same person, whose data is
  // still there until they are forgotten too.
  std::vector<std::string> same_person;
};

// What an advocate record says about the person, as a rewrite of the
// history purges it from every version of their own file and from commit
// messages. Each list is kept distinct, longest first, without empty texts.
struct PersonalValues {
  std::vector<std::string> names;     // replaced by the anonymous id
  std::vector<std::string> contacts;  // e-mail addresses and phone numbers
  // The title, and notes and reasons line by line; lines shorter than
  // kShortestDetail are left out (a "-" or "ok" says nothing about anyone,
  // and purging it would mangle the rest of the file).
  std::vector<std::string> details;

  static constexpr size_t kShortestDetail = 4;

  void add(const Advocate& advocate);
};

// The base of anonymous ids ("forgotten-advocate", "-2" … when taken).
inline constexpr std::string_view kForgottenId = "forgotten-advocate";

// Whether an advocate has already been forgotten (an anonymous id).
bool is_forgotten(const Advocate& advocate);

// The forgotten record leaves every pool: stage alumni from `today` (a
// declined one stays declined), do not contact. With retire_stories, the
// stories featuring the person that are not retired are retired too
// (unretired_stories still names them). A record already anonymous keeps
// its id and data and only leaves the pools: new_id is old_id, and only
// the stories it retires are changed.
ForgetPlan plan_forget(const Program& program, const Advocate& advocate, Date today, bool retire_stories);

}  // namespace advo
