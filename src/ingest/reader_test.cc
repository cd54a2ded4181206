#include "ingest/reader.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <vector>

namespace rasd::ingest {
namespace {

namespace fs = std::filesystem;

class ReaderTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("rasd_reader_test_" + std::to_string(::getpid()));
    fs::create_directories(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }
  std::string Write(const std::string& name, const std::string& bytes) {
    fs::path p = dir_ / name;
    std::ofstream(p, std::ios::binary) << bytes;
    return p.string();
  }
  void ReadAll(const std::string& path) {
    ArticleReader reader(ReaderOptions{Day::Parse("2020-01-02"), 1 << 20});
    failures_ = reader.Read(path, [&](Document&& d) { docs_.push_back(std::move(d)); },
                            [&](const Status& s) { errors_.push_back(s.ToString()); });
  }
  fs::path dir_;
  std::vector<Document> docs_;
  std::vector<std::string> errors_;
  size_t failures_ = 0;
};

TEST_F(ReaderTest, PlainTextTitleIsFirstNonEmptyLineAndIdIsFileStem) {
  ReadAll(Write("demo-1.txt", "\xEF\xBB\xBF\n  عنوان الخبر  \r\nنص الخبر.\n"));
  ASSERT_EQ(docs_.size(), 1u);
  EXPECT_EQ(docs_[0].id, "demo-1");
  EXPECT_EQ(docs_[0].title, "عنوان الخبر");
  EXPECT_EQ(docs_[0].published->ToString(), "2020-01-02");
  EXPECT_EQ(docs_[0].text.substr(0, 1), "\n");  // BOM dropped, text otherwise untouched
  EXPECT_EQ(failures_, 0u);
}

TEST_F(ReaderTest, BadFilesAreReportedByNameAndDoNotStopTheBatch) {
  struct Case { const char* name; std::string bytes; const char* expect; } cases[] = {
      {"empty.txt", "", "empty article"},
      {"blank.txt", " \n\n\t\n", "empty article"},
      {"binary.txt", std::string("ab\0cd", 5), "binary data"},
      {"latin1.txt", "caf\xE9 ok", "invalid UTF-8"},
  };
  for (const auto& c : cases) {
    errors_.clear();
    ReadAll(Write(c.name, c.bytes));
    ASSERT_EQ(errors_.size(), 1u) << c.name;
    EXPECT_NE(errors_[0].find(c.name), std::string::npos) << errors_[0];
    EXPECT_NE(errors_[0].find(c.expect), std::string::npos) << errors_[0];
  }
  EXPECT_TRUE(docs_.empty());
  errors_.clear();
  ReadAll((dir_ / "does-not-exist.txt").string());
  ASSERT_EQ(errors_.size(), 1u);
  EXPECT_NE(errors_[0].find("does-not-exist.txt"), std::string::npos);
}

TEST_F(ReaderTest, JsonlReadsGoodLinesAndNamesTheBadOnes) {
  std::string jsonl =
      "{\"id\": \"a\", \"published\": \"2019-03-12T08:00:00\", \"title\": \"t\", \"text\": \"نص\", \"events\": []}\n"
      "not json\n"
      "\n"
      "[1, 2]\n"
      "{\"id\": \"no-text\"}\n"
      "{\"id\": 42, \"text\": \"نص آخر\", \"url\": \"http://x\", \"source\": \"S\", \"extra\": {\"k\": 1}}\n"
      "{\"id\": \"trunc\", \"text\": \"abc\n";
  ReadAll(Write("batch.jsonl", jsonl));
  ASSERT_EQ(docs_.size(), 2u);
  EXPECT_EQ(docs_[0].id, "a");
  EXPECT_EQ(docs_[0].published->ToString(), "2019-03-12");
  EXPECT_EQ(docs_[1].id, "42");
  EXPECT_EQ(docs_[1].published->ToString(), "2020-01-02");  // the default applies
  EXPECT_EQ(docs_[1].url, "http://x");
  EXPECT_EQ(failures_, 4u);
  ASSERT_EQ(errors_.size(), 4u);
  EXPECT_NE(errors_[0].find("batch.jsonl:2:"), std::string::npos) << errors_[0];
  EXPECT_NE(errors_[1].find("batch.jsonl:4:"), std::string::npos) << errors_[1];
  EXPECT_NE(errors_[2].find("batch.jsonl:5:"), std::string::npos) << errors_[2];
  EXPECT_NE(errors_[3].find("batch.jsonl:7:"), std::string::npos) << errors_[3];
}

TEST_F(ReaderTest, ReadBufferReadsBytesAsReadReadsTheFile) {
  ArticleReader reader(ReaderOptions{Day::Parse("2020-01-02"), 1 << 20});
  std::vector<Document> docs;
  std::vector<std::string> errors;
  auto sink = [&](Document&& d) { docs.push_back(std::move(d)); };
  auto err = [&](const Status& s) { errors.push_back(s.ToString()); };
  EXPECT_EQ(reader.ReadBuffer("{\"id\": \"a\", \"text\": \"نص\"}\nnot json\n", "mem.jsonl", sink, err), 1u);
  EXPECT_EQ(reader.ReadBuffer("  {\"text\": \"نص\"}", "-", sink, err), 0u);  // sniffed as JSONL
  EXPECT_EQ(reader.ReadBuffer("عنوان\nنص", "dir/article-7.txt", sink, err), 0u);
  EXPECT_EQ(reader.ReadBuffer(std::string("a\0b", 3), "bin.txt", sink, err), 1u);
  ASSERT_EQ(docs.size(), 3u);
  EXPECT_EQ(docs[0].id, "a");
  EXPECT_EQ(docs[1].id, "<stdin>:1");
  EXPECT_EQ(docs[2].id, "article-7");
  EXPECT_EQ(docs[2].title, "عنوان");
  ASSERT_EQ(errors.size(), 2u);
  EXPECT_NE(errors[0].find("mem.jsonl:2:"), std::string::npos) << errors[0];
  EXPECT_NE(errors[1].find("bin.txt"), std::string::npos) << errors[1];
}

TEST_F(ReaderTest, JsonlLineWithInvalidUtf8IsNamedAsSuch) {
  ReadAll(Write("latin.jsonl", "{\"id\": \"x\", \"text\": \"caf\xE9\"}\n{\"id\": \"y\", \"text\": \"نص\"}\n"));
  ASSERT_EQ(docs_.size(), 1u);
  EXPECT_EQ(docs_[0].id, "y");
  ASSERT_EQ(errors_.size(), 1u);
  EXPECT_NE(errors_[0].find("latin.jsonl:1: invalid UTF-8 at byte"), std::string::npos) << errors_[0];
}

TEST_F(ReaderTest, FilesWithoutAKnownExtensionAreSniffed) {
  ReadAll(Write("dump", "\n  {\"id\": \"a\", \"text\": \"نص\"}\n{\"id\": \"b\", \"text\": \"نص\"}\n"));
  ReadAll(Write("article.text", "عنوان\nنص الخبر.\n"));
  ReadAll(Write("braces.txt", "{ليس JSON}\nنص.\n"));  // .txt is always plain text
  ASSERT_EQ(docs_.size(), 4u);
  EXPECT_EQ(docs_[0].id, "a");
  EXPECT_EQ(docs_[1].id, "b");
  EXPECT_EQ(docs_[2].id, "article");
  EXPECT_EQ(docs_[3].id, "braces");
  EXPECT_TRUE(errors_.empty());
}

}  // namespace
}  // namespace rasd::ingest
