#include "ingest/reader.h"

#include <simdjson.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>

#include <unicode/uchar.h>
#include <unicode/uscript.h>
#include <unicode/utf8.h>

#include "ingest/encoding.h"
#include "ingest/html_reader.h"
#include "ingest/warc_reader.h"
#include "text/normalizer.h"

namespace rasd::ingest {

namespace {

// The names a JSON lines dump gives each field, the preferred first.
constexpr std::string_view kTextFields[] = {"text", "full_text", "fulltext", "maintext", "content", "body",
                                            "article_text", "article", "article_body"};
constexpr std::string_view kTitleFields[] = {"title", "headline"};
constexpr std::string_view kUrlFields[] = {"url", "link", "source_url", "canonical_url"};
constexpr std::string_view kIdFields[] = {"id", "postId", "post_id", "article_id", "doc_id", "guid"};
constexpr std::string_view kDateFields[] = {"published", "published_time", "date_publish", "published_at",
                                            "publish_date", "publication_date", "pubDate", "date", "datetime"};
constexpr int kNoField = 1 << 20;

// The place of `key` in `names`, or kNoField.
template <size_t N>
int FieldRank(const std::string_view (&names)[N], std::string_view key) {
  for (size_t i = 0; i < N; ++i) {
    if (names[i] == key) return static_cast<int>(i);
  }
  return kNoField;
}

}  // namespace

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
  if (limit > 0 && static_cast<uint64_t>(size) > limit) {
    return Status::InvalidArgument(path + ": article of " + std::to_string(size) + " bytes exceeds the limit of " +
                                   std::to_string(limit));
  }
  std::string data(static_cast<size_t>(size), '\0');
  in.seekg(0);
  in.read(data.data(), size);
  if (!in) return Status::IOError(path + ": read failed");
  return data;
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

// The same error with ", skipped" appended: the reader's messages say what happened to the input.
Status Skipped(const Status& s) {
  switch (s.code()) {
    case Status::Code::kUnsupported: return Status::Unsupported(s.message() + ", skipped");
    case Status::Code::kNotFound: return Status::NotFound(s.message() + ", skipped");
    case Status::Code::kInvalidArgument: return Status::InvalidArgument(s.message() + ", skipped");
    case Status::Code::kIOError: return Status::IOError(s.message() + ", skipped");
    default: return Status::Corruption(s.message() + ", skipped");
  }
}

enum class Format { kText, kJsonl, kHtml, kWarc, kWarcGz, kSniff };

Format FormatOfPath(const std::string& path) {
  if (path == "-") return Format::kSniff;
  std::string name = Lower(fs::path(path).filename().string());
  if (name.ends_with(".warc.gz")) return Format::kWarcGz;
  std::string ext = Lower(fs::path(path).extension().string());
  if (ext == ".txt") return Format::kText;
  if (ext == ".jsonl" || ext == ".ndjson") return Format::kJsonl;
  if (ext == ".html" || ext == ".htm" || ext == ".xhtml") return Format::kHtml;
  if (ext == ".warc") return Format::kWarc;
  return Format::kSniff;
}

bool IsGzip(std::string_view s) { return s.size() >= 2 && s[0] == '\x1F' && s[1] == '\x8B'; }

// The first kilobytes of gzip data, decompressed (for sniffing).
std::string GunzipPrefix(std::string_view s) {
  StringSource src(s);
  GzipSource gz(src, "");
  std::string out(512, '\0');
  out.resize(gz.Read(out.data(), out.size()));
  return out;
}

bool LooksLikeHtml(std::string_view s) {
  size_t first = s.find_first_not_of(" \t\r\n");
  if (first == std::string_view::npos || s[first] != '<') return false;
  std::string head = Lower(std::string(s.substr(first, 1024)));
  for (const char* tag : {"<!doctype html", "<html", "<head", "<body", "<meta", "<title", "<div", "<p>", "<p ", "<article"}) {
    if (head.find(tag) != std::string::npos) return true;
  }
  return false;
}

Format Sniff(std::string_view bytes) {
  std::string_view s = StripBom(bytes);
  if (s.starts_with("WARC/")) return Format::kWarc;
  if (IsGzip(s)) return GunzipPrefix(s).starts_with("WARC/") ? Format::kWarcGz : Format::kText;
  size_t first = s.find_first_not_of(" \t\r\n");
  if (first != std::string_view::npos && s[first] == '{') return Format::kJsonl;
  if (LooksLikeHtml(s)) return Format::kHtml;
  return Format::kText;
}

// Image, archive and document formats found in folders of saved pages: not articles.
bool LooksBinary(std::string_view head) {
  for (std::string_view magic : {std::string_view("\x89PNG"), std::string_view("\xFF\xD8\xFF"), std::string_view("GIF8"),
                                 std::string_view("%PDF"), std::string_view("PK\x03\x04", 4), std::string_view("RIFF"),
                                 std::string_view("\x7F" "ELF"), std::string_view("\x00\x00\x01\x00", 4),
                                 std::string_view("wOFF"), std::string_view("wOF2"), std::string_view("BZh"),
                                 std::string_view("\xFD" "7zXZ"), std::string_view("OggS")}) {
    if (head.starts_with(magic)) return true;
  }
  if (IsGzip(head)) return !GunzipPrefix(head).starts_with("WARC/");
  size_t nul = head.find('\0');
  if (nul == std::string_view::npos) return false;
  // UTF-16 text has NULs too; DecodeToUtf8 tells them apart.
  return !DecodeToUtf8(head.substr(0, head.size() & ~size_t{1}), "", "").ok();
}

// Share of Arabic-script letters among all letters; 1 when there are no letters (nothing to judge).
double ArabicShare(std::string_view text) {
  size_t letters = 0, arabic = 0;
  int32_t i = 0;
  const int32_t n = static_cast<int32_t>(std::min<size_t>(text.size(), 1u << 20));  // a sample is enough
  while (i < n) {
    UChar32 c;
    U8_NEXT(reinterpret_cast<const uint8_t*>(text.data()), i, n, c);
    if (c < 0 || !u_isalpha(c)) continue;
    ++letters;
    UErrorCode status = U_ZERO_ERROR;
    arabic += uscript_getScript(c, &status) == USCRIPT_ARABIC;
  }
  return letters == 0 ? 1.0 : static_cast<double>(arabic) / static_cast<double>(letters);
}

}  // namespace

