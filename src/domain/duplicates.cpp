#include "advo/domain/duplicates.hpp"

#include "advo/domain/folding.hpp"

namespace advo {
namespace {

// folded_key with runs of spaces made one and the ends trimmed, so that
// "Jane  Doe " is "jane doe".
std::string person_key(std::string_view text) {
  std::string out;
  for (char c : folded_key(text)) {
    const bool space = c == ' ' || c == '\t';
    if (space) {
      if (!out.empty() && out.back() != ' ') out.push_back(' ');
    } else {
      out.push_back(c);
    }
  }
  if (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

}  // namespace

const Advocate* advocate_with_email(const Program& program, std::string_view email, std::string_view except) {
  if (email.empty()) return nullptr;
  for (const Advocate& a : program.advocates)
    if (a.id.view() != except && iequals(a.email.view(), email)) return &a;
  return nullptr;
}

const Advocate* advocate_with_name(const Program& program, std::string_view name, std::string_view company,
                                   std::string_view except) {
  const std::string name_key = person_key(name);
  const std::string company_key = person_key(company);
  for (const Advocate& a : program.advocates)
    if (a.id.view() != except && person_key(a.name.view()) == name_key && person_key(a.company.view()) == company_key)
      return &a;
  return nullptr;
}

}  // namespace advo
