#include "export/json_writer.h"

#include <gtest/gtest.h>
#include <simdjson.h>

namespace rasd::exporter {
namespace {

Document SampleDoc() {
  Document doc;
  doc.id = "a\"1";
  doc.published = Day::Parse("2019-03-12");
  Event e;
  e.event_type = "Battles";
  e.sub_event_type = "Armed clash";
  e.date = Day::Parse("2019-03-11");
  e.actor1 = "SDF: Syrian Democratic Forces";
  e.location = "الباغوز";
  e.lat = 34.46;
  e.lon = 40.94;
  e.fatalities = 41;
  e.injured = 10;
  e.evidence = "line\nbreak \\ and \x01 control";
  e.spans.location = {10, 24};
  doc.events.push_back(e);
  return doc;
}

TEST(JsonWriterTest, CompactAndPrettyAreValidJsonWithTheContractFields) {
  for (bool pretty : {false, true}) {
    std::string out;
    AppendArticleJson(SampleDoc(), pretty, out);
    ASSERT_EQ(out.back(), '\n');
    simdjson::dom::parser parser;
    simdjson::dom::element root;
    ASSERT_EQ(parser.parse(out).get(root), simdjson::SUCCESS) << out;
    EXPECT_EQ(std::string_view(root["id"]), "a\"1");
    EXPECT_EQ(std::string_view(root["published"]), "2019-03-12");
    simdjson::dom::element ev = root["events"].at(0);
    for (const char* field : {"event_type", "sub_event_type", "date", "date_precision", "actor1", "actor2",
                              "location", "country", "admin1", "lat", "lon", "geo_precision", "fatalities",
                              "injured", "evidence", "confidence", "spans"}) {
      EXPECT_EQ(ev[field].error(), simdjson::SUCCESS) << field;
    }
    EXPECT_TRUE(ev["actor2"].is_null());
    EXPECT_EQ(int64_t(ev["fatalities"]), 41);
    EXPECT_EQ(std::string_view(ev["evidence"]), "line\nbreak \\ and \x01 control");
    EXPECT_EQ(int64_t(ev["spans"]["location"].at(1)), 24);
    EXPECT_EQ(ev["spans"]["actor1"].error(), simdjson::NO_SUCH_FIELD);  // no span: not taken from text
    if (!pretty) {
      EXPECT_EQ(out.find('\n'), out.size() - 1);
    }
  }
}

TEST(JsonWriterTest, EmptyEventListAndMissingDate) {
  Document doc;
  doc.id = "x";
  std::string out;
  AppendArticleJson(doc, false, out);
  EXPECT_EQ(out, "{\"id\":\"x\",\"published\":null,\"events\":[]}\n");
}

}  // namespace
}  // namespace rasd::exporter
