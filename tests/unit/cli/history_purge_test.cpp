// The history purge command: plain ASCII, no quote that ends the shell's
// single quotes, longest values first.
#include "cli/history_purge.hpp"

#include <algorithm>

#include <doctest/doctest.h>

using namespace advo;
using namespace advo::cli;

TEST_CASE("the purge command quotes every value as Python bytes the shell leaves alone") {
  PersonalValues values;
  values.names = {"José O'Brien", "Jo"};
  values.contacts = {"jo@example.org"};
  values.details = {"says \"great\" \\ often"};
  const std::string command = history_purge_command(values, {"0123456789abcdef0123456789abcdef01234567"}, "forgotten-advocate");
  CHECK(command.starts_with("git filter-repo --prune-empty never --blob-callback '\n"));
  CHECK(command.ends_with("return message\n'"));
  // Four single quotes: the two callbacks' own.
  CHECK(std::count(command.begin(), command.end(), '\'') == 4);
  for (const char c : command) CHECK((c == '\n' || (c >= 0x20 && c < 0x7f)));
  CHECK(command.find(R"((b"Jos\xc3\xa9 O\x27Brien", b"forgotten-advocate"))") != std::string::npos);
  CHECK(command.find(R"((b"says \x22great\x22 \x5c often", b""))") != std::string::npos);
  CHECK(command.find(R"({b"0123456789abcdef0123456789abcdef01234567", })") != std::string::npos);
  // Contacts leave the messages as "[removed]"; details stay in them.
  CHECK(command.find(R"((b"jo@example.org", b"[removed]"))") != std::string::npos);
  CHECK(command.find("great", command.find("--message-callback")) == std::string::npos);
  // Longest first: the longer name is replaced before the shorter inside it.
  CHECK(command.find("O\\x27Brien") < command.find("(b\"Jo\","));
}
