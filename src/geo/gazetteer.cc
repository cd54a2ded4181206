// The gazetteer at run time: a read-only memory map of the index file (index_format.h), so opening is a
// header check, and a matcher over doc.tokens that costs, per Arabic token seen before (a per-thread
// memo of words), a few word-sized loads and one compare; a new word costs, per proclitic split, a few
// word-sized loads and one probe of a 128 KB bit filter (`first_words`), and only the stems that pass
// (keys, mostly stop-listed words, and ~5 % of others) are hashed byte by byte and looked up, through
// a per-thread memo of stems, in the hash table proper. The token after a name's start is tried the
// same way (`next_words`).
#include "geo/gazetteer.h"

#include <algorithm>
#include <mutex>
#include <atomic>
#include <bit>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include "geo/index_builder.h"
#include "geo/index_format.h"
#include "geo/sources.h"
#include "geo/tables.h"
#include "text/normalizer.h"
#include "text/tokenizer.h"
#include "text/word_set.h"

namespace rasd::geo {
namespace {

using format::NameRec;

// Words that, right before a name, say it is a place. All normalized (ة→ه, ى→ي, أ/إ→ا).
const text::WordSet kTypeWords = {
    "مدينه", "بلده",  "قريه",  "مخيم",  "حي",    "ريف",   "محافظه", "ناحيه", "مديريه", "منطقه",
    "قضاء",  "ولايه", "معتمديه", "مدن",   "بلدات", "قري",   "مخيمات", "احياء", "بلدتي", "قريتي", "مدينتي",
    "محافظتي", "مستوطنه", "مستوطنات", "مستعمره", "مستعمرات", "كيبوتس", "ثكنه", "موقع", "اهالي", "سكان",
    // a junction named after the place by it ("مفرق ألموغ"), coded as that place
    "مفرق", "مفترق"};
// Type words for an Israeli settlement (in Israel, the West Bank or the Golan).
// "ثكنة زرعيت", "ثكنة أفيفيم": in Arab reporting a named barracks across the front is an Israeli army
// post, named after the settlement it guards.
const text::WordSet kSettlementWords = {"مستوطنه", "مستوطنات", "مستعمره", "مستعمرات", "كيبوتس", "ثكنه"};
// Type words that name an admin unit rather than a settlement.
const text::WordSet kAdminWords = {"محافظه", "ناحيه", "مديريه", "قضاء", "ولايه", "محافظتي", "معتمديه"};
// Type words in the plural or dual: they name every item of the list that follows ("بلدات كفركلا والخيام
// ودير ميماس", "بلدتي عيتا الشعب ورامية"). Matched with their proclitics by StemIn, as kTypeWords are.
const text::WordSet kPluralTypeWords = {"مدن",    "بلدات",  "قري",     "مخيمات",   "احياء",   "بلدتي",
                                        "قريتي",  "مدينتي", "محافظتي", "مستوطنات", "مستعمرات"};
// "the seat of" before an admin type word: the unit's capital town is meant ("مقر ولاية القصرين").
const text::WordSet kSeatWords = {"مقر", "بمقر", "ومقر", "لمقر", "المقر"};
// "near", "outskirts", "east of": the event is around the place, not in it (geo precision 2).
const text::WordSet kNearWords = {"قرب",  "محيط",  "اطراف", "ضواحي", "شرق",   "غرب",  "شمال",
                                           "جنوب", "شرقي",  "غربي",  "شمالي", "جنوبي", "ريف",  "مشارف",
                                           "تخوم", "اطرف", "احراج", "جرود", "جرد", "باديه",
                                           // "الغوطة الشرقية، القريبة من دمشق": with من after it.
                                           "قريبه", "قريب"};
const text::WordSet kPrepositions = {"في", "من", "الي", "داخل"};
// Verbs (or the noun قصف) whose object is the place struck (normalized).
const text::WordSet kStrikeVerbs = {"استهدف", "استهدفت", "قصف", "قصفت"};  // not ضرب: "ضرب طوق"
// Words that a source's markup glues to a place name (tags stripped without a space): prepositions in
// front, directions behind (normalized). See Impl::GluedAt.
constexpr std::string_view kGluedPrepositions[] = {"في", "من", "الي", "علي", "عن"};
constexpr std::string_view kGluedDirections[] = {"جنوبي", "شمالي", "شرقي", "غربي"};
constexpr std::string_view kFi = "في";
constexpr std::string_view kAnna = "ان";  // أنّ / إنّ normalized
constexpr std::string_view kRif = "ريف";
constexpr std::string_view kQada = "قضاء";
constexpr std::string_view kMin = "من";

// Membership in one of the word lists above (text::WordSet: one hash probe, not a scan of the list).
bool OneOf(std::string_view w, const text::WordSet& list) { return list.contains(w); }

bool IsQuote(std::string_view t) { return t == "\"" || t == "'"; }

constexpr std::string_view kWaw = "\xD9\x88";  // و

// True when tokens [from, to) only separate items of a list: commas, and at most two other words
// joined by و ("بلدات ذيبان والطيانة والشعفة", where الطيانة is not in the gazetteer).
bool ListedAfter(const Document& doc, int64_t from, uint32_t to) {
  if (to < from || to - from > 3) return false;
  for (int64_t j = from; j < to; ++j) {
    const Token& t = doc.tokens[j];
    std::string_view w = doc.NormView(t);
    bool comma = t.kind == TokenKind::kPunct && (w == "," || w == "\xD8\x8C");  // , or Arabic comma
    if (!comma && !(t.kind == TokenKind::kArabic && w.starts_with(kWaw))) return false;
  }
  return true;
}

// Words right before a name that say it belongs to a person: titles and ranks ("العقيد محمد خميس",
// also with a proclitic: "والعقيد").
const text::WordSet kPersonBefore = {
    "العقيد", "اللواء", "العميد", "الرايد", "النقيب", "المقدم", "الملازم", "الفريق", "المشير", "الجنرال", "الرقيب",
    "العريف", "المجند", "الجندي", "الرييس", "الشيخ", "السيد", "السيده", "الحاج", "الحاجه", "الدكتور", "الاستاذ",
    "المهندس", "المحامي", "الامام", "الامير", "الملك", "الوزير", "النايب", "السفير", "القاضي", "المواطن",
    "المواطنه", "الصحافي", "الصحافيه", "الصحفي", "الصحفيه", "المصور", "المراسل", "الناشط", "الناشطه", "الشهيد",
    "الشهيده", "الاسير", "الاسيره", "المعتقل", "المعتقله", "الطفل", "الطفله", "الشاب", "الشابه", "الفتي",
    "الفتاه", "القيادي", "القايد", "الزعيم", "الناطق", "المتحدث", "المدعو", "المدعوه", "الكاتب", "الشاعر",
    "الفنان", "الطبيب", "المسعف", "الراحل", "المرحوم", "الفقيد", "المطران"};
// The links of a compound or kinship name ("عبد العزيز بك", "ابو X", "بن X"): as written, or after و
// only, since a proclitic split would find them inside words ("بابا" is not ب + "ابا", "لبن" not ل + "بن").
const text::WordSet kNameLinks = {"عبد", "ابو", "ابي", "ابن", "بن", "بنت"};
// Personal first names that are not also common words ("علي" is the normalized "على", "نصر" and "حرب"
// are words): before a name, or at its start with a family name after, they make it a person's name.
const text::WordSet kFirstNames = {
    "محمد", "احمد", "محمود", "حسن", "حسين", "عمر", "خالد", "عبدالله", "ابراهيم", "يوسف", "مصطفي", "سعيد",
    "سليمان", "عثمان", "اسماعيل", "موسي", "عيسي", "يحيي", "زكريا", "جمال", "نبيل", "سمير", "حمزه", "طارق",
    "ماجد", "فهد", "منصور", "جعفر", "عباس", "مهدي", "قاسم", "ياسر", "وليد", "بشار", "رامي", "عمار", "زياد",
    "عزيز", "خليل", "فاطمه", "مريم", "زينب", "عايشه", "نور", "هشام", "هاني", "رايد", "باسل",
    "فراس", "معاذ", "اياد", "عماد", "ايمن", "اسامه", "انس", "بلال", "حمدي", "رشيد", "مجدي", "مازن",
    "نزار", "وايل", "يونس", "حميد", "كريم"};
// Place-type and generic geographic nouns, the adjectives of "منطقة صناعية" and ordinals: never a place on their
// own, even where a village has the name ("دوار زعرب", "المزارع"); names that start with one ("دوار
// الكويت", "ساحة التحرير") are multi-word keys and are not affected. Without ال (it is stripped first).
const text::WordSet kGenericNouns = {
    "دوار", "ميدان", "ساحه", "شارع", "منطقه", "مناطق", "مزارع", "مزرعه", "قري", "قريه", "بلده", "بلدات",
    "مدينه", "مدن", "مخيم", "مخيمات", "حدود", "معبر", "معابر", "سوق", "اسواق", "ميناء", "مطار", "جسر", "حي",
    "احياء", "منازل", "منزل", "مباني", "مبني", "حاره", "ضاحيه", "ساحل", "سهل", "وادي", "جبل", "تله", "هضبه",
    "بحيره", "نهر", "طريق", "حاجز", "موقع", "مواقع", "ثكنه", "مستوطنه", "مستوطنات", "بلدي", "مركز", "مجمع",
    "مربع", "صناعيه", "زراعيه", "سكنيه", "تجاريه", "عسكريه", "عسكري", "حدوديه", "ساحليه", "جبليه",
    "صحراويه", "شعبيه", "سياحيه", "نفطيه", "محتله", "عازله", "امنه", "منكوبه",
    // the clock: "بالمدينة الساعة العاشرة مساء" (a village in Chad is called الساعة)
    "ساعه", "ساعات",
    // ordinals: "لولاية خامسة" is a fifth term of office, not a place after the type word ولاية
    "ثانيه", "ثالثه", "رابعه", "خامسه", "سادسه", "سابعه", "ثامنه", "تاسعه", "عاشره"};
// Adjectives after a first name that are not a family name ("محمد الشرقي" is one, "حلب الشرقي" not a
// person anyway: the family-name test only runs when the match starts with a first name).
// The first words of many compound names ("أبو حمام", "عين عيسى", "تل أبيض", "كفر نبل"). When the
// gazetteer lacks the whole name, the first word alone matches a village of that name elsewhere; right
// before another word that is no place it is the head of the unknown name, not a place of its own.
const text::WordSet kNameHeads = {"ابو", "ابي", "ام", "بني", "عين", "تل", "بيت", "دير", "كفر", "جبل",
                                           "بركه",  // "موقع بركة ريشا" is no Lebanese village "بركة"
                                           "باب"};  // "حي باب توما" in Damascus is no al-Bab of Aleppo
const text::WordSet kNotFamily = {"الشرقي", "الغربي", "الشمالي", "الجنوبي", "الحالي", "الماضي"};

constexpr std::string_view kAl = "\xD8\xA7\xD9\x84";       // ال
constexpr std::string_view kLil = "\xD9\x84\xD9\x84";      // لل: ل before ال, its alef dropped
constexpr std::string_view kYaHa = "\xD9\x8A\xD9\x87";     // يه: the normalized feminine nisba ية
constexpr std::string_view kYa = "\xD9\x8A";               // ي
constexpr std::string_view kKaf = "\xD9\x83";              // ك
constexpr std::string_view kSeen = "\xD8\xB3";             // س
constexpr std::string_view kNoon = "\xD9\x86";             // ن

// "ال" + at least three letters + "ي": a nisba, the usual shape of an Arabic family name ("العبيدي").
bool IsNisba(std::string_view w) {
  return w.size() >= kAl.size() + 8 && w.starts_with(kAl) && w.ends_with(kYa) && !OneOf(w, kNotFamily);
}

// The two-byte letter of `w` at byte `pos` (Arabic letters, normalized, are two bytes), as one number;
// `w` has at least pos + 2 bytes.
constexpr uint16_t kYaLetter = 0xD98A;  // ي, as LetterAt gives it
[[gnu::always_inline]] inline uint16_t LetterAt(std::string_view w, size_t pos) {
  return static_cast<uint16_t>(static_cast<uint8_t>(w[pos]) << 8 | static_cast<uint8_t>(w[pos + 1]));
}

// A country code as one number, so that codes are compared without comparing strings: 0 for "", the
// two letters for a code, and a value no code has for anything else.
constexpr uint32_t CodeKey(std::string_view code) {
  if (code.empty()) return 0;
  if (code.size() != 2) return UINT32_MAX;
  return 0x10000u | static_cast<uint32_t>(static_cast<uint8_t>(code[0])) << 8 | static_cast<uint8_t>(code[1]);
}

bool HasBa(std::string_view prefix) { return prefix.find("\xD8\xA8") != std::string_view::npos; }  // ب
bool HasLam(std::string_view prefix) { return prefix.find("\xD9\x84\xD9\x84") != std::string_view::npos ||
                                              prefix == "\xD9\x84" || prefix.ends_with("\xD9\x88\xD9\x84"); }  // لل ل ول

// The stem of `word` (after an optional proclitic) that is in `list`, with the proclitic's length.
bool StemIn(std::string_view word, const text::WordSet& list, std::string_view* stem, std::string_view* prefix) {
  uint8_t splits[8];
  int n = text::ProcliticSplits(word, splits);
  for (int k = n - 1; k >= 0; --k) {  // the whole word first
    std::string_view s = word.substr(splits[k]);
    if (list.contains(s)) {
      if (stem) *stem = s;
      if (prefix) *prefix = word.substr(0, splits[k]);
      return true;
    }
  }
  return false;
}

int64_t MTime(const std::string& path) {
  struct stat st;
  if (::stat(path.c_str(), &st) != 0) return -1;
  return static_cast<int64_t>(st.st_mtim.tv_sec) * 1000000000 + st.st_mtim.tv_nsec;
}

}  // namespace

struct Gazetteer::Impl {
  void* map = nullptr;
  size_t map_size = 0;
  const char* base = nullptr;
  const format::Header* header = nullptr;
  const format::PlaceRec* places = nullptr;
  const NameRec* names = nullptr;
  const uint32_t* candidates = nullptr;
  const format::Slot* slots = nullptr;
  const uint64_t* bloom = nullptr;
  const uint64_t* first_words = nullptr;
  const uint64_t* next_words = nullptr;
  const format::CountryRec* countries = nullptr;
  const format::Admin1Rec* admin1s = nullptr;
  const char* strings = nullptr;
  uint64_t slot_mask = 0, bloom_mask = 0, first_word_count = 0, next_word_count = 0;
  uint64_t generation = 0;  // distinguishes the indexes mapped in one process, for FirstTokenMemo
  // Country code -> its capital's place, found on first use (CapitalPlace) from the names flagged
  // kNameCapital: one scan of the name table, paid only by an article that names "العاصمة" bare.
  mutable std::once_flag capitals_once;
  mutable std::vector<std::pair<std::string, uint32_t>> capitals;

