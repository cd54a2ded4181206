#include "ingest/encoding.h"

#include <unicode/ucnv.h>
#include <unicode/ucsdet.h>
#include <unicode/ustring.h>

#include <algorithm>
#include <memory>
#include <optional>
#include <vector>

#include "text/normalizer.h"

namespace rasd::ingest {

std::string AsciiLower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

namespace {

size_t LineOf(std::string_view s, size_t offset) {
  return 1 + static_cast<size_t>(std::count(s.begin(), s.begin() + static_cast<std::ptrdiff_t>(std::min(offset, s.size())), '\n'));
}

bool IsUtf8Label(std::string_view charset) {
  std::string c = AsciiLower(charset);
  return c == "utf-8" || c == "utf8" || c == "unicode-1-1-utf-8";
}

// Length of the valid UTF-8 sequence starting at s[i], or 0 when the bytes there are not one.
size_t Utf8SequenceAt(std::string_view s, size_t i) {
  auto b = [&](size_t k) { return static_cast<unsigned char>(s[k]); };
  unsigned char c = b(i);
  if (c < 0x80) return 1;
  size_t len = c >= 0xC2 && c <= 0xDF ? 2 : c >= 0xE0 && c <= 0xEF ? 3 : c >= 0xF0 && c <= 0xF4 ? 4 : 0;
  if (len == 0 || i + len > s.size()) return 0;
  for (size_t k = 1; k < len; ++k) {
    if ((b(i + k) & 0xC0) != 0x80) return 0;
  }
  if (c == 0xE0 && b(i + 1) < 0xA0) return 0;   // overlong
  if (c == 0xED && b(i + 1) > 0x9F) return 0;   // surrogate
  if (c == 0xF0 && b(i + 1) < 0x90) return 0;   // overlong
  if (c == 0xF4 && b(i + 1) > 0x8F) return 0;   // beyond U+10FFFF
  return len;
}

// Damaged UTF-8 (a few bad bytes in UTF-8 text) rather than a legacy charset: at least as many valid
// multi-byte sequences as invalid bytes. Legacy Arabic bytes rarely form valid sequences.
bool LooksLikeDamagedUtf8(std::string_view s) {
  size_t multibyte = 0, invalid = 0;
  for (size_t i = 0; i < s.size();) {
    size_t len = Utf8SequenceAt(s, i);
    if (len == 0) {
      ++invalid;
      ++i;
    } else {
      multibyte += len > 1;
      i += len;
    }
  }
  return multibyte >= invalid;
}

// BOM-less UTF-16: ASCII characters (spaces, digits, newlines, markup) have a zero high byte, Arabic
// letters a 0x06 one; so NULs fall on one parity only. Returns "UTF-16LE", "UTF-16BE" or "".
std::string Utf16ByNulPattern(std::string_view s) {
  size_t n = std::min<size_t>(s.size(), 1u << 16) & ~size_t{1};
  if (n < 4) return {};
  size_t even = 0, odd = 0;
  for (size_t i = 0; i < n; ++i) {
    if (s[i] == '\0') (i % 2 ? odd : even)++;
  }
  size_t pairs = n / 2;
  if (pairs < 8) return {};  // too little to tell UTF-16 from binary data
  if (odd * 20 >= pairs && even * 50 <= odd) return "UTF-16LE";
  if (even * 20 >= pairs && odd * 50 <= even) return "UTF-16BE";
  return {};
}

struct ConverterCloser {
  void operator()(UConverter* c) const { ucnv_close(c); }
};

// Bytes in `charset` to UTF-8 with ICU. Strict: fails on any byte the charset does not define;
// otherwise such bytes become U+FFFD. nullopt when ICU does not know the charset or strict fails.
std::optional<std::string> Convert(std::string_view bytes, const std::string& charset, bool strict) {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<UConverter, ConverterCloser> conv(ucnv_open(charset.c_str(), &status));
  if (U_FAILURE(status) || !conv) return std::nullopt;
  if (strict) {
    ucnv_setToUCallBack(conv.get(), UCNV_TO_U_CALLBACK_STOP, nullptr, nullptr, nullptr, &status);
    if (U_FAILURE(status)) return std::nullopt;
  }
  if (bytes.size() >= static_cast<size_t>(INT32_MAX) / 2) return std::nullopt;
  // Every charset read here gives at most one UTF-16 unit per input byte (+1 for the terminator).
  std::vector<UChar> units(bytes.size() + 2);
  int32_t ulen = ucnv_toUChars(conv.get(), units.data(), static_cast<int32_t>(units.size()), bytes.data(),
                               static_cast<int32_t>(bytes.size()), &status);
  if (U_FAILURE(status)) return std::nullopt;
  std::string out(static_cast<size_t>(ulen) * 3 + 1, '\0');
  int32_t out_len = 0;
  status = U_ZERO_ERROR;
  u_strToUTF8WithSub(out.data(), static_cast<int32_t>(out.size()), &out_len, units.data(), ulen, 0xFFFD, nullptr,
                     &status);
  if (U_FAILURE(status)) return std::nullopt;
  out.resize(static_cast<size_t>(out_len));
  return out;
}

struct ArabicScore {
  size_t arabic_letters = 0;  // U+0621..U+064A
  size_t other_non_ascii = 0;
  size_t ascii_letters = 0;
  size_t article = 0;         // "ال": the definite article tells a right Arabic decoding from a shuffled one
};

ArabicScore ScoreArabic(std::string_view utf8) {
  ArabicScore s;
  uint32_t prev = 0;
  for (size_t i = 0; i < utf8.size();) {
    unsigned char c = static_cast<unsigned char>(utf8[i]);
    uint32_t cp = c;
    size_t len = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
    if (i + len > utf8.size()) break;
    if (len == 2) cp = ((c & 0x1Fu) << 6) | (static_cast<unsigned char>(utf8[i + 1]) & 0x3Fu);
    if (len == 3) {
      cp = ((c & 0x0Fu) << 12) | ((static_cast<unsigned char>(utf8[i + 1]) & 0x3Fu) << 6) |
           (static_cast<unsigned char>(utf8[i + 2]) & 0x3Fu);
    }
    if (cp < 0x80 && std::isalpha(static_cast<int>(cp))) ++s.ascii_letters;
    if (cp >= 0x621 && cp <= 0x64A) {
      ++s.arabic_letters;
    } else if (cp >= 0x80 && !(cp >= 0x60C && cp <= 0x61F) && cp != 0xA0) {
      ++s.other_non_ascii;  // Arabic punctuation and NBSP are neutral
    }
    if (prev == 0x627 && cp == 0x644) ++s.article;
    prev = cp;
    i += len;
  }
  return s;
}

// The Arabic single-byte charset that reads `bytes` best, by ICU's detector and the decoded text.
std::optional<Decoded> DetectArabicSingleByte(std::string_view bytes) {
  std::vector<std::string> order;
  UErrorCode status = U_ZERO_ERROR;
  UCharsetDetector* det = ucsdet_open(&status);
  if (U_SUCCESS(status) && det) {
    ucsdet_setText(det, bytes.data(), static_cast<int32_t>(std::min<size_t>(bytes.size(), 1u << 20)), &status);
    int32_t n = 0;
    const UCharsetMatch** matches = U_SUCCESS(status) ? ucsdet_detectAll(det, &n, &status) : nullptr;
    for (int32_t i = 0; matches && U_SUCCESS(status) && i < n; ++i) {
      const char* name = ucsdet_getName(matches[i], &status);
      if (U_SUCCESS(status) && name) {
        std::string lname = AsciiLower(name);
        if (lname == "windows-1256" || lname == "iso-8859-6") order.emplace_back(name);
      }
    }
  }
  if (det) ucsdet_close(det);
  for (const char* fallback : {"windows-1256", "ISO-8859-6"}) {
    if (std::none_of(order.begin(), order.end(), [&](const std::string& o) { return AsciiLower(o) == AsciiLower(fallback); })) {
      order.emplace_back(fallback);
    }
  }
  std::optional<Decoded> best;
  size_t best_article = 0;
  for (const std::string& charset : order) {
    std::optional<std::string> text = Convert(bytes, charset, /*strict=*/true);
    if (!text) continue;
    ArabicScore score = ScoreArabic(*text);
    // Arabic text, not Latin text with a stray accented byte: most non-ASCII characters are Arabic letters,
    // and they are a fair share of all letters.
    if (score.arabic_letters == 0 || score.arabic_letters < score.other_non_ascii ||
        score.arabic_letters * 10 < (score.arabic_letters + score.ascii_letters) * 3) {
      continue;
    }
    // The detector's order decides unless another reading finds more definite articles.
    if (!best || score.article > best_article) {
      best = Decoded{std::move(*text), charset};
      best_article = score.article;
    }
  }
  return best;
}

// BOM-less UTF-16 must read as text: ASCII, Arabic, Latin, punctuation; binary data reads as a mix of
// CJK and private-use characters.
bool PlausibleText(std::string_view utf8) {
  size_t good = 0, all = 0;
  for (size_t i = 0; i < utf8.size(); ++all) {
    unsigned char c = static_cast<unsigned char>(utf8[i]);
    size_t len = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
    uint32_t cp = c;
    if (len == 2 && i + 1 < utf8.size()) cp = ((c & 0x1Fu) << 6) | (static_cast<unsigned char>(utf8[i + 1]) & 0x3Fu);
    if (len == 3 && i + 2 < utf8.size()) {
      cp = ((c & 0x0Fu) << 12) | ((static_cast<unsigned char>(utf8[i + 1]) & 0x3Fu) << 6) |
           (static_cast<unsigned char>(utf8[i + 2]) & 0x3Fu);
    }
    good += (cp >= 0x20 && cp < 0x7F) || cp == '\n' || cp == '\r' || cp == '\t' || (cp >= 0xA0 && cp < 0x250) ||
            (cp >= 0x600 && cp < 0x700) || (cp >= 0x2000 && cp < 0x2070) || (cp >= 0xFB50 && cp < 0xFF00);
    i += len;
  }
  return all > 0 && good * 10 >= all * 9;
}

Result<Decoded> FromUtf16(std::string_view bytes, const std::string& charset, size_t bom, const std::string& where) {
  std::optional<std::string> text = Convert(bytes.substr(bom), charset, /*strict=*/false);
  if (!text) return Status::Corruption(where + ": unreadable " + charset + " text");
  if (bom == 0 && !PlausibleText(*text)) {
    size_t nul = bytes.find('\0');
    return Status::Unsupported(where + ": binary data (NUL byte at offset " + std::to_string(nul) + ")");
  }
  if (size_t nul = text->find('\0'); nul != std::string::npos) {
    return Status::Unsupported(where + ": binary data (NUL character in " + charset + " text)");
  }
  return Decoded{std::move(*text), charset};
}

}  // namespace

Result<Decoded> DecodeToUtf8(std::string_view bytes, std::string_view declared, const std::string& where) {
  // 1. Byte-order marks.
  if (bytes.size() >= 3 && bytes.substr(0, 3) == "\xEF\xBB\xBF") {
    bytes.remove_prefix(3);
    declared = "UTF-8";
  } else if (bytes.size() >= 2 && bytes.substr(0, 2) == "\xFF\xFE") {
    return FromUtf16(bytes, "UTF-16LE", 2, where);
  } else if (bytes.size() >= 2 && bytes.substr(0, 2) == "\xFE\xFF") {
    return FromUtf16(bytes, "UTF-16BE", 2, where);
  }
  // 2. UTF-16 without a BOM, else NUL bytes mean binary data.
  if (size_t nul = bytes.find('\0'); nul != std::string_view::npos) {
    if (std::string utf16 = Utf16ByNulPattern(bytes); !utf16.empty()) return FromUtf16(bytes, utf16, 0, where);
    return Status::Unsupported(where + ": binary data (NUL byte at offset " + std::to_string(nul) + ")");
  }
  // 3. Valid UTF-8 is UTF-8.
  size_t bad = 0;
  if (text::IsValidUtf8(bytes, &bad)) return Decoded{std::string(bytes), "UTF-8"};
  auto invalid_utf8 = [&](std::string_view why) {
    return Status::Corruption(where + ":" + std::to_string(LineOf(bytes, bad)) + ": invalid UTF-8 at byte offset " +
                              std::to_string(bad) + std::string(why));
  };
  // 4. Damaged UTF-8 is an error, not a charset guess.
  if (LooksLikeDamagedUtf8(bytes)) return invalid_utf8("");
  // 5. The declared charset, unless it reads as no Arabic where an Arabic charset does.
  std::optional<Decoded> detected = DetectArabicSingleByte(bytes);
  if (!declared.empty() && !IsUtf8Label(declared)) {
    std::string charset(declared);
    if (std::optional<std::string> text = Convert(bytes, charset, /*strict=*/false)) {
      ArabicScore score = ScoreArabic(*text);
      if (!detected || score.article > 0 || score.arabic_letters > 0) return Decoded{std::move(*text), charset};
    }
  }
  // 6. Detection among the Arabic single-byte charsets.
  if (detected) return std::move(*detected);
  return invalid_utf8(" (and not Arabic in windows-1256 or ISO-8859-6)");
}

std::string CharsetOfContentType(std::string_view content_type) {
  std::string lower = AsciiLower(content_type);
  size_t pos = lower.find("charset");
  while (pos != std::string::npos) {
    size_t i = pos + 7;
    while (i < lower.size() && (lower[i] == ' ' || lower[i] == '\t')) ++i;
    if (i < lower.size() && lower[i] == '=') {
      ++i;
      while (i < lower.size() && (lower[i] == ' ' || lower[i] == '\t' || lower[i] == '"' || lower[i] == '\'')) ++i;
      size_t end = i;
      while (end < lower.size() && (std::isalnum(static_cast<unsigned char>(lower[end])) || lower[end] == '-' ||
                                    lower[end] == '_' || lower[end] == '.' || lower[end] == ':')) {
        ++end;
      }
      return std::string(content_type.substr(i, end - i));
    }
    pos = lower.find("charset", pos + 7);
  }
  return {};
}

std::string CharsetOfHtmlMeta(std::string_view raw) {
  std::string head = AsciiLower(raw.substr(0, 4096));
  for (size_t pos = head.find("<meta"); pos != std::string::npos; pos = head.find("<meta", pos + 5)) {
    size_t end = head.find('>', pos);
    if (end == std::string::npos) break;
    std::string_view tag(head.data() + pos, end - pos);
    // <meta charset="..."> and <meta http-equiv="Content-Type" content="text/html; charset=...">
    // both carry "charset" followed by '='.
    if (tag.find("charset") == std::string_view::npos) continue;
    std::string_view original = raw.substr(pos, end - pos);
    std::string charset = CharsetOfContentType(original);
    if (!charset.empty()) return charset;
  }
  return {};
}

}  // namespace rasd::ingest
