#include "text/tokenizer.h"

#include <gtest/gtest.h>

#include <random>
#include <string>
#include <vector>

#include "text/normalizer.h"

namespace rasd::text {
namespace {

Document Tokenized(std::string_view original) {
  Document doc;
  doc.text = std::string(original);
  doc.norm = Normalize(doc.text);
  Tokenize(doc);
  return doc;
}

std::vector<std::string> TokenTexts(const Document& doc) {
  std::vector<std::string> out;
  for (const Token& t : doc.tokens) out.emplace_back(doc.NormView(t));
  return out;
}

std::string OriginalOf(const Document& doc, uint32_t begin, uint32_t end) {
  const ByteSpan span = doc.norm.OriginalSpan(begin, end);
  return doc.text.substr(span.begin, span.end - span.begin);
}

// Structural invariants: tokens in order and non-overlapping, each in exactly one sentence, sentence
// ranges consistent with their tokens, paragraphs non-decreasing.
void ExpectConsistent(const Document& doc) {
  uint32_t next_token = 0;
  for (size_t s = 0; s < doc.sentences.size(); ++s) {
    const Sentence& sentence = doc.sentences[s];
    ASSERT_EQ(sentence.first_token, next_token);
    ASSERT_LT(sentence.first_token, sentence.end_token) << "empty sentence " << s;
    EXPECT_EQ(sentence.begin, doc.tokens[sentence.first_token].begin);
    EXPECT_EQ(sentence.end, doc.tokens[sentence.end_token - 1].end);
    if (s > 0) {
      EXPECT_GE(sentence.paragraph, doc.sentences[s - 1].paragraph);
    }
    for (uint32_t t = sentence.first_token; t < sentence.end_token; ++t) {
      EXPECT_EQ(doc.tokens[t].sentence, s);
    }
    next_token = sentence.end_token;
  }
  EXPECT_EQ(next_token, doc.tokens.size());
  for (size_t t = 0; t < doc.tokens.size(); ++t) {
    EXPECT_LT(doc.tokens[t].begin, doc.tokens[t].end);
    if (t > 0) {
      EXPECT_LE(doc.tokens[t - 1].end, doc.tokens[t].begin);
    }
  }
}

struct TokenCase {
  const char* name;
  std::string input;
  std::vector<std::string> tokens;
};

class TokenTest : public ::testing::TestWithParam<TokenCase> {};

TEST_P(TokenTest, Splits) {
  const Document doc = Tokenized(GetParam().input);
  EXPECT_EQ(TokenTexts(doc), GetParam().tokens);
  ExpectConsistent(doc);
}

INSTANTIATE_TEST_SUITE_P(
    Table, TokenTest,
    ::testing::Values(
        TokenCase{"Empty", "", {}},
        TokenCase{"OnlySpaces", " \n\n \t", {}},
        TokenCase{"Words", "قتل 30 مدنيا", {"قتل", "30", "مدنيا"}},
        TokenCase{"CliticsStayAttached", "وبالباغوز", {"وبالباغوز"}},
        TokenCase{"LetterDigitGlue", "إلى21507 قتل30", {"الي", "21507", "قتل", "30"}},
        TokenCase{"LatinDigitGlue", "F16", {"f", "16"}},
        TokenCase{"TatweelQuote", "لـ\"قسد\"", {"ل", "\"", "قسد", "\""}},
        TokenCase{"Guillemets", "«هالك بنك»", {"\"", "هالك", "بنك", "\""}},
        TokenCase{"Hashtag", "#ميليشيات_الحوثي", {"#", "ميليشيات", "_", "الحوثي"}},
        TokenCase{"Numbers", "1,200 و2.5 و٣٨ و١٬٥٠٠", {"1,200", "و", "2.5", "و", "38", "و", "1,500"}},
        TokenCase{"TrailingSeparators", "عام 2019. و1,", {"عام", "2019", ".", "و", "1", ","}},
        TokenCase{"ArabicPunctuation", "نعم، لا؛ لماذا؟", {"نعم", "،", "لا", "؛", "لماذا", "؟"}},
        TokenCase{"Slash", "آذار/مارس", {"اذار", "/", "مارس"}},
        TokenCase{"Hyphen", "داعش-خراسان", {"داعش", "-", "خراسان"}},
        TokenCase{"Parentheses", "(قسد)", {"(", "قسد", ")"}},
        TokenCase{"LatinLowercased", "ISIS Reuters", {"isis", "reuters"}},
        TokenCase{"Diacritics", "مِنَ الجَيْشِ", {"من", "الجيش"}},
        TokenCase{"Emoji", "قسد😀", {"قسد", "😀"}},
        TokenCase{"InvalidByte", "قسد\xFFقسد", {"قسد", "\uFFFD", "قسد"}},
        TokenCase{"Url", "alarabiya.net", {"alarabiya", ".", "net"}}),
    [](const auto& param_info) { return std::string(param_info.param.name); });

TEST(Tokenize, Kinds) {
  const Document doc = Tokenized("قتل 30 isis ،");
  ASSERT_EQ(doc.tokens.size(), 4u);
  EXPECT_EQ(doc.tokens[0].kind, TokenKind::kArabic);
  EXPECT_EQ(doc.tokens[1].kind, TokenKind::kNumber);
  EXPECT_EQ(doc.tokens[2].kind, TokenKind::kLatin);
  EXPECT_EQ(doc.tokens[3].kind, TokenKind::kPunct);
}

// Each token's original span must be exactly the bytes of the article that produced it, including
// characters deleted by normalization inside or right after it.
TEST(Tokenize, OriginalSpansPointAtTheSourceBytes) {
  struct Case {
    std::string input;
    std::vector<std::string> originals;
  };
  const std::vector<Case> cases = {
      {"مِن \"قسد\"", {"مِن", "\"", "قسد", "\""}},
      {"لـ\"قسد\"", {"لـ", "\"", "قسد", "\""}},
      {"قتل ٣٨ شخصاً", {"قتل", "٣٨", "شخصاً"}},
      {"\u200Fقسد\u200E\u00A0«الجيش»", {"قسد\u200E", "«", "الجيش", "»"}},
      {"a\xFF" "b", {"a", "\xFF", "b"}},
      {"سطر\r\nثان", {"سطر", "ثان"}},
      {"١٬٢٠٠ قتيل", {"١٬٢٠٠", "قتيل"}},
      {"\uFEFBجئ", {"\uFEFBجئ"}},
  };
  for (const Case& c : cases) {
    const Document doc = Tokenized(c.input);
    std::vector<std::string> originals;
    for (const Token& t : doc.tokens) originals.push_back(OriginalOf(doc, t.begin, t.end));
    EXPECT_EQ(originals, c.originals) << c.input;
  }
}

struct SentenceCase {
  const char* name;
  std::string input;
  std::vector<std::string> sentences;  // normalized text of each sentence
  std::vector<uint32_t> paragraphs;
};

class SentenceTest : public ::testing::TestWithParam<SentenceCase> {};

TEST_P(SentenceTest, Splits) {
  const Document doc = Tokenized(GetParam().input);
  std::vector<std::string> sentences;
  std::vector<uint32_t> paragraphs;
  for (const Sentence& s : doc.sentences) {
    sentences.push_back(doc.norm.text.substr(s.begin, s.end - s.begin));
    paragraphs.push_back(s.paragraph);
  }
  EXPECT_EQ(sentences, GetParam().sentences);
  EXPECT_EQ(paragraphs, GetParam().paragraphs);
  ExpectConsistent(doc);
}

INSTANTIATE_TEST_SUITE_P(
    Table, SentenceTest,
    ::testing::Values(
        SentenceCase{"One", "قتل 3.", {"قتل 3."}, {0}},
        SentenceCase{"NoTerminator", "قتل 3", {"قتل 3"}, {0}},
        SentenceCase{"Terminators", "أ ب. ج! د? ه؟ و; ز؛ ح",
                     {"ا ب.", "ج!", "د?", "ه؟", "و;", "ز؛", "ح"}, {0, 0, 0, 0, 0, 0, 0}},
        SentenceCase{"DecimalDoesNotEnd", "قتل 2.5 ألف. ثم", {"قتل 2.5 الف.", "ثم"}, {0, 0}},
        SentenceCase{"RunOfTerminators", "ماذا؟! حقا... نعم", {"ماذا؟!", "حقا...", "نعم"}, {0, 0, 0}},
        SentenceCase{"GluedCloserStays", "قال \"انتهى.\" ثم", {"قال \"انتهي.\"", "ثم"}, {0, 0}},
        SentenceCase{"SpacedQuoteOpensNext", "انتهى. \"ثم\"", {"انتهي.", "\"ثم\""}, {0, 0}},
        SentenceCase{"GluedSentence", "انتهى.وقال", {"انتهي.", "وقال"}, {0, 0}},
        SentenceCase{"LatinDotInsideWord", "موقع alarabiya.net قال", {"موقع alarabiya.net قال"}, {0}},
        SentenceCase{"LineBreaks", "عنوان\nفقرة أولى. جملة\n\n\nفقرة\r\nأخيرة",
                     {"عنوان", "فقره اولي.", "جمله", "فقره", "اخيره"}, {0, 1, 1, 2, 3}},
        SentenceCase{"LeadingBlankLines", "\n\n  \nعنوان\n \nنص", {"عنوان", "نص"}, {0, 1}},
        SentenceCase{"TerminatorAtLineEnd", "جملة.\nجملة", {"جمله.", "جمله"}, {0, 1}}),
    [](const auto& param_info) { return std::string(param_info.param.name); });

// Arbitrary bytes, as a broken page or a wrong encoding guess delivers them, must still give
// well-formed tokens and sentences whose spans stay inside the original.
TEST(Tokenize, RandomBytesGiveConsistentAnnotations) {
  std::mt19937 rng(1);
  const std::string specials = " .\n\r\"0123456789,\xD8\xD9\xA7\x84\xE2\x80\x8F\xEF\xBB\xBF\xF0\x9F";
  for (int round = 0; round < 2000; ++round) {
    std::string bytes(rng() % 64, '\0');
    for (char& c : bytes) {
      c = rng() % 2 ? specials[rng() % specials.size()] : static_cast<char>(rng() % 256);
    }
    const Document doc = Tokenized(bytes);
    ExpectConsistent(doc);
    for (const Token& t : doc.tokens) {
      const ByteSpan span = doc.norm.OriginalSpan(t.begin, t.end);
      ASSERT_LT(span.begin, span.end);
      ASSERT_LE(span.end, bytes.size());
    }
  }
}

TEST(Tokenize, ReplacesPreviousAnnotations) {
  Document doc = Tokenized("ا ب. ج");
  doc.norm = Normalize("د");
  Tokenize(doc);
  EXPECT_EQ(doc.tokens.size(), 1u);
  EXPECT_EQ(doc.sentences.size(), 1u);
}

TEST(Tokenize, HandSetTextWithStrayBytes) {
  Document doc;
  doc.norm.text = "a\xE2\x80 b\xC3";
  doc.norm.to_orig.assign(doc.norm.text.size() + 1, 0);
  Tokenize(doc);
  EXPECT_EQ(TokenTexts(doc), (std::vector<std::string>{"a", "\xE2", "\x80", "b", "\xC3"}));
  ExpectConsistent(doc);
}

std::vector<std::string> Prefixes(std::string_view word, int (*splitter)(std::string_view, uint8_t*),
                                  bool suffix) {
  uint8_t lens[8];
  const int n = splitter(word, lens);
  std::vector<std::string> out;
  for (int k = 0; k < n; ++k) {
    out.emplace_back(suffix ? word.substr(0, word.size() - lens[k]) : word.substr(lens[k]));
  }
  return out;
}

struct SplitCase {
  std::string word;  // normalized
  std::vector<std::string> stems;
};

TEST(ProcliticSplits, Table) {
  const std::vector<SplitCase> cases = {
      {"وبالباغوز", {"باغوز", "الباغوز", "بالباغوز", "وبالباغوز"}},
      {"والجيش", {"جيش", "الجيش", "والجيش"}},
      {"الجيش", {"جيش", "الجيش"}},
      {"بالجيش", {"جيش", "الجيش", "بالجيش"}},
      {"كالجيش", {"جيش", "الجيش", "كالجيش"}},
      {"فلقسد", {"قسد", "لقسد", "فلقسد"}},
      {"للتنظيم", {"تنظيم", "لتنظيم", "للتنظيم"}},
      {"وللتنظيم", {"تنظيم", "لتنظيم", "للتنظيم", "وللتنظيم"}},
      {"لليبيا", {"يبيا", "ليبيا", "لليبيا"}},
      {"وسيقوم", {"يقوم", "سيقوم", "وسيقوم"}},
      {"قسد", {"قسد"}},
      {"وقت", {"قت", "وقت"}},       // two letters remain
      {"ول", {"ول"}},               // one letter would remain
      {"بال", {"ال", "بال"}},
      {"والي", {"الي", "والي"}},    // the article would leave one letter
      {"isis", {"isis"}},
      {"", {""}},
  };
  for (const SplitCase& c : cases) {
    EXPECT_EQ(Prefixes(c.word, ProcliticSplits, false), c.stems) << c.word;
  }
}

TEST(ProcliticSplits, ByteLengthsLongestFirst) {
  uint8_t lens[8];
  ASSERT_EQ(ProcliticSplits("وبالباغوز", lens), 4);
  EXPECT_EQ(lens[0], 8);
  EXPECT_EQ(lens[1], 4);
  EXPECT_EQ(lens[2], 2);
  EXPECT_EQ(lens[3], 0);
}

TEST(SplitElidesArticle, OnlyAfterLamLam) {
  EXPECT_TRUE(SplitElidesArticle("للتنظيم", 4));
  EXPECT_TRUE(SplitElidesArticle("وللتنظيم", 6));
  EXPECT_FALSE(SplitElidesArticle("للتنظيم", 2));
  EXPECT_FALSE(SplitElidesArticle("للتنظيم", 0));
  EXPECT_FALSE(SplitElidesArticle("بالجيش", 6));
  EXPECT_FALSE(SplitElidesArticle("لل", 8));
}

TEST(EncliticSplits, Table) {
  const std::vector<SplitCase> cases = {
      {"قواتهم", {"قوات", "قواتهم"}},
      {"مقاتلين", {"مقاتل", "مقاتلين"}},
      {"مسلحون", {"مسلح", "مسلحون"}},
      {"عناصرهما", {"عناصر", "عناصرهما"}},
      {"مدنيات", {"مدني", "مدنيات"}},
      {"قوته", {"قوت", "قوته"}},
      {"اهلي", {"اهل", "اهلي"}},
      {"منزلنا", {"منزل", "منزلنا"}},
      {"هم", {"هم"}},
      {"قسد", {"قسد"}},
  };
  for (const SplitCase& c : cases) {
    EXPECT_EQ(Prefixes(c.word, EncliticSplits, true), c.stems) << c.word;
  }
}

}  // namespace
}  // namespace rasd::text
