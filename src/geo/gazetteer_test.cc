#include "geo/gazetteer.h"

#include <chrono>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <string>
#include <thread>
#include <tuple>
#include <vector>

#include <gtest/gtest.h>
#include <lzma.h>
#include <unistd.h>

#include "text/normalizer.h"
#include "text/tokenizer.h"
#include "geo/distance.h"
#include "geo/index_format.h"

namespace rasd::geo {
namespace {

namespace fs = std::filesystem;


constexpr char kWofHeader[] =
    "wof_id\tcountry\tplacetype\tplacetype_local\tgn_feature_code\tis_current\tdeprecated\tsuperseded_by\tname\t"
    "name_en\tname_ar\tar_variants\tother_arabic_script\tlatin_variants\tlat\tlon\tpopulation\tadmin1_id\t"
    "admin1_name\tadmin1_name_ar\tadmin2_id\tadmin2_name\tadmin2_name_ar\tparent_locality_id\t"
    "parent_locality_name\tgeonames_id\twikidata_id\n";

// One WOF row: the columns the reader uses, the rest empty.
std::string WofRow(const std::string& id, const std::string& cc, const std::string& type, const std::string& current,
                   const std::string& deprecated, const std::string& name, const std::string& name_ar,
                   const std::string& variants, double lat, double lon, const std::string& pop,
                   const std::string& admin1) {
  return id + "\t" + cc + "\t" + type + "\t\t\t" + current + "\t" + deprecated + "\t\t" + name + "\t" + name +
         "\t" + name_ar + "\t" + variants + "\t\t\t" + std::to_string(lat) + "\t" + std::to_string(lon) + "\t" +
         pop + "\t" + admin1 + "\t\t\t\t\t\t\t\t\t\n";
}

void WriteText(const fs::path& path, const std::string& text) {
  fs::create_directories(path.parent_path());
  std::ofstream(path, std::ios::binary) << text;
}

void WriteXz(const fs::path& path, const std::string& text) {
  std::string out(lzma_stream_buffer_bound(text.size()), '\0');
  size_t pos = 0;
  ASSERT_EQ(lzma_easy_buffer_encode(6, LZMA_CHECK_CRC64, nullptr, reinterpret_cast<const uint8_t*>(text.data()),
                                    text.size(), reinterpret_cast<uint8_t*>(out.data()), &pos, out.size()),
            LZMA_OK);
  out.resize(pos);
  WriteText(path, out);
}

// A handful of rows in each source format, with the traps the real data has: duplicates of one town,
// a deprecated record, a transliteration in the Arabic column, a village called like a common word, a
// town and governorate sharing a name, and a name in two countries.
void WriteTinySources(const fs::path& data) {
  const fs::path g = data / "gazetteer";
  std::string wof = kWofHeader;
  wof += WofRow("1", "SY", "country", "1", "", "Syria", "سوريا", "سورية", 35.0, 38.5, "17000000", "");
  wof += WofRow("2", "YE", "country", "1", "", "Yemen", "اليمن", "", 15.5, 47.5, "29000000", "");
  wof += WofRow("100", "SY", "region", "1", "", "Days Az Zawr", "دير الزور", "محافظة دير الزور", 35.14, 40.32,
                "1000000", "100");
  wof += WofRow("101", "SY", "locality", "1", "", "Deir ez-Zor", "دير الزور", "", 35.336, 40.141, "300000", "100");
  wof += WofRow("102", "SY", "locality", "-1", "", "Baghuz", "Bāghūz", "باغوز|برهوز", 34.432, 40.992, "", "100");
  wof += WofRow("103", "SY", "locality", "-1", "", "Baghuz", "باغوز", "", 34.44, 40.985, "", "100");  // duplicate
  wof += WofRow("104", "SY", "locality", "1", "", "Abu Kamal", "البوكمال", "البو كمال", 34.45, 40.92, "57000",
                "100");
  wof += WofRow("105", "SY", "locality", "-1", "", "Az Zuhayrat", "الزهيرات", "", 35.0, 40.5, "", "100");
  wof += WofRow("106", "SY", "locality", "-1", "", "An Nasr", "النصر", "", 35.1, 40.6, "", "100");
  wof += WofRow("107", "SY", "locality", "0", "2019-01-01", "Old Place", "قرية زائلة", "", 35.2, 40.2, "", "100");
  wof += WofRow("108", "SY", "locality", "0", "", "Gone", "بلدة منسية", "", 35.2, 40.3, "", "100");
  wof += WofRow("200", "YE", "region", "1", "", "Ma'rib", "مأرب", "", 15.49, 45.51, "238000", "200");
  wof += WofRow("201", "YE", "locality", "1", "", "Marib", "مأرب", "مارب", 15.4625, 45.3258, "16000", "200");
  wof += WofRow("202", "YE", "locality", "-1", "", "Az Zuhayrat", "الزهيرات", "", 15.3, 45.2, "", "200");
  // Places named like people, words and adjectives, salient enough to be emitted without a cue: only
  // the context can tell that they are not meant.
  wof += WofRow("300", "SY", "locality", "1", "", "Aziz Bek", "عزيز بك", "", 35.5, 40.1, "15000", "100");
  wof += WofRow("301", "SY", "locality", "1", "", "Muhammad Khamis", "محمد خميس", "", 35.6, 40.1, "", "100");
  wof += WofRow("302", "SY", "locality", "1", "", "Main", "مائن", "", 35.7, 40.1, "20000", "100");
  wof += WofRow("303", "SY", "locality", "1", "", "Kut", "كوت", "", 35.8, 40.1, "300000", "100");
  wof += WofRow("304", "SY", "locality", "1", "", "Wakra", "وكرا", "", 35.9, 40.1, "20000", "100");
  wof += WofRow("305", "SY", "locality", "1", "", "Dawwar", "الدوار", "", 36.0, 40.1, "20000", "100");
  wof += WofRow("306", "SY", "locality", "1", "", "Al Mazari", "المزارع", "", 36.1, 40.1, "12000", "100");
  wof += WofRow("307", "SY", "locality", "1", "", "Sinaiya", "الصناعية", "", 36.2, 40.1, "", "100");
  wof += WofRow("308", "SY", "locality", "1", "", "Maydan", "ميدان", "", 36.3, 40.1, "2000000", "100");
  wof += WofRow("309", "SY", "locality", "1", "", "Tall", "تل", "", 36.4, 40.1, "", "100");
  wof += WofRow("310", "SY", "locality", "1", "", "Birka", "بركة", "", 36.45, 40.1, "", "100");
  wof += WofRow("311", "SY", "locality", "1", "", "Al Khamisa", "الخامسة", "", 36.5, 40.1, "", "100");
  // Settlement clusters (made-up names): a bare name and parts named after it.
  wof += WofRow("400", "SY", "locality", "1", "", "Kafrnajd", "كفرنجد", "", 35.0, 37.0, "", "100");
  wof += WofRow("401", "SY", "locality", "1", "", "Kafrnajd E", "كفرنجد الشرقية", "", 35.0, 37.04, "", "100");
  wof += WofRow("402", "SY", "locality", "1", "", "Kafrnajd W", "كفرنجد فوقاني", "", 35.0, 37.06, "", "100");
  wof += WofRow("403", "SY", "locality", "1", "", "Marjalu", "مرجالو", "", 35.2, 37.0, "", "100");
  wof += WofRow("404", "SY", "locality", "1", "", "Marjalu New", "مرجالو الجديدة", "", 35.4, 37.0, "", "100");
  wof += WofRow("405", "SY", "locality", "1", "", "Sartan", "صرتان", "", 35.3, 37.0, "", "100");
  wof += WofRow("406", "YE", "locality", "1", "", "Sartan Big", "صرتان الكبير", "", 35.3, 37.04, "", "200");
  wof += WofRow("407", "SY", "locality", "1", "", "Duqan", "دوقان", "", 35.5, 37.0, "", "100");
  wof += WofRow("408", "SY", "locality", "1", "", "Duqan Big", "دوقان الكبير", "", 35.5, 37.05, "12000", "100");
  wof += WofRow("409", "SY", "locality", "1", "", "Duqan Small", "دوقان الصغير", "", 35.5, 36.98, "900", "100");
  wof += WofRow("410", "SY", "locality", "1", "", "Rabwan", "ربوان", "", 35.6, 37.0, "", "100");
  wof += WofRow("411", "SY", "locality", "1", "", "Tell Rabwan", "تل ربوان", "", 35.6, 37.04, "", "100");
  wof += WofRow("412", "SY", "locality", "1", "", "Hawijat Rabwan", "حويجة ربوان", "", 35.6, 36.97, "", "100");
  // Admin units in and outside the covered countries (salience).
  wof += WofRow("500", "TR", "region", "1", "", "Hatay", "هاتاي", "", 36.4, 36.3, "", "500");
  wof += WofRow("501", "TR", "county", "1", "", "Pazarcik", "بازارجيك", "", 37.5, 37.3, "", "500");
  wof += WofRow("502", "AF", "region", "1", "", "Nangarhar", "ننكرهار", "", 34.3, 70.4, "", "502");
  wof += WofRow("503", "SY", "county", "1", "", "Jarabulus", "جرابلس", "", 36.8, 38.0, "", "100");
  // Records the supplement's alias rows name: one with no Arabic name, one with another spelling.
  wof += WofRow("600", "SY", "locality", "1", "", "Qurnah", "", "", 35.25, 40.25, "", "100");
  wof += WofRow("601", "SY", "locality", "1", "", "Tayyani", "طياني", "", 34.98, 40.54, "", "100");
  // One name on both sides of the Lebanese border (made-up places): a settlement word decides.
  wof += WofRow("700", "LB", "locality", "1", "", "Mutla", "المطلة", "", 33.6, 35.5, "5000", "");
  wof += WofRow("701", "IL", "locality", "1", "", "Metulla", "المطلة", "", 33.28, 35.58, "1500", "");
  WriteXz(g / "whosonfirst" / "wof_places_flat.tsv.xz", wof);

  WriteText(g / "naturalearth" / "countries.tsv",
            "iso_a2\tiso_a3\tname\tname_ar\tlat\tlon\tname_ar_clean\tadm0_a3\tname_long\tadmin\tformal_en\ttype\t"
            "continent\twikidataid\tne_id\tcoord_source\tname_ar_core\n"
            "SY\tSYR\tSyria\tسوريا\t35\t38.3\tسوريا\tSYR\tSyria\t\t\t\t\tQ858\t1\t\tسوريا\n"
            "YE\tYEM\tYemen\tاليمن\t15.3\t47.6\tاليمن\tYEM\tYemen\t\t\t\t\tQ805\t2\t\tاليمن\n"
            "PS\tPSE\tPalestine\tفلسطين\t31.9\t35.2\tفلسطين\tPSE\tPalestine\t\t\t\t\tQ219060\t3\t\tفلسطين\n"
            "FR\tFRA\tFrance\tفرنسا\t46.6\t2.3\tفرنسا\tFRA\tFrance\t\t\t\t\tQ142\t4\t\tفرنسا\n"
            "JO\tJOR\tJordan\tالأردن\t31.2\t36.5\tالأردن\tJOR\tJordan\t\t\t\t\tQ810\t6\t\tالأردن\n"
            "OM\tOMN\tOman\tعمان\t21\t57\tعمان\tOMN\tOman\t\t\t\t\tQ842\t7\t\tعمان\n"
            "ML\tMLI\tMali\tمالي\t17\t-4\tمالي\tMLI\tMali\t\t\t\t\tQ912\t8\t\tمالي\n"
            "LB\tLBN\tLebanon\tلبنان\t33.9\t35.9\tلبنان\tLBN\tLebanon\t\t\t\t\tQ822\t9\t\tلبنان\n"
            "IL\tISR\tIsrael\tإسرائيل\t31\t34.8\tإسرائيل\tISR\tIsrael\t\t\t\t\tQ801\t10\t\tإسرائيل\n"
            "SS\tSSD\tS. Sudan\tجنوب السودان\t7.3\t30.4\tجنوب السودان\tSSD\tSouth Sudan\t\t\t\t\tQ958\t5\t\t"
            "جنوب السودان\n");
  WriteText(g / "naturalearth" / "admin1.tsv",
            "iso_a2\tname\tname_ar\tlat\tlon\tname_ar_clean\tiso_3166_2\tadm0_a3\tadmin\ttype_en\tname_alt\t"
            "name_en\twikidataid\tne_id\tname_ar_core\n"
            "FR\tParis\tباريس\t48.86\t2.34\tباريس\tFR-75\tFRA\tFrance\t\t\tParis\tQ90\t10\tباريس\n"
            "FR\tSarthe\tسارت\t48.0\t0.2\tسارت\tFR-72\tFRA\tFrance\t\t\tSarthe\tQ1\t11\tسارت\n"
            "US\tNew Mexico\tنيو مكسيكو\t34.4\t-106.1\tنيو مكسيكو\tUS-NM\tUSA\tUSA\t\t\tNew Mexico\tQ2\t12\t"
            "نيو مكسيكو\n"
            "BW\tNorth-East\tالشمال الشرقي\t-21\t27.5\tالشمال الشرقي\tBW-NE\tBWA\tBotswana\t\t\tNorth-East\tQ3\t"
            "13\tالشمال الشرقي\n");
  WriteText(g / "naturalearth" / "populated_places.tsv",
            "name\tname_ar\tlat\tlon\tiso_a2\tadm0name\tadm1name\tpop_max\tfeaturecla\tname_ar_clean\tnameascii\t"
            "namealt\tadm0_a3\tadm0cap\tscalerank\tmin_zoom\tne_id\twikidataid\tname_ar_core\tname_ar_derived\t"
            "name_ar_from\n"
            "Paris\tباريس\t48.8667\t2.3333\tFR\tFrance\tParis\t11000000\tAdmin-0 capital\tباريس\tParis\t\tFRA\t1\t0\t"
            "1\t20\tQ90\tباريس\t\t\n"
            "Damascus\tدمشق\t33.5\t36.3\tSY\tX\tX\t2466000\tAdmin-0 capital\tدمشق\tDamascus\t\tXXX\t1\t0\t1\t291\tQ91\tدمشق\t\t\n"
            "Sanaa\tصنعاء\t15.35\t44.2\tYE\tX\tX\t2008000\tAdmin-0 capital\tصنعاء\tSanaa\t\tXXX\t1\t0\t1\t292\tQ92\tصنعاء\t\t\n"
            "Amman\tعمان\t31.95\t35.93\tJO\tX\tX\t1275857\tAdmin-0 capital\tعمان\tAmman\t\tXXX\t1\t0\t1\t293\tQ93\tعمان\t\t\n"
            "Bamako\tباماكو\t12.65\t-8.0\tML\tX\tX\t1494000\tAdmin-0 capital\tباماكو\tBamako\t\tXXX\t1\t0\t1\t294\tQ94\tباماكو\t\t\n"
            "Jerusalem\tالقدس\t31.78\t35.2\tPS\tX\tX\t1029300\tAdmin-0 capital\tالقدس\tJerusalem\t\tXXX\t1\t0\t1\t295\tQ95\tالقدس\t\t\n"
            "Dayr az Zawr\t\t35.33\t40.13\tSY\tSyria\tDayr Az Zawr\t309141\tAdmin-1 capital\t\tDayr az Zawr\t\tSYR\t0"
            "\t5\t5\t21\t\t\tدير الزور\tderived\n");
  const fs::path os = g / "open-syria-data-geography";
  WriteText(os / "governorates.json",
            R"([{"id": "sy-deir-ez-zor", "name": {"en": "Deir ez-Zor", "ar": "دير الزور"},
                 "aliases": [{"value": "محافظة دير الزور", "language": "ar", "type": "formal"}],
                 "centroid": {"latitude": 35.1, "longitude": 40.3}}])");
  WriteText(os / "districts.json", "[]");
  WriteText(os / "subdistricts.json",
            R"([{"id": "sy-hajin", "governorateId": "sy-deir-ez-zor", "districtId": "x",
                 "name": {"en": "Hajin", "ar": "هجين"}, "aliases": [{"value": "ناحية هجين", "language": "ar"}],
                 "centroid": {"latitude": 34.7, "longitude": 40.8}, "population": {"value": 60000}}])");
}

