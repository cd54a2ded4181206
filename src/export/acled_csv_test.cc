// ACLED CSV export: the 2023 header, ACLED's codes (inter, interaction, disorder type, civilian
// targeting, ISO numeric, region) and RFC 4180 quoting, on hand-built canonical events.
#include "export/acled_csv.h"
#include "export/testing.h"

#include <gtest/gtest.h>

#include <random>

#include <fstream>

namespace rasd::exporter {
namespace {

using testing::ParseCsv;

class AcledCsvTest : public ::testing::Test {
 protected:
  void SetUp() override {
    Result<CountryTable> t = CountryTable::Load(std::string(RASD_TEST_DICT_DIR) + "/countries.tsv");
    ASSERT_TRUE(t.ok()) << t.status().ToString();
    countries_ = std::move(*t);
    inters_.Add("Military Forces of {country}", 1);
    inters_.Add("Civilians ({country})", 7);
    inters_.Add("Protesters ({country})", 6);
    inters_.Add("Police Forces of {country}", 1);
    inters_.Add("Military Forces of Israel", 8);
    inters_.Add("Hamas", 2);
    inters_.Add("Islamic State", 2);
  }

  std::vector<std::string> Row(const store::StoredEvent& e) {
    AcledCsvWriter w({&countries_, &inters_, 1700000000});
    std::string out;
    AcledCsvWriter::AppendHeader(out);
    w.AppendRow(e, out);
    auto rows = ParseCsv(out);
    EXPECT_EQ(rows.size(), 2u);
    if (rows.size() != 2) return {};
    EXPECT_EQ(rows[1].size(), 31u);
    return rows[1];
  }
  std::string Col(const std::vector<std::string>& row, std::string_view name) {
    for (size_t i = 0; i < kAcledColumns.size(); ++i) {
      if (name == kAcledColumns[i] && i < row.size()) return row[i];
    }
    ADD_FAILURE() << "no column " << name;
    return "";
  }

