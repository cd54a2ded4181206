#include "rasd/date.h"

#include <gtest/gtest.h>

namespace rasd {
namespace {

TEST(DayTest, ParsesAndPrints) {
  struct Case { const char* in; const char* out; } cases[] = {
      {"2019-03-12", "2019-03-12"},
      {"2019-03-12T10:15:00Z", "2019-03-12"},
      {"2020-02-29", "2020-02-29"},
      {"1970-01-01", "1970-01-01"},
  };
  for (const auto& c : cases) {
    auto d = Day::Parse(c.in);
    ASSERT_TRUE(d.has_value()) << c.in;
    EXPECT_EQ(d->ToString(), c.out);
  }
}

TEST(DayTest, RejectsImpossibleDays) {
  for (const char* s : {"2019-02-29", "2019-13-01", "2019-00-10", "2019-3-12", "", "garbage!!!", "2019-03-12x"}) {
    EXPECT_FALSE(Day::Parse(s).has_value()) << s;
  }
}

TEST(DayTest, WeekdayAndArithmetic) {
  Day d = *Day::Parse("2019-03-12");  // a Tuesday
  EXPECT_EQ(d.weekday(), 2);
  EXPECT_EQ(d.AddDays(-1).ToString(), "2019-03-11");
  EXPECT_EQ(Day::Parse("2020-03-01")->AddDays(-1).ToString(), "2020-02-29");
  EXPECT_EQ(Day::Parse("2019-01-01")->AddDays(-1).ToString(), "2018-12-31");
  EXPECT_LT(d.AddDays(-1), d);
}

}  // namespace
}  // namespace rasd