class TinyGazetteer : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = new fs::path(fs::temp_directory_path() / ("rasd_geo_test_" + std::to_string(::getpid())));
    fs::remove_all(*dir_);
    WriteTinySources(*dir_ / "data");
    WriteText(*dir_ / "dict" / "places_extra.tsv",
              "# test supplement\nSY\tsite\t34.95\t40.55\tTest Field\tحقل التجربة\n"
              "PS\tsite\t31.496\t34.453\tKuwait Roundabout\tدوار الكويت\n"
              "SY\talias\twof:600\tQurnah\tالقرنة\n"
              "SY\talias\twof:601\tTayyani\tالطيانة|طيانة\n");
    Result<Gazetteer> g = Gazetteer::Open((*dir_ / "data").string(), Index(), (*dir_ / "dict").string());
    ASSERT_TRUE(g.ok()) << g.status().ToString();
    gaz_ = new Gazetteer(std::move(*g));
  }
  static void TearDownTestSuite() {
    delete gaz_;
    fs::remove_all(*dir_);
    delete dir_;
  }
  static std::string Index() { return (*dir_ / "gaz.idx").string(); }

  // Place mentions of `text`, as "normalized span|hints".
  static std::vector<Mention> Places(const std::string& text, Document* out = nullptr) {
    Document doc;
    doc.text = text;
    doc.norm = text::Normalize(doc.text);
    text::Tokenize(doc);
    gaz_->Annotate(doc);
    std::vector<Mention> places;
    for (const Mention& m : doc.mentions) {
      if (m.kind == MentionKind::kPlace) places.push_back(m);
    }
    if (out) *out = std::move(doc);
    return places;
  }
  static std::string Span(const std::string& text, const Mention& m) {
    return text::Normalize(text).text.substr(m.begin, m.end - m.begin);
  }
  static Place Resolved(const Mention& m, std::initializer_list<std::string_view> hints = {}) {
    std::vector<std::string_view> h(hints);
    uint32_t id = gaz_->Resolve(m.ref, h, m.aux);
    EXPECT_NE(id, UINT32_MAX);
    return gaz_->Get(id);
  }

  static fs::path* dir_;
  static Gazetteer* gaz_;
};
fs::path* TinyGazetteer::dir_ = nullptr;
Gazetteer* TinyGazetteer::gaz_ = nullptr;

