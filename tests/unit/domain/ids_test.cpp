#include "advo/domain/ids.hpp"

#include <set>
#include <string>

#include <doctest/doctest.h>

using namespace advo;

TEST_CASE("ids follow the slug rules") {
  CHECK(valid_id("jane-doe-acme"));
  CHECK(valid_id("2026-11-20-globex-reference-call"));
  CHECK_FALSE(valid_id(""));
  CHECK_FALSE(valid_id("-jane"));
  CHECK_FALSE(valid_id("Jane"));
  CHECK_FALSE(valid_id("../etc/passwd"));
  CHECK_FALSE(valid_id("a/b"));
  CHECK_FALSE(valid_id("a b"));
  CHECK_FALSE(valid_id("jane_doe"));
  CHECK(valid_id(std::string(80, 'a')));
  CHECK_FALSE(valid_id(std::string(81, 'a')));
}

TEST_CASE("slugs fold accents and drop punctuation") {
  CHECK(slugify("José Müller") == "jose-muller");
  CHECK(slugify("Siobhán O'Brien") == "siobhan-obrien");
  CHECK(slugify("Jürgen Weiß & Söhne") == "jurgen-weiss-sohne");
  CHECK(slugify("  ACME, Inc. ") == "acme-inc");
  CHECK(slugify("Zoë Åkesson") == "zoe-akesson");
  CHECK(slugify("Æsir Øre Œuvre") == "aesir-ore-oeuvre");
  CHECK(slugify("李雷") == "");
  CHECK(slugify("../../etc/passwd") == "etc-passwd");
  CHECK(advocate_slug("Jane Doe", "Acme") == "jane-doe-acme");
  CHECK(advocate_slug("李雷", "") == "advocate");
  CHECK(story_slug("How Northwind cut reporting time by 60%") == "how-northwind-cut-reporting-time-by-60");
  CHECK(request_slug("2026-11-20", "Globex Corp", "reference-call") == "2026-11-20-globex-corp-reference-call");
  CHECK(engagement_slug("2026-11-20", "jane-doe-acme", "reference-call") == "2026-11-20-jane-doe-acme-reference-call");
}

TEST_CASE("slugs respect the 80-character limit") {
  const std::string long_name(200, 'x');
  CHECK(slugify(long_name).size() == 80);
  const std::string words = "alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu nu xi omicron pi rho";
  const std::string s = slugify(words);
  CHECK(s.size() <= 80);
  CHECK(s.back() != '-');
  CHECK(valid_id(s));
}

TEST_CASE("a taken slug gets -2 then -3 and stays within the limit") {
  std::set<std::string> taken = {"jane-doe-acme", "jane-doe-acme-2"};
  auto is_taken = [&](std::string_view id) { return taken.count(std::string(id)) > 0; };
  CHECK(unique_id("jane-doe-acme", is_taken) == "jane-doe-acme-3");
  CHECK(unique_id("john", is_taken) == "john");
  const std::string base(80, 'a');
  taken.insert(base);
  const std::string next = unique_id(base, is_taken);
  CHECK(next.size() <= 80);
  CHECK(next.substr(next.size() - 2) == "-2");
  CHECK(valid_id(next));
}

TEST_CASE("advocate slugs from awkward names") {
  CHECK(advocate_slug("José Müller", "Initech GmbH") == "jose-muller-initech-gmbh");
  CHECK(advocate_slug("  Mary-Jane   O'Neill ", "AT&T") == "mary-jane-oneill-at-t");
  CHECK(advocate_slug("Dr. Ann Lee, PhD", "Acme, Inc.") == "dr-ann-lee-phd-acme-inc");
  CHECK(advocate_slug("ÉMILE ZOLA", "L'Assommoir S.A.") == "emile-zola-lassommoir-s-a");
  CHECK(advocate_slug("李雷", "Hooli") == "hooli");
  CHECK(advocate_slug("Ann", "北京") == "ann");
  CHECK(advocate_slug("!!!", "???") == "advocate");
  CHECK(advocate_slug("../../etc", "passwd") == "etc-passwd");
  CHECK(valid_id(advocate_slug("Ann\nLee\t", "Acme\x1b[31m")));
}

TEST_CASE("a long advocate slug is cut at a word to 80 characters") {
  const std::string name = "Maximiliana Alexandrina Konstantinopoulou-Vasilopoulou";
  const std::string company = "International Business Consolidated Holdings Incorporated";
  const std::string slug = advocate_slug(name, company);
  CHECK(slug.size() <= 80);
  CHECK(valid_id(slug));
  CHECK(slug == "maximiliana-alexandrina-konstantinopoulou-vasilopoulou-international-business");
  std::set<std::string> taken = {slug};
  const std::string second = unique_id(slug, [&](std::string_view id) { return taken.count(std::string(id)) > 0; });
  CHECK(second.size() <= 80);
  CHECK(second.ends_with("-2"));
  CHECK(valid_id(second));
}

TEST_CASE("collisions count up past the taken ids") {
  std::set<std::string> taken;
  auto is_taken = [&](std::string_view id) { return taken.count(std::string(id)) > 0; };
  for (int i = 0; i < 12; ++i) taken.insert(unique_id("ann-lee-acme", is_taken));
  CHECK(taken.count("ann-lee-acme") == 1);
  CHECK(taken.count("ann-lee-acme-12") == 1);
  CHECK(taken.count("ann-lee-acme-13") == 0);
  CHECK(taken.size() == 12);
}

TEST_CASE("slugs of decomposed and composed names are the same") {
  CHECK(slugify("Jose\xcc\x81 Mu\xcc\x88ller") == "jose-muller");
  CHECK(slugify("Jos\xc3\xa9 M\xc3\xbcller") == "jose-muller");
  CHECK(advocate_slug("Jose\xcc\x81 Mu\xcc\x88ller", "Initech") == "jose-muller-initech");
}
