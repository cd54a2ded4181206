// `rasd query`: canonical events of the store, filtered, as a table for people or as JSON lines; and
// `--id N --sources`: one event with every report of it, its evidence and why it joined the event.
// Also the event filter options that `rasd export` shares (AddFilterOptions / BuildFilter).
#include <charconv>
#include <cstdio>
#include <filesystem>
#include <iostream>
#include <memory>

#include "command.h"
#include "export/event_jsonl.h"
#include "store/store.h"

namespace rasd::cli {

void AddFilterOptions(CLI::App* cmd, FilterOptions& f) {
  cmd->add_option("--from", f.from, "events on or after this day (YYYY-MM-DD)");
  cmd->add_option("--to", f.to, "events on or before this day (YYYY-MM-DD)");
  cmd->add_option("--country", f.country, "country, English as in events (Syria)");
  cmd->add_option("--admin1", f.admin1, "province / governorate, English or Arabic");
  cmd->add_option("--bbox", f.bbox, "minlon,minlat,maxlon,maxlat");
  cmd->add_option("--type", f.type, "event type or sub-event type (Battles, Air/drone strike)");
  cmd->add_option("--actor", f.actor, "canonical actor name (actor1 or actor2)");
  cmd->add_option("--text", f.text, "substring of the place, the actors or the evidence (Arabic spelling variants, diacritics and case ignored)");
  cmd->add_option("--limit", f.limit, "at most this many events (0 = all)");
  cmd->add_option("--offset", f.offset, "skip this many events first");
}

namespace {

bool ParseDay(const char* command, const char* flag, const std::string& s, std::optional<Day>* out) {
  if (s.empty()) return true;
  *out = Day::Parse(s);
  if (!*out || s.size() != 10) {
    std::cerr << "rasd " << command << ": " << flag << " must be YYYY-MM-DD, got \"" << s << "\"\n";
    return false;
  }
  return true;
}

bool ParseBBox(const char* command, const std::string& s, store::BBox* out) {
  double v[4];
  size_t at = 0;
  for (int i = 0; i < 4; ++i) {
    size_t comma = i < 3 ? s.find(',', at) : s.size();
    if (comma == std::string::npos) break;
    const char* b = s.data() + at;
    const char* e = s.data() + comma;
    while (b < e && *b == ' ') ++b;
    auto [ptr, ec] = std::from_chars(b, e, v[i]);
    if (ec != std::errc() || ptr != e) break;
    at = comma + 1;
    if (i == 3) {
      if (v[0] < -180 || v[2] > 180 || v[1] < -90 || v[3] > 90 || v[0] > v[2] || v[1] > v[3]) break;
      *out = {v[0], v[1], v[2], v[3]};
      return true;
    }
  }
  std::cerr << "rasd " << command << ": --bbox must be minlon,minlat,maxlon,maxlat within -180..180 and -90..90, got \""
            << s << "\"\n";
  return false;
}

}  // namespace

bool BuildFilter(const char* command, const FilterOptions& f, store::EventFilter* out) {
  if (!ParseDay(command, "--from", f.from, &out->from) || !ParseDay(command, "--to", f.to, &out->to)) return false;
  if (!f.bbox.empty()) {
    store::BBox box;
    if (!ParseBBox(command, f.bbox, &box)) return false;
    out->bbox = box;
  }
  if (f.limit < 0 || f.offset < 0) {
    std::cerr << "rasd " << command << ": --limit and --offset must not be negative\n";
    return false;
  }
  out->country = f.country;
  out->admin1 = f.admin1;
  out->event_type = f.type;
  out->actor = f.actor;
  out->text = f.text;
  out->limit = f.limit;
  out->offset = f.offset;
  return true;
}

Result<std::unique_ptr<store::Store>> OpenStoreForReading(const std::string& db) {
  // Reading must not create an empty database where the user mistyped a path.
  if (db.find("://") == std::string::npos && !std::filesystem::exists(db)) {
    return Status::NotFound(db + ": no such database (rasd ingest --db " + db + " creates it)");
  }
  Result<std::unique_ptr<store::Store>> s = store::Store::Open(db);
  if (!s.ok()) return Status::IOError(db + ": " + s.status().ToString());
  return s;
}

namespace {

// Display width in a terminal: code points, less Arabic diacritics and other combining marks.
size_t DisplayWidth(std::string_view s) {
  size_t w = 0;
  for (size_t i = 0; i < s.size(); ++i) {
    auto c = static_cast<unsigned char>(s[i]);
    if ((c & 0xC0) == 0x80) continue;
    if (c == 0xD9 && i + 1 < s.size()) {
      auto c2 = static_cast<unsigned char>(s[i + 1]);
      if (c2 >= 0x8B && c2 <= 0x9F) continue;  // U+064B..U+065F harakat
    }
    if (c == 0xD9 && i + 1 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0x80) continue;  // tatweel
    ++w;
  }
  return w;
}

// `s` cut to `width` columns (with an ellipsis) and padded to it.
std::string Cell(std::string_view s, size_t width) {
  std::string out;
  if (DisplayWidth(s) > width) {
    size_t w = 0, i = 0;
    for (; i < s.size(); ++i) {
      auto c = static_cast<unsigned char>(s[i]);
      if ((c & 0xC0) != 0x80) {
        if (w + 1 >= width) break;
        if (DisplayWidth(s.substr(i, c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1)) > 0) ++w;
      }
    }
    out.assign(s.substr(0, i));
    out += "…";
  } else {
    out.assign(s);
  }
  out.append(width - std::min(width, DisplayWidth(out)), ' ');
  return out;
}

std::string Place(const Event& e) {
  std::string p = e.location;
  for (const std::string* part : {&e.admin1, &e.country}) {
    if (part->empty() || *part == e.location) continue;
    if (!p.empty()) p += ", ";
    p += *part;
  }
  return p;
}

void PrintTable(const std::vector<store::StoredEvent>& events, int64_t total, const store::EventFilter& filter) {
  std::string out;
  out += Cell("id", 6) + "  " + Cell("date", 10) + "  " + Cell("type", 26) + "  " + Cell("actor1", 28) + "  " +
         Cell("actor2", 28) + "  " + Cell("place", 34) + "  " + Cell("killed", 6) + "  src\n";
  for (const store::StoredEvent& s : events) {
    const Event& e = s.event;
    out += Cell(std::to_string(s.id), 6) + "  " + Cell(e.date ? e.date->ToString() : "-", 10) + "  " +
           Cell(e.sub_event_type, 26) + "  " + Cell(e.actor1.empty() ? "-" : e.actor1, 28) + "  " +
           Cell(e.actor2.empty() ? "-" : e.actor2, 28) + "  " + Cell(Place(e), 34) + "  " +
           Cell(std::to_string(e.fatalities), 6) + "  " + std::to_string(s.source_count) + "\n";
  }
  int64_t first = events.empty() ? 0 : filter.offset + 1;
  out += "(" + (events.empty() ? std::string("no events") : std::to_string(first) + "-" +
                                                                 std::to_string(filter.offset + static_cast<int64_t>(events.size()))) +
         " of " + std::to_string(total) + " events)\n";
  std::fwrite(out.data(), 1, out.size(), stdout);
}

std::string Opt(const std::optional<int64_t>& v) { return v ? std::to_string(*v) : "-"; }

void PrintEventFields(const Event& e, const std::string& indent, std::string& out) {
  char coords[96] = "no coordinates";
  if (e.lat && e.lon) std::snprintf(coords, sizeof coords, "%.4f, %.4f", *e.lat, *e.lon);
  out += indent + "type        " + e.event_type + " / " + e.sub_event_type + "\n";
  out += indent + "date        " + (e.date ? e.date->ToString() : "-") + " (precision " +
         std::to_string(e.date_precision) + ")\n";
  out += indent + "actors      " + (e.actor1.empty() ? "-" : e.actor1) + " -> " + (e.actor2.empty() ? "-" : e.actor2) + "\n";
  out += indent + "place       " + (Place(e).empty() ? "-" : Place(e)) + " (" + coords + "; precision " +
         std::to_string(e.geo_precision) + ")\n";
  // A vague toll is the GUIDELINES value of an unnumbered report ("قتلى" 3, "عشرات" 10): the canonical toll
  // is the lowest credible numbered one (docs/storage.md).
  out += indent + "fatalities  " + std::to_string(e.fatalities) + (e.fatalities_vague ? " (vague, no figure)" : "") +
         ", injured " + Opt(e.injured) + "\n";
}

void PrintEventWithSources(const store::StoredEvent& s, bool with_sources) {
  std::string out = "event " + std::to_string(s.id) + " (" + std::to_string(s.source_count) +
                    (s.source_count == 1 ? " report" : " reports") + ")\n";
  PrintEventFields(s.event, "  ", out);
  if (!with_sources) {
    out += "  evidence    " + s.event.evidence + "\n";
  } else {
    for (size_t i = 0; i < s.sources.size(); ++i) {
      const store::EventSource& src = s.sources[i];
      out += "\n[" + std::to_string(i + 1) + "] " + src.doc_id;
      if (!src.source.empty()) out += " | " + src.source;
      if (src.published) out += " | " + src.published->ToString();
      out += "\n";
      if (!src.title.empty()) out += "    title       " + src.title + "\n";
      if (!src.url.empty()) out += "    url         " + src.url + "\n";
      out += "    evidence    " + src.event.evidence + "\n";
      out += "    joined      " + (src.rule.empty() ? std::string("-") : src.rule) + "\n";
      out += "    as reported:\n";
      PrintEventFields(src.event, "      ", out);
    }
  }
  std::fwrite(out.data(), 1, out.size(), stdout);
}

struct QueryOptions {
  std::string db, format = "table";
  FilterOptions filter;
  int64_t id = 0;
  bool sources = false;
};

int RunQuery(const QueryOptions& o) {
  if (o.format != "table" && o.format != "jsonl") {
    std::cerr << "rasd query: --format must be table or jsonl, got \"" << o.format << "\"\n";
    return kExitSetup;
  }
  if (o.sources && o.id <= 0) {
    std::cerr << "rasd query: --sources needs --id N\n";
    return kExitSetup;
  }
  store::EventFilter filter;
  if (!BuildFilter("query", o.filter, &filter)) return kExitSetup;
  Result<std::unique_ptr<store::Store>> db = OpenStoreForReading(o.db);
  if (!db.ok()) {
    std::cerr << "rasd query: " << db.status().message() << "\n";
    return kExitSetup;
  }
  store::Store& s = **db;

  if (o.id > 0) {
    Result<std::optional<store::StoredEvent>> e = s.GetEvent(o.id);
    if (!e.ok()) {
      std::cerr << "rasd query: " << e.status().ToString() << "\n";
      return kExitSetup;
    }
    if (!e->has_value()) {
      std::cerr << "rasd query: no event " << o.id << "\n";
      return kExitInputErrors;
    }
    store::StoredEvent event = std::move(**e);
    if (o.format == "jsonl") {
      if (!o.sources) event.sources.clear();
      std::string line;
      exporter::AppendStoredEventJsonl(event, line);
      std::fwrite(line.data(), 1, line.size(), stdout);
    } else {
      PrintEventWithSources(event, o.sources);
    }
    return 0;
  }

  if (o.format == "jsonl") {
    // Streamed: `--limit 0` may select the whole database.
    std::string out;
    Status status = s.ForEachEvent(filter, /*with_sources=*/false, [&out](const store::StoredEvent& e) {
      exporter::AppendStoredEventJsonl(e, out);
      if (out.size() > (1u << 20)) {
        std::fwrite(out.data(), 1, out.size(), stdout);
        out.clear();
      }
      return true;
    });
    std::fwrite(out.data(), 1, out.size(), stdout);
    if (!status.ok()) {
      std::cerr << "rasd query: " << status.ToString() << "\n";
      return kExitSetup;
    }
    return 0;
  }
  Result<std::vector<store::StoredEvent>> events = s.Query(filter);
  if (!events.ok()) {
    std::cerr << "rasd query: " << events.status().ToString() << "\n";
    return kExitSetup;
  }
  Result<int64_t> total = s.Count(filter);
  PrintTable(*events, total.ok() ? *total : static_cast<int64_t>(events->size()), filter);
  return 0;
}

}  // namespace

void RegisterQueryCommand(CLI::App& app, int* exit_code) {
  auto o = std::make_shared<QueryOptions>();
  o->filter.limit = 50;
  CLI::App* cmd = app.add_subcommand("query", "list stored events (filters), or one event with its sources");
  cmd->add_option("--db", o->db, "SQLite file or postgresql:// URL")->required();
  AddFilterOptions(cmd, o->filter);
  cmd->add_option("--format", o->format, "table (default) or jsonl");
  cmd->add_option("--id", o->id, "show one canonical event");
  cmd->add_flag("--sources", o->sources, "with --id: every report of the event, its evidence and why it joined");
  cmd->callback([o, exit_code] { *exit_code = RunQuery(*o); });
}

}  // namespace rasd::cli
