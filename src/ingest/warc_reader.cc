#include "ingest/warc_reader.h"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <optional>
#include <vector>

#include "ingest/encoding.h"

namespace rasd::ingest {

size_t StringSource::Read(char* buf, size_t n) {
  size_t k = std::min(n, bytes_.size() - pos_);
  std::memcpy(buf, bytes_.data() + pos_, k);
  pos_ += k;
  return k;
}

FileSource::FileSource(const std::string& path) : path_(path), file_(std::fopen(path.c_str(), "rb")) {
  if (!file_) status_ = Status::IOError(path + ": cannot open: " + std::strerror(errno));
}

FileSource::~FileSource() {
  if (file_) std::fclose(file_);
}

size_t FileSource::Read(char* buf, size_t n) {
  if (!file_) return 0;
  size_t k = std::fread(buf, 1, n, file_);
  if (k == 0 && std::ferror(file_)) status_ = Status::IOError(path_ + ": read failed: " + std::strerror(errno));
  return k;
}

GzipSource::GzipSource(ByteSource& inner, std::string where) : inner_(inner), where_(std::move(where)) {
  // 15 + 32: a zlib or gzip header, detected.
  init_ = inflateInit2(&zs_, 15 + 32) == Z_OK;
  if (!init_) status_ = Status::IOError(where_ + ": cannot start gzip decompression");
}

GzipSource::~GzipSource() {
  if (init_) inflateEnd(&zs_);
}

size_t GzipSource::Read(char* buf, size_t n) {
  if (!init_ || done_ || n == 0) return 0;
  zs_.next_out = reinterpret_cast<Bytef*>(buf);
  zs_.avail_out = static_cast<uInt>(std::min<size_t>(n, 1u << 30));
  while (zs_.avail_out > 0) {
    if (zs_.avail_in == 0) {
      size_t got = inner_.Read(in_, sizeof in_);
      if (got == 0) {
        done_ = true;
        if (!inner_.status().ok()) {
          status_ = inner_.status();
        } else if (!at_member_end_) {
          status_ = Status::Corruption(where_ + ": truncated gzip data at compressed byte offset " +
                                       std::to_string(compressed_in_));
        }
        break;
      }
      compressed_in_ += got;
      zs_.next_in = reinterpret_cast<Bytef*>(in_);
      zs_.avail_in = static_cast<uInt>(got);
    }
    if (at_member_end_) {
      inflateReset(&zs_);  // another gzip member follows
      at_member_end_ = false;
    }
    int rc = inflate(&zs_, Z_NO_FLUSH);
    if (rc == Z_STREAM_END) {
      at_member_end_ = true;
    } else if (rc != Z_OK && rc != Z_BUF_ERROR) {
      done_ = true;
      status_ = Status::Corruption(where_ + ": corrupt gzip data at compressed byte offset " +
                                   std::to_string(compressed_in_ - zs_.avail_in) +
                                   (zs_.msg ? std::string(" (") + zs_.msg + ")" : std::string()));
      break;
    }
  }
  return n - zs_.avail_out;
}

namespace {

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

std::string_view TrimView(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r' || s.back() == '\n')) s.remove_suffix(1);
  return s;
}

std::optional<uint64_t> ParseDecimal(std::string_view s) {
  s = TrimView(s);
  if (s.empty() || s.size() > 18) return std::nullopt;
  uint64_t v = 0;
  for (char c : s) {
    if (c < '0' || c > '9') return std::nullopt;
    v = v * 10 + static_cast<uint64_t>(c - '0');
  }
  return v;
}

constexpr size_t kMaxLine = 1 << 16;
constexpr size_t kMaxHeaders = 1000;

// Buffered reading with look-ahead and the offset of the next unread byte.
class Reader {
 public:
  explicit Reader(ByteSource& src) : src_(src) {}
  uint64_t offset() const { return offset_; }

  std::string_view Peek(size_t n) {
    Fill(n);
    return std::string_view(buf_).substr(pos_, std::min(n, buf_.size() - pos_));
  }
  bool AtEnd() { return Peek(1).empty(); }

