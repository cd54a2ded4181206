#include "geo/sources.h"

#include <charconv>
#include <cstdlib>
#include <map>
#include <set>
#include <sys/stat.h>

#include <simdjson.h>

#include "geo/line_reader.h"
#include "geo/tables.h"

namespace rasd::geo {
namespace {

constexpr std::string_view kWofFlat = "whosonfirst/wof_places_flat.tsv.xz";
constexpr std::string_view kNeCountries = "naturalearth/countries.tsv";
constexpr std::string_view kNeAdmin1 = "naturalearth/admin1.tsv";
constexpr std::string_view kNePlaces = "naturalearth/populated_places.tsv";
constexpr std::string_view kSyriaDir = "open-syria-data-geography/";
constexpr std::string_view kSyriaFiles[] = {"governorates.json", "districts.json", "subdistricts.json"};

// Countries whose WOF "Arabic" variants are mostly Persian/Pashto spellings (see whosonfirst/SOURCE.md):
// their variants are trusted for admin units only.
bool PersianScriptCountry(std::string_view cc) { return cc == "AF" || cc == "IR"; }

double ParseDouble(std::string_view s, double fallback = 0) {
  if (s.empty()) return fallback;
  std::string tmp(s);  // strtod needs a terminator; only called a few times per row
  char* end = nullptr;
  double v = std::strtod(tmp.c_str(), &end);
  return end == tmp.c_str() ? fallback : v;
}

int64_t ParseInt(std::string_view s) {
  int64_t v = 0;
  if (!s.empty() && s[0] == '-') return 0;  // placeholders like -1
  auto r = std::from_chars(s.data(), s.data() + s.size(), v);
  return r.ec == std::errc() ? v : 0;
}

// True when the string has Arabic letters and no Latin ones: "Bāghūz" in an Arabic column is a
// transliteration, not a name an Arabic text would use.
bool IsArabicScript(std::string_view s) {
  bool arabic = false;
  for (size_t i = 0; i < s.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') return false;
    if ((c == 0xD8 || c == 0xD9 || c == 0xDA || c == 0xDB) && i + 1 < s.size()) arabic = true;
  }
  return arabic;
}

void AddNames(std::string_view joined, char sep, std::vector<std::string>* names) {
  size_t start = 0;
  while (start <= joined.size()) {
    size_t end = joined.find(sep, start);
    if (end == std::string_view::npos) end = joined.size();
    std::string_view one = joined.substr(start, end - start);
    if (IsArabicScript(one)) names->emplace_back(one);
    start = end + 1;
  }
}

// Column positions by header name, so a reordered source fails loudly instead of silently.
class Columns {
 public:
  Status Init(std::string_view header, const std::string& path,
              std::initializer_list<std::string_view> required) {
    std::vector<std::string_view> f;
    SplitTabs(header, &f);
    for (size_t i = 0; i < f.size(); ++i) pos_[std::string(f[i])] = i;
    for (std::string_view r : required) {
      if (!pos_.count(std::string(r))) {
        return Status::Corruption(path + ": no column '" + std::string(r) + "'");
      }
    }
    return Status::OK();
  }
  size_t operator[](std::string_view name) const { return pos_.at(std::string(name)); }

