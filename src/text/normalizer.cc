// Normalization is one pass over the bytes with a hand-rolled UTF-8 decoder. Every code point below
// U+0800 (ASCII, Latin-1, the whole Arabic block) is folded through one 8 KB table built at compile time,
// so the common case is a decode, a load and an unconditional 4-byte store; rarer three-byte code points
// (spaces, quotes, bidi marks, presentation forms) go through a switch.
#include "text/normalizer.h"

#include <simdjson.h>

#include <algorithm>
#include <array>
#include <bit>
#include <cstring>

namespace rasd::text {
namespace {

// A folded code point: up to 3 output bytes in the low bytes (first byte lowest), the count in the top
// byte. A count of 0 deletes the character.
using Fold = uint32_t;

constexpr Fold Bytes(uint32_t cp) {
  if (cp < 0x80) return (1u << 24) | cp;
  if (cp < 0x800) return (2u << 24) | ((0x80u | (cp & 0x3F)) << 8) | (0xC0u | (cp >> 6));
  return (3u << 24) | ((0x80u | (cp & 0x3F)) << 16) | ((0x80u | ((cp >> 6) & 0x3F)) << 8) |
         (0xE0u | (cp >> 12));
}
constexpr Fold kDelete = 0;
// Carriage returns need a look at the next byte (CRLF is one line break), so the table flags them.
constexpr Fold kCarriageReturn = 0xFF000000u;

constexpr uint32_t kFoldedSpace = ' ';

// The fold of a code point below U+0800; the header lists what is folded and why.
constexpr uint32_t FoldTwoByteRange(uint32_t cp, bool* deleted) {
  *deleted = false;
  if (cp >= 'A' && cp <= 'Z') return cp + ('a' - 'A');
  if (cp == '\t' || cp == '\v' || cp == '\f') return kFoldedSpace;
  if (cp < 0x20 && cp != '\n') return kFoldedSpace;  // other C0 controls only separate words
  if (cp == 0x7F) return kFoldedSpace;
  if (cp < 0x80) return cp;
  if (cp == 0x85) return '\n';  // NEXT LINE
  if (cp < 0xA0) return kFoldedSpace;  // C1 controls
  if (cp == 0xA0) return kFoldedSpace;  // NBSP
  if (cp == 0xAB || cp == 0xBB) return '"';  // « »
  if (cp == 0xAD) { *deleted = true; return 0; }  // soft hyphen
  // Latin-1 capitals (but not the multiplication sign) lower-case like ASCII so Latin runs compare.
  if (cp >= 0xC0 && cp <= 0xDE && cp != 0xD7) return cp + 0x20;
  // Combining diacritical marks: accents written as separate code points.
  if (cp >= 0x300 && cp <= 0x36F) { *deleted = true; return 0; }
  switch (cp) {
    case 0x0622: case 0x0623: case 0x0625: case 0x0671: return 0x0627;  // آ أ إ ٱ → ا
    case 0x0649: return 0x064A;  // ى → ي
    case 0x0629: return 0x0647;  // ة → ه
    case 0x0624: return 0x0648;  // ؤ → و
    case 0x0626: return 0x064A;  // ئ → ي
    case 0x06A9: return 0x0643;  // Persian keheh ک → ك (Persian keyboards in Arabic text)
    case 0x06CC: return 0x064A;  // Farsi yeh ی → ي
    case 0x06C0: case 0x06C1: case 0x06D5: return 0x0647;  // ۀ ہ ە → ه
    case 0x066B: return '.';  // Arabic decimal separator
    case 0x066C: return ',';  // Arabic thousands separator
    case 0x066A: return '%';  // Arabic percent sign
    case 0x0640: *deleted = true; return 0;  // tatweel
    case 0x0670: *deleted = true; return 0;  // superscript alef
    case 0x061C: *deleted = true; return 0;  // Arabic letter mark (bidi)
    default: break;
  }
  if (cp >= 0x0660 && cp <= 0x0669) return '0' + (cp - 0x0660);
  if (cp >= 0x06F0 && cp <= 0x06F9) return '0' + (cp - 0x06F0);
  // Harakat and Quranic annotation marks; the number signs U+0600..U+0605 are format characters.
  if ((cp >= 0x064B && cp <= 0x065F) || (cp >= 0x0610 && cp <= 0x061A) ||
      (cp >= 0x06D6 && cp <= 0x06DC) || (cp >= 0x06DF && cp <= 0x06E8) ||
      (cp >= 0x06EA && cp <= 0x06ED) || (cp >= 0x0600 && cp <= 0x0605)) {
    *deleted = true;
    return 0;
  }
  return cp;
}

constexpr std::array<Fold, 0x800> MakeTwoByteTable() {
  std::array<Fold, 0x800> table{};
  for (uint32_t cp = 0; cp < 0x800; ++cp) {
    bool deleted = false;
    const uint32_t folded = FoldTwoByteRange(cp, &deleted);
    table[cp] = deleted ? kDelete : Bytes(folded);
  }
  table['\r'] = kCarriageReturn;
  return table;
}
constexpr std::array<Fold, 0x800> kTwoByteTable = MakeTwoByteTable();

// Arabic presentation forms B (U+FE80..U+FEF4): contextual shapes of the base letters, as old PDF and
// legacy-encoded text still carries them. Each letter has 1, 2 or 4 consecutive forms.
struct PresentationRun {
  uint16_t first, count, base;
};
constexpr PresentationRun kPresentationRuns[] = {
    {0xFE80, 1, 0x0621}, {0xFE81, 2, 0x0627}, {0xFE83, 2, 0x0627}, {0xFE85, 2, 0x0648},
    {0xFE87, 2, 0x0627}, {0xFE89, 4, 0x064A}, {0xFE8D, 2, 0x0627}, {0xFE8F, 4, 0x0628},
    {0xFE93, 2, 0x0647}, {0xFE95, 4, 0x062A}, {0xFE99, 4, 0x062B}, {0xFE9D, 4, 0x062C},
    {0xFEA1, 4, 0x062D}, {0xFEA5, 4, 0x062E}, {0xFEA9, 2, 0x062F}, {0xFEAB, 2, 0x0630},
    {0xFEAD, 2, 0x0631}, {0xFEAF, 2, 0x0632}, {0xFEB1, 4, 0x0633}, {0xFEB5, 4, 0x0634},
    {0xFEB9, 4, 0x0635}, {0xFEBD, 4, 0x0636}, {0xFEC1, 4, 0x0637}, {0xFEC5, 4, 0x0638},
    {0xFEC9, 4, 0x0639}, {0xFECD, 4, 0x063A}, {0xFED1, 4, 0x0641}, {0xFED5, 4, 0x0642},
    {0xFED9, 4, 0x0643}, {0xFEDD, 4, 0x0644}, {0xFEE1, 4, 0x0645}, {0xFEE5, 4, 0x0646},
    {0xFEE9, 4, 0x0647}, {0xFEED, 2, 0x0648}, {0xFEEF, 2, 0x064A}, {0xFEF1, 4, 0x064A},
};

constexpr std::array<uint16_t, 0xFEF5 - 0xFE80> MakePresentationTable() {
  std::array<uint16_t, 0xFEF5 - 0xFE80> table{};
  for (const PresentationRun& run : kPresentationRuns) {
    for (uint16_t k = 0; k < run.count; ++k) table[run.first + k - 0xFE80] = run.base;
  }
  return table;
}
constexpr std::array<uint16_t, 0xFEF5 - 0xFE80> kPresentationTable = MakePresentationTable();

// Sentinel results of FoldThreeByte beyond ordinary code points.
constexpr uint32_t kDeleteCp = 0xFFFFFFFFu;
constexpr uint32_t kLamAlef = 0xFFFFFFFEu;  // a lam-alef ligature: two letters out

// The fold of a code point in U+0800..U+FFFF.
uint32_t FoldThreeByte(uint32_t cp) {
  if (cp >= 0x2000 && cp <= 0x206F) {
    if (cp <= 0x200A || cp == 0x202F || cp == 0x205F) return ' ';
    if ((cp >= 0x200B && cp <= 0x200F) || (cp >= 0x202A && cp <= 0x202E) || cp >= 0x2060) {
      return kDeleteCp;  // zero-width characters, bidi marks and invisible operators
    }
    switch (cp) {
      case 0x2028: case 0x2029: return '\n';  // line and paragraph separators
      case 0x2018: case 0x2019: case 0x201A: case 0x201B: case 0x2032: return '\'';
      case 0x201C: case 0x201D: case 0x201E: case 0x201F: case 0x2033: return '"';
      case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2014: case 0x2015: return '-';
      default: return cp;
    }
  }
  if (cp >= 0xFE70) {
    if (cp <= 0xFE7F) return kDeleteCp;  // presentation forms of harakat
    if (cp < 0xFEF5) return kPresentationTable[cp - 0xFE80];
    if (cp <= 0xFEFC) return kLamAlef;
    if (cp == 0xFEFF) return kDeleteCp;  // byte order mark / zero-width no-break space
    return cp;
  }
  switch (cp) {
    case 0x3000: return ' ';  // ideographic space
    case 0x2212: return '-';  // minus sign
    default: return cp;
  }
}

// Length of the valid UTF-8 sequence at p (n bytes available), or 0 if the lead byte does not start
// one. Overlong forms, surrogates and code points above U+10FFFF are invalid.
inline int ValidSequenceLength(const unsigned char* p, size_t n) {
  const unsigned char b0 = p[0];
  if (b0 < 0x80) return 1;
  auto cont = [&](size_t i) { return i < n && (p[i] & 0xC0) == 0x80; };
  if (b0 < 0xC2) return 0;
  if (b0 < 0xE0) return cont(1) ? 2 : 0;
  if (b0 < 0xF0) {
    if (!cont(1) || !cont(2)) return 0;
    if (b0 == 0xE0 && p[1] < 0xA0) return 0;   // overlong
    if (b0 == 0xED && p[1] >= 0xA0) return 0;  // surrogate
    return 3;
  }
  if (b0 < 0xF5) {
    if (!cont(1) || !cont(2) || !cont(3)) return 0;
    if (b0 == 0xF0 && p[1] < 0x90) return 0;   // overlong
    if (b0 == 0xF4 && p[1] >= 0x90) return 0;  // above U+10FFFF
    return 4;
  }
  return 0;
}

// Output buffers written through raw pointers with slack at the end, so each code point costs one
// bounds check and fixed-size stores.
class Writer {
 public:
  static constexpr size_t kSlack = 16;  // > the largest output of one input character

