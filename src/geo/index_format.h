// Stage `geo`, internal: the layout of the compiled gazetteer index file.
//
// One file, written by IndexWriter and mapped read-only by Gazetteer::Open. Every section is an array of
// fixed-size little-endian records (or raw bytes) at an 8-byte aligned offset, so opening is a header
// check and pointer arithmetic: nothing is parsed per entry.
//
//   Header | places | names | candidates | slots | bloom | first_words | next_words | countries | admin1s | strings
//
// Names are normalized keys (text::NormalizeKey, tokens joined by one space). Each name lists the places
// that carry it (`candidates`, best static rank first). `slots` is an open-addressing hash table over
// the keys and also over every proper token prefix of a multi-token key, so a matcher can tell after
// each token whether a longer name may still follow. `bloom` is one bit per hash bucket of a small
// table that lets the matcher reject most tokens without touching the big slot table. `first_words` is
// a smaller filter over the one-token keys only, by FirstWordHash (a few word-sized loads, not a pass
// over every byte): the matcher tests it on every proclitic split of every word, and hashes and probes
// only the few stems that pass. `next_words` is the same for the token after a name's start: one entry
// per key of several tokens, by NextWordHash of the name id of the key without its last token and that
// token, so that after a frequent word that starts a few long names ("في", "من", "علي") the next token
// is hashed and probed only when the pair may be a key.
#pragma once

#include <cstdint>
#include <cstring>
#include <string_view>