  // A line without its "\n" / "\r\n"; nullopt at the end. Lines over kMaxLine are cut (too_long set).
  std::optional<std::string> ReadLine(bool& too_long) {
    too_long = false;
    std::string line;
    while (true) {
      if (pos_ >= buf_.size() && !Fill(1)) {
        if (line.empty()) return std::nullopt;
        break;
      }
      size_t nl = buf_.find('\n', pos_);
      size_t end = nl == std::string::npos ? buf_.size() : nl;
      size_t take = std::min(end - pos_, kMaxLine - std::min(line.size(), kMaxLine));
      line.append(buf_, pos_, take);
      if (end - pos_ > take) too_long = true;
      Consume(end - pos_);
      if (nl != std::string::npos) {
        Consume(1);
        break;
      }
    }
    if (!line.empty() && line.back() == '\r') line.pop_back();
    return line;
  }

  // Appends up to n bytes to out (n = 0 without `out` skips); returns how many there were.
  size_t Read(std::string* out, uint64_t n) {
    uint64_t done = 0;
    while (done < n) {
      if (pos_ >= buf_.size() && !Fill(1)) break;
      size_t k = static_cast<size_t>(std::min<uint64_t>(n - done, buf_.size() - pos_));
      if (out) out->append(buf_, pos_, k);
      Consume(k);
      done += k;
    }
    return static_cast<size_t>(done);
  }

 private:
  bool Fill(size_t need) {
    while (buf_.size() - pos_ < need && !eof_) {
      if (pos_ > (1u << 16)) {
        buf_.erase(0, pos_);
        pos_ = 0;
      }
      char tmp[1 << 16];
      size_t got = src_.Read(tmp, sizeof tmp);
      if (got == 0) {
        eof_ = true;
      } else {
        buf_.append(tmp, got);
      }
    }
    return buf_.size() - pos_ >= need;
  }
  void Consume(size_t k) {
    pos_ += k;
    offset_ += k;
  }

  ByteSource& src_;
  std::string buf_;
  size_t pos_ = 0;
  uint64_t offset_ = 0;
  bool eof_ = false;
};

struct Headers {
  std::vector<std::pair<std::string, std::string>> fields;  // lower-case name, value
  std::string Get(std::string_view name) const {
    for (const auto& [k, v] : fields) {
      if (k == name) return v;
    }
    return {};
  }
};

void AddHeaderLine(std::string_view line, Headers& h) {
  size_t colon = line.find(':');
  if (colon == std::string_view::npos) return;
  h.fields.emplace_back(Lower(TrimView(line.substr(0, colon))), std::string(TrimView(line.substr(colon + 1))));
}

// Undoes "Transfer-Encoding: chunked"; nullopt when the chunks are malformed.
std::optional<std::string> Dechunk(std::string_view s, size_t max) {
  std::string out;
  size_t pos = 0;
  while (pos < s.size()) {
    size_t nl = s.find('\n', pos);
    if (nl == std::string_view::npos) return std::nullopt;
    std::string_view size_line = s.substr(pos, nl - pos);
    size_line = size_line.substr(0, size_line.find(';'));
    size_line = TrimView(size_line);
    if (size_line.empty() || size_line.size() > 15) return std::nullopt;
    uint64_t size = 0;
    for (char c : size_line) {
      int d = std::isdigit(static_cast<unsigned char>(c)) ? c - '0'
              : (c >= 'a' && c <= 'f')                   ? c - 'a' + 10
              : (c >= 'A' && c <= 'F')                   ? c - 'A' + 10
                                                         : -1;
      if (d < 0) return std::nullopt;
      size = size * 16 + static_cast<uint64_t>(d);
    }
    pos = nl + 1;
    if (size == 0) break;
    if (size > s.size() - pos || out.size() + size > max) return std::nullopt;
    out.append(s.substr(pos, static_cast<size_t>(size)));
    pos += static_cast<size_t>(size);
    if (s.compare(pos, 2, "\r\n") == 0) pos += 2;
    else if (s.compare(pos, 1, "\n") == 0) pos += 1;
  }
  return out;
}

// Undoes "Content-Encoding: gzip/deflate" up to max bytes; nullopt when the data is not that.
std::optional<std::string> Inflate(std::string_view s, bool raw_deflate_fallback, size_t max) {
  for (int bits : {15 + 32, -15}) {
    if (bits < 0 && !raw_deflate_fallback) break;
    z_stream zs{};
    if (inflateInit2(&zs, bits) != Z_OK) return std::nullopt;
    zs.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(s.data()));
    zs.avail_in = static_cast<uInt>(s.size());
    std::string out;
    char chunk[1 << 15];
    int rc = Z_OK;
    while (rc == Z_OK) {
      zs.next_out = reinterpret_cast<Bytef*>(chunk);
      zs.avail_out = sizeof chunk;
      rc = inflate(&zs, Z_NO_FLUSH);
      out.append(chunk, sizeof chunk - zs.avail_out);
      if (out.size() > max) rc = Z_MEM_ERROR;
      if (rc == Z_BUF_ERROR && zs.avail_in == 0) break;  // truncated: keep what there is
    }
    inflateEnd(&zs);
    if (rc == Z_STREAM_END || (rc == Z_BUF_ERROR && !out.empty())) return out;
  }
  return std::nullopt;
}

bool IsHtmlType(std::string_view content_type) {
  std::string t = Lower(TrimView(content_type.substr(0, content_type.find(';'))));
  return t == "text/html" || t == "application/xhtml+xml";
}

}  // namespace

