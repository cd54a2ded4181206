// Stage `time`: temporal expressions resolved to a calendar day against the publication date.
//
//   TimeParser t = *TimeParser::Load(dict_dir);   // reads data/months.tsv, data/time_words.tsv
//   t.Annotate(doc);   // appends MentionKind::kTime mentions: value = Day::days(), aux = precision
//
// Recognised (normalized text):
//   اليوم, فجر/صباح/ظهر/عصر/مساء/ليل/ليلة اليوم -> published (precision 1)
//   أمس, البارحة, مساء أمس, أمس الإثنين -> published - 1 ; أول أمس / أول من أمس -> published - 2
//   weekday names (الأحد ... السبت, with optional يوم and الماضي/الفائت/المنصرم): the most recent such day on
//   or before publication ("أمس الخميس" when Thursday is not yesterday: the weekday wins); "الثلاثاء" in
//   an article of a Tuesday is that day, "الثلاثاء الماضي" the Tuesday before
//   ليلة الأحد (night from Saturday to Sunday) -> the Saturday; "ليل الثلاثاء الأربعاء", "ليلة الأحد–الإثنين"
//   -> the first day
//   قبل يومين / قبل ثلاثة أيام -> published - N ; الأسبوع الماضي -> published - 7, precision 2
//   "خلال الأيام الماضية", "مؤخرا" -> published, precision 2
//   absolute: "12 آذار/مارس 2019", "12 مارس", "آذار 2019" (precision 3), "12/3/2019";
//   month names: Levantine (كانون الثاني ... كانون الأول), Egyptian/Gulf (يناير ... ديسمبر, with
//   spelling variants), Maghrebi (جانفي فيفري أفريل ماي جوان جويلية أوت); without a year the nearest
//   date on or before publication.
//   combined names "آذار/مارس", "فبراير/ شباط", "آذار (مارس)"; ordinal days "السابع من أكتوبر";
//   "12 من الشهر الجاري"; "شباط/فبراير الماضي" and "الشهر الماضي" (precision 3, the 15th as ACLED
//   does, never after publication); "مطلع/منتصف/أواخر آذار", "مطلع/منتصف/أواخر الشهر" (the 5th/15th/
//   25th: the middle of the third of the month named, precision 3, never after publication).
// A day and month without a year resolve to the latest such date on or before publication, or up to
// 2 days after it (a report dated by the publisher's clock in an earlier time zone); "29 شباط" without
// a year goes back to the latest leap year.
// Expressions that name the future ("الأحد المقبل", "الأسبوع المقبل") are consumed and not emitted;
// "قبل يومين من الانتخابات" counts from something else and is not emitted either.
// "منذ" before a date ("منذ 30 آذار") marks the start of a period: kTimeSince. "منذ/قبل" before a
// duration ("منذ يومين") means ago.
// A year alone ("عام 2015", "العام الماضي") before the publication year is a mention of July 1 of it
// with precision kTimePrecisionYear and kTimeHistoric, so that what it governs is known to be history;
// the publication year or later alone is no mention.
// A mention covers the whole expression ("مساء أمس الإثنين", "يوم الأحد الموافق 17 آذار") but not a
// leading preposition ("في 12 آذار"), unless the preposition belongs to a fixed phrase ("في الآونة
// الأخيرة"). Its aux also carries kTimeRelative when resolved from a relative
// expression, and kTimeHistoric when the day is more than 30 days before publication.
// Without a publication date, relative expressions produce kTimeUnresolved mentions (never resolved
// against today). Before that, Annotate looks for a dateline when doc.published is empty — the first
// line of the body ("دمشق - 12 آذار 2019") or a labelled line at the start or end ("نُشر في 12/3/2019",
// "تاريخ النشر: ...", "(بتاريخ 2019/03/12)"), a weekday and a clock time around the date allowed
// ("الثلاثاء 14 فبراير 2017 - 11:20 ص") — and takes its day as doc.published. doc.dateline (the date an
// HTML page prints beside its text when its metadata has none) is read the same way first, and replaces
// the default publication date the input options gave.
// Hijri dates with a year ("رمضان 1440هـ", "15 شعبان 1445 هـ", "1 محرم 1446") are converted with ICU's
// Umm al-Qura calendar: precision 1 with a day, 3 (the middle of the Hijri month) without.
// Periods of 2..7 days ("خلال الأيام الثلاثة الماضية", "على مدى يومين", "عدوان استمر يومين", "منذ ثلاثة
// أيام" beside an act still going on, "منذ يوم الجمعة", "منذ الخميس وحتى السبت") end the day before
// publication (or on the day after حتى) with the number of days in the aux (SpanDays); the assembler
// splits a total reported over them per day. A day in a reporting verb's frame ("قال الجيش يوم
// الثلاثاء إن") carries kTimeReportDay. "غداً" is the future, consumed.
// The vocabulary is data: data/time_words.tsv, data/months.tsv, and data/numbers.tsv for "ثلاثة أيام".
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "rasd/document.h"
#include "rasd/status.h"

