// Stage `geo`, internal: the layout of the compiled gazetteer index file.
//
// One file, written by IndexWriter and mapped read-only by Gazetteer::Open. Every section is an array of
// fixed-size little-endian records (or raw bytes) at an 8-byte aligned offset, so opening is a header
// check and pointer arithmetic: nothing is parsed per entry.
//
//   Header | places | names | candidates | slots | bloom | countries | admin1s | strings
//
// Names are normalized keys (text::NormalizeKey, tokens joined by one space). Each name lists the places
// that carry it (`candidates`, best static rank first). `slots` is an open-addressing hash table over
// the keys and also over every proper token prefix of a multi-token key, so a matcher can tell after
// each token whether a longer name may still follow. `bloom` is one bit per hash bucket of a small
// table that lets the matcher reject most tokens without touching the big slot table.
#pragma once

#include <cstdint>
#include <cstring>
#include <string_view>

namespace rasd::geo::format {

inline constexpr char kMagic[8] = {'R', 'A', 'S', 'D', 'G', 'A', 'Z', '1'};
// Bump whenever the layout or the meaning of a field changes, or the keys derived from a name: Open
// rebuilds indexes of another version. 7: two-word names headed by خان/دير/كفر/بيت/عين/تل/ابو also joined.
inline constexpr uint32_t kVersion = 7;

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
  Section places, names, candidates, slots, bloom, countries, admin1s, strings;
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
