// Stage `store`: content hash and SimHash fingerprint (see fingerprint.h).
#include "store/fingerprint.h"

#include <algorithm>
#include <bit>
#include <cstdio>

namespace rasd::store {
namespace {

uint64_t Fnv1a(std::string_view s, uint64_t h = 14695981039346656037ull) {
  for (unsigned char c : s) {
    h ^= c;
    h *= 1099511628211ull;
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

// Decodes one UTF-8 code point at s[i]; malformed bytes decode as themselves (U+FFFD-like), one
// byte at a time, so any input is accepted.
uint32_t Next(std::string_view s, size_t& i) {
  unsigned char c = s[i];
  int len = c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : (c >> 3) == 30 ? 4 : 0;
  if (len == 0 || i + len > s.size()) {
    ++i;
    return 0xFFFD;
  }
  uint32_t cp = len == 1 ? c : c & (0x7F >> len);
  for (int k = 1; k < len; ++k) {
    unsigned char cc = s[i + k];
    if ((cc & 0xC0) != 0x80) {
      ++i;
      return 0xFFFD;
    }
    cp = (cp << 6) | (cc & 0x3F);
  }
  i += len;
  return cp;
}

void Append(std::string& out, uint32_t cp) {
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

bool IsWordChar(uint32_t cp) {
  if (cp < 0x80) return (cp >= '0' && cp <= '9') || (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z');
  if (cp >= 0x0621 && cp <= 0x064A) return true;  // Arabic letters
  if (cp >= 0x0660 && cp <= 0x0669) return true;  // Arabic-Indic digits
  if (cp >= 0x06F0 && cp <= 0x06F9) return true;  // Eastern Arabic-Indic digits
  if (cp >= 0x0671 && cp <= 0x06D3) return true;  // extended Arabic letters
  if (cp >= 0x00C0 && cp <= 0x024F) return true;  // Latin with accents
  return false;
}

}  // namespace

std::string ContentHash(std::string_view title, std::string_view text) {
  // Two independent 64-bit FNV-1a runs: collisions only matter between versions of one doc_id.
  uint64_t a = Fnv1a(text, Fnv1a(std::string_view("\0", 1), Fnv1a(title)));
  uint64_t b = Mix(a ^ Fnv1a(text, 0x84222325cbf29ce4ull) ^ (text.size() * 0x9E3779B97F4A7C15ull));
  char buf[33];
  std::snprintf(buf, sizeof buf, "%016llx%016llx", static_cast<unsigned long long>(a),
                static_cast<unsigned long long>(b));
  return buf;
}

std::vector<std::string> FoldedWords(std::string_view text) {
  std::vector<std::string> words;
  std::string cur;
  size_t i = 0;
  while (i < text.size()) {
    uint32_t cp = Next(text, i);
    if ((cp >= 0x064B && cp <= 0x0652) || cp == 0x0640 || cp == 0x0670) continue;  // harakat, tatweel
    if (cp == 0x0622 || cp == 0x0623 || cp == 0x0625 || cp == 0x0671) cp = 0x0627;  // alef forms
    if (cp == 0x0649) cp = 0x064A;                                                    // alef maqsura
    if (cp == 0x0629) cp = 0x0647;                                                    // taa marbuta
    if (cp >= 0x0660 && cp <= 0x0669) cp = '0' + (cp - 0x0660);
    if (cp >= 0x06F0 && cp <= 0x06F9) cp = '0' + (cp - 0x06F0);
    if (cp >= 'A' && cp <= 'Z') cp += 'a' - 'A';
    if (IsWordChar(cp)) {
      Append(cur, cp);
    } else if (!cur.empty()) {
      words.push_back(std::move(cur));
      cur.clear();
    }
  }
  if (!cur.empty()) words.push_back(std::move(cur));
  return words;
}

std::optional<uint64_t> SimHash(std::string_view text) {
  std::vector<std::string> words = FoldedWords(text);
  if (words.size() < 2) return std::nullopt;
  std::vector<uint64_t> features;
  features.reserve(words.size());
  // Word bigrams: with news-length texts (100-1000 words) trigrams let one edited word move too
  // many features (3 out, 3 in) for a 3-bit threshold; unigrams ignore word order altogether.
  constexpr size_t k = 2;
  for (size_t i = 0; i + k <= words.size(); ++i) {
    uint64_t h = Fnv1a(words[i]);
    for (size_t j = 1; j < k; ++j) {
      h = Fnv1a(" ", h);
      h = Fnv1a(words[i + j], h);
    }
    features.push_back(Mix(h));
  }
  // A set of shingles: a paragraph repeated by a template does not outweigh the story.
  std::sort(features.begin(), features.end());
  features.erase(std::unique(features.begin(), features.end()), features.end());
  if (features.size() < kMinShingles) return std::nullopt;
  int32_t sums[64] = {};
  for (uint64_t f : features) {
    for (int b = 0; b < 64; ++b) sums[b] += (f >> b) & 1 ? 1 : -1;
  }
  uint64_t out = 0;
  for (int b = 0; b < 64; ++b) {
    if (sums[b] > 0) out |= uint64_t{1} << b;
  }
  return out;
}

int HammingDistance(uint64_t a, uint64_t b) { return std::popcount(a ^ b); }

std::array<int64_t, 4> Bands(uint64_t fingerprint) {
  std::array<int64_t, 4> out{};
  for (int k = 0; k < 4; ++k) {
    out[k] = (int64_t{k} << 16) | static_cast<int64_t>((fingerprint >> (16 * k)) & 0xFFFF);
  }
  return out;
}

}  // namespace rasd::store
