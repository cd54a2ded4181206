// Dictionaries of the `numbers` and `time` stages: TSV files of phrases, looked up token by token.
//
//   PhraseTable<Word> table;
//   Status s = ReadTsv(dir + "/numbers.tsv", [&](const TsvRow& row) {
//     Word& w = table.Upsert(row.fields[0]);   // normalized with text::NormalizeKey here
//     ...;
//     return Status::OK();
//   });
//   table.ForEachMatch(doc, tok, [&](const PhraseHit<Word>& hit) {
//     return (hit.entry->roles & kWanted) != 0;   // true = take this hit and stop
//   });
//
// A phrase matches at token `tok` when the normalized text from the stem of that token (the whole token,
// or what follows a proclitic that text::ProcliticSplits offers) to the end of a later token of the same
// sentence equals the key byte for byte. Keys keep single spaces between words, so a phrase spelled with
// two spaces or broken by a line does not match; only the first token may carry a proclitic.
//
// Most tokens of an article are neither numbers nor time words, so a lookup first tests how the word
// ends (its last two or three letters) against filters of how the keys' first tokens end, then a 16
// Kbit filter of (last four letters, length) of those first tokens, for each stem length a proclitic
// could leave (proclitics change where a word starts, never how it ends): most tokens cost a few multiplies
// and bit tests, and no lookup allocates. Entry types have a `uint32_t roles` bit set; RolesAt() tells
// from one lookup which roles any phrase starting at a token could have.
#pragma once

#include <algorithm>
#include <bit>
#include <bitset>
#include <cstdint>
#include <cstring>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "rasd/document.h"
#include "rasd/status.h"
#include "text/normalizer.h"
#include "text/tokenizer.h"
#include "text/word_endings.h"

