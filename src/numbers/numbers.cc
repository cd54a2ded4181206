// How a count is read: one dictionary lookup per token (phrase_table.h) finds number words and
// qualifiers; a small recursive-descent reader joins the words of one number ("خمسة وعشرون", "ثلاثة
// آلاف وخمسمئة"); Annotate then keeps a reading only when its neighbours make it a count of people
// rather than a date, a clock time, a measure or an identifier.
#include "numbers/numbers.h"

#include <cmath>
#include <utility>

#include "numbers/phrase_table.h"

namespace rasd::numbers {
namespace {

// What a dictionary phrase can be; one phrase may be several ("عام" before a year and after an age).
enum Role : uint32_t {
  kUnit = 1u << 0,
  kUnitWeak = 1u << 1,
  kTeenHead = 1u << 2,
  kTen = 1u << 3,
  kTens = 1u << 4,
  kHundred = 1u << 5,
  kScale = 1u << 6,
  kScalePlural = 1u << 7,
  kScaleDual = 1u << 8,
  kVague = 1u << 9,
  kOrdinal = 1u << 10,
  kApprox = 1u << 11,
  kAtLeast = 1u << 12,
  kAtMost = 1u << 13,
  kApproxAfter = 1u << 14,
  kAtLeastAfter = 1u << 15,
  kCountNoun = 1u << 16,
  kNotCountAfter = 1u << 17,
  kNotCountBefore = 1u << 18,
  kMonth = 1u << 19,
};

struct Kind {
  std::string_view name;  // as written in numbers.tsv (documented there)
  uint32_t role;
  bool has_value;
};
constexpr Kind kKinds[] = {
    {"unit", kUnit, true},
    {"unit_weak", kUnitWeak, true},
    {"teen_head", kTeenHead, true},
    {"ten", kTen, true},
    {"tens", kTens, true},
    {"hundred", kHundred, true},
    {"scale", kScale, true},
    {"scale_plural", kScalePlural, true},
    {"scale_dual", kScaleDual, true},
    {"vague", kVague, true},
    {"ordinal", kOrdinal, true},
    {"approx", kApprox, false},
    {"at_least", kAtLeast, false},
    {"at_most", kAtMost, false},
    {"approx_after", kApproxAfter, false},
    {"at_least_after", kAtLeastAfter, false},
    {"count_noun", kCountNoun, false},
    {"not_count_after", kNotCountAfter, false},
    {"not_count_before", kNotCountBefore, false},
};

constexpr uint32_t kUnitRoles = kUnit | kUnitWeak;
constexpr uint32_t kRestRoles = kUnitRoles | kTeenHead | kTen | kTens;
constexpr uint32_t kCardinalRoles = kRestRoles | kHundred | kScale | kScalePlural | kScaleDual;
constexpr uint32_t kStartRoles = kCardinalRoles | kVague | kOrdinal;
constexpr uint32_t kMultiplierRoles = kScale | kScalePlural;
constexpr uint32_t kQualifierRoles = kApprox | kAtLeast | kAtMost;

struct NumberWord {
  uint32_t roles = 0;
  int64_t value = 0;
  bool has_value = false;
};

using Table = PhraseTable<NumberWord>;
using Hit = PhraseHit<NumberWord>;

constexpr std::string_view kWawLetter = "\xD9\x88";  // و, "and", which joins the parts of a number
constexpr std::string_view kMin = "\xD9\x85\xD9\x86";  // من, as in "12 من آذار"
constexpr std::string_view kToday = "\xD8\xA7\xD9\x84\xD9\x8A\xD9\x88\xD9\x85";  // اليوم

// Which proclitic a word may carry where it stands.
enum class Clitic {
  kNone,       // continuation words: "عشر" in "خمسة عشر", "آلاف" in "ثلاثة آلاف"
  kWaw,        // the joined part of a number: "وعشرون"
  kNoArticle,  // qualifiers, measure words: "وحوالي"
  kAny,        // first words: "بعشرات", "العشرات", "الثالث"
};

// ك ("like") and the future س do not go on counts, and their stems are too often number words by
// accident: "كميات" (quantities) is not ك + مئات.
bool HasForeignClitic(std::string_view prefix) {
  for (size_t i = 0; i + 2 <= prefix.size(); i += 2) {
    const std::string_view letter = prefix.substr(i, 2);
    if (letter == "\xD9\x83" /* ك */ || letter == "\xD8\xB3" /* س */) return true;
  }
  return false;
}

bool CliticAllowed(const Hit& h, Clitic c) {
  switch (c) {
    case Clitic::kNone: return h.prefix.empty();
    case Clitic::kWaw: return h.prefix == kWawLetter;
    case Clitic::kNoArticle: return !h.article && !HasForeignClitic(h.prefix);
    case Clitic::kAny: return !HasForeignClitic(h.prefix);
  }
  return false;
}

// "38", "1,200" (groups of three after the first), "2.5". Not "12,5" or "12.3.2019".
struct DigitValue {
  double value = 0;
  bool plain = true;  // digits only
  size_t length = 0;
};
std::optional<DigitValue> ParseDigits(std::string_view s) {
  DigitValue d;
  d.length = s.size();
  int64_t integer = 0;
  size_t group = 0;       // digits since the last separator
  size_t commas = 0;
  size_t dot = std::string_view::npos;
  for (size_t i = 0; i < s.size(); ++i) {
    const char c = s[i];
    if (c >= '0' && c <= '9') {
      if (dot == std::string_view::npos) {
        if (integer > 100'000'000'000'000) return std::nullopt;
        integer = integer * 10 + (c - '0');
      }
      ++group;
      continue;
    }
    d.plain = false;
    if (c == ',' && dot == std::string_view::npos && (commas > 0 ? group == 3 : group <= 3)) {
      ++commas;
    } else if (c == '.' && dot == std::string_view::npos && commas == 0) {
      dot = i;
    } else {
      return std::nullopt;
    }
    group = 0;
  }
  if (commas > 0 && group != 3) return std::nullopt;
  d.value = static_cast<double>(integer);
  if (dot != std::string_view::npos) {
    double scale = 0.1;
    for (size_t i = dot + 1; i < s.size(); ++i, scale /= 10) d.value += (s[i] - '0') * scale;
  }
  return d;
}

// A number as read, with what the context rules of Annotate need beyond the public Reading.
struct Parsed {
  NumberParser::Reading r;
  bool weak = false;       // a lone "واحد"
  bool year_like = false;  // four plain digits from 1900 to 2100
};

// Reads numbers in one document; cheap to construct, so one per Annotate/Read call.
class Reader {
 public:
  Reader(const Table& table, const Document& doc) : table_(table), doc_(doc) {}

