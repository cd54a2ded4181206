// Target html_reader: ArticleReader::ReadBuffer on the input as an .html file (encoding detection, the
// nesting pre-scan, gumbo, boilerplate removal, metadata dates) and ReadHtmlArticle on it directly when
// it is valid UTF-8. Every failure must come through on_error; every article must be valid UTF-8 with
// the title as its first line.
#include "fuzz_target.h"
#include "ingest/html_reader.h"
#include "ingest/reader.h"
#include "text/normalizer.h"

RASD_FUZZ_TARGET(html_reader) {
  using namespace rasd;
  ingest::ReaderOptions options{Day::Parse("2020-02-29"), 1u << 16};
  options.max_html_depth = 200;
  ingest::ArticleReader reader(options);
  std::string bytes(reinterpret_cast<const char*>(data), size);
  size_t errors = 0;
  size_t failures = reader.ReadBuffer(
      bytes, "fuzz.html",
      [&](Document&& doc) {
        RASD_FUZZ_CHECK(text::IsValidUtf8(doc.text));
        RASD_FUZZ_CHECK(text::IsValidUtf8(doc.title));
        RASD_FUZZ_CHECK(text::IsValidUtf8(doc.url));
        RASD_FUZZ_CHECK(doc.id == "fuzz");
        RASD_FUZZ_CHECK(doc.text.starts_with(doc.title));
        RASD_FUZZ_CHECK(doc.published.has_value());
      },
      [&](const Status& s) {
        ++errors;
        RASD_FUZZ_CHECK(!s.ok());
      });
  RASD_FUZZ_CHECK(failures == errors && errors <= 1);
  if (text::IsValidUtf8(bytes)) {
    auto article = ingest::ReadHtmlArticle(bytes, "https://x.example/2019/03/12/a", "fuzz.html", 200);
    if (article.ok()) {
      RASD_FUZZ_CHECK(text::IsValidUtf8(article->text));
      RASD_FUZZ_CHECK(article->text.find("\n\n") == std::string::npos);
      RASD_FUZZ_CHECK(article->published.has_value());  // the URL has a date
    }
  }
  (void)ingest::DayOfUrl(bytes);
  (void)ingest::DayOfMetaDate(bytes);
  return 0;
}
