#include "advo/domain/duplicates.hpp"

#include <fmt/format.h>

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

std::vector<DuplicateKey> duplicate_keys(const Advocate& a) {
  std::vector<DuplicateKey> out;
  if (!a.id.empty()) out.push_back({"same id", fmt::format("id\x1f{}", a.id.view())});
  if (!a.email.empty()) out.push_back({"same e-mail", fmt::format("email\x1f{}", lower_ascii(a.email.view()))});
  if (!a.name.empty() && !a.company.empty())
    out.push_back({"same name at the same company",
                   fmt::format("person\x1f{}\x1f{}", person_key(a.name.view()), person_key(a.company.view()))});
  return out;
}

std::vector<DuplicateKey> duplicate_keys(const Story& s) {
  std::vector<DuplicateKey> out;
  if (!s.id.empty()) out.push_back({"same id", fmt::format("id\x1f{}", s.id.view())});
  if (!s.title.empty()) out.push_back({"same title", fmt::format("title\x1f{}", person_key(s.title.view()))});
  return out;
}

std::vector<DuplicateKey> duplicate_keys(const Request& r) {
  std::vector<DuplicateKey> out;
  if (!r.id.empty()) out.push_back({"same id", fmt::format("id\x1f{}", r.id.view())});
  if (!r.type.empty() && r.requested_on)
    out.push_back({"same type, day, requester and opportunity",
                   fmt::format("request\x1f{}\x1f{}\x1f{}\x1f{}\x1f{}", r.type.view(), r.requested_on.str(),
                               person_key(r.requested_by.view()), person_key(r.opportunity.id.view()),
                               person_key(r.opportunity.account.view()))});
  return out;
}

}  // namespace advo
