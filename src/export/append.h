// Stage `export` internals: appenders shared by the writers, which format a million events per
// export: they write into the caller's buffer without temporary strings or printf.
#pragma once

#include <chrono>
#include <charconv>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>

#include "rasd/date.h"

namespace rasd::exporter::internal {

inline void AppendInt(int64_t v, std::string& out) {
  char buf[24];
  out.append(buf, std::to_chars(buf, buf + sizeof buf, v).ptr);
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