  ~Impl() {
    if (map) ::munmap(map, map_size);
  }

  std::string_view Str(format::StrRef r) const { return {strings + r.offset, r.len}; }

  Status Map(const std::string& path) {
    int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
      return errno == ENOENT ? Status::NotFound(path) : Status::IOError(path + ": " + std::strerror(errno));
    }
    struct stat st;
    if (::fstat(fd, &st) != 0 || st.st_size < static_cast<off_t>(sizeof(format::Header))) {
      ::close(fd);
      return Status::Corruption(path + ": too short for a gazetteer index");
    }
    map_size = static_cast<size_t>(st.st_size);
    map = ::mmap(nullptr, map_size, PROT_READ, MAP_SHARED, fd, 0);
    ::close(fd);
    if (map == MAP_FAILED) {
      map = nullptr;
      return Status::IOError(path + ": mmap failed: " + std::strerror(errno));
    }
    base = static_cast<const char*>(map);
    header = reinterpret_cast<const format::Header*>(base);
    const format::Header& h = *header;
    if (std::memcmp(h.magic, format::kMagic, sizeof h.magic) != 0) {
      return Status::Corruption(path + ": not a gazetteer index");
    }
    if (h.version != format::kVersion) {
      return Status::Unsupported(path + ": gazetteer index of format " + std::to_string(h.version) +
                                 ", this program reads " + std::to_string(format::kVersion) +
                                 ": rebuild it with `rasd gazetteer build`");
    }
    if (h.tables_fingerprint != TablesFingerprint()) {
      return Status::Unsupported(path + ": gazetteer index built with other embedded tables (supplement, stop names): "
                                 "rebuild it with `rasd gazetteer build`");
    }
    if (h.file_size != map_size) return Status::Corruption(path + ": truncated gazetteer index");
    auto section = [&](const format::Section& s, size_t record) -> const char* {
      if (s.offset % 8 != 0 || s.offset > map_size || s.count > (map_size - s.offset) / record) return nullptr;
      return base + s.offset;
    };
    places = reinterpret_cast<const format::PlaceRec*>(section(h.places, sizeof(format::PlaceRec)));
    names = reinterpret_cast<const NameRec*>(section(h.names, sizeof(NameRec)));
    candidates = reinterpret_cast<const uint32_t*>(section(h.candidates, sizeof(uint32_t)));
    slots = reinterpret_cast<const format::Slot*>(section(h.slots, sizeof(format::Slot)));
    bloom = reinterpret_cast<const uint64_t*>(section(h.bloom, sizeof(uint64_t)));
    first_words = reinterpret_cast<const uint64_t*>(section(h.first_words, sizeof(uint64_t)));
    next_words = reinterpret_cast<const uint64_t*>(section(h.next_words, sizeof(uint64_t)));
    countries = reinterpret_cast<const format::CountryRec*>(section(h.countries, sizeof(format::CountryRec)));
    admin1s = reinterpret_cast<const format::Admin1Rec*>(section(h.admin1s, sizeof(format::Admin1Rec)));
    strings = section(h.strings, 1);
    // Hash tables and filters are indexed by masking: their sizes must be powers of two.
    bool sizes_ok = std::has_single_bit(h.slots.count) && std::has_single_bit(h.bloom.count) &&
                    std::has_single_bit(h.first_words.count) && std::has_single_bit(h.next_words.count) &&
                    h.names.count < (uint64_t{1} << 24);  // the word memo keeps name ids in 24 bits
    if (!places || !names || !candidates || !slots || !bloom || !first_words || !next_words || !countries ||
        !admin1s || !strings || !sizes_ok) {
      return Status::Corruption(path + ": bad section table");
    }
    slot_mask = h.slots.count - 1;
    bloom_mask = h.bloom.count * 64 - 1;
    first_word_count = h.first_words.count;
    next_word_count = h.next_words.count;
    static std::atomic<uint64_t> mapped{0};  // an address could be reused by the next index
    generation = ++mapped;
    return Status::OK();
  }

