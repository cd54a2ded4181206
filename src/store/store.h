// Stage `store`: extracted events kept in a database, one canonical event per real-world event.
//
//   Result<std::unique_ptr<Store>> s = Store::Open("events.db");          // SQLite (the default)
//   Result<std::unique_ptr<Store>> s = Store::Open("postgresql://...");   // PostgreSQL, same schema
//   (*s)->Ingest(doc);            // one transaction: the document, its events, merges; or nothing
//   (*s)->Query(filter);          // canonical events, newest first
//
// Documents are keyed by id and content hash: ingesting the same document again changes nothing.
// Events of the same type, day (±1), place and compatible actors from different documents are
// merged into one canonical event that keeps every source with its evidence (see merge.h for the
// rule); fatalities follow ACLED (the lowest credible report). A Store object is used by one thread
// at a time; open one per thread (SQLite in WAL mode lets readers run beside one writer).
//
// Additions by the store helper (nothing above was renamed or removed):
//   - Store::ForEachEvent(filter, with_sources or SourceDetail, fn): streams a whole selection
//     (exports) in keyset pages with sources (all their fields, or only the outlets), bounded memory,
//     no OFFSET rescans. ForEachEventPage: the same pages handed over whole (to another thread).
//   - Store::IngestBatch(docs): several documents in ONE transaction (all or nothing), each with
//     its own IngestOutcome; the way to ingest fast (`rasd ingest` should batch ~100-1000 docs).
//     Store::IngestPrepared(docs, keys): the same with each DocumentKeys (content hash, SimHash)
//     computed beforehand, e.g. on pipeline threads.
//   - Store::kSchemaVersion; opening a database with a newer schema fails (kUnsupported); an
//     older one is migrated in place by Open (one write transaction).
//   - IngestOutcome::replaced, copy_of, event_ids; EventSource::rule (why this report joined the
//     event: "first report", or the matching rule, e.g. "same sub-event type (Armed clash); same
//     day; places 3.2 km apart; same actor1"); StoredDocument::copy_of.
//   - Stats: by_type counts event_type; by_type/by_country/by_actor are cut to filter.limit
//     entries when limit > 0 (days are never cut). Actors()/Places() honour limit and offset.
//   - Text filter: case-insensitive (ASCII) substring of location, actors and every source's
//     evidence. Events without a date are excluded by a date-range filter and sort last.
// docs/storage.md documents the schema, the merge rules and the measured figures.
#pragma once

#include <algorithm>
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "rasd/date.h"
#include "rasd/document.h"
#include "rasd/status.h"

