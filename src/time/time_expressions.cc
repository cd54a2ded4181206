// How a time expression is read: at each token, modifiers ("منذ", "مطلع", "ليلة", "يوم") are taken
// one at a time until a head follows (a date, "أمس", a weekday, "الشهر الماضي", a duration after
// "قبل"); heads are tried before modifiers at every position so that a longer phrase ("مطلع الأسبوع")
// wins over its first word. Words come from one phrase table (time_words.tsv + months.tsv); numbers
// ("ثلاثة أيام", "الحادي والعشرين") from the numbers stage's reader.
#include "time/time_expressions.h"

#include <unicode/calendar.h>
#include <unicode/locid.h>
#include <unicode/timezone.h>

#include <cmath>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "numbers/numbers.h"
#include "numbers/phrase_table.h"
#include "text/normalizer.h"
#include "text/tokenizer.h"
#include "text/word_set.h"

namespace rasd::time {
namespace {

using numbers::Glued;
using numbers::IsPunctOneOf;
using numbers::PhraseHit;
using numbers::PhraseTable;
using numbers::ReadTsv;
using numbers::TsvRow;

enum Role : uint32_t {
  kToday = 1u << 0,
  kRelative = 1u << 1,
  kDaypart = 1u << 2,
  kLate = 1u << 3,
  kDayFiller = 1u << 4,
  kWeekday = 1u << 5,
  kPast = 1u << 6,
  kFuture = 1u << 7,
  kAgo = 1u << 8,
  kAnchor = 1u << 9,
  kDuration = 1u << 10,
  kMonthRel = 1u << 11,
  kYearRel = 1u << 12,
  kMonthPart = 1u << 13,
  kYearWord = 1u << 14,
  kAdverb = 1u << 15,
  kOf = 1u << 16,
  kTo = 1u << 17,
  kAgreeing = 1u << 18,
  kMonthContext = 1u << 19,
  kTodayVetoNext = 1u << 20,
  kTodayVetoPrev = 1u << 21,
  kWeekdayVetoNext = 1u << 22,
  kWeekdayVetoPrev = 1u << 23,
  kMonth = 1u << 24,
  kDateVetoPrev = 1u << 25,
  kIgnore = 1u << 26,
  kHijriMonth = 1u << 27,     // months.tsv rows of system "hijri"
  kMonthBare = 1u << 28,      // "الشهر" after مطلع/منتصف/أواخر: the current month
  kDatelineLabel = 1u << 29,  // "نشر في", "تاريخ النشر": a line that dates the article itself
  kSpanLead = 1u << 30,       // "على مدى", "خلال", "استمر" before a number of days: a period
  kContext = 1u << 31,        // a word read around an expression, never in it: value says which (below)
};

// The values of kContext words (the roles are all taken; these words are only looked at, never read).
enum ContextWord : int32_t {
  kOngoing = 1, kReportVerb = 2, kComplementizer = 3, kDateLead = 4, kClock = 5, kClockZone = 6
};

struct Kind {
  std::string_view name;  // as written in time_words.tsv (documented there)
  uint32_t role;
  int values;  // how many integer columns the kind needs
  int32_t fixed = 0;  // the value a kind of no columns gives its words (kContext), 0 = none
};
constexpr Kind kKinds[] = {
    {"today", kToday, 0},
    {"relative", kRelative, 2},
    {"daypart", kDaypart, 1},
    {"late", kLate, 0},
    {"day_filler", kDayFiller, 0},
    {"weekday", kWeekday, 1},
    {"past", kPast, 0},
    {"future", kFuture, 0},
    {"ago", kAgo, 1},
    {"anchor", kAnchor, 0},
    {"duration", kDuration, 2},
    {"month_rel", kMonthRel, 1},
    {"year_rel", kYearRel, 1},
    {"month_part", kMonthPart, 1},
    {"year_word", kYearWord, 0},
    {"adverb", kAdverb, 0},
    {"of", kOf, 0},
    {"to", kTo, 0},
    {"agreeing", kAgreeing, 0},
    {"month_context", kMonthContext, 0},
    {"today_veto_next", kTodayVetoNext, 0},
    {"today_veto_prev", kTodayVetoPrev, 0},
    {"weekday_veto_next", kWeekdayVetoNext, 0},
    {"weekday_veto_prev", kWeekdayVetoPrev, 0},
    {"date_veto_prev", kDateVetoPrev, 0},
    {"ignore", kIgnore, 0},
    {"month_bare", kMonthBare, 0},
    {"dateline_label", kDatelineLabel, 0},
    {"span_lead", kSpanLead, 1},
    {"ongoing", kContext, 0, kOngoing},
    {"report_verb", kContext, 0, kReportVerb},
    {"complementizer", kContext, 0, kComplementizer},
    {"date_lead", kContext, 0, kDateLead},
    {"clock", kContext, 0, kClock},
    {"clock_zone", kContext, 0, kClockZone},
};

constexpr uint32_t kModifierRoles = kAgo | kMonthPart | kLate | kDaypart | kDayFiller;
constexpr uint32_t kHeadRoles =
    kToday | kRelative | kWeekday | kMonthRel | kYearRel | kYearWord | kFuture | kIgnore;
// What the first word of an expression can be (ordinal days come from the numbers stage's words).
constexpr uint32_t kStartRoles = kModifierRoles | kHeadRoles | kMonth | kHijriMonth | kSpanLead;

struct TimeWord {
  uint32_t roles = 0;
  int32_t value = 0;
  int32_t arg = 0;
  int values = 0;  // how many of value, arg are set
};

using Table = PhraseTable<TimeWord>;
using Hit = PhraseHit<TimeWord>;

// Units, and the conventions of resolution against the publication date.
constexpr int kHoursPerDay = 24;
constexpr int kHoursPerWeek = 7 * kHoursPerDay;
constexpr int kHoursPerMonth = 30 * kHoursPerDay;
constexpr int kMidMonth = 15;         // ACLED codes a month-only date as its middle
constexpr int kFewUnits = 3;          // "قبل أيام": a few, as GUIDELINES count "several"
constexpr int kSkewDays = 2;          // a date this far after publication is still taken as this year's
constexpr int kHistoricDays = 30;     // GUIDELINES: history is more than 30 days before publication
constexpr int kYearMentionMonth = 7;  // a year alone is read as its middle, July 1

// What the words before the head said.
struct Modifiers {
  uint32_t seen = 0;      // modifier roles already taken
  bool since = false;     // "منذ"
  bool ago = false;       // "قبل" or "منذ", before a duration
  bool eve = false;       // "ليلة": the night before the named day
  bool late = false;      // "ساعات متأخرة من": past midnight, so the named day itself
  bool daypart = false;   // "ليل", "مساء": a following pair of weekdays is one night
  int month_day = 0;      // "مطلع" 5, "منتصف" 15, "أواخر" 25; 0 = none
  uint32_t ago_tok = 0;   // the token of قبل/منذ
};

// An expression found: its span, and its day when it names one.
struct Found {
  uint32_t tok_end = 0;
  uint32_t end = 0;
  std::optional<Day> day;  // nullopt: consumed, no mention (the future), unless `unresolved`
  int32_t aux = 0;
  bool unresolved = false;  // relative, and no publication date to resolve it against

