// Target gazetteer: Gazetteer::Annotate and AnnotateAll on the tiny gazetteer (tiny_gazetteer.h), and
// Candidates / Resolve / Get / NameKey of every place mention.
#include <array>
#include <string_view>

#include "fuzz_target.h"
#include "text/normalizer.h"
#include "text/tokenizer.h"
#include "tiny_gazetteer.h"

RASD_FUZZ_TARGET(gazetteer) {
  using namespace rasd;
  const geo::Gazetteer& gaz = fuzz::TinyGazetteer();
  Document doc = fuzz::DocumentOf(data, size);
  doc.norm = text::Normalize(doc.text);
  text::Tokenize(doc);
  Document all = doc;
  gaz.Annotate(doc);
  gaz.AnnotateAll(all);
  fuzz::CheckDocument(doc);
  fuzz::CheckDocument(all);
  static constexpr std::array<std::string_view, 2> kHints = {"SY", "YE"};
  for (const Document* d : {&doc, &all}) {
    for (const Mention& m : d->mentions) {
      RASD_FUZZ_CHECK(m.kind == MentionKind::kPlace);
      if (m.ref < 0) continue;
      RASD_FUZZ_CHECK(static_cast<size_t>(m.ref) < gaz.name_count());
      (void)gaz.NameKey(m.ref);
      for (uint32_t id : gaz.Candidates(m.ref)) {
        RASD_FUZZ_CHECK(id < gaz.size());
        (void)gaz.Get(id);
      }
      uint32_t best = gaz.Resolve(m.ref, kHints, m.aux);
      RASD_FUZZ_CHECK(best == UINT32_MAX || best < gaz.size());
      if (best != UINT32_MAX) (void)gaz.CountryPlace(gaz.Get(best).country_code);
    }
  }
  (void)gaz.FindName(doc.text);
  return 0;
}
