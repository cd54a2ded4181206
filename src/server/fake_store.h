// Test helper of stage `server`: an in-memory Store with the filter semantics of store.h, so the HTTP
// layer can be tested without a database. Not a reference for merging: each document's events become
// canonical events of their own.
#pragma once

#include <algorithm>
#include <map>
#include <memory>
#include <mutex>

#include "store/store.h"

namespace rasd::server::testing {

// The data every FakeStore opened from one FakeDatabase sees (shared like a database file).
struct FakeDatabase {
  std::mutex mu;
  std::vector<store::StoredEvent> events;  // with sources
  std::map<std::string, store::StoredDocument> documents;
  int64_t writes = 0;  // successful Ingest calls that changed something
};

class FakeStore : public store::Store {
 public:
  explicit FakeStore(std::shared_ptr<FakeDatabase> db) : db_(std::move(db)) {}

  Result<store::IngestOutcome> Ingest(const Document& doc) override {
    std::lock_guard<std::mutex> lock(db_->mu);
    store::IngestOutcome out;
    auto it = db_->documents.find(doc.id);
    if (it != db_->documents.end() && it->second.text == doc.text) {
      out.duplicate = true;
      return out;
    }
    store::StoredDocument sd;
    sd.doc_id = doc.id;
    sd.url = doc.url;
    sd.title = doc.title;
    sd.source = doc.source;
    sd.content_hash = std::to_string(std::hash<std::string>()(doc.text));
    sd.published = doc.published;
    sd.text = doc.text;
    db_->documents[doc.id] = sd;
    for (const Event& e : doc.events) {
      store::StoredEvent se;
      se.id = static_cast<int64_t>(db_->events.size()) + 1;
      se.event = e;
      se.source_count = 1;
      store::EventSource src;
      src.doc_id = doc.id;
      src.url = doc.url;
      src.title = doc.title;
      src.source = doc.source;
      src.rule = "first report";
      src.published = doc.published;
      src.event = e;
      se.sources.push_back(src);
      db_->events.push_back(se);
      out.event_ids.push_back(se.id);
      ++out.new_events;
    }
    ++db_->writes;
    return out;
  }

  Result<std::vector<store::IngestOutcome>> IngestBatch(const std::vector<const Document*>& docs) override {
    std::vector<store::IngestOutcome> outs;
    for (const Document* d : docs) {
      Result<store::IngestOutcome> o = Ingest(*d);
      if (!o.ok()) return o.status();
      outs.push_back(*o);
    }
    return outs;
  }

  Result<std::vector<store::StoredEvent>> Query(const store::EventFilter& f) override {
    std::lock_guard<std::mutex> lock(db_->mu);
    std::vector<store::StoredEvent> hits = Matching(f);
    int64_t start = std::min<int64_t>(f.offset, static_cast<int64_t>(hits.size()));
    int64_t end = f.limit <= 0 ? static_cast<int64_t>(hits.size())
                               : std::min<int64_t>(start + f.limit, static_cast<int64_t>(hits.size()));
    std::vector<store::StoredEvent> page(hits.begin() + start, hits.begin() + end);
    for (auto& e : page) e.sources.clear();
    return page;
  }

  Result<int64_t> Count(const store::EventFilter& f) override {
    std::lock_guard<std::mutex> lock(db_->mu);
    return static_cast<int64_t>(Matching(f).size());
  }

  Result<std::optional<store::StoredEvent>> GetEvent(int64_t id) override {
    std::lock_guard<std::mutex> lock(db_->mu);
    for (const auto& e : db_->events) {
      if (e.id == id) return std::optional<store::StoredEvent>(e);
    }
    return std::optional<store::StoredEvent>();
  }

  Result<std::optional<store::StoredDocument>> GetDocument(const std::string& doc_id) override {
    std::lock_guard<std::mutex> lock(db_->mu);
    auto it = db_->documents.find(doc_id);
    if (it == db_->documents.end()) return std::optional<store::StoredDocument>();
    return std::optional<store::StoredDocument>(it->second);
  }

