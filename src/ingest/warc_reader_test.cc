#include "ingest/warc_reader.h"
#include "ingest/testing.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace rasd::ingest {
namespace {

using testing::WarcRecord;

std::string Http(int status, const std::string& type, const std::string& body, const std::string& extra = "") {
  return "HTTP/1.1 " + std::to_string(status) + " X\r\nContent-Type: " + type + "\r\n" + extra + "\r\n" + body;
}

// One gzip member per record, as crawlers write .warc.gz.
std::string Gzip(const std::string& data) { return testing::GzipMember(data); }

struct WarcRun {
  std::vector<WarcPage> pages;
  std::vector<std::string> errors;
  WarcCounts counts;
};

WarcRun ReadAll(ByteSource& src) {
  WarcRun r;
  ReadWarc(src, "crawl.warc", 1 << 20, [&](WarcPage&& p) { r.pages.push_back(std::move(p)); },
           [&](const Status& s) { r.errors.push_back(s.message()); }, r.counts);
  return r;
}

const std::string kPage = "<html><body><p>نص الخبر</p></body></html>";

std::vector<std::string> Records() {
  return {
      "WARC/1.0\r\nWARC-Type: warcinfo\r\nContent-Length: 4\r\n\r\nabcd\r\n\r\n",
      WarcRecord("response", "https://a.example/1", Http(200, "text/html; charset=windows-1256", kPage)),
      WarcRecord("response", "https://a.example/missing", Http(404, "text/html", "<p>لا يوجد</p>")),
      WarcRecord("response", "https://a.example/logo.png", Http(200, "image/png", "\x89PNG")),
      WarcRecord("response", "https://a.example/2",
             Http(200, "text/html", "5\r\n<html\r\n4\r\n><p>\r\n0\r\n\r\n", "Transfer-Encoding: chunked\r\n")),
      WarcRecord("response", "https://a.example/3", Http(200, "text/html", Gzip(kPage), "Content-Encoding: gzip\r\n")),
  };
}

TEST(WarcReader, HtmlResponsesOnlyWithCounts) {
  std::string warc;
  for (const std::string& r : Records()) warc += r;
  StringSource src(warc);
  WarcRun r = ReadAll(src);
  EXPECT_TRUE(r.errors.empty()) << r.errors[0];
  ASSERT_EQ(r.pages.size(), 3u);
  EXPECT_EQ(r.pages[0].target_uri, "https://a.example/1");
  EXPECT_EQ(r.pages[0].charset, "windows-1256");
  EXPECT_EQ(r.pages[0].body, kPage);
  EXPECT_EQ(r.pages[0].warc_date, "2024-01-02T03:04:05Z");
  EXPECT_EQ(r.pages[1].body, "<html><p>");  // de-chunked
  EXPECT_EQ(r.pages[2].body, kPage);        // gunzipped
  EXPECT_EQ(r.counts.records, 6u);
  EXPECT_EQ(r.counts.not_ok, 1u);
  EXPECT_EQ(r.counts.not_html, 1u);
}

TEST(WarcReader, GzipMemberPerRecord) {
  std::string gz;
  for (const std::string& r : Records()) gz += Gzip(r);
  StringSource src(gz);
  GzipSource unz(src, "crawl.warc.gz");
  WarcRun r = ReadAll(unz);
  EXPECT_TRUE(r.errors.empty());
  EXPECT_EQ(r.pages.size(), 3u);
}

TEST(WarcReader, TruncatedGzipKeepsTheRecordsBeforeIt) {
  std::string gz;
  for (const std::string& r : Records()) gz += Gzip(r);
  size_t cut = gz.size() - 20;
  StringSource src(std::string_view(gz).substr(0, cut));
  GzipSource unz(src, "crawl.warc.gz");
  WarcRun r = ReadAll(unz);
  EXPECT_EQ(r.pages.size(), 2u);  // the last record is cut
  ASSERT_EQ(r.errors.size(), 1u);
  EXPECT_NE(r.errors[0].find("crawl.warc.gz: truncated gzip data at compressed byte offset " + std::to_string(cut)),
            std::string::npos)
      << r.errors[0];
}

TEST(WarcReader, BadContentLengthSkipsOneRecord) {
  std::vector<std::string> recs = Records();
  std::string first = WarcRecord("response", "https://a.example/bad", Http(200, "text/html", kPage), "12x");
  std::string short_len = WarcRecord("response", "https://a.example/short", Http(200, "text/html", kPage), "10");
  std::string warc = first + recs[1] + short_len + recs[5];
  StringSource src(warc);
  WarcRun r = ReadAll(src);
  ASSERT_EQ(r.errors.size(), 2u);
  EXPECT_EQ(r.errors[0].find("crawl.warc: record at byte offset 0: bad Content-Length \"12x\""), 0u) << r.errors[0];
  EXPECT_NE(r.errors[1].find("Content-Length 10 does not end at a record boundary"), std::string::npos) << r.errors[1];
  ASSERT_EQ(r.pages.size(), 2u);
  EXPECT_EQ(r.pages[0].target_uri, "https://a.example/1");
  EXPECT_EQ(r.pages[1].target_uri, "https://a.example/3");
}

TEST(WarcReader, TruncatedPlainWarc) {
  std::vector<std::string> recs = Records();
  std::string warc = recs[1] + recs[5].substr(0, 200);
  StringSource src(warc);
  WarcRun r = ReadAll(src);
  EXPECT_EQ(r.pages.size(), 1u);
  ASSERT_EQ(r.errors.size(), 1u);
  EXPECT_NE(r.errors[0].find("record at byte offset " + std::to_string(recs[1].size()) + ": truncated"),
            std::string::npos)
      << r.errors[0];
}

}  // namespace
}  // namespace rasd::ingest