namespace rasd::numbers {

// One data line of a dictionary file: tab-separated fields (trailing spaces trimmed), and where it was.
struct TsvRow {
  std::string_view path;
  int line = 0;
  std::vector<std::string_view> fields;
  // "numbers.tsv:12: " for error messages.
  std::string Where() const;
};

// Calls `fn` for every line that is neither empty nor a comment ('#' first); stops at the first error.
Status ReadTsv(const std::string& path, const std::function<Status(const TsvRow&)>& fn);

// Parses a whole field as a decimal integer (optionally negative).
bool ParseInt64(std::string_view field, int64_t& out);

// How many tokens the normalized key has, and the text of its first token.
struct KeyShape {
  uint32_t tokens = 0;
  std::string_view first;
  std::string_view second;  // empty for a one-token key
};
KeyShape ShapeOfKey(std::string_view normalized_key);

// The last (up to four) bytes of a word, which a proclitic never changes.
inline uint32_t WordTail(std::string_view word) {
  uint32_t x = 0;
  if (word.size() >= 4) {
    std::memcpy(&x, word.data() + word.size() - 4, 4);
    return x;
  }
  for (char c : word) x = (x << 8) | static_cast<unsigned char>(c);
  return x | 0x80000000u;  // short words never collide with the tail of a long one
}

// The last seven bytes of a word (all of a shorter one), the last byte lowest: the tail of any stem
// shorter than eight bytes is in it (ShortStemTail), so a lookup that tries several stem lengths reads
// the word's end once.
inline uint64_t LastSevenBytes(std::string_view word) {
  static_assert(std::endian::native == std::endian::little, "LastSevenBytes byte-swaps a little-endian load");
  uint64_t x = 0;
  if (word.size() >= 8) {
    std::memcpy(&x, word.data() + word.size() - 8, 8);
    return __builtin_bswap64(x) & ((uint64_t{1} << 56) - 1);
  }
  for (char c : word) x = (x << 8) | static_cast<unsigned char>(c);
  return x;
}

// The tail of a stem of `stem_len` < 8 bytes from its word's LastSevenBytes.
inline uint64_t ShortStemTail(uint64_t last_seven, size_t stem_len) {
  // The mark: short stems never collide with the tail of a long one.
  return (last_seven & ((uint64_t{1} << (8 * stem_len)) - 1)) | (uint64_t{1} << 63);
}

// The last (up to eight) bytes of the stem of `word` that is `stem_len` bytes long: the stem's own
// tail, read from the word's end, which a proclitic never changes.
inline uint64_t StemTail(std::string_view word, size_t stem_len) {
  if (stem_len < 8) return ShortStemTail(LastSevenBytes(word), stem_len);
  uint64_t x;
  std::memcpy(&x, word.data() + word.size() - 8, 8);
  return x;
}

// A filter bit (14 bits) for a stem: its last four letters (or all of it) and its length. Common endings (ات,
// ين, يه) are shared by many words; four letters and the length rule out nearly all of them.
inline uint32_t StemBit(uint64_t stem_tail, size_t stem_len) {
  const uint64_t h = (stem_tail ^ static_cast<uint64_t>(stem_len) * 0x9E3779B97F4A7C15ull) * 0xFF51AFD7ED558CCDull;
  return static_cast<uint32_t>(h >> 50);
}

// Keys are short (a word is 4 to 20 bytes): 8 bytes at a time, multiply and fold, inline.
inline size_t HashKey(std::string_view s) {
  uint64_t h = 0x9E3779B97F4A7C15ull ^ s.size();
  size_t i = 0;
  for (; i + 8 <= s.size(); i += 8) {
    uint64_t chunk;
    std::memcpy(&chunk, s.data() + i, 8);
    h = (h ^ chunk) * 0xFF51AFD7ED558CCDull;
    h ^= h >> 32;
  }
  uint64_t rest = 0;  // a loop, not a variable-length memcpy, which would be a library call
  for (; i < s.size(); ++i) rest = (rest << 8) | static_cast<unsigned char>(s[i]);
  h = (h ^ rest) * 0xC4CEB9FE1A85EC53ull;
  return static_cast<size_t>(h ^ (h >> 29));
}

// Whether token `tok` is one punctuation character among `chars` (UTF-8, e.g. ",\xD8\x8C" for , and ،).
inline bool IsPunctOneOf(const Document& doc, uint32_t tok, std::string_view chars) {
  if (tok >= doc.tokens.size() || doc.tokens[tok].kind != TokenKind::kPunct) return false;
  return chars.find(doc.NormView(doc.tokens[tok])) != std::string_view::npos;
}

// Whether no space separates token `left` from token `right` ("10:30", "الـ24").
inline bool Glued(const Document& doc, uint32_t left, uint32_t right) {
  return right < doc.tokens.size() && doc.tokens[left].end == doc.tokens[right].begin;
}

// A token that is only the article with its proclitics, written apart from what it defines: "الـ 24"
// normalizes to "ال 24". ("قال" ends like the article but is a word: only these exact forms count.)
inline bool IsBareArticle(std::string_view token) {
  static constexpr std::string_view kForms[] = {
      "\xD8\xA7\xD9\x84",                  // ال
      "\xD9\x88\xD8\xA7\xD9\x84",          // وال
      "\xD8\xA8\xD8\xA7\xD9\x84",          // بال
      "\xD9\x84\xD9\x84",                  // لل
      "\xD9\x81\xD8\xA7\xD9\x84",          // فال
      "\xD9\x88\xD8\xA8\xD8\xA7\xD9\x84",  // وبال
      "\xD9\x88\xD9\x84\xD9\x84",          // ولل
  };
  for (std::string_view form : kForms) {
    if (token == form) return true;
  }
  return false;
}

template <typename Entry>
struct PhraseHit {
  const Entry* entry = nullptr;
  uint32_t tok_begin = 0;  // token range [tok_begin, tok_end)
  uint32_t tok_end = 0;
  uint32_t begin = 0;       // normalized byte where the stem starts (after the proclitic)
  uint32_t end = 0;
  uint8_t prefix_len = 0;   // bytes of proclitic before the stem
  bool article = false;     // the proclitic ends in the article ("ال", "بال", "وال") or its لل contraction
  std::string_view prefix;  // the proclitic itself ("و", "بال"), empty when none
};

template <typename Entry>
class PhraseTable {
 public:
  // The entry stored under `phrase` (normalized here), created value-initialized when new. The caller
  // merges into it, so one phrase can carry several roles. Call Finish() after the last one.
  Entry& Upsert(std::string_view phrase);
  // Prepares RolesAt() for the roles an expression can start with.
  void Finish(uint32_t start_roles);

