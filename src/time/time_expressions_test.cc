#include "time/time_expressions.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <random>
#include <string>
#include <vector>

#include "text/normalizer.h"
#include "text/tokenizer.h"

namespace rasd::time {
namespace {

const TimeParser& Parser() {
  static const TimeParser* parser = [] {
    Result<TimeParser> p = TimeParser::Load(RASD_TEST_DICT_DIR);
    if (!p.ok()) {
      ADD_FAILURE() << p.status().ToString();
      std::abort();
    }
    return new TimeParser(std::move(*p));
  }();
  return *parser;
}

Document Annotated(std::string_view published, std::string_view text) {
  Document doc;
  if (!published.empty()) doc.published = Day::Parse(published);
  doc.norm = text::Normalize(text);
  text::Tokenize(doc);
  Parser().Annotate(doc);
  return doc;
}

// One expected mention: the day, aux (precision | flags), and the text it covers.
struct Expected {
  std::string day;
  int32_t aux;
  std::string covers;  // written unnormalized; compared after text::NormalizeKey
};

struct Case {
  const char* name;
  std::string published;  // "" = unknown
  std::string text;
  std::vector<Expected> expected;
};

std::ostream& operator<<(std::ostream& os, const Case& c) { return os << c.name; }

class TimeTableTest : public ::testing::TestWithParam<Case> {};

TEST_P(TimeTableTest, ResolvesExactlyTheseDays) {
  const Case& c = GetParam();
  Document doc = Annotated(c.published, c.text);
  std::vector<Expected> got;
  for (const Mention& m : doc.mentions) {
    ASSERT_EQ(m.kind, MentionKind::kTime);
    got.push_back({Day(static_cast<int32_t>(m.value)).ToString(), m.aux,
                   doc.norm.text.substr(m.begin, m.end - m.begin)});
  }
  ASSERT_EQ(got.size(), c.expected.size()) << c.text << (got.empty() ? "" : " first: " + got[0].covers);
  for (size_t i = 0; i < got.size(); ++i) {
    EXPECT_EQ(got[i].day, c.expected[i].day) << c.text << " #" << i;
    EXPECT_EQ(got[i].aux, c.expected[i].aux) << c.text << " #" << i;
    EXPECT_EQ(got[i].covers, text::NormalizeKey(c.expected[i].covers)) << c.text << " #" << i;
  }
}

// aux values: precision, plus flags.
constexpr int32_t kDay = 1;
constexpr int32_t kWeek = 2;
constexpr int32_t kMonth = 3;
constexpr int32_t kRel = kTimeRelative;
constexpr int32_t kOld = kTimeHistoric;
constexpr int32_t kSince = kTimeSince;
constexpr int32_t kYear = kTimePrecisionYear;
constexpr int32_t kUnres = kTimeUnresolved;
constexpr int32_t kReport = kTimeReportDay;
// A period of `n` days (ending the day before publication).
constexpr int32_t Days(int n) { return n << kTimeSpanShift; }
// The day of a kTimeUnresolved mention: value 0, which names no day.
constexpr const char* kNoDay = "1970-01-01";

// 2019-03-12 is a Tuesday.
constexpr const char* kTue = "2019-03-12";

INSTANTIATE_TEST_SUITE_P(
    Relative, TimeTableTest,
    ::testing::Values(
        Case{"Today", kTue, "قصفت الطائرات اليوم البلدة", {{"2019-03-12", kDay | kRel, "اليوم"}}},
        Case{"DawnToday", kTue, "فجر اليوم", {{"2019-03-12", kDay | kRel, "فجر اليوم"}}},
        Case{"TodayWithWaw", kTue, "واليوم قتل", {{"2019-03-12", kDay | kRel, "اليوم"}}},
        Case{"Yesterday", kTue, "قتل أمس", {{"2019-03-11", kDay | kRel, "أمس"}}},
        Case{"YesterdayBil", kTue, "قتل بالأمس", {{"2019-03-11", kDay | kRel, "الأمس"}}},
        Case{"DayYesterday", kTue, "يوم أمس", {{"2019-03-11", kDay | kRel, "يوم أمس"}}},
        Case{"EveningYesterday", kTue, "مساء أمس", {{"2019-03-11", kDay | kRel, "مساء أمس"}}},
        Case{"Bariha", kTue, "البارحة", {{"2019-03-11", kDay | kRel, "البارحة"}}},
        Case{"LastNight", kTue, "الليلة الماضية", {{"2019-03-11", kDay | kRel, "الليلة الماضية"}}},
        Case{"NightOfYesterday", kTue, "ليلة أمس", {{"2019-03-11", kDay | kRel, "ليلة أمس"}}},
        Case{"DayBeforeYesterday", kTue, "أول أمس", {{"2019-03-10", kDay | kRel, "أول أمس"}}},
        Case{"DayBeforeYesterdayMin", kTue, "أول من أمس", {{"2019-03-10", kDay | kRel, "أول من أمس"}}},
        Case{"TwoDaysAgo", kTue, "قبل يومين", {{"2019-03-10", kDay | kRel, "قبل يومين"}}},
        Case{"OneDayAgo", kTue, "قبل يوم", {{"2019-03-11", kDay | kRel, "قبل يوم"}}},
        Case{"ThreeDaysAgoWords", kTue, "قبل ثلاثة أيام", {{"2019-03-09", kDay | kRel, "قبل ثلاثة أيام"}}},
        Case{"ThreeDaysAgoDigits", kTue, "منذ 3 أيام", {{"2019-03-09", kDay | kRel, "منذ 3 أيام"}}},
        Case{"ElevenDaysAgo", kTue, "قبل 11 يوما", {{"2019-03-01", kDay | kRel, "قبل 11 يوما"}}},
        Case{"AWeekAgo", kTue, "قبل أسبوع", {{"2019-03-05", kWeek | kRel, "قبل أسبوع"}}},
        Case{"MoreThanAWeekAgo", kTue, "منذ أكثر من أسبوع",
             {{"2019-03-05", kWeek | kRel, "منذ أكثر من أسبوع"}}},
        Case{"AFewDaysAgo", kTue, "قبل أيام", {{"2019-03-09", kWeek | kRel, "قبل أيام"}}},
        Case{"HoursAgo", kTue, "قبل ساعات", {{"2019-03-12", kDay | kRel, "قبل ساعات"}}},
        Case{"TwoMonthsAgo", kTue, "قبل شهرين", {{"2019-01-11", kMonth | kRel | kOld, "قبل شهرين"}}},
        Case{"SinceYesterday", kTue, "منذ يوم أمس", {{"2019-03-11", kDay | kRel | kSince, "منذ يوم أمس"}}},
        Case{"AgoBeforeSomethingElse", kTue, "قبل يومين من الانتخابات", {}},
        Case{"BeforeAWeekday", kTue, "قبل الأحد", {{"2019-03-10", kDay | kRel, "الأحد"}}},
        Case{"LastWeek", kTue, "الأسبوع الماضي", {{"2019-03-05", kWeek | kRel, "الأسبوع الماضي"}}},
        Case{"ThisWeek", kTue, "هذا الأسبوع", {{"2019-03-12", kWeek | kRel, "هذا الأسبوع"}}},
        Case{"EarlyThisWeek", kTue, "مطلع الأسبوع", {{"2019-03-12", kWeek | kRel, "مطلع الأسبوع"}}},
        Case{"EarlyLastWeekFaait", kTue, "قتل شخصان مطلع الأسبوع الفائت",
             {{"2019-03-05", kWeek | kRel, "مطلع الأسبوع الفائت"}}},
        Case{"StartOfLastWeek", kTue, "بداية الأسبوع الماضي", {{"2019-03-05", kWeek | kRel, "بداية الأسبوع الماضي"}}},
        Case{"EndOfLastWeekFaait", kTue, "نهاية الأسبوع الفائت", {{"2019-03-05", kWeek | kRel, "نهاية الأسبوع الفائت"}}},
        Case{"RecentDays", kTue, "خلال الأيام الماضية", {{"2019-03-12", kWeek | kRel, "خلال الأيام الماضية"}}},
        Case{"LastDays", kTue, "خلال الأيام الأخيرة", {{"2019-03-12", kWeek | kRel, "خلال الأيام الأخيرة"}}},
        Case{"Recently", kTue, "قتل مؤخراً", {{"2019-03-12", kWeek | kRel, "مؤخراً"}}},
        Case{"Lately", kTue, "في الآونة الأخيرة", {{"2019-03-12", kWeek | kRel, "في الآونة الأخيرة"}}},
        Case{"Last24Hours", kTue, "خلال الساعات الـ24 الماضية",
             {{"2019-03-12", kDay | kRel, "خلال الساعات الـ24 الماضية"}}},
        Case{"LastHours", kTue, "خلال الساعات الماضية", {{"2019-03-12", kDay | kRel, "خلال الساعات الماضية"}}},
        Case{"LastMonth", kTue, "الشهر الماضي", {{"2019-02-15", kMonth | kRel, "الشهر الماضي"}}},
        Case{"ThisMonthBeforeMid", kTue, "الشهر الجاري", {{"2019-03-12", kMonth | kRel, "الشهر الجاري"}}},
        Case{"EarlyLastMonth", kTue, "مطلع الشهر الماضي", {{"2019-02-05", kMonth | kRel | kOld, "مطلع الشهر الماضي"}}},
        Case{"NextWeek", kTue, "الأسبوع المقبل", {}},
        Case{"NotTodayNextDay", kTue, "في اليوم التالي", {}},
        Case{"NotTodayThatDay", kTue, "منذ ذلك اليوم", {}},
        Case{"NotTodayOnThisDay", kTue, "في مثل هذا اليوم", {}},
        Case{"NotTodayFirstDay", kTue, "اليوم الأول", {}},
        Case{"CountedDayOfWarIsToday", kTue, "في صباح اليوم الـ32 من العدوان",
             {{"2019-03-12", kDay | kRel, "صباح اليوم"}}},
        Case{"NotTodaySameDayWithBa", kTue, "وبنفس اليوم", {}},
        Case{"NoPublicationRelativeUnresolved", "", "قتل أمس الأحد، قبل يومين، واليوم",
             {{kNoDay, kDay | kRel | kUnres, "أمس الأحد"},
              {kNoDay, kDay | kRel | kUnres, "قبل يومين"},
              {kNoDay, kDay | kRel | kUnres, "اليوم"}}}));

INSTANTIATE_TEST_SUITE_P(
    Weekdays, TimeTableTest,
    ::testing::Values(
        Case{"Sunday", kTue, "الأحد", {{"2019-03-10", kDay | kRel, "الأحد"}}},
        Case{"DayMonday", kTue, "يوم الاثنين", {{"2019-03-11", kDay | kRel, "يوم الاثنين"}}},
        Case{"MondayHamza", kTue, "يوم الإثنين", {{"2019-03-11", kDay | kRel, "يوم الإثنين"}}},
        Case{"PublicationDay", kTue, "الثلاثاء", {{"2019-03-12", kDay | kRel, "الثلاثاء"}}},
        Case{"Wednesday", kTue, "الأربعاء", {{"2019-03-06", kDay | kRel, "الأربعاء"}}},
        Case{"WithWaw", kTue, "والخميس", {{"2019-03-07", kDay | kRel, "الخميس"}}},
        Case{"YesterdayMonday", kTue, "أمس الإثنين", {{"2019-03-11", kDay | kRel, "أمس الإثنين"}}},
        Case{"WeekdayWinsOverYesterday", kTue, "أمس الأحد", {{"2019-03-10", kDay | kRel, "أمس الأحد"}}},
        Case{"EveningYesterdayMonday", kTue, "مساء أمس الإثنين",
             {{"2019-03-11", kDay | kRel, "مساء أمس الإثنين"}}},
        Case{"TodayTuesday", kTue, "فجر اليوم الثلاثاء،", {{"2019-03-12", kDay | kRel, "فجر اليوم الثلاثاء"}}},
        Case{"EveningSundayLast", kTue, "مساء الأحد الفائت", {{"2019-03-10", kDay | kRel, "مساء الأحد الفائت"}}},
        Case{"FridayLastFeminine", kTue, "الجمعة الماضية", {{"2019-03-08", kDay | kRel, "الجمعة الماضية"}}},
        Case{"LastTuesdayOnTuesday", kTue, "الثلاثاء الماضي", {{"2019-03-05", kDay | kRel, "الثلاثاء الماضي"}}},
        Case{"LastMondayOnTuesday", kTue, "الاثنين الماضي", {{"2019-03-11", kDay | kRel, "الاثنين الماضي"}}},
        Case{"TodayTuesdayOnTuesday", kTue, "اليوم الثلاثاء", {{"2019-03-12", kDay | kRel, "اليوم الثلاثاء"}}},
        Case{"SaturdayMorningAdverb", kTue, "السبت صباحا", {{"2019-03-09", kDay | kRel, "السبت صباحا"}}},
        Case{"NextSunday", kTue, "الأحد المقبل", {}},
        Case{"NightOfSunday", kTue, "ليلة الأحد", {{"2019-03-09", kDay | kRel, "ليلة الأحد"}}},
        Case{"NightOfPublicationDay", kTue, "ليلة الثلاثاء", {{"2019-03-11", kDay | kRel, "ليلة الثلاثاء"}}},
        Case{"NightOfWednesdayPublishedTuesday", kTue, "ليلة الأربعاء",
             {{"2019-03-12", kDay | kRel, "ليلة الأربعاء"}}},
        Case{"LateNightOfSunday", kTue, "في ساعات متأخرة من ليلة الأحد",
             {{"2019-03-10", kDay | kRel, "ساعات متأخرة من ليلة الأحد"}}},
        Case{"NightMonday", kTue, "ليل الاثنين", {{"2019-03-11", kDay | kRel, "ليل الاثنين"}}},
        Case{"NightPair", "2019-03-13", "ليل الثلاثاء الأربعاء",
             {{"2019-03-13", kDay | kRel, "ليل الثلاثاء الأربعاء"}}},
        Case{"NightPairDash", "2019-03-13", "ليل الثلاثاء-الأربعاء",
             {{"2019-03-13", kDay | kRel, "ليل الثلاثاء-الأربعاء"}}},
        Case{"NightPairEveForm", "2019-03-13", "ليلة الثلاثاء الأربعاء",
             {{"2019-03-13", kDay | kRel, "ليلة الثلاثاء الأربعاء"}}},
        Case{"NightPairTo", "2019-03-14", "ليل الأربعاء إلى الخميس",
             {{"2019-03-14", kDay | kRel, "ليل الأربعاء إلى الخميس"}}},
        Case{"TwoWeekdaysWithoutNight", kTue, "الأحد والاثنين",
             {{"2019-03-10", kDay | kRel, "الأحد"}, {"2019-03-11", kDay | kRel, "الاثنين"}}},
        Case{"WeekdayThenDate", kTue, "السبت 9 آذار", {{"2019-03-09", kDay, "السبت 9 آذار"}}},
        Case{"WeekdayAgreeingDate", kTue, "يوم الأحد، الموافق 10 آذار/مارس",
             {{"2019-03-10", kDay, "يوم الأحد، الموافق 10 آذار/مارس"}}},
        Case{"TheEleven", kTue, "الأحد عشر", {}},
        Case{"MarketName", kTue, "سوق الخميس", {}},
        Case{"FirstFridayOfProtests", kTue, "في الجمعة الأولى للاحتجاجات", {}}));

INSTANTIATE_TEST_SUITE_P(
    Absolute, TimeTableTest,
    ::testing::Values(
        Case{"FullCombined", kTue, "12 آذار/مارس 2019", {{"2019-03-12", kDay, "12 آذار/مارس 2019"}}},
        Case{"CombinedSpaced", kTue, "في 18 فبراير/ شباط", {{"2019-02-18", kDay, "18 فبراير/ شباط"}}},
        Case{"CombinedParenthesis", kTue, "في 8 آذار (مارس) 2019", {{"2019-03-08", kDay, "8 آذار (مارس) 2019"}}},
        Case{"DayOfMonthNoYear", kTue, "في 18 شباط/فبراير", {{"2019-02-18", kDay, "18 شباط/فبراير"}}},
        Case{"EgyptianNoYear", kTue, "في 12 مارس", {{"2019-03-12", kDay, "12 مارس"}}},
        Case{"TwoDaysAfterIsSkew", kTue, "في 14 مارس", {{"2019-03-14", kDay, "14 مارس"}}},
        Case{"ThreeDaysAfterIsLastYear", kTue, "في 15 مارس", {{"2018-03-15", kDay | kOld, "15 مارس"}}},
        Case{"WithMin", kTue, "في 10 من آذار", {{"2019-03-10", kDay, "10 من آذار"}}},
        Case{"WithMinMonthWord", kTue, "في 8 من شهر مارس الحالي", {{"2019-03-08", kDay, "8 من شهر مارس"}}},
        Case{"WithMonthWord", kTue, "في 8 شهر آذار 2019", {{"2019-03-08", kDay, "8 شهر آذار 2019"}}},
        Case{"OrdinalWithMinMonthWord", kTue, "في السابع من شهر آذار/مارس",
             {{"2019-03-07", kDay, "السابع من شهر آذار/مارس"}}},
        Case{"MonthWordNoMonthIsNoDate", kTue, "قبل 8 من شهر رمضان", {}},
        Case{"YearWithComma", kTue, "10 آذار، 2019", {{"2019-03-10", kDay, "10 آذار، 2019"}}},
        Case{"YearWord", kTue, "10 آذار عام 2019", {{"2019-03-10", kDay, "10 آذار عام 2019"}}},
        Case{"YearWordAfterMin", kTue, "في 6 آب من عام 1945", {{"1945-08-06", kDay | kOld, "6 آب من عام 1945"}}},
        Case{"GregorianMarker", kTue, "10 مارس 2019م", {{"2019-03-10", kDay, "10 مارس 2019م"}}},
        Case{"ArabicIndicDigits", kTue, "١٠ آذار ٢٠١٩", {{"2019-03-10", kDay, "١٠ آذار ٢٠١٩"}}},
        Case{"TwoWordMonth", kTue, "3 كانون الثاني 2019",
             {{"2019-01-03", kDay | kOld, "3 كانون الثاني 2019"}}},
        Case{"TwoWordMonthNoArticle", kTue, "21 كانون أول 2018",
             {{"2018-12-21", kDay | kOld, "21 كانون أول 2018"}}},
        Case{"October", "2023-10-20", "في 7 تشرين الأول/أكتوبر",
             {{"2023-10-07", kDay, "7 تشرين الأول/أكتوبر"}}},
        Case{"OrdinalDay", "2023-10-20", "منذ السابع من تشرين الأول/أكتوبر",
             {{"2023-10-07", kDay | kSince, "منذ السابع من تشرين الأول/أكتوبر"}}},
        Case{"DefiniteDigitsDay", "2023-11-20", "منذ الـ7 من أكتوبر",
             {{"2023-10-07", kDay | kOld | kSince, "منذ الـ7 من أكتوبر"}}},
        Case{"DefiniteDigitsDaySpaced", "2023-10-20", "منذ الـ 7 من أكتوبر",
             {{"2023-10-07", kDay | kSince, "منذ الـ 7 من أكتوبر"}}},
        Case{"OrdinalCompoundDay", "2019-03-25", "في الحادي والعشرين من آذار",
             {{"2019-03-21", kDay, "الحادي والعشرين من آذار"}}},
        Case{"OrdinalTeenDay", "2019-03-25", "في الثالث عشر من آذار", {{"2019-03-13", kDay, "الثالث عشر من آذار"}}},
        Case{"DayOfThisMonth", kTue, "في العاشر من الشهر الجاري",
             {{"2019-03-10", kDay | kRel, "العاشر من الشهر الجاري"}}},
        Case{"DayOfLastMonth", kTue, "في 20 من الشهر الماضي", {{"2019-02-20", kDay | kRel, "20 من الشهر الماضي"}}},
        // The current month unnamed after a day: "يوم 5 الجاري", "في 8 الحالي"; alone the words mean "ongoing".
        Case{"DayOfThisMonthUnnamed", kTue, "قتل يوم 5 الجاري", {{"2019-03-05", kDay | kRel, "يوم 5 الجاري"}}},
        Case{"DayOfThisMonthUnnamedHali", kTue, "في 8 الحالي", {{"2019-03-08", kDay | kRel, "8 الحالي"}}},
        Case{"OngoingIsNoDate", kTue, "التحقيق الجاري في الحادث", {}},
        Case{"Maghrebi", "2019-01-10", "يوم 5 جانفي", {{"2019-01-05", kDay, "يوم 5 جانفي"}}},
        Case{"MaghrebiAugust", "2019-08-10", "يوم 3 أوت", {{"2019-08-03", kDay, "يوم 3 أوت"}}},
        Case{"MaghrebiFebruary", kTue, "يوم 20 فيفري", {{"2019-02-20", kDay, "يوم 20 فيفري"}}},
        Case{"MaghrebiApril", "2019-04-30", "في 21 أفريل 2019", {{"2019-04-21", kDay, "21 أفريل 2019"}}},
        Case{"MaghrebiJune", "2019-06-30", "يوم 9 جوان", {{"2019-06-09", kDay, "يوم 9 جوان"}}},
        Case{"MaghrebiJuly", "2019-07-30", "يوم 14 جويلية", {{"2019-07-14", kDay, "يوم 14 جويلية"}}},
        Case{"MaghrebiJanuaryAcrossYear", "2019-01-02", "يوم 30 جانفي", {{"2018-01-30", kDay | kOld, "يوم 30 جانفي"}}},
        Case{"Moroccan", "2019-09-30", "يوم 20 شتنبر", {{"2019-09-20", kDay, "يوم 20 شتنبر"}}},
        Case{"NumericSlash", kTue, "بتاريخ 12/3/2019", {{"2019-03-12", kDay, "12/3/2019"}}},
        Case{"NumericIso", kTue, "بتاريخ 2019-03-12", {{"2019-03-12", kDay, "2019-03-12"}}},
        Case{"NumericDots", kTue, "بتاريخ 12.3.2019", {{"2019-03-12", kDay, "12.3.2019"}}},
        Case{"NumericInvalid", kTue, "بتاريخ 31/2/2019", {}},
        // A day of the month alone after "بتاريخ": the latest such day on or before publication.
        Case{"DayAloneThisMonth", kTue, "استهدف بتاريخ 10 موقعا", {{"2019-03-10", kDay | kRel, "10"}}},
        Case{"DayAlonePublicationDay", kTue, "بتاريخ 12 قصفت", {{"2019-03-12", kDay | kRel, "12"}}},
        Case{"DayAloneLastMonth", kTue, "استهدف بتاريخ 25 موقعا", {{"2019-02-25", kDay | kRel, "25"}}},
        Case{"DayAlone31stSkipsShortMonth", "2019-05-10", "بتاريخ 31 قصفت", {{"2019-03-31", kDay | kRel | kOld, "31"}}},
        Case{"DayAloneAcrossYear", "2019-01-05", "بتاريخ 28 قصفت", {{"2018-12-28", kDay | kRel, "28"}}},
        Case{"DayAloneWithMonthIsADate", kTue, "بتاريخ 25 شباط", {{"2019-02-25", kDay, "25 شباط"}}},
        Case{"BareNumberIsNoDay", kTue, "استهدف 25 موقعا", {}},
        Case{"MonthWithYear", "2019-04-10", "آذار 2019", {{"2019-03-15", kMonth, "آذار 2019"}}},
        Case{"MonthWithYearClamped", kTue, "آذار 2019", {{"2019-03-12", kMonth, "آذار 2019"}}},
        Case{"MonthLast", kTue, "شباط/فبراير الماضي", {{"2019-02-15", kMonth, "شباط/فبراير الماضي"}}},
        Case{"SameMonthLast", kTue, "آذار الماضي", {{"2018-03-15", kMonth | kOld, "آذار الماضي"}}},
        Case{"MonthAfterFi", kTue, "في فبراير", {{"2019-02-15", kMonth, "فبراير"}}},
        Case{"MonthRestated", kTue, "فبراير/ شباط", {{"2019-02-15", kMonth, "فبراير/ شباط"}}},
        Case{"LaterMonthIsLastYear", kTue, "في أيار", {{"2018-05-15", kMonth | kOld, "أيار"}}},
        Case{"EarlyMarch", kTue, "مطلع آذار", {{"2019-03-05", kMonth, "مطلع آذار"}}},
        Case{"LateFebruary", kTue, "أواخر شباط", {{"2019-02-25", kMonth, "أواخر شباط"}}},
        Case{"SinceDate", "2019-04-05", "منذ 30 مارس", {{"2019-03-30", kDay | kSince, "منذ 30 مارس"}}},
        Case{"SinceDateCombined", "2019-04-05", "منذ 30 آذار/مارس",
             {{"2019-03-30", kDay | kSince, "منذ 30 آذار/مارس"}}},
        Case{"NextMonthDate", kTue, "في 20 آذار المقبل", {}},
        Case{"VerbNotMonth", kTue, "مارس ضغوطا كبيرة", {}},
        Case{"FatherNotMonth", kTue, "زار أب الضحية", {}},
        Case{"DayAloneIgnored", kTue, "يوم 12", {}},
        Case{"MovementName", kTue, "حركة 6 أبريل", {}},
        Case{"PoliticalBloc", kTue, "قوى 14 آذار", {}},
        Case{"NoPublicationWithYear", "", "12 آذار 2019", {{"2019-03-12", kDay, "12 آذار 2019"}}},
        Case{"NoPublicationNoYear", "", "12 آذار", {{kNoDay, kDay | kRel | kUnres, "12 آذار"}}}));

INSTANTIATE_TEST_SUITE_P(
    Years, TimeTableTest,
    ::testing::Values(
        Case{"YearAlone", kTue, "في عام 2015", {{"2015-07-01", kYear | kOld, "عام 2015"}}},
        Case{"OldYearAfterYearWord", kTue, "بالمقصلة عام 1793", {{"1793-07-01", kYear | kOld, "عام 1793"}}},
        Case{"NoYearWordNoYear", kTue, "أعدم 1793 شخصا", {}},
        Case{"YearAfterFi", kTue, "وفي 2014 تبنت الجماعة هجوما", {{"2014-07-01", kYear | kOld, "2014"}}},
        Case{"PublicationYearAfterFi", kTue, "في 2019 تبنت الجماعة هجوما", {}},
        Case{"YearWithArticle", kTue, "منذ العام 2013", {{"2013-07-01", kYear | kOld | kSince, "منذ العام 2013"}}},
        Case{"SinceYearWord", kTue, "منذ عام 2011", {{"2011-07-01", kYear | kOld | kSince, "منذ عام 2011"}}},
        Case{"LastYear", kTue, "العام الماضي", {{"2018-07-01", kYear | kOld, "العام الماضي"}}},
        Case{"PublicationYear", kTue, "في عام 2019", {}},
        Case{"YearsAgo", kTue, "منذ 25 عاما", {{"1994-03-18", kMonth | kRel | kOld, "منذ 25 عاما"}}},
        Case{"AYearAgo", kTue, "قبل عام", {{"2018-03-12", kMonth | kRel | kOld, "قبل عام"}}}));

INSTANTIATE_TEST_SUITE_P(
    Boundaries, TimeTableTest,
    ::testing::Values(
        Case{"YesterdayAcrossYear", "2019-01-01", "أمس", {{"2018-12-31", kDay | kRel, "أمس"}}},
        Case{"DecemberAcrossYear", "2019-01-01", "في 30 ديسمبر", {{"2018-12-30", kDay, "30 ديسمبر"}}},
        Case{"JanuarySkewAcrossYear", "2019-01-01", "في 2 يناير", {{"2019-01-02", kDay, "2 يناير"}}},
        Case{"MondayAcrossYear", "2019-01-01", "الاثنين", {{"2018-12-31", kDay | kRel, "الاثنين"}}},
        Case{"WeekAgoAcrossYear", "2019-01-01", "قبل أسبوع", {{"2018-12-25", kWeek | kRel, "قبل أسبوع"}}},
        Case{"LastMonthAcrossYear", "2019-01-01", "الشهر الماضي", {{"2018-12-15", kMonth | kRel, "الشهر الماضي"}}},
        Case{"LastDecember", "2019-01-01", "كانون الأول الماضي", {{"2018-12-15", kMonth, "كانون الأول الماضي"}}},
        Case{"LeapYesterday", "2020-03-01", "أمس", {{"2020-02-29", kDay | kRel, "أمس"}}},
        Case{"LeapDay", "2020-03-01", "في 29 شباط", {{"2020-02-29", kDay, "29 شباط"}}},
        Case{"LeapDayLastYear", "2021-03-01", "في 29 فبراير", {{"2020-02-29", kDay | kOld, "29 فبراير"}}},
        Case{"LeapDayBackToLeapYear", "2019-03-01", "في 29 فبراير", {{"2016-02-29", kDay | kOld, "29 فبراير"}}},
        Case{"NotALeapYear", kTue, "29 شباط 2019", {}},
        Case{"ThirtyDaysIsNotHistory", kTue, "في 10 شباط", {{"2019-02-10", kDay, "10 شباط"}}},
        Case{"ThirtyOneDaysIsHistory", kTue, "في 9 شباط", {{"2019-02-09", kDay | kOld, "9 شباط"}}}));

INSTANTIATE_TEST_SUITE_P(
    Sentences, TimeTableTest,
    ::testing::Values(
        Case{"CountAndDay", kTue, "قتل 5 مدنيين أمس في قصف", {{"2019-03-11", kDay | kRel, "أمس"}}},
        Case{"TwoExpressions", kTue, "بدأ الهجوم في 18 شباط/فبراير وتجدد مساء أمس",
             {{"2019-02-18", kDay, "18 شباط/فبراير"}, {"2019-03-11", kDay | kRel, "مساء أمس"}}},
        Case{"ClockTimeIsNoDate", kTue, "عند الساعة 10:30 صباحا", {}},
        Case{"DaypartAloneIsNothing", kTue, "فجر انتحاري نفسه", {}}));

INSTANTIATE_TEST_SUITE_P(
    NoPublicationDate, TimeTableTest,
    ::testing::Values(
        Case{"LastSunday", "", "الأحد الماضي", {{kNoDay, kDay | kRel | kUnres, "الأحد الماضي"}}},
        Case{"NightOf", "", "ليلة الأحد", {{kNoDay, kDay | kRel | kUnres, "ليلة الأحد"}}},
        Case{"LastWeek", "", "الأسبوع الماضي", {{kNoDay, kWeek | kRel | kUnres, "الأسبوع الماضي"}}},
        Case{"LastMonth", "", "الشهر الماضي", {{kNoDay, kMonth | kRel | kUnres, "الشهر الماضي"}}},
        Case{"MonthNoYear", "", "في آذار الماضي", {{kNoDay, kMonth | kRel | kUnres, "آذار الماضي"}}},
        Case{"DaysAgo", "", "منذ ثلاثة أيام", {{kNoDay, kDay | kRel | kUnres, "منذ ثلاثة أيام"}}},
        Case{"FutureStillNothing", "", "الأحد المقبل", {}},
        Case{"AbsoluteStillResolves", "", "في 8 آذار (مارس) 2019", {{"2019-03-08", kDay, "8 آذار (مارس) 2019"}}},
        Case{"HijriStillResolves", "", "15 شعبان 1445 هـ", {{"2024-02-25", kDay, "15 شعبان 1445 هـ"}}}));

// Hijri dates, against ICU's Umm al-Qura calendar (1 Ramadan 1440 = 2019-05-06, 1 Muharram 1446 =
// 2024-07-07, Ramadan 1444 had 29 days).
INSTANTIATE_TEST_SUITE_P(
    Hijri, TimeTableTest,
    ::testing::Values(
        Case{"MonthWithMarkGlued", "2019-06-10", "في رمضان 1440هـ", {{"2019-05-20", kMonth, "رمضان 1440هـ"}}},
        Case{"DayMonthYearMarkApart", "2024-03-01", "15 شعبان 1445 هـ", {{"2024-02-25", kDay, "15 شعبان 1445 هـ"}}},
        Case{"NoMark", "2024-07-10", "في 1 محرم 1446", {{"2024-07-07", kDay, "1 محرم 1446"}}},
        Case{"DefiniteMuharram", "2024-07-10", "في 1 المحرم 1446 هـ", {{"2024-07-07", kDay, "1 المحرم 1446 هـ"}}},
        Case{"OrdinalDay", "2024-03-01", "في الخامس عشر من شعبان 1445",
             {{"2024-02-25", kDay, "الخامس عشر من شعبان 1445"}}},
        Case{"DayOfMonthWord", "2024-03-01", "في 15 من شهر شعبان 1445 هـ",
             {{"2024-02-25", kDay, "15 من شهر شعبان 1445 هـ"}}},
        Case{"TwoWordMonth", "2024-09-10", "في 29 صفر 1446", {{"2024-09-02", kDay, "29 صفر 1446"}}},
        Case{"DhulHijja", "2024-06-20", "10 ذو الحجة 1445 هـ", {{"2024-06-16", kDay, "10 ذو الحجة 1445 هـ"}}},
        Case{"ArabicIndicDigits", "2024-03-01", "١٥ شعبان ١٤٤٥ هـ", {{"2024-02-25", kDay, "١٥ شعبان ١٤٤٥ هـ"}}},
        Case{"HistoricHijri", "2024-03-01", "رمضان 1440هـ", {{"2019-05-20", kMonth | kOld, "رمضان 1440هـ"}}},
        Case{"MonthInProgressClamped", "2019-05-10", "رمضان 1440هـ", {{"2019-05-10", kMonth, "رمضان 1440هـ"}}},
        Case{"RestatedInGregorian", "2024-03-01", "15 شعبان 1445 هـ الموافق 25 شباط 2024",
             {{"2024-02-25", kDay, "15 شعبان 1445 هـ"}, {"2024-02-25", kDay, "25 شباط 2024"}}},
        Case{"NoSuchDay", "2023-05-01", "30 رمضان 1444", {}},
        Case{"NameNotMonth", kTue, "رجب طيب أردوغان", {}},
        Case{"ZeroNotMonth", kTue, "صفر إصابات", {}},
        Case{"NoYearNoDate", kTue, "في 15 رمضان", {}}));

// ACLED's conventions: a part of a month is the middle of that part (first, middle, last third),
// precision 3, never after publication; a week is precision 2; a night belongs to its first day.
INSTANTIATE_TEST_SUITE_P(
    WeeksMonthsNights, TimeTableTest,
    ::testing::Values(
        Case{"ThisWeekJari", kTue, "خلال الأسبوع الجاري", {{"2019-03-12", kWeek | kRel, "الأسبوع الجاري"}}},
        Case{"LastWeekFaet", kTue, "الأسبوع الفائت", {{"2019-03-05", kWeek | kRel, "الأسبوع الفائت"}}},
        Case{"MidMonth", "2019-03-20", "منتصف الشهر", {{"2019-03-15", kMonth | kRel, "منتصف الشهر"}}},
        Case{"EarlyMonth", "2019-03-20", "في مطلع الشهر", {{"2019-03-05", kMonth | kRel, "مطلع الشهر"}}},
        Case{"LateMonthClamped", kTue, "أواخر الشهر", {{"2019-03-12", kMonth | kRel, "أواخر الشهر"}}},
        Case{"EarlyThisMonth", kTue, "مطلع الشهر الجاري", {{"2019-03-05", kMonth | kRel, "مطلع الشهر الجاري"}}},
        Case{"LateLastMonth", kTue, "أواخر الشهر الماضي", {{"2019-02-25", kMonth | kRel, "أواخر الشهر الماضي"}}},
        Case{"EarlyMarchAwail", kTue, "أوائل آذار", {{"2019-03-05", kMonth, "أوائل آذار"}}},
        Case{"LateMarchClamped", kTue, "أواخر آذار", {{"2019-03-12", kMonth, "أواخر آذار"}}},
        Case{"LateDecemberAcrossYear", "2019-01-02", "أواخر كانون الأول", {{"2018-12-25", kMonth, "أواخر كانون الأول"}}},
        Case{"TheMonthAloneIsNothing", kTue, "خلال الشهر", {}},
        Case{"NightPairEnDash", kTue, "ليلة الأحد–الإثنين", {{"2019-03-11", kDay | kRel, "ليلة الأحد–الإثنين"}}},
        Case{"NightPairNoDash", kTue, "ليل الأحد الإثنين", {{"2019-03-11", kDay | kRel, "ليل الأحد الإثنين"}}},
        Case{"NightPairEndingToday", kTue, "ليلة الاثنين الثلاثاء",
             {{"2019-03-12", kDay | kRel, "ليلة الاثنين الثلاثاء"}}},
        Case{"NightOfTodayAcrossYear", "2019-01-01", "ليلة الثلاثاء", {{"2018-12-31", kDay | kRel, "ليلة الثلاثاء"}}},
        Case{"DayBeforeYesterdayAcrossYear", "2019-01-01", "أول أمس", {{"2018-12-30", kDay | kRel, "أول أمس"}}},
        Case{"DecemberInJanuary", "2020-01-02", "في 28 كانون الأول", {{"2019-12-28", kDay, "28 كانون الأول"}}},
        Case{"LeapDayWithYear", "2020-03-10", "29 شباط 2020", {{"2020-02-29", kDay, "29 شباط 2020"}}},
        Case{"LeapDayNumeric", "2020-03-10", "29/2/2020", {{"2020-02-29", kDay, "29/2/2020"}}},
        Case{"NotLeapNumeric", kTue, "29/2/2019", {}}));

// Periods of several days: the last day (the day before publication), precision 2, and the number of
// days, which the assembler splits a reported total over (GUIDELINES).
INSTANTIATE_TEST_SUITE_P(
    Periods, TimeTableTest,
    ::testing::Values(
        Case{"PastThreeDays", kTue, "قتل 12 شخصا خلال الأيام الثلاثة الماضية",
             {{"2019-03-11", kWeek | kRel | Days(3), "خلال الأيام الثلاثة الماضية"}}},
        Case{"PastTwoDaysDual", kTue, "خلال اليومين الماضيين",
             {{"2019-03-11", kWeek | kRel | Days(2), "خلال اليومين الماضيين"}}},
        Case{"LastTwoDaysAkhirayn", kTue, "في اليومين الأخيرين",
             {{"2019-03-11", kWeek | kRel | Days(2), "في اليومين الأخيرين"}}},
        Case{"OverTwoDays", kTue, "على مدى يومين", {{"2019-03-11", kWeek | kRel | Days(2), "على مدى يومين"}}},
        Case{"OverThreeDaysDigits", kTue, "على مدار 3 أيام",
             {{"2019-03-11", kWeek | kRel | Days(3), "على مدار 3 أيام"}}},
        Case{"LastedTwoDays", kTue, "عدوان واسع استمر يومين",
             {{"2019-03-11", kWeek | kRel | Days(2), "استمر يومين"}}},
        Case{"LastedFourDays", kTue, "اشتباكات استمرت أربعة أيام",
             {{"2019-03-11", kWeek | kRel | Days(4), "استمرت أربعة أيام"}}},
        Case{"SeventyTwoHours", kTue, "خلال الـ72 ساعة الماضية",
             {{"2019-03-11", kWeek | kRel | Days(3), "خلال الـ72 ساعة الماضية"}}},
        Case{"FortyEightHoursAfterTheUnit", kTue, "خلال الساعات الـ48 الماضية",
             {{"2019-03-11", kWeek | kRel | Days(2), "خلال الساعات الـ48 الماضية"}}},
        Case{"OneDayOfHoursIsNoPeriod", kTue, "خلال الساعات الـ24 الماضية",
             {{"2019-03-12", kDay | kRel, "خلال الساعات الـ24 الماضية"}}},
        Case{"SevenDaysIsThelongest", kTue, "على مدى سبعة أيام",
             {{"2019-03-11", kWeek | kRel | Days(7), "على مدى سبعة أيام"}}},
        Case{"TenDaysIsNoPeriod", kTue, "على مدى عشرة أيام", {}},
        Case{"AWeekIsNoPeriod", kTue, "على مدى أسبوع", {}},
        Case{"WithinTwoDaysIsADeadline", kTue, "أمهلهم خلال يومين", {}},
        Case{"NextThreeDaysIsNothing", kTue, "خلال الأيام الثلاثة المقبلة", {}},
        Case{"RecentDaysStayRecent", kTue, "خلال الأيام الماضية", {{"2019-03-12", kWeek | kRel, "خلال الأيام الماضية"}}},
        Case{"AcrossYear", "2019-01-01", "خلال اليومين الماضيين",
             {{"2018-12-31", kWeek | kRel | Days(2), "خلال اليومين الماضيين"}}},
        Case{"AcrossLeapDay", "2020-03-01", "على مدى ثلاثة أيام",
             {{"2020-02-29", kWeek | kRel | Days(3), "على مدى ثلاثة أيام"}}},
        Case{"NoPublicationDate", "", "خلال اليومين الماضيين",
             {{kNoDay, kWeek | kRel | kUnres, "خلال اليومين الماضيين"}}},
        // "منذ ثلاثة أيام" of an act still going on is a period; of a past act, a day.
        Case{"SinceThreeDaysOngoing", kTue, "معارك ضارية تخوضها القوات مع المسلحين، منذ ثلاثة أيام",
             {{"2019-03-11", kWeek | kRel | Days(3), "منذ ثلاثة أيام"}}},
        Case{"SinceTwoDaysContinuing", kTue, "وتتواصل الاشتباكات في المدينة منذ يومين",
             {{"2019-03-11", kWeek | kRel | Days(2), "منذ يومين"}}},
        Case{"SinceThreeDaysOngoingAfter", kTue, "قصف منذ 3 أيام متواصلة",
             {{"2019-03-11", kWeek | kRel | Days(3), "منذ 3 أيام"}}},
        Case{"SinceThreeDaysPastAct", kTue, "قتل الشاب منذ ثلاثة أيام",
             {{"2019-03-09", kDay | kRel, "منذ ثلاثة أيام"}}},
        Case{"SinceAFewDaysStaysAgo", kTue, "وتتواصل الاشتباكات منذ أيام",
             {{"2019-03-09", kWeek | kRel, "منذ أيام"}}},
        // "منذ يوم الأحد": from that day up to now.
        Case{"SinceSunday", kTue, "قتل 6 مدنيين منذ يوم الأحد",
             {{"2019-03-11", kWeek | kRel | Days(2), "منذ يوم الأحد"}}},
        Case{"SinceLastWednesday", kTue, "منذ الأربعاء الماضي",
             {{"2019-03-11", kWeek | kRel | Days(6), "منذ الأربعاء الماضي"}}},
        Case{"SinceFridayAcrossYear", "2019-01-01", "منذ صباح الجمعة",
             {{"2018-12-31", kWeek | kRel | Days(4), "منذ صباح الجمعة"}}},
        Case{"SinceThursdayUntilSaturday", kTue, "المعارك التي بدأت منذ الخميس، وحتى السبت، أسفرت عن",
             {{"2019-03-09", kWeek | kRel | Days(3), "منذ الخميس، وحتى السبت"}}},
        Case{"SinceSundayUntilToday", kTue, "منذ الأحد حتى اليوم",
             {{"2019-03-12", kWeek | kRel | Days(3), "منذ الأحد حتى اليوم"}}},
        Case{"UntilBeforeTheStartIsIgnored", kTue, "منذ الخميس حتى الأربعاء",
             {{"2019-03-11", kWeek | kRel | Days(5), "منذ الخميس"}, {"2019-03-06", kDay | kRel, "الأربعاء"}}},
        Case{"SinceYesterdayStaysAStart", kTue, "منذ أمس", {{"2019-03-11", kDay | kRel | kSince, "منذ أمس"}}},
        Case{"SinceTheSameWeekdayLastWeek", kTue, "منذ الثلاثاء الماضي",
             {{"2019-03-11", kWeek | kRel | Days(7), "منذ الثلاثاء الماضي"}}}));

// A day in the frame of a reporting verb dates the report (kTimeReportDay); a day inside what is
// reported, or after the reported content has begun, dates the act.
INSTANTIATE_TEST_SUITE_P(
    ReportDays, TimeTableTest,
    ::testing::Values(
        Case{"SaidOnTuesdayThat", kTue, "قال الجيش يوم الثلاثاء إن طائراته قصفت أمس مواقع",
             {{"2019-03-12", kDay | kRel | kReport, "يوم الثلاثاء"}, {"2019-03-11", kDay | kRel, "أمس"}}},
        Case{"SetApartByCommas", "2023-10-28", "أكدت حركة حماس، اليوم السبت، فشل الهجوم البري",
             {{"2023-10-28", kDay | kRel | kReport, "اليوم السبت"}}},
        Case{"LongSubjectSetApart", "2023-10-28",
             "أكد عضو قيادة حركة حماس في الخارج، علي بركة، اليوم السبت، فشل التوغل",
             {{"2023-10-28", kDay | kRel | kReport, "اليوم السبت"}}},
        Case{"LongSubjectNotSetApart", "2023-10-28", "أكد عضو قيادة حركة حماس في الخارج علي بركة اليوم فشل التوغل",
             {{"2023-10-28", kDay | kRel, "اليوم"}}},
        Case{"AsAnnounced", kTue, "قتل ثلاثون جنديا حسبما أعلن مسؤولون اليوم",
             {{"2019-03-12", kDay | kRel | kReport, "اليوم"}}},
        Case{"DashInsideTheSubject", "2023-10-28", "نشرت المقاومة الإسلامية في لبنان - حزب الله، اليوم السبت، مشاهد",
             {{"2023-10-28", kDay | kRel | kReport, "اليوم السبت"}}},
        Case{"EveningOfTheStatement", "2023-01-28", "أعلن الجيش، مساء اليوم السبت، أن عملية وقعت",
             {{"2023-01-28", kDay | kRel | kReport, "مساء اليوم السبت"}}},
        Case{"InsideTheReport", kTue, "قال مسؤول إن القصف وقع اليوم", {{"2019-03-12", kDay | kRel, "اليوم"}}},
        Case{"AfterTheCount", kTue, "أكد الجيش مقتل 5 مسلحين اليوم", {{"2019-03-12", kDay | kRel, "اليوم"}}},
        Case{"NoVerb", kTue, "قصفت الطائرات اليوم مواقع", {{"2019-03-12", kDay | kRel, "اليوم"}}},
        Case{"APeriodIsNoReportDay", kTue, "قال الجيش خلال اليومين الماضيين",
             {{"2019-03-11", kWeek | kRel | Days(2), "خلال اليومين الماضيين"}}}));

// Forms the issue lists that other suites do not already cover one by one.
INSTANTIATE_TEST_SUITE_P(
    IssueForms, TimeTableTest,
    ::testing::Values(
        Case{"TomorrowIsNothing", kTue, "يصل الوفد غداً", {}},
        Case{"TomorrowEveningIsNothing", kTue, "مساء غد", {}},
        Case{"TomorrowsWeekdayIsNothing", kTue, "غداً الأربعاء", {}},
        Case{"DayAfterTomorrowIsNothing", kTue, "بعد غد", {}},
        Case{"NoonYesterday", kTue, "ظهر أمس", {{"2019-03-11", kDay | kRel, "ظهر أمس"}}},
        Case{"AfternoonToday", kTue, "عصر اليوم", {{"2019-03-12", kDay | kRel, "عصر اليوم"}}},
        Case{"MidnightOfSaturday", kTue, "منتصف ليل السبت", {{"2019-03-09", kDay | kRel, "منتصف ليل السبت"}}},
        Case{"WeekdayMunsarim", kTue, "الخميس المنصرم", {{"2019-03-07", kDay | kRel, "الخميس المنصرم"}}},
        Case{"PublicationWeekdayMunsarim", kTue, "الثلاثاء المنصرم", {{"2019-03-05", kDay | kRel, "الثلاثاء المنصرم"}}},
        Case{"PublicationWeekdayAlone", kTue, "يوم الثلاثاء", {{"2019-03-12", kDay | kRel, "يوم الثلاثاء"}}},
        Case{"YesterdayWithWeekday", kTue, "أمس الإثنين", {{"2019-03-11", kDay | kRel, "أمس الإثنين"}}},
        Case{"ThreeDaysAgoAcrossYear", "2019-01-02", "قبل ثلاثة أيام", {{"2018-12-30", kDay | kRel, "قبل ثلاثة أيام"}}},
        Case{"LastWeekAcrossLeapDay", "2020-03-03", "الأسبوع الماضي", {{"2020-02-25", kWeek | kRel, "الأسبوع الماضي"}}},
        Case{"MidLastMonthLeapYear", "2020-03-10", "منتصف الشهر الماضي",
             {{"2020-02-15", kMonth | kRel, "منتصف الشهر الماضي"}}},
        Case{"LateFebruaryLeapYear", "2020-03-10", "أواخر شباط", {{"2020-02-25", kMonth, "أواخر شباط"}}},
        Case{"CombinedGulfFirst", "2019-06-20", "في 5 يونيو/حزيران", {{"2019-06-05", kDay, "5 يونيو/حزيران"}}},
        Case{"CombinedParenthesisAugust", "2019-08-20", "في 5 آب (أغسطس)", {{"2019-08-05", kDay, "5 آب (أغسطس)"}}},
        Case{"MaghrebiMay", "2018-05-10", "في 3 ماي 2018", {{"2018-05-03", kDay, "3 ماي 2018"}}},
        Case{"ArabicIndicNoYear", kTue, "في ٢ آذار", {{"2019-03-02", kDay, "٢ آذار"}}},
        Case{"HijriAcrossGregorianYear", "2025-01-05", "في 1 رجب 1446 هـ",
             {{"2025-01-01", kDay, "1 رجب 1446 هـ"}}}));

// Every Gregorian month name of data/months.tsv (Levantine, Egyptian/Gulf, Maghrebi, Moroccan and
// their spellings) makes a date with a day and a year.
TEST(TimeParserTest, EveryMonthNameMakesADate) {
  std::ifstream in(std::string(RASD_TEST_DICT_DIR) + "/months.tsv");
  ASSERT_TRUE(in) << "months.tsv";
  std::string line;
  int names = 0;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    const size_t tab = line.find('\t');
    ASSERT_NE(tab, std::string::npos) << line;
    const size_t tab2 = line.find('\t', tab + 1);
    const std::string name = line.substr(0, tab);
    const int month = std::stoi(line.substr(tab + 1, tab2 - tab - 1));
    if (tab2 != std::string::npos && line.substr(tab2 + 1) == "hijri") continue;
    // Bare, and with "من شهر" or "شهر" between the day and the month, in every system.
    for (const std::string between : {" ", " من شهر ", " شهر ", " من "}) {
      Document doc = Annotated("2019-03-12", "في 15" + between + name + " 2018");
      ASSERT_EQ(doc.mentions.size(), 1u) << name << between;
      EXPECT_EQ(Day(static_cast<int32_t>(doc.mentions[0].value)), *Day::FromYmd(2018, month, 15)) << name << between;
    }
    ++names;
  }
  EXPECT_GE(names, 40);
}

struct DatelineCase {
  const char* name;
  std::string published;  // given by the input; "" = none
  std::string text;
  std::string expected;  // doc.published after the stage; "" = none
};
std::ostream& operator<<(std::ostream& os, const DatelineCase& c) { return os << c.name; }

class DatelineTest : public ::testing::TestWithParam<DatelineCase> {};

TEST_P(DatelineTest, GivesThePublicationDate) {
  const DatelineCase& c = GetParam();
  Document doc = Annotated(c.published, c.text);
  EXPECT_EQ(doc.published ? doc.published->ToString() : "", c.expected) << c.text;
}

INSTANTIATE_TEST_SUITE_P(
    Datelines, DatelineTest,
    ::testing::Values(
        DatelineCase{"PlaceDashDate", "", "غارات على إدلب\nدمشق - 12 آذار 2019 - قتل خمسة مدنيين أمس.", "2019-03-12"},
        DatelineCase{"PlaceCommaDateOwnLine", "", "عنوان الخبر\nالرباط، 2019/03/12\nقتل شخص أمس.", "2019-03-12"},
        DatelineCase{"LabelledFirstLine", "", "نُشر في 12/3/2019\nقتل خمسة مدنيين أمس في قصف.", "2019-03-12"},
        DatelineCase{"ParenthesisedAtEnd", "", "عنوان\nقتل خمسة مدنيين أمس في قصف.\n(بتاريخ 2019/03/12)", "2019-03-12"},
        DatelineCase{"LabelColonAtEnd", "", "عنوان\nقتل خمسة.\nتاريخ النشر: 12 آذار 2019 - 10:30", "2019-03-12"},
        DatelineCase{"DateAloneOnALine", "", "عنوان\n12 آذار/مارس 2019\nقتل خمسة مدنيين.", "2019-03-12"},
        DatelineCase{"HijriDateline", "", "عنوان\nمكة - 15 شعبان 1445 هـ - قتل شخص.", "2024-02-25"},
        DatelineCase{"BodyDateIsNoDateline", "", "عنوان\nقتل خمسة مدنيين في 12 آذار 2019 في غارة على إدلب.", ""},
        DatelineCase{"LabelInALongSentence", "", "عنوان\nبتاريخ 12/3/2019 قصفت الطائرات البلدة وقتلت خمسة مدنيين في السوق.", ""},
        DatelineCase{"MiddleParagraphIsNoDateline", "",
                     "عنوان\nفقرة أولى.\nفقرة ثانية.\nفقرة ثالثة.\nنشر في 12/3/2019\nفقرة خامسة.\nفقرة سادسة.\nفقرة سابعة.", ""},
        DatelineCase{"DateOpeningANewsLine", "", "عنوان\n12 آذار 2019 قتل خمسة مدنيين.", ""},
        DatelineCase{"DateWithClockTime", "", "عنوان\nقتل خمسة.\n12/03/2019 10:30", "2019-03-12"},
        DatelineCase{"NoYearNoDateline", "", "عنوان\nدمشق - 12 آذار - قتل خمسة.", ""},
        DatelineCase{"TooManyWordsBefore", "", "عنوان\nقالت وزارة الدفاع السورية اليوم - 12 آذار 2019", ""},
        DatelineCase{"InputDateWins", "2020-01-01", "عنوان\nدمشق - 12 آذار 2019 - قتل خمسة.", "2020-01-01"},
        // As news pages print their date: a weekday before it, a clock time and AM/PM after it, both calendars.
        DatelineCase{"WeekdayAndClock", "", "عنوان\nالثلاثاء 14 فبراير 2017 - 11:20 ص\nقتل أربعة جنود.", "2017-02-14"},
        DatelineCase{"WeekdayCommaAndClock", "", "عنوان\nالثلاثاء، 14 فبراير 2017 11:20 م\nقتل أربعة جنود.", "2017-02-14"},
        DatelineCase{"LabelThenWeekday", "", "عنوان\nآخر تحديث: الثلاثاء 14 فبراير 2017\nقتل أربعة جنود.", "2017-02-14"},
        DatelineCase{"BothCalendars", "", "عنوان\nالثلاثاء 17 جمادى الأولى 1438هـ - 14 فبراير 2017م\nقتل أربعة جنود.",
                     "2017-02-14"},
        DatelineCase{"BothCalendarsADayApart", "",
                     "عنوان\nالأحد - 14 شهر ربيع الأول 1439 هـ - 03 ديسمبر 2017 مـ\nقتل أربعة جنود.", "2017-12-03"},
        DatelineCase{"ClockInAZone", "", "عنوان\n14 فبراير 2017 - 11:20 مساءً بتوقيت مكة المكرمة\nقتل أربعة جنود.",
                     "2017-02-14"},
        DatelineCase{"PlaceThenWeekday", "", "عنوان\nالقاهرة - الثلاثاء 14 فبراير 2017 - قتل أربعة جنود.", "2017-02-14"},
        DatelineCase{"WeekdayDateOpeningANewsLine", "", "عنوان\nالثلاثاء 14 فبراير 2017 قتل أربعة جنود في العريش.", ""},
        DatelineCase{"ClockThenStory", "", "عنوان\n14 فبراير 2017 11:20 قتل أربعة جنود في العريش.", ""}));

// A dateline printed outside the text (an HTML page's date line: Document::dateline).
TEST(DatelineTest, PrintedOutsideTheText) {
  Document doc = Annotated("", "عنوان\nقتل أربعة جنود أمس في هجوم على حاجز.");
  EXPECT_FALSE(doc.published);
  doc.dateline = "الثلاثاء 14 فبراير 2017 - 11:20 ص";
  doc.mentions.clear();
  Parser().Annotate(doc);
  ASSERT_TRUE(doc.published);
  EXPECT_EQ(doc.published->ToString(), "2017-02-14");
  ASSERT_EQ(doc.mentions.size(), 1u);
  EXPECT_EQ(Day(static_cast<int32_t>(doc.mentions[0].value)).ToString(), "2017-02-13");
  for (const char* line : {"القاهرة - ١٤ فبراير ٢٠١٧", "نشر في 14/2/2017", "آخر تحديث: الثلاثاء 14 فبراير 2017",
                           "نشر في: 14 فبراير 2017 ,08:34: ص GMT", "الثلاثاء 17 جمادى الأولى 1438 هـ - 14 فبراير 2017 مـ رقم العدد [13962]",
                           // A byline, an update: the page marked the line as its date, the first date is the publication's.
                           "كتب: محمد علي - الثلاثاء 14 فبراير 2017 11:20 ص", "14 فبراير 2017 | آخر تحديث 15 فبراير 2017"}) {
    EXPECT_EQ(Parser().DatelineOf(line).value_or(Day()).ToString(), "2017-02-14") << line;
  }
  // Both calendars, the Hijri date a day off the Gregorian by the tabular conversion: the Gregorian one.
  EXPECT_EQ(Parser().DatelineOf("الأحد - 14 شهر ربيع الأول 1439 هـ - 03 ديسمبر 2017 مـ رقم العدد [14250]")
                .value_or(Day())
                .ToString(),
            "2017-12-03");
  // No full date: a relative time, a day without its year, words of a story.
  for (const char* line : {"منذ 5 ساعات", "14 فبراير", "الثلاثاء 14 فبراير قتل أربعة جنود", "قبل 3 أيام", ""}) {
    EXPECT_FALSE(Parser().DatelineOf(line)) << line;
  }
}

TEST(DatelineTest, RelativeDaysResolveAgainstTheDateline) {
  Document doc = Annotated("", "عنوان\nدمشق - 12 آذار 2019 - قتل خمسة مدنيين أمس.");
  ASSERT_EQ(doc.mentions.size(), 2u);
  EXPECT_EQ(Day(static_cast<int32_t>(doc.mentions[1].value)).ToString(), "2019-03-11");
  EXPECT_EQ(doc.mentions[1].aux, kDay | kRel);
}

TEST(TimeParserTest, SpanMapsBackToOriginalBytes) {
  const std::string original = "وقع الانفجار مساءَ أمسِ الإثنينِ في المدينة";
  Document doc = Annotated(kTue, original);
  ASSERT_EQ(doc.mentions.size(), 1u);
  const Mention& m = doc.mentions[0];
  EXPECT_EQ(m.tok_begin, 2u);
  EXPECT_EQ(m.tok_end, 5u);
  const ByteSpan span = doc.norm.OriginalSpan(m.begin, m.end);
  EXPECT_EQ(original.substr(span.begin, span.end - span.begin), "مساءَ أمسِ الإثنينِ");
}

TEST(TimeParserTest, EveryWeekdayOnEveryPublicationDay) {
  static const char* const kNames[] = {"الأحد", "الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت"};
  const Day sunday = *Day::Parse("2019-03-10");
  for (int pub = 0; pub < 7; ++pub) {
    for (int named = 0; named < 7; ++named) {
      const Day published = sunday.AddDays(pub);
      Document doc = Annotated(published.ToString(), kNames[named]);
      ASSERT_EQ(doc.mentions.size(), 1u) << kNames[named];
      const Day got(static_cast<int32_t>(doc.mentions[0].value));
      EXPECT_EQ(got.weekday(), named);
      EXPECT_LE(got, published);
      EXPECT_GT(got, published.AddDays(-7));
    }
  }
}

// Random soups of the words this stage reads, cut anywhere: no crash, and every mention well formed.
TEST(TimeParserTest, RandomWordSoupsGiveWellFormedMentions) {
  static const char* const kWords[] = {
      "أمس", "اليوم", "الأحد", "ليلة", "ليل", "مساء", "قبل", "منذ", "يوم", "يومين", "أيام", "أكثر", "من",
      "نحو", "ثلاثة", "السابع", "الحادي", "والعشرين", "عشر", "آذار", "مارس", "كانون", "الثاني", "/", "-",
      "(", ")", "،", "12", "2019", "3", "الـ", "الماضي", "المقبل", "الشهر", "الأسبوع", "عام", "مطلع",
      "الموافق", "إلى", "الأربعاء", "ساعات", "متأخرة", ".", "\n", "في", "خلال", "الأيام", "29", "شباط"};
  std::mt19937 rng(12345);
  for (int round = 0; round < 3000; ++round) {
    std::string text;
    const int n = 1 + static_cast<int>(rng() % 9);
    for (int k = 0; k < n; ++k) {
      const std::string w = kWords[rng() % std::size(kWords)];
      text += w;
      if (rng() % 4 != 0) text += ' ';
    }
    Document doc = Annotated(round % 5 == 0 ? "" : "2019-03-12", text);
    uint32_t previous_end = 0;
    for (const Mention& m : doc.mentions) {
      ASSERT_LT(m.tok_begin, m.tok_end) << text;
      ASSERT_LE(m.tok_end, doc.tokens.size()) << text;
      ASSERT_GE(m.tok_begin, previous_end) << text;
      ASSERT_GE(m.begin, doc.tokens[m.tok_begin].begin) << text;
      ASSERT_LT(m.begin, m.end) << text;
      ASSERT_EQ(m.end, doc.tokens[m.tok_end - 1].end) << text;
      const int precision = m.aux & kTimePrecisionMask;
      ASSERT_TRUE(precision >= 1 && precision <= kTimePrecisionYear) << text;
      // Without a publication date nothing relative is resolved: against today or anything else.
      if (!doc.published && (m.aux & kTimeRelative)) {
        ASSERT_NE(m.aux & kTimeUnresolved, 0) << text;
      }
      if (m.aux & kTimeUnresolved) {
        ASSERT_EQ(m.value, 0) << text;
      }
      previous_end = m.tok_end;
    }
  }
}

// "منذ الأحد حتى" repeated: the day after حتى is read one level deep only (no unbounded recursion).
TEST(TimeParserTest, RepeatedSinceUntilIsBounded) {
  std::string text;
  for (int i = 0; i < 20000; ++i) text += "منذ الأحد حتى ";
  Document doc = Annotated(kTue, text);
  EXPECT_FALSE(doc.mentions.empty());
  for (const Mention& m : doc.mentions) EXPECT_LE(m.tok_end - m.tok_begin, 6u);
}

TEST(TimeParserTest, EmptyDocument) {
  Document doc;
  Parser().Annotate(doc);
  EXPECT_TRUE(doc.mentions.empty());
}

class TimeLoadTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = std::filesystem::temp_directory_path() /
           ("rasd_time_test_" + std::string(::testing::UnitTest::GetInstance()->current_test_info()->name()));
    std::filesystem::create_directories(dir_);
    for (const char* name : {"numbers.tsv", "months.tsv", "time_words.tsv"}) {
      std::filesystem::copy_file(std::filesystem::path(RASD_TEST_DICT_DIR) / name, dir_ / name,
                                 std::filesystem::copy_options::overwrite_existing);
    }
  }
  void TearDown() override { std::filesystem::remove_all(dir_); }
  void Write(const std::string& name, const std::string& content) {
    std::ofstream(dir_ / name, std::ios::binary) << content;
  }
  std::filesystem::path dir_;
};

