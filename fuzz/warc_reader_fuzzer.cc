// Target warc_reader: ArticleReader::ReadBuffer on the input as a .warc file, as a .warc.gz file (raw,
// to reach the gzip error paths) and gzip-compressed by the target (to reach the WARC parser through the
// decompressor). Every failure must come through on_error; every document must be valid UTF-8 and be
// identified by its record.
#include "fuzz_target.h"
#include "ingest/reader.h"
#include "ingest/testing.h"
#include "text/normalizer.h"

RASD_FUZZ_TARGET(warc_reader) {
  using namespace rasd;
  ingest::ReaderOptions options{std::nullopt, 1u << 16};
  options.max_html_depth = 200;
  ingest::ArticleReader reader(options);
  std::string bytes(reinterpret_cast<const char*>(data), size);
  struct Input { std::string bytes; const char* path; };
  for (const Input& in : {Input{bytes, "fuzz.warc"}, Input{bytes, "fuzz.warc.gz"}, Input{ingest::testing::GzipMember(bytes, 1), "fuzz.warc.gz"}}) {
    size_t errors = 0, docs = 0;
    ingest::ReadStats stats;
    size_t failures = reader.ReadBuffer(
        in.bytes, in.path,
        [&](Document&& doc) {
          ++docs;
          RASD_FUZZ_CHECK(text::IsValidUtf8(doc.text));
          RASD_FUZZ_CHECK(text::IsValidUtf8(doc.title));
          RASD_FUZZ_CHECK(!doc.id.empty());
          RASD_FUZZ_CHECK(doc.text.starts_with(doc.title));
        },
        [&](const Status& s) {
          ++errors;
          RASD_FUZZ_CHECK(!s.ok());
        },
        &stats);
    RASD_FUZZ_CHECK(failures == errors);
    RASD_FUZZ_CHECK(docs == stats.documents);
  }
  return 0;
}
