// `rasd ingest`: articles in, events into the store (SQLite file or PostgreSQL URL).
//
// Threads: the calling thread reads the inputs in order and numbers every document; N workers run the
// pipeline (one shared Pipeline: Process is const); ONE writer stores the documents strictly in input
// order, in batches (one transaction each) of what is ready, waiting briefly for a batch that doubles
// from kFirstBatch to kMaxBatch. So the database never depends on -j, and a run killed anywhere leaves
// whole batches only: running it again skips what is stored (same id and content hash, checked before
// any processing) and completes to the same database.
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <deque>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <memory>
#include <mutex>
#include <thread>

#include "command.h"
#include "store/fingerprint.h"
#include "store/store.h"

namespace rasd::cli {
namespace {

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

struct IngestOptions {
  CommonOptions common;
  std::string db, published;
  int jobs = 0;  // 0 = all cores
  std::vector<std::string> inputs;
};

int64_t CountJsonlLines(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::vector<char> buf(1 << 20);
  int64_t total = 0;
  bool line_has_text = false;
  while (in.read(buf.data(), static_cast<std::streamsize>(buf.size())) || in.gcount() > 0) {
    for (std::streamsize i = 0; i < in.gcount(); ++i) {
      char c = buf[static_cast<size_t>(i)];
      if (c == '\n') {
        total += line_has_text;
        line_has_text = false;
      } else if (c != ' ' && c != '\r' && c != '\t') {
        line_has_text = true;
      }
    }
  }
  return total + line_has_text;
}

// Documents the inputs hold, when cheap to know (for the ETA): a JSONL file's non-blank lines, one per
// other file; nullopt when that cannot be known without reading (standard input, WARC crawls).
std::optional<int64_t> CountDocuments(const std::vector<std::string>& inputs) {
  int64_t total = 0;
  auto count_file = [&total](const fs::path& p) {
    std::string ext = p.extension().string();
    if (ext == ".warc" || ext == ".gz") return false;
    total += ext == ".jsonl" || ext == ".ndjson" ? CountJsonlLines(p.string()) : 1;
    return true;
  };
  for (const std::string& input : inputs) {
    std::error_code ec;
    if (input == "-") return std::nullopt;
    if (!fs::is_directory(input, ec)) {
      if (!count_file(input)) return std::nullopt;
      continue;
    }
    for (fs::recursive_directory_iterator it(input, ec), end; !ec && it != end; it.increment(ec)) {
      if (it->is_regular_file(ec) && !count_file(it->path())) return std::nullopt;
    }
  }
  return total;
}

struct Work {
  int64_t seq = 0;
  Document doc;
  store::DocumentKeys keys;  // computed by the worker, so the one writer does not
  enum class Kind { kProcess, kStored } kind = Kind::kProcess;
};

struct Totals {
  int64_t read = 0, stored = 0, duplicates = 0, near_duplicates = 0, replaced = 0, failed = 0;
  int64_t skipped = 0, non_arabic = 0;  // left out by the readers (non_arabic is part of skipped)
  int64_t new_events = 0, merged_events = 0;
  // Stored documents with no publication date from the input, --published or a dateline, and the
  // events of theirs left without a day: "أمس" cannot be resolved, and a user querying by date
  // would not find them without being told why.
  int64_t undated_documents = 0, undated_events = 0;
};

class Progress {
 public:
  explicit Progress(std::optional<int64_t> total) : enabled_(::isatty(STDERR_FILENO) == 1), total_(total) {}
  bool enabled() const { return enabled_; }

  void Update(const Totals& t, int64_t done, bool force) {
    if (!enabled_) return;
    auto now = Clock::now();
    if (!force && now - last_ < std::chrono::milliseconds(250)) return;
    last_ = now;
    double secs = std::chrono::duration<double>(now - start_).count();
    double rate = secs > 0 ? static_cast<double>(done) / secs : 0;
    char line[256];
    int n = std::snprintf(line, sizeof line, "\r\033[Krasd ingest: %lld docs%s, %lld events, %.0f docs/s",
                          static_cast<long long>(done), TotalText().c_str(),
                          static_cast<long long>(t.new_events + t.merged_events), rate);
    std::string out(line, static_cast<size_t>(std::max(n, 0)));
    if (total_ && rate > 0 && *total_ > done) {
      auto eta = static_cast<int64_t>(static_cast<double>(*total_ - done) / rate);
      std::snprintf(line, sizeof line, ", ETA %lld:%02lld", static_cast<long long>(eta / 60),
                    static_cast<long long>(eta % 60));
      out += line;
    }
    std::fputs(out.c_str(), stderr);
    shown_ = true;
  }
  // Clears the progress line before other output on standard error.
  void Clear() {
    if (enabled_ && shown_) std::fputs("\r\033[K", stderr);
    shown_ = false;
  }

