// A job change (advo-move(1)): the person's record at the old
// company becomes alumni and a new record at the new company carries what
// describes the person, linked both ways by moved_to / moved_from. Pure:
// the caller picks the new id and writes both records.
#pragma once

#include <string>
#include <vector>

#include "advo/domain/program.hpp"

namespace advo {

struct JobMove {
  Sym company;      // required
  Sym title;        // empty: none (the old title belonged to the old job)
  Sym email;        // empty: none (the old work e-mail never carries over)
  Date on;          // the day of the move
  bool keep_stage = false;
};

struct JobMovePlan {
  Advocate old_record;  // stage alumni from the day, moved_to the new id
  Advocate new_record;  // under new_id, moved_from the old id
  // The consent scopes granted under the old employer, which do not carry
  // over ("logo", "quote" …, in the order of advo-files(5)).
  std::vector<std::string> dropped_consents;
};

// Carried over: name, phone, region, country, languages, persona, topics,
// activities, nominated.by/source, limits, unavailable windows, do_not_contact,
// tags, notes. Left behind with the employer: title, email, account_owner,
// industry, segment, employees, products, use_cases, nps, consent,
// commitment, verified_on. The new record starts `nominated` on the day
// (or keeps the old stage with keep_stage).
JobMovePlan plan_job_move(const Advocate& advocate, const JobMove& move, std::string_view new_id);

// The records of the person's earlier jobs, following moved_from from the
// advocate (the nearest first). A broken or circular link ends the walk.
std::vector<const Advocate*> earlier_records(const Program& program, const Advocate& advocate);

// The records of the person's later jobs, following moved_to (the nearest
// first). A broken or circular link ends the walk.
std::vector<const Advocate*> later_records(const Program& program, const Advocate& advocate);

}  // namespace advo
