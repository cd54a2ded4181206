#include "geo/line_reader.h"

#include <cerrno>
#include <cstring>

namespace rasd::geo {
namespace {

constexpr size_t kChunk = 1 << 16;

bool EndsWith(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

Status OpenError(const std::string& path) {
  if (errno == ENOENT) return Status::NotFound(path);
  return Status::IOError(path + ": " + std::strerror(errno));
}

}  // namespace

LineReader::~LineReader() {
  if (file_) std::fclose(file_);
  if (xz_) lzma_end(&lz_);
}

Status LineReader::Open(const std::string& path) {
  path_ = path;
  file_ = std::fopen(path.c_str(), "rb");
  if (!file_) return status_ = OpenError(path);
  xz_ = EndsWith(path, ".xz");
  if (xz_) {
    if (lzma_stream_decoder(&lz_, UINT64_MAX, LZMA_CONCATENATED) != LZMA_OK) {
      return status_ = Status::IOError(path + ": cannot start the xz decoder");
    }
    in_.resize(kChunk);
  }
  return Status::OK();
}

bool LineReader::Fill() {
  if (eof_ || !status_.ok() || !file_) return false;
  // Drop the consumed prefix so the buffer holds at most one partial line plus one chunk.
  buf_.erase(0, pos_);
  pos_ = 0;
  size_t old = buf_.size();
  if (!xz_) {
    buf_.resize(old + kChunk);
    size_t n = std::fread(buf_.data() + old, 1, kChunk, file_);
    buf_.resize(old + n);
    if (n == 0) {
      if (std::ferror(file_)) status_ = Status::IOError(path_ + ": read failed");
      eof_ = true;
      return false;
    }
    return true;
  }
  buf_.resize(old + kChunk);
  lz_.next_out = reinterpret_cast<uint8_t*>(buf_.data() + old);
  lz_.avail_out = kChunk;
  while (lz_.avail_out == kChunk) {
    lzma_action action = LZMA_RUN;
    if (lz_.avail_in == 0) {
      size_t n = std::fread(in_.data(), 1, in_.size(), file_);
      if (n == 0 && std::ferror(file_)) {
        status_ = Status::IOError(path_ + ": read failed");
        break;
      }
      lz_.next_in = in_.data();
      lz_.avail_in = n;
      if (n == 0) action = LZMA_FINISH;
    }
    lzma_ret r = lzma_code(&lz_, action);
    if (r == LZMA_STREAM_END) {
      eof_ = true;
      break;
    }
    if (r != LZMA_OK) {
      status_ = Status::Corruption(path_ + ": bad xz data (lzma error " + std::to_string(r) + ")");
      break;
    }
  }
  size_t produced = kChunk - lz_.avail_out;
  buf_.resize(old + produced);
  return produced > 0;
}

bool LineReader::Next(std::string_view* line) {
  while (true) {
    size_t nl = buf_.find('\n', pos_);
    if (nl != std::string::npos) {
      *line = std::string_view(buf_).substr(pos_, nl - pos_);
      pos_ = nl + 1;
      if (!line->empty() && line->back() == '\r') line->remove_suffix(1);
      return true;
    }
    if (!Fill()) {
      if (pos_ < buf_.size() && status_.ok()) {  // a last line without '\n'
        *line = std::string_view(buf_).substr(pos_);
        pos_ = buf_.size();
        return true;
      }
      return false;
    }
  }
}

void SplitTabs(std::string_view line, std::vector<std::string_view>* fields) {
  fields->clear();
  size_t start = 0;
  while (true) {
    size_t tab = line.find('\t', start);
    if (tab == std::string_view::npos) {
      fields->push_back(line.substr(start));
      return;
    }
    fields->push_back(line.substr(start, tab - start));
    start = tab + 1;
  }
}

Status ReadFile(const std::string& path, std::string* out) {
  FILE* f = std::fopen(path.c_str(), "rb");
  if (!f) return OpenError(path);
  out->clear();
  char buf[1 << 16];
  size_t n;
  while ((n = std::fread(buf, 1, sizeof buf, f)) > 0) out->append(buf, n);
  bool failed = std::ferror(f);
  std::fclose(f);
  if (failed) return Status::IOError(path + ": read failed");
  return Status::OK();
}

}  // namespace rasd::geo
