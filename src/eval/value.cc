#include "eval/value.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <cstdlib>

namespace rasd::eval {
namespace {

bool IsNumeric(const Value& v) {
  return v.kind == Value::Kind::kBool || v.kind == Value::Kind::kInt || v.kind == Value::Kind::kFloat;
}

bool IsIntegral(const Value& v) { return v.kind == Value::Kind::kBool || v.kind == Value::Kind::kInt; }

int64_t AsInt(const Value& v) { return v.kind == Value::Kind::kBool ? (v.boolean ? 1 : 0) : v.integer; }

double AsDouble(const Value& v) { return v.kind == Value::Kind::kFloat ? v.number : static_cast<double>(AsInt(v)); }

// The code points str.isspace() accepts (bidirectional class WS, B or S, or category Zs).
bool IsPySpace(UChar32 c) {
  return (c >= 0x09 && c <= 0x0D) || (c >= 0x1C && c <= 0x20) || c == 0x85 || c == 0xA0 || c == 0x1680 ||
         (c >= 0x2000 && c <= 0x200A) || c == 0x2028 || c == 0x2029 || c == 0x202F || c == 0x205F || c == 0x3000;
}

// str.isprintable(): everything but the categories Cc, Cf, Cs, Co, Cn, Zl, Zp and Zs (space excepted).
bool IsPyPrintable(UChar32 c) {
  if (c == ' ') return true;
  switch (u_charType(c)) {
    case U_CONTROL_CHAR:
    case U_FORMAT_CHAR:
    case U_SURROGATE:
    case U_PRIVATE_USE_CHAR:
    case U_UNASSIGNED:
    case U_LINE_SEPARATOR:
    case U_PARAGRAPH_SEPARATOR:
    case U_SPACE_SEPARATOR: return false;
    default: return true;
  }
}

// repr() of a string, as it appears inside a list or dict printed with str().
std::string PyReprString(const std::string& s) {
  const bool has_single = s.find('\'') != std::string::npos, has_double = s.find('"') != std::string::npos;
  const char quote = has_single && !has_double ? '"' : '\'';
  std::string out(1, quote);
  const auto* bytes = reinterpret_cast<const uint8_t*>(s.data());
  const int32_t length = static_cast<int32_t>(s.size());
  for (int32_t i = 0; i < length;) {
    const int32_t start = i;
    UChar32 c;
    U8_NEXT(bytes, i, length, c);
    char buf[16];
    if (c == quote || c == '\\') {
      out += '\\';
      out += static_cast<char>(c);
    } else if (c == '\t') {
      out += "\\t";
    } else if (c == '\n') {
      out += "\\n";
    } else if (c == '\r') {
      out += "\\r";
    } else if (c < 0) {
      out += "\\ufffd";  // not UTF-8: cannot come from a file json.loads read
    } else if (c < 0x7F && c >= 0x20) {
      out += static_cast<char>(c);
    } else if (!IsPyPrintable(c)) {
      std::snprintf(buf, sizeof buf, c <= 0xFF ? "\\x%02x" : c <= 0xFFFF ? "\\u%04x" : "\\U%08x",
                    static_cast<unsigned>(c));
      out += buf;
    } else {
      out.append(s, static_cast<size_t>(start), static_cast<size_t>(i - start));
    }
  }
  return out + quote;
}

std::string PyRepr(const Value& v) { return v.kind == Value::Kind::kString ? PyReprString(v.string) : PyStr(v); }

}  // namespace

const Value* Value::Find(std::string_view key) const {
  for (size_t i = 0; i < keys.size(); ++i) {
    if (keys[i] == key) return &values[i];
  }
  return nullptr;
}

const Value& Value::Get(std::string_view key) const {
  static const Value kNoneValue;
  const Value* v = Find(key);
  return v != nullptr ? *v : kNoneValue;
}

Value Value::String(std::string s) {
  Value v;
  v.kind = Kind::kString;
  v.string = std::move(s);
  return v;
}

Value Value::Int(int64_t i) {
  Value v;
  v.kind = Kind::kInt;
  v.integer = i;
  return v;
}

Value Value::Float(double d) {
  Value v;
  v.kind = Kind::kFloat;
  v.number = d;
  return v;
}

Value Value::Bool(bool b) {
  Value v;
  v.kind = Kind::kBool;
  v.boolean = b;
  return v;
}

bool PyEqual(const Value& a, const Value& b) {
  if (IsNumeric(a) && IsNumeric(b)) {
    if (IsIntegral(a) && IsIntegral(b)) return AsInt(a) == AsInt(b);
    return AsDouble(a) == AsDouble(b);
  }
  if (a.kind != b.kind) return false;
  switch (a.kind) {
    case Value::Kind::kNone: return true;
    case Value::Kind::kString: return a.string == b.string;
    case Value::Kind::kArray:
      if (a.items.size() != b.items.size()) return false;
      for (size_t i = 0; i < a.items.size(); ++i) {
        if (!PyEqual(a.items[i], b.items[i])) return false;
      }
      return true;
    case Value::Kind::kObject:  // dicts: the same keys with equal values, in any order
      if (a.keys.size() != b.keys.size()) return false;
      for (size_t i = 0; i < a.keys.size(); ++i) {
        const Value* other = b.Find(a.keys[i]);
        if (other == nullptr || !PyEqual(a.values[i], *other)) return false;
      }
      return true;
    default: return false;  // numeric kinds handled above
  }
}

bool PyTruthy(const Value& v) {
  switch (v.kind) {
    case Value::Kind::kNone: return false;
    case Value::Kind::kBool: return v.boolean;
    case Value::Kind::kInt: return v.integer != 0;
    case Value::Kind::kFloat: return v.number != 0;
    case Value::Kind::kString: return !v.string.empty();
    case Value::Kind::kArray: return !v.items.empty();
    case Value::Kind::kObject: return !v.keys.empty();
  }
  return false;
}

std::string PyFloatRepr(double d) {
  if (std::isnan(d)) return "nan";
  if (std::isinf(d)) return d < 0 ? "-inf" : "inf";
  // The shortest round-trip digits (what repr() uses), laid out by Python's rule: scientific when the
  // decimal exponent is below -4 or at least 16, otherwise positional with at least one decimal.
  char buf[64];
  auto res = std::to_chars(buf, buf + sizeof buf, d, std::chars_format::scientific);
  std::string sci(buf, res.ptr);
  std::string sign;
  if (sci[0] == '-') {
    sign = "-";
    sci.erase(0, 1);
  }
  const size_t e_pos = sci.find('e');
  std::string digits = sci.substr(0, e_pos);
  if (digits.size() > 1) digits.erase(1, 1);  // the '.'
  const int exponent = std::atoi(sci.c_str() + e_pos + 1);
  if (exponent < -4 || exponent >= 16) {
    std::string mantissa = digits.substr(0, 1);
    if (digits.size() > 1) mantissa.append(".").append(digits, 1, std::string::npos);
    std::snprintf(buf, sizeof buf, "e%c%02d", exponent < 0 ? '-' : '+', std::abs(exponent));
    return sign + mantissa + buf;
  }
  const size_t decpt = static_cast<size_t>(std::max(exponent + 1, 0));  // digits before the point
  std::string out = sign;
  if (exponent + 1 <= 0) {
    out.append("0.").append(static_cast<size_t>(-(exponent + 1)), '0').append(digits);
  } else if (decpt >= digits.size()) {
    out.append(digits).append(decpt - digits.size(), '0').append(".0");
  } else {
    out.append(digits, 0, decpt).append(".").append(digits, decpt, std::string::npos);
  }
  return out;
}

std::string PyStr(const Value& v) {
  switch (v.kind) {
    case Value::Kind::kNone: return "None";
    case Value::Kind::kBool: return v.boolean ? "True" : "False";
    case Value::Kind::kInt: return std::to_string(v.integer);
    case Value::Kind::kFloat: return PyFloatRepr(v.number);
    case Value::Kind::kString: return v.string;
    case Value::Kind::kArray: {
      std::string out = "[";
      for (size_t i = 0; i < v.items.size(); ++i) out += (i ? ", " : "") + PyRepr(v.items[i]);
      return out + "]";
    }
    case Value::Kind::kObject: {
      std::string out = "{";
      for (size_t i = 0; i < v.keys.size(); ++i) {
        out += (i ? ", " : "") + PyReprString(v.keys[i]) + ": " + PyRepr(v.values[i]);
      }
      return out + "}";
    }
  }
  return "";
}

std::string_view PyStrip(std::string_view s) {
  const auto* bytes = reinterpret_cast<const uint8_t*>(s.data());
  int32_t begin = 0, end = static_cast<int32_t>(s.size());
  while (begin < end) {
    int32_t next = begin;
    UChar32 c;
    U8_NEXT(bytes, next, end, c);
    if (!IsPySpace(c)) break;
    begin = next;
  }
  while (end > begin) {
    int32_t prev = end;
    UChar32 c;
    U8_PREV(bytes, begin, prev, c);
    if (!IsPySpace(c)) break;
    end = prev;
  }
  return s.substr(static_cast<size_t>(begin), static_cast<size_t>(end - begin));
}

std::optional<double> PyFloat(const Value& v) {
  switch (v.kind) {
    case Value::Kind::kBool:
    case Value::Kind::kInt:
    case Value::Kind::kFloat: return AsDouble(v);
    case Value::Kind::kString: break;
    default: return std::nullopt;  // TypeError
  }
  // float("33.5"), float(" 1_000 "), float("inf"): ASCII decimal text with underscores between digits.
  std::string_view text = PyStrip(v.string);
  std::string clean;
  for (size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (c == '_') {
      const auto is_digit = [](char d) { return d >= '0' && d <= '9'; };
      const bool between_digits = i > 0 && i + 1 < text.size() && is_digit(text[i - 1]) && is_digit(text[i + 1]);
      if (!between_digits) return std::nullopt;
      continue;
    }
    // strtod also reads hexadecimal and "nan(...)", which Python refuses.
    if (c == 'x' || c == 'X' || c == 'p' || c == 'P' || c == '(' || static_cast<unsigned char>(c) >= 0x80) {
      return std::nullopt;
    }
    clean += c;
  }
  if (clean.empty()) return std::nullopt;
  char* end = nullptr;
  const double d = std::strtod(clean.c_str(), &end);
  if (end != clean.c_str() + clean.size()) return std::nullopt;
  return d;
}

}  // namespace rasd::eval
