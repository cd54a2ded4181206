#include "geo/index_builder.h"

#include <algorithm>
#include <bit>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <map>
#include <numeric>
#include <set>
#include <tuple>
#include <unistd.h>
#include <unordered_map>
#include <unordered_set>

#include "geo/index_format.h"
#include "geo/line_reader.h"
#include "geo/tables.h"
#include "text/normalizer.h"
#include "text/tokenizer.h"
#include "geo/distance.h"

namespace rasd::geo {
namespace {

using format::NameRec;
using format::PlaceRec;

// Normalized (ة→ه, أ→ا) place-type words that sources put in front of a name ("محافظة دير الزور",
// OCHA's "مركز البوكمال", "ناحية هجين"). The name without them is what news text writes after its own
// type word. مخيم is different: "مخيم الشاطئ" is the camp's name, so both forms are kept.
constexpr std::string_view kGenericWords[] = {
    "مركز", "ناحيه", "منطقه", "محافظه", "مديريه", "قضاء", "لواء", "ولايه", "مدينه",
    "بلده",  "قريه",  "اقليم", "مقاطعه", "بلديه", "حي"};
constexpr std::string_view kCampWord = "مخيم";
constexpr std::string_view kArticle = "ال";

// Persian/Urdu letters that some sources use in Arabic names; Arabic news writes the Arabic letters.
std::string FoldPersianLetters(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size(); ++i) {
    unsigned char a = static_cast<unsigned char>(s[i]);
    unsigned char b = i + 1 < s.size() ? static_cast<unsigned char>(s[i + 1]) : 0;
    if (a == 0xDA && b == 0xA9) {  // ک U+06A9 -> ك U+0643
      out += "\xD9\x83";
      ++i;
    } else if (a == 0xDB && (b == 0x8C || b == 0x90)) {  // ی U+06CC, ې -> ي U+064A
      out += "\xD9\x8A";
      ++i;
    } else if (a == 0xDB && b == 0x81) {  // ہ U+06C1 -> ه
      out += "\xD9\x87";
      ++i;
    } else {
      out += static_cast<char>(a);
    }
  }
  return out;
}

// Drops a qualifier: "بومبو، أوغندا" -> "بومبو", "X (Y)" -> "X".
std::string_view StripQualifier(std::string_view s) {
  for (std::string_view stop : {"\xD8\x8C", ",", "("}) {  // Arabic comma, comma, parenthesis
    size_t p = s.find(stop);
    if (p != std::string_view::npos) s = s.substr(0, p);
  }
  return s;
}

std::vector<std::string> KeyTokens(std::string_view spelling) {
  Document doc;
  doc.norm = text::Normalize(text::NormalizeKey(FoldPersianLetters(StripQualifier(spelling))));
  text::Tokenize(doc);
  std::vector<std::string> tokens;
  for (const Token& t : doc.tokens) {
    if (t.kind == TokenKind::kArabic || t.kind == TokenKind::kNumber) tokens.emplace_back(doc.NormView(t));
    else if (t.kind == TokenKind::kLatin) return {};  // mixed-script labels are not names text uses
  }
  return tokens;
}

std::string Join(const std::vector<std::string>& tokens, size_t from) {
  std::string out;
  for (size_t i = from; i < tokens.size(); ++i) {
    if (i > from) out += ' ';
    out += tokens[i];
  }
  return out;
}

size_t Letters(std::string_view s) {
  size_t n = 0;
  for (unsigned char c : s) n += (c & 0xC0) != 0x80;
  return n;
}


template <size_t N>
bool OneOf(std::string_view w, const std::string_view (&list)[N]) {
  return std::find(std::begin(list), std::end(list), w) != std::end(list);
}

bool IsAdmin(PlaceType t) { return t == PlaceType::kCountry || t == PlaceType::kAdmin1 || t == PlaceType::kAdmin2; }

// Records are merged only within a class: a town and the district named after it stay apart.
int MergeClass(PlaceType t) {
  switch (t) {
    case PlaceType::kLocality:
    case PlaceType::kNeighbourhood: return 0;
    case PlaceType::kAdmin2: return 1;
    case PlaceType::kAdmin1: return 2;
    case PlaceType::kCountry: return 3;
    case PlaceType::kRegion: return 4;
    case PlaceType::kSite: return 5;
  }
  return 6;
}

// How far apart two records of one name may be and still be the same place. Admin units and regions
// come as polygon centroids or label points, which differ between sources by tens of km.
double MergeRadiusKm(const RawPlace& a, const RawPlace& b) {
  if (a.type == PlaceType::kLocality || a.type == PlaceType::kNeighbourhood) {
    // Natural Earth points a city at its centre, WOF at one of its records: allow a city's radius.
    return (a.source == Source::kNaturalEarth || b.source == Source::kNaturalEarth) ? 10 : 5;
  }
  return 40;
}

// Which record of a merged group gives the coordinates: curated > Natural Earth (a town's centre,
// where WOF's current record of a big city is sometimes a district: Baghdad 8 km off) > WOF current >
// WOF > Open-Syria polygon centroids.
int SourceRank(const RawPlace& p) {
  switch (p.source) {
    case Source::kSupplement: return 4;
    case Source::kNaturalEarth: return 3;
    case Source::kWof: return p.current ? 2 : 1;
    case Source::kOpenSyria: return 0;
  }
  return 0;
}

class UnionFind {
 public:
  explicit UnionFind(size_t n) : parent_(n) { std::iota(parent_.begin(), parent_.end(), 0); }
  uint32_t Find(uint32_t x) {
    while (parent_[x] != x) x = parent_[x] = parent_[parent_[x]];
    return x;
  }
  void Union(uint32_t a, uint32_t b) {
    a = Find(a);
    b = Find(b);
    if (a != b) parent_[std::max(a, b)] = std::min(a, b);
  }