  std::optional<Hit> Word(uint32_t tok, uint32_t roles, Clitic clitic) const {
    if (tok >= doc_.tokens.size()) return std::nullopt;
    return table_.ForEachMatch(doc_, tok, [&](const Hit& h) {
      return (h.entry->roles & roles) != 0 && CliticAllowed(h, clitic);
    });
  }

  std::optional<Hit> Qualifier(uint32_t tok) const { return Word(tok, kQualifierRoles, Clitic::kNoArticle); }

  static int32_t QualifierFlags(const Hit& q) {
    const uint32_t roles = q.entry->roles;
    return (roles & kApprox) ? kNumberApprox : (roles & kAtLeast) ? kNumberAtLeast : kNumberAtMost;
  }

  // An optional qualifier, then a number. One lookup finds either at `tok`.
  std::optional<Parsed> ReadQualified(uint32_t tok) const {
    if (tok >= doc_.tokens.size()) return std::nullopt;
    if (doc_.tokens[tok].kind == TokenKind::kNumber) return ReadDigits(tok);
    std::optional<Hit> first = table_.ForEachMatch(doc_, tok, [&](const Hit& h) {
      const uint32_t roles = h.entry->roles;
      if (HasForeignClitic(h.prefix)) return false;
      return (roles & kStartRoles) != 0 || ((roles & kQualifierRoles) != 0 && !h.article);
    });
    if (!first) return std::nullopt;
    if ((first->entry->roles & kStartRoles) == 0) {
      std::optional<Parsed> p = ReadNumber(first->tok_end);
      if (!p || p->r.ordinal) return std::nullopt;
      p->r.flags |= QualifierFlags(*first);
      p->r.tok_begin = first->tok_begin;
      p->r.begin = first->begin;
      return p;
    }
    return ReadWords(*first);
  }

