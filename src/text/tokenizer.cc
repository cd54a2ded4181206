// One pass over the normalized text: a character class per code point (a 2 KB table for everything
// below U+0800, where all letters the engine cares about live), runs of one class become tokens, and
// sentence boundaries are decided as tokens are emitted.
#include "text/tokenizer.h"

#include <array>
#include <bit>
#include <cstring>

namespace rasd::text {
namespace {

enum class CharClass : uint8_t {
  kSpace,
  kNewline,
  kArabic,  // Arabic letters
  kOther,   // Latin and other alphabetic scripts: grouped into kLatin runs so foreign words stay whole
  kDigit,
  kPunct,
};

constexpr bool IsArabicLetter(uint32_t cp) {
  return (cp >= 0x0620 && cp <= 0x063F) || (cp >= 0x0641 && cp <= 0x064A) ||
         (cp >= 0x066E && cp <= 0x066F) || (cp >= 0x0671 && cp <= 0x06D3) || cp == 0x06D5 ||
         (cp >= 0x06EE && cp <= 0x06EF) || (cp >= 0x06FA && cp <= 0x06FC) || cp == 0x06FF ||
         (cp >= 0x0750 && cp <= 0x077F);
}

constexpr bool IsOtherLetter(uint32_t cp) {
  return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || cp == 0xAA || cp == 0xB5 ||
         cp == 0xBA || (cp >= 0xC0 && cp <= 0x2AF && cp != 0xD7 && cp != 0xF7) ||
         (cp >= 0x0370 && cp <= 0x03FF && cp != 0x037E && cp != 0x0387) ||  // Greek
         (cp >= 0x0400 && cp <= 0x0481) || (cp >= 0x048A && cp <= 0x052F) ||  // Cyrillic
         (cp >= 0x0531 && cp <= 0x0556) || (cp >= 0x0561 && cp <= 0x0587) ||  // Armenian
         (cp >= 0x05D0 && cp <= 0x05EA);                                      // Hebrew
}

constexpr std::array<CharClass, 0x800> MakeClassTable() {
  std::array<CharClass, 0x800> table{};
  for (uint32_t cp = 0; cp < 0x800; ++cp) {
    CharClass c = CharClass::kPunct;
    if (cp == ' ' || cp == '\t' || cp == '\v' || cp == '\f' || cp == 0xA0) c = CharClass::kSpace;
    else if (cp == '\n' || cp == '\r') c = CharClass::kNewline;
    else if (cp >= '0' && cp <= '9') c = CharClass::kDigit;
    else if (IsArabicLetter(cp)) c = CharClass::kArabic;
    else if (IsOtherLetter(cp)) c = CharClass::kOther;
    table[cp] = c;
  }
  return table;
}
constexpr std::array<CharClass, 0x800> kClassTable = MakeClassTable();

// Whether each code point of U+0600..U+06FF (lead bytes D8..DB) is an Arabic letter (kClassTable).
constexpr std::array<bool, 0x100> MakeArabicBlockTable() {
  std::array<bool, 0x100> table{};
  for (uint32_t k = 0; k < 0x100; ++k) table[k] = kClassTable[0x600 + k] == CharClass::kArabic;
  return table;
}
constexpr std::array<bool, 0x100> kArabicBlockLetter = MakeArabicBlockTable();
static_assert(std::endian::native == std::endian::little, "Tokenize reads a lead byte low in a 16-bit load");

struct Char {
  uint32_t cp;
  uint32_t len;
  CharClass cls;
};

// Decodes the character at `pos`. Normalized text is valid UTF-8; a stray byte (text set by hand) is a
// one-byte punctuation character rather than undefined behaviour.
inline Char Decode(std::string_view s, size_t pos) {
  const auto* p = reinterpret_cast<const unsigned char*>(s.data()) + pos;
  const size_t n = s.size() - pos;
  const unsigned char b0 = p[0];
  if (b0 < 0x80) return {b0, 1, kClassTable[b0]};
  if (b0 >= 0xC2 && b0 < 0xE0 && n >= 2 && (p[1] & 0xC0) == 0x80) {
    const uint32_t cp = ((b0 & 0x1Fu) << 6) | (p[1] & 0x3Fu);
    return {cp, 2, kClassTable[cp]};
  }
  uint32_t len = 1;
  uint32_t cp = b0;
  if (b0 >= 0xE0 && b0 < 0xF0) {
    len = 3;
    cp = b0 & 0x0Fu;
  } else if (b0 >= 0xF0 && b0 < 0xF5) {
    len = 4;
    cp = b0 & 0x07u;
  }
  if (len > n) return {b0, 1, CharClass::kPunct};
  for (uint32_t k = 1; k < len; ++k) {
    if ((p[k] & 0xC0) != 0x80) return {b0, 1, CharClass::kPunct};
    cp = (cp << 6) | (p[k] & 0x3Fu);
  }
  return {cp, len, CharClass::kPunct};
}

inline bool IsSentenceTerminator(uint32_t cp) {
  return cp == '.' || cp == '!' || cp == '?' || cp == ';' || cp == 0x061F || cp == 0x061B;
}

// Punctuation that closes what a sentence opened; glued to a terminator it stays in that sentence.
inline bool IsCloser(uint32_t cp) {
  return cp == '"' || cp == '\'' || cp == ')' || cp == ']' || cp == '}';
}

inline bool IsLatinOrDigit(CharClass c) { return c == CharClass::kOther || c == CharClass::kDigit; }

// Builds sentences as tokens arrive.
class SentenceBuilder {
 public:
  explicit SentenceBuilder(Document& doc) : doc_(doc) {}

