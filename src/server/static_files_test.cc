// Stage `server`: static files never come from outside the web folder.
#include "server/static_files.h"

#include <gtest/gtest.h>

#include <fstream>

namespace rasd::server {
namespace {

namespace fs = std::filesystem;

class StaticFilesTest : public ::testing::Test {
 protected:
  void SetUp() override {
    base_ = fs::temp_directory_path() / ("rasd-static-" + std::to_string(::getpid()));
    fs::remove_all(base_);
    fs::create_directories(base_ / "web" / "assets");
    std::ofstream(base_ / "web" / "index.html") << "<!doctype html>";
    std::ofstream(base_ / "web" / "assets" / "app.js") << "1";
    std::ofstream(base_ / "secret.txt") << "secret";
    fs::create_symlink(base_ / "secret.txt", base_ / "web" / "link.txt");
    fs::create_directory_symlink(base_, base_ / "web" / "up");
  }
  void TearDown() override { fs::remove_all(base_); }
  fs::path web() const { return base_ / "web"; }
  fs::path base_;
};

TEST_F(StaticFilesTest, ServesFilesInside) {
  EXPECT_EQ(ResolveStaticPath(web(), "/"), fs::canonical(web() / "index.html"));
  EXPECT_EQ(ResolveStaticPath(web(), "/index.html"), fs::canonical(web() / "index.html"));
  EXPECT_EQ(ResolveStaticPath(web(), "/assets/app.js"), fs::canonical(web() / "assets" / "app.js"));
  EXPECT_EQ(ResolveStaticPath(web(), "/assets/"), std::nullopt);  // no index there, no listing
  EXPECT_EQ(ResolveStaticPath(web(), "/missing.js"), std::nullopt);
}

TEST_F(StaticFilesTest, RefusesEveryEscape) {
  // Paths arrive percent-decoded, so "%2e%2e" and "%2f" appear here as ".." and "/".
  for (const char* p : {"/../secret.txt", "/assets/../../secret.txt", "/..", "/./index.html", "//etc/passwd",
                        "/" "/" "/secret.txt", "/assets//app.js", "/..\\secret.txt", "/\\..\\secret.txt",
                        "/C:/Windows/win.ini", "/link.txt", "/up/secret.txt",
                        "relative.txt", "", "/index.html\x01", "/assets/..", "/assets/../index.html"}) {
    EXPECT_EQ(ResolveStaticPath(web(), p), std::nullopt) << p;
  }
  std::string nul = "/index.html";
  nul += '\0';
  nul += ".txt";
  EXPECT_EQ(ResolveStaticPath(web(), nul), std::nullopt);
  EXPECT_EQ(ResolveStaticPath(web(), "/" + std::string(2000, 'a')), std::nullopt);
}

TEST(StaticContentType, ByExtension) {
  EXPECT_STREQ(ContentTypeFor("a/index.html"), "text/html; charset=utf-8");
  EXPECT_STREQ(ContentTypeFor("app.JS"), "text/javascript; charset=utf-8");
  EXPECT_STREQ(ContentTypeFor("app.css"), "text/css; charset=utf-8");
  EXPECT_STREQ(ContentTypeFor("x.png"), "image/png");
  EXPECT_STREQ(ContentTypeFor("x.svg"), "image/svg+xml");
  EXPECT_STREQ(ContentTypeFor("x.json"), "application/json");
  EXPECT_STREQ(ContentTypeFor("noext"), "application/octet-stream");
}

}  // namespace
}  // namespace rasd::server
