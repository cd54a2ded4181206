// Stage `export`: canonical events as ACLED CSV, the 31 columns of ACLED's 2023 layout in ACLED's order
// (kAcledColumns), RFC 4180 quoting, UTF-8, CRLF line ends.
//
//   CountryTable countries = *CountryTable::Load(dict_dir + "/countries.tsv");
//   ActorInterTable inters;                        // from the actor dictionary (data/actors.tsv)
//   for (...) inters.Add(actor.canonical, actor.inter);
//   AcledCsvWriter w({&countries, &inters, /*timestamp=*/time(nullptr)});
//   std::string out;
//   AcledCsvWriter::AppendHeader(out);
//   w.AppendRow(stored_event, out);               // sources used for `source` when present
//
// ACLED conventions followed (ACLED codebook 2023):
// - inter1/inter2: the actor type codes 1..8 of the actors; inter2 is 0 when there is no second actor.
// - interaction: the two codes as one number, lower first (12, 27, 88); a sole actor's is inter1 * 10.
// - disorder_type: "Strategic developments" for that event type; "Political violence; Demonstrations"
//   for excessive force against protesters and for political violence whose target is protesters;
//   "Demonstrations" for the other protests and violent demonstrations; "Political violence" for
//   battles, explosions/remote violence, violence against civilians and mob violence.
// - civilian_targeting: "Civilian targeting" for political violence whose second actor is civilians.
// - event_id_cnty: ISO alpha-3 code of the country + the canonical event id (XXX when the country is
//   unknown); iso: ISO 3166-1 numeric code; region: ACLED's region (data/countries.tsv).
// - time_precision / geo_precision: rasd's date and geo precision, which use ACLED's 1-3 scales.
// - notes: "On 16 May 2023, <evidence sentence>" (the evidence is Arabic, as reported), plus
//   "[N reports]" when several articles reported the event.
// - tags: "crowd size=no report" for protests and riots (rasd does not read crowd sizes).
// - timestamp: unix time given by the caller (the export time).
// Columns rasd has no value for stay empty: assoc_actor_1, assoc_actor_2, admin2, admin3, source_scale.
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "rasd/status.h"
#include "store/store.h"

namespace rasd::exporter {

inline constexpr std::array<const char*, 31> kAcledColumns = {
    "event_id_cnty", "event_date",  "year",       "time_precision", "disorder_type", "event_type",
    "sub_event_type", "actor1",     "assoc_actor_1", "inter1",      "actor2",        "assoc_actor_2",
    "inter2",        "interaction", "civilian_targeting", "iso",    "region",        "country",
    "admin1",        "admin2",      "admin3",     "location",       "latitude",      "longitude",
    "geo_precision", "source",      "source_scale", "notes",        "fatalities",    "tags",
    "timestamp"};

// Hash of std::string keys that also finds string_views, without building a string per lookup.
struct StringViewHash {
  using is_transparent = void;
  size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
};

struct CountryCodes {
  std::string country;  // English name as in events ("Syria")
  std::string iso2, iso3, region;
  int iso_numeric = 0;
};

// data/countries.tsv: country, ISO alpha-2, alpha-3, numeric, ACLED region (format in the file).
class CountryTable {
 public:
  static Result<CountryTable> Load(const std::string& path);
  // Parses the file's bytes; errors name `where` and the line.
  static Result<CountryTable> Parse(std::string_view tsv, const std::string& where);
  // By English name as written in events; nullptr when the country is not in the table.
  const CountryCodes* Find(std::string_view country) const;
  size_t size() const { return rows_.size(); }

 private:
  std::vector<CountryCodes> rows_;
  std::unordered_map<std::string, size_t, StringViewHash, std::equal_to<>> by_name_;
};

// ACLED inter codes of canonical actor names, filled from the actor dictionary's rows. Generic rows
// ("Military Forces of {country}", "Civilians ({country})") match the name with any country filled in.
class ActorInterTable {
 public:
  void Add(std::string_view canonical, int inter);
  // The inter code of an actor as named in an event; 0 when empty or unknown.
  int Find(std::string_view actor) const;

 private:
  std::unordered_map<std::string, int, StringViewHash, std::equal_to<>> exact_;
  struct Pattern {
    std::string prefix, suffix;
    int inter = 0;
  };
  std::vector<Pattern> patterns_;  // in dictionary order; the first match wins, as for exact names
};

int AcledInteraction(int inter1, int inter2);
std::string_view AcledDisorderType(std::string_view event_type, std::string_view sub_event_type, int inter2);
// "Civilian targeting" or "".
std::string_view AcledCivilianTargeting(std::string_view disorder_type, int inter2);

// Appends one field with RFC 4180 quoting: quoted (inner quotes doubled) when it holds a comma, a quote,
// CR or LF, or starts or ends with a space (spreadsheets would trim it).
void AppendCsvField(std::string_view s, std::string& out);

struct AcledCsvOptions {
  const CountryTable* countries = nullptr;
  const ActorInterTable* inters = nullptr;
  int64_t timestamp = 0;
};

class AcledCsvWriter {
 public:
  explicit AcledCsvWriter(AcledCsvOptions options) : options_(options) {}
  static void AppendHeader(std::string& out);
  void AppendRow(const store::StoredEvent& e, std::string& out) const;

 private:
  AcledCsvOptions options_;
  mutable std::string scratch_;  // the row's source and notes fields before quoting, reused
};

}  // namespace rasd::exporter
