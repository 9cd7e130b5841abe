// advo-program-dump: prints everything load_program gives for a program —
// files and their stamps, problems, every record with its origin, and the
// indexes — so that tests can compare loads with and without the cache.
//
//   advo-program-dump [--no-cache] DIR
#include <iostream>
#include <string>

#include <fmt/format.h>

#include "advo/storage/loader.hpp"
#include "advo/storage/record_writer.hpp"

using namespace advo;

namespace {

template <class R>
void dump_records(const char* title, const std::vector<R>& records) {
  std::cout << title << ": " << records.size() << "\n";
  for (const R& r : records) {
    std::cout << fmt::format("- origin {}:{}:{} item {}\n", r.origin.file, r.origin.line, r.origin.column, r.origin.item);
    std::cout << write_record(r);
  }
}

}  // namespace

int main(int argc, char** argv) {
  LoadOptions options;
  std::string dir;
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    if (arg == "--no-cache")
      options.use_cache = false;
    else
      dir = arg;
  }
  if (dir.empty()) {
    std::cerr << "usage: advo-program-dump [--no-cache] DIR\n";
    return 2;
  }
  const LoadedProgram loaded = load_program(dir, "", options);
  const Program& p = loaded.program;
  std::cout << "files: " << p.files.size() << "\n";
  for (size_t i = 0; i < p.files.size(); ++i) {
    const FileStamp& s = loaded.stamps[i];
    std::cout << fmt::format("{} {} exists={} size={} mtime={} inode={} hash={:x}\n", i, p.files[i], s.exists, s.size,
                             s.mtime_ns, s.inode, s.hash);
  }
  std::cout << "problems: " << loaded.problems.size() << "\n";
  for (const Problem& pr : loaded.problems)
    std::cout << fmt::format("{}:{}:{} {} {} {}\n", pr.where.file, pr.where.line, pr.where.column,
                             pr.severity == Severity::error ? "error" : "warning", pr.code, pr.message);
  dump_records("advocates", p.advocates);
  dump_records("stories", p.stories);
  dump_records("requests", p.requests);
  dump_records("engagements", p.engagements);
  std::cout << "engagements by advocate:\n";
  for (const Advocate& a : p.advocates) {
    std::cout << a.id.view() << ":";
    for (uint32_t i : p.engagements_of(a)) std::cout << " " << i;
    std::cout << "\n";
  }
  std::cout << "engagements by id:\n";
  for (size_t i = 0; i < p.engagements.size(); ++i) {
    const Engagement* e = p.find_engagement(p.engagements[i].id.view());
    std::cout << i << " " << (e == nullptr ? -1 : e - p.engagements.data()) << "\n";
  }
  return 0;
}
