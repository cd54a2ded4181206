// Stage `numbers`: counts written as digits, number words or vague quantities.
//
//   NumberParser p = *NumberParser::Load(dict_dir);   // reads data/numbers.tsv
//   p.Annotate(doc);   // appends MentionKind::kNumber mentions (value, aux = NumberFlags)
//
// Recognised (after normalization, so Arabic-Indic digits arrive as ASCII):
//   "38", "1,200", "2.5 ألف" (2500), "11 ألف" (11000), "ثلاثة", "ثلاث", "ثلاثين", "خمسة وعشرون",
//   "أحد عشر", "مئة"/"مائة"/"مئتين"/"ثلاثمئة", "ألف"/"ألفين"/"آلاف", words with attached و/ب/ل;
//   ordinals are NOT counts ("الثالث" is not 3);
//   qualifiers: "نحو/حوالي/قرابة/زهاء N" (kNumberApprox), "أكثر من/ما لا يقل عن/أزيد من/أقل من N"
//   (kNumberAtLeast; value N), vague counts per GUIDELINES: "عشرات" = 10, "مئات" = 100, "آلاف" = 1000,
//   "عدة/عدد من/بضعة/بعض" = 3 (kNumberVague).
// A mention covers all its tokens, qualifier included ("أكثر من 11 ألف").
// Digits that are part of a date or time ("2019", "12 آذار", "10:30") are not counts: a 4-digit number
// from 1900 to 2100 is flagged only when it is followed by a count noun, and numbers followed by a month
// name are skipped.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "rasd/document.h"
#include "rasd/status.h"

namespace rasd::numbers {

class NumberParser {
 public:
  static Result<NumberParser> Load(const std::string& dict_dir);
  NumberParser(NumberParser&&) noexcept;
  NumberParser& operator=(NumberParser&&) noexcept;
  ~NumberParser();

  void Annotate(Document& doc) const;

  // The value of a single normalized number word ("ثلاثه", "عشرين", "مئتين"), or nullopt.
  std::optional<int64_t> WordValue(std::string_view normalized_word) const;

 private:
  NumberParser();
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace rasd::numbers