void ArticleReader::Emit(Document&& doc, const Sink& sink, ReadStats* stats) const {
  if (ArabicShare(doc.title) < options_.min_arabic_share && ArabicShare(doc.text) < options_.min_arabic_share) {
    if (stats) ++stats->non_arabic;
    return;
  }
  if (stats) ++stats->documents;
  sink(std::move(doc));
}

Result<Document> ArticleReader::FromPlainText(std::string bytes, const std::string& id,
                                              const std::string& where) const {
  if (bytes.size() > options_.max_article_bytes) {
    return Status::InvalidArgument(where + ": article of " + std::to_string(bytes.size()) +
                                   " bytes exceeds the limit of " + std::to_string(options_.max_article_bytes));
  }
  Result<Decoded> decoded = DecodeToUtf8(bytes, "", where);
  if (!decoded.ok()) return Skipped(decoded.status());
  if (FirstLine(decoded->text).empty()) return Status::InvalidArgument(where + ": empty article, skipped");
  Document doc;
  doc.id = id;
  doc.text = std::move(decoded->text);
  doc.title = FirstLine(doc.text);
  doc.published = options_.published;
  return doc;
}

Result<Document> ArticleReader::FromHtml(std::string_view bytes, std::string_view declared_charset,
                                         const std::string& id, const std::string& page_url,
                                         const std::string& where) const {
  if (bytes.size() > options_.max_article_bytes) {
    return Status::InvalidArgument(where + ": page of " + std::to_string(bytes.size()) + " bytes exceeds the limit of " +
                                   std::to_string(options_.max_article_bytes) + ", skipped");
  }
  if (StripBom(bytes).find_first_not_of(" \t\r\n") == std::string_view::npos) {
    return Status::InvalidArgument(where + ": empty page, skipped");
  }
  std::string declared(declared_charset);
  if (declared.empty()) declared = CharsetOfHtmlMeta(bytes);
  Result<Decoded> decoded = DecodeToUtf8(bytes, declared, where);
  if (!decoded.ok()) return Skipped(decoded.status());
  Result<HtmlArticle> article = ReadHtmlArticle(decoded->text, page_url, where, options_.max_html_depth);
  if (!article.ok()) return Skipped(article.status());
  Document doc;
  doc.id = id;
  doc.url = page_url.empty() ? article->url : page_url;
  doc.title = std::move(article->title);
  doc.text = std::move(article->text);
  doc.published = article->published ? article->published : options_.published;
  // A date printed beside the article is read by the time stage, and wins over --published as the
  // metadata's would (the pipeline warns when it is no date).
  doc.dateline = std::move(article->dateline);
  if (!doc.published && doc.dateline.empty()) {
    doc.warnings.push_back("no publication date in the page: relative dates stay unresolved");
  }
  return doc;
}

