// Stage `store`: the SQLite connection (C API, prepared statements cached by SQL text).
#include <sqlite3.h>

#include <condition_variable>
#include <cstdlib>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <thread>
#include <unordered_map>

#include "store/sql.h"

namespace rasd::store {
namespace {

// "$12" (PostgreSQL style) -> "?12" (SQLite's numbered parameter); '$' never occurs in our SQL
// otherwise, and values are never part of the text.
std::string ToSqliteParams(const std::string& sql) {
  std::string out = sql;
  for (size_t i = 0; i + 1 < out.size(); ++i) {
    if (out[i] == '$' && out[i + 1] >= '0' && out[i + 1] <= '9') out[i] = '?';
  }
  return out;
}

constexpr int kOpenFlags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX;

// Copies committed transactions from the write-ahead log into the database file on a thread and a
// connection of its own, so that neither the writer nor the close of the connection does it. A
// checkpoint is mostly waiting for the disk (the log's fdatasync, then the file's). SQLite's
// wal_autocheckpoint runs it in the committing thread, which stalls the writer; the 16,384-page
// autocheckpoint rasd set before (256 MB of 16 KB pages) left any ingest's whole log to the close,
// which copied and synced all of it after the last commit (both corpora: a 74 MB log into a 62 MB
// file, 0.15-0.2 s after the last commit). The thread and its connection start with the first
// checkpoint asked for, so readers and small writers never have one. PASSIVE waits for nobody: it
// copies what no reader still needs and leaves the rest to the next one. Durability is SQLite's own:
// the log is synced before any page is copied and the file after, and a checkpoint cut short anywhere
// is redone from the log, which keeps every frame until a transaction after a complete checkpoint
// starts it again.
class BackgroundCheckpointer {
 public:
  explicit BackgroundCheckpointer(std::string path) : path_(std::move(path)) {}
  ~BackgroundCheckpointer() {
    {
      std::lock_guard lock(mu_);
      stop_ = true;
    }
    cv_.notify_one();
    if (thread_.joinable()) thread_.join();
  }

  // Asks for a checkpoint; requests that come while one runs make one more after it.
  void Request() {
    {
      std::lock_guard lock(mu_);
      requested_ = true;
      if (!thread_.joinable()) thread_ = std::thread([this] { Loop(); });
    }
    cv_.notify_one();
  }

 private:
  void Loop() {
    sqlite3* db = nullptr;
    if (sqlite3_open_v2(path_.c_str(), &db, kOpenFlags, nullptr) == SQLITE_OK) {
      // A first read opens the log (a new connection does not know the file is in WAL mode before).
      sqlite3_exec(db, "PRAGMA schema_version", nullptr, nullptr, nullptr);
    }
    std::unique_lock lock(mu_);
    while (true) {
      cv_.wait(lock, [this] { return requested_ || stop_; });
      if (stop_) break;
      requested_ = false;
      lock.unlock();
      // Failures change nothing: the frames stay in the log for the next checkpoint or the close.
      if (db != nullptr) sqlite3_wal_checkpoint_v2(db, nullptr, SQLITE_CHECKPOINT_PASSIVE, nullptr, nullptr);
      lock.lock();
    }
    sqlite3_close_v2(db);
  }

  std::string path_;
  std::mutex mu_;
  std::condition_variable cv_;
  bool requested_ = false, stop_ = false;
  std::thread thread_;
};

class SqliteConnection final : public SqlConnection {
 public:
  SqliteConnection(sqlite3* db, std::string path) : db_(db), path_(std::move(path)) {}
  ~SqliteConnection() override {
    // The helper's connection closes first, so this one is the last and its close checkpoints what
    // is left and removes the log.
    checkpointer_.reset();
    for (auto& [sql, stmt] : stmts_) sqlite3_finalize(stmt);
    sqlite3_close_v2(db_);
  }

