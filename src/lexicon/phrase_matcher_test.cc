#include "lexicon/phrase_matcher.h"

#include <gtest/gtest.h>
#include <simdjson.h>

#include <chrono>
#include <cstdlib>
#include <fstream>
#include <random>
#include <sstream>
#include <string>
#include <tuple>
#include <vector>

#include "text/normalizer.h"
#include "text/tokenizer.h"

namespace rasd::lexicon {
namespace {

Document Tokenized(std::string_view original) {
  Document doc;
  doc.text = std::string(original);
  doc.norm = text::Normalize(doc.text);
  text::Tokenize(doc);
  return doc;
}

struct Phrase {
  std::string text;
  int32_t value;
};

PhraseMatcher Built(const std::vector<Phrase>& phrases) {
  PhraseMatcher m;
  for (const Phrase& p : phrases) m.Add(p.text, p.value);
  m.Build();
  return m;
}

// A match as the original words it covers (without the stripped proclitic) and its value.
struct Hit {
  std::string original;
  int32_t value;
  friend bool operator==(const Hit&, const Hit&) = default;
  friend std::ostream& operator<<(std::ostream& os, const Hit& h) {
    return os << "{" << h.original << ", " << h.value << "}";
  }
};

std::vector<Hit> Hits(const PhraseMatcher& m, const Document& doc) {
  std::vector<Hit> hits;
  for (const PhraseMatcher::Match& match : m.FindAll(doc)) {
    const ByteSpan span = doc.norm.OriginalSpan(match.begin, match.end);
    hits.push_back({doc.text.substr(span.begin, span.end - span.begin), match.value});
  }
  return hits;
}

struct MatchCase {
  const char* name;
  std::vector<Phrase> phrases;
  std::string text;
  std::vector<Hit> hits;
};

class MatchTest : public ::testing::TestWithParam<MatchCase> {};

TEST_P(MatchTest, FindsAll) {
  const PhraseMatcher m = Built(GetParam().phrases);
  EXPECT_EQ(Hits(m, Tokenized(GetParam().text)), GetParam().hits);
}

const std::vector<Phrase> kSdf = {{"قوات سوريا الديمقراطية", 7}, {"قسد", 7}, {"قوات", 1}};

INSTANTIATE_TEST_SUITE_P(
    Table, MatchTest,
    ::testing::Values(
        MatchCase{"SingleToken", kSdf, "هاجمت قسد مواقع", {{"قسد", 7}}},
        MatchCase{"LongestWins", kSdf, "هاجمت قوات سوريا الديمقراطية مواقع",
                  {{"قوات سوريا الديمقراطية", 7}}},
        MatchCase{"FallsBackToShorter", kSdf, "قوات سوريا", {{"قوات", 1}}},
        MatchCase{"ProcliticOnFirstToken", kSdf, "وبقوات سوريا الديمقراطية", {{"قوات سوريا الديمقراطية", 7}}},
        MatchCase{"ProcliticLam", kSdf, "لقسد", {{"قسد", 7}}},
        MatchCase{"TatweelQuote", kSdf, "لـ\"قسد\" و«قسد»", {{"قسد", 7}, {"قسد", 7}}},
        MatchCase{"QuotesAfterLoneProclitic", kSdf, "ل«قوات سوريا الديمقراطية»",
                  {{"قوات سوريا الديمقراطية", 7}}},
        MatchCase{"LamLamRestoresArticle", {{"التنظيم", 3}}, "انسحب للتنظيم ثم", {{"تنظيم", 3}}},
        MatchCase{"LamLamWithConjunction", {{"الجيش السوري", 4}}, "وللجيش السوري", {{"جيش السوري", 4}}},
        MatchCase{"LamLamNotArticle", {{"ليبيا", 5}}, "زيارة لليبيا", {{"ليبيا", 5}}},
        MatchCase{"ArticleStripped", {{"جيش", 6}}, "والجيش", {{"جيش", 6}}},
        MatchCase{"DiacriticsAndFolding", {{"الدولة الإسلامية", 8}}, "تنظيمُ الدَّولةِ الاسلاميّة",
                  {{"الدَّولةِ الاسلاميّة", 8}}},
        MatchCase{"SharedKey", {{"حزب الله", 1}, {"حزب الله", 2}, {"حزب الله", 1}}, "قصف حزب الله",
                  {{"حزب الله", 1}, {"حزب الله", 2}}},
        MatchCase{"NoMatchAcrossSentences", {{"قوات سوريا الديمقراطية", 7}}, "قوات سوريا. الديمقراطية", {}},
        MatchCase{"NoMatchAcrossLines", {{"حزب الله", 1}}, "حزب\nالله", {}},
        MatchCase{"LeftmostWins", {{"الجيش السوري", 1}, {"السوري الحر", 2}}, "الجيش السوري الحر",
                  {{"الجيش السوري", 1}}},
        MatchCase{"NonOverlappingRepeats", kSdf, "قسد وقسد فقسد", {{"قسد", 7}, {"قسد", 7}, {"قسد", 7}}},
        MatchCase{"LiteralReadingPreferred", {{"والي", 1}, {"الي", 2}}, "والي حلب", {{"والي", 1}}},
        MatchCase{"LongerReadingAfterProclitic", {{"الجيش", 1}, {"الجيش الحر", 2}}, "والجيش الحر",
                  {{"الجيش الحر", 2}}},
        MatchCase{"HashtagJoiner", {{"ميليشيات الحوثي", 9}}, "#ميليشيات_الحوثي", {{"ميليشيات_الحوثي", 9}}},
        MatchCase{"QuotedSecondToken", {{"حركة حماس", 9}}, "حركة \"حماس\"", {{"حركة \"حماس", 9}}},
        MatchCase{"CommaBlocks", {{"حركة حماس", 9}}, "حركة، حماس", {}},
        MatchCase{"PunctuationInKeyIgnored", {{"داعش-خراسان", 9}}, "داعش خراسان و داعش-خراسان",
                  {{"داعش خراسان", 9}, {"داعش-خراسان", 9}}},
        MatchCase{"LatinAndNumbers", {{"ISIS", 1}, {"F 16", 2}}, "ضربة isis بطائرة F16",
                  {{"isis", 1}, {"F16", 2}}},
        MatchCase{"StemTooShort", {{"ل", 1}, {"و", 2}}, "ول", {}},
        MatchCase{"WordInsideWordNotMatched", kSdf, "قسدي", {}}),
    [](const auto& param_info) { return std::string(param_info.param.name); });

TEST(PhraseMatcher, MatchCarriesTokenAndByteRanges) {
  const PhraseMatcher m = Built(kSdf);
  const Document doc = Tokenized("قال لـ\"قسد\" ثم");
  const std::vector<PhraseMatcher::Match> hits = m.FindAll(doc);
  ASSERT_EQ(hits.size(), 1u);
  EXPECT_EQ(hits[0].tok_begin, 1u);  // the detached ل belongs to the mention's tokens
  EXPECT_EQ(hits[0].tok_end, 4u);    // closing quote not included
  EXPECT_EQ(doc.norm.text.substr(hits[0].begin, hits[0].end - hits[0].begin), "قسد");
}

TEST(PhraseMatcher, ByteRangeStartsAfterStrippedProclitic) {
  const PhraseMatcher m = Built(kSdf);
  const Document doc = Tokenized("وبقوات سوريا الديمقراطية");
  const std::vector<PhraseMatcher::Match> hits = m.FindAll(doc);
  ASSERT_EQ(hits.size(), 1u);
  EXPECT_EQ(hits[0].tok_begin, 0u);
  EXPECT_EQ(hits[0].tok_end, 3u);
  EXPECT_EQ(hits[0].begin, 4u);
  EXPECT_EQ(hits[0].end, doc.norm.text.size());
}

TEST(PhraseMatcher, LookupExactKeys) {
  const PhraseMatcher m = Built({{"حزب الله", 1}, {"حزب الله", 2}, {"قسد", 7}});
  const std::span<const int32_t> values = m.Lookup("حزب الله");
  EXPECT_EQ(std::vector<int32_t>(values.begin(), values.end()), (std::vector<int32_t>{1, 2}));
  EXPECT_EQ(m.Lookup("قسد").size(), 1u);
  EXPECT_TRUE(m.Lookup("حزب").empty());
  EXPECT_TRUE(m.Lookup("لقسد").empty());  // exact keys only: no proclitics
  EXPECT_TRUE(m.Lookup("").empty());
}

TEST(PhraseMatcher, EmptyPhrasesIgnoredAndDuplicatesCollapse) {
  PhraseMatcher m;
  m.Add("", 1);
  m.Add("   ", 1);
  m.Add("«»", 1);
  EXPECT_EQ(m.size(), 0u);
  m.Add("قسد", 7);
  m.Add("قسد", 7);
  m.Add("قسد", 8);
  m.Build();
  EXPECT_EQ(m.size(), 2u);
}

TEST(PhraseMatcher, NothingBeforeBuildAndRebuildAfterAdd) {
  PhraseMatcher m;
  m.Add("قسد", 7);
  const Document doc = Tokenized("قسد وحماس");
  EXPECT_TRUE(m.FindAll(doc).empty());
  m.Build();
  EXPECT_EQ(m.FindAll(doc).size(), 1u);
  m.Add("حماس", 9);
  m.Build();
  EXPECT_EQ(m.FindAll(doc).size(), 2u);
  PhraseMatcher moved = std::move(m);
  EXPECT_EQ(moved.FindAll(doc).size(), 2u);
}

TEST(PhraseMatcher, ManyPhrasesSharingFirstTokens) {
  // Enough groups to make the table probe past collisions and grow well beyond its minimum size.
  PhraseMatcher m;
  for (int k = 0; k < 3000; ++k) {
    m.Add("قوات " + std::to_string(k), k);
    m.Add("لواء" + std::to_string(k) + " الشهداء", 10000 + k);
  }
  m.Build();
  EXPECT_EQ(m.size(), 6000u);
  const std::vector<Hit> hits = Hits(m, Tokenized("وصلت قوات 2999 ولواء17 الشهداء"));
  EXPECT_EQ(hits, (std::vector<Hit>{{"قوات 2999", 2999}, {"لواء17 الشهداء", 10017}}));
  EXPECT_EQ(Hits(m, Tokenized("لواء 17 الشهداء")), (std::vector<Hit>{{"لواء 17 الشهداء", 10017}}));
}

// A deliberately simple matcher over the same rules, to cross-check the hashed one on random text:
// every phrase is tried at every token by plain string comparison.
std::vector<PhraseMatcher::Match> ReferenceFindAll(const std::vector<std::vector<std::string>>& keys,
                                                   const Document& doc) {
  auto view = [&](uint32_t t) { return doc.NormView(doc.tokens[t]); };
  auto skippable = [&](uint32_t t) {
    const std::string_view v = view(t);
    return v == "\"" || v == "'" || v == "-" || v == "_";
  };
  std::vector<PhraseMatcher::Match> out;
  for (const Sentence& s : doc.sentences) {
    for (uint32_t i = s.first_token; i < s.end_token;) {
      struct Best { uint32_t first = 0, end = 0, split = 0; size_t key = 0; } best;
      auto try_at = [&](uint32_t first) {
        if (doc.tokens[first].kind == TokenKind::kPunct) return;
        const std::string_view word = view(first);
        uint8_t splits[8] = {0};
        const int n = doc.tokens[first].kind == TokenKind::kArabic ? text::ProcliticSplits(word, splits) : 1;
        for (int k = n - 1; k >= 0; --k) {
          const std::string stem(word.substr(splits[k]));
          for (const bool article : {false, true}) {
            if (article && !text::SplitElidesArticle(word, splits[k])) continue;
            std::string head = article ? "ال" : "";
            head += stem;
            for (size_t key = 0; key < keys.size(); ++key) {
              if (keys[key][0] != head) continue;
              uint32_t t = first + 1;
              bool ok = true;
              for (size_t p = 1; p < keys[key].size() && ok; ++p, ++t) {
                while (t < s.end_token && skippable(t)) ++t;
                ok = t < s.end_token && view(t) == keys[key][p];
              }
              if (ok && t > best.end) best = {first, t, splits[k], key};
            }
          }
        }
      };
      try_at(i);
      const std::string_view v = view(i);
      if (v == "و" || v == "ف" || v == "ب" || v == "ل" || v == "ك") {
        uint32_t j = i + 1;
        while (j < s.end_token && (view(j) == "\"" || view(j) == "'")) ++j;
        if (j > i + 1 && j < s.end_token) try_at(j);
      }
      if (best.end == 0) {
        ++i;
        continue;
      }
      PhraseMatcher::Match m;
      m.tok_begin = i;
      m.tok_end = best.end;
      m.begin = doc.tokens[best.first].begin + best.split;
      m.end = doc.tokens[best.end - 1].end;
      m.value = static_cast<int32_t>(best.key);
      out.push_back(m);
      i = best.end;
    }
  }
  return out;
}

TEST(PhraseMatcher, AgreesWithReferenceOnRandomText) {
  const std::vector<std::string> words = {"قوات", "سوريا", "الديمقراطيه", "الجيش", "السوري", "الحر",
                                          "تنظيم", "التنظيم", "ليبيا", "قسد", "حزب", "الله"};
  const std::vector<std::string> prefixes = {"", "", "", "و", "ب", "ل", "وب", "وال", "لل", "فل", "ال"};
  const std::vector<std::string> separators = {" ", " ", " ", " \"", "\" ", "، ", ". ", "\n", "_", " ل\""};
  std::mt19937 rng(7);
  auto pick = [&](const std::vector<std::string>& v) { return v[rng() % v.size()]; };
  for (int round = 0; round < 300; ++round) {
    std::vector<std::vector<std::string>> keys;
    PhraseMatcher m;
    for (int k = 0; k < 12; ++k) {
      std::string phrase = pick(prefixes) + pick(words);
      std::vector<std::string> tokens = {phrase};
      for (int extra = static_cast<int>(rng() % 3); extra > 0; --extra) {
        tokens.push_back(pick(words));
        phrase += " " + tokens.back();
      }
      // Distinct keys, each with one value (its index), so reference and matcher report alike.
      if (std::find(keys.begin(), keys.end(), tokens) != keys.end()) continue;
      m.Add(phrase, static_cast<int32_t>(keys.size()));
      keys.push_back(tokens);
    }
    m.Build();
    std::string text;
    for (int w = 0; w < 30; ++w) text += pick(prefixes) + pick(words) + pick(separators);
    const Document doc = Tokenized(text);
    const std::vector<PhraseMatcher::Match> expected = ReferenceFindAll(keys, doc);
    const std::vector<PhraseMatcher::Match> actual = m.FindAll(doc);
    ASSERT_EQ(actual.size(), expected.size()) << text;
    for (size_t k = 0; k < actual.size(); ++k) {
      EXPECT_EQ(actual[k].tok_begin, expected[k].tok_begin) << text;
      EXPECT_EQ(actual[k].tok_end, expected[k].tok_end) << text;
      EXPECT_EQ(actual[k].begin, expected[k].begin) << text;
      EXPECT_EQ(actual[k].end, expected[k].end) << text;
      EXPECT_EQ(actual[k].value, expected[k].value) << text;
    }
  }
}

// A day the time stage found between two commas is an aside inside a phrase ("أطلق مسلحون مجهولون، مساء
// أمس، النار"); any other comma, or commas around words that are no day, still break it.
TEST(PhraseMatcher, ADaySetOffByCommasIsSkippedInsideAPhrase) {
  const PhraseMatcher m = Built({{"أطلق مسلحون مجهولون النار", 1}});
  Document doc = Tokenized("أطلق مسلحون مجهولون، مساء أمس، النار على سيارة");
  EXPECT_TRUE(Hits(m, doc).empty());  // no time mention yet: the comma breaks the phrase
  ASSERT_EQ(doc.NormView(doc.tokens[4]), "مساء");
  ASSERT_EQ(doc.NormView(doc.tokens[6]), "\xD8\x8C");
  Mention day;
  day.kind = MentionKind::kTime;
  day.tok_begin = 4;
  day.tok_end = 6;
  doc.mentions.push_back(day);
  EXPECT_EQ(Hits(m, doc), (std::vector<Hit>{{"أطلق مسلحون مجهولون، مساء أمس، النار", 1}}));

  Document plain = Tokenized("أطلق مسلحون مجهولون، النار");
  EXPECT_TRUE(Hits(m, plain).empty());
  Document words = Tokenized("أطلق مسلحون مجهولون، في المدينة، النار");
  Mention not_a_day;
  not_a_day.kind = MentionKind::kPlace;
  not_a_day.tok_begin = 5;
  not_a_day.tok_end = 6;
  words.mentions.push_back(not_a_day);
  EXPECT_TRUE(Hits(m, words).empty());
}

// Channels: overlapping matches in different channels are all reported, leftmost-longest within each.
TEST(PhraseMatcher, ChannelsOverlapAcrossButNotWithin) {
  PhraseMatcher m;
  m.Add("قوات سوريا الديمقراطية", 1, 0);
  m.Add("سوريا", 2, 0);             // inside the longer match of channel 0: not reported
  m.Add("سوريا", 3, 1);             // same key, another channel: reported
  m.Add("سوريا الديمقراطية", 4, 2);  // overlaps channel 0's match
  m.Add("قوات", 5, 2);              // starts earlier, so it is channel 2's leftmost match
  m.Add("قوات", 6, 1);
  m.Build();
  EXPECT_EQ(m.size(), 6u);
  const Document doc = Tokenized("وقوات سوريا الديمقراطية");
  std::vector<std::tuple<int, uint32_t, uint32_t, int32_t>> got;
  for (const PhraseMatcher::Match& hit : m.FindAll(doc)) got.emplace_back(hit.channel, hit.tok_begin, hit.tok_end, hit.value);
  // By start token, then channel. Channel 0's longest match hides its سوريا; channels 1 and 2 match
  // قوات, then سوريا and سوريا الديمقراطية, inside channel 0's match.
  const std::vector<std::tuple<int, uint32_t, uint32_t, int32_t>> want = {
      {0, 0, 3, 1}, {1, 0, 1, 6}, {2, 0, 1, 5}, {1, 1, 2, 3}, {2, 1, 3, 4}};
  EXPECT_EQ(got, want);
}

TEST(PhraseMatcher, ChannelsLookupAndValueOrder) {
  PhraseMatcher m;
  m.Add("حزب الله", 9, 2);
  m.Add("حزب الله", 1, 0);
  m.Add("حزب الله", 2, 0);
  m.Add("حزب الله", 1, 2);
  m.Add("حزب الله", 1, 2);  // duplicate within a channel collapses
  m.Add("قسد", 3, 8);       // no such channel: ignored
  m.Add("قسد", 3, -1);
  m.Build();
  EXPECT_EQ(m.size(), 4u);
  auto vec = [](std::span<const int32_t> s) { return std::vector<int32_t>(s.begin(), s.end()); };
  EXPECT_EQ(vec(m.Lookup("حزب الله")), (std::vector<int32_t>{1, 2, 9, 1}));
  EXPECT_EQ(vec(m.Lookup("حزب الله", 0)), (std::vector<int32_t>{1, 2}));
  EXPECT_EQ(vec(m.Lookup("حزب الله", 2)), (std::vector<int32_t>{9, 1}));
  EXPECT_TRUE(m.Lookup("حزب الله", 1).empty());
  EXPECT_TRUE(m.Lookup("قسد").empty());
  const Document doc = Tokenized("قال حزب الله");
  std::vector<std::pair<int, int32_t>> got;
  for (const PhraseMatcher::Match& hit : m.FindAll(doc)) got.emplace_back(hit.channel, hit.value);
  EXPECT_EQ(got, (std::vector<std::pair<int, int32_t>>{{0, 1}, {0, 2}, {2, 9}, {2, 1}}));
}

// A matcher with channels reports, per channel, exactly what a matcher of that channel's phrases alone
// reports.
TEST(PhraseMatcher, ChannelsAgreeWithSeparateMatchers) {
  const std::vector<std::string> words = {"قوات", "سوريا", "الديمقراطيه", "الجيش", "السوري", "الحر",
                                          "تنظيم", "التنظيم", "ليبيا", "قسد", "حزب", "الله"};
  const std::vector<std::string> prefixes = {"", "", "", "و", "ب", "ل", "وب", "وال", "لل", "فل", "ال"};
  const std::vector<std::string> separators = {" ", " ", " ", " \"", "\" ", "، ", ". ", "\n", "_", " ل\""};
  constexpr int kUsed = 3;
  std::mt19937 rng(11);
  auto pick = [&](const std::vector<std::string>& v) { return v[rng() % v.size()]; };
  for (int round = 0; round < 300; ++round) {
    PhraseMatcher shared;
    std::vector<PhraseMatcher> alone(kUsed);
    for (int k = 0; k < 24; ++k) {
      std::string phrase = pick(prefixes) + pick(words);
      for (int extra = static_cast<int>(rng() % 3); extra > 0; --extra) phrase.append(" ").append(pick(words));
      const int channel = static_cast<int>(rng() % kUsed);
      const auto value = static_cast<int32_t>(rng() % 5);
      shared.Add(phrase, value, channel * 2);  // channels 0, 2, 4: gaps in the mask are fine
      alone[channel].Add(phrase, value);
    }
    shared.Build();
    for (PhraseMatcher& m : alone) m.Build();
    std::string text;
    for (int w = 0; w < 30; ++w) text += pick(prefixes) + pick(words) + pick(separators);
    const Document doc = Tokenized(text);
    const std::vector<PhraseMatcher::Match> all = shared.FindAll(doc);
    for (size_t k = 1; k < all.size(); ++k) {
      EXPECT_LE(std::tie(all[k - 1].tok_begin, all[k - 1].channel), std::tie(all[k].tok_begin, all[k].channel));
    }
    for (int c = 0; c < kUsed; ++c) {
      std::vector<PhraseMatcher::Match> expected = alone[c].FindAll(doc);
      std::vector<PhraseMatcher::Match> actual;
      for (const PhraseMatcher::Match& hit : all) {
        if (hit.channel == c * 2) actual.push_back(hit);
      }
      ASSERT_EQ(actual.size(), expected.size()) << text;
      for (size_t k = 0; k < actual.size(); ++k) {
        EXPECT_EQ(actual[k].tok_begin, expected[k].tok_begin) << text;
        EXPECT_EQ(actual[k].tok_end, expected[k].tok_end) << text;
        EXPECT_EQ(actual[k].begin, expected[k].begin) << text;
        EXPECT_EQ(actual[k].end, expected[k].end) << text;
        EXPECT_EQ(actual[k].value, expected[k].value) << text;
        EXPECT_EQ(expected[k].channel, 0);
      }
    }
  }
}

std::vector<std::string> LoadCorpusTexts(const std::string& path) {
  std::vector<std::string> texts;
  simdjson::padded_string json;
  if (simdjson::padded_string::load(path).get(json) != simdjson::SUCCESS) return texts;
  simdjson::ondemand::parser parser;
  simdjson::ondemand::document_stream stream;
  if (parser.iterate_many(json).get(stream) != simdjson::SUCCESS) return texts;
  for (auto doc : stream) {
    std::string_view t;
    if (doc["text"].get_string().get(t) == simdjson::SUCCESS) texts.emplace_back(t);
  }
  return texts;
}

// The aliases column of the project's actor dictionary, as a realistic phrase list.
PhraseMatcher ActorAliasMatcher(const std::string& path) {
  PhraseMatcher m;
  std::ifstream in(path);
  std::string line;
  int32_t row = 0;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    std::vector<std::string> fields;
    std::stringstream columns(line);
    for (std::string f; std::getline(columns, f, '\t');) fields.push_back(f);
    if (fields.size() < 5) continue;
    std::stringstream aliases(fields[4]);
    for (std::string alias; std::getline(aliases, alias, '|');) m.Add(alias, row);
    ++row;
  }
  m.Build();
  return m;
}

// 3000 phrases of one and two words taken from across the corpus. Only words of four or more letters
// start a phrase, as in an actor or trigger list: function words would hit everywhere.
PhraseMatcher CorpusSampleMatcher(const std::vector<std::string>& texts) {
  PhraseMatcher m;
  int added = 0;
  for (size_t a = 0; a < texts.size() && added < 3000; a += 2) {
    const Document sample = Tokenized(texts[a]);
    for (size_t t = 0; t + 1 < sample.tokens.size(); ++t) {
      const std::string_view word = sample.NormView(sample.tokens[t]);
      if (sample.tokens[t].kind != TokenKind::kArabic || word.size() < 8) continue;
      std::string phrase(word);
      if (a % 4 == 0) {
        phrase.push_back(' ');
        phrase.append(sample.NormView(sample.tokens[t + 1]));
      }
      m.Add(phrase, added++);
      break;
    }
  }
  m.Build();
  return m;
}

// Throughput on real news text, run on demand (it reads the shared corpus and takes a few seconds):
//   RASD_BENCH=1 build-text/src/lexicon/lexicon_test --gtest_filter='*Throughput*'
TEST(PhraseMatcher, ThroughputOnCorpus) {
  if (std::getenv("RASD_BENCH") == nullptr) GTEST_SKIP() << "set RASD_BENCH=1 to measure throughput";
  const std::vector<std::string> texts =
      LoadCorpusTexts(std::string(RASD_TEST_SHARED_DATA) + "/corpus/ant-multisource/articles.jsonl");
  ASSERT_FALSE(texts.empty());
  size_t bytes = 0;
  for (const std::string& t : texts) bytes += t.size();

  struct Dictionary {
    const char* name;
    PhraseMatcher matcher;
    double seconds = 0;
    size_t matches = 0;
  };
  Dictionary dictionaries[] = {
      {"actor aliases (data/actors.tsv)", ActorAliasMatcher(std::string(RASD_TEST_DICT_DIR) + "/actors.tsv")},
      {"corpus sample", CorpusSampleMatcher(texts)},
  };

  using Clock = std::chrono::steady_clock;
  auto seconds = [](Clock::time_point from, Clock::time_point to) {
    return std::chrono::duration<double>(to - from).count();
  };
  constexpr int kRepeats = 3;
  double normalize_s = 0, tokenize_s = 0;
  size_t tokens = 0;
  for (int rep = 0; rep < kRepeats; ++rep) {
    for (const std::string& t : texts) {
      Document doc;
      const auto t0 = Clock::now();
      doc.norm = text::Normalize(t);
      const auto t1 = Clock::now();
      text::Tokenize(doc);
      const auto t2 = Clock::now();
      normalize_s += seconds(t0, t1);
      tokenize_s += seconds(t1, t2);
      tokens += doc.tokens.size();
      for (Dictionary& d : dictionaries) {
        const auto m0 = Clock::now();
        d.matches += d.matcher.FindAll(doc).size();
        d.seconds += seconds(m0, Clock::now());
      }
    }
  }
  const double mb = kRepeats * static_cast<double>(bytes) / 1e6;
  std::printf("%zu articles, %.1f MB x%d, %zu tokens\n", texts.size(), static_cast<double>(bytes) / 1e6,
              kRepeats, tokens);
  std::printf("normalize %.0f MB/s, tokenize %.0f MB/s, normalize+tokenize %.0f MB/s\n", mb / normalize_s,
              mb / tokenize_s, mb / (normalize_s + tokenize_s));
  for (const Dictionary& d : dictionaries) {
    std::printf("match, %s: %zu phrases, %zu matches, %.0f MB/s (%.1f M tokens/s)\n", d.name, d.matcher.size(),
                d.matches, mb / d.seconds, static_cast<double>(tokens) / d.seconds / 1e6);
  }
}

}  // namespace
}  // namespace rasd::lexicon
