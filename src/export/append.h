// Stage `export` internals: appenders shared by the writers, which format a million events per
// export: they write into the caller's buffer without temporary strings or printf.
#pragma once

#include <chrono>
#include <charconv>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "rasd/date.h"

namespace rasd::exporter::internal {

inline void AppendInt(int64_t v, std::string& out) {
  char buf[24];
  out.append(buf, std::to_chars(buf, buf + sizeof buf, v).ptr);
}

// `v` with `decimals` digits after the point, exactly as std::to_chars(v, chars_format::fixed,
// decimals) writes it, at a tenth of the cost for what exports write (coordinates with 4 decimals,
// confidence with 2: libstdc++'s exact printf-style conversion took a tenth of a JSONL export's
// instructions). For decimals <= 4, v * 10^decimals is exact in x87 extended precision (53 bits of
// mantissa times 5^4 < 2^10 fits in 64), so rounding it to an integer with ties to even (the default
// rounding mode) is the correctly rounded decimal that to_chars gives; other cases go to to_chars.
// `v` must be finite. Returns the end of what was written into `buf` (48 bytes are enough).
inline char* FixedChars(char* buf, char* buf_end, double v, int decimals) {
  static constexpr uint64_t kPow10[] = {1, 10, 100, 1000, 10000};
  if (decimals < 0 || decimals > 4 || !(std::fabs(v) < 1e14)) {
    return std::to_chars(buf, buf_end, v, std::chars_format::fixed, decimals).ptr;
  }
  uint64_t units;
  // In double precision first: v * 10^decimals is then off by at most half an ulp (2^-13 below
  // 2^40), so unless its fraction lies within 2^-11 of one half the nearest integer is the exact
  // product's too. Only those near-ties take the x87 path (whose nearbyintl was 6 % of a JSONL
  // export's time).
  static constexpr double kPow10d[] = {1, 10, 100, 1000, 10000};
  const double a = std::fabs(v * kPow10d[decimals]);
  const double floor_a = a < 0x1p40 ? static_cast<double>(static_cast<uint64_t>(a)) : 0;
  if (a < 0x1p40 && std::fabs((a - floor_a) - 0.5) > 0x1p-11) {
    units = static_cast<uint64_t>(floor_a) + (a - floor_a > 0.5 ? 1 : 0);
  } else {
    const long double scaled = static_cast<long double>(v) * static_cast<long double>(kPow10[decimals]);
    units = static_cast<uint64_t>(std::fabs(std::nearbyintl(scaled)));
  }
  char* p = buf;
  if (std::signbit(v)) *p++ = '-';  // to_chars keeps the sign of a negative that rounds to 0
  const uint64_t whole = units / kPow10[decimals];
  p = std::to_chars(p, buf_end, whole).ptr;
  if (decimals > 0) {
    *p++ = '.';
    uint64_t frac = units % kPow10[decimals];
    for (int k = decimals - 1; k >= 0; --k) {
      p[k] = static_cast<char>('0' + frac % 10);
      frac /= 10;
    }
    p += decimals;
  }
  return p;
}

// The day as Day::ToString() writes it ("%04d-%02d-%02d"), with one calendar conversion.
inline void AppendDay(Day d, std::string& out) {
  namespace chr = std::chrono;
  chr::year_month_day ymd{chr::sys_days{chr::days{d.days()}}};
  int y = static_cast<int>(ymd.year());
  if (y < 0 || y > 9999) {  // not a day rasd writes; the reference formatting decides
    out += d.ToString();
    return;
  }
  unsigned m = static_cast<unsigned>(ymd.month()), dd = static_cast<unsigned>(ymd.day());
  char b[10] = {static_cast<char>('0' + y / 1000),      static_cast<char>('0' + y / 100 % 10),
                static_cast<char>('0' + y / 10 % 10),   static_cast<char>('0' + y % 10),
                '-',
                static_cast<char>('0' + m / 10),        static_cast<char>('0' + m % 10),
                '-',
                static_cast<char>('0' + dd / 10),       static_cast<char>('0' + dd % 10)};
  out.append(b, sizeof b);
}

// Word-at-a-time byte tests (eight bytes per step; exact, no false positives): does any byte of `w`
// equal `b`, or lie below `n` (n <= 128)?
inline bool AnyByteBelow(uint64_t w, uint8_t n) {
  constexpr uint64_t kOnes = 0x0101010101010101ull, kHighs = 0x8080808080808080ull;
  return ((w - kOnes * n) & ~w & kHighs) != 0;
}
inline bool AnyByteIs(uint64_t w, uint8_t b) {
  return AnyByteBelow(w ^ (0x0101010101010101ull * b), 1);
}

// The first index from `i` on where a byte of `s` may need escaping in a JSON string (a control
// byte, '"' or '\\'), or a little before it: whole words without one are skipped. Most of what
// exports write (Arabic text: bytes >= 0x80) is skipped eight bytes at a time.
inline size_t SkipPlainJsonBytes(std::string_view s, size_t i) {
#if defined(__SSE2__)
  // Sixteen bytes at a time (SSE2 is part of x86-64): a byte needs escaping when it is '"', '\\' or
  // at most 0x1f (max(b, 0x1f) == 0x1f, unsigned).
  const __m128i quote = _mm_set1_epi8('"'), backslash = _mm_set1_epi8('\\'), control = _mm_set1_epi8(0x1f);
  while (i + 16 <= s.size()) {
    const __m128i b = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s.data() + i));
    const __m128i special = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(b, quote), _mm_cmpeq_epi8(b, backslash)),
                                         _mm_cmpeq_epi8(_mm_max_epu8(b, control), control));
    const int mask = _mm_movemask_epi8(special);
    if (mask != 0) return i + static_cast<size_t>(__builtin_ctz(static_cast<unsigned>(mask)));
    i += 16;
  }
#endif
  while (i + 8 <= s.size()) {
    uint64_t w;
    std::memcpy(&w, s.data() + i, 8);
    if (AnyByteBelow(w, 0x20) || AnyByteIs(w, '"') || AnyByteIs(w, '\\')) return i;
    i += 8;
  }
  while (i < s.size()) {
    auto c = static_cast<unsigned char>(s[i]);
    if (c < 0x20 || c == '"' || c == '\\') return i;
    ++i;
  }
  return i;
}

// Whether a CSV field must be quoted for its bytes (comma, quote, CR, LF), a word at a time.
inline bool HasCsvSpecial(std::string_view s) {
  size_t i = 0;
  for (; i + 8 <= s.size(); i += 8) {
    uint64_t w;
    std::memcpy(&w, s.data() + i, 8);
    if (AnyByteIs(w, ',') || AnyByteIs(w, '"') || AnyByteIs(w, '\r') || AnyByteIs(w, '\n')) return true;
  }
  for (; i < s.size(); ++i) {
    char c = s[i];
    if (c == ',' || c == '"' || c == '\r' || c == '\n') return true;
  }
  return false;
}

}  // namespace rasd::exporter::internal
