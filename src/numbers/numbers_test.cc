#include "numbers/numbers.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <random>
#include <string>
#include <vector>

#include "text/normalizer.h"
#include "text/tokenizer.h"

namespace rasd::numbers {
namespace {

const NumberParser& Parser() {
  static const NumberParser* parser = [] {
    Result<NumberParser> p = NumberParser::Load(RASD_TEST_DICT_DIR);
    if (!p.ok()) {
      ADD_FAILURE() << p.status().ToString();
      std::abort();
    }
    return new NumberParser(std::move(*p));
  }();
  return *parser;
}

Document Annotated(std::string_view text) {
  Document doc;
  doc.norm = text::Normalize(text);
  text::Tokenize(doc);
  Parser().Annotate(doc);
  return doc;
}

// One expected mention: its value, flags, and the normalized text it covers.
struct Expected {
  int64_t value;
  int32_t flags;
  std::string covers;  // written unnormalized; compared after text::NormalizeKey
};

struct Case {
  const char* name;
  std::string text;
  std::vector<Expected> expected;
};

std::ostream& operator<<(std::ostream& os, const Case& c) { return os << c.name; }

class NumberTableTest : public ::testing::TestWithParam<Case> {};

TEST_P(NumberTableTest, FindsExactlyTheCounts) {
  const Case& c = GetParam();
  Document doc = Annotated(c.text);
  std::vector<Expected> got;
  for (const Mention& m : doc.mentions) {
    ASSERT_EQ(m.kind, MentionKind::kNumber);
    got.push_back({m.value, m.aux, doc.norm.text.substr(m.begin, m.end - m.begin)});
  }
  ASSERT_EQ(got.size(), c.expected.size()) << c.text;
  for (size_t i = 0; i < got.size(); ++i) {
    EXPECT_EQ(got[i].value, c.expected[i].value) << c.text << " #" << i;
    EXPECT_EQ(got[i].flags, c.expected[i].flags) << c.text << " #" << i;
    EXPECT_EQ(got[i].covers, text::NormalizeKey(c.expected[i].covers)) << c.text << " #" << i;
  }
}

constexpr int32_t kExact = kNumberExact;
constexpr int32_t kApprox = kNumberApprox;
constexpr int32_t kAtLeast = kNumberAtLeast;
constexpr int32_t kVague = kNumberVague;

INSTANTIATE_TEST_SUITE_P(
    Digits, NumberTableTest,
    ::testing::Values(
        Case{"Plain", "مقتل 38 من عناصر التنظيم", {{38, kExact, "38"}}},
        Case{"ArabicIndic", "مقتل ٣٨ شخصا", {{38, kExact, "٣٨"}}},
        Case{"Thousands", "نزوح 1,200 عائلة", {{1200, kExact, "1,200"}}},
        Case{"ArabicThousandsSeparator", "نزوح ١٬٢٠٠ عائلة", {{1200, kExact, "1,200"}}},
        Case{"DigitsThousandWord", "نزوح 11 ألف شخص", {{11000, kExact, "11 ألف"}}},
        Case{"DigitsThousandAccusative", "نزوح 11 ألفا", {{11000, kExact, "11 ألفا"}}},
        Case{"DecimalMillion", "نزوح 2.5 مليون سوري", {{2500000, kExact, "2.5 مليون"}}},
        Case{"DigitsThousandsPlural", "اعتقال 3 آلاف شخص", {{3000, kExact, "3 آلاف"}}},
        Case{"AttachedWaw", "مقتل 5 وجرح 7", {{5, kExact, "5"}, {7, kExact, "7"}}},
        Case{"GluedProclitic", "مقتل و3 جرحى", {{3, kExact, "3"}}},
        Case{"Range", "مقتل 10-15 شخصا", {{10, kApprox, "10-15"}}},
        Case{"YearWithCountNoun", "مقتل 2000 شخص", {{2000, kExact, "2000"}}},
        Case{"DecimalAloneIsNoCount", "بلغت النسبة 2.5", {}},
        Case{"CommaDecimalIsNoCount", "بلغت 12,5", {}}));

INSTANTIATE_TEST_SUITE_P(
    Words, NumberTableTest,
    ::testing::Values(
        Case{"UnitMasculine", "مقتل ثلاثة مدنيين", {{3, kExact, "ثلاثة"}}},
        Case{"UnitFeminine", "مقتل ثلاث نساء", {{3, kExact, "ثلاث"}}},
        Case{"Two", "قتل اثنان منهم", {{2, kExact, "اثنان"}}},
        Case{"TwoOblique", "اعتقال اثنين من المطلوبين", {{2, kExact, "اثنين"}}},
        Case{"Ten", "إصابة عشرة أشخاص", {{10, kExact, "عشرة"}}},
        Case{"Eleven", "مقتل أحد عشر عنصرا", {{11, kExact, "أحد عشر"}}},
        Case{"ElevenFeminine", "مقتل إحدى عشرة امرأة", {{11, kExact, "إحدى عشرة"}}},
        Case{"Twelve", "مقتل اثنا عشر جنديا", {{12, kExact, "اثنا عشر"}}},
        Case{"Thirteen", "مقتل ثلاثة عشر مدنيا", {{13, kExact, "ثلاثة عشر"}}},
        Case{"Tens", "مقتل عشرين شخصا", {{20, kExact, "عشرين"}}},
        Case{"UnitAndTens", "مقتل خمسة وعشرون شخصا", {{25, kExact, "خمسة وعشرون"}}},
        Case{"OneAndTwenty", "مقتل واحد وعشرين شخصا", {{21, kExact, "واحد وعشرين"}}},
        Case{"Hundred", "اعتقال مئة شخص", {{100, kExact, "مئة"}}},
        Case{"HundredAltSpelling", "اعتقال مائة شخص", {{100, kExact, "مائة"}}},
        Case{"TwoHundred", "اعتقال مئتين من المحتجين", {{200, kExact, "مئتين"}}},
        Case{"ThreeHundredFused", "نزوح ثلاثمئة عائلة", {{300, kExact, "ثلاثمئة"}}},
        Case{"ThreeHundredFusedAlt", "نزوح ثلاثمائة عائلة", {{300, kExact, "ثلاثمائة"}}},
        Case{"ThreeHundredSplit", "نزوح ثلاث مئة عائلة", {{300, kExact, "ثلاث مئة"}}},
        Case{"HundredAndFifty", "اعتقال مئة وخمسين شخصا", {{150, kExact, "مئة وخمسين"}}},
        Case{"HundredAndTwentyFive", "اعتقال مئة وخمسة وعشرين شخصا",
             {{125, kExact, "مئة وخمسة وعشرين"}}},
        Case{"Thousand", "نزوح ألف عائلة", {{1000, kExact, "ألف"}}},
        Case{"TwoThousand", "نزوح ألفين من السكان", {{2000, kExact, "ألفين"}}},
        Case{"TwoThousandNominative", "نزح ألفان", {{2000, kExact, "ألفان"}}},
        Case{"ThreeThousand", "نزوح ثلاثة آلاف شخص", {{3000, kExact, "ثلاثة آلاف"}}},
        Case{"ThousandAndTwoHundred", "نزوح ألف ومئتي شخص", {{1200, kExact, "ألف ومئتي"}}},
        Case{"ThousandsAndHundreds", "نزوح ثلاثة آلاف وخمسمئة شخص",
             {{3500, kExact, "ثلاثة آلاف وخمسمئة"}}},
        Case{"Million", "نزوح مليون شخص", {{1000000, kExact, "مليون"}}},
        Case{"AttachedWawWord", "مقتل جندي وثلاثة مدنيين", {{3, kExact, "ثلاثة"}}},
        Case{"AttachedBa", "مقارنة بعشرة قتلى", {{10, kExact, "عشرة"}}},
        Case{"AttachedLam", "وصل العدد لثلاثة قتلى", {{3, kExact, "ثلاثة"}}},
        Case{"OneAfterCountNoun", "مقتل شخص واحد", {{1, kExact, "واحد"}}},
        Case{"OneFeminineAfterCountNoun", "مقتل امرأة واحدة", {{1, kExact, "واحدة"}}},
        Case{"OneInIdiom", "هاجموا في آن واحد", {}},
        Case{"OneOf", "واحد من أبرز القادة", {}}));

INSTANTIATE_TEST_SUITE_P(
    Qualifiers, NumberTableTest,
    ::testing::Values(
        Case{"About", "مقتل نحو 20 شخصا", {{20, kApprox, "نحو 20"}}},
        Case{"AboutHawali", "مقتل حوالي عشرين شخصا", {{20, kApprox, "حوالي عشرين"}}},
        Case{"AboutQuraba", "نزوح قرابة 11 ألف شخص", {{11000, kApprox, "قرابة 11 ألف"}}},
        Case{"AboutZuhaa", "نزوح زهاء مئة عائلة", {{100, kApprox, "زهاء مئة"}}},
        Case{"AboutWithWaw", "وحوالي 30 جريحا", {{30, kApprox, "حوالي 30"}}},
        Case{"MoreThan", "مقتل أكثر من 100 شخص", {{100, kAtLeast, "أكثر من 100"}}},
        Case{"MoreThanThousands", "نزوح أكثر من 11 ألف شخص", {{11000, kAtLeast, "أكثر من 11 ألف"}}},
        Case{"NoLessThan", "مقتل ما لا يقل عن 10 أشخاص", {{10, kAtLeast, "ما لا يقل عن 10"}}},
        Case{"MoreThanAzyad", "مقتل أزيد من 40 شخصا", {{40, kAtLeast, "أزيد من 40"}}},
        Case{"AtLeastAfter", "مقتل 5 أشخاص على الأقل", {{5, kExact, "5"}}},
        Case{"AtLeastRightAfter", "مقتل 5 على الأقل", {{5, kAtLeast, "5 على الأقل"}}},
        Case{"AtLeastBefore", "مقتل على الأقل 5 أشخاص", {{5, kAtLeast, "على الأقل 5"}}},
        Case{"LessThan", "مقتل أقل من 10 أشخاص", {{10, kNumberAtMost, "أقل من 10"}}},
        Case{"ApproxAfter", "نزوح 300 تقريبا", {{300, kApprox, "300 تقريبا"}}},
        Case{"QualifierWithoutNumber", "أكثر من مرة", {}}));

INSTANTIATE_TEST_SUITE_P(
    Vague, NumberTableTest,
    ::testing::Values(
        Case{"Tens", "مقتل عشرات المدنيين", {{10, kVague, "عشرات"}}},
        Case{"TensWithArticle", "سقط العشرات", {{10, kVague, "عشرات"}}},
        Case{"TensWithBa", "أصيب بعشرات الشظايا", {{10, kVague, "عشرات"}}},
        Case{"Hundreds", "اعتقال مئات المحتجين", {{100, kVague, "مئات"}}},
        Case{"ThousandsAlone", "تظاهر آلاف السوريين", {{1000, kVague, "آلاف"}}},
        Case{"ThousandsWithArticle", "خرج الآلاف إلى الشوارع", {{1000, kVague, "آلاف"}}},
        Case{"TensOfThousands", "نزوح عشرات الآلاف", {{10000, kVague, "عشرات الآلاف"}}},
        Case{"HundredsOfThousands", "نزوح مئات الآلاف", {{100000, kVague, "مئات الآلاف"}}},
        Case{"Several", "إصابة عدة أشخاص", {{3, kVague, "عدة"}}},
        Case{"ANumberOf", "إصابة عدد من المدنيين", {{3, kVague, "عدد من"}}},
        Case{"AFew", "إصابة بضعة أشخاص", {{3, kVague, "بضعة"}}},
        Case{"Some", "إصابة بعض المدنيين", {{3, kVague, "بعض"}}},
        Case{"TheNumberIsNoCount", "ارتفع عدد القتلى", {}},
        Case{"MoreThanTens", "مقتل أكثر من عشرات", {{10, kAtLeast | kVague, "أكثر من عشرات"}}}));

INSTANTIATE_TEST_SUITE_P(
    NotCounts, NumberTableTest,
    ::testing::Values(
        Case{"OrdinalMasculine", "للمرة الثالثة", {}},
        Case{"OrdinalFirst", "الأول من نوعه", {}},
        Case{"OrdinalTeen", "في الحادي عشر من الشهر", {}},
        Case{"OrdinalThirteen", "الثالث عشر", {}},
        Case{"OrdinalTwentyFirst", "الحادي والعشرين", {}},
        Case{"CenturyTwenty", "القرن العشرين", {}},
        Case{"Monday", "يوم الاثنين", {}},
        Case{"DefiniteCardinal", "الجنود الثلاثة", {}},
        Case{"Year", "في عام 2019 قتل", {}},
        Case{"BareYear", "منذ 2011 والبلاد", {}},
        Case{"DayAndMonth", "في 12 آذار", {}},
        Case{"DayAndMonthCombined", "في 12 آذار/مارس 2019", {}},
        Case{"DayOfMonth", "في 7 من أكتوبر", {}},
        Case{"TwoWordMonth", "في 3 كانون الثاني", {}},
        Case{"ClockTime", "الساعة 10:30 صباحا", {}},
        Case{"ClockTimeNoWord", "عند 10:30", {}},
        Case{"NumericDate", "بتاريخ 12/3/2019", {}},
        Case{"Percent", "بنسبة 20%", {}},
        Case{"PercentArabic", "بنسبة ٢٠٪", {}},
        Case{"PercentWords", "بنسبة 20 في المئة", {}},
        Case{"PercentWordsAttached", "ارتفع 20 بالمئة", {}},
        Case{"PercentWordFolded", "نحو 20 في المائة", {}},
        Case{"Hours", "خلال 24 ساعة", {}},
        Case{"DefiniteHours", "خلال الـ24 ساعة الماضية", {}},
        Case{"DefiniteHoursNoTatweel", "خلال ال24 ساعة", {}},
        Case{"Days", "منذ ثلاثة أيام", {}},
        Case{"DaysAccusative", "منذ 11 يوما", {}},
        Case{"Weeks", "قبل أسبوعين و3 أسابيع", {}},
        Case{"Months", "منذ 6 أشهر", {}},
        Case{"Years", "منذ عشر سنوات", {}},
        Case{"Age", "طفل يبلغ 12 عاما", {}},
        Case{"Kilometres", "على بعد 10 كلم", {}},
        Case{"KilometresSpelled", "على بعد 10 كيلومترات", {}},
        Case{"Metres", "على عمق 300 متر", {}},
        Case{"Dollars", "بقيمة 5 ملايين دولار", {}},
        Case{"Resolution", "القرار 2254", {}},
        Case{"Division", "الفرقة 17", {}},
        Case{"ClockHour", "الساعة 10 صباحا", {}},
        Case{"SecondOfRange", "بين عامي 2018-2019", {}},
        Case{"Jet", "طائرة F-16", {}},
        Case{"DefiniteHoursSpaced", "خلال الـ 24 ساعة", {}},
        Case{"DefiniteSpacedBeforeNoun", "الـ 24 قتيلا", {}},
        Case{"Quantities", "كميات كبيرة من الأسلحة", {}},
        Case{"LikeTen", "كعشرة", {}},
        Case{"QuotedIdentifier", "في قسم \"12\" في السجن", {}},
        Case{"TankModel", "دبابة \"ميركافا 4\"", {}},
        Case{"SaidFive", "قال 5 مسؤولين", {{5, kExact, "5"}}}));

INSTANTIATE_TEST_SUITE_P(
    Sentences, NumberTableTest,
    ::testing::Values(
        Case{"KilledAndWounded", "قتل 38 شخصا وأصيب نحو خمسين آخرين",
             {{38, kExact, "38"}, {50, kApprox, "نحو خمسين"}}},
        Case{"DateThenCount", "في 18 شباط/فبراير قتل 7 مدنيين", {{7, kExact, "7"}}},
        Case{"CountInNextSentence", "مضى 3 أيام. وقتل 4", {{4, kExact, "4"}}},
        Case{"LineBreakStopsPhrase", "أكثر\nمن 5", {{5, kExact, "5"}}}));

TEST(NumberParserTest, WordValue) {
  EXPECT_EQ(Parser().WordValue(text::NormalizeKey("ثلاثة")), 3);
  EXPECT_EQ(Parser().WordValue(text::NormalizeKey("عشرين")), 20);
  EXPECT_EQ(Parser().WordValue(text::NormalizeKey("مئتين")), 200);
  EXPECT_EQ(Parser().WordValue(text::NormalizeKey("آلاف")), 1000);
  EXPECT_EQ(Parser().WordValue(text::NormalizeKey("عشرات")), 10);
  EXPECT_EQ(Parser().WordValue(text::NormalizeKey("ساعة")), std::nullopt);
  EXPECT_EQ(Parser().WordValue(text::NormalizeKey("الثالث")), std::nullopt);
}

TEST(NumberParserTest, ReadWithoutContextRules) {
  Document doc;
  doc.norm = text::Normalize("منذ أكثر من ثلاثة أيام في الحادي والعشرين من آذار");
  text::Tokenize(doc);
  std::optional<NumberParser::Reading> r = Parser().Read(doc, 1);
  ASSERT_TRUE(r.has_value());
  EXPECT_EQ(r->value, 3);
  EXPECT_EQ(r->flags, kNumberAtLeast);
  EXPECT_EQ(r->tok_begin, 1u);
  EXPECT_EQ(r->tok_end, 4u);
  EXPECT_FALSE(r->ordinal);
  r = Parser().Read(doc, 6);
  ASSERT_TRUE(r.has_value());
  EXPECT_EQ(r->value, 21);
  EXPECT_TRUE(r->ordinal);
  EXPECT_EQ(r->tok_end, 8u);
  EXPECT_FALSE(Parser().Read(doc, 5).has_value());  // "في"
}

// Found by fuzz/numbers_fuzzer: digits times a scale word beyond int64 were converted anyway (UB).
TEST(NumberParserTest, ScaledFigureBeyondInt64IsNoCount) {
  Document doc;
  doc.norm = text::Normalize("قتل 100000000000000 مليار و5 مليارات و9000000000 مليار");
  text::Tokenize(doc);
  EXPECT_FALSE(Parser().Read(doc, 1).has_value());
  EXPECT_FALSE(Parser().Read(doc, 7).has_value());
  doc.mentions.clear();
  Parser().Annotate(doc);
  for (const Mention& m : doc.mentions) EXPECT_GE(m.value, 0);
}

TEST(NumberParserTest, SpanMapsBackToOriginalBytes) {
  const std::string original = "قُتِلَ نحوَ عشرينَ شخصاً";
  Document doc = Annotated(original);
  ASSERT_EQ(doc.mentions.size(), 1u);
  const ByteSpan span = doc.norm.OriginalSpan(doc.mentions[0].begin, doc.mentions[0].end);
  EXPECT_EQ(original.substr(span.begin, span.end - span.begin), "نحوَ عشرينَ");
}

TEST(NumberParserTest, AppendsToExistingMentions) {
  Document doc;
  doc.norm = text::Normalize("مقتل 5");
  text::Tokenize(doc);
  doc.mentions.push_back(Mention{});
  Parser().Annotate(doc);
  EXPECT_EQ(doc.mentions.size(), 2u);
}

// Random soups of the words this stage reads, cut anywhere: no crash, and every mention well formed.
TEST(NumberParserTest, RandomWordSoupsGiveWellFormedMentions) {
  static const char* const kWords[] = {
      "ثلاثة", "عشر", "وعشرون", "مئة", "ثلاث", "آلاف", "ألف", "عشرات", "عدد", "من", "أكثر", "نحو", "على",
      "الأقل", "واحد", "أحد", "اثنا", "الحادي", "والعشرين", "38", "1,200", "2.5", "2019", "-", "/", ":", "%",
      "الـ", "ساعة", "آذار", "قتيلا", "مليون", "ما", "لا", "يقل", "عن", "في", "المئة", "و", ".", "\n"};
  std::mt19937 rng(54321);
  for (int round = 0; round < 3000; ++round) {
    std::string text;
    const int n = 1 + static_cast<int>(rng() % 9);
    for (int k = 0; k < n; ++k) {
      const std::string w = kWords[rng() % std::size(kWords)];
      text += w;
      if (rng() % 4 != 0) text += ' ';
    }
    Document doc = Annotated(text);
    uint32_t previous_end = 0;
    for (const Mention& m : doc.mentions) {
      ASSERT_LT(m.tok_begin, m.tok_end) << text;
      ASSERT_LE(m.tok_end, doc.tokens.size()) << text;
      ASSERT_GE(m.tok_begin, previous_end) << text;
      ASSERT_GE(m.begin, doc.tokens[m.tok_begin].begin) << text;
      ASSERT_LT(m.begin, m.end) << text;
      ASSERT_EQ(m.end, doc.tokens[m.tok_end - 1].end) << text;
      ASSERT_GT(m.value, 0) << text;
      previous_end = m.tok_end;
    }
  }
}

TEST(NumberParserTest, EmptyDocument) {
  Document doc;
  Parser().Annotate(doc);
  EXPECT_TRUE(doc.mentions.empty());
}

class NumberLoadTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = std::filesystem::temp_directory_path() /
           ("rasd_numbers_test_" + std::to_string(::testing::UnitTest::GetInstance()->random_seed()) +
            ::testing::UnitTest::GetInstance()->current_test_info()->name());
    std::filesystem::create_directories(dir_);
    Write("months.tsv", "# name month system\nآذار\t3\tlevantine\n");
  }
  void TearDown() override { std::filesystem::remove_all(dir_); }
  void Write(const std::string& name, const std::string& content) {
    std::ofstream(dir_ / name, std::ios::binary) << content;
  }
  std::filesystem::path dir_;
};

