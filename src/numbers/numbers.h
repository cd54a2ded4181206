// Stage `numbers`: counts written as digits, number words or vague quantities.
//
//   NumberParser p = *NumberParser::Load(dict_dir);   // reads data/numbers.tsv
//   p.Annotate(doc);   // appends MentionKind::kNumber mentions (value, aux = NumberFlags)
//
// Recognised (after normalization, so Arabic-Indic digits arrive as ASCII):
//   "38", "1,200", "2.5 ألف" (2500), "11 ألف" (11000), "ثلاثة", "ثلاث", "ثلاثين", "خمسة وعشرون",
//   "أحد عشر", "مئة"/"مائة"/"مئتين"/"ثلاثمئة", "ألف"/"ألفين"/"آلاف", words with attached و/ب/ل;
//   ordinals are NOT counts ("الثالث" is not 3);
//   qualifiers: "نحو/حوالي/قرابة/زهاء N" (kNumberApprox), "أكثر من/ما لا يقل عن/أزيد من N", "N على
//   الأقل" (kNumberAtLeast; value N), "أقل من N" (kNumberAtMost below; value N); vague counts per
//   GUIDELINES: "عشرات" = 10, "مئات" = 100, "آلاف" = 1000, "عدة/عدد من/بضعة/بعض" = 3 (kNumberVague).
// A mention covers all its tokens, qualifier included ("أكثر من 11 ألف"); a range "10-15" is one
// kNumberApprox mention of its lower end, as ACLED takes the lowest figure.
// Digits that are part of a date or time ("2019", "12 آذار", "10:30") are not counts: a 4-digit number
// from 1900 to 2100 is flagged only when it is followed by a count noun, and numbers followed by a month
// name are skipped. Neither are measures ("24 ساعة", "10 كلم", "5%", "الـ24"), identifiers ("القرار
// 2254", "الساعة 10"), or a lone "واحد" that does not follow a count noun ("في آن واحد").
// The vocabulary (number words, qualifiers, count nouns, the words that veto a count) is data:
// data/numbers.tsv, with data/months.tsv for month names.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "rasd/document.h"
#include "rasd/status.h"

namespace rasd::numbers {

// "أقل من 10": at most N. Not in rasd::NumberFlags (document.h), which this stage's mentions extend.
inline constexpr int32_t kNumberAtMost = 8;

class NumberParser {
 public:
  static Result<NumberParser> Load(const std::string& dict_dir);
  NumberParser(NumberParser&&) noexcept;
  NumberParser& operator=(NumberParser&&) noexcept;
  ~NumberParser();

  void Annotate(Document& doc) const;

  // The value of a single normalized number word ("ثلاثه", "عشرين", "مئتين"), or nullopt.
  std::optional<int64_t> WordValue(std::string_view normalized_word) const;

  // A number read at token `tok` without the context rules of Annotate: an optional qualifier, then
  // digits or number words (cardinal, vague or ordinal). Used by the time stage for "قبل ثلاثة أيام",
  // "منذ أكثر من أسبوع" and "الحادي والعشرين من آذار".
  struct Reading {
    int64_t value = 0;
    uint32_t tok_begin = 0;  // token range [tok_begin, tok_end), qualifier included
    uint32_t tok_end = 0;
    uint32_t begin = 0;      // normalized byte range, after a stripped proclitic
    uint32_t end = 0;
    int32_t flags = kNumberExact;  // NumberFlags, or kNumberAtMost
    bool ordinal = false;   // "الثالث", "الحادي والعشرين", "العشرين": a rank, not a count
    bool article = false;   // written with the article: "الثلاثه", "الـ24"
    bool digits = false;    // written in digits
  };
  std::optional<Reading> Read(const Document& doc, uint32_t tok) const;

  // True when a number or a qualifier may start at token `tok`: digits, or a word whose stem begins a
  // phrase of numbers.tsv. One hashed lookup at most, for callers that scan every token.
  bool MayStartNumber(const Document& doc, uint32_t tok) const;

  // A qualifier alone at token `tok` ("نحو", "أكثر من"), for "منذ أكثر من أسبوع" where a unit, not a
  // number, follows. `flags` is kNumberApprox, kNumberAtLeast or kNumberAtMost.
  struct Qualifier {
    uint32_t tok_end = 0;
    int32_t flags = 0;
  };
  std::optional<Qualifier> ReadQualifier(const Document& doc, uint32_t tok) const;

 private:
  NumberParser();
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace rasd::numbers
