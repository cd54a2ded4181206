// Stage `ingest`: bytes from files or standard input turned into Documents.
//
//   ArticleReader reader(defaults);
//   reader.Read("articles.jsonl", [](Document&& doc) { ... }, [](const Status& e) { log(e); });
//
// Formats, chosen by extension: `.txt` (one article; first non-empty line = title; id = file name
// without extension), `.jsonl`/`.ndjson` (one article a line: id, published, title, text, optional url,
// source; other keys ignored). Standard input (`-`, id "stdin") and files with any other extension or
// none are sniffed: JSONL when the first non-blank byte is '{', else one plain-text article.
// Bad input never stops the batch: each failure (missing file, binary file, invalid UTF-8, a JSONL line
// that is not an object or lacks text) is reported through `on_error` with the file and line or byte
// offset, and reading goes on with the next article.
#pragma once

#include <functional>
#include <optional>
#include <string>

#include "rasd/date.h"
#include "rasd/document.h"
#include "rasd/status.h"

namespace rasd::ingest {

struct ReaderOptions {
  std::optional<Day> published;   // used when an article does not give its own date
  size_t max_article_bytes = 64u << 20;  // larger articles are refused: memory stays bounded
};

class ArticleReader {
 public:
  using Sink = std::function<void(Document&&)>;
  using ErrorSink = std::function<void(const Status&)>;

  explicit ArticleReader(ReaderOptions options) : options_(std::move(options)) {}

  // Returns the number of failures reported through on_error.
  size_t Read(const std::string& path, const Sink& sink, const ErrorSink& on_error) const;

  // Reads articles from bytes already in memory, exactly as Read() reads a file at `path` holding them:
  // the format comes from the extension of `path` (`-` sniffs as for standard input), which also names
  // the articles (ids) and the errors. Nothing is read from disk. Returns the number of failures.
  size_t ReadBuffer(std::string bytes, const std::string& path, const Sink& sink, const ErrorSink& on_error) const;

  // Builds a Document from a whole plain-text article (exposed for tests and the stdin path).
  // Fails on NUL bytes (binary) or invalid UTF-8, naming `where` and the offset.
  Result<Document> FromPlainText(std::string bytes, const std::string& id, const std::string& where) const;

 private:
  size_t ReadJsonl(std::string bytes, const std::string& where, const Sink& sink, const ErrorSink& on_error) const;
  ReaderOptions options_;
};

}  // namespace rasd::ingest
