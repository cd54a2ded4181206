#include "eval/scorer.h"

#include <unicode/normalizer2.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <cmath>
#include <numbers>
#include <cstdio>
#include <tuple>

namespace rasd::eval {
namespace {

// Python `x or None`: a falsy value ("", 0, false, []) counts as absent.
const Value& OrNone(const Value& v) {
  static const Value kNoneValue;
  return PyTruthy(v) ? v : kNoneValue;
}

// Python `x or 0`, for fatalities: absent, null and 0 are the same count.
const Value& OrZero(const Value& v) {
  static const Value kZero = Value::Int(0);
  return PyTruthy(v) ? v : kZero;
}

bool FieldEqual(const Value& p, const Value& g, const char* key) { return PyEqual(p.Get(key), g.Get(key)); }

// Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil).
int DaysFromCivil(int y, int m, int d) {
  y -= m <= 2;
  const int era = (y >= 0 ? y : y - 399) / 400;
  const int yoe = y - era * 400;
  const int doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

void CivilFromDays(int z, int* y, int* m, int* d) {
  z += 719468;
  const int era = (z >= 0 ? z : z - 146096) / 146097;
  const int doe = z - era * 146097;
  const int yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const int doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const int mp = (5 * doy + 2) / 153;
  *d = doy - (153 * mp + 2) / 5 + 1;
  *m = mp + (mp < 10 ? 3 : -9);
  *y = yoe + era * 400 + (*m <= 2);
}

bool IsLeap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

int DaysInMonth(int y, int m) {
  static constexpr int kDays[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return m == 2 && IsLeap(y) ? 29 : kDays[m - 1];
}

// Python weekday (Monday = 0) of a day counted from 1970-01-01, a Thursday.
int PyWeekday(int days) { return ((days + 3) % 7 + 7) % 7; }

// Reads `n` ASCII digits at p (CPython's parse_digits); nullptr when one is not a digit.
const char* ParseDigits(const char* p, const char* end, int* value, int n) {
  for (int i = 0; i < n; ++i, ++p) {
    if (p >= end || *p < '0' || *p > '9') return nullptr;
    *value = *value * 10 + (*p - '0');
  }
  return p;
}

// date.fromisoformat of Python 3.11 (CPython's date_fromisoformat): YYYY-MM-DD, YYYYMMDD, YYYY-Www,
// YYYYWww, YYYY-Www-D, YYYYWwwD, told apart by their byte length (7, 8 or 10) alone.
std::optional<int> FromIsoFormat(std::string_view s) {
  if (s.size() != 7 && s.size() != 8 && s.size() != 10) return std::nullopt;
  const char* p = s.data();
  const char* end = s.data() + s.size();
  int year = 0, month = 0, day = 0;
  p = ParseDigits(p, end, &year, 4);
  if (p == nullptr) return std::nullopt;
  const bool uses_separator = p < end && *p == '-';
  if (uses_separator) ++p;
  if (p < end && *p == 'W') {
    ++p;
    int week = 0, weekday = 0;
    p = ParseDigits(p, end, &week, 2);
    if (p == nullptr) return std::nullopt;
    if (p < end) {
      if (uses_separator && *p++ != '-') return std::nullopt;
      p = ParseDigits(p, end, &weekday, 1);
      if (p == nullptr) return std::nullopt;
    } else {
      weekday = 1;
    }
    const int jan1 = DaysFromCivil(year, 1, 1);
    const int jan1_weekday = PyWeekday(jan1);
    if (week <= 0 || week >= 53) {
      const bool has_week_53 = week == 53 && (jan1_weekday == 3 || (jan1_weekday == 2 && IsLeap(year)));
      if (!has_week_53) return std::nullopt;
    }
    if (weekday <= 0 || weekday >= 8) return std::nullopt;
    int week1_monday = jan1 - jan1_weekday;
    if (jan1_weekday > 3) week1_monday += 7;
    const int days = week1_monday + (week - 1) * 7 + weekday - 1;
    CivilFromDays(days, &year, &month, &day);
    if (year < 1 || year > 9999) return std::nullopt;
    return days;
  }
  p = ParseDigits(p, end, &month, 2);
  if (p == nullptr) return std::nullopt;
  if (uses_separator && (p >= end || *p++ != '-')) return std::nullopt;
  p = ParseDigits(p, end, &day, 2);
  if (p == nullptr) return std::nullopt;
  if (year < 1 || year > 9999 || month < 1 || month > 12 || day < 1 || day > DaysInMonth(year, month)) {
    return std::nullopt;
  }
  return DaysFromCivil(year, month, day);
}

// The first `n` code points of UTF-8 text (Python s[:n]).
std::string_view FirstCodePoints(std::string_view s, int n) {
  const auto* bytes = reinterpret_cast<const uint8_t*>(s.data());
  int32_t i = 0;
  const int32_t length = static_cast<int32_t>(s.size());
  for (int k = 0; k < n && i < length; ++k) U8_FWD_1(bytes, i, length);
  return s.substr(0, static_cast<size_t>(i));
}

bool IsStripped(UChar32 c) { return (c >= 0x064B && c <= 0x065F) || c == 0x0670 || c == 0x0640; }

UChar32 Folded(UChar32 c) {
  switch (c) {
    case 0x0623:  // أ
    case 0x0625:  // إ
    case 0x0622:  // آ
      return 0x0627;  // ا
    case 0x0649: return 0x064A;  // ى -> ي
    case 0x0629: return 0x0647;  // ة -> ه
    default: return c;
  }
}

}  // namespace

void EventSets::Put(std::string id, std::vector<Value> article_events) {
  auto [it, inserted] = index.emplace(id, ids.size());
  if (inserted) {
    ids.push_back(std::move(id));
    events.push_back(std::move(article_events));
  } else {
    events[it->second] = std::move(article_events);
  }
}

const std::vector<Value>& EventSets::Find(const std::string& id) const {
  static const std::vector<Value> kNoEvents;
  auto it = index.find(id);
  return it == index.end() ? kNoEvents : events[it->second];
}

std::string NormPlace(const Value& location) {
  // score.py would fail on a location that is neither text nor empty; here it simply matches nothing.
  if (location.kind != Value::Kind::kString || location.string.empty()) return "";
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfkc = icu::Normalizer2::getNFKCInstance(status);
  icu::UnicodeString text = icu::UnicodeString::fromUTF8(location.string);
  if (U_SUCCESS(status)) {
    icu::UnicodeString normalized = nfkc->normalize(text, status);
    if (U_SUCCESS(status)) text = normalized;
  }
  icu::UnicodeString folded;
  for (int32_t i = 0; i < text.length();) {
    const UChar32 c = text.char32At(i);
    i += U16_LENGTH(c);
    if (!IsStripped(c)) folded.append(Folded(c));
  }
  std::string utf8;
  folded.toUTF8String(utf8);
  std::string_view s = PyStrip(utf8);
  constexpr std::string_view kArticle = "\u0627\u0644";  // ال
  if (s.substr(0, kArticle.size()) == kArticle) s.remove_prefix(kArticle.size());
  return std::string(s);
}

std::optional<int> ParseDay(const Value& date) {
  const std::string text = PyStr(date);
  return FromIsoFormat(FirstCodePoints(text, 10));
}

std::optional<double> Km(const Value& a, const Value& b) {
  const std::optional<double> lat1 = PyFloat(a.Get("lat")), lon1 = PyFloat(a.Get("lon")),
                              lat2 = PyFloat(b.Get("lat")), lon2 = PyFloat(b.Get("lon"));
  if (!lat1 || !lon1 || !lat2 || !lon2) return std::nullopt;
  // Operation for operation as score.py computes it (math.radians is x * (pi / 180)), so that the
  // distances, and hence the closeness order, are the same doubles.
  constexpr double kDegToRad = std::numbers::pi / 180.0;
  const double la1 = *lat1 * kDegToRad, lo1 = *lon1 * kDegToRad, la2 = *lat2 * kDegToRad, lo2 = *lon2 * kDegToRad;
  const double h = std::pow(std::sin((la2 - la1) / 2), 2.0) +
                   std::cos(la1) * std::cos(la2) * std::pow(std::sin((lo2 - lo1) / 2), 2.0);
  return 6371.0 * 2 * std::asin(std::min(1.0, std::sqrt(h)));
}

bool SamePlace(const Value& pred, const Value& gold, double limit_km) {
  if (std::optional<double> d = Km(pred, gold)) return *d <= limit_km;
  const std::string p = NormPlace(pred.Get("location"));
  return !p.empty() && p == NormPlace(gold.Get("location"));
}

bool Compatible(const Value& pred, const Value& gold) {
  if (!FieldEqual(pred, gold, "event_type")) return false;
  const std::optional<int> dp = ParseDay(pred.Get("date")), dg = ParseDay(gold.Get("date"));
  if (dp && dg && std::abs(*dp - *dg) > 1) return false;
  if (dp.has_value() != dg.has_value()) return false;
  return SamePlace(pred, gold, kMatchKm);
}

double Closeness(const Value& pred, const Value& gold) {
  double s = 0.0;
  s += FieldEqual(pred, gold, "sub_event_type");
  s += FieldEqual(pred, gold, "date");
  s += FieldEqual(pred, gold, "actor1");
  s += PyEqual(OrNone(pred.Get("actor2")), OrNone(gold.Get("actor2")));
  s += PyEqual(OrZero(pred.Get("fatalities")), OrZero(gold.Get("fatalities")));
  const std::optional<double> d = Km(pred, gold);
  s += d ? std::max(0.0, 1 - *d / kMatchKm) : 0;
  return s;
}

std::string Brief(const Value& e) {
  return PyStr(e.Get("event_type")) + "/" + PyStr(e.Get("sub_event_type")) + " " + PyStr(e.Get("date")) + " " +
         PyStr(e.Get("actor1")) + "->" + PyStr(e.Get("actor2")) + " @" + PyStr(e.Get("location")) +
         " f=" + PyStr(e.Get("fatalities"));
}

Report Score(const EventSets& gold, const EventSets& pred, std::vector<std::string>* errors) {
  Report r;
  size_t fields[6] = {};
  for (size_t a = 0; a < gold.ids.size(); ++a) {
    const std::string& doc_id = gold.ids[a];
    const std::vector<Value>& gevents = gold.events[a];
    const std::vector<Value>& pevents = pred.Find(doc_id);
    // Every compatible pair, best first; equal closeness goes to the later prediction, then the later
    // gold event (Python's descending sort of (closeness, i, j) tuples).
    std::vector<std::tuple<double, size_t, size_t>> pairs;
    for (size_t i = 0; i < pevents.size(); ++i) {
      for (size_t j = 0; j < gevents.size(); ++j) {
        if (Compatible(pevents[i], gevents[j])) pairs.emplace_back(Closeness(pevents[i], gevents[j]), i, j);
      }
    }
    std::sort(pairs.begin(), pairs.end(), [](const auto& x, const auto& y) { return x > y; });
    std::vector<bool> used_p(pevents.size()), used_g(gevents.size());
    std::vector<std::pair<size_t, size_t>> matched;
    for (const auto& [c, i, j] : pairs) {
      if (used_p[i] || used_g[j]) continue;
      used_p[i] = used_g[j] = true;
      matched.emplace_back(i, j);
    }
    for (const auto& [i, j] : matched) {
      const Value &p = pevents[i], &g = gevents[j];
      if (PyTruthy(g.Get("optional"))) continue;
      ++r.tp;
      fields[0] += FieldEqual(p, g, "sub_event_type");
      fields[1] += FieldEqual(p, g, "date");
      fields[2] += FieldEqual(p, g, "actor1");
      fields[3] += PyEqual(OrNone(p.Get("actor2")), OrNone(g.Get("actor2")));
      fields[4] += PyEqual(OrZero(p.Get("fatalities")), OrZero(g.Get("fatalities")));
      fields[5] += SamePlace(p, g, kPlaceOkKm);
    }
    for (size_t j = 0; j < gevents.size(); ++j) r.fn += !used_g[j] && !PyTruthy(gevents[j].Get("optional"));
    for (size_t i = 0; i < pevents.size(); ++i) r.fp += !used_p[i];
    if (errors == nullptr) continue;
    std::string lines;
    for (size_t j = 0; j < gevents.size(); ++j) {
      if (!used_g[j] && !PyTruthy(gevents[j].Get("optional"))) lines += "\n  FN " + Brief(gevents[j]);
    }
    for (size_t i = 0; i < pevents.size(); ++i) {
      if (!used_p[i]) lines += "\n  FP " + Brief(pevents[i]);
    }
    for (const auto& [i, j] : matched) {
      const Value &p = pevents[i], &g = gevents[j];
      std::string diff;
      for (const char* k : {"sub_event_type", "date", "actor1", "actor2", "fatalities"}) {
        if (!PyEqual(OrNone(p.Get(k)), OrNone(g.Get(k)))) diff += diff.empty() ? k : std::string(",") + k;
      }
      if (!SamePlace(p, g, kPlaceOkKm)) diff += diff.empty() ? "place" : ",place";
      if (!diff.empty() && !PyTruthy(g.Get("optional"))) {
        lines += "\n  ~~ " + diff + " | gold " + Brief(g) + " | pred " + Brief(p);
      }
    }
    if (!lines.empty()) errors->push_back(doc_id + lines);
  }
  r.articles = gold.ids.size();
  r.precision = r.tp + r.fp ? static_cast<double>(r.tp) / static_cast<double>(r.tp + r.fp) : 0.0;
  r.recall = r.tp + r.fn ? static_cast<double>(r.tp) / static_cast<double>(r.tp + r.fn) : 0.0;
  r.f1 = r.precision + r.recall ? 2 * r.precision * r.recall / (r.precision + r.recall) : 0.0;
  for (int k = 0; k < 6; ++k) {
    r.field_accuracy[k] = r.tp ? static_cast<double>(fields[k]) / static_cast<double>(r.tp) : 0.0;
  }
  return r;
}

std::string FormatSummary(const Report& r) {
  char buf[128];
  std::snprintf(buf, sizeof buf, "articles %zu  tp %zu  fp %zu  fn %zu\n", r.articles, r.tp, r.fp, r.fn);
  std::string out = buf;
  for (int k = 0; k < 6; ++k) {
    std::snprintf(buf, sizeof buf, "  %-15s %.3f\n", kFieldNames[k], r.field_accuracy[k]);
    out += buf;
  }
  std::snprintf(buf, sizeof buf, "precision %.3f recall %.3f f1 %.3f\n", r.precision, r.recall, r.f1);
  return out + buf;
}

std::string FormatJson(const Report& r) {
  std::string out = "{\"articles\": " + std::to_string(r.articles) + ", \"tp\": " + std::to_string(r.tp) +
                    ", \"fp\": " + std::to_string(r.fp) + ", \"fn\": " + std::to_string(r.fn) +
                    ", \"precision\": " + PyFloatRepr(r.precision) + ", \"recall\": " + PyFloatRepr(r.recall) +
                    ", \"f1\": " + PyFloatRepr(r.f1) + ", \"field_accuracy\": {";
  for (int k = 0; k < 6; ++k) {
    out += std::string(k ? ", " : "") + "\"" + kFieldNames[k] + "\": " + PyFloatRepr(r.field_accuracy[k]);
  }
  return out + "}}\n";
}

std::string FormatErrors(const std::vector<std::string>& errors) {
  if (errors.empty()) return "";
  std::string out;
  for (const std::string& block : errors) out += block + "\n";
  return out + "\n";
}

}  // namespace rasd::eval
