// The one object every pipeline stage annotates.
//
//   rasd::Document doc;
//   doc.id = "article-1";
//   doc.text = "...";                        // original bytes, UTF-8, never modified
//   doc.published = rasd::Day::Parse("2019-03-12");
//   pipeline.Process(doc);                   // fills norm, tokens, sentences, mentions, events
//   for (const rasd::Event& e : doc.events) ...
//
// Stages read only what earlier stages wrote. Every span a stage writes is a byte range in the
// normalized text (`norm`); `OriginalSpan()` maps it back to bytes of `text`, so each extracted field
// can point at its evidence in the article as published.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "rasd/date.h"

namespace rasd {

// A half-open byte range [begin, end).
struct ByteSpan {
  uint32_t begin = 0;
  uint32_t end = 0;
  bool empty() const { return end <= begin; }
  friend bool operator==(const ByteSpan&, const ByteSpan&) = default;
};

// Normalized text and its alignment to the original bytes.
struct NormalizedText {
  std::string text;
  // to_orig[i] = byte offset in the original of the character that produced normalized byte i;
  // to_orig[text.size()] = size of the original. Non-decreasing.
  std::vector<uint32_t> to_orig;

  // Original byte range of the normalized range [begin, end). Characters deleted by normalization
  // (diacritics, tatweel) inside or right after the range belong to it.
  ByteSpan OriginalSpan(uint32_t begin, uint32_t end) const {
    if (to_orig.empty()) return {};
    return {to_orig[begin], to_orig[end]};
  }
};

enum class TokenKind : uint8_t {
  kArabic,  // a run of Arabic letters
  kLatin,   // a run of Latin letters (lower-cased)
  kNumber,  // a run of ASCII digits (Arabic-Indic digits are folded to ASCII by normalization),
            // with internal separators "1,200" "1.5" kept
  kPunct,   // one punctuation character
};

struct Token {
  uint32_t begin = 0;  // byte range in the normalized text
  uint32_t end = 0;
  uint32_t sentence = 0;  // index into Document::sentences
  TokenKind kind = TokenKind::kArabic;
};

struct Sentence {
  uint32_t begin = 0;  // byte range in the normalized text
  uint32_t end = 0;
  uint32_t first_token = 0;  // token index range [first_token, end_token)
  uint32_t end_token = 0;
  uint32_t paragraph = 0;  // paragraphs are separated by line breaks; 0 is the title when known
};

enum class MentionKind : uint8_t {
  kActor,    // ref = actor id in the actor lexicon
  kTrigger,  // ref = trigger id in the trigger lexicon
  kPlace,    // ref = gazetteer name id (geo::Gazetteer::Candidates); aux = geo::PlaceHints
  kTime,     // value = Day::days(); aux = date precision (1 day, 2 week, 3 month)
  kNumber,   // value = the number; aux = NumberFlags
  kCue,      // ref = cue kind (killed, injured, place-type word, ...) from the cue lexicon
};

// NumberFlags for kNumber mentions.
enum NumberFlags : int32_t {
  kNumberExact = 0,
  kNumberApprox = 1,    // "نحو 20", "حوالي 20"
  kNumberAtLeast = 2,   // "أكثر من 100", "ما لا يقل عن 10"
  kNumberVague = 4,     // "عشرات", "عدة": a GUIDELINES convention value, not a reported figure
};

struct Mention {
  MentionKind kind = MentionKind::kActor;
  uint32_t tok_begin = 0;  // token range [tok_begin, tok_end)
  uint32_t tok_end = 0;
  uint32_t begin = 0;  // normalized byte range (may start after a stripped proclitic)
  uint32_t end = 0;
  int32_t ref = -1;
  int64_t value = 0;
  int32_t aux = 0;
};

struct Event {
  std::string event_type;
  std::string sub_event_type;
  std::optional<Day> date;
  int date_precision = 1;
  std::string actor1;
  std::string actor2;  // empty = none
  std::string location;  // as written in the article
  std::string country;
  std::string admin1;
  std::optional<double> lat;
  std::optional<double> lon;
  int geo_precision = 1;
  int64_t fatalities = 0;
  // The toll is a GUIDELINES convention, not a figure the text gives: an unnumbered plural
  // ("سقوط قتلى" = 3) or a vague quantity ("عشرات القتلى" = 10). The store prefers numbered reports.
  bool fatalities_vague = false;
  std::optional<int64_t> injured;
  std::string evidence;  // exact substring of the original text
  double confidence = 0.0;

  // Byte ranges into the original text for each field taken from it; empty where not taken from text.
  struct Spans {
    ByteSpan actor1, actor2, location, date, fatalities, injured, trigger, evidence;
  } spans;
};

struct Document {
  // Input.
  std::string id;
  std::string source;
  std::string url;
  std::string title;  // also the first paragraph of `text` when it came from a .txt file
  std::string text;   // original UTF-8 bytes
  std::optional<Day> published;
  // A date line printed with the article but not part of `text` (an HTML page's "الثلاثاء 14 فبراير 2017
  // - 11:20 ص" beside its body, set when the page's metadata has no date). The time stage reads it; its
  // day replaces `published`, which is then only the input's default (--published).
  std::string dateline;

  // Annotations, in stage order.
  NormalizedText norm;
  std::vector<Token> tokens;
  std::vector<Sentence> sentences;
  std::vector<Mention> mentions;
  std::vector<Event> events;
  std::vector<std::string> warnings;  // non-fatal problems worth telling the user

  // Every stage calls this for every token it looks at: no bounds check (Tokenize makes tokens within
  // norm.text; substr's check and its exception path cost more than the view itself).
  std::string_view NormView(const Token& t) const {
    return std::string_view(norm.text.data() + t.begin, t.end - t.begin);
  }
};

}  // namespace rasd
