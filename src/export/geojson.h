// Stage `export`: canonical events as an RFC 7946 GeoJSON FeatureCollection of Points.
//
//   GeoJsonWriter w;
//   std::string out;
//   w.Begin(out);
//   for (const StoredEvent& e : events) w.Append(e, out);   // false (nothing written) without coordinates
//   w.End(out);
//
// Each Feature has the canonical event id as `id`, a Point [lon, lat] (WGS 84, the only datum RFC 7946
// allows, so no "crs" member), and the event fields as properties (those of `rasd extract` without
// spans, plus `id`, `source_count` and `source`: the reporting outlets joined with "; ").
#pragma once

#include <cstdint>
#include <string>

#include "store/store.h"

namespace rasd::exporter {

class GeoJsonWriter {
 public:
  void Begin(std::string& out);
  // Appends one Feature; returns false and writes nothing when the event has no valid coordinates.
  bool Append(const store::StoredEvent& e, std::string& out);
  void End(std::string& out);

  int64_t written() const { return written_; }
  int64_t skipped() const { return skipped_; }  // events left out for want of coordinates

 private:
  int64_t written_ = 0;
  int64_t skipped_ = 0;
  std::string names_;  // the `source` property before escaping, reused from feature to feature
};

}  // namespace rasd::exporter