TEST(GazetteerBuild, MissingSourceIsNotFoundNamingThePath) {
  fs::path empty = fs::temp_directory_path() / ("rasd_geo_empty_" + std::to_string(::getpid()));
  fs::create_directories(empty / "gazetteer");
  Status s = Gazetteer::Build(empty.string(), (empty / "gaz.idx").string());
  EXPECT_EQ(s.code(), Status::Code::kNotFound);
  EXPECT_NE(s.message().find("wof_places_flat.tsv.xz"), std::string::npos) << s.message();
  fs::remove_all(empty);
}

// An alias row of the supplement gives a WOF record an Arabic name; the point and admin1 stay WOF's.
TEST_F(TinyGazetteer, AliasRowsNameExistingRecords) {
  struct Case {
    const char* text;
    const char* name_en;
    double lat, lon;
  };
  for (const Case& c : {Case{"اشتباكات في بلدة القرنة", "Qurnah", 35.25, 40.25},  // WOF has no Arabic name
                        Case{"في قرية قرنة", "Qurnah", 35.25, 40.25},            // without ال: a variant
                        Case{"سيطروا على بلدة الطيانة", "Tayyani", 34.98, 40.54},  // another spelling
                        Case{"في بلدة طياني", "Tayyani", 34.98, 40.54}}) {       // WOF's own still works
    std::vector<Mention> m = Places(c.text);
    ASSERT_EQ(m.size(), 1u) << c.text;
    const Place p = Resolved(m[0], {"SY"});
    EXPECT_EQ(p.name_en, c.name_en) << c.text;
    EXPECT_NEAR(p.lat, c.lat, 1e-6) << c.text;
    EXPECT_NEAR(p.lon, c.lon, 1e-6) << c.text;
    EXPECT_EQ(p.admin1, "Deir ez-Zor") << c.text;
  }
}

// An alias that names a record of another name or country, or a malformed one, stops the build with the
// row; one whose record the sources lack (another snapshot) lends nothing.
// An index written by another version of the program (here: its format number lowered) is refused with
// an error that says to rebuild it when the sources are not at hand, and rebuilt when they are.
TEST_F(TinyGazetteer, AnIndexOfAnotherFormatIsRejectedOrRebuilt) {
  const std::string old_index = (*dir_ / "old.idx").string();
  fs::copy_file(Index(), old_index, fs::copy_options::overwrite_existing);
  {
    std::fstream f(old_index, std::ios::in | std::ios::out | std::ios::binary);
    const uint32_t old_version = format::kVersion - 1;
    f.seekp(offsetof(format::Header, version));
    f.write(reinterpret_cast<const char*>(&old_version), sizeof old_version);
  }
  Result<Gazetteer> refused = Gazetteer::Open((*dir_ / "no-sources").string(), old_index, (*dir_ / "dict").string());
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(refused.status().code(), Status::Code::kUnsupported);
  EXPECT_NE(refused.status().message().find("rebuild it with `rasd gazetteer build`"), std::string::npos)
      << refused.status().ToString();

  Result<Gazetteer> rebuilt = Gazetteer::Open((*dir_ / "data").string(), old_index, (*dir_ / "dict").string());
  ASSERT_TRUE(rebuilt.ok()) << rebuilt.status().ToString();
  EXPECT_GE(rebuilt->FindName("دير الزور"), 0);
}

TEST(GazetteerBuild, BadAliasRowsAreErrorsNamingTheRow) {
  const fs::path dir = fs::temp_directory_path() / ("rasd_geo_alias_" + std::to_string(::getpid()));
  fs::remove_all(dir);
  WriteTinySources(dir / "data");
  struct Case {
    const char* row;
    const char* message;
  };
  for (const Case& c : {Case{"SY\talias\twof:600\tElsewhere\tالقرنة\n", "not SY \"Elsewhere\""},
                        Case{"YE\talias\twof:600\tQurnah\tالقرنة\n", "not YE \"Qurnah\""},
                        Case{"SY\talias\t600\tQurnah\tالقرنة\n", "expected cc, alias, wof:ID"},
                        Case{"SY\talias\twof:600\tQurnah\tQurna\n", "expected cc, alias, wof:ID"}}) {
    WriteText(dir / "dict" / "places_extra.tsv", std::string("# bad\n") + c.row);
    Status s = Gazetteer::Build((dir / "data").string(), (dir / "gaz.idx").string(), (dir / "dict").string());
    EXPECT_EQ(s.code(), Status::Code::kCorruption) << c.row;
    EXPECT_NE(s.message().find(c.message), std::string::npos) << s.message();
    EXPECT_NE(s.message().find("places_extra.tsv:2"), std::string::npos) << s.message();
  }
  WriteText(dir / "dict" / "places_extra.tsv", "SY\talias\twof:999\tNowhere\tلامكان\n");
  Result<Gazetteer> g = Gazetteer::Open((dir / "data").string(), (dir / "gaz2.idx").string(), (dir / "dict").string());
  ASSERT_TRUE(g.ok()) << g.status().ToString();
  EXPECT_EQ(g->FindName("لامكان"), -1);
  fs::remove_all(dir);
}

// `rasd gazetteer build` on a new machine writes to ~/.cache/rasd/, which does not exist yet.
TEST(GazetteerBuild, TheIndexDirectoryIsCreated) {
  const fs::path dir = fs::temp_directory_path() / ("rasd_geo_newdir_" + std::to_string(::getpid()));
  fs::remove_all(dir);
  WriteTinySources(dir / "data");
  const fs::path index = dir / "cache" / "rasd" / "gaz.idx";
  Status s = Gazetteer::Build((dir / "data").string(), index.string(), (dir / "dict").string());
  EXPECT_TRUE(s.ok()) << s.ToString();
  EXPECT_TRUE(fs::is_regular_file(index));
  fs::remove_all(dir);
}

TEST_F(TinyGazetteer, CountriesAndAdminNamesInEnglish) {
  Place sy = gaz_->Get(gaz_->CountryPlace("SY"));
  EXPECT_EQ(sy.country, "Syria");
  EXPECT_EQ(sy.type, PlaceType::kCountry);
  EXPECT_EQ(gaz_->Get(gaz_->CountryPlace("SS")).country, "South Sudan");  // not NE's "S. Sudan"
  EXPECT_EQ(gaz_->CountryPlace("XX"), UINT32_MAX);
  std::vector<Mention> m = Places("في البوكمال");
  ASSERT_EQ(m.size(), 1u);
  Place p = Resolved(m[0]);
  EXPECT_EQ(p.country_code, "SY");
  EXPECT_EQ(p.admin1, "Deir ez-Zor");  // OCHA's name from Open-Syria, not WOF's "Days Az Zawr"
  EXPECT_EQ(p.admin1_ar, "دير الزور");
}

TEST_F(TinyGazetteer, ProcliticsAreStrippedFromTheSpan) {
  const std::string text = "وبالبوكمال";
  std::vector<Mention> m = Places(text);
  ASSERT_EQ(m.size(), 1u);
  EXPECT_EQ(Span(text, m[0]), "البوكمال");
  EXPECT_TRUE(m[0].aux & kPlacePreposition);  // the attached ب
  EXPECT_EQ(Resolved(m[0]).name_en, "Abu Kamal");
}

TEST_F(TinyGazetteer, ArticleVariantsAndMergedDuplicates) {
  // WOF spells it "باغوز" (twice, 1 km apart); text writes "الباغوز".
  std::vector<Mention> m = Places("معارك في الباغوز");
  ASSERT_EQ(m.size(), 1u);
  EXPECT_EQ(gaz_->Candidates(m[0].ref).size(), 1u);
  Place p = Resolved(m[0]);
  EXPECT_NEAR(p.lat, 34.43, 0.02);
  EXPECT_EQ(p.name_ar, "باغوز");  // not the transliteration in WOF's Arabic column
}

TEST_F(TinyGazetteer, MultiWordNamesAreLeftmostLongest) {
  const std::string text = "قصف على دير الزور وبدير الزور";
  std::vector<Mention> m = Places(text);
  ASSERT_EQ(m.size(), 2u);
  EXPECT_EQ(m[0].tok_end - m[0].tok_begin, 2u);
  EXPECT_EQ(Span(text, m[0]), "دير الزور");
  EXPECT_EQ(Span(text, m[1]), "دير الزور");
}

