// Stage `store`: merge rules and canonical fields (see merge.h).
#include "store/merge.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>

#include "geo/distance.h"
#include "store/fingerprint.h"

namespace rasd::store {
namespace {

bool HasCoords(const Event& e) { return e.lat && e.lon; }
bool HasPlace(const Event& e) { return HasCoords(e) || !e.location.empty(); }

std::string Km(double km) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.1f km", km);
  return buf;
}

// Two reports confirm each other's figure when they differ by at most a quarter of the larger one:
// "38" and "40" are one toll read at two moments, "3" and "100" are not.
bool Confirms(int64_t a, int64_t b) { return std::llabs(a - b) * 4 <= std::max(a, b); }

// The lowest credible figure among reports (> 0, each from a different document): the lowest that
// another report confirms, so that one report's misread or stale number (a toll from another
// clause, the first count before bodies were found) does not become the event's toll; when no two
// reports agree, the lowest of all, ACLED's most conservative report.
std::optional<int64_t> LowestCredible(std::vector<int64_t> figures) {
  if (figures.empty()) return std::nullopt;
  std::sort(figures.begin(), figures.end());
  for (size_t i = 0; i + 1 < figures.size(); ++i) {
    if (Confirms(figures[i], figures[i + 1])) return figures[i];  // sorted: the nearest is the next
  }
  return figures.front();
}

}  // namespace

bool IsGenericActor(std::string_view actor) { return actor.starts_with("Unidentified"); }

std::string FoldedLocation(std::string_view location) {
  // Per thread: the merge rules fold both locations of every pair of events they compare.
  thread_local std::string buffer;
  thread_local std::vector<std::string_view> words;
  FoldWords(location, buffer, words);
  std::string out;
  out.reserve(buffer.size() + words.size());
  for (std::string_view w : words) {
    if (!out.empty()) out += ' ';
    out += w;
  }
  return out;
}

std::optional<std::string> MatchRule(const Event& c, const Event& e) {
  std::string why;
  // Type.
  if (c.event_type != e.event_type) return std::nullopt;
  if (!c.sub_event_type.empty() && !e.sub_event_type.empty()) {
    if (c.sub_event_type != e.sub_event_type) return std::nullopt;
    why = "same sub-event type (" + e.sub_event_type + ")";
  } else {
    why = "same event type (" + e.event_type + "), sub-type missing in one";
  }
  // Day.
  if (!c.date || !e.date) return std::nullopt;
  int32_t dd = std::abs(c.date->days() - e.date->days());
  if (dd > 1) return std::nullopt;
  why += dd == 0 ? "; same day" : "; one day apart";
  // Place.
  if (!HasPlace(c) || !HasPlace(e)) return std::nullopt;
  bool same_text = !c.location.empty() && FoldedLocation(c.location) == FoldedLocation(e.location) &&
                   c.country == e.country;
  if (HasCoords(c) && HasCoords(e)) {
    double km = geo::DistanceKm(*c.lat, *c.lon, *e.lat, *e.lon);
    if (km <= kSamePlaceKm) {
      why += "; places " + Km(km) + " apart";
    } else if (same_text) {
      why += "; same location (" + e.location + ", " + e.country + ")";
    } else {
      return std::nullopt;
    }
  } else if (same_text) {
    why += "; same location (" + e.location + ", " + e.country + ")";
  } else {
    return std::nullopt;
  }
  // Actors.
  if (c.actor1 == e.actor1) {
    why += c.actor1.empty() ? "; no actor1 in either" : "; same actor1";
  } else if (c.actor1.empty() || e.actor1.empty()) {
    why += "; actor1 missing in one";
  } else if (IsGenericActor(c.actor1) || IsGenericActor(e.actor1)) {
    why += "; actor1 generic in one";
  } else {
    return std::nullopt;
  }
  if (c.actor2 == e.actor2) {
    if (!c.actor2.empty()) why += ", same actor2";
  } else if (c.actor2.empty() || e.actor2.empty()) {
    why += ", actor2 missing in one";
  } else {
    return std::nullopt;
  }
  return why;
}

int MatchScore(const Event& c, const Event& e) {
  int score = 0;
  if (c.date && e.date && *c.date == *e.date) score += 8;
  if (!c.location.empty() && FoldedLocation(c.location) == FoldedLocation(e.location)) score += 4;
  if (!c.actor1.empty() && c.actor1 == e.actor1) score += 2;
  if (!c.actor2.empty() && c.actor2 == e.actor2) score += 1;
  return score;
}

Event Canonical(const std::vector<Event>& sources) {
  Event out;
  if (sources.empty()) return out;
  const Event& first = sources.front();
  out.event_type = first.event_type;
  out.evidence = first.evidence;
  const Event* date_src = nullptr;
  const Event* place_src = nullptr;
  const Event* actor1_src = nullptr;
  const Event* actor2_src = nullptr;
  // Tolls the reports wrote as figures, and the GUIDELINES values of vague ones ("قتلى" 3, "عشرات" 10),
  // which count only when no report gives a figure.
  std::vector<int64_t> fatal_figures, vague_fatal_figures, injured_figures;
  bool injured_zero = false;
  for (const Event& s : sources) {
    if (out.sub_event_type.empty()) out.sub_event_type = s.sub_event_type;
    out.confidence = std::max(out.confidence, s.confidence);
    if (s.date && (!date_src || s.date_precision < date_src->date_precision)) date_src = &s;
    if (HasPlace(s)) {
      auto key = [](const Event& e) { return std::pair(e.geo_precision, HasCoords(e) ? 0 : 1); };
      if (!place_src || key(s) < key(*place_src)) place_src = &s;
    }
    auto better_actor = [](const Event* cur, const std::string& a, const std::string& cur_name) {
      if (a.empty()) return false;
      if (!cur) return true;
      return IsGenericActor(cur_name) && !IsGenericActor(a);
    };
    if (better_actor(actor1_src, s.actor1, actor1_src ? actor1_src->actor1 : "")) actor1_src = &s;
    if (better_actor(actor2_src, s.actor2, actor2_src ? actor2_src->actor2 : "")) actor2_src = &s;
    if (s.fatalities > 0) (s.fatalities_vague ? vague_fatal_figures : fatal_figures).push_back(s.fatalities);
    if (s.injured) {
      if (*s.injured > 0) injured_figures.push_back(*s.injured);
      else injured_zero = true;
    }
  }
  if (date_src) {
    out.date = date_src->date;
    out.date_precision = date_src->date_precision;
  }
  if (place_src) {
    out.location = place_src->location;
    out.country = place_src->country;
    out.admin1 = place_src->admin1;
    out.lat = place_src->lat;
    out.lon = place_src->lon;
    out.geo_precision = place_src->geo_precision;
  } else {
    out.country = first.country;
    out.admin1 = first.admin1;
    out.geo_precision = first.geo_precision;
  }
  if (actor1_src) out.actor1 = actor1_src->actor1;
  if (actor2_src) out.actor2 = actor2_src->actor2;
  out.fatalities_vague = fatal_figures.empty() && !vague_fatal_figures.empty();
  out.fatalities = LowestCredible(std::move(out.fatalities_vague ? vague_fatal_figures : fatal_figures)).value_or(0);
  if (std::optional<int64_t> injured = LowestCredible(std::move(injured_figures))) out.injured = injured;
  else if (injured_zero) out.injured = 0;
  return out;
}

}  // namespace rasd::store
