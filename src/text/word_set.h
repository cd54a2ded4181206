// Stage `text`: a fixed set of words, for the word tests that matchers run on most tokens.
//
//   const text::WordSet kPrepositions = {"في", "من", "الي"};
//   if (kPrepositions.contains(doc.NormView(token))) ...
//
// A scan of a list compares the word with every entry: tens of comparisons per token for lists such as
// place-type words or first names, run on every token a stage looks at. The set is an open-addressing
// table at most a quarter full, hashed on the word's size and its first and last two bytes (for Arabic,
// its first and last letters), so a word that is not in it, the usual case, costs one hash and one probe
// of an empty slot, and a word that is costs one compare. The entries are views: the words must outlive
// the set (string literals do).
#pragma once

#include <algorithm>
#include <bit>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <initializer_list>
#include <span>
#include <string_view>
#include <vector>

namespace rasd::text {

class WordSet {
 public:
  WordSet(std::initializer_list<std::string_view> words) : WordSet(std::span(words.begin(), words.size())) {}
  explicit WordSet(std::span<const std::string_view> words) {
    slots_.resize(std::bit_ceil(std::max<size_t>(8, words.size() * 4)));
    mask_ = static_cast<uint32_t>(slots_.size() - 1);
    for (std::string_view w : words) {
      if (contains(w)) continue;
      const uint32_t h = Hash(w);
      uint32_t s = h & mask_;
      while (slots_[s].data != nullptr) s = (s + 1) & mask_;
      slots_[s] = {w.data(), static_cast<uint32_t>(w.size()), h};
      ++size_;
      min_size_ = std::min(min_size_, w.size());
      max_size_ = std::max(max_size_, w.size());
    }
  }

  bool contains(std::string_view w) const {
    if (w.size() - min_size_ > max_size_ - min_size_) return false;  // no entry of that size (one test)
    const uint32_t h = Hash(w);
    for (uint32_t s = h & mask_;; s = (s + 1) & mask_) {
      const Slot& slot = slots_[s];
      if (slot.data == nullptr) return false;
      if (slot.hash == h && slot.size == w.size() && std::memcmp(slot.data, w.data(), w.size()) == 0) return true;
    }
  }

  size_t size() const { return size_; }

 private:
  struct Slot {
    const char* data = nullptr;  // nullptr: empty
    uint32_t size = 0;
    uint32_t hash = 0;
  };

  // The high half of a multiplicative hash of size, first and last two bytes: well mixed in its low bits,
  // which pick the slot.
  static uint32_t Hash(std::string_view w) {
    const auto* p = reinterpret_cast<const unsigned char*>(w.data());
    const size_t n = w.size();
    uint64_t x = n;
    if (n >= 2) {
      x |= static_cast<uint64_t>(p[0]) << 16 | static_cast<uint64_t>(p[1]) << 24 |
           static_cast<uint64_t>(p[n - 2]) << 32 | static_cast<uint64_t>(p[n - 1]) << 40;
    } else if (n == 1) {
      x |= static_cast<uint64_t>(p[0]) << 16;
    }
    return static_cast<uint32_t>((x * 0x9E3779B97F4A7C15ull) >> 32);
  }

  std::vector<Slot> slots_;
  uint32_t mask_ = 0;
  size_t size_ = 0;
  size_t min_size_ = SIZE_MAX, max_size_ = 0;  // of the entries; an empty set takes no size
};

}  // namespace rasd::text