  // False when no one-token key has this FirstWordHash (the first-word filter); true for every key and
  // ~5 % of other words (measured on news text).
  bool MayBeFirstWord(uint64_t first_word_hash) const {
    const uint64_t bits = format::FirstWordBits(first_word_hash);
    return (first_words[format::FirstWordSlot(first_word_hash, first_word_count)] & bits) == bits;
  }

  // False when no key is the key `prefix_name_id` followed by a space and `word` (the next-word filter).
  bool MayFollow(uint32_t prefix_name_id, std::string_view word) const {
    const uint64_t h = format::NextWordHash(prefix_name_id, format::FirstWordHash(word));
    const uint64_t bits = format::FirstWordBits(h);
    return (next_words[format::FirstWordSlot(h, next_word_count)] & bits) == bits;
  }

  bool MayHave(uint64_t hash) const {
    uint64_t bit = (hash >> 17) & bloom_mask;
    return (bloom[bit / 64] >> (bit % 64)) & 1;
  }

  // The name whose key hashes to `hash` and equals `pieces` joined by spaces; -1 if none.
  template <typename KeyEquals>
  int32_t Probe(uint64_t hash, KeyEquals&& equals) const {
    if (!MayHave(hash)) return -1;
    const uint32_t check = static_cast<uint32_t>(hash >> 32);
    for (uint64_t s = hash & slot_mask;; s = (s + 1) & slot_mask) {
      const format::Slot& slot = slots[s];
      if (slot.name_id == 0) return -1;
      if (slot.check == check && equals(Str(names[slot.name_id - 1].key))) {
        return static_cast<int32_t>(slot.name_id - 1);
      }
    }
  }

  int32_t FindKey(std::string_view key) const {
    return Probe(format::KeyHash(key), [&](std::string_view k) { return k == key; });
  }

  struct Match {
    int32_t name = -1;
    uint32_t tokens = 0;
    uint32_t prefix = 0;  // bytes of the first token's proclitic (and of a word glued to it, see GluedAt)
    uint32_t suffix = 0;  // bytes of a word glued to the end of the last token (GluedAt)
    bool glued_preposition = false;  // the glued word before the name is في / من / الى
    uint8_t flags = 0;  // NameFlags of `name`, so that most matches (stop-listed words) need no NameRec read
  };

  // FirstKeys::flags: a key's NameFlags, and this bit when it has places (cand_count > 0), so that the
  // first step of a match reads no NameRec (a cache miss each, in a table of megabytes).
  static constexpr uint8_t kKeyHasPlaces = 0x80;
  static_assert(format::kNameCapital < kKeyHasPlaces);
  static uint8_t KeyFlags(const NameRec& r) { return r.flags | (r.cand_count > 0 ? kKeyHasPlaces : 0); }

  // The first step of a match, which depends on the word alone: each proclitic split of it (the whole
  // word first, so "البصرة" is tried as written before "بصرة") whose stem is a one-token key, with
  // that key's id and KeyFlags. (ProcliticSplits writes at most eight splits.)
  struct FirstKeys {
    uint8_t count = 0;
    // The word passes GluedAt's first test (its length, and a glued word's letters at its start or end),
    // kept here so that the words that cannot (most of them) cost no call of GluedAt.
    bool may_be_glued = false;
    uint8_t split[8];
    uint8_t flags[8];
    int32_t id[8];
  };

  // The name id of each stem of up to 16 bytes that passed the first-word filter, remembered per thread
  // across documents (valid for one index, Impl::generation): the stems that pass are mostly the
  // stop-listed words news repeat ("في", "قوات", "غزة"), which then cost no byte-wise hash, bloom or
  // hash-table access after their first time. Direct-mapped (256 KB); keyed by the exact
  // WordParts, so an entry is never a guess.
  // `words` holds the same step one level up, for whole words (FirstKeys): news vocabulary is Zipfian,
  // so most words were seen before, and a word seen before then costs its own WordParts, which the
  // whole-word split computes anyway, and one compare, instead of its proclitic splits and a filter
  // test for each. The words before a name also keep there the hints they give it. Its 32-byte entries
  // (2 MB) hold 64K words: with 8K, four in five of its misses were words seen before and pushed out
  // by another (ant-multisource's 1.43 M Arabic tokens have 69 K distinct forms; 340 K misses with 8K
  // entries, 130 K with 64K).
  struct FirstTokenMemo {
    static constexpr int kBits = 13;      // entries
    static constexpr int kWordBits = 16;  // words
    struct Entry {
      format::WordParts stem;  // n = UINT32_MAX: empty
      int32_t id = -1;
    };
    // A word's FirstKeys are kept when there are at most kKeptKeys of them, as for all but about one
    // word in a thousand of news text; a word with more is looked up every time.
    static constexpr int kKeptKeys = 2;
    static constexpr uint8_t kEmpty = 0xFF;    // `n` of an entry that holds no word
    static constexpr uint8_t kNotKept = 0xFF;  // `count` of a word whose FirstKeys are not kept
    struct alignas(32) Word {
      uint64_t a, b;  // the word's WordParts, with `n`
      uint8_t n;
      uint8_t count;
      bool may_be_glued;
      // The PlaceHints the word gives a name right after it (TypeWordHints, NearWordHints), found when
      // first asked; kUnknown until then.
      int8_t type_hints;
      int8_t near_hints;
      uint8_t split[kKeptKeys];
      uint32_t key[kKeptKeys];  // name id << 8 | KeyFlags (Open checks that ids fit in 24 bits)

      bool Is(const format::WordParts& w) const { return a == w.a && b == w.b && n == w.n; }
      void Keep(const format::WordParts& w, const FirstKeys& keys) {
        a = w.a, b = w.b, n = static_cast<uint8_t>(w.n);
        may_be_glued = keys.may_be_glued;
        type_hints = near_hints = kUnknown;
        count = keys.count <= kKeptKeys ? keys.count : kNotKept;
        for (int f = 0; f < keys.count && f < kKeptKeys; ++f) {
          split[f] = keys.split[f];
          key[f] = static_cast<uint32_t>(keys.id[f]) << 8 | keys.flags[f];
        }
      }
      FirstKeys Kept() const {
        FirstKeys keys;
        keys.count = count;
        keys.may_be_glued = may_be_glued;
        for (int f = 0; f < count; ++f) {
          keys.split[f] = split[f];
          keys.flags[f] = static_cast<uint8_t>(key[f]);
          keys.id[f] = static_cast<int32_t>(key[f] >> 8);
        }
        return keys;
      }
    };
    static_assert(sizeof(Word) == 32);
    static constexpr int8_t kUnknown = -1;
    uint64_t owner = 0;
    Entry entries[size_t{1} << kBits];
    Word words[size_t{1} << kWordBits];

    Word& WordOf(uint64_t first_word_hash) { return words[first_word_hash >> (64 - kWordBits)]; }
    const Word& WordOf(uint64_t first_word_hash) const { return words[first_word_hash >> (64 - kWordBits)]; }
  };

  static FirstTokenMemo* ThreadFirstTokenMemo(uint64_t generation) {
    thread_local std::unique_ptr<FirstTokenMemo> memo;
    // (new, not make_unique: default-initialized, the 2.3 MB are not zeroed first; the members' own
    // initializers and the loop below set what is read.)
    if (!memo) memo.reset(new FirstTokenMemo);
    if (memo->owner != generation) {
      for (FirstTokenMemo::Entry& e : memo->entries) e.stem.n = UINT32_MAX;
      for (FirstTokenMemo::Word& w : memo->words) w.n = FirstTokenMemo::kEmpty;
      memo->owner = generation;
    }
    return memo.get();
  }

  // The id of the one-token key equal to `stem`, -1 if none. `parts` and `first_word_hash` are the
  // stem's, already computed for the filter.
  int32_t ProbeFirst(std::string_view stem, const format::WordParts& parts, uint64_t first_word_hash,
                     FirstTokenMemo* memo) const {
    auto probe = [&] {
      return Probe(format::FirstTokenKey(format::TokenHash(stem)), [&](std::string_view key) { return key == stem; });
    };
    if (!memo || !parts.exact()) return probe();
    FirstTokenMemo::Entry& e = memo->entries[first_word_hash >> (64 - FirstTokenMemo::kBits)];
    if (e.stem == parts) return e.id;
    const int32_t id = probe();
    e = {parts, id};
    return id;
  }