size_t ArticleReader::Read(const std::string& path, const Sink& sink, const ErrorSink& on_error, ReadStats* stats) const {
  std::error_code ec;
  if (path != "-" && fs::is_directory(path, ec)) return ReadDirectory(path, sink, on_error, stats);
  Format format = FormatOfPath(path);
  if (format == Format::kWarc || format == Format::kWarcGz) {
    FileSource file(path);
    if (!file.ok()) {
      on_error(file.status());
      return 1;
    }
    if (format == Format::kWarc) return ReadWarcStream(file, path, sink, on_error, stats);
    GzipSource gz(file, path);
    return ReadWarcStream(gz, path, sink, on_error, stats);
  }
  if (format == Format::kJsonl) {
    // Streamed: JSONL dumps can be far larger than memory; the limit applies to each line.
    FileSource file(path);
    if (!file.ok()) {
      on_error(file.status());
      return 1;
    }
    size_t failures = ReadJsonl(file, path, sink, on_error, stats);
    if (!file.status().ok()) {
      on_error(file.status());
      ++failures;
    }
    return failures;
  }
  // Standard input may be anything: read whole, then sniffed.
  bool whole_file_is_one_article = format == Format::kText || format == Format::kHtml;
  Result<std::string> data = Slurp(path, whole_file_is_one_article ? options_.max_article_bytes : 0);
  if (!data.ok()) {
    on_error(data.status());
    return 1;
  }
  return ReadBuffer(std::move(*data), path, sink, on_error, stats);
}

size_t ArticleReader::ReadDirectory(const std::string& dir, const Sink& sink, const ErrorSink& on_error,
                                    ReadStats* stats) const {
  std::vector<fs::directory_entry> entries;
  std::error_code ec;
  fs::directory_iterator it(dir, ec);
  for (; !ec && it != fs::directory_iterator(); it.increment(ec)) entries.push_back(*it);
  if (ec) {
    on_error(Status::IOError(dir + ": cannot read the folder: " + ec.message() + ", skipped"));
    return 1;
  }
  // Sorted, so a folder is read in the same order on every machine and run.
  std::sort(entries.begin(), entries.end(),
            [](const fs::directory_entry& a, const fs::directory_entry& b) { return a.path() < b.path(); });
  size_t failures = 0;
  for (const fs::directory_entry& e : entries) {
    const std::string name = e.path().filename().string();
    const std::string path = e.path().string();
    if (name.empty() || name[0] == '.') continue;  // hidden files, editor backups, .git
    std::error_code sec;
    // Symbolic links to folders are not followed: a link back up would loop forever.
    if (e.is_symlink(sec) && fs::is_directory(e.path(), sec)) {
      if (stats && stats->on_note) stats->on_note(path + ": symbolic link to a folder, not followed");
      continue;
    }
    if (e.is_directory(sec)) {
      failures += ReadDirectory(path, sink, on_error, stats);
      continue;
    }
    if (!e.is_regular_file(sec)) continue;
    if (FormatOfPath(path) == Format::kSniff) {
      std::ifstream in(path, std::ios::binary);
      std::string head(4096, '\0');
      in.read(head.data(), static_cast<std::streamsize>(head.size()));
      head.resize(static_cast<size_t>(in.gcount()));
      if (in.bad() || (!in && !in.eof())) {
        on_error(Status::IOError(path + ": cannot read: " + std::strerror(errno) + ", skipped"));
        ++failures;
        continue;
      }
      if (LooksBinary(head)) {
        if (stats) {
          ++stats->files_skipped;
          if (stats->on_note) stats->on_note(path + ": not a text, HTML, JSONL or WARC file, skipped");
        }
        continue;
      }
    }
    failures += Read(path, sink, on_error, stats);
  }
  return failures;
}

