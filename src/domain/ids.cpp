#include "advo/domain/ids.hpp"

#include <fmt/format.h>

#include "advo/domain/folding.hpp"

namespace advo {

bool valid_id(std::string_view id) {
  if (id.empty() || id.size() > kMaxIdLength) return false;
  auto ok = [](char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'); };
  if (!ok(id[0])) return false;
  for (char c : id)
    if (!ok(c) && c != '-') return false;
  return true;
}

std::string slugify(std::string_view text, size_t max) {
  const std::string ascii = lower_ascii(fold_to_ascii(text, ' '));
  std::string out;
  bool pending_dash = false;
  for (char c : ascii) {
    const bool word = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    if (!word) {
      // Apostrophes join ("O'Brien" → "obrien"); anything else separates.
      if (c != '\'') pending_dash = !out.empty();
      continue;
    }
    if (pending_dash) out.push_back('-');
    pending_dash = false;
    out.push_back(c);
  }
  if (out.size() > max) {
    out.resize(max);
    const size_t dash = out.rfind('-');
    if (dash != std::string::npos && dash >= max / 2) out.resize(dash);
    while (!out.empty() && out.back() == '-') out.pop_back();
  }
  return out;
}

std::string unique_id(std::string_view base, const std::function<bool(std::string_view)>& taken) {
  std::string id(base);
  for (int n = 2; taken(id); ++n) {
    const std::string suffix = fmt::format("-{}", n);
    std::string stem(base.substr(0, std::min(base.size(), kMaxIdLength - suffix.size())));
    while (!stem.empty() && stem.back() == '-') stem.pop_back();
    id = stem + suffix;
  }
  return id;
}

std::string advocate_slug(std::string_view name, std::string_view company) {
  std::string name_part = slugify(name);
  std::string company_part = slugify(company);
  std::string joined = name_part.empty() ? company_part
                       : company_part.empty() ? name_part
                                              : name_part + "-" + company_part;
  std::string slug = slugify(joined);
  return slug.empty() ? std::string("advocate") : slug;
}

std::string story_slug(std::string_view title) {
  std::string slug = slugify(title, 60);
  return slug.empty() ? std::string("story") : slug;
}

std::string request_slug(std::string_view requested_on, std::string_view account, std::string_view type) {
  std::string account_part = slugify(account, 40);
  std::string joined = std::string(requested_on) + "-" + (account_part.empty() ? "" : account_part + "-") + std::string(type);
  return slugify(joined);
}

std::string engagement_slug(std::string_view date, std::string_view advocate, std::string_view type) {
  return slugify(std::string(date) + "-" + std::string(advocate) + "-" + std::string(type));
}

}  // namespace advo
