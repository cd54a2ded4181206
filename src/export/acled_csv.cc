#include "export/acled_csv.h"

#include <charconv>
#include <cmath>
#include <fstream>
#include <sstream>

#include "export/event_jsonl.h"

namespace rasd::exporter {
namespace {

constexpr std::string_view kPlaceholder = "{country}";

std::vector<std::string_view> SplitTabs(std::string_view line) {
  std::vector<std::string_view> fields;
  size_t start = 0;
  while (true) {
    size_t tab = line.find('\t', start);
    fields.push_back(line.substr(start, tab == std::string_view::npos ? std::string_view::npos : tab - start));
    if (tab == std::string_view::npos) break;
    start = tab + 1;
  }
  return fields;
}

void AppendInt(int64_t v, std::string& out) {
  char buf[24];
  out.append(buf, std::to_chars(buf, buf + sizeof buf, v).ptr);
}

void AppendCoordinate(const std::optional<double>& v, std::string& out) {
  if (!v || !std::isfinite(*v)) return;
  char buf[48];
  out.append(buf, std::to_chars(buf, buf + sizeof buf, *v, std::chars_format::fixed, 4).ptr);
}

// ACLED's notes open with the day written out: "On 9 May 2020, ...".
std::string NotesFor(const store::StoredEvent& e) {
  static const char* const kMonths[] = {"January", "February", "March",     "April",   "May",      "June",
                                        "July",    "August",   "September", "October", "November", "December"};
  std::string notes;
  if (e.event.date) {
    notes += "On " + std::to_string(e.event.date->day()) + " " + kMonths[e.event.date->month() - 1] + " " +
             std::to_string(e.event.date->year()) + ", ";
  }
  // One line: the evidence may span a line break of the article.
  bool space = false;
  for (char c : e.event.evidence) {
    if (c == '\n' || c == '\r' || c == '\t' || c == ' ') {
      space = true;
      continue;
    }
    if (space && !notes.empty() && notes.back() != ' ') notes += ' ';
    space = false;
    notes += c;
  }
  if (e.source_count > 1) notes += " [" + std::to_string(e.source_count) + " reports]";
  return notes;
}

}  // namespace

Result<CountryTable> CountryTable::Load(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::NotFound(path + ": cannot open the country table");
  std::stringstream bytes;
  bytes << in.rdbuf();
  return Parse(bytes.str(), path);
}

Result<CountryTable> CountryTable::Parse(std::string_view tsv, const std::string& where) {
  CountryTable table;
  size_t line_no = 0;
  size_t start = 0;
  while (start < tsv.size()) {
    size_t nl = tsv.find('\n', start);
    std::string_view line = tsv.substr(start, nl == std::string_view::npos ? std::string_view::npos : nl - start);
    start = nl == std::string_view::npos ? tsv.size() : nl + 1;
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty() || line[0] == '#') continue;
    std::vector<std::string_view> f = SplitTabs(line);
    std::string at = where + ":" + std::to_string(line_no) + ": ";
    if (f.size() != 5) return Status::Corruption(at + "expected 5 TAB-separated columns, got " + std::to_string(f.size()));
    CountryCodes c{std::string(f[0]), std::string(f[1]), std::string(f[2]), std::string(f[4]), 0};
    auto [end, ec] = std::from_chars(f[3].data(), f[3].data() + f[3].size(), c.iso_numeric);
    if (ec != std::errc() || end != f[3].data() + f[3].size() || c.iso_numeric <= 0 || c.iso_numeric > 999) {
      return Status::Corruption(at + "ISO numeric code \"" + std::string(f[3]) + "\" is not a number 1..999");
    }
    if (c.country.empty() || c.iso2.size() != 2 || c.iso3.size() != 3 || c.region.empty()) {
      return Status::Corruption(at + "needs a country name, a 2-letter and a 3-letter code, and a region");
    }
    if (!table.by_name_.emplace(c.country, table.rows_.size()).second) {
      return Status::Corruption(at + "country \"" + c.country + "\" listed twice");
    }
    table.rows_.push_back(std::move(c));
  }
  return table;
}

const CountryCodes* CountryTable::Find(std::string_view country) const {
  auto it = by_name_.find(std::string(country));
  return it == by_name_.end() ? nullptr : &rows_[it->second];
}

void ActorInterTable::Add(std::string_view canonical, int inter) {
  size_t at = canonical.find(kPlaceholder);
  if (at == std::string_view::npos) {
    exact_.emplace(std::string(canonical), inter);  // the first row of a name wins
    return;
  }
  patterns_.push_back({std::string(canonical.substr(0, at)), std::string(canonical.substr(at + kPlaceholder.size())), inter});
}

