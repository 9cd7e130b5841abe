// The findings of the checks of one record kept in .advo/check-findings.
#include "advo/storage/cache/check_findings.hpp"

#include <filesystem>
#include <fstream>

#include <doctest/doctest.h>

#include "../temp_folder.hpp"

using namespace advo;

namespace {

void write_text(const std::filesystem::path& path, const std::string& text) {
  std::filesystem::create_directories(path.parent_path());
  std::ofstream(path, std::ios::binary) << text;
}

CheckFindings some_findings() {
  CheckFindings kept;
  kept.set_settings_hash(0x5e7);
  REQUIRE(kept.start_file("engagements/2026-11.yaml", 0xabc, 120));
  REQUIRE(kept.add("engagements/2026-11.yaml",
                   KeptFinding{3, "type", -1, Severity::error, "vocabulary", "no type 'talk' in advo.toml"}));
  REQUIRE(kept.add("engagements/2026-11.yaml",
                   KeptFinding{1, "advocates", 2, Severity::warning, "format", "not an id: 'A b'"}));
  REQUIRE(kept.start_file("advocates/jane.yaml", 0x12, 40));  // checked, nothing found
  kept.settle();
  return kept;
}

}  // namespace

TEST_CASE("check findings are kept by file and content and settings and read back") {
  TempDir dir;
  const CheckFindings kept = some_findings();
  REQUIRE(write_check_findings(dir.path, kept));
  const CheckFindings read = CheckFindings::read(dir.path);
  CHECK(read == kept);
  const CheckFindings::FileFindings* month = read.find("engagements/2026-11.yaml", 0xabc, 120, 0x5e7);
  REQUIRE(month != nullptr);
  // In the order of their records.
  REQUIRE(month->findings.size() == 2);
  CHECK(month->findings[0] == KeptFinding{1, "advocates", 2, Severity::warning, "format", "not an id: 'A b'"});
  CHECK(month->findings[1].message == "no type 'talk' in advo.toml");
  const CheckFindings::FileFindings* clean = read.find("advocates/jane.yaml", 0x12, 40, 0x5e7);
  REQUIRE(clean != nullptr);
  CHECK(clean->findings.empty());
  // Another content, another settings file, another file: not known.
  CHECK(read.find("engagements/2026-11.yaml", 0xabd, 120, 0x5e7) == nullptr);
  CHECK(read.find("engagements/2026-11.yaml", 0xabc, 121, 0x5e7) == nullptr);
  CHECK(read.find("engagements/2026-11.yaml", 0xabc, 120, 0x5e8) == nullptr);
  CHECK(read.find("engagements/2026-10.yaml", 0xabc, 120, 0x5e7) == nullptr);
}

TEST_CASE("check findings a line cannot hold leave their file unkept") {
  CheckFindings kept;
  REQUIRE(kept.start_file("stories/a.yaml", 1, 10));
  CHECK_FALSE(kept.add("stories/a.yaml", KeptFinding{0, "title", -1, Severity::error, "format", "two\nlines"}));
  CHECK(kept.find("stories/a.yaml", 1, 10, 0) == nullptr);
  CHECK_FALSE(kept.start_file("stories/two\nlines.yaml", 1, 10));
}

TEST_CASE("check findings of another format or damaged are not used") {
  TempDir dir;
  const std::filesystem::path file = dir.path / ".advo" / kCheckFindingsName;
  const std::string good =
      "advo check findings 1\nS 5e7\nF abc 120 engagements/2026-11.yaml\nR 3 -1 e vocabulary type\nM no type\n";
  write_text(file, good);
  CHECK(CheckFindings::read(dir.path).find("engagements/2026-11.yaml", 0xabc, 120, 0x5e7) != nullptr);
  write_text(file, "advo check findings 0" + good.substr(good.find('\n')));
  CHECK(CheckFindings::read(dir.path) == CheckFindings{});
  write_text(file, good.substr(0, good.size() - 1));  // cut short
  CHECK(CheckFindings::read(dir.path) == CheckFindings{});
  write_text(file, good.substr(0, good.rfind("M ")));  // a finding without its message
  CHECK(CheckFindings::read(dir.path) == CheckFindings{});
  write_text(file, "advo check findings 1\nS 5e7\nR 3 -1 e vocabulary type\nM no type\n");  // of no file
  CHECK(CheckFindings::read(dir.path) == CheckFindings{});
  write_text(file, "advo check findings 1\nS 5e7\nF abc 120 a.yaml\nR 3 -1 x vocabulary type\nM no type\n");
  CHECK(CheckFindings::read(dir.path) == CheckFindings{});
}