  // The union of the start roles of all phrases that could start at token `tok` (with any proclitic),
  // judging longer phrases by their first token and a filter of their second: a superset of what
  // ForEachMatch can find there, for skipping tokens cheaply. Its filter holds only first tokens that
  // can start something, so "من" costs no hashing here, and "في" one lookup.
  uint32_t RolesAt(const Document& doc, uint32_t tok) const;

  bool empty() const { return slots_.empty(); }
  size_t size() const { return slots_.size(); }

  // The entry stored under an exact normalized key, or nullptr.
  const Entry* Lookup(std::string_view normalized_key) const {
    const Slot* slot = Find(normalized_key);
    return slot != nullptr && slot->has_entry ? &slot->entry : nullptr;
  }

  // Visits the matches at token `tok`: proclitic splits from none to the longest, and for each the
  // longest phrase first. `visit` returns true to stop; the hit it stopped at is returned.
  template <typename Visit>
  std::optional<PhraseHit<Entry>> ForEachMatch(const Document& doc, uint32_t tok, Visit&& visit) const;

 private:
  struct Slot {
    std::string key;
    Entry entry{};
    bool has_entry = false;
    uint8_t max_tokens = 0;     // longest key whose first token is this slot's key
    uint32_t multi_roles = 0;   // roles of the longer keys whose first token is this slot's key
    uint64_t second_tails = 0;  // filter bits (SecondBit) of the second tokens of those keys
  };
  static uint32_t SecondBit(std::string_view token) { return (WordTail(token) * 2654435761u) >> 26; }

  // Open addressing over `index_` (slot number + 1; 0 = empty), at most half full. Returns the slot
  // number + 1, or 0.
  uint32_t IndexOf(std::string_view key) const {
    const size_t mask = index_.size() - 1;
    for (size_t i = HashKey(key) & mask;; i = (i + 1) & mask) {
      const uint32_t s = index_[i];
      if (s == 0 || slots_[s - 1].key == key) return s;
    }
  }
  const Slot* Find(std::string_view key) const {
    const uint32_t s = IndexOf(key);
    return s == 0 ? nullptr : &slots_[s - 1];
  }
  // The slot of `key`, appended when new; references into slots_ are invalidated.
  size_t Insert(std::string_view key);

  // A few hundred keys set well under 5 % of 16 Kbit; 2 KB per filter stays in L1 beside the other
  // stages' data, which 8 KB filters did not (they showed as cache misses, not instructions).
  using Filter = std::bitset<16384>;

  // How the first tokens of four bytes or more end. A dictionary here has a few hundred keys: 8 Kbit
  // per filter keeps false positives near 5% and the filters in L1.
  using Tails = text::WordEndings<8192>;

  // Calls visit(split, slot) for each proclitic split of token `tok` whose stem passes `filter` and is
  // a first-token key, from no proclitic to the longest; stops when visit returns true.
  template <typename Visit>
  void ForEachStem(const Document& doc, uint32_t tok, const Filter& filter, const Tails& tails,
                   Visit&& visit) const;