  // FirstKeys of `word`, from the memo when the word was seen before; otherwise found and, for a word
  // of up to 16 bytes, remembered.
  FirstKeys FirstKeysOf(std::string_view word, FirstTokenMemo* memo) const {
    const format::WordParts whole = format::FirstWordParts(word);
    const uint64_t whole_hash = format::FirstWordHash(whole);
    if (!memo || !whole.exact()) return FindFirstKeys(word, whole, whole_hash, memo);
    FirstTokenMemo::Word& seen = memo->WordOf(whole_hash);
    if (seen.Is(whole)) {
      return seen.count != FirstTokenMemo::kNotKept ? seen.Kept() : FindFirstKeys(word, whole, whole_hash, memo);
    }
    const FirstKeys keys = FindFirstKeys(word, whole, whole_hash, memo);
    seen.Keep(whole, keys);
    return keys;
  }

  // Starts loading the memo entry FirstKeysOf(word) will read: a word's entry is most often not in the
  // core's cache (the memo is 2 MB, read at random), and its load, issued a few tokens ahead, then
  // overlaps with the work on the tokens between.
  static void PrefetchFirstKeys(std::string_view word, const FirstTokenMemo* memo) {
    const format::WordParts whole = format::FirstWordParts(word);
    if (!whole.exact()) return;
    __builtin_prefetch(&memo->WordOf(format::FirstWordHash(whole)));
  }

  // FirstKeys of `word`, whose own WordParts and FirstWordHash are given: each split is tried against
  // the small first-word filter, and only stems that pass are looked up (through the stem memo).
  // (Flattened: the memo's misses, about a quarter of the words, come here, and GCC stopped inlining the splits
  // and the filter tests into it once gazetteer.cc grew.)
  [[gnu::flatten]] FirstKeys FindFirstKeys(std::string_view word, const format::WordParts& whole,
                                           uint64_t whole_hash, FirstTokenMemo* memo) const {
    FirstKeys keys;
    keys.may_be_glued = MayBeGlued(word);
    uint8_t splits[8];
    const int n = text::ProcliticSplits(word, splits);
    // The filter's words of all splits are loaded together: each is most often a miss of the core's
    // cache, and tested one after the other they would wait in turn.
    format::WordParts parts[8];
    uint64_t hashes[8];
    for (int k = 0; k < n; ++k) {
      parts[k] = splits[k] == 0 ? whole : format::FirstWordParts(word.substr(splits[k]));
      hashes[k] = splits[k] == 0 ? whole_hash : format::FirstWordHash(parts[k]);
      __builtin_prefetch(&first_words[format::FirstWordSlot(hashes[k], first_word_count)]);
    }
    for (int k = n - 1; k >= 0; --k) {
      if (!MayBeFirstWord(hashes[k])) continue;
      if (const int32_t id = ProbeFirst(word.substr(splits[k]), parts[k], hashes[k], memo); id >= 0) {
        keys.split[keys.count] = splits[k];
        keys.flags[keys.count] = KeyFlags(names[id]);
        keys.id[keys.count++] = id;
      }
    }
    return keys;
  }

  // The longest name starting at token i, trying every proclitic split of its first token (the whole
  // word first, so "البصرة" is matched as written before "بصرة").
  Match LongestAt(const Document& doc, uint32_t i, FirstTokenMemo* memo = nullptr) const {
    return LongestIn(doc, i, doc.NormView(doc.tokens[i]), /*more_tokens=*/true, /*glue_last=*/true, memo);
  }

  // The same over `word`, a part of token i's text (all of it, or what is left once a glued word is
  // cut off). `more_tokens`: the name may go on into the next tokens (not when a word is glued to the
  // end of `word`). `glue_last`: the last token of a multi-word name may carry a glued direction word
  // ("خان يونسجنوبي"); Match::suffix then counts its bytes.
  Match LongestIn(const Document& doc, uint32_t i, std::string_view word, bool more_tokens, bool glue_last,
                  FirstTokenMemo* memo) const {
    return LongestFrom(doc, i, word, FirstKeysOf(word, memo), more_tokens, glue_last);
  }

  // LongestIn once the FirstKeys of `word` are known (`first`). Annotate calls it only for the words
  // that have some, half of them: the others start no name.
  Match LongestFrom(const Document& doc, uint32_t i, std::string_view word, const FirstKeys& first,
                    bool more_tokens, bool glue_last) const {
    Match best;
    const uint32_t max_tokens = header->max_name_tokens;
    for (int f = 0; f < first.count; ++f) {
      const uint8_t split = first.split[f];
      const std::string_view stem = word.substr(split);
      // "مدينة الباب شرقي حلب": the text's article ("الباب") does not carry on to a next word without
      // one ("باب شرقي" would be "الباب الشرقي"); its first word alone may still be a name.
      // ("للعاصمة الفرنسية" is "عاصمه الفرنسيه" after its لل, both definite.)
      const std::string_view proclitics = word.substr(0, split);
      const bool article_split = proclitics.ends_with(kAl) || proclitics == kLil;
      int32_t id = first.id[f];
      uint8_t flags = first.flags[f];  // KeyFlags of id
      // The key hash so far (KeyHash of the name's tokens), computed once a longer name is tried.
      uint64_t h = 0;
      bool hashed = false;
      auto key_hash = [&] {
        if (!hashed) h = format::FirstTokenKey(format::TokenHash(stem)), hashed = true;
        return h;
      };
      uint32_t len = 1;
      // Bytes of the key matched so far, to compare the next piece without building a string.
      size_t matched = stem.size();
      for (;;) {
        if ((flags & kKeyHasPlaces) && len > best.tokens) {
          best = {id, len, split, 0, false, static_cast<uint8_t>(flags & ~kKeyHasPlaces)};
        }
        if (!more_tokens || !(flags & format::kNameIsPrefix) || len >= max_tokens) break;
        const uint32_t j = i + len;
        if (j >= doc.tokens.size() || doc.tokens[j].sentence != doc.tokens[i].sentence) break;
        const Token& next = doc.tokens[j];
        if (next.kind != TokenKind::kArabic && next.kind != TokenKind::kNumber) break;
        // The key so far plus `piece`, -1 if none; hashed, and the key so far read, only when the next-word
        // filter lets it by (most prefixes are not followed by a word of theirs).
        auto extend = [&](std::string_view piece) -> int32_t {
          if (!MayFollow(static_cast<uint32_t>(id), piece)) return -1;
          const std::string_view prior = Str(names[id].key);
          return Probe(format::ChainTokens(key_hash(), format::TokenHash(piece)), [&](std::string_view key) {
            return key.size() == matched + 1 + piece.size() && key.substr(0, matched) == prior &&
                   key[matched] == ' ' && key.substr(matched + 1) == piece;
          });
        };
        const std::string_view piece = doc.NormView(next);
        if (article_split && next.kind == TokenKind::kArabic && !piece.starts_with(kAl)) break;  // ("الكيلو 160")
        const int32_t whole = extend(piece);
        if (whole < 0 && glue_last) {
          // "خان يونسجنوبي": the name's last word with a direction glued to it ends the name.
          const size_t glue = GluedSuffix(piece, /*last_of_several=*/true);
          const int32_t cut = glue ? extend(piece.substr(0, piece.size() - glue)) : -1;
          if (cut >= 0 && names[cut].cand_count > 0 && len + 1 > best.tokens) {
            best = {cut, len + 1, split, static_cast<uint32_t>(glue), false, names[cut].flags};
          }
        }
        if (whole < 0) break;
        id = whole;
        flags = KeyFlags(names[id]);
        h = format::ChainTokens(key_hash(), format::TokenHash(piece));
        matched += 1 + piece.size();
        ++len;
      }
    }
    return best;
  }

  // Bytes of a direction word glued to the end of `word` by the source's markup ("الشداديجنوبي",
  // "رفحشمالي"), 0 if none. At least two letters must remain.
  // `last_of_several`: word is the last of a name of several words, which may also have في or من glued
  // to it ("السيدة زينبفي ريف دمشق"); a one-word name may not, as many words end in في ("الصحفي").
  static size_t GluedSuffix(std::string_view word, bool last_of_several = false) {
    // Every glued word ends in ي (the directions, في) or ن (من): most words are rejected by their last letter.
    if (!word.ends_with(kYa) && !(last_of_several && word.ends_with(kNoon))) return 0;
    for (std::string_view d : kGluedDirections) {
      if (word.size() >= d.size() + 4 && word.ends_with(d)) return d.size();
    }
    if (last_of_several) {
      for (std::string_view p : {kFi, kMin}) {
        if (word.size() >= p.size() + 4 && word.ends_with(p)) return p.size();
      }
    }
    return 0;
  }

