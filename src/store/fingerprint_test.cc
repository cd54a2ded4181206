// Stage `store`: content hash and SimHash fingerprints.
#include "store/fingerprint.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <optional>
#include <string>
#include <vector>

namespace rasd::store {
namespace {

// A news-style paragraph written for this test.
const std::string kStory =
    "قالت مصادر محلية إن اشتباكات عنيفة اندلعت صباح اليوم بين قوات الجيش ومسلحين في ريف المدينة الشرقي، "
    "واستمرت عدة ساعات قبل أن تتراجع حدتها مع حلول المساء. وأضافت المصادر أن القذائف سقطت على أطراف "
    "البلدة وألحقت أضرارا بعدد من المنازل والمحال التجارية، فيما نزحت عشرات العائلات نحو القرى المجاورة "
    "خشية تجدد القتال. وأكد مسؤول في المجلس المحلي أن فرق الإسعاف نقلت المصابين إلى المستشفى الوحيد في "
    "المنطقة، الذي يعاني من نقص حاد في الأدوية والمعدات الطبية منذ أشهر. ولم تصدر الجهات الرسمية أي بيان "
    "حول حصيلة الاشتباكات حتى ساعة إعداد هذا التقرير، بينما تحدث ناشطون عن تعزيزات عسكرية وصلت ليلا إلى "
    "محيط البلدة قادمة من مركز المحافظة.";

TEST(ContentHash, SameBytesSameHashAnyChangeAnother) {
  EXPECT_EQ(ContentHash("t", kStory), ContentHash("t", kStory));
  EXPECT_NE(ContentHash("t", kStory), ContentHash("t2", kStory));
  EXPECT_NE(ContentHash("t", kStory), ContentHash("t", kStory + "."));
  EXPECT_NE(ContentHash("ab", "c"), ContentHash("a", "bc"));
  EXPECT_EQ(ContentHash("", "").size(), 32u);
}

TEST(FoldedWords, FoldsArabicLetterFormsAndDropsMarks) {
  EXPECT_EQ(FoldedWords("أَحْمَد، إلى مدرسةٍ  (AB) ٣٤"),
            (std::vector<std::string>{"احمد", "الي", "مدرسه", "ab", "34"}));
  EXPECT_EQ(FoldedWords("\xff\xfe bad"), (std::vector<std::string>{"bad"}));  // invalid UTF-8 is skipped
}

// FoldWords' buffers reused from a longer text to shorter ones and back: the words each text has alone.
TEST(FoldWords, ReusedBuffersGiveTheWordsOfEachText) {
  const std::vector<std::string> texts = {kStory, "أَحْمَد، إلى مدرسةٍ  (AB) ٣٤", "", "\xff\xfe bad", "رفح", kStory};
  std::string buffer;
  std::vector<std::string_view> words;
  for (const std::string& text : texts) {
    FoldWords(text, buffer, words);
    EXPECT_EQ(std::vector<std::string>(words.begin(), words.end()), FoldedWords(text)) << text;
  }
}

TEST(SimHash, SyndicatedCopiesAreWithinThreeBits) {
  auto a = SimHash(kStory);
  ASSERT_TRUE(a.has_value());
  std::string prefixed = "دمشق (وكالات) - " + kStory;
  std::string edited = kStory;
  edited.replace(edited.find("عدة ساعات"), std::string("عدة ساعات").size(), "بضع ساعات");
  std::string marks = kStory;
  marks.replace(marks.find("اشتباكات"), std::string("اشتباكات").size(), "اشْتِباكاتٌ");
  for (const std::string& copy : {prefixed, edited, marks, "دمشق (وكالات) - " + edited}) {
    auto b = SimHash(copy);
    ASSERT_TRUE(b.has_value());
    EXPECT_LE(HammingDistance(*a, *b), kNearDuplicateBits) << HammingDistance(*a, *b);
  }
}

// SimHash as fingerprint.h defines it, from FoldedWords: the majority of each bit over the set of
// word bigrams' mixed FNV-1a hashes; what the one-pass implementation must give, bit for bit.
std::optional<uint64_t> ReferenceSimHash(std::string_view text) {
  std::vector<std::string> words = FoldedWords(text);
  if (words.size() < 2) return std::nullopt;
  std::vector<uint64_t> features;
  for (size_t i = 1; i < words.size(); ++i) {
    uint64_t h = 14695981039346656037ull;
    for (unsigned char c : words[i - 1] + " " + words[i]) h = (h ^ c) * 1099511628211ull;
    h ^= h >> 30;  // the splitmix64 finalizer
    h *= 0xbf58476d1ce4e5b9ull;
    h ^= h >> 27;
    h *= 0x94d049bb133111ebull;
    h ^= h >> 31;
    features.push_back(h);
  }
  std::sort(features.begin(), features.end());
  features.erase(std::unique(features.begin(), features.end()), features.end());
  if (features.size() < kMinShingles) return std::nullopt;
  uint64_t out = 0;
  for (int b = 0; b < 64; ++b) {
    size_t ones = 0;
    for (uint64_t f : features) ones += (f >> b) & 1;
    if (2 * ones > features.size()) out |= uint64_t{1} << b;
  }
  return out;
}

TEST(SimHash, IsTheMajorityOfTheBigramHashesOfTheFoldedWords) {
  std::vector<std::string> texts = {kStory, "دمشق (وكالات) - " + kStory, kStory.substr(0, 200), "كلمة واحدة",
                                    "", "   ", "\xff\xfe bad" + kStory + "\xe2\x80", "أَحْمَد ـــ إلى"};
  std::string repeated;
  for (int i = 0; i < 30; ++i) repeated += "قال المصدر إن القصف استمر. ";
  texts.push_back(repeated);
  std::string latin;
  for (int i = 0; i < 40; ++i) latin += "Word" + std::to_string(i) + " ٣٤ ";
  texts.push_back(latin);
  for (const std::string& t : texts) EXPECT_EQ(SimHash(t), ReferenceSimHash(t)) << t;
}

TEST(SimHash, UnrelatedTextsAreFarApart) {
  const std::string other =
      "افتتحت وزارة التربية اليوم معرضا للكتاب في العاصمة بمشاركة أكثر من مئتي دار نشر عربية وأجنبية، "
      "ويستمر المعرض عشرة أيام تتخللها ندوات فكرية وأمسيات شعرية وورش عمل للأطفال. وقال مدير المعرض إن "
      "الدورة الحالية تشهد إقبالا كبيرا من الزوار مقارنة بالعام الماضي، وإن اللجنة المنظمة خصصت جناحا.";
  auto a = SimHash(kStory), b = SimHash(other);
  ASSERT_TRUE(a && b);
  EXPECT_GT(HammingDistance(*a, *b), 10) << HammingDistance(*a, *b);
}

TEST(SimHash, ShortTextsHaveNoFingerprint) {
  EXPECT_FALSE(SimHash("مقتل ثلاثة أشخاص في قصف على إدلب").has_value());
  EXPECT_FALSE(SimHash("").has_value());
}

// The first, deliberately plain implementation (a string per word, the bigram joined by a space and
// hashed, a vote per bit): the fast one must give the same fingerprints, which databases store.
uint64_t PlainFnv(std::string_view s, uint64_t h = 14695981039346656037ull) {
  for (unsigned char c : s) h = (h ^ c) * 1099511628211ull;
  return h;
}
uint64_t PlainMix(uint64_t x) {
  x ^= x >> 30;
  x *= 0xbf58476d1ce4e5b9ull;
  x ^= x >> 27;
  x *= 0x94d049bb133111ebull;
  x ^= x >> 31;
  return x;
}
std::optional<uint64_t> PlainSimHash(std::string_view text) {
  std::vector<std::string> words = FoldedWords(text);
  if (words.size() < 2) return std::nullopt;
  std::vector<uint64_t> features;
  for (size_t i = 0; i + 2 <= words.size(); ++i) {
    features.push_back(PlainMix(PlainFnv(words[i + 1], PlainFnv(" ", PlainFnv(words[i])))));
  }
  std::sort(features.begin(), features.end());
  features.erase(std::unique(features.begin(), features.end()), features.end());
  if (features.size() < kMinShingles) return std::nullopt;
  int sums[64] = {};
  for (uint64_t f : features) {
    for (int b = 0; b < 64; ++b) sums[b] += (f >> b) & 1 ? 1 : -1;
  }
  uint64_t out = 0;
  for (int b = 0; b < 64; ++b) {
    if (sums[b] > 0) out |= uint64_t{1} << b;
  }
  return out;
}

TEST(SimHash, SameAsThePlainImplementation) {
  std::vector<std::string> texts = {kStory, "دمشق (وكالات) - " + kStory, kStory + kStory, "", "كلمة",
                                    "أَحْمَد، إلى مدرسةٍ  (AB) ٣٤ ۵۶ Text MIXED العربية"};
  // Every prefix length of the story: cuts inside words, inside UTF-8 sequences, at the threshold.
  for (size_t n = 0; n < kStory.size(); n += 7) texts.push_back(kStory.substr(0, n));
  std::string broken = kStory;
  for (size_t i = 5; i < broken.size(); i += 97) broken[i] = static_cast<char>(0xFF);
  texts.push_back(broken);
  std::string long_text;  // over a thousand distinct bigrams: more than a byte counter holds
  for (int i = 0; i < 1200; ++i) long_text += "كلمة" + std::to_string(i * 7919 % 1201) + " ";
  texts.push_back(long_text);
  for (const std::string& t : texts) EXPECT_EQ(SimHash(t), PlainSimHash(t)) << t.size();
}

TEST(HashDocument, GivesTheContentHashAndTheSimHash) {
  std::vector<std::string> texts = {kStory, "", "كلمة", "a\0b", "أَحْمَد، إلى مدرسةٍ  (AB) ٣٤ ۵۶ Text MIXED العربية 😀"};
  for (size_t n = 0; n < kStory.size(); n += 13) texts.push_back(kStory.substr(0, n));
  std::string broken = kStory;  // bytes the fold decodes one by one, and cut sequences
  for (size_t i = 5; i < broken.size(); i += 89) broken[i] = static_cast<char>(i % 2 ? 0xFF : 0xE2);
  texts.push_back(broken);
  for (const std::string& title : {std::string(), std::string("عنوان"), std::string("t\xC3")}) {
    for (const std::string& t : texts) {
      DocumentHashes h = HashDocument(title, t);
      EXPECT_EQ(h.content_hash, ContentHash(title, t)) << t.size();
      EXPECT_EQ(h.fingerprint, SimHash(t)) << t.size();
    }
  }
}

TEST(ContentHash, KnownValue) {
  // Stored in databases: a change of the function would make every stored document look edited.
  EXPECT_EQ(ContentHash("عنوان", kStory), "cb61b112b77ec49a33012c832374878c");
}

TEST(Bands, NearFingerprintsShareABand) {
  uint64_t a = 0x0123456789abcdefull;
  for (uint64_t flips : {0x1ull, 0x10001ull, 0x100010001ull, 0x1000100010000ull}) {
    auto ba = Bands(a), bb = Bands(a ^ flips);
    int shared = 0;
    for (int k = 0; k < 4; ++k) shared += ba[k] == bb[k];
    EXPECT_GE(shared, 1);
  }
  auto b = Bands(a);  // lowest 16 bits first
  EXPECT_EQ(b[0], 0xcdef);
  EXPECT_EQ(b[1], 0x89ab);
  EXPECT_EQ(b[2], 0x4567);
  EXPECT_EQ(b[3], 0x0123);
  EXPECT_EQ(Bands(~uint64_t{0})[3], 0xffff);  // the sign bit's band, as the store's index computes it
}

}  // namespace
}  // namespace rasd::store
