// Stage `geo`, internal: reading source files line by line, plain or xz-compressed (liblzma streaming,
// so a 80 MB table is never held in memory whole).
//
//   LineReader r;
//   if (Status s = r.Open(path); !s.ok()) return s;     // NotFound names the path
//   std::string_view line;
//   while (r.Next(&line)) ...                            // without the trailing '\n'
//   if (!r.status().ok()) return r.status();             // corrupt xz stream, read error
#pragma once

#include <cstdio>
#include <string>
#include <string_view>
#include <vector>

#include <lzma.h>

#include "rasd/status.h"

namespace rasd::geo {

class LineReader {
 public:
  LineReader() = default;
  LineReader(const LineReader&) = delete;
  LineReader& operator=(const LineReader&) = delete;
  ~LineReader();

  // Files whose name ends in ".xz" are decompressed on the fly.
  Status Open(const std::string& path);
  bool Next(std::string_view* line);
  const Status& status() const { return status_; }

 private:
  // Appends up to one chunk of decoded bytes to buf_; false at the end of the input or on error.
  bool Fill();

  std::string path_;
  FILE* file_ = nullptr;
  bool xz_ = false;
  bool eof_ = false;
  lzma_stream lz_ = LZMA_STREAM_INIT;
  std::vector<uint8_t> in_;
  std::string buf_;
  size_t pos_ = 0;  // start of the next line in buf_
  Status status_;
};

// Splits a tab-separated line into fields; no quoting (the sources promise none).
void SplitTabs(std::string_view line, std::vector<std::string_view>* fields);

// Reads a whole (small) file into `out`.
Status ReadFile(const std::string& path, std::string* out);

}  // namespace rasd::geo
