// Stage `ingest`: builders of test inputs (gzip members, WARC records) shared by the reader tests and
// the warc_reader fuzz target. Not part of the public interface.
#pragma once

#include <zlib.h>

#include <string>

namespace rasd::ingest::testing {

// `data` as one gzip member, as crawlers write each record of a .warc.gz (and as HTTP bodies with
// Content-Encoding: gzip arrive). Empty on a zlib failure.
inline std::string GzipMember(const std::string& data, int level = 6) {
  z_stream zs{};
  if (deflateInit2(&zs, level, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY) != Z_OK) return {};
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

// A WARC/1.0 record of `type` for `uri` carrying `block`; `length` overrides the Content-Length
// (to write malformed records), else it is the block's size.
inline std::string WarcRecord(const std::string& type, const std::string& uri, const std::string& block,
                              const std::string& length = "", const std::string& date = "2024-01-02T03:04:05Z") {
  return "WARC/1.0\r\nWARC-Type: " + type + "\r\nWARC-Target-URI: " + uri + "\r\nWARC-Date: " + date +
         "\r\nContent-Type: application/http; msgtype=response\r\nContent-Length: " +
         (length.empty() ? std::to_string(block.size()) : length) + "\r\n\r\n" + block + "\r\n\r\n";
}

}  // namespace rasd::ingest::testing
