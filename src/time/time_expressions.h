// Stage `time`: temporal expressions resolved to a calendar day against the publication date.
//
//   TimeParser t = *TimeParser::Load(dict_dir);   // reads data/months.tsv, data/time_words.tsv
//   t.Annotate(doc);   // appends MentionKind::kTime mentions: value = Day::days(), aux = precision
//
// Recognised (normalized text):
//   اليوم, فجر/صباح/ظهر/عصر/مساء/ليل/ليلة اليوم -> published (precision 1)
//   أمس, البارحة, مساء أمس, أمس الإثنين -> published - 1 ; أول أمس / أول من أمس -> published - 2
//   weekday names (الأحد ... السبت, with optional يوم and الماضي/الفائت/المنصرم): the most recent such day on
//   or before publication ("أمس الخميس" when Thursday is not yesterday: the weekday wins)
//   ليلة الأحد (night from Saturday to Sunday) -> the Saturday; "ليل الثلاثاء الأربعاء" -> the Tuesday
//   قبل يومين / قبل ثلاثة أيام -> published - N ; الأسبوع الماضي -> published - 7, precision 2
//   "خلال الأيام الماضية", "مؤخرا" -> published, precision 2
//   absolute: "12 آذار/مارس 2019", "12 مارس", "آذار 2019" (precision 3), "12/3/2019";
//   month names: Levantine (كانون الثاني ... كانون الأول), Egyptian/Gulf (يناير ... ديسمبر, with
//   spelling variants), Maghrebi (جانفي فيفري أفريل ماي جوان جويلية أوت); without a year the nearest
//   date on or before publication.
// A mention's aux also carries kTimeRelative when resolved from a relative expression.
// Without a publication date, relative expressions produce no mention (never resolved against today).
#pragma once

#include <cstdint>
#include <memory>
#include <string>

#include "rasd/document.h"
#include "rasd/status.h"

namespace rasd::time {

inline constexpr int32_t kTimePrecisionMask = 0xF;
inline constexpr int32_t kTimeRelative = 0x10;   // resolved from a relative expression ("أمس")
inline constexpr int32_t kTimeHistoric = 0x20;   // an absolute date > 30 days before publication

class TimeParser {
 public:
  static Result<TimeParser> Load(const std::string& dict_dir);
  TimeParser(TimeParser&&) noexcept;
  TimeParser& operator=(TimeParser&&) noexcept;
  ~TimeParser();

  void Annotate(Document& doc) const;

 private:
  TimeParser();
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace rasd::time
