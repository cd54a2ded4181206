#include "geo/tables.h"

#include <cstddef>

namespace rasd::geo {
namespace embedded {
extern const std::string_view kStopNames[];
extern const size_t kStopNames_count;
extern const std::string_view kPlacesExtra[];
extern const size_t kPlacesExtra_count;
extern const std::string_view kAdmin1English[];
extern const size_t kAdmin1English_count;
extern const std::string_view kCapitalAdjectives[];
extern const size_t kCapitalAdjectives_count;
}  // namespace embedded

std::span<const std::string_view> TableLines(Table table) {
  switch (table) {
    case Table::kStopNames: return {embedded::kStopNames, embedded::kStopNames_count};
    case Table::kPlacesExtra: return {embedded::kPlacesExtra, embedded::kPlacesExtra_count};
    case Table::kAdmin1English: return {embedded::kAdmin1English, embedded::kAdmin1English_count};
    case Table::kCapitalAdjectives: return {embedded::kCapitalAdjectives, embedded::kCapitalAdjectives_count};
  }
  return {};
}

uint32_t TablesFingerprint() {
  static const uint32_t fingerprint = [] {
    uint32_t h = 2166136261u;  // FNV-1a over every line of every table
    for (Table t : {Table::kStopNames, Table::kPlacesExtra, Table::kAdmin1English, Table::kCapitalAdjectives}) {
      for (std::string_view line : TableLines(t)) {
        for (char c : line) h = (h ^ static_cast<uint8_t>(c)) * 16777619u;
        h = (h ^ '\n') * 16777619u;
      }
    }
    return h;
  }();
  return fingerprint;
}

}  // namespace rasd::geo
