// Stage `text`: Arabic normalization with an alignment back to the original bytes.
//
//   rasd::NormalizedText n = rasd::text::Normalize("مِن \"قسد\"");
//   n.text      == "من \"قسد\""     (kasra removed)
//   n.OriginalSpan(0, 4)             -> bytes of "مِن" in the original
//
// What is folded, and why: the same word is spelled many ways in news text, and dictionaries must match
// all of them with one key.
//   - Arabic diacritics U+064B..U+065F, U+0670 (superscript alef), tatweel U+0640: removed.
//   - أ إ آ ٱ → ا ; ى → ي ; ة → ه ; ؤ → و ; ئ → ي.
//   - Arabic-Indic ٠..٩ and Persian ۰..۹ digits → ASCII digits; Arabic decimal/thousands separators → . ,
//   - NBSP, thin and other Unicode spaces, tabs → ' '; zero-width and bidi marks removed.
//   - « » “ ” „ ″ → '"' ; ‘ ’ → '\''; Arabic comma/semicolon/question mark are kept as they are.
//   - ASCII letters lower-cased.
//   - Also: Latin-1 capitals lower-cased and combining accents U+0300..U+036F removed; Persian ک ی → ك ي
//     and ۀ ہ ە → ه; ٪ → %; dashes U+2010..U+2015 and minus U+2212 → '-'; Arabic presentation forms
//     (U+FE70..U+FEFC, as in text extracted from PDFs) → base letters, lam-alef ligatures → "لا";
//     Quranic annotation marks removed; CRLF, CR, U+0085, U+2028, U+2029 → '\n'; other control
//     characters → ' '.
//   - Invalid UTF-8 bytes become U+FFFD (3 bytes) aligned to the offending byte; callers that must
//     reject invalid input check with IsValidUtf8 first.
#pragma once

#include <string>
#include <string_view>

#include "rasd/document.h"

namespace rasd::text {

NormalizedText Normalize(std::string_view original);
// The same into `out`, whose buffers are reused: their capacity stays and their contents are
// overwritten, so a loop over many documents allocates (and first touches) them only once.
void Normalize(std::string_view original, NormalizedText& out);

// The normalized form of a dictionary key: Normalize(), then runs of spaces collapsed to one and
// trimmed. Dictionary entries and text go through the same folding, so they compare byte for byte.
std::string NormalizeKey(std::string_view phrase);
// NormalizeKey(phrase) appended to `out`, without a string of its own.
void AppendNormalizedKey(std::string_view phrase, std::string& out);

bool IsValidUtf8(std::string_view s, size_t* error_offset = nullptr);

}  // namespace rasd::text
