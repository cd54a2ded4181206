// Stage `store`: content hash and near-duplicate fingerprint of a document.
//
//   std::string h = ContentHash(doc.title, doc.text);       // same bytes -> same hash
//   std::optional<uint64_t> f = SimHash(doc.text);          // nullopt: too short to compare
//   if (f && HammingDistance(*f, other) <= kNearDuplicateBits) ...  // a syndicated copy
//
// SimHash (Charikar) over the set of word 2-shingles (bigrams) of the text after light Arabic folding
// (diacritics and tatweel dropped, alef/yaa/taa-marbuta forms folded, Latin lower-cased,
// punctuation and digits' script ignored), so a copy with a changed headline, an added agency
// prefix or a few edited words lands within a few bits of the original. Lookup uses the
// pigeonhole trick: two 64-bit fingerprints within 3 bits agree exactly on at least one of four
// 16-bit bands, so candidates come from an index on bands, not from a table scan.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rasd::store {

inline constexpr int kNearDuplicateBits = 3;
// Texts with fewer distinct shingles than this get no fingerprint: short texts (a headline, a
// one-line brief) are too alike across unrelated articles to call copies.
inline constexpr size_t kMinShingles = 24;

std::string ContentHash(std::string_view title, std::string_view text);
// The words of `text` after folding (exposed for tests).
std::vector<std::string> FoldedWords(std::string_view text);
// The same words as views into `buffer`, which holds them one after another: no string per word, and
// both buffers are the caller's to reuse from one text to the next. The views live as long as `buffer`
// is not changed.
void FoldWords(std::string_view text, std::string& buffer, std::vector<std::string_view>& words);
std::optional<uint64_t> SimHash(std::string_view text);
// ContentHash(title, text) and SimHash(text) in one pass over the text, what an ingest needs of every
// document.
struct DocumentHashes {
  std::string content_hash;
  std::optional<uint64_t> fingerprint;
};
DocumentHashes HashDocument(std::string_view title, std::string_view text);
int HammingDistance(uint64_t a, uint64_t b);
// The four 16-bit bands of a fingerprint, lowest first: band k is bits 16k..16k+15, what the store's
// index documents_band<k> holds of a stored fingerprint (schema 7).
std::array<int64_t, 4> Bands(uint64_t fingerprint);

}  // namespace rasd::store
