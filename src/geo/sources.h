// Stage `geo`, internal: the raw gazetteer sources read into one list of places, before names are
// normalized, duplicates merged and the index written (see index_builder.h).
//
//   SourceSet set;
//   Status s = ReadSources(data_dir + "/gazetteer", dict_dir, &set);
//
// Each reader keeps what the index needs and drops the rest: records that are deprecated, superseded or
// no longer current, and places with no Arabic-script name.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "geo/gazetteer.h"
#include "rasd/status.h"

namespace rasd::geo {

enum class Source : uint8_t { kWof, kNaturalEarth, kOpenSyria, kSupplement };

struct RawPlace {
  std::vector<std::string> names_ar;  // Arabic-script spellings as found; the first is the main one
  std::string name_en;
  std::string cc;      // ISO 3166-1 alpha-2
  int32_t admin1 = -1;  // index into SourceSet::admin1s, -1 = not known yet
  double lat = 0, lon = 0;
  int64_t population = 0;
  PlaceType type = PlaceType::kLocality;
  Source source = Source::kWof;
  bool notable = false;   // listed by a small-scale source (Natural Earth) or curated: a known place
  bool current = false;   // WOF says current (1), not just "unknown" (-1)
  bool literal = false;   // curated: names are keys as written, no variants derived
  bool capital = false;   // Natural Earth "Admin-0 capital" (also set on the WOF record it stands for)
  std::string wikidata;
  int64_t wof_id = 0;
};

struct RawAdmin1 {
  std::string cc, name_en, name_ar;
  int32_t place = -1;  // index of its own RawPlace
};

// A supplement row that lends Arabic names to an existing Who's On First record ("الصبحة" for WOF's
// "Sabhah", which has no Arabic name): the point stays the source's, so the row needs no coordinates of
// its own. The record is kept even when WOF gives it no Arabic name.
struct WofAlias {
  int64_t wof_id = 0;
  std::string cc;
  std::string name_en;  // as WOF spells it (name or name_en): a check that the id is the intended place
  std::vector<std::string> names_ar;
  std::string origin;   // file:line, for errors
};

struct SourceSet {
  std::vector<RawPlace> places;
  std::vector<WofAlias> aliases;  // from the supplement; applied while reading WOF
  std::vector<RawAdmin1> admin1s;
  std::unordered_map<std::string, std::string> country_en;  // ISO alpha-2 -> English name
};

// Reads every source below `gazetteer_dir` (whosonfirst/, naturalearth/, open-syria-data-geography/)
// and the compiled-in supplement, plus `<dict_dir>/places_extra.tsv` when dict_dir is not empty and the
// file exists. A missing required source file is NotFound with its path.
Status ReadSources(const std::string& gazetteer_dir, const std::string& dict_dir, SourceSet* out);

// The files ReadSources reads (for staleness checks), required ones first.
std::vector<std::string> SourceFiles(const std::string& gazetteer_dir, const std::string& dict_dir);

// Reads a supplement table (format in places_extra.tsv) from its text: place rows into out->places,
// alias rows ("cc, alias, wof:ID, English name, Arabic names") into out->aliases.
Status ReadSupplement(std::string_view text, const std::string& origin, SourceSet* out);

}  // namespace rasd::geo
