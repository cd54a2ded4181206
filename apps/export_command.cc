// `rasd export`: the stored canonical events (filtered as in `rasd query`) as ACLED CSV, GeoJSON or
// JSON lines, to standard output or to a file (written beside it and renamed into place when complete,
// so a failed export never leaves half a file under the name).
#include <unistd.h>

#include <condition_variable>
#include <cstdio>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <filesystem>
#include <iostream>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

#include "command.h"
#include "events/lexicons.h"
#include "export/acled_csv.h"
#include "export/event_jsonl.h"
#include "export/geojson.h"
#include "store/store.h"

namespace rasd::cli {
namespace {

namespace fs = std::filesystem;

struct ExportOptions {
  std::string db, format, output;
  std::string dict_dir;
  int jobs = 2;
  FilterOptions filter;
};

// Where the bytes go: standard output, or a temporary file renamed to the target at the end.
class Output {
 public:
  bool Open(const std::string& path) {
    path_ = path;
    if (path.empty()) {
      f_ = stdout;
      return true;
    }
    // Devices, pipes and symbolic links (/dev/null, a FIFO) are written in place: renaming over them
    // would replace the device node or the link with a regular file.
    std::error_code ec;
    fs::file_status st = fs::status(path, ec);
    if ((fs::exists(st) && !fs::is_regular_file(st)) || fs::is_symlink(fs::symlink_status(path, ec))) {
      direct_ = true;
      f_ = std::fopen(path.c_str(), "wb");
      return f_ != nullptr;
    }
    tmp_ = path + ".tmp" + std::to_string(::getpid());
    f_ = std::fopen(tmp_.c_str(), "wb");
    return f_ != nullptr;
  }
  bool Write(std::string& buf) {
    bool ok = buf.empty() || std::fwrite(buf.data(), 1, buf.size(), f_) == buf.size();
    buf.clear();
    return ok;
  }
  // Flushes and, for a file, renames it into place; false when anything failed to be written.
  bool Finish() {
    bool ok = std::fflush(f_) == 0 && !std::ferror(f_);
    if (path_.empty()) return ok;
    ok = std::fclose(f_) == 0 && ok;
    f_ = nullptr;
    if (direct_) return ok;
    std::error_code ec;
    if (ok) fs::rename(tmp_, path_, ec);
    if (!ok || ec) fs::remove(tmp_, ec);
    return ok && !ec;
  }
  ~Output() {
    if (f_ && f_ != stdout) {
      std::fclose(f_);
      std::error_code ec;
      if (!direct_) fs::remove(tmp_, ec);
    }
  }

 private:
  std::string path_, tmp_;
  FILE* f_ = nullptr;
  bool direct_ = false;  // an existing device or pipe, written in place
};

// Pages of events handed from the thread that reads the store to the one that formats and writes
// them, so both run at once (the store's reading is most of an export's work, formatting and writing
// the rest). At most kDepth pages wait; the emptied vectors go back to the reader, which refills
// them in place.
class PageQueue {
 public:
  using Page = std::vector<store::StoredEvent>;
  static constexpr size_t kDepth = 8;

  // Reader: queues `page`, leaving a spare vector in its place; false when the writer has stopped.
  bool Push(Page& page) {
    std::unique_lock<std::mutex> lock(mu_);
    space_.wait(lock, [&] { return full_.size() < kDepth || stopped_; });
    if (stopped_) return false;
    full_.push_back(std::move(page));
    page.clear();
    if (!spare_.empty()) {
      page = std::move(spare_.back());
      spare_.pop_back();
    }
    ready_.notify_one();
    return true;
  }
  // Reader: nothing more comes.
  void Close() {
    std::lock_guard<std::mutex> lock(mu_);
    closed_ = true;
    ready_.notify_one();
  }
  // Writer: the next page into `page` (its previous content returned as a spare); false at the end.
  bool Pop(Page& page) {
    std::unique_lock<std::mutex> lock(mu_);
    if (!page.empty()) spare_.push_back(std::move(page));
    page.clear();
    ready_.wait(lock, [&] { return !full_.empty() || closed_; });
    if (full_.empty()) return false;
    page = std::move(full_.front());
    full_.erase(full_.begin());
    space_.notify_one();
    return true;
  }
  // Writer: no more pages are wanted (a write failed); the reader stops at its next page.
  void Stop() {
    std::lock_guard<std::mutex> lock(mu_);
    stopped_ = true;
    space_.notify_one();
  }

