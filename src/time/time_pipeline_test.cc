// The day of an event through the whole pipeline (time stage + the assembler's date choice): totals
// reported over several days split per day (GUIDELINES), and days that date a report rather than the
// act it reports. Short news-style texts written for these tests.
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <vector>

#include "ingest/reader.h"
#include "pipeline/testing.h"
#include "rasd/pipeline.h"

namespace rasd {
namespace {

using test_support::HaveSharedData;
using test_support::TestPipeline;

Document Extract(const std::string& body, const char* published) {
  return test_support::ExtractPlainText(body, published);
}

// date, date_precision, fatalities of the events of one type, by day.
struct DayToll {
  std::string date;
  int precision;
  int64_t fatalities;
  bool operator==(const DayToll&) const = default;
};
std::ostream& operator<<(std::ostream& os, const DayToll& d) {
  return os << d.date << "/p" << d.precision << "/f" << d.fatalities;
}

// `type` empty: every event (the type is the events stage's business, not what these tests check).
std::vector<DayToll> Days(const Document& doc, const std::string& type) {
  std::vector<DayToll> out;
  for (const Event& e : doc.events) {
    if (type.empty() || e.event_type == type) out.push_back({e.date ? e.date->ToString() : "null", e.date_precision, e.fatalities});
  }
  std::sort(out.begin(), out.end(), [](const DayToll& a, const DayToll& b) { return a.date < b.date; });
  return out;
}

constexpr const char* kStrike = "Explosions/Remote violence";
constexpr const char* kBattle = "Battles";

#define REQUIRE_SHARED_DATA() \
  if (!HaveSharedData()) GTEST_SKIP() << "no " << RASD_TEST_SHARED_DATA << ": gazetteer absent"

TEST(MultiDayTest, ATotalOverThreeDaysIsOneEventPerDay) {
  REQUIRE_SHARED_DATA();
  Document doc = Extract("وقتل 12 مدنيا في قصف إسرائيلي على مدينة رفح خلال الأيام الثلاثة الماضية.", "2024-05-23");
  EXPECT_EQ(Days(doc, kStrike),
            (std::vector<DayToll>{{"2024-05-20", 2, 4}, {"2024-05-21", 2, 4}, {"2024-05-22", 2, 4}}));
}

TEST(MultiDayTest, TheRemainderGoesToTheEarliestDays) {
  REQUIRE_SHARED_DATA();
  Document doc = Extract("وقتل 10 مدنيين في قصف إسرائيلي على مدينة رفح على مدى ثلاثة أيام.", "2024-05-23");
  EXPECT_EQ(Days(doc, kStrike),
            (std::vector<DayToll>{{"2024-05-20", 2, 4}, {"2024-05-21", 2, 3}, {"2024-05-22", 2, 3}}));
}

TEST(MultiDayTest, AnAssaultThatLastedTwoDays) {
  REQUIRE_SHARED_DATA();
  Document doc = Extract(
      "وانسحبت قوات الاحتلال من مدينة جنين بعد اشتباكات مع المقاومين استمرت يومين وأسفرت عن استشهاد 12 فلسطينيا.",
      "2024-05-23");
  EXPECT_EQ(Days(doc, ""), (std::vector<DayToll>{{"2024-05-21", 2, 6}, {"2024-05-22", 2, 6}}));
}

TEST(MultiDayTest, TheInjuredAreSplitToo) {
  REQUIRE_SHARED_DATA();
  Document doc = Extract("وقتل 4 مدنيين وأصيب 9 آخرون في قصف إسرائيلي على مدينة رفح خلال اليومين الماضيين.",
                         "2024-05-23");
  std::vector<int64_t> injured;
  for (const Event& e : doc.events) {
    if (e.event_type == kStrike) injured.push_back(e.injured.value_or(-1));
  }
  std::sort(injured.begin(), injured.end());
  EXPECT_EQ(injured, (std::vector<int64_t>{4, 5}));
  EXPECT_EQ(Days(doc, kStrike), (std::vector<DayToll>{{"2024-05-21", 2, 2}, {"2024-05-22", 2, 2}}));
}

TEST(MultiDayTest, SinceAWeekdayUpToNow) {
  REQUIRE_SHARED_DATA();
  // Published on Thursday: since Monday is Monday, Tuesday and Wednesday.
  Document doc = Extract("وقتل 9 مدنيين في قصف إسرائيلي على مدينة رفح منذ يوم الإثنين.", "2024-05-23");
  EXPECT_EQ(Days(doc, kStrike),
            (std::vector<DayToll>{{"2024-05-20", 2, 3}, {"2024-05-21", 2, 3}, {"2024-05-22", 2, 3}}));
}

TEST(MultiDayTest, APeriodWithoutATollStaysOneEventOnItsLastDay) {
  REQUIRE_SHARED_DATA();
  Document doc = Extract("وتخوض قوات الجيش معارك ضارية مع الحوثيين، منذ ثلاثة أيام، في مدينة صعدة.", "2018-06-21");
  EXPECT_EQ(Days(doc, kBattle), (std::vector<DayToll>{{"2018-06-20", 2, 0}}));
}

TEST(MultiDayTest, FewerDeadThanDaysStayOneEvent) {
  REQUIRE_SHARED_DATA();
  Document doc = Extract("وقتل مدني في قصف إسرائيلي على مدينة رفح خلال الأيام الثلاثة الماضية.", "2024-05-23");
  EXPECT_EQ(Days(doc, kStrike), (std::vector<DayToll>{{"2024-05-22", 2, 1}}));
}

TEST(MultiDayTest, DeadCountedInAnotherSentenceAreNotSplit) {
  REQUIRE_SHARED_DATA();
  // The toll is the headline's, not a total over the period.
  Document doc = Extract(
      "وقتل 6 من عناصر الحوثي في مدينة صعدة.\nوتخوض قوات الجيش معارك ضارية مع الحوثيين منذ ثلاثة أيام في مدينة صعدة.",
      "2018-06-21");
  for (const Event& e : doc.events) {
    EXPECT_NE(e.date_precision == 2 && e.fatalities > 0 && e.fatalities < 6, true) << e.date->ToString();
  }
}

TEST(MultiDayTest, ThePastActOfSinceNDaysIsADay) {
  REQUIRE_SHARED_DATA();
  Document doc = Extract("واستشهد 4 فلسطينيين في قصف إسرائيلي على مدينة رفح منذ ثلاثة أيام.", "2024-05-23");
  EXPECT_EQ(Days(doc, kStrike), (std::vector<DayToll>{{"2024-05-20", 1, 4}}));
}

TEST(ReportDayTest, TheActKeepsTheDayTheHeadlineGivesIt) {
  REQUIRE_SHARED_DATA();
  // Published on Thursday: the strike was on Wednesday, the ministry's statement on Thursday.
  Document doc = Extract(
      "استشهاد 5 فلسطينيين في قصف إسرائيلي على مدينة رفح يوم أمس.\n"
      "وأكدت وزارة الصحة، اليوم الخميس، استشهاد 5 فلسطينيين في القصف الإسرائيلي على مدينة رفح.",
      "2024-05-23");
  EXPECT_EQ(Days(doc, kStrike), (std::vector<DayToll>{{"2024-05-22", 1, 5}}));
}

TEST(ReportDayTest, TheReportsDayStandsWhenNothingElseDatesTheAct) {
  REQUIRE_SHARED_DATA();
  Document doc =
      Extract("وقال الجيش الإسرائيلي يوم الثلاثاء إن طائراته قصفت مواقع في مدينة رفح.", "2024-05-23");
  EXPECT_EQ(Days(doc, kStrike), (std::vector<DayToll>{{"2024-05-21", 1, 0}}));
}

TEST(ReportDayTest, TheActsOwnDayInTheSentenceWins) {
  REQUIRE_SHARED_DATA();
  Document doc = Extract("وقال الجيش الإسرائيلي يوم الخميس إن طائراته قصفت أمس الأول مواقع في مدينة رفح.",
                         "2024-05-23");
  EXPECT_EQ(Days(doc, kStrike), (std::vector<DayToll>{{"2024-05-21", 1, 0}}));
}

TEST(ReportDayTest, AnActInAnotherPlaceKeepsTheReportsDay) {
  REQUIRE_SHARED_DATA();
  // Yesterday's strike on Khan Younis is another act than today's on Rafah.
  Document doc = Extract(
      "وقصفت الطائرات الإسرائيلية مدينة خان يونس أمس.\n"
      "وأعلن الجيش الإسرائيلي، اليوم الخميس، قصف مواقع في مدينة رفح.",
      "2024-05-23");
  EXPECT_EQ(Days(doc, kStrike), (std::vector<DayToll>{{"2024-05-22", 1, 0}, {"2024-05-23", 1, 0}}));
}

}  // namespace
}  // namespace rasd
