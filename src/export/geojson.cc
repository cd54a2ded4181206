#include "export/geojson.h"

#include <charconv>
#include <cmath>

#include "export/append.h"
#include "export/event_jsonl.h"
#include "export/json_writer.h"

namespace rasd::exporter {

void GeoJsonWriter::Begin(std::string& out) {
  written_ = skipped_ = 0;
  out += "{\"type\":\"FeatureCollection\",\"features\":[\n";
}

bool GeoJsonWriter::Append(const store::StoredEvent& e, std::string& out) {
  const Event& ev = e.event;
  // RFC 7946 positions are [longitude, latitude] within the WGS 84 ranges.
  if (!ev.lat || !ev.lon || !std::isfinite(*ev.lat) || !std::isfinite(*ev.lon) || std::fabs(*ev.lat) > 90 ||
      std::fabs(*ev.lon) > 180) {
    ++skipped_;
    return false;
  }
  if (written_ > 0) out += ",\n";
  ++written_;
  char buf[48];
  out += "{\"type\":\"Feature\",\"id\":";
  internal::AppendInt(e.id, out);
  out += ",\"geometry\":{\"type\":\"Point\",\"coordinates\":[";
  auto end = internal::FixedChars(buf, buf + sizeof buf, *ev.lon, 4);
  out.append(buf, end);
  out += ',';
  end = internal::FixedChars(buf, buf + sizeof buf, *ev.lat, 4);
  out.append(buf, end);
  out += "]},\"properties\":{\"id\":";
  internal::AppendInt(e.id, out);
  out += ',';
  AppendEventMembers(ev, /*with_spans=*/false, out);
  out += ",\"source_count\":";
  internal::AppendInt(e.source_count, out);
  out += ",\"source\":";
  names_.clear();
  AppendJoinedSourceNames(e, names_);
  AppendJsonString(names_, out);
  out += "}}";
  return true;
}

void GeoJsonWriter::End(std::string& out) { out += "\n]}\n"; }

}  // namespace rasd::exporter