 private:
  std::string TotalText() const { return total_ ? " of " + std::to_string(*total_) : ""; }
  bool enabled_;
  std::optional<int64_t> total_;
  Clock::time_point start_ = Clock::now(), last_{};
  bool shown_ = false;
};

class IngestRun {
 public:
  IngestRun(const Pipeline& pipeline, store::Store& writer, store::Store* checker, int jobs,
            std::optional<int64_t> total)
      : pipeline_(pipeline), writer_store_(writer), checker_(checker), jobs_(jobs), progress_(total) {}

  // Reads every input (on this thread), processes and stores; returns the totals.
  Totals Run(const std::vector<std::string>& inputs, const ingest::ArticleReader& reader) {
    std::vector<std::thread> workers;
    for (int i = 0; i < jobs_; ++i) workers.emplace_back([this] { WorkerLoop(); });
    std::thread writer([this] { WriterLoop(); });

    ingest::ReadStats stats;
    stats.on_note = [this](const std::string& note) { Report("rasd ingest: note: " + note, false); };
    for (const std::string& input : inputs) {
      reader.Read(
          input, [this](Document&& doc) { Submit(std::move(doc)); },
          [this](const Status& error) { Report("rasd ingest: " + error.message(), true); }, &stats);
    }
    {
      std::lock_guard lock(mu_);
      reading_done_ = true;
    }
    queue_cv_.notify_all();
    for (std::thread& w : workers) w.join();
    {
      std::lock_guard lock(mu_);
      workers_done_ = true;
    }
    done_cv_.notify_all();
    writer.join();
    std::lock_guard lock(out_mu_);
    progress_.Update(totals_, totals_.read, /*force=*/true);
    progress_.Clear();
    // What the readers left out without an error: non-Arabic documents, non-text files in folders,
    // WARC records that are not article pages.
    totals_.skipped = static_cast<int64_t>(stats.non_arabic + stats.files_skipped + stats.records_not_html +
                                           stats.records_not_ok + stats.records_too_large + stats.pages_without_text);
    totals_.non_arabic = static_cast<int64_t>(stats.non_arabic);
    return totals_;
  }

 private:
  // The writer waits up to kBatchWait for batch_ documents ready in input order (fewer at the end);
  // batch_ starts at kFirstBatch and doubles with every transaction up to kMaxBatch. Each commit
  // writes every page the batch changed (ten event indexes, the documents' text), so few large
  // transactions write far less than many small ones (both corpora: 100 commits of about 90
  // documents spent 0.21 s committing, 10 of about 900 0.13 s); the small first ones make the first
  // documents visible early.
  static constexpr size_t kFirstBatch = 64;
  static constexpr size_t kMaxBatch = 2048;
  static constexpr std::chrono::milliseconds kBatchWait{200};
  // Bounded memory: at most this many documents between the reader and the writer (processed
  // documents keep only their text and events, see WorkerLoop).
  static constexpr int64_t kMaxInFlight = 2 * kMaxBatch;

  // How many documents from next_write_ on are ready without a gap.
  size_t ReadyInOrder() const { return static_cast<size_t>(ready_end_ - next_write_); }

  // Puts a finished item where the writer takes it (under mu_); says whether the writer should be
  // woken: its batch is ready, or it waits for anything at all. Waking it for every document would
  // cost a context switch per document.
  bool MarkDone(Work&& w) {
    done_.emplace(w.seq, std::move(w));
    while (done_.count(ready_end_)) ++ready_end_;
    return ReadyInOrder() >= batch_ || (writer_hungry_ && ReadyInOrder() > 0);
  }

  void Submit(Document&& doc) {
    Work w;
    w.doc = std::move(doc);
    if (checker_ && AlreadyStored(w.doc)) {
      w.kind = Work::Kind::kStored;
    }
    std::unique_lock lock(mu_);
    space_cv_.wait(lock, [this] { return next_seq_ - next_write_ < kMaxInFlight; });
    w.seq = next_seq_++;
    if (w.kind == Work::Kind::kProcess) {
      queue_.push_back(std::move(w));
      lock.unlock();
      queue_cv_.notify_one();
    } else {
      bool wake = MarkDone(std::move(w));
      lock.unlock();
      if (wake) done_cv_.notify_one();
    }
  }

  // Same id and the same content hash as a stored document: storing it again would change nothing.
  bool AlreadyStored(const Document& doc) {
    Result<std::optional<std::string>> stored = checker_->ContentHashOf(doc.id);
    return stored.ok() && stored->has_value() && **stored == store::ContentHash(doc.title, doc.text);
  }