TEST_F(TinyGazetteer, TypeWordIsACueOutsideTheSpanButACampKeepsIt) {
  const std::string text = "اقتحام بلدة الباغوز ومخيم بلاطة";
  std::vector<Mention> m = Places(text);
  ASSERT_EQ(m.size(), 2u);
  EXPECT_EQ(Span(text, m[0]), "باغوز");  // after ال
  EXPECT_TRUE(m[0].aux & kPlaceTypeWord);
  EXPECT_EQ(Span(text, m[1]), "مخيم بلاطه");  // the camp's name includes مخيم
  EXPECT_EQ(Resolved(m[1]).country_code, "PS");
}

TEST_F(TinyGazetteer, NearWordsGivePrecisionTwo) {
  for (const char* text : {"في ريف دير الزور", "بالقرب من البوكمال", "في شرق البوكمال", "بمحيط البوكمال"}) {
    std::vector<Mention> m = Places(text);
    ASSERT_EQ(m.size(), 1u) << text;
    EXPECT_TRUE(m[0].aux & kPlaceNear) << text;
    EXPECT_TRUE(m[0].aux & kPlacePreposition) << text;
  }
  std::vector<Mention> east = Places("شرقي البوكمال");
  ASSERT_EQ(east.size(), 1u);
  EXPECT_EQ(east[0].aux, kPlaceNear);
  std::vector<Mention> m = Places("البوكمال");
  ASSERT_EQ(m.size(), 1u);
  EXPECT_EQ(m[0].aux, 0);
}

TEST_F(TinyGazetteer, CommonWordsAndSmallVillagesNeedACue) {
  EXPECT_TRUE(Places("أعلن النصر على الإرهاب").empty());       // a word, even where a village has the name
  EXPECT_TRUE(Places("وصلوا إلى النصر").empty());               // a preposition is not enough for a word
  EXPECT_EQ(Places("قصف قرية النصر").size(), 1u);               // a type word is
  EXPECT_TRUE(Places("قصف القرية النصر").empty());              // not with its article: an adjective after it
  EXPECT_TRUE(Places("الزهيرات").empty());                       // small village, no cue
  EXPECT_EQ(Places("في الزهيرات").size(), 1u);                   // preposition
  EXPECT_EQ(Places("البوكمال").size(), 1u);                     // a town of some size needs no cue
  // A village listed after a cued place carries the cue.
  EXPECT_EQ(Places("في البوكمال والزهيرات").size(), 2u);
}

// The emitted place spans (normalized) of each text.
struct SpanCase {
  std::string text;
  std::vector<std::string> spans;
};

void ExpectSpans(const std::vector<SpanCase>& cases, std::vector<Mention> (*places)(const std::string&, Document*),
                 std::string (*span)(const std::string&, const Mention&)) {
  for (const SpanCase& c : cases) {
    std::vector<std::string> got;
    for (const Mention& m : places(c.text, nullptr)) got.push_back(span(c.text, m));
    EXPECT_EQ(got, c.spans) << c.text;
  }
}

TEST_F(TinyGazetteer, PersonNamesAreNotPlaces) {
  ExpectSpans({
      {"قال رئيس المجلس عبد العزيز بك", {}},      // عبد + name
      {"وقال وعبد العزيز بك", {}},                 // the link after و
      {"قال العقيد محمد خميس العبيدي", {}},        // a title before
      {"وأكد الشهيد عزيز بك", {}},
      {"والعقيد عزيز بك", {}},                    // a title with a proclitic
      {"وصل محمد خميس العبيدي", {}},               // a first name, then a family name
      {"قال يوسف عزيز بك", {}},                   // a first name before
      {"ابو عزيز بك", {}},
      {"في عزيز بك", {"عزيز بك"}},                // the places themselves
      {"قصف قرية محمد خميس", {"محمد خميس"}},
      {"عزيز بك", {"عزيز بك"}},
      {"زار بابا البوكمال", {"البوكمال"}},        // "بابا" is no ب + "ابا"
  }, Places, Span);
}

TEST_F(TinyGazetteer, ProcliticSplitsNeedASalientNameOrACue) {
  ExpectSpans({
      {"نصبوا كمائن للعدو", {}},                  // ك is rare on a place name
      {"ساد سكوت", {}},                           // س prefixes verbs only
      {"وكمائن", {}},
      {"قصف بالزهيرات", {}},                      // its own ب is no cue for a small village
      {"قصف في الزهيرات", {"الزهيرات"}},
      {"وقد استهدف الزهيرات", {"الزهيرات"}},      // right after a strike verb: what was hit
      {"وقصفت الطائرات الزهيرات", {}},            // not after it
      {"في البوكمال والزهيرات", {"البوكمال", "الزهيرات"}},  // listed after a place
      {"وبالبوكمال", {"البوكمال"}},              // a salient name keeps its proclitics
      {"في كوت", {"كوت"}},
  }, Places, Span);
}

TEST_F(TinyGazetteer, NameHeadBeforeAnUnknownWordIsNotAPlace) {
  ExpectSpans({
      {"قصفت الطائرات منطقة تل الأحمر", {}},          // the head of a name the gazetteer lacks
      {"غارة على قرية تل السمرة قرب البوكمال", {"البوكمال"}},
      {"قصفت الطائرات قرية تل في ريف البوكمال", {"تل", "البوكمال"}},  // the name ends before في
      {"قصف قرية تل شرقي البوكمال", {"تل", "البوكمال"}},             // before a direction
      {"قصف قرية تل والزهيرات", {"تل", "الزهيرات"}},                // before a conjunction
      {"قصف قرية تل البوكمال", {"تل", "البوكمال"}},                 // before a known place
      {"استهدفت المقاومة موقع بركة ريشا", {}},                        // بركة heads names too
      {"قصف قرية بركة في ريف البوكمال", {"بركه", "البوكمال"}},
      {"سقطت قذيفة على حي باب توما في دمشق", {"دمشق"}},               // not al-Bab of Aleppo
  }, Places, Span);
}

// Words glued to a name by the source's markup (tags stripped without a space): a preposition before,
// a direction after, or both. Cut off only when the whole token is no name and the rest is one.
TEST_F(TinyGazetteer, GluedPrepositionsAndDirectionsAreCutOff) {
  ExpectSpans({
      {"قصف القاعدة فيحقل التجربة", {"حقل التجربه"}},          // a name of several words after في
      {"غارة فيالزهيرات", {"الزهيرات"}},                      // a definite name: the glued في is its cue
      {"غارة منالبوكمال", {"البوكمال"}},
      {"غارة فيزهيرات", {}},                                  // not definite, not salient: too doubtful
      {"وأكد أنّحقل التجربة تعرض لقصف", {"حقل التجربه"}},     // أنّ glued before a name of several words
      {"وأكد أنّالزهيرات تعرضت لقصف", {}},                    // not before one word: "انفجار", "انسحاب"
      {"قال فيصل إن فيتنام بعيدة", {}},                        // words that start with في stay words
      {"قصف منالبوكمال ثم عنكوت", {"البوكمال"}},              // a bare name, even a salient one, is not
                                                               // cut out of a word ("عنصرين")
      {"اشتباكات في الزهيراتشرقي دير الزور", {"الزهيرات", "دير الزور"}},  // a direction after
      {"الزهيراتشرقي دير الزور", {"دير الزور"}},              // still needs a cue of its own
      {"قصف فيالزهيراتشرقي البوكمال", {"الزهيرات", "البوكمال"}},  // both sides
      {"قصف على البو كمالجنوبي دير الزور", {"البو كمال", "دير الزور"}},  // the last word of a name
      {"المغربي والجنوبي", {}},                               // no name before the direction
      {"قصف في البو كمالفي ريف دير الزور", {"البو كمال", "دير الزور"}},  // في after a name of two words
      {"قصف في الزهيراتفي البوكمال", {"البوكمال"}},           // not after one word ("الصحفي")
  }, &Places, &Span);
  // Each glued preposition (a word's first letters decide whether it is looked for at all).
  ExpectSpans({
      {"غارة فيالبوكمال", {"البوكمال"}},
      {"غارة منالبوكمال", {"البوكمال"}},
      {"غارة عنالبوكمال", {"البوكمال"}},
      {"غارة علىالبوكمال", {"البوكمال"}},
      {"غارة إلىالبوكمال", {"البوكمال"}},
      {"وأكد إنّحقل التجربة تعرض لقصف", {"حقل التجربه"}},
      {"غارة معالبوكمال", {}},  // no glued word
  }, &Places, &Span);
  // The glued direction makes the next name "near", as a direction written apart would.
  std::vector<Mention> m = Places("اشتباكات في الزهيراتشرقي دير الزور");
  ASSERT_EQ(m.size(), 2u);
  EXPECT_TRUE(m[1].aux & kPlaceNear);
  EXPECT_TRUE(m[0].aux & kPlacePreposition);
}