  // After each commit SQLite reports the frames in the log; past kCheckpointFrames the helper
  // checkpoints (this replaces SQLite's own wal_autocheckpoint, which would checkpoint here). A
  // database without a file (in memory, temporary) has no log to checkpoint.
  void CheckpointInBackground() {
    const char* file = sqlite3_db_filename(db_, "main");
    if (file == nullptr || *file == '\0') return;
    checkpointer_.emplace(file);
    sqlite3_wal_hook(db_, &OnCommit, this);
  }

  Dialect dialect() const override { return Dialect::kSqlite; }

  Status ExecScript(const std::string& sql) override {
    char* err = nullptr;
    int rc = sqlite3_exec(db_, sql.c_str(), nullptr, nullptr, &err);
    if (rc != SQLITE_OK) {
      std::string msg = err ? err : sqlite3_errstr(rc);
      sqlite3_free(err);
      return Error(rc, msg);
    }
    return Status::OK();
  }

  Result<Rows> Query(const std::string& sql, const std::vector<Value>& params) override {
    Rows rows;
    Status s = Run(sql, params, [&](sqlite3_stmt* stmt) {
      int n = sqlite3_column_count(stmt);
      Row row;
      row.cells.reserve(n);
      for (int c = 0; c < n; ++c) {
        switch (sqlite3_column_type(stmt, c)) {
          case SQLITE_NULL: row.cells.emplace_back(); break;
          case SQLITE_INTEGER: row.cells.emplace_back(int64_t{sqlite3_column_int64(stmt, c)}); break;
          case SQLITE_FLOAT: row.cells.emplace_back(sqlite3_column_double(stmt, c)); break;
          default: {
            const unsigned char* t = sqlite3_column_text(stmt, c);
            int len = sqlite3_column_bytes(stmt, c);
            row.cells.emplace_back(std::string(reinterpret_cast<const char*>(t), len));
          }
        }
      }
      rows.push_back(std::move(row));
      return Status::OK();
    });
    if (!s.ok()) return s;
    return rows;
  }

  Status ForEachRow(const std::string& sql, const std::vector<Value>& params,
                    const std::function<Status(const RowView&)>& fn) override {
    return Run(sql, params, [&](sqlite3_stmt* stmt) { return fn(StmtRow(stmt)); });
  }

  Result<int64_t> InsertReturningId(const std::string& sql, const std::vector<Value>& params) override {
    Result<Rows> rows = Query(sql, params);
    if (!rows.ok()) return rows.status();
    return int64_t{sqlite3_last_insert_rowid(db_)};
  }

  Status Begin() override { return ExecScript("BEGIN IMMEDIATE"); }
  Status Commit() override { return ExecScript("COMMIT"); }
  void Rollback() override {
    if (!sqlite3_get_autocommit(db_)) sqlite3_exec(db_, "ROLLBACK", nullptr, nullptr, nullptr);
  }

 private:
  // The current row of a statement, read through the column accessors (no copies).
  class StmtRow final : public RowView {
   public:
    explicit StmtRow(sqlite3_stmt* s) : s_(s) {}
    bool IsNull(size_t i) const override { return sqlite3_column_type(s_, static_cast<int>(i)) == SQLITE_NULL; }
    // A REAL cell converts as static_cast does (toward zero; SQLite clamps what is out of range),
    // text as strtoll would: one call per cell, without asking the type first.
    int64_t Int(size_t i) const override { return sqlite3_column_int64(s_, static_cast<int>(i)); }
    double Real(size_t i) const override { return sqlite3_column_double(s_, static_cast<int>(i)); }
    std::string_view Text(size_t i) const override {
      int c = static_cast<int>(i);
      const unsigned char* t = sqlite3_column_text(s_, c);  // NULL for NULL; numbers as SQLite writes them
      if (!t) return {};
      return {reinterpret_cast<const char*>(t), static_cast<size_t>(sqlite3_column_bytes(s_, c))};
    }

   private:
    sqlite3_stmt* s_;
  };

