// `rasd ingest`, `rasd query` and `rasd export` as a user runs them, through the built binary: the demo
// article and a few reports written for this test go into a fresh SQLite database; re-ingesting changes
// nothing; the query filters select what they say; `--id --sources` explains a merge; every export
// format is valid (CSV with ACLED's header and 31 fields a row, GeoJSON and JSONL parsed back).
#include <gtest/gtest.h>
#include <simdjson.h>
#include <sys/stat.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "export/testing.h"
#include "run_command.h"

namespace {

namespace fs = std::filesystem;

using rasd::testing::RunResult;

RunResult RunRasd(const std::string& args) {
  return rasd::testing::RunCommand(std::string("RASD_GAZETTEER='") + RASD_TEST_GAZETTEER +
                                   "' SOURCE_DATE_EPOCH=1700000000 '" + RASD_BINARY + "' " + args);
}

std::vector<std::string> Lines(const std::string& s) {
  std::vector<std::string> lines;
  size_t start = 0;
  while (start < s.size()) {
    size_t nl = s.find('\n', start);
    if (nl == std::string::npos) nl = s.size();
    lines.push_back(s.substr(start, nl - start));
    start = nl + 1;
  }
  return lines;
}

using rasd::exporter::testing::ParseCsv;

// Reports of this test: two outlets on the same air strike (one canonical event with two sources), a
// protest the demo article also reports, a clash in Yemen, and an English text the readers skip.
constexpr const char* kReports =
    R"({"id":"report-a","source":"Outlet A","url":"https://a.example/1","published":"2023-05-17","title":"مقتل ثلاثة مدنيين بغارة روسية على معرة النعمان","text":"قتل ثلاثة مدنيين، أمس الثلاثاء، في غارة جوية شنتها طائرات حربية روسية على مدينة معرة النعمان جنوبي إدلب، وفق مصادر محلية."}
{"id":"report-b","source":"Outlet B","url":"https://b.example/2","published":"2023-05-17","title":"غارة روسية تقتل ثلاثة مدنيين في إدلب","text":"أفادت مصادر محلية بمقتل ثلاثة مدنيين جراء غارة جوية روسية استهدفت مدينة معرة النعمان في ريف إدلب الجنوبي أمس الثلاثاء."}
{"id":"report-c","source":"Outlet C","published":"2023-05-17","title":"احتجاجات في بغداد","text":"تظاهر مئات المحتجين أمس في ساحة التحرير وسط بغداد للمطالبة بتوفير فرص العمل، قبل أن تفرقهم قوات الأمن بالغاز المسيل للدموع."}
{"id":"report-d","source":"Outlet D","published":"2023-06-02","title":"اشتباكات في تعز","text":"اندلعت اشتباكات عنيفة أمس الخميس بين القوات الحكومية ومسلحي جماعة الحوثي في مدينة تعز، أسفرت عن مقتل أربعة مقاتلين من الطرفين."}
{"id":"english","source":"Wire","published":"2023-06-02","title":"Weather","text":"Sunny skies are expected across the region this weekend, with temperatures rising."}
)";

class IngestCliTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = fs::temp_directory_path() / ("rasd_ingest_cli_test_" + std::to_string(::getpid()));
    fs::create_directories(dir_);
    std::ofstream(dir_ / "reports.jsonl", std::ios::binary) << kReports;
    db_ = (dir_ / "events.db").string();
    first_ = RunRasd("ingest --db '" + db_ + "' --published 2023-05-17 -j2 '" + Demo() + "' '" +
                     (dir_ / "reports.jsonl").string() + "'");
  }
  static void TearDownTestSuite() { fs::remove_all(dir_); }
  static std::string Demo() { return std::string(RASD_TEST_SOURCE_DIR) + "/examples/demo-article.txt"; }

  // JSON lines of `rasd query --format jsonl` with these options, parsed.
  std::vector<std::string> QueryIds(const std::string& options) {
    RunResult r = RunRasd("query --db '" + db_ + "' --format jsonl " + options);
    EXPECT_EQ(r.exit_code, 0) << r.err;
    std::vector<std::string> ids;
    simdjson::dom::parser parser;
    for (const std::string& line : Lines(r.out)) {
      simdjson::dom::element e;
      EXPECT_EQ(parser.parse(line).get(e), simdjson::SUCCESS) << line;
      if (e.is_object()) ids.push_back(std::string(std::string_view(e["location"])));
    }
    return ids;
  }

  static fs::path dir_;
  static std::string db_;
  static RunResult first_;
};

fs::path IngestCliTest::dir_;
std::string IngestCliTest::db_;
RunResult IngestCliTest::first_;

