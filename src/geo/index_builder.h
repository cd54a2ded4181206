// Stage `geo`, internal: from the raw sources to the index file (layout in index_format.h).
//
//   SourceSet set;  ReadSources(...);
//   Status s = WriteIndex(std::move(set), index_path);
//
// What happens on the way: every Arabic spelling becomes normalized keys (text::NormalizeKey, tokens
// joined by one space) plus variants (without a leading place-type word such as محافظة/مركز, without
// the article ال); records of the same place from several sources, or repeated within one, are merged
// when they share a key and lie within a few km; a bare town name with parts named after it nearby
// ("باغوز" beside "باغوز فوقاني" and "حويجة باغوز") is moved to a point for the whole settlement;
// candidates of a name are ranked once here so that Resolve is a scan for the first country match.
#pragma once

#include <string>
#include <vector>

#include "geo/sources.h"
#include "rasd/status.h"

namespace rasd::geo {

// Normalized keys for one raw spelling: the full form and its variants, without duplicates. Empty when
// the spelling has fewer than two letters or no Arabic at all.
std::vector<std::string> NameKeys(std::string_view spelling);

// What the build did, for maintenance reports (geo_tool clusters).
struct BuildReport {
  // One line per settlement cluster: the bare name, its point before -> after, and the parts.
  std::vector<std::string> clusters;
  // One line per country adjective that names a capital after "العاصمة": adjective, country, capital.
  std::vector<std::string> capitals;
};

Status WriteIndex(SourceSet set, const std::string& index_path, BuildReport* report = nullptr);

}  // namespace rasd::geo