 private:
  std::vector<uint32_t> parent_;
};

struct Merged {
  RawPlace place;                 // the representative's data, population and flags merged in
  std::vector<std::string> keys;  // every key of every merged record
  bool salient = false;
  double rank = 0;  // static rank: higher first among a name's candidates
};

// The stop list: keys (normalized here) that are common words or personal names -> NameFlags. The
// reason column starts with "never:" for words that are not places even after a type word.
std::unordered_map<std::string, uint8_t> LoadStopNames() {
  std::unordered_map<std::string, uint8_t> stop;
  for (std::string_view line : TableLines(Table::kStopNames)) {
    if (line.empty() || line[0] == '#') continue;
    size_t tab = line.find('\t');
    std::string key = Join(KeyTokens(line.substr(0, tab)), 0);
    bool never = tab != std::string_view::npos && line.substr(tab + 1).starts_with("never:");
    if (!key.empty()) stop[key] = format::kNameCommonWord | (never ? format::kNameNever : 0);
  }
  return stop;
}

class StringPool {
 public:
  format::StrRef Add(std::string_view s) {
    auto [it, inserted] = offsets_.try_emplace(std::string(s), static_cast<uint32_t>(bytes_.size()));
    if (inserted) bytes_.append(s);
    return {it->second, static_cast<uint32_t>(s.size())};
  }
  const std::string& bytes() const { return bytes_; }

 private:
  std::string bytes_;
  std::unordered_map<std::string, uint32_t> offsets_;
};

class FileWriter {
 public:
  explicit FileWriter(FILE* f) : f_(f) {}
  // Appends `bytes`, first padding to 8 bytes; returns the offset written at.
  uint64_t Append(const void* bytes, size_t n) {
    static const char kZeros[8] = {};
    size_t pad = (8 - pos_ % 8) % 8;
    ok_ &= std::fwrite(kZeros, 1, pad, f_) == pad;
    pos_ += pad;
    uint64_t at = pos_;
    ok_ &= n == 0 || std::fwrite(bytes, 1, n, f_) == n;
    pos_ += n;
    return at;
  }
  template <typename T>
  format::Section Section(const std::vector<T>& v) {
    return {Append(v.data(), v.size() * sizeof(T)), v.size()};
  }
  uint64_t pos() const { return pos_; }
  bool ok() const { return ok_; }

