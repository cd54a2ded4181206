// Stage `text`: sentences and tokens over the normalized text.
//
//   Tokenize(doc);   // reads doc.norm, writes doc.tokens and doc.sentences
//
// Tokens are runs of Arabic letters, runs of Latin letters, numbers (digits with internal , . kept:
// "1,200", "2.5"), or single punctuation characters. Clitics stay attached to the token: a word like
// "وبالباغوز" is one token, and ProcliticSplits() lists where its stem may start, so matchers can try each.
// Sentences end at . ! ? ؟ ; ؛ and at line breaks; a line break also starts a new paragraph.
// Details: a run of terminators ("؟!", "...") and closing quotes or brackets glued to it ("انتهى.\"")
// stay in the sentence they end; a '.' between Latin letters or digits ("alarabiya.net", "2.5") ends
// nothing. Paragraphs are numbered by non-empty line (blank lines add no empty sentence or paragraph).
#pragma once

#include <cstdint>
#include <string_view>

#include "rasd/document.h"

namespace rasd::text {

void Tokenize(Document& doc);

// Byte lengths of plausible proclitic prefixes of a normalized Arabic word, longest first and always
// ending with 0 (the word itself). Combinations of و ف then ب ل ك س then ال (and لل = ل + ال):
// "وبالباغوز" -> {8 ("وبال"), 4 ("وب"), 2 ("و"), 0} (Arabic letters are 2 bytes each). A prefix is
// offered only when at least 2 letters remain after it. Returns the count written to `out` (at most 8).
int ProcliticSplits(std::string_view word, uint8_t out[8]);

// True when the prefix word[0, split) ends in the contraction لل (ل + ال with the alef dropped): the
// stem then stands for "ال" + stem, e.g. "للتنظيم" split 4 -> "تنظيم", spelled "التنظيم" in a dictionary.
bool SplitElidesArticle(std::string_view word, int split);

// Byte lengths of plausible enclitic/inflection suffixes (ه ها هم هن هما كم نا ي, and plural/dual
// endings ون ين ان ات) of a normalized word, longest first, ending with 0. At most 8.
int EncliticSplits(std::string_view word, uint8_t out[8]);

}  // namespace rasd::text
