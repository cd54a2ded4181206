// A calendar day as a count of days since 1970-01-01 (proleptic Gregorian), cheap to copy and compare.
//
//   rasd::Day d = *rasd::Day::Parse("2019-03-12");
//   d.AddDays(-1).ToString();   // "2019-03-11"
//   d.weekday();                // 2 (0 = Sunday ... 6 = Saturday)
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace rasd {

class Day {
 public:
  Day() = default;
  explicit constexpr Day(int32_t days_since_epoch) : n_(days_since_epoch) {}

  // Accepts "YYYY-MM-DD" optionally followed by a time part ("2019-03-12T10:00:00Z"); nullopt otherwise.
  static std::optional<Day> Parse(std::string_view s);
  // nullopt when the triple is not a real day (2019-02-29).
  static std::optional<Day> FromYmd(int year, int month, int day);

  int32_t days() const { return n_; }
  int year() const;
  int month() const;  // 1..12
  int day() const;    // 1..31
  int weekday() const;  // 0 = Sunday ... 6 = Saturday
  Day AddDays(int32_t delta) const { return Day(n_ + delta); }
  std::string ToString() const;  // "YYYY-MM-DD"

  friend constexpr bool operator==(Day a, Day b) { return a.n_ == b.n_; }
  friend constexpr auto operator<=>(Day a, Day b) { return a.n_ <=> b.n_; }

 private:
  int32_t n_ = 0;
};

}  // namespace rasd
