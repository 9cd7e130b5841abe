#include "synthetic_program.hpp"

#include <algorithm>
#include <set>
#include <unordered_set>

#include <fmt/format.h>

#include "advo/domain/folding.hpp"
#include "advo/domain/ids.hpp"
#include "advo/domain/job_move.hpp"
#include "advo/domain/schema.hpp"
#include "advo/storage/settings_file.hpp"
#include "synthetic_vocabulary.hpp"

namespace advo::bench {
namespace {

constexpr ProgramSize kSizes[] = {
    {"small", 200, 40, 400, 2'000},
    {"medium", 2'000, 400, 4'000, 40'000},
    {"large", 10'000, 2'000, 20'000, 200'000},
    {"heavy", 10'000, 2'000, 20'000, 200'000, Fill::heavy},
};

// Rates of a real program (the kind the product describes, see
// examples/acme): most advocates have a phone and a note, one in four to
// one in seven has limits, a window away or a commitment.
constexpr FillRates kRealistic{.phone = 0.6,
                               .topics = 0.6,
                               .extra_consent = 0.3,
                               .consent_expires = 0.35,
                               .nps = 0.85,
                               .limits = 0.2,
                               .unavailable = 0.25,
                               .max_windows = 2,
                               .commitment = 0.15,
                               .commitment_note = 0.7,
                               .verified = 0.85,
                               .moved = 0.3,
                               .tags = 0.5,
                               .advocate_notes = 0.6,
                               .renewal = 0.3,
                               .story_notes = 0.4,
                               .story_tags = 0.5,
                               .request_notes = 0.35,
                               .engagement_notes = 0.45,
                               .override_ask = 0.05,
                               .reason_sentences = 2,
                               .min_note_sentences = 1,
                               .max_note_sentences = 4,
                               .paragraphs = false,
                               .every_field = false};
constexpr FillRates kHeavy{.phone = 1,
                           .topics = 1,
                           .extra_consent = 1,
                           .consent_expires = 1,
                           .nps = 1,
                           .limits = 1,
                           .unavailable = 1,
                           .max_windows = 3,
                           .commitment = 1,
                           .commitment_note = 1,
                           .verified = 1,
                           .moved = 1,
                           .tags = 1,
                           .advocate_notes = 1,
                           .renewal = 1,
                           .story_notes = 1,
                           .story_tags = 1,
                           .request_notes = 1,
                           .engagement_notes = 1,
                           .override_ask = 0.2,
                           .reason_sentences = 3,
                           .min_note_sentences = 8,
                           .max_note_sentences = 12,
                           .paragraphs = true,
                           .every_field = true};

template <class T, size_t N>
std::span<const T> all(const T (&items)[N]) {
  return std::span<const T>(items, N);
}

// k distinct items of `items`, in their original order.
template <class T>
std::vector<T> sample(std::span<const T> items, size_t k, Random& random) {
  std::vector<size_t> index(items.size());
  for (size_t i = 0; i < index.size(); ++i) index[i] = i;
  k = std::min(k, index.size());
  for (size_t i = 0; i < k; ++i) std::swap(index[i], index[i + random.below(index.size() - i)]);
  index.resize(k);
  std::sort(index.begin(), index.end());
  std::vector<T> out;
  for (size_t i : index) out.push_back(items[i]);
  return out;
}

SymList sym_list(const std::vector<std::string_view>& items) {
  std::vector<Sym> syms;
  for (std::string_view s : items) syms.emplace_back(s);
  std::sort(syms.begin(), syms.end(), SymLess());
  return SymList(syms);
}

struct Company {
  std::string name;
  const IndustryWords* industry;
  const RegionWords* region;
  std::string_view country;
  Segment segment;
  int64_t employees;
};

Company make_company(Random& random) {
  std::vector<unsigned> industry_weights;
  for (const auto& i : kIndustries) industry_weights.push_back(i.weight);
  std::vector<unsigned> region_weights;
  for (const auto& r : kRegions) region_weights.push_back(r.weight);
  Company c;
  c.industry = &kIndustries[random.weighted(industry_weights)];
  c.region = &kRegions[random.weighted(region_weights)];
  c.country = c.region->countries[random.below(c.region->countries.size())];
  c.name = fmt::format("{} {}", random.pick(all(kCompanyStems)),
                       c.industry->company_words[random.below(c.industry->company_words.size())]);
  const size_t seg = random.weighted(std::vector<unsigned>{25, 40, 35});
  c.segment = seg == 0 ? Segment::smb : seg == 1 ? Segment::mid_market : Segment::enterprise;
  c.employees = seg == 0 ? random.between(20, 199) : seg == 1 ? random.between(200, 1999) : random.between(2000, 90000);
  return c;
}

Date random_day(Date from, Date to, Random& random) {
  if (to < from) return from;
  return from + static_cast<int32_t>(random.between(0, to - from));
}

const std::vector<std::string_view>& ask_type_names() {
  static const std::vector<std::string_view> names = [] {
    std::vector<std::string_view> out;
    for (const ActivityType& t : synthetic_settings().types)
      if (t.kind == ActivityKind::ask && t.name != "reference-call") out.push_back(t.name);
    return out;
  }();
  return names;
}

std::string_view consent_scope_of(std::string_view type) {
  for (const ActivityType& t : synthetic_settings().types)
    if (t.name == type) return t.consent;
  return {};
}

// The windows an advocate is away: one after the other, the earliest
// up to 400 days ago.
WindowList unavailability(Date today, size_t count, const FillRates& fill, Random& random) {
  std::vector<Window> windows;
  Date from = random_day(today - 400, today + 60, random);
  for (size_t n = 0; n < count; ++n) {
    const Date to = from + static_cast<int32_t>(random.between(7, 45));
    windows.push_back(Window{from, to, Sym(prose(all(kUnavailabilitySentences), 1, fill.reason_sentences, false, random))});
    from = to + static_cast<int32_t>(random.between(30, 200));
  }
  return WindowList(windows);
}

Advocate make_advocate(const Company& company, Date today, const FillRates& fill, Random& random,
                       std::unordered_set<std::string>& ids, std::unordered_set<std::string>& emails) {
  Advocate a{};
  const std::string_view first = random.pick(all(kFirstNames));
  const std::string_view last = random.pick(all(kLastNames));
  const std::string name = fmt::format("{} {}", first, last);
  const std::string id = unique_id(advocate_slug(name, company.name), [&](std::string_view s) {
    return ids.count(std::string(s)) > 0;
  });
  ids.insert(id);
  a.id = Sym(id);
  a.name = Sym(name);
  const size_t persona = random.below(std::size(kPersonas));
  a.persona = Sym(kPersonas[persona]);
  a.title = Sym(kTitles[persona][random.below(4)]);
  a.company = Sym(company.name);
  const std::string local = slugify(first) + "." + slugify(last);
  const std::string domain = slugify(company.name) + ".example";
  std::string email = local + "@" + domain;
  for (int n = 2; emails.count(email) > 0; ++n) email = fmt::format("{}{}@{}", local, n, domain);
  emails.insert(email);
  a.email = Sym(email);
  if (random.chance(fill.phone))
    a.phone = Sym(fmt::format("+{} {} {:04}", dialling_code(company.country), random.between(100, 999),
                              random.between(0, 9999)));
  a.account_owner = Sym(random.pick(all(kOwners)));
  a.industry = Sym(company.industry->industry);
  a.segment = company.segment;
  a.employees = company.employees;
  a.region = Sym(company.region->region);
  a.country = Sym(company.country);
  std::vector<std::string_view> languages{"en"};
  if (!local_language(company.country).empty()) languages.push_back(local_language(company.country));
  a.languages = sym_list(languages);
  a.products = sym_list(sample(all(kProducts), static_cast<size_t>(random.between(1, 3)), random));
  a.use_cases = sym_list(sample(std::span<const std::string_view>(company.industry->use_cases),
                                static_cast<size_t>(random.between(1, 2)), random));
  if (random.chance(fill.topics)) a.topics = sym_list(sample(all(kTopics), static_cast<size_t>(random.between(1, 3)), random));
  std::vector<std::string_view> activities =
      sample(std::span<const std::string_view>(ask_type_names()), static_cast<size_t>(random.between(2, 6)), random);
  if (random.chance(0.85)) activities.push_back("reference-call");
  a.activities = sym_list(activities);

  // Stage and a history that fits it.
  const size_t stage = random.weighted(std::vector<unsigned>{6, 9, 60, 8, 10, 7});
  a.stage = static_cast<Stage>(stage + 1);
  a.nominated.by = Sym(random.pick(all(kOwners)));
  a.nominated.source = static_cast<Source>(random.weighted(std::vector<unsigned>{30, 25, 10, 8, 10, 7, 10}) + 1);
  a.nominated.reason = Sym(prose(all(kNominationSentences), 1, fill.reason_sentences, false, random));
  const Date nominated = a.stage == Stage::nominated ? random_day(today - 30, today - 1, random)
                                                     : random_day(today - 4 * 365, today - 120, random);
  a.nominated.on = nominated;
  switch (a.stage) {
    case Stage::nominated:
      a.stage_on = nominated;
      break;
    case Stage::qualified:
      a.stage_on = random_day(std::max(nominated + 5, today - 100), today - 2, random);
      break;
    case Stage::active:
      a.stage_on = nominated + static_cast<int32_t>(random.between(10, 40));
      break;
    case Stage::paused:
    case Stage::alumni:
      a.stage_on = random_day(nominated + 120, today - 10, random);
      break;
    default:
      a.stage_on = nominated + static_cast<int32_t>(random.between(5, 20));
  }
  if (a.stage != Stage::nominated && a.stage != Stage::declined) {
    if (random.chance(fill.nps)) {
      a.nps.score = static_cast<int64_t>(std::vector<int>{6, 7, 8, 8, 9, 9, 9, 10, 10, 10}[random.below(10)]);
      a.nps.on = random_day(today - 540, today - 1, random);
    }
    for (size_t s = 0; s < kScopeCount; ++s) {
      const std::string_view scope = to_string(static_cast<Scope>(s));
      bool wanted = random.chance(fill.extra_consent) || (scope == "name" && random.chance(0.6));
      for (Sym t : a.activities) wanted = wanted || consent_scope_of(t.view()) == scope;
      if (!wanted) continue;
      Grant& g = a.consent[s];
      g.granted = nominated + static_cast<int32_t>(random.between(20, 90));
      if (random.chance(fill.consent_expires)) g.expires = g.granted + static_cast<int32_t>(std::vector<int>{365, 730, 1825}[random.below(3)]);
    }
    if (random.chance(fill.limits)) {
      a.limits.max_per_quarter = random.between(1, 3);
      if (random.chance(fill.limits < 1 ? 0.5 : 1)) a.limits.max_per_year = a.limits.max_per_quarter * random.between(2, 4);
    }
    if (random.chance(fill.unavailable))
      a.unavailable = unavailability(today, static_cast<size_t>(random.between(1, static_cast<int64_t>(fill.max_windows))),
                                     fill, random);
    if (random.chance(fill.commitment)) {
      std::vector<std::string_view> committed{"reference-call"};
      if (random.chance(0.4)) committed.push_back("case-study");
      a.commitment.activities = sym_list(committed);
      a.commitment.until = today + static_cast<int32_t>(random.between(100, 600));
      if (random.chance(fill.commitment_note)) a.commitment.note = Sym(random.pick(all(kCommitmentNotes)));
    }
    if (random.chance(fill.verified)) a.verified_on = random_day(std::max(nominated, today - 400), today - 1, random);
  }
  a.do_not_contact = random.chance(0.02);
  if (random.chance(fill.tags)) a.tags = sym_list(sample(all(kTags), static_cast<size_t>(random.between(1, 2)), random));
  if (random.chance(fill.advocate_notes))
    a.notes = Sym(prose(all(kAdvocateNoteSentences), fill.min_note_sentences, fill.max_note_sentences, fill.paragraphs,
                        random));
  return a;
}

}  // namespace

std::optional<ProgramSize> named_size(std::string_view name) {
  for (const ProgramSize& s : kSizes)
    if (s.name == name) return s;
  return std::nullopt;
}

std::span<const ProgramSize> named_sizes() { return kSizes; }

const FillRates& fill_rates(Fill fill) { return fill == Fill::heavy ? kHeavy : kRealistic; }

std::string prose(std::span<const std::string_view> sentences, size_t least, size_t most, bool paragraphs,
                  Random& random) {
  const size_t count = static_cast<size_t>(random.between(static_cast<int64_t>(least), static_cast<int64_t>(most)));
  std::vector<std::string_view> picked = sample(sentences, count, random);
  // sample keeps the pool's order: shuffle so notes do not all read alike.
  for (size_t i = picked.size(); i > 1; --i) std::swap(picked[i - 1], picked[random.below(i)]);
  std::string text;
  for (size_t i = 0; i < picked.size(); ++i) {
    if (i > 0) text += paragraphs && i == picked.size() / 2 ? "\n" : " ";
    text += picked[i];
  }
  return text;
}

uint64_t Random::next() {
  uint64_t z = (state_ += 0x9E3779B97F4A7C15ull);
  z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
  z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
  return z ^ (z >> 31);
}

size_t Random::below(size_t n) {
  // Lemire's multiply-shift on 32 bits: counts here stay far below 2^32.
  return static_cast<size_t>(((next() >> 32) * static_cast<uint64_t>(n)) >> 32);
}

int64_t Random::between(int64_t lo, int64_t hi) { return lo + static_cast<int64_t>(below(static_cast<size_t>(hi - lo + 1))); }

bool Random::chance(double p) { return static_cast<double>(next() >> 11) * 0x1.0p-53 < p; }

size_t Random::weighted(std::span<const unsigned> weights) {
  unsigned total = 0;
  for (unsigned w : weights) total += w;
  size_t r = below(total);
  for (size_t i = 0; i < weights.size(); ++i) {
    if (r < weights[i]) return i;
    r -= weights[i];
  }
  return weights.size() - 1;
}

const Settings& synthetic_settings() {
  static const Settings settings = [] {
    Problems problems;
    return parse_settings(default_settings_text("Synthetic Advocacy"), "advo.toml", problems);
  }();
  return settings;
}

std::vector<Advocate> generate_advocates(size_t count, Date today, const FillRates& fill, Random& random) {
  std::vector<Company> companies;
  const size_t company_count = count * 2 / 3 + 1;
  companies.reserve(company_count);
  for (size_t i = 0; i < company_count; ++i) companies.push_back(make_company(random));
  std::unordered_set<std::string> ids;
  std::unordered_set<std::string> emails;
  std::vector<Advocate> out;
  out.reserve(count);
  while (out.size() < count) {
    out.push_back(make_advocate(companies[random.below(companies.size())], today, fill, random, ids, emails));
    // Some who left took a job at another customer: their record there,
    // linked both ways, as advo move writes it.
    const Advocate& left = out.back();
    if (left.stage != Stage::alumni || out.size() == count || !random.chance(fill.moved)) continue;
    const Company& next = companies[random.below(companies.size())];
    if (next.name == left.company.view()) continue;
    const std::string id = unique_id(advocate_slug(left.name.view(), next.name), [&](std::string_view s) {
      return ids.count(std::string(s)) > 0;
    });
    ids.insert(id);
    const size_t at = left.email.view().find('@');
    std::string email = std::string(left.email.view().substr(0, at)) + "@" + slugify(next.name) + ".example";
    for (int n = 2; emails.count(email) > 0; ++n)
      email = fmt::format("{}{}@{}.example", left.email.view().substr(0, at), n, slugify(next.name));
    emails.insert(email);
    const JobMove move{Sym(next.name), Sym(kTitles[random.below(std::size(kTitles))][random.below(4)]), Sym(email),
                       left.stage_on, false};
    JobMovePlan plan = plan_job_move(left, move, id);
    plan.new_record.industry = Sym(next.industry->industry);
    plan.new_record.segment = next.segment;
    plan.new_record.employees = next.employees;
    plan.new_record.account_owner = Sym(random.pick(all(kOwners)));
    out.back() = std::move(plan.old_record);
    out.push_back(std::move(plan.new_record));
  }
  return out;
}

SyntheticProgram generate_program(const ProgramSize& size, Date today, uint64_t seed) {
  Random random(seed);
  SyntheticProgram p;
  p.settings_text = default_settings_text("Synthetic Advocacy");
  p.settings_text += R"(
# Coverage goals of the synthetic program.
[[targets]]
field = "industry"
value = "healthcare"
min_active = 50

[[targets]]
field = "region"
value = "apac"
min_active = 40

[[targets]]
field = "segment"
value = "enterprise"
min_active = 80
)";
  const Settings& settings = synthetic_settings();
  const FillRates& fill = fill_rates(size.fill);
  p.advocates = generate_advocates(size.advocates, today, fill, random);
  p.engagements = generate_engagements(p.advocates, size.engagements, today, settings, fill, random);
  p.stories = generate_stories(p.advocates, p.engagements, size.stories, today, fill, random);
  p.requests = generate_requests(p.advocates, p.engagements, p.stories, size.requests, today, settings, fill, random);
  return p;
}

}  // namespace advo::bench
