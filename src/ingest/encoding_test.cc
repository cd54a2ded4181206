#include "ingest/encoding.h"

#include <gtest/gtest.h>
#include <iconv.h>

#include <string>

namespace rasd::ingest {
namespace {

// The bytes of `utf8` in `charset`, by glibc's iconv: fixtures written from our own sentences.
std::string Encode(const std::string& utf8, const char* charset) {
  iconv_t cd = iconv_open(charset, "UTF-8");
  EXPECT_NE(cd, reinterpret_cast<iconv_t>(-1)) << charset;
  std::string in = utf8, out(utf8.size() * 4 + 8, '\0');
  char* ip = in.data();
  char* op = out.data();
  size_t il = in.size(), ol = out.size();
  EXPECT_NE(iconv(cd, &ip, &il, &op, &ol), static_cast<size_t>(-1)) << charset;
  iconv_close(cd);
  out.resize(out.size() - ol);
  return out;
}

const std::string kArabic =
    "قتل ثلاثة مدنيين وأصيب خمسة آخرون في قصف استهدف بلدة في ريف إدلب الجنوبي، اليوم الأحد.\n"
    "وقال الدفاع المدني إن فرقه انتشلت الجثث من تحت الأنقاض.";

TEST(Encoding, Utf8WithAndWithoutBom) {
  auto a = DecodeToUtf8(kArabic, "", "a.txt");
  ASSERT_TRUE(a.ok());
  EXPECT_EQ(a->text, kArabic);
  EXPECT_EQ(a->charset, "UTF-8");
  auto b = DecodeToUtf8("\xEF\xBB\xBF" + kArabic, "windows-1256", "b.txt");
  ASSERT_TRUE(b.ok());
  EXPECT_EQ(b->text, kArabic);
}

TEST(Encoding, Windows1256AndIso88596AreDetectedWithoutDeclaration) {
  for (const char* charset : {"WINDOWS-1256", "ISO-8859-6"}) {
    std::string arabic = charset == std::string("ISO-8859-6") ? std::string("قتل ثلاثة مدنيين في قصف على بلدة في ريف إدلب الجنوبي اليوم")
                                                             : kArabic;
    std::string bytes = Encode(arabic, charset);
    ASSERT_NE(bytes, arabic);
    auto d = DecodeToUtf8(bytes, "", "legacy.txt");
    ASSERT_TRUE(d.ok()) << charset << ": " << d.status().ToString();
    EXPECT_EQ(d->text, arabic) << charset << " read as " << d->charset;
  }
}

TEST(Encoding, DeclaredCharsetIsUsed) {
  std::string bytes = Encode(kArabic, "WINDOWS-1256");
  auto d = DecodeToUtf8(bytes, "windows-1256", "page.html");
  ASSERT_TRUE(d.ok());
  EXPECT_EQ(d->text, kArabic);
  EXPECT_EQ(d->charset, "windows-1256");
}

TEST(Encoding, Utf16WithBomAndByNulPattern) {
  std::string text = "عنوان الخبر\nقتل 3 مدنيين في قصف على حلب.";
  for (const char* charset : {"UTF-16LE", "UTF-16BE"}) {
    std::string bytes = Encode(text, charset);
    std::string bom = charset == std::string("UTF-16LE") ? "\xFF\xFE" : "\xFE\xFF";
    auto with_bom = DecodeToUtf8(bom + bytes, "", "u16.txt");
    ASSERT_TRUE(with_bom.ok()) << with_bom.status().ToString();
    EXPECT_EQ(with_bom->text, text);
    auto without = DecodeToUtf8(bytes, "", "u16.txt");
    ASSERT_TRUE(without.ok()) << charset << ": " << without.status().ToString();
    EXPECT_EQ(without->text, text);
    EXPECT_EQ(without->charset, charset);
  }
}

TEST(Encoding, BadInputNamesFileAndOffset) {
  auto nul = DecodeToUtf8(std::string("نص\0نص", 9), "", "nul.txt");
  ASSERT_FALSE(nul.ok());
  EXPECT_EQ(nul.status().message(), "nul.txt: binary data (NUL byte at offset 4)");
  // Damaged UTF-8 (a few bad bytes in Arabic UTF-8) is an error, not a charset guess.
  auto damaged = DecodeToUtf8("سطر أول\nنص \xff\xfe سليم", "", "bad.html");
  ASSERT_FALSE(damaged.ok());
  EXPECT_EQ(damaged.status().message(), "bad.html:2: invalid UTF-8 at byte offset 19");
  auto latin = DecodeToUtf8("caf\xE9 ok", "", "latin.txt");
  ASSERT_FALSE(latin.ok());
  EXPECT_NE(latin.status().message().find("latin.txt:1: invalid UTF-8 at byte offset 3"), std::string::npos);
}

TEST(Encoding, CharsetDeclarations) {
  EXPECT_EQ(CharsetOfContentType("text/html; charset=\"Windows-1256\""), "Windows-1256");
  EXPECT_EQ(CharsetOfContentType("text/html;charset=utf-8"), "utf-8");
  EXPECT_EQ(CharsetOfContentType("text/html"), "");
  EXPECT_EQ(CharsetOfHtmlMeta("<html><head><meta charset=\"windows-1256\"><title>"), "windows-1256");
  EXPECT_EQ(CharsetOfHtmlMeta("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-6\">"),
            "ISO-8859-6");
  EXPECT_EQ(CharsetOfHtmlMeta("<meta name=\"description\" content=\"x\">"), "");
}

}  // namespace
}  // namespace rasd::ingest
