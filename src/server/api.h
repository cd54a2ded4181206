// Stage `server`: the HTTP API's request parsing and JSON rendering, kept apart from the HTTP library
// so each rule can be tested alone.
//
//   Result<ApiQuery> q = ParseQuery(QueryKind::kEvents, req.params);   // 400 with q.status().message()
//   std::string body = EventsGeoJson(events, total);
//
// Parameters are validated strictly (unknown or repeated keys, malformed dates, numbers and boxes are
// errors), so a typo never silently widens a query; the values only ever reach the store as bound
// parameters of prepared statements.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "rasd/document.h"
#include "rasd/status.h"
#include "store/store.h"

namespace rasd::server {

// Query-string parameters as the HTTP layer decoded them (httplib::Params has this type).
using Params = std::multimap<std::string, std::string>;

enum class QueryKind {
  kEvents,  // filters, limit, offset, format
  kStats,   // filters only
  kCounts,  // /api/actors, /api/places: filters, limit, offset
};

enum class Format { kGeoJson, kJson };

struct ApiQuery {
  store::EventFilter filter;
  Format format = Format::kGeoJson;
};

constexpr int64_t kDefaultEventLimit = 500;
constexpr int64_t kMaxEventLimit = 10000;
constexpr int64_t kMaxOffset = 1000000000;
constexpr size_t kMaxTextParam = 200;  // bytes of a string filter: longer values are not names

Result<ApiQuery> ParseQuery(QueryKind kind, const Params& params);

// The id of /api/events/{id}: decimal digits, 1..2^63-1.
Result<int64_t> ParseEventId(const std::string& s);

// An article submitted to POST /api/articles: a JSON object {id, text, title?, published?, url?, source?}.
Result<Document> ParseArticleJson(const std::string& body);

// Renderers. Every string goes through the JSON escaper; article text is data, never markup.
std::string EventsGeoJson(const std::vector<store::StoredEvent>& events, int64_t total, const store::EventFilter& f);
std::string EventsJson(const std::vector<store::StoredEvent>& events, int64_t total, const store::EventFilter& f);
// One canonical event with every source; `texts[i]` is the article text of sources[i] (empty if gone).
std::string EventDetailJson(const store::StoredEvent& event, const std::vector<std::optional<std::string>>& texts);
std::string StatsJson(const store::Stats& stats);
// {"actors": [{"actor": name, "count": n}, ...]} for list_key "actors", item_key "actor".
std::string CountsJson(const std::vector<std::pair<std::string, int64_t>>& counts, const char* list_key,
                       const char* item_key);
std::string IngestJson(const Document& doc, const store::IngestOutcome& outcome);
std::string ErrorJson(const std::string& message);

}  // namespace rasd::server
