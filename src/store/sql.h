// Stage `store` internals: the small SQL connection interface both backends implement, so the
// schema logic, the merge rules and the queries are written once (store_impl.cc).
//
// SQL is written in PostgreSQL's placeholder style ($1, $2, ...); the SQLite connection rewrites
// `$N` to SQLite's `?N`. Values are always bound as parameters, never spliced into SQL text.
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "rasd/status.h"

namespace rasd::store {

// A bound parameter or a result cell: NULL, integer, real or text. A parameter may also be a
// string_view of text that outlives the statement's run (a document's text, an event's fields),
// bound without a copy; result cells are never views.
using Value = std::variant<std::monostate, int64_t, double, std::string, std::string_view>;

inline Value Opt(const std::optional<int64_t>& v) { return v ? Value(*v) : Value(); }
inline Value Opt(const std::optional<double>& v) { return v ? Value(*v) : Value(); }

// One result row. PostgreSQL delivers text cells, SQLite typed ones; the accessors convert.
struct Row {
  std::vector<Value> cells;
  bool IsNull(size_t i) const { return std::holds_alternative<std::monostate>(cells[i]); }
  int64_t Int(size_t i) const;
  double Real(size_t i) const;
  std::string Text(size_t i) const;
  // Text(i), moving a text cell out instead of copying it (the cell is left empty).
  std::string TakeText(size_t i) {
    if (auto* s = std::get_if<std::string>(&cells[i])) return std::move(*s);
    return Text(i);
  }
  std::optional<int64_t> OptInt(size_t i) const {
    return IsNull(i) ? std::nullopt : std::optional<int64_t>(Int(i));
  }
  std::optional<double> OptReal(size_t i) const {
    return IsNull(i) ? std::nullopt : std::optional<double>(Real(i));
  }
};
using Rows = std::vector<Row>;

// A result row read where it lies, valid only during the ForEachRow callback that receives it: no
// cell is copied. The accessors convert as Row's do.
class RowView {
 public:
  virtual bool IsNull(size_t i) const = 0;
  virtual int64_t Int(size_t i) const = 0;
  virtual double Real(size_t i) const = 0;
  virtual std::string_view Text(size_t i) const = 0;  // "" for NULL; numbers as Row::Text gives them
  std::optional<int64_t> OptInt(size_t i) const { return IsNull(i) ? std::nullopt : std::optional<int64_t>(Int(i)); }
  std::optional<double> OptReal(size_t i) const { return IsNull(i) ? std::nullopt : std::optional<double>(Real(i)); }

 protected:
  ~RowView() = default;
};

enum class Dialect { kSqlite, kPostgres };

// One database connection, used by one thread at a time.
class SqlConnection {
 public:
  virtual ~SqlConnection() = default;
  virtual Dialect dialect() const = 0;
  // Runs statements without parameters (schema DDL); several may be separated by ';'.
  virtual Status ExecScript(const std::string& sql) = 0;
  // Runs one statement with bound parameters; statements are prepared once and cached by text.
  virtual Result<Rows> Query(const std::string& sql, const std::vector<Value>& params) = 0;
  // The same, each row handed to `fn` as it is read instead of collected (what a whole-database
  // export reads: no per-cell copies or allocations). `fn` must not run another query; an error it
  // returns stops the query and is returned. The default collects the rows with Query.
  virtual Status ForEachRow(const std::string& sql, const std::vector<Value>& params,
                            const std::function<Status(const RowView&)>& fn);
  // Runs an INSERT of one row into a table keyed by `id` and returns the new row's id: PostgreSQL
  // appends RETURNING id; SQLite reads the rowid it assigned, because its RETURNING buffers the
  // output through a temporary table on every call.
  virtual Result<int64_t> InsertReturningId(const std::string& sql, const std::vector<Value>& params) = 0;
  // A write transaction. Writers are serialized (SQLite BEGIN IMMEDIATE, a PostgreSQL advisory
  // lock) so merging is deterministic for the order in which transactions commit.
  virtual Status Begin() = 0;
  virtual Status Commit() = 0;
  virtual void Rollback() = 0;
};

Result<std::unique_ptr<SqlConnection>> OpenSqlite(const std::string& path);
Result<std::unique_ptr<SqlConnection>> OpenPostgres(const std::string& url);

}  // namespace rasd::store
