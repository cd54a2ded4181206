// Stage `store`: the PostgreSQL connection through libpqxx (prepared statements, named by a
// counter and cached by SQL text; parameters travel as text and the server infers their types).
#include <pqxx/pqxx>

#include <cstdio>
#include <memory>
#include <string>
#include <unordered_map>

#include "store/sql.h"

namespace rasd::store {
namespace {

// A lock number all rasd writers take for their transaction: writes are serialized so merging
// is deterministic in commit order (SQLite gets the same from BEGIN IMMEDIATE).
constexpr int64_t kWriterLock = 0x72617364;  // "rasd"

// The URL without its password, for messages.
std::string Redacted(const std::string& url) {
  size_t scheme = url.find("://");
  size_t at = url.find('@');
  if (scheme == std::string::npos || at == std::string::npos) return url;
  size_t colon = url.find(':', scheme + 3);
  if (colon == std::string::npos || colon > at) return url;
  return url.substr(0, colon) + ":***" + url.substr(at);
}

class PgConnection final : public SqlConnection {
 public:
  PgConnection(std::unique_ptr<pqxx::connection> conn, std::string url)
      : conn_(std::move(conn)), url_(std::move(url)) {}
  ~PgConnection() override {
    txn_.reset();  // aborts an open transaction
  }

  Dialect dialect() const override { return Dialect::kPostgres; }

  Status ExecScript(const std::string& sql) override {
    try {
      if (txn_) {
        txn_->exec(sql);
      } else {
        pqxx::nontransaction nt(*conn_);
        nt.exec(sql);
      }
      return Status::OK();
    } catch (const std::exception& e) {
      return Error(e);
    }
  }

  Result<Rows> Query(const std::string& sql, const std::vector<Value>& params) override {
    try {
      auto it = prepared_.find(sql);
      if (it == prepared_.end()) {
        std::string name = "s" + std::to_string(prepared_.size());
        conn_->prepare(name, sql);
        it = prepared_.emplace(sql, name).first;
      }
      std::vector<std::string> text(params.size());
      std::vector<const char*> ptrs(params.size(), nullptr);
      for (size_t i = 0; i < params.size(); ++i) {
        const Value& v = params[i];
        if (std::holds_alternative<std::monostate>(v)) continue;
        if (auto* n = std::get_if<int64_t>(&v)) {
          text[i] = std::to_string(*n);
        } else if (auto* d = std::get_if<double>(&v)) {
          char buf[40];
          std::snprintf(buf, sizeof buf, "%.17g", *d);
          text[i] = buf;
        } else if (auto* owned = std::get_if<std::string>(&v)) {
          text[i] = *owned;
        } else {
          text[i] = std::get<std::string_view>(v);
        }
        ptrs[i] = text[i].c_str();
      }
      pqxx::result r;
      if (txn_) {
        r = txn_->exec_prepared(it->second, pqxx::prepare::make_dynamic_params(ptrs));
      } else {
        pqxx::nontransaction nt(*conn_);
        r = nt.exec_prepared(it->second, pqxx::prepare::make_dynamic_params(ptrs));
      }
      Rows rows;
      rows.reserve(r.size());
      for (const auto& pr : r) {
        Row row;
        row.cells.reserve(pr.size());
        for (const auto& f : pr) {
          if (f.is_null()) row.cells.emplace_back();
          else row.cells.emplace_back(std::string(f.c_str(), f.size()));
        }
        rows.push_back(std::move(row));
      }
      return rows;
    } catch (const std::exception& e) {
      return Error(e);
    }
  }

  Result<int64_t> InsertReturningId(const std::string& sql, const std::vector<Value>& params) override {
    Result<Rows> rows = Query(sql + " RETURNING id", params);
    if (!rows.ok()) return rows.status();
    if (rows->empty()) return Status::InvalidArgument(Redacted(url_) + ": INSERT returned no id");
    return rows->front().Int(0);
  }

  Status Begin() override {
    try {
      txn_ = std::make_unique<pqxx::work>(*conn_);
      txn_->exec("SELECT pg_advisory_xact_lock(" + std::to_string(kWriterLock) + ")");
      return Status::OK();
    } catch (const std::exception& e) {
      txn_.reset();
      return Error(e);
    }
  }

  Status Commit() override {
    try {
      txn_->commit();
      txn_.reset();
      return Status::OK();
    } catch (const std::exception& e) {
      txn_.reset();
      return Error(e);
    }
  }

  void Rollback() override {
    try {
      if (txn_) txn_->abort();
    } catch (...) {
    }
    txn_.reset();
  }

 private:
  Status Error(const std::exception& e) const {
    std::string msg = Redacted(url_) + ": " + e.what();
    while (!msg.empty() && (msg.back() == '\n' || msg.back() == ' ')) msg.pop_back();
    if (dynamic_cast<const pqxx::broken_connection*>(&e)) return Status::IOError(msg);
    return Status::InvalidArgument(msg);
  }

  std::unique_ptr<pqxx::connection> conn_;
  std::string url_;
  std::unique_ptr<pqxx::work> txn_;
  std::unordered_map<std::string, std::string> prepared_;
};

}  // namespace

Result<std::unique_ptr<SqlConnection>> OpenPostgres(const std::string& url) {
  try {
    auto conn = std::make_unique<pqxx::connection>(url);
    auto pg = std::make_unique<PgConnection>(std::move(conn), url);
    // Quiet NOTICEs; the schema is created by the store in the current schema.
    Status s = pg->ExecScript("SET client_min_messages = WARNING");
    if (!s.ok()) return s;
    return std::unique_ptr<SqlConnection>(std::move(pg));
  } catch (const std::exception& e) {
    std::string msg = e.what();
    while (!msg.empty() && msg.back() == '\n') msg.pop_back();
    return Status::IOError(Redacted(url) + ": cannot connect to PostgreSQL: " + msg);
  }
}

}  // namespace rasd::store