TEST_F(IngestCliTest, IngestThenReingestChangesNothing) {
  ASSERT_EQ(first_.exit_code, 0) << first_.err;
  EXPECT_NE(first_.err.find("5 documents read: 5 stored"), std::string::npos) << first_.err;
  EXPECT_NE(first_.err.find("1 skipped (1 not Arabic)"), std::string::npos) << first_.err;
  EXPECT_NE(first_.err.find("events: 6 new, 2 merged"), std::string::npos) << first_.err;

  RunResult before = RunRasd("export --db '" + db_ + "' --format jsonl");
  ASSERT_EQ(before.exit_code, 0) << before.err;
  RunResult again = RunRasd("ingest --db '" + db_ + "' --published 2023-05-17 -j1 '" + Demo() + "' '" +
                            (dir_ / "reports.jsonl").string() + "'");
  ASSERT_EQ(again.exit_code, 0) << again.err;
  EXPECT_NE(again.err.find("0 stored"), std::string::npos) << again.err;
  EXPECT_NE(again.err.find("5 duplicates"), std::string::npos) << again.err;
  EXPECT_NE(again.err.find("events: 0 new, 0 merged"), std::string::npos) << again.err;
  RunResult after = RunRasd("export --db '" + db_ + "' --format jsonl");
  EXPECT_EQ(before.out, after.out);
}

TEST_F(IngestCliTest, QueryFilters) {
  ASSERT_EQ(first_.exit_code, 0) << first_.err;
  EXPECT_EQ(QueryIds("").size(), 6u);
  EXPECT_EQ(QueryIds("--country Yemen"), std::vector<std::string>{"تعز"});
  EXPECT_EQ(QueryIds("--type 'Air/drone strike'").size(), 2u);
  EXPECT_EQ(QueryIds("--type Protests"), std::vector<std::string>{"بغداد"});
  EXPECT_EQ(QueryIds("--from 2023-05-17 --to 2023-06-30").size(), 2u);  // Manbij (05-17), Taizz (06-01)
  EXPECT_EQ(QueryIds("--actor 'Military Forces of Russia'").size(), 2u);
  EXPECT_EQ(QueryIds("--admin1 Idlib").size(), 3u);
  EXPECT_EQ(QueryIds("--text 'معرة النعمان'"), std::vector<std::string>{"معرة النعمان"});
  EXPECT_EQ(QueryIds("--bbox 43,12,45,14"), std::vector<std::string>{"تعز"});  // around Taizz
  EXPECT_EQ(QueryIds("--limit 2").size(), 2u);
  EXPECT_EQ(QueryIds("--limit 4 --offset 4").size(), 2u);

  RunResult table = RunRasd("query --db '" + db_ + "' --country Syria");
  ASSERT_EQ(table.exit_code, 0) << table.err;
  EXPECT_NE(table.out.find("(1-4 of 4 events)"), std::string::npos) << table.out;
  EXPECT_NE(table.out.find("Armed clash"), std::string::npos) << table.out;

  RunResult bad = RunRasd("query --db '" + db_ + "' --bbox 1,2,3");
  EXPECT_EQ(bad.exit_code, 2);
  EXPECT_NE(bad.err.find("--bbox must be"), std::string::npos) << bad.err;
  RunResult missing = RunRasd("query --db '" + (dir_ / "nope.db").string() + "'");
  EXPECT_EQ(missing.exit_code, 2);
  EXPECT_NE(missing.err.find("no such database"), std::string::npos) << missing.err;
  EXPECT_FALSE(fs::exists(dir_ / "nope.db"));
}

TEST_F(IngestCliTest, IdWithSourcesExplainsTheMerge) {
  ASSERT_EQ(first_.exit_code, 0) << first_.err;
  RunResult list = RunRasd("query --db '" + db_ + "' --format jsonl --text 'معرة النعمان'");
  simdjson::dom::parser parser;
  simdjson::dom::element e;
  ASSERT_EQ(parser.parse(list.out).get(e), simdjson::SUCCESS) << list.out;
  int64_t id = e["id"];
  EXPECT_EQ(int64_t(e["source_count"]), 2);

  RunResult shown = RunRasd("query --db '" + db_ + "' --id " + std::to_string(id) + " --sources");
  ASSERT_EQ(shown.exit_code, 0) << shown.err;
  EXPECT_NE(shown.out.find("(2 reports)"), std::string::npos) << shown.out;
  EXPECT_NE(shown.out.find("[1] report-a | Outlet A"), std::string::npos) << shown.out;
  EXPECT_NE(shown.out.find("[2] report-b | Outlet B"), std::string::npos) << shown.out;
  EXPECT_NE(shown.out.find("joined      first report"), std::string::npos) << shown.out;
  EXPECT_NE(shown.out.find("same sub-event type (Air/drone strike)"), std::string::npos) << shown.out;
  EXPECT_NE(shown.out.find("evidence    أفادت مصادر محلية بمقتل ثلاثة مدنيين"), std::string::npos) << shown.out;

  RunResult json = RunRasd("query --db '" + db_ + "' --format jsonl --id " + std::to_string(id) + " --sources");
  ASSERT_EQ(parser.parse(json.out).get(e), simdjson::SUCCESS) << json.out;
  EXPECT_EQ(simdjson::dom::array(e["sources"]).size(), 2u);

  RunResult none = RunRasd("query --db '" + db_ + "' --id 99999");
  EXPECT_EQ(none.exit_code, 1);
  EXPECT_NE(none.err.find("no event 99999"), std::string::npos) << none.err;
}