TEST_F(TimeLoadTest, ShippedDictionariesLoad) { EXPECT_TRUE(TimeParser::Load(dir_.string()).ok()); }

TEST_F(TimeLoadTest, MissingFileIsNotFound) {
  std::filesystem::remove(dir_ / "time_words.tsv");
  EXPECT_EQ(TimeParser::Load(dir_.string()).status().code(), Status::Code::kNotFound);
}

TEST_F(TimeLoadTest, BadMonthIsCorruption) {
  Write("months.tsv", "# name month system\nآذار\t13\tlevantine\n");
  EXPECT_EQ(TimeParser::Load(dir_.string()).status().code(), Status::Code::kCorruption);
}

TEST_F(TimeLoadTest, MissingValueIsCorruption) {
  Write("time_words.tsv", "أمس\trelative\t-1\n");
  Result<TimeParser> p = TimeParser::Load(dir_.string());
  ASSERT_FALSE(p.ok());
  EXPECT_EQ(p.status().code(), Status::Code::kCorruption);
  EXPECT_NE(p.status().message().find("time_words.tsv:1"), std::string::npos) << p.status().message();
}

TEST_F(TimeLoadTest, UnknownKindIsCorruption) {
  Write("time_words.tsv", "أمس\tyesterday\n");
  EXPECT_EQ(TimeParser::Load(dir_.string()).status().code(), Status::Code::kCorruption);
}

}  // namespace
}  // namespace rasd::time
