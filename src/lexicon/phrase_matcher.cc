// Phrases are grouped by their first token. An open-addressing table maps the hash of a first token to
// its group (phrases sorted longest first), so each text token costs one hash pass and a probe per
// proclitic split, with no allocation.
//
// Channels share the table: a phrase (token sequence) is stored once with the values of every channel
// that added it, grouped by channel, and a mask of those channels. A scan keeps, per channel, the token
// where that channel's last match ended, so leftmost-longest holds within each channel independently.
//
// The hash runs over a token's bytes from the last to the first. Every proclitic split of a word leaves
// a suffix of it as the stem, so one backward pass yields the hash of every stem; the article that لل
// swallowed ("للتنظيم" = ل + التنظيم) is put back by hashing its two letters on, never by copying.
#include "lexicon/phrase_matcher.h"

#include <algorithm>
#include <array>
#include <bit>
#include <cstdint>
#include <cstring>
#include <string>

#include "text/normalizer.h"
#include "text/tokenizer.h"
#include "text/word_endings.h"

namespace rasd::lexicon {
namespace {

constexpr std::string_view kArticle = "\xD8\xA7\xD9\x84";  // ال

constexpr uint64_t kHashSeed = 0xcbf29ce484222325ull;  // FNV-1a 64 over 16-bit units, applied backwards
inline uint64_t HashStep(uint64_t h, uint32_t unit) { return (h ^ unit) * 0x100000001b3ull; }
// Hashes s[to, from) onto h from the end, two bytes (one Arabic letter) per step; an odd byte left at
// `to` goes alone. Arabic words and their stems have even sizes, so the hash of a stem extends to the
// hash of any longer suffix, and of "ال" + stem, step by step.
inline uint64_t HashBack(uint64_t h, std::string_view s, size_t from, size_t to) {
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  while (from >= to + 2) {
    from -= 2;
    h = HashStep(h, static_cast<uint32_t>(p[from]) << 8 | p[from + 1]);
  }
  if (from > to) h = HashStep(h, p[to]);
  return h;
}
// Extends the hash of a suffix s to the hash of prefix + s (s of even size).
inline uint64_t HashPrepend(uint64_t h, std::string_view prefix) { return HashBack(h, prefix, prefix.size(), 0); }
inline uint64_t Hash(std::string_view s) { return HashBack(kHashSeed, s, s.size(), 0); }
// The table slot of a hash: bits mixed by the multiplications, apart from the filter's (hash >> 40).
inline size_t SlotOf(uint64_t hash, uint64_t mask) { return std::rotr(hash, 20) & mask; }

// The key's tokens as the tokenizer cuts text, without punctuation: keys and text then split alike.
std::vector<std::string> KeyTokens(std::string_view phrase) {
  Document doc;
  doc.norm = text::Normalize(text::NormalizeKey(phrase));
  text::Tokenize(doc);
  std::vector<std::string> tokens;
  for (const Token& t : doc.tokens) {
    if (t.kind != TokenKind::kPunct) tokens.emplace_back(doc.NormView(t));
  }
  return tokens;
}

// The first 8 bytes of s[begin, end), zero-padded: with the size, a token compares in one step when it
// is at most 8 bytes long (four Arabic letters), and almost every mismatch is caught there.
inline uint64_t Head(std::string_view s, uint32_t begin, uint32_t end) {
  const uint32_t n = std::min<uint32_t>(end - begin, 8);
  uint64_t h = 0;
  if (begin + 8 <= s.size()) {
    std::memcpy(&h, s.data() + begin, 8);
    if (n < 8) h &= (uint64_t{1} << (8 * n)) - 1;
  } else {
    std::memcpy(&h, s.data() + begin, n);
  }
  return h;
}

bool IsQuote(std::string_view t) { return t == "\"" || t == "'"; }

// Punctuation skipped between the tokens of a phrase: quotes around a name (حركة "حماس") and the
// joiners of hashtags and compounds (ميليشيات_الحوثي, داعش-خراسان).
bool IsSkippableInsidePhrase(std::string_view t) { return IsQuote(t) || t == "-" || t == "_"; }
bool IsComma(std::string_view t) { return t == "\xD8\x8C" || t == ","; }  // ، ,

// A one-letter token that can only be a proclitic detached by tatweel or a quote: لـ"قسد" → ل " قسد ".
bool IsLoneProclitic(std::string_view t) {
  if (t.size() != 2) return false;
  using namespace text::detail;
  const uint16_t letter = LetterAt(t, 0);
  return letter == kWaw || letter == kFa || letter == kBa || letter == kLam || letter == kKaf;  // و ف ب ل ك
}

}  // namespace

struct PhraseMatcher::Impl {
  struct Added {
    std::vector<std::string> tokens;
    int32_t value;
    uint8_t channel;
  };
  struct TokenRef {
    uint32_t offset, size;  // into `pool`
    uint64_t head;          // the first 8 bytes, zero-padded (see Head)
  };
  struct Phrase {
    uint32_t first_token;  // index into `tokens`; the first is the group's key
    uint32_t token_count;
    uint32_t values_begin, values_end;  // into `values` and `value_channels`, grouped by channel
    uint8_t channels;                   // mask of the channels with a value
    // The second token's size and first bytes (TokenRef::head), 0 for one-token phrases: most phrases
    // tried fail there, checked without leaving the phrase array.
    uint32_t second_size;
    uint64_t second_head;
  };
  struct Slot {
    uint64_t hash = 0;
    uint32_t phrases_begin = 0, phrases_end = 0;  // into `phrases`; empty slot when equal
  };