size_t ArticleReader::ReadWarcStream(ByteSource& in, const std::string& where, const Sink& sink,
                                     const ErrorSink& on_error, ReadStats* stats) const {
  WarcCounts counts;
  size_t page_failures = 0;  // pages that fail to decode or parse (ReadWarc counts the record errors)
  size_t failures = ReadWarc(
      in, where, options_.max_article_bytes,
      [&](WarcPage&& page) {
        std::string id = page.target_uri.empty() ? StemOf(where) + "@" + std::to_string(page.offset) : page.target_uri;
        std::string page_where = where + ": record at byte offset " + std::to_string(page.offset) +
                                 (page.target_uri.empty() ? "" : " (" + page.target_uri + ")");
        Result<Document> doc = FromHtml(page.body, page.charset, id, page.target_uri, page_where);
        if (!doc.ok()) {
          // Index pages, galleries and forms hold no article: part of every crawl, not an error.
          if (doc.status().code() == Status::Code::kNotFound) {
            if (stats) ++stats->pages_without_text;
            return;
          }
          on_error(doc.status());
          ++page_failures;
          return;
        }
        if (!doc->published && !page.warc_date.empty() && !doc->warnings.empty()) {
          // The crawl time is not the publication time: an article crawled a month late would put every
          // "أمس" a month off. Said, not used.
          doc->warnings.back() += " (the WARC-Date " + page.warc_date + " is when it was crawled, not used)";
        }
        Emit(std::move(*doc), sink, stats);
      },
      on_error, counts);
  if (stats) {
    stats->records_not_html += counts.not_html;
    stats->records_not_ok += counts.not_ok;
    stats->records_too_large += counts.too_large;
  }
  return failures + page_failures;
}

size_t ArticleReader::ReadBuffer(std::string bytes, const std::string& path, const Sink& sink,
                                 const ErrorSink& on_error, ReadStats* stats) const {
  const std::string where = path == "-" ? std::string("<stdin>") : path;
  Format format = FormatOfPath(path);
  // Standard input and files without a known extension (dumps, temporary files) are sniffed.
  if (format == Format::kSniff) format = Sniff(bytes);
  switch (format) {
    case Format::kJsonl: {
      StringSource src(bytes);
      return ReadJsonl(src, where, sink, on_error, stats);
    }
    case Format::kWarc: {
      StringSource src(bytes);
      return ReadWarcStream(src, where, sink, on_error, stats);
    }
    case Format::kWarcGz: {
      StringSource src(bytes);
      GzipSource gz(src, where);
      return ReadWarcStream(gz, where, sink, on_error, stats);
    }
    case Format::kHtml: {
      Result<Document> doc = FromHtml(bytes, "", path == "-" ? "stdin" : StemOf(path), "", where);
      if (!doc.ok()) {
        on_error(doc.status());
        return 1;
      }
      Emit(std::move(*doc), sink, stats);
      return 0;
    }
    case Format::kText:
    case Format::kSniff:
      break;
  }
  Result<Document> doc = FromPlainText(std::move(bytes), path == "-" ? "stdin" : StemOf(path), where);
  if (!doc.ok()) {
    on_error(doc.status());
    return 1;
  }
  Emit(std::move(*doc), sink, stats);
  return 0;
}

namespace {

// The lines of a stream, each kept up to `keep` bytes and the rest only counted: a 100 MB line costs
// no more memory than the article limit.
class LineStream {
 public:
  LineStream(ByteSource& in, size_t keep) : in_(in), keep_(keep) {}
  // False at the end. `size` is the whole line's size, `line` its first `keep` bytes.
  bool Next(std::string& line, size_t& size) {
    line.clear();
    size = 0;
    bool any = false;
    while (true) {
      if (pos_ >= buf_.size()) {
        buf_.resize(1 << 16);
        buf_.resize(in_.Read(buf_.data(), buf_.size()));
        pos_ = 0;
        if (buf_.empty()) return any;
      }
      any = true;
      size_t nl = buf_.find('\n', pos_);
      size_t end = nl == std::string::npos ? buf_.size() : nl;
      size += end - pos_;
      if (line.size() < keep_) line.append(buf_, pos_, std::min(end - pos_, keep_ - line.size()));
      pos_ = nl == std::string::npos ? end : nl + 1;
      if (nl != std::string::npos) return true;
    }
  }

