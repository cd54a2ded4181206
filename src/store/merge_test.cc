// Stage `store`: merge rules and canonical fields, table-driven, without a database.
#include "store/merge.h"

#include <gtest/gtest.h>

namespace rasd::store {
namespace {

Event Base() {
  Event e;
  e.event_type = "Battles";
  e.sub_event_type = "Armed clash";
  e.date = Day::Parse("2023-05-16");
  e.location = "الشحيل";
  e.country = "Syria";
  e.lat = 35.08;
  e.lon = 40.52;
  e.actor1 = "Syrian Democratic Forces";
  e.actor2 = "Islamic State (Syria)";
  return e;
}

struct Case {
  const char* name;
  void (*change)(Event&);
  bool merges;
};

TEST(MatchRule, EachRuleAndEachNonMerge) {
  const Case cases[] = {
      {"identical", [](Event&) {}, true},
      {"sub-type missing", [](Event& e) { e.sub_event_type.clear(); }, true},
      {"other sub-type", [](Event& e) { e.sub_event_type = "Government regains territory"; }, false},
      {"other type", [](Event& e) { e.event_type = "Protests"; }, false},
      {"next day", [](Event& e) { e.date = e.date->AddDays(1); }, true},
      {"day before", [](Event& e) { e.date = e.date->AddDays(-1); }, true},
      {"two days", [](Event& e) { e.date = e.date->AddDays(2); }, false},
      {"no date", [](Event& e) { e.date.reset(); }, false},
      {"5 km, other name", [](Event& e) { e.location = "ذيبان", e.lat = 35.035; }, true},
      {"30 km, other name", [](Event& e) { e.location = "البصيرة", e.lat = 35.35; }, false},
      {"same name, no coords", [](Event& e) { e.lat.reset(), e.lon.reset(); }, true},
      {"same name with marks, no coords", [](Event& e) { e.location = "الشُّحَيل", e.lat.reset(); }, true},
      {"same name other country, no coords", [](Event& e) { e.country = "Iraq", e.lat.reset(); }, false},
      {"other name, no coords", [](Event& e) { e.location = "ذيبان", e.lat.reset(); }, false},
      {"no place", [](Event& e) { e.location.clear(), e.lat.reset(), e.lon.reset(); }, false},
      {"actor1 missing", [](Event& e) { e.actor1.clear(); }, true},
      {"actor1 generic", [](Event& e) { e.actor1 = "Unidentified Armed Group (Syria)"; }, true},
      {"actor1 other", [](Event& e) { e.actor1 = "Military Forces of Syria"; }, false},
      {"actor2 missing", [](Event& e) { e.actor2.clear(); }, true},
      {"actor2 other", [](Event& e) { e.actor2 = "Military Forces of Syria"; }, false},
  };
  for (const Case& c : cases) {
    Event e = Base();
    c.change(e);
    std::optional<std::string> why = MatchRule(Base(), e);
    EXPECT_EQ(why.has_value(), c.merges) << c.name << (why ? ": " + *why : "");
    // The rule is symmetric in which side is canonical.
    EXPECT_EQ(MatchRule(e, Base()).has_value(), c.merges) << c.name << " (swapped)";
  }
}

TEST(MatchScore, PrefersSameDayAndSameText) {
  Event e = Base();
  Event next = Base();
  next.date = next.date->AddDays(1);
  EXPECT_GT(MatchScore(Base(), e), MatchScore(next, e));
}

TEST(Canonical, LowestCredibleFatalitiesAndMostPreciseFields) {
  Event a = Base(), b = Base(), c = Base();
  a.fatalities = 0;  // "not said"
  a.date_precision = 2;
  a.geo_precision = 2;
  a.lat.reset(), a.lon.reset();
  a.actor1 = "Unidentified Armed Group (Syria)";
  a.evidence = "first";
  b.fatalities = 7;
  b.injured = 10;
  b.date = b.date->AddDays(-1);
  b.date_precision = 1;
  b.confidence = 0.9;
  c.fatalities = 4;
  c.injured = 0;
  c.date_precision = 1;
  c.location = "قرب الشحيل";
  Event k = Canonical({a, b, c});
  EXPECT_EQ(k.fatalities, 4);
  EXPECT_EQ(k.injured, 10);
  EXPECT_EQ(k.date, b.date);  // first of the most precise
  EXPECT_EQ(k.date_precision, 1);
  EXPECT_EQ(k.location, "الشحيل");  // b: precision 1 with coordinates, before c
  EXPECT_EQ(k.geo_precision, 1);
  EXPECT_EQ(k.actor1, "Syrian Democratic Forces");
  EXPECT_EQ(k.evidence, "first");
  EXPECT_DOUBLE_EQ(k.confidence, 0.9);
  Event z = Base();
  z.injured = 0;
  EXPECT_EQ(Canonical({Base(), z}).injured, 0);
  EXPECT_FALSE(Canonical({Base()}).injured.has_value());
  EXPECT_EQ(Canonical({Base()}).fatalities, 0);
}

TEST(Canonical, FatalitiesAreTheLowestFigureAnotherReportConfirms) {
  auto toll = [](std::vector<int64_t> figures) {
    std::vector<Event> sources;
    for (int64_t f : figures) {
      sources.push_back(Base());
      sources.back().fatalities = f;
      sources.back().injured = f == 0 ? std::nullopt : std::optional<int64_t>(f * 2);
    }
    Event k = Canonical(sources);
    EXPECT_EQ(k.injured.value_or(0), k.fatalities * 2);  // injured follow the same rule
    return k.fatalities;
  };
  // A stray 3 from another clause and an early 100 do not win over what several outlets agree on.
  EXPECT_EQ(toll({100, 3, 100, 10, 150, 10, 14}), 10);
  EXPECT_EQ(toll({38, 40, 52}), 38);  // 38 and 40 confirm each other
  EXPECT_EQ(toll({45, 40}), 40);
  EXPECT_EQ(toll({5, 50}), 5);        // no two agree: the most conservative
  EXPECT_EQ(toll({12}), 12);
  EXPECT_EQ(toll({0, 9, 0}), 9);      // 0 is "not said"
  EXPECT_EQ(toll({0, 0}), 0);
}

// Vague tolls are GUIDELINES values ("قتلى" 3, "عشرات" 10), not reports: two of them agree at 3 by
// construction. They count only when no report writes a figure.
TEST(Canonical, VagueTollsCountOnlyWithoutANumberedReport) {
  struct Report {
    int64_t fatalities;
    bool vague;
  };
  auto toll = [](std::vector<Report> reports, bool* vague = nullptr) {
    std::vector<Event> sources;
    for (const Report& r : reports) {
      sources.push_back(Base());
      sources.back().fatalities = r.fatalities;
      sources.back().fatalities_vague = r.vague;
    }
    Event k = Canonical(sources);
    if (vague) *vague = k.fatalities_vague;
    return k.fatalities;
  };
  bool vague = true;
  // Two unnumbered plurals (3, 3) and two "عشرات" (10, 10) beside numbered reports that agree on 40.
  EXPECT_EQ(toll({{3, true}, {100, false}, {3, true}, {10, true}, {40, false}, {10, true}, {42, false}}, &vague), 40);
  EXPECT_FALSE(vague);
  EXPECT_EQ(toll({{3, true}, {3, true}, {25, false}}), 25);  // one figure beats any number of conventions
  EXPECT_EQ(toll({{10, true}, {3, true}, {10, true}}, &vague), 10);  // only vague ones: the same rule among them
  EXPECT_TRUE(vague);
  EXPECT_EQ(toll({{3, true}, {0, false}}, &vague), 3);  // a report without a toll is no figure
  EXPECT_TRUE(vague);
  EXPECT_EQ(toll({{0, false}}, &vague), 0);
  EXPECT_FALSE(vague);
}

}  // namespace
}  // namespace rasd::store
