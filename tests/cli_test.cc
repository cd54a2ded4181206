// The `rasd` program as a user runs it: output contract on standard output, one clear line per bad
// input on standard error naming the file (and line), the rest of the batch processed, exit code 1.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <string>

#include "run_command.h"

namespace {

namespace fs = std::filesystem;

using rasd::testing::RunResult;

RunResult RunRasd(const std::string& args, const std::string& stdin_path = "") {
  return rasd::testing::RunCommand(std::string("RASD_GAZETTEER='") + RASD_TEST_GAZETTEER + "' '" + RASD_BINARY + "' " + args,
                                   stdin_path);
}

class CliTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("rasd_cli_test_" + std::to_string(::getpid()));
    fs::create_directories(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }
  std::string Write(const std::string& name, const std::string& bytes) {
    std::ofstream(dir_ / name, std::ios::binary) << bytes;
    return (dir_ / name).string();
  }
  fs::path dir_;
};

size_t Lines(const std::string& s) { return static_cast<size_t>(std::count(s.begin(), s.end(), '\n')); }

TEST_F(CliTest, BadInputsAreNamedAndTheOthersStillProcessed) {
  std::string good = Write("good.txt", "عنوان\nاندلعت اشتباكات عنيفة اليوم في مدينة حلب.\n");
  std::string empty = Write("empty.txt", "");
  std::string binary = Write("binary.txt", std::string("\x7f" "ELF\0\0\x01", 7));
  std::string invalid = Write("invalid.txt", "نص \xff\xfe سليم");
  std::string jsonl = Write("batch.jsonl",
                            "{\"id\":\"j1\",\"published\":\"2020-01-02\",\"text\":\"نص\"}\n{broken\n"
                            "{\"id\":\"j2\",\"text\":\"نص آخر\"}\n");
  RunResult r = RunRasd("extract --published 2020-01-02 " + empty + " " + good + " " + binary + " " + invalid + " " + jsonl);
  EXPECT_EQ(r.exit_code, 1) << r.err;
  EXPECT_EQ(Lines(r.out), 3u) << r.out;  // good.txt, j1, j2
  EXPECT_NE(r.out.find("\"id\":\"good\""), std::string::npos);
  EXPECT_NE(r.out.find("\"id\":\"j2\""), std::string::npos);
  for (const std::string& expected : {empty + ": empty article", binary + ": binary data", invalid + ":1: invalid UTF-8",
                                      jsonl + ":2: not a JSON object"}) {
    EXPECT_NE(r.err.find(expected), std::string::npos) << "missing \"" << expected << "\" in:\n" << r.err;
  }
}

// A page whose metadata has no date but which prints one by the article ("الثلاثاء 14 فبراير 2017 - 11:20
// ص"): the article is dated by it and "اليوم الثلاثاء" resolves against it.
TEST_F(CliTest, APageDatedOnlyByItsVisibleDateline) {
  std::string page = Write("sinai.html",
                           "<html><head><meta charset=\"utf-8\"><title>مقتل 4 جنود في هجوم على حاجز بسيناء</title></head><body>"
                           "<table><tr><td><span class=\"date\">الثلاثاء 14 فبراير 2017 - 11:20 ص</span>"
                           "<div class=\"articleText\">قتل أربعة جنود مصريين وأصيب ثلاثة آخرون، اليوم الثلاثاء، في هجوم "
                           "شنه مسلحون على حاجز أمني بمدينة العريش في محافظة شمال سيناء، حسب مصادر أمنية.<br><br>وقالت "
                           "المصادر إن المسلحين أطلقوا النار على الحاجز من سيارة مسرعة، قبل أن يلوذوا بالفرار.</div>"
                           "</td></tr></table></body></html>");
  RunResult r = RunRasd("extract " + page);
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("\"published\":\"2017-02-14\""), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("\"date\":\"2017-02-14\""), std::string::npos) << r.out;
  EXPECT_EQ(r.out.find("no publication date"), std::string::npos) << r.out;
  // The page's own date wins over the default for pages without one, as its metadata's would.
  r = RunRasd("extract --published 2020-01-01 " + page);
  EXPECT_NE(r.out.find("\"published\":\"2017-02-14\""), std::string::npos) << r.out;
}

TEST_F(CliTest, StandardInputAndOptionErrors) {
  std::string article = Write("in.txt", "عنوان\nقتل ثلاثة مدنيين أمس في غارة جوية على مدينة إدلب.\n");
  RunResult r = RunRasd("extract --published 2021-06-10 -", article);
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("\"id\":\"stdin\""), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("\"published\":\"2021-06-10\""), std::string::npos) << r.out;

  RunResult bad_date = RunRasd("extract --published 12/03/2019 " + article);
  EXPECT_EQ(bad_date.exit_code, 2);
  EXPECT_NE(bad_date.err.find("--published must be YYYY-MM-DD"), std::string::npos) << bad_date.err;

  RunResult missing = RunRasd("extract " + (dir_ / "nope.txt").string());
  EXPECT_EQ(missing.exit_code, 1);
  EXPECT_NE(missing.err.find("nope.txt"), std::string::npos) << missing.err;
}

}  // namespace

namespace {

// Bad-input contract: the size limits are the user's to set, and a bad limit is an option error.
TEST_F(CliTest, ReaderLimitsAreOptions) {
  std::string big = "عنوان\n";
  while (big.size() < (1u << 20) + 100) big += "اندلعت اشتباكات عنيفة اليوم في مدينة حلب. ";
  std::string path = Write("big.txt", big);
  std::string small = Write("small.txt", "عنوان\nاندلعت اشتباكات عنيفة اليوم في مدينة حلب.\n");
  RunResult limited = RunRasd("extract --published 2023-05-17 --max-article-mb 1 '" + path + "' '" + small + "'");
  EXPECT_EQ(limited.exit_code, 1);
  EXPECT_NE(limited.err.find("big.txt: article of"), std::string::npos) << limited.err;
  EXPECT_NE(limited.err.find("exceeds the limit of 1048576"), std::string::npos) << limited.err;
  EXPECT_EQ(Lines(limited.out), 1u) << "the small article is still processed";
  RunResult default_limit = RunRasd("extract --published 2023-05-17 '" + path + "'");
  EXPECT_EQ(default_limit.exit_code, 0) << default_limit.err;
  RunResult bad = RunRasd("extract --max-article-mb 0 '" + small + "'");
  EXPECT_EQ(bad.exit_code, 2);
  EXPECT_NE(bad.err.find("--max-article-mb"), std::string::npos) << bad.err;
}

}  // namespace
