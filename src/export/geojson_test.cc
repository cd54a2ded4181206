// GeoJSON and JSONL exports of canonical events: valid JSON (parsed back with simdjson), RFC 7946
// structure ([lon, lat] Points, no crs), events without coordinates left out and counted.
#include "export/geojson.h"

#include <gtest/gtest.h>
#include <simdjson.h>

#include "export/event_jsonl.h"

namespace rasd::exporter {
namespace {

store::StoredEvent Clash(int64_t id, std::optional<double> lat, std::optional<double> lon) {
  store::StoredEvent e;
  e.id = id;
  e.event.event_type = "Battles";
  e.event.sub_event_type = "Armed clash";
  e.event.date = Day::Parse("2024-02-03");
  e.event.actor1 = "Military Forces of Syria";
  e.event.actor2 = "Islamic State";
  e.event.location = "دير الزور";
  e.event.country = "Syria";
  e.event.lat = lat;
  e.event.lon = lon;
  e.event.fatalities = 4;
  e.event.injured = 2;
  e.event.evidence = "اشتباكات \"عنيفة\" بين الجيش\nوتنظيم الدولة";
  e.event.confidence = 0.8123;
  e.source_count = 1;
  return e;
}

TEST(GeoJsonWriterTest, FeatureCollectionOfPoints) {
  GeoJsonWriter w;
  std::string out;
  w.Begin(out);
  EXPECT_TRUE(w.Append(Clash(1, 35.336, 40.141), out));
  EXPECT_FALSE(w.Append(Clash(2, std::nullopt, std::nullopt), out));
  EXPECT_FALSE(w.Append(Clash(3, 95.0, 40.0), out));  // not a WGS 84 latitude
  EXPECT_TRUE(w.Append(Clash(4, -33.5, -70.25), out));
  w.End(out);
  EXPECT_EQ(w.written(), 2);
  EXPECT_EQ(w.skipped(), 2);

  simdjson::dom::parser parser;
  simdjson::dom::element doc;
  ASSERT_EQ(parser.parse(out).get(doc), simdjson::SUCCESS) << out;
  EXPECT_EQ(std::string_view(doc["type"]), "FeatureCollection");
  simdjson::dom::array features = doc["features"];
  ASSERT_EQ(features.size(), 2u);
  simdjson::dom::element f = features.at(0);
  EXPECT_EQ(std::string_view(f["type"]), "Feature");
  EXPECT_EQ(int64_t(f["id"]), 1);
  EXPECT_EQ(std::string_view(f["geometry"]["type"]), "Point");
  simdjson::dom::array coords = f["geometry"]["coordinates"];
  EXPECT_DOUBLE_EQ(double(coords.at(0)), 40.141);  // longitude first
  EXPECT_DOUBLE_EQ(double(coords.at(1)), 35.336);
  simdjson::dom::element p = f["properties"];
  EXPECT_EQ(std::string_view(p["sub_event_type"]), "Armed clash");
  EXPECT_EQ(std::string_view(p["evidence"]), "اشتباكات \"عنيفة\" بين الجيش\nوتنظيم الدولة");
  EXPECT_EQ(int64_t(p["fatalities"]), 4);
  EXPECT_EQ(std::string_view(p["date"]), "2024-02-03");
  EXPECT_TRUE(p["admin1"].is_null());
  EXPECT_EQ(doc["crs"].error(), simdjson::NO_SUCH_FIELD);
  EXPECT_DOUBLE_EQ(double(features.at(1)["geometry"]["coordinates"].at(0)), -70.25);
}

TEST(GeoJsonWriterTest, EmptyCollectionIsValid) {
  GeoJsonWriter w;
  std::string out;
  w.Begin(out);
  w.End(out);
  simdjson::dom::parser parser;
  simdjson::dom::element doc;
  ASSERT_EQ(parser.parse(out).get(doc), simdjson::SUCCESS) << out;
  EXPECT_EQ(simdjson::dom::array(doc["features"]).size(), 0u);
}

TEST(EventJsonlTest, CanonicalEventWithSources) {
  store::StoredEvent e = Clash(9, 35.3, 40.1);
  e.source_count = 2;
  store::EventSource a;
  a.doc_id = "doc-a";
  a.title = "عنوان";
  a.source = "Outlet A";
  a.published = Day::Parse("2024-02-04");
  a.event = e.event;
  a.event.spans.evidence = {10, 80};
  a.event.spans.actor1 = {20, 30};
  store::EventSource b = a;
  b.doc_id = "doc-b";
  b.source = "";
  b.url = "https://example.org/b";
  e.sources = {a, b};

  std::string out;
  AppendStoredEventJsonl(e, out);
  ASSERT_FALSE(out.empty());
  EXPECT_EQ(out.back(), '\n');
  EXPECT_EQ(out.find('\n'), out.size() - 1) << "one line";
  simdjson::dom::parser parser;
  simdjson::dom::element doc;
  ASSERT_EQ(parser.parse(out).get(doc), simdjson::SUCCESS) << out;
  EXPECT_EQ(int64_t(doc["id"]), 9);
  EXPECT_EQ(int64_t(doc["source_count"]), 2);
  EXPECT_EQ(int64_t(doc["injured"]), 2);
  EXPECT_EQ(doc["spans"].error(), simdjson::NO_SUCH_FIELD);  // canonical fields carry no spans
  simdjson::dom::array sources = doc["sources"];
  ASSERT_EQ(sources.size(), 2u);
  EXPECT_EQ(std::string_view(sources.at(0)["doc_id"]), "doc-a");
  EXPECT_EQ(std::string_view(sources.at(0)["published"]), "2024-02-04");
  EXPECT_TRUE(sources.at(0)["url"].is_null());
  EXPECT_EQ(int64_t(sources.at(0)["event"]["spans"]["evidence"].at(1)), 80);
  EXPECT_EQ(std::string_view(sources.at(1)["url"]), "https://example.org/b");
  EXPECT_EQ(JoinedSourceNames(e), "Outlet A; عنوان");
}

TEST(EventJsonlTest, WithoutSourcesNoSourcesMember) {
  std::string out;
  AppendStoredEventJsonl(Clash(3, std::nullopt, std::nullopt), out);
  simdjson::dom::parser parser;
  simdjson::dom::element doc;
  ASSERT_EQ(parser.parse(out).get(doc), simdjson::SUCCESS) << out;
  EXPECT_TRUE(doc["lat"].is_null());
  EXPECT_EQ(doc["sources"].error(), simdjson::NO_SUCH_FIELD);
  EXPECT_NE(out.find("\"confidence\":0.81,"), std::string::npos) << out;
}

}  // namespace
}  // namespace rasd::exporter