  Result<store::Stats> GetStats(const store::EventFilter& f) override {
    std::lock_guard<std::mutex> lock(db_->mu);
    store::EventFilter all = f;
    all.limit = 0;
    all.offset = 0;
    store::Stats s;
    std::map<std::string, int64_t> by_day, fat_day, by_type, by_country, by_actor;
    for (const auto& se : Matching(all)) {
      const Event& e = se.event;
      ++s.events;
      s.fatalities += e.fatalities;
      if (e.date) {
        ++by_day[e.date->ToString()];
        fat_day[e.date->ToString()] += e.fatalities;
      }
      ++by_type[e.event_type];
      if (!e.country.empty()) ++by_country[e.country];
      if (!e.actor1.empty()) ++by_actor[e.actor1];
      if (!e.actor2.empty()) ++by_actor[e.actor2];
    }
    s.events_by_day.assign(by_day.begin(), by_day.end());
    s.fatalities_by_day.assign(fat_day.begin(), fat_day.end());
    s.by_type = ByCount(by_type);
    s.by_country = ByCount(by_country);
    s.by_actor = ByCount(by_actor);
    return s;
  }

  Result<std::vector<std::pair<std::string, int64_t>>> Actors(const store::EventFilter& f) override {
    std::lock_guard<std::mutex> lock(db_->mu);
    std::map<std::string, int64_t> counts;
    for (const auto& se : Matching(Unpaged(f))) {
      if (!se.event.actor1.empty()) ++counts[se.event.actor1];
      if (!se.event.actor2.empty()) ++counts[se.event.actor2];
    }
    return Page(ByCount(counts), f);
  }

  Result<std::vector<std::pair<std::string, int64_t>>> Places(const store::EventFilter& f) override {
    std::lock_guard<std::mutex> lock(db_->mu);
    std::map<std::string, int64_t> counts;
    for (const auto& se : Matching(Unpaged(f))) {
      if (!se.event.location.empty()) ++counts[se.event.location];
    }
    return Page(ByCount(counts), f);
  }

 private:
  static store::EventFilter Unpaged(store::EventFilter f) {
    f.limit = 0;
    f.offset = 0;
    return f;
  }

  static std::vector<std::pair<std::string, int64_t>> ByCount(const std::map<std::string, int64_t>& m) {
    std::vector<std::pair<std::string, int64_t>> v(m.begin(), m.end());
    std::stable_sort(v.begin(), v.end(), [](const auto& a, const auto& b) { return a.second > b.second; });
    return v;
  }

  static std::vector<std::pair<std::string, int64_t>> Page(std::vector<std::pair<std::string, int64_t>> v,
                                                           const store::EventFilter& f) {
    size_t start = std::min<size_t>(static_cast<size_t>(f.offset), v.size());
    size_t end = f.limit <= 0 ? v.size() : std::min<size_t>(start + static_cast<size_t>(f.limit), v.size());
    return {v.begin() + static_cast<std::ptrdiff_t>(start), v.begin() + static_cast<std::ptrdiff_t>(end)};
  }

  std::vector<store::StoredEvent> Matching(const store::EventFilter& f) const {
    std::vector<store::StoredEvent> hits;
    for (const auto& se : db_->events) {
      const Event& e = se.event;
      if (f.id && se.id != *f.id) continue;
      if (f.from && (!e.date || *e.date < *f.from)) continue;
      if (f.to && (!e.date || *e.date > *f.to)) continue;
      if (!f.country.empty() && e.country != f.country) continue;
      if (!f.admin1.empty() && e.admin1 != f.admin1) continue;
      if (f.bbox && (!e.lat || !e.lon || *e.lon < f.bbox->min_lon || *e.lon > f.bbox->max_lon ||
                     *e.lat < f.bbox->min_lat || *e.lat > f.bbox->max_lat)) {
        continue;
      }
      if (!f.event_type.empty() && e.event_type != f.event_type && e.sub_event_type != f.event_type) continue;
      if (!f.actor.empty() && e.actor1 != f.actor && e.actor2 != f.actor) continue;
      if (!f.text.empty()) {
        auto has = [&](const std::string& s) { return s.find(f.text) != std::string::npos; };
        if (!has(e.location) && !has(e.actor1) && !has(e.actor2) && !has(e.evidence)) continue;
      }
      hits.push_back(se);
    }
    std::stable_sort(hits.begin(), hits.end(), [](const auto& a, const auto& b) {
      if (a.event.date != b.event.date) return a.event.date > b.event.date;
      return a.id > b.id;
    });
    return hits;
  }

  std::shared_ptr<FakeDatabase> db_;
};

}  // namespace rasd::server::testing
