// Maintenance tool for the geo stage (not part of the product CLI):
//
//   geo_tool build    DATA INDEX              build the index, print time and size
//   geo_tool open     DATA INDEX              time Open (mmap) on an existing index
//   geo_tool lookup   DATA INDEX PHRASE [CC]  candidates of a name, best first (CC: country hints)
//   geo_tool annotate DATA INDEX TEXT         place mentions in a text, with hints and resolution
//   geo_tool coverage DATA INDEX GOLD.jsonl... share of gold locations found within 5 km
//   geo_tool stats    DATA INDEX CORPUS.jsonl...  per-name match counts, for deriving stop_names.tsv
//   geo_tool ner      DATA INDEX NER.txt...   per-name counts of NER tags (place / person / other) in
//                                            "token TAG" files, for deriving stop_names.tsv
//   geo_tool clusters DATA INDEX [N]        build the index and list N settlement clusters (bare town
//                                            name moved to stand for its parts), with their count
//   geo_tool capitals DATA INDEX            build the index and list the adjectives that name a capital
//                                            after "العاصمة" ("التونسيه TN Tunis")
//   geo_tool speed    DATA INDEX CORPUS.jsonl  Annotate throughput (MB/s of article text)
//   geo_tool precision DATA INDEX GOLD.jsonl... emitted place mentions per article, the share that are a
//                                            gold location of their article, and the most frequent others
//                                            with an example context (on a corpus without events: all)
#include <chrono>
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <map>
#include <string>
#include <vector>

#include <simdjson.h>

#include "geo/gazetteer.h"
#include "geo/index_builder.h"
#include "geo/sources.h"
#include "text/normalizer.h"
#include "text/tokenizer.h"
#include "geo/distance.h"

