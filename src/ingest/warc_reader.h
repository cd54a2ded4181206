// Stage `ingest`: web crawls in WARC (ISO 28500) files, plain or gzip-compressed, read record by record.
//
//   FileSource file(path);                 // or StringSource(bytes)
//   GzipSource gz(file);                   // .warc.gz: one gzip member per record, or one for all
//   WarcCounts counts;
//   size_t errors = ReadWarc(gz, path, 64 << 20, [](WarcPage&& p) { ... }, on_error, counts);
//
// Only `response` records (and `resource` records whose content is HTML) are pages: their HTTP status
// line and headers are parsed; records with a status other than 200 or a non-HTML Content-Type are
// counted and skipped, never errors. Chunked transfer coding and gzip/deflate content coding are undone.
// Memory stays bounded: one record at a time, and bodies over `max_body` bytes are skipped unread.
// Errors name the file and the byte offset of the record (uncompressed; for gzip data, also the
// compressed offset): a bad Content-Length (the record is dropped and reading resumes at the next
// "WARC/1." line), a truncated file (reading stops; the records before it were delivered).
#pragma once

#include <zlib.h>

#include <cstdint>
#include <cstdio>
#include <functional>
#include <string>
#include <string_view>

#include "rasd/status.h"

namespace rasd::ingest {

// A stream of bytes. Read() returns 0 at the end or on an error (then status() says which).
class ByteSource {
 public:
  virtual ~ByteSource() = default;
  virtual size_t Read(char* buf, size_t n) = 0;
  virtual Status status() const { return Status::OK(); }
};

class StringSource : public ByteSource {
 public:
  explicit StringSource(std::string_view bytes) : bytes_(bytes) {}
  size_t Read(char* buf, size_t n) override;

 private:
  std::string_view bytes_;
  size_t pos_ = 0;
};

class FileSource : public ByteSource {
 public:
  explicit FileSource(const std::string& path);
  ~FileSource() override;
  FileSource(const FileSource&) = delete;
  FileSource& operator=(const FileSource&) = delete;
  bool ok() const { return file_ != nullptr; }
  size_t Read(char* buf, size_t n) override;
  Status status() const override { return status_; }

 private:
  std::string path_;
  FILE* file_ = nullptr;
  Status status_;
};

// Gunzips `inner`, member after member (a .warc.gz is usually one gzip member per record).
class GzipSource : public ByteSource {
 public:
  GzipSource(ByteSource& inner, std::string where);
  ~GzipSource() override;
  GzipSource(const GzipSource&) = delete;
  GzipSource& operator=(const GzipSource&) = delete;
  size_t Read(char* buf, size_t n) override;
  Status status() const override { return status_; }

 private:
  ByteSource& inner_;
  std::string where_;
  z_stream zs_{};
  bool init_ = false;
  bool at_member_end_ = false;  // the last inflate() finished a member: more input starts another
  bool done_ = false;
  uint64_t compressed_in_ = 0;  // bytes read from inner_
  char in_[1 << 16];
  Status status_;
};

struct WarcPage {
  std::string target_uri;  // WARC-Target-URI
  std::string warc_date;   // WARC-Date (the crawl time, not the publication date)
  std::string charset;     // from the HTTP Content-Type, "" when none
  std::string body;        // the HTML bytes, transfer and content codings undone
  uint64_t offset = 0;     // byte offset of the record in the (uncompressed) WARC stream
};

struct WarcCounts {
  size_t records = 0;     // WARC records seen (warcinfo, request, metadata, ... included)
  size_t pages = 0;       // HTML 200 responses delivered
  size_t not_html = 0;    // responses skipped: Content-Type not HTML
  size_t not_ok = 0;      // responses skipped: HTTP status other than 200
  size_t too_large = 0;   // responses skipped: body over max_body
};

// Returns the number of errors reported through on_error.
size_t ReadWarc(ByteSource& in, const std::string& where, size_t max_body, const std::function<void(WarcPage&&)>& on_page,
                const std::function<void(const Status&)>& on_error, WarcCounts& counts);

}  // namespace rasd::ingest