  // The preposition glued to the front of `word` (normalized) that GluedAt may cut off, "" if none: في
  // before anything of three letters or more; من، عن، على، الى only before ال, since many words start
  // with them ("منطقة", "عناصر").
  static std::string_view GluedPrepositionOf(std::string_view word) {
    if (!MayStartGlued(word)) return {};
    if (word.starts_with(kFi)) return word.size() >= kFi.size() + 6 ? kFi : std::string_view();
    // "أنّقاعدة عين الأسد الجوية": the particle أنّ/إنّ, before a name of several words only (GluedAt).
    if (word.starts_with(kAnna)) return word.size() >= kAnna.size() + 6 ? kAnna : std::string_view();
    for (std::string_view p : kGluedPrepositions) {
      if (p != kFi && word.size() >= p.size() + 6 && word.starts_with(p) && word.substr(p.size()).starts_with(kAl)) {
        return p;
      }
    }
    return {};
  }

  // A place name with a word glued to it by the source's markup (tags stripped without a space): a
  // preposition before ("فيحقل غاز كونيكو", "فيالهبارية") or a direction after ("الشداديجنوبي الحسكة").
  // Tried only on a token that matches no name as written. After a glued preposition the rest must be a
  // name of several words ("فيحقل غاز كونيكو") or a definite name ("فيال..." is no Arabic word), never a
  // bare word however well known the place: "عنصرين" is no عن + "صرين", "منصور" no من + "صور". Before
  // a glued direction, any name that is not a common word, emitted on the usual cues.
  // A glue word of two letters and a name of three: shorter tokens, most of them, are not tried.
  static constexpr size_t kMinGluedBytes = 10;
  // GluedAt's first test: false when `word` cannot carry a glued word (too short, or no glued word's
  // letters at its start or end: every glued direction ends with ي).
  static bool MayBeGlued(std::string_view word) {
    return word.size() >= kMinGluedBytes && (LetterAt(word, word.size() - 2) == kYaLetter ||
                                             (MayStartGlued(word) && !GluedPrepositionOf(word).empty()));
  }
  // False when `word` starts with none of the words GluedPrepositionOf cuts off (في من عن ان, or علي الي),
  // most words, told from its first letters without comparing strings. Every reading leaves three
  // letters after a word of two.
  [[gnu::always_inline]] static bool MayStartGlued(std::string_view word) {
    if (word.size() < 10) return false;
    constexpr uint16_t kFa = 0xD981, kMeem = 0xD985, kAin = 0xD8B9, kAlef = 0xD8A7, kNoonLetter = 0xD986,
                       kLam = 0xD984;
    const uint16_t first = LetterAt(word, 0), second = LetterAt(word, 2);
    if (first == kFa) return second == kYaLetter;
    if (first == kMeem) return second == kNoonLetter;
    if (first != kAin && first != kAlef) return false;
    return second == kNoonLetter || (second == kLam && LetterAt(word, 4) == kYaLetter);
  }
  Match GluedAt(const Document& doc, uint32_t i, FirstTokenMemo* memo) const {
    const std::string_view word = doc.NormView(doc.tokens[i]);
    Match best;
    if (!MayBeGlued(word)) return best;
    const std::string_view glue_word = GluedPrepositionOf(word);
    const bool yaa_end = word.ends_with(kYa);
    auto accept = [&](const Match& m, bool definite) {
      if (m.name < 0) return false;
      const NameRec& rec = names[m.name];
      if (rec.flags & (format::kNameNever | format::kNameCommonWord)) return false;
      return m.tokens >= 2 || definite;
    };
    if (!glue_word.empty()) {
      const std::string_view rest = word.substr(glue_word.size());
      // "definite": the name as written starts with ال right after the glued word (not a further clitic).
      const bool definite = rest.starts_with(kAl);
      const bool preposition = OneOf(glue_word, kPrepositions);
      Match m = LongestIn(doc, i, rest, /*more_tokens=*/true, /*glue_last=*/true, memo);
      // After أنّ only a name of several words: many words start with ان ("انفجار", "انسحاب").
      if (glue_word == kAnna && m.tokens < 2) m = Match{};
      if (accept(m, definite && m.prefix <= kAl.size())) {
        m.prefix += static_cast<uint32_t>(glue_word.size());
        m.glued_preposition = preposition;
        best = m;
      } else if (const size_t glue = glue_word == kAnna ? 0 : GluedSuffix(rest)) {  // both: "فيالهباريةجنوبي"
        Match c = LongestIn(doc, i, rest.substr(0, rest.size() - glue), false, false, memo);
        if (accept(c, definite && c.prefix <= kAl.size())) {
          c.prefix += static_cast<uint32_t>(glue_word.size());
          c.suffix = static_cast<uint32_t>(glue);
          c.glued_preposition = preposition;
          best = c;
        }
      }
    }
    if (best.name < 0 && yaa_end) {
      if (const size_t glue = GluedSuffix(word)) {
        Match m = LongestIn(doc, i, word.substr(0, word.size() - glue), false, false, memo);
        // The usual cues decide whether it is emitted, as for the name written apart.
        if (m.name >= 0 && !(names[m.name].flags & (format::kNameNever | format::kNameCommonWord))) {
          m.suffix = static_cast<uint32_t>(glue);
          best = m;
        }
      }
    }
    return best;
  }

  // The PlaceHints a type word gives the name right after it ("مدينة", "بمحافظة": kPlaceTypeWord and what
  // the type says, kPlacePreposition for its ب); 0 for any other word.
  static int32_t TypeWordHints(std::string_view w) {
    std::string_view stem, prefix;
    if (!StemIn(w, kTypeWords, &stem, &prefix)) return 0;
    // "القضاء على" (eliminating), "القضاء العراقي" (the judiciary): the district word is written without
    // its article before a name ("قضاء سنجار").
    if (stem == kQada && prefix.ends_with(kAl)) return 0;
    int32_t hints = kPlaceTypeWord;
    if (prefix.ends_with(kAl)) hints |= kPlaceDefiniteType;
    if (stem == kRif) hints |= kPlaceNear;
    if (OneOf(stem, kAdminWords)) hints |= kPlaceAdminWord;
    if (OneOf(stem, kSettlementWords)) hints |= kPlaceSettlementWord;
    if (HasBa(prefix)) hints |= kPlacePreposition;
    return hints;
  }

  // The same for a word of nearness ("قرب", "شرقي", "بمحيط": kPlaceNear); 0 for any other word.
  static int32_t NearWordHints(std::string_view w) {
    std::string_view stem, prefix;
    if (!StemIn(w, kNearWords, &stem, &prefix)) return 0;
    return kPlaceNear | (HasBa(prefix) ? kPlacePreposition : 0);
  }

  // `find`(w) (TypeWordHints or NearWordHints), kept in w's memo entry: the word before a name was
  // mostly just looked up as a name's start, so its entry is there.
  static int32_t HintsOfWord(std::string_view w, FirstTokenMemo* memo, int32_t (*find)(std::string_view),
                             int8_t FirstTokenMemo::Word::*kept) {
    if (w.empty()) return 0;
    const format::WordParts parts = format::FirstWordParts(w);
    if (!memo || !parts.exact()) return find(w);
    FirstTokenMemo::Word& seen = memo->WordOf(format::FirstWordHash(parts));
    if (!seen.Is(parts)) return find(w);
    // (PlaceHints all fit in the 7 bits of an int8_t.)
    if (seen.*kept == FirstTokenMemo::kUnknown) seen.*kept = static_cast<int8_t>(find(w));
    return seen.*kept;
  }

  // PlaceHints from the words before token i (same sentence) and from the name's own proclitic.
  // `type_word_only`: only whether a type word comes before (kPlaceTypeWord), all a common word needs.
  // (Flattened, as FindFirstKeys: every common word and every name that may be emitted asks it.)
  [[gnu::flatten]] int32_t HintsBefore(const Document& doc, uint32_t i, std::string_view own_prefix,
                                       FirstTokenMemo* memo, bool type_word_only = false) const {
    int32_t hints = HasBa(own_prefix) ? kPlacePreposition : 0;
    const uint32_t sentence = doc.tokens[i].sentence;
    auto word_at = [&](int64_t j) -> std::string_view {
      if (j < 0 || doc.tokens[j].sentence != sentence || doc.tokens[j].kind != TokenKind::kArabic) return {};
      return doc.NormView(doc.tokens[j]);
    };
    int64_t j = static_cast<int64_t>(i) - 1;
    if (j >= 0 && IsQuote(doc.NormView(doc.tokens[j]))) --j;  // ثكنة "أفيفيم"
    if (const int32_t type = HintsOfWord(word_at(j), memo, TypeWordHints, &FirstTokenMemo::Word::type_hints)) {
      hints |= type;
      --j;
      // "أمام مقر ولاية القصرين", "بمقر الولاية بسيدي بوزيد": the seat of a governorate is its capital town,
      // not the unit at large.
      if ((hints & kPlaceAdminWord) && OneOf(word_at(j), kSeatWords)) hints &= ~kPlaceAdminWord;
    }
    if (type_word_only) return (hints & kPlaceDefiniteType) ? 0 : hints & kPlaceTypeWord;
    int32_t near = 0;
    auto near_hints = [&](int64_t k) {
      return HintsOfWord(word_at(k), memo, NearWordHints, &FirstTokenMemo::Word::near_hints);
    };
    if (!(hints & kPlaceNear) && (near = near_hints(j)) != 0) {
      hints |= near;
      --j;
    } else if (word_at(j) == kMin && (near = near_hints(j - 1)) != 0) {
      hints |= near;  // "بالقرب من X", "قرب من X"
      j -= 2;
    }
    // "في الباغوز", and with a conjunction on it: "وفي الباغوز", "ففي".
    const std::string_view prep = word_at(j);
    const bool conj = prep.size() > 2 && (prep.starts_with(kWaw) || prep.starts_with("\xD9\x81"));  // و ف
    if (OneOf(prep, kPrepositions) || (conj && OneOf(prep.substr(2), kPrepositions))) hints |= kPlacePreposition;
    return hints;
  }