  // A kTimeUnresolved mention: what it would name with `precision`, had the article a date.
  void Unresolved(int precision) {
    unresolved = true;
    aux = precision | kTimeRelative | kTimeUnresolved;
  }
};

// A date written with a month: day (0 = the month only) / month / year (0 = not written).
struct CalendarDate {
  int day = 0;
  int month = 0;
  int year = 0;
  int month_offset = 0;       // "12 من الشهر الماضي": months from publication instead of a name
  bool relative_month = false;
  bool past = false;          // "آذار الماضي": strictly before the publication month
  bool future = false;
  bool hijri = false;         // day/month/year of the Islamic (Umm al-Qura) calendar
  bool day_only = false;      // "بتاريخ 25": a day of the month, no month written
  uint32_t tok_end = 0;
};

// Plain digits only ("12", "2019"), or nullopt.
std::optional<int> SmallNumber(std::string_view s) {
  if (s.empty() || s.size() > 4) return std::nullopt;
  int v = 0;
  for (char c : s) {
    if (c < '0' || c > '9') return std::nullopt;
    v = v * 10 + (c - '0');
  }
  return v;
}

bool IsYear(int y) { return y >= 1900 && y <= 2100; }
// Hijri years of modern news (1300 AH = 1882); ICU's Umm al-Qura tables cover 1300..1600 AH.
bool IsHijriYear(int y) { return y >= 1300 && y <= 1500; }

// The Gregorian day of a Hijri date, by ICU's Umm al-Qura calendar (the official calendar of Saudi
// Arabia, which Gulf and most Arab media date by); nullopt for a day the month does not have.
std::optional<Day> HijriToDay(int year, int month, int day) {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<icu::Calendar> cal(
      icu::Calendar::createInstance(*icu::TimeZone::getGMT(), icu::Locale("@calendar=islamic-umalqura"), status));
  if (U_FAILURE(status) || !cal) return std::nullopt;
  cal->setLenient(false);  // "30 صفر" in a 29-day Safar is an error, not 1 Rabi' al-awwal
  cal->clear();
  cal->set(year, month - 1, day);
  const UDate ms = cal->getTime(status);
  if (U_FAILURE(status)) return std::nullopt;
  constexpr double kMsPerDay = 86400000.0;
  return Day(static_cast<int32_t>(std::floor(ms / kMsPerDay)));
}

Day MostRecentWeekday(Day published, int weekday) {
  return published.AddDays(-((published.weekday() - weekday + 7) % 7));
}

// The latest day/month on or before `limit`, going back over years (to the latest leap year for 29/2).
std::optional<Day> LatestDayMonth(int day, int month, Day limit) {
  for (int year = limit.year(); year >= limit.year() - 8; --year) {
    std::optional<Day> d = Day::FromYmd(year, month, day);
    if (d && *d <= limit) return d;
  }
  return std::nullopt;
}

// Reads time expressions in one document; cheap to construct, so one per Annotate call.
class Reader {
 public:
  Reader(const Table& table, const numbers::NumberParser& numbers, const std::vector<std::string>& month_words,
         const Document& doc)
      : table_(table),
        numbers_(numbers),
        month_words_(month_words),
        doc_(doc),
        published_(doc.published),
        hijri_years_(HasHijriYear(doc)) {}

  // Time words never carry the article as a proclitic: the keys that have it spell it ("اليوم").
  std::optional<Hit> Word(uint32_t tok, uint32_t roles) const {
    if (tok >= doc_.tokens.size()) return std::nullopt;
    return table_.ForEachMatch(doc_, tok, [&](const Hit& h) {
      return (h.entry->roles & roles) != 0 && !h.article;
    });
  }
  // A word with no proclitic at all: months after a day, "عشر" after "الأحد".
  std::optional<Hit> BareWord(uint32_t tok, uint32_t roles) const {
    if (tok >= doc_.tokens.size()) return std::nullopt;
    return table_.ForEachMatch(doc_, tok, [&](const Hit& h) {
      return (h.entry->roles & roles) != 0 && h.prefix.empty();
    });
  }

  bool hijri_years() const { return hijri_years_; }

  // A single day read at `first` that dates a report rather than the act reported (kTimeReportDay).
  bool IsReportDay(uint32_t first, int32_t aux) const { return SpanDays(aux) == 0 && ReportFrame(first); }

  // The publication day a dateline gives, for an article without one: the first lines ("دمشق - 12
  // آذار 2019", "الرباط، 2019/03/12:") or a labelled line at the start or the end ("نُشر في 12/3/2019",
  // "تاريخ النشر: 12 آذار 2019", "(بتاريخ 2019/03/12)"). Only a full date (day, month, year) counts,
  // and only in those positions: a date in the body is the day of something the article tells.
  std::optional<Day> Dateline() const {
    struct Para {
      uint32_t first, end;
    };
    std::vector<Para> paras;
    for (const Sentence& s : doc_.sentences) {
      if (s.first_token >= s.end_token) continue;
      if (!paras.empty() && doc_.sentences[doc_.tokens[paras.back().first].sentence].paragraph == s.paragraph) {
        paras.back().end = s.end_token;
      } else {
        paras.push_back({s.first_token, s.end_token});
      }
    }
    constexpr size_t kHeadParagraphs = 3;  // title, dateline, lead
    constexpr size_t kTailParagraphs = 2;
    for (size_t i = 0; i < paras.size(); ++i) {
      const bool head = i < kHeadParagraphs;
      if (!head && i + kTailParagraphs < paras.size()) continue;
      if (std::optional<Day> d = DatelineIn(paras[i].first, paras[i].end, head)) return d;
    }
    return std::nullopt;
  }

  // The document as a line a page prints as its date (Document::dateline): read as a dateline at the
  // head of an article, else its first full date — the page marked the line as a date, and bylines and
  // update times share it ("كتب: محمد علي - الثلاثاء 14 فبراير 2017", "14 فبراير 2017 | آخر تحديث 15
  // فبراير 2017": the first date is the publication's).
  std::optional<Day> PrintedDateline() const {
    const uint32_t n = static_cast<uint32_t>(doc_.tokens.size());
    if (std::optional<Day> d = DatelineIn(0, n, /*head=*/true)) return d;
    for (uint32_t p = 0; p < n; ++p) {
      uint32_t date_end = 0;
      const uint32_t at = AfterWeekday(p);
      if (std::optional<Day> d = FullDateAt(at, date_end)) return GregorianAfter(at, date_end, n, *d);
    }
    return std::nullopt;
  }

  // "الأحد - 14 شهر ربيع الأول 1439 هـ - 03 ديسمبر 2017 مـ": a line with both calendars is dated by its
  // Gregorian date (the Hijri one, converted by the tabular calendar, may be a day off). `d` was read from
  // tokens [at, date_end); the Gregorian date after it, before `end`, when `d` is Hijri; else `d`.
  Day GregorianAfter(uint32_t at, uint32_t date_end, uint32_t end, Day d) const {
    auto hijri = [&](uint32_t from, uint32_t to) {
      for (uint32_t t = from; t < to; ++t) {
        if (BareWord(t, kHijriMonth)) return true;
      }
      return false;
    };
    if (!hijri(at, date_end)) return d;
    for (uint32_t p = date_end; p < end; ++p) {
      uint32_t other_end = 0;
      const uint32_t from = AfterWeekday(p);
      std::optional<Day> other = FullDateAt(from, other_end);
      if (other && other_end <= end && !hijri(from, other_end)) return *other;
    }
    return d;
  }

  // The expression starting at token `tok`, with its first byte in `begin`.
  // `may_lead`: a period lead ("على مدى", "خلال") may start at `tok` (false spares the lookup).
  std::optional<Found> ReadAt(uint32_t tok, uint32_t& begin, bool may_lead = true) const {
    Modifiers mods;
    uint32_t pos = tok;
    begin = doc_.tokens[tok].begin;
    // "وفي 2014 تبنت الجماعة هجوما على مدرسة": a past year alone after "في" dates what follows to that
    // year (history); so does one in brackets after what it dates ("بعد معركة القصير (2013)"). The year
    // alone, without "في" or brackets, is any number.
    auto norm = [&](uint32_t k) { return doc_.NormView(doc_.tokens[k]); };
    if (doc_.tokens[tok].kind == TokenKind::kNumber && tok > 0 && tok + 1 < doc_.tokens.size() &&
        (norm(tok - 1) == "في" || norm(tok - 1) == "وفي" || (norm(tok - 1) == "(" && norm(tok + 1) == ")"))) {
      std::optional<int> year = SmallNumber(norm(tok));
      if (year && IsYear(*year) && published_ && *year < published_->year() && !Word(tok + 1, kMonth | kHijriMonth)) {
        Found f = Span(tok + 1);
        YearMention(*year, f);
        return f;
      }
    }
    if (std::optional<Hit> lead = may_lead ? Word(tok, kSpanLead) : std::nullopt) {
      // A lead that ends with its unit ("في اليومين") is read again from the unit.
      const uint32_t unit = lead->tok_end - 1;
      const uint32_t from = unit > tok && WordOrArticle(unit, kDuration) ? unit : lead->tok_end;
      if (std::optional<Found> f = ReadSpan(from, lead->entry->value == 1)) {
        begin = lead->begin;
        return f;
      }
      // A lead that starts nothing else: "في 12 آذار" is read from the 12.
      if (!Word(tok, kStartRoles & ~kSpanLead)) return std::nullopt;
    }
    bool begun = false;
    for (int step = 0; step < 6; ++step) {
      if (std::optional<Found> f = ReadHead(pos, mods, begun ? nullptr : &begin)) {
        if (mods.since && !SinceSpan(*f)) f->aux |= kTimeSince;
        return f;
      }
      std::optional<Hit> m = Word(pos, kModifierRoles & ~mods.seen);
      if (!m) return std::nullopt;
      if (!begun) begin = m->begin;
      begun = true;
      const TimeWord& w = *m->entry;
      // A phrase may carry several modifier roles ("منذ" is also a month context): take the first.
      if (w.roles & kAgo & ~mods.seen) {
        mods.seen |= kAgo;
        mods.ago = true;
        mods.since = w.value == 1;
        mods.ago_tok = pos;
      } else if (w.roles & kMonthPart & ~mods.seen) {
        mods.seen |= kMonthPart;
        mods.month_day = w.value;
      } else if (w.roles & kLate & ~mods.seen) {
        mods.seen |= kLate;
        mods.late = true;
      } else if (w.roles & kDaypart & ~mods.seen) {
        mods.seen |= kDaypart;
        mods.daypart = true;
        mods.eve = w.value == 1;
      } else {
        mods.seen |= kDayFiller;
      }
      pos = m->tok_end;
    }
    return std::nullopt;
  }

