// `rasd geocode TEXT|FILE`: every place mention of an article with the gazetteer entry chosen for it, the
// runner-up candidates, and the evidence that decided (the article's countries and what voted for them,
// spatial coherence, plausibility, the event place choice). The decisions are recorded by the pipeline's
// own code through geo::PlaceTrace while the article is processed, so this shows what `rasd extract`
// does.
#include <sys/stat.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <iostream>
#include <memory>
#include <sstream>

#include "command.h"
#include "export/json_writer.h"
#include "geo/gazetteer.h"
#include "geo/place_trace.h"

namespace rasd::cli {
namespace {

struct GeocodeOptions {
  CommonOptions common;
  std::string published;
  bool json = false;
  int max_candidates = 4;
  std::vector<std::string> inputs;
};

const char* TypeName(geo::PlaceType t) {
  switch (t) {
    case geo::PlaceType::kCountry: return "country";
    case geo::PlaceType::kAdmin1: return "admin1";
    case geo::PlaceType::kAdmin2: return "admin2";
    case geo::PlaceType::kLocality: return "locality";
    case geo::PlaceType::kNeighbourhood: return "neighbourhood";
    case geo::PlaceType::kSite: return "site";
    case geo::PlaceType::kRegion: return "region";
  }
  return "?";
}

std::string HintNames(int32_t aux) {
  std::string s;
  auto add = [&](const char* name) { s += s.empty() ? name : std::string(" ") + name; };
  if (aux & geo::kPlaceTypeWord) add("type-word");
  if (aux & geo::kPlaceDefiniteType) add("definite-type-word");
  if (aux & geo::kPlaceAdminWord) add("admin-word");
  if (aux & geo::kPlaceSettlementWord) add("settlement-word");
  if (aux & geo::kPlaceNear) add("near");
  if (aux & geo::kPlacePreposition) add("preposition");
  return s;
}

std::string Json(std::string_view s) {
  std::string out;
  exporter::AppendJsonString(s, out);
  return out;
}

// Prints one article's place mentions (text or one JSON line) and clears the trace for the next.
class Printer {
 public:
  Printer(const GeocodeOptions& o, const geo::Gazetteer* gaz) : o_(o), gaz_(gaz) {}

  void Print(const Document& doc, geo::PlaceTrace& trace) {
    std::ostringstream out;
    const std::vector<std::string_view> hints = HintViews(trace);
    if (o_.json) {
      out << "{\"id\":" << Json(doc.id) << ",\"countries\":[";
      for (size_t i = 0; i < trace.countries.size(); ++i) {
        const auto& c = trace.countries[i];
        out << (i ? "," : "") << "{\"code\":" << Json(c.code) << ",\"score\":" << c.score
            << ",\"evidence\":" << Json(c.evidence) << "}";
      }
      out << "],\"places\":[";
    } else {
      out << "# " << doc.id << "\ncountries:";
      for (const auto& c : trace.countries) out << " " << c.code << " " << c.score << " (" << c.evidence << ");";
      if (trace.countries.empty()) out << " none";
      out << "\n";
    }
    bool first = true;
    for (size_t mi = 0; mi < doc.mentions.size(); ++mi) {
      const Mention& m = doc.mentions[mi];
      if (m.kind != MentionKind::kPlace) continue;
      const geo::PlaceDecision* d = nullptr;
      for (const geo::PlaceDecision& x : trace.decisions) {
        if (x.mention == mi) d = &x;
      }
      const geo::PlaceTrace::EventPlace* event = nullptr;
      for (const auto& e : trace.event_places) {
        if (e.mention == mi) event = &e;
      }
      PrintMention(doc, m, d, event, hints, first, out);
      first = false;
    }
    if (o_.json) out << "]}\n";
    std::cout << out.str();
    trace = geo::PlaceTrace();
  }

 private:
  static std::vector<std::string_view> HintViews(const geo::PlaceTrace& trace) {
    std::vector<std::string_view> v;
    for (const auto& c : trace.countries) v.push_back(c.code);
    return v;
  }

