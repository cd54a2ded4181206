// The scoring rules of score.py, case by case, on small events written here (no gold data).
#include "eval/scorer.h"

#include <gtest/gtest.h>

#include "eval/loader.h"

namespace rasd::eval {
namespace {

// One event from its JSON text, through the file reader.
Value Event(const std::string& json) {
  Result<EventSets> sets = ParseEventSets("{\"id\": \"t\", \"events\": [" + json + "]}", "test");
  EXPECT_TRUE(sets.ok()) << sets.status().message();
  return sets.ok() && !sets->events[0].empty() ? sets->events[0][0] : Value();
}

EventSets Articles(const std::string& jsonl) {
  Result<EventSets> sets = ParseEventSets(jsonl, "test");
  EXPECT_TRUE(sets.ok()) << sets.status().message();
  return sets.ok() ? *sets : EventSets{};
}

// A battle in Mosul on 2023-05-17 by the army against IS; each case overrides a few members.
std::string Battle(const std::string& extra = "") {
  return R"({"event_type": "Battles", "sub_event_type": "Armed clash", "date": "2023-05-17", "actor1": "Army",)"
         R"( "actor2": "IS", "location": "الموصل", "lat": 36.34, "lon": 43.13, "fatalities": 2)" +
         (extra.empty() ? "" : ", " + extra) + "}";
}

TEST(EvalScorerTest, CompatibleFollowsTypeDayAndPlace) {
  struct Case {
    const char* name;
    std::string pred, gold;
    bool compatible;
  };
  const Case cases[] = {
      {"identical", Battle(), Battle(), true},
      {"other event type", Battle(R"("event_type": "Riots")"), Battle(), false},
      {"one day later", Battle(R"("date": "2023-05-18")"), Battle(), true},
      {"one day earlier", Battle(R"("date": "2023-05-16")"), Battle(), true},
      {"two days later", Battle(R"("date": "2023-05-19")"), Battle(), false},
      {"across a month end", Battle(R"("date": "2023-06-01")"), Battle(R"("date": "2023-05-31")"), true},
      {"time of day ignored", Battle(R"("date": "2023-05-17T23:00:00Z")"), Battle(), true},
      {"dated vs undated", Battle(), Battle(R"("date": null)"), false},
      {"undated vs dated", Battle(R"("date": null)"), Battle(), false},
      {"unreadable date counts as undated", Battle(R"("date": "sometime")"), Battle(R"("date": null)"), true},
      {"both undated", Battle(R"("date": null)"), Battle(R"("date": null)"), true},
      {"20 km apart", Battle(R"("lat": 36.52)"), Battle(), true},
      {"30 km apart", Battle(R"("lat": 36.61)"), Battle(), false},
      {"no coordinates, same text", Battle(R"("lat": null, "lon": null)"), Battle(), true},
      {"no coordinates, other text", Battle(R"("lat": null, "location": "حلب")"), Battle(), false},
      {"no coordinates, folded text", Battle(R"("lat": null, "location": "مَوْصِل")"), Battle(), true},
      {"no coordinates, empty texts", Battle(R"("lat": null, "location": "")"), Battle(R"("location": "")"), false},
      {"coordinates as text", Battle(R"("lat": "36.34", "lon": " 43.13 ")"), Battle(), true},
  };
  for (const Case& c : cases) EXPECT_EQ(Compatible(Event(c.pred), Event(c.gold)), c.compatible) << c.name;
}

TEST(EvalScorerTest, NormPlaceFoldsArabicSpelling) {
  const std::pair<const char*, const char*> cases[] = {
      {"الْمَوْصِل", "موصل"},       // harakat and the article go
      {"  البصرة ", "بصره"},          // trimmed first; ة -> ه
      {"إدلب", "ادلب"},              // إ -> ا
      {"أربيل", "اربيل"},            // أ -> ا
      {"آمرلي", "امرلي"},            // آ -> ا
      {"بنـــي وليد", "بني وليد"},    // tatweel
      {"المنى", "مني"},              // ى -> ي
      {"ﺣﻠﺐ", "حلب"},                // presentation forms, by NFKC
      {"ﻻ", "لا"},                   // the lam-alef ligature, by NFKC
      {"عَيْنُ ٱلعرب", "عين ٱلعرب"},   // only a leading ال goes
      {"", ""},
  };
  for (const auto& [in, want] : cases) EXPECT_EQ(NormPlace(Value::String(in)), want) << in;
  EXPECT_EQ(NormPlace(Value()), "");
}

TEST(EvalScorerTest, ParseDayReadsWhatDateFromIsoformatReads) {
  const std::pair<Value, std::optional<int>> cases[] = {
      {Value::String("1970-01-02"), 1},
      {Value::String("1970-01-02T10:00:00+03:00"), 1},
      {Value::String("19700102"), 1},
      {Value::String("1970-W01-4"), 0},  // ISO week dates: Thursday of week 1 of 1970
      {Value::String("1970W014"), 0},
      {Value::String("1970-W01"), -3},   // the Monday
      {Value::String("2020-W53"), 18624},
      {Value::String("2021-W53"), std::nullopt},
      {Value::String("2023-02-29"), std::nullopt},
      {Value::String("2023-5-17"), std::nullopt},
      {Value::String("0000-01-01"), std::nullopt},
      {Value::Int(19700102), 1},
      {Value(), std::nullopt},
  };
  for (const auto& [in, want] : cases) EXPECT_EQ(ParseDay(in), want) << PyStr(in);
}

TEST(EvalScorerTest, KmIsTheHaversineDistance) {
  const std::optional<double> d = Km(Event(R"({"lat": 33.3152, "lon": 44.3661})"), Event(R"({"lat": 36.34, "lon": 43.13})"));
  ASSERT_TRUE(d.has_value());
  EXPECT_NEAR(*d, 354.6, 0.5);  // Baghdad to Mosul
  EXPECT_FALSE(Km(Event(R"({"lat": 33.3, "lon": null})"), Event(R"({"lat": 36.3, "lon": 43.1})")).has_value());
  EXPECT_FALSE(Km(Event(R"({"lat": "north", "lon": 44})"), Event(R"({"lat": 36.3, "lon": 43.1})")).has_value());
}

TEST(EvalScorerTest, ScoreCountsAndPairs) {
  struct Case {
    const char* name;
    std::string gold, pred;
    size_t tp, fp, fn;
  };
  const Case cases[] = {
      {"one match", "[" + Battle() + "]", "[" + Battle() + "]", 1, 0, 0},
      {"missing article is no events", "[" + Battle() + "]", "", 0, 0, 1},
      {"matched optional gold is neither tp nor fp", "[" + Battle(R"("optional": true)") + "]", "[" + Battle() + "]", 0, 0, 0},
      {"unmatched optional gold is no fn", "[" + Battle(R"("optional": true)") + "]", "[]", 0, 0, 0},
      {"optional false is required", "[" + Battle(R"("optional": false)") + "]", "[]", 0, 0, 1},
      {"one prediction for two gold events", "[" + Battle() + "," + Battle() + "]", "[" + Battle() + "]", 1, 0, 1},
      {"incompatible prediction", "[" + Battle() + "]", "[" + Battle(R"("event_type": "Protests")") + "]", 0, 1, 1},
      // Greedy, not optimal: the prediction with actor1 Army goes to the Army gold event (closer),
      // leaving the other prediction, compatible only with that one, unmatched.
      {"greedy by closeness",
       "[" + Battle() + "," + Battle(R"("actor1": "Police", "lat": 36.5)") + "]",
       "[" + Battle(R"("lat": 36.42)") + "," + Battle(R"("actor1": "Militia", "lat": 36.22)") + "]", 1, 1, 1},
  };
  for (const Case& c : cases) {
    EventSets gold = Articles("{\"id\": \"a\", \"events\": " + c.gold + "}\n");
    EventSets pred = Articles(c.pred.empty() ? "" : "{\"id\": \"a\", \"events\": " + c.pred + "}\n");
    Report r = Score(gold, pred);
    EXPECT_EQ(r.tp, c.tp) << c.name;
    EXPECT_EQ(r.fp, c.fp) << c.name;
    EXPECT_EQ(r.fn, c.fn) << c.name;
  }
}

TEST(EvalScorerTest, EqualClosenessGoesToTheLaterPrediction) {
  // Two predictions equally close to one gold event: the sort by (closeness, i, j) descending pairs
  // the second; the first is the false positive.
  EventSets gold = Articles("{\"id\": \"a\", \"events\": [" + Battle() + "]}\n");
  EventSets pred = Articles("{\"id\": \"a\", \"events\": [" + Battle(R"("location": "first")") + "," +
                            Battle(R"("location": "second")") + "]}\n");
  std::vector<std::string> errors;
  Report r = Score(gold, pred, &errors);
  EXPECT_EQ(r.tp, 1u);
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_EQ(errors[0], "a\n  FP Battles/Armed clash 2023-05-17 Army->IS @first f=2");
}

TEST(EvalScorerTest, FieldAccuracyOverMatchedPairs) {
  EventSets gold = Articles("{\"id\": \"a\", \"events\": [" + Battle(R"("actor2": null, "fatalities": 0)") + "]}\n" +
                            "{\"id\": \"b\", \"events\": [" + Battle() + "]}\n");
  // a: actor2 "" is no actor2, fatalities null is 0, 4 km away is the right place.
  // b: a day late, other sub-event type, 10 km away (compatible, but the place is wrong).
  EventSets pred = Articles("{\"id\": \"a\", \"events\": [" + Battle(R"("actor2": "", "fatalities": null, "lat": 36.376)") +
                            "]}\n{\"id\": \"b\", \"events\": [" +
                            Battle(R"("date": "2023-05-18", "sub_event_type": "Attack", "lat": 36.43)") + "]}\n");
  std::vector<std::string> errors;
  Report r = Score(gold, pred, &errors);
  EXPECT_EQ(r.tp, 2u);
  EXPECT_DOUBLE_EQ(r.field_accuracy[0], 0.5);  // sub_event_type
  EXPECT_DOUBLE_EQ(r.field_accuracy[1], 0.5);  // date
  EXPECT_DOUBLE_EQ(r.field_accuracy[2], 1.0);  // actor1
  EXPECT_DOUBLE_EQ(r.field_accuracy[3], 1.0);  // actor2
  EXPECT_DOUBLE_EQ(r.field_accuracy[4], 1.0);  // fatalities
  EXPECT_DOUBLE_EQ(r.field_accuracy[5], 0.5);  // place
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_EQ(errors[0],
            "b\n  ~~ sub_event_type,date,place | gold Battles/Armed clash 2023-05-17 Army->IS @الموصل f=2 | "
            "pred Battles/Attack 2023-05-18 Army->IS @الموصل f=2");
}

TEST(EvalScorerTest, ReportLinesAreThoseOfScorePy) {
  Report r;
  r.articles = 3;
  r.tp = 16;
  r.fp = 5;
  r.fn = 9;
  r.precision = 16.0 / 21;
  r.recall = 16.0 / 25;
  r.f1 = 2 * r.precision * r.recall / (r.precision + r.recall);
  for (double& a : r.field_accuracy) a = 15.0 / 16;
  EXPECT_EQ(FormatSummary(r),
            "articles 3  tp 16  fp 5  fn 9\n"
            "  sub_event_type  0.938\n  date            0.938\n  actor1          0.938\n"
            "  actor2          0.938\n  fatalities      0.938\n  place           0.938\n"
            "precision 0.762 recall 0.640 f1 0.696\n");
  EXPECT_EQ(FormatJson(r),
            "{\"articles\": 3, \"tp\": 16, \"fp\": 5, \"fn\": 9, \"precision\": 0.7619047619047619, "
            "\"recall\": 0.64, \"f1\": 0.6956521739130435, \"field_accuracy\": {\"sub_event_type\": 0.9375, "
            "\"date\": 0.9375, \"actor1\": 0.9375, \"actor2\": 0.9375, \"fatalities\": 0.9375, \"place\": 0.9375}}\n");
  EXPECT_EQ(FormatErrors({}), "");
  EXPECT_EQ(FormatErrors({"a\n  FN x", "b\n  FP y"}), "a\n  FN x\nb\n  FP y\n\n");
}

TEST(EvalValueTest, PythonSemantics) {
  const std::pair<double, const char*> reprs[] = {{0.0, "0.0"},     {2.0, "2.0"},   {0.1, "0.1"},
                                                  {1e-05, "1e-05"}, {0.0001, "0.0001"}, {1e16, "1e+16"},
                                                  {123456789012345.6, "123456789012345.6"}, {-1.5, "-1.5"}};
  for (const auto& [d, want] : reprs) EXPECT_EQ(PyFloatRepr(d), want);
  EXPECT_TRUE(PyEqual(Value::Int(1), Value::Float(1.0)));
  EXPECT_TRUE(PyEqual(Value::Bool(true), Value::Int(1)));
  EXPECT_FALSE(PyEqual(Value::String("1"), Value::Int(1)));
  EXPECT_TRUE(PyEqual(Value(), Value()));
  EXPECT_EQ(PyStr(Value()), "None");
  // Dicts: the same members in any order; a member null is not a member absent.
  EXPECT_TRUE(PyEqual(Event(R"({"a": 1, "b": [true]})"), Event(R"({"b": [1.0], "a": 1})")));
  EXPECT_FALSE(PyEqual(Event(R"({"a": null})"), Event(R"({"b": null})")));
  EXPECT_EQ(PyStr(Event(R"({"k": "it's", "k": "v", "n": {}})")), "{'k': 'v', 'n': {}}");
  EXPECT_EQ(PyStr(Event(R"({"a": ["x", 1, null, true]})").Get("a")), "['x', 1, None, True]");
  EXPECT_EQ(PyStrip("\u00a0 x \n"), "x");
}

TEST(EvalLoaderTest, ErrorsNameTheLine) {
  const std::pair<const char*, const char*> cases[] = {
      {"{\"id\": 1, \"events\": []}\n\n{\"id\": 2, \"events\": [}\n", "f.jsonl:3: not JSON"},
      {"[1, 2]\n", "f.jsonl:1: not a JSON object"},
      {"{\"id\": 1}\r\n{\"id\": 2, \"events\": {\"a\": 1}}\n", "f.jsonl:2: \"events\" is not a list"},
      {"{\"id\": 1, \"events\": [{}, 3]}\n", "f.jsonl:1: event 2 is not a JSON object"},
  };
  for (const auto& [text, want] : cases) {
    Result<EventSets> r = ParseEventSets(text, "f.jsonl");
    ASSERT_FALSE(r.ok()) << text;
    EXPECT_EQ(r.status().message().substr(0, std::string(want).size()), want);
  }
  Result<EventSets> ok = ParseEventSets("{\"id\": 7, \"events\": null}\n{\"id\": \"7\", \"events\": [{}]}", "f");
  ASSERT_TRUE(ok.ok());
  EXPECT_EQ(ok->ids, std::vector<std::string>{"7"});  // str(7) == "7": the later line replaces the first
  EXPECT_EQ(ok->events[0].size(), 1u);
  EXPECT_FALSE(LoadEventSets("/nonexistent/gold.jsonl").ok());
}

}  // namespace
}  // namespace rasd::eval