 private:
  // A head at `pos`; when `begin` is set, a head that starts the expression sets its first byte.
  std::optional<Found> ReadHead(uint32_t pos, Modifiers& mods, uint32_t* begin) const {
    if (pos >= doc_.tokens.size()) return std::nullopt;
    if (mods.ago) {
      if (std::optional<Found> f = ReadAgo(pos)) {
        // "منذ يومين" is two days ago, not the start of a period; but beside an act still going on
        // ("معارك تخوضها القوات منذ ثلاثة أيام") it is the period of the last three days.
        if (mods.since && f->day && (f->aux & kTimePrecisionMask) == 1 && Ongoing(mods.ago_tok, f->tok_end)) {
          MakeSpan(*f, published_->days() - f->day->days(), f->aux & kTimeRelative);
        }
        mods.since = false;
        return f;
      }
      // "قبل الأحد" is before Sunday, not Sunday; only "منذ" goes on to a date ("منذ 30 آذار").
      if (!mods.since) return std::nullopt;
    }
    if (std::optional<CalendarDate> date = ReadDate(pos, mods)) {
      // "حركة 6 أبريل", "قوى 14 آذار": a date that names a movement or a war, not a day of the story.
      if (pos > 0 && Word(pos - 1, kDateVetoPrev)) return Span(date->tok_end);
      if (begin) *begin = doc_.tokens[pos].begin;
      return Resolve(*date, mods);
    }
    std::optional<Hit> h = Word(pos, kHeadRoles);
    if (!h) {
      // "منتصف الشهر", "أواخر الشهر": the current month ("الشهر الماضي" was matched above).
      if (mods.month_day == 0) return std::nullopt;
      std::optional<Hit> bare = Word(pos, kMonthBare);
      if (!bare) return std::nullopt;
      if (begin) *begin = bare->begin;
      CalendarDate date;
      date.relative_month = true;
      date.tok_end = bare->tok_end;
      return Resolve(date, mods);
    }
    if (begin) *begin = h->begin;
    const TimeWord& w = *h->entry;
    if (w.roles & kWeekday) return ReadWeekday(*h, mods);
    if (w.roles & (kToday | kRelative)) {
      // "اليوم الـ32 من العدوان" stays today: live coverage counts the current day of a war.
      if ((w.roles & kToday) && IsVetoed(*h, kTodayVetoPrev, kTodayVetoNext)) return std::nullopt;
      // "أمس الإثنين", "اليوم الأحد": the weekday wins over the day it was said to be.
      if ((w.roles & kToday) || w.arg == 1) {
        if (std::optional<Hit> wd = Word(h->tok_end, kWeekday)) {
          if (std::optional<Found> f = ReadWeekday(*wd, mods)) return f;
        }
      }
      Found f = Span(h->tok_end);
      SkipAdverb(f);
      if (published_) {
        f.day = published_->AddDays(w.roles & kToday ? 0 : w.value);
        f.aux = (w.roles & kToday ? 1 : w.arg) | kTimeRelative;
      } else {
        f.Unresolved(w.roles & kToday ? 1 : w.arg);
      }
      return f;
    }
    if (w.roles & kMonthRel) {
      CalendarDate date;
      date.relative_month = true;
      date.month_offset = w.value;
      date.tok_end = h->tok_end;
      return Resolve(date, mods);
    }
    if (w.roles & kYearRel) {
      Found f = Span(h->tok_end);
      if (published_) YearMention(published_->year() + w.value, f);
      return f;
    }
    if (w.roles & kYearWord) {
      // "عام 2015": a year alone; a year word before anything else is no time expression.
      const uint32_t y = h->tok_end;
      std::optional<int> year = y < doc_.tokens.size() ? SmallNumber(doc_.NormView(doc_.tokens[y])) : std::nullopt;
      // (Any year after the word: "عام 1793" in a history of Paris is as historic as "عام 2011".)
      constexpr int kFirstHistoricYear = 1000;
      if (!year || !(IsYear(*year) || (*year >= kFirstHistoricYear && *year < 1900))) return std::nullopt;
      Found f = Span(y + 1);
      YearMention(*year, f);
      return f;
    }
    if (w.roles & kFuture) {
      // "غداً الأحد": the weekday is tomorrow's, not the latest Sunday.
      if (std::optional<Hit> wd = Word(h->tok_end, kWeekday)) return Span(wd->tok_end);
    }
    return Span(h->tok_end);  // "الأسبوع المقبل", "في مثل هذا اليوم": consumed, no mention
  }

  // "على مدى يومين", "خلال اليومين الماضيين", "خلال الأيام الثلاثة الماضية", "خلال الـ72 ساعة الماضية",
  // "عدوان استمر يومين" at `pos`, after the lead: a period of 2..kMaxSpanDays days, counted in days or
  // hours. `needs_past`: the lead ("خلال") makes a period only with الماضية/الأخيرة after it
  // ("خلال يومين" alone is a deadline). A period in the future is consumed and gives nothing.
  std::optional<Found> ReadSpan(uint32_t pos, bool needs_past) const {
    int64_t count = 0;
    int64_t hours = 0;
    uint32_t p = pos;
    auto number_at = [&](uint32_t at) -> std::optional<numbers::NumberParser::Reading> {
      if (ArticleBeforeDigits(at)) ++at;  // "الـ72 ساعة", "الساعات الـ 48"
      if (at >= doc_.tokens.size() || !numbers_.MayStartNumber(doc_, at)) return std::nullopt;
      std::optional<numbers::NumberParser::Reading> n = numbers_.Read(doc_, at);
      if (!n || n->ordinal || n->value <= 0 || n->value > 1000 || n->flags != kNumberExact) return std::nullopt;
      return n;
    };
    if (std::optional<Hit> unit = WordOrArticle(p, kDuration)) {
      // "اليومين", "يومين": the count is in the word; "الأيام الثلاثة", "الساعات الـ72": after it.
      hours = unit->entry->value;
      count = unit->entry->arg;
      p = unit->tok_end;
      if (count == 0) {
        std::optional<numbers::NumberParser::Reading> n = number_at(p);
        if (!n) return std::nullopt;
        count = n->value;
        p = n->tok_end;
      } else if (count == 1) {
        return std::nullopt;  // "خلال اليوم", "على مدى يوم": one day is not a period
      }
    } else {
      std::optional<numbers::NumberParser::Reading> n = number_at(p);
      if (!n) return std::nullopt;
      std::optional<Hit> after = WordOrArticle(n->tok_end, kDuration);
      if (!after || after->entry->arg > 1) return std::nullopt;
      count = n->value;
      hours = after->entry->value;
      p = after->tok_end;
    }
    // Days and hours only: "على مدى أسبوع" is a week, not seven events.
    if (hours > kHoursPerDay || (count * hours) % kHoursPerDay != 0) return std::nullopt;
    const int64_t days = count * hours / kHoursPerDay;
    if (days < 2 || days > kMaxSpanDays) return std::nullopt;
    bool past = false;
    if (std::optional<Hit> m = Word(p, kPast | kFuture)) {
      if (m->entry->roles & kFuture) return Span(m->tok_end);
      past = true;
      p = m->tok_end;
    }
    if (needs_past && !past) return std::nullopt;
    Found f = Span(p);
    if (!published_) {
      f.Unresolved(2);
      return f;
    }
    f.day = *published_;
    MakeSpan(f, static_cast<int>(days), kTimeRelative);
    return f;
  }