  // A line break ends the open sentence; the next token starts a new paragraph.
  void LineBreak() {
    Close();
    if (!doc_.tokens.empty()) new_paragraph_ = true;
  }

  // Adds a token; `glued` means no space separates it from the previous token.
  void Add(const Token& t, uint32_t cp, bool terminator, bool glued) {
    if (close_pending_ && !terminator && !(glued && t.kind == TokenKind::kPunct && IsCloser(cp))) {
      Close();
    }
    if (!open_) {
      if (new_paragraph_) ++paragraph_;
      new_paragraph_ = false;
      Sentence s;
      s.begin = t.begin;
      s.first_token = static_cast<uint32_t>(doc_.tokens.size());
      s.paragraph = paragraph_;
      doc_.sentences.push_back(s);
      open_ = true;
    }
    Token added = t;
    added.sentence = static_cast<uint32_t>(doc_.sentences.size() - 1);
    doc_.tokens.push_back(added);
    Sentence& s = doc_.sentences.back();
    s.end = t.end;
    s.end_token = static_cast<uint32_t>(doc_.tokens.size());
    if (terminator) close_pending_ = true;
  }

  void Close() {
    open_ = false;
    close_pending_ = false;
  }

 private:
  Document& doc_;
  uint32_t paragraph_ = 0;
  bool open_ = false;
  bool close_pending_ = false;
  bool new_paragraph_ = false;
};

// Collects split lengths, keeps those leaving at least two (two-byte) letters, and writes them longest
// first followed by 0. Runs on every token, so a few-element insertion sort rather than std::sort.
class SplitList {
 public:
  explicit SplitList(size_t word_size) : word_size_(word_size) {}
  void Offer(size_t len) {
    if (len == 0 || len + 4 > word_size_ || count_ == 7) return;
    for (int k = 0; k < count_; ++k) {
      if (lens_[k] == len) return;
    }
    int k = count_++;
    for (; k > 0 && lens_[k - 1] < len; --k) lens_[k] = lens_[k - 1];
    lens_[k] = static_cast<uint8_t>(len);
  }
  int Write(uint8_t out[8]) const {
    for (int k = 0; k < count_; ++k) out[k] = lens_[k];
    out[count_] = 0;
    return count_ + 1;
  }