// "مستوطنة X": an Israeli settlement, in Israel or Palestine, whatever the article's other countries.
TEST_F(TinyGazetteer, SettlementWordPrefersIsraelAndPalestine) {
  std::vector<Mention> m = Places("قصفت المقاومة مستوطنة المطلة");
  ASSERT_EQ(m.size(), 1u);
  EXPECT_TRUE(m[0].aux & kPlaceSettlementWord);
  EXPECT_EQ(Resolved(m[0], {"LB", "SY"}).country_code, "IL");
  EXPECT_EQ(Resolved(m[0], {}).country_code, "IL");
  for (const char* text : {"قصفت المقاومة مستعمرة المطلة", "قصف على كيبوتس المطلة"}) {
    m = Places(text);
    ASSERT_EQ(m.size(), 1u) << text;
    EXPECT_EQ(Resolved(m[0], {"LB"}).country_code, "IL") << text;
  }
  m = Places("غارة على بلدة المطلة");  // another type word: the article's country
  ASSERT_EQ(m.size(), 1u);
  EXPECT_FALSE(m[0].aux & kPlaceSettlementWord);
  EXPECT_EQ(Resolved(m[0], {"LB"}).country_code, "LB");
}

// "مفرق X" / "مفترق X": a junction named after the place by it is a type word, coded as that place.
TEST_F(TinyGazetteer, JunctionWordIsATypeWord) {
  for (const char* text : {"إطلاق نار عند مفرق الزهيرات", "عند \"مفترق الزهيرات\""}) {
    std::vector<Mention> m = Places(text);
    ASSERT_EQ(m.size(), 1u) << text;
    EXPECT_TRUE(m[0].aux & kPlaceTypeWord) << text;
    EXPECT_FALSE(m[0].aux & kPlaceNear) << text;
  }
}

// A two-word name headed by خان، دير، كفر، بيت، عين، تل، أبو is also matched written as one word.
TEST_F(TinyGazetteer, CompoundNamesWrittenAsOneWord) {
  ExpectSpans({
      {"اشتباكات في ديرالزور", {"ديرالزور"}},
      {"اشتباكات في دير الزور", {"دير الزور"}},
      {"قصف في كفرنجد", {"كفرنجد"}},  // a one-word name stays one
  }, &Places, &Span);
  std::vector<Mention> m = Places("اشتباكات في ديرالزور");
  ASSERT_EQ(m.size(), 1u);
  EXPECT_EQ(Resolved(m[0], {"SY"}).name_en, Resolved(Places("اشتباكات في دير الزور")[0], {"SY"}).name_en);
}

TEST_F(TinyGazetteer, CountedNounsAreNotPlaces) {
  ExpectSpans({
      {"قصف 60 وكرا للمسلحين", {}},
      {"في وكرا", {"وكرا"}},
  }, Places, Span);
}

TEST_F(TinyGazetteer, GenericPlaceNounsAreNotPlacesOnTheirOwn) {
  ExpectSpans({
      {"عند دوار زعرب", {}},
      {"تجمعوا عند الدوار", {}},
      {"في المزارع والقرى", {}},
      {"في منطقة صناعية", {}},                    // even after a type word
      {"في الميدان", {}},
      {"رفضا لترشحه لولاية خامسة", {}},         // an ordinal after ولاية is a term of office
      {"ميدان", {}},
      {"عند دوار الكويت", {"دوار الكويت"}},      // a name that starts with one is fine
  }, Places, Span);
}

TEST_F(TinyGazetteer, CountryAdjectivesAreNotTheCountry) {
  ExpectSpans({
      {"قالت الحكومة السورية", {}},
      {"في البوكمال السورية", {"البوكمال"}},
      {"انتشرت قوات سورية", {}},
      {"والحكومة والسورية", {}},
      {"وصلوا إلى سورية", {"سوريه"}},             // after a preposition it is the country
      {"في سورية", {"سوريه"}},
      {"بسورية", {"سوريه"}},
      {"سوريا", {"سوريا"}},
  }, Places, Span);
}

TEST_F(TinyGazetteer, HomonymsAreDecidedByCountryHints) {
  std::vector<Mention> m = Places("في الزهيرات");
  ASSERT_EQ(m.size(), 1u);
  ASSERT_EQ(gaz_->Candidates(m[0].ref).size(), 2u);
  EXPECT_EQ(Resolved(m[0], {"YE"}).country_code, "YE");
  EXPECT_EQ(Resolved(m[0], {"SY"}).country_code, "SY");
  EXPECT_EQ(Resolved(m[0], {"FR", "YE"}).country_code, "YE");  // first hint with a candidate wins
  // Hints are compared as whole codes (Resolve compares them as numbers): no prefix, case or longer
  // string of a code stands for it.
  const std::string first = std::string(Resolved(m[0], {}).country_code), other = first == "SY" ? "YE" : "SY";
  for (const char* stray : {"", "S", "sy", "ye", "SYR", "YEM", "Y"}) {
    EXPECT_EQ(Resolved(m[0], {stray}).country_code, first) << stray;
    EXPECT_EQ(Resolved(m[0], {stray, other}).country_code, other) << stray;
  }
}

TEST_F(TinyGazetteer, TownBeforeTheGovernorateUnlessTheTextSaysGovernorate) {
  std::vector<Mention> m = Places("دير الزور");
  ASSERT_EQ(m.size(), 1u);
  EXPECT_EQ(Resolved(m[0], {"SY"}).type, PlaceType::kLocality);
  m = Places("محافظة دير الزور");
  ASSERT_EQ(m.size(), 1u);
  EXPECT_TRUE(m[0].aux & kPlaceAdminWord);
  EXPECT_EQ(Resolved(m[0], {"SY"}).type, PlaceType::kAdmin1);
  // A country name written alone is the country.
  m = Places("سوريا");
  ASSERT_EQ(m.size(), 1u);
  EXPECT_EQ(Resolved(m[0]).type, PlaceType::kCountry);
}

// A bare town name stands for the settlement its parts ("X فوقاني", "X الشرقية", "حويجة X") make up.
TEST_F(TinyGazetteer, BareNamesStandForTheirSettlementCluster) {
  struct Case {
    const char* name;
    double lat, lon;
    const char* why;
  };
  const Case cases[] = {
      {"كفرنجد", 35.0, 37.0333, "centroid of bare record and its two parts"},
      {"كفرنجد الشرقية", 35.0, 37.04, "a part keeps its own point"},
      {"مرجالو", 35.2, 37.0, "a namesake 22 km away is no part"},
      {"صرتان", 35.3, 37.0, "a namesake in another country is no part"},
      {"دوقان", 35.5, 37.05, "the most populous member when populations are known"},
      {"ربوان", 35.6, 36.985, "حويجة X is a part, تل X a settlement of its own"},
  };
  for (const Case& c : cases) {
    int32_t id = gaz_->FindName(c.name);
    ASSERT_GE(id, 0) << c.name;
    std::vector<std::string_view> hints = {"SY"};
    Place p = gaz_->Get(gaz_->Resolve(id, hints));
    EXPECT_NEAR(p.lat, c.lat, 0.001) << c.name << ": " << c.why;
    EXPECT_NEAR(p.lon, c.lon, 0.001) << c.name << ": " << c.why;
  }
}

// Admin units are emitted without a cue only where the product reports: every unit of the Arab states
// and Israel, provinces of the neighbours; elsewhere a single-word unit needs a cue.
TEST_F(TinyGazetteer, AdminUnitsAreSalientOnlyInTheCoveredCountries) {
  ExpectSpans({
      {"اجتماع في جرابلس", {"جرابلس"}},         // Syrian district (core)
      {"جرابلس", {"جرابلس"}},
      {"هاتاي", {"هاتاي"}},                     // Turkish province (neighbour)
      {"زار بازارجيك", {}},                     // Turkish district: needs a cue
      {"في بازارجيك", {"بازارجيك"}},
      {"زار ننكرهار", {}},                      // Afghan province (far)
      {"في ننكرهار", {"ننكرهار"}},
      {"سارت مسيرات", {}},                      // Natural Earth admin-1 of the world (Sarthe)
      {"وسارت مسيرات", {}},
      {"في سارت", {"سارت"}},
      {"زار نيو مكسيكو", {"نيو مكسيكو"}},       // multi-word: a name, not a word
      {"في الشمال الشرقي", {}},                 // but not one made of directions only
  }, Places, Span);
}