  std::vector<Slot> slots_;
  std::vector<uint32_t> index_ = std::vector<uint32_t>(64, 0);
  std::unique_ptr<Filter> stems_ = std::make_unique<Filter>();        // every first token
  std::unique_ptr<Filter> start_stems_ = std::make_unique<Filter>();  // those with a start role
  // How the first tokens of all keys end, and of those with a start role.
  std::unique_ptr<Tails> tails_ = std::make_unique<Tails>();
  std::unique_ptr<Tails> start_tails_ = std::make_unique<Tails>();
  uint32_t start_roles_ = 0;
  uint32_t max_first_bytes_ = 0;
};

template <typename Entry>
size_t PhraseTable<Entry>::Insert(std::string_view key) {
  if (const uint32_t found = IndexOf(key)) return found - 1;
  if (2 * (slots_.size() + 1) > index_.size()) {
    std::vector<uint32_t> bigger(index_.size() * 2, 0);
    const size_t mask = bigger.size() - 1;
    for (size_t s = 0; s < slots_.size(); ++s) {
      size_t i = HashKey(slots_[s].key) & mask;
      while (bigger[i] != 0) i = (i + 1) & mask;
      bigger[i] = static_cast<uint32_t>(s + 1);
    }
    index_ = std::move(bigger);
  }
  const size_t mask = index_.size() - 1;
  size_t i = HashKey(key) & mask;
  while (index_[i] != 0) i = (i + 1) & mask;
  slots_.push_back(Slot{});
  slots_.back().key = std::string(key);
  index_[i] = static_cast<uint32_t>(slots_.size());
  return slots_.size() - 1;
}

template <typename Entry>
Entry& PhraseTable<Entry>::Upsert(std::string_view phrase) {
  const std::string key = text::NormalizeKey(phrase);
  const KeyShape shape = ShapeOfKey(key);
  const size_t first_index = Insert(shape.first);
  const size_t index = Insert(key);
  Slot& first = slots_[first_index];
  first.max_tokens = std::max<uint8_t>(first.max_tokens, static_cast<uint8_t>(shape.tokens));
  if (shape.tokens > 1) first.second_tails |= uint64_t{1} << SecondBit(shape.second);
  stems_->set(StemBit(StemTail(shape.first, shape.first.size()), shape.first.size()));
  tails_->Add(shape.first);
  max_first_bytes_ = std::max<uint32_t>(max_first_bytes_, static_cast<uint32_t>(shape.first.size()));
  Slot& slot = slots_[index];
  slot.has_entry = true;
  return slot.entry;
}

template <typename Entry>
void PhraseTable<Entry>::Finish(uint32_t start_roles) {
  start_roles_ = start_roles;
  for (Slot& slot : slots_) slot.multi_roles = 0;
  for (const Slot& slot : slots_) {
    const KeyShape shape = ShapeOfKey(slot.key);
    if (slot.has_entry && shape.tokens > 1) slots_[IndexOf(shape.first) - 1].multi_roles |= slot.entry.roles;
  }
  start_stems_->reset();
  start_tails_->Reset();
  for (const Slot& slot : slots_) {
    const uint32_t roles = (slot.has_entry ? slot.entry.roles : 0) | slot.multi_roles;
    if (roles & start_roles) {
      start_stems_->set(StemBit(StemTail(slot.key, slot.key.size()), slot.key.size()));
      start_tails_->Add(slot.key);
    }
  }
}

template <typename Entry>
template <typename Visit>
void PhraseTable<Entry>::ForEachStem(const Document& doc, uint32_t tok, const Filter& filter,
                                     const Tails& tails, Visit&& visit) const {
  const Token& t = doc.tokens[tok];
  const std::string_view word = doc.NormView(t);
  // The longest proclitic the text stage offers is 8 bytes ("وبال"); Arabic letters are 2 bytes.
  if (word.size() > max_first_bytes_ + 8) return;
  if (t.kind != TokenKind::kArabic) {
    if (filter.test(StemBit(StemTail(word, word.size()), word.size()))) {
      if (const Slot* slot = Find(word)) visit(uint8_t{0}, *slot);
    }
    return;
  }
  // Every stem of a word of four bytes or more has four bytes or more and ends like the word: its
  // ending rules out most words before any stem is looked at.
  if (word.size() >= 4 && !tails.MayEnd(word)) return;
  // Before asking for the proclitic splits: could any stem length they may leave (the whole word, or
  // at least two letters after a prefix of up to four letters) be a key at all? Stems of four letters
  // or more share the word's last eight bytes.
  const uint64_t tail8 = word.size() >= 8 ? StemTail(word, 8) : 0;
  const uint64_t last_seven = LastSevenBytes(word);
  auto stem_bit = [&](size_t stem_len) {
    return StemBit(stem_len >= 8 ? tail8 : ShortStemTail(last_seven, stem_len), stem_len);
  };
  bool any = false;
  for (size_t split = 0; split <= 8 && !any; split += 2) {
    if (split > 0 && split + 4 > word.size()) break;
    any = filter.test(stem_bit(word.size() - split));
  }
  if (!any) return;
  uint8_t splits[8];
  const int n_splits = text::ProcliticSplits(word, splits);
  // ProcliticSplits lists the longest prefix first; the whole word is tried first here, so a key that
  // starts like a proclitic ("واحد", "الاف") is not read as a clitic plus a stem.
  for (int s = n_splits - 1; s >= 0; --s) {
    const uint8_t split = splits[s];
    if (!filter.test(stem_bit(word.size() - split))) continue;
    const Slot* slot = Find(word.substr(split));
    if (slot != nullptr && visit(split, *slot)) return;
  }
}

template <typename Entry>
uint32_t PhraseTable<Entry>::RolesAt(const Document& doc, uint32_t tok) const {
  uint32_t roles = 0;
  if (tok >= doc.tokens.size()) return roles;
  ForEachStem(doc, tok, *start_stems_, *start_tails_, [&](uint8_t, const Slot& slot) {
    if (slot.has_entry) roles |= slot.entry.roles;
    if (slot.multi_roles != 0 && tok + 1 < doc.tokens.size() &&
        doc.tokens[tok + 1].sentence == doc.tokens[tok].sentence &&
        ((slot.second_tails >> SecondBit(doc.NormView(doc.tokens[tok + 1]))) & 1)) {
      roles |= slot.multi_roles;
    }
    return false;
  });
  return roles & start_roles_;
}

template <typename Entry>
template <typename Visit>
std::optional<PhraseHit<Entry>> PhraseTable<Entry>::ForEachMatch(const Document& doc, uint32_t tok,
                                                                 Visit&& visit) const {
  if (tok >= doc.tokens.size()) return std::nullopt;
  const Token& t = doc.tokens[tok];
  const std::string_view word = doc.NormView(t);
  const uint32_t sentence_end =
      doc.sentences.empty() ? static_cast<uint32_t>(doc.tokens.size()) : doc.sentences[t.sentence].end_token;
  std::optional<PhraseHit<Entry>> found;
  ForEachStem(doc, tok, *stems_, *tails_, [&](uint8_t split, const Slot& first) {
    PhraseHit<Entry> hit;
    hit.tok_begin = tok;
    hit.begin = t.begin + split;
    hit.prefix_len = split;
    hit.prefix = word.substr(0, split);
    hit.article = split >= 4 && (word.substr(split - 4, 4) == "\xD8\xA7\xD9\x84" /* ال */ ||
                                 text::SplitElidesArticle(word, split));
    // Longer phrases only when the next token could be their second: most "على" are not "على الأقل".
    uint32_t longest = std::min<uint32_t>(first.max_tokens, sentence_end - tok);
    if (longest > 1 && !((first.second_tails >> SecondBit(doc.NormView(doc.tokens[tok + 1]))) & 1)) longest = 1;
    for (uint32_t len = longest; len > 1; --len) {
      const Token& last = doc.tokens[tok + len - 1];
      const std::string_view phrase = std::string_view(doc.norm.text).substr(hit.begin, last.end - hit.begin);
      const Slot* slot = Find(phrase);
      if (slot == nullptr || !slot->has_entry) continue;
      hit.entry = &slot->entry;
      hit.tok_end = tok + len;
      hit.end = last.end;
      if (visit(static_cast<const PhraseHit<Entry>&>(hit))) {
        found = hit;
        return true;
      }
    }
    if (first.has_entry) {
      hit.entry = &first.entry;
      hit.tok_end = tok + 1;
      hit.end = t.end;
      if (visit(static_cast<const PhraseHit<Entry>&>(hit))) {
        found = hit;
        return true;
      }
    }
    return false;
  });
  return found;
}

}  // namespace rasd::numbers
