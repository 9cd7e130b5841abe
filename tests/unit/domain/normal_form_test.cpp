#include "advo/domain/normal_form.hpp"

#include <doctest/doctest.h>

using namespace advo;

TEST_CASE("to_nfc composes base letters and combining accents") {
  CHECK(to_nfc("Jose\xcc\x81 Mu\xcc\x88ller") == "Jos\xc3\xa9 M\xc3\xbcller");
  CHECK(to_nfc("Jos\xc3\xa9 M\xc3\xbcller") == "Jos\xc3\xa9 M\xc3\xbcller");
  // Hangul jamo compose to one syllable.
  CHECK(to_nfc("\xe1\x84\x92\xe1\x85\xa1\xe1\x86\xab") == "\xed\x95\x9c");
  // Compatibility characters are not folded (that would be NFKC).
  CHECK(to_nfc("\xef\xac\x81") == "\xef\xac\x81");
}

TEST_CASE("to_nfc leaves ASCII and invalid UTF-8 as given") {
  CHECK(to_nfc("") == "");
  CHECK(to_nfc("plain ascii") == "plain ascii");
  CHECK(to_nfc("Jos\xe9") == "Jos\xe9");
  CHECK(to_nfc("e\xcc\x81\xff") == "e\xcc\x81\xff");
}

TEST_CASE("needs_nfc tells decomposed text") {
  CHECK(needs_nfc("e\xcc\x81"));
  CHECK_FALSE(needs_nfc("\xc3\xa9"));
  CHECK_FALSE(needs_nfc("ascii"));
}

TEST_CASE("plainly_nfc passes Latin letters and sends combining marks on") {
  CHECK(plainly_nfc("Jos\xc3\xa9 M\xc3\xbcller \xc5\x81\xc3\xb3" "d\xc5\xba"));
  CHECK_FALSE(plainly_nfc("Jose\xcc\x81"));
  CHECK_FALSE(plainly_nfc("\xe6\x9d\x8e\xe9\x9b\xb7"));
}