// "العاصمة" + a country's adjective is its capital; the capital's name right after is the mention.
TEST_F(TinyGazetteer, CapitalsByCountryAdjective) {
  struct Case {
    std::string text;
    std::vector<std::string> spans;
    std::vector<std::string> resolved;  // English names, no country hints
  };
  const Case cases[] = {
      {"وصل إلى العاصمة السورية أمس", {"العاصمه السوريه"}, {"Damascus"}},
      {"في العاصمة اليمنية", {"العاصمه اليمنيه"}, {"Sanaa"}},
      {"بالعاصمة الفرنسية", {"العاصمه الفرنسيه"}, {"Paris"}},
      {"للعاصمة الفرنسية", {"عاصمه الفرنسيه"}, {"Paris"}},                  // لل = ل + ال
      {"العاصمة السورية دمشق", {"دمشق"}, {"Damascus"}},
      {"العاصمة الأردنية عمان", {"عمان"}, {"Amman"}},                       // not Oman
      {"العاصمة السورية عمان", {"العاصمه السوريه", "عمان"}, {"Damascus", "Oman"}},  // another place
      {"العاصمة المالية", {}, {}},                                          // "financial capital"
      {"العاصمة الفلسطينية", {}, {}},                                       // contested: left alone
      {"قالت الحكومة السورية", {}, {}},
  };
  for (const Case& c : cases) {
    std::vector<std::string> spans, resolved;
    for (const Mention& m : Places(c.text)) {
      spans.push_back(Span(c.text, m));
      resolved.emplace_back(Resolved(m).name_en);
    }
    EXPECT_EQ(spans, c.spans) << c.text;
    EXPECT_EQ(resolved, c.resolved) << c.text;
  }
}

// "في العاصمة" alone: the capital of a country by its code, the one "العاصمة" + adjective names.
TEST_F(TinyGazetteer, CapitalPlaceByCountryCode) {
  for (auto [code, capital] : {std::pair{"SY", "Damascus"}, {"YE", "Sanaa"}, {"FR", "Paris"}, {"JO", "Amman"}}) {
    const uint32_t id = gaz_->CapitalPlace(code);
    ASSERT_NE(id, UINT32_MAX) << code;
    EXPECT_EQ(gaz_->Get(id).name_en, capital) << code;
    EXPECT_EQ(gaz_->CapitalPlace(code), id) << code;  // the table is built once and kept
  }
  EXPECT_EQ(gaz_->CapitalPlace("PS"), UINT32_MAX);  // contested: no capital phrase, as above
  EXPECT_EQ(gaz_->CapitalPlace("XX"), UINT32_MAX);
  EXPECT_EQ(gaz_->CapitalPlace(""), UINT32_MAX);
}

TEST_F(TinyGazetteer, DroppedAndAddedRecords) {
  EXPECT_LT(gaz_->FindName("قرية زائلة"), 0);  // deprecated
  EXPECT_LT(gaz_->FindName("منسية"), 0);       // no longer current
  EXPECT_GE(gaz_->FindName("هجين"), 0);        // Open-Syria subdistrict, "ناحية" stripped
  EXPECT_GE(gaz_->FindName("باريس"), 0);       // Natural Earth outside the WOF countries
  int32_t field = gaz_->FindName("حقل التجربة");  // the dictionary directory's supplement
  ASSERT_GE(field, 0);
  EXPECT_EQ(gaz_->Get(gaz_->Candidates(field)[0]).type, PlaceType::kSite);
  EXPECT_EQ(gaz_->TypeOf(gaz_->Candidates(field)[0]), PlaceType::kSite);
  for (uint32_t id = 0; id < gaz_->size(); ++id) EXPECT_EQ(gaz_->TypeOf(id), gaz_->Get(id).type) << id;
}

TEST_F(TinyGazetteer, OpenReusesAFreshIndexAndRebuildsAStaleOrBrokenOne) {
  const std::string data = (*dir_ / "data").string(), dict = (*dir_ / "dict").string();
  auto mtime = [&] { return fs::last_write_time(Index()); };
  auto before = mtime();
  ASSERT_TRUE(Gazetteer::Open(data, Index(), dict).ok());
  EXPECT_EQ(mtime(), before);
  // A source newer than the index.
  fs::last_write_time(*dir_ / "data" / "gazetteer" / "naturalearth" / "countries.tsv",
                      before + std::chrono::seconds(5));
  ASSERT_TRUE(Gazetteer::Open(data, Index(), dict).ok());
  EXPECT_NE(mtime(), before);
  // A damaged index newer than its sources.
  WriteText(Index(), "not an index");
  fs::last_write_time(Index(), mtime() + std::chrono::seconds(60));
  Result<Gazetteer> g = Gazetteer::Open(data, Index(), dict);
  ASSERT_TRUE(g.ok()) << g.status().ToString();
  EXPECT_GE(g->FindName("البوكمال"), 0);
}

TEST(GazetteerOpen, BrokenIndexWithoutSourcesIsAnError) {
  fs::path dir = fs::temp_directory_path() / ("rasd_geo_broken_" + std::to_string(::getpid()));
  WriteText(dir / "gaz.idx", "not an index, but long enough to hold a header of a gazetteer index file......"
                             "................................................................................");
  Result<Gazetteer> g = Gazetteer::Open((dir / "nodata").string(), (dir / "gaz.idx").string());
  EXPECT_FALSE(g.ok());
  EXPECT_EQ(g.status().code(), Status::Code::kCorruption);
  fs::remove_all(dir);
}

// The real shared data, when this machine has it.
class SharedGazetteer : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    if (!fs::exists(fs::path(RASD_TEST_SHARED_DATA) / "gazetteer")) return;
    index_ = new std::string((fs::temp_directory_path() / ("rasd_geo_shared_" + std::to_string(::getpid()) +
                                                           ".idx")).string());
    Result<Gazetteer> g = Gazetteer::Open(RASD_TEST_SHARED_DATA, *index_);
    ASSERT_TRUE(g.ok()) << g.status().ToString();
    gaz_ = new Gazetteer(std::move(*g));
  }
  static void TearDownTestSuite() {
    delete gaz_;
    gaz_ = nullptr;
    if (index_) fs::remove(*index_);
    delete index_;
    index_ = nullptr;
  }
  void SetUp() override {
    if (!gaz_) GTEST_SKIP() << "no shared data at " RASD_TEST_SHARED_DATA "/gazetteer";
  }
  // Fails for every place the gazetteer finds in `sentence`.
  static void ExpectNoPlaces(const std::string& sentence) {
    Document doc;
    doc.text = sentence;
    doc.norm = text::Normalize(doc.text);
    text::Tokenize(doc);
    gaz_->Annotate(doc);
    for (const Mention& m : doc.mentions) {
      ADD_FAILURE() << "unexpected place: " << doc.norm.text.substr(m.begin, m.end - m.begin);
    }
  }
  static Place Resolve(const std::string& name, std::initializer_list<std::string_view> hints) {
    int32_t id = gaz_->FindName(name);
    EXPECT_GE(id, 0) << name;
    std::vector<std::string_view> h(hints);
    uint32_t place = gaz_->Resolve(id, h);
    EXPECT_NE(place, UINT32_MAX) << name;
    return place == UINT32_MAX ? Place{} : gaz_->Get(place);
  }
  static std::string* index_;
  static Gazetteer* gaz_;
};
std::string* SharedGazetteer::index_ = nullptr;
Gazetteer* SharedGazetteer::gaz_ = nullptr;

TEST_F(SharedGazetteer, WellKnownPlacesResolve) {
  Place baghuz = Resolve("الباغوز", {"SY"});
  EXPECT_EQ(baghuz.country, "Syria");
  EXPECT_EQ(baghuz.admin1, "Deir ez-Zor");
  // The main (upper) part, where GeoNames puts the town; WOF's bare "باغوز" is at its south-east edge.
  EXPECT_LT(DistanceKm(baghuz.lat, baghuz.lon, 34.46, 40.94), 5.0);
  EXPECT_EQ(Resolve("مأرب", {}).country, "Yemen");
  EXPECT_EQ(Resolve("طوباس", {}).country, "Palestine");
  EXPECT_EQ(Resolve("دير الزور", {"SY"}).type, PlaceType::kLocality);
  EXPECT_EQ(Resolve("العراق", {}).country, "Iraq");
  // The capital, not the governorate named after it whose centre lies 14 km away (the city is in Amanat
  // al-Asimah, another admin1).
  const Place sanaa = Resolve("صنعاء", {"YE"});
  EXPECT_EQ(sanaa.type, PlaceType::kLocality);
  EXPECT_LT(DistanceKm(sanaa.lat, sanaa.lon, 15.35, 44.21), 15.0);
  // Libya's capital is in the admin-1 unit of its name (WOF's region is the district of 2001-2007).
  EXPECT_EQ(Resolve("طرابلس", {"LY"}).admin1, "Tripoli");
}

// "الساعة 2:30 (بتوقيت صنعاء)": a time zone names no place of the text, nor the clock ("الساعة" is also a
// village in Chad).
TEST_F(SharedGazetteer, TimeWordsAreNotPlaces) {
  ExpectNoPlaces("عند الساعة الثانية فجرا بتوقيت صنعاء وبتوقيت القدس، وفي الحي اليوناني بالمدينة الساعة العاشرة");
}

