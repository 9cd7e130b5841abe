#include "advo/storage/record_writer.hpp"

#include <random>

#include <doctest/doctest.h>

#include "../test_records.hpp"
#include "advo/error.hpp"
#include "advo/storage/loader.hpp"

using namespace advo;

namespace {

template <class R>
void check_round_trip(const std::string& yaml) {
  const R original = test::record_from<R>(yaml);
  const std::string written = write_record(original);
  const R again = test::record_from<R>(written);
  CHECK(same_record(original, again));
  CHECK(write_record(again) == written);  // identical bytes for an unchanged record
  CHECK(written.back() == '\n');
}

}  // namespace

TEST_CASE("every record type survives write then read") {
  check_round_trip<Advocate>(R"(id: jane-doe-acme
name: "Jane \"JD\" Doe"
title: 'VP: Data'
company: Acme, Inc.
email: jane@acme.example
phone: "+49 30 1234"
account_owner: sam
industry: healthcare
segment: enterprise
employees: 12000
region: emea
country: DE
languages: [de, en]
products: [analytics, "true", "007"]
use_cases: [forecasting]
persona: data-leader
topics: ["#1 priority", "- dash"]
activities: [reference-call, case-study]
stage: active
stage_on: 2026-03-01
nominated: {by: sam, date: 2026-01-05, source: sales, reason: "Said: great"}
nps: {score: 0, date: 2026-02-01}
consent: {logo: {granted: 2026-01-01}, case-study: {granted: 2026-01-01, expires: 2031-01-01}}
limits: {max_per_quarter: 0, max_per_year: 4}
unavailable: [{from: 2026-12-20, to: 2027-01-05, reason: holidays}, {from: 2027-03-01, to: 2027-03-02}]
do_not_contact: true
commitment: {activities: [case-study], until: 2027-06-30, note: renewal}
verified_on: 2026-11-01
tags: ["2026", "null", yes]
notes: "line one\nline two\n"
)");
  check_round_trip<Story>(R"(id: s
title: "Story: one"
kind: case-study
status: published
advocates: [jane-doe-acme]
outcomes: ["cut time 40%", "1,200 hours"]
url: https://example.com/s?x=1#y
approvals:
  - date: 2026-01-01
    expires: 2028-01-01
  - date: 2028-01-02
notes: "  leading spaces\ttab"
)");
  check_round_trip<Request>(R"(id: 2026-11-20-globex-reference-call
type: reference-call
status: fulfilled
requested_by: sam
requested_on: 2026-11-20
needed_by: 2026-11-27
opportunity: {id: OPP-1, account: Globex, amount: 250000.5, currency: EUR, stage: "1"}
criteria: {industry: healthcare, segment: smb, products: [a, b], languages: [de]}
advocates: [jane-doe-acme]
fulfilled_on: 2026-11-22
outcome: {deal: won, closed_on: 2026-12-01, reason: "won: fast"}
notes: "multi\n\nline\n\n"
)");
  check_round_trip<Engagement>(R"(id: 2026-11-20-jane-doe-acme-reference-call
date: 2026-11-20
advocate: jane-doe-acme
type: reference-call
outcome: no-show
override: "CEO asked"
notes: "\u2028odd\x01"
)");
}

TEST_CASE("the canonical form is block style in schema order without empty fields") {
  const Advocate a = test::record_from<Advocate>(
      "stage: active\ncompany: Acme\nname: Jane\nid: jane\ntitle: ''\nproducts: []\nnps: {score: 9}\n");
  CHECK(write_record(a) == "id: jane\nname: Jane\ncompany: Acme\nstage: active\nnps:\n  score: 9\n");
}

TEST_CASE("values that would change type are quoted") {
  CHECK(yaml_scalar("true", 0) == "\"true\"");
  CHECK(yaml_scalar("007", 0) == "\"007\"");
  CHECK(yaml_scalar("2026", 0) == "\"2026\"");
  CHECK(yaml_scalar("null", 0) == "\"null\"");
  CHECK(yaml_scalar("2026-11-23", 0) == "\"2026-11-23\"");
  CHECK(yaml_scalar("1e3", 0) == "\"1e3\"");
  CHECK(yaml_scalar("no", 0) == "\"no\"");
  CHECK(yaml_scalar("Acme, Inc.", 0) == "Acme, Inc.");
  CHECK(yaml_scalar("José Müller", 0) == "José Müller");
  CHECK(yaml_scalar("a: b", 0) == "\"a: b\"");
  CHECK(yaml_scalar("x #y", 0) == "\"x #y\"");
  CHECK(yaml_scalar("one\ntwo", 0) == "|-\n  one\n  two");
  // Symbols of the lead bytes of Unicode line breaks still go in a block.
  CHECK(yaml_scalar("a → b\n5 €, 3° — ok", 0) == "|-\n  a → b\n  5 €, 3° — ok");
  CHECK(yaml_scalar("a\n\u2028b", 0) == "\"a\\n\\Lb\"");
  CHECK(yaml_scalar("a\n\u0085b", 0) == "\"a\\n\\u0085b\"");
}

