// Stage `eval`: a JSON value that compares, tests and prints the way Python does, so that `rasd eval`
// scores exactly as the reference scorer (/work/shared/data/gold/score.py, which works on the values
// json.loads returns): 1 == 1.0 == true, None/null and a missing key are alike, str(None) is "None".
//
//   const Value& t = event.Get("event_type");        // kNone when absent
//   PyEqual(t, other.Get("event_type"));              // Python ==
//   PyStr(event.Get("fatalities"));                   // Python str(), as "%s" prints it
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rasd::eval {

struct Value {
  enum class Kind { kNone, kBool, kInt, kFloat, kString, kArray, kObject };
  Kind kind = Kind::kNone;
  bool boolean = false;
  int64_t integer = 0;
  double number = 0;
  std::string string;
  std::vector<Value> items;                             // kArray
  // kObject: keys[i] names values[i], in the order of the text. Two vectors rather than pairs,
  // since std::pair cannot hold the still incomplete Value.
  std::vector<std::string> keys;
  std::vector<Value> values;

  // The member `key` of an object; a None value when absent or when this is not an object (dict.get).
  const Value& Get(std::string_view key) const;
  // The member `key` of an object; nullptr when absent or when this is not an object.
  const Value* Find(std::string_view key) const;
  bool IsNone() const { return kind == Kind::kNone; }

  static Value String(std::string s);
  static Value Int(int64_t i);
  static Value Float(double d);
  static Value Bool(bool b);
};

// Python `a == b` on the values json.loads gives (bool and numbers compare by value).
bool PyEqual(const Value& a, const Value& b);
// Python `bool(v)`: None, false, 0, "", [] and {} are false.
bool PyTruthy(const Value& v);
// Python `str(v)` ("%s"): None, True, 3, 2.5, the string itself, ['a', 1], {'k': None}.
std::string PyStr(const Value& v);
// Python `float(v)`; nullopt where Python raises TypeError or ValueError.
std::optional<double> PyFloat(const Value& v);
// Python `repr(d)` of a float: the shortest text that reads back to d ("0.1", "1e-05", "2.0").
std::string PyFloatRepr(double d);
// Python `s.strip()`: removes the characters str.isspace() accepts from both ends of UTF-8 text.
std::string_view PyStrip(std::string_view s);

}  // namespace rasd::eval
