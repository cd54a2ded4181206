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
  auto [end, ec] = std::to_chars(buf, buf + sizeof buf, v, std::chars_format::fixed, decimals);
  out.append(buf, end);
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
void Key(std::string_view k, std::string& out) {
  out += '"';
  out += k;
  out += "\":";
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
  out += ','; Key("sub_event_type", out); AppendJsonString(e.sub_event_type, out);
  out += ','; Key("date", out);
  if (e.date) {
    AppendDayString(*e.date, out);
  } else {
    out += "null";
  }
  out += ','; Key("date_precision", out); AppendInt(e.date_precision, out);
  out += ','; Key("actor1", out); StringOrNull(e.actor1, out);
  out += ','; Key("actor2", out); StringOrNull(e.actor2, out);
  out += ','; Key("location", out); StringOrNull(e.location, out);
  out += ','; Key("country", out); StringOrNull(e.country, out);
  out += ','; Key("admin1", out); StringOrNull(e.admin1, out);
  out += ','; Key("lat", out);
  OptionalFixed(e.lat, 4, out);
  out += ','; Key("lon", out);
  OptionalFixed(e.lon, 4, out);
  out += ','; Key("geo_precision", out); AppendInt(e.geo_precision, out);
  out += ','; Key("fatalities", out); AppendInt(e.fatalities, out);
  out += ','; Key("injured", out);
  OptionalInt(e.injured, out);
  out += ','; Key("evidence", out); AppendJsonString(e.evidence, out);
  out += ','; Key("confidence", out); AppendFixed(e.confidence, 2, out);
  if (!with_spans) return;
  out += ','; Key("spans", out);
  out += '{';
  const std::pair<const char*, ByteSpan> spans[] = {
      {"actor1", e.spans.actor1},     {"actor2", e.spans.actor2},         {"location", e.spans.location},
      {"date", e.spans.date},         {"fatalities", e.spans.fatalities}, {"injured", e.spans.injured},
      {"trigger", e.spans.trigger},   {"evidence", e.spans.evidence},
  };
  bool first = true;
  for (const auto& [name, span] : spans) {
    if (span.empty()) continue;
    if (!first) out += ',';
    first = false;
    Key(name, out);
    out += '[';
    AppendInt(span.begin, out);
    out += ',';
    AppendInt(span.end, out);
    out += ']';
  }
  out += '}';
}

void AppendStoredEventJsonl(const store::StoredEvent& e, std::string& out) {
  out += '{';
  Key("id", out); AppendInt(e.id, out);
  out += ',';
  AppendEventMembers(e.event, /*with_spans=*/false, out);
  out += ','; Key("source_count", out); AppendInt(e.source_count, out);
  if (!e.sources.empty()) {
    out += ','; Key("sources", out);
    out += '[';
    for (size_t i = 0; i < e.sources.size(); ++i) {
      const store::EventSource& s = e.sources[i];
      if (i > 0) out += ',';
      out += '{';
      Key("doc_id", out); AppendJsonString(s.doc_id, out);
      out += ','; Key("url", out); StringOrNull(s.url, out);
      out += ','; Key("title", out); StringOrNull(s.title, out);
      out += ','; Key("source", out); StringOrNull(s.source, out);
      out += ','; Key("published", out);
      if (s.published) {
        AppendDayString(*s.published, out);
      } else {
        out += "null";
      }
      out += ','; Key("event", out);
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
