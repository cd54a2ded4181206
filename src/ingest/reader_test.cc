#include "ingest/reader.h"
#include "ingest/testing.h"
#include "text/normalizer.h"

#include <gtest/gtest.h>

#include <iconv.h>
#include <sys/wait.h>
#include <unistd.h>

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
  void ReadAll(const std::string& path, std::optional<Day> published = Day::Parse("2020-01-02")) {
    ArticleReader reader(ReaderOptions{published, 1 << 20});
    stats_.on_note = [&](const std::string& note) { notes_.push_back(note); };
    failures_ = reader.Read(path, [&](Document&& d) { docs_.push_back(std::move(d)); },
                            [&](const Status& s) { errors_.push_back(s.ToString()); }, &stats_);
  }
  ReadStats stats_;
  std::vector<std::string> notes_;
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

// Dumps name their fields variously: a scraper's "postId", "full_text" and "published_time";
// news-please's "maintext" and "date_publish"; an article whose only date is in its address.
TEST_F(ReaderTest, JsonlFieldsAreReadUnderTheirCommonNames) {
  std::string jsonl =
      "{\"postId\": \"1669982\", \"headline\": \"عنوان\", \"full_text\": \"نص\", "
      "\"published_time\": \"2023-01-30T22:52:00+02:00\"}\n"
      "{\"id\": \"np\", \"maintext\": \"نص آخر\", \"date_publish\": \"2018/05/14 10:00:00\", \"text\": \"النص\"}\n"
      "{\"guid\": \"g\", \"content\": \"نص ثالث\", \"link\": \"https://site.example/news/2019/03/12/x\"}\n"
      "{\"id\": \"bad\", \"body\": \"نص\", \"date\": \"yesterday\"}\n";
  ReadAll(Write("dump.jsonl", jsonl));
  ASSERT_EQ(docs_.size(), 4u);
  EXPECT_EQ(docs_[0].id, "1669982");
  EXPECT_EQ(docs_[0].title, "عنوان");
  EXPECT_EQ(docs_[0].text, "نص");
  EXPECT_EQ(docs_[0].published->ToString(), "2023-01-30");
  EXPECT_EQ(docs_[1].text, "النص");  // "text" is preferred over "maintext", wherever it stands
  EXPECT_EQ(docs_[1].published->ToString(), "2018-05-14");
  EXPECT_EQ(docs_[2].id, "g");
  EXPECT_EQ(docs_[2].url, "https://site.example/news/2019/03/12/x");
  EXPECT_EQ(docs_[2].published->ToString(), "2019-03-12");
  EXPECT_EQ(docs_[3].published->ToString(), "2020-01-02");  // unreadable: the default, and a warning
  ASSERT_EQ(docs_[3].warnings.size(), 1u);
  EXPECT_NE(docs_[3].warnings[0].find("\"date\""), std::string::npos) << docs_[3].warnings[0];
  EXPECT_EQ(failures_, 0u);
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

// The reader checks a line's bytes only: the JSON parser's unescaping cannot make invalid UTF-8 of a
// valid line, because it refuses a lone surrogate (the text: the line is skipped; a title: the
// document goes on without one).
TEST_F(ReaderTest, JsonlEscapesGiveValidUtf8OrAreRefused) {
  ReadAll(Write("escapes.jsonl",
                "{\"id\": \"a\", \"text\": \"نص \\ud800 عربي\"}\n"
                "{\"id\": \"b\", \"title\": \"\\udc00\", \"text\": \"نص عربي\"}\n"
                "{\"id\": \"c\", \"title\": \"t\", \"text\": \"نص \\u0000 \\ud83d\\ude00 \\u00e9 عربي\"}\n"));
  ASSERT_EQ(docs_.size(), 2u);
  EXPECT_EQ(docs_[0].id, "b");
  EXPECT_EQ(docs_[0].title, "");
  EXPECT_EQ(docs_[1].id, "c");
  EXPECT_EQ(docs_[1].text, std::string("نص \0 \xF0\x9F\x98\x80 \xC3\xA9 عربي", 23));
  for (const Document& d : docs_) EXPECT_TRUE(text::IsValidUtf8(d.text) && text::IsValidUtf8(d.title)) << d.id;
  ASSERT_EQ(errors_.size(), 1u);
  EXPECT_NE(errors_[0].find("escapes.jsonl:1: \"text\" is not a string"), std::string::npos) << errors_[0];
}

TEST_F(ReaderTest, JsonlIsStreamedAndAHugeLineIsRefusedByItself) {
  std::string huge = "{\"id\": \"big\", \"text\": \"" + std::string(3u << 20, 'x') + "\"}\n";
  ReadAll(Write("dump.jsonl", "\xEF\xBB\xBF{\"id\": \"a\", \"text\": \"نص\"}\n" + huge + "{\"id\": \"b\", \"text\": \"نص\"}"));
  ASSERT_EQ(docs_.size(), 2u);
  EXPECT_EQ(docs_[0].id, "a");
  EXPECT_EQ(docs_[1].id, "b");
  ASSERT_EQ(errors_.size(), 1u);
  EXPECT_NE(errors_[0].find("dump.jsonl:2: line of " + std::to_string(huge.size() - 1) + " bytes exceeds the article limit"),
            std::string::npos)
      << errors_[0];
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

std::string ToCharset(const std::string& utf8, const char* charset) {
  iconv_t cd = iconv_open(charset, "UTF-8");
  std::string in = utf8, out(utf8.size() * 4, '\0');
  char* ip = in.data();
  char* op = out.data();
  size_t il = in.size(), ol = out.size();
  iconv(cd, &ip, &il, &op, &ol);
  iconv_close(cd);
  out.resize(out.size() - ol);
  return out;
}

const char* kHtml =
    "<html><head><meta charset=\"windows-1256\"><title>قصف على إدلب | موقع</title>"
    "<meta property=\"article:published_time\" content=\"2019-03-12T09:00:00+02:00\">"
    "<link rel=\"canonical\" href=\"https://news.example/ar/idlib\"></head><body>"
    "<nav><a href=\"/\">الرئيسية</a></nav><div class=\"content\">"
    "<p>قتل ثلاثة مدنيين، وأصيب خمسة آخرون، في قصف مدفعي استهدف بلدة في ريف إدلب الجنوبي صباح اليوم.</p>"
    "<p>شارك برأيك</p></div></body></html>";

TEST_F(ReaderTest, Windows1256TextIsReadAsArabic) {
  std::string text = "عنوان الخبر\nقتل ثلاثة مدنيين في قصف على بلدة في ريف إدلب.\n";
  ReadAll(Write("legacy.txt", ToCharset(text, "WINDOWS-1256")));
  ASSERT_EQ(docs_.size(), 1u) << (errors_.empty() ? "" : errors_[0]);
  EXPECT_EQ(docs_[0].text, text);
  EXPECT_EQ(docs_[0].title, "عنوان الخبر");
}

TEST_F(ReaderTest, HtmlFileIdTitleDateUrlAndText) {
  ReadAll(Write("idlib-strike.html", ToCharset(kHtml, "WINDOWS-1256")), std::nullopt);
  ASSERT_EQ(docs_.size(), 1u) << (errors_.empty() ? "" : errors_[0]);
  const Document& d = docs_[0];
  EXPECT_EQ(d.id, "idlib-strike");
  EXPECT_EQ(d.title, "قصف على إدلب");
  EXPECT_EQ(d.url, "https://news.example/ar/idlib");
  EXPECT_EQ(d.published->ToString(), "2019-03-12");
  EXPECT_EQ(d.text, "قصف على إدلب\nقتل ثلاثة مدنيين، وأصيب خمسة آخرون، في قصف مدفعي استهدف بلدة في ريف إدلب الجنوبي صباح اليوم.");
  // Without a date in the page, --published applies; without either, a warning says so.
  docs_.clear();
  ReadAll(Write("nodate.htm", "<p>قتل ثلاثة مدنيين، وأصيب خمسة آخرون، في قصف مدفعي على بلدة في ريف إدلب.</p>"), std::nullopt);
  ASSERT_EQ(docs_.size(), 1u);
  EXPECT_FALSE(docs_[0].published);
  ASSERT_EQ(docs_[0].warnings.size(), 1u);
}

using ingest::testing::GzipMember;

std::string WarcResponse(const std::string& uri, const std::string& http) {
  return ingest::testing::WarcRecord("response", uri, http, "", "2024-05-01T00:00:00Z");
}

TEST_F(ReaderTest, WarcGzPagesBecomeDocumentsIdentifiedByTheirUri) {
  std::string page1 = "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=windows-1256\r\n\r\n" + ToCharset(kHtml, "WINDOWS-1256");
  std::string page2 = "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<p>Three civilians were killed and five wounded in shelling on a town.</p>";
  std::string page3 = "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<p>قتل مدنيان، وأصيب ثلاثة آخرون، في غارة جوية على قرية في ريف حماة الشمالي.</p>";
  std::string page4 = "HTTP/1.1 301 Moved\r\nContent-Type: text/html\r\n\r\n";
  std::string gz = GzipMember(WarcResponse("https://news.example/ar/2019/03/12/a", page1)) +
                   GzipMember(WarcResponse("https://news.example/en/b", page2)) +
                   GzipMember(WarcResponse("https://news.example/ar/c", page3)) +
                   GzipMember(WarcResponse("https://news.example/ar/d", page4));
  ReadAll(Write("crawl.warc.gz", gz), std::nullopt);
  EXPECT_TRUE(errors_.empty()) << errors_[0];
  ASSERT_EQ(docs_.size(), 2u);
  EXPECT_EQ(docs_[0].id, "https://news.example/ar/2019/03/12/a");
  EXPECT_EQ(docs_[0].url, "https://news.example/ar/2019/03/12/a");
  EXPECT_EQ(docs_[0].published->ToString(), "2019-03-12");
  EXPECT_EQ(docs_[1].id, "https://news.example/ar/c");
  EXPECT_FALSE(docs_[1].published);  // the WARC-Date is the crawl date: not a publication date
  ASSERT_EQ(docs_[1].warnings.size(), 1u);
  EXPECT_NE(docs_[1].warnings[0].find("WARC-Date 2024-05-01T00:00:00Z"), std::string::npos);
  EXPECT_EQ(stats_.non_arabic, 1u);
  EXPECT_EQ(stats_.records_not_ok, 1u);
  // Truncated: the records before the cut are kept, one error names the file and offset.
  docs_.clear();
  ReadAll(Write("cut.warc.gz", gz.substr(0, gz.size() - 30)));
  EXPECT_EQ(docs_.size(), 2u);
  ASSERT_EQ(errors_.size(), 1u);
  EXPECT_NE(errors_[0].find("cut.warc.gz: truncated gzip data at compressed byte offset"), std::string::npos) << errors_[0];
}

TEST_F(ReaderTest, FoldersAreReadRecursivelyInSortedOrder) {
  fs::create_directories(dir_ / "site" / "b");
  fs::create_directories(dir_ / "site" / "a");
  Write("site/b/2.txt", "عنوان ثان\nنص الخبر الثاني.\n");
  Write("site/a/1.txt", "عنوان أول\nنص الخبر الأول.\n");
  Write("site/a/page.html", kHtml);
  Write("site/a/logo.png", std::string("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16));
  Write("site/english.txt", "Headline\nThe army said three fighters were killed.\n");
  Write("site/.hidden.txt", "عنوان\nنص\n");
  ReadAll((dir_ / "site").string());
  EXPECT_TRUE(errors_.empty()) << errors_[0];
  ASSERT_EQ(docs_.size(), 3u);
  EXPECT_EQ(docs_[0].id, "1");
  EXPECT_EQ(docs_[1].id, "page");
  EXPECT_EQ(docs_[2].id, "2");
  EXPECT_EQ(stats_.files_skipped, 1u);
  EXPECT_EQ(stats_.non_arabic, 1u);
  ASSERT_EQ(notes_.size(), 1u);
  EXPECT_NE(notes_[0].find("logo.png"), std::string::npos);
}

TEST_F(ReaderTest, UnreadableFolderIsAnErrorNamingItAndTheBatchGoesOn) {
  fs::create_directories(dir_ / "batch" / "locked");
  fs::create_directories(dir_ / "batch" / "open");
  Write("batch/open/1.txt", "عنوان\nنص الخبر.\n");
  Write("batch/locked/2.txt", "عنوان\nنص الخبر.\n");
  fs::permissions(dir_ / "batch" / "locked", fs::perms::none);
  // Root reads any folder: the check runs in a child process that gives up root first.
  pid_t pid = fork();
  ASSERT_GE(pid, 0);
  if (pid == 0) {
    if (geteuid() == 0 && (setgid(65534) != 0 || setuid(65534) != 0)) _exit(10);
    ReadAll((dir_ / "batch").string());
    bool ok = docs_.size() == 1 && errors_.size() == 1 && failures_ == 1 &&
              errors_[0].find("batch/locked: cannot read the folder: Permission denied") != std::string::npos;
    if (!ok) std::fprintf(stderr, "docs %zu errors %zu: %s\n", docs_.size(), errors_.size(), errors_.empty() ? "" : errors_[0].c_str());
    _exit(ok ? 0 : 1);
  }
  int status = 0;
  waitpid(pid, &status, 0);
  fs::permissions(dir_ / "batch" / "locked", fs::perms::owner_all);
  ASSERT_TRUE(WIFEXITED(status));
  EXPECT_EQ(WEXITSTATUS(status), 0);
}

TEST_F(ReaderTest, BadHtmlAndTextInputs) {
  struct Case { const char* name; std::string bytes; const char* expect; } cases[] = {
      {"empty.html", "", "empty page"},
      {"nul.html", std::string("<p>نص\0</p>", 12), "binary data (NUL byte at offset 7)"},
      {"invalid.html", "<p>نص عربي \xff سليم في الصفحة</p>", "invalid.html:1: invalid UTF-8 at byte offset 17"},
      {"deep.html", [] { std::string s; for (int i = 0; i < 100000; ++i) s += "<div>"; return s; }(),
       "nested deeper than 1000 elements at byte offset 5000"},
      {"huge.txt", std::string(2u << 20, 'x'), "exceeds the limit"},
      {"huge.html", "<p>" + std::string(2u << 20, 'x'), "exceeds the limit"},
      {"nav-only.html", "<nav><a href=/>الرئيسية</a></nav>", "no article text found in the page"},
  };
  for (const auto& c : cases) {
    errors_.clear();
    ReadAll(Write(c.name, c.bytes));
    ASSERT_EQ(errors_.size(), 1u) << c.name;
    EXPECT_NE(errors_[0].find(c.name), std::string::npos) << errors_[0];
    EXPECT_NE(errors_[0].find(c.expect), std::string::npos) << errors_[0];
  }
  EXPECT_TRUE(docs_.empty());
  // Truncated markup is repaired, not refused.
  ReadAll(Write("cut.html", "<html><body><p>قتل ثلاثة مدنيين في قصف على بلدة في ريف إدلب الجنوبي اليوم، حسب مصادر</p><p>وأضا"));
  EXPECT_EQ(docs_.size(), 1u);
}

TEST_F(ReaderTest, StandardInputIsSniffedForHtmlAndWarc) {
  ArticleReader reader(ReaderOptions{});
  std::vector<Document> docs;
  auto sink = [&](Document&& d) { docs.push_back(std::move(d)); };
  auto err = [&](const Status& s) { ADD_FAILURE() << s.ToString(); };
  reader.ReadBuffer("\n<!DOCTYPE html><p>قتل ثلاثة مدنيين، وأصيب خمسة آخرون، في قصف على بلدة في ريف إدلب.</p>", "-", sink, err);
  std::string http = "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<p>قتل مدنيان في غارة جوية على قرية في ريف حماة الشمالي، حسب ناشطين.</p>";
  reader.ReadBuffer(WarcResponse("https://x.example/a", http), "-", sink, err);
  reader.ReadBuffer(GzipMember(WarcResponse("https://x.example/b", http)), "dump", sink, err);
  ASSERT_EQ(docs.size(), 3u);
  EXPECT_EQ(docs[0].id, "stdin");
  EXPECT_EQ(docs[1].id, "https://x.example/a");
  EXPECT_EQ(docs[2].id, "https://x.example/b");
}

}  // namespace
}  // namespace rasd::ingest