  std::vector<Added> added;
  bool built = false;

  std::string pool;
  std::vector<TokenRef> tokens;
  std::vector<Phrase> phrases;
  std::vector<int32_t> values;
  std::vector<uint8_t> value_channels;  // parallel to `values`
  uint8_t channels_used = 0;            // mask over all phrases
  std::vector<Slot> table;
  // Per table slot (parallel to `table`), read only when a group is found: where the group's one-token
  // phrases start (the longer ones come first), and for groups with many longer phrases a 256-bit
  // filter of their second tokens (SecondBit), so a word that starts hundreds of phrases ("قوات") is
  // not compared with each of them when the next word starts none.
  struct GroupInfo {
    uint32_t singles_begin = 0;
    uint32_t seconds = kNoSeconds;  // index into `second_filters`
  };
  static constexpr uint32_t kNoSeconds = UINT32_MAX;
  static constexpr uint32_t kMinFilteredPhrases = 4;
  std::vector<GroupInfo> group_info;
  std::vector<std::array<uint64_t, 4>> second_filters;
  static uint32_t SecondBit(uint32_t size, uint64_t head) {
    return static_cast<uint32_t>(((head ^ size) * 0x9E3779B97F4A7C15ull) >> 56);
  }
  uint64_t mask = 0;
  // One bit per first-token hash, about 16 bits per group: most stems tried are not keys, and this
  // rejects them from L1 before the table (larger than L1) is touched.
  std::vector<uint64_t> filter;
  uint64_t filter_mask = 0;
  // How the first tokens end: a word that ends unlike all of them starts no phrase, and is ruled out
  // before its proclitic splits are listed and its stems hashed. Thousands of first tokens set about
  // a tenth of 16 Kbit per filter (4 KB in all).
  text::WordEndings<16384> endings;

  static uint64_t FilterBit(uint64_t hash) { return hash >> 40; }  // bits the table index does not use
  bool MayContain(uint64_t hash) const {
    const uint64_t bit = FilterBit(hash) & filter_mask;
    return (filter[bit >> 6] >> (bit & 63)) & 1;
  }