 private:
  FILE* f_;
  uint64_t pos_ = 0;
  bool ok_ = true;
};

std::vector<Merged> MergeDuplicates(SourceSet& set) {
  const size_t n = set.places.size();
  std::vector<std::vector<std::string>> keys(n);
  for (size_t i = 0; i < n; ++i) {
    std::unordered_set<std::string> seen;
    for (const std::string& spelling : set.places[i].names_ar) {
      // Curated names are exact: "مخيم رفح" must not give "رفح", which is the town.
      std::vector<std::string> ks =
          set.places[i].literal ? std::vector<std::string>{Join(KeyTokens(spelling), 0)} : NameKeys(spelling);
      for (std::string& k : ks) {
        if (!k.empty() && seen.insert(k).second) keys[i].push_back(std::move(k));
      }
    }
  }
  UnionFind uf(n);
  // Countries: one entry per ISO code, whatever the sources call it.
  std::unordered_map<std::string, uint32_t> country_first;
  // Everything else: same class, same country, a shared key, close enough.
  std::unordered_map<std::string, std::vector<uint32_t>> by_key;
  for (uint32_t i = 0; i < n; ++i) {
    const RawPlace& p = set.places[i];
    if (p.type == PlaceType::kCountry) {
      auto [it, inserted] = country_first.try_emplace(p.cc, i);
      if (!inserted) uf.Union(it->second, i);
      continue;
    }
    for (const std::string& k : keys[i]) {
      by_key[p.cc + "\t" + std::to_string(MergeClass(p.type)) + "\t" + k].push_back(i);
    }
  }
  for (auto& [key, ids] : by_key) {
    std::sort(ids.begin(), ids.end(), [&](uint32_t a, uint32_t b) { return set.places[a].lat < set.places[b].lat; });
    for (size_t a = 0; a < ids.size(); ++a) {
      const RawPlace& pa = set.places[ids[a]];
      for (size_t b = a + 1; b < ids.size(); ++b) {
        const RawPlace& pb = set.places[ids[b]];
        if (pb.lat - pa.lat > 0.5) break;  // ~55 km: beyond every merge radius
        if (DistanceKm(pa.lat, pa.lon, pb.lat, pb.lon) <= MergeRadiusKm(pa, pb)) uf.Union(ids[a], ids[b]);
      }
    }
  }
  // Groups, with the representative chosen by source rank.
  std::unordered_map<uint32_t, std::vector<uint32_t>> groups;
  for (uint32_t i = 0; i < n; ++i) groups[uf.Find(i)].push_back(i);
  std::vector<Merged> out;
  out.reserve(groups.size());
  std::vector<uint32_t> roots;
  for (auto& [root, members] : groups) roots.push_back(root);
  std::sort(roots.begin(), roots.end());  // deterministic output
  for (uint32_t root : roots) {
    std::vector<uint32_t>& members = groups[root];
    std::stable_sort(members.begin(), members.end(), [&](uint32_t a, uint32_t b) {
      return SourceRank(set.places[a]) > SourceRank(set.places[b]);
    });
    Merged m;
    m.place = set.places[members.front()];
    std::unordered_set<std::string> seen;
    for (uint32_t i : members) {
      const RawPlace& p = set.places[i];
      m.place.population = std::max(m.place.population, p.population);
      m.place.notable |= p.notable;
      m.place.current |= p.current;
      m.place.capital |= p.capital;
      if (m.place.admin1 < 0) m.place.admin1 = p.admin1;
      if (m.place.name_en.empty()) m.place.name_en = p.name_en;
      for (std::string& k : keys[i]) {
        if (seen.insert(k).second) m.keys.push_back(std::move(k));
      }
    }
    if (!m.keys.empty()) out.push_back(std::move(m));
  }
  return out;
}

// Places whose source gave no admin-1 take the one of the nearest place in the same country that has
// one (curated sites, Natural Earth towns, Open-Syria units whose governorate was not matched).
void FillAdmin1(std::vector<Merged>& places) {
  constexpr double kCell = 0.25;  // degrees
  // Through int64 first: a negative double converted straight to uint32 (western longitudes) is
  // undefined; so is a coordinate beyond int64, hence the clamp (a non-finite one gets cell 0).
  auto step = [&](double v) {
    return std::isfinite(v) ? static_cast<int64_t>(std::clamp(std::floor(v / kCell), -1e9, 1e9)) : int64_t{0};
  };
  auto cell = [&](double lat, double lon) {
    return (step(lat) << 32) ^ static_cast<int64_t>(static_cast<uint32_t>(step(lon)));
  };
  std::unordered_map<int64_t, std::vector<uint32_t>> grid;
  for (uint32_t i = 0; i < places.size(); ++i) {
    const RawPlace& p = places[i].place;
    if (p.admin1 >= 0 && p.type != PlaceType::kCountry) grid[cell(p.lat, p.lon)].push_back(i);
  }
  for (Merged& m : places) {
    RawPlace& p = m.place;
    if (p.admin1 >= 0 || p.type == PlaceType::kCountry) continue;
    double best = 60;  // km
    for (int dy = -1; dy <= 1; ++dy) {
      for (int dx = -1; dx <= 1; ++dx) {
        auto it = grid.find(cell(p.lat + dy * kCell, p.lon + dx * kCell));
        if (it == grid.end()) continue;
        for (uint32_t j : it->second) {
          const RawPlace& q = places[j].place;
          if (q.cc != p.cc) continue;
          double d = DistanceKm(p.lat, p.lon, q.lat, q.lon);
          if (d < best) {
            best = d;
            p.admin1 = q.admin1;
          }
        }
      }
    }
  }
}

// Settlement clusters. Sources often list a town only by its parts ("باغوز فوقاني" upper, "حويجة
// باغوز" its river island) beside a record of the bare name that sits at one edge; news writes the bare
// name. Parts are named by the bare name plus a qualifier of position, size or age (normalized: ة→ه,
// ى→ي). Prefixes are limited to the river-island words: "تل X", "كفر X", "بيت X", "عين X" are
// settlements of their own, not parts of X.
constexpr std::string_view kPartSuffixes[] = {
    "فوقاني", "تحتاني", "الفوقاني", "التحتاني", "فوقا", "تحتا", "الفوقا", "التحتا",           // upper/lower
    "العليا", "السفلي", "عليا", "سفلي", "الاعلي", "الاسفل", "اعلي", "اسفل",                  // upper/lower
    "شرقي", "غربي", "شمالي", "جنوبي", "الشرقي", "الغربي", "الشمالي", "الجنوبي",              // sides
    "شرقيه", "غربيه", "شماليه", "جنوبيه", "الشرقيه", "الغربيه", "الشماليه", "الجنوبيه",
    "قبلي", "بحري", "القبلي", "البحري", "القبليه", "البحريه",                                 // Egypt: south/north
    "الكبير", "الصغير", "الكبري", "الصغري", "كبير", "صغير",                                   // size
    "القديم", "الجديد", "القديمه", "الجديده", "قديم", "جديد"};                                // age
constexpr std::string_view kPartPrefixes[] = {"حويجه", "حوايج"};
constexpr double kClusterRadiusKm = 10;

std::string FormatCluster(const Merged& bare, const std::vector<const Merged*>& parts, double old_lat,
                          double old_lon) {
  char buf[160];
  std::snprintf(buf, sizeof buf, "%s\t(%.4f, %.4f) -> (%.4f, %.4f) moved %.1f km\t", bare.place.cc.c_str(), old_lat,
                old_lon, bare.place.lat, bare.place.lon,
                DistanceKm(old_lat, old_lon, bare.place.lat, bare.place.lon));
  std::string line = bare.place.names_ar.front() + "\t" + buf;
  for (const Merged* p : parts) {
    std::snprintf(buf, sizeof buf, " (%.1f km)", DistanceKm(old_lat, old_lon, p->place.lat, p->place.lon));
    line += p->place.names_ar.front() + buf + "; ";
  }
  return line;
}

// Moves each bare-named locality that has parts within kClusterRadiusKm in its country to the point that
// stands for the whole settlement: the most populous member when any has a population; else the bare
// record as it is when a small-scale source placed it (Natural Earth, curated: the town's centre); else
// the centroid of bare record and parts. Returns the number of clusters; `log` gets one line each.
size_t ClusterSettlements(std::vector<Merged>& places, std::vector<std::string>* log) {
  std::unordered_map<std::string, std::vector<uint32_t>> by_key;  // cc \t key -> localities
  for (uint32_t i = 0; i < places.size(); ++i) {
    if (places[i].place.type != PlaceType::kLocality) continue;
    for (const std::string& k : places[i].keys) by_key[places[i].place.cc + "\t" + k].push_back(i);
  }
  std::map<uint32_t, std::vector<uint32_t>> parts_of;  // bare -> parts (ordered: deterministic)
  for (uint32_t i = 0; i < places.size(); ++i) {
    const RawPlace& part = places[i].place;
    if (part.type != PlaceType::kLocality) continue;
    for (const std::string& k : places[i].keys) {
      const size_t first_sp = k.find(' '), last_sp = k.rfind(' ');
      if (first_sp == std::string::npos) continue;
      std::string_view bases[2];
      if (OneOf(std::string_view(k).substr(last_sp + 1), kPartSuffixes)) bases[0] = std::string_view(k).substr(0, last_sp);
      if (OneOf(std::string_view(k).substr(0, first_sp), kPartPrefixes)) bases[1] = std::string_view(k).substr(first_sp + 1);
      for (std::string_view base : bases) {
        if (base.empty()) continue;
        auto it = by_key.find(part.cc + "\t" + std::string(base));
        if (it == by_key.end()) continue;
        for (uint32_t b : it->second) {
          const RawPlace& bare = places[b].place;
          if (b == i || DistanceKm(bare.lat, bare.lon, part.lat, part.lon) > kClusterRadiusKm) continue;
          std::vector<uint32_t>& parts = parts_of[b];
          if (std::find(parts.begin(), parts.end(), i) == parts.end()) parts.push_back(i);
        }
      }
    }
  }
  // New points are computed from the original ones before any is moved.
  std::vector<std::pair<double, double>> moved;
  for (const auto& [b, parts] : parts_of) {
    const RawPlace& bare = places[b].place;
    const RawPlace* most = &bare;
    double lat = bare.lat, lon = bare.lon;
    for (uint32_t p : parts) {
      const RawPlace& q = places[p].place;
      if (q.population > most->population) most = &q;
      lat += q.lat;
      lon += q.lon;
    }
    if (most->population > 0) moved.emplace_back(most->lat, most->lon);
    else if (bare.source == Source::kNaturalEarth || bare.source == Source::kSupplement) moved.emplace_back(bare.lat, bare.lon);
    else moved.emplace_back(lat / (parts.size() + 1), lon / (parts.size() + 1));
  }
  size_t k = 0;
  for (const auto& [b, parts] : parts_of) {
    RawPlace& bare = places[b].place;
    const double old_lat = bare.lat, old_lon = bare.lon;
    std::tie(bare.lat, bare.lon) = moved[k++];
    if (log) {
      std::vector<const Merged*> members;
      for (uint32_t p : parts) members.push_back(&places[p]);
      log->push_back(FormatCluster(places[b], members, old_lat, old_lon));
    }
  }
  return parts_of.size();
}

// Where the product reports events, admin units are worth emitting without a cue; elsewhere their
// names, transliterated into Arabic, are mostly words or pieces of words ("ماين", a French département,
// in "كمائن"; "اتوا", a Samoan district, in "باتوا"; Turkish districts "قديم", "هيمنة", "بازار").
//   core: the Arab League states and Israel: every admin unit is salient.
//   neighbours: the states around them that news about the region names often (Türkiye, Iran, Cyprus, the
//     Horn and the Sahel next to Sudan and Libya): provinces are salient, districts need a cue.
//   everywhere else (Afghanistan, Mali, Niger, Nigeria among the WOF countries, and every Natural Earth
//     admin-1 unit of the world): no admin unit is salient; multi-word names are emitted anyway, single
//     words after a cue ("ولاية تكساس", "في كاليفورنيا").
// Countries, towns of note and curated regions are salient everywhere.
constexpr std::string_view kCoreCountries[] = {"SY", "IQ", "YE", "LY", "LB", "PS", "SD", "SO", "JO", "EG", "SA", "TN",
                                               "DZ", "MA", "KW", "BH", "QA", "AE", "OM", "MR", "DJ", "KM", "IL"};
constexpr std::string_view kNeighbourCountries[] = {"TR", "IR", "CY", "SS", "TD", "ER", "ET"};

// "العاصمة التونسية": the word for capital and a country's adjective name the capital. The adjective
// is derived from each one-word name of the country (ال + the name without ال and without a final
// يا/ية/ا/ي + ية: تونس → التونسية, سوريا → السورية, العراق → العراقية, ليبيا → الليبية) plus the forms in
// capital_adjectives.tsv, which also lists the countries left out ("-"). An adjective that two
// countries would share is left out too. Both "العاصمه X" and "عاصمه X" (after لل) become keys of the
// capital (Natural Earth's most populous "Admin-0 capital" of the country); returns those keys.
constexpr std::string_view kCapitalWords[] = {"العاصمه", "عاصمه"};

// The adjective of a one-word country name; `strip_article`: its leading ال is the article (العراق),
// else part of the name (ألمانيا → الألمانية). Both are tried: the wrong one gives a word nobody writes.
std::string Nisba(std::string_view key, bool strip_article) {
  if (key.find(' ') != std::string_view::npos) return {};
  std::string_view stem = key;
  if (strip_article && stem.starts_with(kArticle)) stem.remove_prefix(kArticle.size());
  for (std::string_view end : {"يا", "يه", "ا", "ي"}) {
    if (stem.ends_with(end)) {
      stem.remove_suffix(end.size());
      break;
    }
  }
  if (Letters(stem) < 2) return {};
  return std::string(kArticle) + std::string(stem) + "يه";
}

std::set<std::string> AddCapitalPhrases(std::vector<Merged>& places, std::vector<std::string>* log) {
  std::set<std::string> excluded;
  std::map<std::string, std::set<std::string>> countries_of;  // adjective -> countries
  for (std::string_view line : TableLines(Table::kCapitalAdjectives)) {
    if (line.empty() || line[0] == '#') continue;
    std::vector<std::string_view> f;
    SplitTabs(line, &f);
    if (f.size() < 2) continue;
    const std::string cc(f[0]);
    if (f[1] == "-") {
      excluded.insert(cc);
      continue;
    }
    for (size_t start = 0; start <= f[1].size();) {
      size_t end = std::min(f[1].find('|', start), f[1].size());
      std::string adj = Join(KeyTokens(f[1].substr(start, end - start)), 0);
      if (!adj.empty()) countries_of[adj].insert(cc);
      start = end + 1;
    }
  }
  std::unordered_map<std::string, uint32_t> capital_of;
  for (uint32_t i = 0; i < places.size(); ++i) {
    const RawPlace& p = places[i].place;
    if (p.type == PlaceType::kCountry) {
      for (const std::string& k : places[i].keys) {
        for (bool strip : {true, false}) {
          if (std::string adj = Nisba(k, strip); !adj.empty()) countries_of[adj].insert(p.cc);
        }
      }
    } else if (p.capital && p.type == PlaceType::kLocality) {
      auto [it, inserted] = capital_of.try_emplace(p.cc, i);
      if (!inserted && p.population > places[it->second].place.population) it->second = i;
    }
  }
  std::set<std::string> phrases;
  for (const auto& [adj, ccs] : countries_of) {
    if (ccs.size() != 1 || excluded.count(*ccs.begin())) continue;
    auto cap = capital_of.find(*ccs.begin());
    if (cap == capital_of.end()) continue;
    std::vector<std::string>& keys = places[cap->second].keys;
    if (log) log->push_back(adj + "\t" + *ccs.begin() + "\t" + places[cap->second].place.name_en);
    for (std::string_view word : kCapitalWords) {
      std::string key = std::string(word) + " " + adj;
      if (std::find(keys.begin(), keys.end(), key) == keys.end()) keys.push_back(key);
      phrases.insert(std::move(key));
    }
  }
  return phrases;
}

// Words of direction and rank that the names of many far admin units are made of ("جنوب غرب", Cameroon's
// South-West; "الشمال الشرقي", Botswana's North-East; "المحافظة الوسطى", Kenya's Central): a name made of
// these only, with no salient candidate, is a common phrase and is emitted only after a place-type word.
constexpr std::string_view kDirectionWords[] = {
    "شمال", "جنوب", "شرق", "غرب", "الشمال", "الجنوب", "الشرق", "الغرب", "شمالي", "جنوبي", "شرقي", "غربي",
    "الشمالي", "الجنوبي", "الشرقي", "الغربي", "الشماليه", "الجنوبيه", "الشرقيه", "الغربيه", "وسط", "الوسط",
    "الوسطي", "الاوسط", "الاقصي", "العليا", "السفلي", "الاعلي", "الاسفل", "المحافظه", "المنطقه", "الاقليم",
    "الولايه", "محافظه", "منطقه", "اقليم", "ولايه", "العاصمه", "الساحل", "الساحليه", "الداخليه", "الجزر",
    "المركزيه"};

bool DirectionsOnly(std::string_view key) {
  size_t start = 0;
  while (start <= key.size()) {
    size_t end = std::min(key.find(' ', start), key.size());
    if (!OneOf(key.substr(start, end - start), kDirectionWords)) return false;
    start = end + 1;
  }
  return true;
}

// Important enough to be taken as a place without a cue in the text.
bool IsSalient(const RawPlace& p) {
  switch (p.type) {
    case PlaceType::kNeighbourhood: return p.population >= 50000;
    case PlaceType::kLocality: return p.notable || p.population >= 10000;
    case PlaceType::kSite: return p.source == Source::kSupplement;
    case PlaceType::kAdmin1: return OneOf(p.cc, kCoreCountries) || OneOf(p.cc, kNeighbourCountries);
    case PlaceType::kAdmin2: return OneOf(p.cc, kCoreCountries);
    case PlaceType::kCountry:
    case PlaceType::kRegion: return true;
  }
  return true;
}

// Countries carry no population in most sources, so their bonus alone puts them above any town of another
// country ("كولومبيا" is Colombia before Columbia, US); a namesake capital still goes first (RankCandidates).
double StaticRank(const Merged& m) {
  static const std::map<PlaceType, double> kTypeBonus = {
      {PlaceType::kCountry, 6.0}, {PlaceType::kAdmin1, 1.5}, {PlaceType::kRegion, 1.2}, {PlaceType::kAdmin2, 1.0},
      {PlaceType::kSite, 1.0},    {PlaceType::kLocality, 0.5}, {PlaceType::kNeighbourhood, 0.0}};
  return std::log10(static_cast<double>(m.place.population) + 10) + (m.salient ? 3 : 0) +
         kTypeBonus.at(m.place.type) + (m.place.current ? 0.2 : 0);
}

// Orders a name's candidates best first. A town outranks the admin unit named after it ("دير الزور"
// alone is the city; "محافظة دير الزور" is asked for with kPlaceAdminWord), so the namesake town of
// an admin unit is moved just in front of it.
void RankCandidates(const std::vector<Merged>& places, std::vector<uint32_t>* cands) {
  constexpr double kNamesakeSeatKm = 60;  // a unit's seat lies this near its centroid
  std::vector<double> rank(cands->size());
  for (size_t i = 0; i < cands->size(); ++i) rank[i] = places[(*cands)[i]].rank;
  for (size_t a = 0; a < cands->size(); ++a) {
    const Merged& admin = places[(*cands)[a]];
    if (!IsAdmin(admin.place.type)) continue;
    for (size_t b = 0; b < cands->size(); ++b) {
      const Merged& town = places[(*cands)[b]];
      if (town.place.type != PlaceType::kLocality || town.place.cc != admin.place.cc) continue;
      bool namesake = false;
      switch (admin.place.type) {
        case PlaceType::kCountry: namesake = town.salient; break;
        // An admin1 or admin2 unit: a town inside it, or near its centre (Sanaa city lies in Amanat
        // al-Asimah, 14 km from the centre of the Sanaa governorate that bears its name). A district's
        // centroid can lie far from its seat (Duma district spans the desert), hence both tests.
        default:
          namesake = (town.place.admin1 == admin.place.admin1 && town.place.admin1 >= 0) ||
                     DistanceKm(town.place.lat, town.place.lon, admin.place.lat, admin.place.lon) < kNamesakeSeatKm;
          break;
      }
      if (namesake) rank[b] = std::max(rank[b], rank[a] + 0.001);
    }
  }
  std::vector<size_t> order(cands->size());
  std::iota(order.begin(), order.end(), 0);
  std::stable_sort(order.begin(), order.end(), [&](size_t x, size_t y) { return rank[x] > rank[y]; });
  std::vector<uint32_t> sorted;
  for (size_t i : order) sorted.push_back((*cands)[i]);
  *cands = std::move(sorted);
}

}  // namespace

