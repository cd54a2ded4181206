// Stage `eval`: reads the gold and prediction files of `rasd eval`: JSON lines of articles, each
// {"id": ..., "events": [{...}, ...]} (the gold format of GUIDELINES.md and the output of `rasd
// extract`). Other members (text, title, spans) are ignored.
//
//   Result<EventSets> gold = LoadEventSets("dev.jsonl");
//   if (!gold.ok()) std::cerr << gold.status().message();   // "dev.jsonl:12: not JSON: ..."
#pragma once

#include <string>
#include <string_view>

#include "eval/scorer.h"
#include "rasd/status.h"

namespace rasd::eval {

// Parses JSON lines (blank lines skipped; \n, \r\n and \r end a line, as Python reads text). An error
// names `name` and the line: a line that is not JSON, not an object, "events" that is not a list, an
// event that is not an object.
Result<EventSets> ParseEventSets(std::string_view text, const std::string& name);

// Reads and parses the file at `path`; IOError when it cannot be read.
Result<EventSets> LoadEventSets(const std::string& path);

}  // namespace rasd::eval