namespace {

using rasd::Document;
using rasd::Mention;
using rasd::MentionKind;
using rasd::geo::Gazetteer;
using rasd::geo::Place;
using Clock = std::chrono::steady_clock;

double Ms(Clock::time_point a, Clock::time_point b) {
  return std::chrono::duration<double, std::milli>(b - a).count();
}

using rasd::geo::DistanceKm;

Document MakeDoc(std::string_view text) {
  Document doc;
  doc.text = std::string(text);
  doc.norm = rasd::text::Normalize(doc.text);
  rasd::text::Tokenize(doc);
  return doc;
}

const char* TypeName(rasd::geo::PlaceType t) {
  static const char* kNames[] = {"country", "admin1", "admin2", "locality", "neighbourhood", "site", "region"};
  return kNames[static_cast<int>(t)];
}

std::string HintNames(int32_t aux) {
  std::string s;
  if (aux & rasd::geo::kPlaceTypeWord) s += "type ";
  if (aux & rasd::geo::kPlaceNear) s += "near ";
  if (aux & rasd::geo::kPlacePreposition) s += "prep ";
  if (aux & rasd::geo::kPlaceAdminWord) s += "admin ";
  if (aux & rasd::geo::kPlaceSuppressed) s += "SUPPRESSED ";
  return s;
}

void PrintPlace(const Gazetteer& g, uint32_t id) {
  Place p = g.Get(id);
  std::printf("  #%u %s %.*s / %.*s  %.*s, %.*s  (%.4f, %.4f) pop %lld\n", id, TypeName(p.type),
              static_cast<int>(p.name_ar.size()), p.name_ar.data(), static_cast<int>(p.name_en.size()),
              p.name_en.data(), static_cast<int>(p.admin1.size()), p.admin1.data(),
              static_cast<int>(p.country.size()), p.country.data(), p.lat, p.lon,
              static_cast<long long>(p.population));
}

// English country name (as the gold writes it) -> ISO code, from the index's own country entries.
std::map<std::string, std::string, std::less<>> CountryCodes(const Gazetteer& g) {
  std::map<std::string, std::string, std::less<>> codes;
  for (uint32_t id = 0; id < g.size(); ++id) {
    Place p = g.Get(id);
    if (p.type != rasd::geo::PlaceType::kCountry) break;  // countries come first
    codes[std::string(p.country)] = std::string(p.country_code);
  }
  return codes;
}

// Calls fn(object) for each line of each JSONL file.
template <typename Fn>
bool ForEachJsonLine(const std::vector<std::string>& files, Fn&& fn) {
  simdjson::ondemand::parser parser;
  for (const std::string& f : files) {
    std::ifstream in(f);
    if (!in) {
      std::fprintf(stderr, "cannot read %s\n", f.c_str());
      return false;
    }
    std::string line;
    while (std::getline(in, line)) {
      if (line.empty()) continue;
      simdjson::padded_string padded(line);
      simdjson::ondemand::document doc;
      if (parser.iterate(padded).get(doc)) continue;
      simdjson::ondemand::object obj;
      if (doc.get_object().get(obj)) continue;
      fn(obj);
    }
  }
  return true;
}

struct GoldEvent {
  std::string location, country;
  double lat = 0, lon = 0;
};

struct GoldArticle {
  std::string text;
  std::vector<GoldEvent> events;
};

std::vector<GoldArticle> ReadGold(const std::vector<std::string>& files) {
  std::vector<GoldArticle> out;
  ForEachJsonLine(files, [&](simdjson::ondemand::object& obj) {
    GoldArticle a;
    std::string title;
    for (auto field : obj) {
      std::string_view key, sv;
      if (field.unescaped_key().get(key)) continue;
      if (key == "title" && !field.value().get_string().get(sv)) title = std::string(sv);
      if (key == "text" && !field.value().get_string().get(sv)) a.text = std::string(sv);
      if (key != "events") continue;
      simdjson::ondemand::array events;
      if (field.value().get_array().get(events)) continue;
      for (auto ev : events) {
        simdjson::ondemand::object eo;
        if (ev.get_object().get(eo)) continue;
        GoldEvent e;
        bool has_lat = false;
        for (auto ef : eo) {
          std::string_view ek;
          if (ef.unescaped_key().get(ek)) continue;
          if (ek == "location" && !ef.value().get_string().get(sv)) e.location = std::string(sv);
          if (ek == "country" && !ef.value().get_string().get(sv)) e.country = std::string(sv);
          if (ek == "lat") has_lat = !ef.value().get_double().get(e.lat);
          if (ek == "lon" && ef.value().get_double().get(e.lon)) has_lat = false;
        }
        if (has_lat && !e.location.empty()) a.events.push_back(std::move(e));
      }
    }
    a.text = title + "\n" + a.text;
    out.push_back(std::move(a));
  });
  return out;
}

// Within 5 km of the gold point, by any place mention of the location string resolved with the gold
// country as the only hint. `all`: also count matches Annotate would suppress (the dictionary's reach).
bool Found(const Gazetteer& g, const Document& doc, uint32_t begin, uint32_t end, const GoldEvent& e,
           std::string_view cc, std::string* got) {
  std::string_view hints[] = {cc};
  for (const Mention& m : doc.mentions) {
    if (m.kind != MentionKind::kPlace || m.end <= begin || m.begin >= end) continue;
    uint32_t id = g.Resolve(m.ref, hints, m.aux);
    if (id == UINT32_MAX) continue;
    Place p = g.Get(id);
    double d = DistanceKm(p.lat, p.lon, e.lat, e.lon);
    *got = std::string(g.NameKey(m.ref)) + " -> " + std::string(p.name_en) + " " + std::to_string(d) + " km";
    if (d <= 5) return true;
  }
  return false;
}

int Coverage(const Gazetteer& g, const std::vector<std::string>& files) {
  auto codes = CountryCodes(g);
  int total = 0, dict_hits = 0, context_hits = 0, in_text = 0;
  for (const GoldArticle& a : ReadGold(files)) {
    Document article = MakeDoc(a.text);
    g.Annotate(article);
    for (const GoldEvent& e : a.events) {
      ++total;
      auto code = codes.find(e.country);
      std::string cc = code == codes.end() ? "" : code->second;
      // Dictionary reach: the location string on its own, every match counted.
      Document loc = MakeDoc(e.location);
      g.AnnotateAll(loc);
      std::string got = "(no match)";
      bool dict = Found(g, loc, 0, static_cast<uint32_t>(loc.norm.text.size()), e, cc, &got);
      dict_hits += dict;
      // In context: the same words where the article writes them, through Annotate's suppression.
      // Any of its occurrences counts ("المطلة" is also an adjective in the same article).
      std::string key = rasd::text::Normalize(e.location).text;
      bool context = false;
      std::string got_ctx = "(not in text)";
      size_t at = article.norm.text.find(key);
      if (at != std::string::npos) {
        ++in_text;
        got_ctx = "(suppressed or no match)";
      }
      for (; at != std::string::npos && !context; at = article.norm.text.find(key, at + 1)) {
        context = Found(g, article, static_cast<uint32_t>(at), static_cast<uint32_t>(at + key.size()), e, cc,
                        &got_ctx);
      }
      context_hits += context;
      std::printf("%s %s\t%s\t%s\t%s | %s\n", dict ? "OK  " : "MISS", context ? "ctx" : "---", e.location.c_str(),
                  e.country.c_str(), got.c_str(), got_ctx.c_str());
    }
  }
  std::printf("\ngold locations: %d\nfound within 5 km (dictionary, location string alone): %d (%.1f%%)\n", total,
              dict_hits, 100.0 * dict_hits / std::max(total, 1));
  std::printf("found within 5 km in the article through Annotate: %d of %d written verbatim (%.1f%% of all)\n",
              context_hits, in_text, 100.0 * context_hits / std::max(total, 1));
  return 0;
}

std::vector<std::string> ReadArticles(const std::vector<std::string>& files) {
  std::vector<std::string> texts;
  ForEachJsonLine(files, [&](simdjson::ondemand::object& obj) {
    std::string text;
    for (auto field : obj) {
      std::string_view key, sv;
      if (field.unescaped_key().get(key)) continue;
      if ((key == "title" || key == "text") && !field.value().get_string().get(sv)) {
        text += sv;
        text += '\n';
      }
    }
    texts.push_back(std::move(text));
  });
  return texts;
}

// Per name: how often it matches in a corpus, and how often a cue stands before it. A village name that
// news text writes hundreds of times but never after "قرية"/"في" is a word, not a place.
int Stats(const Gazetteer& g, const std::vector<std::string>& files) {
  struct Count {
    int64_t total = 0, type = 0, prep = 0, near = 0, emitted = 0;
  };
  std::map<int32_t, Count> counts;
  int64_t tokens = 0;
  for (const std::string& text : ReadArticles(files)) {
    Document doc = MakeDoc(text);
    tokens += static_cast<int64_t>(doc.tokens.size());
    g.AnnotateAll(doc);
    for (const Mention& m : doc.mentions) {
      Count& c = counts[m.ref];
      ++c.total;
      c.type += (m.aux & rasd::geo::kPlaceTypeWord) != 0;
      c.prep += (m.aux & rasd::geo::kPlacePreposition) != 0;
      c.near += (m.aux & rasd::geo::kPlaceNear) != 0;
      c.emitted += (m.aux & rasd::geo::kPlaceSuppressed) == 0;
    }
  }
  std::vector<std::pair<int32_t, Count>> rows(counts.begin(), counts.end());
  std::sort(rows.begin(), rows.end(), [](const auto& a, const auto& b) { return a.second.total > b.second.total; });
  std::printf("# corpus tokens: %lld\n# key\ttotal\temitted\ttype_word\tpreposition\tnear\tcandidates\ttop_type\ttop_pop\ttop_en\ttop_cc\n",
              static_cast<long long>(tokens));
  for (const auto& [name, c] : rows) {
    auto cands = g.Candidates(name);
    Place top = cands.empty() ? Place{} : g.Get(cands.front());
    std::printf("%.*s\t%lld\t%lld\t%lld\t%lld\t%lld\t%zu\t%s\t%lld\t%.*s\t%.*s\n",
                static_cast<int>(g.NameKey(name).size()), g.NameKey(name).data(), static_cast<long long>(c.total),
                static_cast<long long>(c.emitted), static_cast<long long>(c.type), static_cast<long long>(c.prep),
                static_cast<long long>(c.near), cands.size(), TypeName(top.type),
                static_cast<long long>(top.population), static_cast<int>(top.name_en.size()), top.name_en.data(),
                static_cast<int>(top.country_code.size()), top.country_code.data());
  }
  return 0;
}

// NER tag families: which tags mean a place, which a person.
bool IsPlaceTag(std::string_view tag) {
  for (std::string_view t : {"LOC", "GPE", "Nation", "Population-Center", "State-or-Province", "Region",
                             "County", "Continent", "Country"}) {
    if (tag.find(t) != std::string_view::npos) return true;
  }
  return false;
}
bool IsPersonTag(std::string_view tag) {
  for (std::string_view t : {"PER", "Politician", "Athlete", "Artist", "Scientist", "Engineer", "Businessman",
                             "Lawyer", "Police", "Military", "Doctor", "Religious", "Journalist", "Educator"}) {
    if (tag.find(t) != std::string_view::npos) return true;
  }
  return false;
}

// Reads "token TAG" lines (space or tab), in chunks of sentences; for every name match, counts whether
// the NER annotators tagged its first token as a place, a person or neither.
int Ner(const Gazetteer& g, const std::vector<std::string>& files) {
  struct Count {
    int64_t total = 0, place = 0, person = 0;
  };
  std::map<int32_t, Count> counts;
  auto flush = [&](std::vector<std::pair<std::string, std::string>>& words) {
    if (words.empty()) return;
    // Each word normalized on its own (some are only a bidi mark and vanish), so that word k starts at
    // starts[k] of the joined text.
    Document doc;
    std::vector<uint32_t> starts;
    std::vector<std::string> tags;
    for (auto& [w, tag] : words) {
      std::string norm = rasd::text::Normalize(w).text;
      if (norm.empty()) continue;
      starts.push_back(static_cast<uint32_t>(doc.norm.text.size()));
      tags.push_back(tag);
      doc.norm.text += norm;
      doc.norm.text += ' ';
    }
    rasd::text::Tokenize(doc);
    g.AnnotateAll(doc);
    for (const Mention& m : doc.mentions) {
      size_t k = std::upper_bound(starts.begin(), starts.end(), m.begin) - starts.begin();
      size_t last = std::upper_bound(starts.begin(), starts.end(), m.end - 1) - starts.begin();
      if (k == 0 || last > tags.size()) continue;
      // A multi-word name counts as a place when any of its words is tagged one ("جنوب لبنان").
      bool place = false, person = false;
      for (size_t w = k - 1; w < last; ++w) {
        place |= IsPlaceTag(tags[w]);
        person |= IsPersonTag(tags[w]);
      }
      Count& c = counts[m.ref];
      ++c.total;
      c.place += place;
      c.person += person;
    }
    words.clear();
  };
  for (const std::string& f : files) {
    std::ifstream in(f);
    std::string line;
    std::vector<std::pair<std::string, std::string>> words;
    while (std::getline(in, line)) {
      size_t sep = line.find_last_of(" \t");
      if (line.empty() || sep == std::string::npos) {
        if (words.size() > 200) flush(words);
        continue;
      }
      words.emplace_back(line.substr(0, sep), line.substr(sep + 1));
      if (words.size() > 400 && (words.back().first == "." || words.size() > 2000)) flush(words);
    }
    flush(words);
  }
  std::printf("# key	ner_total	ner_place	ner_person\n");
  for (const auto& [name, c] : counts) {
    std::printf("%.*s	%lld	%lld	%lld\n", static_cast<int>(g.NameKey(name).size()), g.NameKey(name).data(),
                static_cast<long long>(c.total), static_cast<long long>(c.place), static_cast<long long>(c.person));
  }
  return 0;
}

// The words around a mention, for reading a report: "prev [mention] next".
std::string Context(const Document& doc, const Mention& m) {
  auto word = [&](int64_t j) -> std::string {
    if (j < 0 || j >= static_cast<int64_t>(doc.tokens.size())) return "";
    return std::string(doc.NormView(doc.tokens[j]));
  };
  return word(static_cast<int64_t>(m.tok_begin) - 2) + " " + word(static_cast<int64_t>(m.tok_begin) - 1) + " [" +
         doc.norm.text.substr(m.begin, m.end - m.begin) + "] " + word(m.tok_end) + " " + word(m.tok_end + 1);
}

// Precision, roughly: an emitted mention counts as a gold place when its span overlaps where the article
// writes one of its gold locations, or when it resolves (gold countries as hints) within 5 km of one.
// Country mentions are counted apart: they are seldom an event's location but often right.
int Precision(const Gazetteer& g, const std::vector<std::string>& files, size_t top) {
  auto codes = CountryCodes(g);
  struct Row {
    int64_t count = 0;
    std::string example;
  };
  std::map<std::string, Row> misses;
  int64_t articles = 0, with_events = 0, mentions = 0, mentions_ev = 0, gold_hits = 0, countries_ev = 0;
  for (const GoldArticle& a : ReadGold(files)) {
    ++articles;
    Document doc = MakeDoc(a.text);
    g.Annotate(doc);
    std::vector<std::string> ccs;
    std::vector<std::pair<size_t, size_t>> spans;
    for (const GoldEvent& e : a.events) {
      if (auto c = codes.find(e.country); c != codes.end()) ccs.push_back(c->second);
      std::string key = rasd::text::Normalize(e.location).text;
      if (key.empty()) continue;
      for (size_t at = doc.norm.text.find(key); at != std::string::npos; at = doc.norm.text.find(key, at + 1)) {
        spans.emplace_back(at, at + key.size());
      }
    }
    std::vector<std::string_view> hints(ccs.begin(), ccs.end());
    const bool has_events = !a.events.empty();
    with_events += has_events;
    for (const Mention& m : doc.mentions) {
      if (m.kind != MentionKind::kPlace) continue;
      ++mentions;
      bool gold = false, country = false;
      uint32_t id = g.Resolve(m.ref, hints, m.aux);
      std::string resolved;
      if (id != UINT32_MAX) {
        Place p = g.Get(id);
        resolved = std::string(TypeName(p.type)) + ":" + std::string(p.country_code);
        country = p.type == rasd::geo::PlaceType::kCountry;
        for (const GoldEvent& e : a.events) gold |= !country && DistanceKm(p.lat, p.lon, e.lat, e.lon) <= 5;
      }
      for (auto [b, e] : spans) gold |= m.begin < e && m.end > b;
      if (has_events) {
        ++mentions_ev;
        gold_hits += gold;
        countries_ev += !gold && country;
      }
      if (gold && std::getenv("GOLD_LIST")) std::printf("gold\t%s\n", Context(doc, m).c_str());
      if (gold || country) continue;
      Row& r = misses[std::string(g.NameKey(m.ref))];
      if (r.count++ == 0) {
        const std::string_view tok = doc.NormView(doc.tokens[m.tok_begin]);
        const size_t prefix = m.begin - doc.tokens[m.tok_begin].begin;
        r.example = Context(doc, m) + "\t" + resolved + " " + HintNames(m.aux) + (prefix ? "split:" + std::string(tok.substr(0, prefix)) : "");
      }
    }
  }
  std::vector<std::pair<std::string, Row>> rows(misses.begin(), misses.end());
  std::stable_sort(rows.begin(), rows.end(), [](const auto& a, const auto& b) { return a.second.count > b.second.count; });
  std::printf("# non-gold, non-country mentions by name: count\tkey\texample\n");
  for (size_t i = 0; i < rows.size() && i < top; ++i) {
    std::printf("%lld\t%s\t%s\n", static_cast<long long>(rows[i].second.count), rows[i].first.c_str(),
                rows[i].second.example.c_str());
  }
  std::printf("\narticles: %lld, emitted place mentions: %lld (%.2f per article)\n", static_cast<long long>(articles),
              static_cast<long long>(mentions), static_cast<double>(mentions) / std::max<int64_t>(articles, 1));
  if (with_events) {
    std::printf("articles with gold events: %lld, mentions there: %lld (%.2f per article): gold places %lld (%.1f%%), "
                "countries %lld, other %lld\n",
                static_cast<long long>(with_events), static_cast<long long>(mentions_ev),
                static_cast<double>(mentions_ev) / with_events, static_cast<long long>(gold_hits),
                100.0 * gold_hits / std::max<int64_t>(mentions_ev, 1), static_cast<long long>(countries_ev),
                static_cast<long long>(mentions_ev - gold_hits - countries_ev));
  }
  return 0;
}

int Speed(const Gazetteer& g, const std::vector<std::string>& files) {
  std::vector<Document> docs;
  size_t bytes = 0;
  for (const std::string& text : ReadArticles(files)) {
    docs.push_back(MakeDoc(text));
    bytes += text.size();
  }
  size_t mentions = 0;
  auto t0 = Clock::now();
  for (Document& d : docs) {
    d.mentions.clear();
    g.Annotate(d);
    mentions += d.mentions.size();
  }
  auto t1 = Clock::now();
  double s = Ms(t0, t1) / 1000;
  std::printf("%zu articles, %.1f MB, %zu place mentions, Annotate %.3f s = %.1f MB/s\n", docs.size(), bytes / 1e6,
              mentions, s, bytes / 1e6 / s);
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 4) {
    std::fprintf(stderr, "usage: geo_tool build|open|lookup|annotate|coverage|stats|ner|speed|precision DATA INDEX [args]\n");
    return 2;
  }
  std::string cmd = argv[1], data = argv[2], index = argv[3];
  std::vector<std::string> rest(argv + 4, argv + argc);
  if (cmd == "build") {
    auto t0 = Clock::now();
    rasd::Status s = Gazetteer::Build(data, index);
    auto t1 = Clock::now();
    if (!s.ok()) {
      std::fprintf(stderr, "%s\n", s.ToString().c_str());
      return 1;
    }
    std::ifstream f(index, std::ios::binary | std::ios::ate);
    std::printf("built %s in %.0f ms, %lld bytes\n", index.c_str(), Ms(t0, t1), static_cast<long long>(f.tellg()));
    return 0;
  }
  if (cmd == "clusters" || cmd == "capitals") {
    rasd::geo::SourceSet set;
    rasd::geo::BuildReport report;
    rasd::Status s = rasd::geo::ReadSources(data + "/gazetteer", "", &set);
    if (s.ok()) s = rasd::geo::WriteIndex(std::move(set), index, &report);
    if (!s.ok()) {
      std::fprintf(stderr, "%s\n", s.ToString().c_str());
      return 1;
    }
    if (cmd == "capitals") {
      for (const std::string& line : report.capitals) std::printf("%s\n", line.c_str());
      std::printf("\nadjectives: %zu\n", report.capitals.size());
      return 0;
    }
    size_t n = rest.empty() ? 40 : std::strtoul(rest[0].c_str(), nullptr, 10);
    // Spread the sample over the list (ordered by place id) rather than its head.
    size_t step = std::max<size_t>(1, report.clusters.size() / std::max<size_t>(n, 1));
    for (size_t i = 0; i < report.clusters.size(); i += step) std::printf("%s\n", report.clusters[i].c_str());
    std::printf("\nclusters: %zu\n", report.clusters.size());
    return 0;
  }
  auto t0 = Clock::now();
  rasd::Result<Gazetteer> g = Gazetteer::Open(data, index);
  auto t1 = Clock::now();
  if (!g.ok()) {
    std::fprintf(stderr, "%s\n", g.status().ToString().c_str());
    return 1;
  }
  if (cmd == "open") {
    std::printf("opened in %.3f ms: %zu places, %zu names\n", Ms(t0, t1), g->size(), g->name_count());
    return 0;
  }
  if (cmd == "lookup" && !rest.empty()) {
    int32_t name = g->FindName(rest[0]);
    std::printf("name %d '%.*s'\n", name, static_cast<int>(g->NameKey(name).size()), g->NameKey(name).data());
    for (uint32_t id : g->Candidates(name)) PrintPlace(*g, id);
    std::vector<std::string_view> hints(rest.begin() + 1, rest.end());
    uint32_t best = g->Resolve(name, hints);
    if (best != UINT32_MAX) {
      std::printf("resolved:\n");
      PrintPlace(*g, best);
    }
    return 0;
  }
  if (cmd == "annotate" && !rest.empty()) {
    Document doc = MakeDoc(rest[0]);
    g->AnnotateAll(doc);
    for (const Mention& m : doc.mentions) {
      std::printf("[%u,%u) '%.*s' name '%.*s' %s\n", m.tok_begin, m.tok_end, static_cast<int>(m.end - m.begin),
                  doc.norm.text.data() + m.begin, static_cast<int>(g->NameKey(m.ref).size()),
                  g->NameKey(m.ref).data(), HintNames(m.aux).c_str());
      std::vector<std::string_view> hints(rest.begin() + 1, rest.end());
      PrintPlace(*g, g->Resolve(m.ref, hints, m.aux));
    }
    return 0;
  }
  if (cmd == "coverage") return Coverage(*g, rest);
  if (cmd == "stats") return Stats(*g, rest);
  if (cmd == "speed") return Speed(*g, rest);
  if (cmd == "precision") return Precision(*g, rest, std::getenv("TOP") ? std::atoi(std::getenv("TOP")) : 60);
  if (cmd == "ner") return Ner(*g, rest);
  std::fprintf(stderr, "unknown command or missing arguments: %s\n", cmd.c_str());
  return 2;
}