  Writer(NormalizedText& out, size_t input_size) : out_(out) {
    Grow(input_size + input_size / 8 + kSlack);
  }

  void Reserve() {
    if (len_ + kSlack > cap_) Grow(cap_ * 2);
  }
  // Bytes that may still be written without Reserve(): after Reserve(), as many input bytes of
  // two-byte characters, each of which folds to at most two bytes (PutTwoByte).
  size_t Room() const { return cap_ - len_ - kSlack; }
  // Put for a fold of at most two bytes (every fold of a code point below U+0800).
  void PutTwoByte(Fold fold, uint32_t orig) {
    std::memcpy(text_ + len_, &fold, 4);
    uint32_t* o = to_orig_ + len_;
    o[0] = orig;
    o[1] = orig;
    len_ += fold >> 24;
  }
  // Appends the bytes of a packed fold (count in the top byte) produced by original offset `orig`.
  void Put(Fold fold, uint32_t orig) {
    std::memcpy(text_ + len_, &fold, 4);  // little-endian: low bytes are the output bytes in order
    uint32_t* o = to_orig_ + len_;
    o[0] = orig;
    o[1] = orig;
    o[2] = orig;
    len_ += fold >> 24;
  }
  void PutCodePoint(uint32_t cp, uint32_t orig) { Put(Bytes(cp), orig); }
  void Finish(uint32_t original_size) {
    out_.text.resize(len_);
    out_.to_orig.resize(len_ + 1);
    out_.to_orig[len_] = original_size;
  }