  std::optional<Parsed> ReadNumber(uint32_t tok) const {
    if (tok >= doc_.tokens.size()) return std::nullopt;
    const Token& t = doc_.tokens[tok];
    if (t.kind == TokenKind::kNumber) return ReadDigits(tok);
    if (t.kind != TokenKind::kArabic) return std::nullopt;
    std::optional<Hit> first = Word(tok, kStartRoles, Clitic::kAny);
    if (!first) return std::nullopt;
    return ReadWords(*first);
  }

 private:
  // A number whose first word is `first`.
  std::optional<Parsed> ReadWords(const Hit& first) const {
    const uint32_t tok = first.tok_begin;
    Parsed p;
    p.r.tok_begin = tok;
    p.r.begin = first.begin;
    p.r.article = first.article;
    const NumberWord& w = *first.entry;
    uint32_t pos = first.tok_end;
    if (w.roles & kOrdinal) {
      p.r.ordinal = true;
      p.r.value = w.value + TeenOrTens(pos);
    } else if (w.roles & (kVague | kScalePlural)) {
      // "عشرات", "عدة", and "آلاف" alone; "عشرات الآلاف" multiplies, the article allowed there.
      p.r.flags = kNumberVague;
      p.r.value = w.value;
      if (w.roles & kVague) {
        if (std::optional<Hit> s = Word(pos, kMultiplierRoles, Clitic::kAny)) {
          p.r.value *= s->entry->value;
          pos = s->tok_end;
        }
      }
    } else if ((w.roles & kTens) && first.article) {
      p.r.ordinal = true;  // "العشرين": the twentieth (of a month, of a century)
      p.r.value = w.value;
    } else {
      std::optional<int64_t> v = ReadCardinal(first, pos, p.weak);
      if (!v) return std::nullopt;
      p.r.value = *v;
    }
    p.r.tok_end = pos;
    p.r.end = doc_.tokens[pos - 1].end;
    return p;
  }

  std::optional<Parsed> ReadDigits(uint32_t tok) const {
    const Token& t = doc_.tokens[tok];
    std::optional<DigitValue> d = ParseDigits(doc_.NormView(t));
    if (!d) return std::nullopt;
    Parsed p;
    p.r.digits = true;
    p.r.tok_begin = tok;
    p.r.begin = t.begin;
    p.r.article = ArticleBefore(tok);
    uint32_t pos = tok + 1;
    double value = d->value;
    const bool scaled = [&] {
      std::optional<Hit> s = Word(pos, kMultiplierRoles, Clitic::kNone);
      if (!s) return false;
      value *= static_cast<double>(s->entry->value);
      pos = s->tok_end;
      return true;
    }();
    const double rounded = std::round(value);
    if (std::fabs(value - rounded) > 1e-6) return std::nullopt;  // "2.5" alone is no count of people
    // "100000000000000 مليار" does not fit an int64 (converting it would be undefined): no count.
    if (!(rounded < 9.0e18)) return std::nullopt;
    p.r.value = static_cast<int64_t>(rounded);
    p.year_like = !scaled && d->plain && d->length == 4 && p.r.value >= 1900 && p.r.value <= 2100;
    p.r.tok_end = pos;
    p.r.end = doc_.tokens[pos - 1].end;
    return p;
  }