  CountryTable countries_;
  ActorInterTable inters_;
};

store::StoredEvent Airstrike() {
  store::StoredEvent e;
  e.id = 42;
  e.event.event_type = "Explosions/Remote violence";
  e.event.sub_event_type = "Air/drone strike";
  e.event.date = Day::Parse("2023-05-16");
  e.event.actor1 = "Military Forces of Israel";
  e.event.actor2 = "Civilians (Palestine)";
  e.event.location = "خان يونس";
  e.event.country = "Palestine";
  e.event.admin1 = "Gaza Strip";
  e.event.lat = 31.3462;
  e.event.lon = 34.3063;
  e.event.geo_precision = 1;
  e.event.fatalities = 3;
  e.event.evidence = "استشهد ثلاثة مواطنين، بينهم طفل، في غارة إسرائيلية على خان يونس،\nجنوب قطاع غزة";
  e.source_count = 2;
  store::EventSource a, b;
  a.source = "Al Mayadeen";
  b.source = "Sky News Arabia";
  e.sources = {a, b, a};
  return e;
}

TEST_F(AcledCsvTest, HeaderIsAcled2023InOrder) {
  std::string out;
  AcledCsvWriter::AppendHeader(out);
  EXPECT_EQ(out,
            "event_id_cnty,event_date,year,time_precision,disorder_type,event_type,sub_event_type,actor1,"
            "assoc_actor_1,inter1,actor2,assoc_actor_2,inter2,interaction,civilian_targeting,iso,region,country,"
            "admin1,admin2,admin3,location,latitude,longitude,geo_precision,source,source_scale,notes,"
            "fatalities,tags,timestamp\r\n");
}

TEST_F(AcledCsvTest, AirstrikeOnCiviliansRow) {
  std::vector<std::string> r = Row(Airstrike());
  ASSERT_EQ(r.size(), 31u);
  EXPECT_EQ(Col(r, "event_id_cnty"), "PSE42");
  EXPECT_EQ(Col(r, "event_date"), "2023-05-16");
  EXPECT_EQ(Col(r, "year"), "2023");
  EXPECT_EQ(Col(r, "time_precision"), "1");
  EXPECT_EQ(Col(r, "disorder_type"), "Political violence");
  EXPECT_EQ(Col(r, "inter1"), "8");
  EXPECT_EQ(Col(r, "inter2"), "7");
  EXPECT_EQ(Col(r, "interaction"), "78");
  EXPECT_EQ(Col(r, "civilian_targeting"), "Civilian targeting");
  EXPECT_EQ(Col(r, "iso"), "275");
  EXPECT_EQ(Col(r, "region"), "Middle East");
  EXPECT_EQ(Col(r, "location"), "خان يونس");
  EXPECT_EQ(Col(r, "latitude"), "31.3462");
  EXPECT_EQ(Col(r, "longitude"), "34.3063");
  EXPECT_EQ(Col(r, "source"), "Al Mayadeen; Sky News Arabia");
  EXPECT_EQ(Col(r, "notes"),
            "On 16 May 2023, استشهد ثلاثة مواطنين، بينهم طفل، في غارة إسرائيلية على خان يونس، جنوب قطاع غزة "
            "[2 reports]");
  EXPECT_EQ(Col(r, "fatalities"), "3");
  EXPECT_EQ(Col(r, "tags"), "");
  EXPECT_EQ(Col(r, "timestamp"), "1700000000");
}

TEST_F(AcledCsvTest, SoleActorProtestAndUnknownCountry) {
  store::StoredEvent e;
  e.id = 7;
  e.event.event_type = "Protests";
  e.event.sub_event_type = "Peaceful protest";
  e.event.actor1 = "Protesters (Atlantis)";
  e.event.country = "Atlantis";
  e.event.evidence = "تظاهر \"المئات\", وسط المدينة";
  std::vector<std::string> r = Row(e);
  ASSERT_EQ(r.size(), 31u);
  EXPECT_EQ(Col(r, "event_id_cnty"), "XXX7");
  EXPECT_EQ(Col(r, "event_date"), "");
  EXPECT_EQ(Col(r, "year"), "");
  EXPECT_EQ(Col(r, "inter1"), "6");
  EXPECT_EQ(Col(r, "inter2"), "0");
  EXPECT_EQ(Col(r, "interaction"), "60");
  EXPECT_EQ(Col(r, "disorder_type"), "Demonstrations");
  EXPECT_EQ(Col(r, "iso"), "");
  EXPECT_EQ(Col(r, "region"), "");
  EXPECT_EQ(Col(r, "latitude"), "");
  EXPECT_EQ(Col(r, "notes"), "تظاهر \"المئات\", وسط المدينة");  // quotes and comma survive the quoting
  EXPECT_EQ(Col(r, "tags"), "crowd size=no report");
}

TEST(AcledCodes, InteractionLowerFirstAndSole) {
  EXPECT_EQ(AcledInteraction(2, 1), 12);
  EXPECT_EQ(AcledInteraction(1, 2), 12);
  EXPECT_EQ(AcledInteraction(8, 8), 88);
  EXPECT_EQ(AcledInteraction(3, 0), 30);
  EXPECT_EQ(AcledInteraction(0, 0), 0);
}

TEST(AcledCodes, DisorderTypes) {
  EXPECT_EQ(AcledDisorderType("Battles", "Armed clash", 2), "Political violence");
  EXPECT_EQ(AcledDisorderType("Protests", "Excessive force against protesters", 1), "Political violence; Demonstrations");
  EXPECT_EQ(AcledDisorderType("Protests", "Protest with intervention", 1), "Demonstrations");
  EXPECT_EQ(AcledDisorderType("Riots", "Violent demonstration", 1), "Demonstrations");
  EXPECT_EQ(AcledDisorderType("Riots", "Mob violence", 7), "Political violence");
  EXPECT_EQ(AcledDisorderType("Riots", "Mob violence", 6), "Political violence; Demonstrations");
  EXPECT_EQ(AcledDisorderType("Violence against civilians", "Attack", 6), "Political violence; Demonstrations");
  EXPECT_EQ(AcledDisorderType("Strategic developments", "Arrests", 7), "Strategic developments");
  EXPECT_EQ(AcledCivilianTargeting("Strategic developments", 7), "");
  EXPECT_EQ(AcledCivilianTargeting("Political violence", 7), "Civilian targeting");
  EXPECT_EQ(AcledCivilianTargeting("Political violence", 2), "");
}

TEST(AcledCodes, ActorInterPatterns) {
  ActorInterTable t;
  t.Add("Military Forces of {country}", 1);
  t.Add("Military Forces of Israel", 8);
  t.Add("Civilians ({country})", 7);
  t.Add("Hamas", 2);
  t.Add("Hamas", 3);  // a second row of the same actor: the first wins
  EXPECT_EQ(t.Find("Military Forces of Syria"), 1);
  EXPECT_EQ(t.Find("Military Forces of Israel"), 8);
  EXPECT_EQ(t.Find("Civilians (Yemen)"), 7);
  EXPECT_EQ(t.Find("Civilians ()"), 0);
  EXPECT_EQ(t.Find("Hamas"), 2);
  EXPECT_EQ(t.Find("Nobody"), 0);
  EXPECT_EQ(t.Find(""), 0);
}

TEST(AcledCodes, CsvQuoting) {
  std::string out;
  AppendCsvField("plain", out);
  AppendCsvField("a,b", out);
  AppendCsvField("say \"hi\"", out);
  AppendCsvField("line\nbreak", out);
  AppendCsvField(" padded", out);
  EXPECT_EQ(out, "plain\"a,b\"\"say \"\"hi\"\"\"\"line\nbreak\"\" padded\"");
}

TEST(CountryTableTest, ProjectTableLoadsAndBadRowsAreNamed) {
  Result<CountryTable> t = CountryTable::Load(std::string(RASD_TEST_DICT_DIR) + "/countries.tsv");
  ASSERT_TRUE(t.ok()) << t.status().ToString();
  const CountryCodes* syria = t->Find("Syria");
  ASSERT_NE(syria, nullptr);
  EXPECT_EQ(syria->iso3, "SYR");
  EXPECT_EQ(syria->iso_numeric, 760);
  EXPECT_EQ(syria->region, "Middle East");
  ASSERT_NE(t->Find("Algeria"), nullptr);
  EXPECT_EQ(t->Find("Algeria")->iso_numeric, 12);
  EXPECT_EQ(t->Find("Narnia"), nullptr);

  Result<CountryTable> bad = CountryTable::Parse("# c\nSyria\tSY\tSYR\tx\tMiddle East\n", "countries.tsv");
  ASSERT_FALSE(bad.ok());
  EXPECT_NE(bad.status().message().find("countries.tsv:2:"), std::string::npos) << bad.status().message();
  EXPECT_FALSE(CountryTable::Parse("Syria\tSY\tSYR\t760\n", "c.tsv").ok());
  EXPECT_FALSE(CountryTable::Load("/nonexistent/countries.tsv").ok());
}

// AppendCsvField looks for comma, quote, CR and LF eight bytes at a time; it must quote exactly when
// a byte-by-byte scan would, wherever those bytes fall.
TEST(AcledCodes, CsvQuotingMatchesTheByteByByteRule) {
  auto reference = [](std::string_view s) {
    bool quote = !s.empty() && (s.front() == ' ' || s.back() == ' ');
    for (char c : s) quote = quote || c == ',' || c == '"' || c == '\n' || c == '\r';
    if (!quote) return std::string(s);
    std::string out = "\"";
    for (char c : s) {
      if (c == '"') out += '"';
      out += c;
    }
    return out + "\"";
  };
  const char alphabet[] = {'a', ' ', ',', '"', '\n', '\r', '\t', ';', '\xd8', '\xa7', 0, '\\'};
  std::mt19937 rng(54321);
  for (int n = 0; n < 20000; ++n) {
    std::string s(rng() % 40, 'x');
    for (char& c : s) c = n % 2 ? alphabet[rng() % sizeof alphabet] : (rng() % 16 ? '\xd9' : alphabet[rng() % sizeof alphabet]);
    std::string got;
    AppendCsvField(s, got);
    ASSERT_EQ(got, reference(s)) << n;
  }
}

}  // namespace
}  // namespace rasd::exporter
