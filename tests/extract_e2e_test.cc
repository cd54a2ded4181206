// The whole pipeline on whole articles: the demo article against its golden events, the seed article
// against its gold (when ../shared/data is present), and the span invariants every event must keep.
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "geo/distance.h"
#include "ingest/reader.h"
#include "pipeline/testing.h"
#include "rasd/pipeline.h"

namespace rasd {
namespace {

using test_support::HaveSharedData;
using test_support::TestPipeline;

Document ReadArticle(const std::string& path, const char* published) {
  ingest::ArticleReader reader({Day::Parse(published), 64u << 20});
  Document doc;
  size_t failures = reader.Read(path, [&](Document&& d) { doc = std::move(d); },
                                [](const Status& s) { ADD_FAILURE() << s.ToString(); });
  EXPECT_EQ(failures, 0u);
  TestPipeline().Process(doc);
  return doc;
}

std::string SpanText(const Document& doc, ByteSpan s) { return doc.text.substr(s.begin, s.end - s.begin); }

bool IsUtf8Boundary(const std::string& s, uint32_t i) {
  return i == s.size() || (static_cast<unsigned char>(s[i]) & 0xC0) != 0x80;
}

void ExpectSpansValid(const Document& doc) {
  for (const Event& e : doc.events) {
    const auto& sp = e.spans;
    for (ByteSpan s : {sp.actor1, sp.actor2, sp.location, sp.date, sp.fatalities, sp.injured, sp.trigger, sp.evidence}) {
      if (s.empty()) continue;
      ASSERT_LE(s.end, doc.text.size());
      EXPECT_TRUE(IsUtf8Boundary(doc.text, s.begin) && IsUtf8Boundary(doc.text, s.end));
    }
    EXPECT_EQ(SpanText(doc, sp.evidence), e.evidence);
    EXPECT_EQ(SpanText(doc, sp.location), e.location);
  }
}

// One line per event with the fields a user checks first; the golden file holds the expected lines.
std::string KeyFields(const Document& doc) {
  std::ostringstream out;
  for (const Event& e : doc.events) {
    out << e.event_type << " | " << e.sub_event_type << " | " << (e.date ? e.date->ToString() : "-") << " p"
        << e.date_precision << " | " << e.actor1 << " | " << (e.actor2.empty() ? "-" : e.actor2) << " | "
        << e.location << " | killed " << e.fatalities << " | injured "
        << (e.injured ? std::to_string(*e.injured) : "-") << "\n";
  }
  return out.str();
}

TEST(ExtractE2ETest, DemoArticleMatchesItsGoldenEvents) {
  Document doc = ReadArticle(std::string(RASD_TEST_SOURCE_DIR) + "/examples/demo-article.txt", "2023-05-17");
  ExpectSpansValid(doc);
  const std::string golden_path = std::string(RASD_TEST_SOURCE_DIR) + "/tests/golden/demo-article.events.txt";
  std::string actual = KeyFields(doc);
  if (std::getenv("RASD_UPDATE_GOLDEN")) {
    std::ofstream(golden_path) << actual;
    GTEST_SKIP() << "golden file rewritten: " << golden_path;
  }
  std::ifstream in(golden_path);
  ASSERT_TRUE(in) << "missing " << golden_path;
  std::string expected((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  EXPECT_EQ(actual, expected);
}

TEST(ExtractE2ETest, SeedArticleGivesTheGoldBaghouzClash) {
  if (!HaveSharedData()) GTEST_SKIP() << "no " << RASD_TEST_SHARED_DATA << ": seed article and gazetteer absent";
  Document doc =
      ReadArticle(std::string(RASD_TEST_SHARED_DATA) + "/samples/syriatv-baghouz.txt", "2019-03-12");
  ExpectSpansValid(doc);
  const Event* clash = nullptr;
  for (const Event& e : doc.events) {
    if (e.event_type == "Battles" && e.date && e.date->ToString() == "2019-03-11") clash = &e;
  }
  ASSERT_NE(clash, nullptr);
  EXPECT_EQ(clash->sub_event_type, "Armed clash");
  EXPECT_EQ(clash->date->ToString(), "2019-03-11");
  EXPECT_EQ(clash->actor1, "SDF: Syrian Democratic Forces");
  EXPECT_EQ(clash->actor2, "Islamic State");
  EXPECT_EQ(clash->location, "الباغوز");
  EXPECT_EQ(clash->country, "Syria");
  EXPECT_EQ(clash->fatalities, 41);
  EXPECT_EQ(clash->injured, 10);
  ASSERT_TRUE(clash->lat && clash->lon);
  EXPECT_LT(geo::DistanceKm(*clash->lat, *clash->lon, 34.46, 40.94), 5.0);
}

// The gazetteer reads only documents in which an event trigger was found: a report without one has no
// place looked up, unless the pipeline is asked for every place (as `rasd geocode` does).
TEST(ExtractE2ETest, PlacesAreLookedUpOnlyWhereAnEventIsTold) {
  if (!HaveSharedData()) GTEST_SKIP() << "no " << RASD_TEST_SHARED_DATA << ": gazetteer absent";
  auto places = [](const Pipeline& pipeline, const std::string& text) {
    ingest::ArticleReader reader({Day::Parse("2024-03-02"), 64u << 20});
    Result<Document> doc = reader.FromPlainText(text, "test", "test");
    EXPECT_TRUE(doc.ok()) << doc.status().ToString();
    pipeline.Process(*doc);
    return std::count_if(doc->mentions.begin(), doc->mentions.end(),
                         [](const Mention& m) { return m.kind == MentionKind::kPlace; });
  };
  const std::string fair = "افتتاح معرض الكتاب\nافتتح وزير الثقافة معرض الكتاب في مدينة حمص صباح اليوم.\n";
  const std::string strike = "قصف على حمص\nقتل ثلاثة مدنيين بقصف مدفعي على مدينة حمص صباح اليوم.\n";
  EXPECT_EQ(places(TestPipeline(), fair), 0);
  EXPECT_GT(places(TestPipeline(), strike), 0);

  PipelineOptions o;
  o.dict_dir = RASD_TEST_DICT_DIR;
  o.data_dir = RASD_TEST_SHARED_DATA;
  o.gazetteer_index = RASD_TEST_GAZETTEER;
  o.places_in_every_document = true;
  Result<Pipeline> every = Pipeline::Create(o);
  ASSERT_TRUE(every.ok()) << every.status().ToString();
  EXPECT_GT(places(*every, fair), 0);
}

// A headline's event joined by the body's report shows the body's sentence as its evidence: the one
// that says who was killed where, not the headline's summary, nor a photo caption that names the town.
TEST(ExtractE2ETest, AHeadlineEventShowsTheBodySentenceAsEvidence) {
  if (!HaveSharedData()) GTEST_SKIP() << "no " << RASD_TEST_SHARED_DATA << ": gazetteer absent";
  ingest::ArticleReader reader({Day::Parse("2021-06-08"), 64u << 20});
  Result<Document> doc = reader.FromPlainText(
      "مقتل خمسة مدنيين بقصف روسي على كفرنبل\n"
      "صورة أرشيفية لآثار القصف على بلدة كفرنبل (أرشيف)\n"
      "قتل خمسة مدنيين، اليوم الثلاثاء، جراء غارات جوية روسية استهدفت بلدة كفرنبل في ريف إدلب الجنوبي.\n",
      "test", "test");
  ASSERT_TRUE(doc.ok()) << doc.status().ToString();
  TestPipeline().Process(*doc);
  ASSERT_EQ(doc->events.size(), 1u);
  EXPECT_EQ(doc->events[0].fatalities, 5);
  EXPECT_TRUE(doc->events[0].evidence.starts_with("قتل خمسة مدنيين")) << doc->events[0].evidence;
  ExpectSpansValid(*doc);
}

// Short news-style texts written for these tests: one pattern of Arabic reporting each.
Document ExtractText(const std::string& article, const char* published) {
  ingest::ArticleReader reader({Day::Parse(published), 64u << 20});
  Result<Document> doc = reader.FromPlainText(article, "test", "test");
  EXPECT_TRUE(doc.ok()) << doc.status().ToString();
  TestPipeline().Process(*doc);
  ExpectSpansValid(*doc);
  return std::move(*doc);
}

bool HasEventOfType(const Document& doc, const std::string& type) {
  return std::any_of(doc.events.begin(), doc.events.end(), [&](const Event& e) { return e.event_type == type; });
}

// Bad-input contract: an absurd toll is not stored as a count; the event stays, with a warning.
TEST(ExtractPatternsTest, AnAbsurdTollIsNotACount) {
  if (!HaveSharedData()) GTEST_SKIP() << "no " << RASD_TEST_SHARED_DATA << ": gazetteer absent";
  Document doc = ExtractText("نشرة الأخبار\nقتل 99999999999 شخص بقصف جوي على مدينة إدلب أمس.\n", "2023-01-01");
  ASSERT_FALSE(doc.events.empty());
  for (const Event& e : doc.events) EXPECT_LE(e.fatalities, 1000000);
  ASSERT_EQ(doc.warnings.size(), 1u);
  EXPECT_NE(doc.warnings[0].find("implausible figure 99999999999"), std::string::npos) << doc.warnings[0];
  // A large sum of money is no toll and no warning.
  Document money = ExtractText("نشرة الأخبار\nوقدمت الدولة مساعدات بقيمة 5000000000 دولار للمدينة.\n", "2023-01-01");
  EXPECT_TRUE(money.warnings.empty());
}

TEST(ExtractPatternsTest, HabitualActsAreNoEvent) {
  if (!HaveSharedData()) GTEST_SKIP() << "no " << RASD_TEST_SHARED_DATA << ": gazetteer absent";
  Document doc = ExtractText("نشرة الأخبار\nوتشهد مدينة عمان تظاهرات شبه يومية تضامنا مع غزة.\n", "2023-10-30");
  EXPECT_FALSE(HasEventOfType(doc, "Protests"));
}

TEST(ExtractPatternsTest, APurposeIsNoAttack) {
  if (!HaveSharedData()) GTEST_SKIP() << "no " << RASD_TEST_SHARED_DATA << ": gazetteer absent";
  Document doc = ExtractText(
      "نشرة الأخبار\nوفككت الفرق الهندسية صواريخ كانت تهدف لقصف مواقع الجيش في مدينة مأرب.\n", "2018-03-27");
  EXPECT_FALSE(HasEventOfType(doc, "Explosions/Remote violence"));
}

TEST(ExtractPatternsTest, ACountOfActsOverAPeriodIsNoEvent) {
  if (!HaveSharedData()) GTEST_SKIP() << "no " << RASD_TEST_SHARED_DATA << ": gazetteer absent";
  Document doc = ExtractText(
      "نشرة الأخبار\nوقالت الوزارة إن الاحتلال ارتكب 7 مجازر في مدينة رفح خلال الساعات الـ24 الماضية.\n",
      "2024-03-23");
  EXPECT_TRUE(doc.events.empty());
}

TEST(ExtractPatternsTest, ANationalityInTheAccusativeNamesTheAttacker) {
  if (!HaveSharedData()) GTEST_SKIP() << "no " << RASD_TEST_SHARED_DATA << ": gazetteer absent";
  Document doc = ExtractText("نشرة الأخبار\nوشهدت مدينة رفح اليوم قصفاً إسرائيلياً عنيفاً.\n", "2024-05-28");
  ASSERT_EQ(doc.events.size(), 1u);
  EXPECT_EQ(doc.events[0].actor1, "Military Forces of Israel");
  EXPECT_NE(doc.events[0].actor2, "Civilians (Israel)");
}

TEST(ExtractPatternsTest, WhoAnnouncesAnAttackAfterItTookNoPart) {
  if (!HaveSharedData()) GTEST_SKIP() << "no " << RASD_TEST_SHARED_DATA << ": gazetteer absent";
  Document doc = ExtractText(
      "نشرة الأخبار\nوقصفت المدفعية الإسرائيلية بلدة الخيام اليوم، وفق ما أفاد الجيش اللبناني.\n", "2023-10-30");
  ASSERT_EQ(doc.events.size(), 1u);
  EXPECT_EQ(doc.events[0].actor1, "Military Forces of Israel");
  EXPECT_NE(doc.events[0].actor2, "Military Forces of Lebanon");
}

TEST(ExtractPatternsTest, TheSubjectAfterATargetingVerbIsTheAttacker) {
  if (!HaveSharedData()) GTEST_SKIP() << "no " << RASD_TEST_SHARED_DATA << ": gazetteer absent";
  Document doc = ExtractText(
      "نشرة الأخبار\nواستهدفت سرايا القدس اليوم تموضعا لجنود الاحتلال في حي الزيتون بمدينة غزة بقذائف الهاون.\n",
      "2024-03-26");
  ASSERT_EQ(doc.events.size(), 1u);
  EXPECT_EQ(doc.events[0].sub_event_type, "Shelling/artillery/missile attack");
  EXPECT_EQ(doc.events[0].actor1, "Palestinian Islamic Jihad");
  EXPECT_EQ(doc.events[0].actor2, "Military Forces of Israel");
}

TEST(ExtractPatternsTest, TheSubjectOfTaarradaLiIsTheSideHit) {
  if (!HaveSharedData()) GTEST_SKIP() << "no " << RASD_TEST_SHARED_DATA << ": gazetteer absent";
  Document doc = ExtractText(
      "نشرة الأخبار\nوتعرضت القاعدة الأميركية في حقل العمر بريف دير الزور اليوم لقصف بعشرة صواريخ.\n", "2023-10-30");
  ASSERT_EQ(doc.events.size(), 1u);
  EXPECT_EQ(doc.events[0].actor1, "Unidentified Armed Group (Syria)");
  EXPECT_EQ(doc.events[0].actor2, "Military Forces of the United States");
}

TEST(ExtractPatternsTest, WhoBacksAnAdvanceTakesNoPartInIt) {
  if (!HaveSharedData()) GTEST_SKIP() << "no " << RASD_TEST_SHARED_DATA << ": gazetteer absent";
  Document doc = ExtractText(
      "نشرة الأخبار\nوتمكن الجيش اليمني، بإسناد من التحالف، من تحرير مواقع جديدة في مديرية حرض اليوم.\n", "2018-06-21");
  ASSERT_EQ(doc.events.size(), 1u);
  EXPECT_EQ(doc.events[0].sub_event_type, "Government regains territory");
  EXPECT_EQ(doc.events[0].actor1, "Military Forces of Yemen");
  EXPECT_NE(doc.events[0].actor2, "Saudi-led coalition");
}

TEST(ExtractPatternsTest, TwoNamesOfOneActorAreOneSide) {
  if (!HaveSharedData()) GTEST_SKIP() << "no " << RASD_TEST_SHARED_DATA << ": gazetteer absent";
  Document doc = ExtractText(
      "نشرة الأخبار\nوشنت طائرات التحالف العربي اليوم غارات مكثفة على مدينة صعدة.\n"
      "وقالت مصادر محلية إن طائرات التحالف نفذت عشرات الغارات على مدينة صعدة.\n",
      "2018-06-21");
  ASSERT_EQ(doc.events.size(), 1u);
  EXPECT_EQ(doc.events[0].actor1, "Saudi-led coalition");
}

TEST(ExtractPatternsTest, WhatHappensMeanwhileIsReported) {
  if (!HaveSharedData()) GTEST_SKIP() << "no " << RASD_TEST_SHARED_DATA << ": gazetteer absent";
  Document doc = ExtractText(
      "نشرة الأخبار\nودعت الحكومة إلى اجتماع طارئ، تزامنا مع غارات إسرائيلية على مدينة رفح اليوم.\n", "2024-05-28");
  ASSERT_EQ(doc.events.size(), 1u);
  EXPECT_EQ(doc.events[0].event_type, "Explosions/Remote violence");
  EXPECT_EQ(doc.events[0].actor1, "Military Forces of Israel");
}

TEST(ExtractPatternsTest, ConfrontationsBetweenArmedSidesAreABattle) {
  if (!HaveSharedData()) GTEST_SKIP() << "no " << RASD_TEST_SHARED_DATA << ": gazetteer absent";
  Document doc = ExtractText(
      "نشرة الأخبار\nوأصيب جندي إسرائيلي اليوم في مخيم بلاطة خلال مواجهات مع المقاومين.\n", "2024-04-22");
  ASSERT_EQ(doc.events.size(), 1u);
  EXPECT_EQ(doc.events[0].event_type, "Battles");
  EXPECT_EQ(doc.events[0].actor1, "Military Forces of Israel");
  EXPECT_EQ(doc.events[0].actor2, "Unidentified Armed Group (Palestine)");
}

TEST(ExtractPatternsTest, ADualVictimNounCountsTwoDead) {
  if (!HaveSharedData()) GTEST_SKIP() << "no " << RASD_TEST_SHARED_DATA << ": gazetteer absent";
  Document doc = ExtractText(
      "نشرة الأخبار\nواستشهد شابين فلسطينيين برصاص الاحتلال اليوم في مدينة جنين.\n", "2024-04-22");
  ASSERT_EQ(doc.events.size(), 1u);
  EXPECT_EQ(doc.events[0].fatalities, 2);
  EXPECT_EQ(doc.events[0].actor2, "Civilians (Palestine)");
}

TEST(ExtractPatternsTest, TheSideWithTheDeadIsNotTheAttacker) {
  if (!HaveSharedData()) GTEST_SKIP() << "no " << RASD_TEST_SHARED_DATA << ": gazetteer absent";
  Document doc = ExtractText(
      "نشرة الأخبار\nوفي الضفة الغربية تصدى الفلسطينيون لاعتداءات الاحتلال في مدينة رام الله، ومقتل جنديين "
      "إسرائيليين دهسا في مدينة نابلس اليوم.\n",
      "2024-05-30");
  ASSERT_EQ(doc.events.size(), 1u);
  EXPECT_EQ(doc.events[0].event_type, "Battles");
  EXPECT_EQ(doc.events[0].actor1, "Unidentified Armed Group (Palestine)");
  EXPECT_EQ(doc.events[0].actor2, "Military Forces of Israel");
  EXPECT_EQ(doc.events[0].fatalities, 2);
}

TEST(ExtractPatternsTest, OneClashToldFromEitherSideIsOneBattle) {
  if (!HaveSharedData()) GTEST_SKIP() << "no " << RASD_TEST_SHARED_DATA << ": gazetteer absent";
  Document doc = ExtractText(
      "نشرة الأخبار\nواندلعت اليوم اشتباكات عنيفة بين قوات الاحتلال والمقاومين في مدينة جنين.\n"
      "وأقر جيش الاحتلال بإصابة 3 جنود في المعارك مع المقاومين في جنين.\n",
      "2024-05-30");
  ASSERT_EQ(doc.events.size(), 1u);
  EXPECT_EQ(doc.events[0].actor1, "Military Forces of Israel");
  EXPECT_EQ(doc.events[0].injured, 3);
}

TEST(ExtractPatternsTest, AircraftNamedWithoutAnActAreNoStrike) {
  if (!HaveSharedData()) GTEST_SKIP() << "no " << RASD_TEST_SHARED_DATA << ": gazetteer absent";
  Document deployment = ExtractText(
      "نشرة الأخبار\nونشرت روسيا اليوم عشرات المقاتلات والمروحيات في مطار مدينة اللاذقية.\n", "2018-04-13");
  EXPECT_TRUE(deployment.events.empty());
  Document strike = ExtractText(
      "نشرة الأخبار\nواستشهد ثلاثة مدنيين اليوم بقصف مروحية إسرائيلية على مدينة رفح.\n", "2024-04-13");
  ASSERT_EQ(strike.events.size(), 1u);
  EXPECT_EQ(strike.events[0].sub_event_type, "Air/drone strike");
  EXPECT_EQ(strike.events[0].actor1, "Military Forces of Israel");
}

}  // namespace
}  // namespace rasd
