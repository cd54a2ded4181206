#include "export/acled_csv.h"

#include <charconv>
#include <cmath>
#include <fstream>
#include <sstream>

#include "export/append.h"
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

using internal::AppendInt;

void AppendCoordinate(const std::optional<double>& v, std::string& out) {
  if (!v || !std::isfinite(*v)) return;
  char buf[48];
  out.append(buf, internal::FixedChars(buf, buf + sizeof buf, *v, 4));
}

// ACLED's notes open with the day written out: "On 9 May 2020, ...". Written into `notes` (cleared
// first), a buffer the writer reuses from row to row.
void AppendNotes(const store::StoredEvent& e, std::string& notes) {
  static const char* const kMonths[] = {"January", "February", "March",     "April",   "May",      "June",
                                        "July",    "August",   "September", "October", "November", "December"};
  notes.clear();
  if (e.event.date) {
    notes += "On ";
    AppendInt(e.event.date->day(), notes);
    notes += ' ';
    notes += kMonths[e.event.date->month() - 1];
    notes += ' ';
    AppendInt(e.event.date->year(), notes);
    notes += ", ";
  }
  // One line: the evidence may span a line break of the article. Each run of spaces, tabs and line
  // breaks becomes one space; none is added at the start or after a space already written.
  std::string_view ev = e.event.evidence;
  auto is_space = [](char c) { return c == '\n' || c == '\r' || c == '\t' || c == ' '; };
  size_t i = 0;
  while (i < ev.size()) {
    size_t run = i;
    while (run < ev.size() && is_space(ev[run])) ++run;
    if (run == ev.size()) break;
    size_t end = run;
    while (end < ev.size() && !is_space(ev[end])) ++end;
    if (run > i && !notes.empty() && notes.back() != ' ') notes += ' ';
    notes.append(ev.substr(run, end - run));
    i = end;
  }
  if (e.source_count > 1) {
    notes += " [";
    AppendInt(e.source_count, notes);
    notes += " reports]";
  }
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
  auto it = by_name_.find(country);
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
  if (auto it = exact_.find(actor); it != exact_.end()) return it->second;
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
  quote = quote || internal::HasCsvSpecial(s);
  if (!quote) {
    out += s;
    return;
  }
  out += '"';
  // Inner quotes doubled: each run up to and including a quote, then the second quote.
  for (size_t start = 0;;) {
    size_t q = s.find('"', start);
    if (q == std::string_view::npos) {
      out.append(s.substr(start));
      break;
    }
    out.append(s.substr(start, q + 1 - start));
    out += '"';
    start = q + 1;
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

  {
    char id[48];
    std::string_view iso3 = country ? std::string_view(country->iso3) : std::string_view("XXX");
    iso3 = iso3.substr(0, 16);
    std::copy(iso3.begin(), iso3.end(), id);
    char* end = std::to_chars(id + iso3.size(), id + sizeof id, e.id).ptr;
    field(std::string_view(id, static_cast<size_t>(end - id)));  // event_id_cnty
  }
  if (ev.date) {
    internal::AppendDay(*ev.date, out);  // event_date: digits and '-', never quoted
    out += ',';
    number(ev.date->year());  // year
  } else {
    out += ",,";
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
  scratch_.clear();
  AppendJoinedSourceNames(e, scratch_);
  field(scratch_);
  field("");  // source_scale
  AppendNotes(e, scratch_);
  field(scratch_);
  number(ev.fatalities);
  // tags: ACLED records the crowd size of every protest and riot; rasd does not read it.
  field(ev.event_type == "Protests" || ev.event_type == "Riots" ? "crowd size=no report" : "");
  AppendInt(options_.timestamp, out);
  out += "\r\n";
}

}  // namespace rasd::exporter