  void PrintEntry(uint32_t id, std::ostringstream& out) const {
    const geo::Place p = gaz_->Get(id);
    if (o_.json) {
      out << "{\"id\":" << id << ",\"name_ar\":" << Json(p.name_ar) << ",\"name_en\":" << Json(p.name_en)
          << ",\"country\":" << Json(p.country) << ",\"country_code\":" << Json(p.country_code)
          << ",\"admin1\":" << Json(p.admin1) << ",\"admin1_ar\":" << Json(p.admin1_ar) << ",\"lat\":" << p.lat
          << ",\"lon\":" << p.lon << ",\"type\":\"" << TypeName(p.type) << "\",\"population\":" << p.population
          << "}";
    } else {
      out << "#" << id << " " << p.name_ar << " / " << p.name_en << " — " << p.country << ", " << p.admin1 << " ("
          << p.admin1_ar << ") " << p.lat << "," << p.lon << " " << TypeName(p.type) << " pop " << p.population;
    }
  }

  void PrintMention(const Document& doc, const Mention& m, const geo::PlaceDecision* d,
                    const geo::PlaceTrace::EventPlace* event, const std::vector<std::string_view>& hints, bool first,
                    std::ostringstream& out) const {
    const ByteSpan span = doc.norm.OriginalSpan(m.begin, m.end);
    const std::string_view text = std::string_view(doc.text).substr(span.begin, span.end - span.begin);
    std::vector<std::string> why;
    if (!d) why.push_back("not resolved: no event sentence uses it, or no gazetteer");
    else why = d->why;
    const uint32_t chosen = d ? d->chosen : UINT32_MAX;
    std::vector<geo::Gazetteer::RankedCandidate> ranked;
    if (gaz_) ranked = gaz_->RankCandidates(m.ref, hints, m.aux);
    if (d && d->resolved != UINT32_MAX && !ranked.empty()) {
      const auto& top = ranked.front();
      std::string reason = top.country_hint >= 0 ? "country context: " + std::string(hints[top.country_hint]) +
                                                       " (hint " + std::to_string(top.country_hint + 1) + " of " +
                                                       std::to_string(hints.size()) + ")"
                                                 : std::string("no candidate in the article's countries");
      if (top.admin_asked) reason += "; the type word names an admin unit";
      reason += "; then type and population (static rank " + std::to_string(top.static_rank + 1) + " of " +
                std::to_string(ranked.size()) + ")";
      why.insert(why.begin(), reason);
    }
    if (event) {
      why.push_back("event place, geo precision " + std::to_string(event->geo_precision) +
                    (event->inherited ? " (inherited by a sentence without its own place)" : ""));
    }
    if (o_.json) {
      out << (first ? "" : ",") << "{\"text\":" << Json(text) << ",\"span\":[" << span.begin << "," << span.end
          << "],\"sentence\":" << doc.tokens[m.tok_begin].sentence << ",\"hints\":" << Json(HintNames(m.aux))
          << ",\"kept\":" << (d && d->kept ? "true" : "false") << ",\"chosen\":";
      if (chosen != UINT32_MAX && gaz_) PrintEntry(chosen, out);
      else out << "null";
      out << ",\"candidates\":[";
      int shown = 0;
      for (const auto& c : ranked) {
        if (c.place == chosen || shown >= o_.max_candidates) continue;
        out << (shown++ ? "," : "") << "{\"entry\":";
        PrintEntry(c.place, out);
        out << ",\"country_hint\":" << c.country_hint << ",\"admin_asked\":" << (c.admin_asked ? "true" : "false")
            << ",\"static_rank\":" << c.static_rank << "}";
      }
      out << "],\"event_precision\":";
      if (event) out << event->geo_precision;
      else out << "null";
      out << ",\"why\":[";
      for (size_t i = 0; i < why.size(); ++i) out << (i ? "," : "") << Json(why[i]);
      out << "]}";
      return;
    }
    out << "\"" << text << "\" [" << span.begin << "," << span.end << ") sentence "
        << doc.tokens[m.tok_begin].sentence;
    if (m.aux) out << "  hints: " << HintNames(m.aux);
    out << "\n  chosen: ";
    if (chosen != UINT32_MAX && gaz_) PrintEntry(chosen, out);
    else out << "none";
    out << "\n";
    for (const std::string& w : why) out << "  why: " << w << "\n";
    int shown = 0;
    for (const auto& c : ranked) {
      if (c.place == chosen || shown >= o_.max_candidates) continue;
      ++shown;
      out << "  runner-up: ";
      PrintEntry(c.place, out);
      out << "  [country hint " << (c.country_hint >= 0 ? std::to_string(c.country_hint + 1) : "-")
          << (c.admin_asked ? ", admin asked" : "") << ", static rank " << c.static_rank + 1 << "]\n";
    }
  }

