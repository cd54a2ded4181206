// Stage `store`: query latency on a database built by store_synth (p50/p99/max per query kind).
//
//   store_synth --db /tmp/synth.db --events 1000000 && store_bench --db /tmp/synth.db [--iterations 200]
//
// Each kind runs with varying, deterministic arguments (countries, months, boxes), so caches other
// than SQLite's page cache do not help, except where said ("cached" rows repeat one request).
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <functional>
#include <string>
#include <vector>

#include "store/store.h"

namespace {

using rasd::Day;
using rasd::store::EventFilter;
using rasd::store::Store;

const char* kCountries[] = {"Syria", "Yemen", "Iraq", "Palestine", "Lebanon", "Libya", "Sudan", "Egypt", "Somalia", "Tunisia"};

std::string Arg(int argc, char** argv, const char* name, const char* fallback) {
  for (int i = 1; i + 1 < argc; ++i) {
    if (std::strcmp(argv[i], name) == 0) return argv[i + 1];
  }
  return fallback;
}

EventFilter CountryMonth(int i) {
  EventFilter f;
  f.country = kCountries[i % 10];
  int year = 2015 + (i / 10) % 10, month = 1 + (i * 7) % 12;
  f.from = Day::FromYmd(year, month, 1);
  f.to = (month == 12 ? *Day::FromYmd(year + 1, 1, 1) : *Day::FromYmd(year, month + 1, 1)).AddDays(-1);
  return f;
}

void Report(const char* name, std::vector<double> ms) {
  std::sort(ms.begin(), ms.end());
  auto pct = [&](double p) { return ms[std::min(ms.size() - 1, static_cast<size_t>(p * ms.size()))]; };
  std::printf("%-44s n=%-5zu p50 %8.2f ms   p99 %8.2f ms   max %8.2f ms\n", name, ms.size(), pct(0.5), pct(0.99),
              ms.back());
}

}  // namespace

int main(int argc, char** argv) {
  std::string db = Arg(argc, argv, "--db", "");
  if (db.empty()) {
    std::fprintf(stderr, "usage: store_bench --db PATH|postgresql://... [--iterations N]\n");
    return 2;
  }
  const int n = std::max(1, std::atoi(Arg(argc, argv, "--iterations", "200").c_str()));
  auto opened = Store::Open(db);
  if (!opened.ok()) {
    std::fprintf(stderr, "store_bench: %s\n", opened.status().ToString().c_str());
    return 1;
  }
  std::unique_ptr<Store> store = std::move(*opened);
  auto total = store->Count({});
  if (!total.ok()) {
    std::fprintf(stderr, "store_bench: %s\n", total.status().ToString().c_str());
    return 1;
  }
  std::printf("%s: %lld canonical events\n", db.c_str(), static_cast<long long>(*total));

  auto run = [&](const char* name, int iterations, const std::function<bool(int)>& fn) {
    fn(0);  // warm-up
    std::vector<double> ms;
    for (int i = 0; i < iterations; ++i) {
      auto t0 = std::chrono::steady_clock::now();
      if (!fn(i)) {
        std::fprintf(stderr, "store_bench: %s failed\n", name);
        std::exit(1);
      }
      ms.push_back(std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count());
    }
    Report(name, ms);
  };

  run("Query country+month, limit 100", n, [&](int i) { return store->Query(CountryMonth(i)).ok(); });
  run("Count country+month", n, [&](int i) { return store->Count(CountryMonth(i)).ok(); });
  run("Query country+month+type, limit 100", n, [&](int i) {
    EventFilter f = CountryMonth(i);
    f.event_type = i % 2 ? "Battles" : "Air/drone strike";
    return store->Query(f).ok();
  });
  run("Query bbox 1x1 degree, limit 100", n, [&](int i) {
    EventFilter f;
    double lat = 33 + (i % 4), lon = 36 + (i % 5);
    f.bbox = rasd::store::BBox{lon, lat, lon + 1, lat + 1};
    return store->Query(f).ok();
  });
  run("Query actor+year, limit 100", n, [&](int i) {
    EventFilter f;
    f.actor = i % 2 ? "Hamas" : "Syrian Democratic Forces";
    f.from = Day::FromYmd(2015 + i % 10, 1, 1);
    f.to = Day::FromYmd(2015 + i % 10, 12, 31);
    return store->Query(f).ok();
  });
  run("Query text (location) + country+month", n, [&](int i) {
    EventFilter f = CountryMonth(i);
    f.text = "موقع 1";
    return store->Query(f).ok();
  });
  run("Query text only (scans search_text)", std::min(n, 20), [&](int i) {
    EventFilter f;
    f.text = "موقع " + std::to_string(1000 + i * 37);
    return store->Query(f).ok();
  });
  run("Query newest 100, no filter", n, [&](int) { return store->Query({}).ok(); });
  run("Count all", std::min(n, 20), [&](int) { return store->Count({}).ok(); });
  run("GetEvent with sources", n, [&](int i) { return store->GetEvent(1 + (i * 7919) % *total).ok(); });
  run("GetStats country+month", n, [&](int i) { return store->GetStats(CountryMonth(i)).ok(); });
  run("GetStats country+year", std::min(n, 100), [&](int i) {
    EventFilter f;
    f.country = kCountries[i % 10];
    f.from = Day::FromYmd(2015 + (i / 10) % 10, 1, 1);
    f.to = Day::FromYmd(2015 + (i / 10) % 10, 12, 31);
    return store->GetStats(f).ok();
  });
  run("GetStats all, first call (new Store each)", std::min(n, 5), [&](int) {
    auto s = Store::Open(db);
    return s.ok() && (*s)->GetStats({}).ok();
  });
  run("GetStats all, cached (same request)", n, [&](int) { return store->GetStats({}).ok(); });
  return 0;
}
