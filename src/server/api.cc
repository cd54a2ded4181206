#include "server/api.h"

#include <simdjson.h>

#include <charconv>
#include <cmath>
#include <cstdio>
#include <set>

#include "export/event_jsonl.h"
#include "export/json_writer.h"
#include "text/normalizer.h"

namespace rasd::server {

namespace {

using exporter::AppendJsonString;

// ---- parameters -------------------------------------------------------------------------------

const std::set<std::string>& AllowedKeys(QueryKind kind) {
  static const std::set<std::string> kFilters = {"from", "to", "country", "admin1", "bbox", "type", "actor", "text"};
  static const std::set<std::string> kEvents = [] {
    auto s = kFilters;
    s.insert({"limit", "offset", "format"});
    return s;
  }();
  static const std::set<std::string> kCounts = [] {
    auto s = kFilters;
    s.insert({"limit", "offset"});
    return s;
  }();
  switch (kind) {
    case QueryKind::kEvents: return kEvents;
    case QueryKind::kStats: return kFilters;
    case QueryKind::kCounts: return kCounts;
  }
  return kFilters;
}

Status Bad(const std::string& key, const std::string& why) {
  return Status::InvalidArgument("parameter '" + key + "': " + why);
}

Result<Day> ParseDayParam(const std::string& key, const std::string& v) {
  // Exactly YYYY-MM-DD: Day::Parse tolerates a time part, which a filter has no use for.
  std::optional<Day> d = v.size() == 10 ? Day::Parse(v) : std::nullopt;
  if (!d) return Bad(key, "expected a date YYYY-MM-DD");
  return *d;
}

Result<int64_t> ParseIntParam(const std::string& key, const std::string& v, int64_t lo, int64_t hi) {
  int64_t n = 0;
  const char* end = v.data() + v.size();
  auto [p, ec] = std::from_chars(v.data(), end, n);
  if (v.empty() || ec != std::errc() || p != end) return Bad(key, "expected an integer");
  if (n < lo || n > hi) return Bad(key, "must be between " + std::to_string(lo) + " and " + std::to_string(hi));
  return n;
}

Result<double> ParseNumber(const std::string& key, std::string_view v) {
  double x = 0;
  const char* end = v.data() + v.size();
  auto [p, ec] = std::from_chars(v.data(), end, x);
  if (v.empty() || ec != std::errc() || p != end || !std::isfinite(x)) return Bad(key, "expected 4 numbers");
  return x;
}

Result<store::BBox> ParseBBox(const std::string& v) {
  std::vector<std::string_view> parts;
  std::string_view rest(v);
  while (true) {
    size_t comma = rest.find(',');
    parts.push_back(rest.substr(0, comma));
    if (comma == std::string_view::npos) break;
    rest.remove_prefix(comma + 1);
  }
  if (parts.size() != 4) return Bad("bbox", "expected 4 numbers minlon,minlat,maxlon,maxlat");
  double x[4];
  for (int i = 0; i < 4; ++i) {
    Result<double> r = ParseNumber("bbox", parts[i]);
    if (!r.ok()) return Bad("bbox", "expected 4 numbers minlon,minlat,maxlon,maxlat");
    x[i] = *r;
  }
  store::BBox b{x[0], x[1], x[2], x[3]};
  if (b.min_lon < -180 || b.max_lon > 180 || b.min_lat < -90 || b.max_lat > 90) {
    return Bad("bbox", "longitudes must be within [-180, 180] and latitudes within [-90, 90]");
  }
  if (b.min_lon > b.max_lon || b.min_lat > b.max_lat) return Bad("bbox", "minimum greater than maximum");
  return b;
}

Status CheckText(const std::string& key, const std::string& v) {
  if (v.size() > kMaxTextParam) return Bad(key, "longer than " + std::to_string(kMaxTextParam) + " bytes");
  if (!text::IsValidUtf8(v)) return Bad(key, "not valid UTF-8");
  for (unsigned char c : v) {
    if (c < 0x20 || c == 0x7f) return Bad(key, "contains a control character");
  }
  return Status::OK();
}

// ---- JSON output --------------------------------------------------------------------------------

// Appends `"key":` after a comma unless it opens the object.
void Key(std::string& out, const char* key, bool& first) {
  if (!first) out += ',';
  first = false;
  AppendJsonString(key, out);
  out += ':';
}

void Str(std::string& out, const char* key, const std::string& v, bool& first) {
  Key(out, key, first);
  AppendJsonString(v, out);
}

void StrOrNull(std::string& out, const char* key, const std::string& v, bool& first) {
  Key(out, key, first);
  if (v.empty()) out += "null"; else AppendJsonString(v, out);
}

void Int(std::string& out, const char* key, int64_t v, bool& first) {
  Key(out, key, first);
  out += std::to_string(v);
}

void Double(std::string& out, double v, int decimals) {
  if (!std::isfinite(v)) { out += "null"; return; }
  char buf[40];
  std::snprintf(buf, sizeof buf, "%.*f", decimals, v);
  out += buf;
}

void DayOrNull(std::string& out, const char* key, const std::optional<Day>& d, bool& first) {
  Key(out, key, first);
  if (d) AppendJsonString(d->ToString(), out); else out += "null";
}

// The fields of an event (no braces) after a comma unless they open the object: the one writer that
// `rasd extract` and the exports use, so the API and the files never disagree on a field.
void EventFields(const Event& e, std::string& out, bool& first, bool with_spans) {
  if (!first) out += ',';
  first = false;
  exporter::AppendEventMembers(e, with_spans, out);
}

void PageFields(std::string& out, int64_t total, const store::EventFilter& f, size_t returned, bool& first) {
  Int(out, "total", total, first);
  Int(out, "returned", static_cast<int64_t>(returned), first);
  Int(out, "limit", f.limit, first);
  Int(out, "offset", f.offset, first);
}

void Pairs(std::string& out, const char* key, const std::vector<std::pair<std::string, int64_t>>& v,
           const char* name, bool& first) {
  Key(out, key, first);
  out += '[';
  for (size_t i = 0; i < v.size(); ++i) {
    if (i) out += ',';
    out += '{';
    bool f = true;
    Str(out, name, v[i].first, f);
    Int(out, "count", v[i].second, f);
    out += '}';
  }
  out += ']';
}

}  // namespace

Result<ApiQuery> ParseQuery(QueryKind kind, const Params& params) {
  ApiQuery q;
  q.filter.limit = kind == QueryKind::kStats ? 0 : kind == QueryKind::kEvents ? kDefaultEventLimit : 100;
  const std::set<std::string>& allowed = AllowedKeys(kind);
  std::set<std::string> seen;
  for (const auto& [key, value] : params) {
    if (!allowed.count(key)) {
      Status s = CheckText("name", key);
      return Status::InvalidArgument(s.ok() ? "unknown parameter '" + key + "'" : "unknown parameter");
    }
    if (!seen.insert(key).second) return Bad(key, "given more than once");
    if (key == "from" || key == "to") {
      Result<Day> d = ParseDayParam(key, value);
      if (!d.ok()) return d.status();
      (key == "from" ? q.filter.from : q.filter.to) = *d;
    } else if (key == "bbox") {
      Result<store::BBox> b = ParseBBox(value);
      if (!b.ok()) return b.status();
      q.filter.bbox = *b;
    } else if (key == "limit") {
      Result<int64_t> n = ParseIntParam(key, value, 1, kMaxEventLimit);
      if (!n.ok()) return n.status();
      q.filter.limit = *n;
    } else if (key == "offset") {
      Result<int64_t> n = ParseIntParam(key, value, 0, kMaxOffset);
      if (!n.ok()) return n.status();
      q.filter.offset = *n;
    } else if (key == "format") {
      if (value == "geojson") q.format = Format::kGeoJson;
      else if (value == "json") q.format = Format::kJson;
      else return Bad(key, "expected geojson or json");
    } else {
      if (Status s = CheckText(key, value); !s.ok()) return s;
      if (key == "country") q.filter.country = value;
      else if (key == "admin1") q.filter.admin1 = value;
      else if (key == "type") q.filter.event_type = value;
      else if (key == "actor") q.filter.actor = value;
      else if (key == "text") q.filter.text = value;
    }
  }
  if (q.filter.from && q.filter.to && *q.filter.from > *q.filter.to) {
    return Status::InvalidArgument("parameter 'from': later than 'to'");
  }
  return q;
}

Result<int64_t> ParseEventId(const std::string& s) {
  bool digits = !s.empty() && s.size() <= 19;
  for (char c : s) digits = digits && c >= '0' && c <= '9';
  if (!digits) return Status::InvalidArgument("event id: expected a positive integer");
  return ParseIntParam("id", s, 1, INT64_MAX);
}

Result<Document> ParseArticleJson(const std::string& body) {
  simdjson::dom::parser parser;
  simdjson::dom::element root;
  if (auto err = parser.parse(body).get(root); err) {
    return Status::InvalidArgument(std::string("body: not valid JSON (") + simdjson::error_message(err) + ")");
  }
  simdjson::dom::object obj;
  if (root.get_object().get(obj)) return Status::InvalidArgument("body: expected a JSON object");
  Document doc;
  bool have_id = false, have_text = false;
  for (auto member : obj) {
    // Named copies, not structured bindings: clang 14 (the fuzz build) cannot capture bindings in a lambda.
    std::string_view key = member.key;
    simdjson::dom::element value = member.value;
    std::string_view sv;
    auto field = [&](std::string& out) -> Status {
      if (value.get_string().get(sv)) return Status::InvalidArgument("body: '" + std::string(key) + "' must be a string");
      out.assign(sv);
      return Status::OK();
    };
    Status s;
    if (key == "id") { s = field(doc.id); have_id = true; }
    else if (key == "text") { s = field(doc.text); have_text = true; }
    else if (key == "title") s = field(doc.title);
    else if (key == "url") s = field(doc.url);
    else if (key == "source") s = field(doc.source);
    else if (key == "published") {
      std::string p;
      s = field(p);
      if (s.ok() && !p.empty()) {
        doc.published = Day::Parse(p);
        if (!doc.published) s = Status::InvalidArgument("body: 'published' must be a date YYYY-MM-DD");
      }
    }
    if (!s.ok()) return s;
  }
  if (!have_id || doc.id.empty()) return Status::InvalidArgument("body: 'id' (a non-empty string) is required");
  if (doc.id.size() > 256) return Status::InvalidArgument("body: 'id' longer than 256 bytes");
  if (!have_text || doc.text.empty()) return Status::InvalidArgument("body: 'text' (a non-empty string) is required");
  if (doc.text.find('\0') != std::string::npos) return Status::InvalidArgument("body: 'text' contains a NUL byte");
  return doc;
}

// A page of events: `opening` starts the object, then the paging fields, then `list_key` with one item
// per event, written by `item` (which adds the braces it needs).
template <class WriteItem>
std::string EventsPage(const std::vector<store::StoredEvent>& events, int64_t total, const store::EventFilter& f,
                       const char* opening, const char* list_key, WriteItem item) {
  std::string out;
  out.reserve(256 + events.size() * 600);
  out += opening;
  bool first = true;
  PageFields(out, total, f, events.size(), first);
  Key(out, list_key, first);
  out += '[';
  for (size_t i = 0; i < events.size(); ++i) {
    if (i) out += ',';
    item(events[i], out);
  }
  out += "]}";
  return out;
}

// Id, event fields and source count, without braces.
void EventSummary(const store::StoredEvent& se, std::string& out) {
  bool first = true;
  Int(out, "id", se.id, first);
  EventFields(se.event, out, first, /*with_spans=*/false);
  Int(out, "source_count", se.source_count, first);
}

std::string EventsGeoJson(const std::vector<store::StoredEvent>& events, int64_t total, const store::EventFilter& f) {
  // Unlike the file export, an event without coordinates stays in the page (geometry null, which
  // RFC 7946 allows) so that `returned` counts what the filter selected.
  return EventsPage(events, total, f, "{\"type\":\"FeatureCollection\",", "features",
                    [](const store::StoredEvent& se, std::string& out) {
                      const Event& e = se.event;
                      out += "{\"type\":\"Feature\",\"id\":" + std::to_string(se.id) + ",\"geometry\":";
                      if (e.lat && e.lon && std::isfinite(*e.lat) && std::isfinite(*e.lon)) {
                        out += "{\"type\":\"Point\",\"coordinates\":[";
                        Double(out, *e.lon, 4);
                        out += ',';
                        Double(out, *e.lat, 4);
                        out += "]}";
                      } else {
                        out += "null";
                      }
                      out += ",\"properties\":{";
                      EventSummary(se, out);
                      out += "}}";
                    });
}

std::string EventsJson(const std::vector<store::StoredEvent>& events, int64_t total, const store::EventFilter& f) {
  return EventsPage(events, total, f, "{", "events", [](const store::StoredEvent& se, std::string& out) {
    out += '{';
    EventSummary(se, out);
    out += '}';
  });
}

std::string EventDetailJson(const store::StoredEvent& se, const std::vector<std::optional<std::string>>& texts) {
  std::string out = "{";
  EventSummary(se, out);
  bool first = false;
  Key(out, "sources", first);
  out += '[';
  for (size_t i = 0; i < se.sources.size(); ++i) {
    const store::EventSource& src = se.sources[i];
    if (i) out += ',';
    out += '{';
    bool f = true;
    Str(out, "doc_id", src.doc_id, f);
    StrOrNull(out, "url", src.url, f);
    StrOrNull(out, "title", src.title, f);
    StrOrNull(out, "source", src.source, f);
    StrOrNull(out, "rule", src.rule, f);
    DayOrNull(out, "published", src.published, f);
    Key(out, "event", f);
    out += '{';
    bool f3 = true;
    EventFields(src.event, out, f3, /*with_spans=*/true);
    out += '}';
    Key(out, "text", f);
    if (i < texts.size() && texts[i]) AppendJsonString(*texts[i], out); else out += "null";
    out += '}';
  }
  out += "]}";
  return out;
}

std::string StatsJson(const store::Stats& s) {
  std::string out = "{";
  bool first = true;
  Int(out, "events", s.events, first);
  Int(out, "fatalities", s.fatalities, first);
  Pairs(out, "events_by_day", s.events_by_day, "day", first);
  Pairs(out, "fatalities_by_day", s.fatalities_by_day, "day", first);
  Pairs(out, "by_type", s.by_type, "type", first);
  Pairs(out, "by_country", s.by_country, "country", first);
  Pairs(out, "by_actor", s.by_actor, "actor", first);
  out += '}';
  return out;
}

std::string CountsJson(const std::vector<std::pair<std::string, int64_t>>& counts, const char* list_key,
                       const char* item_key) {
  std::string out = "{";
  bool first = true;
  Pairs(out, list_key, counts, item_key, first);
  out += '}';
  return out;
}

std::string IngestJson(const Document& doc, const store::IngestOutcome& o) {
  std::string out = "{";
  bool first = true;
  Str(out, "id", doc.id, first);
  Key(out, "duplicate", first);
  out += o.duplicate ? "true" : "false";
  Key(out, "near_duplicate", first);
  out += o.near_duplicate ? "true" : "false";
  Int(out, "new_events", o.new_events, first);
  Int(out, "merged_events", o.merged_events, first);
  Key(out, "events", first);
  out += '[';
  for (size_t i = 0; i < doc.events.size(); ++i) {
    if (i) out += ',';
    out += '{';
    bool f = true;
    EventFields(doc.events[i], out, f, /*with_spans=*/true);
    out += '}';
  }
  out += "]}";
  return out;
}

std::string ErrorJson(const std::string& message) {
  std::string out = "{\"error\":";
  AppendJsonString(message, out);
  out += '}';
  return out;
}

}  // namespace rasd::server
