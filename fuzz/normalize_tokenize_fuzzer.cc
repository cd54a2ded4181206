// Target normalize_tokenize: text::Normalize, NormalizeKey, IsValidUtf8, Tokenize and the clitic splits
// on raw bytes (invalid UTF-8 included: the normalizer maps it to U+FFFD).
#include <cstring>

#include "fuzz_target.h"
#include "text/normalizer.h"
#include "text/tokenizer.h"

RASD_FUZZ_TARGET(normalize_tokenize) {
  using namespace rasd;
  Document doc;
  doc.text.assign(reinterpret_cast<const char*>(data), size);
  size_t bad = 0;
  bool valid = text::IsValidUtf8(doc.text, &bad);
  RASD_FUZZ_CHECK(valid || bad < doc.text.size());
  doc.norm = text::Normalize(doc.text);
  text::Tokenize(doc);
  fuzz::CheckDocument(doc);
  if (valid) RASD_FUZZ_CHECK(doc.norm.text.size() <= 4 * doc.text.size() + 4);

  std::string key = text::NormalizeKey(doc.text);
  RASD_FUZZ_CHECK(text::IsValidUtf8(key));
  RASD_FUZZ_CHECK(key.empty() || (key.front() != ' ' && key.back() != ' '));
  RASD_FUZZ_CHECK(key.find("  ") == std::string::npos);

  for (const Token& t : doc.tokens) {
    std::string_view w = doc.NormView(t);
    uint8_t splits[8];
    int n = text::ProcliticSplits(w, splits);
    RASD_FUZZ_CHECK(n >= 1 && n <= 8 && splits[n - 1] == 0);
    for (int k = 0; k < n; ++k) {
      RASD_FUZZ_CHECK(splits[k] <= w.size());
      (void)text::SplitElidesArticle(w, splits[k]);
    }
    n = text::EncliticSplits(w, splits);
    RASD_FUZZ_CHECK(n >= 1 && n <= 8 && splits[n - 1] == 0);
    for (int k = 0; k < n; ++k) RASD_FUZZ_CHECK(splits[k] <= w.size());
  }
  return 0;
}
