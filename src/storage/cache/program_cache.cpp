#include "advo/storage/cache/program_cache.hpp"

#include <chrono>
#include <cstring>

#include "advo/storage/cache/interned_segments.hpp"
#include "advo/domain/schema.hpp"
#include "advo/storage/state_folder.hpp"

namespace advo {
namespace fs = std::filesystem;
namespace {

// Images whose strings the process adopted: mapped until it exits.
std::vector<std::shared_ptr<const cache::Image>>& adopted_images() {
  static std::vector<std::shared_ptr<const cache::Image>> images;
  return images;
}

uint32_t last_handle(const cache::ImageContent& c) { return c.string_first + c.string_count() - 1; }
uint32_t last_sym_list(const cache::ImageContent& c) { return c.sym_list_first + c.sym_list_count() - 1; }
uint32_t last_window_list(const cache::ImageContent& c) { return c.window_list_first + c.window_list_count() - 1; }

void translate_fields(std::span<const FieldDef> fields, unsigned char* base, const HandleTranslation& t) {
  auto at = [](const std::vector<uint32_t>& table, uint32_t id) { return id < table.size() ? table[id] : 0u; };
  for (const FieldDef& f : fields) {
    unsigned char* p = base + f.offset;
    uint32_t id = 0;
    switch (f.type) {
      case FieldType::text:
      case FieldType::text_list:
      case FieldType::windows:
        std::memcpy(&id, p, 4);
        id = at(f.type == FieldType::text        ? t.handles
                : f.type == FieldType::text_list ? t.sym_lists
                                                 : t.window_lists,
                id);
        std::memcpy(p, &id, 4);
        break;
      case FieldType::group:
        translate_fields(f.fields, p, t);
        break;
      default:
        break;
    }
  }
}

}  // namespace

fs::path cache_base_path(const fs::path& root) { return root / ".advo" / kCacheBaseName; }
fs::path cache_delta_path(const fs::path& root) { return root / ".advo" / kCacheDeltaName; }

int64_t wall_clock_ns() {
  return std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::system_clock::now().time_since_epoch())
      .count();
}

CacheImages open_cache_images(const fs::path& root) {
  CacheImages out;
  const StateFolder folder = StateFolder::open(root, false);
  if (!folder.usable()) return out;
  std::shared_ptr<const cache::Image> base = cache::Image::open_unverified_in(folder.fd(), kCacheBaseName);
  if (!base || !base->verify_listing()) return out;
  const cache::ImageContent& b = base->content();
  if (b.kind != cache::ImageKind::base || b.string_first != 1 || b.sym_list_first != 1 || b.window_list_first != 1)
    return out;
  out.base = base;
  std::shared_ptr<const cache::Image> delta = cache::Image::open_unverified_in(folder.fd(), kCacheDeltaName);
  if (delta && delta->verify_listing()) {
    const cache::ImageContent& d = delta->content();
    if (d.kind == cache::ImageKind::delta && d.base_checksum == base->checksum() &&
        d.string_first == last_handle(b) + 1 && d.sym_list_first == last_sym_list(b) + 1 &&
        d.window_list_first == last_window_list(b) + 1)
      out.delta = delta;
  }
  return out;
}

CacheImages verify_cache_data(const CacheImages& images) {
  CacheImages out;
  if (!images.base || !images.base->verify_data()) return out;
  out.base = images.base;
  const cache::ImageContent& b = images.base->content();
  if (images.delta && images.delta->verify_data({last_handle(b), last_sym_list(b), last_window_list(b)}))
    out.delta = images.delta;
  return out;
}

bool adopt_cache_images(const CacheImages& images) {
  detail::ArrayStore& sym_lists = detail::list_store(sizeof(Sym), typeid(Sym));
  detail::ArrayStore& window_lists = detail::list_store(sizeof(Window), typeid(Window));
  if (detail::symbols_sealed() || sym_lists.sealed() || window_lists.sealed()) return false;
  std::vector<detail::StringSegment> strings;
  std::vector<detail::ArraySegment> syms;
  std::vector<detail::ArraySegment> windows;
  for (const auto& image : {images.base, images.delta}) {
    if (!image) continue;
    const cache::ImageContent& c = image->content();
    strings.push_back(detail::StringSegment{c.string_text.data(), c.string_offsets.data(), c.string_first,
                                            c.string_count(), c.string_slots.data(),
                                            static_cast<uint32_t>(c.string_slots.size())});
    syms.push_back(detail::ArraySegment{c.sym_list_items.data(), c.sym_list_offsets.data(), c.sym_list_count()});
    windows.push_back(
        detail::ArraySegment{c.window_list_items.data(), c.window_list_offsets.data(), c.window_list_count()});
    adopted_images().push_back(image);
  }
  detail::adopt_symbol_segments(strings);
  sym_lists.adopt(syms);
  window_lists.adopt(windows);
  return true;
}

void seal_interned_tables() {
  detail::seal_symbols();
  detail::list_store(sizeof(Sym), typeid(Sym)).seal();
  detail::list_store(sizeof(Window), typeid(Window)).seal();
}

void HandleTranslation::add(const cache::ImageContent& c) {
  handles.resize(std::max<size_t>(handles.size(), size_t{last_handle(c)} + 1), 0);
  for (uint32_t k = 0; k < c.string_count(); ++k)
    handles[c.string_first + k] =
        Sym(c.string_text.substr(c.string_offsets[k], c.string_offsets[k + 1] - c.string_offsets[k])).handle();
  sym_lists.resize(std::max<size_t>(sym_lists.size(), size_t{last_sym_list(c)} + 1), 0);
  for (uint32_t k = 0; k < c.sym_list_count(); ++k) {
    std::vector<Sym> items;
    for (uint32_t i = c.sym_list_offsets[k]; i < c.sym_list_offsets[k + 1]; ++i)
      items.push_back(Sym::from_handle(handles[c.sym_list_items[i].handle()]));
    sym_lists[c.sym_list_first + k] = SymList(items).id();
  }
  window_lists.resize(std::max<size_t>(window_lists.size(), size_t{last_window_list(c)} + 1), 0);
  for (uint32_t k = 0; k < c.window_list_count(); ++k) {
    std::vector<Window> items;
    for (uint32_t i = c.window_list_offsets[k]; i < c.window_list_offsets[k + 1]; ++i) {
      Window w = c.window_list_items[i];
      w.reason = Sym::from_handle(handles[w.reason.handle()]);
      items.push_back(w);
    }
    window_lists[c.window_list_first + k] = WindowList(items).id();
  }
}

template <class R>
void translate_record(R& record, const HandleTranslation& t) {
  translate_fields(schema_for<R>().fields, reinterpret_cast<unsigned char*>(&record), t);
}
template void translate_record<Advocate>(Advocate&, const HandleTranslation&);
template void translate_record<Story>(Story&, const HandleTranslation&);
template void translate_record<Request>(Request&, const HandleTranslation&);
template void translate_record<Engagement>(Engagement&, const HandleTranslation&);

}  // namespace advo
