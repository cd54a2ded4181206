// Target numbers: NumberParser (data/numbers.tsv, data/months.tsv) on a normalized, tokenized text:
// Annotate, and Read / ReadQualifier / MayStartNumber / WordValue at every token.
#include <optional>

#include "fuzz_target.h"
#include "numbers/numbers.h"
#include "text/normalizer.h"
#include "text/tokenizer.h"

RASD_FUZZ_TARGET(numbers) {
  using namespace rasd;
  static const numbers::NumberParser* parser = [] {
    Result<numbers::NumberParser> p = numbers::NumberParser::Load(fuzz::DictDir());
    if (!p.ok()) {
      std::fprintf(stderr, "%s\n", p.status().ToString().c_str());
      std::abort();
    }
    return new numbers::NumberParser(std::move(*p));
  }();
  Document doc = fuzz::DocumentOf(data, size);
  doc.norm = text::Normalize(doc.text);
  text::Tokenize(doc);
  parser->Annotate(doc);
  fuzz::CheckDocument(doc);
  const uint32_t ntok = static_cast<uint32_t>(doc.tokens.size());
  for (uint32_t i = 0; i < ntok; ++i) {
    (void)parser->WordValue(doc.NormView(doc.tokens[i]));
    (void)parser->MayStartNumber(doc, i);
    if (std::optional<numbers::NumberParser::Qualifier> q = parser->ReadQualifier(doc, i)) {
      RASD_FUZZ_CHECK(q->tok_end > i && q->tok_end <= ntok);
    }
    if (std::optional<numbers::NumberParser::Reading> r = parser->Read(doc, i)) {
      RASD_FUZZ_CHECK(r->tok_begin <= r->tok_end && r->tok_end <= ntok);
      RASD_FUZZ_CHECK(r->begin <= r->end && r->end <= doc.norm.text.size());
    }
  }
  return 0;
}