  // Turns `f` into the period of `days` days that ends the day before `after` (by default the day
  // before publication), precision 2.
  void MakeSpan(Found& f, int days, int32_t flags, std::optional<Day> after = std::nullopt) const {
    f.day = (after ? *after : *published_).AddDays(-1);
    f.aux = 2 | flags | (days << kTimeSpanShift);
  }

  // "منذ يوم الجمعة", "منذ صباح الخميس" (published on Sunday): from a day counted back from
  // publication up to now, 2..kMaxSpanDays days; a period, not the start of one. "منذ الخميس، وحتى
  // السبت" ends on the day named after حتى. A written date ("منذ 30 آذار") stays the start of a
  // period: it usually opens a long campaign.
  bool SinceSpan(Found& f) const {
    if (!f.day || !published_ || (f.aux & kTimeRelative) == 0 || (f.aux & kTimePrecisionMask) != 1) return false;
    Day last = published_->AddDays(-1);
    std::optional<Found> until = UntilDay(f.tok_end);
    if (until && *until->day >= *f.day && *until->day <= *published_) last = *until->day;
    const int days = last.days() - f.day->days() + 1;
    if (days < 2 || days > kMaxSpanDays) return false;
    if (until && last == *until->day) {
      f.tok_end = until->tok_end;
      f.end = until->end;
    }
    f.day = last.AddDays(1);  // MakeSpan ends the period the day before its argument
    MakeSpan(f, days, kTimeRelative, *f.day);
    return true;
  }

  // "، وحتى السبت", "حتى أمس" at `pos`: a single day that closes a period.
  std::optional<Found> UntilDay(uint32_t pos) const {
    if (IsPunctOneOf(doc_, pos, ",\xD8\x8C" /* , ، */)) ++pos;
    if (pos + 1 >= doc_.tokens.size()) return std::nullopt;
    static const std::string kUntil = text::NormalizeKey("حتى");
    static const std::string kAndUntil = text::NormalizeKey("وحتى");
    const std::string_view w = doc_.NormView(doc_.tokens[pos]);
    if (w != kUntil && w != kAndUntil) return std::nullopt;
    // One level only: "منذ الأحد حتى منذ الأحد حتى …" repeated must not recurse without bound.
    if (reading_until_) return std::nullopt;
    uint32_t begin = 0;
    reading_until_ = true;
    std::optional<Found> day = ReadAt(pos + 1, begin);
    reading_until_ = false;
    if (!day || !day->day || (day->aux & kTimePrecisionMask) != 1 || SpanDays(day->aux) != 0) return std::nullopt;
    return day;
  }

  // Whether an act still going on ("تتواصل", "مستمرة", "تخوضها") is told right around the tokens
  // [first, end) of an expression: up to ten words before it in its sentence, or two after it.
  bool Ongoing(uint32_t first, uint32_t end) const {
    constexpr uint32_t kBefore = 10;
    constexpr uint32_t kAfter = 2;
    const uint32_t sentence = doc_.tokens[first].sentence;
    auto ongoing = [&](uint32_t t) {
      std::optional<Hit> h = Word(t, kContext);
      return h && h->entry->value == kOngoing;
    };
    for (uint32_t k = 1; k <= kBefore && first >= k && doc_.tokens[first - k].sentence == sentence; ++k) {
      if (ongoing(first - k)) return true;
    }
    for (uint32_t t = end; t < end + kAfter && t < doc_.tokens.size() && doc_.tokens[t].sentence == sentence; ++t) {
      if (ongoing(t)) return true;
    }
    return false;
  }

  // Whether the expression at `first` stands in the frame of a reporting verb, before what is
  // reported: the verb and its subject (no number, no "أن") right before it ("قال الجيش يوم الثلاثاء
  // إن", "حسبما أعلن مسؤولون اليوم"). The subject has up to four words, or eight when a comma sets
  // the day apart, as news writes the day of a statement ("أكد عضو قيادة الحركة في الخارج، علي بركة،
  // اليوم السبت، فشل…").
  bool ReportFrame(uint32_t first) const {
    const bool set_apart = first > 0 && IsPunctOneOf(doc_, first - 1, ",\xD8\x8C" /* , ، */);
    const uint32_t kMaxSubjectWords = set_apart ? 8 : 4;
    const uint32_t sentence = doc_.tokens[first].sentence;
    uint32_t words = 0;
    for (uint32_t t = first; t-- > 0 && doc_.tokens[t].sentence == sentence;) {
      const Token& tok = doc_.tokens[t];
      if (tok.kind == TokenKind::kNumber) return false;
      if (tok.kind != TokenKind::kArabic) {
        // A dash joins two names of one subject: "نشرت المقاومة الإسلامية في لبنان - حزب الله، اليوم".
        if (IsPunctOneOf(doc_, t, ",\xD8\x8C\"'()\xC2\xAB\xC2\xBB-\xE2\x80\x93\xE2\x80\x94" /* , ، " ' ( ) « » - – — */)) continue;
        return false;
      }
      if (std::optional<Hit> h = Word(t, kContext)) {
        if (h->entry->value == kReportVerb) return true;
        if (h->entry->value == kComplementizer) return false;
      }
      if (++words > kMaxSubjectWords) return false;
    }
    return false;
  }

  // The article written before digits, glued or apart: "الـ7", "الـ 72" (normalized "ال").
  bool ArticleBeforeDigits(uint32_t pos) const {
    if (pos + 1 >= doc_.tokens.size()) return false;
    const Token& t = doc_.tokens[pos];
    return t.kind == TokenKind::kArabic && doc_.tokens[pos + 1].kind == TokenKind::kNumber &&
           (numbers::IsBareArticle(doc_.NormView(t)) ||
            (Glued(doc_, pos, pos + 1) && doc_.NormView(t).ends_with("\xD8\xA7\xD9\x84") /* ال */));
  }

  // Like Word, but the article may be written: "اليومين", "الأيام", "الساعات".
  std::optional<Hit> WordOrArticle(uint32_t tok, uint32_t roles) const {
    if (tok >= doc_.tokens.size()) return std::nullopt;
    return table_.ForEachMatch(doc_, tok, [&](const Hit& h) {
      return (h.entry->roles & roles) != 0 && (!h.article || h.prefix == "\xD8\xA7\xD9\x84" /* ال */);
    });
  }

  Found Span(uint32_t tok_end) const {
    Found f;
    f.tok_end = tok_end;
    f.end = doc_.tokens[tok_end - 1].end;
    return f;
  }

  void SkipAdverb(Found& f) const {
    if (std::optional<Hit> a = Word(f.tok_end, kAdverb)) {
      f.tok_end = a->tok_end;
      f.end = a->end;
    }
  }

  bool IsVetoed(const Hit& h, uint32_t prev_roles, uint32_t next_roles) const {
    if (h.tok_begin > 0 && Word(h.tok_begin - 1, prev_roles)) return true;  // "ذلك", "وبنفس"
    return BareWord(h.tok_end, next_roles).has_value();
  }

  // A year before the publication year, read as its middle; history by construction.
  void YearMention(int year, Found& f) const {
    if (!published_ || year >= published_->year()) return;
    f.day = Day::FromYmd(year, kYearMentionMonth, 1);
    f.aux = kTimePrecisionYear | kTimeHistoric;
  }