  void WorkerLoop() {
    AnnotationBuffers buffers;
    while (true) {
      Work w;
      {
        std::unique_lock lock(mu_);
        queue_cv_.wait(lock, [this] { return !queue_.empty() || reading_done_; });
        if (queue_.empty()) return;
        w = std::move(queue_.front());
        queue_.pop_front();
      }
      buffers.LendTo(w.doc);
      pipeline_.Process(w.doc);
      w.keys = store::DocumentKeys::Of(w.doc);
      // The writer needs the document and its events only: the annotations stay with this worker for
      // the next document, and large batches stay small in memory.
      buffers.TakeBack(w.doc);
      bool wake;
      {
        std::lock_guard lock(mu_);
        wake = MarkDone(std::move(w));
      }
      if (wake) done_cv_.notify_one();
    }
  }

  void WriterLoop() {
    while (true) {
      std::vector<Work> batch;
      {
        std::unique_lock lock(mu_);
        // A transaction per handful of documents would cost more than the documents (the commit and
        // the WAL pages it writes): wait a little for a full batch while the workers are still busy.
        done_cv_.wait_for(lock, kBatchWait, [this] { return ReadyInOrder() >= batch_ || workers_done_; });
        writer_hungry_ = true;
        done_cv_.wait(lock, [this] { return ReadyInOrder() > 0 || (workers_done_ && done_.empty()); });
        writer_hungry_ = false;
        if (ReadyInOrder() == 0) return;
        // Everything ready in input order, up to a batch: one transaction.
        for (auto it = done_.find(next_write_); it != done_.end() && it->first == next_write_ && batch.size() < batch_;
             it = done_.erase(it)) {
          batch.push_back(std::move(it->second));
          ++next_write_;
        }
        batch_ = std::min(2 * batch_, kMaxBatch);
      }
      space_cv_.notify_all();
      StoreBatch(batch);
      std::lock_guard lock(out_mu_);
      progress_.Update(totals_, totals_.read, false);
    }
  }

  void StoreBatch(std::vector<Work>& batch) {
    std::vector<const Document*> docs;
    std::vector<store::DocumentKeys> keys;
    for (Work& w : batch) {
      if (w.kind == Work::Kind::kProcess) {
        docs.push_back(&w.doc);
        keys.push_back(std::move(w.keys));
      }
    }
    std::vector<std::optional<Result<store::IngestOutcome>>> outcomes(docs.size());
    if (!docs.empty()) {
      Result<std::vector<store::IngestOutcome>> all = writer_store_.IngestPrepared(docs, keys);
      if (all.ok() && all->size() == docs.size()) {
        for (size_t i = 0; i < docs.size(); ++i) outcomes[i] = std::move((*all)[i]);
      } else {
        // One bad document must not cost its batch: store them one by one to find it.
        for (size_t i = 0; i < docs.size(); ++i) outcomes[i] = writer_store_.Ingest(*docs[i]);
      }
    }
    std::lock_guard lock(out_mu_);
    size_t next = 0;
    for (Work& w : batch) {
      ++totals_.read;
      if (w.kind == Work::Kind::kStored) {
        ++totals_.duplicates;
        continue;
      }
      const Result<store::IngestOutcome>& r = *outcomes[next++];
      if (!r.ok()) {
        ++totals_.failed;
        progress_.Clear();
        std::cerr << "rasd ingest: " << w.doc.id << ": not stored: " << r.status().ToString() << "\n";
        continue;
      }
      if (r->duplicate) {
        ++totals_.duplicates;
        continue;
      }
      ++totals_.stored;
      if (!w.doc.published) {
        ++totals_.undated_documents;
        for (const Event& e : w.doc.events) totals_.undated_events += !e.date;
      }
      totals_.near_duplicates += r->near_duplicate;
      totals_.replaced += r->replaced;
      totals_.new_events += r->new_events;
      totals_.merged_events += r->merged_events;
    }
  }

  // A line on standard error (the progress line cleared first); an input that could not be read is
  // counted as a failure, and the batch goes on.
  void Report(const std::string& message, bool failure) {
    std::lock_guard lock(out_mu_);
    progress_.Clear();
    std::cerr << message << "\n";
    if (failure) ++input_failures_;
  }

 public:
  int64_t input_failures() const { return input_failures_; }

 private:
  const Pipeline& pipeline_;
  store::Store& writer_store_;
  store::Store* checker_;
  int jobs_;

  std::mutex mu_;  // the queues and sequence numbers
  std::condition_variable queue_cv_, done_cv_, space_cv_;
  std::deque<Work> queue_;
  std::map<int64_t, Work> done_;
  int64_t next_seq_ = 0, next_write_ = 0;
  int64_t ready_end_ = 0;  // the first sequence number from next_write_ on that is not done
  size_t batch_ = kFirstBatch;
  bool reading_done_ = false, workers_done_ = false;
  bool writer_hungry_ = false;  // the writer waits for any ready document, not for a batch

