// Likely duplicates of an advocate: the same e-mail address (ignoring
// case), or the same name at the same company (ignoring case and accents:
// "Jose Muller" at "INITECH" is "José Müller" at "Initech"; runs of spaces
// count as one).
#pragma once

#include <string_view>

#include "advo/domain/program.hpp"

namespace advo {

// The advocate other than `except` whose e-mail is `email`, or nullptr.
const Advocate* advocate_with_email(const Program& program, std::string_view email, std::string_view except = {});

// The advocate other than `except` with this name at this company, or
// nullptr.
const Advocate* advocate_with_name(const Program& program, std::string_view name, std::string_view company,
                                   std::string_view except = {});

}  // namespace advo