  // "قبل يومين", "منذ ثلاثة أيام", "قبل نحو أسبوع", "قبل أيام" (a few), at `pos` after قبل/منذ.
  std::optional<Found> ReadAgo(uint32_t pos) const {
    int64_t count = 0;
    if (std::optional<numbers::NumberParser::Qualifier> q = numbers_.ReadQualifier(doc_, pos)) {
      pos = q->tok_end;  // "منذ أكثر من أسبوع": the qualifier does not move the day
    }
    uint32_t unit_tok = pos;
    if (std::optional<numbers::NumberParser::Reading> n = numbers_.Read(doc_, pos)) {
      if (n->ordinal || n->article || n->value <= 0 || n->value > 10000) return std::nullopt;
      count = n->value;
      unit_tok = n->tok_end;
    }
    std::optional<Hit> unit = Word(unit_tok, kDuration);
    if (!unit) return std::nullopt;
    // "منذ عام 2013", "منذ يوم أمس": the year word before a year, "يوم" before a day; not "a year ago".
    if (count == 0 && unit->tok_end < doc_.tokens.size() &&
        (doc_.tokens[unit->tok_end].kind == TokenKind::kNumber ||
         Word(unit->tok_end, kToday | kRelative | kWeekday))) {
      return std::nullopt;
    }
    const TimeWord& u = *unit->entry;
    const bool few = count == 0 && u.arg == 0;
    if (count == 0) count = few ? kFewUnits : u.arg;
    Found f = Span(unit->tok_end);
    if (std::optional<Hit> past = Word(f.tok_end, kPast)) f = Span(past->tok_end);  // "منذ يومين الماضيين"
    // "قبل يومين من الانتخابات": two days before something else, not before publication.
    if (BareWord(f.tok_end, kAnchor)) return f;
    int precision = u.value < kHoursPerWeek ? 1 : u.value < kHoursPerMonth ? 2 : 3;
    if (few && u.value >= kHoursPerDay && precision < 3) ++precision;  // "قبل أيام": only the week
    if (!published_) {
      f.Unresolved(precision);
      return f;
    }
    f.day = published_->AddDays(-static_cast<int32_t>(count * u.value / kHoursPerDay));
    f.aux = precision | kTimeRelative;
    return f;
  }

  // A weekday at `wd`, with what may follow it: the next day of a night ("ليل الثلاثاء الأربعاء"),
  // الماضي/المقبل, a restated date ("الأحد 17 آذار"), an adverb ("صباحا").
  std::optional<Found> ReadWeekday(const Hit& wd, const Modifiers& mods) const {
    if (IsVetoed(wd, kWeekdayVetoPrev, kWeekdayVetoNext)) return std::nullopt;
    const int weekday = wd.entry->value;
    uint32_t pos = wd.tok_end;
    bool pair = false;
    if (mods.daypart) {
      uint32_t second = pos;
      if (IsPunctOneOf(doc_, second, "-/\xE2\x80\x93\xE2\x80\x94" /* - / – — */) || BareWord(second, kTo)) ++second;
      std::optional<Hit> next = Word(second, kWeekday);
      if (next && next->entry->value == (weekday + 1) % 7) {
        pair = true;
        pos = next->tok_end;
      }
    }
    bool future = false;
    bool past = false;
    if (std::optional<Hit> m = Word(pos, kPast | kFuture)) {
      future = (m->entry->roles & kFuture) != 0;
      past = !future;
      pos = m->tok_end;
    }
    // "الأحد، الموافق 17 آذار": a written date overrides the weekday.
    uint32_t date_pos = pos + (IsPunctOneOf(doc_, pos, ",\xD8\x8C" /* , ، */) ? 1 : 0);
    if (std::optional<Hit> a = Word(date_pos, kAgreeing)) date_pos = a->tok_end;
    Modifiers none;
    if (std::optional<CalendarDate> date = ReadDate(date_pos, none); date && date->day != 0) {
      std::optional<Found> f = Resolve(*date, none);
      if (f) return f;
    }
    Found f = Span(pos);
    SkipAdverb(f);
    if (future) return f;
    if (!published_) {
      f.Unresolved(1);
      return f;
    }
    // "ليلة الأحد" is the night from Saturday to Sunday: the Saturday, unless the text says the
    // night was already past midnight. A night named by both its days ("ليل الجمعة السبت") is coded on
    // the second, as the gold does (the hours after midnight, when such reports are dated).
    const int day_of = pair ? (weekday + 1) % 7 : mods.eve && !mods.late ? (weekday + 6) % 7 : weekday;
    f.day = MostRecentWeekday(*published_, day_of);
    // "الثلاثاء الماضي" in an article of a Tuesday is the Tuesday before: "last" is not today.
    if (past && *f.day == *published_) f.day = f.day->AddDays(-7);
    f.aux = 1 | kTimeRelative;
    return f;
  }

  // A month name at `pos`, with a restatement in another system: "آذار/مارس", "فبراير/ شباط",
  // "آذار (مارس)". Returns the month and advances `pos`.
  std::optional<int> ReadMonth(uint32_t& pos) const {
    std::optional<Hit> m = BareWord(pos, kMonth);
    if (!m) return std::nullopt;
    pos = m->tok_end;
    uint32_t alt = pos;
    const bool paren = IsPunctOneOf(doc_, alt, "(");
    if (paren || IsPunctOneOf(doc_, alt, "/-")) {
      if (std::optional<Hit> other = BareWord(alt + 1, kMonth)) {
        pos = other->tok_end;
        if (paren && IsPunctOneOf(doc_, pos, ")")) ++pos;
      }
    }
    return m->entry->value;
  }

  // A year after a month: "2019", "، 2019", "عام 2019", "من عام 1945", "2019م".
  std::optional<int> ReadYear(uint32_t& pos) const {
    uint32_t y = pos + (IsPunctOneOf(doc_, pos, ",\xD8\x8C") ? 1 : 0);
    // ("6 آب/أغسطس من عام 1945": "من" before the year word.)
    if (y < doc_.tokens.size() && doc_.NormView(doc_.tokens[y]) == "\xD9\x85\xD9\x86" && Word(y + 1, kYearWord)) ++y;  // من
    if (std::optional<Hit> w = Word(y, kYearWord)) y = w->tok_end;
    if (y >= doc_.tokens.size() || doc_.tokens[y].kind != TokenKind::kNumber) return std::nullopt;
    std::optional<int> year = SmallNumber(doc_.NormView(doc_.tokens[y]));
    if (!year || !IsYear(*year)) return std::nullopt;
    pos = y + 1;
    // "2019م": the Gregorian era letter glued to the year.
    if (pos < doc_.tokens.size() && Glued(doc_, y, pos) && doc_.NormView(doc_.tokens[pos]) == "\xD9\x85") ++pos;
    return year;
  }

  // The day of a month at `pos`: digits 1..31 or an ordinal ("السابع", "الحادي والعشرين").
  std::optional<int> ReadDayOfMonth(uint32_t& pos, bool& ordinal) const {
    if (pos >= doc_.tokens.size()) return std::nullopt;
    const Token& t = doc_.tokens[pos];
    if (t.kind == TokenKind::kNumber) {
      std::optional<int> d = SmallNumber(doc_.NormView(t));
      if (!d || *d < 1 || *d > 31 || t.end - t.begin > 2) return std::nullopt;
      ++pos;
      ordinal = false;
      return d;
    }
    if (t.kind != TokenKind::kArabic) return std::nullopt;
    std::optional<numbers::NumberParser::Reading> r = numbers_.Read(doc_, pos);
    if (!r || !r->ordinal || r->value < 1 || r->value > 31 || r->flags != kNumberExact) return std::nullopt;
    pos = r->tok_end;
    ordinal = true;
    return static_cast<int>(r->value);
  }

