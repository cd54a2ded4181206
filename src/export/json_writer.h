// Stage `export`: the JSON line written for one article by `rasd extract` (the output contract).
//
//   std::string line;
//   AppendArticleJson(doc, /*pretty=*/false, line);   // {"id":...,"published":...,"events":[...]}\n
//
// Every event carries the fields of GUIDELINES.md plus `confidence` and `spans` (byte ranges
// [start, end) into the article text, one per field taken from the text).
#pragma once

#include <string>
#include <string_view>

#include "rasd/document.h"

namespace rasd::exporter {

void AppendArticleJson(const Document& doc, bool pretty, std::string& out);

// Appends `s` as a JSON string literal (quotes included), escaping what RFC 8259 requires.
void AppendJsonString(std::string_view s, std::string& out);

}  // namespace rasd::exporter