namespace rasd::store {

struct BBox {
  double min_lon = 0, min_lat = 0, max_lon = 0, max_lat = 0;
};

// Filters of `rasd query`, `rasd export` and the HTTP API. Empty fields do not filter.
struct EventFilter {
  std::optional<Day> from, to;  // inclusive
  std::string country;          // English country name as in events ("Syria")
  std::string admin1;           // English or Arabic admin1 name
  std::optional<BBox> bbox;
  std::string event_type;       // matches event_type or sub_event_type exactly
  std::string actor;            // canonical name, matches actor1 or actor2
  std::string text;             // substring of location, actors or evidence, after Arabic folding
  std::optional<int64_t> id;    // one canonical event
  int64_t limit = 100;          // <= 0: no limit
  int64_t offset = 0;
};

// One report of a canonical event: the article and the evidence in it.
struct EventSource {
  std::string doc_id, url, title, source;
  std::string rule;  // why this report joined the canonical event ("first report" for the first)
  std::optional<Day> published;
  Event event;  // the event as extracted from this document (spans into that document's text,
                // fatalities_vague as the extractor set it)
};

struct StoredEvent {
  int64_t id = 0;
  Event event;  // canonical fields (merged over the sources); fatalities_vague only when read with
                // the sources (GetEvent): it is not a column of the event
  int64_t source_count = 0;
  std::vector<EventSource> sources;  // filled by GetEvent() only
};

struct StoredDocument {
  std::string doc_id, url, title, source, content_hash;
  std::string copy_of;  // doc_id of the document this one is a near-duplicate of; empty if none
  std::optional<Day> published;
  std::string text;
};

// Counts for dashboards; each list sorted by key (days) or by count descending (the others).
struct Stats {
  int64_t events = 0;
  int64_t fatalities = 0;
  std::vector<std::pair<std::string, int64_t>> events_by_day, fatalities_by_day;
  std::vector<std::pair<std::string, int64_t>> by_type, by_country, by_actor;
};

struct IngestOutcome {
  bool duplicate = false;      // same id and content already stored: nothing changed
  bool near_duplicate = false; // a syndicated copy of a stored document: events joined as its sources
  int64_t new_events = 0;      // canonical events created
  int64_t merged_events = 0;   // events that joined an existing canonical event
  bool replaced = false;       // same id, different content: the old version and its sources went
  std::string copy_of;         // when near_duplicate: doc_id of the original
  std::vector<int64_t> event_ids;  // canonical event id of each doc.events[i] (empty if duplicate)
};

// What storing a document computes from its bytes alone. `rasd ingest` computes it on its pipeline
// threads and hands it to IngestPrepared, so the one writer thread does not (SimHash and the
// content hash are a fifth of the writer's work).
struct DocumentKeys {
  std::string content_hash;             // ContentHash(title, text)
  std::optional<uint64_t> fingerprint;  // SimHash(text)
  static DocumentKeys Of(const Document& doc);
};

class Store {
 public:
  // `target` is a file path (SQLite, created when missing) or a postgresql:// / postgres:// URL.
  static Result<std::unique_ptr<Store>> Open(const std::string& target);
  virtual ~Store() = default;
  // Ends the connection now, as the destructor would (SQLite: the last checkpoint into the database
  // file, the log removed), but keeps the object and what it holds in memory: for a caller that then
  // ends the process without freeing it. Nothing may be asked of the store afterwards.
  virtual void Close() {}

  // 2: events.place_key and the merge lookup indexes; 3: fatalities in the date index; 4: the
  // document in the reports' index; 5: the text filter's search_text folded (Arabic spelling
  // variants, diacritics, case); 6: the reports' fatalities_vague; 7: the near-duplicate lookup by
  // four expression indexes on documents (the document_bands table dropped). Older databases are
  // migrated on Open.
  static constexpr int kSchemaVersion = 7;

  // Stores a processed document and its events atomically (all or nothing).
  virtual Result<IngestOutcome> Ingest(const Document& doc) = 0;
  // Several documents in one transaction, in order (all or nothing); one outcome per document.
  // (The SQLite and PostgreSQL stores override this; the fallback, for test doubles, is not atomic.)
  virtual Result<std::vector<IngestOutcome>> IngestBatch(const std::vector<const Document*>& docs) {
    std::vector<IngestOutcome> out;
    for (const Document* d : docs) {
      Result<IngestOutcome> r = Ingest(*d);
      if (!r.ok()) return r.status();
      out.push_back(std::move(*r));
    }
    return out;
  }

  // IngestBatch with keys[i] == DocumentKeys::Of(*docs[i]) already computed (the fallback ignores
  // them).
  virtual Result<std::vector<IngestOutcome>> IngestPrepared(const std::vector<const Document*>& docs,
                                                            const std::vector<DocumentKeys>& keys) {
    (void)keys;
    return IngestBatch(docs);
  }