  const GeocodeOptions& o_;
  const geo::Gazetteer* gaz_;
};

bool IsFile(const std::string& path) {
  struct stat st;
  return path == "-" || ::stat(path.c_str(), &st) == 0;
}

// An argument that is not an existing file is geocoded as text, unless it can only be a path (one word
// with a slash or an article file's extension): then a mistyped file name is an error, not an article.
bool LooksLikePath(const std::string& arg) {
  if (arg.empty() || arg.find_first_of(" \t\n") != std::string::npos) return false;
  if (arg.find('/') != std::string::npos) return true;
  for (std::string_view ext : {".txt", ".jsonl", ".json", ".html", ".htm", ".warc", ".gz"}) {
    if (arg.size() > ext.size() && std::string_view(arg).substr(arg.size() - ext.size()) == ext) return true;
  }
  return false;
}

int RunGeocode(const GeocodeOptions& o) {
  // The entries are read from the same index the pipeline maps (a second read-only map of one file).
  std::optional<geo::Gazetteer> gaz;
  const std::string data_dir = FindDataDir(o.common.data_dir);
  if (!data_dir.empty()) {
    const std::string index = o.common.gazetteer.empty() ? DefaultGazetteerIndex() : o.common.gazetteer;
    Result<geo::Gazetteer> g = geo::Gazetteer::Open(data_dir, index, FindDictDir(o.common.dict_dir));
    if (g.ok()) gaz.emplace(std::move(*g));
  }
  if (!gaz) std::cerr << "rasd geocode: note: no gazetteer: mentions are listed without entries\n";
  Printer printer(o, gaz ? &*gaz : nullptr);
  geo::PlaceTrace trace;
  geo::ScopedPlaceTrace scope(&trace);

  std::vector<std::string> files;
  std::vector<std::string> texts;
  int code = 0;
  for (const std::string& in : o.inputs) {
    if (IsFile(in)) {
      files.push_back(in);
    } else if (LooksLikePath(in)) {
      std::cerr << "rasd geocode: " << in << ": cannot read: " << std::strerror(errno) << "\n";
      code = kExitInputErrors;
    } else {
      texts.push_back(in);
    }
  }
  if (!texts.empty()) {
    ingest::ReaderOptions reader_options;
    if (!ReaderOptionsFor("geocode", o.common, o.published, reader_options)) return kExitSetup;
    std::optional<Pipeline> pipeline = CreatePipeline("geocode", o.common);
    if (!pipeline) return kExitSetup;
    for (size_t i = 0; i < texts.size(); ++i) {
      Document doc;
      doc.id = "text-" + std::to_string(i + 1);
      doc.text = texts[i];
      if (!o.published.empty()) doc.published = Day::Parse(o.published);
      pipeline->Process(doc);
      printer.Print(doc, trace);
    }
  }
  if (!files.empty()) {
    const int files_code =
        ProcessAll("geocode", o.common, o.published, files, [&](const Document& doc) { printer.Print(doc, trace); });
    if (files_code != 0) code = files_code;
  }
  return code;
}

}  // namespace

void RegisterGeocodeCommand(CLI::App& app, int* exit_code) {
  auto options = std::make_shared<GeocodeOptions>();
  CLI::App* cmd = app.add_subcommand(
      "geocode", "each place mention with its gazetteer entry, the runner-up candidates and why");
  AddCommon(cmd, options->common);
  AddReaderLimits(cmd, options->common);
  cmd->add_option("--published", options->published, "publication date YYYY-MM-DD for articles that give none");
  cmd->add_flag("--json", options->json, "one JSON object per article");
  cmd->add_option("--candidates", options->max_candidates, "runner-up candidates shown per mention (default 4)");
  cmd->add_option("inputs", options->inputs,
                  "Arabic text (when not an existing file), a .txt/.jsonl article file, or - for standard input")
      ->required();
  cmd->callback([options, exit_code] { *exit_code = RunGeocode(*options); });
}

}  // namespace rasd::cli
