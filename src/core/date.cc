#include "rasd/date.h"

#include <chrono>
#include <cstdio>

namespace rasd {

namespace {
namespace chr = std::chrono;

chr::year_month_day Ymd(int32_t n) { return chr::year_month_day{chr::sys_days{chr::days{n}}}; }

bool ParseInt(std::string_view s, int& out) {
  if (s.empty()) return false;
  int v = 0;
  for (char c : s) {
    if (c < '0' || c > '9') return false;
    v = v * 10 + (c - '0');
  }
  out = v;
  return true;
}
}  // namespace

std::optional<Day> Day::FromYmd(int year, int month, int day) {
  if (year < 1 || year > 9999 || month < 1 || month > 12 || day < 1 || day > 31) return std::nullopt;
  chr::year_month_day ymd{chr::year{year}, chr::month{static_cast<unsigned>(month)},
                          chr::day{static_cast<unsigned>(day)}};
  if (!ymd.ok()) return std::nullopt;
  return Day(static_cast<int32_t>(chr::sys_days{ymd}.time_since_epoch().count()));
}

std::optional<Day> Day::Parse(std::string_view s) {
  // "YYYY-MM-DD" then optionally 'T' or ' ' and a time we ignore.
  if (s.size() < 10 || s[4] != '-' || s[7] != '-') return std::nullopt;
  if (s.size() > 10 && s[10] != 'T' && s[10] != ' ') return std::nullopt;
  int y, m, d;
  if (!ParseInt(s.substr(0, 4), y) || !ParseInt(s.substr(5, 2), m) || !ParseInt(s.substr(8, 2), d)) {
    return std::nullopt;
  }
  return FromYmd(y, m, d);
}

int Day::year() const { return static_cast<int>(Ymd(n_).year()); }
int Day::month() const { return static_cast<int>(static_cast<unsigned>(Ymd(n_).month())); }
int Day::day() const { return static_cast<int>(static_cast<unsigned>(Ymd(n_).day())); }

int Day::weekday() const {
  return static_cast<int>(chr::weekday{chr::sys_days{chr::days{n_}}}.c_encoding());
}

std::string Day::ToString() const {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", year(), month(), day());
  return buf;
}

}  // namespace rasd