TEST_CASE("YAML 1.1 readers read the written values as the same text") {
  // Words and numbers YAML 1.1 (PyYAML, Psych) reads as another type.
  for (const char* word : {"+.inf", "+.Inf", "+.INF", ".NaN", "On", "ON", "y", "N", "~", "1:20", "190:20:30", "0o17",
                           "017", "1_000", "0x1F", "0b101", "6.02e+23", "2026-06-15 10:00:00"})
    CHECK_MESSAGE(!plain_scalar_safe(word), word);
  // Characters they refuse written raw (C1 controls, U+FFFE) are escaped,
  // in quotes and in place of a block alike.
  CHECK(yaml_scalar("a\u0090b", 0) == "\"a\\u0090b\"");
  CHECK(yaml_scalar("a\n\u009bb", 0) == "\"a\\n\\u009Bb\"");
  CHECK(yaml_scalar("a\uFFFEb", 0) == "\"a\\uFFFEb\"");
  CHECK(yaml_scalar("a\uFFFFb", 0) == "\"a\\uFFFFb\"");
  CHECK(yaml_scalar("a\u00A0b", 0) == "a\u00A0b");
}

TEST_CASE("month files are sorted by date then id") {
  std::vector<Engagement> list = {
      test::record_from<Engagement>("id: b\ndate: 2026-11-02\nadvocate: x\ntype: gift\noutcome: completed\n"),
      test::record_from<Engagement>("id: a\ndate: 2026-11-02\nadvocate: x\ntype: gift\noutcome: completed\n"),
      test::record_from<Engagement>("id: c\ndate: 2026-11-01\nadvocate: x\ntype: gift\noutcome: completed\n"),
  };
  const std::string text = write_month_file(list);
  CHECK(text ==
        "- id: c\n  date: 2026-11-01\n  advocate: x\n  type: gift\n  outcome: completed\n"
        "- id: a\n  date: 2026-11-02\n  advocate: x\n  type: gift\n  outcome: completed\n"
        "- id: b\n  date: 2026-11-02\n  advocate: x\n  type: gift\n  outcome: completed\n");
}

TEST_CASE("random text survives quoting") {
  std::mt19937 rng(7);
  const std::string alphabet[] = {"a", "Z", "0", "9", " ", ":", "#", "-", "?", "'", "\"", "\\", "\n", "\t", "[",
                                  "]", "{", "}", ",", "&", "*", "!", "|", ">", "%", "@", "`", ".", "é", "\xe2\x80\xa8",
                                  "\x01", "\x7f", "~", "=", "+", "\r", "→", "€", "\xc2\x85", "\xe2\x80\xa9"};
  for (int round = 0; round < 3000; ++round) {
    std::string text;
    const int len = static_cast<int>(rng() % 12) + 1;
    for (int i = 0; i < len; ++i) text += alphabet[rng() % std::size(alphabet)];
    const std::string yaml = "v: " + yaml_scalar(text, 0) + "\n";
    INFO("text: ", text, " yaml: ", yaml);
    const YamlNode n = parse_yaml(yaml, "f");
    REQUIRE(n.kind == YamlNode::Kind::map);
    CHECK(n.value(0).text == text);
  }
}