namespace rasd::geo::format {

inline constexpr char kMagic[8] = {'R', 'A', 'S', 'D', 'G', 'A', 'Z', '1'};
// Bump whenever the layout or the meaning of a field changes, or the keys derived from a name: Open
// rebuilds indexes of another version. 7: two-word names headed by خان/دير/كفر/بيت/عين/تل/ابو also joined.
// 8: the `first_words` and `next_words` filters. 9: a town near an admin1's centre ranks as its namesake
// seat (Sanaa city before the Sanaa governorate).
inline constexpr uint32_t kVersion = 9;

struct Section {
  uint64_t offset = 0;  // from the start of the file
  uint64_t count = 0;   // records (bytes for `strings` and `bloom` words for `bloom`)
};

struct Header {
  char magic[8];
  uint32_t version;
  // Fingerprint of the tables compiled into the program (stop names, supplements, admin names): an
  // index built by a program with other tables is rebuilt.
  uint32_t tables_fingerprint;
  uint64_t file_size;
  Section places, names, candidates, slots, bloom, first_words, next_words, countries, admin1s, strings;
  uint32_t max_name_tokens;  // longest key, in tokens
  uint32_t reserved;
};

// A reference into the string pool: the bytes are at strings + offset, `len` of them.
struct StrRef {
  uint32_t offset = 0;
  uint32_t len = 0;
};

inline constexpr uint16_t kNoIndex = 0xFFFF;

struct PlaceRec {
  float lat = 0, lon = 0;
  uint32_t population = 0;
  StrRef name_ar, name_en;
  uint16_t country = kNoIndex;  // index into countries
  uint16_t admin1 = kNoIndex;   // index into admin1s
  uint8_t type = 0;             // PlaceType
  uint8_t flags = 0;            // PlaceFlags
  uint16_t reserved = 0;
};
static_assert(sizeof(PlaceRec) == 36);

enum PlaceFlags : uint8_t {
  kPlaceSalient = 1,  // important enough to be a place without a cue (admin unit, town of some size)
};

struct NameRec {
  StrRef key;
  uint32_t cand_begin = 0;  // index into candidates
  uint16_t cand_count = 0;  // 0 for a key that is only the prefix of longer keys
  uint8_t tokens = 0;
  uint8_t flags = 0;  // NameFlags
};
static_assert(sizeof(NameRec) == 16);

enum NameFlags : uint8_t {
  kNameIsPrefix = 1,    // some longer key starts with this key plus a space
  kNameSalient = 2,     // some candidate is salient: emitted without a cue
  kNameCommonWord = 4,  // a common word or personal name: emitted only after a place-type word
  kNameNever = 8,       // a function, type or direction word: never a place on its own
  kNameCapital = 16,    // "العاصمه" + a country adjective: its one candidate is that country's capital
};

struct Slot {
  uint32_t check = 0;    // high half of the key hash, to skip most string compares
  uint32_t name_id = 0;  // 1-based; 0 = empty
};

struct CountryRec {
  char code[2] = {0, 0};
  uint16_t reserved = 0;
  uint32_t place = 0;  // the country's own place entry
  StrRef name_en, name_ar;
};

struct Admin1Rec {
  StrRef name_en, name_ar;
  uint16_t country = kNoIndex;
  uint16_t reserved[3] = {0, 0, 0};
};

// The hash of a key: tokens are hashed each on its own from their last byte to their first (so the
// matcher gets the hash of every suffix of a word, i.e. of every proclitic split, in one pass) and the
// token hashes are chained left to right. Build and lookup must agree on this, so it lives here.
inline constexpr uint64_t kTokenSeed = 0xcbf29ce484222325ull;

inline uint64_t HashStep(uint64_t h, uint8_t byte) { return (h ^ byte) * 0x100000001b3ull; }

inline uint64_t ChainTokens(uint64_t prefix, uint64_t token) {
  uint64_t h = (prefix ^ token) * 0x9E3779B97F4A7C15ull;
  return h ^ (h >> 29);
}

// The hash of one token (reverse byte order, see above).
inline uint64_t TokenHash(std::string_view token) {
  uint64_t h = kTokenSeed;
  for (size_t i = token.size(); i-- > 0;) h = HashStep(h, static_cast<uint8_t>(token[i]));
  return h;
}

// The key hash of the first token alone, from its TokenHash.
inline uint64_t FirstTokenKey(uint64_t token_hash) { return ChainTokens(0x243F6A8885A308D3ull, token_hash); }

// A word's first and last eight bytes (overlapping in shorter words; zero-extended below eight) and its
// length: for a word of up to 16 bytes these determine it exactly.
struct WordParts {
  uint64_t a = 0, b = 0;
  uint32_t n = 0;
  bool exact() const { return n <= 16; }
  bool operator==(const WordParts&) const = default;
};

inline WordParts FirstWordParts(std::string_view w) {
  const char* p = w.data();
  WordParts r;
  r.n = static_cast<uint32_t>(w.size());
  if (r.n >= 8) {
    std::memcpy(&r.a, p, 8);
    std::memcpy(&r.b, p + r.n - 8, 8);
  } else if (r.n >= 4) {
    uint32_t x, y;
    std::memcpy(&x, p, 4);
    std::memcpy(&y, p + r.n - 4, 4);
    r.a = x, r.b = y;
  } else if (r.n >= 2) {
    uint16_t x, y;
    std::memcpy(&x, p, 2);
    std::memcpy(&y, p + r.n - 2, 2);
    r.a = x, r.b = y;
  } else if (r.n == 1) {
    r.a = static_cast<uint8_t>(p[0]);
  }
  return r;
}

// The hash of a whole word for the `first_words` filter, from its WordParts: a few word-sized
// operations. Bytes in the middle of a word over 16 bytes are left out, which only lets a few more
// words through the filter to the exact probe.
inline uint64_t FirstWordHash(const WordParts& w) {
  uint64_t h = (w.a ^ 0x9E3779B97F4A7C15ull) * 0xBF58476D1CE4E5B9ull;
  h ^= (w.b + w.n) * 0x94D049BB133111EBull;
  return h ^ (h >> 29);
}
inline uint64_t FirstWordHash(std::string_view w) { return FirstWordHash(FirstWordParts(w)); }

// The two bits of the `first_words` filter a word hash sets, both in the 64-bit word at
// FirstWordSlot(hash, word_count): one memory access per test.
inline size_t FirstWordSlot(uint64_t hash, uint64_t word_count) {
  return static_cast<size_t>(hash & (word_count - 1));
}
inline uint64_t FirstWordBits(uint64_t hash) {
  return (uint64_t{1} << ((hash >> 52) & 63)) | (uint64_t{1} << ((hash >> 58) & 63));
}

// The `next_words` hash of a token after the key `prefix_name_id` (0-based), from the token's
// FirstWordHash; tested like `first_words` (FirstWordSlot, FirstWordBits).
inline uint64_t NextWordHash(uint32_t prefix_name_id, uint64_t first_word_hash) {
  uint64_t h = (first_word_hash ^ (prefix_name_id * 0xD6E8FEB86659FD93ull)) * 0x9E3779B97F4A7C15ull;
  return h ^ (h >> 32);
}

inline uint64_t KeyHash(std::string_view key) {
  uint64_t h = 0;
  bool first = true;
  size_t start = 0;
  for (size_t i = 0; i <= key.size(); ++i) {
    if (i < key.size() && key[i] != ' ') continue;
    uint64_t t = TokenHash(key.substr(start, i - start));
    h = first ? FirstTokenKey(t) : ChainTokens(h, t);
    first = false;
    start = i + 1;
  }
  return h;
}

}  // namespace rasd::geo::format
