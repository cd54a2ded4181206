// Stage `store`: content hash and SimHash fingerprint (see fingerprint.h).
#include "store/fingerprint.h"

#include <algorithm>
#include <array>
#include <bit>
#include <cstring>

namespace rasd::store {
namespace {

constexpr uint64_t kFnvSeed = 14695981039346656037ull;
constexpr uint64_t kFnvPrime = 1099511628211ull;

uint64_t Fnv1a(std::string_view s, uint64_t h = kFnvSeed) {
  for (unsigned char c : s) {
    h ^= c;
    h *= kFnvPrime;
  }
  return h;
}

// splitmix64 finalizer: FNV's low bits are weak, SimHash needs every bit of a feature hash to be
// an even coin.
uint64_t Mix(uint64_t x) {
  x ^= x >> 30;
  x *= 0xbf58476d1ce4e5b9ull;
  x ^= x >> 27;
  x *= 0x94d049bb133111ebull;
  x ^= x >> 31;
  return x;
}

// Decodes one UTF-8 code point at s[i] and says how many bytes it took; malformed bytes decode as
// themselves (U+FFFD-like), one byte at a time, so any input is accepted. The offset goes in and out
// by value: the callers' position then stays in a register.
struct Decoded {
  uint32_t cp;
  uint32_t size;
};
Decoded Next(std::string_view s, size_t i) {
  unsigned char c = s[i];
  int len = c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : (c >> 3) == 30 ? 4 : 0;
  if (len == 0 || i + len > s.size()) return {0xFFFD, 1};
  uint32_t cp = len == 1 ? c : c & (0x7F >> len);
  for (int k = 1; k < len; ++k) {
    unsigned char cc = s[i + k];
    if ((cc & 0xC0) != 0x80) return {0xFFFD, 1};
    cp = (cp << 6) | (cc & 0x3F);
  }
  return {cp, static_cast<uint32_t>(len)};
}

constexpr bool IsWordChar(uint32_t cp) {
  if (cp < 0x80) return (cp >= '0' && cp <= '9') || (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z');
  if (cp >= 0x0621 && cp <= 0x064A) return true;  // Arabic letters
  if (cp >= 0x0660 && cp <= 0x0669) return true;  // Arabic-Indic digits
  if (cp >= 0x06F0 && cp <= 0x06F9) return true;  // Eastern Arabic-Indic digits
  if (cp >= 0x0671 && cp <= 0x06D3) return true;  // extended Arabic letters
  if (cp >= 0x00C0 && cp <= 0x024F) return true;  // Latin with accents
  return false;
}

}  // namespace

namespace {

// The content hash's two FNV-1a chains over the text; the first starts from the title and a NUL.
struct ContentChains {
  uint64_t a, second = 0x84222325cbf29ce4ull;
  explicit ContentChains(std::string_view title) : a(Fnv1a(std::string_view("\0", 1), Fnv1a(title))) {}
  void Feed(unsigned char c) {
    a = (a ^ c) * kFnvPrime;
    second = (second ^ c) * kFnvPrime;
  }
  // 32 lowercase hex digits: `a`, then a mix of both chains and the text's length.
  std::string Hex(size_t text_size) const {
    const uint64_t halves[2] = {a, Mix(a ^ second ^ (text_size * 0x9E3779B97F4A7C15ull))};
    std::string out(32, '0');
    for (int h = 0; h < 2; ++h) {
      for (int k = 0; k < 16; ++k) out[16 * h + k] = "0123456789abcdef"[(halves[h] >> (60 - 4 * k)) & 0xF];
    }
    return out;
  }
};

}  // namespace

std::string ContentHash(std::string_view title, std::string_view text) {
  // Two independent 64-bit FNV-1a runs: collisions only matter between versions of one doc_id.
  // The two runs over `text` go in one loop: independent multiply chains overlap in the CPU.
  ContentChains chains(title);
  for (unsigned char c : text) chains.Feed(c);
  return chains.Hex(text.size());
}

namespace {

// Folds one code point as FoldedWords documents; returns 0 for a character that separates words and
// 1 for one dropped without a trace (diacritics, tatweel).
constexpr uint32_t Fold(uint32_t cp) {
  if ((cp >= 0x064B && cp <= 0x0652) || cp == 0x0640 || cp == 0x0670) return 1;  // harakat, tatweel
  if (cp == 0x0622 || cp == 0x0623 || cp == 0x0625 || cp == 0x0671) cp = 0x0627;  // alef forms
  if (cp == 0x0649) cp = 0x064A;                                                    // alef maqsura
  if (cp == 0x0629) cp = 0x0647;                                                    // taa marbuta
  if (cp >= 0x0660 && cp <= 0x0669) cp = '0' + (cp - 0x0660);
  if (cp >= 0x06F0 && cp <= 0x06F9) cp = '0' + (cp - 0x06F0);
  if (cp >= 'A' && cp <= 'Z') cp += 'a' - 'A';
  return IsWordChar(cp) ? cp : 0;
}

// kSpread[b] has byte j equal to bit j of b.
constexpr std::array<uint64_t, 256> MakeSpread() {
  std::array<uint64_t, 256> t{};
  for (int b = 0; b < 256; ++b) {
    for (int j = 0; j < 8; ++j) t[b] |= static_cast<uint64_t>((b >> j) & 1) << (8 * j);
  }
  return t;
}
constexpr std::array<uint64_t, 256> kSpread = MakeSpread();

// Fold() of every code point below U+0800 (all that can be a word character), packed as the UTF-8
// bytes of the result in the low bytes and their count in the top byte; kSeparator and kDropped
// otherwise.
constexpr uint32_t kSeparator = 0;
constexpr uint32_t kDropped = 1;
constexpr std::array<uint32_t, 0x800> MakeFoldTable() {
  std::array<uint32_t, 0x800> t{};
  for (uint32_t cp = 0; cp < 0x800; ++cp) {
    const uint32_t f = Fold(cp);
    if (f == 0 || f == 1) {
      t[cp] = f == 0 ? kSeparator : kDropped;
    } else if (f < 0x80) {
      t[cp] = (1u << 24) | f;
    } else {
      t[cp] = (2u << 24) | ((0x80u | (f & 0x3F)) << 8) | (0xC0u | (f >> 6));
    }
  }
  return t;
}
constexpr std::array<uint32_t, 0x800> kFoldTable = MakeFoldTable();
static_assert(std::endian::native == std::endian::little, "FoldWords stores packed folds little-endian");

// The fold (kFoldTable's packed bytes, kSeparator or kDropped) of the character at text[i]; moves i
// past it, handing each of its bytes to `consumed` (SimHash with the content hash: one pass for both).
struct IgnoreBytes {
  void Feed(unsigned char) {}
};
template <typename Consumer = IgnoreBytes>
inline uint32_t NextFold(std::string_view text, size_t& i, Consumer&& consumed = IgnoreBytes{}) {
  const auto* p = reinterpret_cast<const unsigned char*>(text.data());
  const unsigned char c = p[i];
  uint32_t cp;
  if (c < 0x80) {  // ASCII: most separators and Latin words
    cp = c;
    consumed.Feed(c);
    ++i;
  } else if (c >= 0xC2 && c < 0xE0 && i + 1 < text.size() && (p[i + 1] & 0xC0) == 0x80) {  // Arabic letters
    cp = ((c & 0x1Fu) << 6) | (p[i + 1] & 0x3Fu);
    consumed.Feed(c);
    consumed.Feed(p[i + 1]);
    i += 2;
  } else {
    const Decoded d = Next(text, i);  // longer or malformed sequences
    cp = d.cp;
    for (uint32_t k = 0; k < d.size; ++k) consumed.Feed(p[i + k]);
    i += d.size;
  }
  return cp < 0x800 ? kFoldTable[cp] : kSeparator;
}

}  // namespace

// Folding never lengthens a character, so `buffer` is sized once and written through a pointer, four
// bytes at a time with slack at the end; it is not reallocated after the first view into it is taken.
void FoldWords(std::string_view text, std::string& buffer, std::vector<std::string_view>& words) {
  words.clear();
  buffer.resize(text.size() + 4);
  char* o = buffer.data();
  size_t len = 0, word_begin = 0;
  for (size_t i = 0; i < text.size();) {
    const uint32_t fold = NextFold(text, i);
    if (fold == kDropped) continue;
    if (fold != kSeparator) {
      std::memcpy(o + len, &fold, 4);
      len += fold >> 24;
    } else if (len > word_begin) {
      words.emplace_back(o + word_begin, len - word_begin);
      word_begin = len;
    }
  }
  if (len > word_begin) words.emplace_back(o + word_begin, len - word_begin);
  buffer.resize(len);  // shrinking: the views stay valid
}

std::vector<std::string> FoldedWords(std::string_view text) {
  std::string buffer;
  std::vector<std::string_view> views;
  FoldWords(text, buffer, views);
  return std::vector<std::string>(views.begin(), views.end());
}

namespace {

// SimHash(text); every byte of `text` also goes to `consumed`, in order.
template <typename Consumer>
std::optional<uint64_t> SimHashFeeding(std::string_view text, Consumer& consumed) {
  // Per-thread scratch: an ingest fingerprints every document, and these reach article size.
  thread_local std::vector<uint64_t> features;
  features.clear();
  // Word bigrams: with news-length texts (100-1000 words) trigrams let one edited word move too
  // many features (3 out, 3 in) for a 3-bit threshold; unigrams ignore word order altogether.
  // The feature is FNV-1a over "first second" (the two words joined by a space), hashed as the text
  // is folded, with no folded copy of the text: each byte of a word goes into two FNV chains, the
  // bigram it ends (which started from the previous word's own hash and the space) and the word
  // alone (where the next bigram starts); the two multiplications overlap in the CPU.
  uint64_t alone = kFnvSeed, bigram = 0;
  size_t words = 0;
  bool in_word = false;
  Consumer bytes = consumed;  // a local copy, which stays in registers through the loop
  for (size_t i = 0; i <= text.size();) {
    // One separator past the end closes the last word.
    const uint32_t fold = i < text.size() ? NextFold(text, i, bytes) : (++i, kSeparator);
    if (fold == kDropped) continue;
    if (fold != kSeparator) {
      in_word = true;
      const uint64_t first = fold & 0xFF;
      alone = (alone ^ first) * kFnvPrime;
      bigram = (bigram ^ first) * kFnvPrime;
      if ((fold >> 24) == 2) {
        const uint64_t second = (fold >> 8) & 0xFF;
        alone = (alone ^ second) * kFnvPrime;
        bigram = (bigram ^ second) * kFnvPrime;
      }
    } else if (in_word) {
      if (words > 0) features.push_back(Mix(bigram));
      bigram = (alone ^ ' ') * kFnvPrime;
      alone = kFnvSeed;
      ++words;
      in_word = false;
    }
  }
  consumed = bytes;
  if (words < 2) return std::nullopt;
  // A set of shingles: a paragraph repeated by a template does not outweigh the story. Duplicates go
  // through an open-addressing set (linear in the number of shingles, unlike sorting them).
  thread_local std::vector<uint64_t> table;
  size_t slots = 64;
  while (slots < 2 * features.size()) slots *= 2;
  table.assign(slots, 0);
  bool zero_seen = false;  // 0 marks an empty slot, so the feature 0 is tracked apart
  size_t distinct = 0;
  for (uint64_t f : features) {
    if (f == 0) {
      if (!zero_seen) features[distinct++] = 0;
      zero_seen = true;
      continue;
    }
    size_t i = static_cast<size_t>(f) & (slots - 1);  // features are mixed: low bits are uniform
    while (table[i] != 0 && table[i] != f) i = (i + 1) & (slots - 1);
    if (table[i] == f) continue;
    table[i] = f;
    features[distinct++] = f;
  }
  features.resize(distinct);
  if (features.size() < kMinShingles) return std::nullopt;
  // Bit b of the fingerprint is set when more features have bit b set than clear. The set bits are
  // counted eight at a time: each byte of a feature spreads to one 0/1 byte per bit (kSpread), and
  // eight 64-bit words add those byte lanes, flushed to the 64 counters before a lane can overflow.
  uint32_t ones[64] = {};
  uint64_t lanes[8] = {};
  size_t in_lanes = 0;
  auto flush = [&] {
    for (int k = 0; k < 8; ++k) {
      for (int j = 0; j < 8; ++j) ones[8 * k + j] += static_cast<uint32_t>((lanes[k] >> (8 * j)) & 0xFF);
      lanes[k] = 0;
    }
    in_lanes = 0;
  };
  for (uint64_t f : features) {
    for (int k = 0; k < 8; ++k) lanes[k] += kSpread[(f >> (8 * k)) & 0xFF];
    if (++in_lanes == 255) flush();
  }
  flush();
  const size_t n = features.size();
  uint64_t out = 0;
  for (int b = 0; b < 64; ++b) {
    if (2 * static_cast<size_t>(ones[b]) > n) out |= uint64_t{1} << b;
  }
  return out;
}

}  // namespace

std::optional<uint64_t> SimHash(std::string_view text) {
  IgnoreBytes ignored;
  return SimHashFeeding(text, ignored);
}

// The content hash's chains run in the fingerprint's loop: the two loops were each bound by the
// latency of their multiplications, and together they overlap.
DocumentHashes HashDocument(std::string_view title, std::string_view text) {
  ContentChains chains(title);
  std::optional<uint64_t> fingerprint = SimHashFeeding(text, chains);
  return {chains.Hex(text.size()), fingerprint};
}

int HammingDistance(uint64_t a, uint64_t b) { return std::popcount(a ^ b); }

std::array<int64_t, 4> Bands(uint64_t fingerprint) {
  std::array<int64_t, 4> out{};
  for (int k = 0; k < 4; ++k) {
    out[k] = static_cast<int64_t>((fingerprint >> (16 * k)) & 0xFFFF);
  }
  return out;
}

}  // namespace rasd::store
