// Stage `geo`, internal: the small tables the project owns (under src/geo/, one TSV each), compiled into
// the program so an index can be built from the shared data alone.
//
//   for (std::string_view line : TableLines(Table::kStopNames)) ...
//
// The .tsv files are turned into string literals by CMake (embed_tables.cmake); editing one re-runs
// that step. TablesFingerprint() changes with their contents, so Open rebuilds an index built by a
// program that had other tables.
#pragma once

#include <cstdint>
#include <span>
#include <string_view>

namespace rasd::geo {

enum class Table {
  kStopNames,      // stop_names.tsv: names that are common words or personal names
  kPlacesExtra,    // places_extra.tsv: camps, regions and sites the sources lack
  kAdmin1English,  // admin1_en.tsv: GeoNames/ACLED English names for WOF regions
  kCapitalAdjectives,  // capital_adjectives.tsv: "العاصمة" + adjective forms the derivation misses
};

std::span<const std::string_view> TableLines(Table table);
uint32_t TablesFingerprint();

}  // namespace rasd::geo