std::vector<std::string> NameKeys(std::string_view spelling) {
  std::vector<std::string> tokens = KeyTokens(spelling);
  std::vector<std::string> keys;
  auto add = [&](std::string key) {
    if (Letters(key) >= 2 && std::find(keys.begin(), keys.end(), key) == keys.end()) keys.push_back(std::move(key));
  };
  if (tokens.empty()) return keys;
  size_t from = 0;
  // Leading type words: "ناحية مركز البوكمال" -> "البوكمال".
  while (from + 1 < tokens.size()) {
    bool generic = std::find(std::begin(kGenericWords), std::end(kGenericWords), tokens[from]) !=
                   std::end(kGenericWords);
    bool camp = tokens[from] == kCampWord;
    if (!generic && !camp) break;
    if (camp) add(Join(tokens, from));
    ++from;
  }
  std::string core = Join(tokens, from);
  add(core);
  // Written as one word: "خانيونس", "ديرالزور", "كفرنبل" for a two-word name whose first word is the
  // head of a compound name (normalized: أبو -> ابو).
  static constexpr std::string_view kJoinedHeads[] = {"خان", "دير", "كفر", "بيت", "عين", "تل", "ابو"};
  if (tokens.size() - from == 2 &&
      std::find(std::begin(kJoinedHeads), std::end(kJoinedHeads), tokens[from]) != std::end(kJoinedHeads)) {
    add(tokens[from] + tokens[from + 1]);
  }
  // Without the article: text "الباغوز" is matched through its ال split, but WOF spells some names
  // without it ("باغوز") and others with it, and text writes "مخيم النصيرات" / "النصيرات" both ways.
  // Stems of fewer than three letters ("الفي" -> "في") are left out: they are all function words.
  if (tokens[from].starts_with(kArticle) && Letters(tokens[from]) >= 5) {
    add(core.substr(kArticle.size()));
  }
  return keys;
}