TEST_F(NumberLoadTest, MissingFileIsNotFound) {
  Result<NumberParser> p = NumberParser::Load(dir_.string());
  ASSERT_FALSE(p.ok());
  EXPECT_EQ(p.status().code(), Status::Code::kNotFound);
}

TEST_F(NumberLoadTest, UnknownKindIsCorruption) {
  Write("numbers.tsv", "# comment\nثلاثة\tunits\t3\n");
  Result<NumberParser> p = NumberParser::Load(dir_.string());
  ASSERT_FALSE(p.ok());
  EXPECT_EQ(p.status().code(), Status::Code::kCorruption);
  EXPECT_NE(p.status().message().find("numbers.tsv:2"), std::string::npos) << p.status().message();
}

TEST_F(NumberLoadTest, MissingValueIsCorruption) {
  Write("numbers.tsv", "ثلاثة\tunit\n");
  EXPECT_EQ(NumberParser::Load(dir_.string()).status().code(), Status::Code::kCorruption);
}

TEST_F(NumberLoadTest, ConflictingValuesAreCorruption) {
  Write("numbers.tsv", "ثلاثة\tunit\t3\nثلاثه\ttens\t30\n");  // one key after normalization
  EXPECT_EQ(NumberParser::Load(dir_.string()).status().code(), Status::Code::kCorruption);
}

TEST_F(NumberLoadTest, SmallDictionaryWorks) {
  Write("numbers.tsv", "\r\n# a comment\r\nثلاثة\tunit\t3\r\nساعة\tnot_count_after\r\n");
  Result<NumberParser> p = NumberParser::Load(dir_.string());
  ASSERT_TRUE(p.ok()) << p.status().ToString();
  Document doc;
  doc.norm = text::Normalize("ثلاثة قتلى و3 ساعة وثلاثة");
  text::Tokenize(doc);
  p->Annotate(doc);
  ASSERT_EQ(doc.mentions.size(), 2u);
  EXPECT_EQ(doc.mentions[0].value, 3);
  EXPECT_EQ(doc.mentions[1].tok_begin, 5u);
}

}  // namespace
}  // namespace rasd::numbers
