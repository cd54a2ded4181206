#include "export/json_writer.h"

#include <gtest/gtest.h>

#include <charconv>
#include <cmath>
#include <cstdio>
#include <random>
#include <simdjson.h>

#include "export/append.h"

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

// AppendJsonString skips eight plain bytes at a time; it must escape exactly as a byte-by-byte
// escaper does (RFC 8259's required escapes, \u00XX in lower case for the other controls), wherever
// the special bytes fall relative to the eight-byte words.
TEST(JsonWriterTest, StringEscapingMatchesTheByteByByteRule) {
  auto reference = [](std::string_view s) {
    std::string out = "\"";
    for (char ch : s) {
      auto c = static_cast<unsigned char>(ch);
      switch (c) {
        case '"': out += "\\\""; break;
        case '\\': out += "\\\\"; break;
        case '\n': out += "\\n"; break;
        case '\r': out += "\\r"; break;
        case '\t': out += "\\t"; break;
        case '\b': out += "\\b"; break;
        case '\f': out += "\\f"; break;
        default:
          if (c < 0x20) {
            char buf[8];
            std::snprintf(buf, sizeof buf, "\\u%04x", c);
            out += buf;
          } else {
            out += ch;
          }
      }
    }
    return out + "\"";
  };
  const char alphabet[] = {'a', ' ', '"', '\\', '\n', '\r', '\t', '\b', '\f', 1, 0x1f, 0x20, 0x7f, '\xd8', '\xa7', 0, '!'};
  std::mt19937 rng(12345);
  for (int n = 0; n < 20000; ++n) {
    std::string s(rng() % 40, 'x');
    for (char& c : s) c = n % 2 ? alphabet[rng() % sizeof alphabet] : static_cast<char>(rng() % 256);
    std::string got;
    AppendJsonString(s, got);
    ASSERT_EQ(got, reference(s)) << n;
  }
}

}  // namespace
}  // namespace rasd::exporter

namespace rasd::exporter {
namespace {

// FixedChars must write exactly what std::to_chars(fixed, decimals) writes: exports compare
// byte-identical across versions. Random coordinates, exact binary ties (0.03125 at 4 decimals,
// 0.125 at 2), negatives that round to zero, and values past the fast path.
TEST(FixedChars, WritesWhatToCharsWrites) {
  auto check = [](double v, int decimals) {
    char want[64], got[64];
    char* want_end = std::to_chars(want, want + sizeof want, v, std::chars_format::fixed, decimals).ptr;
    char* got_end = internal::FixedChars(got, got + sizeof got, v, decimals);
    ASSERT_EQ(std::string(want, want_end), std::string(got, got_end)) << v << " with " << decimals << " decimals";
  };
  std::mt19937_64 rng(42);
  std::uniform_real_distribution<double> coord(-180.0, 180.0), unit(0.0, 1.0);
  for (int i = 0; i < 200000; ++i) {
    check(coord(rng), 4);
    check(unit(rng), 2);
  }
  for (int decimals = 0; decimals <= 5; ++decimals) {
    for (int64_t k = -4096; k <= 4096; ++k) {
      check(static_cast<double>(k) / 32.0, decimals);   // ties at 4 decimals and below
      check(static_cast<double>(k) / 1024.0, decimals);
      check(static_cast<double>(k) * 0.1, decimals);
    }
    // Around the half-way points, on both sides of the margin where FixedChars leaves its
    // double-precision path (within 2^-11 of a tie after scaling).
    const double scale = std::pow(10.0, decimals);
    for (int64_t k = -3000; k <= 3000; k += 7) {
      for (double off : {-3e-3, -4.9e-4, -4.8e-4, -1e-6, 0.0, 1e-6, 4.8e-4, 4.9e-4, 3e-3}) {
        check((static_cast<double>(k) + 0.5 + off) / scale, decimals);
      }
    }
    for (double v : {0.0, -0.0, -0.00001, -0.004, 0.00005, 0.99995, 9.99995, 36.123449999999998, 1e13,
                     -99999999999999.9, 1e14, 1e17, 123456789.123456789}) {
      check(v, decimals);
    }
  }
}

}  // namespace
}  // namespace rasd::exporter