 private:
  std::map<std::string, size_t> pos_;
};

std::string_view Field(const std::vector<std::string_view>& f, size_t i) {
  return i < f.size() ? f[i] : std::string_view();
}

PlaceType WofType(std::string_view placetype) {
  if (placetype == "country") return PlaceType::kCountry;
  if (placetype == "region") return PlaceType::kAdmin1;
  if (placetype == "county") return PlaceType::kAdmin2;
  if (placetype == "neighbourhood" || placetype == "microhood") return PlaceType::kNeighbourhood;
  if (placetype == "campus") return PlaceType::kSite;
  return PlaceType::kLocality;  // locality, localadmin
}

// WOF writes ʿayn as a backtick ("Sa`dah"); GeoNames-style English uses an apostrophe.
std::string EnglishAdminName(std::string_view cc, std::string_view wof_name) {
  std::string key = std::string(cc) + "\t" + std::string(wof_name);
  static const std::map<std::string, std::string> overrides = [] {
    std::map<std::string, std::string> m;
    for (std::string_view line : TableLines(Table::kAdmin1English)) {
      std::vector<std::string_view> f;
      SplitTabs(line, &f);
      if (f.size() >= 3 && !f[0].empty() && f[0][0] != '#') {
        m[std::string(f[0]) + "\t" + std::string(f[1])] = std::string(f[2]);
      }
    }
    return m;
  }();
  if (auto it = overrides.find(key); it != overrides.end()) return it->second;
  std::string out(wof_name);
  for (char& c : out) {
    if (c == '`') c = '\'';
  }
  return out;
}

// `aliases` lend Arabic names to the records they name (see WofAlias). One whose record is missing or no
// longer current (another snapshot of the sources, a reduced test set) lends nothing; one whose record
// has another name or country is a typo in the row and an error.
Status ReadWof(const std::string& path, const std::vector<WofAlias>& aliases, SourceSet* out,
               std::unordered_map<int64_t, int32_t>* region_admin1) {
  std::unordered_map<int64_t, size_t> alias_of;
  for (size_t a = 0; a < aliases.size(); ++a) alias_of[aliases[a].wof_id] = a;
  LineReader r;
  if (Status s = r.Open(path); !s.ok()) return s;
  std::string_view line;
  if (!r.Next(&line)) return Status::Corruption(path + ": empty");
  Columns col;
  if (Status s = col.Init(line, path,
                          {"wof_id", "country", "placetype", "is_current", "deprecated", "superseded_by",
                           "name", "name_en", "name_ar", "ar_variants", "other_arabic_script", "lat", "lon",
                           "population", "admin1_id", "wikidata_id"});
      !s.ok()) {
    return s;
  }
  const size_t c_id = col["wof_id"], c_cc = col["country"], c_type = col["placetype"],
               c_cur = col["is_current"], c_dep = col["deprecated"], c_sup = col["superseded_by"],
               c_name = col["name"], c_en = col["name_en"], c_ar = col["name_ar"], c_var = col["ar_variants"],
               c_other = col["other_arabic_script"], c_lat = col["lat"], c_lon = col["lon"],
               c_pop = col["population"], c_adm1 = col["admin1_id"], c_wd = col["wikidata_id"];
  std::vector<std::string_view> f;
  // admin1 references are WOF ids until every region has been seen; resolved after the loop.
  std::vector<int64_t> admin1_wof;
  while (r.Next(&line)) {
    SplitTabs(line, &f);
    if (Field(f, c_cur) == "0" || !Field(f, c_dep).empty() || !Field(f, c_sup).empty()) continue;
    RawPlace p;
    p.cc = std::string(Field(f, c_cc));
    p.type = WofType(Field(f, c_type));
    bool admin = p.type == PlaceType::kCountry || p.type == PlaceType::kAdmin1 || p.type == PlaceType::kAdmin2;
    if (IsArabicScript(Field(f, c_ar))) AddNames(Field(f, c_ar), '/', &p.names_ar);
    if (!PersianScriptCountry(p.cc) || admin) AddNames(Field(f, c_var), '|', &p.names_ar);
    if (p.names_ar.empty() && admin) AddNames(Field(f, c_other), '|', &p.names_ar);
    p.wof_id = ParseInt(Field(f, c_id));
    if (auto it = alias_of.find(p.wof_id); it != alias_of.end()) {
      const WofAlias& alias = aliases[it->second];
      if (alias.cc != p.cc || (alias.name_en != Field(f, c_name) && alias.name_en != Field(f, c_en))) {
        return Status::Corruption(alias.origin + ": wof:" + std::to_string(alias.wof_id) + " is " +
                                  std::string(Field(f, c_cc)) + " \"" + std::string(Field(f, c_name)) +
                                  "\", not " + alias.cc + " \"" + alias.name_en + "\"");
      }
      p.names_ar.insert(p.names_ar.end(), alias.names_ar.begin(), alias.names_ar.end());
    }
    if (p.names_ar.empty()) continue;
    p.name_en = std::string(Field(f, c_type) == "region" || Field(f, c_en).empty() ? Field(f, c_name)
                                                                                    : Field(f, c_en));
    p.lat = ParseDouble(Field(f, c_lat));
    p.lon = ParseDouble(Field(f, c_lon));
    p.population = ParseInt(Field(f, c_pop));
    p.current = Field(f, c_cur) == "1";
    p.wikidata = std::string(Field(f, c_wd));
    p.source = Source::kWof;
    if (p.type == PlaceType::kAdmin1) {
      RawAdmin1 a;
      a.cc = p.cc;
      a.name_en = EnglishAdminName(p.cc, p.name_en);
      a.name_ar = p.names_ar.front();
      a.place = static_cast<int32_t>(out->places.size());
      (*region_admin1)[p.wof_id] = static_cast<int32_t>(out->admin1s.size());
      out->admin1s.push_back(std::move(a));
    }
    admin1_wof.push_back(ParseInt(Field(f, c_adm1)));
    out->places.push_back(std::move(p));
  }
  if (!r.status().ok()) return r.status();
  for (size_t i = 0; i < admin1_wof.size(); ++i) {
    auto it = region_admin1->find(admin1_wof[i]);
    if (it != region_admin1->end()) out->places[i].admin1 = it->second;
  }
  return Status::OK();
}

// GeoNames/ACLED-style English country names: NE's short name unless it is abbreviated ("S. Sudan").
std::string EnglishCountryName(std::string_view cc, std::string_view name, std::string_view name_long) {
  static const std::map<std::string_view, std::string_view> kAcled = {
      {"US", "United States"}, {"CD", "Democratic Republic of Congo"}, {"CG", "Republic of Congo"},
      {"KP", "North Korea"},   {"KR", "South Korea"},                  {"CZ", "Czech Republic"},
      {"LA", "Laos"},          {"BN", "Brunei"},                       {"RU", "Russia"},
  };
  if (auto it = kAcled.find(cc); it != kAcled.end()) return std::string(it->second);
  return std::string(name.find('.') == std::string_view::npos ? name : name_long);
}

Status ReadNeCountries(const std::string& path, SourceSet* out) {
  LineReader r;
  if (Status s = r.Open(path); !s.ok()) return s;
  std::string_view line;
  if (!r.Next(&line)) return Status::Corruption(path + ": empty");
  Columns col;
  if (Status s = col.Init(line, path,
                          {"iso_a2", "name", "name_ar", "lat", "lon", "name_ar_clean", "name_long",
                           "wikidataid", "name_ar_core"});
      !s.ok()) {
    return s;
  }
  std::vector<std::string_view> f;
  while (r.Next(&line)) {
    SplitTabs(line, &f);
    std::string_view cc = Field(f, col["iso_a2"]);
    if (cc.size() != 2 || Field(f, col["lat"]).empty()) continue;
    out->country_en[std::string(cc)] = EnglishCountryName(cc, Field(f, col["name"]), Field(f, col["name_long"]));
    RawPlace p;
    p.cc = std::string(cc);
    p.type = PlaceType::kCountry;
    p.source = Source::kNaturalEarth;
    p.notable = true;
    p.name_en = out->country_en[p.cc];
    for (const char* c : {"name_ar", "name_ar_clean", "name_ar_core"}) AddNames(Field(f, col[c]), '|', &p.names_ar);
    if (p.names_ar.empty()) continue;
    p.lat = ParseDouble(Field(f, col["lat"]));
    p.lon = ParseDouble(Field(f, col["lon"]));
    p.wikidata = std::string(Field(f, col["wikidataid"]));
    out->places.push_back(std::move(p));
  }
  return r.status();
}

// NE admin-1 units are used where WOF has no regions (countries outside the 34), and otherwise only lend
// their Arabic spellings to the WOF region with the same Wikidata id.
Status ReadNeAdmin1(const std::string& path, const std::set<std::string>& wof_countries, SourceSet* out) {
  LineReader r;
  if (Status s = r.Open(path); !s.ok()) return s;
  std::string_view line;
  if (!r.Next(&line)) return Status::Corruption(path + ": empty");
  Columns col;
  if (Status s = col.Init(line, path,
                          {"iso_a2", "name", "name_ar", "lat", "lon", "name_ar_clean", "name_en", "wikidataid",
                           "name_ar_core"});
      !s.ok()) {
    return s;
  }
  std::unordered_map<std::string, size_t> by_wikidata;
  for (size_t i = 0; i < out->places.size(); ++i) {
    const RawPlace& p = out->places[i];
    if (p.type == PlaceType::kAdmin1 && !p.wikidata.empty()) by_wikidata[p.wikidata] = i;
  }
  std::vector<std::string_view> f;
  while (r.Next(&line)) {
    SplitTabs(line, &f);
    std::string_view cc = Field(f, col["iso_a2"]);
    if (cc.size() != 2) continue;
    std::vector<std::string> names;
    for (const char* c : {"name_ar", "name_ar_clean", "name_ar_core"}) AddNames(Field(f, col[c]), '|', &names);
    if (names.empty()) continue;
    if (wof_countries.count(std::string(cc))) {
      auto it = by_wikidata.find(std::string(Field(f, col["wikidataid"])));
      if (it != by_wikidata.end()) {
        auto& target = out->places[it->second].names_ar;
        target.insert(target.end(), names.begin(), names.end());
      }
      continue;
    }
    RawPlace p;
    p.cc = std::string(cc);
    p.type = PlaceType::kAdmin1;
    p.source = Source::kNaturalEarth;
    p.notable = true;
    p.name_en = std::string(Field(f, col["name_en"]).empty() ? Field(f, col["name"]) : Field(f, col["name_en"]));
    p.names_ar = std::move(names);
    p.lat = ParseDouble(Field(f, col["lat"]));
    p.lon = ParseDouble(Field(f, col["lon"]));
    p.wikidata = std::string(Field(f, col["wikidataid"]));
    RawAdmin1 a;
    a.cc = p.cc;
    a.name_en = p.name_en;
    a.name_ar = p.names_ar.front();
    a.place = static_cast<int32_t>(out->places.size());
    p.admin1 = static_cast<int32_t>(out->admin1s.size());
    out->admin1s.push_back(std::move(a));
    out->places.push_back(std::move(p));
  }
  return r.status();
}

// Natural Earth populated places are all towns of note. Those with an Arabic name become places; every
// one of them (Arabic name or not) also lends its population and notability to the WOF locality it
// stands for (same Wikidata id), since most WOF localities have no population.
Status ReadNePlaces(const std::string& path, SourceSet* out) {
  LineReader r;
  if (Status s = r.Open(path); !s.ok()) return s;
  std::string_view line;
  if (!r.Next(&line)) return Status::Corruption(path + ": empty");
  Columns col;
  if (Status s = col.Init(line, path,
                          {"name", "name_ar", "lat", "lon", "iso_a2", "pop_max", "name_ar_clean", "wikidataid",
                           "name_ar_core", "name_ar_derived", "featurecla"});
      !s.ok()) {
    return s;
  }
  std::unordered_map<std::string, size_t> by_wikidata;
  for (size_t i = 0; i < out->places.size(); ++i) {
    const RawPlace& p = out->places[i];
    if (p.type == PlaceType::kLocality && !p.wikidata.empty()) by_wikidata[p.wikidata] = i;
  }
  std::vector<std::string_view> f;
  while (r.Next(&line)) {
    SplitTabs(line, &f);
    int64_t pop = ParseInt(Field(f, col["pop_max"]));
    std::string wikidata(Field(f, col["wikidataid"]));
    const bool capital = Field(f, col["featurecla"]) == "Admin-0 capital";
    if (auto it = by_wikidata.find(wikidata); !wikidata.empty() && it != by_wikidata.end()) {
      RawPlace& w = out->places[it->second];
      w.population = std::max(w.population, pop);
      w.notable = true;
      w.capital |= capital;
    }
    RawPlace p;
    p.capital = capital;
    for (const char* c : {"name_ar", "name_ar_clean", "name_ar_core", "name_ar_derived"}) {
      AddNames(Field(f, col[c]), '|', &p.names_ar);
    }
    if (p.names_ar.empty()) continue;
    p.cc = std::string(Field(f, col["iso_a2"]));
    if (p.cc.size() != 2) continue;
    p.type = PlaceType::kLocality;
    p.source = Source::kNaturalEarth;
    p.notable = true;
    p.name_en = std::string(Field(f, col["name"]));
    p.lat = ParseDouble(Field(f, col["lat"]));
    p.lon = ParseDouble(Field(f, col["lon"]));
    p.population = pop;
    p.wikidata = std::move(wikidata);
    out->places.push_back(std::move(p));
  }
  return r.status();
}

// Open-Syria: OCHA governorates lend their English names (the ones ACLED and the gold use) and Arabic
// aliases to the WOF regions; districts and subdistricts become admin-2 entries at their polygon
// centroids (a town of the same name, when there is one, outranks them).
Status ReadOpenSyria(const std::string& dir, SourceSet* out) {
  simdjson::ondemand::parser parser;
  std::unordered_map<std::string, int32_t> governorate_admin1;  // Open-Syria id -> admin1 index
  for (std::string_view file : kSyriaFiles) {
    std::string path = dir + std::string(file);
    std::string text;
    if (Status s = ReadFile(path, &text); !s.ok()) return s;
    simdjson::padded_string padded(text);
    simdjson::ondemand::document doc;
    if (parser.iterate(padded).get(doc)) return Status::Corruption(path + ": not JSON");
    simdjson::ondemand::array items;
    if (doc.get_array().get(items)) return Status::Corruption(path + ": not a JSON array");
    const bool governorates = file == kSyriaFiles[0];
    for (auto item_result : items) {
      simdjson::ondemand::object item;
      if (item_result.get_object().get(item)) return Status::Corruption(path + ": item is not an object");
      RawPlace p;
      p.cc = "SY";
      p.source = Source::kOpenSyria;
      p.type = governorates ? PlaceType::kAdmin1 : PlaceType::kAdmin2;
      std::string id, parent;
      std::string_view sv;
      // Fields are read in document order (on-demand parsing): id, governorateId, ..., name, aliases, centroid.
      for (auto field : item) {
        std::string_view key;
        if (field.unescaped_key().get(key)) return Status::Corruption(path + ": bad key");
        if (key == "id") {
          if (!field.value().get_string().get(sv)) id = std::string(sv);
        } else if (key == "governorateId") {
          if (!field.value().get_string().get(sv)) parent = std::string(sv);
        } else if (key == "name") {
          simdjson::ondemand::object name;
          if (field.value().get_object().get(name)) continue;
          for (auto nf : name) {
            std::string_view nk;
            if (nf.unescaped_key().get(nk) || nf.value().get_string().get(sv)) continue;
            if (nk == "en") p.name_en = std::string(sv);
            if (nk == "ar" && IsArabicScript(sv)) p.names_ar.insert(p.names_ar.begin(), std::string(sv));
          }
        } else if (key == "aliases") {
          simdjson::ondemand::array aliases;
          if (field.value().get_array().get(aliases)) continue;
          for (auto a : aliases) {
            simdjson::ondemand::object ao;
            if (a.get_object().get(ao)) continue;
            std::string_view value, lang;
            for (auto af : ao) {
              std::string_view ak;
              if (af.unescaped_key().get(ak)) continue;
              if (ak == "value" && af.value().get_string().get(value)) value = {};
              if (ak == "language" && af.value().get_string().get(lang)) lang = {};
            }
            if (lang == "ar" && IsArabicScript(value)) p.names_ar.emplace_back(value);
          }
        } else if (key == "centroid") {
          simdjson::ondemand::object c;
          if (field.value().get_object().get(c)) continue;
          for (auto cf : c) {
            std::string_view ck;
            double v = 0;
            if (cf.unescaped_key().get(ck) || cf.value().get_double().get(v)) continue;
            if (ck == "latitude") p.lat = v;
            if (ck == "longitude") p.lon = v;
          }
        } else if (key == "population") {
          simdjson::ondemand::object po;
          if (field.value().get_object().get(po)) continue;
          for (auto pf : po) {
            std::string_view pk;
            int64_t v = 0;
            if (!pf.unescaped_key().get(pk) && pk == "value" && !pf.value().get_int64().get(v)) p.population = v;
          }
        }
      }
      if (p.names_ar.empty()) continue;
      if (governorates) {
        // Match the WOF region by its Arabic name; take OCHA's English name and the aliases.
        for (RawAdmin1& a : out->admin1s) {
          if (a.cc != "SY" || a.place < 0) continue;
          RawPlace& region = out->places[a.place];
          bool same = false;
          for (const std::string& n : region.names_ar) same |= n == p.names_ar.front();
          if (!same) continue;
          a.name_en = p.name_en;
          region.names_ar.insert(region.names_ar.end(), p.names_ar.begin(), p.names_ar.end());
          governorate_admin1[id] = static_cast<int32_t>(&a - out->admin1s.data());
        }
        continue;
      }
      if (auto it = governorate_admin1.find(parent); it != governorate_admin1.end()) p.admin1 = it->second;
      out->places.push_back(std::move(p));
    }
  }
  return Status::OK();
}

bool FileExists(const std::string& path) {
  struct stat st;
  return ::stat(path.c_str(), &st) == 0;
}

}  // namespace

std::vector<std::string> SourceFiles(const std::string& gazetteer_dir, const std::string& dict_dir) {
  std::string g = gazetteer_dir + "/";
  std::vector<std::string> files = {g + std::string(kWofFlat), g + std::string(kNeCountries),
                                    g + std::string(kNeAdmin1), g + std::string(kNePlaces)};
  for (std::string_view f : kSyriaFiles) files.push_back(g + std::string(kSyriaDir) + std::string(f));
  if (!dict_dir.empty()) files.push_back(dict_dir + "/places_extra.tsv");
  return files;
}

Status ReadSupplement(std::string_view text, const std::string& origin, SourceSet* out) {
  static const std::map<std::string_view, PlaceType> kTypes = {
      {"country", PlaceType::kCountry}, {"admin1", PlaceType::kAdmin1},
      {"admin2", PlaceType::kAdmin2},   {"locality", PlaceType::kLocality},
      {"neighbourhood", PlaceType::kNeighbourhood}, {"site", PlaceType::kSite},
      {"region", PlaceType::kRegion}};
  std::vector<std::string_view> f;
  size_t line_no = 0, start = 0;
  while (start < text.size()) {
    size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    std::string_view line = text.substr(start, end - start);
    start = end + 1;
    ++line_no;
    if (line.empty() || line[0] == '#') continue;
    SplitTabs(line, &f);
    const std::string where = origin + ":" + std::to_string(line_no);
    // cc, alias, wof:ID, English name as WOF spells it, Arabic names (|-separated)
    if (f.size() >= 2 && f[1] == "alias") {
      WofAlias a;
      if (f.size() >= 5 && f[2].starts_with("wof:")) a.wof_id = ParseInt(f[2].substr(4));
      if (a.wof_id > 0) AddNames(f[4], '|', &a.names_ar);
      if (a.wof_id <= 0 || a.names_ar.empty() || f[0].size() != 2) {
        return Status::Corruption(where + ": expected cc, alias, wof:ID, name_en, names_ar");
      }
      a.cc = std::string(f[0]);
      a.name_en = std::string(f[3]);
      a.origin = where;
      out->aliases.push_back(std::move(a));
      continue;
    }
    // cc, type, lat, lon, English name, Arabic names (|-separated), population (optional)
    auto type = f.size() >= 6 ? kTypes.find(f[1]) : kTypes.end();
    if (type == kTypes.end()) {
      return Status::Corruption(where + ": expected cc, type, lat, lon, "
                                "name_en, names_ar[, population]");
    }
    RawPlace p;
    p.cc = std::string(f[0]);
    p.type = type->second;
    p.lat = ParseDouble(f[2]);
    p.lon = ParseDouble(f[3]);
    p.name_en = std::string(f[4]);
    AddNames(f[5], '|', &p.names_ar);
    if (f.size() > 6) p.population = ParseInt(f[6]);
    p.source = Source::kSupplement;
    p.notable = true;
    p.literal = true;
    if (!p.names_ar.empty()) out->places.push_back(std::move(p));
  }
  return Status::OK();
}

Status ReadSources(const std::string& gazetteer_dir, const std::string& dict_dir, SourceSet* out) {
  std::string g = gazetteer_dir + "/";
  // The supplement first: its alias rows are applied while WOF is read. Its places go last, as before.
  SourceSet extra;
  std::string builtin;
  for (std::string_view line : TableLines(Table::kPlacesExtra)) {
    builtin.append(line);
    builtin.push_back('\n');
  }
  if (Status s = ReadSupplement(builtin, "places_extra.tsv (built in)", &extra); !s.ok()) return s;
  if (!dict_dir.empty() && FileExists(dict_dir + "/places_extra.tsv")) {
    std::string text;
    if (Status s = ReadFile(dict_dir + "/places_extra.tsv", &text); !s.ok()) return s;
    if (Status s = ReadSupplement(text, dict_dir + "/places_extra.tsv", &extra); !s.ok()) return s;
  }
  std::unordered_map<int64_t, int32_t> region_admin1;
  if (Status s = ReadWof(g + std::string(kWofFlat), extra.aliases, out, &region_admin1); !s.ok()) return s;
  std::set<std::string> wof_countries;
  for (const RawPlace& p : out->places) wof_countries.insert(p.cc);
  if (Status s = ReadNeCountries(g + std::string(kNeCountries), out); !s.ok()) return s;
  if (Status s = ReadNeAdmin1(g + std::string(kNeAdmin1), wof_countries, out); !s.ok()) return s;
  if (Status s = ReadNePlaces(g + std::string(kNePlaces), out); !s.ok()) return s;
  if (Status s = ReadOpenSyria(g + std::string(kSyriaDir), out); !s.ok()) return s;
  for (RawPlace& p : extra.places) out->places.push_back(std::move(p));
  return Status::OK();
}

}  // namespace rasd::geo