size_t ReadWarc(ByteSource& in, const std::string& where, size_t max_body, const std::function<void(WarcPage&&)>& on_page,
                const std::function<void(const Status&)>& on_error, WarcCounts& counts) {
  Reader r(in);
  size_t errors = 0;
  auto fail = [&](uint64_t offset, const std::string& msg) {
    on_error(Status::Corruption(where + ": record at byte offset " + std::to_string(offset) + ": " + msg));
    ++errors;
  };
  std::optional<std::string> pending;  // a "WARC/" line found while resynchronising
  bool too_long = false;
  // Skips to the next line that starts a record, after a record that could not be read.
  auto resync = [&] {
    while (auto line = r.ReadLine(too_long)) {
      if (line->starts_with("WARC/1.")) {
        pending = std::move(*line);
        return;
      }
    }
  };
  while (true) {
    std::optional<std::string> first;
    uint64_t record_offset = r.offset();
    if (pending) {
      first = std::move(pending);
      pending.reset();
    } else {
      while ((first = r.ReadLine(too_long)) && TrimView(*first).empty()) record_offset = r.offset();
      if (!first) break;
    }
    if (!first->starts_with("WARC/")) {
      fail(record_offset, "not a WARC record header (\"" + first->substr(0, 40) + "\"), skipping to the next record");
      resync();
      continue;
    }
    ++counts.records;
    Headers warc;
    bool headers_ok = false;
    while (auto line = r.ReadLine(too_long)) {
      if (line->empty()) {
        headers_ok = true;
        break;
      }
      if (too_long || warc.fields.size() >= kMaxHeaders) break;
      AddHeaderLine(*line, warc);
    }
    if (!headers_ok) {
      if (r.AtEnd()) {
        if (in.status().ok()) fail(record_offset, "truncated in its header");
        break;  // a decompression error is reported once, below
      }
      fail(record_offset, "header too long, skipping to the next record");
      resync();
      continue;
    }
    std::string length_field = warc.Get("content-length");
    std::optional<uint64_t> length = ParseDecimal(length_field);
    if (!length) {
      fail(record_offset, "bad Content-Length \"" + length_field.substr(0, 40) + "\", skipping to the next record");
      resync();
      continue;
    }
    std::string type = Lower(warc.Get("warc-type"));
    std::string content_type = warc.Get("content-type");
    bool wanted = type == "response" || (type == "resource" && IsHtmlType(content_type));
    std::string body;
    size_t got = 0;
    if (wanted && *length <= max_body) {
      got = r.Read(&body, *length);
    } else {
      if (wanted) ++counts.too_large;
      got = r.Read(nullptr, *length);
    }
    if (got < *length) {
      if (!in.status().ok()) break;  // the decompressor's error, reported once below
      fail(record_offset, "truncated: Content-Length " + std::to_string(*length) + " but " + std::to_string(got) +
                              " bytes left");
      break;
    }
    // A record ends with "\r\n\r\n", then the next record or the end: anything else means the
    // Content-Length was wrong, and the body is not to be trusted.
    std::string_view tail = r.Peek(4);
    size_t blank = tail.starts_with("\r\n\r\n") ? 4 : tail.starts_with("\n\n") ? 2 : tail.starts_with("\r\n") ? 2 : 0;
    r.Read(nullptr, blank);
    std::string_view next = r.Peek(5);
    if (!next.empty() && next != "WARC/" && !(next.size() < 5 && std::string_view("WARC/").starts_with(next))) {
      fail(record_offset, "Content-Length " + std::to_string(*length) +
                              " does not end at a record boundary, record skipped");
      resync();
      continue;
    }
    if (!wanted || body.size() != *length) continue;

    WarcPage page;
    page.target_uri = warc.Get("warc-target-uri");
    if (page.target_uri.size() >= 2 && page.target_uri.front() == '<' && page.target_uri.back() == '>') {
      page.target_uri = page.target_uri.substr(1, page.target_uri.size() - 2);  // WARC/0.17 style
    }
    page.warc_date = warc.Get("warc-date");
    page.offset = record_offset;
    if (type == "resource") {
      page.charset = CharsetOfContentType(content_type);
      page.body = std::move(body);
    } else {
      // The HTTP message: status line, headers, blank line, entity.
      size_t header_end = body.find("\r\n\r\n");
      size_t sep = 4;
      if (header_end == std::string::npos || body.find("\n\n") < header_end) {
        header_end = body.find("\n\n");
        sep = 2;
      }
      if (!body.starts_with("HTTP/") || header_end == std::string::npos) {
        ++counts.not_html;  // not an HTTP response (DNS, FTP, ...)
        continue;
      }
      std::string_view head(body.data(), header_end);
      size_t line_end = head.find('\n');
      std::string_view status_line = head.substr(0, line_end);
      size_t sp = status_line.find(' ');
      std::optional<uint64_t> code =
          sp == std::string_view::npos ? std::nullopt : ParseDecimal(status_line.substr(sp + 1, 3));
      Headers http;
      while (line_end != std::string_view::npos && line_end + 1 < head.size()) {
        size_t next_end = head.find('\n', line_end + 1);
        AddHeaderLine(head.substr(line_end + 1, next_end == std::string_view::npos ? std::string_view::npos
                                                                                   : next_end - line_end - 1),
                      http);
        line_end = next_end;
      }
      if (!code || *code != 200) {
        ++counts.not_ok;
        continue;
      }
      std::string http_type = http.Get("content-type");
      if (!IsHtmlType(http_type)) {
        ++counts.not_html;
        continue;
      }
      page.charset = CharsetOfContentType(http_type);
      std::string entity = body.substr(header_end + sep);
      if (Lower(http.Get("transfer-encoding")).find("chunked") != std::string::npos) {
        // Many crawlers store the payload de-chunked but keep the header: only undo what parses.
        if (auto d = Dechunk(entity, max_body)) entity = std::move(*d);
      }
      std::string coding = Lower(http.Get("content-encoding"));
      if (coding == "gzip" || coding == "x-gzip" || coding == "deflate") {
        if (auto d = Inflate(entity, coding == "deflate", max_body)) entity = std::move(*d);
      }
      page.body = std::move(entity);
    }
    ++counts.pages;
    on_page(std::move(page));
  }
  if (!in.status().ok()) {
    on_error(Status::Corruption(in.status().message() + " (near uncompressed byte offset " + std::to_string(r.offset()) +
                                "; " + std::to_string(counts.pages) + " page(s) before it were read)"));
    ++errors;
  }
  return errors;
}

}  // namespace rasd::ingest
