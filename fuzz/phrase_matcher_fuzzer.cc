// Target phrase_matcher: a PhraseMatcher built from the input, then FindAll and Lookup.
// Input: phrase lines, a blank line, then the text ("قسد\nقوات سوريا الديمقراطية\n\nوبقوات ...").
// Phrase k gets value k and channel k % kChannels. Without a blank line the whole input is the text and
// a few fixed phrases are used.
#include <algorithm>
#include <array>
#include <string>
#include <vector>

#include "fuzz_target.h"
#include "lexicon/phrase_matcher.h"
#include "text/normalizer.h"
#include "text/tokenizer.h"

RASD_FUZZ_TARGET(phrase_matcher) {
  using namespace rasd;
  using lexicon::PhraseMatcher;
  std::string_view in(reinterpret_cast<const char*>(data), size);
  std::vector<std::string_view> phrases;
  std::string_view body = in;
  if (size_t sep = in.find("\n\n"); sep != std::string_view::npos) {
    std::string_view head = in.substr(0, sep);
    body = in.substr(sep + 2);
    size_t pos = 0;
    while (pos <= head.size() && phrases.size() < 256) {
      size_t nl = std::min(head.find('\n', pos), head.size());
      phrases.push_back(head.substr(pos, nl - pos));
      pos = nl + 1;
    }
  } else {
    phrases = {"قسد", "قوات سوريا الديمقراطية", "قوات", "الجيش", "الجيش الوطني", "ال", "و", "\""};
  }
  PhraseMatcher m;
  for (size_t k = 0; k < phrases.size(); ++k) {
    m.Add(phrases[k], static_cast<int32_t>(k), static_cast<int>(k % PhraseMatcher::kChannels));
  }
  m.Build();
  RASD_FUZZ_CHECK(m.size() <= phrases.size());

  Document doc;
  doc.text.assign(body);
  doc.norm = text::Normalize(doc.text);
  text::Tokenize(doc);
  fuzz::CheckDocument(doc);
  std::vector<PhraseMatcher::Match> hits = m.FindAll(doc);
  std::array<uint32_t, PhraseMatcher::kChannels> channel_end{};  // leftmost-longest: no overlap in a channel
  uint32_t last_begin = 0;
  for (const PhraseMatcher::Match& h : hits) {
    RASD_FUZZ_CHECK(h.channel < PhraseMatcher::kChannels);
    RASD_FUZZ_CHECK(h.tok_begin < h.tok_end && h.tok_end <= doc.tokens.size());
    RASD_FUZZ_CHECK(h.begin < h.end && h.end <= doc.norm.text.size());
    RASD_FUZZ_CHECK(h.value >= 0 && static_cast<size_t>(h.value) < phrases.size());
    RASD_FUZZ_CHECK(h.value % PhraseMatcher::kChannels == h.channel);
    RASD_FUZZ_CHECK(h.tok_begin >= last_begin);
    RASD_FUZZ_CHECK(h.tok_begin >= channel_end[h.channel] ||
                    h.tok_end == channel_end[h.channel]);  // same span, another value of the key
    last_begin = h.tok_begin;
    channel_end[h.channel] = h.tok_end;
  }
  for (size_t k = 0; k < phrases.size(); ++k) {
    std::string key = text::NormalizeKey(phrases[k]);
    for (int32_t v : m.Lookup(key)) RASD_FUZZ_CHECK(v >= 0 && static_cast<size_t>(v) < phrases.size());
    for (int32_t v : m.Lookup(key, static_cast<int>(k % PhraseMatcher::kChannels))) {
      RASD_FUZZ_CHECK(v >= 0 && static_cast<size_t>(v) < phrases.size());
    }
  }
  return 0;
}
