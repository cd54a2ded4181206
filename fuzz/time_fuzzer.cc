// Target time: TimeParser (data/months.tsv, time_words.tsv, numbers.tsv) on a normalized, tokenized
// text; the first line is the publication date (DocumentOf), so relative expressions are resolved too;
// the last line is also read as a page's printed date line.
#include "fuzz_target.h"
#include "text/normalizer.h"
#include "text/tokenizer.h"
#include "time/time_expressions.h"

RASD_FUZZ_TARGET(time) {
  using namespace rasd;
  static const time::TimeParser* parser = [] {
    Result<time::TimeParser> p = time::TimeParser::Load(fuzz::DictDir());
    if (!p.ok()) {
      std::fprintf(stderr, "%s\n", p.status().ToString().c_str());
      std::abort();
    }
    return new time::TimeParser(std::move(*p));
  }();
  Document doc = fuzz::DocumentOf(data, size);
  doc.norm = text::Normalize(doc.text);
  text::Tokenize(doc);
  // The text's last line doubles as a page's date line (Document::dateline, read by DatelineOf).
  const size_t last_line = doc.text.rfind('\n');
  doc.dateline = last_line == std::string::npos ? doc.text : doc.text.substr(last_line + 1);
  parser->Annotate(doc);
  if (const std::optional<Day> d = parser->DatelineOf(doc.dateline)) RASD_FUZZ_CHECK(d->ToString().size() >= 10);
  fuzz::CheckDocument(doc);
  for (const Mention& m : doc.mentions) {
    if (m.kind != MentionKind::kTime) continue;
    // value is a Day::days(): it fits an int32 and prints.
    RASD_FUZZ_CHECK(m.value >= INT32_MIN && m.value <= INT32_MAX);
    RASD_FUZZ_CHECK(Day(static_cast<int32_t>(m.value)).ToString().size() >= 10);
  }
  return 0;
}