  // "وقد استهدف جبرين", "قصف كفرنبل": a name right after a strike verb is what was hit, as good a cue as
  // "في" (a person or a unit hit is a common word or a name the person rules veto). Only a name with no
  // proclitic: "قصف بالهاون" is no ب + place.
  bool AfterStrikeVerb(const Document& doc, uint32_t i) const {
    if (i == 0 || doc.tokens[i - 1].sentence != doc.tokens[i].sentence ||
        doc.tokens[i - 1].kind != TokenKind::kArabic) {
      return false;
    }
    const std::string_view verb = doc.NormView(doc.tokens[i - 1]);
    const bool conj = verb.size() > 2 && (verb.starts_with(kWaw) || verb.starts_with("\xD9\x81"));  // و ف
    return OneOf(verb, kStrikeVerbs) || (conj && OneOf(verb.substr(2), kStrikeVerbs));
  }

  // True when the context says the match is not a place mention, whatever the name: a person's name,
  // a country's adjective, a counted noun, a generic noun, or a doubtful proclitic split.
  // (Flattened, as FindFirstKeys: it runs for every name that may be emitted.)
  [[gnu::flatten]] bool Vetoed(const Document& doc, uint32_t i, const Match& match, int32_t hints,
                               int32_t hints_before, bool listed, bool after_place) const;

  // (Flattened: its loop runs on every token, and the calls it makes per token cost about as much as
  // the work of most tokens.)
  [[gnu::flatten]] void Annotate(Document& doc, bool keep_suppressed) const;
};

Gazetteer::Gazetteer() : impl_(std::make_unique<Impl>()) {}
Gazetteer::Gazetteer(Gazetteer&&) noexcept = default;
Gazetteer& Gazetteer::operator=(Gazetteer&&) noexcept = default;
Gazetteer::~Gazetteer() = default;

Status Gazetteer::Build(const std::string& data_dir, const std::string& index_path, const std::string& dict_dir) {
  SourceSet set;
  if (Status s = ReadSources(data_dir + "/gazetteer", dict_dir, &set); !s.ok()) return s;
  return WriteIndex(std::move(set), index_path);
}

Result<Gazetteer> Gazetteer::Open(const std::string& data_dir, const std::string& index_path,
                                  const std::string& dict_dir) {
  // Rebuild when the index is missing or older than any source that exists. Without the sources an
  // existing index is used as it is.
  const int64_t index_time = MTime(index_path);
  const std::vector<std::string> sources = SourceFiles(data_dir + "/gazetteer", dict_dir);
  const bool have_sources = MTime(sources.front()) >= 0;
  bool stale = index_time < 0;
  for (const std::string& f : sources) {
    if (MTime(f) > index_time) stale = true;
  }
  if (stale) {
    if (Status s = Build(data_dir, index_path, dict_dir); !s.ok()) return s;
  }
  Gazetteer g;
  Status s = g.impl_->Map(index_path);
  // An index from another program version, or a damaged one, is rebuilt once when the sources are here.
  if (!s.ok() && s.code() != Status::Code::kNotFound && !stale && have_sources) {
    if (Status b = Build(data_dir, index_path, dict_dir); !b.ok()) return b;
    g = Gazetteer();
    s = g.impl_->Map(index_path);
  }
  if (!s.ok()) return s;
  return g;
}

std::span<const uint32_t> Gazetteer::Candidates(int32_t name_id) const {
  if (name_id < 0 || static_cast<uint64_t>(name_id) >= impl_->header->names.count) return {};
  const NameRec& n = impl_->names[name_id];
  return {impl_->candidates + n.cand_begin, n.cand_count};
}

Place Gazetteer::Get(uint32_t place_id) const {
  const Impl& m = *impl_;
  if (place_id >= m.header->places.count) return {};
  const format::PlaceRec& r = m.places[place_id];
  Place p;
  p.name_ar = m.Str(r.name_ar);
  p.name_en = m.Str(r.name_en);
  if (r.country != format::kNoIndex) {
    const format::CountryRec& c = m.countries[r.country];
    p.country_code = std::string_view(c.code, 2);
    p.country = m.Str(c.name_en);
  }
  if (r.admin1 != format::kNoIndex) {
    p.admin1 = m.Str(m.admin1s[r.admin1].name_en);
    p.admin1_ar = m.Str(m.admin1s[r.admin1].name_ar);
  }
  p.lat = r.lat;
  p.lon = r.lon;
  p.population = r.population;
  p.type = static_cast<PlaceType>(r.type);
  return p;
}

PlaceType Gazetteer::TypeOf(uint32_t place_id) const {
  return place_id < impl_->header->places.count ? static_cast<PlaceType>(impl_->places[place_id].type) : Place{}.type;
}

bool Gazetteer::InSeveralCountries(int32_t name_id) const {
  const std::span<const uint32_t> cands = Candidates(name_id);
  if (cands.size() < 2) return false;
  const uint32_t first = impl_->places[cands[0]].country;
  return std::any_of(cands.begin() + 1, cands.end(), [&](uint32_t id) { return impl_->places[id].country != first; });
}

uint32_t Gazetteer::Resolve(int32_t name_id, std::span<const std::string_view> country_hints) const {
  return Resolve(name_id, country_hints, 0);
}

uint32_t Gazetteer::Resolve(int32_t name_id, std::span<const std::string_view> country_hints,
                            int32_t place_hints) const {
  const std::span<const uint32_t> cands = Candidates(name_id);
  if (cands.empty()) return UINT32_MAX;
  const Impl& m = *impl_;
  // (Codes as CodeKeys: numbers, not strings, are compared for every candidate and hint.)
  auto code_of = [&](uint32_t id) -> uint32_t {
    const format::PlaceRec& r = m.places[id];
    return r.country == format::kNoIndex ? CodeKey({}) : CodeKey(std::string_view(m.countries[r.country].code, 2));
  };
  auto is_admin = [&](uint32_t id) {
    PlaceType t = static_cast<PlaceType>(m.places[id].type);
    return t == PlaceType::kAdmin1 || t == PlaceType::kAdmin2;
  };
  // Candidates are stored best first, so the answer is the first one passing the strongest filter.
  const bool want_admin = place_hints & kPlaceAdminWord;
  // A country's name is the country, whatever hamlet of the article's country shares it ("في السويد" in a
  // report from Yemen is Sweden, not As Suwayd in Hajjah), unless a type word says a settlement is meant.
  // (Only over villages: "تونس", "الكويت", "عمان", "كولومبيا" are also cities, which the usual order and the
  // article decide between.)
  if (!(place_hints & kPlaceTypeWord)) {
    constexpr int64_t kVillagePopulation = 10000;
    uint32_t country = UINT32_MAX;
    bool only_villages = true;
    for (uint32_t id : cands) {
      const format::PlaceRec& r = m.places[id];
      if (static_cast<PlaceType>(r.type) == PlaceType::kCountry) {
        if (country == UINT32_MAX) country = id;
      } else if (static_cast<PlaceType>(r.type) != PlaceType::kLocality || r.population >= kVillagePopulation) {
        only_villages = false;
      }
    }
    if (country != UINT32_MAX && only_villages) return country;
  }
  // "مستوطنة X": Israel's or Palestine's X, in the article's order of those two, before any context.
  if (place_hints & kPlaceSettlementWord) {
    auto israeli = [&](uint32_t code) { return code == CodeKey("IL") || code == CodeKey("PS"); };
    for (std::string_view hint : country_hints) {
      const uint32_t code = CodeKey(hint);
      if (!israeli(code)) continue;
      for (uint32_t id : cands) {
        if (code_of(id) == code) return id;
      }
    }
    for (uint32_t id : cands) {
      if (israeli(code_of(id))) return id;
    }
  }
  // A city in the second country of the context beats a district or hamlet of the same name in the
  // first: "القدس" in an article about Palestine and Israel is the city of Jerusalem.
  constexpr int64_t kCityPopulation = 100000;
  auto is_city = [&](uint32_t id) {
    return static_cast<PlaceType>(m.places[id].type) == PlaceType::kLocality && m.places[id].population >= kCityPopulation;
  };
  if (!want_admin && country_hints.size() >= 2) {
    uint32_t first_choice = UINT32_MAX, city = UINT32_MAX;
    const uint32_t first_code = CodeKey(country_hints[0]), second_code = CodeKey(country_hints[1]);
    for (uint32_t id : cands) {
      if (first_choice == UINT32_MAX && code_of(id) == first_code) first_choice = id;
      if (city == UINT32_MAX && code_of(id) == second_code && is_city(id)) city = id;
    }
    if (first_choice != UINT32_MAX && city != UINT32_MAX && !is_city(first_choice)) return city;
  }
  for (std::string_view hint : country_hints) {
    const uint32_t code = CodeKey(hint);
    uint32_t first = UINT32_MAX;
    for (uint32_t id : cands) {
      if (code_of(id) != code) continue;
      if (!want_admin || is_admin(id)) return id;
      if (first == UINT32_MAX) first = id;
    }
    if (first != UINT32_MAX) return first;
  }
  if (want_admin) {
    for (uint32_t id : cands) {
      if (is_admin(id)) return id;
    }
  }
  return cands.front();
}

