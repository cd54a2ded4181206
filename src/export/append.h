// Stage `export` internals: appenders shared by the writers, which format a million events per
// export: they write into the caller's buffer without temporary strings or printf.
#pragma once

#include <chrono>
#include <charconv>
#include <cstdint>
#include <string>

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

}  // namespace rasd::exporter::internal
