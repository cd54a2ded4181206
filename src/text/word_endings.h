// A filter of how dictionary words end, to rule out text words before looking any of their stems up.
//
//   text::WordEndings<8192> endings;
//   for (std::string_view key : first_tokens) endings.Add(key);
//   if (word.size() >= 4 && !endings.MayEnd(word)) ...;   // no key of four bytes or more is a stem of it
//
// A proclitic changes where a word starts, never how it ends, and every stem a proclitic split leaves
// (text::ProcliticSplits) has four bytes or more: a key can be a stem of a word of four bytes or more
// only if it ends like the word. Keys of four or five bytes are filtered by their last four bytes (two
// Arabic letters), longer ones by their last six (three letters): two letters alone would pass most
// words (ات، ين، يه end many). Keys shorter than four bytes are not filtered: test only words of four
// bytes or more.
#pragma once

#include <bit>
#include <bitset>
#include <cstdint>
#include <cstring>
#include <string_view>

namespace rasd::text {

template <size_t kBits>
class WordEndings {
  static_assert(std::has_single_bit(kBits) && kBits >= 64 && kBits <= (size_t{1} << 31));
  static constexpr int kBitCount = std::countr_zero(kBits);

 public:
  void Reset() {
    short_keys_.reset();
    long_keys_.reset();
  }
  void Add(std::string_view key) {
    if (key.size() >= 6) long_keys_.set(LongBit(key));
    else if (key.size() >= 4) short_keys_.set(ShortBit(key));
  }
  // False when no key of four bytes or more can be a stem of `word` (at least four bytes long).
  bool MayEnd(std::string_view word) const {
    return short_keys_.test(ShortBit(word)) || (word.size() >= 6 && long_keys_.test(LongBit(word)));
  }

 private:
  static uint32_t ShortBit(std::string_view word) {
    uint32_t x;
    std::memcpy(&x, word.data() + word.size() - 4, 4);
    return (x * 2654435761u) >> (32 - kBitCount);
  }
  static uint32_t LongBit(std::string_view word) {
    uint64_t x = 0;
    std::memcpy(&x, word.data() + word.size() - 6, 6);
    return static_cast<uint32_t>((x * 0x9E3779B97F4A7C15ull) >> (64 - kBitCount));
  }

  std::bitset<kBits> short_keys_, long_keys_;
};

}  // namespace rasd::text
