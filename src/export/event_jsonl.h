// Stage `export`: canonical events of the store as JSON, shared by `rasd query --format jsonl`,
// `rasd export --format jsonl` and the GeoJSON writer.
//
//   std::string out;
//   AppendStoredEventJsonl(stored_event, out);   // {"id":7,"event_type":...,"sources":[...]}\n
//
// A canonical event's line carries the canonical fields (as in `rasd extract`'s events, without spans:
// they point into one article, and each source has its own), `source_count`, and `sources`: every
// report with its document (doc_id, url, title, source, published) and the event as extracted from it,
// spans included. `sources` is present only when the event was read with them (Store::GetEvent).
#pragma once

#include <string>

#include "rasd/document.h"
#include "store/store.h"

namespace rasd::exporter {

// Appends the fields of `e` as JSON members without braces: "event_type":...,"confidence":0.82 and,
// when `with_spans`, "spans":{...}.
void AppendEventMembers(const Event& e, bool with_spans, std::string& out);

// One canonical event as one JSON line (newline included).
void AppendStoredEventJsonl(const store::StoredEvent& e, std::string& out);

// The outlets that reported the event, in source order without repeats, joined with "; " as ACLED's
// `source` column does; a source without an outlet name is named by its title, else its document id.
std::string JoinedSourceNames(const store::StoredEvent& e);
// The same, appended to `out`.
void AppendJoinedSourceNames(const store::StoredEvent& e, std::string& out);

}  // namespace rasd::exporter
