#include "cli/history_purge.hpp"

#include <algorithm>
#include <utility>

#include <fmt/format.h>

namespace advo::cli {
namespace {

// A Python bytes literal of `text` that holds no quote a shell's single
// quotes would end at, and only printable ASCII.
std::string python_bytes(std::string_view text) {
  std::string out = "b\"";
  for (const char c : text) {
    const auto byte = static_cast<unsigned char>(c);
    if (byte < 0x20 || byte >= 0x7f || c == '"' || c == '\'' || c == '\\')
      out += fmt::format("\\x{:02x}", byte);
    else
      out.push_back(c);
  }
  return out + "\"";
}

using Replacements = std::vector<std::pair<std::string, std::string>>;

// Longest first, so a value inside a longer one never breaks it up.
std::string pairs_literal(Replacements pairs) {
  std::stable_sort(pairs.begin(), pairs.end(), [](const auto& x, const auto& y) { return x.first.size() > y.first.size(); });
  std::string out = "(";
  for (const auto& [from, to] : pairs) out += fmt::format("({}, {}), ", python_bytes(from), python_bytes(to));
  return out + ")";
}

}  // namespace

std::string history_purge_command(const PersonalValues& values, const std::vector<std::string>& blobs,
                                  std::string_view new_id) {
  Replacements in_file, in_messages;
  for (const std::string& name : values.names) {
    in_file.emplace_back(name, new_id);
    in_messages.emplace_back(name, new_id);
  }
  for (const std::string& contact : values.contacts) {
    in_file.emplace_back(contact, "");
    in_messages.emplace_back(contact, "[removed]");
  }
  for (const std::string& detail : values.details) in_file.emplace_back(detail, "");

  std::string ids = "{";
  for (const std::string& blob : blobs) ids += python_bytes(blob) + ", ";
  ids += "}";
  return fmt::format(
      "git filter-repo --prune-empty never --blob-callback '\n"
      "import re\n"
      "if blob.original_id in {}:\n"
      "  for old, new in {}:\n"
      "    blob.data = re.sub(rb\"(?<![\\w@.+-])\" + re.escape(old) + rb\"(?![\\w@.+-])\", lambda m: new, blob.data)\n"
      "' --message-callback '\n"
      "for old, new in {}:\n"
      "  message = message.replace(old, new)\n"
      "return message\n"
      "'",
      ids, pairs_literal(std::move(in_file)), pairs_literal(std::move(in_messages)));
}

}  // namespace advo::cli
