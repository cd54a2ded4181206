#include "eval/loader.h"

#include <simdjson.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <memory>

namespace rasd::eval {
namespace {

Value FromJson(simdjson::dom::element e) {
  Value v;
  switch (e.type()) {
    case simdjson::dom::element_type::ARRAY:
      v.kind = Value::Kind::kArray;
      for (simdjson::dom::element item : simdjson::dom::array(e)) v.items.push_back(FromJson(item));
      break;
    case simdjson::dom::element_type::OBJECT:
      v.kind = Value::Kind::kObject;
      for (simdjson::dom::key_value_pair field : simdjson::dom::object(e)) {
        std::string key(field.key);
        Value value = FromJson(field.value);
        // A repeated key: the last value wins, at the first one's place, as in a Python dict.
        if (const Value* old = v.Find(key)) {
          v.values[static_cast<size_t>(old - v.values.data())] = std::move(value);
        } else {
          v.keys.push_back(std::move(key));
          v.values.push_back(std::move(value));
        }
      }
      break;
    case simdjson::dom::element_type::INT64: v = Value::Int(int64_t(e)); break;
    case simdjson::dom::element_type::UINT64:  // above INT64_MAX: kept as a float, exact enough here
      v = Value::Float(static_cast<double>(uint64_t(e)));
      break;
    case simdjson::dom::element_type::DOUBLE: v = Value::Float(double(e)); break;
    case simdjson::dom::element_type::STRING: v = Value::String(std::string(std::string_view(e))); break;
    case simdjson::dom::element_type::BOOL: v = Value::Bool(bool(e)); break;
    case simdjson::dom::element_type::NULL_VALUE: break;
  }
  return v;
}

Status LineError(const std::string& name, size_t line, const std::string& what) {
  return Status::InvalidArgument(name + ":" + std::to_string(line) + ": " + what);
}

}  // namespace

Result<EventSets> ParseEventSets(std::string_view text, const std::string& name) {
  EventSets sets;
  simdjson::dom::parser parser;
  size_t line_number = 0;
  size_t pos = 0;
  while (pos < text.size()) {
    size_t end = text.find_first_of("\r\n", pos);
    if (end == std::string_view::npos) end = text.size();
    std::string_view line = PyStrip(text.substr(pos, end - pos));
    pos = end;
    if (pos < text.size()) pos += text.compare(pos, 2, "\r\n") == 0 ? 2 : 1;
    ++line_number;
    if (line.empty()) continue;

    simdjson::dom::element root;
    if (auto error = parser.parse(simdjson::padded_string(line)).get(root)) {
      return LineError(name, line_number, std::string("not JSON: ") + simdjson::error_message(error));
    }
    if (!root.is_object()) return LineError(name, line_number, "not a JSON object");
    Value article = FromJson(root);
    const Value& events = article.Get("events");
    std::vector<Value> article_events;
    if (PyTruthy(events)) {  // score.py: obj.get("events") or []
      if (events.kind != Value::Kind::kArray) return LineError(name, line_number, "\"events\" is not a list");
      for (size_t i = 0; i < events.items.size(); ++i) {
        if (events.items[i].kind != Value::Kind::kObject) {
          return LineError(name, line_number, "event " + std::to_string(i + 1) + " is not a JSON object");
        }
      }
      article_events = events.items;
    }
    sets.Put(PyStr(article.Get("id")), std::move(article_events));
  }
  return sets;
}

Result<EventSets> LoadEventSets(const std::string& path) {
  // stdio rather than ifstream: reading a directory is an error to report, not an exception.
  std::unique_ptr<FILE, int (*)(FILE*)> file(std::fopen(path.c_str(), "rb"), &std::fclose);
  if (file == nullptr) return Status::IOError(path + ": cannot be read: " + std::strerror(errno));
  std::string text;
  char buf[1 << 16];
  size_t n;
  while ((n = std::fread(buf, 1, sizeof buf, file.get())) > 0) text.append(buf, n);
  if (std::ferror(file.get())) return Status::IOError(path + ": cannot be read: " + std::strerror(errno));
  return ParseEventSets(text, path);
}

}  // namespace rasd::eval