  virtual Result<std::vector<StoredEvent>> Query(const EventFilter& filter) = 0;
  virtual Result<int64_t> Count(const EventFilter& filter) = 0;
  virtual Result<std::optional<StoredEvent>> GetEvent(int64_t id) = 0;  // with sources
  // What ForEachEvent reads of each event's sources.
  enum class SourceDetail {
    kNone,     // nothing: `sources` stays empty
    kOutlets,  // doc_id, title and source of each report, in report order (what ACLED CSV and GeoJSON
               // name); the other fields stay empty, and the reports' rows are not read whole
    kFull,     // every field, as GetEvent gives them
  };
  // Every event the filter selects, in Query's order, honouring limit (<= 0: all) and offset, with
  // their sources as `detail` says; read in pages of 1000 that continue where the last stopped (no
  // OFFSET rescans), so memory stays bounded and the last page costs what the first did: the way to
  // export a whole database. `fn` returns false to stop early. (The SQL stores override this; the
  // fallback, for test doubles, pages with Query and GetEvent.)
  Status ForEachEvent(const EventFilter& filter, bool with_sources,
                      const std::function<bool(const StoredEvent&)>& fn) {
    return ForEachEvent(filter, with_sources ? SourceDetail::kFull : SourceDetail::kNone, fn);
  }
  virtual Status ForEachEvent(const EventFilter& filter, SourceDetail detail,
                              const std::function<bool(const StoredEvent&)>& fn) {
    const bool with_sources = detail != SourceDetail::kNone;
    EventFilter page = filter;
    int64_t left = filter.limit > 0 ? filter.limit : -1;
    for (;;) {
      page.limit = left < 0 ? 1000 : std::min<int64_t>(left, 1000);
      if (page.limit == 0) return Status::OK();
      Result<std::vector<StoredEvent>> events = Query(page);
      if (!events.ok()) return events.status();
      for (StoredEvent& e : *events) {
        if (with_sources) {
          Result<std::optional<StoredEvent>> full = GetEvent(e.id);
          if (!full.ok()) return full.status();
          if (*full) e = std::move(**full);
        }
        if (!fn(e)) return Status::OK();
      }
      if (static_cast<int64_t>(events->size()) < page.limit) return Status::OK();
      if (left > 0) left -= page.limit;
      page.offset += page.limit;
    }
  }
  // ForEachEvent a page at a time: `fn` receives each page's events (in order, none empty) and may
  // take them, by swapping the vector with another one (an empty one or a page it has finished
  // with), so that another thread formats a page while the next is read (`rasd export`). The SQL
  // stores fill the vector they get back in place, reusing its events' storage. (The fallback, for
  // test doubles, collects ForEachEvent's events in pages.)
  // `readers` 2 or more (a whole selection: no limit) lets the SQL stores read the pages on that many
  // other connections and threads, each taking the next page to read, pages still handed over in order.
  virtual Status ForEachEventPage(const EventFilter& filter, SourceDetail detail,
                                  const std::function<bool(std::vector<StoredEvent>& page)>& fn, int readers = 1) {
    (void)readers;
    std::vector<StoredEvent> page;
    bool stopped = false;
    Status s = ForEachEvent(filter, detail, [&](const StoredEvent& e) {
      page.push_back(e);
      if (page.size() < 1000) return true;
      stopped = !fn(page);
      page.clear();
      return !stopped;
    });
    if (s.ok() && !stopped && !page.empty()) fn(page);
    return s;
  }
  virtual Result<std::optional<StoredDocument>> GetDocument(const std::string& doc_id) = 0;
  // The content hash (ContentHash) of the stored document with this id, or nullopt: what an ingest
  // asks of every input document, without reading its text back. (The SQL stores override this.)
  virtual Result<std::optional<std::string>> ContentHashOf(const std::string& doc_id) {
    Result<std::optional<StoredDocument>> d = GetDocument(doc_id);
    if (!d.ok()) return d.status();
    if (!d->has_value()) return std::optional<std::string>();
    return std::optional<std::string>((*d)->content_hash);
  }
  // Whether any document is stored: an ingest into a store that starts empty has nothing to skip and
  // asks no ContentHashOf. (The SQL stores override this; the fallback, for test doubles, says true.)
  virtual Result<bool> HasDocuments() { return true; }
  virtual Result<Stats> GetStats(const EventFilter& filter) = 0;
  // Canonical actor names and place names with their event counts, by count descending.
  virtual Result<std::vector<std::pair<std::string, int64_t>>> Actors(const EventFilter& filter) = 0;
  virtual Result<std::vector<std::pair<std::string, int64_t>>> Places(const EventFilter& filter) = 0;
};

}  // namespace rasd::store