  // "الـ24", "بالـ3", "الـ 24": the article written before digits.
  bool ArticleBefore(uint32_t tok) const {
    if (tok == 0) return false;
    const Token& prev = doc_.tokens[tok - 1];
    if (prev.kind != TokenKind::kArabic) return false;
    const std::string_view w = doc_.NormView(prev);
    if (IsBareArticle(w)) return true;
    return prev.end == doc_.tokens[tok].begin &&
           (w.ends_with("\xD8\xA7\xD9\x84") /* ال */ || w.ends_with("\xD9\x84\xD9\x84") /* لل */);
  }

  // After an ordinal: "عشر" (the thirteenth) or "والعشرين" (the twenty-first). Advances `pos`.
  int64_t TeenOrTens(uint32_t& pos) const {
    if (std::optional<Hit> ten = Word(pos, kTen, Clitic::kNone)) {
      pos = ten->tok_end;
      return 10;
    }
    if (std::optional<Hit> tens = Word(pos, kTens, Clitic::kAny)) {
      if (tens->prefix.starts_with(kWawLetter)) {
        pos = tens->tok_end;
        return tens->entry->value;
      }
    }
    return 0;
  }

  // A cardinal starting with the word `first`: a group below a thousand, a multiplier, and what is
  // joined after it with و ("ثلاثة آلاف وخمسمئة"). Advances `pos`.
  std::optional<int64_t> ReadCardinal(const Hit& first, uint32_t& pos, bool& weak) const {
    const NumberWord& w = *first.entry;
    if (w.roles & (kScale | kScaleDual)) {  // "ألف", "ألفين" and "ألف ومئتان"
      return w.value + JoinedGroup(pos);
    }
    std::optional<int64_t> group = Group(first, pos, weak);
    if (!group) return std::nullopt;
    int64_t value = *group;
    if (std::optional<Hit> s = Word(pos, kMultiplierRoles, Clitic::kNone)) {
      value *= s->entry->value;
      pos = s->tok_end;
      weak = false;
      value += JoinedGroup(pos);
    }
    return value;
  }

  // Below a thousand: "مئة وخمسون", "ثلاث مئة", "خمسة وعشرون", "أحد عشر", "سبعة".
  std::optional<int64_t> Group(const Hit& first, uint32_t& pos, bool& weak) const {
    if (first.entry->roles & kHundred) {
      pos = first.tok_end;
      return first.entry->value + JoinedRest(pos);
    }
    bool single_unit = false;
    std::optional<int64_t> rest = Rest(first, pos, single_unit);
    if (!rest) return std::nullopt;
    if (single_unit) {
      std::optional<Hit> h = Word(pos, kHundred, Clitic::kNone);
      if (h && h->entry->value == 100) {
        pos = h->tok_end;
        return *rest * 100 + JoinedRest(pos);
      }
      weak = (first.entry->roles & kUnit) == 0;
    }
    return rest;
  }

  // Below a hundred: a unit, a unit + عشر, a unit + و tens, a teen head + عشر, tens, or عشرة.
  std::optional<int64_t> Rest(const Hit& first, uint32_t& pos, bool& single_unit) const {
    const NumberWord& w = *first.entry;
    pos = first.tok_end;
    if (w.roles & kUnitRoles) {
      if (std::optional<Hit> ten = Word(pos, kTen, Clitic::kNone)) {
        pos = ten->tok_end;
        return w.value + 10;
      }
      if (std::optional<Hit> tens = Word(pos, kTens, Clitic::kWaw)) {
        pos = tens->tok_end;
        return w.value + tens->entry->value;
      }
      single_unit = true;
      return w.value;
    }
    if (w.roles & kTeenHead) {
      std::optional<Hit> ten = Word(pos, kTen, Clitic::kNone);
      if (!ten) return std::nullopt;
      pos = ten->tok_end;
      return w.value + 10;
    }
    if (w.roles & (kTens | kTen)) return w.value;
    return std::nullopt;
  }

  // "و" + a part below a hundred, or 0.
  int64_t JoinedRest(uint32_t& pos) const {
    std::optional<Hit> h = Word(pos, kRestRoles, Clitic::kWaw);
    if (!h) return 0;
    bool single_unit = false;
    uint32_t after = pos;
    std::optional<int64_t> v = Rest(*h, after, single_unit);
    if (!v) return 0;
    pos = after;
    return *v;
  }