int ActorInterTable::Find(std::string_view actor) const {
  if (actor.empty()) return 0;
  if (auto it = exact_.find(std::string(actor)); it != exact_.end()) return it->second;
  for (const Pattern& p : patterns_) {
    if (actor.size() > p.prefix.size() + p.suffix.size() && actor.starts_with(p.prefix) && actor.ends_with(p.suffix)) {
      return p.inter;
    }
  }
  return 0;
}

int AcledInteraction(int inter1, int inter2) {
  if (inter1 <= 0) return 0;
  if (inter2 <= 0) return inter1 * 10;
  return std::min(inter1, inter2) * 10 + std::max(inter1, inter2);
}

std::string_view AcledDisorderType(std::string_view event_type, std::string_view sub_event_type, int inter2) {
  constexpr int kProtesters = 6;
  if (event_type == "Strategic developments") return "Strategic developments";
  if (event_type == "Protests") {
    return sub_event_type == "Excessive force against protesters" ? "Political violence; Demonstrations"
                                                                  : "Demonstrations";
  }
  if (event_type == "Riots" && sub_event_type != "Mob violence") return "Demonstrations";
  // Battles, explosions/remote violence, violence against civilians, mob violence: political violence,
  // and a demonstration event too when protesters are its target.
  return inter2 == kProtesters ? "Political violence; Demonstrations" : "Political violence";
}

std::string_view AcledCivilianTargeting(std::string_view disorder_type, int inter2) {
  constexpr int kCivilians = 7;
  return inter2 == kCivilians && disorder_type.starts_with("Political violence") ? "Civilian targeting" : "";
}

void AppendCsvField(std::string_view s, std::string& out) {
  bool quote = !s.empty() && (s.front() == ' ' || s.back() == ' ');
  for (char c : s) {
    if (c == ',' || c == '"' || c == '\n' || c == '\r') {
      quote = true;
      break;
    }
  }
  if (!quote) {
    out += s;
    return;
  }
  out += '"';
  for (char c : s) {
    if (c == '"') out += '"';
    out += c;
  }
  out += '"';
}

void AcledCsvWriter::AppendHeader(std::string& out) {
  for (size_t i = 0; i < kAcledColumns.size(); ++i) {
    if (i > 0) out += ',';
    out += kAcledColumns[i];
  }
  out += "\r\n";
}

void AcledCsvWriter::AppendRow(const store::StoredEvent& e, std::string& out) const {
  const Event& ev = e.event;
  const CountryCodes* country = options_.countries ? options_.countries->Find(ev.country) : nullptr;
  int inter1 = options_.inters ? options_.inters->Find(ev.actor1) : 0;
  int inter2 = options_.inters ? options_.inters->Find(ev.actor2) : 0;
  std::string_view disorder = AcledDisorderType(ev.event_type, ev.sub_event_type, inter2);
  auto field = [&out](std::string_view s) {
    AppendCsvField(s, out);
    out += ',';
  };
  auto number = [&out](int64_t v) {
    AppendInt(v, out);
    out += ',';
  };

  field((country ? country->iso3 : std::string("XXX")) + std::to_string(e.id));  // event_id_cnty
  field(ev.date ? ev.date->ToString() : "");                                     // event_date
  if (ev.date) {
    number(ev.date->year());  // year
  } else {
    out += ',';
  }
  number(ev.date_precision);  // time_precision
  field(disorder);
  field(ev.event_type);
  field(ev.sub_event_type);
  field(ev.actor1);
  field("");  // assoc_actor_1
  number(inter1);
  field(ev.actor2);
  field("");  // assoc_actor_2
  number(inter2);
  number(AcledInteraction(inter1, inter2));
  field(AcledCivilianTargeting(disorder, inter2));
  if (country) {
    number(country->iso_numeric);  // iso
    field(country->region);
  } else {
    out += ",,";
  }
  field(ev.country);
  field(ev.admin1);
  field("");  // admin2
  field("");  // admin3
  field(ev.location);
  AppendCoordinate(ev.lat, out);
  out += ',';
  AppendCoordinate(ev.lon, out);
  out += ',';
  number(ev.geo_precision);
  field(JoinedSourceNames(e));
  field("");  // source_scale
  field(NotesFor(e));
  number(ev.fatalities);
  // tags: ACLED records the crowd size of every protest and riot; rasd does not read it.
  field(ev.event_type == "Protests" || ev.event_type == "Riots" ? "crowd size=no report" : "");
  AppendInt(options_.timestamp, out);
  out += "\r\n";
}

}  // namespace rasd::exporter