  // "12/3/2019", "2019-03-12", "12.3.2019" (one token).
  std::optional<CalendarDate> ReadNumericDate(uint32_t pos) const {
    int parts[3];
    uint32_t end = pos;
    const std::string_view first = doc_.NormView(doc_.tokens[pos]);
    if (first.find('.') != std::string_view::npos) {
      std::string_view rest = first;
      for (int k = 0; k < 3; ++k) {
        const size_t dot = rest.find('.');
        std::optional<int> v = SmallNumber(rest.substr(0, dot));
        if (!v || (k < 2) == (dot == std::string_view::npos)) return std::nullopt;
        parts[k] = *v;
        rest = dot == std::string_view::npos ? std::string_view() : rest.substr(dot + 1);
      }
      end = pos + 1;
    } else {
      if (!IsPunctOneOf(doc_, pos + 1, "/-") || !Glued(doc_, pos, pos + 1)) return std::nullopt;
      const std::string_view sep = doc_.NormView(doc_.tokens[pos + 1]);
      for (int k = 0; k < 3; ++k) {
        const uint32_t t = pos + 2 * k;
        if (t >= doc_.tokens.size() || doc_.tokens[t].kind != TokenKind::kNumber) return std::nullopt;
        if (k > 0 && (!Glued(doc_, t - 2, t - 1) || !Glued(doc_, t - 1, t) ||
                      doc_.NormView(doc_.tokens[t - 1]) != sep)) {
          return std::nullopt;
        }
        std::optional<int> v = SmallNumber(doc_.NormView(doc_.tokens[t]));
        if (!v) return std::nullopt;
        parts[k] = *v;
      }
      end = pos + 5;
    }
    CalendarDate date;
    if (IsYear(parts[0])) {
      date = {.day = parts[2], .month = parts[1], .year = parts[0]};
    } else if (IsYear(parts[2])) {
      date = {.day = parts[0], .month = parts[1], .year = parts[2]};
    } else {
      return std::nullopt;
    }
    if (!Day::FromYmd(date.year, date.month, date.day)) return std::nullopt;
    date.tok_end = end;
    return date;
  }

  // What may stand between a day and its month name: "من", "شهر", or both ("8 من شهر يوليو", "8 شهر
  // تموز", "15 من شهر رمضان"). Advances `p` past them; `of` says whether "من" was written.
  void SkipDayToMonth(uint32_t& p, bool& of) const {
    of = false;
    if (const std::optional<Hit> o = BareWord(p, kOf)) {
      p = o->tok_end;
      of = true;
    }
    if (p < doc_.tokens.size() && BareWord(p + 1, kMonth | kHijriMonth)) {
      const std::string_view w = doc_.NormView(doc_.tokens[p]);
      for (const std::string& m : month_words_) {
        if (w == m) {
          ++p;
          break;
        }
      }
    }
  }

  // "15 شعبان 1445 هـ", "1 محرم 1446", "رمضان 1440هـ", "الخامس عشر من شعبان 1445". Hijri month
  // names are also names and words ("رجب", "رمضان", "صفر" zero): only a Hijri year after them makes
  // a date, so the year is required (which Hijri year a bare "15 رمضان" means is not guessed).
  std::optional<CalendarDate> ReadHijriDate(uint32_t pos) const {
    if (!hijri_years_) return std::nullopt;
    CalendarDate date;
    date.hijri = true;
    uint32_t p = pos;
    bool ordinal = false;
    if (std::optional<int> day = ReadDayOfMonth(p, ordinal)) {
      date.day = *day;
      bool of = false;
      SkipDayToMonth(p, of);
      if (ordinal && !of) return std::nullopt;
    }
    const std::optional<Hit> month = BareWord(p, kHijriMonth);
    if (!month) return std::nullopt;
    date.month = month->entry->value;
    p = month->tok_end;
    if (p >= doc_.tokens.size() || doc_.tokens[p].kind != TokenKind::kNumber) return std::nullopt;
    const std::optional<int> year = SmallNumber(doc_.NormView(doc_.tokens[p]));
    if (!year || !IsHijriYear(*year)) return std::nullopt;
    date.year = *year;
    ++p;
    // "هـ" after the year, glued or apart (normalization drops the tatweel).
    if (p < doc_.tokens.size() && doc_.NormView(doc_.tokens[p]) == "\xD9\x87" /* ه */) ++p;
    date.tok_end = p;
    return date;
  }

  // A date with a month at `pos`: "12 آذار/مارس 2019", "السابع من أكتوبر", "12 من الشهر الجاري",
  // "آذار 2019", "شباط الماضي", "في آذار"; a numeric date; a Hijri date.
  std::optional<CalendarDate> ReadDate(uint32_t pos, const Modifiers& mods) const {
    if (pos >= doc_.tokens.size()) return std::nullopt;
    if (std::optional<CalendarDate> hijri = ReadHijriDate(pos)) return hijri;
    const Token& t = doc_.tokens[pos];
    if (t.kind == TokenKind::kNumber) {
      if (std::optional<CalendarDate> numeric = ReadNumericDate(pos)) return numeric;
    }
    CalendarDate date;
    uint32_t p = pos;
    // "منذ الـ7 من أكتوبر", "الـ 7": the article before the day's digits.
    if (ArticleBeforeDigits(pos)) ++p;
    bool ordinal = false;
    if (std::optional<int> day = ReadDayOfMonth(p, ordinal)) {
      date.day = *day;
      const uint32_t day_end = p;
      bool of = false;
      SkipDayToMonth(p, of);
      if (std::optional<int> month = ReadMonth(p)) {
        date.month = *month;
      } else if (std::optional<Hit> rel = Word(p, kMonthRel); rel && of) {
        date.relative_month = true;
        date.month_offset = rel->entry->value;
        date.tok_end = rel->tok_end;
        return date;
      } else if (p < doc_.tokens.size() && (doc_.NormView(doc_.tokens[p]) == "\xD8\xA7\xD9\x84\xD8\xAC\xD8\xA7\xD8\xB1\xD9\x8A" ||  // الجاري
                                            doc_.NormView(doc_.tokens[p]) == "\xD8\xA7\xD9\x84\xD8\xAD\xD8\xA7\xD9\x84\xD9\x8A")) {  // الحالي
        // "يوم 15 الجاري", "في 3 من الحالي": the month is the current one, unnamed. (Only after a day: alone
        // the words are "ongoing", "التحقيق الجاري".)
        date.relative_month = true;
        date.month_offset = 0;
        date.tok_end = p + 1;
        return date;
      } else if (!ordinal && DateLeadBefore(pos) &&
                 !(IsPunctOneOf(doc_, day_end, "/-.") && Glued(doc_, day_end - 1, day_end))) {
        // "بتاريخ 25": statements date their acts by the day of the month alone.
        date.day_only = true;
        date.tok_end = day_end;
        return date;
      } else {
        return std::nullopt;  // "يوم 12", "السابع من الجنود"
      }
      if (ordinal && !of) return std::nullopt;
    } else {
      const uint32_t month_tok = p;
      std::optional<int> month = ReadMonth(p);
      if (!month) return std::nullopt;
      date.month = *month;
      // A bare month name is often also a word ("مارس" practised, "آب" father): it is a month when a
      // year or الماضي follows, when it was restated in another system, or when "في"/"منذ"/"مطلع"...
      // comes before it.
      const bool restated = p > month_tok + 1;
      const bool context = mods.month_day != 0 || mods.since ||
                           (month_tok > 0 && Word(month_tok - 1, kMonthContext | kMonthPart));
      uint32_t y = p;
      const bool has_year = ReadYear(y).has_value();
      const bool marked = Word(p, kPast | kFuture).has_value();
      if (!restated && !context && !has_year && !marked) return std::nullopt;
    }
    if (std::optional<int> year = ReadYear(p)) date.year = *year;
    if (std::optional<Hit> m = Word(p, kPast | kFuture)) {
      (m->entry->roles & kPast ? date.past : date.future) = true;
      p = m->tok_end;
    }
    date.tok_end = p;
    return date;
  }

  // "بتاريخ 25": a word that says a bare number after it is a day of the month.
  bool DateLeadBefore(uint32_t pos) const {
    if (pos == 0 || doc_.tokens[pos - 1].sentence != doc_.tokens[pos].sentence) return false;
    std::optional<Hit> h = Word(pos - 1, kContext);
    return h && h->entry->value == kDateLead && h->tok_end == pos;
  }