  // Prepares (once) and runs `sql` with `params`, calling `on_row` on each row.
  template <typename OnRow>
  Status Run(const std::string& sql, const std::vector<Value>& params, OnRow on_row) {
    sqlite3_stmt* stmt = nullptr;
    auto it = stmts_.find(sql);
    if (it != stmts_.end()) {
      stmt = it->second;
    } else {
      std::string text = ToSqliteParams(sql);
      int rc = sqlite3_prepare_v3(db_, text.c_str(), static_cast<int>(text.size()),
                                  SQLITE_PREPARE_PERSISTENT, &stmt, nullptr);
      if (rc != SQLITE_OK) return Error(rc, sqlite3_errmsg(db_));
      stmts_.emplace(sql, stmt);
    }
    // Clears bindings and the previous run whatever happens below.
    struct Reset {
      sqlite3_stmt* s;
      ~Reset() {
        sqlite3_reset(s);
        sqlite3_clear_bindings(s);
      }
    } reset{stmt};
    for (size_t i = 0; i < params.size(); ++i) {
      int idx = static_cast<int>(i) + 1;
      int rc = SQLITE_OK;
      const Value& v = params[i];
      if (std::holds_alternative<std::monostate>(v)) {
        rc = sqlite3_bind_null(stmt, idx);
      } else if (auto* n = std::get_if<int64_t>(&v)) {
        rc = sqlite3_bind_int64(stmt, idx, *n);
      } else if (auto* d = std::get_if<double>(&v)) {
        rc = sqlite3_bind_double(stmt, idx, *d);
      } else {
        auto* owned = std::get_if<std::string>(&v);
        std::string_view s = owned ? std::string_view(*owned) : std::get<std::string_view>(v);
        rc = sqlite3_bind_text(stmt, idx, s.data(), static_cast<int>(s.size()), SQLITE_STATIC);
      }
      if (rc != SQLITE_OK) return Error(rc, sqlite3_errmsg(db_));
    }
    for (;;) {
      int rc = sqlite3_step(stmt);
      if (rc == SQLITE_DONE) break;
      if (rc != SQLITE_ROW) return Error(rc, sqlite3_errmsg(db_));
      Status s = on_row(stmt);
      if (!s.ok()) return s;
    }
    return Status::OK();
  }

  Status Error(int rc, const std::string& msg) const {
    std::string full = path_ + ": " + msg;
    switch (rc & 0xff) {
      case SQLITE_NOTADB:
      case SQLITE_CORRUPT: return Status::Corruption(full + " (not a rasd database, or damaged)");
      case SQLITE_CANTOPEN:
      case SQLITE_IOERR:
      case SQLITE_READONLY:
      case SQLITE_PERM:
      case SQLITE_FULL:
      case SQLITE_BUSY:
      case SQLITE_LOCKED: return Status::IOError(full);
      default: return Status::InvalidArgument(full);
    }
  }

  // 4 MB of 16 KB pages (1 MB in a database made with 4 KB pages), about SQLite's default. An ingest
  // commits batches of up to 2,048 documents, so it asks about once a batch: every page a batch
  // changes is copied once per batch (both corpora: 5,482 page copies, where one checkpoint at the
  // close copied 3,779), on the helper's thread, and the log starts again after each.
  static constexpr int kCheckpointFrames = 256;
  static int OnCommit(void* self, sqlite3*, const char*, int frames) {
    if (frames >= kCheckpointFrames) static_cast<SqliteConnection*>(self)->checkpointer_->Request();
    return SQLITE_OK;
  }

