// Errors as values across the library boundary.
//
//   rasd::Status s = reader.Open(path);
//   if (!s.ok()) std::cerr << s.ToString() << "\n";
//
//   rasd::Result<Gazetteer> g = Gazetteer::Load(dir);
//   if (!g.ok()) return g.status();
//   Gazetteer& gaz = *g;
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <variant>

namespace rasd {

class Status {
 public:
  enum class Code {
    kOk = 0,
    kNotFound,         // a file, directory or dictionary entry that should exist does not
    kInvalidArgument,  // a caller-supplied value (option, date, path) is malformed
    kCorruption,       // input bytes are not what their format promises (bad UTF-8, bad JSON)
    kIOError,          // the operating system refused a read or write
    kUnsupported,      // a well-formed input the program does not handle (binary file, unknown extension)
  };

  Status() = default;
  static Status OK() { return Status(); }
  static Status NotFound(std::string_view msg) { return Status(Code::kNotFound, msg); }
  static Status InvalidArgument(std::string_view msg) { return Status(Code::kInvalidArgument, msg); }
  static Status Corruption(std::string_view msg) { return Status(Code::kCorruption, msg); }
  static Status IOError(std::string_view msg) { return Status(Code::kIOError, msg); }
  static Status Unsupported(std::string_view msg) { return Status(Code::kUnsupported, msg); }

  bool ok() const { return code_ == Code::kOk; }
  Code code() const { return code_; }
  const std::string& message() const { return msg_; }
  std::string ToString() const;

 private:
  Status(Code code, std::string_view msg) : code_(code), msg_(msg) {}
  Code code_ = Code::kOk;
  std::string msg_;
};

// A value or the Status explaining why there is none.
template <typename T>
class Result {
 public:
  Result(T value) : v_(std::move(value)) {}          // NOLINT: implicit by design
  Result(Status status) : v_(std::move(status)) {}   // NOLINT: implicit by design

  bool ok() const { return std::holds_alternative<T>(v_); }
  const Status& status() const {
    static const Status kOk;
    return ok() ? kOk : std::get<Status>(v_);
  }
  T& value() & { return std::get<T>(v_); }
  const T& value() const& { return std::get<T>(v_); }
  T&& value() && { return std::get<T>(std::move(v_)); }
  T& operator*() & { return value(); }
  const T& operator*() const& { return value(); }
  T* operator->() { return &value(); }
  const T* operator->() const { return &value(); }

 private:
  std::variant<T, Status> v_;
};

}  // namespace rasd