  std::string_view TokenText(uint32_t index) const {
    return std::string_view(pool).substr(tokens[index].offset, tokens[index].size);
  }

  void Build();
  // The group whose first token is (with_article ? "ال" : "") + stem, found by its precomputed hash.
  const Slot* FindGroup(uint64_t hash, std::string_view stem, bool with_article) const;
  // Number of text tokens the phrase spans when its first token is text token `first`, or 0.
  uint32_t MatchRest(const Phrase& p, const Document& doc, uint32_t first, uint32_t sentence_end) const;

  // The text tokens after `first` that the later tokens of a phrase are compared with (skipping quotes
  // and joiners), found once per start token and shared by all the phrases tried there. Each carries its
  // size and first bytes, so most mismatches cost one comparison and no memcmp.
  static constexpr uint32_t kAhead = 16;
  // Days set off by commas in the text ("أطلق مسلحون مجهولون، مساء أمس، النار"): per aside, the token of
  // its first comma and the token after its second, in text order. Skipped between a phrase's tokens.
  using Asides = std::vector<std::pair<uint32_t, uint32_t>>;
  struct Ahead {
    const Document& doc;
    const Asides& asides;
    uint32_t first, sentence_end;
    uint32_t scan;          // next text token to look at
    uint32_t filled = 1;    // entries [1, filled) are valid
    bool ended = false;
    uint32_t tok[kAhead];
    uint32_t size[kAhead];
    uint64_t head[kAhead];
    Ahead(const Document& d, const Asides& a, uint32_t f, uint32_t end)
        : doc(d), asides(a), first(f), sentence_end(end), scan(f + 1) {}
    bool Has(uint32_t k);
  };
  // Like MatchRest, through `ahead`.
  uint32_t MatchAhead(const Phrase& p, Ahead& ahead) const;

