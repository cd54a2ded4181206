#include "text/word_set.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace rasd::text {
namespace {

TEST(WordSetTest, ContainsExactlyTheWordsGiven) {
  const WordSet set = {"في", "من", "الي", "داخل", "قرب", "قريه", "x", "محافظه"};
  EXPECT_EQ(set.size(), 8u);
  for (std::string_view w : {"في", "من", "الي", "داخل", "قرب", "قريه", "x", "محافظه"}) EXPECT_TRUE(set.contains(w)) << w;
  // Same size and same first and last letters as an entry, a prefix, an extension, empty.
  for (std::string_view w : {"فى", "مع", "الى", "دخل", "قريب", "قري", "وفي", "", "y", "xx", "محافظات"}) {
    EXPECT_FALSE(set.contains(w)) << w;
  }
  // The word is compared by value, not by address.
  const std::string copy = "داخل";
  EXPECT_TRUE(set.contains(copy));
}

TEST(WordSetTest, DuplicatesCountOnceAndLargeListsStayExact) {
  const WordSet dup = {"حي", "حي", "ريف"};
  EXPECT_EQ(dup.size(), 2u);
  std::vector<std::string> words;
  // (Appended, not "w" + std::to_string(i): GCC 12 warns falsely on that, -Wrestrict.)
  auto word = [](int i) {
    std::string w = "w";
    w += std::to_string(i);
    return w;
  };
  for (int i = 0; i < 300; ++i) words.push_back(word(i));
  std::vector<std::string_view> views(words.begin(), words.end());
  const WordSet big{std::span<const std::string_view>(views)};
  EXPECT_EQ(big.size(), 300u);
  for (const std::string& w : words) EXPECT_TRUE(big.contains(w)) << w;
  for (int i = 300; i < 600; ++i) EXPECT_FALSE(big.contains(word(i)));
}

}  // namespace
}  // namespace rasd::text