TEST_CASE("a record the reader would refuse is not written") {
  Advocate a = test::record_from<Advocate>("id: big\nname: B\ncompany: C\nstage: active\n");
  a.notes = Sym(std::string(600'000, 'n'));
  a.title = Sym(std::string(500'000, 't'));
  CHECK_THROWS_WITH_AS(write_record(a),
                       "advocate big would be 1100 KB, over the limit of 1 MiB for a record file advo can read back; "
                       "its largest field is notes (600 KB): keep long text elsewhere and link it",
                       RefusedError);
  a.title = Sym();
  std::vector<Sym> tags;
  for (int i = 0; i < 20'000; ++i) tags.emplace_back("t" + std::to_string(i));
  a.notes = Sym();
  a.tags = SymList(tags);
  CHECK_THROWS_AS(write_record(a), RefusedError);
  // The node count is the reader's: exactly at the limit is written and read back.
  tags.resize(20'000 - 11);  // the map, four fields and the key and list of tags
  a.tags = SymList(tags);
  const std::string text = write_record(a);
  CHECK_NOTHROW(parse_yaml(text, "f", kRecordLimits));
  tags.emplace_back("one-more");
  a.tags = SymList(tags);
  CHECK_THROWS_AS(write_record(a), RefusedError);
}

TEST_CASE("a month file the reader would refuse is not written") {
  std::vector<Engagement> month;
  const Sym note(std::string(1'000'000, 'n'));
  for (int i = 0; i < 70; ++i) {
    Engagement e = test::record_from<Engagement>("id: e" + std::to_string(i) +
                                                 "\ndate: 2026-11-02\nadvocate: a\ntype: gift\noutcome: completed\n");
    e.notes = note;
    month.push_back(e);
  }
  CHECK_THROWS_AS(write_month_file(month), RefusedError);
  month.resize(60);
  CHECK(write_month_file(month).size() < kMonthFileLimits.max_bytes);
}

namespace {

Engagement month_entry(const std::string& id, const std::string& date, const std::string& more = "") {
  return test::record_from<Engagement>("id: " + id + "\ndate: " + date +
                                       "\nadvocate: x\ntype: gift\noutcome: completed\n" + more);
}

}  // namespace

TEST_CASE("an entry that sorts last is added to a month file advo wrote just as a whole rewrite would write it") {
  const std::vector<Engagement> entries = {
      month_entry("a", "2026-11-01", "notes: |-\n  two\n  lines\n"),
      month_entry("b", "2026-11-01", "notes: \"yes\"\nlogged_by: \"#1\"\n"),
      month_entry("c", "2026-11-03"),
  };
  const std::string existing = write_month_file(entries);
  for (const Engagement& added : {month_entry("d", "2026-11-03", "notes: \"a: b\"\n"), month_entry("a", "2026-11-04"),
                                  month_entry("c", "2026-11-03")}) {
    std::vector<Engagement> all = entries;
    all.push_back(added);
    const std::optional<std::string> appended = append_to_month_file(existing, entries, added);
    REQUIRE(appended.has_value());
    CHECK(*appended == write_month_file(all));
    CHECK(appended->substr(0, existing.size()) == existing);
  }
}

TEST_CASE("an entry is not added to a month file advo would write otherwise") {
  const std::vector<Engagement> entries = {month_entry("a", "2026-11-01"), month_entry("c", "2026-11-03")};
  const std::string canonical = write_month_file(entries);
  const Engagement last = month_entry("d", "2026-11-05");
  CHECK(append_to_month_file(canonical, entries, last).has_value());
  // Sorting before the last entry: the file must be laid out again.
  CHECK_FALSE(append_to_month_file(canonical, entries, month_entry("b", "2026-11-02")).has_value());
  CHECK_FALSE(append_to_month_file(canonical, entries, month_entry("b", "2026-11-03")).has_value());
  // Text advo would not write for these entries.
  CHECK_FALSE(append_to_month_file("# mine\n" + canonical, entries, last).has_value());
  CHECK_FALSE(append_to_month_file(canonical + "\n", entries, last).has_value());
  std::string quoted = canonical;
  quoted.replace(quoted.find("advocate: x"), 11, "advocate: \"x\"");
  CHECK_FALSE(append_to_month_file(quoted, entries, last).has_value());
  CHECK_FALSE(append_to_month_file(canonical.substr(0, canonical.size() - 1), entries, last).has_value());
  // Entries out of order in the file.
  const std::vector<Engagement> unsorted = {entries[1], entries[0]};
  std::string as_found = write_month_file(std::span<const Engagement>(&entries[1], 1)) +
                         write_month_file(std::span<const Engagement>(&entries[0], 1));
  CHECK_FALSE(append_to_month_file(as_found, unsorted, last).has_value());
  // No entries: a new file.
  CHECK_FALSE(append_to_month_file("", {}, last).has_value());
}

TEST_CASE("an entry that would take a month file over the reader's limits is not added") {
  std::vector<Engagement> month;
  const Sym note(std::string(1'000'000, 'n'));
  for (int i = 0; i < 60; ++i) {
    month.push_back(month_entry("e" + std::to_string(10 + i), "2026-11-02"));
    month.back().notes = note;
  }
  const std::string existing = write_month_file(month);
  Engagement added = month_entry("f", "2026-11-30");
  CHECK(append_to_month_file(existing, month, added).has_value());
  added.notes = Sym(std::string(10'000'000, 'n'));
  CHECK_FALSE(append_to_month_file(existing, month, added).has_value());
}
