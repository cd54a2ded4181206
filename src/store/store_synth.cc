// Stage `store`: builds a deterministic synthetic event database through the real ingest path,
// for benchmarks (the server's /api latency, exports) and for measuring the ingest rate.
//
//   store_synth --db /tmp/synth.db --events 1000000 [--seed 1] [--per-doc 2] [--words 40] [--batch 1000]
//
// Same arguments -> same database content (ids included): a fixed PRNG, no clock, no threads.
// Events spread over 2015-2024, ten countries weighted like a Middle East conflict dataset, ACLED
// types and sub-types, a few actors per country, and places drawn inside each country's box with
// a unique name, so almost every report is its own canonical event; the tool keeps ingesting until
// the database holds exactly --events canonical events. Prints documents/s and events/s.
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

#include "store/store.h"

namespace {

using rasd::Day;
using rasd::Document;
using rasd::Event;

struct Rng {
  uint64_t s;
  uint64_t Next() {  // splitmix64: the same sequence on every platform and compiler
    uint64_t z = (s += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
  }
  uint64_t Below(uint64_t n) { return Next() % n; }
  double Unit() { return static_cast<double>(Next() >> 11) / 9007199254740992.0; }
};

struct Country {
  const char* name;
  int weight;
  double min_lat, max_lat, min_lon, max_lon;
  std::vector<const char*> admin1;
  std::vector<const char*> actors;
};

const std::vector<Country>& Countries() {
  static const std::vector<Country> c = {
      {"Syria", 30, 32.5, 37.0, 36.0, 42.0, {"Aleppo", "Idleb", "Deir ez-Zor", "Hama", "Homs", "Dara", "Raqqa", "Hasaka"},
       {"Military Forces of Syria", "Syrian Democratic Forces", "Islamic State (Syria)", "Hayat Tahrir al-Sham",
        "Military Forces of Russia", "Military Forces of Turkey", "Civilians (Syria)", "Unidentified Armed Group (Syria)"}},
      {"Yemen", 15, 12.8, 17.5, 43.0, 52.0, {"Taizz", "Marib", "Al Hudaydah", "Sanaa", "Aden", "Al Bayda"},
       {"Military Forces of Yemen", "Ansar Allah", "Southern Transitional Council", "AQAP", "Civilians (Yemen)"}},
      {"Iraq", 12, 29.5, 37.0, 39.0, 48.0, {"Baghdad", "Ninewa", "Anbar", "Diyala", "Kirkuk", "Basrah", "Dhi-Qar"},
       {"Military Forces of Iraq", "Popular Mobilization Forces", "Islamic State (Iraq)", "Protesters (Iraq)",
        "Civilians (Iraq)"}},
      {"Palestine", 10, 31.2, 32.5, 34.2, 35.5, {"Gaza Strip", "Jenin", "Nablus", "Hebron", "Ramallah"},
       {"Military Forces of Israel", "Hamas", "Palestinian Islamic Jihad", "Settlers (Israel)", "Civilians (Palestine)",
        "Protesters (Palestine)"}},
      {"Lebanon", 6, 33.1, 34.6, 35.1, 36.6, {"South", "Nabatieh", "Beirut", "Bekaa", "North"},
       {"Military Forces of Israel", "Hezbollah", "Military Forces of Lebanon", "Protesters (Lebanon)"}},
      {"Libya", 6, 20.0, 33.0, 10.0, 25.0, {"Tripoli", "Benghazi", "Misrata", "Sirte", "Sabha"},
       {"Libyan National Army", "Government of National Unity", "Civilians (Libya)", "Unidentified Armed Group (Libya)"}},
      {"Sudan", 8, 9.0, 22.0, 22.0, 38.0, {"Khartoum", "North Darfur", "West Darfur", "Gezira", "Kordofan"},
       {"Military Forces of Sudan", "Rapid Support Forces", "Civilians (Sudan)", "Protesters (Sudan)"}},
      {"Egypt", 4, 22.0, 31.5, 25.0, 35.0, {"North Sinai", "Cairo", "Giza", "Alexandria"},
       {"Military Forces of Egypt", "Islamic State (Egypt)", "Protesters (Egypt)"}},
      {"Somalia", 6, -1.5, 11.5, 41.0, 51.0, {"Banadir", "Lower Shabelle", "Middle Shabelle", "Bay"},
       {"Military Forces of Somalia", "Al Shabaab", "Civilians (Somalia)"}},
      {"Tunisia", 3, 30.5, 37.3, 7.5, 11.5, {"Tunis", "Sfax", "Kasserine"},
       {"Police Forces of Tunisia", "Protesters (Tunisia)", "Rioters (Tunisia)"}},
  };
  return c;
}

struct Type {
  const char* type;
  const char* sub;
  int weight;
};

const std::vector<Type>& Types() {
  static const std::vector<Type> t = {
      {"Battles", "Armed clash", 20},
      {"Battles", "Government regains territory", 2},
      {"Battles", "Non-state actor overtakes territory", 1},
      {"Explosions/Remote violence", "Shelling/artillery/missile attack", 15},
      {"Explosions/Remote violence", "Air/drone strike", 12},
      {"Explosions/Remote violence", "Remote explosive/landmine/IED", 6},
      {"Explosions/Remote violence", "Suicide bomb", 1},
      {"Violence against civilians", "Attack", 10},
      {"Violence against civilians", "Abduction/forced disappearance", 3},
      {"Protests", "Peaceful protest", 15},
      {"Protests", "Protest with intervention", 3},
      {"Riots", "Violent demonstration", 3},
      {"Riots", "Mob violence", 2},
      {"Strategic developments", "Arrests", 4},
      {"Strategic developments", "Looting/property destruction", 2},
  };
  return t;
}

template <typename T>
const T& Weighted(const std::vector<T>& v, Rng& rng) {
  int total = 0;
  for (const T& x : v) total += x.weight;
  int pick = static_cast<int>(rng.Below(total));
  for (const T& x : v) {
    if ((pick -= x.weight) < 0) return x;
  }
  return v.back();
}

const char* kWords[] = {
    "قالت", "مصادر", "محلية", "إن", "اشتباكات", "عنيفة", "اندلعت", "صباح", "اليوم", "بين", "قوات", "الجيش",
    "ومسلحين", "في", "ريف", "المدينة", "الشرقي", "واستمرت", "ساعات", "قبل", "أن", "تتراجع", "حدتها", "مع",
    "حلول", "المساء", "وأضافت", "القذائف", "سقطت", "على", "أطراف", "البلدة", "وألحقت", "أضرارا", "بعدد", "من",
    "المنازل", "والمحال", "التجارية", "فيما", "نزحت", "عشرات", "العائلات", "نحو", "القرى", "المجاورة", "خشية",
    "تجدد", "القتال", "وأكد", "مسؤول", "المجلس", "فرق", "الإسعاف", "نقلت", "المصابين", "إلى", "المستشفى",
    "الوحيد", "المنطقة", "نقص", "حاد", "الأدوية", "والمعدات", "الطبية", "منذ", "أشهر", "ولم", "تصدر", "الجهات",
    "الرسمية", "أي", "بيان", "حول", "حصيلة", "حتى", "ساعة", "إعداد", "هذا", "التقرير", "بينما", "تحدث", "ناشطون",
    "عن", "تعزيزات", "عسكرية", "وصلت", "ليلا", "محيط", "قادمة", "مركز", "المحافظة", "غارة", "جوية", "طائرة",
    "مسيرة", "استهدفت", "سيارة", "مدنية", "طريق", "رئيسي", "مظاهرة", "احتجاجا", "تردي", "الأوضاع", "المعيشية"};

std::string Arg(int argc, char** argv, const char* name, const char* fallback) {
  for (int i = 1; i + 1 < argc; ++i) {
    if (std::strcmp(argv[i], name) == 0) return argv[i + 1];
  }
  return fallback;
}

}  // namespace

int main(int argc, char** argv) {
  std::string db = Arg(argc, argv, "--db", "");
  if (db.empty() || argc % 2 == 0) {
    std::fprintf(stderr,
                 "usage: store_synth --db PATH|postgresql://... --events N [--seed S] [--per-doc K] [--words W] "
                 "[--batch B]\n");
    return 2;
  }
  const int64_t target = std::atoll(Arg(argc, argv, "--events", "100000").c_str());
  const uint64_t seed = std::strtoull(Arg(argc, argv, "--seed", "1").c_str(), nullptr, 10);
  const int per_doc = std::max(1, std::atoi(Arg(argc, argv, "--per-doc", "2").c_str()));
  const int words = std::max(0, std::atoi(Arg(argc, argv, "--words", "40").c_str()));
  const int batch = std::max(1, std::atoi(Arg(argc, argv, "--batch", "1000").c_str()));

  auto opened = rasd::store::Store::Open(db);
  if (!opened.ok()) {
    std::fprintf(stderr, "store_synth: %s\n", opened.status().ToString().c_str());
    return 1;
  }
  rasd::store::Store& store = **opened;
  auto existing = store.Count({});
  if (!existing.ok() || *existing != 0) {
    std::fprintf(stderr, "store_synth: %s must be a new, empty database\n", db.c_str());
    return 1;
  }

  Rng rng{seed};
  const Day first = *Day::Parse("2015-01-01");
  const int days = 3653;  // through 2024-12-31
  int64_t canonical = 0, docs = 0, reports = 0, place_serial = 0;
  auto start = std::chrono::steady_clock::now();
  while (canonical < target) {
    std::vector<Document> batch_docs;
    int64_t planned = canonical;
    while (static_cast<int>(batch_docs.size()) < batch && planned < target) {
      Document d;
      d.id = "synth-" + std::to_string(docs++);
      d.source = "synthetic.example";
      d.url = "https://synthetic.example/" + d.id;
      Day day = first.AddDays(static_cast<int32_t>(rng.Below(days)));
      d.published = day.AddDays(static_cast<int32_t>(rng.Below(2)));
      d.title = "تقرير رقم " + std::to_string(docs);
      for (int w = 0; w < words; ++w) {
        d.text += kWords[rng.Below(sizeof kWords / sizeof kWords[0])];
        d.text += w % 12 == 11 ? "، " : " ";
      }
      d.text += std::to_string(docs);
      int n = static_cast<int>(std::min<int64_t>(1 + rng.Below(per_doc * 2 - 1), target - planned));
      for (int k = 0; k < n; ++k) {
        const Country& c = Weighted(Countries(), rng);
        const Type& t = Weighted(Types(), rng);
        Event e;
        e.event_type = t.type;
        e.sub_event_type = t.sub;
        e.date = day.AddDays(-static_cast<int32_t>(rng.Below(2)));
        e.date_precision = rng.Below(10) == 0 ? 2 : 1;
        e.actor1 = c.actors[rng.Below(c.actors.size())];
        if (rng.Below(3)) e.actor2 = c.actors[rng.Below(c.actors.size())];
        if (e.actor2 == e.actor1) e.actor2.clear();
        e.location = "موقع " + std::to_string(++place_serial);
        e.country = c.name;
        e.admin1 = c.admin1[rng.Below(c.admin1.size())];
        e.lat = c.min_lat + rng.Unit() * (c.max_lat - c.min_lat);
        e.lon = c.min_lon + rng.Unit() * (c.max_lon - c.min_lon);
        e.geo_precision = 1 + static_cast<int>(rng.Below(3));
        uint64_t f = rng.Below(100);
        e.fatalities = f < 55 ? 0 : f < 85 ? 1 + static_cast<int64_t>(rng.Below(5)) : static_cast<int64_t>(rng.Below(60));
        if (rng.Below(3) == 0) e.injured = static_cast<int64_t>(rng.Below(20));
        e.evidence = "أفادت مصادر بوقوع " + std::string(t.sub) + " في " + e.location;
        e.confidence = 0.55 + 0.45 * rng.Unit();
        d.events.push_back(std::move(e));
      }
      planned += n;
      batch_docs.push_back(std::move(d));
    }
    std::vector<const Document*> ptrs;
    for (const Document& d : batch_docs) ptrs.push_back(&d);
    auto r = store.IngestBatch(ptrs);
    if (!r.ok()) {
      std::fprintf(stderr, "store_synth: %s\n", r.status().ToString().c_str());
      return 1;
    }
    for (const auto& o : *r) {
      canonical += o.new_events;
      reports += o.new_events + o.merged_events;
    }
  }
  double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  std::printf("%s: %lld documents, %lld reports, %lld canonical events in %.1f s: %.0f documents/s, %.0f events/s\n",
              db.c_str(), static_cast<long long>(docs), static_cast<long long>(reports),
              static_cast<long long>(canonical), secs, docs / secs, reports / secs);
  return 0;
}
