#include "export/event_jsonl.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstring>
#include <unordered_set>

#include "export/append.h"
#include "export/json_writer.h"

namespace rasd::exporter {
namespace {

using internal::AppendInt;

// A day as a JSON string: "2024-01-31".
void AppendDayString(Day d, std::string& out) {
  out += '"';
  internal::AppendDay(d, out);
  out += '"';
}

// Fixed decimals, as `rasd extract` writes them (coordinates 4, confidence 2); null when not finite.
void AppendFixed(double v, int decimals, std::string& out) {
  if (!std::isfinite(v)) {
    out += "null";
    return;
  }
  char buf[48];
  out.append(buf, internal::FixedChars(buf, buf + sizeof buf, v, decimals));
}

void OptionalFixed(const std::optional<double>& v, int decimals, std::string& out) {
  if (v) {
    AppendFixed(*v, decimals, out);
  } else {
    out += "null";
  }
}

void OptionalInt(const std::optional<int64_t>& v, std::string& out) {
  if (v) {
    AppendInt(*v, out);
  } else {
    out += "null";
  }
}

// "name": in one append (the names are literals).
template <size_t N>
void Key(const char (&k)[N], std::string& out) {
  char b[N + 2];
  b[0] = '"';
  std::memcpy(b + 1, k, N - 1);
  b[N] = '"';
  b[N + 1] = ':';
  out.append(b, N + 2);
}
// ,"name": in one append: most members follow another.
template <size_t N>
void CommaKey(const char (&k)[N], std::string& out) {
  char b[N + 3];
  b[0] = ',';
  b[1] = '"';
  std::memcpy(b + 2, k, N - 1);
  b[N + 1] = '"';
  b[N + 2] = ':';
  out.append(b, N + 3);
}

// The decimal digits of `v` at `p` (at most 10); returns their end.
char* Digits(uint32_t v, char* p) {
  char d[10];
  const size_t n = static_cast<size_t>(std::to_chars(d, d + sizeof d, v).ptr - d);
  std::memcpy(p, d, n);
  return p + n;
}

void StringOrNull(std::string_view s, std::string& out) {
  if (s.empty()) {
    out += "null";
  } else {
    AppendJsonString(s, out);
  }
}

}  // namespace

void AppendEventMembers(const Event& e, bool with_spans, std::string& out) {
  Key("event_type", out); AppendJsonString(e.event_type, out);
  CommaKey("sub_event_type", out); AppendJsonString(e.sub_event_type, out);
  CommaKey("date", out);
  if (e.date) {
    AppendDayString(*e.date, out);
  } else {
    out += "null";
  }
  CommaKey("date_precision", out); AppendInt(e.date_precision, out);
  CommaKey("actor1", out); StringOrNull(e.actor1, out);
  CommaKey("actor2", out); StringOrNull(e.actor2, out);
  CommaKey("location", out); StringOrNull(e.location, out);
  CommaKey("country", out); StringOrNull(e.country, out);
  CommaKey("admin1", out); StringOrNull(e.admin1, out);
  CommaKey("lat", out);
  OptionalFixed(e.lat, 4, out);
  CommaKey("lon", out);
  OptionalFixed(e.lon, 4, out);
  CommaKey("geo_precision", out); AppendInt(e.geo_precision, out);
  CommaKey("fatalities", out); AppendInt(e.fatalities, out);
  CommaKey("injured", out);
  OptionalInt(e.injured, out);
  CommaKey("evidence", out); AppendJsonString(e.evidence, out);
  CommaKey("confidence", out); AppendFixed(e.confidence, 2, out);
  if (!with_spans) return;
  // The spans object is written into a stack buffer and appended once (at most 8 spans of
  // "name":[begin,end], under 40 bytes each).
  const std::pair<std::string_view, ByteSpan> spans[] = {
      {"actor1", e.spans.actor1},     {"actor2", e.spans.actor2},         {"location", e.spans.location},
      {"date", e.spans.date},         {"fatalities", e.spans.fatalities}, {"injured", e.spans.injured},
      {"trigger", e.spans.trigger},   {"evidence", e.spans.evidence},
  };
  char buf[16 + 8 * 40];  // at most 10 + 8 * 37 bytes
  char* p = buf;
  std::memcpy(p, ",\"spans\":{", 10);
  p += 10;
  bool first = true;
  for (const auto& [name, span] : spans) {
    if (span.empty()) continue;
    if (!first) *p++ = ',';
    first = false;
    *p++ = '"';
    std::memcpy(p, name.data(), name.size());
    p += name.size();
    std::memcpy(p, "\":[", 3);
    p += 3;
    p = Digits(span.begin, p);
    *p++ = ',';
    p = Digits(span.end, p);
    *p++ = ']';
  }
  out.append(buf, p);
  out += '}';
}

void AppendStoredEventJsonl(const store::StoredEvent& e, std::string& out) {
  out += '{';
  Key("id", out); AppendInt(e.id, out);
  out += ',';
  AppendEventMembers(e.event, /*with_spans=*/false, out);
  CommaKey("source_count", out); AppendInt(e.source_count, out);
  if (!e.sources.empty()) {
    CommaKey("sources", out);
    out += '[';
    for (size_t i = 0; i < e.sources.size(); ++i) {
      const store::EventSource& s = e.sources[i];
      if (i > 0) out += ',';
      out += '{';
      Key("doc_id", out); AppendJsonString(s.doc_id, out);
      CommaKey("url", out); StringOrNull(s.url, out);
      CommaKey("title", out); StringOrNull(s.title, out);
      CommaKey("source", out); StringOrNull(s.source, out);
      CommaKey("published", out);
      if (s.published) {
        AppendDayString(*s.published, out);
      } else {
        out += "null";
      }
      CommaKey("event", out);
      out += '{';
      AppendEventMembers(s.event, /*with_spans=*/true, out);
      out += '}';
      out += '}';
    }
    out += ']';
  }
  out += "}\n";
}

void AppendJoinedSourceNames(const store::StoredEvent& e, std::string& out) {
  // Events have a few reports: their names are compared with those already written; a set only for
  // the rare event with many.
  constexpr size_t kLinear = 16;
  std::string_view names[kLinear];
  size_t named = 0;
  std::unordered_set<std::string_view> seen;
  bool first = true;
  for (const store::EventSource& s : e.sources) {
    std::string_view name = !s.source.empty() ? s.source : !s.title.empty() ? s.title : s.doc_id;
    if (name.empty()) continue;
    if (named < kLinear) {
      if (std::find(names, names + named, name) != names + named) continue;
      names[named++] = name;
      if (named == kLinear) seen.insert(names, names + named);
    } else if (!seen.insert(name).second) {
      continue;
    }
    if (!first) out += "; ";
    first = false;
    out += name;
  }
}

std::string JoinedSourceNames(const store::StoredEvent& e) {
  std::string joined;
  AppendJoinedSourceNames(e, joined);
  return joined;
}

}  // namespace rasd::exporter