// A common word with لـ on it after a type word is whose the site is, not its name: "موقع للجيش" (a
// Yemeni hamlet "الجيش"), "مخيم للاجئين".
TEST_F(SharedGazetteer, ACommonWordWithLamAfterATypeWordIsNoName) {
  ExpectNoPlaces("هجوم على موقع للجيش واستهداف مخيم للاجئين");
}

// Words whose only entries are big towns abroad (exempt from the news rule of make_stop_names.py, so
// listed by hand): "نجا" (survived; Naga in the Philippines), "منشأة" (a facility; El-Monshaeh), "ميدان"
// (a square; Medan), "خبر" (news; Khobar).
TEST_F(SharedGazetteer, CommonWordsNamedLikeBigTownsAbroadAreNotPlaces) {
  ExpectNoPlaces("نجا الرئيس من هجوم على منشأة في ميدان عام، بحسب خبر عاجل");
}

// "القضاء" with its article is elimination or the judiciary, not the district word of "قضاء سنجار": the
// word after it ("اليوم", "on it") is no village; "في معقله" is his stronghold, not a Yemeni hamlet; "جبال"
// and "مرتفعات" are mountains whose name follows, never a place alone (Sudan's "إقليم الجبال").
TEST_F(SharedGazetteer, EliminationStrongholdsAndMountainsAreNoPlaces) {
  ExpectNoPlaces("تم القضاء اليوم على إرهابي خطير، وتحصن آخرون في معقله وفي جبال ومرتفعات");
}

// "استهدف موكبه" (his convoy) is no hamlet of Sulaymaniyah (Mukabah), even after a verb of striking.
TEST_F(SharedGazetteer, AConvoyIsNoPlace) { ExpectNoPlaces("وقتل قائد عسكري بتفجير استهدف موكبه"); }

// "الحراك" is the movement ("أنصار الحراك الجنوبي"); the town in Daraa is named with its type word.
TEST_F(SharedGazetteer, AMovementIsNoPlaceButTheTownOfItsNameIs) {
  ExpectNoPlaces("تظاهر المئات من أنصار الحراك الجنوبي للمطالبة بالانفصال");
  Document doc;
  doc.text = "وقصفت قوات النظام بلدة الحراك";
  doc.norm = text::Normalize(doc.text);
  text::Tokenize(doc);
  gaz_->Annotate(doc);
  ASSERT_EQ(doc.mentions.size(), 1u);
  const std::vector<std::string_view> syria = {"SY"};
  EXPECT_EQ(gaz_->Get(gaz_->Resolve(doc.mentions[0].ref, syria)).country_code, "SY");
}

// Kabul's common Arabic spelling كابول is the city (an alias row of the supplement), not its province.
TEST_F(SharedGazetteer, KabulSpelledWithWawIsTheCity) {
  const Place kabul = Resolve("كابول", {"AF"});
  EXPECT_EQ(kabul.type, PlaceType::kLocality);
  EXPECT_LT(DistanceKm(kabul.lat, kabul.lon, 34.53, 69.17), 10.0);
}

// A supplement row with a cited point moves a city whose Natural Earth point (which wins the merge) is
// off its centre: Gaza, 1.5 km north-west of the centre Wikipedia gives.
TEST_F(SharedGazetteer, SupplementPointMovesACityCentre) {
  Place gaza = Resolve("غزة", {"PS"});
  EXPECT_EQ(gaza.type, PlaceType::kLocality);
  EXPECT_LT(DistanceKm(gaza.lat, gaza.lon, 31.5167, 34.45), 0.5);
}

TEST_F(SharedGazetteer, OpeningAnExistingIndexTakesMilliseconds) {
  auto t0 = std::chrono::steady_clock::now();
  Result<Gazetteer> g = Gazetteer::Open(RASD_TEST_SHARED_DATA, *index_);
  double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
  ASSERT_TRUE(g.ok());
  EXPECT_LT(ms, 100);
  RecordProperty("open_ms", std::to_string(ms));
}

// The matcher's filters (index_format.h: `first_words`, `next_words`, `bloom`) may let through words
// that are no key but must never stop one that is: every name of the real gazetteer, written alone,
// starting with a word is matched whole with its own id (AnnotateAll: whether the context would emit
// it does not matter).
TEST_F(SharedGazetteer, EveryNameWrittenAloneIsMatchedWhole) {
  size_t checked = 0;
  for (int32_t id = 0; id < static_cast<int32_t>(gaz_->name_count()); ++id) {
    if (gaz_->Candidates(id).empty()) continue;  // only the start of longer names
    const std::string key(gaz_->NameKey(id));
    Document doc;
    doc.text = key;
    doc.norm = text::Normalize(doc.text);
    text::Tokenize(doc);
    std::string joined;  // a key the tokenizer reads otherwise (digits, Latin) is not written this way
    for (const Token& t : doc.tokens) {
      if (!joined.empty()) joined += ' ';
      joined += doc.NormView(t);
    }
    // A name starting with a number ("1 اذار") is not looked for from its number.
    if (joined != key || doc.tokens.front().kind != TokenKind::kArabic) continue;
    gaz_->AnnotateAll(doc);
    ++checked;
    ASSERT_FALSE(doc.mentions.empty()) << key;
    const Mention& m = doc.mentions.front();
    EXPECT_EQ(m.ref, id) << key << " matched as " << gaz_->NameKey(m.ref);
    EXPECT_EQ(m.tok_begin, 0u) << key;
    EXPECT_EQ(m.tok_end, doc.tokens.size()) << key;
  }
  EXPECT_GT(checked, gaz_->name_count() / 2);
}

TEST_F(SharedGazetteer, CommonWordsAreNotPlaces) {
  ExpectNoPlaces("أعلن الجيش اليوم عن انتهاء الحرب وعودة الأمن إلى المدينة بعد النصر على الدولة");
  // A type word with its article is followed by its adjective: "الواقعة" (lying) is also a Yemeni village.
  ExpectNoPlaces("وتتعرض المنطقة الواقعة على الطريق لقصف متكرر");
}

// Personal names shaped like places: a kunya in the accusative ("أبا عهد" is not Abia, Nigeria) and a
// first name that is a capital without its article ("رياض منصور" is not Riyadh). With ال or after a
// preposition the capital is still found.
TEST_F(SharedGazetteer, PersonalNamesShapedLikePlacesAreNotPlaces) {
  struct Case {
    const char* text;
    const char* place;  // the one place expected, nullptr for none
  };
  const Case cases[] = {
      {"وقال الضابط: لقد اعتقلنا أبا عهد واعتقلنا ابنه", nullptr},
      {"وقال المندوب رياض منصور في مؤتمر صحفي إن الاعتداءات مستمرة", nullptr},
      {"وصل الوفد إلى الرياض أمس", "الرياض"},
  };
  for (const Case& c : cases) {
    Document doc;
    doc.text = c.text;
    doc.norm = text::Normalize(doc.text);
    text::Tokenize(doc);
    gaz_->Annotate(doc);
    std::vector<std::string> found;
    for (const Mention& m : doc.mentions) found.push_back(doc.norm.text.substr(m.begin, m.end - m.begin));
    if (c.place) {
      EXPECT_EQ(found, std::vector<std::string>{text::Normalize(c.place).text}) << c.text;
    } else {
      EXPECT_TRUE(found.empty()) << c.text << ": " << (found.empty() ? "" : found[0]);
    }
  }
}

}  // namespace
}  // namespace rasd::geo

