// `rasd geocode` as a user runs it, through the built binary: a text argument, an article file and
// standard input; --json parses and carries the chosen entry and the runner-up candidates; a file name
// that cannot be read is an error naming it. Then the geoparsing cases of issue 3 end to end, on short
// sentences written for this test: homonyms decided by the article (الموصل in Iraq or Yemen, هجين and
// الشعفة in Syria or Yemen), a village placed by the governorate named after it, and the precision
// rules (a town 1; ريف/قرب/محيط/أطراف/شرق X 2 at X's own point; a governorate alone 3).
#include <gtest/gtest.h>
#include <simdjson.h>
#include <unistd.h>

#include <cmath>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "geo/distance.h"
#include "run_command.h"

namespace {

namespace fs = std::filesystem;

bool HaveSharedData() { return fs::is_directory(std::string(RASD_TEST_SHARED_DATA) + "/gazetteer"); }

using rasd::testing::RunResult;
constexpr auto Quote = rasd::testing::ShellQuote;

// Runs `rasd geocode ARGS` with the test build's gazetteer index and the shared data; `stdin_file`
// (if any) is fed to standard input.
RunResult Geocode(const std::string& args, const std::string& stdin_file = "") {
  return rasd::testing::RunCommand(std::string("RASD_GAZETTEER=") + Quote(RASD_TEST_GAZETTEER) + " RASD_DATA=" +
                                       Quote(RASD_TEST_SHARED_DATA) + " " + Quote(RASD_BINARY) + " geocode " + args,
                                   stdin_file);
}

class GeocodeCli : public ::testing::Test {
 protected:
  void SetUp() override {
    if (!HaveSharedData()) GTEST_SKIP() << "no " << RASD_TEST_SHARED_DATA << "/gazetteer";
    dir_ = fs::temp_directory_path() / ("rasd_geocode_cli_" + std::to_string(::getpid()));
    fs::create_directories(dir_);
  }
  void TearDown() override {
    if (!dir_.empty()) fs::remove_all(dir_);
  }
  fs::path Write(const std::string& name, const std::string& text) {
    const fs::path p = dir_ / name;
    std::ofstream(p) << text;
    return p;
  }
  fs::path dir_;
};

constexpr const char* kMosulIraq = "قصفت القوات العراقية مواقع لتنظيم الدولة في الموصل شمال العراق.";

TEST_F(GeocodeCli, TextArgumentShowsTheChosenEntryAndTheRunnerUps) {
  const RunResult r = Geocode(Quote(kMosulIraq));
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("# text-1"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("\"الموصل\""), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("chosen: #"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("Mosul — Iraq, Nineveh"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("runner-up: "), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("why: country context: IQ"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("event place, geo precision 1"), std::string::npos) << r.out;
}

TEST_F(GeocodeCli, FileAndStandardInputGiveTheSameAnswerAsText) {
  const fs::path file = Write("mosul.txt", std::string(kMosulIraq) + "\n");
  const RunResult from_file = Geocode(Quote(file.string()));
  ASSERT_EQ(from_file.exit_code, 0) << from_file.err;
  EXPECT_NE(from_file.out.find("Mosul — Iraq, Nineveh"), std::string::npos) << from_file.out;
  const RunResult from_stdin = Geocode("-", file.string());
  ASSERT_EQ(from_stdin.exit_code, 0) << from_stdin.err;
  EXPECT_NE(from_stdin.out.find("Mosul — Iraq, Nineveh"), std::string::npos) << from_stdin.out;
  // Everything after the article's header line is the same whichever way the text came in.
  auto body = [](const std::string& s) { return s.substr(s.find('\n') + 1); };
  EXPECT_EQ(body(from_file.out), body(from_stdin.out));
  EXPECT_EQ(body(from_file.out), body(Geocode(Quote(kMosulIraq)).out));
}

TEST_F(GeocodeCli, JsonCarriesTheEntryCandidatesAndEvidence) {
  const RunResult r = Geocode("--json --candidates 2 " + Quote(kMosulIraq));
  ASSERT_EQ(r.exit_code, 0) << r.err;
  simdjson::dom::parser parser;
  simdjson::dom::element doc;
  ASSERT_EQ(parser.parse(r.out).get(doc), simdjson::SUCCESS) << r.out;
  EXPECT_EQ(std::string_view(doc["id"]), "text-1");
  EXPECT_EQ(std::string_view(doc["countries"].at(0)["code"]), "IQ");
  bool saw_mosul = false;
  for (simdjson::dom::element place : doc["places"].get_array()) {
    if (std::string_view(place["text"]) != "الموصل") continue;
    saw_mosul = true;
    simdjson::dom::element chosen = place["chosen"];
    EXPECT_EQ(std::string_view(chosen["country_code"]), "IQ");
    EXPECT_EQ(std::string_view(chosen["admin1"]), "Nineveh");
    EXPECT_EQ(std::string_view(chosen["type"]), "locality");
    EXPECT_NEAR(double(chosen["lat"]), 36.35, 0.1);
    EXPECT_NEAR(double(chosen["lon"]), 43.14, 0.1);
    simdjson::dom::array candidates = place["candidates"];
    EXPECT_GE(candidates.size(), 1u);
    EXPECT_LE(candidates.size(), 2u);  // --candidates 2
    for (simdjson::dom::element c : candidates) EXPECT_NE(int64_t(c["entry"]["id"]), int64_t(chosen["id"]));
    EXPECT_EQ(int64_t(place["event_precision"]), 1);
    EXPECT_TRUE(bool(place["kept"]));
    EXPECT_GE(simdjson::dom::array(place["why"]).size(), 1u);
  }
  EXPECT_TRUE(saw_mosul) << r.out;
}

TEST_F(GeocodeCli, AnUnreadableFileIsAnErrorNamingIt) {
  const std::string missing = (dir_ / "no-such-article.txt").string();
  RunResult r = Geocode(Quote(missing));
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find(missing), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("cannot read"), std::string::npos) << r.err;
  // A malformed article file names the file and the line.
  const fs::path bad = Write("bad.jsonl", "{\"id\": \"a\", \"text\": \"في حلب\"}\nnot json\n");
  r = Geocode(Quote(bad.string()));
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find(bad.string() + ":2"), std::string::npos) << r.err;
  // The readable inputs are still processed.
  r = Geocode(Quote(missing) + " " + Quote(kMosulIraq));
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.out.find("Mosul — Iraq"), std::string::npos) << r.out;
}

// One place mention of a sentence and what the pipeline must decide for it.
struct PlaceCase {
  const char* sentence;
  const char* mention;      // the mention's text as printed
  const char* country;      // chosen entry's country code
  const char* admin1;       // chosen entry's admin1 (English)
  int event_precision;      // 0: the mention need not be the event's place
  const char* same_point;   // if set: a sentence whose mention of the same place must give the same point
  const char* why;
};

struct Chosen {
  bool found = false;
  std::string country, admin1, type;
  double lat = 0, lon = 0;
  int64_t event_precision = 0;
};

Chosen Choose(const std::string& sentence, const std::string& mention, std::string* out) {
  Chosen c;
  const RunResult r = Geocode("--json " + Quote(sentence));
  *out = r.out + r.err;
  simdjson::dom::parser parser;
  simdjson::dom::element doc;
  if (r.exit_code != 0 || parser.parse(r.out).get(doc) != simdjson::SUCCESS) return c;
  for (simdjson::dom::element place : doc["places"].get_array()) {
    if (std::string_view(place["text"]) != mention) continue;
    simdjson::dom::element chosen;
    if (place["chosen"].get(chosen) != simdjson::SUCCESS || chosen.is_null()) return c;
    c.found = true;
    c.country = std::string(std::string_view(chosen["country_code"]));
    c.admin1 = std::string(std::string_view(chosen["admin1"]));
    c.type = std::string(std::string_view(chosen["type"]));
    c.lat = double(chosen["lat"]);
    c.lon = double(chosen["lon"]);
    if (!place["event_precision"].is_null()) c.event_precision = int64_t(place["event_precision"]);
    return c;
  }
  return c;
}

TEST_F(GeocodeCli, HomonymsPrecisionAndAdminUnitsDecidedByTheArticle) {
  const PlaceCase cases[] = {
      // الموصل: the Iraqi city, or the Yemeni village of the same name in Sa'dah.
      {kMosulIraq, "الموصل", "IQ", "Nineveh", 1, nullptr, "Iraqi army, Iraq named"},
      {"قصف طيران التحالف منطقة الموصل في محافظة صعدة اليمنية.", "الموصل", "YE", "Sa'dah", 1, nullptr,
       "the article is about Sa'dah"},
      // هجين and الشعفة exist in Syria and in Yemen.
      {"اشتباكات بين قسد وتنظيم الدولة في هجين.", "هجين", "SY", "Deir ez-Zor", 1, nullptr, "SDF implies Syria"},
      {"قصف الحوثيون قرية هجين في اليمن.", "هجين", "YE", nullptr, 0, nullptr, "Houthis and Yemen named"},
      {"قصفت طائرات التحالف الدولي مواقع لتنظيم الدولة في بلدة الشعفة بريف دير الزور.", "الشعفة", "SY",
       "Deir ez-Zor", 1, nullptr, "the Deir ez-Zor countryside is named"},
      {"شن الحوثيون هجوما على قرية الشعفة في محافظة صعدة.", "الشعفة", "YE", "Sa'dah", 0, nullptr,
       "Houthis and Sa'dah named"},
      // A village placed by the governorate named after it; the village, not the city, is the scene.
      {"قتل ثلاثة مدنيين بقصف على بلدة الباغوز شرق دير الزور.", "باغوز", "SY", "Deir ez-Zor", 1, nullptr,
       "الباغوز شرق دير الزور"},
      // Near a town: precision 2 at the town's own point.
      {"قصفت قوات النظام ريف إدلب.", "إدلب", "SY", "Idlib", 2, "اشتباكات في مدينة إدلب.", "ريف X"},
      {"اشتباكات قرب حلب.", "حلب", "SY", "Aleppo", 2, "اشتباكات في مدينة حلب.", "قرب X"},
      {"قصف على محيط حماة.", "حماة", "SY", "Hama", 2, "اشتباكات في مدينة حماة.", "محيط X"},
      {"قصف على أطراف درعا.", "درعا", "SY", "Daraa", 2, "اشتباكات في مدينة درعا.", "أطراف X"},
      {"اشتباكات شرق حمص.", "حمص", "SY", "Homs", 2, "اشتباكات في مدينة حمص.", "شرق X"},
      // Only a governorate: precision 3.
      {"اشتباكات في محافظة إدلب.", "إدلب", "SY", "Idlib", 3, nullptr, "محافظة X"},
      // العديسة: the Lebanese border village (WOF writes it without the article) or the West Bank village.
      {"اندلعت اشتباكات بين الجيش الإسرائيلي ومقاتلي حزب الله في بلدة العديسة جنوب لبنان.", "العديسة", "LB",
       "Nabatieh", 1, nullptr, "Hezbollah and south Lebanon named"},
      {"اقتحمت قوات الاحتلال بلدة العديسة قرب الخليل واعتقلت 3 شبان.", "العديسة", "PS", nullptr, 0, nullptr,
       "Hebron named"},
      // An army post struck from Lebanon, or named with the Israeli adjective, is Israel's: not El Mtolle in
      // Mount Lebanon, nor the Lebanese Malkiye.
      {"استهدفت المقاومة الإسلامية في لبنان اليوم موقع المطلة بالصواريخ.", "المطلة", "IL", "Northern District", 1,
       nullptr, "a post a Lebanese side strikes"},
      {"استهدفت المقاومة الإسلامية في لبنان اليوم موقع المالكية الإسرائيلي بالصواريخ.", "المالكية", "IL",
       "Northern District", 1, nullptr, "a post with the Israeli adjective"},
      // A village named in the sentence of its province's seat ("مدينة الحديدة") is the homonym in that
      // province, though the article names another province that has one (Sa'dah).
      {"وفي جنوب مدينة الحديدة الساحلية، قالت مصادر محلية إن الميليشيات شنت قصفا على المنازل في حي المنظر، مما أسفر "
       "عن إصابة مدنيين. وفي محافظة صعدة، استهدفت غارات للتحالف مواقع للحوثيين.",
       "المنظر", "YE", "Al Hudaydah", 0, nullptr, "the seat of Al Hudaydah in its sentence"},
      // A place with a country's adjective and no type word ("الجولان السوري") takes the name's entry in that
      // country, though the article's context is Iraq's (Qaryat al-Julan in Wasit).
      {"استهدفت المقاومة الإسلامية في العراق بالطيران المسيّر هدفاً في الجولان السوري المحتل، وأعلنت الفصائل العراقية "
       "مواصلة عملياتها.",
       "الجولان", "SY", "Quneitra", 0, nullptr, "the Syrian adjective"},
      // A country's name over a hamlet of the article's country that shares it (As Suwayd in Hajjah).
      {"نظم الحوثيون مسيرات حاشدة في صنعاء وصعدة والحديدة وذمار وإب تنديدا بأعمال الشغب التي اندلعت في السويد.",
       "السويد", "SE", nullptr,
       0, nullptr, "a country, not a Yemeni hamlet"},
  };
  for (const PlaceCase& c : cases) {
    SCOPED_TRACE(std::string(c.sentence) + " [" + c.why + "]");
    std::string out;
    const Chosen got = Choose(c.sentence, c.mention, &out);
    ASSERT_TRUE(got.found) << out;
    EXPECT_EQ(got.country, c.country) << out;
    if (c.admin1) {
      EXPECT_EQ(got.admin1, c.admin1) << out;
    }
    if (c.event_precision) {
      EXPECT_EQ(got.event_precision, c.event_precision) << out;
    }
    if (c.event_precision == 3) {
      EXPECT_EQ(got.type, "admin1") << out;
    }
    if (c.same_point) {
      std::string town_out;
      const Chosen town = Choose(c.same_point, c.mention, &town_out);
      ASSERT_TRUE(town.found) << town_out;
      EXPECT_EQ(town.event_precision, 1) << town_out;
      EXPECT_LT(rasd::geo::DistanceKm(got.lat, got.lon, town.lat, town.lon), 0.01) << out << town_out;
    }
  }
}

// Which mention of an article is the event's place, and which entry it resolves to: the place rules
// of the event assembler (src/events/assembler.cc), on short articles written for this test.
struct EventPlaceCase {
  const char* text;
  const char* mention;   // the first mention with this text is checked
  const char* type;      // chosen entry's type ("locality", "admin1", ...; "none": no entry), nullptr: not checked
  const char* admin1;    // chosen entry's admin1, nullptr: not checked
  int event_place;       // 1: this mention is an event's place, 0: it is not, -1: not checked
  const char* why;
};

TEST_F(GeocodeCli, EventPlaceRulesOnArticles) {
  const EventPlaceCase cases[] = {
      // A name shared by a city and its province means the province when the article names the
      // province as such and never the city as a city.
      {"غارات على قطاع غزة\nوقالت مصادر محلية إن الهجوم البري على غزة تواصل لليوم الثالث وأدى إلى مقتل 5 مسلحين.",
       "غزة", "admin1", "Gaza Strip", 1, "قطاع غزة named, مدينة غزة not"},
      {"غارات على قطاع غزة\nوقال مسعفون إن القصف على غزة تواصل صباح اليوم.\nوقتل 5 مدنيين بقصف على منزل في مدينة غزة.",
       "غزة", "locality", "Gaza Strip", -1, "مدينة غزة named: the bare name is the city"},
      {"قصف على محافظة إدلب\nقتل 4 مدنيين في سلسلة غارات جوية على القرى المجاورة في إدلب أمس.", "إدلب", "admin1",
       "Idlib", 1, "محافظة إدلب named"},
      {"قتل 4 مدنيين بغارات جوية على إدلب أمس.", "إدلب", "locality", "Idlib", 1,
       "no province named: the city"},
      {"اشتباكات في الخرطوم\nوتجددت اليوم الاشتباكات بين الجيش السوداني وقوات الدعم السريع في ولاية الخرطوم.",
       "الخرطوم", "locality", "Khartoum", -1, "a metropolis keeps its city sense"},
      // A place written as a location beats a more specific one written as a bare noun.
      {"قصف الجيش الإسرائيلي موقعا في غزة، في خطوة كسرت اتفاق التهدئة بين الفصائل وتل أبيب.", "تل أبيب",
       nullptr, nullptr, 0, "تل أبيب is a party, not a location"},
      {"اعترضت الدفاعات الجوية السعودية اليوم السبت صاروخا أطلقه الحوثيون من محافظة صعدة باتجاه أراضي المملكة (خميس مشيط).",
       "خميس مشيط", "locality", "Asir", 1, "a bracketed name glosses the location"},
      {"قصفت قوات النظام اليوم منطقة جبل الزاوية، ردا على هجوم لفصائل المعارضة على بلدة التمانعة.", "التمانعة",
       nullptr, nullptr, 0, "the act answered is told in passing"},
      // A unit named right after a village contains it: the homonym inside it, or, when the gazetteer
      // has none there, the unit itself stands in for the village (precision 2 for a district).
      {"قتل ثلاثة مدنيين اليوم بقصف حوثي على منطقة الجاح بمديرية بيت الفقية في محافظة الحديدة.",
       "الجاح", "admin2", "Al Hudaydah", 1, "a village the gazetteer lacks, at its district"},
      {"قصفت طائرات التحالف الدولي اليوم قرية الشعفة في محافظة صعدة.", "الشعفة", "locality", "Sa'dah", 1,
       "the homonym inside the province named after it, whatever the actors imply"},
      {"اعتقلت قوات الاحتلال اليوم 3 شبان من بلدة بيت حنينا في القدس المحتلة.", "بيت حنينا", "locality", nullptr, -1,
       "a village at the edge of its container stays itself, whichever country lists it"},
      // Towns listed together lie together: a listed village far from the others is their homonym, or
      // no place when the gazetteer has none near them.
      {"هاجم مقاتلو العشائر اليوم مواقع قسد في بلدات ذيبان والشعفة والهبيط.", "الهبيط", "none", nullptr, 0,
       "الهبيط of Idlib is not the one listed with Deir ez-Zor towns"},
      {"هاجم مقاتلو العشائر اليوم مواقع قسد في بلدات ذيبان والشعفة والهبيط شرق دير الزور.", "الهبيط", "locality",
       "Deir ez-Zor", -1, "and with a container named, the village stands in at it"},
      // A place after another with a word of nearness or direction locates it; the first is the scene,
      // wherever the trigger stands ("... رشقة صاروخية" at the end is nearer دير الزور).
      {"أطلقت المقاومة الإسلامية في العراق على قاعدة الاحتلال الأميركي في حقل كونيكو بريف دير الزور رشقة صاروخية.",
       "حقل كونيكو", "site", "Deir ez-Zor", 1, "the field, not the province that locates it"},
      {"أطلقت المقاومة الإسلامية في العراق على قاعدة الاحتلال الأميركي في حقل كونيكو بريف دير الزور رشقة صاروخية.",
       "دير الزور", nullptr, nullptr, 0, "ريف دير الزور only says where the field lies"},
      // Words glued by the source's markup: "فيحقل", "الشداديجنوبي".
      {"أطلقت المقاومة الإسلامية في العراق على قاعدة الاحتلال الأميركي فيحقل كونيكو بريف دير الزور رشقة صاروخية.",
       "حقل كونيكو", "site", "Deir ez-Zor", 1, "في glued to the name"},
      {"تعرضت القاعدة الأميركية في الشداديجنوبي الحسكة لقصف صاروخي اليوم.", "الشدادي", "locality", "Al-Hasakah", 1,
       "a direction glued to the town; الحسكة after it only locates it"},
      // A settlement across the border from the country the actors point to: kept by the places named
      // on this side, and of its homonyms the one by them.
      {"أعلن حزب الله أن المقاومة الإسلامية في لبنان استهدفت مستوطنة زرعيت بالصواريخ، فيما شن الطيران الإسرائيلي "
       "غارات على بلدة عيتا الشعب.",
       "زرعيت", "locality", "Northern District", -1, "3 km from عيتا الشعب: not an implausible foreign village"},
      {"أعلن حزب الله أن المقاومة الإسلامية في لبنان استهدفت مستوطنة المطلة بالصواريخ، فيما شن الطيران الإسرائيلي "
       "غارات على بلدة كفركلا.",
       "المطلة", "locality", "Northern District", 1, "Metulla by Kfar Kila, not al-Mutilla in the West Bank"},
      // A country named right after a place ("X في سوريا", "X بالعراق") says whose place it is; a name
      // with no entry there is no place the gazetteer knows.
      {"استهدفت الطائرات الحربية مواقع المسلحين في المنطقة الوسطى في سوريا اليوم.", "المنطقة الوسطى", "none",
       nullptr, 0, "not Israel's Central District"},
      {"خرجت مظاهرات حاشدة اليوم في مدينة بركان في المغرب دعما لغزة.", "بركان", "locality", "Oriental", -1,
       "Berkane in Morocco, not Barkan in the West Bank"},
      // Villages WOF has under a Latin name only, or another spelling: the supplement's alias rows.
      {"هاجم مقاتلو العشائر اليوم مواقع قسد في بلدات ذيبان والطيانة والصبحة.", "الصبحة", "locality",
       "Deir ez-Zor", -1, "الصبحة: WOF Sabhah, Deir ez-Zor (no Arabic name there)"},
      {"هاجم مقاتلو العشائر اليوم مواقع قسد في بلدات ذيبان والطيانة والصبحة.", "الطيانة", "locality",
       "Deir ez-Zor", -1, "الطيانة: WOF Tayyani (طياني), Deir ez-Zor"},
      {"اقتحمت قوات الاحتلال اليوم قرية شويكة قضاء طولكرم.", "شويكة", "locality", "West Bank", 1,
       "شويكة: WOF Shuwaykah, no Arabic name there"},
      {"خرجت مظاهرات اليوم في مدن الدار البيضاء والمحمدية وفاس ومكناس دعما لغزة.", "المحمدية", nullptr, "Casablanca-Settat", -1,
       "Moroccan cities listed together"},
      // Israeli posts by the Lebanese border that reports name as targets (the supplement's rows).
      {"أعلنت المقاومة الإسلامية في لبنان أنها استهدفت ثكنة برانيت بالأسلحة الصاروخية اليوم.", "ثكنة برانيت", "site",
       "Northern District", 1, "Biranit, the supplement's site row"},
      {"أعلنت المقاومة الإسلامية في لبنان أنها استهدفت قاعدة ميرون للمراقبة الجوية بعشرات الصواريخ اليوم.",
       "قاعدة ميرون", "locality", "Northern District", -1, "ميرون: WOF Meron, no Arabic name there"},
      // A quarter named with its city is in it, whatever district of another city shares its name.
      {"استهدف المقاومون قوة إسرائيلية راجلة بعبوة في منطقة حي السلام شرقي مدينة رفح جنوبي القطاع.", "السلام", nullptr,
       "Gaza Strip", -1, "حي السلام of Rafah, not El-Salam of Cairo"},
      // A city's part named with its city is in that city, not in another city 50 km away.
      {"اقتحمت قوات الاحتلال البلدة القديمة في نابلس فجر اليوم واندلعت اشتباكات مسلحة مع مقاومين.", "البلدة القديمة",
       nullptr, "West Bank", 1, "the Old City of Nablus, not Jerusalem's"},
      // "صالة" is a hall, not the Yemeni village of that name.
      {"أصيب 26 مدنيا في هجوم بصاروخ أطلقه الحوثيون على صالة القدوم في مطار أبها الدولي أمس.", "صالة", "none", nullptr,
       0, "صالة القدوم: the arrivals hall"},
      // The barrens or desert of a town ("جرود عرسال", "بادية تدمر") are around it.
      {"قتل 3 جنود من الجيش اللبناني في اشتباك مع مسلحين في جرود عرسال أمس.", "عرسال", "locality", "Baalbek-Hermel",
       1, "جرود: the barrens of the town"},
      // The text's article does not carry on to a next word without one: "الباب شرقي" is no "باب شرقي".
      {"سيطرت فصائل المعارضة اليوم على مدينة الباب شرقي حلب بعد معارك مع تنظيم داعش.", "الباب", "locality", "Aleppo",
       1, "al-Bab east of Aleppo, not Alexandria's Bab Sharqi"},
      // "حي باب توما": باب heads the name of a quarter the gazetteer lacks, no al-Bab.
      {"سقطت قذيفتا هاون اليوم على حي باب توما في دمشق، ما أسفر عن إصابة ثلاثة مدنيين.", "دمشق", "locality",
       "Damascus", 1, "the quarter's city; باب is no town of its own"},
      // The capital a side is loyal to or backed by stands for its government; a country still counts.
      {"قتل مدني اليوم بقصف مدفعي للفصائل الموالية لأنقرة على قرية قرب الحدود.", "أنقرة", "none",
       nullptr, 0, "الموالية لأنقرة: Turkey's government, not the scene"},
      // A province named as a town's container across a border picks the homonym there.
      {"أحبطت القوات المسلحة المصرية هجوما على ارتكاز أمني جنوب مدينة رفح في شمال سيناء اليوم.", "رفح", "locality",
       "North Sinai", -1, "Egypt's Rafah, not the Gaza Strip's camp"},
      // Where a strike came from is not where it happened.
      {"سقطت قذائف أطلقت من اتجاه مدينة درعا على محافظة السويداء اليوم.", "درعا", "locality", "Daraa", 0,
       "من اتجاه X is the origin"},
      // A reporting clause after the event tells of other places.
      {"سيطرت قوات الجيش اليمني اليوم على مديرية الدريهمي، مشيرة إلى أن مسلحي الحوثي فروا من مدينة الحديدة.",
       "الحديدة", "locality", "Al Hudaydah", 0, "a place across a reporting clause"},
      {"سيطرت قوات الجيش اليمني اليوم على مديرية الدريهمي، مشيرة إلى أن مسلحي الحوثي فروا من مدينة الحديدة.",
       "الدريهمي", "admin2", "Al Hudaydah", 1, "the place in the trigger's clause"},
  };
  // A village struck, listed with a district after it ("جبرين ومنطقة السفيرة", not "جبرين in السفيرة"):
  // of its homonyms in the province the article names, the one by the other places named.
  {
    const std::string text = "قصفت طائرات إسرائيلية فجر اليوم مواقع في محافظة حلب شمالي سوريا.\n"
                             "وقال مصدر عسكري إن العدوان استهدف جبرين ومنطقة السفيرة قرب مدينة حلب.";
    std::string out;
    const Chosen got = Choose(text, "جبرين", &out);
    ASSERT_TRUE(got.found) << out;
    EXPECT_EQ(got.admin1, "Aleppo") << out;
    const Chosen city = Choose("اشتباكات في مدينة حلب.", "حلب", &out);
    ASSERT_TRUE(city.found) << out;
    EXPECT_LT(rasd::geo::DistanceKm(got.lat, got.lon, city.lat, city.lon), 20.0) << out;
  }
  for (const EventPlaceCase& c : cases) {
    SCOPED_TRACE(std::string(c.text) + " [" + c.why + "]");
    std::string out;
    const Chosen got = Choose(c.text, c.mention, &out);
    if (c.type && std::string(c.type) == "none") {
      EXPECT_FALSE(got.found) << out;
      continue;
    }
    ASSERT_TRUE(got.found) << out;
    if (c.type) {
      EXPECT_EQ(got.type, c.type) << out;
    }
    if (c.admin1) {
      EXPECT_EQ(got.admin1, c.admin1) << out;
    }
    if (c.event_place >= 0) {
      EXPECT_EQ(got.event_precision != 0, c.event_place == 1) << out;
    }
  }
}

}  // namespace
