#include "advo/render/record_json.hpp"

#include "advo/domain/field_values.hpp"

namespace advo {
namespace {

Json fields_json(std::span<const FieldDef> fields, const void* base, size_t offset);

Json value_json(const FieldDef& f, const void* base, size_t at) {
  switch (f.type) {
    case FieldType::text:
    case FieldType::enumeration: {
      std::string text = scalar_text(f, base, at);
      return text.empty() ? Json() : Json(std::move(text));
    }
    case FieldType::date:
      return Json::date(field_at<Date>(base, at));
    case FieldType::integer: {
      const int64_t v = field_at<int64_t>(base, at);
      return v == kNoInt ? Json() : Json(v);
    }
    case FieldType::number: {
      const double v = field_at<double>(base, at);
      return has_number(v) ? Json(v) : Json();
    }
    case FieldType::boolean:
      return Json(field_at<bool>(base, at));
    case FieldType::text_list: {
      Json list = Json::array();
      for (Sym s : field_at<SymList>(base, at)) list.push(Json(s.view()));
      return list;
    }
    case FieldType::group:
      return fields_json(f.fields, base, at);
    case FieldType::windows: {
      Json list = Json::array();
      for (const Window& w : field_at<WindowList>(base, at)) list.push(fields_json(f.fields, &w, 0));
      return list;
    }
    case FieldType::consents: {
      Json obj = Json::object();
      for (size_t s = 0; s < f.values.size(); ++s) {
        const size_t grant_at = at + s * sizeof(Grant);
        const Grant& g = field_at<Grant>(base, grant_at);
        obj.set(std::string(f.values[s]), g.granted || g.expires ? fields_json(f.fields, base, grant_at) : Json());
      }
      return obj;
    }
  }
  return Json();
}

Json fields_json(std::span<const FieldDef> fields, const void* base, size_t offset) {
  Json obj = Json::object();
  for (const FieldDef& f : fields) obj.set(std::string(f.name), value_json(f, base, offset + f.offset));
  return obj;
}

}  // namespace

Json record_json(const RecordSchema& schema, const void* record) { return fields_json(schema.fields, record, 0); }

Json field_json(const RecordSchema& schema, const void* record, std::string_view path) {
  const auto r = resolve_path(schema, path);
  return r ? value_json(*r->def, record, r->offset) : Json();
}

}  // namespace advo
