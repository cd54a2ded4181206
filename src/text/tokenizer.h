// Stage `text`: sentences and tokens over the normalized text.
//
//   Tokenize(doc);   // reads doc.norm, writes doc.tokens and doc.sentences
//
// Tokens are runs of Arabic letters, runs of Latin letters, numbers (digits with internal , . kept:
// "1,200", "2.5"), or single punctuation characters. Clitics stay attached to the token: a word like
// "وبالباغوز" is one token, and ProcliticSplits() lists where its stem may start, so matchers can try each.
// Sentences end at . ! ? ؟ ; ؛ and at line breaks; a line break also starts a new paragraph.
// Details: a run of terminators ("؟!", "...") and closing quotes or brackets glued to it ("انتهى.\"")
// stay in the sentence they end; a '.' between Latin letters or digits ("alarabiya.net", "2.5") ends
// nothing. Paragraphs are numbered by non-empty line (blank lines add no empty sentence or paragraph).
#pragma once

#include <cstdint>
#include <string_view>

#include "rasd/document.h"

namespace rasd::text {

void Tokenize(Document& doc);

// Byte lengths of plausible proclitic prefixes of a normalized Arabic word, longest first and always
// ending with 0 (the word itself). Combinations of و ف then ب ل ك س then ال (and لل = ل + ال):
// "وبالباغوز" -> {8 ("وبال"), 4 ("وب"), 2 ("و"), 0} (Arabic letters are 2 bytes each). A prefix is
// offered only when at least 2 letters remain after it. Returns the count written to `out` (at most 8).
// Inline: every matcher calls it on every token.
inline int ProcliticSplits(std::string_view word, uint8_t out[8]);

// True when the prefix word[0, split) ends in the contraction لل (ل + ال with the alef dropped): the
// stem then stands for "ال" + stem, e.g. "للتنظيم" split 4 -> "تنظيم", spelled "التنظيم" in a dictionary.
inline bool SplitElidesArticle(std::string_view word, int split);

// Byte lengths of plausible enclitic/inflection suffixes (ه ها هم هن هما كم نا ي, and plural/dual
// endings ون ين ان ات) of a normalized word, longest first, ending with 0. At most 8.
int EncliticSplits(std::string_view word, uint8_t out[8]);

namespace detail {
// Normalized Arabic letters are two bytes; proclitic tests compare them as 16-bit values.
constexpr uint16_t kAlef = 0xD8A7;  // ا
constexpr uint16_t kBa = 0xD8A8;    // ب
constexpr uint16_t kSeen = 0xD8B3;  // س
constexpr uint16_t kFa = 0xD981;    // ف
constexpr uint16_t kKaf = 0xD983;   // ك
constexpr uint16_t kLam = 0xD984;   // ل
constexpr uint16_t kWaw = 0xD988;   // و

// The two-byte letter at byte `pos`, or 0 past the end.
inline uint16_t LetterAt(std::string_view w, size_t pos) {
  if (pos + 2 > w.size()) return 0;
  return static_cast<uint16_t>((static_cast<unsigned char>(w[pos]) << 8) | static_cast<unsigned char>(w[pos + 1]));
}
}  // namespace detail

inline int ProcliticSplits(std::string_view word, uint8_t out[8]) {
  using namespace detail;
  // Most words offer no prefix: shorter than a one-letter prefix and two letters, or not starting with
  // a letter that can begin one (و ف ب ل ك س ا). Every matcher asks this of every token.
  if (word.size() < 6) {
    out[0] = 0;
    return 1;
  }
  {
    const uint16_t first = LetterAt(word, 0);
    if (first != kWaw && first != kFa && first != kBa && first != kLam && first != kKaf && first != kSeen &&
        first != kAlef) {
      out[0] = 0;
      return 1;
    }
  }
  // Candidate prefixes come out shortest first (each extends the one before), so keeping those that
  // leave two letters keeps a prefix of the list; it is written back longest first.
  uint8_t lens[4];
  int n = 0;
  size_t pos = 0;
  uint16_t letter = LetterAt(word, 0);
  if (letter == kWaw || letter == kFa) {
    lens[n++] = 2;
    pos = 2;
    letter = LetterAt(word, 2);
  }
  if (letter == kBa || letter == kLam || letter == kKaf) {
    lens[n++] = static_cast<uint8_t>(pos + 2);
    const uint16_t next = LetterAt(word, pos + 2);
    if (next == kAlef && LetterAt(word, pos + 4) == kLam) {
      lens[n++] = static_cast<uint8_t>(pos + 6);  // بال كال لال
    } else if (letter == kLam && next == kLam) {
      lens[n++] = static_cast<uint8_t>(pos + 4);  // لل: ل + ال with the alef dropped
    }
  } else if (letter == kSeen) {
    lens[n++] = static_cast<uint8_t>(pos + 2);  // the future prefix: verbs only, so no article after it
  } else if (letter == kAlef && LetterAt(word, pos + 2) == kLam) {
    lens[n++] = static_cast<uint8_t>(pos + 4);  // ال
  }
  int count = 0;
  for (int k = n - 1; k >= 0; --k) {
    if (static_cast<size_t>(lens[k]) + 4 <= word.size()) out[count++] = lens[k];
  }
  out[count] = 0;
  return count + 1;
}

inline bool SplitElidesArticle(std::string_view word, int split) {
  using namespace detail;
  return split >= 4 && static_cast<size_t>(split) <= word.size() && LetterAt(word, split - 4) == kLam &&
         LetterAt(word, split - 2) == kLam;
}

}  // namespace rasd::text
