// Target encoding: DecodeToUtf8 with no, a UTF-8, an Arabic and a bogus declared charset, and the
// charset declarations' parsers. What comes out must be valid UTF-8 without NULs, or an error.
#include "fuzz_target.h"
#include "ingest/encoding.h"
#include "text/normalizer.h"

RASD_FUZZ_TARGET(encoding) {
  using namespace rasd;
  std::string_view bytes(reinterpret_cast<const char*>(data), size);
  for (const char* declared : {"", "utf-8", "windows-1256", "ISO-8859-6", "x-no-such-charset", "UTF-16LE"}) {
    auto decoded = ingest::DecodeToUtf8(bytes, declared, "fuzz");
    if (decoded.ok()) {
      RASD_FUZZ_CHECK(text::IsValidUtf8(decoded->text));
      RASD_FUZZ_CHECK(!decoded->charset.empty());
      if (decoded->charset == "UTF-8") RASD_FUZZ_CHECK(decoded->text.size() <= size);
    } else {
      RASD_FUZZ_CHECK(decoded.status().message().starts_with("fuzz"));
    }
  }
  (void)ingest::CharsetOfContentType(bytes);
  (void)ingest::CharsetOfHtmlMeta(bytes);
  return 0;
}