  // The day a calendar date names, against publication where the year is not written.
  std::optional<Found> Resolve(const CalendarDate& date, const Modifiers& mods) const {
    Found f = Span(date.tok_end);
    SkipAdverb(f);
    if (date.future) return f;
    if (date.day_only) {
      if (!published_) {
        f.Unresolved(1);
        return f;
      }
      // The latest such day on or before publication: this month's, else last month's (or the one
      // before, for a 31st after a 30-day month).
      int year = published_->year(), month = published_->month();
      for (int k = 0; k < 3; ++k) {
        std::optional<Day> d = Day::FromYmd(year, month, date.day);
        if (d && *d <= *published_) {
          f.day = d;
          f.aux |= 1 | kTimeRelative;
          return f;
        }
        if (--month < 1) month = 12, --year;
      }
      return f;
    }
    const bool month_only = date.day == 0;
    int precision = month_only ? 3 : 1;
    std::optional<Day> day;
    if (date.hijri) {
      day = HijriToDay(date.year, date.month, month_only ? kMidMonth : date.day);
      if (day && month_only && published_ && *day > *published_) day = published_;
    } else if (date.relative_month) {
      if (!published_) {
        f.Unresolved(precision);
        return f;
      }
      int month = published_->month() + date.month_offset;
      int year = published_->year();
      while (month < 1) month += 12, --year;
      while (month > 12) month -= 12, ++year;
      day = Day::FromYmd(year, month, month_only ? (mods.month_day ? mods.month_day : kMidMonth) : date.day);
      if (day && month_only && *day > *published_) day = published_;
      f.aux = kTimeRelative;
    } else if (date.year != 0) {
      day = Day::FromYmd(date.year, date.month, month_only ? (mods.month_day ? mods.month_day : kMidMonth) : date.day);
      if (day && month_only && published_ && *day > *published_ && day->month() == published_->month() &&
          day->year() == published_->year()) {
        day = published_;
      }
    } else if (!published_) {
      f.Unresolved(precision);  // "12 آذار": which year is not known
      return f;
    } else if (month_only) {
      int year = published_->year();
      const int pub_month = published_->month();
      if (date.month > pub_month || (date.past && date.month == pub_month)) --year;
      day = Day::FromYmd(year, date.month, mods.month_day ? mods.month_day : kMidMonth);
      if (day && *day > *published_) day = published_;
    } else {
      day = LatestDayMonth(date.day, date.month, published_->AddDays(kSkewDays));
    }
    if (!day) return f;
    f.day = day;
    f.aux |= precision;
    return f;
  }

  // A full date at `pos` (day, month and year given), and the token after it.
  std::optional<Day> FullDateAt(uint32_t pos, uint32_t& end) const {
    Modifiers none;
    std::optional<CalendarDate> date = ReadDate(pos, none);
    if (!date || date->day == 0 || date->year == 0 || date->future || date->relative_month) return std::nullopt;
    std::optional<Found> f = Resolve(*date, none);
    if (!f || !f->day) return std::nullopt;
    end = date->tok_end;
    return f->day;
  }

  bool IsDatelinePunct(uint32_t tok) const {
    return IsPunctOneOf(doc_, tok, "-:,()\xD8\x8C\xE2\x80\x93\xE2\x80\x94" /* - : , ( ) ، – — */);
  }

  // A weekday opening a dateline's date ("الثلاثاء 14 فبراير 2017", "الثلاثاء، 14 فبراير") restates its
  // day: the date is read after it.
  uint32_t AfterWeekday(uint32_t p) const {
    std::optional<Hit> weekday = BareWord(p, kWeekday);
    if (!weekday) return p;
    p = weekday->tok_end;
    return IsDatelinePunct(p) ? p + 1 : p;
  }

  // Whether tokens [t, end) are what pages print after a dateline's date and nothing else: a clock time
  // ("11:20 ص", "10:30 GMT", "مساءً", "بتوقيت مكة المكرمة") and the same day in the other calendar ("17
  // جمادى الأولى 1438هـ - 14 فبراير 2017م"). A word of a story ("12 آذار 2019 قتل خمسة") is not.
  bool OnlyClockAfter(uint32_t t, uint32_t end) const {
    constexpr uint32_t kZoneWords = 2;  // "بتوقيت مكة المكرمة", "بتوقيت غرينتش"
    while (t < end) {
      if (uint32_t date_end = 0; FullDateAt(t, date_end) && date_end <= end) {
        t = date_end;
        continue;
      }
      if (doc_.tokens[t].kind != TokenKind::kArabic) {  // digits of a clock, punctuation, "GMT"
        ++t;
        continue;
      }
      if (std::optional<Hit> h = BareWord(t, kContext); h && (h->entry->value == kClock || h->entry->value == kClockZone)) {
        const bool zone = h->entry->value == kClockZone;  // "بتوقيت" names a zone after it
        t = h->tok_end;
        for (uint32_t w = 0; zone && w < kZoneWords && t < end && doc_.tokens[t].kind == TokenKind::kArabic; ++w) ++t;
        continue;
      }
      if (std::optional<Hit> h = BareWord(t, kAdverb | kDaypart); h && h->tok_end == t + 1) {
        ++t;
        continue;
      }
      return false;
    }
    return true;
  }

  // A dateline in the paragraph of tokens [first, end): a label ("نشر في") and a date opening the
  // line, with little after it; a line that is only a date; and in the head of the article, up to
  // four words (the place) and a separator before the date ("دمشق - 12 آذار 2019 - قالت..."). A
  // weekday may open the date ("آخر تحديث: الثلاثاء 14 فبراير 2017 - 11:20 ص").
  std::optional<Day> DatelineIn(uint32_t first, uint32_t end, bool head) const {
    constexpr uint32_t kMaxAfterLabelled = 6;  // "10:30 ص", "(GMT)": a clock time, not a story
    constexpr uint32_t kMaxPlaceWords = 4;
    uint32_t p = first;
    if (IsPunctOneOf(doc_, p, "(")) ++p;
    uint32_t date_end = 0;
    if (std::optional<Hit> label = Word(p, kDatelineLabel)) {
      uint32_t q = label->tok_end;
      if (IsPunctOneOf(doc_, q, ":-")) ++q;
      q = AfterWeekday(q);
      if (std::optional<Day> d = FullDateAt(q, date_end);
          d && date_end <= end && (end - date_end <= kMaxAfterLabelled || OnlyClockAfter(date_end, end))) {
        return GregorianAfter(q, date_end, end, *d);
      }
      return std::nullopt;
    }
    // A line that is only a date (a clock time may follow, but no words: "12 آذار 2019 قتل خمسة" is news).
    if (std::optional<Day> d = FullDateAt(AfterWeekday(p), date_end); d && date_end <= end && OnlyClockAfter(date_end, end)) {
      return GregorianAfter(AfterWeekday(p), date_end, end, *d);
    }
    if (!head) return std::nullopt;
    uint32_t words = 0;
    while (p < end && words <= kMaxPlaceWords && doc_.tokens[p].kind == TokenKind::kArabic) ++p, ++words;
    if (words == 0 || words > kMaxPlaceWords || !IsDatelinePunct(p)) return std::nullopt;
    if (IsPunctOneOf(doc_, p, "()")) return std::nullopt;  // "دمشق (" opens an agency name, not a date
    ++p;
    const uint32_t at = AfterWeekday(p);
    std::optional<Day> d = FullDateAt(at, date_end);
    if (!d) return std::nullopt;
    // The date closes the dateline: the line ends or a separator follows ("... 2019 - قالت").
    if (date_end < end && !IsDatelinePunct(date_end)) return std::nullopt;
    return GregorianAfter(at, date_end, end, *d);
  }

  // Whether any number could be a Hijri year: most articles have none, and then no position needs
  // the Hijri month lookup (which would otherwise run at every number and month word).
  static bool HasHijriYear(const Document& doc) {
    for (const Token& t : doc.tokens) {
      if (t.kind != TokenKind::kNumber) continue;
      if (std::optional<int> y = SmallNumber(doc.NormView(t)); y && IsHijriYear(*y)) return true;
    }
    return false;
  }

  const Table& table_;
  const numbers::NumberParser& numbers_;
  const std::vector<std::string>& month_words_;
  const Document& doc_;
  const std::optional<Day> published_;
  const bool hijri_years_;
  mutable bool reading_until_ = false;  // UntilDay is reading the day after حتى
};

}  // namespace

struct TimeParser::Impl {
  Table words;
  numbers::NumberParser numbers;
  std::vector<std::string> of_words;  // "من": an ordinal day is always followed by one
  // of_words as a set: MayStart asks it of the next two tokens of most words, and most have no size
  // of an entry. Views into of_words, which Load leaves unchanged once it has built this.
  text::WordSet of_set = {};
  // "شهر" between a day and a month name; kept apart from `words`, where "شهر" is a duration.
  std::vector<std::string> month_words;
  explicit Impl(numbers::NumberParser n) : numbers(std::move(n)) {}

