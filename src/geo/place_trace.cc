// Stage `geo`, diagnostics: the thread-local place trace (see place_trace.h).
#include "geo/place_trace.h"

namespace rasd::geo {
namespace {
thread_local PlaceTrace* current_trace = nullptr;
}  // namespace

PlaceTrace* CurrentPlaceTrace() { return current_trace; }

ScopedPlaceTrace::ScopedPlaceTrace(PlaceTrace* trace) : previous_(current_trace) { current_trace = trace; }
ScopedPlaceTrace::~ScopedPlaceTrace() { current_trace = previous_; }

}  // namespace rasd::geo
