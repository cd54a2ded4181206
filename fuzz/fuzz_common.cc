#include "fuzz_target.h"

#include "text/normalizer.h"

namespace rasd::fuzz {

Document DocumentOf(const uint8_t* data, size_t size) {
  std::string_view in(reinterpret_cast<const char*>(data), size);
  Document doc;
  doc.id = "fuzz";
  size_t nl = in.find('\n');
  std::string_view first = in.substr(0, nl);
  doc.published = Day::Parse(first);
  doc.text.assign(nl == std::string_view::npos ? std::string_view() : in.substr(nl + 1));
  if (!doc.published) doc.text.assign(in);  // no date line: all of it is text
  size_t title_end = doc.text.find('\n');
  doc.title = doc.text.substr(0, title_end);
  return doc;
}

void CheckDocument(const Document& doc) {
  const NormalizedText& n = doc.norm;
  const size_t nsize = n.text.size();
  RASD_FUZZ_CHECK(n.to_orig.size() == nsize + 1);
  RASD_FUZZ_CHECK(n.to_orig.back() == doc.text.size());
  for (size_t i = 1; i < n.to_orig.size(); ++i) RASD_FUZZ_CHECK(n.to_orig[i - 1] <= n.to_orig[i]);
  RASD_FUZZ_CHECK(text::IsValidUtf8(n.text));

  for (size_t i = 0; i < doc.tokens.size(); ++i) {
    const Token& t = doc.tokens[i];
    RASD_FUZZ_CHECK(t.begin < t.end && t.end <= nsize);
    RASD_FUZZ_CHECK(t.sentence < doc.sentences.size());
    if (i > 0) RASD_FUZZ_CHECK(doc.tokens[i - 1].end <= t.begin);
  }
  for (size_t i = 0; i < doc.sentences.size(); ++i) {
    const Sentence& s = doc.sentences[i];
    RASD_FUZZ_CHECK(s.begin <= s.end && s.end <= nsize);
    RASD_FUZZ_CHECK(s.first_token <= s.end_token && s.end_token <= doc.tokens.size());
    for (uint32_t t = s.first_token; t < s.end_token; ++t) RASD_FUZZ_CHECK(doc.tokens[t].sentence == i);
    if (i > 0) RASD_FUZZ_CHECK(doc.sentences[i - 1].end_token <= s.first_token);
  }
  for (const Mention& m : doc.mentions) {
    RASD_FUZZ_CHECK(m.tok_begin <= m.tok_end && m.tok_end <= doc.tokens.size());
    RASD_FUZZ_CHECK(m.begin <= m.end && m.end <= nsize);
    ByteSpan o = n.OriginalSpan(m.begin, m.end);
    RASD_FUZZ_CHECK(o.begin <= o.end && o.end <= doc.text.size());
  }
  for (const Event& e : doc.events) {
    for (const ByteSpan& s : {e.spans.actor1, e.spans.actor2, e.spans.location, e.spans.date, e.spans.fatalities,
                              e.spans.injured, e.spans.trigger, e.spans.evidence}) {
      RASD_FUZZ_CHECK(s.begin <= s.end);
      RASD_FUZZ_CHECK(s.end <= doc.text.size());
    }
  }
}

}  // namespace rasd::fuzz