Status WriteIndex(SourceSet set, const std::string& index_path, BuildReport* report) {
  std::vector<Merged> places = MergeDuplicates(set);
  FillAdmin1(places);
  const size_t clusters = ClusterSettlements(places, report ? &report->clusters : nullptr);
  (void)clusters;
  const std::set<std::string> capital_phrases = AddCapitalPhrases(places, report ? &report->capitals : nullptr);
  for (Merged& m : places) {
    m.salient = IsSalient(m.place);
    m.rank = StaticRank(m);
  }
  // Countries first so that a country's place id is stable and small; then by rank for locality.
  std::stable_sort(places.begin(), places.end(), [](const Merged& a, const Merged& b) {
    return (a.place.type == PlaceType::kCountry) > (b.place.type == PlaceType::kCountry);
  });

  StringPool pool;
  // Countries and admin-1 units.
  std::vector<format::CountryRec> countries;
  std::unordered_map<std::string, uint16_t> country_index;
  for (uint32_t i = 0; i < places.size(); ++i) {
    const RawPlace& p = places[i].place;
    if (p.type != PlaceType::kCountry || country_index.count(p.cc)) continue;
    format::CountryRec c;
    c.code[0] = p.cc[0];
    c.code[1] = p.cc[1];
    c.place = i;
    auto en = set.country_en.find(p.cc);
    c.name_en = pool.Add(en != set.country_en.end() ? en->second : p.name_en);
    c.name_ar = pool.Add(p.names_ar.front());
    country_index[p.cc] = static_cast<uint16_t>(countries.size());
    countries.push_back(c);
  }
  std::vector<format::Admin1Rec> admin1s;
  for (const RawAdmin1& a : set.admin1s) {
    format::Admin1Rec r;
    r.name_en = pool.Add(a.name_en);
    r.name_ar = pool.Add(a.name_ar);
    auto it = country_index.find(a.cc);
    r.country = it == country_index.end() ? format::kNoIndex : it->second;
    admin1s.push_back(r);
  }

  std::vector<PlaceRec> recs;
  recs.reserve(places.size());
  for (const Merged& m : places) {
    const RawPlace& p = m.place;
    PlaceRec r;
    r.lat = static_cast<float>(p.lat);
    r.lon = static_cast<float>(p.lon);
    r.population = static_cast<uint32_t>(std::min<int64_t>(p.population, UINT32_MAX));
    r.name_ar = pool.Add(p.names_ar.front());
    std::string_view name_en = p.name_en;
    if (p.type == PlaceType::kCountry && set.country_en.count(p.cc)) name_en = set.country_en[p.cc];
    if (p.type == PlaceType::kAdmin1 && p.admin1 >= 0) name_en = set.admin1s[p.admin1].name_en;
    r.name_en = pool.Add(name_en);
    auto it = country_index.find(p.cc);
    r.country = it == country_index.end() ? format::kNoIndex : it->second;
    r.admin1 = p.admin1 >= 0 ? static_cast<uint16_t>(p.admin1) : format::kNoIndex;
    r.type = static_cast<uint8_t>(p.type);
    r.flags = m.salient ? format::kPlaceSalient : 0;
    recs.push_back(r);
  }

  // Names: key -> candidates, plus prefix-only entries for multi-token keys.
  std::map<std::string, std::vector<uint32_t>> by_key;  // ordered: deterministic ids
  for (uint32_t i = 0; i < places.size(); ++i) {
    for (const std::string& k : places[i].keys) by_key[k].push_back(i);
  }
  std::set<std::string> prefixes;
  for (const auto& [key, ids] : by_key) {
    for (size_t sp = key.find(' '); sp != std::string::npos; sp = key.find(' ', sp + 1)) {
      prefixes.insert(key.substr(0, sp));
    }
  }
  for (const std::string& p : prefixes) by_key.try_emplace(p);

  const std::unordered_map<std::string, uint8_t> stop = LoadStopNames();
  std::vector<NameRec> names;
  std::vector<uint32_t> candidates;
  uint32_t max_tokens = 1;
  for (auto& [key, ids] : by_key) {
    RankCandidates(places, &ids);
    NameRec n;
    n.key = pool.Add(key);
    n.cand_begin = static_cast<uint32_t>(candidates.size());
    n.cand_count = static_cast<uint16_t>(std::min<size_t>(ids.size(), UINT16_MAX));
    candidates.insert(candidates.end(), ids.begin(), ids.begin() + n.cand_count);
    uint32_t tokens = 1 + static_cast<uint32_t>(std::count(key.begin(), key.end(), ' '));
    n.tokens = static_cast<uint8_t>(std::min<uint32_t>(tokens, 255));
    max_tokens = std::max(max_tokens, tokens);
    if (prefixes.count(key)) n.flags |= format::kNameIsPrefix;
    for (uint32_t id : ids) {
      if (places[id].salient) n.flags |= format::kNameSalient;
    }
    if (!ids.empty() && !(n.flags & format::kNameSalient) && DirectionsOnly(key)) n.flags |= format::kNameCommonWord;
    if (capital_phrases.count(key)) n.flags |= format::kNameCapital;
    if (auto it = stop.find(key); it != stop.end()) n.flags |= it->second;
    names.push_back(n);
  }

  // Hash table at most half full; the bloom filter has 16 bits per name.
  size_t slot_count = std::bit_ceil(std::max<size_t>(16, names.size() * 2));
  std::vector<format::Slot> slots(slot_count);
  size_t bloom_bits = std::bit_ceil(std::max<size_t>(64, names.size() * 16));
  std::vector<uint64_t> bloom(bloom_bits / 64);
  const std::string& bytes = pool.bytes();
  for (uint32_t id = 0; id < names.size(); ++id) {
    std::string_view key(bytes.data() + names[id].key.offset, names[id].key.len);
    uint64_t h = format::KeyHash(key);
    for (size_t s = h & (slot_count - 1);; s = (s + 1) & (slot_count - 1)) {
      if (slots[s].name_id == 0) {
        slots[s] = {static_cast<uint32_t>(h >> 32), id + 1};
        break;
      }
    }
    uint64_t bit = (h >> 17) & (bloom_bits - 1);
    bloom[bit / 64] |= uint64_t{1} << (bit % 64);
  }
  // The one-token keys (names, and starts of longer names) in the first-word filter: 16 bits per key,
  // two set per key in one 64-bit word (about 5 % of the stems of news text that are no key pass).
  size_t one_token = 0;
  for (const NameRec& n : names) one_token += n.tokens == 1;
  std::vector<uint64_t> first_words(std::bit_ceil(std::max<size_t>(1, one_token * 16 / 64)));
  for (const NameRec& n : names) {
    if (n.tokens != 1) continue;
    const uint64_t h = format::FirstWordHash(std::string_view(bytes.data() + n.key.offset, n.key.len));
    first_words[format::FirstWordSlot(h, first_words.size())] |= format::FirstWordBits(h);
  }

  // Every key of several tokens in the next-word filter, under the id of the key without its last token
  // (always a key: prefixes are added above) and that token. Sized like `first_words`.
  std::unordered_map<std::string_view, uint32_t> id_of;
  for (uint32_t id = 0; id < names.size(); ++id) {
    id_of.emplace(std::string_view(bytes.data() + names[id].key.offset, names[id].key.len), id);
  }
  size_t several = names.size() - one_token;
  std::vector<uint64_t> next_words(std::bit_ceil(std::max<size_t>(1, several * 16 / 64)));
  for (const NameRec& n : names) {
    if (n.tokens == 1) continue;
    const std::string_view key(bytes.data() + n.key.offset, n.key.len);
    const size_t space = key.rfind(' ');
    const uint32_t prefix = id_of.at(key.substr(0, space));
    const uint64_t h = format::NextWordHash(prefix, format::FirstWordHash(key.substr(space + 1)));
    next_words[format::FirstWordSlot(h, next_words.size())] |= format::FirstWordBits(h);
  }

  // The default index lives under ~/.cache/rasd/, which a new machine does not have yet.
  std::error_code ec;  // a failure here surfaces as fopen's own error, naming the file
  std::filesystem::create_directories(std::filesystem::path(index_path).parent_path(), ec);
  std::string tmp = index_path + ".tmp." + std::to_string(::getpid());
  FILE* f = std::fopen(tmp.c_str(), "wb");
  if (!f) return Status::IOError("cannot write " + tmp);
  format::Header h{};
  std::memcpy(h.magic, format::kMagic, sizeof h.magic);
  h.version = format::kVersion;
  h.tables_fingerprint = TablesFingerprint();
  h.max_name_tokens = max_tokens;
  FileWriter w(f);
  w.Append(&h, sizeof h);
  h.places = w.Section(recs);
  h.names = w.Section(names);
  h.candidates = w.Section(candidates);
  h.slots = w.Section(slots);
  h.bloom = w.Section(bloom);
  h.first_words = w.Section(first_words);
  h.next_words = w.Section(next_words);
  h.countries = w.Section(countries);
  h.admin1s = w.Section(admin1s);
  h.strings = {w.Append(bytes.data(), bytes.size()), bytes.size()};
  h.file_size = w.pos();
  bool ok = w.ok() && std::fseek(f, 0, SEEK_SET) == 0 && std::fwrite(&h, sizeof h, 1, f) == 1;
  ok &= std::fclose(f) == 0;
  if (!ok || std::rename(tmp.c_str(), index_path.c_str()) != 0) {
    std::remove(tmp.c_str());
    return Status::IOError("cannot write " + index_path);
  }
  return Status::OK();
}

}  // namespace rasd::geo