  // Whether a period may start at `tok`, a word that starts nothing else: a lead ("على مدى", "في",
  // "خلال") with digits, a number word or a word of duration after it. Leads are frequent words
  // ("في", "على"), and most of them are no period: this keeps the reader away from them.
  bool SpanMayStart(const Document& doc, uint32_t tok) const {
    const std::optional<Hit> lead = words.ForEachMatch(doc, tok, [](const Hit& h) {
      return (h.entry->roles & kSpanLead) != 0 && !h.article;
    });
    if (!lead || lead->tok_end >= doc.tokens.size()) return false;
    if (lead->tok_end > tok + 1) return true;  // "على مدى", "في اليومين": rare enough to read
    const uint32_t next = lead->tok_end;
    if (doc.tokens[next].kind == TokenKind::kNumber || numbers.MayStartNumber(doc, next)) return true;
    // "الـ72", "الـ 48": the article apart from the digits.
    if (next + 1 < doc.tokens.size() && doc.tokens[next + 1].kind == TokenKind::kNumber) return true;
    return words.ForEachMatch(doc, next, [](const Hit& h) { return (h.entry->roles & kDuration) != 0; }).has_value();
  }

  bool IsOfWord(const Document& doc, uint32_t tok) const {
    return tok < doc.tokens.size() && of_set.contains(doc.NormView(doc.tokens[tok]));
  }
};

TimeParser::TimeParser() = default;
TimeParser::TimeParser(TimeParser&&) noexcept = default;
TimeParser& TimeParser::operator=(TimeParser&&) noexcept = default;
TimeParser::~TimeParser() = default;

namespace {

Status AddWord(Table& words, const TsvRow& row, uint32_t role, int values, int32_t fixed = 0) {
  int64_t v[2] = {fixed, 0};
  for (int k = 0; k < values; ++k) {
    if (row.fields.size() < static_cast<size_t>(2 + k + 1) || !numbers::ParseInt64(row.fields[2 + k], v[k]) ||
        v[k] < -100000 || v[k] > 100000) {
      return Status::Corruption(row.Where() + "expected " + std::to_string(values) + " integer value(s)");
    }
  }
  TimeWord& w = words.Upsert(row.fields[0]);
  w.roles |= role;
  if (fixed != 0) values = 1;
  if (values == 0) return Status::OK();
  if (w.values > 0 && (w.value != v[0] || (values > 1 && w.values > 1 && w.arg != v[1]))) {
    return Status::Corruption(row.Where() + "conflicting values for " + std::string(row.fields[0]));
  }
  w.value = static_cast<int32_t>(v[0]);
  if (values > 1) w.arg = static_cast<int32_t>(v[1]);
  w.values = std::max(w.values, values);
  return Status::OK();
}

}  // namespace

Result<TimeParser> TimeParser::Load(const std::string& dict_dir) {
  Result<numbers::NumberParser> nums = numbers::NumberParser::Load(dict_dir);
  if (!nums.ok()) return nums.status();
  TimeParser parser;
  parser.impl_ = std::make_unique<Impl>(std::move(*nums));
  Table& words = parser.impl_->words;
  Status s = ReadTsv(dict_dir + "/time_words.tsv", [&](const TsvRow& row) -> Status {
    if (row.fields.size() < 2 || row.fields[0].empty()) {
      return Status::Corruption(row.Where() + "expected: phrase, kind, value, arg");
    }
    if (row.fields[1] == "month_word") {
      parser.impl_->month_words.push_back(text::NormalizeKey(row.fields[0]));
      return Status::OK();
    }
    for (const Kind& k : kKinds) {
      if (k.name != row.fields[1]) continue;
      if (k.role == kOf) parser.impl_->of_words.push_back(text::NormalizeKey(row.fields[0]));
      return AddWord(words, row, k.role, k.values, k.fixed);
    }
    return Status::Corruption(row.Where() + "unknown kind " + std::string(row.fields[1]));
  });
  if (!s.ok()) return s;
  s = ReadTsv(dict_dir + "/months.tsv", [&](const TsvRow& row) -> Status {
    // months.tsv has no kind column: name, month, system. Read it as "name <TAB> month <TAB> month".
    TsvRow as_word = row;
    if (row.fields.size() < 2 || row.fields[0].empty()) {
      return Status::Corruption(row.Where() + "expected: name, month 1..12");
    }
    as_word.fields = {row.fields[0], "month", row.fields[1]};
    int64_t month = 0;
    if (!numbers::ParseInt64(row.fields[1], month) || month < 1 || month > 12) {
      return Status::Corruption(row.Where() + "expected: name, month 1..12");
    }
    const bool hijri = row.fields.size() > 2 && row.fields[2] == "hijri";
    return AddWord(words, as_word, hijri ? kHijriMonth : kMonth, 1);
  });
  if (!s.ok()) return s;
  words.Finish(kStartRoles);
  const std::vector<std::string_view> of_views(parser.impl_->of_words.begin(), parser.impl_->of_words.end());
  parser.impl_->of_set = text::WordSet(std::span<const std::string_view>(of_views));
  return parser;
}

// Whether an expression may start at `tok`: one filtered lookup rules out almost every token. Number
// words start one only as an ordinal day, which "من" follows ("السابع من", "الحادي عشر من").
// Hijri month names ("ذي", "ربيع", "رجب") start one only in an article with a number that could be a
// Hijri year (`hijri_years`).
bool TimeParser::MayStart(const Document& doc, uint32_t tok, bool hijri_years, bool& may_lead) const {
  const Token& t = doc.tokens[tok];
  may_lead = false;
  if (t.kind == TokenKind::kNumber) return true;
  if (t.kind != TokenKind::kArabic) return false;
  const uint32_t roles = impl_->words.RolesAt(doc, tok);
  may_lead = (roles & kSpanLead) != 0;
  if ((roles & ~kHijriMonth & ~kSpanLead) != 0 || (hijri_years && (roles & kHijriMonth) != 0)) return true;
  if ((roles & kSpanLead) != 0 && impl_->SpanMayStart(doc, tok)) return true;
  return (impl_->IsOfWord(doc, tok + 1) || impl_->IsOfWord(doc, tok + 2)) && impl_->numbers.MayStartNumber(doc, tok);
}

std::optional<Day> TimeParser::DatelineOf(std::string_view line) const {
  constexpr size_t kMaxLineBytes = 512;  // a dateline is a short line; the reader bounds it too
  if (line.size() > kMaxLineBytes) return std::nullopt;
  Document d;
  d.text = std::string(line);
  text::Normalize(d.text, d.norm);
  text::Tokenize(d);
  if (d.tokens.empty()) return std::nullopt;
  const Reader reader(impl_->words, impl_->numbers, impl_->month_words, d);
  return reader.PrintedDateline();
}

void TimeParser::Annotate(Document& doc) const {
  // Read before the main pass: relative expressions resolve against the dateline's day. The date line a
  // page prints is its own date, as its metadata's would be: it wins over the default (--published) the
  // reader left in doc.published. A dateline in the text counts only when nothing else dated the article.
  if (!doc.dateline.empty()) {
    if (std::optional<Day> d = DatelineOf(doc.dateline)) doc.published = d;
  }
  if (!doc.published) doc.published = Reader(impl_->words, impl_->numbers, impl_->month_words, doc).Dateline();
  const Reader reader(impl_->words, impl_->numbers, impl_->month_words, doc);
  const bool hijri_years = reader.hijri_years();
  const uint32_t n = static_cast<uint32_t>(doc.tokens.size());
  for (uint32_t i = 0; i < n;) {
    uint32_t begin = 0;
    std::optional<Found> f;
    bool may_lead = false;
    if (MayStart(doc, i, hijri_years, may_lead)) f = reader.ReadAt(i, begin, may_lead);
    if (!f) {
      ++i;
      continue;
    }
    if (f->day || f->unresolved) {
      if (f->day && doc.published && *f->day < doc.published->AddDays(-kHistoricDays)) f->aux |= kTimeHistoric;
      Mention m;
      m.kind = MentionKind::kTime;
      m.tok_begin = i;
      m.tok_end = f->tok_end;
      m.begin = begin;
      m.end = f->end;
      m.value = f->day ? f->day->days() : 0;
      m.aux = f->aux;
      if (reader.IsReportDay(i, m.aux)) m.aux |= kTimeReportDay;
      doc.mentions.push_back(m);
    }
    i = f->tok_end;
  }
}

}  // namespace rasd::time
