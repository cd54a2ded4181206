#include "ingest/reader.h"

#include <simdjson.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>

#include "text/normalizer.h"

namespace rasd::ingest {

namespace {

namespace fs = std::filesystem;

std::string Lower(std::string s) {
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

Result<std::string> Slurp(const std::string& path, size_t limit) {
  if (path == "-") {
    std::string data((std::istreambuf_iterator<char>(std::cin)), std::istreambuf_iterator<char>());
    return data;
  }
  std::error_code ec;
  if (fs::is_directory(path, ec)) return Status::Unsupported(path + ": is a directory");
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::IOError(path + ": cannot open: " + std::strerror(errno));
  in.seekg(0, std::ios::end);
  std::streamoff size = in.tellg();
  if (size < 0) return Status::IOError(path + ": cannot read");
  // JSONL files hold many articles; the per-article limit applies to each line, not the file.
  (void)limit;
  std::string data(static_cast<size_t>(size), '\0');
  in.seekg(0);
  in.read(data.data(), size);
  if (!in) return Status::IOError(path + ": read failed");
  return data;
}

// 1-based line number of a byte offset, for error messages users can jump to.
size_t LineOf(std::string_view s, size_t offset) {
  size_t line = 1;
  for (size_t i = 0; i < offset && i < s.size(); ++i) line += s[i] == '\n';
  return line;
}

std::string StemOf(const std::string& path) { return fs::path(path).stem().string(); }

// The first non-empty line, trimmed: the title of a plain-text article.
std::string FirstLine(std::string_view s) {
  size_t pos = 0;
  while (pos < s.size()) {
    size_t nl = s.find('\n', pos);
    if (nl == std::string_view::npos) nl = s.size();
    std::string_view line = s.substr(pos, nl - pos);
    while (!line.empty() && (line.back() == '\r' || line.back() == ' ' || line.back() == '\t')) line.remove_suffix(1);
    while (!line.empty() && (line.front() == ' ' || line.front() == '\t')) line.remove_prefix(1);
    if (!line.empty()) return std::string(line);
    pos = nl + 1;
  }
  return {};
}

std::string_view StripBom(std::string_view s) {
  if (s.size() >= 3 && s.substr(0, 3) == "\xEF\xBB\xBF") s.remove_prefix(3);
  return s;
}

}  // namespace

Result<Document> ArticleReader::FromPlainText(std::string bytes, const std::string& id,
                                              const std::string& where) const {
  if (bytes.size() > options_.max_article_bytes) {
    return Status::InvalidArgument(where + ": article of " + std::to_string(bytes.size()) +
                                   " bytes exceeds the limit of " + std::to_string(options_.max_article_bytes));
  }
  if (size_t nul = bytes.find('\0'); nul != std::string::npos) {
    return Status::Unsupported(where + ": binary data (NUL byte at offset " + std::to_string(nul) + "), skipped");
  }
  size_t bad = 0;
  if (!text::IsValidUtf8(bytes, &bad)) {
    return Status::Corruption(where + ":" + std::to_string(LineOf(bytes, bad)) + ": invalid UTF-8 at byte offset " +
                              std::to_string(bad) + ", skipped");
  }
  std::string_view body = StripBom(bytes);
  if (FirstLine(body).empty()) return Status::InvalidArgument(where + ": empty article, skipped");
  Document doc;
  doc.id = id;
  doc.text.assign(body);
  doc.title = FirstLine(doc.text);
  doc.published = options_.published;
  return doc;
}

size_t ArticleReader::Read(const std::string& path, const Sink& sink, const ErrorSink& on_error) const {
  Result<std::string> data = Slurp(path, options_.max_article_bytes);
  if (!data.ok()) {
    on_error(data.status());
    return 1;
  }
  return ReadBuffer(std::move(*data), path, sink, on_error);
}

size_t ArticleReader::ReadBuffer(std::string bytes, const std::string& path, const Sink& sink,
                                 const ErrorSink& on_error) const {
  const std::string where = path == "-" ? std::string("<stdin>") : path;
  std::string ext = Lower(fs::path(path).extension().string());
  bool jsonl = ext == ".jsonl" || ext == ".ndjson";
  // Standard input and files without a known extension (dumps, temporary files) are sniffed: JSONL when
  // the first non-blank byte opens an object, else one plain-text article.
  if (!jsonl && ext != ".txt") {
    std::string_view s = StripBom(bytes);
    size_t first = s.find_first_not_of(" \t\r\n");
    jsonl = first != std::string_view::npos && s[first] == '{';
  }
  if (jsonl) return ReadJsonl(std::move(bytes), where, sink, on_error);
  Result<Document> doc = FromPlainText(std::move(bytes), path == "-" ? "stdin" : StemOf(path), where);
  if (!doc.ok()) {
    on_error(doc.status());
    return 1;
  }
  sink(std::move(*doc));
  return 0;
}

size_t ArticleReader::ReadJsonl(std::string bytes, const std::string& where, const Sink& sink,
                                const ErrorSink& on_error) const {
  simdjson::ondemand::parser parser;
  std::string buffer;  // one line plus the padding simdjson reads past the end
  size_t failures = 0, line_no = 0, pos = 0;
  auto fail = [&](const std::string& msg) {
    on_error(Status::Corruption(where + ":" + std::to_string(line_no) + ": " + msg));
    ++failures;
  };
  while (pos < bytes.size()) {
    size_t nl = bytes.find('\n', pos);
    if (nl == std::string::npos) nl = bytes.size();
    std::string_view line(bytes.data() + pos, nl - pos);
    pos = nl + 1;
    ++line_no;
    if (line_no == 1) line = StripBom(line);
    while (!line.empty() && (line.back() == '\r' || line.back() == ' ' || line.back() == '\t')) line.remove_suffix(1);
    if (line.find_first_not_of(" \t") == std::string_view::npos) continue;
    if (line.size() > options_.max_article_bytes) {
      fail("line of " + std::to_string(line.size()) + " bytes exceeds the article limit, skipped");
      continue;
    }
    if (size_t bad = 0; !text::IsValidUtf8(line, &bad)) {
      fail("invalid UTF-8 at byte " + std::to_string(bad) + " of the line, skipped");
      continue;
    }
    buffer.assign(line);
    buffer.resize(line.size() + simdjson::SIMDJSON_PADDING);
    simdjson::padded_string_view view(buffer.data(), line.size(), buffer.size());

    Document doc;
    doc.published = options_.published;
    std::string error;
    auto parsed = parser.iterate(view);
    simdjson::ondemand::object obj;
    if (parsed.error() || parsed.get_object().get(obj)) {
      fail("not a JSON object, skipped");
      continue;
    }
    bool has_text = false;
    for (auto field : obj) {
      std::string_view key;
      if (field.unescaped_key().get(key)) {
        error = "malformed key";
        break;
      }
      auto value = field.value();
      auto get_string = [&](std::string& out) {
        std::string_view sv;
        if (value.get_string().get(sv) == simdjson::SUCCESS) {
          out.assign(sv);
          return true;
        }
        return false;
      };
      if (key == "id") {
        if (!get_string(doc.id)) {
          int64_t n;
          if (value.get_int64().get(n) == simdjson::SUCCESS) {
            doc.id = std::to_string(n);
          } else {
            error = "\"id\" is neither a string nor an integer";
            break;
          }
        }
      } else if (key == "text") {
        if (!get_string(doc.text)) { error = "\"text\" is not a string"; break; }
        has_text = true;
      } else if (key == "title") {
        get_string(doc.title);
      } else if (key == "url") {
        get_string(doc.url);
      } else if (key == "source") {
        get_string(doc.source);
      } else if (key == "published") {
        std::string p;
        if (get_string(p) && !p.empty()) {
          if (auto d = Day::Parse(p)) {
            doc.published = d;
          } else {
            doc.warnings.push_back("unreadable \"published\" date \"" + p + "\"");
          }
        }
      }
      // Other keys (gold events, metadata) are not ours to read.
    }
    if (!error.empty()) { fail(error + ", skipped"); continue; }
    if (!has_text) { fail("no \"text\" field, skipped"); continue; }
    size_t bad = 0;
    if (!text::IsValidUtf8(doc.text, &bad) || !text::IsValidUtf8(doc.title, &bad)) {
      fail("invalid UTF-8 in the article text, skipped");
      continue;
    }
    if (doc.id.empty()) doc.id = StemOf(where) + ":" + std::to_string(line_no);
    sink(std::move(doc));
  }
  return failures;
}

}  // namespace rasd::ingest
