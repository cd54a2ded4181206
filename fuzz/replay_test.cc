// Replays every file of fuzz/regressions/<target>/ (inputs that once crashed or broke an invariant) and
// fuzz/corpus/<target>/ (the seeds) through the fuzz target's entry point, built with the normal
// compiler (and with the sanitizers under RASD_SANITIZE=ON). A crash or a broken invariant aborts the test.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include "fuzz_target.h"

namespace {

namespace fs = std::filesystem;

std::vector<fs::path> FilesUnder(const fs::path& dir) {
  std::vector<fs::path> out;
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) return out;
  for (const auto& e : fs::directory_iterator(dir)) {
    if (e.is_regular_file() && e.path().filename().string().front() != '.') out.push_back(e.path());
  }
  std::sort(out.begin(), out.end());
  return out;
}

std::string Slurp(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}

class Replay : public ::testing::TestWithParam<std::string> {};

TEST_P(Replay, RegressionsAndSeeds) {
  const std::string target = GetParam();
  auto it = rasd::fuzz::Registry().find(target);
  ASSERT_NE(it, rasd::fuzz::Registry().end()) << target;
  const fs::path root = fs::path(RASD_FUZZ_SOURCE_DIR);
  size_t n = 0;
  for (const char* kind : {"regressions", "corpus"}) {
    for (const fs::path& f : FilesUnder(root / kind / target)) {
      SCOPED_TRACE(f.string());
      std::string bytes = Slurp(f);
      // A copy in its own allocation, so ASan sees reads past the end of the input.
      std::vector<uint8_t> input(bytes.begin(), bytes.end());
      EXPECT_EQ(it->second(input.data(), input.size()), 0);
      ++n;
    }
  }
  // The empty input, always.
  EXPECT_EQ(it->second(nullptr, 0), 0);
  EXPECT_GT(n, 0u) << "no seeds for " << target;
}

INSTANTIATE_TEST_SUITE_P(Fuzz, Replay,
                         ::testing::Values("normalize_tokenize", "numbers", "time", "phrase_matcher",
                                           "jsonl_reader", "gazetteer", "pipeline", "html_reader",
                                           "warc_reader", "encoding", "eval_scorer"),
                         [](const ::testing::TestParamInfo<std::string>& i) { return i.param; });

}  // namespace
