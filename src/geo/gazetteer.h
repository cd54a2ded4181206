// Stage `geo`: place names found in the text and resolved to gazetteer entries.
//
//   // Compile once (also done automatically by Open when the index is missing or stale):
//   Status s = Gazetteer::Build(shared_data_dir, index_path);
//   Gazetteer gaz = *Gazetteer::Open(shared_data_dir, index_path);   // mmap: milliseconds
//   gaz.Annotate(doc);    // appends MentionKind::kPlace mentions (ref = name id, aux = PlaceHints)
//   for (uint32_t id : gaz.Candidates(m.ref)) { Place p = gaz.Get(id); ... }
//   uint32_t best = gaz.Resolve(m.ref, {"SY"});   // by country context, then rank
//
// Sources (read from `<data_dir>/gazetteer/`, never copied into the repository): Who's On First
// places with Arabic names (whosonfirst/wof_places_flat.tsv.xz), Open-Syria admin units
// (open-syria-data-geography/*.json), Natural Earth countries, admin-1 units and populated places
// (naturalearth/*.tsv), plus the project's own supplement `<dict_dir>/places_extra.tsv` when present.
#pragma once

#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "rasd/document.h"
#include "rasd/status.h"

namespace rasd::geo {

enum class PlaceType : uint8_t { kCountry, kAdmin1, kAdmin2, kLocality, kNeighbourhood, kSite, kRegion };

struct Place {
  std::string_view name_ar;       // the entry's main Arabic name
  std::string_view name_en;
  std::string_view country_code;  // ISO 3166-1 alpha-2, "SY"
  std::string_view country;       // English, GeoNames spelling: "Syria", "Palestine"
  std::string_view admin1;        // English: "Deir ez-Zor"; empty for countries
  std::string_view admin1_ar;
  double lat = 0, lon = 0;
  int64_t population = 0;
  PlaceType type = PlaceType::kLocality;
};

// Bits of Mention::aux for kPlace mentions.
enum PlaceHints : int32_t {
  kPlaceTypeWord = 1,   // preceded by a place-type word (مدينة بلدة قرية مخيم حي ...), excluded from the span
  kPlaceNear = 2,       // "ريف X", "قرب/محيط/أطراف/شرق X": geo precision 2
  kPlacePreposition = 4,  // preceded by في / ب / من / الى: a strong sign the word is a place
  kPlaceAdminWord = 8,    // the type word names an admin unit (محافظة ولاية قضاء مديرية ناحية): Resolve
                          // then prefers the governorate/district over the town of the same name
  kPlaceSuppressed = 16,  // only from AnnotateAll: the match would not have been emitted by Annotate
  kPlaceSettlementWord = 32,  // the type word is مستوطنة / مستعمرة / كيبوتس / ثكنة: Resolve prefers Israel and
                              // Palestine ("مستوطنة المطلة" is Metula, not El Mtolle in Lebanon)
  kPlaceDefiniteType = 64,  // the type word has its article ("المنطقة الواقعة", "المدينة القديمة"): a word
                            // after it is mostly its adjective, so a common word is no name there
};

class Gazetteer {
 public:
  static Status Build(const std::string& data_dir, const std::string& index_path,
                      const std::string& dict_dir = "");
  static Result<Gazetteer> Open(const std::string& data_dir, const std::string& index_path,
                                const std::string& dict_dir = "");
  Gazetteer(Gazetteer&&) noexcept;
  Gazetteer& operator=(Gazetteer&&) noexcept;
  ~Gazetteer();

  // Names the context says are not places are not emitted: stop-listed words, and (whatever the name)
  // a person's name ("العقيد محمد خميس", "عبد العزيز بك"), a country's adjective ("الحكومة السورية"),
  // a counted noun ("60 وكرا"), a generic noun alone ("دوار", "المزارع"), a doubtful proclitic split
  // ("كمائن" is not ك + "مائن").
  // "العاصمة" + a country's adjective ("العاصمة التونسية", "في العاصمة العراقية") is a mention of the
  // country's capital spanning the phrase; when the capital's name follows ("العاصمة السورية دمشق") the
  // mention spans that name. Either way ref is the phrase's name id, whose one candidate is the capital.
  void Annotate(Document& doc) const;
  // Every name match, including those Annotate suppresses (marked kPlaceSuppressed): for diagnostics
  // and for deriving the stop list from a corpus.
  void AnnotateAll(Document& doc) const;

  std::span<const uint32_t> Candidates(int32_t name_id) const;
  Place Get(uint32_t place_id) const;
  // Get(place_id).type without the rest of the entry (the event assembler asks it of every place in
  // several passes).
  PlaceType TypeOf(uint32_t place_id) const;
  // Whether a name's entries lie in more than one country (without reading them whole).
  bool InSeveralCountries(int32_t name_id) const;
  // The best candidate for a name given the countries (ISO alpha-2) that the article points to,
  // strongest first; ranks by country match, then place type and population. UINT32_MAX if none.
  uint32_t Resolve(int32_t name_id, std::span<const std::string_view> country_hints) const;
  // The same, also reading a mention's PlaceHints (aux): kPlaceAdminWord asks for an admin unit,
  // kPlaceSettlementWord for a place in Israel or Palestine when the name has one.
  uint32_t Resolve(int32_t name_id, std::span<const std::string_view> country_hints, int32_t place_hints) const;
  // The candidates of a name in Resolve's order of preference, for explaining a choice: each with the
  // position of its country among the hints (-1 = none), whether it is the admin unit a type word asks
  // for, and its static rank (type, population). The first is Resolve's pick.
  struct RankedCandidate {
    uint32_t place = 0;
    int country_hint = -1;
    bool admin_asked = false;
    int static_rank = 0;
  };
  std::vector<RankedCandidate> RankCandidates(int32_t name_id, std::span<const std::string_view> country_hints,
                                              int32_t place_hints) const;
  // The entry whose country a name points to on its own, before any context: the one Resolve picks
  // without hints when that says something about the country (a country, an admin unit, a city of
  // 100,000+, or a name whose candidates all lie in one country); UINT32_MAX when the name is shared
  // by small places in several countries (جبرين: villages in Syria and Oman), whose first-ranked
  // country would be an accident of the index order. For voting on an article's countries.
  uint32_t ImpliedCountryPlace(int32_t name_id, int32_t place_hints) const;
  // The country entry for an ISO code, UINT32_MAX if unknown.
  uint32_t CountryPlace(std::string_view country_code) const;
  // The capital's entry for an ISO code (the place "العاصمة" + the country's adjective names), UINT32_MAX
  // if the index names none. The first call scans the name table once; later calls are cheap.
  uint32_t CapitalPlace(std::string_view country_code) const;
  size_t size() const;

  // The name id of an exact phrase (normalized here, e.g. "دير الزور"), -1 if the index has no such name.
  int32_t FindName(std::string_view phrase) const;
  // The normalized key of a name id.
  std::string_view NameKey(int32_t name_id) const;
  // Number of names (keys), including variants.
  size_t name_count() const;

 private:
  Gazetteer();
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace rasd::geo
