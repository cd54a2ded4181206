// `rasd eval` end to end: the report on small files written here, its exit codes and error lines, and
// (when the shared data is present) the very same output as the reference scorer score.py on the dev
// gold, for the events `rasd extract` finds there.
#include <gtest/gtest.h>

#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <string>

#include "run_command.h"

namespace {

namespace fs = std::filesystem;

using rasd::testing::RunResult;
using rasd::testing::ShellQuote;

RunResult RunRasd(const std::string& args) {
  return rasd::testing::RunCommand("RASD_GAZETTEER=" + ShellQuote(RASD_TEST_GAZETTEER) + " " +
                                   ShellQuote(RASD_BINARY) + " " + args);
}

class EvalCliTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("rasd_eval_cli_test_" + std::to_string(::getpid()));
    fs::create_directories(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }
  std::string Write(const std::string& name, const std::string& bytes) {
    std::ofstream(dir_ / name, std::ios::binary) << bytes;
    return (dir_ / name).string();
  }
  fs::path dir_;
};

constexpr const char* kGold =
    R"({"id": "a", "title": "t", "text": "x", "events": [{"event_type": "Battles", "sub_event_type": "Armed clash", "date": "2022-03-04", "actor1": "Army", "actor2": "IS", "location": "تكريت", "lat": 34.6, "lon": 43.68, "fatalities": 3}, {"event_type": "Riots", "sub_event_type": "Violent demonstration", "date": "2022-03-04", "actor1": "Rioters", "location": "سامراء", "lat": 34.2, "lon": 43.87, "fatalities": 0, "optional": true}]})"
    "\n"
    R"({"id": "b", "events": [{"event_type": "Protests", "sub_event_type": "Peaceful protest", "date": null, "actor1": "Protesters", "location": "البصرة", "fatalities": 0}]})"
    "\n";

TEST_F(EvalCliTest, ScoresAPredictionFile) {
  const std::string gold = Write("gold.jsonl", kGold);
  // a: the battle a day late and 3 km off; b: the protest named without coordinates, spelled otherwise.
  const std::string pred = Write(
      "pred.jsonl",
      R"({"id": "a", "events": [{"event_type": "Battles", "sub_event_type": "Armed clash", "date": "2022-03-05", "actor1": "Army", "actor2": "IS", "location": "تكريت", "lat": 34.62, "lon": 43.7, "fatalities": 3}, {"event_type": "Battles", "sub_event_type": "Attack", "date": "2022-03-04", "actor1": "IS", "location": "بيجي", "lat": 34.93, "lon": 43.49, "fatalities": 0}]})"
      "\n"
      R"({"id": "b", "events": [{"event_type": "Protests", "sub_event_type": "Peaceful protest", "date": null, "actor1": "Protesters", "location": "بصرة", "fatalities": 0}]})"
      "\n");
  RunResult r = RunRasd("eval " + ShellQuote(gold) + " --pred " + ShellQuote(pred));
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out,
            "articles 2  tp 2  fp 1  fn 0\n"
            "  sub_event_type  1.000\n  date            0.500\n  actor1          1.000\n"
            "  actor2          1.000\n  fatalities      1.000\n  place           1.000\n"
            "precision 0.667 recall 1.000 f1 0.800\n");

  r = RunRasd("eval " + ShellQuote(gold) + " --pred " + ShellQuote(pred) + " --errors --json");
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out,
            "a\n  FP Battles/Attack 2022-03-04 IS->None @بيجي f=0\n"
            "  ~~ date | gold Battles/Armed clash 2022-03-04 Army->IS @تكريت f=3 | "
            "pred Battles/Armed clash 2022-03-05 Army->IS @تكريت f=3\n\n"
            "{\"articles\": 2, \"tp\": 2, \"fp\": 1, \"fn\": 0, \"precision\": 0.6666666666666666, \"recall\": 1.0, "
            "\"f1\": 0.8, \"field_accuracy\": {\"sub_event_type\": 1.0, \"date\": 0.5, \"actor1\": 1.0, "
            "\"actor2\": 1.0, \"fatalities\": 1.0, \"place\": 1.0}}\n");
}