 private:
  ByteSource& in_;
  size_t keep_;
  std::string buf_;
  size_t pos_ = 0;
};

}  // namespace

size_t ArticleReader::ReadJsonl(ByteSource& in, const std::string& where, const Sink& sink,
                                const ErrorSink& on_error, ReadStats* stats) const {
  simdjson::ondemand::parser parser;
  std::string buffer;  // one line plus the padding simdjson reads past the end
  size_t failures = 0, line_no = 0;
  auto fail = [&](const std::string& msg) {
    on_error(Status::Corruption(where + ":" + std::to_string(line_no) + ": " + msg));
    ++failures;
  };
  LineStream lines(in, options_.max_article_bytes + 3);  // + a BOM
  std::string kept;
  size_t line_size = 0;
  while (lines.Next(kept, line_size)) {
    std::string_view line(kept);
    ++line_no;
    if (line_no == 1 && line.starts_with("\xEF\xBB\xBF")) {
      line = StripBom(line);
      line_size -= 3;
    }
    if (line_size > line.size()) {
      fail("line of " + std::to_string(line_size) + " bytes exceeds the article limit, skipped");
      continue;
    }
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
    // Dumps name their fields variously (a scraper's "full_text" and "published_time", news-please's
    // "maintext" and "date_publish"): each field is taken from the first of its names, in this order, that
    // the object has.
    int text_rank = kNoField, title_rank = kNoField, url_rank = kNoField, id_rank = kNoField, date_rank = kNoField;
    std::string date;
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
      if (const int id = FieldRank(kIdFields, key); id < id_rank) {
        if (!get_string(doc.id)) {
          int64_t n;
          if (value.get_int64().get(n) == simdjson::SUCCESS) {
            doc.id = std::to_string(n);
          } else {
            error = "\"" + std::string(key) + "\" is neither a string nor an integer";
            break;
          }
        }
        id_rank = id;
      } else if (const int text = FieldRank(kTextFields, key); text < text_rank) {
        if (!get_string(doc.text)) { error = "\"" + std::string(key) + "\" is not a string"; break; }
        text_rank = text;
      } else if (const int title = FieldRank(kTitleFields, key); title < title_rank) {
        if (get_string(doc.title)) title_rank = title;
      } else if (const int url = FieldRank(kUrlFields, key); url < url_rank) {
        if (get_string(doc.url)) url_rank = url;
      } else if (key == "source") {
        get_string(doc.source);
      } else if (const int day = FieldRank(kDateFields, key); day < date_rank) {
        if (get_string(date) && !date.empty()) date_rank = day;
      }
      // Other keys (gold events, metadata) are not ours to read.
    }
    if (error.empty() && date_rank != kNoField) {
      if (auto d = DayOfMetaDate(date)) {
        doc.published = d;
      } else {
        doc.warnings.push_back("unreadable \"" + std::string(kDateFields[date_rank]) + "\" date \"" + date + "\"");
      }
    }
    // No date field: a date in the article's address ("/2019/03/12/").
    if (error.empty() && date_rank == kNoField && !doc.url.empty()) {
      if (auto d = DayOfUrl(doc.url)) doc.published = d;
    }
    const bool has_text = text_rank != kNoField;
    if (!error.empty()) { fail(error + ", skipped"); continue; }
    if (!has_text) { fail("no \"text\" field (nor full_text, content, body, maintext, article), skipped"); continue; }
    // No second UTF-8 check of the fields: the line was valid, and the parser refuses the one escape
    // that could make invalid UTF-8 of it, a lone surrogate ("is not a string" above).
    if (doc.id.empty()) doc.id = StemOf(where) + ":" + std::to_string(line_no);
    Emit(std::move(doc), sink, stats);
  }
  return failures;
}

}  // namespace rasd::ingest
