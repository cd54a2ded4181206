// Stage `eval`: scores predicted events against gold events exactly as the reference scorer
// /work/shared/data/gold/score.py does (GUIDELINES.md, "Scoring"), so that `rasd eval` and score.py
// print the same lines. Pure functions over parsed events: reading files is in eval/loader.h.
//
//   EventSets gold = ..., pred = ...;              // eval::LoadEventSets(path)
//   std::vector<std::string> errors;
//   Report r = Score(gold, pred, &errors);         // errors: one block per article with FN/FP/~~ lines
//   std::cout << FormatSummary(r);                 // "articles 66  tp 58  fp 23  fn 37" ...
//
// A pair (prediction, gold) is compatible when the event types are equal, the days are at most one
// apart (and both are dated or both undated) and the places are within 25 km (or, without coordinates,
// have the same normalized location text). Compatible pairs are taken greedily, closest first.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "eval/value.h"

namespace rasd::eval {

inline constexpr double kMatchKm = 25.0;   // a prediction this close to a gold event may match it
inline constexpr double kPlaceOkKm = 5.0;  // a matched pair whose places are this close has the place right

// The articles of a gold or prediction file in file order, each with its events (JSON objects). A
// repeated id keeps its first position and the last line's events, as a Python dict does.
struct EventSets {
  std::vector<std::string> ids;
  std::vector<std::vector<Value>> events;
  std::unordered_map<std::string, size_t> index;  // id -> position in ids/events

  // Adds or replaces the events of article `id`.
  void Put(std::string id, std::vector<Value> article_events);
  // The events of `id`; empty when the article is absent.
  const std::vector<Value>& Find(const std::string& id) const;
};

// The six fields scored over matched pairs, in the order they are printed.
inline constexpr const char* kFieldNames[6] = {"sub_event_type", "date", "actor1", "actor2", "fatalities", "place"};

struct Report {
  size_t articles = 0, tp = 0, fp = 0, fn = 0;
  double precision = 0, recall = 0, f1 = 0;
  double field_accuracy[6] = {};  // kFieldNames order; 0 when there is no true positive
};

// Location text for comparison: NFKC, no harakat (U+064B-U+065F, U+0670) nor tatweel, أإآ->ا ى->ي
// ة->ه, trimmed, without a leading ال. "" for a missing or empty location.
std::string NormPlace(const Value& location);
// The day of a date value (its first 10 characters as date.fromisoformat reads them), in days since
// 1970-01-01; nullopt for none or an unreadable date.
std::optional<int> ParseDay(const Value& date);
// Great-circle kilometres between the lat/lon of two events (R = 6371.0); nullopt when either lacks
// readable coordinates.
std::optional<double> Km(const Value& a, const Value& b);
bool SamePlace(const Value& pred, const Value& gold, double limit_km);
bool Compatible(const Value& pred, const Value& gold);
// Higher is a better pairing: one point per equal field, plus up to one for nearness.
double Closeness(const Value& pred, const Value& gold);
// "type/sub date actor1->actor2 @location f=fatalities", as the error listing prints an event.
std::string Brief(const Value& event);

// Scores every gold article (missing predictions count as no events; predicted articles without gold
// are ignored). When `errors` is given, appends one block per article with errors, as score.py --errors.
Report Score(const EventSets& gold, const EventSets& pred, std::vector<std::string>* errors = nullptr);

// The lines score.py prints: counts, six field accuracies, precision/recall/F1 (3 decimals).
std::string FormatSummary(const Report& r);
// The line score.py --json prints (json.dumps of the report, Python float repr).
std::string FormatJson(const Report& r);
// The error listing of score.py --errors, blank line included; "" when there are no errors.
std::string FormatErrors(const std::vector<std::string>& errors);

}  // namespace rasd::eval