  // "و" + a part below a thousand, or 0.
  int64_t JoinedGroup(uint32_t& pos) const {
    std::optional<Hit> h = Word(pos, kRestRoles | kHundred, Clitic::kWaw);
    if (!h) return 0;
    bool weak = false;
    uint32_t after = pos;
    std::optional<int64_t> v = Group(*h, after, weak);
    if (!v) return 0;
    pos = after;
    return *v;
  }

  const Table& table_;
  const Document& doc_;
};

}  // namespace

struct NumberParser::Impl {
  Table words;

  // Decides whether a reading is a count of people from its neighbours; may widen a digit range.
  bool IsCount(const Document& doc, const Reader& reader, Parsed& p) const {
    NumberParser::Reading& r = p.r;
    if (r.ordinal) return false;
    // The article makes a number a name ("الـ24 ساعة", "الثلاثة" as in "the three"), except for the
    // vague plurals that take it in running text ("العشرات", "الآلاف").
    if (r.article && (r.flags & kNumberVague) == 0) return false;
    const uint32_t sentence_end = doc.sentences[doc.tokens[r.tok_begin].sentence].end_token;
    if (r.digits && r.tok_end == r.tok_begin + 1) {
      const uint32_t t = r.tok_begin;
      // Clock times, dates and fractions: "10:30", "12/3/2019", "F-16", the second half of "2018-2019";
      // and a number in quotes, or closing them, names something: قسم "12", "ميركافا 4".
      if (t > 0 && IsPunctOneOf(doc, t - 1, ":/-.\"") && Glued(doc, t - 1, t)) return false;
      if (IsPunctOneOf(doc, t + 1, ":/\"") && Glued(doc, t, t + 1)) return false;
      // "10-15": a range, read as its lower end.
      if (IsPunctOneOf(doc, t + 1, "-") && Glued(doc, t, t + 1) && Glued(doc, t + 1, t + 2) &&
          doc.tokens[t + 2].kind == TokenKind::kNumber) {
        std::optional<DigitValue> hi = ParseDigits(doc.NormView(doc.tokens[t + 2]));
        if (!hi || p.year_like) return false;
        r.value = std::min<int64_t>(r.value, static_cast<int64_t>(hi->value));
        r.flags |= kNumberApprox;
        r.tok_end = t + 3;
        r.end = doc.tokens[t + 2].end;
      }
    }
    const uint32_t next = r.tok_end;
    if (next < sentence_end) {
      // ("قتل العشرات اليوم الأربعاء": "اليوم" after a count is "today", not ال + the measure "يوم".)
      if (reader.Word(next, kNotCountAfter | kMonth, Clitic::kAny) && doc.NormView(doc.tokens[next]) != kToday) {
        return false;
      }
      if (doc.NormView(doc.tokens[next]) == kMin && reader.Word(next + 1, kMonth, Clitic::kNone)) {
        return false;
      }
    }
    const uint32_t sentence_begin = doc.sentences[doc.tokens[r.tok_begin].sentence].first_token;
    const bool has_prev = r.tok_begin > sentence_begin;
    if (has_prev && reader.Word(r.tok_begin - 1, kNotCountBefore | kMonth, Clitic::kAny)) return false;
    if (p.year_like) {
      return next < sentence_end && reader.Word(next, kCountNoun, Clitic::kAny).has_value();
    }
    if (p.weak) return has_prev && reader.Word(r.tok_begin - 1, kCountNoun, Clitic::kAny).has_value();
    return true;
  }
};

NumberParser::NumberParser() : impl_(std::make_unique<Impl>()) {}
NumberParser::NumberParser(NumberParser&&) noexcept = default;
NumberParser& NumberParser::operator=(NumberParser&&) noexcept = default;
NumberParser::~NumberParser() = default;

Result<NumberParser> NumberParser::Load(const std::string& dict_dir) {
  NumberParser parser;
  Table& words = parser.impl_->words;
  Status s = ReadTsv(dict_dir + "/numbers.tsv", [&](const TsvRow& row) -> Status {
    if (row.fields.size() < 2 || row.fields[0].empty()) {
      return Status::Corruption(row.Where() + "expected: phrase, kind, value");
    }
    const Kind* kind = nullptr;
    for (const Kind& k : kKinds) {
      if (k.name == row.fields[1]) kind = &k;
    }
    if (kind == nullptr) return Status::Corruption(row.Where() + "unknown kind " + std::string(row.fields[1]));
    NumberWord& w = words.Upsert(row.fields[0]);
    w.roles |= kind->role;
    if (!kind->has_value) return Status::OK();
    int64_t value = 0;
    if (row.fields.size() < 3 || !ParseInt64(row.fields[2], value) || value <= 0) {
      return Status::Corruption(row.Where() + "a positive value is required for " + std::string(kind->name));
    }
    if (w.has_value && w.value != value) {
      return Status::Corruption(row.Where() + "conflicting values for " + std::string(row.fields[0]));
    }
    w.value = value;
    w.has_value = true;
    return Status::OK();
  });
  if (!s.ok()) return s;
  s = ReadTsv(dict_dir + "/months.tsv", [&](const TsvRow& row) -> Status {
    if (row.fields[0].empty()) return Status::Corruption(row.Where() + "empty month name");
    words.Upsert(row.fields[0]).roles |= kMonth;
    return Status::OK();
  });
  if (!s.ok()) return s;
  words.Finish(kStartRoles | kQualifierRoles);
  return parser;
}

bool NumberParser::MayStartNumber(const Document& doc, uint32_t tok) const {
  if (tok >= doc.tokens.size()) return false;
  if (doc.tokens[tok].kind == TokenKind::kNumber) return true;
  return impl_->words.RolesAt(doc, tok) != 0;
}

void NumberParser::Annotate(Document& doc) const {
  const Reader reader(impl_->words, doc);
  const uint32_t n = static_cast<uint32_t>(doc.tokens.size());
  for (uint32_t i = 0; i < n;) {
    std::optional<Parsed> p;
    if (MayStartNumber(doc, i)) p = reader.ReadQualified(i);
    if (!p) {
      ++i;
      continue;
    }
    i = p->r.tok_end;  // a rejected reading is skipped whole: "الثالث عشر", "ثلاثة أيام"
    if (!impl_->IsCount(doc, reader, *p)) continue;
    Reading& r = p->r;
    if (std::optional<Hit> q = reader.Word(r.tok_end, kApproxAfter | kAtLeastAfter, Clitic::kNone)) {
      r.flags |= (q->entry->roles & kAtLeastAfter) ? kNumberAtLeast : kNumberApprox;
      r.tok_end = q->tok_end;
      r.end = q->end;
    }
    i = r.tok_end;
    Mention m;
    m.kind = MentionKind::kNumber;
    m.tok_begin = r.tok_begin;
    m.tok_end = r.tok_end;
    m.begin = r.begin;
    m.end = r.end;
    m.value = r.value;
    m.aux = r.flags;
    doc.mentions.push_back(m);
  }
}

std::optional<int64_t> NumberParser::WordValue(std::string_view normalized_word) const {
  const NumberWord* w = impl_->words.Lookup(normalized_word);
  if (w == nullptr || (w->roles & (kCardinalRoles | kVague)) == 0) return std::nullopt;
  return w->value;
}

std::optional<NumberParser::Qualifier> NumberParser::ReadQualifier(const Document& doc, uint32_t tok) const {
  std::optional<Hit> q = Reader(impl_->words, doc).Qualifier(tok);
  if (!q) return std::nullopt;
  return Qualifier{q->tok_end, Reader::QualifierFlags(*q)};
}

std::optional<NumberParser::Reading> NumberParser::Read(const Document& doc, uint32_t tok) const {
  std::optional<Parsed> p = Reader(impl_->words, doc).ReadQualified(tok);
  if (!p) return std::nullopt;
  return p->r;
}

}  // namespace rasd::numbers
