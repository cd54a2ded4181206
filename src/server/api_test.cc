// Stage `server`: parameter validation and JSON rendering of the HTTP API, without the HTTP layer.
#include "server/api.h"

#include <gtest/gtest.h>
#include <simdjson.h>

namespace rasd::server {
namespace {

Result<ApiQuery> Parse(std::initializer_list<std::pair<const std::string, std::string>> kv,
                       QueryKind kind = QueryKind::kEvents) {
  return ParseQuery(kind, Params(kv));
}

TEST(ApiParams, FiltersAreRead) {
  Result<ApiQuery> q = Parse({{"from", "2019-03-01"}, {"to", "2019-03-31"}, {"country", "Syria"},
                              {"admin1", "Deir ez-Zor"}, {"bbox", "35.5,32.3,42.4,37.3"}, {"type", "Battles"},
                              {"actor", "SDF"}, {"text", "الباغوز"}, {"limit", "20"}, {"offset", "40"},
                              {"format", "json"}});
  ASSERT_TRUE(q.ok()) << q.status().ToString();
  const store::EventFilter& f = q->filter;
  EXPECT_EQ(f.from->ToString(), "2019-03-01");
  EXPECT_EQ(f.to->ToString(), "2019-03-31");
  EXPECT_EQ(f.country, "Syria");
  EXPECT_EQ(f.admin1, "Deir ez-Zor");
  ASSERT_TRUE(f.bbox);
  EXPECT_DOUBLE_EQ(f.bbox->min_lon, 35.5);
  EXPECT_DOUBLE_EQ(f.bbox->max_lat, 37.3);
  EXPECT_EQ(f.event_type, "Battles");
  EXPECT_EQ(f.actor, "SDF");
  EXPECT_EQ(f.text, "الباغوز");
  EXPECT_EQ(f.limit, 20);
  EXPECT_EQ(f.offset, 40);
  EXPECT_EQ(q->format, Format::kJson);
}

TEST(ApiParams, Defaults) {
  Result<ApiQuery> q = Parse({});
  ASSERT_TRUE(q.ok());
  EXPECT_EQ(q->filter.limit, kDefaultEventLimit);
  EXPECT_EQ(q->filter.offset, 0);
  EXPECT_EQ(q->format, Format::kGeoJson);
  EXPECT_EQ(ParseQuery(QueryKind::kStats, {})->filter.limit, 0);  // stats cover every matching event
}

TEST(ApiParams, InvalidValuesAreRefusedWithTheirName) {
  struct Case {
    std::string key, value;
  } cases[] = {
      {"from", "2019-13-01"}, {"from", "2019-02-29"}, {"from", "yesterday"}, {"from", "2019-03-01T00:00"},
      {"from", ""}, {"to", "20190301"}, {"to", "2019-3-1"},
      {"bbox", "1,2,3"}, {"bbox", "1,2,3,4,5"}, {"bbox", "a,b,c,d"}, {"bbox", "200,0,201,1"},
      {"bbox", "0,-91,1,0"}, {"bbox", "10,0,5,1"}, {"bbox", "0,10,1,5"}, {"bbox", "nan,0,1,1"},
      {"bbox", "inf,0,1,1"}, {"bbox", "1,,2,3"}, {"bbox", " 1,2,3,4"}, {"bbox", ""},
      {"limit", "0"}, {"limit", "10001"}, {"limit", "-5"}, {"limit", "ten"}, {"limit", "1e3"}, {"limit", ""},
      {"limit", "99999999999999999999999"}, {"offset", "-1"}, {"offset", "1.5"}, {"offset", "1000000001"},
      {"format", "xml"}, {"format", ""}, {"format", "JSON"},
      {"country", std::string(kMaxTextParam + 1, 'x')}, {"actor", "a\x01" "b"}, {"text", "\xff\xfe"},
      {"admin1", "line\nbreak"},
  };
  for (const Case& c : cases) {
    Result<ApiQuery> q = Parse({{c.key, c.value}});
    ASSERT_FALSE(q.ok()) << c.key << "=" << c.value;
    EXPECT_EQ(q.status().code(), Status::Code::kInvalidArgument);
    EXPECT_NE(q.status().message().find("'" + c.key + "'"), std::string::npos) << q.status().message();
  }
}

TEST(ApiParams, UnknownRepeatedAndReversed) {
  EXPECT_FALSE(Parse({{"contry", "Syria"}}).ok());
  EXPECT_FALSE(Parse({{"country", "Syria"}, {"country", "Iraq"}}).ok());
  EXPECT_FALSE(Parse({{"from", "2019-04-01"}, {"to", "2019-03-01"}}).ok());
  EXPECT_TRUE(Parse({{"from", "2019-03-01"}, {"to", "2019-03-01"}}).ok());
  // Paging and format belong to lists only.
  EXPECT_FALSE(Parse({{"limit", "5"}}, QueryKind::kStats).ok());
  EXPECT_FALSE(Parse({{"format", "json"}}, QueryKind::kCounts).ok());
  EXPECT_TRUE(Parse({{"limit", "5"}}, QueryKind::kCounts).ok());
}

TEST(ApiParams, InjectionStringsAreOnlyValues) {
  // A quote is a legal character of a name: such strings pass as values (bound, never spliced into
  // SQL) or fail validation where the parameter is a number, date, box or format.
  for (const char* inj : {"' OR '1'='1", "1; DROP TABLE events; --", "\" OR 1=1 --", "%' OR 1=1 --"}) {
    for (const char* key : {"country", "admin1", "type", "actor", "text"}) {
      Result<ApiQuery> q = Parse({{key, inj}});
      ASSERT_TRUE(q.ok());
    }
    for (const char* key : {"from", "to", "bbox", "limit", "offset", "format"}) EXPECT_FALSE(Parse({{key, inj}}).ok());
    EXPECT_FALSE(ParseEventId(inj).ok());
  }
}

TEST(ApiParams, EventId) {
  EXPECT_EQ(*ParseEventId("42"), 42);
  EXPECT_EQ(*ParseEventId("9223372036854775807"), INT64_MAX);
  for (const char* bad : {"", "0", "-1", "+1", "1.5", "abc", "1 ", "0x10", "9223372036854775808", "99999999999999999999"}) {
    EXPECT_FALSE(ParseEventId(bad).ok()) << bad;
  }
}

TEST(ApiArticle, ParsesAndRefuses) {
  Result<Document> d = ParseArticleJson(
      R"({"id":"a1","title":"عنوان","text":"نص","published":"2019-03-12","url":"https://example.org/a1","extra":1})");
  ASSERT_TRUE(d.ok()) << d.status().ToString();
  EXPECT_EQ(d->id, "a1");
  EXPECT_EQ(d->title, "عنوان");
  EXPECT_EQ(d->published->ToString(), "2019-03-12");
  EXPECT_EQ(d->url, "https://example.org/a1");
  for (const char* bad : {"", "[]", "{", R"({"text":"x"})", R"({"id":"a"})", R"({"id":"","text":"x"})",
                          R"({"id":1,"text":"x"})", R"({"id":"a","text":"x","published":"soon"})",
                          "{\"id\":\"a\",\"text\":\"\xff\"}", R"({"id":"a","text":"x\u0000y"})"}) {
    EXPECT_FALSE(ParseArticleJson(bad).ok()) << bad;
  }
}

TEST(ApiJson, MarkupInDataStaysAStringAndOutputParses) {
  store::StoredEvent se;
  se.id = 7;
  se.event.event_type = "Battles";
  se.event.actor1 = "<script>alert(1)</script>";
  se.event.evidence = "\"quoted\" \\ <img src=x onerror=alert(1)>";
  se.event.lat = 34.5;
  se.event.lon = 40.9;
  se.event.date = Day::Parse("2019-03-12");
  se.source_count = 1;
  store::EventFilter f;
  for (const std::string& body : {EventsGeoJson({se}, 1, f), EventsJson({se}, 1, f)}) {
    simdjson::dom::parser p;
    simdjson::dom::element root;
    ASSERT_EQ(p.parse(body).get(root), simdjson::SUCCESS) << body;
  }
  simdjson::dom::parser p;
  simdjson::dom::element root = p.parse(EventsGeoJson({se}, 1, f));
  auto feature = root["features"].at(0);
  EXPECT_EQ(std::string_view(feature["properties"]["actor1"]), "<script>alert(1)</script>");
  EXPECT_DOUBLE_EQ(double(feature["geometry"]["coordinates"].at(0)), 40.9);
  EXPECT_EQ(int64_t(root["total"]), 1);
}

}  // namespace
}  // namespace rasd::server