 private:
  std::mutex mu_;
  std::condition_variable space_, ready_;
  std::vector<Page> full_, spare_;
  bool closed_ = false, stopped_ = false;
};

// ACLED's `timestamp` column: the export time, or SOURCE_DATE_EPOCH for reproducible files.
int64_t ExportTimestamp() {
  if (const char* epoch = std::getenv("SOURCE_DATE_EPOCH"); epoch && *epoch) {
    char* end = nullptr;
    long long v = std::strtoll(epoch, &end, 10);
    if (end && *end == '\0' && v >= 0) return v;
  }
  return static_cast<int64_t>(std::time(nullptr));
}

int RunExport(const ExportOptions& o) {
  if (o.format != "acled-csv" && o.format != "geojson" && o.format != "jsonl") {
    std::cerr << "rasd export: --format must be acled-csv, geojson or jsonl, got \"" << o.format << "\"\n";
    return kExitSetup;
  }
  store::EventFilter filter;
  if (!BuildFilter("export", o.filter, &filter)) return kExitSetup;

  // The ACLED codes come from the project's dictionaries: actor inter codes from data/actors.tsv,
  // country codes and regions from data/countries.tsv.
  exporter::ActorInterTable inters;
  std::optional<exporter::CountryTable> countries;
  if (o.format == "acled-csv") {
    std::string dict = FindDictDir(o.dict_dir);
    if (dict.empty()) {
      std::cerr << "rasd export: no dictionary directory found (set --dict or RASD_DICT)\n";
      return kExitSetup;
    }
    Result<events::EventLexicons> lex = events::EventLexicons::Load(dict);
    if (!lex.ok()) {
      std::cerr << "rasd export: " << lex.status().ToString() << "\n";
      return kExitSetup;
    }
    for (size_t i = 0; i < lex->actor_count(); ++i) {
      const events::Actor& a = lex->actor(static_cast<int32_t>(i));
      inters.Add(a.canonical, a.inter);
    }
    Result<exporter::CountryTable> table = exporter::CountryTable::Load(dict + "/countries.tsv");
    if (!table.ok()) {
      std::cerr << "rasd export: " << table.status().ToString() << "\n";
      return kExitSetup;
    }
    countries = std::move(*table);
  }

  Result<std::unique_ptr<store::Store>> db = OpenStoreForReading(o.db);
  if (!db.ok()) {
    std::cerr << "rasd export: " << db.status().message() << "\n";
    return kExitSetup;
  }
  store::Store& s = **db;
  Output out;
  if (!out.Open(o.output)) {
    std::cerr << "rasd export: " << o.output << ": cannot write: " << std::strerror(errno) << "\n";
    return kExitSetup;
  }

  exporter::AcledCsvWriter csv({countries ? &*countries : nullptr, &inters, ExportTimestamp()});
  exporter::GeoJsonWriter geojson;
  std::string buf;
  if (o.format == "acled-csv") exporter::AcledCsvWriter::AppendHeader(buf);
  if (o.format == "geojson") geojson.Begin(buf);

  // The whole selection streamed with its sources (outlets, evidence), in bounded memory. With -j 2
  // (the default) or more its pages are read by as many other threads on connections of their own, ahead of the
  // formatting and writing done here: the store's reading is most of an export's work.
  int64_t exported = 0;
  bool write_ok = true;
  // ACLED CSV and GeoJSON name the outlets of the reports; JSON lines carries the reports whole.
  const auto detail = o.format == "acled-csv" || o.format == "geojson" ? store::Store::SourceDetail::kOutlets
                                                                      : store::Store::SourceDetail::kFull;
  auto format_page = [&](const std::vector<store::StoredEvent>& page) {
    for (const store::StoredEvent& e : page) {
      if (o.format == "acled-csv") {
        csv.AppendRow(e, buf);
      } else if (o.format == "geojson") {
        geojson.Append(e, buf);
      } else {
        exporter::AppendStoredEventJsonl(e, buf);
      }
    }
    exported += static_cast<int64_t>(page.size());
    if (buf.size() > (1u << 20)) write_ok = out.Write(buf) && write_ok;
    return write_ok;  // a full disk or a closed pipe stops the export
  };
  Status status;
  if (o.jobs <= 1) {  // everything on this thread: the least CPU time, the most wall time
    status = s.ForEachEventPage(filter, detail, format_page, /*readers=*/1);
  } else {
    PageQueue queue;
    std::thread reader([&] {
      // The store reads the pages on -j more connections and threads; this one reads their keys.
      status = s.ForEachEventPage(
          filter, detail, [&](std::vector<store::StoredEvent>& page) { return queue.Push(page); }, o.jobs);
      queue.Close();
    });
    std::vector<store::StoredEvent> page;
    while (queue.Pop(page)) {
      if (!format_page(page)) {
        queue.Stop();
        break;
      }
    }
    reader.join();
  }
  if (!status.ok()) {
    std::cerr << "rasd export: " << status.ToString() << "\n";
    return kExitSetup;
  }
  if (o.format == "geojson") geojson.End(buf);
  write_ok = out.Write(buf) && write_ok;
  if (!out.Finish() || !write_ok) {
    std::cerr << "rasd export: " << (o.output.empty() ? "standard output" : o.output) << ": write failed\n";
    return kExitSetup;
  }
  if (o.format == "geojson" && geojson.skipped() > 0) {
    std::cerr << "rasd export: " << geojson.skipped() << " of " << exported
              << " events have no coordinates and were left out of the GeoJSON\n";
  }
  if (!o.output.empty()) std::cerr << "rasd export: " << exported << " events written to " << o.output << "\n";
  return 0;
}

}  // namespace

void RegisterExportCommand(CLI::App& app, int* exit_code) {
  auto o = std::make_shared<ExportOptions>();
  CLI::App* cmd = app.add_subcommand("export", "write stored events as ACLED CSV, GeoJSON or JSON lines");
  cmd->add_option("--db", o->db, "SQLite file or postgresql:// URL")->required();
  cmd->add_option("--format", o->format, "acled-csv, geojson or jsonl")->required();
  cmd->add_option("-o,--output", o->output, "output file (default: standard output)");
  cmd->add_option("--dict", o->dict_dir, "the project's dictionaries (default: $RASD_DICT, the source tree's data/)");
  cmd->add_option("-j,--jobs", o->jobs, "threads: 1 reads, formats and writes on one; N (default 2) reads pages on N "
                                        "connections beside the formatting")
      ->check(CLI::Range(1, 64));
  AddFilterOptions(cmd, o->filter);
  cmd->callback([o, exit_code] { *exit_code = RunExport(*o); });
}

}  // namespace rasd::cli