 private:
  // resize() fills only what lies beyond the current size: a reused NormalizedText (still as long as
  // the last text) is overwritten in place, mostly without a fill.
  void Grow(size_t cap) {
    cap_ = cap;
    out_.text.resize(cap_);
    out_.to_orig.resize(cap_ + 1);
    text_ = out_.text.data();
    to_orig_ = out_.to_orig.data();
  }

  NormalizedText& out_;
  char* text_ = nullptr;
  uint32_t* to_orig_ = nullptr;
  size_t len_ = 0;
  size_t cap_ = 0;
};

static_assert(std::endian::native == std::endian::little, "Writer::Put stores packed folds little-endian");

}  // namespace

NormalizedText Normalize(std::string_view original) {
  NormalizedText out;
  Normalize(original, out);
  return out;
}

void Normalize(std::string_view original, NormalizedText& out) {
  const auto* p = reinterpret_cast<const unsigned char*>(original.data());
  const size_t n = original.size();
  Writer w(out, n);
  size_t i = 0;
  while (i < n) {
    w.Reserve();
    const auto orig = static_cast<uint32_t>(i);
    const unsigned char b0 = p[i];
    if (b0 < 0x80) {
      const Fold fold = kTwoByteTable[b0];
      if (fold == kCarriageReturn) {
        w.Put(Bytes('\n'), orig);  // CRLF and a lone CR are each one line break
        i += (i + 1 < n && p[i + 1] == '\n') ? 2 : 1;
        continue;
      }
      w.Put(fold, orig);
      ++i;
      continue;
    }
    if (b0 >= 0xC2 && b0 < 0xE0 && i + 1 < n && (p[i + 1] & 0xC0) == 0x80) {
      w.Put(kTwoByteTable[((b0 & 0x1Fu) << 6) | (p[i + 1] & 0x3Fu)], orig);
      i += 2;
      // The rest of a run of two-byte characters (an Arabic word) in a tight loop, as far as the
      // output has room without growing.
      w.Reserve();
      const size_t end = std::min(n, i + w.Room());
      while (i + 1 < end && p[i] >= 0xC2 && p[i] < 0xE0 && (p[i + 1] & 0xC0) == 0x80) {
        w.PutTwoByte(kTwoByteTable[((p[i] & 0x1Fu) << 6) | (p[i + 1] & 0x3Fu)], static_cast<uint32_t>(i));
        i += 2;
      }
      continue;
    }
    const int len = ValidSequenceLength(p + i, n - i);
    if (len == 3) {
      const uint32_t cp = ((b0 & 0x0Fu) << 12) | ((p[i + 1] & 0x3Fu) << 6) | (p[i + 2] & 0x3Fu);
      const uint32_t folded = FoldThreeByte(cp);
      if (folded == kLamAlef) {
        w.PutCodePoint(0x0644, orig);
        w.PutCodePoint(0x0627, orig);
      } else if (folded != kDeleteCp) {
        w.PutCodePoint(folded, orig);
      }
    } else if (len == 4) {
      for (int k = 0; k < 4; ++k) w.Put((1u << 24) | p[i + k], orig);  // copied as is
    } else {
      w.PutCodePoint(0xFFFD, orig);  // one replacement character per offending byte
      i += 1;
      continue;
    }
    i += len;
  }
  w.Finish(static_cast<uint32_t>(n));
}

std::string NormalizeKey(std::string_view phrase) {
  std::string key;
  AppendNormalizedKey(phrase, key);
  return key;
}

void AppendNormalizedKey(std::string_view phrase, std::string& out) {
  // Keys are folded at every start (dictionaries) and by the store for every event it writes (its
  // search text): the normalized form goes to a per-thread buffer, the spaces are collapsed in place
  // (the write position never passes the read position), and `out` grows once.
  thread_local NormalizedText norm;
  Normalize(phrase, norm);
  char* text = norm.text.data();
  const size_t n = norm.text.size();
  size_t len = 0;
  bool pending_space = false;
  for (size_t i = 0; i < n; ++i) {
    const char c = text[i];
    if (c == ' ' || c == '\n') {
      pending_space = len > 0;
      continue;
    }
    if (pending_space) text[len++] = ' ';
    pending_space = false;
    text[len++] = c;
  }
  out.append(text, len);
}

bool IsValidUtf8(std::string_view s, size_t* error_offset) {
  // simdjson's validator checks the same rules (no overlongs, surrogates or code points above
  // U+10FFFF) 16-64 bytes per step; the scalar loop below only runs on invalid input, to find where.
  if (simdjson::validate_utf8(s.data(), s.size())) return true;
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  const size_t n = s.size();
  size_t i = 0;
  while (i < n) {
    // ASCII runs are the bulk of markup and Latin text: skip eight bytes at a time.
    while (i + 8 <= n) {
      uint64_t chunk;
      std::memcpy(&chunk, p + i, 8);
      if (chunk & 0x8080808080808080ull) break;
      i += 8;
    }
    if (i >= n) break;
    const int len = ValidSequenceLength(p + i, n - i);
    if (len == 0) {
      if (error_offset) *error_offset = i;
      return false;
    }
    i += len;
  }
  return true;
}

}  // namespace rasd::text