std::vector<Gazetteer::RankedCandidate> Gazetteer::RankCandidates(int32_t name_id,
                                                                  std::span<const std::string_view> country_hints,
                                                                  int32_t place_hints) const {
  std::vector<RankedCandidate> out;
  const std::span<const uint32_t> cands = Candidates(name_id);
  const uint32_t pick = Resolve(name_id, country_hints, place_hints);
  for (size_t r = 0; r < cands.size(); ++r) {
    const Place p = Get(cands[r]);
    RankedCandidate c;
    c.place = cands[r];
    c.static_rank = static_cast<int>(r);
    for (size_t h = 0; h < country_hints.size(); ++h) {
      if (country_hints[h] == p.country_code) {
        c.country_hint = static_cast<int>(h);
        break;
      }
    }
    c.admin_asked = (place_hints & kPlaceAdminWord) && (p.type == PlaceType::kAdmin1 || p.type == PlaceType::kAdmin2);
    out.push_back(c);
  }
  auto hint_key = [](const RankedCandidate& c) { return c.country_hint < 0 ? INT32_MAX : c.country_hint; };
  std::stable_sort(out.begin(), out.end(), [&](const RankedCandidate& a, const RankedCandidate& b) {
    if ((a.place == pick) != (b.place == pick)) return a.place == pick;
    if (hint_key(a) != hint_key(b)) return hint_key(a) < hint_key(b);
    return a.admin_asked > b.admin_asked;
  });
  return out;
}

uint32_t Gazetteer::ImpliedCountryPlace(int32_t name_id, int32_t place_hints) const {
  const uint32_t pick = Resolve(name_id, {}, place_hints);
  if (pick == UINT32_MAX) return pick;
  const Impl& m = *impl_;
  const format::PlaceRec& r = m.places[pick];
  const PlaceType type = static_cast<PlaceType>(r.type);
  constexpr int64_t kCityPopulation = 100000;  // as Resolve's city rule
  if (type == PlaceType::kCountry || type == PlaceType::kAdmin1 || type == PlaceType::kAdmin2 ||
      (type == PlaceType::kLocality && r.population >= kCityPopulation)) {
    return pick;
  }
  for (uint32_t id : Candidates(name_id)) {
    if (m.places[id].country != r.country) return UINT32_MAX;
  }
  return pick;
}

uint32_t Gazetteer::CountryPlace(std::string_view country_code) const {
  const Impl& m = *impl_;
  for (uint64_t i = 0; i < m.header->countries.count; ++i) {
    if (std::string_view(m.countries[i].code, 2) == country_code) return m.countries[i].place;
  }
  return UINT32_MAX;
}

uint32_t Gazetteer::CapitalPlace(std::string_view country_code) const {
  const Impl& m = *impl_;
  std::call_once(m.capitals_once, [&m] {
    for (uint64_t i = 0; i < m.header->names.count; ++i) {
      const NameRec& n = m.names[i];
      if (!(n.flags & format::kNameCapital) || n.cand_count == 0) continue;
      const uint32_t place = m.candidates[n.cand_begin];
      const format::PlaceRec& p = m.places[place];
      if (p.country == format::kNoIndex) continue;
      std::string code(m.countries[p.country].code, 2);
      if (std::none_of(m.capitals.begin(), m.capitals.end(), [&](const auto& c) { return c.first == code; })) {
        m.capitals.emplace_back(std::move(code), place);
      }
    }
  });
  for (const auto& [code, place] : m.capitals) {
    if (code == country_code) return place;
  }
  return UINT32_MAX;
}

size_t Gazetteer::size() const { return impl_->header->places.count; }
size_t Gazetteer::name_count() const { return impl_->header->names.count; }

int32_t Gazetteer::FindName(std::string_view phrase) const {
  std::vector<std::string> keys = NameKeys(phrase);
  if (keys.empty()) return -1;
  // The phrase as written first, then its variants (without a type word, without ال).
  Document doc;
  doc.norm = text::Normalize(text::NormalizeKey(phrase));
  text::Tokenize(doc);
  std::string full;
  for (const Token& t : doc.tokens) {
    if (t.kind == TokenKind::kPunct) continue;
    if (!full.empty()) full += ' ';
    full += doc.NormView(t);
  }
  keys.insert(keys.begin(), full);
  // A key that is only the start of longer names ("الباغوز" of "الباغوز فوقاني") has no places.
  for (const std::string& key : keys) {
    if (int32_t id = impl_->FindKey(key); id >= 0 && impl_->names[id].cand_count > 0) return id;
  }
  return -1;
}

std::string_view Gazetteer::NameKey(int32_t name_id) const {
  if (name_id < 0 || static_cast<uint64_t>(name_id) >= impl_->header->names.count) return {};
  return impl_->Str(impl_->names[name_id].key);
}

// `hints` are the mention's PlaceHints, `hints_before` those the words before it give (not its own ب);
// `after_place`: a place mention ends right before it ("خان يونس جنوبي القطاع": يونس is no first name).
bool Gazetteer::Impl::Vetoed(const Document& doc, uint32_t i, const Match& match, int32_t hints,
                             int32_t hints_before, bool listed, bool after_place) const {
  const auto& toks = doc.tokens;
  const NameRec& rec = names[match.name];
  const std::string_view key = Str(rec.key);
  const std::string_view word = doc.NormView(toks[i]);
  const std::string_view prefix = word.substr(0, match.prefix);
  const uint32_t sentence = toks[i].sentence;
  const bool salient = rec.flags & format::kNameSalient;
  const bool country = rec.cand_count > 0 &&
                       static_cast<PlaceType>(places[candidates[rec.cand_begin]].type) == PlaceType::kCountry;
  // The token right before (same sentence), if any, and the one right after the match.
  const Token* prev = i > 0 && toks[i - 1].sentence == sentence ? &toks[i - 1] : nullptr;
  const uint32_t end = i + match.tokens;
  const Token* next = end < toks.size() && toks[end].sentence == sentence ? &toks[end] : nullptr;
  const std::string_view prev_word = prev && prev->kind == TokenKind::kArabic ? doc.NormView(*prev) : "";
  const std::string_view next_word = next && next->kind == TokenKind::kArabic ? doc.NormView(*next) : "";
  // The proclitic letters before the name, without an article: "وب" of "وبالبوكمال", "" of "العزيز".
  std::string_view clitic = prefix;
  if (clitic.ends_with(kAl)) clitic.remove_suffix(kAl.size());

  // A person: "العقيد محمد خميس", "عبد العزيز بك", "محمد X" (a first name before a non-country name),
  // "محمد خميس العبيدي" (a name that starts with a first name, then a family name).
  if (!after_place && !prev_word.empty() && clitic.empty()) {
    const std::string_view link = prev_word.starts_with(kWaw) ? prev_word.substr(kWaw.size()) : prev_word;
    if (StemIn(prev_word, kPersonBefore, nullptr, nullptr) || OneOf(prev_word, kNameLinks) ||
        OneOf(link, kNameLinks)) {
      return true;
    }
  }
  if (!after_place && !country && clitic.empty() && !prev_word.empty() && StemIn(prev_word, kFirstNames, nullptr, nullptr)) {
    return true;
  }
  if (!country && IsNisba(next_word)) {
    const std::string_view first = key.substr(0, key.find(' '));
    if (OneOf(first, kFirstNames) || OneOf(word.substr(match.prefix), kFirstNames)) return true;
  }

  // A generic noun on its own: "دوار", "المزارع", "صناعية" (of "منطقة صناعية"), even after a type word.
  if (match.tokens == 1) {
    std::string_view stem = key.starts_with(kAl) && key.size() > kAl.size() + 2 ? key.substr(kAl.size()) : key;
    if (OneOf(stem, kGenericNouns)) return true;
  }

  // The head of a longer unknown name: "منطقة أبو الأسود" is not a village "أبو". A head that ends the
  // name stays a place: before a function word ("قرية تل في"), a direction ("عين شرقي حلب"), a
  // conjunction or a known place.
  if (match.tokens == 1 && next && !next_word.empty() && OneOf(key, kNameHeads) &&
      !next_word.starts_with(kWaw) && !OneOf(next_word, kNearWords) && !OneOf(next_word, kTypeWords) &&
      !OneOf(next_word, kPrepositions)) {
    const Match after = LongestAt(doc, end);
    const bool place_after =
        after.name >= 0 && (names[after.name].flags & (format::kNameNever | format::kNameCommonWord)) == 0;
    const bool word_after = after.name >= 0 && (names[after.name].flags & format::kNameNever);
    if (!place_after && !word_after) return true;
  }

  // A time zone: "الساعة 2:30 (بتوقيت صنعاء)", "بتوقيت القدس" tell the hour, not where anything happened.
  {
    const std::string_view zone = prev_word.starts_with(kWaw) ? prev_word.substr(kWaw.size()) : prev_word;
    if (zone == "بتوقيت" || zone == "توقيت") return true;
  }

  // A counted noun: "60 وكرا". A place name does not follow a number directly.
  if (match.tokens == 1 && !country && prev && prev->kind == TokenKind::kNumber) return true;

  // A country's adjective: "الحكومة السورية", "إدلب السورية", "قوات سورية", "القوات السعودية". As the
  // country it follows a preposition ("في سورية", "بالسعودية").
  if (country && match.tokens == 1 && key.ends_with(kYaHa) && !(hints & kPlacePreposition)) {
    const bool article_added = prefix.ends_with(kAl) || prefix.ends_with("\xD9\x84\xD9\x84");  // ال or لل
    const bool after_word = !prev_word.empty();
    const bool after_definite = after_word && (prev_word.find(kAl) != std::string_view::npos);
    if (article_added || (!key.starts_with(kAl) && after_word) || (key.starts_with(kAl) && after_definite)) {
      return true;
    }
  }

  // A proclitic split ("كمائن" is not ك + "مائن", "باتوا" not ب + "اتوا"). ك and س are rare on place
  // names (س only prefixes verbs): only a salient multi-word name is taken after them. After و ف ب ل a
  // single word needs to be salient or cued from before; the word's own ب is not enough.
  if (!clitic.empty()) {
    if (clitic.find(kKaf) != std::string_view::npos || clitic.find(kSeen) != std::string_view::npos) {
      if (!(salient && match.tokens >= 2)) return true;
    } else if (!salient && match.tokens == 1 && !listed && hints_before == 0) {
      return true;
    }
  }
  return false;
}