  struct Best {
    uint32_t first = 0;   // text token holding the phrase's first token
    uint32_t end = 0;     // one past the last text token, 0 = no match
    uint32_t split = 0;   // bytes of proclitic stripped from `first`
    const Phrase* phrase = nullptr;
  };
  // Tries every proclitic split of text token `first` as the start of a phrase; keeps the longest for
  // each channel in `active` (best[c] for channel c). Returns the mask of channels it set a best for.
  uint8_t MatchAt(const Document& doc, const Asides& asides, uint32_t first, uint32_t sentence_end, uint8_t active,
                 Best* best) const;
};

void PhraseMatcher::Impl::Build() {
  // Group equal keys together, and within a first token the longest phrase first, so the first phrase
  // of a group that matches is the longest. Stable to keep each key's values in the order added.
  std::vector<const Added*> order;
  order.reserve(added.size());
  for (const Added& a : added) order.push_back(&a);
  std::stable_sort(order.begin(), order.end(), [](const Added* a, const Added* b) {
    if (a->tokens[0] != b->tokens[0]) return a->tokens[0] < b->tokens[0];
    if (a->tokens.size() != b->tokens.size()) return a->tokens.size() > b->tokens.size();
    return a->tokens < b->tokens;
  });

  pool.clear();
  tokens.clear();
  phrases.clear();
  values.clear();
  value_channels.clear();
  channels_used = 0;
  for (size_t k = 0; k < order.size();) {
    const Added& a = *order[k];
    size_t end = k + 1;
    while (end < order.size() && order[end]->tokens == a.tokens) ++end;
    Phrase p;
    p.first_token = static_cast<uint32_t>(tokens.size());
    p.token_count = static_cast<uint32_t>(a.tokens.size());
    p.values_begin = static_cast<uint32_t>(values.size());
    p.channels = 0;
    p.second_size = a.tokens.size() > 1 ? static_cast<uint32_t>(a.tokens[1].size()) : 0;
    p.second_head = a.tokens.size() > 1 ? Head(a.tokens[1], 0, p.second_size) : 0;
    for (const std::string& t : a.tokens) {
      const auto size = static_cast<uint32_t>(t.size());
      tokens.push_back({static_cast<uint32_t>(pool.size()), size, Head(t, 0, size)});
      pool += t;
    }
    // Each channel's distinct values, in the order added; channels in ascending order.
    for (int c = 0; c < kChannels; ++c) {
      for (size_t j = k; j < end; ++j) {
        if (order[j]->channel != c) continue;
        bool seen = false;
        for (size_t v = p.values_begin; v < values.size() && !seen; ++v) {
          seen = value_channels[v] == c && values[v] == order[j]->value;
        }
        if (seen) continue;
        values.push_back(order[j]->value);
        value_channels.push_back(static_cast<uint8_t>(c));
        p.channels |= static_cast<uint8_t>(1u << c);
      }
    }
    p.values_end = static_cast<uint32_t>(values.size());
    channels_used |= p.channels;
    phrases.push_back(p);
    k = end;
  }

  // Load factor at most 1/2 keeps probe sequences short for the misses that most tokens are.
  size_t groups = 0;
  for (size_t k = 0; k < phrases.size(); ++k) {
    if (k == 0 || TokenText(phrases[k].first_token) != TokenText(phrases[k - 1].first_token)) ++groups;
  }
  table.assign(std::bit_ceil(std::max<size_t>(16, groups * 2)), Slot{});
  group_info.assign(table.size(), GroupInfo{});
  second_filters.clear();
  mask = table.size() - 1;
  filter.assign(std::bit_ceil(std::max<size_t>(64, groups * 16)) / 64, 0);
  filter_mask = filter.size() * 64 - 1;
  endings.Reset();
  for (size_t k = 0; k < phrases.size();) {
    const std::string_view key = TokenText(phrases[k].first_token);
    size_t end = k + 1;
    while (end < phrases.size() && TokenText(phrases[end].first_token) == key) ++end;
    endings.Add(key);
    const uint64_t hash = Hash(key);
    const uint64_t bit = FilterBit(hash) & filter_mask;
    filter[bit >> 6] |= uint64_t{1} << (bit & 63);
    size_t slot = SlotOf(hash, mask);
    while (table[slot].phrases_end != 0) slot = (slot + 1) & mask;
    table[slot] = {hash, static_cast<uint32_t>(k), static_cast<uint32_t>(end)};
    GroupInfo& info = group_info[slot];
    info.singles_begin = static_cast<uint32_t>(k);
    while (info.singles_begin < end && phrases[info.singles_begin].token_count > 1) ++info.singles_begin;
    if (info.singles_begin - k >= kMinFilteredPhrases) {
      info.seconds = static_cast<uint32_t>(second_filters.size());
      std::array<uint64_t, 4> bits{};
      for (size_t g = k; g < info.singles_begin; ++g) {
        const uint32_t b = SecondBit(phrases[g].second_size, phrases[g].second_head);
        bits[b >> 6] |= uint64_t{1} << (b & 63);
      }
      second_filters.push_back(bits);
    }
    k = end;
  }
  built = true;
}

const PhraseMatcher::Impl::Slot* PhraseMatcher::Impl::FindGroup(uint64_t hash, std::string_view stem,
                                                                bool with_article) const {
  if (!MayContain(hash)) return nullptr;
  for (size_t slot = SlotOf(hash, mask);; slot = (slot + 1) & mask) {
    const Slot& s = table[slot];
    if (s.phrases_end == 0) return nullptr;
    if (s.hash != hash) continue;
    std::string_view key = TokenText(phrases[s.phrases_begin].first_token);
    if (with_article) {
      if (!key.starts_with(kArticle)) continue;
      key.remove_prefix(kArticle.size());
    }
    if (key == stem) return &s;
  }
}

inline bool PhraseMatcher::Impl::Ahead::Has(uint32_t k) {
  while (filled <= k) {
    if (ended) return false;
    while (scan < sentence_end && doc.tokens[scan].kind == TokenKind::kPunct) {
      if (IsSkippableInsidePhrase(doc.NormView(doc.tokens[scan]))) {
        ++scan;
        continue;
      }
      const auto aside = std::lower_bound(asides.begin(), asides.end(), std::make_pair(scan, uint32_t{0}));
      if (aside == asides.end() || aside->first != scan || aside->second >= sentence_end) break;
      scan = aside->second;
    }
    if (scan >= sentence_end) {
      ended = true;
      return false;
    }
    const Token& t = doc.tokens[scan];
    tok[filled] = scan;
    size[filled] = t.end - t.begin;
    head[filled] = Head(doc.norm.text, t.begin, t.end);
    ++filled;
    ++scan;
  }
  return true;
}

uint32_t PhraseMatcher::Impl::MatchAhead(const Phrase& p, Ahead& ahead) const {
  if (p.token_count > kAhead) return MatchRest(p, ahead.doc, ahead.first, ahead.sentence_end);
  const char* text = ahead.doc.norm.text.data();
  for (uint32_t k = 1; k < p.token_count; ++k) {
    if (!ahead.Has(k)) return 0;
    const TokenRef& key = tokens[p.first_token + k];
    if (key.size != ahead.size[k] || key.head != ahead.head[k]) return 0;
    if (key.size > 8 &&
        std::memcmp(pool.data() + key.offset + 8, text + ahead.doc.tokens[ahead.tok[k]].begin + 8, key.size - 8) != 0) {
      return 0;
    }
  }
  return p.token_count == 1 ? ahead.first + 1 : ahead.tok[p.token_count - 1] + 1;
}

uint32_t PhraseMatcher::Impl::MatchRest(const Phrase& p, const Document& doc, uint32_t first,
                                        uint32_t sentence_end) const {
  uint32_t t = first + 1;
  for (uint32_t k = 1; k < p.token_count; ++k, ++t) {
    while (t < sentence_end && doc.tokens[t].kind == TokenKind::kPunct &&
           IsSkippableInsidePhrase(doc.NormView(doc.tokens[t]))) {
      ++t;
    }
    if (t >= sentence_end || doc.NormView(doc.tokens[t]) != TokenText(p.first_token + k)) return 0;
  }
  return t;
}

uint8_t PhraseMatcher::Impl::MatchAt(const Document& doc, const Asides& asides, uint32_t first, uint32_t sentence_end,
                                     uint8_t active, Best* best) const {
  const Token& token = doc.tokens[first];
  const std::string_view word = doc.NormView(token);
  // Every stem, and the article put back before one, ends like the word (WordEndings tests words of
  // four bytes or more).
  if (word.size() >= 4 && !endings.MayEnd(word)) return 0;
  uint8_t set = 0;
  Ahead ahead(doc, asides, first, sentence_end);
  uint8_t splits[8] = {0};
  const int split_count = token.kind == TokenKind::kArabic ? text::ProcliticSplits(word, splits) : 1;

  // Hashes of the stems, longest split (shortest stem) first, from one backward pass over the word.
  uint64_t stem_hash[8];
  uint64_t h = kHashSeed;
  size_t pos = word.size();
  for (int k = 0; k < split_count; ++k) {
    h = HashBack(h, word, pos, splits[k]);
    pos = splits[k];
    stem_hash[k] = h;
  }

  // The least stripped reading first, so that between equally long matches the literal one wins.
  for (int k = split_count - 1; k >= 0; --k) {
    const std::string_view stem = word.substr(splits[k]);
    bool elided = text::SplitElidesArticle(word, splits[k]);
    const Slot* group = MayContain(stem_hash[k]) ? FindGroup(stem_hash[k], stem, false) : nullptr;
    for (int attempt = 0; attempt < 2; ++attempt) {
      if (group != nullptr) {
        uint8_t needed = active;
        uint32_t g = group->phrases_begin;
        const GroupInfo& info = group_info[static_cast<size_t>(group - table.data())];
        if (info.seconds != kNoSeconds) {
          // No longer phrase can match unless one has the next word as its second token.
          bool none_longer = !ahead.Has(1);
          if (!none_longer) {
            const std::array<uint64_t, 4>& bits = second_filters[info.seconds];
            const uint32_t b = SecondBit(ahead.size[1], ahead.head[1]);
            none_longer = ((bits[b >> 6] >> (b & 63)) & 1) == 0;
          }
          if (none_longer) g = info.singles_begin;
        }
        for (; g < group->phrases_end; ++g) {
          const Phrase& p = phrases[g];
          const uint8_t found = p.channels & needed;
          if (found == 0) continue;
          if (p.token_count > 1 &&
              (!ahead.Has(1) || p.second_size != ahead.size[1] || p.second_head != ahead.head[1])) {
            continue;
          }
          const uint32_t end = MatchAhead(p, ahead);
          if (end == 0) continue;
          for (uint8_t bits = found; bits != 0; bits &= static_cast<uint8_t>(bits - 1)) {
            Best& b = best[std::countr_zero(bits)];
            if (end > b.end) {
              b = {first, end, splits[k], &p};
              set |= static_cast<uint8_t>(bits & -bits);
            }
          }
          // The rest of the group is shorter: a channel keeps its first (longest) match.
          needed &= static_cast<uint8_t>(~found);
          if (needed == 0) break;
        }
      }
      if (!elided) break;
      const uint64_t with_article = HashPrepend(stem_hash[k], kArticle);
      group = MayContain(with_article) ? FindGroup(with_article, stem, true) : nullptr;
      elided = false;
    }
  }
  return set;
}

PhraseMatcher::PhraseMatcher() : impl_(std::make_unique<Impl>()) {}
PhraseMatcher::~PhraseMatcher() = default;
PhraseMatcher::PhraseMatcher(PhraseMatcher&&) noexcept = default;
PhraseMatcher& PhraseMatcher::operator=(PhraseMatcher&&) noexcept = default;

void PhraseMatcher::Add(std::string_view phrase, int32_t value, int channel) {
  if (channel < 0 || channel >= kChannels) return;
  std::vector<std::string> tokens = KeyTokens(phrase);
  if (tokens.empty()) return;
  impl_->added.push_back({std::move(tokens), value, static_cast<uint8_t>(channel)});
  impl_->built = false;
}

void PhraseMatcher::Build() { impl_->Build(); }

size_t PhraseMatcher::size() const {
  if (!impl_->built) return impl_->added.size();
  return impl_->values.size();
}

std::vector<PhraseMatcher::Match> PhraseMatcher::FindAll(const Document& doc) const {
  std::vector<Match> matches;
  const Impl& m = *impl_;
  if (!m.built || m.phrases.empty()) return matches;
  // Per channel, the first token not inside that channel's last match. Matches end within their
  // sentence, so this carries over sentence boundaries unchanged. `busy` marks the channels still
  // inside a match and `busy_until` the earliest token where one of them is free again, so most tokens
  // (outside every match) take all channels without looking at each. best[c].end is 0 between tokens.
  uint32_t next[kChannels] = {};
  uint8_t busy = 0;
  uint32_t busy_until = 0;
  Impl::Best best[kChannels];
  Impl::Asides asides;
  for (const Mention& time : doc.mentions) {
    if (time.kind != MentionKind::kTime || time.tok_begin == 0 || time.tok_end >= doc.tokens.size()) continue;
    if (IsComma(doc.NormView(doc.tokens[time.tok_begin - 1])) && IsComma(doc.NormView(doc.tokens[time.tok_end]))) {
      asides.emplace_back(time.tok_begin - 1, time.tok_end + 1);
    }
  }
  std::sort(asides.begin(), asides.end());
  for (const Sentence& sentence : doc.sentences) {
    for (uint32_t i = sentence.first_token; i < sentence.end_token; ++i) {
      const Token& token = doc.tokens[i];
      if (token.kind == TokenKind::kPunct) continue;
      if (busy != 0 && i >= busy_until) {
        busy_until = UINT32_MAX;
        for (uint8_t bits = busy; bits != 0; bits &= static_cast<uint8_t>(bits - 1)) {
          const int c = std::countr_zero(bits);
          if (next[c] <= i) {
            busy &= static_cast<uint8_t>(~(1u << c));
          } else {
            busy_until = std::min(busy_until, next[c]);
          }
        }
      }
      const uint8_t active = m.channels_used & static_cast<uint8_t>(~busy);
      if (active == 0) continue;
      uint8_t found = m.MatchAt(doc, asides, i, sentence.end_token, active, best);
      // لـ"قسد": the phrase may start after a detached proclitic and its quotes.
      if (token.kind == TokenKind::kArabic && IsLoneProclitic(doc.NormView(token))) {
        uint32_t j = i + 1;
        while (j < sentence.end_token && doc.tokens[j].kind == TokenKind::kPunct &&
               IsQuote(doc.NormView(doc.tokens[j]))) {
          ++j;
        }
        if (j > i + 1 && j < sentence.end_token) found |= m.MatchAt(doc, asides, j, sentence.end_token, active, best);
      }
      for (uint8_t bits = found; bits != 0; bits &= static_cast<uint8_t>(bits - 1)) {
        const int c = std::countr_zero(bits);
        Impl::Best& b = best[c];
        Match match;
        match.tok_begin = i;
        match.tok_end = b.end;
        match.begin = doc.tokens[b.first].begin + b.split;
        match.end = doc.tokens[b.end - 1].end;
        match.channel = static_cast<uint8_t>(c);
        for (uint32_t v = b.phrase->values_begin; v < b.phrase->values_end; ++v) {
          if (m.value_channels[v] != c) continue;
          match.value = m.values[v];
          matches.push_back(match);
        }
        next[c] = b.end;
        busy_until = busy == 0 ? b.end : std::min(busy_until, b.end);
        busy |= static_cast<uint8_t>(1u << c);
        b.end = 0;
      }
    }
  }
  return matches;
}

std::span<const int32_t> PhraseMatcher::Lookup(std::string_view normalized_key, int channel) const {
  const std::span<const int32_t> all = Lookup(normalized_key);
  if (all.empty()) return all;
  const Impl& m = *impl_;
  const auto first = static_cast<size_t>(all.data() - m.values.data());
  size_t begin = first, end = first + all.size();
  while (begin < end && m.value_channels[begin] != channel) ++begin;
  size_t stop = begin;
  while (stop < end && m.value_channels[stop] == channel) ++stop;
  return all.subspan(begin - first, stop - begin);
}

std::span<const int32_t> PhraseMatcher::Lookup(std::string_view normalized_key) const {
  const Impl& m = *impl_;
  if (!m.built || m.phrases.empty()) return {};
  const std::vector<std::string> key = KeyTokens(normalized_key);
  if (key.empty()) return {};
  const Impl::Slot* group = m.FindGroup(Hash(key[0]), key[0], false);
  if (group == nullptr) return {};
  for (uint32_t g = group->phrases_begin; g < group->phrases_end; ++g) {
    const Impl::Phrase& p = m.phrases[g];
    if (p.token_count != key.size()) continue;
    bool equal = true;
    for (uint32_t k = 1; k < p.token_count && equal; ++k) equal = m.TokenText(p.first_token + k) == key[k];
    if (equal) return std::span<const int32_t>(m.values).subspan(p.values_begin, p.values_end - p.values_begin);
  }
  return {};
}

}  // namespace rasd::lexicon
