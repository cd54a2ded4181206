// Target jsonl_reader: ArticleReader::ReadBuffer on the input as a .jsonl file, as standard input
// (sniffed) and as a .txt file. Every failure must come through on_error, every article must be valid
// UTF-8 (the reader's promise to the stages after it).
#include "fuzz_target.h"
#include "ingest/reader.h"
#include "text/normalizer.h"

RASD_FUZZ_TARGET(jsonl_reader) {
  using namespace rasd;
  ingest::ArticleReader reader(ingest::ReaderOptions{Day::Parse("2020-02-29"), 1u << 16});
  std::string bytes(reinterpret_cast<const char*>(data), size);
  for (const char* path : {"fuzz.jsonl", "-", "fuzz.txt"}) {
    size_t errors = 0, docs = 0;
    size_t failures = reader.ReadBuffer(
        bytes, path,
        [&](Document&& doc) {
          ++docs;
          RASD_FUZZ_CHECK(text::IsValidUtf8(doc.text));
          RASD_FUZZ_CHECK(text::IsValidUtf8(doc.title));
          RASD_FUZZ_CHECK(!doc.id.empty());
          RASD_FUZZ_CHECK(doc.text.size() <= (1u << 16));
        },
        [&](const Status& s) {
          ++errors;
          RASD_FUZZ_CHECK(!s.ok());
        });
    RASD_FUZZ_CHECK(failures == errors);
    RASD_FUZZ_CHECK(docs + errors <= size + 1);
  }
  return 0;
}