void Gazetteer::Annotate(Document& doc) const { impl_->Annotate(doc, /*keep_suppressed=*/false); }
void Gazetteer::AnnotateAll(Document& doc) const { impl_->Annotate(doc, /*keep_suppressed=*/true); }

// How many tokens ahead Annotate starts loading a word's memo entry: enough tokens' work to cover a
// load from the shared cache, few enough that the entry is still there when its token comes.
constexpr uint32_t kPrefetchTokens = 4;

void Gazetteer::Impl::Annotate(Document& doc, bool keep_suppressed) const {
  const Impl& m = *this;
  const auto& toks = doc.tokens;
  // The last place emitted, so that "بلدتي الباغوز والسوسة" carries its cue on to the second name.
  int64_t last_end = -1;
  int32_t last_hints = 0;
  // The token after a name with a direction glued to it ("الشداديجنوبي الحسكة"): a name starting there
  // is "near" as after a direction written apart.
  int64_t near_from = -1;
  // The last place emitted followed a plural type word, so the names listed after it are typed too.
  bool last_plural = false;
  FirstTokenMemo* memo = ThreadFirstTokenMemo(generation);
  for (uint32_t i = 0; i < toks.size();) {
    if (toks[i].kind != TokenKind::kArabic) {
      ++i;
      continue;
    }
    if (const uint32_t ahead = i + kPrefetchTokens; ahead < toks.size() && toks[ahead].kind == TokenKind::kArabic) {
      PrefetchFirstKeys(doc.NormView(toks[ahead]), memo);
    }
    const std::string_view word = doc.NormView(toks[i]);
    const Impl::FirstKeys first = m.FirstKeysOf(word, memo);
    Impl::Match match;
    if (first.count > 0) match = m.LongestFrom(doc, i, word, first, /*more_tokens=*/true, /*glue_last=*/true);
    // (Most words cannot carry a glued word: the memo knows, so GluedAt is not called for them.)
    if (match.name < 0 && first.may_be_glued) match = m.GluedAt(doc, i, memo);
    if (match.name < 0) {
      ++i;
      continue;
    }
    // Most matches are stop-listed words ("قصف", "شهداء"): never emitted, so their context is not read.
    if ((match.flags & format::kNameNever) && !keep_suppressed) {
      ++i;
      continue;
    }
    // A common word is emitted only after a type word (below), its own or the plural one of the list it
    // is in ("بلدات كفركلا والخيام"): without one, the rest of its context is not read.
    const bool listed_in_plural =
        last_plural && word.starts_with(kWaw) && last_end >= 0 && ListedAfter(doc, last_end, i);
    if ((match.flags & format::kNameCommonWord) && !keep_suppressed && !listed_in_plural &&
        m.HintsBefore(doc, i, {}, memo, /*type_word_only=*/true) == 0) {
      ++i;
      continue;
    }
    const NameRec& rec = m.names[match.name];
    const std::string_view prefix = word.substr(0, match.prefix);
    // A preposition glued to the name ("فيحقل") is a word before it like any other.
    const int32_t hints_before = m.HintsBefore(doc, i, {}, memo) | (match.glued_preposition ? kPlacePreposition : 0);
    int32_t hints = hints_before | (HasBa(prefix) ? kPlacePreposition : 0);
    std::string_view clitic = prefix;
    if (clitic.ends_with(kAl)) clitic.remove_suffix(kAl.size());
    if (clitic.empty() && m.AfterStrikeVerb(doc, i)) hints |= kPlacePreposition;
    if (near_from == i) hints |= kPlaceNear;
    const bool listed = prefix.starts_with(kWaw) && last_end >= 0 && ListedAfter(doc, last_end, i);
    // A name listed after a place ("في الباغوز والسوسة") is as much a place as the first; whether it is
    // "near" too is not known, so only the place cue is carried, and the type word when it is plural.
    if (listed && last_hints != 0) hints |= kPlacePreposition;
    if (listed && listed_in_plural) hints |= kPlaceTypeWord;
    bool emit;
    if (rec.flags & format::kNameNever) {
      emit = false;
    } else if (rec.flags & format::kNameCommonWord) {
      // "قرية النصر" is a place; "النصر" alone is a word, and so is "الواقعة" in "المنطقة الواقعة". With لـ
      // on it the word is whose the site is, not its name: "موقع للجيش", "مقر للشرطة".
      emit = (hints & kPlaceTypeWord) && !(hints & kPlaceDefiniteType) && !HasLam(prefix);
    } else {
      emit = (rec.flags & format::kNameSalient) || match.tokens >= 2 || hints != 0;
    }
    // The context checks, only for what would be emitted (most matches are stop-listed words). A vetoed
    // match is passed over whole: the words of "محمد خميس" are not tried again on their own.
    const bool vetoed = emit && m.Vetoed(doc, i, match, hints, hints_before, listed, last_end == i);
    emit = emit && !vetoed;
    if (!emit && !keep_suppressed) {
      i = vetoed ? i + match.tokens : i + 1;
      continue;
    }
    Mention men;
    men.kind = MentionKind::kPlace;
    men.tok_begin = i;
    men.tok_end = i + match.tokens;
    men.begin = toks[i].begin + match.prefix;
    men.end = toks[men.tok_end - 1].end - match.suffix;
    men.ref = match.name;
    // "العاصمة السورية دمشق": the capital's own name, right after, is the mention. It keeps the phrase's
    // name id, whose one candidate is the capital ("العاصمة الأردنية عمان" is Amman, not Oman).
    if (emit && (rec.flags & format::kNameCapital) && men.tok_end < toks.size() &&
        toks[men.tok_end].sentence == toks[i].sentence && toks[men.tok_end].kind == TokenKind::kArabic) {
      const Impl::Match named = m.LongestAt(doc, men.tok_end, memo);
      if (named.name >= 0 && named.prefix == 0) {
        const uint32_t capital = m.candidates[rec.cand_begin];
        const NameRec& nrec = m.names[named.name];
        const uint32_t* c = m.candidates + nrec.cand_begin;
        if (std::find(c, c + nrec.cand_count, capital) != c + nrec.cand_count) {
          men.tok_begin = men.tok_end;
          men.tok_end += named.tokens;
          men.begin = toks[men.tok_begin].begin;
          men.end = toks[men.tok_end - 1].end;
        }
      }
    }
    men.aux = emit ? hints : hints | kPlaceSuppressed;
    doc.mentions.push_back(men);
    if (!emit) {
      i = vetoed ? men.tok_end : i + 1;
      continue;
    }
    last_end = men.tok_end;
    last_hints = hints;
    if (!listed) {
      int64_t before = static_cast<int64_t>(men.tok_begin) - 1;
      last_plural = before >= 0 && doc.tokens[before].sentence == toks[i].sentence &&
                    StemIn(doc.NormView(doc.tokens[before]), kPluralTypeWords, nullptr, nullptr);
    }
    // Only a direction (4 letters and more; a glued في or من is 2) makes the next name "near".
    near_from = match.suffix > kFi.size() ? men.tok_end : -1;
    i = men.tok_end;
  }
}

}  // namespace rasd::geo
