// Stage `lexicon`: dictionaries as data, matched leftmost-longest over tokens.
//
//   PhraseMatcher m;
//   m.Add("قوات سوريا الديمقراطية", 7);   // keys are normalized with text::NormalizeKey
//   m.Add("قسد", 7);
//   m.Build();
//   for (const PhraseMatcher::Match& hit : m.FindAll(doc)) ...   // hit.value == 7
//
// A phrase is a sequence of tokens. It matches at token i when each of its tokens equals the text's
// tokens in order, where the first text token may carry a proclitic (و ف ب ل ك ال and combinations,
// see text::ProcliticSplits), so "وبقوات سوريا الديمقراطية" and "لـ\"قسد\"" (after normalization "ل\"قسد\"",
// tokens ل, ", قسد) match. Punctuation tokens are never part of a key; a single-letter proclitic token
// followed by a quote is skipped over. Between the tokens of a phrase, quote, '-' and '_' tokens of the
// text are skipped (حركة "حماس", #ميليشيات_الحوثي), and so is a day the time stage found set off by
// commas ("أطلق مسلحون مجهولون، مساء أمس، النار"); other punctuation breaks the match.
// Matches do not cross sentence boundaries.
// Among matches starting at the same token the longest wins; matches do not overlap (leftmost-longest).
// Several values may share one key (an alias of two actors); FindAll reports each of them.
//
// Channels: several dictionaries can share one matcher, and so one scan over the tokens (proclitic
// splits and hashes computed once per token). Add(phrase, value, channel) with channel 0..7; leftmost-
// longest applies to each channel on its own, exactly as if each channel were a matcher by itself, so
// matches of different channels may overlap. Each match carries its channel; FindAll reports matches by
// start token, then channel, then value in the order added.
#pragma once

#include <cstdint>
#include <memory>
#include <span>
#include <string_view>
#include <vector>

#include "rasd/document.h"

namespace rasd::lexicon {

class PhraseMatcher {
 public:
  struct Match {
    uint32_t tok_begin = 0, tok_end = 0;  // token range
    uint32_t begin = 0, end = 0;          // normalized byte range, without the stripped proclitic
    int32_t value = 0;
    uint8_t channel = 0;
  };
  static constexpr int kChannels = 8;

  PhraseMatcher();
  ~PhraseMatcher();
  PhraseMatcher(PhraseMatcher&&) noexcept;
  PhraseMatcher& operator=(PhraseMatcher&&) noexcept;

  // Adds a phrase (any spelling: it is normalized here) to a channel (0..kChannels-1). Empty phrases
  // are ignored.
  void Add(std::string_view phrase, int32_t value, int channel = 0);
  // Must be called after the last Add and before FindAll.
  void Build();
  // Distinct (phrase, value, channel) triples after Build(); before it, the phrases added so far.
  size_t size() const;

  std::vector<Match> FindAll(const Document& doc) const;
  // The values stored under an exact (already normalized) key in any channel (grouped by channel), or
  // empty; with a channel, only that channel's values.
  std::span<const int32_t> Lookup(std::string_view normalized_key) const;
  std::span<const int32_t> Lookup(std::string_view normalized_key, int channel) const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace rasd::lexicon