  std::mutex out_mu_;  // totals and standard error
  Totals totals_;
  int64_t input_failures_ = 0;
  Progress progress_;
};

std::string Seconds(double s) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.1f s", s);
  return buf;
}

int RunIngest(const IngestOptions& o) {
  auto setup_start = Clock::now();
  ingest::ReaderOptions reader_options;
  if (!ReaderOptionsFor("ingest", o.common, o.published, reader_options)) return kExitSetup;
  if (o.jobs < 0) {
    std::cerr << "rasd ingest: -j must be 1 or more (0 = all cores)\n";
    return kExitSetup;
  }
  int jobs = o.jobs > 0 ? o.jobs : static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));

  Result<std::unique_ptr<store::Store>> writer = store::Store::Open(o.db);
  if (!writer.ok()) {
    std::cerr << "rasd ingest: " << o.db << ": " << writer.status().ToString() << "\n";
    return kExitSetup;
  }
  // A second connection for the already-stored check, so the reader never waits for the writer. A
  // store that starts empty needs no check: a document repeated within the inputs is the writer's
  // duplicate all the same, so the check would only hash every document twice and query for it.
  Result<std::unique_ptr<store::Store>> checker = store::Store::Open(o.db);
  store::Store* check_store = checker.ok() ? checker->get() : nullptr;
  if (check_store != nullptr) {
    Result<bool> has_documents = check_store->HasDocuments();
    if (has_documents.ok() && !*has_documents) check_store = nullptr;
  }
  std::optional<Pipeline> pipeline = CreatePipeline("ingest", o.common);
  if (!pipeline) return kExitSetup;

  std::optional<int64_t> total;
  if (::isatty(STDERR_FILENO) == 1) total = CountDocuments(o.inputs);

  auto start = Clock::now();
  ingest::ArticleReader reader(reader_options);
  IngestRun run(*pipeline, **writer, check_store, jobs, total);
  Totals t = run.Run(o.inputs, reader);
  double secs = std::chrono::duration<double>(Clock::now() - start).count();
  double setup_secs = std::chrono::duration<double>(start - setup_start).count();

  std::cerr << "rasd ingest: " << t.read << " documents read: " << t.stored << " stored (" << t.near_duplicates
            << " near-duplicates, " << t.replaced << " replaced), " << t.duplicates << " duplicates, " << t.skipped
            << " skipped (" << t.non_arabic << " not Arabic), " << t.failed << " failed; events: " << t.new_events << " new, "
            << t.merged_events << " merged; " << Seconds(secs) << " after " << Seconds(setup_secs) << " of set-up ("
            << static_cast<int64_t>(secs > 0 ? static_cast<double>(t.read) / secs : 0) << " docs/s, -j" << jobs << ")\n";
  if (t.undated_events > 0) {
    std::cerr << "rasd ingest: note: " << t.undated_documents << " document(s) had no publication date, so "
              << t.undated_events << " event(s) have no day (relative days such as \"أمس\" need one: give "
              << "--published YYYY-MM-DD, or a `published` field)\n";
  }
  int64_t failures = run.input_failures() + t.failed;
  if (failures > 0) std::cerr << "rasd ingest: " << failures << " input(s) failed, see above\n";
  // Everything the run did is in the database: close it, then end the process without freeing what
  // the run kept in memory (the store's merge memory, the dictionaries). The kernel takes those pages
  // back at once; freeing them block by block was 25-30 ms after both corpora, most of what was left
  // of the close once the checkpoints ran beside the ingest.
  if (checker.ok()) checker->reset();
  (*writer)->Close();
  std::exit(failures > 0 ? kExitInputErrors : 0);
}

}  // namespace

void RegisterIngestCommand(CLI::App& app, int* exit_code) {
  auto o = std::make_shared<IngestOptions>();
  CLI::App* cmd = app.add_subcommand("ingest", "extract events from articles into an event database");
  cmd->add_option("--db", o->db, "SQLite file (created when missing) or postgresql:// URL")->required();
  AddCommon(cmd, o->common);
  AddReaderLimits(cmd, o->common);
  cmd->add_option("--published", o->published, "publication date YYYY-MM-DD for articles that give none");
  cmd->add_option("-j,--jobs", o->jobs, "pipeline threads (default: all cores)");
  cmd->add_option("inputs", o->inputs, "article files, folders (read recursively), or - for standard input")
      ->required();
  cmd->callback([o, exit_code] { *exit_code = RunIngest(*o); });
}

}  // namespace rasd::cli
