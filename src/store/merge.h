// Stage `store`: the rules that make one canonical event out of many reports (pure functions, no
// database), shared by both backends and tested on their own in merge_test.cc.
//
//   std::optional<std::string> why = MatchRule(canonical, incoming);   // nullopt: no merge
//   Event merged = Canonical(sources_in_ingestion_order);
//
// Matching (an incoming event and a canonical event that has no source from the same document):
//   type    same event_type, and the same sub_event_type unless one of them has none. The
//           sub-type is required because ACLED's sub-types are distinct incidents (an armed clash
//           and a territory change on the same day in the same town are two events).
//   day     both dated, at most one day apart (reports written the next day say "أمس").
//   place   both with coordinates within 10 km; or the same location text (after Arabic folding)
//           in the same country. Events with no location at all never merge.
//   actors  actor1 equal, or missing or generic ("Unidentified Armed Group (...)") on one side;
//           actor2 equal or missing on one side.
// Canonical fields are recomputed from all sources in ingestion order (see Canonical()).
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "rasd/document.h"

namespace rasd::store {

inline constexpr double kSamePlaceKm = 10.0;

bool IsGenericActor(std::string_view actor);
// Location text compared after Arabic folding and whitespace collapsing.
std::string FoldedLocation(std::string_view location);

// Why `incoming` joins `canonical` (a one-line explanation stored with the source), or nullopt.
std::optional<std::string> MatchRule(const Event& canonical, const Event& incoming);
// Preference among several matching canonical events (higher first; ties: lowest id).
int MatchScore(const Event& canonical, const Event& incoming);

// The canonical event of a set of reports, in ingestion order:
//   fatalities  the lowest credible report among the sources that write a figure (> 0, not
//               fatalities_vague): the lowest figure that another source confirms (equal, or
//               within a quarter of the larger), else, when no two agree, the lowest of all. One
//               report's misread or stale number does not become the toll of an event many
//               outlets reported. Vague tolls (GUIDELINES values of "قتلى", "عشرات": 3, 10) are
//               conventions, not reports: two of them would confirm each other at 3 below every
//               figure; they count, by the same rule, only when no source writes a figure (the
//               result is then fatalities_vague). A report without a toll carries 0 in Event,
//               which means "not said", not "nobody died", so it does not pull the toll down. 0
//               when no source has one.
//   injured     the same; 0 when some source says 0 and none gives a figure; unset when none says.
//   date        from the source with the most precise date (lowest date_precision); the first
//               such source wins ties, so a later report changes the date only when more precise.
//   place       location, country, admin1, coordinates and precision together from the source
//               with the lowest geo_precision (with coordinates before without); first wins ties.
//   actors      actor1/actor2 from the first source that names a non-generic actor, else the
//               first that names one.
//   type        event_type from the first source, sub_event_type from the first that has one.
//   evidence    the first source's; confidence the highest. Spans are left empty: they point
//               into one document, and the sources keep their own.
Event Canonical(const std::vector<Event>& sources);

}  // namespace rasd::store
