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
// Most tokens of an article are neither numbers nor time words, so a lookup first consults a 64 Kbit
// filter of the last letters of every key's first token (proclitics change where a word starts, never
// how it ends): most tokens cost one multiply and one bit test, and no lookup allocates.
#pragma once

#include <algorithm>
#include <bitset>
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "rasd/document.h"
#include "rasd/status.h"
#include "text/normalizer.h"
#include "text/tokenizer.h"

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
};
KeyShape ShapeOfKey(std::string_view normalized_key);

// The last bytes of a word, hashed to a filter bit; used for keys and for text tokens alike.
inline uint32_t SuffixBit(std::string_view word) {
  uint32_t tail = static_cast<uint32_t>(word.size() < 4 ? word.size() : 4);
  uint32_t x = tail;  // keeps short words apart from the last bytes of long ones
  for (uint32_t k = 0; k < tail; ++k) {
    x = (x << 8) | static_cast<unsigned char>(word[word.size() - tail + k]);
  }
  return (x * 2654435761u) >> 16;
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
  // merges into it, so one phrase can carry several roles.
  Entry& Upsert(std::string_view phrase);

  bool empty() const { return slots_.empty(); }

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
    Entry entry{};
    bool has_entry = false;
    uint8_t max_tokens = 0;  // longest key whose first token is this slot's key
  };
  struct Hash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const { return std::hash<std::string_view>()(s); }
  };
  const Slot* Find(std::string_view key) const {
    auto it = slots_.find(key);
    return it == slots_.end() ? nullptr : &it->second;
  }

  std::unordered_map<std::string, Slot, Hash, std::equal_to<>> slots_;
  std::unique_ptr<std::bitset<65536>> last_letters_ = std::make_unique<std::bitset<65536>>();
  uint32_t max_first_bytes_ = 0;
};

template <typename Entry>
Entry& PhraseTable<Entry>::Upsert(std::string_view phrase) {
  std::string key = text::NormalizeKey(phrase);
  KeyShape shape = ShapeOfKey(key);
  Slot& first = slots_[std::string(shape.first)];
  first.max_tokens = std::max<uint8_t>(first.max_tokens, static_cast<uint8_t>(shape.tokens));
  last_letters_->set(SuffixBit(shape.first));
  max_first_bytes_ = std::max<uint32_t>(max_first_bytes_, static_cast<uint32_t>(shape.first.size()));
  Slot& slot = slots_[key];
  slot.has_entry = true;
  return slot.entry;
}

template <typename Entry>
template <typename Visit>
std::optional<PhraseHit<Entry>> PhraseTable<Entry>::ForEachMatch(const Document& doc, uint32_t tok,
                                                                 Visit&& visit) const {
  if (tok >= doc.tokens.size()) return std::nullopt;
  const Token& t = doc.tokens[tok];
  const std::string_view word = doc.NormView(t);
  // The longest proclitic the text stage offers is 8 bytes ("وبال").
  if (word.size() > max_first_bytes_ + 8 || !last_letters_->test(SuffixBit(word))) return std::nullopt;

  uint8_t splits[8];
  int n_splits = 1;
  splits[0] = 0;
  if (t.kind == TokenKind::kArabic) n_splits = text::ProcliticSplits(word, splits);
  // ProcliticSplits lists the longest prefix first; the whole word is tried first here, so a key that
  // starts like a proclitic ("واحد", "الاف") is not read as a clitic plus a stem.
  for (int s = n_splits - 1; s >= 0; --s) {
    const uint8_t split = splits[s];
    const std::string_view stem = word.substr(split);
    const Slot* first = Find(stem);
    if (first == nullptr) continue;
    PhraseHit<Entry> hit;
    hit.tok_begin = tok;
    hit.begin = t.begin + split;
    hit.prefix_len = split;
    hit.prefix = word.substr(0, split);
    hit.article = split >= 4 && (word.substr(split - 4, 4) == "\xD8\xA7\xD9\x84" /* ال */ ||
                                 text::SplitElidesArticle(word, split));
    const uint32_t sentence_end = doc.sentences.empty() ? static_cast<uint32_t>(doc.tokens.size())
                                                        : doc.sentences[t.sentence].end_token;
    for (uint32_t len = std::min<uint32_t>(first->max_tokens, sentence_end - tok); len > 1; --len) {
      const Token& last = doc.tokens[tok + len - 1];
      const std::string_view phrase =
          std::string_view(doc.norm.text).substr(hit.begin, last.end - hit.begin);
      const Slot* slot = Find(phrase);
      if (slot == nullptr || !slot->has_entry) continue;
      hit.entry = &slot->entry;
      hit.tok_end = tok + len;
      hit.end = last.end;
      if (visit(static_cast<const PhraseHit<Entry>&>(hit))) return hit;
    }
    if (first->has_entry) {
      hit.entry = &first->entry;
      hit.tok_end = tok + 1;
      hit.end = t.end;
      if (visit(static_cast<const PhraseHit<Entry>&>(hit))) return hit;
    }
  }
  return std::nullopt;
}

}  // namespace rasd::numbers