 private:
  size_t word_size_;
  uint8_t lens_[8] = {};
  int count_ = 0;
};

}  // namespace

void Tokenize(Document& doc) {
  doc.tokens.clear();
  doc.sentences.clear();
  const std::string_view s = doc.norm.text;
  // Arabic news averages about six bytes per word; reserving avoids most regrowth.
  doc.tokens.reserve(s.size() / 6 + 1);
  SentenceBuilder sentences(doc);
  bool glued = false;
  CharClass prev_class = CharClass::kSpace;
  size_t pos = 0;
  while (pos < s.size()) {
    const Char c = Decode(s, pos);
    Token t;
    t.begin = static_cast<uint32_t>(pos);
    switch (c.cls) {
      case CharClass::kSpace:
        pos += c.len;
        glued = false;
        prev_class = c.cls;
        continue;
      case CharClass::kNewline:
        pos += c.len;
        glued = false;
        prev_class = c.cls;
        sentences.LineBreak();
        continue;
      case CharClass::kArabic:
      case CharClass::kOther: {
        pos += c.len;
        if (c.cls == CharClass::kArabic) {
          // The rest of an Arabic word, two bytes a letter (U+0600..U+06FF: lead byte D8..DB), without
          // the general decoder; anything else goes on below.
          // Both bytes are tested at once (lead byte low in a little-endian load), and the letter
          // looked up in a table of the block alone.
          while (pos + 1 < s.size()) {
            uint16_t pair;
            std::memcpy(&pair, s.data() + pos, 2);
            if ((pair & 0xC0FC) != 0x80D8 || !kArabicBlockLetter[((pair & 0x3u) << 6) | ((pair >> 8) & 0x3Fu)]) break;
            pos += 2;
          }
        }
        while (pos < s.size()) {
          const Char next = Decode(s, pos);
          if (next.cls != c.cls) break;
          pos += next.len;
        }
        t.kind = c.cls == CharClass::kArabic ? TokenKind::kArabic : TokenKind::kLatin;
        break;
      }
      case CharClass::kDigit: {
        // Digits, and a ',' or '.' only when digits follow it: "1,200", "2.5", but "2019." ends.
        pos += 1;
        while (pos < s.size()) {
          if (s[pos] >= '0' && s[pos] <= '9') {
            ++pos;
          } else if ((s[pos] == ',' || s[pos] == '.') && pos + 1 < s.size() && s[pos + 1] >= '0' &&
                     s[pos + 1] <= '9') {
            pos += 2;
          } else {
            break;
          }
        }
        t.kind = TokenKind::kNumber;
        break;
      }
      case CharClass::kPunct:
        pos += c.len;
        t.kind = TokenKind::kPunct;
        break;
    }
    t.end = static_cast<uint32_t>(pos);
    bool terminator = t.kind == TokenKind::kPunct && IsSentenceTerminator(c.cp);
    if (terminator && c.cp == '.' && IsLatinOrDigit(prev_class) && pos < s.size() &&
        IsLatinOrDigit(Decode(s, pos).cls)) {
      terminator = false;  // "alarabiya.net", "u.s.a": a dot inside a Latin word
    }
    sentences.Add(t, c.cp, terminator, glued);
    glued = true;
    prev_class = t.kind == TokenKind::kNumber ? CharClass::kDigit : c.cls;
  }
}

int EncliticSplits(std::string_view word, uint8_t out[8]) {
  static constexpr std::string_view kSuffixes[] = {
      "\xD9\x87\xD9\x85\xD8\xA7",  // هما
      "\xD9\x87\xD9\x85",          // هم
      "\xD9\x87\xD9\x86",          // هن
      "\xD9\x87\xD8\xA7",          // ها
      "\xD9\x83\xD9\x85",          // كم
      "\xD9\x86\xD8\xA7",          // نا
      "\xD9\x88\xD9\x86",          // ون
      "\xD9\x8A\xD9\x86",          // ين
      "\xD8\xA7\xD9\x86",          // ان
      "\xD8\xA7\xD8\xAA",          // ات
      "\xD9\x87",                  // ه
      "\xD9\x8A",                  // ي
  };
  SplitList splits(word.size());
  for (std::string_view suffix : kSuffixes) {
    if (word.ends_with(suffix)) splits.Offer(suffix.size());
  }
  return splits.Write(out);
}

}  // namespace rasd::text
