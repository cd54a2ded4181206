#include "rasd/status.h"

namespace rasd {

std::string Status::ToString() const {
  const char* kind = "OK";
  switch (code_) {
    case Code::kOk: return "OK";
    case Code::kNotFound: kind = "not found"; break;
    case Code::kInvalidArgument: kind = "invalid argument"; break;
    case Code::kCorruption: kind = "corrupt input"; break;
    case Code::kIOError: kind = "I/O error"; break;
    case Code::kUnsupported: kind = "unsupported"; break;
  }
  return std::string(kind) + ": " + msg_;
}

}  // namespace rasd