TEST_F(EvalCliTest, ExitCodesAndErrorLines) {
  const std::string gold = Write("gold.jsonl", kGold);
  RunResult r = RunRasd("eval");
  EXPECT_EQ(r.exit_code, 2) << "no gold file is a usage error";
  r = RunRasd("eval " + ShellQuote(gold) + " --no-such-option");
  EXPECT_EQ(r.exit_code, 2);

  const std::string missing = (dir_ / "missing.jsonl").string();
  r = RunRasd("eval " + ShellQuote(missing));
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find(missing + ": cannot be read"), std::string::npos) << r.err;
  EXPECT_EQ(r.out, "");
  r = RunRasd("eval " + ShellQuote(gold) + " --pred " + ShellQuote(dir_.string()));  // a folder
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find(dir_.string() + ": cannot be read"), std::string::npos) << r.err;

  // A gold article the reader refuses (no text) stops the run: a score without it would mislead.
  const std::string no_text = Write("no_text.jsonl", "{\"id\": \"x\", \"published\": \"2020-01-01\", \"events\": []}\n");
  r = RunRasd("eval " + ShellQuote(no_text));
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find(no_text + ":1: no \"text\" field"), std::string::npos) << r.err;
  EXPECT_EQ(r.out, "");

  const std::string broken = Write("broken.jsonl", std::string(kGold) + "\n{\"id\": \"c\", \"events\": [\n");
  r = RunRasd("eval " + ShellQuote(gold) + " --pred " + ShellQuote(broken));
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find(broken + ":4: not JSON"), std::string::npos) << r.err;

  const std::string not_list = Write("not_list.jsonl", "{\"id\": \"a\", \"events\": \"none\"}\n");
  r = RunRasd("eval " + ShellQuote(not_list) + " --pred " + ShellQuote(gold));
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find(not_list + ":1: \"events\" is not a list"), std::string::npos) << r.err;
}

// Against score.py itself on the dev gold: the same summary, the same error listing, and `rasd eval`
// without --pred (the pipeline run inside) the same as `rasd extract` then --pred.
TEST_F(EvalCliTest, SameOutputAsScorePyOnTheDevGold) {
  const fs::path gold_dir = fs::path(RASD_TEST_SHARED_DATA) / "gold";
  const fs::path score_py = gold_dir / "score.py";
  if (!fs::is_regular_file(score_py) || !fs::is_directory(fs::path(RASD_TEST_SHARED_DATA) / "gazetteer")) {
    GTEST_SKIP() << "no " << RASD_TEST_SHARED_DATA << ": gold/score.py and gazetteer absent";
  }
  if (rasd::testing::RunCommand("python3 --version").exit_code != 0) GTEST_SKIP() << "python3 not found";

  std::string dev_text;
  for (const auto& entry : fs::directory_iterator(gold_dir)) {
    const std::string name = entry.path().filename().string();
    if (name.rfind("dev-", 0) != 0 || entry.path().extension() != ".jsonl") continue;
    std::ifstream in(entry.path(), std::ios::binary);
    dev_text.append(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
  }
  if (dev_text.empty()) GTEST_SKIP() << "no dev-*.jsonl in " << gold_dir;
  const std::string gold = Write("dev.jsonl", dev_text);
  const std::string pred = (dir_ / "pred.jsonl").string();
  const std::string data = " --data " + ShellQuote(RASD_TEST_SHARED_DATA);

  RunResult extract = RunRasd("extract" + data + " " + ShellQuote(gold) + " >" + ShellQuote(pred));
  ASSERT_EQ(extract.exit_code, 0) << extract.err;
  const std::string py = "python3 " + ShellQuote(score_py.string()) + " " + ShellQuote(gold) + " " + ShellQuote(pred);
  for (const std::string flags : {"", " --errors", " --json"}) {
    RunResult want = rasd::testing::RunCommand(py + flags);
    ASSERT_EQ(want.exit_code, 0) << want.err;
    RunResult got = RunRasd("eval" + data + " " + ShellQuote(gold) + " --pred " + ShellQuote(pred) + flags);
    EXPECT_EQ(got.exit_code, 0) << got.err;
    EXPECT_EQ(got.out, want.out) << "flags:" << flags;
  }
  RunResult want = rasd::testing::RunCommand(py);
  RunResult inside = RunRasd("eval" + data + " " + ShellQuote(gold));
  EXPECT_EQ(inside.exit_code, 0) << inside.err;
  EXPECT_EQ(inside.out, want.out);
}

}  // namespace