  sqlite3* db_;
  std::string path_;
  std::optional<BackgroundCheckpointer> checkpointer_;
  std::unordered_map<std::string, sqlite3_stmt*> stmts_;
};

}  // namespace

Result<std::unique_ptr<SqlConnection>> OpenSqlite(const std::string& path) {
  // Before the library's first use in the process (it returns SQLITE_MISUSE, changing nothing, if
  // something opened a database first): no memory statistics, which rasd never reads and which cost a
  // global mutex on every allocation SQLite makes (a tenth of the writer's instructions in an ingest).
  static std::once_flag configured;
  std::call_once(configured, [] { sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0); });
  sqlite3* db = nullptr;
  int rc = sqlite3_open_v2(path.c_str(), &db, kOpenFlags, nullptr);
  if (rc != SQLITE_OK) {
    std::string msg = db ? sqlite3_errmsg(db) : sqlite3_errstr(rc);
    sqlite3_close_v2(db);
    return Status::IOError(path + ": cannot open database: " + msg);
  }
  sqlite3_extended_result_codes(db, 0);
  auto conn = std::make_unique<SqliteConnection>(db, path);
  // WAL: readers run beside one writer and a killed process never leaves a half-written
  // transaction. synchronous=NORMAL in WAL mode keeps the file consistent after any crash; a power
  // cut may lose the last transactions (re-ingesting restores them, ingest is idempotent).
  // The first statement that reads the file is what detects a file that is not a database.
  Status s = conn->ExecScript(
      "PRAGMA busy_timeout = 10000;"
      // 16 KB pages for a new database (an existing one keeps its own): every commit writes each page
      // it changed to the WAL with a system call or two, and an ingest's changes (ten event indexes,
      // the reports, the documents' text) are spread over many pages. Both corpora -j1: the writer
      // thread 0.89 -> 0.72 CPU s (user + sys) against 4 KB, the file 5 % smaller; 32 and 64 KB
      // measured no better.
      "PRAGMA page_size = 16384;"
      "PRAGMA journal_mode = WAL;"
      "PRAGMA synchronous = NORMAL;"
      "PRAGMA foreign_keys = ON;"
      "PRAGMA cache_size = -65536;"
      "PRAGMA temp_store = MEMORY;"
      // Reads through a memory map (SQLite caps it at its compile-time maximum, 2 GB in Debian):
      // no read() copy per page, which showed as a third of the CPU time of a 1M-event ingest.
      "PRAGMA mmap_size = 4294967296;");
  if (!s.ok()) return s;
  conn->CheckpointInBackground();
  return std::unique_ptr<SqlConnection>(std::move(conn));
}

// The fallback streaming query: the rows collected by Query, each seen through a RowView.
Status SqlConnection::ForEachRow(const std::string& sql, const std::vector<Value>& params,
                                 const std::function<Status(const RowView&)>& fn) {
  Result<Rows> rows = Query(sql, params);
  if (!rows.ok()) return rows.status();
  struct Cells final : RowView {
    const Row* r = nullptr;
    bool IsNull(size_t i) const override { return r->IsNull(i); }
    int64_t Int(size_t i) const override { return r->Int(i); }
    double Real(size_t i) const override { return r->Real(i); }
    std::string_view Text(size_t i) const override {
      if (auto* s = std::get_if<std::string>(&r->cells[i])) return *s;
      return {};  // the store reads only its text columns as text
    }
  } view;
  for (const Row& r : *rows) {
    view.r = &r;
    Status s = fn(view);
    if (!s.ok()) return s;
  }
  return Status::OK();
}

// Row accessors shared by both backends (PostgreSQL cells arrive as text).
int64_t Row::Int(size_t i) const {
  const Value& v = cells[i];
  if (auto* n = std::get_if<int64_t>(&v)) return *n;
  if (auto* d = std::get_if<double>(&v)) return static_cast<int64_t>(*d);
  if (auto* s = std::get_if<std::string>(&v)) return std::strtoll(s->c_str(), nullptr, 10);
  return 0;
}

double Row::Real(size_t i) const {
  const Value& v = cells[i];
  if (auto* d = std::get_if<double>(&v)) return *d;
  if (auto* n = std::get_if<int64_t>(&v)) return static_cast<double>(*n);
  if (auto* s = std::get_if<std::string>(&v)) return std::strtod(s->c_str(), nullptr);
  return 0;
}

std::string Row::Text(size_t i) const {
  const Value& v = cells[i];
  if (auto* s = std::get_if<std::string>(&v)) return *s;
  if (auto* n = std::get_if<int64_t>(&v)) return std::to_string(*n);
  if (auto* d = std::get_if<double>(&v)) return std::to_string(*d);
  return {};
}

}  // namespace rasd::store
