// The four record types of advo-files(5), as compact plain data.
//
// Text is interned (Sym), lists are SymList, dates are Date, and a missing
// number is a sentinel. Enumerations are stored as their index + 1 into the
// value lists of schema.hpp, 0 meaning "not set". Field order follows advo-files(5),
// which is also the order in which files are written.
#pragma once

#include <array>
#include <cmath>
#include <cstdint>
#include <limits>

#include "advo/domain/date.hpp"
#include "advo/domain/interned.hpp"

namespace advo {

inline constexpr int64_t kNoInt = std::numeric_limits<int64_t>::min();
inline constexpr double kNoNumber = std::numeric_limits<double>::quiet_NaN();
inline bool has_number(double x) { return !std::isnan(x); }

// Where a record came from, for messages: the file (index into
// Program::files) and the 1-based line and column of the record.
struct Origin {
  uint32_t file = UINT32_MAX;
  uint32_t line = 0;
  uint32_t column = 0;
  uint32_t item = 0;  // position in a month file's sequence
};

enum class Stage : uint8_t { none, nominated, qualified, active, paused, alumni, declined };
enum class Segment : uint8_t { none, smb, mid_market, enterprise };
enum class Source : uint8_t { none, sales, success, support, product, marketing, partner, self };
enum class StoryKind : uint8_t { none, case_study, video, quote, blog, webinar, press_release, review };
enum class StoryStatus : uint8_t { none, draft, in_review, approved, published, retired };
enum class RequestStatus : uint8_t { none, open, matched, scheduled, fulfilled, unfulfilled, cancelled };
enum class Deal : uint8_t { none, open, won, lost };
enum class Outcome : uint8_t { none, scheduled, completed, declined, no_show, cancelled };

// Consent scopes, in the order of advo-files(5).
enum class Scope : uint8_t { logo, name, quote, case_study, video, press };
inline constexpr size_t kScopeCount = 6;

struct Nomination {
  Sym by;
  Date on;
  Source source = Source::none;
  Sym reason;
};

struct Nps {
  int64_t score = kNoInt;
  Date on;
};

struct Grant {
  Date granted;
  Date expires;
  bool operator==(const Grant&) const = default;
};

struct Limits {
  int64_t max_per_quarter = kNoInt;
  int64_t max_per_year = kNoInt;
};

struct Window {
  Date from;
  Date to;
  Sym reason;
  bool operator==(const Window&) const = default;
};
using WindowList = List<Window>;

struct Commitment {
  SymList activities;
  Date until;
  Sym note;
};

struct Advocate {
  Sym id;
  Sym name;
  Sym title;
  Sym company;
  Sym email;
  Sym phone;
  Sym account_owner;
  Sym industry;
  Segment segment = Segment::none;
  int64_t employees = kNoInt;
  Sym region;
  Sym country;
  SymList languages;
  SymList products;
  SymList use_cases;
  Sym persona;
  SymList topics;
  SymList activities;
  Stage stage = Stage::none;
  Date stage_on;
  Nomination nominated;
  Nps nps;
  Sym moved_to;    // the record of the person's next job (advo move)
  Sym moved_from;  // the record of their previous job
  std::array<Grant, kScopeCount> consent{};
  Limits limits;
  WindowList unavailable;
  bool do_not_contact = false;
  Commitment commitment;
  Date verified_on;
  SymList tags;
  Sym notes;
  Origin origin;

  const Grant& grant(Scope s) const { return consent[static_cast<size_t>(s)]; }
};

struct Story {
  Sym id;
  Sym title;
  StoryKind kind = StoryKind::none;
  StoryStatus status = StoryStatus::none;
  SymList advocates;
  Sym company;
  Sym industry;
  Segment segment = Segment::none;
  Sym region;
  SymList products;
  SymList use_cases;
  SymList outcomes;
  Sym url;
  // Every approval the customer gave, oldest first: `from` is the day of
  // the sign-off, `to` the last day it holds (none: open-ended).
  WindowList approvals;
  // The latest approval, kept from `approvals` (story_approvals.hpp).
  Date approved_on;
  Date expires_on;
  SymList tags;
  Sym notes;
  Origin origin;
};

struct Opportunity {
  Sym id;
  Sym account;
  double amount = kNoNumber;
  Sym currency;
  Sym stage;
};

struct Criteria {
  Sym industry;
  Segment segment = Segment::none;
  Sym region;
  Sym country;
  SymList products;
  SymList use_cases;
  Sym persona;
  SymList languages;
};

struct DealOutcome {
  Deal deal = Deal::none;
  Date closed_on;
  Sym reason;
};

struct Request {
  Sym id;
  Sym type;
  RequestStatus status = RequestStatus::none;
  Sym requested_by;
  Date requested_on;
  Date needed_by;
  Opportunity opportunity;
  Criteria criteria;
  SymList advocates;
  SymList stories;
  Date fulfilled_on;
  DealOutcome outcome;
  Sym notes;
  Origin origin;
};

struct Engagement {
  Sym id;
  Date date;
  Sym advocate;
  Sym type;
  Outcome outcome = Outcome::none;
  Sym request;
  Sym story;
  Sym logged_by;
  Sym override_reason;  // `override:` in files
  Sym notes;
  Origin origin;
};

// The kinds of record, in the order their folders are listed.
enum class RecordKind : uint8_t { advocate, story, request, engagement };

}  // namespace advo
