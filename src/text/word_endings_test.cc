#include "text/word_endings.h"

#include <gtest/gtest.h>

#include <string>

namespace rasd::text {
namespace {

TEST(WordEndingsTest, EveryWordAKeyIsAStemOfPasses) {
  WordEndings<1024> endings;
  const std::string keys[] = {"قسد", "حماس", "الجيش", "isis", "abcde"};
  for (const std::string& key : keys) endings.Add(key);
  for (const std::string& key : keys) {
    for (const std::string prefix : {"", "و", "وبال", "ل", "x"}) {
      const std::string word = prefix + key;
      EXPECT_TRUE(endings.MayEnd(word)) << word;
    }
  }
}

TEST(WordEndingsTest, RulesOutOtherEndingsAndResets) {
  WordEndings<1024> endings;
  endings.Add("حماس");
  endings.Add("الجيش");
  // Two keys set two bits of each 1,024-bit filter: these endings hit neither (the hash is fixed).
  EXPECT_FALSE(endings.MayEnd("الحرب"));
  EXPECT_FALSE(endings.MayEnd("دمشق"));
  endings.Reset();
  EXPECT_FALSE(endings.MayEnd("حماس"));
  EXPECT_FALSE(endings.MayEnd("والجيش"));
}

}  // namespace
}  // namespace rasd::text