namespace rasd::time {

inline constexpr int32_t kTimePrecisionMask = 0xF;
inline constexpr int32_t kTimeRelative = 0x10;   // resolved from a relative expression ("أمس")
inline constexpr int32_t kTimeHistoric = 0x20;   // a date > 30 days before publication
inline constexpr int32_t kTimeSince = 0x40;      // the start of a period: "منذ 30 آذار"
// A relative expression ("أمس", "الأحد", "12 آذار" without a year) in an article whose publication
// date is unknown: value is 0 and names no day; the precision bits say what it would have named.
// Whatever it governs has an unknown day (date null), never one borrowed from elsewhere.
inline constexpr int32_t kTimeUnresolved = 0x80;
// A precision beyond ACLED's three: only the year is known ("عام 2015"); always with kTimeHistoric.
inline constexpr int32_t kTimePrecisionYear = 4;
// A period of several days counted back from publication ("خلال الأيام الثلاثة الماضية", "على مدى
// يومين", "عدوان استمر يومين", "معارك تخوضها القوات منذ ثلاثة أيام", "منذ يوم الجمعة"): value is its
// last day, the day before publication (a report of day D tells the days up to D-1, and "the past two
// days" written on D are D-2 and D-1); the number of days, 2..kMaxSpanDays, is in bits 8..15. Such a
// mention has precision 2 (the week): which day of the period an act fell on is not said.
inline constexpr int32_t kTimeSpanShift = 8;
inline constexpr int32_t kTimeSpanMask = 0xFF << kTimeSpanShift;
inline constexpr int kMaxSpanDays = 7;  // longer periods are summaries (weeks, months), not split per day
inline constexpr int SpanDays(int32_t aux) { return (aux & kTimeSpanMask) >> kTimeSpanShift; }  // 0 = one day
// A day written in the frame of a reporting verb, before what is reported ("قال الجيش يوم الثلاثاء
// إن…", "أكدت الحركة، اليوم السبت، فشل الهجوم", "حسبما أعلن مسؤولون اليوم"): it dates the report, and
// the act reported may be older.
inline constexpr int32_t kTimeReportDay = 0x10000;

class TimeParser {
 public:
  static Result<TimeParser> Load(const std::string& dict_dir);
  TimeParser(TimeParser&&) noexcept;
  TimeParser& operator=(TimeParser&&) noexcept;
  ~TimeParser();

  void Annotate(Document& doc) const;

  // The day a dateline printed outside the article's text gives (Document::dateline: "الثلاثاء 14 فبراير
  // 2017 - 11:20 ص", "نشر في 14/2/2017", "القاهرة - 14 فبراير 2017"), read as a dateline at the head of an
  // article is; nullopt when the line is no dateline. Annotate uses it when the input gives no date.
  std::optional<Day> DatelineOf(std::string_view line) const;

 private:
  TimeParser();
  // `may_lead`: set when a period lead ("على مدى") may start there too.
  bool MayStart(const Document& doc, uint32_t tok, bool hijri_years, bool& may_lead) const;
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace rasd::time
