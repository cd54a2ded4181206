#include "text/normalizer.h"

#include <gtest/gtest.h>

#include <random>
#include <string>
#include <vector>

namespace rasd::text {
namespace {

struct FoldCase {
  const char* name;
  std::string input;
  std::string expected;
};

class FoldTest : public ::testing::TestWithParam<FoldCase> {};

TEST_P(FoldTest, Normalizes) {
  EXPECT_EQ(Normalize(GetParam().input).text, GetParam().expected);
}

INSTANTIATE_TEST_SUITE_P(
    Table, FoldTest,
    ::testing::Values(
        FoldCase{"Empty", "", ""},
        FoldCase{"Diacritics", "مِنْ", "من"},
        FoldCase{"ShaddaTanween", "شدَّةً", "شده"},
        FoldCase{"SuperscriptAlef", "هٰذا", "هذا"},
        FoldCase{"Tatweel", "لـ\"قسد\"", "ل\"قسد\""},
        FoldCase{"AlefForms", "أإآٱا", "ااااا"},
        FoldCase{"AlefMaqsura", "إلى", "الي"},
        FoldCase{"TaaMarbuta", "مدينة", "مدينه"},
        FoldCase{"HamzaCarriers", "مؤتمر رئيس", "موتمر رييس"},
        FoldCase{"PersianLetters", "کی", "كي"},
        FoldCase{"ArabicIndicDigits", "٣٨ ٠١٢٣٤٥٦٧٨٩", "38 0123456789"},
        FoldCase{"PersianDigits", "۱۲۳", "123"},
        FoldCase{"ArabicSeparators", "١٬٢٠٠ و٢٫٥ و٥٪", "1,200 و2.5 و5%"},
        FoldCase{"ArabicPunctuationKept", "نعم، لا؛ لماذا؟", "نعم، لا؛ لماذا؟"},
        FoldCase{"Nbsp", "a\u00A0b", "a b"},
        FoldCase{"UnicodeSpaces", "a\u2002b\u2009c\u202Fd\u3000e\te", "a b c d e e"},
        FoldCase{"ZeroWidthAndBidi", "\u200Fقسد\u200E \u200Ba\u200Cb\u200D\u202Bc\u202C\u2066d\u2069\uFEFF",
                 "قسد abcd"},
        FoldCase{"ArabicLetterMark", "\u061Cقسد", "قسد"},
        FoldCase{"Guillemets", "«العدالة»", "\"العداله\""},
        FoldCase{"CurlyQuotes", "\u201Cx\u201D \u201Ey\u2033 \u2018z\u2019", "\"x\" \"y\" 'z'"},
        FoldCase{"Dashes", "a\u2013b\u2014c\u2212d", "a-b-c-d"},
        FoldCase{"AsciiLowercase", "ISIS Daesh", "isis daesh"},
        FoldCase{"Latin1Lowercase", "ÉCOLE ×", "école ×"},
        FoldCase{"CombiningAccent", "cafe\u0301", "cafe"},
        FoldCase{"Crlf", "a\r\nb\rc\nd", "a\nb\nc\nd"},
        FoldCase{"LineSeparators", "a\u2028b\u2029c\u0085d", "a\nb\nc\nd"},
        FoldCase{"Controls", "a\x01" "b\x7F" "c", "a b c"},
        FoldCase{"PresentationForms", "\uFEB3\uFEEE\uFEAD\uFEF3\uFE8E", "سوريا"},
        FoldCase{"LamAlefLigature", "\uFEFB\uFEFC", "لالا"},
        FoldCase{"FourByteKept", "a\U0001F600b", "a\U0001F600b"},
        FoldCase{"InvalidBytes", "a\xFF" "b\xC3", "a\uFFFDb\uFFFD"},
        FoldCase{"Overlong", "\xC0\xAF", "\uFFFD\uFFFD"},
        FoldCase{"Surrogate", "\xED\xA0\x80", "\uFFFD\uFFFD\uFFFD"},
        FoldCase{"TruncatedThreeByte", "\xE2\x80" "x", "\uFFFD\uFFFDx"}),
    [](const auto& param_info) { return std::string(param_info.param.name); });

// The offset map is the contract every extracted field depends on, so check its shape everywhere.
void ExpectWellFormedMap(std::string_view original, const NormalizedText& n) {
  ASSERT_EQ(n.to_orig.size(), n.text.size() + 1);
  EXPECT_EQ(n.to_orig.back(), original.size());
  for (size_t i = 0; i + 1 < n.to_orig.size(); ++i) {
    ASSERT_LE(n.to_orig[i], n.to_orig[i + 1]) << "at " << i;
    ASSERT_LT(n.to_orig[i], original.size());
  }
}

TEST(NormalizeMap, MapsEachOutputByteToItsSourceCharacter) {
  const std::string original = "مِن «قسد» ٣٨";
  const NormalizedText n = Normalize(original);
  ASSERT_EQ(n.text, "من \"قسد\" 38");
  ExpectWellFormedMap(original, n);
  // "من" covers the kasra after the mim.
  EXPECT_EQ(original.substr(n.OriginalSpan(0, 4).begin, n.OriginalSpan(0, 4).end - n.OriginalSpan(0, 4).begin),
            "مِن");
  // Both bytes of the folded '"' point at the two-byte guillemet.
  EXPECT_EQ(n.to_orig[5], original.find("«"));
  // Each folded digit points at its two-byte original.
  const size_t digits = n.text.find("38");
  const ByteSpan span = n.OriginalSpan(static_cast<uint32_t>(digits), static_cast<uint32_t>(digits + 2));
  EXPECT_EQ(original.substr(span.begin, span.end - span.begin), "٣٨");
}

TEST(NormalizeMap, ExpansionsShareTheirSourceOffset) {
  const std::string original = "x\xFF\uFEFB";
  const NormalizedText n = Normalize(original);
  ASSERT_EQ(n.text, "x\uFFFDلا");
  ExpectWellFormedMap(original, n);
  EXPECT_EQ(n.to_orig[1], 1u);
  EXPECT_EQ(n.to_orig[3], 1u);
  EXPECT_EQ(n.to_orig[4], 2u);
  EXPECT_EQ(n.to_orig[7], 2u);
}

TEST(NormalizeMap, CrlfIsOneLineBreakAtTheCarriageReturn) {
  const NormalizedText n = Normalize("a\r\nb");
  ASSERT_EQ(n.text, "a\nb");
  EXPECT_EQ(n.to_orig, (std::vector<uint32_t>{0, 1, 3, 4}));
}

// Normalization is context-free apart from CRLF, so normalizing a string must equal normalizing each of
// its characters alone and concatenating: a simple reference for the table-driven fast path.
TEST(NormalizeMap, MatchesCharacterByCharacterReference) {
  // No piece starts with a continuation byte, so a truncated sequence never completes across pieces.
  const std::vector<std::string> alphabet = {
      "a", "Z", " ", "\n", "\r\n", "\t", ".", "5", "ا", "أ", "ة", "ى", "ِ", "ـ", "٣", "۹", "«", "»",
      "\u00A0", "\u200F", "\u201C", "\u2014", "\uFEFB", "\uFE8F", "\xFF", "\xC3", "\xE2\x80",
      "\U0001F600", "،", "؟", "ك", "ی"};
  std::mt19937 rng(42);
  for (int round = 0; round < 500; ++round) {
    std::string original;
    NormalizedText expected;
    const int length = static_cast<int>(rng() % 40);
    for (int k = 0; k < length; ++k) {
      const std::string& piece = alphabet[rng() % alphabet.size()];
      const NormalizedText part = Normalize(piece);
      for (size_t b = 0; b < part.text.size(); ++b) {
        expected.to_orig.push_back(static_cast<uint32_t>(original.size()) + part.to_orig[b]);
      }
      expected.text += part.text;
      original += piece;
    }
    expected.to_orig.push_back(static_cast<uint32_t>(original.size()));
    const NormalizedText actual = Normalize(original);
    ASSERT_EQ(actual.text, expected.text) << "round " << round;
    ASSERT_EQ(actual.to_orig, expected.to_orig) << "round " << round;
    ExpectWellFormedMap(original, actual);
  }
}

TEST(NormalizeMap, IdempotentOnItsOutput) {
  const std::string once = Normalize("وَبِالبَاغُوزِ «قسد» ٢٠١٩\r\nISIS\xFF").text;
  EXPECT_EQ(Normalize(once).text, once);
}

TEST(NormalizeMap, LongInputGrowsBuffers) {
  std::string original;
  for (int k = 0; k < 5000; ++k) original += "\xFF\uFEFB";  // every character expands
  const NormalizedText n = Normalize(original);
  EXPECT_EQ(n.text.size(), 5000u * 7);
  ExpectWellFormedMap(original, n);
}

TEST(NormalizeKey, CollapsesAndTrimsSpaces) {
  EXPECT_EQ(NormalizeKey("  قوات \u00A0 سوريا\t\nالديمقراطية  "), "قوات سوريا الديمقراطيه");
  EXPECT_EQ(NormalizeKey("لـ«قسد»"), "ل\"قسد\"");
  EXPECT_EQ(NormalizeKey(""), "");
  EXPECT_EQ(NormalizeKey("   "), "");
}

struct Utf8Case {
  std::string input;
  bool valid;
  size_t error_offset;
};

TEST(IsValidUtf8, Table) {
  const std::vector<Utf8Case> cases = {
      {"", true, 0},
      {"plain ascii text longer than eight bytes", true, 0},
      {"قسد 😀 €", true, 0},
      {"abcdefghij\xFF", false, 10},
      {"\xC3", false, 0},
      {"a\xC0\x80", false, 1},       // overlong NUL
      {"ab\xE0\x80\xAF", false, 2},  // overlong three-byte
      {"\xED\xA0\x80", false, 0},    // surrogate
      {"\xF4\x90\x80\x80", false, 0},  // above U+10FFFF
      {"\xF0\x8F\xBF\xBF", false, 0},  // overlong four-byte
      {"xy\x80", false, 2},          // stray continuation
      {"\xF4\x8F\xBF\xBF", true, 0},   // U+10FFFF
  };
  for (const Utf8Case& c : cases) {
    size_t offset = 12345;
    EXPECT_EQ(IsValidUtf8(c.input, &offset), c.valid) << c.input;
    if (!c.valid) {
      EXPECT_EQ(offset, c.error_offset) << c.input;
    }
    EXPECT_EQ(IsValidUtf8(c.input), c.valid);
  }
}

}  // namespace
}  // namespace rasd::text
