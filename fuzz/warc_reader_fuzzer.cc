// Target warc_reader: ArticleReader::ReadBuffer on the input as a .warc file, as a .warc.gz file (raw,
// to reach the gzip error paths) and gzip-compressed by the target (to reach the WARC parser through the
// decompressor). Every failure must come through on_error; every document must be valid UTF-8 and be
// identified by its record.
#include <zlib.h>

#include "fuzz_target.h"
#include "ingest/reader.h"
#include "text/normalizer.h"

namespace {

std::string Gzip(const std::string& data) {
  z_stream zs{};
  if (deflateInit2(&zs, 1, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY) != Z_OK) return {};
  std::string out(deflateBound(&zs, data.size()) + 32, '\0');
  zs.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data()));
  zs.avail_in = static_cast<uInt>(data.size());
  zs.next_out = reinterpret_cast<Bytef*>(out.data());
  zs.avail_out = static_cast<uInt>(out.size());
  deflate(&zs, Z_FINISH);
  out.resize(zs.total_out);
  deflateEnd(&zs);
  return out;
}

}  // namespace

RASD_FUZZ_TARGET(warc_reader) {
  using namespace rasd;
  ingest::ReaderOptions options{std::nullopt, 1u << 16};
  options.max_html_depth = 200;
  ingest::ArticleReader reader(options);
  std::string bytes(reinterpret_cast<const char*>(data), size);
  struct Input { std::string bytes; const char* path; };
  for (const Input& in : {Input{bytes, "fuzz.warc"}, Input{bytes, "fuzz.warc.gz"}, Input{Gzip(bytes), "fuzz.warc.gz"}}) {
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
