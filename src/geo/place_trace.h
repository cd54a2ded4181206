// Stage `geo`, diagnostics: why each place mention of a document resolved as it did.
//
//   geo::PlaceTrace trace;
//   {
//     geo::ScopedPlaceTrace scope(&trace);   // this thread records while the scope lives
//     pipeline.Process(doc);                 // the event assembler fills `trace` as it decides
//   }
//   for (const geo::PlaceDecision& d : trace.decisions) ...
//
// The assembler writes here from the code that makes the decisions (ResolvePlaces and the event place
// choice), so `rasd geocode` shows what `rasd extract` did, not a re-enactment. With no trace set the
// cost is one thread-local read per document.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace rasd::geo {

struct PlaceDecision {
  size_t mention = 0;             // index into Document::mentions
  uint32_t resolved = UINT32_MAX;  // Gazetteer::Resolve's pick from the country context
  uint32_t chosen = UINT32_MAX;    // the final entry (after spatial coherence), UINT32_MAX for none
  bool kept = true;                // false: not a scene, implausible, or a far homonym; no event uses it
  std::vector<std::string> why;    // the evidence applied, in order
};

struct PlaceTrace {
  // The article's countries, strongest first, with their scores and what voted for them.
  struct Country {
    std::string code;
    double score = 0;
    std::string evidence;
  };
  std::vector<Country> countries;
  std::vector<PlaceDecision> decisions;
  // For each event candidate that got a place: the mention it used and the geo precision.
  struct EventPlace {
    size_t mention = 0;
    int geo_precision = 1;
    bool inherited = false;  // the place came from an earlier sentence, the headline or the article
  };
  std::vector<EventPlace> event_places;
};

// The trace of the document being processed on this thread, or nullptr.
PlaceTrace* CurrentPlaceTrace();

class ScopedPlaceTrace {
 public:
  explicit ScopedPlaceTrace(PlaceTrace* trace);
  ~ScopedPlaceTrace();
  ScopedPlaceTrace(const ScopedPlaceTrace&) = delete;
  ScopedPlaceTrace& operator=(const ScopedPlaceTrace&) = delete;

 private:
  PlaceTrace* previous_;
};

}  // namespace rasd::geo
