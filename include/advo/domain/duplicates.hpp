// Likely duplicates of an advocate: the same e-mail address (ignoring
// case), or the same name at the same company (ignoring case and accents:
// "Jose Muller" at "INITECH" is "José Müller" at "Initech"; runs of spaces
// count as one). Stories and requests have duplicates too, for imports:
// a story with the same title; a request of the same type, requested on
// the same day by the same person for the same opportunity.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "advo/domain/program.hpp"

namespace advo {

// The advocate other than `except` whose e-mail is `email`, or nullptr.
const Advocate* advocate_with_email(const Program& program, std::string_view email, std::string_view except = {});

// The advocate other than `except` with this name at this company, or
// nullptr.
const Advocate* advocate_with_name(const Program& program, std::string_view name, std::string_view company,
                                   std::string_view except = {});

// The keys under which records are likely duplicates: two records of a
// type that share any key are. `what` says what they share, for messages.
struct DuplicateKey {
  std::string_view what;  // "same e-mail"
  std::string key;
};

// Advocates: the id; the e-mail (ignoring case); the name and company
// (ignoring case, accents and runs of spaces), as the functions above.
std::vector<DuplicateKey> duplicate_keys(const Advocate& a);
// Stories: the id; the title (ignoring case, accents and runs of spaces).
std::vector<DuplicateKey> duplicate_keys(const Story& s);
// Requests: the id; type, requested_on, requested_by and the opportunity's
// id and account together (text ignoring case, accents and runs of spaces).
std::vector<DuplicateKey> duplicate_keys(const Request& r);

}  // namespace advo
