// Stage `ingest`: bytes from files, folders or standard input turned into Documents.
//
//   ArticleReader reader(defaults);
//   ReadStats stats;
//   reader.Read("crawl.warc.gz", [](Document&& doc) { ... }, [](const Status& e) { log(e); }, &stats);
//   if (stats.non_arabic) note(stats.non_arabic, "non-Arabic documents skipped");
//
// Formats, chosen by extension (docs/input-formats.md has the details):
//   `.txt`            one article; first non-empty line = title; id = file name without extension;
//   `.jsonl`/`.ndjson` one article a line: id, published, title, text, optional url, source;
//   `.html`/`.htm`/`.xhtml` one page: title, publication date, canonical URL and the article text found in
//                     it, boilerplate dropped (html_reader.h); id = file name without extension;
//   `.warc`/`.warc.gz` HTML 200 responses of a crawl (warc_reader.h); id = url = WARC-Target-URI;
//   a folder          every file under it, recursively, in sorted order; unknown binary files are skipped
//                     with a note.
// Standard input (`-`, id "stdin") and files with any other extension or none are sniffed: WARC when they
// start with "WARC/" (or are gzip data holding it), JSONL when the first non-blank byte is '{', HTML when
// they open with markup, else one plain-text article.
// Text and HTML are decoded to UTF-8 (encoding.h: UTF-8, windows-1256, ISO-8859-6, UTF-16).
// Documents whose letters are mostly not Arabic are skipped and counted (ReadStats::non_arabic).
// Bad input never stops the batch: each failure (missing file, unreadable folder, binary file, invalid
// UTF-8, a JSONL line that is not an object or lacks text, a truncated WARC) is reported through
// `on_error` with the file and line or byte offset, and reading goes on with the next article.
#pragma once

#include <functional>
#include <optional>
#include <string>

#include "rasd/date.h"
#include "rasd/document.h"
#include "rasd/status.h"

namespace rasd::ingest {

class ByteSource;

struct ReaderOptions {
  std::optional<Day> published;   // used when an article does not give its own date
  size_t max_article_bytes = 64u << 20;  // larger articles (and pages, WARC bodies) are refused: memory stays bounded
  double min_arabic_share = 0.3;  // documents with fewer Arabic letters among their letters are skipped
  size_t max_html_depth = 1000;   // HTML nested deeper is refused (parsing cost grows with depth squared)
};

// What reading skipped without it being an error; filled by Read/ReadBuffer when the caller passes one.
struct ReadStats {
  size_t documents = 0;          // handed to the sink
  size_t non_arabic = 0;         // skipped: under ReaderOptions::min_arabic_share Arabic letters
  size_t files_skipped = 0;      // files in folders that are not text (images, archives, ...)
  size_t records_not_html = 0;   // WARC records skipped: not an HTML response
  size_t records_not_ok = 0;     // WARC records skipped: HTTP status other than 200
  size_t records_too_large = 0;  // WARC records skipped: body over max_article_bytes
  size_t pages_without_text = 0; // WARC pages skipped: no article text in them (index pages, forms)
  // Told about each skipped file and similar events worth a log line; may be empty.
  std::function<void(const std::string&)> on_note;
};

class ArticleReader {
 public:
  using Sink = std::function<void(Document&&)>;
  using ErrorSink = std::function<void(const Status&)>;

  explicit ArticleReader(ReaderOptions options) : options_(std::move(options)) {}

  // Returns the number of failures reported through on_error. `path` may be a file, a folder or "-".
  size_t Read(const std::string& path, const Sink& sink, const ErrorSink& on_error, ReadStats* stats = nullptr) const;

  // Reads articles from bytes already in memory, exactly as Read() reads a file at `path` holding them:
  // the format comes from the extension of `path` (`-` sniffs as for standard input), which also names
  // the articles (ids) and the errors. Nothing is read from disk. Returns the number of failures.
  size_t ReadBuffer(std::string bytes, const std::string& path, const Sink& sink, const ErrorSink& on_error,
                    ReadStats* stats = nullptr) const;

  // Builds a Document from a whole plain-text article (exposed for tests and the stdin path), decoded to
  // UTF-8 from any encoding of encoding.h. Fails on binary data or undecodable bytes, naming `where` and
  // the offset.
  Result<Document> FromPlainText(std::string bytes, const std::string& id, const std::string& where) const;

  // Builds a Document from an HTML page in any encoding of encoding.h. `declared_charset` comes from
  // HTTP (may be empty; the page's <meta charset> is used then), `page_url` is where it was fetched
  // from (may be empty). Fails on undecodable bytes, too-deep nesting, or a page without article text.
  Result<Document> FromHtml(std::string_view bytes, std::string_view declared_charset, const std::string& id,
                            const std::string& page_url, const std::string& where) const;

 private:
  size_t ReadJsonl(ByteSource& in, const std::string& where, const Sink& sink, const ErrorSink& on_error,
                   ReadStats* stats) const;
  size_t ReadWarcStream(ByteSource& in, const std::string& where, const Sink& sink, const ErrorSink& on_error,
                        ReadStats* stats) const;
  size_t ReadDirectory(const std::string& dir, const Sink& sink, const ErrorSink& on_error, ReadStats* stats) const;
  // Hands `doc` to the sink unless it is not Arabic (then counted in stats).
  void Emit(Document&& doc, const Sink& sink, ReadStats* stats) const;
  ReaderOptions options_;
};

}  // namespace rasd::ingest