TEST_F(IngestCliTest, AcledCsvHasTheHeaderAnd31FieldsPerRow) {
  ASSERT_EQ(first_.exit_code, 0) << first_.err;
  fs::path out = dir_ / "events.csv";
  RunResult r = RunRasd("export --db '" + db_ + "' --format acled-csv -o '" + out.string() + "'");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  std::ifstream in(out, std::ios::binary);
  std::string csv((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  std::vector<std::vector<std::string>> rows = ParseCsv(csv);
  ASSERT_EQ(rows.size(), 7u) << csv;
  const std::vector<std::string> header = {
      "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type", "sub_event_type",
      "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "interaction",
      "civilian_targeting", "iso", "region", "country", "admin1", "admin2", "admin3", "location", "latitude",
      "longitude", "geo_precision", "source", "source_scale", "notes", "fatalities", "tags", "timestamp"};
  EXPECT_EQ(rows[0], header);
  bool saw_strike = false;
  for (size_t i = 1; i < rows.size(); ++i) {
    ASSERT_EQ(rows[i].size(), 31u) << "row " << i;
    EXPECT_EQ(rows[i][30], "1700000000");  // SOURCE_DATE_EPOCH
    if (rows[i][21] == "معرة النعمان") {
      saw_strike = true;
      EXPECT_EQ(rows[i][0].substr(0, 3), "SYR");
      EXPECT_EQ(rows[i][4], "Political violence");
      EXPECT_EQ(rows[i][9], "8");    // Russia's forces in Syria: external
      EXPECT_EQ(rows[i][12], "7");   // civilians
      EXPECT_EQ(rows[i][13], "78");
      EXPECT_EQ(rows[i][14], "Civilian targeting");
      EXPECT_EQ(rows[i][15], "760");
      EXPECT_EQ(rows[i][25], "Outlet A; Outlet B");
      EXPECT_EQ(rows[i][28], "3");
    }
  }
  EXPECT_TRUE(saw_strike);
  // Written in place only when complete: no temporary file left beside it.
  for (const auto& entry : fs::directory_iterator(dir_)) {
    EXPECT_EQ(entry.path().string().find(".tmp"), std::string::npos) << entry.path();
  }
}

TEST_F(IngestCliTest, GeoJsonAndJsonlParse) {
  ASSERT_EQ(first_.exit_code, 0) << first_.err;
  RunResult geo = RunRasd("export --db '" + db_ + "' --format geojson");
  ASSERT_EQ(geo.exit_code, 0) << geo.err;
  simdjson::dom::parser parser;
  simdjson::dom::element doc;
  ASSERT_EQ(parser.parse(geo.out).get(doc), simdjson::SUCCESS) << geo.out;
  EXPECT_EQ(std::string_view(doc["type"]), "FeatureCollection");
  simdjson::dom::array features = doc["features"];
  EXPECT_EQ(features.size(), 6u);  // every event here has coordinates
  for (simdjson::dom::element f : features) {
    EXPECT_EQ(std::string_view(f["geometry"]["type"]), "Point");
    double lon = f["geometry"]["coordinates"].at(0);
    double lat = f["geometry"]["coordinates"].at(1);
    EXPECT_EQ(double(f["properties"]["lon"]), lon);
    EXPECT_EQ(double(f["properties"]["lat"]), lat);
  }

  RunResult jsonl = RunRasd("export --db '" + db_ + "' --format jsonl --country Syria");
  ASSERT_EQ(jsonl.exit_code, 0) << jsonl.err;
  std::vector<std::string> lines = Lines(jsonl.out);
  EXPECT_EQ(lines.size(), 4u);
  for (const std::string& line : lines) {
    simdjson::dom::element e;
    ASSERT_EQ(parser.parse(line).get(e), simdjson::SUCCESS) << line;
    EXPECT_EQ(std::string_view(e["country"]), "Syria");
    EXPECT_EQ(simdjson::dom::array(e["sources"]).size(), size_t(int64_t(e["source_count"])));
  }

  RunResult bad = RunRasd("export --db '" + db_ + "' --format xml");
  EXPECT_EQ(bad.exit_code, 2);
  EXPECT_NE(bad.err.find("--format must be"), std::string::npos) << bad.err;
}

// -o onto a device, a pipe or a symbolic link writes through it; only a regular file is replaced whole.
TEST_F(IngestCliTest, ExportOntoPipesAndLinksWritesThroughThem) {
  ASSERT_EQ(first_.exit_code, 0) << first_.err;
  fs::path target = dir_ / "target.jsonl", link = dir_ / "link.jsonl", fifo = dir_ / "events.fifo";
  std::ofstream(target) << "old\n";
  fs::create_symlink(target, link);
  RunResult r = RunRasd("export --db '" + db_ + "' --format jsonl -o '" + link.string() + "'");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_TRUE(fs::is_symlink(link));
  EXPECT_EQ(Lines(RunRasd("export --db '" + db_ + "' --format jsonl").out).size(), 6u);
  std::ifstream in(target);
  std::string exported((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  EXPECT_EQ(Lines(exported).size(), 6u);

  ASSERT_EQ(mkfifo(fifo.c_str(), 0600), 0);
  std::string cmd = "cat '" + fifo.string() + "' & RASD_GAZETTEER='" + RASD_TEST_GAZETTEER + "' '" + RASD_BINARY +
                    "' export --db '" + db_ + "' --format jsonl -o '" + fifo.string() + "' 2>/dev/null; wait";
  const RunResult piped = rasd::testing::RunCommand(cmd);
  EXPECT_EQ(piped.exit_code, 0) << piped.err;
  EXPECT_EQ(Lines(piped.out).size(), 6u);
  EXPECT_TRUE(fs::is_fifo(fifo));
}

// A .txt article carries no date of its own: without --published its "أمس" has no day, and the summary
// says so (the README's first ingest once gave events that no date query found, silently).
TEST(IngestCliUndated, EventsWithoutADayAreCountedWithTheRemedy) {
  fs::path dir = fs::temp_directory_path() / ("rasd_ingest_undated_" + std::to_string(::getpid()));
  fs::create_directories(dir);
  const std::string demo = std::string(RASD_TEST_SOURCE_DIR) + "/examples/demo-article.txt";
  RunResult undated = RunRasd("ingest --db '" + (dir / "a.db").string() + "' '" + demo + "'");
  EXPECT_EQ(undated.exit_code, 0) << undated.err;
  EXPECT_NE(undated.err.find("1 document(s) had no publication date, so 4 event(s) have no day"), std::string::npos)
      << undated.err;
  EXPECT_NE(undated.err.find("--published YYYY-MM-DD"), std::string::npos) << undated.err;

  RunResult dated = RunRasd("ingest --db '" + (dir / "b.db").string() + "' --published 2023-05-17 '" + demo + "'");
  EXPECT_EQ(dated.exit_code, 0) << dated.err;
  EXPECT_EQ(dated.err.find("no publication date"), std::string::npos) << dated.err;
  EXPECT_NE(dated.err.find("events: 4 new"), std::string::npos) << dated.err;
  fs::remove_all(dir);
}

TEST(IngestCliBadInput, BadInputsAreNamedAndTheBatchGoesOn) {
  fs::path dir = fs::temp_directory_path() / ("rasd_ingest_bad_" + std::to_string(::getpid()));
  fs::create_directories(dir);
  std::ofstream(dir / "good.txt") << "عنوان\nاندلعت اشتباكات عنيفة اليوم بين الجيش ومسلحين في مدينة حلب.\n";
  std::ofstream(dir / "batch.jsonl") << "{\"id\":\"j1\",\"text\":\"تظاهر المئات اليوم في مدينة حمص.\"}\n{broken\n";
  std::string db = (dir / "bad.db").string();
  RunResult r = RunRasd("ingest --db '" + db + "' --published 2023-01-05 '" + (dir / "good.txt").string() + "' '" +
                        (dir / "missing.txt").string() + "' '" + (dir / "batch.jsonl").string() + "'");
  EXPECT_EQ(r.exit_code, 1) << r.err;
  EXPECT_NE(r.err.find("missing.txt"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("batch.jsonl:2"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("2 documents read: 2 stored"), std::string::npos) << r.err;

  RunResult bad_j = RunRasd("ingest --db '" + db + "' -j -3 '" + (dir / "good.txt").string() + "'");
  EXPECT_EQ(bad_j.exit_code, 2) << bad_j.err;
  fs::remove_all(dir);
}

}  // namespace