namespace rasd::geo {
namespace {

// One table over the spellings real text uses for the same places: article, attached clitics, hamza /
// alef / yaa / taa-marbuta forms, spacing, place-type and "near" words before the name.
TEST_F(TinyGazetteer, SpellingCliticAndCueVariantsTable) {
  struct Case {
    const char* text;
    const char* name_en;  // the resolved entry
    int32_t must_have;    // PlaceHints bits that must be set
  };
  const Case cases[] = {
      {"البوكمال", "Abu Kamal", 0},
      {"البو كمال", "Abu Kamal", 0},                     // spacing variant
      {"وفي البوكمال", "Abu Kamal", kPlacePreposition},  // في before, و on it
      {"بالبوكمال", "Abu Kamal", kPlacePreposition},     // attached ب + ال
      {"لالبوكمال", "Abu Kamal", 0},                     // attached ل
      {"مأرب", "Marib", 0},                              // hamza on alef
      {"مارب", "Marib", 0},                              // without hamza
      {"في الباغوز", "Baghuz", kPlacePreposition},       // ال added to WOF's "باغوز"
      {"بلدة الباغوز", "Baghuz", kPlaceTypeWord},
      {"قرية الباغوز", "Baghuz", kPlaceTypeWord},
      {"مدينة البوكمال", "Abu Kamal", kPlaceTypeWord},
      {"مخيم الزهيرات", "Az Zuhayrat", kPlaceTypeWord},
      {"حي الزهيرات", "Az Zuhayrat", kPlaceTypeWord},
      {"ناحية الزهيرات", "Az Zuhayrat", kPlaceTypeWord | kPlaceAdminWord},
      {"ريف البوكمال", "Abu Kamal", kPlaceTypeWord | kPlaceNear},
      {"أطراف البوكمال", "Abu Kamal", kPlaceNear},
      {"محيط البوكمال", "Abu Kamal", kPlaceNear},
      {"قرب البوكمال", "Abu Kamal", kPlaceNear},
      {"أحراج البوكمال", "Abu Kamal", kPlaceNear},  // the woods of a town: precision 2 at the town
  };
  for (const Case& c : cases) {
    std::vector<Mention> m = Places(c.text);
    ASSERT_EQ(m.size(), 1u) << c.text;
    EXPECT_EQ(Resolved(m[0], {"SY", "YE"}).name_en, c.name_en) << c.text;
    EXPECT_EQ(m[0].aux & c.must_have, c.must_have) << c.text;
  }
}

// A name votes for an article's country only when it says something about the country by itself.
TEST_F(TinyGazetteer, ImpliedCountryIgnoresSmallHomonymsAcrossCountries) {
  std::vector<Mention> m = Places("في الزهيرات");  // villages in Syria and Yemen, nothing between them
  ASSERT_EQ(m.size(), 1u);
  EXPECT_EQ(gaz_->ImpliedCountryPlace(m[0].ref, m[0].aux), UINT32_MAX);
  m = Places("محافظة دير الزور");  // an admin unit
  ASSERT_EQ(m.size(), 1u);
  ASSERT_NE(gaz_->ImpliedCountryPlace(m[0].ref, m[0].aux), UINT32_MAX);
  EXPECT_EQ(gaz_->Get(gaz_->ImpliedCountryPlace(m[0].ref, m[0].aux)).country_code, "SY");
  m = Places("سوريا");  // a country
  ASSERT_EQ(m.size(), 1u);
  ASSERT_NE(gaz_->ImpliedCountryPlace(m[0].ref, m[0].aux), UINT32_MAX);
  EXPECT_EQ(gaz_->Get(gaz_->ImpliedCountryPlace(m[0].ref, m[0].aux)).type, PlaceType::kCountry);
  m = Places("في البوكمال");  // a town found in one country only
  ASSERT_EQ(m.size(), 1u);
  ASSERT_NE(gaz_->ImpliedCountryPlace(m[0].ref, m[0].aux), UINT32_MAX);
  EXPECT_EQ(gaz_->Get(gaz_->ImpliedCountryPlace(m[0].ref, m[0].aux)).country_code, "SY");
}

// The explanation `rasd geocode` prints: Resolve's pick first, then the others by country hint.
TEST_F(TinyGazetteer, RankCandidatesPutsResolvesPickFirst) {
  std::vector<Mention> m = Places("في الزهيرات");
  ASSERT_EQ(m.size(), 1u);
  for (const char* first : {"YE", "SY"}) {
    const std::vector<std::string_view> hints = {first, std::string_view(first) == "YE" ? "SY" : "YE"};
    const auto ranked = gaz_->RankCandidates(m[0].ref, hints, m[0].aux);
    ASSERT_EQ(ranked.size(), 2u);
    EXPECT_EQ(ranked[0].place, gaz_->Resolve(m[0].ref, hints, m[0].aux));
    EXPECT_EQ(ranked[0].country_hint, 0);
    EXPECT_EQ(ranked[1].country_hint, 1);
    EXPECT_EQ(gaz_->Get(ranked[0].place).country_code, first);
  }
}

// The place mentions `gaz` finds in each text, as (tokens, bytes, name id, hints).
using Found = std::vector<std::tuple<uint32_t, uint32_t, uint32_t, uint32_t, int32_t, int32_t>>;
Found PlacesFoundBy(const Gazetteer& gaz, const std::vector<std::string>& texts) {
  Found found;
  for (const std::string& text : texts) {
    Document doc;
    doc.text = text;
    doc.norm = text::Normalize(doc.text);
    text::Tokenize(doc);
    gaz.Annotate(doc);
    for (const Mention& m : doc.mentions) found.emplace_back(m.tok_begin, m.tok_end, m.begin, m.end, m.ref, m.aux);
  }
  return found;
}

// The matcher remembers words per thread: a new thread starts with nothing remembered.
Found InNewThread(const Gazetteer& gaz, const std::vector<std::string>& texts) {
  Found found;
  std::thread([&] { found = PlacesFoundBy(gaz, texts); }).join();
  return found;
}

// Words the matcher has seen before (its per-thread memo of words and of the hints they give the name
// after them) are matched as on their first reading: proclitics, type and near words, glued words.
TEST_F(TinyGazetteer, AWordSeenBeforeIsMatchedAsOnItsFirstReading) {
  const std::vector<std::string> texts = {
      "قصف على وبالبوكمال ومدينة البوكمال وبمدينة البوكمال", "اشتباكات قرب الزهيرات وبالقرب من الزهيرات",
      "غارة فيالزهيرات ثم منالبوكمال", "قصف في البو كمالفي ريف دير الزور", "قصف في ريف دير الزور وبريف دير الزور",
      "العقيد محمد خميس في محافظة دير الزور", "قصفت المقاومة مستوطنة المطلة", "قرية النصر والنصر",
      "قصف منالبوكمال ثم عنكوت", "وأكد أنّحقل التجربة تعرض لقصف", "قصف على البو كمالجنوبي دير الزور",
      "اشتباكات في الزهيراتشرقي دير الزور", "قصف فيالزهيراتشرقي البوكمال"};
  Found first;  // every text on its own, in a thread of its own: no word seen before
  for (const std::string& text : texts) {
    const Found f = InNewThread(*gaz_, {text});
    first.insert(first.end(), f.begin(), f.end());
  }
  ASSERT_GE(first.size(), 10u);
  std::vector<std::string> twice = texts;
  twice.insert(twice.end(), texts.begin(), texts.end());
  const Found again = InNewThread(*gaz_, twice);  // the second half with every word seen before
  ASSERT_EQ(again.size(), 2 * first.size());
  EXPECT_EQ(Found(again.begin(), again.begin() + first.size()), first);
  EXPECT_EQ(Found(again.begin() + first.size(), again.end()), first);
}

// A word short enough for the word memo (16 bytes) with more than two keys among its proclitic splits
// ("وبالزعرة": بالزعرة، الزعرة، زعرة), whose FirstKeys the memo does not keep: on its second reading
// the last key, the only one that is a place by itself (the others only start longer names), is still
// tried.
TEST_F(TinyGazetteer, AWordWithManyKeysIsMatchedAsOnItsFirstReading) {
  WriteText(*dir_ / "dict3" / "places_extra.tsv",
            "# a supplement with a word of three keys\n"
            "SY\tsite\t34.91\t40.51\tBi-Zaara Kubra\tبالزعرة الكبرى\n"
            "SY\tsite\t34.92\t40.52\tZaara Kubra\tالزعرة الكبرى\n"
            "SY\tsite\t34.93\t40.53\tZaara\tزعرة\n");
  Result<Gazetteer> many = Gazetteer::Open((*dir_ / "data").string(), (*dir_ / "gaz3.idx").string(),
                                           (*dir_ / "dict3").string());
  ASSERT_TRUE(many.ok()) << many.status().ToString();
  const std::string text = "قصف في وبالزعرة";
  const Found first = InNewThread(*many, {text});
  ASSERT_EQ(first.size(), 1u);
  const Found again = InNewThread(*many, {text, text});
  ASSERT_EQ(again.size(), 2u);
  EXPECT_EQ(again[0], first[0]);
  EXPECT_EQ(again[1], first[0]);
}

// Two indexes in one thread: what one index says of a word is not taken for the other's.
TEST_F(TinyGazetteer, TwoIndexesInOneThreadDoNotShareRememberedWords) {
  // The other index: the same sources with another supplement, which lacks "الطيانة" and adds "الزعفرانة".
  WriteText(*dir_ / "dict2" / "places_extra.tsv", "# another supplement\nSY\tsite\t34.9\t40.5\tZafrana\tالزعفرانة\n");
  Result<Gazetteer> other = Gazetteer::Open((*dir_ / "data").string(), (*dir_ / "gaz2.idx").string(),
                                            (*dir_ / "dict2").string());
  ASSERT_TRUE(other.ok()) << other.status().ToString();
  const std::vector<std::string> texts = {"قصف في الطيانة", "قصف في الزعفرانة", "قصف في والطيانة والزعفرانة"};
  const Found mine = InNewThread(*gaz_, texts), theirs = InNewThread(*other, texts);
  ASSERT_FALSE(mine.empty());
  ASSERT_FALSE(theirs.empty());
  ASSERT_NE(mine, theirs);
  Found one_after_the_other, back;
  std::thread([&] {
    PlacesFoundBy(*gaz_, texts);
    one_after_the_other = PlacesFoundBy(*other, texts);
    back = PlacesFoundBy(*gaz_, texts);
  }).join();
  EXPECT_EQ(one_after_the_other, theirs);
  EXPECT_EQ(back, mine);
}

}  // namespace
}  // namespace rasd::geo
