#include "events/assembler.h"

#include <algorithm>

#include <array>
#include <cstdint>
#include <cstdlib>
#include <deque>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <tuple>
#include <vector>

#include "geo/distance.h"
#include "geo/place_trace.h"
#include "text/normalizer.h"
#include "time/time_expressions.h"

namespace rasd::events {

namespace {

constexpr uint32_t kNone = UINT32_MAX;
constexpr double kMinWeakTriggerWeight = 0.5;
// Candidates below this confidence are dropped: on the development gold they are mostly talk about
// violence (analysis, statements, background) rather than reports of it.
constexpr double kMinConfidence = 0.55;
// GUIDELINES: an unnumbered plural of the dead ("قتلى", "شهداء", "ما أدى إلى مقتلهم") counts 3.
constexpr int64_t kUnnumberedPlural = 3;
constexpr int64_t kDaysInYear = 365;
constexpr double kCrowdMarchWeight = 0.7;  // a protest noun after a crowd's verb (CrowdWentOutIn)
// A casualty figure above this is a typo, a page artefact or a hostile input ("مقتل 99999999999 شخص"),
// not a report: it is not read as a count, and the document says so in a warning. No single incident
// ACLED records comes near it.
constexpr int64_t kMaxCredibleCasualties = 1'000'000;
// ACLED inter codes of the actor table (data/README.md) that rules single out.
constexpr int kUnidentifiedInter = 3, kRiotersInter = 5, kProtestersInter = 6, kCiviliansInter = 7;

// A place mention resolved against the article's country context.
struct PlaceRef {
  const Mention* mention = nullptr;
  uint32_t place = kNone;  // gazetteer id, kNone when unresolved or no gazetteer
  bool dropped = false;    // judged a homonym far from the article's provinces
  // The entry is a province or district, but the text names a town or village in it: a town's name
  // read as its province (PreferProvinceSense), or a village the gazetteer lacks placed at the unit the
  // text puts it in (PlaceByContainer). The report names a place as concretely as one naming a town, so
  // its confidence is not lowered as for a province-only report, and it is merged with other reports
  // as that town (SamePlace), not as a province holding them all.
  bool concrete = false;
  uint32_t town = kNone;   // the town entry a province-sense name also names
  bool stand_in = false;   // the entry stands in for a village the gazetteer lacks
  bool by_container = false;  // placed by the unit named right after it (PlaceByContainer)
  bool named_only = false;    // a name after a type word that the gazetteer lacks (NamedUnknownPlaces)
  bool bare_capital = false;  // "في العاصمة" alone: the capital of the article's country (BareCapital)
};

// One reported casualty figure and whose side it counts ("38 من عناصر التنظيم" -> Islamic State).
struct Casualty {
  int64_t value = 0;
  int32_t side = -1;  // actor id of the victims, -1 unknown
  const Mention* side_mention = nullptr;
  bool killed = true;
  bool cumulative = false;  // a running total over a period: evidence of violence, not this event's toll
  bool vague = false;  // a GUIDELINES convention ("عشرات" 10, an unnumbered plural 3), not a written figure
  bool by_noun = false;  // counted by the noun of the victims, no figure ("جندي" 1, "جنديان" 2, "شهداء" 3)
  const Mention* cue = nullptr;  // the killed/injured word
  ByteSpan span;      // normalized
  // A figure the text writes for this event: no convention, no running total.
  bool Written() const { return !vague && !cumulative && value > 0; }
  // Someone counted dead.
  bool Dead() const { return killed && value > 0; }
};

// Whether `casualties` count dead with a figure the text writes for this event (Casualty::Written).
bool WrittenDead(const std::vector<Casualty>& casualties) {
  return std::any_of(casualties.begin(), casualties.end(), [](const Casualty& k) { return k.killed && k.Written(); });
}

struct Candidate {
  std::string event_type, sub_event_type;
  const Trigger* trigger = nullptr;
  const Mention* trigger_mention = nullptr;
  uint32_t sentence = 0;
  int32_t actor1 = -1, actor2 = -1;
  const Mention* actor1_mention = nullptr;
  const Mention* actor2_mention = nullptr;
  const PlaceRef* place = nullptr;
  const PlaceRef* locator = nullptr;  // "ألموغ قرب أريحا": the place named to locate `place` (see Locator)
  bool took_body_place = false;  // a headline event that took a body report's place in Merge: no longer vague
  // A headline event: the unit of the body report merged into it that tells most (the first with a toll,
  // else the first), shown as its evidence; whether that one had a toll.
  uint32_t body_unit = UINT32_MAX;
  bool body_unit_toll = false;
  bool took_body_sides = false;  // a headline event that took the sides of the body's report in Merge
  bool place_inherited = false;  // the place was not named in the event's own sentence
  bool date_from_article = false;  // no day in its sentence or paragraph: the article's day
  bool sides_unordered = false;    // the actors came from "بين X و Y", which does not say who acted
  bool sides_told_before = false;  // they came from "بين الطرفين": the sides named before (TwoSidesBefore)
  bool armed_confrontation = false;  // a riot word ("مواجهات") between two armed sides: a battle
  bool by_aircraft = false;  // an attack whose attacker is named by its aircraft ("نفذتها طائرات الاحتلال")
  // A bomb whose teller, a state's force, was not taken for its author (FixRoles): the attacker is unnamed
  // as bombers usually are, and the report no weaker for it.
  bool bomber_unnamed = false;
  // The strength of the battle word a taking of ground was told with ("سيطرت ... بعد معارك"), 0 if none:
  // the report is as sure as its battle.
  double battle_weight = 0;
  // The weight of the remote means that typed a weak attack word ("هجوم بقذائف الهاون": the mortars), or 0.
  double means_weight = 0;
  bool headline_only = false;  // told in the headline and merged with no report of the body (set by Merge)
  int geo_precision = 1;
  std::optional<Day> date;
  int date_precision = 1;
  const Mention* time_mention = nullptr;
  std::vector<Casualty> casualties;
  double confidence = 0;
};

// Everything the assembler looks up per sentence, gathered in one pass over the mentions.
struct SentenceIndex {
  std::vector<const Mention*> actors, triggers, places, times, numbers, cues;
  // A place the sentence names that the gazetteer places only far outside the article's countries: its
  // event happened there, at a place rasd cannot locate, not at one borrowed from another sentence.
  const PlaceRef* unlocated = nullptr;

  // Empty, as a new one, with the lists' memory kept for the next document (AssemblerScratch).
  void Clear() {
    for (std::vector<const Mention*>* list : {&actors, &triggers, &places, &times, &numbers, &cues}) list->clear();
    unlocated = nullptr;
  }
};

// `sorted`: the mentions in order of their first token, those of one token in their order in `mentions`
// (as std::stable_sort by tok_begin puts them), and those past the last token at the end. A counting
// sort, linear in tokens and mentions: the stable sort's comparisons were a good part of Index's time,
// and it took a buffer per document. `starts` is its working list.
void SortByFirstToken(const std::vector<Mention>& mentions, size_t token_count, std::vector<uint32_t>& starts,
                      std::vector<const Mention*>& sorted) {
  auto bucket = [&](const Mention& m) { return std::min<size_t>(m.tok_begin, token_count); };
  starts.assign(token_count + 2, 0);
  for (const Mention& m : mentions) ++starts[bucket(m) + 1];
  for (size_t b = 1; b < starts.size(); ++b) starts[b] += starts[b - 1];  // the first place of each bucket
  sorted.resize(mentions.size());
  for (const Mention& m : mentions) sorted[starts[bucket(m)]++] = &m;
}

// A unit is a sentence or a clause of one (see SplitUnits); "sentence" in this file means a unit.
struct Unit {
  uint32_t sentence, first_token, end_token;
  bool answered = false;  // "ورداً على اعتداءات الاحتلال على بلدة عيتا الشعب،": what the act after answers
  int8_t since = -1;  // whether the unit has "منذ" (OngoingSince asks it for each act; -1: not asked yet)
};

// Mention counts by actor id, iterated in ascending id as a std::map<int32_t, int> would be: an article
// names a handful of actors, so a sorted vector, whose memory AssemblerScratch keeps, does as well as a
// tree that allocates a node per actor and frees them all per document.
class ActorCounts {
 public:
  int& operator[](int32_t actor) {
    auto it = std::lower_bound(counts_.begin(), counts_.end(), actor,
                               [](const std::pair<int32_t, int>& e, int32_t a) { return e.first < a; });
    if (it == counts_.end() || it->first != actor) it = counts_.emplace(it, actor, 0);
    return it->second;
  }
  void clear() { counts_.clear(); }
  auto begin() const { return counts_.cbegin(); }
  auto end() const { return counts_.cend(); }

 private:
  std::vector<std::pair<int32_t, int>> counts_;
};

// The containers DocumentAssembler fills for one document. Each thread keeps one from a document to the
// next (EventAssembler::Annotate), cleared in between, so that their memory is reused: built afresh
// they cost about 240 allocations and frees an article, most of them the per-sentence mention lists
// growing one push at a time.
struct AssemblerScratch {
  std::vector<Unit> units;
  std::vector<uint32_t> unit_of_token;
  std::vector<SentenceIndex> sentences;
  // Cleared indexes of sentences past the end of a shorter document, lists and capacity kept: shrinking
  // `sentences` would free them.
  std::vector<SentenceIndex> spare_sentences;
  ActorCounts actor_count;
  std::vector<std::string> hints;
  std::vector<std::string_view> hint_views;
  std::vector<double> hint_scores;
  std::vector<PlaceRef> places;
  std::deque<PlaceRef> unlocated;
  std::deque<Mention> named_places;
  std::deque<Mention> bases;  // Index's readings of "القاعدة" as a base named before
  std::deque<Mention> split_cues;  // Index's "على" of a verb of eliminating, its subject between
  std::vector<Mention> resolved_actors;
  std::vector<const Mention*> target_adjectives;
  std::vector<uint32_t> place_of;
  // Index()'s working lists and Run()'s candidates.
  std::vector<const Mention*> sorted_mentions, fronts;
  std::vector<uint32_t> bucket_starts;  // SortByFirstToken's
  std::vector<bool> named_actors;
  std::vector<Candidate> candidates;
  // Working lists of single steps (see Emptied): ResolveActors' lists for each sentence, ChooseCountryHints'
  // votes and ranking, ResolvePlaces' towns and sites in the article's countries.
  std::vector<const Mention*> kept_actors, reading_group;
  std::vector<bool> open_readings;
  std::vector<std::pair<std::string_view, double>> country_votes;
  std::vector<std::pair<double, std::string_view>> ranked_countries;
  std::vector<std::pair<const Mention*, geo::Place>> places_inside;
  std::vector<std::pair<int32_t, uint32_t>> province_homonyms;  // ResolvePlaces: a name and its entry in a province named
  std::vector<PlaceRef*> refs_by_mention;  // RefsByMention's

  // Empties everything a document left, keeping the memory.
  void Clear() {
    units.clear();
    unit_of_token.clear();
    SizeSentences(0);
    actor_count.clear();
    hints.clear();
    hint_views.clear();
    hint_scores.clear();
    places.clear();
    unlocated.clear();
    named_places.clear();
    bases.clear();
    split_cues.clear();
    resolved_actors.clear();
    target_adjectives.clear();
    place_of.clear();
    sorted_mentions.clear();
    fronts.clear();
    named_actors.clear();
    candidates.clear();
  }

  // `n` empty sentence indexes in `sentences`, as `sentences.assign(n, {})` but with the lists of earlier
  // documents' sentences.
  void SizeSentences(size_t n) {
    for (SentenceIndex& s : sentences) s.Clear();
    for (; sentences.size() > n; sentences.pop_back()) spare_sentences.push_back(std::move(sentences.back()));
    for (; sentences.size() < n && !spare_sentences.empty(); spare_sentences.pop_back()) {
      sentences.push_back(std::move(spare_sentences.back()));
    }
    sentences.resize(n);
  }
};

// A working list of AssemblerScratch, emptied for the use at hand: it keeps its memory, and nothing of
// its last use. (For lists used within one step; what one step leaves for the next is emptied by Clear.)
template <typename List>
List& Emptied(List& list) {
  list.clear();
  return list;
}

AssemblerScratch& Cleared(AssemblerScratch& scratch) {
  scratch.Clear();
  return scratch;
}

// Whether two country codes are the same. Codes are two letters and compared as such: string_view's ==
// calls memcmp for a size it does not know, and the place passes compare codes tens of times a place.
bool SameCode(std::string_view a, std::string_view b) {
  return a.size() == b.size() && (a.size() == 2 ? a[0] == b[0] && a[1] == b[1] : a == b);
}

// A sub-event type of ground changing hands.
bool TerritorialSub(std::string_view sub) {
  return sub == "Government regains territory" || sub == "Non-state actor overtakes territory";
}

bool IsCue(const Mention* m, Cue c) { return m->kind == MentionKind::kCue && m->ref == static_cast<int32_t>(c); }

class DocumentAssembler {
 public:
  // `scratch` is emptied first: what an earlier document left in it is not read.
  DocumentAssembler(const EventLexicons& lex, const geo::Gazetteer* gaz, Document& doc, AssemblerScratch& scratch)
      : lex_(lex),
        gaz_(gaz),
        doc_(doc),
        scratch_(Cleared(scratch)),
        units_(scratch.units),
        unit_of_token_(scratch.unit_of_token),
        sentences_(scratch.sentences),
        actor_count_(scratch.actor_count),
        hints_(scratch.hints),
        hint_views_(scratch.hint_views),
        hint_scores_(scratch.hint_scores),
        places_(scratch.places),
        unlocated_(scratch.unlocated),
        named_places_(scratch.named_places),
        resolved_actors_(scratch.resolved_actors),
        target_adjectives_(scratch.target_adjectives),
        place_of_(scratch.place_of) {}

  void Run() {
    WarnImplausibleFigures();
    Index();
    ChooseCountryHints();
    ResolveActors();
    ResolvePlaces();
    std::vector<Candidate>& candidates = scratch_.candidates;
    for (uint32_t u = 0; u < units_.size(); ++u) {
      BuildCandidates(u, candidates);
      PlaceOfTheIncident(u, candidates);
    }
    TargetsOfTheActTold(candidates);
    DateReportedActs(candidates);
    Merge(candidates);
    TollsOfWeakReports(candidates);
    DropHeadlineOnly(candidates);
    SplitMultiDay(candidates);
    for (const Candidate& c : candidates) {
      if (c.confidence >= kMinConfidence) Emit(c);
    }
  }

 private:
  std::string_view Tok(uint32_t i) const { return i < doc_.tokens.size() ? doc_.NormView(doc_.tokens[i]) : ""; }

  // Clauses that report an event of their own: a sentence is cut before "، فيما", "، بينما",
  // "، كما", "، في حين", "، وفي" ("استشهد 5 في رفح، في حين ارتقى 4 في قصف على خان يونس").
  void SplitUnits() {
    unit_of_token_.assign(doc_.tokens.size(), 0);
    auto is_comma = [&](uint32_t t) { return Tok(t) == "," || Tok(t) == "\xD8\x8C"; };
    for (uint32_t si = 0; si < doc_.sentences.size(); ++si) {
      const Sentence& sentence = doc_.sentences[si];
      uint32_t start = sentence.first_token;
      // "ورداً على اعتداءات الاحتلال على بلدتي طيرحرفا وعيتا الشعب، أعلنت المقاومة أنها استهدفت ...": the
      // act answered, told first up to its comma, is a unit of its own that reports no event; its places
      // and sides are not those of the act that answers it.
      const uint32_t f = sentence.first_token;
      if (TokenIs(f, {"ردا", "وردا"}) && TokenIs(f + 1, {"علي"})) {
        for (uint32_t t = f + 2; t + 1 < sentence.end_token; ++t) {
          if (!is_comma(t)) continue;
          // ("على القرى الجنوبية، وتحديداً بلدتي طيرحرفا وعيتا الشعب،": the clause goes on.)
          if (TokenIs(t + 1, {"وتحديدا", "تحديدا", "وخصوصا", "خصوصا", "وخاصه", "خاصه", "ولا", "لا", "ومنها", "بما"})) continue;
          units_.push_back({si, f, t, /*answered=*/true});
          start = t + 1;
          break;
        }
      }
      for (uint32_t t = start; t < sentence.end_token; ++t) {
        bool cut = t > start && t + 1 < sentence.end_token && is_comma(t) &&
                   (TokenIs(t + 1, {"فيما", "بينما", "كما", "وفي"}) ||
                    (TokenIs(t + 1, {"في"}) && TokenIs(t + 2, {"حين"})) ||
                    // "دعا إلى جلسة طارئة، وذلك تزامنا مع مواجهات ...": what happened at the same time
                    // is reported, whatever the main clause says about it.
                    TokenIs(t + 1, {"تزامنا", "بالتزامن"}) ||
                    (TokenIs(t + 1, {"وذلك"}) && TokenIs(t + 2, {"تزامنا", "بالتزامن"})) ||
                    // "تواصلت المعارك بين ...، وشنت مقاتلات التحالف 12 غارة": another act, with a subject of
                    // its own right after its verb, joined by و after a comma ("نُفّذ من اتجاه الجولان،
                    // واستهدف مبنى سكنيا" goes on with the same subject).
                    (TokenIs(t + 1, {"وشنت", "وشن", "وشنوا", "وقصفت", "وقصف", "وقصفوا", "واستهدفت", "واستهدف",
                                     "واستهدفوا", "واغارت", "واغار"}) &&
                     ActorStartsAt(t + 2)) ||
                    // "قال حزب الله إنه استهدف موقع المالكية، وأكد الحزب أنه أسقط طائرة مسيرة": another
                    // statement of a side named again after its verb, telling an act of its own after "أن"
                    // ("، وأعلنت حركة الشباب مسؤوليتها عن الهجوم" claims the act before).
                    (TokenIs(t + 1, {"واكد", "واكدت", "واعلن", "واعلنت", "وقال", "وقالت", "واضاف", "واضافت"}) &&
                     StatementOfSideAt(t + 2)));
        // A "sentence" of thousands of words (a page without punctuation) is cut into pieces, so that
        // the work per unit stays bounded and an article costs time linear in its length.
        constexpr uint32_t kMaxUnitTokens = 256;
        const bool too_long = !cut && t - start >= kMaxUnitTokens;
        if (cut || too_long) {
          units_.push_back({si, start, t});
          start = cut ? t + 1 : t;  // a clause cut drops its comma; a length cut keeps every token
        }
      }
      units_.push_back({si, start, sentence.end_token});
    }
    for (uint32_t u = 0; u < units_.size(); ++u) {
      for (uint32_t t = units_[u].first_token; t < units_[u].end_token; ++t) unit_of_token_[t] = u;
    }
  }

  uint32_t Para(uint32_t unit) const { return doc_.sentences[units_[unit].sentence].paragraph; }

  // Whether an actor's name starts at token t and "أن" / "إن" (or with a pronoun: "أنه") follows it.
  bool StatementOfSideAt(uint32_t t) const {
    return std::any_of(doc_.mentions.begin(), doc_.mentions.end(), [&](const Mention& m) {
      return m.kind == MentionKind::kActor && m.tok_begin == t &&
             TokenIs(m.tok_end, {"ان", "انه", "انها", "انهم", "بان", "بانه", "بانها"});
    });
  }

  // Whether a place mention covers token t exactly.
  bool PlaceAt(uint32_t t) const {
    return std::any_of(doc_.mentions.begin(), doc_.mentions.end(), [&](const Mention& m) {
      return m.kind == MentionKind::kPlace && m.tok_begin == t && m.tok_end == t + 1;
    });
  }

  // Whether an actor's name starts at token t (read before the units exist, from the mentions).
  bool ActorStartsAt(uint32_t t) const {
    return std::any_of(doc_.mentions.begin(), doc_.mentions.end(),
                       [&](const Mention& m) { return m.kind == MentionKind::kActor && m.tok_begin == t; });
  }

  // "القاعدة" alone (and "والقاعدة", "للقاعدة"), the word that names Al Qaeda and also "the base" ("وكشفت
  // مصادر أن القاعدة استُهدفت بـ6 صواريخ").
  bool BareQaeda(const Mention& m) const {
    return m.kind == MentionKind::kActor && m.tok_end == m.tok_begin + 1 && Tok(m.tok_begin).ends_with(kQaeda) &&
           TokenIs(m.tok_begin, {"القاعده", "والقاعده", "فالقاعده", "بالقاعده", "وبالقاعده", "للقاعده", "وللقاعده"});
  }
  static constexpr std::string_view kQaeda = "\xD9\x82\xD8\xA7\xD8\xB9\xD8\xAF\xD9\x87";  // قاعده

  // "القاعدة العسكرية", "القاعدة الأميركية", "القاعدة الصاروخية": a definite feminine adjective after the
  // word qualifies a base (Al Qaeda is "تنظيم القاعدة الإرهابي").
  bool BaseAdjective(uint32_t t) const {
    const std::string_view w = Tok(t);
    return w.size() > 6 && w.starts_with("\xD8\xA7\xD9\x84") && w.ends_with("\xD9\x87") &&  // ال...ه
           !TokenIs(t, {"الارهابيه", "المتطرفه", "الجهاديه"});
  }

  // True when the article tells of military bases ("قاعدة عين الأسد", "القاعدة الأميركية", "القواعد") and
  // names Al Qaeda nowhere by more than the bare word: "القاعدة" alone is then the base told of.
  bool BasesNotQaeda() const {
    bool bases = false;
    for (uint32_t t = 0; t < doc_.tokens.size() && !bases; ++t) {
      bases = TokenIs(t, {"قاعده", "قاعدتي", "القاعدتين", "قواعد", "القواعد", "بقاعده", "لقاعده", "وقاعده"}) ||
              (TokenIs(t, {"القاعده"}) && BaseAdjective(t + 1));
    }
    if (!bases) return false;
    return std::none_of(doc_.mentions.begin(), doc_.mentions.end(), [&](const Mention& m) {
      return m.kind == MentionKind::kActor && !BareQaeda(m) && Qaeda(m.ref);
    });
  }

  // "الدفاع المدني", "المجتمع المدني", "للمطالبة بالحكم المدني", "الحماية المدنية": "المدني" after a definite
  // noun that names no side is that noun's adjective, an institution or a kind of rule, no civilians.
  // (The feminine only after the institutions it qualifies: "المنازل المدنية", "السيارة المدنية" were
  // civilians' property, the side hit.)
  bool CivilAdjective(const Mention& m, const SentenceIndex& s) const {
    if (m.tok_end != m.tok_begin + 1 || m.tok_begin == 0 || lex_.actor(m.ref).inter != kCiviliansInter) return false;
    const bool masculine = TokenIs(m.tok_begin, {"المدني"});
    if (!masculine && !TokenIs(m.tok_begin, {"المدنيه"})) return false;
    const uint32_t noun = m.tok_begin - 1;
    if (doc_.tokens[noun].kind != TokenKind::kArabic) return false;
    if (!s.actors.empty() && s.actors.back()->tok_end == m.tok_begin) return false;  // "الناشط المدني"
    std::string_view w = Tok(noun);
    for (std::string_view clitic : {"و", "ب", "ف", "ك"}) {
      if (w.starts_with(clitic) && w.substr(clitic.size()).starts_with("ال")) w.remove_prefix(clitic.size());
    }
    if (!w.starts_with("ال") && !w.starts_with("لل")) return false;
    if (masculine) return true;
    for (std::string_view institution : {"حمايه", "اداره", "ادارات", "خدمه", "شرطه", "حكومه", "دوله", "سلطه", "سلطات",
                                         "هيئه", "احوال", "شؤون", "حركه"}) {
      if (w.ends_with(institution)) return true;
    }
    return false;
  }

  // "العسكريون المتقاعدون", "المتقاعدين العسكريين", "متقاعدي الجيش": retired members of a force are no
  // longer the force (they protest for their pensions as civilians).
  bool Retired(const Mention& m) const {
    if (!Armed(Inter(m.ref))) return false;
    auto retired = [&](uint32_t t) {
      if (t >= doc_.tokens.size() || doc_.tokens[t].kind != TokenKind::kArabic) return false;
      // ("متقاعد", "المتقاعدون", "متقاعدي": the word of retirement with any article and ending.)
      return Tok(t).find("متقاعد") != std::string_view::npos;
    };
    return retired(m.tok_end) || (m.tok_begin > 0 && retired(m.tok_begin - 1));
  }

  // True for a crowd the protesters' aliases name without saying they protest ("الآلاف", "آلاف الأشخاص",
  // "الحشود", "أنصار") in a sentence that tells of no protest or riot.
  bool CrowdWithoutProtest(const Mention& m) const {
    if (Inter(m.ref) != kProtestersInter) return false;
    const std::string_view words = std::string_view(doc_.norm.text).substr(m.begin, m.end - m.begin);
    for (std::string_view protest : {"تظاهر", "مظاهر", "محتج", "احتجاج", "معتصم", "مضرب", "مسيره"}) {
      if (words.find(protest) != std::string_view::npos) return false;
    }
    return !SentenceTells(m.tok_begin, [](const Trigger& t) { return t.event_type == "Protests" || t.event_type == "Riots"; });
  }

  // True when some trigger of the sentence of token `t` satisfies `kind`: all of the sentence's triggers,
  // indexed yet or not, in any of its units.
  template <typename Kind>
  bool SentenceTells(uint32_t t, Kind&& kind) const {
    const uint32_t sentence = doc_.tokens[t].sentence;
    return std::any_of(doc_.mentions.begin(), doc_.mentions.end(), [&](const Mention& m) {
      return m.kind == MentionKind::kTrigger && m.tok_begin < doc_.tokens.size() &&
             doc_.tokens[m.tok_begin].sentence == sentence && kind(lex_.trigger(m.ref));
    });
  }

  // A word for a military base, first word of a side named by its base ("القاعدة الأميركية").
  bool BaseWord(uint32_t t) const {
    // (Most words are no base: their last letters first.)
    const std::string_view w = Tok(t);
    if (!w.ends_with("\xD8\xB9\xD8\xAF\xD9\x87") && !w.ends_with("\xD8\xAF\xD8\xAA\xD9\x8A") &&  // عده دتي
        !w.ends_with("\xD8\xAA\xD9\x8A\xD9\x86") && !w.ends_with("\xD8\xA7\xD8\xB9\xD8\xAF")) {  // تين اعد
      return false;
    }
    return TokenIs(t, {"القاعده", "قاعده", "القاعدتين", "قاعدتي", "القواعد", "قواعد", "والقاعده", "للقاعده", "بالقاعده",
                       "وللقاعده", "وبالقاعده", "لقاعده", "بقاعده", "للقواعد", "بالقواعد"});
  }

  // Al Qaeda or one of its branches (AQAP, AQIM).
  bool Qaeda(int32_t actor) const { return lex_.actor(actor).canonical.find("Al Qaeda") != std::string::npos; }

  void Index() {
    SplitUnits();
    scratch_.SizeSentences(units_.size());
    std::vector<const Mention*>& sorted = scratch_.sorted_mentions;
    SortByFirstToken(doc_.mentions, doc_.tokens.size(), scratch_.bucket_starts, sorted);
    std::vector<bool>& named = scratch_.named_actors;
    named.assign(lex_.actor_count(), false);
    std::vector<const Mention*>& fronts = scratch_.fronts;
    int base_not_qaeda = -1;  // BasesNotQaeda(), asked once the article has a bare "القاعدة" (few have)
    int32_t base_owner = -1;  // the side whose base ("القاعدة الأميركية") was named last
    for (const Mention* m : sorted) {
      if (m->tok_begin >= doc_.tokens.size()) continue;
      SentenceIndex& s = sentences_[unit_of_token_[m->tok_begin]];
      switch (m->kind) {
        case MentionKind::kActor: {
          auto form = static_cast<ActorForm>(m->aux);
          // An anaphor ("التنظيم") names an actor only once the article has named it.
          if (form == ActorForm::kAnaphor && !named[static_cast<size_t>(m->ref)]) break;
          if (BareQaeda(*m)) {
            if (base_not_qaeda < 0) base_not_qaeda = BasesNotQaeda();
            const bool qualified = BaseAdjective(m->tok_end);
            if (base_not_qaeda || qualified) {
              // "تعرّض القاعدة الأميركية لقصف ... وكشفت المصادر أنّ القاعدة استُهدفت بـ6 صواريخ": the base
              // named before, with its side; no side when none was named.
              if (base_owner < 0 || qualified) break;
              Mention& base = scratch_.bases.emplace_back(*m);
              base.ref = base_owner;
              m = &base;
            }
          } else if (BaseWord(m->tok_begin) && !Qaeda(m->ref)) {
            base_owner = m->ref;
          }
          // "وتسبّب الاقتتال في الخرطوم بهرب الآلاف": a crowd is protesters only where a protest is told.
          if (CrowdWithoutProtest(*m)) break;
          if (CivilAdjective(*m, s)) break;
          // "اقتحم أنصار ترامب مبنى الكابيتول في واشنطن": a capital after "في" is where, not the government
          // it stands for elsewhere ("واشنطن أعلنت").
          if (m->tok_begin > 0 && m->tok_end == m->tok_begin + 1 && TokenIs(m->tok_begin - 1, {"في"}) &&
              PlaceAt(m->tok_begin)) {
            break;
          }
          if (Retired(*m)) break;
          // "الشرطة البريطانية تعتقل": a nationality right after a force qualifies it (ResolveActors).
          const bool qualifies_actor = !s.actors.empty() && s.actors.back()->tok_end == m->tok_begin &&
                                       static_cast<ActorForm>(s.actors.back()->aux) != ActorForm::kAdjective;
          // "في العاصمة الصومالية مقديشو": the capital's nationality names a place, no side.
          if (form == ActorForm::kAdjective && m->tok_begin > 0 &&
              TokenIs(m->tok_begin - 1, {"العاصمه", "والعاصمه", "بالعاصمه", "للعاصمه", "عاصمه"})) {
            break;
          }
          // "الطائرات الحربية السورية والروسية": a nationality joined by و to the one before it shares its
          // role (both flew the aircraft); it is a side hit only when that one is.
          const bool joined_nationality =
              form == ActorForm::kAdjective && !s.actors.empty() && s.actors.back()->tok_end == m->tok_begin &&
              static_cast<ActorForm>(s.actors.back()->aux) == ActorForm::kAdjective &&
              Tok(m->tok_begin).starts_with("\xD9\x88");  // و
          const bool joined_to_target = joined_nationality && !target_adjectives_.empty() &&
                                        target_adjectives_.back() == s.actors.back();
          // "إن الطائرات السورية نفذت ثماني ضربات", "شنت مقاتلات حربية روسية": the nationality of what carried
          // an act out names its side wherever the act is told.
          // ("أسقطت القوات الروسية 21 طائرة أوكرانية مسيرة": what is brought down is the side hit.)
          const bool carrier = form == ActorForm::kAdjective && CarrierActs(s, *m);
          if (carrier && Interception(m->tok_begin)) target_adjectives_.push_back(m);
          if (form == ActorForm::kAdjective && !qualifies_actor && !carrier && !TriggerBefore(s, *m, 0) &&
              !AdjectivesBetween(s, *m) && (!joined_nationality || joined_to_target)) {
            // "بقصف القاعدة الأميركية", "استهداف دبابة ميركافا إسرائيلية": the nationality of what
            // was hit names the side hit.
            // ("واستهدف مجاهدو القسّام أيضاً، دبابة صهيونية بقذيفة": the noun of what was hit may stand
            // between the act's verb and the nationality, and so may the doer.)
            constexpr uint32_t kMaxGap = 3;
            if (!TriggerBefore(s, *m, kMaxGap) && !PrecededByCue(s, m->tok_begin, Cue::kAgainst, 0)) break;
            target_adjectives_.push_back(m);
          }
          // "بقذائف المدفعية", "بقذائف الدبابات": a generic force named as the weapon's owner inside the
          // phrase of the weapon is the weapon itself, no side (the side that fired is named elsewhere).
          if (lex_.actor(m->ref).generic() && !s.triggers.empty() &&
              lex_.trigger(s.triggers.back()->ref).form == TriggerForm::kWeapon &&
              s.triggers.back()->tok_begin < m->tok_begin && m->tok_end <= s.triggers.back()->tok_end) {
            break;
          }
          // "مسيرات انتحارية", "طائرة مسيرة انتحارية": the drone's adjective inside the strike's phrase is
          // no suicide bomber.
          if (m->tok_begin > 0 && TokenIs(m->tok_begin, {"انتحاريه", "انتحاريتين", "الانتحاريه"}) &&
              TokenIs(m->tok_begin - 1, {"مسيره", "مسيرات", "مسيرتين", "المسيره", "المسيرات", "طايره", "طايرات", "طايرتين"})) {
            break;
          }
          if (form == ActorForm::kAlias) named[static_cast<size_t>(m->ref)] = true;
          s.actors.push_back(m);
          actor_count_[m->ref] += form == ActorForm::kAlias ? 2 : 1;
          break;
        }
        case MentionKind::kTrigger:
          if (Front(m)) {
            fronts.push_back(m);
          } else if (!KillingWithoutKiller(*m) && !AgentWithoutKilling(*m) && !FoiledNoAttack(*m)) {
            s.triggers.push_back(m);
          }
          break;
        case MentionKind::kPlace: s.places.push_back(m); break;
        case MentionKind::kTime: s.times.push_back(m); break;
        case MentionKind::kNumber: s.numbers.push_back(m); break;
        case MentionKind::kCue:
          if (!EliminatedNoOne(*m)) s.cues.push_back(m);
          break;
      }
    }
    // "قتل 96 مسلحا من ميليشيات الحوثي في جبهة الساحل الغربي": a front line is the act of a sentence that
    // names no other (a toll must then make it a report); "على جبهة الإسناد اللبنانية ... غارة مسيرة" is
    // a strike, and the nationality after the front is not the striker's.
    for (const Mention* m : fronts) {
      SentenceIndex& s = sentences_[unit_of_token_[m->tok_begin]];
      if (s.triggers.empty() && FrontLine(m)) s.triggers.push_back(m);
    }
    for (SentenceIndex& s : sentences_) {
      SplitEliminationCues(s);
      KeepEntriesIntoTowns(s);
    }
  }

  // "دخلت قوات الدعم السريع مدينة ود مدني", "دخلت فصائل المعارضة العاصمة دمشق": the lexicon's verb of
  // entering with its side is a capture only when the side is a rebel group or a militia and a town follows
  // it (its type word or "العاصمة" may come first, a day may stand between); "دخلت شاحنات المساعدات", "دخلت
  // الهدنة حيز التنفيذ", "دخل الجيش في مواجهة" are not, nor a state's forces entering a town ("ودخل الاحتلال
  // بلدة نعلين" is a raid).
  void KeepEntriesIntoTowns(SentenceIndex& s) {
    const int32_t entered = lex_.entered_trigger();
    if (entered < 0) return;
    std::erase_if(s.triggers, [&](const Mention* act) {
      if (act->ref != entered) return false;
      const bool armed = std::any_of(s.actors.begin(), s.actors.end(), [&](const Mention* a) {
        return a->tok_begin > act->tok_begin && a->tok_end <= act->tok_end && NonStateArmed(Inter(a->ref));
      });
      uint32_t t = PastTime(s, act->tok_end);
      if (TokenIs(t, {"العاصمه", "مدينه", "بلده", "قريه", "مخيم", "حي", "منطقه"})) ++t;
      const bool town = std::any_of(s.places.begin(), s.places.end(), [&](const Mention* p) {
        return p->tok_begin == t && p->begin == doc_.tokens[t].begin;  // (no preposition on it: "دخل في")
      });
      return !(armed && town);
    });
  }

  // "قضت مفرزة للجيش الوطني الشعبي، يوم 4 مارس، على إرهابيين اثنين": the verb of eliminating with its
  // subject between it and "على" (the lexicon's trigger) reports the act when the subject is armed and
  // what it eliminates is people; "على" is then a cue of the dead (side by side, "قضت على" is one in
  // cues.tsv), and the verb no non-event word ("قضت المحكمة"). Otherwise the trigger is dropped.
  void SplitEliminationCues(SentenceIndex& s) {
    const int32_t eliminated = lex_.eliminated_trigger();
    for (size_t i = 0; i < s.triggers.size(); ++i) {
      const Mention* act = s.triggers[i];
      if (eliminated < 0 || act->ref != eliminated) continue;
      const uint32_t on = act->tok_end - 1;  // "على"
      const bool armed_subject = std::any_of(s.actors.begin(), s.actors.end(), [&](const Mention* a) {
        return a->tok_begin > act->tok_begin && a->tok_end <= on && Armed(Inter(a->ref));
      });
      if (!armed_subject || !PeopleEliminatedAt(act->tok_end)) {
        s.triggers.erase(s.triggers.begin() + static_cast<std::ptrdiff_t>(i--));
        continue;
      }
      Mention& cue = scratch_.split_cues.emplace_back();
      cue.kind = MentionKind::kCue;
      cue.ref = static_cast<int32_t>(Cue::kKilled);
      cue.tok_begin = on;
      cue.tok_end = on + 1;
      cue.begin = doc_.tokens[on].begin;
      cue.end = doc_.tokens[on].end;
      // (In the verb's place: the cues stay in text order.)
      const auto verb = std::find_if(s.cues.begin(), s.cues.end(), [&](const Mention* c) {
        return IsCue(c, Cue::kNonEvent) && c->tok_begin == act->tok_begin;
      });
      if (verb != s.cues.end()) *verb = &cue;
      else s.cues.insert(std::upper_bound(s.cues.begin(), s.cues.end(), on, [](uint32_t t, const Mention* c) { return t < c->tok_begin; }), &cue);
    }
  }

  // "القصف الجوي والمدفعي الإسرائيلي", "قصفا مدفعيا عنيفا إسرائيليا": only other adjectives of the act stand
  // between it and the nationality, which then still names who acted.
  bool AdjectivesBetween(const SentenceIndex& s, const Mention& adj) const {
    if (s.triggers.empty()) return false;
    const Mention* act = s.triggers.back();  // the nearest trigger before the adjective (text order)
    if (act->tok_end >= adj.tok_begin) return false;
    constexpr uint32_t kMaxAdjectives = 3;
    if (adj.tok_begin - act->tok_end > kMaxAdjectives) return false;
    for (uint32_t t = act->tok_end; t < adj.tok_begin; ++t) {
      std::string_view w = Tok(t);
      const bool coordinated = w.starts_with("\xD9\x88\xD8\xA7\xD9\x84");  // وال
      if (!coordinated && !ActAdjective(t)) return false;
    }
    return true;
  }

  // An adjective of an act that is no nationality: how violent, how new, of what kind ("البري", "الجوي").
  bool ActAdjective(uint32_t t) const {
    return TokenIs(t, {"عنيف", "عنيفا", "العنيف", "عنيفه", "العنيفه", "مكثف", "مكثفا", "المكثف", "مكثفه", "المكثفه",
                       "متواصل", "ومتواصل", "متواصلا", "جديد", "جديدا", "الجديد", "جديده", "الجديده", "مماثل", "واسع",
                       "واسعه", "عشوائي", "العشوائي",
                       // the act's kind: "الهجوم البري الإسرائيلي", "غارة جوية إسرائيلية"
                       "بري", "البري", "بريا", "بريه", "البريه", "جوي", "الجوي", "جويا", "جويه", "الجويه", "مدفعي",
                       "المدفعي", "مدفعيا", "مدفعيه", "المدفعيه", "صاروخي", "الصاروخي", "صاروخيا", "صاروخيه",
                       "الصاروخيه",
                       // what carried it out: "طائرات حربية روسية", "طائرة مسيرة تركية"
                       "حربي", "الحربي", "حربيه", "الحربيه", "مسيره", "المسيره"});
  }

  // "غارة إسرائيلية", "قصف مدفعي تركي", "طائرة مسيرة أمريكية": the adjective names the attacker only
  // when it qualifies an attack noun a few tokens before it.
  // The trigger ending at most `max_gap` tokens before an adjective, among the triggers already indexed
  // for its sentence (mentions are indexed in text order, so those are the ones before it).
  static bool TriggerBefore(const SentenceIndex& s, const Mention& adj, uint32_t max_gap) {
    for (auto it = s.triggers.rbegin(); it != s.triggers.rend(); ++it) {
      const Mention* m = *it;
      // "غارات إسرائيلية" listed whole as a trigger: the adjective qualifies its noun all the same.
      if (m->tok_begin < adj.tok_begin && m->tok_end >= adj.tok_end) return true;
      if (m->tok_end > adj.tok_begin) continue;
      if (adj.tok_begin - m->tok_end > max_gap) return false;  // earlier ones end further away
      return true;
    }
    return false;
  }

  // The end of the readings of one name: actor mentions from `i` on that cover the same tokens (an
  // alias listed under several actors, "الجيش", gives one mention per reading, side by side).
  static size_t ReadingsEnd(const std::vector<const Mention*>& actors, size_t i) {
    size_t j = i + 1;
    while (j < actors.size() && actors[j]->tok_begin == actors[i]->tok_begin && actors[j]->tok_end == actors[i]->tok_end) {
      ++j;
    }
    return j;
  }

  // Countries the article is about, strongest first: from actors that imply a country and from
  // places that are countries or provinces. They decide homonyms (هجين in Syria or Yemen).
  void ChooseCountryHints() {
    // (A few countries per article: a vector in the order first voted for, not a map of strings.)
    std::vector<std::pair<std::string_view, double>>& score = Emptied(scratch_.country_votes);
    auto vote_for = [&](std::string_view code, double vote) {
      auto it = std::find_if(score.begin(), score.end(), [&](const auto& e) { return SameCode(e.first, code); });
      if (it == score.end()) score.emplace_back(code, vote);
      else it->second += vote;
    };
    // Each actor name votes for its home country; a name with several readings ("الجيش": Iran's,
    // Israel's, Yemen's, Sudan's army or any country's) shares one vote among them. A whole vote each
    // made a bare "الجيش" outvote the places the article names, and the tie went to the first country
    // code: the Syrian army shelling Idlib was coded as Iran's.
    // A reading scoped to some countries ("الشرطة" is Israel's police in Palestine and Israel) applies
    // where the article already is; it cannot put the article there ("والشرطة تلقي القبض" in Brussels gave
    // Palestine the lead and Brussels' police to Israel). So scoped readings vote last, and only in an
    // article that the other names and the places already put in one of their countries.
    struct ScopedVote {
      const Actor* actor;
      double vote;
    };
    std::vector<ScopedVote> scoped;
    for (const SentenceIndex& s : sentences_) {
      for (size_t i = 0; i < s.actors.size();) {
        const size_t j = ReadingsEnd(s.actors, i);
        for (size_t k = i; k < j; ++k) {
          const Mention* m = s.actors[k];
          const Actor& a = lex_.actor(m->ref);
          const double vote = (static_cast<ActorForm>(m->aux) == ActorForm::kAlias ? 4.0 : 2.0) / static_cast<double>(j - i);
          if (a.home.empty()) continue;
          if (a.scope.empty()) vote_for(a.home, vote);
          else scoped.push_back({&a, vote});
        }
        i = j;
      }
    }
    if (gaz_) {
      for (const SentenceIndex& s : sentences_) {
        const bool province_named =
            s.places.size() > 1 && std::any_of(s.places.begin(), s.places.end(), [&](const Mention* p) { return MayNameProvince(*p); });
        for (size_t k = 0; k < s.places.size(); ++k) {
          const Mention* m = s.places[k];
          // (A name that is no place at all votes for no country: "واشنطن بوست", a river's "الضفة الغربية".)
          if (NewspaperNamedAfter(*m) || BuildingNamedAfter(*m) || MeetingNamedAfter(*m) || SeatNamed(*m) || RiverBank(*m) ||
              VesselNamed(*m)) {
            continue;
          }
          uint32_t id = gaz_->Resolve(m->ref, {}, m->aux);
          if (id == kNone) continue;
          // "في مدينة رفح بشمال سيناء", "قوات الأمن بشمال سيناء ... جنوب مدينة رفح": a town named in a sentence
          // with a province of another country is the homonym in that province (Egypt's Rafah, not Gaza's),
          // if it has one there. (Only a name of several places can be: most are not, and the lookups are
          // not free. No hints are chosen yet: the province is read without any.)
          if (province_named && gaz_->InSeveralCountries(m->ref)) {
            if (const uint32_t there = HomonymInProvinceNamed(s, *m, id); there != kNone) id = there;
          }
          geo::Place p = gaz_->Get(id);
          double w = p.type == geo::PlaceType::kCountry ? 3 : p.type == geo::PlaceType::kAdmin1 ? 2 : 1;
          // "عمان" is Oman and Amman: a country's name that is also a big city of another country votes for
          // the one the article's nationality adjectives name, or for both by halves.
          // ("سلطان عمان" is the country's ruler.)
          if (p.type == geo::PlaceType::kCountry &&
              !(m->tok_begin > 0 && TokenIs(m->tok_begin - 1, {"سلطان", "وسلطان", "لسلطان", "بسلطان", "سلطنه"}))) {
            if (const std::string_view city = BigCityCountryOf(m->ref, p.country_code); !city.empty()) {
              const int by_country = AdjectivesOf(p.country_code), by_city = AdjectivesOf(city);
              if (by_city > by_country) {
                vote_for(city, w);
                continue;
              }
              if (by_city == by_country) {
                vote_for(p.country_code, w / 2);
                vote_for(city, w / 2);
                continue;
              }
            }
          }
          vote_for(p.country_code, w);
        }
      }
    }
    // "أعلنت وزارة الدفاع التونسية مقتل عسكري ... بمنطقة جبال الشعانبي": an article whose names and
    // places put it nowhere is in the country its nationality adjectives name. (Only then: elsewhere they
    // name partners and envoys as often as the country the news is from.)
    if (score.empty()) {
      for (const Token& t : doc_.tokens) {
        if (t.kind != TokenKind::kArabic) continue;
        if (const std::string_view code = CountryOfAdjective(doc_.NormView(t)); !code.empty()) vote_for(code, 1);
      }
    }
    // A scoped reading votes for its home ("طيران التحالف" read in Yemen is the Saudi-led coalition's,
    // home Saudi Arabia) when the article already points to one of the countries of its scope.
    // (The countries voted for before any scoped reading: those it may follow.)
    const size_t pointed_to = score.size();
    for (const ScopedVote& v : scoped) {
      if (std::any_of(v.actor->scope.begin(), v.actor->scope.end(), [&](const std::string& c) {
            return std::any_of(score.begin(), score.begin() + pointed_to, [&](const auto& e) { return e.first == c; });
          })) {
        vote_for(v.actor->home, v.vote);
      }
    }
    std::vector<std::pair<double, std::string_view>>& ranked = Emptied(scratch_.ranked_countries);
    for (auto& [code, s] : score) ranked.emplace_back(-s, code);
    std::sort(ranked.begin(), ranked.end());
    for (auto& [s, code] : ranked) {
      hints_.emplace_back(code);
      hint_scores_.push_back(-s);
    }
    hint_views_.assign(hints_.begin(), hints_.end());
  }

  // Whether some entry of place mention `p`'s name is a first-level unit (cheaper than resolving it).
  bool MayNameProvince(const Mention& p) const {
    if (p.ref < 0) return false;
    const std::span<const uint32_t> cands = gaz_->Candidates(p.ref);
    return std::any_of(cands.begin(), cands.end(), [&](uint32_t c) { return gaz_->TypeOf(c) == geo::PlaceType::kAdmin1; });
  }

  // The entry of `m`'s name (other than `chosen`) inside a first-level unit that another place of sentence
  // `s` names as such ("بشمال سيناء"), when `chosen` lies in another country; kNone otherwise. (Not between
  // Israel and Palestine, which name each other's places; nor within a country, where a sentence may list
  // several provinces.)
  uint32_t HomonymInProvinceNamed(const SentenceIndex& s, const Mention& m, uint32_t chosen) const {
    std::optional<geo::Place> chosen_place;  // (read only once a province is found: most sentences name none)
    auto israel_palestine = [](std::string_view c) { return c == "IL" || c == "PS"; };
    for (const Mention* other : s.places) {
      if (other == &m || !MayNameProvince(*other)) continue;
      const uint32_t unit = gaz_->Resolve(other->ref, hint_views_, other->aux);
      if (unit == kNone || gaz_->TypeOf(unit) != geo::PlaceType::kAdmin1) continue;
      if (!chosen_place) chosen_place = gaz_->Get(chosen);
      const geo::Place& mine = *chosen_place;
      const geo::Place province = gaz_->Get(unit);
      if (SameCode(province.country_code, mine.country_code)) return kNone;
      if (israel_palestine(province.country_code) && israel_palestine(mine.country_code)) continue;
      for (const uint32_t c : gaz_->Candidates(m.ref)) {
        const geo::Place p = gaz_->Get(c);
        if (c != chosen && p.type != geo::PlaceType::kAdmin1 && SameCode(p.country_code, province.country_code) &&
            p.admin1 == province.admin1) {
          return c;
        }
      }
    }
    return kNone;
  }

  // Resolves each place mention against the country context. A small foreign place outside the
  // countries the article is about is almost always a homonym of a local word or village (شويكة in
  // Palestine vs Saudi Arabia): better no place than one a thousand kilometres away.
  // (Flattened: its passes call small helpers per place and per token, which GCC left out of line.)
  [[gnu::flatten]] void ResolvePlaces() {
    trace_ = geo::CurrentPlaceTrace();
    if (trace_) TraceCountries();
    places_.reserve(doc_.mentions.size());
    // Resolved first, judged after: a small place outside the article's countries is kept when it lies
    // by a place inside them (a border: "مستوطنة زرعيت" with "عيتا الشعب" in a report from Lebanon).
    // Each kept mention with its sentence and its entry (kNone: none, or no gazetteer), in text order.
    struct Resolved {
      size_t sentence;
      const Mention* mention;
      uint32_t place;
      bool country_named = false;  // by its adjective ("مدينة رفح المصرية"): no homonym, wherever it lies
    };
    std::vector<Resolved> resolved;
    resolved.reserve(doc_.mentions.size());
    std::vector<std::pair<const Mention*, geo::Place>>& inside = Emptied(scratch_.places_inside);  // the towns and sites in context countries
    // "أصيب مجند من قوات الأمن بشمال سيناء ... جنوب مدينة رفح": a province a sentence names picks the homonym
    // inside it (Egypt's Rafah, not the camp of Gaza the article's second country would give), for every
    // mention of the name in the article. (Only names of several entries, in sentences that name a place
    // besides.)
    std::vector<std::pair<int32_t, uint32_t>>& homonyms = Emptied(scratch_.province_homonyms);
    if (gaz_) {
      for (const SentenceIndex& s : sentences_) {
        if (s.places.size() < 2 ||
            std::none_of(s.places.begin(), s.places.end(), [&](const Mention* p) { return MayNameProvince(*p); })) {
          continue;
        }
        for (const Mention* m : s.places) {
          if (m->ref < 0 || !gaz_->InSeveralCountries(m->ref)) continue;
          const uint32_t chosen = gaz_->Resolve(m->ref, hint_views_, m->aux);
          if (chosen == kNone) continue;
          if (const uint32_t there = HomonymInProvinceNamed(s, *m, chosen); there != kNone) homonyms.emplace_back(m->ref, there);
        }
      }
    }
    for (size_t si = 0; si < sentences_.size(); ++si) {
      const SentenceIndex& s = sentences_[si];
      for (size_t k = 0; k < s.places.size(); ++k) {
        const Mention* m = s.places[k];
        geo::PlaceDecision* d = TraceDecision(m);
        if (NotTheScene(s, m)) {
          if (d) d->kept = false, d->why.push_back("not the scene: part of an actor's name, a dateline or a capital speaking for its government");
          continue;
        }
        uint32_t id = gaz_ ? gaz_->Resolve(m->ref, hint_views_, m->aux) : kNone;
        if (d) d->resolved = d->chosen = id;
        // "المنطقة الوسطى في سوريا", "هجين في اليمن": the country named right after says whose place it
        // is; a name with no entry there is not a place the gazetteer knows (not Israel's Central District).
        if (id != kNone && k + 1 < s.places.size()) {
          const geo::Place mine = gaz_->Get(id);
          const std::string_view country = CountryRightAfter(m, s.places[k + 1]);
          // Israel and Palestine name each other's places ("الناصرة في الأراضي الفلسطينية المحتلة").
          auto israel_palestine = [](std::string_view c) { return c == "IL" || c == "PS"; };
          auto inside_named = [&](std::string_view c) {
            return c == country || (israel_palestine(c) && israel_palestine(country));
          };
          if (!country.empty() && mine.type != geo::PlaceType::kCountry && !inside_named(mine.country_code)) {
            id = EntryIn(*m, country);
            if (d) {
              d->chosen = id;
              if (id == kNone) d->kept = false;
              d->why.push_back(id == kNone ? "dropped: no entry in the country named right after it"
                                           : "the country named right after it");
            }
            if (id == kNone) continue;
          }
        }
        if (id != kNone) {
          const auto h = std::find_if(homonyms.begin(), homonyms.end(), [&](const auto& e) { return e.first == m->ref; });
          if (h != homonyms.end() && h->second != id) {
            if (d) d->chosen = h->second, d->why.push_back("the homonym in a province a sentence names with it");
            id = h->second;
          }
        }
        // "مدينة ليون الفرنسية", "بلدة كفركلا اللبنانية": a town's adjective of a country picks its entry in that
        // country; with none there ("ولاية ماين الأميركية", where the gazetteer writes Maine "مين" and has
        // only France's Mayenne as "ماين") the name is an unknown place of that country, not a homonym
        // abroad. (Only after a type word of a town: "قاعدة التنف الأمريكية" is the owner's base in Syria.)
        bool country_named = false;
        if (id != kNone && (m->aux & geo::kPlaceTypeWord)) {
          if (const std::string_view c = CountryAdjectiveAfter(m); !c.empty()) {
            if (const uint32_t there = EntryIn(*m, c); there != kNone) {
              country_named = true;
              if (there != id && d) d->chosen = there, d->why.push_back("the country its adjective names");
              id = there;
            } else {
              if (d) d->chosen = kNone, d->kept = false, d->why.push_back("unknown: no entry in the country its adjective names");
              if (!sentences_[si].unlocated) sentences_[si].unlocated = &unlocated_.emplace_back(PlaceRef{m});
              continue;
            }
          }
        } else if (id != kNone) {
          // "الجولان السوري المحتل": without a type word the adjective may name an owner ("قاعدة التنف
          // الأمريكية"), so it only picks an entry the name has in that country, and drops none.
          if (const std::string_view c = CountryAdjectiveAfter(m); !c.empty()) {
            if (const uint32_t there = EntryIn(*m, c); there != kNone) {
              country_named = true;
              if (there != id && d) d->chosen = there, d->why.push_back("the country its adjective names");
              id = there;
            }
          }
        }
        // "استهدفت المقاومة الإسلامية موقع المطلة", "موقع المالكية الإسرائيلي": an army post named by a
        // Lebanese side's attack, or with the Israeli adjective, is Israel's (not El Mtolle in Mount Lebanon);
        // a post with that adjective and no Israeli entry is an unknown place, not a Lebanese homonym.
        if (id != kNone && IsraeliPost(s, *m)) {
          const uint32_t there = IsraeliEntryOf(*m);
          if (there != kNone) {
            if (there != id && d) d->chosen = there, d->why.push_back("an Israeli army post: the Israeli entry of the name");
            id = there;
            country_named = true;
          } else if (IsraeliAdjective(m->tok_end)) {
            if (d) d->chosen = kNone, d->kept = false, d->why.push_back("unknown: an Israeli army post with no Israeli entry");
            if (!sentences_[si].unlocated) sentences_[si].unlocated = &unlocated_.emplace_back(PlaceRef{m});
            continue;
          }
        }
        resolved.push_back({si, m, id, country_named});
        if (id == kNone) continue;
        const geo::Place p = gaz_->Get(id);
        // (A place whose country the text names, by an adjective or as an Israeli post, anchors its
        // neighbours as much: "موقع المالكية الإسرائيلي ... كذلك، هاجمت موقع مسكاف عام".)
        if (p.type != geo::PlaceType::kCountry && p.type != geo::PlaceType::kAdmin1 && p.type != geo::PlaceType::kAdmin2 &&
            p.type != geo::PlaceType::kRegion && (InContext(p) || country_named)) {
          inside.emplace_back(m, p);
        }
      }
    }
    // Each sentence keeps a subsequence of its places, written back over them in order.
    size_t next = 0;  // the first entry of `resolved` not yet judged
    for (size_t si = 0; si < sentences_.size(); ++si) {
      size_t kept = 0;
      for (; next < resolved.size() && resolved[next].sentence == si; ++next) {
        const Mention* m = resolved[next].mention;
        uint32_t id = resolved[next].place;
        // The km from an entry to the nearest town or site of the context named by another mention.
        auto nearest_inside = [&](const geo::Place& p) {
          double best = kNoPlaceKm;
          for (const auto& [other, q] : inside) {
            if (other != m) best = std::min(best, geo::DistanceKm(p.lat, p.lon, q.lat, q.lon));
          }
          return best;
        };
        // "مستوطنة المطلة" in a report of strikes from Lebanon: of the Israeli and Palestinian places of
        // the name, the one by the other places named (Metulla, not al-Mutilla in the West Bank).
        // (With no other place named, the one nearest the front the article is about: "أعلن حزب الله
        // استهداف مستوطنة المطلة" is on the Lebanese border.)
        if (id != kNone && (m->aux & geo::kPlaceSettlementWord)) {
          const uint32_t first = id;
          double best_km = nearest_inside(gaz_->Get(id));
          const bool alone = best_km >= kNoPlaceKm;
          const uint32_t front = alone ? FrontCountryPlace() : kNone;
          auto distance = [&](const geo::Place& q) {
            if (front == kNone) return nearest_inside(q);
            const geo::Place f = gaz_->Get(front);
            return geo::DistanceKm(q.lat, q.lon, f.lat, f.lon);
          };
          if (front != kNone) best_km = distance(gaz_->Get(id));
          for (uint32_t c : gaz_->Candidates(m->ref)) {
            const geo::Place q = gaz_->Get(c);
            if (q.country_code != "IL" && q.country_code != "PS") continue;
            if (const double km = distance(q); km < best_km) best_km = km, id = c;
          }
          if (geo::PlaceDecision* d = FindDecision(m); d && id != first) {
            d->chosen = id;
            d->why.push_back("settlement: the Israeli or Palestinian place of the name nearest the others named");
          }
        }
        PlaceRef ref;
        ref.mention = m;
        ref.place = id;
        if (id != kNone) {
          const geo::Place p = gaz_->Get(id);
          constexpr double kBorderKm = 30.0;
          // "موقع السماقة في تلال كفرشوبا" in a report from Lebanon, whose only entry is a hamlet in Iraq:
          // a place that alone puts its country in the article (its own vote is all that country has, and
          // another leads), far from every other place the article names, is a homonym too. (Alone, a town
          // the article's sides fight over abroad stays: "غارة على البوكمال" in a report of Iraqi forces.)
          // (The distances last: they are the costly test, and most places never need them.)
          constexpr double kFarKm = 300.0;
          bool homonym = false;
          // ("جنوب مدينة رفح في شمال سيناء": a place named with its container is judged by it, in
          // PlaceByContainer.)
          const bool contained = next + 1 < resolved.size() && resolved[next + 1].sentence == si &&
                                 resolved[next + 1].place != kNone && Contains(m, resolved[next + 1].mention) &&
                                 HasEntryIn(m->ref, gaz_->Get(resolved[next + 1].place));
          // ("بنيران الجيش واللجان الشعبية في جبهة نجران": a front is where the article's sides fight, across
          // the border too.)
          const bool front = m->tok_begin > 0 && FrontWord(m->tok_begin - 1);
          if (resolved[next].country_named || contained || front) {
            // Its country named by its adjective, or its container named, or a front: no homonym.
          } else if (!Plausible(p)) {
            homonym = nearest_inside(p) > kBorderKm;
          } else if (!hints_.empty() && !SameCode(Theatre(hints_.front()), Theatre(p.country_code)) &&
                     CountryVotes(p.country_code) <= kOwnPlaceVote &&
                     // ("وباكرا صباح الاثنين", "لفترة وجيزة", "ورشت المصلين": a town read by cutting a
                     // proclitic off a word, ب + Accra, و + Giza, و + Rasht, is not known the more for being a
                     // capital or a city; a country listed with و is: "شهدت كل من السويد، والكويت".)
                     (!WellKnown(p) ||
                      (m->begin > doc_.tokens[m->tok_begin].begin && p.type != geo::PlaceType::kCountry))) {
            const double nearest = nearest_inside(p);
            homonym = nearest > kFarKm && nearest < kNoPlaceKm;
          }
          if (homonym && !IsraeliPostInContext(m, p)) {
            if (geo::PlaceDecision* d = FindDecision(m)) {
              d->kept = false, d->why.push_back("implausible: a small place outside the article's countries");
            }
            if (!sentences_[si].unlocated) sentences_[si].unlocated = &unlocated_.emplace_back(PlaceRef{m});
            continue;
          }
        }
        places_.push_back(ref);
        sentences_[si].places[kept++] = m;
      }
      sentences_[si].places.resize(kept);
    }
    PlaceByContainer();
    VillageOfUnit();
    PreferNamedProvinces();
    // (After the homonyms far away are dropped: "في بلدة العديسة جنوبي لبنان" whose only entry is in the West
    // Bank is a village the gazetteer lacks, kept by name.)
    NamedUnknownPlaces();
    BareCapital();
    PreferProvinceSense();
    CoherentLists();
    place_of_.assign(doc_.mentions.size(), kNone);
    for (size_t i = 0; i < places_.size(); ++i) place_of_[MentionIndex(places_[i].mention)] = static_cast<uint32_t>(i);
  }

  // "بلدات ذيبان والطيانة والشعفة واللطوة والصبحة": towns listed together lie together. A village of the
  // list resolved over 100 km from all the others, which lie together, is a homonym: the entry of its
  // name among them is meant, and when the gazetteer has none, better no place than one 300 km off.
  void CoherentLists() {
    if (!gaz_) return;
    constexpr double kApartKm = 100.0, kReachKm = 300.0;
    constexpr int64_t kVillagePopulation = 10000;
    const std::vector<PlaceRef*>& ref_of = RefsByMention();
    auto town = [&](const PlaceRef* r) {
      if (!r || r->place == kNone) return false;
      const geo::PlaceType t = gaz_->TypeOf(r->place);
      return t == geo::PlaceType::kLocality || t == geo::PlaceType::kNeighbourhood || t == geo::PlaceType::kSite;
    };
    auto km = [&](uint32_t a, uint32_t b) {
      const geo::Place pa = gaz_->Get(a), pb = gaz_->Get(b);
      return geo::DistanceKm(pa.lat, pa.lon, pb.lat, pb.lon);
    };
    bool dropped = false;
    std::vector<PlaceRef*> run;   // the towns of one list
    std::vector<uint32_t> others;  // the places of the list's other towns
    for (const SentenceIndex& s : sentences_) {
      for (size_t begin = 0; begin < s.places.size();) {
        size_t end = begin + 1;
        while (end < s.places.size() && Listed(s, s.places[end - 1], s.places[end])) ++end;
        run.clear();
        for (size_t k = begin; k < end; ++k) {
          if (PlaceRef* r = ref_of[MentionIndex(s.places[k])]; town(r)) run.push_back(r);
        }
        begin = end;
        if (run.size() < 3) continue;
        for (PlaceRef* r : run) {
          if (gaz_->Get(r->place).population >= kVillagePopulation || r->by_container) continue;
          others.clear();
          for (PlaceRef* o : run) {
            if (o != r) others.push_back(o->place);
          }
          auto nearest = [&](uint32_t id) {
            double best = 1e9;
            for (uint32_t o : others) best = std::min(best, km(id, o));
            return best;
          };
          bool together = false;  // the others lie together
          for (size_t a = 0; a < others.size() && !together; ++a) {
            for (size_t b = a + 1; b < others.size() && !together; ++b) together = km(others[a], others[b]) <= kApartKm;
          }
          if (!together || nearest(r->place) <= kApartKm) continue;
          // The homonym nearest the others, if it lies among them: within 100 km of one of them, or
          // within reach in the country of most of them ("الدار البيضاء والمحمدية، وفاس ومكناس" are
          // Moroccan cities 250 km apart).
          uint32_t better = kNone;
          double better_km = kReachKm;
          for (uint32_t id : gaz_->Candidates(r->mention->ref)) {
            const double d = nearest(id);
            if (id == r->place || d >= better_km) continue;
            const std::string_view cc = gaz_->Get(id).country_code;
            const auto same = std::count_if(others.begin(), others.end(),
                                            [&](uint32_t o) { return SameCode(gaz_->Get(o).country_code, cc); });
            if (d <= kApartKm || 2 * static_cast<size_t>(same) > others.size()) better = id, better_km = d;
          }
          geo::PlaceDecision* d = FindDecision(r->mention);
          if (better != kNone) {
            r->place = better;
            if (d) d->chosen = better, d->why.push_back("listed with towns it lies near: that homonym");
          } else {
            r->dropped = dropped = true;
            if (d) d->kept = false, d->chosen = kNone, d->why.push_back("dropped: listed with towns over 100 km away");
          }
        }
      }
    }
    if (!dropped) return;
    std::vector<const Mention*> gone;  // sorted by address, for a lookup per sentence place
    for (const PlaceRef& p : places_) {
      if (p.dropped) gone.push_back(p.mention);
    }
    std::sort(gone.begin(), gone.end());
    std::erase_if(places_, [](const PlaceRef& p) { return p.dropped; });
    for (SentenceIndex& s : sentences_) {
      std::erase_if(s.places, [&](const Mention* m) { return std::binary_search(gone.begin(), gone.end(), m); });
    }
  }

  // True when `b` follows `a` in a list of places: only commas, و, place-type words and unknown names
  // joined by و between them ("ذيبان والطيانة والشعفة", "الطيانة" not in the gazetteer).
  bool Listed(const SentenceIndex& s, const Mention* a, const Mention* b) const {
    if (b->tok_begin < a->tok_end) return false;
    const bool b_joined = WawOn(*b);
    if (b->tok_begin == a->tok_end) return b_joined;
    for (uint32_t t = a->tok_end; t < b->tok_begin; ++t) {
      std::string_view w = Tok(t);
      if (!(w == "," || w == "\xD8\x8C" || w == "و" || IsPlaceTypeToken(s, t) ||
            (w.starts_with("\xD9\x88") && !Covered(s, t)))) {
        return false;
      }
    }
    return true;
  }

  // "X، Y", "X في Y", "X شمالي Y": only a comma, "في" or a direction word between a place and the
  // country after it (Contains also lets through "على جنوب" and lists, "X الشرقية وجنوب Y").
  bool InCountryPhrase(const Mention* inner, const Mention* outer) const {
    for (uint32_t t = inner->tok_end; t < outer->tok_begin; ++t) {
      const std::string_view w = Tok(t);
      const bool direction = t + 1 == outer->tok_begin && (outer->aux & geo::kPlaceNear) && !w.starts_with("\xD9\x88");
      if (!(w == "," || w == "\xD8\x8C" || w == "في" || direction)) return false;
    }
    return true;
  }

  // "جنوب لبنان", "بشمال سوريا": a place mention that starts with a direction word (a proclitic allowed).
  bool CountryQuarter(const Mention& m) const {
    std::string_view first = Tok(m.tok_begin);
    first.remove_prefix(std::min<size_t>(first.size(), m.begin - doc_.tokens[m.tok_begin].begin));
    return first == "جنوب" || first == "شمال" || first == "شرق" || first == "غرب" || first == "جنوبي" ||
           first == "شمالي" || first == "شرقي" || first == "غربي";
  }

  // Whether a name has an entry (other than the unit itself) in the province of `unit`, an admin unit.
  bool HasEntryIn(int32_t name_ref, const geo::Place& unit) const {
    if (unit.type != geo::PlaceType::kAdmin1 && unit.type != geo::PlaceType::kAdmin2) return false;
    for (uint32_t id : gaz_->Candidates(name_ref)) {
      const geo::Place q = gaz_->Get(id);
      if (SameCode(q.country_code, unit.country_code) && q.admin1 == unit.admin1 && q.type != geo::PlaceType::kAdmin1 &&
          q.type != geo::PlaceType::kCountry) {
        return true;
      }
    }
    return false;
  }

  // `inner`, named right before its container `outer` (the entry `out`) and resolved outside it: the
  // first of its candidates `inside` the container, else (the gazetteer lacks it) the container itself.
  template <typename Inside>
  void ReplaceByContainer(PlaceRef& inner, const PlaceRef& outer, const geo::Place& out, Inside inside) {
    const uint32_t before = inner.place;
    for (uint32_t id : gaz_->Candidates(inner.mention->ref)) {
      if (inside(gaz_->Get(id))) {
        inner.place = id;
        break;
      }
    }
    std::string why;
    if (inner.place != before) {
      why = "container: the homonym in " + std::string(out.name_ar) + ", named right after it";
    } else {
      inner.place = outer.place;
      inner.stand_in = inner.concrete = true;
      why = "container: not in the gazetteer near " + std::string(out.name_ar) + ", named right after it; placed there";
    }
    if (geo::PlaceDecision* d = FindDecision(inner.mention)) {
      d->chosen = inner.place;
      d->why.push_back(why);
    }
    inner.by_container = true;
  }

  // "منطقة الجاح بمديرية بيت الفقية بالحديدة", "الباغوز شرق دير الزور": a district, province or town
  // named right after a village contains it. A village resolved far from its container is a homonym:
  // the entry of that name inside the container is meant, and when there is none the gazetteer lacks
  // the village, which GUIDELINES code at the container (precision 2, or 3 for a province).
  void PlaceByContainer() {
    if (!gaz_) return;
    constexpr double kNearKm = 60.0;            // a village "شرق/قرب X" or in district X lies this close
    constexpr int64_t kVillagePopulation = 10000;  // only a village is re-placed by what follows it
    constexpr int64_t kCityPopulation = 50000;     // a city contains its countryside ("شرق دير الزور")
    const std::vector<PlaceRef*>& ref_of = RefsByMention();
    std::map<int32_t, const PlaceRef*> placed;  // name id -> the mention its container placed
    auto consistent = [&](const geo::Place& inner, const geo::Place& outer) {
      // "الباغوز شرق دير الزور": 100 km from the city, in its province.
      if (SameCode(inner.country_code, outer.country_code) && inner.admin1 == outer.admin1) return true;
      // "بيت حنينا في القدس": listed in another country's unit, but at the city's edge.
      return outer.type != geo::PlaceType::kAdmin1 &&
             geo::DistanceKm(inner.lat, inner.lon, outer.lat, outer.lon) <= kNearKm;
    };
    for (const SentenceIndex& s : sentences_) {
      for (size_t i = 0; i + 1 < s.places.size(); ++i) {
        PlaceRef* inner = ref_of[MentionIndex(s.places[i])];
        PlaceRef* outer = ref_of[MentionIndex(s.places[i + 1])];
        if (!inner || !outer || inner->place == kNone || outer->place == kNone) continue;
        if (!Contains(inner->mention, outer->mention)) continue;
        const geo::Place in = gaz_->Get(inner->place), out = gaz_->Get(outer->place);
        // "في ولاية ماين شمالي الولايات المتحدة": a place said to be in a country is in it, whatever its
        // size; an entry of its name on another continent (Mayenne in France) is a homonym. (Only that
        // far: next door, the country a report names is a matter of wording — "الجليل، شمالي فلسطين
        // المحتلة", "من قطاع غزة على جنوب إسرائيل" — not of homonyms.)
        constexpr double kOtherContinentKm = 1500.0;
        if (out.type == geo::PlaceType::kCountry && in.type != geo::PlaceType::kCountry &&
            !SameCode(in.country_code, out.country_code) && InCountryPhrase(inner->mention, outer->mention) &&
            geo::DistanceKm(in.lat, in.lon, out.lat, out.lon) > kOtherContinentKm) {
          ReplaceByContainer(*inner, *outer, out, [&](const geo::Place& p) { return SameCode(p.country_code, out.country_code); });
          // (Placed at a whole country, it locates no more than the country does.)
          if (inner->place == outer->place) inner->concrete = false;
          placed[inner->mention->ref] = inner;
          continue;
        }
        const bool unit = out.type == geo::PlaceType::kAdmin1 || out.type == geo::PlaceType::kAdmin2;
        const bool village = in.type == geo::PlaceType::kLocality || in.type == geo::PlaceType::kNeighbourhood;
        // ("في مدينة رفح بشمال سيناء": a town of any size said to be in another country's province is that
        // province's homonym, Egypt's Rafah and not the Gaza Strip's camp of 126,000, when it has one there.)
        const bool other_country = unit && !SameCode(in.country_code, out.country_code) &&
                                   HasEntryIn(inner->mention->ref, out);
        // ("حي السلام شرقي مدينة رفح": a quarter named with its city is in it, whatever district of another
        // city shares its name, El-Salam of Cairo.)
        const bool quarter = inner->mention->tok_begin > 0 && TokenIs(inner->mention->tok_begin - 1, {"حي", "بحي", "وحي", "لحي"});
        // ("البلدة القديمة في نابلس": a city's part, of whatever size, named with a city lies in that city,
        // not in another one 50 km away, Jerusalem's Old City.)
        constexpr double kCityPartKm = 15.0;
        const bool city = out.type == geo::PlaceType::kLocality && out.population >= kCityPopulation;
        const bool city_part = city && in.type == geo::PlaceType::kNeighbourhood;
        auto inside = [&](const geo::Place& p) {
          return city_part ? geo::DistanceKm(p.lat, p.lon, out.lat, out.lon) <= kCityPartKm : consistent(p, out);
        };
        if (!(unit || city) || !(village || quarter) ||
            (in.population >= kVillagePopulation && !other_country && !quarter && !city_part) || inside(in)) {
          continue;
        }
        // "الخيام بجنوب لبنان": a country's south (or north, east, west) is a region of that country, wider
        // than the unit the gazetteer gives the phrase (South Lebanon, while Khiam is in Nabatieh).
        constexpr double kRegionKm = 100.0;
        if (unit && CountryQuarter(*outer->mention) && SameCode(in.country_code, out.country_code) &&
            geo::DistanceKm(in.lat, in.lon, out.lat, out.lon) <= kRegionKm) {
          continue;
        }
        ReplaceByContainer(*inner, *outer, out, inside);
        placed[inner->mention->ref] = inner;
      }
    }
    // One sense per article: "وتعرضت قرى الجاح لقصف" later is the village placed before.
    for (PlaceRef& p : places_) {
      auto it = placed.find(p.mention->ref);
      if (it == placed.end() || &p == it->second || p.place == kNone) continue;
      const geo::Place mine = gaz_->Get(p.place);
      if (mine.type == geo::PlaceType::kAdmin1 || mine.population >= kVillagePopulation) continue;
      p.place = it->second->place;
      p.stand_in = it->second->stand_in;
      p.concrete = it->second->concrete;
      p.by_container = true;
      if (geo::PlaceDecision* d = FindDecision(p.mention)) {
        d->chosen = p.place;
        d->why.push_back("container: as the same name placed earlier in the article");
      }
    }
  }

  // "استهدفت غارة سيارة قرب منطقة أبو الأسود جنوبي لبنان": an area, village or quarter named by its type
  // word that the gazetteer lacks. When the sentence locates nothing finer than a province or a country,
  // the event is at that name, written as in the text and without coordinates (GUIDELINES: the text
  // of an unknown place, never a guess far away).
  void NamedUnknownPlaces() {
    for (uint32_t si = 0; si < sentences_.size(); ++si) {
      SentenceIndex& s = sentences_[si];
      if (s.unlocated) continue;
      const Unit& u = units_[si];
      // The type words are among the sentence's place-type cues; indefinite, as before a name ("المخيم"
      // is the camp already named).
      for (const Mention* cue : s.cues) {
        if (!IsCue(cue, Cue::kPlaceType) || cue->tok_end != cue->tok_begin + 1 || cue->tok_end >= u.end_token) continue;
        if (!TokenIs(cue->tok_begin, {"منطقه", "بمنطقه", "ومنطقه", "لمنطقه", "بلده", "ببلده", "وبلده", "لبلده", "قريه",
                                      "بقريه", "وقريه", "لقريه", "حي", "بحي", "وحي", "لحي", "مخيم", "بمخيم", "ومخيم",
                                      "لمخيم"})) {
          continue;
        }
        const uint32_t name = cue->tok_end;
        // (Words of 3 to 8 letters: longer ones are mostly words the page's markup glued together,
        // "الشاطئوحي".)
        constexpr size_t kMinBytes = 6, kMaxBytes = 16;
        auto word = [&](uint32_t k) {
          return !Covered(s, k) && doc_.tokens[k].kind == TokenKind::kArabic && Tok(k).size() >= kMinBytes &&
                 Tok(k).size() <= kMaxBytes;
        };
        // "أبو الأسود", "تل السلطان", "بيت ليف", "ود النورة": a name of two words when the first starts a
        // compound (a word of two letters, then, as "ود", "أم", "تل"). (A second word with the article is
        // mostly what the place is: "نوفويدار السكنية", "كاثوا الواقعة".)
        // (The first word may itself be a type word: "منطقة جبل يوسف".)
        const bool compound = name + 1 < u.end_token && word(name + 1) &&
                              (!Covered(s, name) || IsPlaceTypeToken(s, name)) &&
                              TokenIs(name, {"ابو", "ام", "بني", "بيت", "عين", "تل", "دير", "كفر", "جبل", "وادي",
                                             "خربه", "بير", "راس", "عرب", "ود", "باب"});
        if (!compound && !word(name)) continue;
        if (AreaAdjective(name)) continue;
        if (TokenIs(name, {"الحدود", "سكني", "المنطقه", "البلده", "القريه", "للنازحين", "النازحين", "الذي", "التي", "كانت",
                           // what an area is, not its name: "منطقة محددة", "منطقة العمليات", "قرية فلسطينية"
                           "محدده", "معينه", "واحده", "العمليات", "الاشتباك", "الاشتباكات", "المواجهات", "التماس",
                           "الحادث", "تابعه", "خاضعه", "بعيده", "نفسها", "ذاتها", "فلسطينيه", "اسراييليه", "سوريه",
                           "لبنانيه", "عراقيه", "يمنيه", "مصريه", "اردنيه", "ليبيه", "سودانيه", "تركيه", "ايرانيه",
                           "بدويه",
                           // a verb of a relative clause: "منطقة شهدت اشتباكات", "منطقة تقع قرب"
                           "شهدت", "تشهد", "يشهد", "باتت", "تقع", "يقع", "يوجد", "توجد", "تعرف", "يعرف", "تسمي", "يسمي",
                           "تدعي", "يدعي", "تضم", "يضم", "تعد", "يعد", "يشكل", "تشكل",
                           "عازله", "كامله", "ارض", "بحيره", "والا", "امنه", "منزوعه",
                           // what the area is for or whose: "منطقة عمليات المخلب", "منطقة خفض التصعيد", "منطقة نفوذ"
                           "عمليات", "اشتباكات", "مواجهات", "خفض", "نفوذ", "سيطره", "تسيطر", "يسيطر", "ماهوله", "غير",
                           // a direction before the name: "منطقة شرق الفرات" is east of the river
                           "شرق", "غرب", "شمال", "جنوب", "شرقي", "غربي", "شمالي", "جنوبي", "وسط"})) {
          continue;
        }
        // ("يشملها", "تحيط بها": a pronoun on the word makes it a verb or a noun of something else.)
        if (Tok(name).ends_with("\xD9\x87\xD8\xA7") || Tok(name).ends_with("\xD9\x87\xD9\x85")) continue;  // ها هم
        const uint32_t end = compound ? name + 2 : name + 1;
        Mention& m = named_places_.emplace_back();
        m.kind = MentionKind::kPlace;
        m.ref = -1;
        m.tok_begin = name;
        m.tok_end = end;
        m.begin = doc_.tokens[name].begin;
        m.end = doc_.tokens[end - 1].end;
        PlaceRef& ref = unlocated_.emplace_back(PlaceRef{&m});
        ref.named_only = true;
        s.unlocated = &ref;
        break;
      }
    }
  }

  // Whether `w` (normalized) names people by a country's nisba, without the article: "افغانيا",
  // "عراقيين", "سوريون".
  bool PeopleNisba(std::string_view w) const {
    constexpr std::string_view kAlif = "\xD8\xA7", kYa = "\xD9\x8A";  // ا ي
    if (w.starts_with("\xD8\xA7\xD9\x84")) return false;  // ال: CountryOfAdjective reads those
    std::string stem(w);
    if (stem.ends_with(std::string(kYa) + std::string(kAlif))) stem.resize(stem.size() - kAlif.size());  // ...يا
    return !CountryOfAdjective("\xD8\xA7\xD9\x84" + stem).empty();
  }

  // Whether unit `u` names the people of the country `code` in the plural ("آلاف الجزائريين").
  bool PeopleOfCountryIn(const Unit& u, std::string_view code) const {
    constexpr std::string_view kYaNun = "\xD9\x8A\xD9\x86", kWawNun = "\xD9\x88\xD9\x86";  // ين ون
    for (uint32_t t = u.first_token; t < u.end_token; ++t) {
      const std::string_view w = Tok(t);
      if ((w.ends_with(kYaNun) || w.ends_with(kWawNun)) && CountryOfAdjective(w) == code) return true;
    }
    return false;
  }

  // "احتجاجات في الجزائر ... فرقت الشرطة مسيرة في العاصمة": "العاصمة" alone, in a sentence that names no
  // other place, is the capital of the country of the place named last before it, when that is the
  // article's main country (with the country's adjective, or the capital's name after it, the gazetteer
  // finds it itself).
  void BareCapital() {
    if (!gaz_) return;
    std::string_view country;  // of the last place named so far
    for (uint32_t si = 0; si < sentences_.size(); ++si) {
      SentenceIndex& s = sentences_[si];
      if (!s.places.empty()) {
        // (places_ is not indexed by mention yet: a handful of places, searched.)
        const Mention* named = s.places.back();
        const auto last = std::find_if(places_.begin(), places_.end(), [&](const PlaceRef& p) { return p.mention == named; });
        if (last != places_.end() && last->place != kNone) country = gaz_->Get(last->place).country_code;
        continue;
      }
      // (And the article's main country: an article about Kabul that last named Moscow is not in Moscow.
      // Before any place is named, the main country alone: "أعلنت الشرطة الجزائرية توقيف 50 متظاهرا خلال
      // مسيرة الجمعة في العاصمة".)
      // (Then only with a side of that country named in the sentence: "تظاهر عشرات الآلاف في العاصمة
      // بوخارست" in an article about Lebanon is not in Beirut.)
      if (s.unlocated || hints_.empty()) continue;
      // (Or the people of that country: "تظاهر آلاف الجزائريين في العاصمة".)
      const Unit& u = units_[si];
      if (country.empty() && (std::any_of(s.actors.begin(), s.actors.end(), [&](const Mention* a) {
                                return lex_.actor(a->ref).home == hints_.front();
                              }) ||
                              PeopleOfCountryIn(u, hints_.front()))) {
        country = hints_.front();
      }
      if (country.empty() || Theatre(country) != Theatre(hints_.front())) continue;
      for (uint32_t t = u.first_token; t < u.end_token; ++t) {
        if (!TokenIs(t, {"العاصمه", "بالعاصمه", "والعاصمه", "وبالعاصمه", "فالعاصمه"})) continue;
        // ("العاصمة الاقتصادية", "العاصمة المؤقتة": another capital than the country's.)
        if (t + 1 < u.end_token && Tok(t + 1).starts_with("\xD8\xA7\xD9\x84") && Tok(t + 1).ends_with("\xD9\x87")) {
          break;  // ال...ه
        }
        const uint32_t capital = gaz_->CapitalPlace(country);
        if (capital == kNone) break;
        const std::string_view w = Tok(t);
        Mention& m = named_places_.emplace_back();
        m.kind = MentionKind::kPlace;
        m.ref = -1;
        m.tok_begin = t;
        m.tok_end = t + 1;
        m.begin = doc_.tokens[t].begin + static_cast<uint32_t>(w.find("\xD8\xA7\xD9\x84\xD8\xB9"));  // العاصمه
        m.end = doc_.tokens[t].end;
        PlaceRef ref{&m};
        ref.place = capital;
        ref.bare_capital = true;
        s.unlocated = &unlocated_.emplace_back(ref);
        if (geo::PlaceDecision* d = FindDecision(&m)) d->why.push_back("the capital of the article's country");
        break;
      }
    }
  }

  // "في منطقة ريفية بولاية كنتاكي", "منطقة نائية": an adjective of the area after its type word, not its
  // name (VillageOfUnit, NamedUnknownPlaces).
  bool AreaAdjective(uint32_t t) const {
    return TokenIs(t, {"ريفيه", "ناييه", "حدوديه", "زراعيه", "سكنيه", "صناعيه", "جبليه", "صحراويه", "قريبه", "مجاوره",
                       "محاذيه", "واسعه", "اخري", "عده", "متفرقه", "مختلفه", "عسكريه", "امنيه", "مفتوحه"});
  }
  // ... or one after a name, with the article: "منطقة شدا الحدودية".
  bool DefiniteAreaAdjective(uint32_t t) const {
    return TokenIs(t, {"الريفيه", "الناييه", "الحدوديه", "الزراعيه", "السكنيه", "الصناعيه", "الجبليه", "الصحراويه",
                       "القريبه", "المجاوره", "المحاذيه", "الواسعه", "العسكريه", "الامنيه"});
  }

  // "في جبهة قانية بمحافظة البيضاء", "قرية الحصين في مديرية حيس": a village the gazetteer lacks, named by
  // its type word just before the unit that holds it. GUIDELINES place it at that unit; the report is as
  // concrete as one naming a known town, so it is not taken for commentary about a province.
  void VillageOfUnit() {
    if (!gaz_) return;
    for (PlaceRef& p : places_) {
      if (p.place == kNone || !(p.mention->aux & geo::kPlaceAdminWord)) continue;
      const geo::PlaceType type = gaz_->TypeOf(p.place);
      if (type != geo::PlaceType::kAdmin1 && type != geo::PlaceType::kAdmin2) continue;
      const SentenceIndex& s = sentences_[unit_of_token_[p.mention->tok_begin]];
      const uint32_t first = units_[unit_of_token_[p.mention->tok_begin]].first_token;
      uint32_t t = p.mention->tok_begin;
      if (t < first + 3 || !IsPlaceTypeToken(s, t - 1)) continue;  // "بمحافظة" before the name
      t -= 1;
      if (TokenIs(t - 1, {"في"})) --t;
      if (t < first + 2) continue;
      uint32_t name = t - 1;
      // "منطقة شدا الحدودية بمحافظة صعدة": the village's adjective may follow its name.
      if (DefiniteAreaAdjective(name) && name > first + 1) --name;
      if (Covered(s, name) || Tok(name).size() < 4) continue;
      if (AreaAdjective(name)) continue;
      if (!TokenIs(name - 1, {"قريه", "بقريه", "وقريه", "لقريه", "بلده", "ببلده", "وبلده", "لبلده", "منطقه", "بمنطقه",
                              "ومنطقه", "لمنطقه", "جبهه", "بجبهه", "وجبهه", "لجبهه", "عزله", "بعزله", "وعزله"})) {
        continue;
      }
      p.concrete = true;
      if (geo::PlaceDecision* d = FindDecision(p.mention)) {
        d->why.push_back("a village not in the gazetteer, \"" + std::string(Tok(name)) + "\", named in this unit");
      }
    }
  }

  // True when `outer` follows `inner` as its container: "X بمديرية Y", "X في Y", "X، Y", "X شرق Y" —
  // at most a type word, a direction word, في or a comma between them, and a cue on Y.
  bool Contains(const Mention* inner, const Mention* outer) const {
    if (outer->tok_begin < inner->tok_end || outer->tok_begin - inner->tok_end > 2) return false;
    // "نبل والزهراء": a list of towns, not a town and its container.
    if (WawOn(*outer)) {
      return false;
    }
    if (!(outer->aux & (geo::kPlacePreposition | geo::kPlaceTypeWord | geo::kPlaceNear))) return false;
    for (uint32_t t = inner->tok_end; t < outer->tok_begin; ++t) {
      std::string_view w = Tok(t);
      const bool type_word = t + 1 == outer->tok_begin && (outer->aux & geo::kPlaceTypeWord);
      // "جبرين ومنطقة السفيرة": و on the type word lists the second place too ("ولاية" is a type word).
      if (type_word && w.starts_with("\xD9\x88") && w != "\xD9\x88\xD9\x84\xD8\xA7\xD9\x8A\xD9\x87") return false;
      const bool near_word = outer->aux & geo::kPlaceNear;
      if (!(w == "," || w == "\xD8\x8C" || w == "في" || type_word || near_word)) return false;
    }
    return true;
  }

  // A name shared by a city and its province ("إدلب", "الحديدة", "غزة" for the city and the Strip) means
  // the province when the article names that province as such ("محافظة إدلب", "قطاع غزة") and never
  // the city ("مدينة إدلب"): "القرى المجاورة في إدلب", "الهجوم البري على غزة". GUIDELINES code such
  // an event at the province with precision 3, not at the city 15 km from its centre.
  void PreferProvinceSense() {
    if (!gaz_) return;
    auto is_admin = [](geo::PlaceType t) { return t == geo::PlaceType::kAdmin1 || t == geo::PlaceType::kAdmin2; };
    std::vector<uint32_t> provinces_named;  // admin units the article names as admin units
    std::vector<int32_t> cities_named;      // names the article gives a town's type word ("مدينة X")
    for (const PlaceRef& p : places_) {
      if (p.place == kNone) continue;
      if (is_admin(gaz_->TypeOf(p.place))) provinces_named.push_back(p.place);
      if ((p.mention->aux & geo::kPlaceTypeWord) && !(p.mention->aux & geo::kPlaceAdminWord)) {
        cities_named.push_back(p.mention->ref);
      }
    }
    auto contains = [](const auto& v, auto x) { return std::find(v.begin(), v.end(), x) != v.end(); };
    for (PlaceRef& p : places_) {
      if (p.place == kNone || (p.mention->aux & (geo::kPlaceTypeWord | geo::kPlaceNear))) continue;
      if (contains(cities_named, p.mention->ref)) continue;
      const geo::Place town = gaz_->Get(p.place);
      // A metropolis is what its bare name means ("الخرطوم", "حلب"), whatever else the article says.
      constexpr int64_t kMetropolisPopulation = 1000000;
      if (town.type != geo::PlaceType::kLocality || town.population >= kMetropolisPopulation) continue;
      for (uint32_t id : gaz_->Candidates(p.mention->ref)) {
        if (!contains(provinces_named, id)) continue;
        const geo::Place province = gaz_->Get(id);
        if (!SameCode(province.country_code, town.country_code) || province.admin1 != town.admin1) continue;
        // The name shared: "قطاع غزة" holds "غزة", "مديرية باقم" "باقم"; "ذي قار", whose old name the
        // gazetteer lists, is not "الناصرية", its capital.
        std::string_view bare = gaz_->NameKey(p.mention->ref);
        if (bare.starts_with("\xD8\xA7\xD9\x84")) bare.remove_prefix(4);  // ال
        if (text::NormalizeKey(province.name_ar).find(bare) == std::string::npos) continue;
        if (geo::PlaceDecision* d = FindDecision(p.mention)) {
          d->chosen = id;
          d->why.push_back("province sense: the article names " + std::string(province.name_ar) +
                           " as a province and never the town as a town");
        }
        p.town = p.place;
        p.place = id;
        p.concrete = true;
        break;
      }
    }
  }

  // geo::PlaceTrace: the countries and what voted for them (actors with a home country, then places).
  void TraceCountries() {
    for (size_t i = 0; i < hints_.size(); ++i) {
      std::string evidence;
      for (const auto& [actor, count] : actor_count_) {
        const Actor& a = lex_.actor(actor);
        if (a.home != hints_[i]) continue;
        if (!evidence.empty()) evidence += ", ";
        evidence += "actor " + a.canonical + " x" + std::to_string(count);
      }
      if (evidence.empty()) evidence = "places named";
      trace_->countries.push_back({hints_[i], hint_scores_[i], evidence});
    }
  }

  geo::PlaceDecision* TraceDecision(const Mention* m) {
    if (!trace_) return nullptr;
    geo::PlaceDecision& d = trace_->decisions.emplace_back();
    d.mention = static_cast<size_t>(m - doc_.mentions.data());
    return &d;
  }
  geo::PlaceDecision* FindDecision(const Mention* m) const {
    if (!trace_) return nullptr;
    const size_t index = static_cast<size_t>(m - doc_.mentions.data());
    for (geo::PlaceDecision& d : trace_->decisions) {
      if (d.mention == index) return &d;
    }
    return nullptr;
  }

  // Spatial coherence: of several towns of one name in the chosen country, the one in a province the
  // article names ("الجاح ... بمديرية بيت الفقية بالحديدة") is meant.
  void PreferNamedProvinces() {
    if (!gaz_) return;
    std::vector<PlaceRef*> far;
    ProvinceWeights provinces;
    for (const PlaceRef& p : places_) {
      if (p.place == kNone) continue;
      geo::Place place = gaz_->Get(p.place);
      int weight = place.type == geo::PlaceType::kAdmin1 ? 3 : place.type == geo::PlaceType::kCountry ? 0 : 1;
      if (weight > 0) provinces.Add(place, weight);
    }
    for (PlaceRef& p : places_) {
      if (p.place == kNone || p.by_container) continue;
      const uint32_t chosen_id = p.place;
      geo::Place chosen = gaz_->Get(p.place);
      if (chosen.type == geo::PlaceType::kCountry || chosen.type == geo::PlaceType::kAdmin1) continue;
      constexpr int64_t kVillagePopulation = 10000;
      const bool village = chosen.population < kVillagePopulation;
      // "في جنوب مدينة الحديدة ... في حي المنظر": a village named in the sentence of a city that is the seat
      // of a province and bears its name ("الحديدة", "تعز", "حماة") is the homonym in that province, whatever
      // other provinces the article names (unless the sentence names the chosen one's province too: "منطقة
      // سلحب في ريف محافظة حماة" beside "المنتشرة في ريف إدلب").
      if (village) {
        if (const std::optional<geo::Place> seat = SeatInSentence(*p.mention);
            seat && !SentenceNamesProvinceOf(*p.mention, chosen)) {
          // (Of several there, the nearest the seat: "قرية الرجمة حذران غرب مدينة تعز".)
          double nearest = std::numeric_limits<double>::max();
          for (uint32_t id : gaz_->Candidates(p.mention->ref)) {
            const geo::Place other = gaz_->Get(id);
            if (other.type != chosen.type || !InProvinceOf(other, *seat)) continue;
            if (const double km = geo::DistanceKm(other.lat, other.lon, seat->lat, seat->lon); km < nearest) {
              nearest = km;
              p.place = id;
            }
          }
          if (p.place != chosen_id) {
            if (geo::PlaceDecision* d = FindDecision(p.mention)) {
              d->chosen = p.place;
              d->why.push_back("spatial coherence: the homonym in " + std::string(seat->admin1) +
                               " nearest its seat, which its sentence names");
            }
            continue;
          }
        }
      }
      // Only when the chosen entry's province is not named at all, and the other's is named as such.
      if (provinces.Of(chosen) > 1) continue;
      // Of several homonyms in that province, the one nearest the other places the article names
      // ("جبرين" by Aleppo and Al-Safira, not the one 35 km north).
      // (`beside`: only the towns named in the same sentence within that many words of this one.)
      auto nearest_km = [&](const geo::Place& place, uint32_t beside = std::numeric_limits<uint32_t>::max()) {
        double best = 1e9;
        for (const PlaceRef& q : places_) {
          if (q.place == kNone || q.mention == p.mention) continue;
          if (beside != std::numeric_limits<uint32_t>::max()) {
            const Mention& a = *p.mention;
            const Mention& b = *q.mention;
            const uint32_t gap = a.tok_begin >= b.tok_end   ? a.tok_begin - b.tok_end
                                 : b.tok_begin >= a.tok_end ? b.tok_begin - a.tok_end
                                                            : 0;
            if (doc_.tokens[a.tok_begin].sentence != doc_.tokens[b.tok_begin].sentence || gap > beside) continue;
          }
          const geo::Place other = gaz_->Get(q.place);
          if (other.type == geo::PlaceType::kCountry || other.type == geo::PlaceType::kAdmin1) continue;
          best = std::min(best, geo::DistanceKm(place.lat, place.lon, other.lat, other.lon));
        }
        return best;
      };
      int best_weight = 2;
      double best_km = 1e9;
      for (uint32_t id : gaz_->Candidates(p.mention->ref)) {
        geo::Place other = gaz_->Get(id);
        if (id == p.place || !SameCode(other.country_code, chosen.country_code) || other.type != chosen.type) continue;
        const int w = provinces.Of(other);
        if (w > best_weight || (w == best_weight && p.place != chosen_id && nearest_km(other) < best_km)) {
          best_weight = w;
          best_km = nearest_km(other);
          p.place = id;
        }
      }
      if (geo::PlaceDecision* d = FindDecision(p.mention); d && p.place != chosen_id) {
        d->chosen = p.place;
        d->why.push_back("spatial coherence: the homonym in " + std::string(gaz_->Get(p.place).admin1) +
                         ", a province the article names");
      }
      // "غارات على بلدتي عيتا الشعب ورامية": the homonym a few km from a town named beside it (a list, a
      // phrase) beats one far from it (Ramiye by Aita al-Shaab, not Ramie in Mount Lebanon, 90 km off).
      // Only villages: a city is what its name says wherever the article's other places are (Sanaa, not
      // a hamlet of that name in Hajjah). Only beside: an article's places far apart in the text are as
      // often far apart on the ground, and a word read as a village far from all of them is rather dropped.
      constexpr double kByAnotherKm = 25, kFartherByKm = 50;
      constexpr uint32_t kBesideTokens = 6;
      if (p.place == chosen_id && village && gaz_->Candidates(p.mention->ref).size() > 1) {
        const double chosen_km = nearest_km(chosen, kBesideTokens);
        double best = chosen_km;
        for (uint32_t id : gaz_->Candidates(p.mention->ref)) {
          const geo::Place other = gaz_->Get(id);
          if (id == chosen_id || !SameCode(other.country_code, chosen.country_code) || other.type != chosen.type) continue;
          if (const double km = nearest_km(other, kBesideTokens); km <= kByAnotherKm && km + kFartherByKm < chosen_km && km < best) {
            best = km;
            p.place = id;
          }
        }
        if (geo::PlaceDecision* d = FindDecision(p.mention); d && p.place != chosen_id) {
          d->chosen = p.place;
          d->why.push_back("spatial coherence: the homonym by a town named beside it");
        }
      }
      if (p.place == chosen_id && FarFromNamedProvinces(chosen, provinces)) far.push_back(&p);
      // "في بلدة البارة بجبل الزاوية جنوبي إدلب": a village whose container lies in another country is
      // a homonym of one the gazetteer lacks.
      if (p.place == chosen_id && chosen.type != geo::PlaceType::kAdmin2 &&
          std::any_of(places_.begin(), places_.end(), [&](const PlaceRef& q) {
            return q.place != kNone && &q != &p && Contains(p.mention, q.mention) &&
                   Theatre(gaz_->Get(q.place).country_code) != Theatre(chosen.country_code);
          })) {
        far.push_back(&p);
      }
    }
    // A village far from every province the article names, when none of its homonyms lies in one, is
    // another village of that name: better no place than a guess a hundred kilometres off.
    for (PlaceRef* p : far) {
      p->dropped = true;
      if (geo::PlaceDecision* d = FindDecision(p->mention)) {
        d->kept = false;
        d->chosen = kNone;
        d->why.push_back("dropped: a village over 75 km from every province the article names, or in another "
                         "country than the place it is named in");
      }
    }
    std::erase_if(places_, [](const PlaceRef& p) { return p.dropped; });
    for (SentenceIndex& s : sentences_) {
      std::erase_if(s.places, [&](const Mention* m) {
        return std::none_of(places_.begin(), places_.end(), [&](const PlaceRef& p) { return p.mention == m; });
      });
    }
  }

  // The city named in the sentence of place mention `m` that is the seat of its province and bears its
  // name ("مدينة الحديدة" in Al Hudaydah), if any.
  std::optional<geo::Place> SeatInSentence(const Mention& m) const {
    for (const PlaceRef& r : places_) {
      if (r.place == kNone || r.mention == &m || doc_.tokens[r.mention->tok_begin].sentence != doc_.tokens[m.tok_begin].sentence) {
        continue;
      }
      const geo::Place seat = gaz_->Get(r.place);
      if (seat.type == geo::PlaceType::kLocality && !seat.admin1_ar.empty() && seat.name_ar == seat.admin1_ar) return seat;
    }
    return std::nullopt;
  }
  // Whether the sentence of place mention `m` names another place in the province of `p`.
  bool SentenceNamesProvinceOf(const Mention& m, const geo::Place& p) const {
    return std::any_of(places_.begin(), places_.end(), [&](const PlaceRef& r) {
      return r.place != kNone && r.mention != &m &&
             doc_.tokens[r.mention->tok_begin].sentence == doc_.tokens[m.tok_begin].sentence &&
             InProvinceOf(gaz_->Get(r.place), p);
    });
  }
  static bool InProvinceOf(const geo::Place& p, const geo::Place& seat) {
    return SameCode(p.country_code, seat.country_code) && p.admin1 == seat.admin1;
  }

  // The provinces (country, admin1) of the places an article names, each weighed by how it is named:
  // 3 as the province itself, 1 for each town in it (PreferNamedProvinces). A handful per article, so
  // a vector of views into the gazetteer, not a map of copied strings.
  class ProvinceWeights {
   public:
    void Add(const geo::Place& p, int weight) {
      for (Entry& e : entries_) {
        if (SameCode(e.country, p.country_code) && e.admin1 == p.admin1) {
          e.weight += weight;
          return;
        }
      }
      entries_.push_back({p.country_code, p.admin1, weight});
    }
    // The weight of p's province, 0 when the article names nothing in it.
    int Of(const geo::Place& p) const {
      for (const Entry& e : entries_) {
        if (SameCode(e.country, p.country_code) && e.admin1 == p.admin1) return e.weight;
      }
      return 0;
    }
    // Whether a province of `country` has at least `weight`.
    bool AnyIn(std::string_view country, int weight) const {
      return std::any_of(entries_.begin(), entries_.end(),
                         [&](const Entry& e) { return SameCode(e.country, country) && e.weight >= weight; });
    }

   private:
    struct Entry {
      std::string_view country, admin1;
      int weight;
    };
    std::vector<Entry> entries_;
  };

  bool FarFromNamedProvinces(const geo::Place& town, const ProvinceWeights& provinces) const {
    constexpr int kNamedAsProvince = 3;
    constexpr double kFarKm = 75.0;
    constexpr int64_t kVillagePopulation = 10000;
    if (town.population >= kVillagePopulation) return false;
    if (!provinces.AnyIn(town.country_code, kNamedAsProvince)) return false;
    for (const PlaceRef& other : places_) {
      if (other.place == kNone) continue;
      geo::Place o = gaz_->Get(other.place);
      if (!SameCode(o.country_code, town.country_code)) continue;
      if (provinces.Of(o) < kNamedAsProvince) continue;
      if (geo::DistanceKm(o.lat, o.lon, town.lat, town.lon) <= kFarKm) return false;
    }
    return true;
  }

  // A country counts as part of the article's context when it scores at least a quarter of the
  // strongest country.
  // Israel and Palestine count as one theatre: the Israeli army's home in the actor table is PS, so a
  // Hezbollah report on "ثكنة أفيفيم" gives PS the Israeli side's evidence and IL only its places'.
  bool InContext(const geo::Place& p) const { return InContext(p.country_code); }
  // Israel and Palestine are one theatre of war: a country code, with IL read as PS.
  static std::string_view Theatre(std::string_view cc) { return cc == "IL" ? std::string_view("PS") : cc; }
  bool InContext(std::string_view country_code) const {
    if (hints_.empty()) return true;
    constexpr double kContextShare = 0.25;
    const double score = CountryVotes(country_code);
    return score > 0 && score >= kContextShare * hint_scores_.front();
  }
  // The votes of ChooseCountryHints for a country (Israel's counted with Palestine's).
  double CountryVotes(std::string_view country_code) const {
    double score = 0;
    for (size_t i = 0; i < hints_.size(); ++i) {
      if (SameCode(Theatre(hints_[i]), Theatre(country_code))) score += hint_scores_[i];
    }
    return score;
  }
  static constexpr double kOwnPlaceVote = 1;  // a town's vote in ChooseCountryHints
  static constexpr double kNoPlaceKm = 1e9;   // the distance to the nearest of no places
  // "ثكنة أفيفيم", "مستوطنة المطلة" in a report from Lebanon: a settlement or barracks the text names as
  // such lies in Israel or Palestine whenever the article names either at all (an Israeli side, an
  // Israeli place), however often it names Lebanon, the attacker's side.
  bool IsraeliPostInContext(const Mention* m, const geo::Place& p) const {
    if (!(m->aux & geo::kPlaceSettlementWord) || (p.country_code != "IL" && p.country_code != "PS")) return false;
    return std::find(hints_.begin(), hints_.end(), "IL") != hints_.end() ||
           std::find(hints_.begin(), hints_.end(), "PS") != hints_.end();
  }
  bool Plausible(const geo::Place& p) const { return InContext(p) || WellKnown(p); }
  // A country, a province or a city a reader abroad knows ("في نيويورك", "في مدينة مشهد"), or a site
  // ("حقل العمر النفطي", "قاعدة حميميم"): named by its kind, it is the one the gazetteer knows, however
  // often the article names a foreign force whose home votes for another country ("القاعدة الأميركية").
  static bool WellKnown(const geo::Place& p) {
    constexpr int64_t kWellKnownPopulation = 500000;
    return p.type == geo::PlaceType::kCountry || p.type == geo::PlaceType::kAdmin1 || p.type == geo::PlaceType::kSite ||
           p.population >= kWellKnownPopulation;
  }

  // "تظاهر آلاف الأردنيين في عمان تضامنا مع غزة", "رفضاً للانتهاكات بحق المسجد الأقصى", "نصرة للمسجد
  // الأقصى": the place a protest stands with or for is its cause, not where it happened.
  bool CauseNamed(const Mention& m) const {
    constexpr uint32_t kReach = 2;  // "تضامنا مع"، "دفاعا عن"
    const uint32_t first = units_[unit_of_token_[m.tok_begin]].first_token;
    for (uint32_t k = 1; k <= kReach && m.tok_begin >= first + k; ++k) {
      if (TokenIs(m.tok_begin - k, {"تضامنا", "تضامن", "التضامن", "نصره", "ونصره", "لنصره", "دفاعا", "بحق", "اسنادا",
                                    "دعما"})) {
        // (Only "مع"/"عن"/"ل" may stand between: "تضامنا مع غزة", "دفاعا عن الأقصى", "نصرة لغزة".)
        return k == 1 || TokenIs(m.tok_begin - 1, {"مع", "عن"});
      }
      // "الفصائل الموالية لأنقرة", "الميليشيات المدعومة من طهران": the capital a side is loyal to or backed
      // by stands for its government. ("التابعة لـ" is left: "قرية ... التابعة لناحية" names a container.
      // A country is left too: "المدعومة من إيران" still tells the article's countries.)
      if (TokenIs(m.tok_begin - k, {"المواليه", "الموالي", "الموالين", "الموالون", "المدعومه", "المدعوم", "المدعومين",
                                    "المدعومون"})) {
        if (k != 1 && !TokenIs(m.tok_begin - 1, {"من"})) return false;
        const uint32_t id = gaz_ ? gaz_->Resolve(m.ref, hint_views_, m.aux) : kNone;
        return id != kNone && gaz_->TypeOf(id) != geo::PlaceType::kCountry;
      }
    }
    return false;
  }

  // "صحيفة واشنطن بوست", "نيويورك تايمز", "فورين بوليسي": a newspaper named after its city names neither a
  // place nor a side; nor do the outlets named after a country ("موقع إسرائيل نيوز 24", "تايمز أوف إسرائيل", "صحيفة إسرائيل
  // اليوم", "قناة روسيا اليوم": "اليوم" only after the outlet's kind, as it is also "today").
  bool NewspaperNamedAfter(const Mention& m) const {
    if (TokenIs(m.tok_end, {"بوست", "تايمز", "هيرالد", "جورنال", "تريبيون", "تلغراف", "تليغراف", "تلجراف",
                             "تليجراف", "غارديان", "نيوز", "ميل", "بيست", "اكسبريس", "ميرور", "بوليسي", "افيرز"})) {
      return true;
    }
    if (m.tok_begin == 0 || m.begin != doc_.tokens[m.tok_begin].begin) return false;
    uint32_t before = m.tok_begin - 1;  // the word before the name, or before its opening quote
    if (before > 0 && (Tok(before) == "\"" || Tok(before) == "\u00AB" || Tok(before) == "\u201C")) --before;
    if (TokenIs(before, {"اوف"})) return true;
    return TokenIs(m.tok_end, {"اليوم"}) &&
           TokenIs(before, {"صحيفه", "قناه", "موقع", "وكاله", "اذاعه", "لصحيفه", "لقناه", "لموقع", "لوكاله", "لاذاعه",
                            "بصحيفه", "بقناه", "بموقع", "وصحيفه", "وقناه", "وموقع"});
  }
  // "استهدفت سفينة النفط البريطانية "مارلين لواندا"": a town's name inside the quoted name of a ship is
  // no place (nor the ship's flag: no country either).
  bool VesselNamed(const Mention& m) const {
    constexpr uint32_t kNameWords = 3;   // words of the ship's name before the town's
    constexpr uint32_t kAdjectives = 3;  // "سفينة النفط البريطانية", "السفينة التجارية الإسرائيلية"
    auto quote = [&](uint32_t t) { return Tok(t) == "\"" || Tok(t) == "\u00AB" || Tok(t) == "\u201C"; };
    uint32_t open = kNone;
    for (uint32_t t = m.tok_begin; t > 0 && m.tok_begin - t <= kNameWords; --t) {
      if (quote(t - 1)) {
        open = t - 1;
        break;
      }
    }
    if (open == kNone) return false;
    for (uint32_t t = open; t > 0 && open - t < kAdjectives + 1; --t) {
      std::string_view w = Tok(t - 1);
      if (w.starts_with("\xD9\x88")) w.remove_prefix(2);                                // و
      if (w.starts_with("\xD8\xA8") || w.starts_with("\xD9\x84")) w.remove_prefix(2);  // ب ل
      if (w.starts_with("\xD8\xA7\xD9\x84")) w.remove_prefix(4);                      // ال
      for (std::string_view vessel : {"سفينه", "سفن", "ناقله", "مدمره", "حامله", "فرقاطه", "بارجه", "زورق", "يخت", "باخره"}) {
        if (w == vessel) return true;
      }
    }
    return false;
  }
  // "قصف الاحتلال مبنى القدس في مجمع الشفاء", "في ساحة الكرامة", "شارع بغداد": a building, square or street
  // named after a town is no place of that name; also with the noun's proclitic ("بساحة الكرامة").
  bool BuildingNamedAfter(const Mention& m) const {
    return m.tok_begin > 0 && m.begin == doc_.tokens[m.tok_begin].begin &&
           TokenIs(m.tok_begin - 1, {"مبني", "المبني", "ساحه", "شارع", "دوار", "ميدان", "بساحه", "بشارع", "بدوار",
                                     "بميدان", "وساحه", "وشارع", "ودوار", "وميدان", "لساحه", "لشارع", "لدوار",
                                     "لميدان"});
  }

  // "يتعرضون لحصار وقصف على غرار ما حدث في الغوطة الشرقية", "كما حدث في مدينة نابلس", "أي عدوان على غرار
  // مجزرة جنين": a place named as what the act is likened to is not its scene ("على غرار طهران وأصفهان",
  // such as, lists scenes).
  bool ComparedWith(const Mention& m) const {
    uint32_t t = m.tok_begin;
    if (t > 0 && (m.aux & geo::kPlaceTypeWord)) --t;  // "كما حدث في مدينة نابلس"
    // (Past and likened: "ما يجري في غزة" alone is the scene talked about.)
    if (t >= 3 && TokenIs(t - 1, {"في"}) && TokenIs(t - 2, {"حدث", "جري"}) &&
        (TokenIs(t - 3, {"كما", "مثلما"}) || (t >= 4 && TokenIs(t - 3, {"ما"}) && TokenIs(t - 4, {"غرار", "شاكله"})))) {
      return true;
    }
    return t >= 2 && TokenIs(t - 2, {"غرار"}) &&
           TokenIs(t - 1, {"مجزره", "مذبحه", "هجوم", "عدوان", "حرب", "معركه", "اجتياح", "حصار"});
  }

  // "جامعة كولومبيا" in New York: a country's name after a university's is the university's (a city's,
  // "جامعة دمشق", is mostly where it stands).
  bool UniversityOfCountry(const Mention& m) const {
    if (!gaz_ || m.tok_begin == 0 || m.begin != doc_.tokens[m.tok_begin].begin ||
        !TokenIs(m.tok_begin - 1, {"جامعه", "وجامعه", "بجامعه", "لجامعه", "جامعتي", "جامعات"})) {
      return false;
    }
    const std::span<const uint32_t> cands = gaz_->Candidates(m.ref);
    return !cands.empty() && gaz_->Get(cands.front()).type == geo::PlaceType::kCountry;
  }

  // "اتفاق سوتشي", "اتفاقية أوسلو", "قمة طهران", "مؤتمر ميونخ الأمني", "بموجب اتفاق جدة": an accord, a
  // summit or talks named after the town where they were signed or held name no scene of the acts told
  // around them, nor the article's country.
  bool MeetingNamedAfter(const Mention& m) const {
    if (m.tok_begin == 0 || m.begin != doc_.tokens[m.tok_begin].begin) return false;
    uint32_t before = m.tok_begin - 1;  // the word before the name, or before its opening quote
    if (before > 0 && (Tok(before) == "\"" || Tok(before) == "\u00AB" || Tok(before) == "\u201C")) --before;
    std::string_view w = Tok(before);
    // One conjunction or preposition on the noun ("واتفاق", "بموجب اتفاقية", "لقمة", "بمؤتمر").
    for (std::string_view clitic : {"و", "ف", "ب", "ل"}) {
      if (w.size() > clitic.size() + 4 && w.starts_with(clitic)) {
        w.remove_prefix(clitic.size());
        break;
      }
    }
    static constexpr std::string_view kMeetingNouns[] = {
        "اتفاق", "اتفاقيه", "اتفاقات", "اتفاقيات", "تفاهم", "تفاهمات", "قمه", "موتمر", "محادثات",
        "مباحثات", "مفاوضات", "مسار", "صيغه", "منصه", "بروتوكول", "منتدي", "حوار", "اعلان"};
    return std::find(std::begin(kMeetingNouns), std::end(kMeetingNouns), w) != std::end(kMeetingNouns);
  }

  // "المرصد الذي يتخذ من لندن مقرا له", "جماعة القسط الحقوقية ومقرها لندن": the seat of the body that
  // tells of an act (or is named with it) is no scene of it, nor the article's country. (Not "استهداف
  // الاحتلال مقره في خان يونس", the seat hit: only the seat told by "ومقره" or "يتخذ من ... مقرا".)
  bool SeatNamed(const Mention& m) const {
    if (m.tok_begin < 2 || m.begin != doc_.tokens[m.tok_begin].begin) return false;
    const uint32_t t = m.tok_begin;
    if (TokenIs(t - 1, {"ومقره", "ومقرها", "ومقرهم"})) return true;
    if (TokenIs(t - 1, {"في"}) && TokenIs(t - 2, {"ومقره", "ومقرها", "ومقرهم"})) return true;
    return TokenIs(t - 1, {"من"}) && TokenIs(t - 2, {"يتخذ", "تتخذ", "يتخذون", "اتخذ", "اتخذت"}) &&
           TokenIs(m.tok_end, {"مقرا"});
  }

  // "قرى في الضفة الغربية لنهر الفرات": a river's or lake's bank, not the West Bank of Palestine.
  bool RiverBank(const Mention& m) const {
    if (m.tok_end >= doc_.tokens.size()) return false;
    std::string_view first = Tok(m.tok_begin);
    first.remove_prefix(std::min<size_t>(first.size(), m.begin - doc_.tokens[m.tok_begin].begin));  // و ب في
    if (!first.ends_with("ضفه")) return false;  // (normalized ة: "الضفة")
    // "الضفة التشادية لبحيرة تشاد", "الضفة الشرقية": a bare bank named by another side or country.
    if (m.tok_end == m.tok_begin + 1) {
      const std::string_view next = Tok(m.tok_end);
      // ("الضفة العربية" is a slip for the West Bank.)
      if (next.starts_with("\xD8\xA7\xD9\x84") && next.ends_with("يه") && next != "الغربيه" && next != "العربيه") {
        return true;  // ال...ية
      }
    }
    const uint32_t t = m.tok_end + (TokenIs(m.tok_end, {",", "\xD8\x8C"}) ? 1 : 0);
    return TokenIs(t, {"لنهر", "للنهر", "لنهري", "للفرات", "لدجله", "لقناه", "لبحيره", "للبحيره", "نهر", "من"}) &&
           (!TokenIs(t, {"من"}) || TokenIs(t + 1, {"نهر", "النهر"}));
  }

  // Place names that do not locate an event: a capital that speaks for its government ("قالت تل
  // أبيب", "واشنطن أعلنت"), and the dateline of a wire story ("دبي، الإمارات العربية المتحدة (CNN)--").
  bool NotTheScene(const SentenceIndex& s, const Mention* m) const {
    if (NewspaperNamedAfter(*m) || BuildingNamedAfter(*m) || MeetingNamedAfter(*m) || SeatNamed(*m) || RiverBank(*m) ||
        VesselNamed(*m) || CauseNamed(*m) || UniversityOfCountry(*m) || ComparedWith(*m)) {
      return true;
    }
    // "المقاومة الإسلامية في لبنان"، "مجلس دير الزور العسكري": a place inside the name of a force or a
    // group is part of the name, not where it acted. (The place of "أهالي غزة" is where they are.)
    if (std::any_of(s.actors.begin(), s.actors.end(), [&](const Mention* a) {
          const int32_t inter = lex_.actor(a->ref).inter;
          return inter != kCiviliansInter && inter != kProtestersInter &&
                 a->tok_begin <= m->tok_begin && m->tok_end <= a->tok_end &&
                 a->tok_end - a->tok_begin > m->tok_end - m->tok_begin;
        })) {
      return true;
    }
    // "يتظاهرون في مدن فرنسية": a nationality read as a proclitic and a place ("ف" + the Syrian village
    // "رنسية") is the nationality.
    // (Of all the actor mentions: the index of the sentence leaves out those that name no side here.)
    if (m->begin > doc_.tokens[m->tok_begin].begin &&
        std::any_of(doc_.mentions.begin(), doc_.mentions.end(), [&](const Mention& a) {
          return a.kind == MentionKind::kActor && static_cast<ActorForm>(a.aux) == ActorForm::kAdjective &&
                 a.tok_begin <= m->tok_begin && m->tok_end <= a.tok_end;
        })) {
      return true;
    }
    for (const Mention* c : s.cues) {
      if (IsCue(c, Cue::kReport) && (c->tok_end == m->tok_begin || m->tok_end == c->tok_begin)) return true;
    }
    const Sentence& sentence = doc_.sentences[doc_.tokens[m->tok_begin].sentence];
    constexpr uint32_t kDatelineTokens = 8;
    for (uint32_t t = sentence.first_token; t < sentence.end_token && t < sentence.first_token + kDatelineTokens; ++t) {
      std::string_view w = Tok(t);
      if (w == "(" || w == "-" || w == "\xE2\x80\x94" /* — */ || w == "\xE2\x80\x93" /* – */) {
        return m->tok_end <= t && DatelineOnly(s, sentence.first_token, t);
      }
    }
    return false;
  }

  // True when tokens [begin, end) hold only place names and commas.
  bool DatelineOnly(const SentenceIndex& s, uint32_t begin, uint32_t end) const {
    auto in_place = [&](uint32_t t) {
      return std::any_of(s.places.begin(), s.places.end(), [&](const Mention* p) { return p->tok_begin <= t && t < p->tok_end; });
    };
    for (uint32_t t = begin; t < end; ++t) {
      std::string_view w = Tok(t);
      if (w == "," || w == "\xD8\x8C") continue;
      // "أتلانتا، الولايات المتحدة الأمريكية (CNN)": a nisba right after a place qualifies it.
      const bool nisba = t > begin && in_place(t - 1) && (w.ends_with("يه") || w.ends_with("ي"));
      if (!in_place(t) && !nisba) return false;
    }
    return end > begin;
  }

  const PlaceRef* RefOf(const Mention* m) const {
    const size_t i = MentionIndex(m);
    return i < place_of_.size() && place_of_[i] != kNone ? &places_[place_of_[i]] : nullptr;
  }

  // The index of `m` in doc_.mentions; SIZE_MAX for a mention the assembler made itself (named_places_,
  // resolved_actors_). Lookups by mention go through it, a vector index instead of a tree of nodes.
  size_t MentionIndex(const Mention* m) const {
    const Mention* first = doc_.mentions.data();
    const bool in_doc = std::less_equal<const Mention*>()(first, m) && std::less<const Mention*>()(m, first + doc_.mentions.size());
    return in_doc ? static_cast<size_t>(m - first) : SIZE_MAX;
  }

  // The PlaceRef of each document mention (by MentionIndex) among places_ as they are now; null for others.
  // A scratch list, valid until the next call.
  const std::vector<PlaceRef*>& RefsByMention() {
    std::vector<PlaceRef*>& refs = scratch_.refs_by_mention;
    refs.assign(doc_.mentions.size(), nullptr);
    for (PlaceRef& p : places_) refs[MentionIndex(p.mention)] = &p;
    return refs;
  }

  // True when the token before `tok` (within the sentence) is one of the given cue kinds.
  bool PrecededByCue(const SentenceIndex& s, uint32_t tok, Cue cue, uint32_t window) const {
    for (const Mention* c : s.cues) {
      if (IsCue(c, cue) && c->tok_end <= tok && tok - c->tok_end <= window) return true;
    }
    return false;
  }

  // Inlined: the words are literals, so their sizes and last bytes become constants at each call.
  [[gnu::always_inline]] bool TokenIs(uint32_t tok, std::initializer_list<std::string_view> words) const {
    std::string_view t = Tok(tok);
    // Size and last byte first: most words differ there, without a memcmp call (it runs on most tokens).
    for (std::string_view w : words) {
      if (w.size() == t.size() && (t.empty() || w.back() == t.back()) && t == w) return true;
    }
    return false;
  }

  // The actor of an alias shared by several readings ("التحالف", "الجيش"): the reading scoped to the
  // article's main country wins, else the reading valid anywhere.
  int32_t Disambiguate(const std::vector<const Mention*>& same_span) const {
    // An adjective reading is indexed only right after an attack or force noun ("قصفاً إسرائيلياً"):
    // there it names the side, not a victim's nationality as the same word alone does ("قتل إسرائيليا").
    std::vector<const Mention*> adjectives;
    for (const Mention* m : same_span) {
      if (static_cast<ActorForm>(m->aux) == ActorForm::kAdjective) adjectives.push_back(m);
    }
    if (!adjectives.empty() && adjectives.size() < same_span.size()) return Disambiguate(adjectives);
    const Mention* anywhere = nullptr;
    for (const Mention* m : same_span) {
      const Actor& a = lex_.actor(m->ref);
      if (!hints_.empty() && std::find(a.scope.begin(), a.scope.end(), hints_.front()) != a.scope.end()) {
        return m->ref;
      }
      if (a.scope.empty() && !anywhere) anywhere = m;
    }
    // Only readings scoped to other countries ("طائرات حربية" is Israel's only in Palestine): none.
    return anywhere ? anywhere->ref : -1;
  }


  // A town or district named with its type word ("مدينة", "بلدة", "قرية", "قضاء", "ولاية", "محافظة",
  // "منطقة") right before the mention `a` (not a base or an airport, whose nationality is the side there:
  // "قاعدة حميميم الروسية").
  bool TownBefore(const SentenceIndex& s, const Mention& a) const {
    return std::any_of(s.places.begin(), s.places.end(), [&](const Mention* p) {
      if (p->tok_end != a.tok_begin || p->tok_begin == 0) return false;
      std::string_view w = Tok(p->tok_begin - 1);
      if (w.starts_with("\xD9\x88")) w.remove_prefix(2);                                   // و
      if (w.starts_with("\xD8\xA8") || w.starts_with("\xD9\x84")) w.remove_prefix(2);     // ب ل
      return w == "مدينه" || w == "بلده" || w == "قريه" || w == "قضاء" || w == "ولايه" || w == "محافظه" ||
             w == "منطقه";
    });
  }

  // Whether the word before token t is "العاصمة" (with و، ب or ل on it).
  bool CapitalWordBefore(uint32_t t) const {
    return t > 0 && TokenIs(t - 1, {"العاصمه", "والعاصمه", "بالعاصمه", "للعاصمه", "وبالعاصمه"});
  }

  static bool InsidePlace(const SentenceIndex& s, const Mention& a) {
    return std::any_of(s.places.begin(), s.places.end(), [&](const Mention* p) {
      return p->tok_begin <= a.tok_begin && a.tok_end <= p->tok_end && p->tok_end - p->tok_begin > a.tok_end - a.tok_begin;
    });
  }

  // "جنديين إسرائيليين", "عناصر أفغان": a nationality after a word for fighters names the country's
  // forces, not its civilians.
  int32_t SoldiersOf(const SentenceIndex& s, const Mention& m, int32_t actor) const {
    const Actor& a = lex_.actor(actor);
    if (a.inter != 7 || a.home.empty() || !gaz_) return actor;
    bool after_fighters = std::any_of(s.cues.begin(), s.cues.end(), [&](const Mention* c) {
      return IsCue(c, Cue::kCombatant) && c->tok_end == m.tok_begin;
    });
    // "دبابتين إسرائيليتين", "آلية عسكرية إسرائيلية": a military vehicle's nationality names the forces too.
    const bool after_vehicle =
        m.tok_begin > 0 && TokenIs(m.tok_begin - 1, {"دبابه", "دبابتين", "دبابتان", "دبابات", "اليه", "اليتين", "اليات",
                                                     "جرافه", "جرافات", "مدرعه", "مدرعات", "عسكريه"});
    if (!after_fighters && !after_vehicle) return actor;
    uint32_t country = gaz_->CountryPlace(a.home);
    if (country == kNone) return actor;
    int32_t forces = lex_.FindActor("Military Forces of " + std::string(gaz_->Get(country).country));
    return forces >= 0 ? forces : actor;
  }

  // A civilian place right before token `t`: "البرلمان الإيراني", "المستشفى الأردني".
  bool CivilianSiteBefore(uint32_t t) const {
    return t > 0 && TokenIs(t - 1, {"البرلمان", "المستشفي", "الجامعه", "المدرسه", "الكنيسه", "المسجد", "الفندق",
                                    "السوق", "المطعم", "الملهي"});
  }

  // A number right before the mention `m` ("21 مصريا", "ثلاثة أتراك").
  static bool CountedRightBefore(const SentenceIndex& s, const Mention& m) {
    return std::any_of(s.numbers.begin(), s.numbers.end(), [&](const Mention* n) { return n->tok_end == m.tok_begin; });
  }

  // "أعلنت وزارة الدفاع التركية مقتل جنديين في هجوم ... شمالي العراق": the dead or wounded a state's force
  // reports, soldiers named by no country, are its own, not the forces of the country the event is in.
  // `first` is the sentence's first side read: it tells (a verb of telling right before it) and is a
  // named state force of the kind of the generic `actor` ("Military Forces of {country}" for "جنديين");
  // `m`, the generic's mention, is counted as killed or wounded ("مقتل جنديين", "إصابة 3 جنود"). Other
  // generic forces in its report may be anyone's ("قالت وزارة الدفاع الروسية إن الطائرات الحربية قصفت":
  // Syria's). Returns the actor the generic reads as.
  int32_t TellersOwn(const SentenceIndex& s, const Mention& first, const Mention& m, int32_t actor) const {
    const Actor& generic = lex_.actor(actor);
    if (!generic.generic()) return actor;
    const Actor& teller = lex_.actor(first.ref);
    const std::string_view kind = std::string_view(generic.canonical).substr(0, generic.canonical.find("{country}"));
    if (teller.generic() || (teller.inter != 1 && teller.inter != 8) || kind.empty() || !teller.canonical.starts_with(kind)) {
      return actor;
    }
    const bool counted = std::any_of(s.cues.begin(), s.cues.end(), [&](const Mention* c) {
      return (IsCue(c, Cue::kKilled) || IsCue(c, Cue::kInjured)) && c->tok_end <= m.tok_begin &&
             m.tok_begin - c->tok_end <= 1 && (c->tok_end == m.tok_begin || CountedRightBefore(s, m));
    });
    // ("القضاء على 545 عسكرياً أوكرانياً": a nationality after the noun names whose they are.)
    const bool nationality_after = std::any_of(s.actors.begin(), s.actors.end(), [&](const Mention* a) {
      return a->tok_begin == m.tok_end && !lex_.actor(a->ref).home.empty();
    });
    if (!counted || nationality_after) return actor;
    const bool tells = std::any_of(s.cues.begin(), s.cues.end(), [&](const Mention* c) {
      return IsCue(c, Cue::kReport) && c->tok_end == first.tok_begin &&
             TokenIs(c->tok_begin, {"اعلن", "اعلنت", "واعلن", "واعلنت", "قال", "قالت", "وقال", "وقالت", "اكد", "اكدت",
                                    "واكد", "واكدت", "ذكر", "ذكرت", "وذكر", "وذكرت", "افاد", "افادت", "وافاد", "وافادت"});
    });
    return tells ? first.ref : actor;
  }

  // One actor per name in the text: an alias shared by several readings becomes the reading that fits
  // the article's country, or nothing. Counts are redone on the chosen readings.
  void ResolveActors() {
    size_t total = 0;
    for (const SentenceIndex& s : sentences_) total += s.actors.size();
    resolved_actors_.reserve(total);  // pointers into it must stay valid
    actor_count_.clear();
    for (SentenceIndex& s : sentences_) {
      std::vector<const Mention*>& kept = Emptied(scratch_.kept_actors);
      // Per kept mention: its reading depends on context (a generic "{country}" force, or an alias read by
      // the article's country, such as "طائرات حربية"), so a nationality right after it may overrule it.
      std::vector<bool>& open_reading = Emptied(scratch_.open_readings);
      for (size_t i = 0; i < s.actors.size();) {
        const size_t j = ReadingsEnd(s.actors, i);
        std::vector<const Mention*>& group = Emptied(scratch_.reading_group);
        group.assign(s.actors.begin() + static_cast<std::ptrdiff_t>(i), s.actors.begin() + static_cast<std::ptrdiff_t>(j));
        int32_t actor = NewspaperNamedAfter(*s.actors[i]) ? -1 : Disambiguate(group);
        const bool open = actor >= 0 && (lex_.actor(actor).generic() || !lex_.actor(actor).scope.empty());
        if (actor >= 0) actor = lex_.SameActor(SoldiersOf(s, *s.actors[i], actor));
        // "أعدم تنظيم داعش 21 مصريا": a nationality counted by a number is people of that country, not
        // its forces (unless a word for fighters or arms comes first, SoldiersOf's "جنديين إسرائيليين").
        // ("هاجم مسلحون مقر البرلمان الإيراني": so is the nationality of a civilian place.)
        if (actor >= 0 && static_cast<ActorForm>(s.actors[i]->aux) == ActorForm::kAdjective &&
            (CountedRightBefore(s, *s.actors[i]) || CivilianSiteBefore(s.actors[i]->tok_begin)) &&
            lex_.actor(actor).canonical.starts_with("Military Forces of ")) {
          actor = lex_.FindActor("Civilians ({country})");
        }
        if (actor >= 0 && !kept.empty()) actor = TellersOwn(s, *kept.front(), *s.actors[i], actor);
        // "مستشفى شهداء الأقصى" is a hospital, not the Al Aqsa Martyrs Brigades.
        if (actor >= 0 && InsidePlace(s, *s.actors[i])) actor = -1;
        if (actor >= 0 && MilitaryTitle(*s.actors[i])) actor = -1;
        // "مدينة أقجة قلعة التركية": the nationality of a town names its country, no side; so does the
        // capital's ("في شوارع العاصمة الأميركية واشنطن").
        if (actor >= 0 && static_cast<ActorForm>(s.actors[i]->aux) == ActorForm::kAdjective &&
            (TownBefore(s, *s.actors[i]) || CapitalWordBefore(s.actors[i]->tok_begin))) {
          actor = -1;
        }
        // ... and the capital named after it ("العاصمة الأميركية واشنطن") is the place, not its government.
        if (actor >= 0 && s.actors[i]->tok_end == s.actors[i]->tok_begin + 1 && s.actors[i]->tok_begin > 1 &&
            CapitalWordBefore(s.actors[i]->tok_begin - 1) && !CountryOfAdjective(Tok(s.actors[i]->tok_begin - 1)).empty()) {
          actor = -1;
        }
        if (actor >= 0) {
          resolved_actors_.push_back(*s.actors[i]);
          resolved_actors_.back().ref = actor;
          kept.push_back(&resolved_actors_.back());
          open_reading.push_back(open);
          // (A speaker's body, "مصادر في المعارضة", is not what the article is about.)
          if (!SpeakersBody(*s.actors[i])) {
            actor_count_[actor] += static_cast<ActorForm>(s.actors[i]->aux) == ActorForm::kAlias ? 2 : 1;
          }
        }
        i = j;
      }
      // "قوات الدفاع الجوي السعودية", "جنود مصريون", "طائرات حربية روسية": a nationality right after a
      // generic or context-read force names that country's force; it is one actor, not a second side.
      for (size_t k = 1; k < kept.size(); ++k) {
        const Mention* adj = kept[k];
        Mention* force = &resolved_actors_[static_cast<size_t>(kept[k - 1] - resolved_actors_.data())];
        // The nationality is dropped as a side of its own; `extend`: the force's span takes it in.
        auto absorb = [&](bool extend) {
          if (extend) force->end = adj->end, force->tok_end = adj->tok_end;
          kept.erase(kept.begin() + static_cast<std::ptrdiff_t>(k));
          open_reading.erase(open_reading.begin() + static_cast<std::ptrdiff_t>(k));
          --k;
        };
        // "هاجم مستوطنون ملثمون مزارعين": masked or armed, said right after a side, describes it; it is no
        // crowd or group of its own (the rioters' "ملثمين" read as a second side, the target).
        if (adj->tok_begin == force->tok_end && adj->tok_end == adj->tok_begin + 1 &&
            TokenIs(adj->tok_begin, {"ملثمون", "ملثمين", "مسلحون", "مسلحين", "مجهولون", "مجهولين"}) &&
            Armed(lex_.actor(force->ref).inter)) {
          absorb(true);
          continue;
        }
        // "المواجهات بين الشبان المحتجين والقوات الإيرانية": a word for protesters right after people ("الشبان",
        // "الطلاب") says who they are; one crowd, not the crowd and its victims.
        if (adj->tok_begin == force->tok_end && adj->tok_end == adj->tok_begin + 1 &&
            lex_.actor(force->ref).inter == kCiviliansInter && lex_.actor(adj->ref).inter == kProtestersInter) {
          force->ref = adj->ref;
          absorb(true);
          continue;
        }
        // "قوات الأمن الداخلي (الأسايش)": a side named in brackets right after a generic or context-read force
        // (a word of its name may follow it) is that force, named exactly.
        constexpr uint32_t kNameRest = 2;
        if (adj->tok_begin > force->tok_end && adj->tok_begin - force->tok_end <= kNameRest + 1 &&
            Tok(adj->tok_begin - 1) == "(" && adj->tok_end < doc_.tokens.size() && Tok(adj->tok_end) == ")" &&
            std::none_of(doc_.tokens.begin() + force->tok_end, doc_.tokens.begin() + (adj->tok_begin - 1),
                         [](const Token& t) { return t.kind == TokenKind::kPunct; }) &&
            open_reading[k - 1] && Armed(lex_.actor(force->ref).inter) && Armed(lex_.actor(adj->ref).inter) &&
            !lex_.actor(adj->ref).generic()) {
          force->ref = adj->ref;
          absorb(false);
          continue;
        }
        // "جنديان لبنانيان", "جنود مصريين": people of a nationality right after a generic force name that
        // country's force (read already as its soldiers, or as its civilians).
        if (force->tok_end == adj->tok_begin && lex_.actor(force->ref).generic() && Armed(lex_.actor(force->ref).inter)) {
          const Actor& people = lex_.actor(adj->ref);
          const bool soldiers = static_cast<ActorForm>(adj->aux) != ActorForm::kAdjective && !people.generic() &&
                                people.canonical.starts_with("Military Forces of ");
          if (const int32_t named = soldiers ? adj->ref : ForceOfNationals(force->ref, adj->ref); named >= 0) {
            force->ref = named;
            absorb(true);
            continue;
          }
        }
        // "المستوطنون الإسرائيليون": a nationality right after an armed actor qualifies it; no civilians.
        // (One word agreeing with the force, definite or not: in "قتلت قوات الاحتلال شابا فلسطينيا" the
        // people after the killers are its victims.)
        const bool qualifier = adj->tok_end == adj->tok_begin + 1 &&
                               Tok(adj->tok_begin).starts_with("\xD8\xA7\xD9\x84") ==
                                   Tok(force->tok_end - 1).starts_with("\xD8\xA7\xD9\x84");  // ال
        if (qualifier && force->tok_end == adj->tok_begin && lex_.actor(adj->ref).inter == kCiviliansInter &&
            !lex_.actor(adj->ref).home.empty() && static_cast<ActorForm>(force->aux) != ActorForm::kAdjective &&
            Armed(lex_.actor(force->ref).inter) && !lex_.actor(force->ref).generic()) {
          absorb(true);
          continue;
        }
        if (JointAuthors(*force, *adj)) {
          absorb(true);
          continue;
        }
        if (static_cast<ActorForm>(adj->aux) != ActorForm::kAdjective || force->tok_end != adj->tok_begin ||
            static_cast<ActorForm>(force->aux) == ActorForm::kAdjective) {
          continue;
        }
        if (!open_reading[k - 1] || !Armed(lex_.actor(force->ref).inter) || !Armed(lex_.actor(adj->ref).inter)) {
          // "ميليشيات الحوثي الإيرانية", "الشرطة الأمريكية" where the force has one reading: the nationality
          // describes the force, it names no second side.
          absorb(false);
          continue;
        }
        // ("الشرطة البريطانية" stays a police force: the country is the event's, London's; so does "الشرطة
        // الأميركية" that the article's context read as Israel's police.)
        if (lex_.actor(force->ref).canonical.starts_with("Police")) {
          if (!lex_.actor(force->ref).generic()) force->ref = lex_.FindActor("Police Forces of {country}");
        } else {
          force->ref = adj->ref;
        }
        absorb(true);
      }
      s.actors = std::move(kept);
    }
  }

  // "الغارات الأميركية البريطانية": two nationalities in a row (`first`, `second`), with no و between, name
  // the act's joint authors; the first stands for both, the second is no side hit ("روسية وسورية" is left to
  // the rules of sides joined by و). Not the parties an accord or talks are named by ("الاتفاق الروسي التركي",
  // "المحادثات الأميركية الإيرانية").
  bool JointAuthors(const Mention& first, const Mention& second) const {
    auto adjective = [](const Mention& m) { return static_cast<ActorForm>(m.aux) == ActorForm::kAdjective; };
    if (!adjective(first) || !adjective(second) || first.tok_end != second.tok_begin ||
        second.tok_end != second.tok_begin + 1 || Tok(second.tok_begin).starts_with("\xD9\x88") ||
        !Armed(lex_.actor(first.ref).inter) || !Armed(lex_.actor(second.ref).inter)) {
      return false;
    }
    return !(first.tok_begin > 0 &&
             TokenIs(first.tok_begin - 1, {"الاتفاق", "اتفاق", "الاتفاقيه", "اتفاقيه", "التفاهم", "تفاهم", "المحادثات",
                                           "محادثات", "المفاوضات", "القمه", "قمه", "الاجتماع", "اجتماع", "التنسيق",
                                           "الحوار", "العلاقات", "الخلاف", "التوتر"}));
  }

  // The generic force (`force`, "Military Forces of {country}") of the country whose civilians `people` are
  // ("Civilians (Lebanon)" -> "Military Forces of Lebanon"), or -1.
  int32_t ForceOfNationals(int32_t force, int32_t people) const {
    const std::string& name = lex_.actor(people).canonical;
    constexpr std::string_view kCivilians = "Civilians (";
    if (lex_.actor(people).inter != 7 || !name.starts_with(kCivilians) || !name.ends_with(")")) return -1;
    const std::string country = name.substr(kCivilians.size(), name.size() - kCivilians.size() - 1);
    std::string canonical = lex_.actor(force).canonical;
    const size_t pos = canonical.find("{country}");
    if (pos == std::string::npos) return -1;
    for (const std::string& written : {country, "the " + country}) {
      std::string candidate = canonical;
      candidate.replace(pos, std::string_view("{country}").size(), written);
      if (const int32_t id = lex_.FindActor(candidate); id >= 0) return id;
    }
    return -1;
  }

  // The object of "سيطر على" is a person: "سيطرت على المعتدي", "سيطروا على المسلح" (the words after the
  // trigger, past a quote and "على" when the trigger ends before it).
  bool PersonControlled(const Mention* trig) const {
    uint32_t k = trig->tok_end;
    while (k < doc_.tokens.size() && TokenIs(k, {"\"", "\xC2\xBB", "\xC2\xAB", "علي"})) ++k;
    return k < doc_.tokens.size() &&
           TokenIs(k, {"المعتدي", "المهاجم", "المسلح", "الجاني", "المنفذ", "المشتبه", "الرجل", "الشاب", "المختطف",
                       "الخاطف", "المعتدين", "المهاجمين", "الجناه", "المحتجين", "المتظاهرين", "الحريق", "النيران"});
  }

  // "أوقف عناصر الشرطة سيارة", "أوقفت إسرائيل إطلاق النار": the verb of detaining stops a vehicle or an
  // activity, no person, when that is its object (the first word after it and its subject).
  bool ThingStopped(const SentenceIndex& s, const Mention& trig) const {
    std::string_view w = Tok(trig.tok_begin);
    w.remove_prefix(std::min<size_t>(w.size(), trig.begin - doc_.tokens[trig.tok_begin].begin));
    if (trig.tok_end != trig.tok_begin + 1 || (w != "اوقف" && w != "اوقفت")) return false;
    uint32_t k = trig.tok_end;
    for (const Mention* a : s.actors) {
      if (a->tok_begin == k) k = a->tok_end;
    }
    return TokenIs(k, {"سياره", "سيارته", "سيارتها", "مركبه", "حافله", "شاحنه", "شاحنات", "سيارات", "القطار", "العمل",
                       "اطلاق", "اطلاقه", "القتال", "الحرب", "العمليات", "عملياتها", "الهجوم", "المفاوضات", "الدعم",
                       "التعامل", "ضخ", "تصدير", "بث", "الرحلات", "حركه", "السير", "المساعدات", "تمويل", "التنسيق"});
  }

  // The soldiers, police or settlers a lone person stabbed or rammed, with the person the verb's subject:
  // right after it ("طعن شاب فلسطيني جنديا إسرائيليا") or before it after إنّ ("إن فلسطينيا دهس جنودا");
  // null when unit `unit` tells no such act before token `until` (the acts that follow are his too: "فقتل
  // جنديا منهم", "وأصابه بجروح").
  const Mention* HitByLoneAssailant(uint32_t unit, uint32_t until) const {
    auto person = [&](uint32_t t) {
      return TokenIs(t, {"فلسطيني", "فلسطينيا", "شاب", "شابا", "رجل", "رجلا", "شخص", "شخصا", "فتي", "فتاه"});
    };
    for (const Mention* verb : sentences_[unit].triggers) {
      if (verb->tok_begin > until || !TokenIs(verb->tok_begin, {"طعن", "وطعن", "دهس", "ودهس"})) continue;
      uint32_t object = 0;  // where the side hit is named
      if (person(verb->tok_end)) {
        object = verb->tok_end + 1;
        if (TokenIs(object, {"فلسطيني", "فلسطينيا"})) ++object;  // "شاب فلسطيني"
      } else if (verb->tok_begin >= 2 && person(verb->tok_begin - 1) && TokenIs(verb->tok_begin - 2, {"ان", "بان"})) {
        object = verb->tok_end;
      } else {
        continue;
      }
      // (Of the readings of a generic word, "جنودا", the one that is no country's generic army: the
      // sentence's own theatre, as "جنود" in Palestine reads Israel's.)
      const Mention* hit = nullptr;
      for (const Mention* a : sentences_[unit].actors) {
        if (a->tok_begin != object || !Armed(Inter(a->ref))) continue;
        if (!hit || (lex_.actor(hit->ref).generic() && !lex_.actor(a->ref).generic())) hit = a;
      }
      if (hit) return hit;
    }
    return nullptr;
  }

  // "انتزعت قوات الجيش، الجمعة، مواقع استراتيجية من قبضة ميليشيا الحوثي": the verb of taking ground
  // (`verb`) followed, within its unit, by "من قبضة/أيدي/سيطرة" and the side that held it. Not the
  // background of a relative clause ("منبج التي انتزعتها الوحدات من سيطرة التنظيم" is the verb with its
  // pronoun, no trigger; "الذي استعاد" is one).
  bool TakenFromGrip(uint32_t unit, const Mention& verb) const {
    if (verb.tok_begin > 0 && TokenIs(verb.tok_begin - 1, {"الذي", "التي", "الذين"})) return false;
    constexpr uint32_t kReach = 16;  // "قوات الجيش، الجمعة، بإسناد من التحالف، عدة مواقع" (commas count)
    const uint32_t end = std::min(units_[unit].end_token, verb.tok_end + kReach);
    for (uint32_t t = verb.tok_end; t + 1 < end; ++t) {
      if (TokenIs(t, {"من"}) && TokenIs(t + 1, {"قبضه", "ايدي", "سيطره"})) return true;
    }
    return false;
  }

  // Between tokens `from` and `place`: "على" and then a military site ("على مقر الفرقة", "على قاعدة
  // عسكرية", "على معسكر"), with at most a few words of its name before the place.
  bool SiteTakenBefore(uint32_t from, uint32_t place) const {
    constexpr uint32_t kReach = 8;  // the side's name may stand between the verb and "على"
    for (uint32_t t = from; t + 1 < place && t < from + kReach; ++t) {
      if (!TokenIs(t, {"علي"})) continue;
      constexpr uint32_t kSiteName = 5;  // "مقر قيادة الفرقة 21 مشاة في"
      return place - (t + 1) <= kSiteName &&
             TokenIs(t + 1, {"مقر", "مقرات", "قاعده", "معسكر", "مطار", "ثكنه", "مقار", "قياده", "اللواء", "الفرقه",
                             "الكتيبه", "معبر", "حقل", "مصفاه", "جسر", "سد"});
    }
    return false;
  }

  // What carried an act out, named before the nationality of its side: aircraft and weapons ("طائرات حربية
  // روسية", "صواريخ إسرائيلية", "قذائف تركية").
  bool Carrier(uint32_t t) const {
    return TokenIs(t, {"طايرات", "الطايرات", "طايره", "الطايره", "حربيه", "الحربيه", "مسيره", "المسيره", "مسيرات",
                       "المسيرات", "مقاتلات", "المقاتلات", "مروحيات", "المروحيات", "مروحيه", "طيران", "الطيران",
                       "صواريخ", "الصواريخ", "صاروخ", "صاروخا", "صاروخين", "قذايف", "القذايف", "قذيفه", "قذيفتين",
                       "مدفعيه", "المدفعيه",
                       "دبابات", "الدبابات", "راجمات", "زوارق", "الزوارق", "بوارج", "البوارج",
                       // Two of them ("مقاتلتان إسرائيليتان", "مدمرتان أمريكيتان"), and the warships that fire
                       // missiles.
                       "طايرتان", "طايرتين", "مقاتلتان", "مقاتلتين", "مروحيتان", "مروحيتين", "مسيرتان", "مسيرتين",
                       "مدمره", "المدمره", "مدمرتان", "مدمرتين", "مدمرات", "المدمرات", "بارجه", "البارجه",
                       "غواصه", "الغواصه"});
  }

  // True when the sentence of token `t` tells of an interception ("أسقطت", "اعترضت", "وإسقاطها").
  bool Interception(uint32_t t) const {
    return SentenceTells(t, [](const Trigger& x) { return x.sub_event_type == "Disrupted weapons use"; });
  }

  // True when the nationality `adj` follows an aircraft or weapon (and its adjective: "طائرات حربية") that is
  // no object: not right after an act ("إسقاط صاروخ أوكراني", "استهداف طائرة صهيونية"), nor a side fought
  // or hit ("مع الطائرات", "على الطائرات").
  bool CarrierActs(const SentenceIndex& s, const Mention& adj) const {
    if (adj.tok_begin == 0) return false;
    auto kind = [&](uint32_t t) { return TokenIs(t, {"حربيه", "الحربيه", "مسيره", "المسيره"}); };  // not the carrier
    uint32_t k = adj.tok_begin - 1;
    if (k > 0 && kind(k)) --k;
    if (!Carrier(k) || kind(k)) return false;
    if (k > 0 && TokenIs(k - 1, {"مع", "علي", "ضد", "من"})) return false;
    constexpr uint32_t kObjectReach = 2;
    return std::none_of(s.triggers.begin(), s.triggers.end(), [&](const Mention* t) {
      // ("أغارت مقاتلتان إسرائيليتان على": right after a verb of the act, the carrier is its subject; "أسقطت
      // طائرة" is what was downed.)
      const Trigger& x = lex_.trigger(t->ref);
      if (t->tok_end == k && x.form == TriggerForm::kVerbActive && x.sub_event_type != "Disrupted weapons use") return false;
      return t->tok_end <= k && k - t->tok_end <= kObjectReach;
    });
  }

  // "القوات الحكومية المدعومة من التحالف", "بإسناد من التحالف": the side that backs a party is not a
  // party to this act.
  bool Supporter(uint32_t t) const {
    // "بإسناد من #تحالف_دعم_الشرعية": a hashtag's mark stands between the words.
    if (t > 0 && TokenIs(t - 1, {"#"})) --t;
    // "التحالف العربي الداعم للشرعية": the side a group backs describes the group.
    if (t >= 1 && TokenIs(t - 1, {"الداعم", "الداعمه", "الداعمين", "المساند", "المسانده"})) return true;
    // "التحالف بقيادة السعودية", "التحالف الذي تقوده واشنطن": the leader named describes the coalition.
    if (t >= 1 && TokenIs(t - 1, {"بقياده", "بزعامه", "تقوده", "يقوده", "تتزعمه", "يتزعمه"})) return true;
    // "مدعومين بقوات من الاحتلال", "مدعومة بطائرات التحالف", "مسنودة بطيران التحالف": the backing word, then
    // its forces.
    auto backed = [&](uint32_t k) {
      return TokenIs(k, {"مدعومين", "مدعومون", "مدعومه", "مدعوما", "مدعوم", "مسنوده", "مسنودا", "مسنود", "مسنودين"});
    };
    if (t >= 2 && backed(t - 2) && Tok(t - 1).starts_with("\xD8\xA8")) return true;
    if (t >= 3 && backed(t - 3) && Tok(t - 2).starts_with("\xD8\xA8") && TokenIs(t - 1, {"من"})) return true;
    if (t >= 1 && backed(t - 1) && Tok(t).starts_with("\xD8\xA8")) return true;  // "مسنودة بطيران التحالف"
    // "بإسناد من التحالف", "بإسناد جوي من مقاتلات التحالف", "بمساندة روسيا", "بغطاء جوي روسي": the backing
    // word, what kind of backing, من, and what carried it out may stand before the side.
    uint32_t k = t;
    if (k >= 1 && Carrier(k - 1)) --k;
    if (k >= 2 && TokenIs(k - 1, {"قبل"}) && TokenIs(k - 2, {"من"})) --k;  // "المدعومة من قبل السعودية"
    const bool of = k >= 1 && TokenIs(k - 1, {"من"});
    if (of) --k;
    if (k >= 1 && TokenIs(k - 1, {"جوي", "جويا", "الجوي", "مدفعي", "مدفعيا", "المدفعي", "بري", "بريا", "عسكري", "عسكريا",
                                  "ناري"})) {
      --k;
    }
    if (k < 1) return false;
    std::string_view w = Tok(k - 1);
    const bool joined = w.starts_with("\xD9\x88");  // و
    if (joined) w.remove_prefix(2);
    // "بدعم ومشاركة القوات الإماراتية", "بدعم وإسناد من التحالف": a second noun of backing joined to the first.
    if (joined && k >= 2 && TokenIs(k - 2, {"باسناد", "بدعم", "بمسانده"}) &&
        (w == "مشاركه" || w == "اسناد" || w == "مسانده" || w == "دعم")) {
      return true;
    }
    // With ب the backing noun is followed by who backs ("بمساندة روسيا"); without it, only through من
    // ("وإسناد من مقاتلات التحالف"): "قوات دعم الشرعية" are forces that back the government, which they
    // name after the noun.
    for (std::string_view backing : {"باسناد", "بدعم", "بمسانده", "بغطاء"}) {
      if (w == backing) return true;
    }
    for (std::string_view backing : {"اسناد", "دعم", "مسانده", "غطاء", "المدعومه", "المدعوم", "مدعومه", "مدعوم",
                                     "المدعومين", "المدعومون", "مسنوده", "مسنودا", "مسنود"}) {
      if (of && w == backing) return true;
    }
    return false;
  }

  // True when side `a`, after protest word `trig`, is named in the protest's clause of demand or protest:
  // a word of demand ("للمطالبة", "مطالبين", "تطالب") or of protest ("احتجاجا", "تنديدا") stands between
  // them, with no punctuation between it and the side.
  bool DemandedOf(const Mention& trig, const Mention& a) const {
    if (a.tok_begin < trig.tok_end) return false;
    // "تطالب بإعادة الأسرى الإسرائيليين الموجودين لدى حماس", "رفضا لخطط هيئة تحرير الشام فتح معابر تجارية مع
    // مناطق سيطرة النظام"
    constexpr uint32_t kReach = 12;
    for (uint32_t k = 1; k <= kReach && a.tok_begin - k >= trig.tok_end; ++k) {
      const uint32_t t = a.tok_begin - k;
      if (doc_.tokens[t].kind == TokenKind::kPunct) return false;
      std::string_view w = Tok(t);
      if (w.size() > 2 && w.starts_with("\xD9\x88")) w.remove_prefix(2);  // "والمطالبة", "ورفضا"
      for (std::string_view demand : {"للمطالبه", "المطالبه", "مطالبه", "مطالبين", "مطالبا", "يطالبون", "تطالب", "طالبوا",
                                      "احتجاجا", "للاحتجاج", "تنديدا", "للتنديد", "منددين", "منددا", "رفضا", "استنكارا"}) {
        if (w == demand) return true;
      }
    }
    return false;
  }

  // kSource: the actor speaks about the event ("المتحدث باسم قوات التحالف"), it does not take part.
  enum class Role { kUnknown, kAgent, kTarget, kVictim, kSource };

  // `victims`: the actors named as the casualties' side in the sentence.
  Role RoleOf(const SentenceIndex& s, const Mention* trig, const Mention* a,
              const std::vector<const Mention*>& victims) const {
    uint32_t t = a->tok_begin;
    for (const Mention* v : victims) {
      if (v->tok_begin == a->tok_begin || MemberOf(s, v) == a) return Role::kVictim;
    }
    // "، وتبنت حركة الشباب الهجوم", "وأعلنت حركة الشباب مسؤوليتها عن الهجوم": a claim after the act names
    // its doer (not the source of a report, as "أعلنت" alone would make it).
    // "تبنى تنظيم الدولة الإسلامية الهجوم الانتحاري الذي استهدف مسجدا": so does the claim before it, the
    // act claimed right after the side (a day or "رسميا" between).
    constexpr uint32_t kClaimedAfter = 2;
    if (t > 0 && TokenIs(t - 1, {"تبنت", "وتبنت", "تبني", "وتبني"}) &&
        (t - 1 >= trig->tok_end || (a->tok_end <= trig->tok_begin && trig->tok_begin - a->tok_end <= kClaimedAfter))) {
      return Role::kAgent;
    }
    if (t >= trig->tok_end && ClaimWord(a->tok_end)) {
      return Role::kAgent;
    }
    // "وأعلنت حركة الشباب مسؤوليتها عن التفجير", "أعلن تنظيم داعش في بيان مسؤوليته عن الهجوم": the claim
    // before the act names its doer.
    if (ClaimsBefore(*a, *trig)) return Role::kAgent;
    // "قصفت القوات الروسية وقوات النظام مدينة إدلب": a side joined by و to the subject right after the verb
    // acted with it; it is no side the act was against (rasd codes one doer).
    // (Not after a verb of fighting each other: "اشتبكت القوات العراقية ومسلحو داعش" names both sides so.)
    const std::string_view verb = Tok(trig->tok_begin);
    const bool reciprocal = verb.find("اشتبك") != std::string_view::npos || verb.find("تبادل") != std::string_view::npos ||
                            verb.find("اقتتل") != std::string_view::npos || verb.find("تقاتل") != std::string_view::npos;
    if (lex_.trigger(trig->ref).form == TriggerForm::kVerbActive && !reciprocal && t > trig->tok_end &&
        WawOn(*a) && Armed(Inter(a->ref)) &&
        std::any_of(s.actors.begin(), s.actors.end(), [&](const Mention* b) {
          return b != a && b->tok_begin == trig->tok_end && b->tok_end == t && Armed(Inter(b->ref));
        })) {
      return Role::kSource;
    }
    // "استهدفت مسيرات انتحارية أطلقتها قوات الدعم السريع مستودعات": the side that launched the weapon,
    // named after a verb whose pronoun stands for it, is its author.
    // (Of a weapon brought down, the interceptor is the doer: "اعترضت الدفاعات صواريخ أطلقتها ميليشيا الحوثي".)
    if (t > 0 && t - 1 >= trig->tok_end && lex_.trigger(trig->ref).sub_event_type != "Disrupted weapons use" &&
        TokenIs(t - 1, {"اطلقتها", "اطلقها", "اطلقوها", "ارسلتها", "ارسلها", "سيرتها", "سيرها", "تطلقها", "يطلقها"})) {
      return Role::kAgent;
    }
    // "قال المتحدث باسم الجيش": the spokesman's side tells of the act; but it announces its own act when
    // the act is the noun the announcement is about ("أعلن المتحدث باسم القوات المسلحة اليمنية ... استهداف
    // مطار أبها").
    // (Unless the fight it tells of took its own men: "وقال المتحدث باسم قوات الوفاق إن 6 من عناصرها قتلوا في
    // اشتباكات مع قوات حفتر".)
    const bool own_men_fell = OwnMenFellInFight(s, trig, *a);
    if (t > 0 && TokenIs(t - 1, {"باسم", "لسان"}) && !AnnouncesOwnAct(s, a) && !own_men_fell) return Role::kSource;
    if (SpeakersBody(*a) && !own_men_fell) return Role::kSource;
    // "أعلنت هيئة تحرير الشام أن مقاتليها استهدفوا بقذائف المدفعية مواقع لقوات النظام": the arm named after
    // the weapon is the means of the side named before the act, no side of its own.
    if (a->tok_end == t + 1 && t > 0 && TokenIs(t, {"المدفعيه", "مدفعيه"}) &&
        TokenIs(t - 1, {"بقذايف", "قذايف", "بنيران", "نيران", "بقذيفه"}) &&
        std::any_of(s.actors.begin(), s.actors.end(), [&](const Mention* m) {
          return m->tok_end <= trig->tok_begin && Armed(Inter(m->ref)) && !lex_.actor(m->ref).generic();
        })) {
      return Role::kSource;
    }
    // "بموجب اتفاق برعاية روسية", "بوساطة مصرية": the sponsor or mediator of a deal is no party to the act.
    if (t > 0 && TokenIs(t - 1, {"برعايه", "رعايه", "بوساطه", "وساطه", "بضمانه", "بضمانات"})) return Role::kSource;
    // "اقتحم أنصار الحشد الشعبي السفارة": the side whose supporters act is not a party; its supporters are
    // the crowd.
    if (t > 0 && TokenIs(t - 1, {"انصار", "مناصرو", "مناصري", "مويدو", "مويدي"}) &&
        (trig->tok_end == t || t < trig->tok_begin)) {
      return Role::kSource;
    }
    // "اعتقال عشرات المحتجين المؤيدين للفلسطينيين": the people a crowd supports (لـ after a word of
    // support) are what it is for, no party to what is done to it.
    if (t > 0 && Tok(t).starts_with("\xD9\x84") &&
        TokenIs(t - 1, {"المويدين", "مويدين", "المويده", "مويده", "المناصرين", "مناصرين", "المناصره", "مناصره",
                        "المتضامنين", "متضامنين", "المتضامنه", "متضامنه", "الداعمين", "داعمين", "الداعمه", "داعمه"})) {
      return Role::kSource;
    }
    // "وأكّدت المصادر أنّ القاعدة الأميركية اُستهدِفت بعدّة صواريخ" (the passive written like the active),
    // "القاعدتين الأميركيتين تعرّضتا لقصف": a side named by its base is where the act struck (not a base
    // flown from: "انطلقت من القاعدة الأميركية").
    if (BaseWord(t) && !(t > 0 && TokenIs(t - 1, {"من"})) && !Qaeda(a->ref)) return Role::kTarget;
    // "استهدف هجوم بطائرتين مسيرتين قاعدة عين الأسد التي تضم قوات أمريكية": the side a place struck hosts
    // is where the act struck.
    // (Or its troops: "مطار أربيل الذي يضم قوات للتحالف الدولي".)
    const uint32_t host = t > 1 && TokenIs(t - 1, {"قوات", "جنودا", "عناصر"}) ? t - 2 : t - 1;
    if (t > 0 && TokenIs(host, {"تضم", "يضم", "تستضيف", "يستضيف", "تاوي", "ياوي"}) && host >= trig->tok_end) {
      return Role::kTarget;
    }
    // "تحرير مدينة الموصل من قبضة تنظيم داعش", "استعادة البلدة من سيطرة الحوثيين": the side ground is
    // taken from lost it.
    if (t >= 2 && TokenIs(t - 2, {"من"}) && TokenIs(t - 1, {"قبضه", "سيطره", "ايدي", "يد"})) return Role::kTarget;
    // "تحرير مدينة الموصل من تنظيم الدولة", "استعادة البلدة من الحوثيين": so does the side right after "من"
    // once the ground is named ("تحرير مدينة الموصل بالكامل من تنظيم داعش": how much of it may stand between).
    if (t >= 1 && t - 1 >= trig->tok_end && TokenIs(t - 1, {"من"}) && TerritorialSub(lex_.trigger(trig->ref).sub_event_type)) {
      const uint32_t ground_end = t >= 2 && TokenIs(t - 2, {"بالكامل", "كامله", "كاملا", "بكاملها", "بكامله"}) ? t - 2 : t - 1;
      if (std::any_of(s.places.begin(), s.places.end(), [&](const Mention* p) { return p->tok_end == ground_end; })) {
        return Role::kTarget;
      }
    }
    // "هاجم المستوطنون", "تصدى الشبان": a trigger phrase that names its subject names the agent, also
    // when the subject's name runs on past the phrase ("استهدفت طائرات" + "طائرات الاحتلال").
    if (a->tok_begin >= trig->tok_begin && a->tok_end <= trig->tok_end) return Role::kAgent;
    if (a->tok_begin > trig->tok_begin && a->tok_begin < trig->tok_end &&
        lex_.trigger(trig->ref).form == TriggerForm::kVerbActive) {
      return Role::kAgent;
    }
    if (Supporter(t)) return Role::kSource;
    // "استهدفت طائرة مسيرة القاعدة الأمريكية": right after a verb phrase that names its own subject comes
    // its object.
    if (lex_.trigger(trig->ref).form == TriggerForm::kVerbActive && a->tok_begin == trig->tok_end &&
        std::any_of(doc_.mentions.begin(), doc_.mentions.end(), [&](const Mention& m) {
          return m.kind == MentionKind::kActor && m.tok_begin > trig->tok_begin && m.tok_end <= trig->tok_end;
        })) {
      return Role::kTarget;
    }
    // "..., حسبما أعلن الجيش الإسرائيلي": an attribution after the report names who tells it. (Before the
    // trigger, "أعلن الجيش اعتقال" names who acted.)
    for (const Mention* c : s.cues) {
      if (IsCue(c, Cue::kReport) && c->tok_begin >= trig->tok_end && c->tok_end <= t && t - c->tok_end <= 1) {
        return Role::kSource;
      }
    }
    if (ToldInClauseAfter(s, trig, *a)) return Role::kSource;
    if (PrecededByCue(s, t, Cue::kByAgent, 1)) return Role::kAgent;
    // "هجوم انتحاري تبنته حركة الشباب", "وتبنى تنظيم الدولة الهجوم": who claims the act carried it out.
    if (t > 0 && t - 1 >= trig->tok_end &&
        TokenIs(t - 1, {"تبنته", "تبناه", "تبنتها", "تبناها", "وتبنته", "وتبناه", "تبني", "وتبني", "تبنت", "وتبنت"})) {
      return Role::kAgent;
    }
    if (GenitiveSubject(trig, a) || AuthorAfterLam(trig, a)) return Role::kAgent;
    if (ReportsOccurrence(s, trig, a)) return Role::kSource;
    if (PersonOfSideAfter(trig, a)) return Role::kTarget;
    // "استهدفت غارة أمريكية سيارة تقل قياديين في كتائب حزب الله": members of a side named anywhere after the
    // act, as what it hit, were hit.
    if (t >= 2 && t > trig->tok_end + 1 && TokenIs(t - 1, {"في", "من"}) &&
        TokenIs(t - 2, {"قياديين", "قياديا", "قيادي", "القيادي", "قاده", "مسوولين", "ضباط", "عناصر", "عنصرين"})) {
      return Role::kTarget;
    }
    if (PrecededByCue(s, t, Cue::kSelfSide, 2)) return Role::kVictim;
    // ("واستهدفت الغارات الإسرائيلية ثلاث قواعد": a nationality right after the act's noun qualifies it.)
    // (The noun of this act: not of what was hit, "استهداف دبابة ميركافا إسرائيلية", nor of another act,
    // "رداً على المجازر الإسرائيلية".)
    const bool qualifies_act = static_cast<ActorForm>(a->aux) == ActorForm::kAdjective && trig->tok_end == a->tok_begin &&
                               lex_.trigger(trig->ref).form == TriggerForm::kNoun;
    if (PrecededByCue(s, t, Cue::kAgainst, 1) && !SubjectOfVerb(s, trig, a) && !qualifies_act) {
      return SubjectOfOtherVerb(s, trig, a) ? Role::kAgent : Role::kTarget;
    }
    if (t > 0 && TokenIs(t - 1, {"مع"})) {
      // "بالاشتراك مع سرايا القدس", "بالتعاون مع القوات الروسية": a partner in the act, no side it was against;
      // its doer when no side is named before it ("وبالاشتراك مع سرايا القدس، تم قصف"), else the side named
      // first is ("أعلنت المقاومة الإسلامية في العراق أنها استهدفت، بالاشتراك مع القوات اليمنية").
      // ("في عملية مشتركة مع سرايا القدس", "غارات جوية مشتركة مع القوات الروسية": a joint act.)
      const bool partner = t > 1 && TokenIs(t - 2, {"بالاشتراك", "وبالاشتراك", "بالتعاون", "وبالتعاون", "بالتنسيق",
                                                     "وبالتنسيق", "بالشراكه", "بمشاركه", "وبمشاركه", "مشتركه",
                                                     "المشتركه"});
      // "الميليشيات المتحالفة مع إيران", "بتهمة التخابر مع التحالف": an ally or a contact, no side of the act.
      if (t > 1 && TokenIs(t - 2, {"المتحالفه", "المتحالفين", "المتحالف", "المتحالفون", "متحالفه", "متحالفين",
                                   "التخابر", "بالتخابر", "التواصل", "بالتواصل", "التعامل", "بالتعامل"})) {
        return Role::kSource;
      }
      if (!partner) return Role::kTarget;
      const bool side_before = std::any_of(s.actors.begin(), s.actors.end(), [&](const Mention* m) {
        return m->tok_end + 2 <= t && Armed(Inter(m->ref)) && !lex_.actor(m->ref).generic();
      });
      return side_before ? Role::kSource : Role::kAgent;
    }
    if (static_cast<ActorForm>(a->aux) == ActorForm::kAdjective) {
      // "من داخل الأراضي العراقية", "عبر الحدود اللبنانية": a nationality of a territory names where from.
      if (t > 0 && TokenIs(t - 1, {"الاراضي", "اراضي", "الحدود", "حدود", "الاجواء", "اجواء", "المياه", "السواحل"})) {
        return Role::kSource;
      }
      // "تعرضت القاعدة الأميركية لقصف", "طالت منشأة إسرائيلية": the nationality of what was hit. (Not of
      // the aircraft or weapons that hit: "استهدفت طائرات حربية روسية مدينة معرة النعمان", "استهدفت صواريخ
      // إسرائيلية قاعدة عسكرية", "قذائف تركية".)
      const bool of_carrier = t > 0 && Carrier(t - 1);
      if (PrecededByCue(s, t, Cue::kAgainst, 2) && !TriggerBefore(s, *a, 0) && !of_carrier) return Role::kTarget;
      // "بمجازر إسرائيلية في رفح ... والمقاومة تخوض اشتباكات": the nationality of another act, told with a
      // place of its own, is that act's side.
      if (ActorOfOtherAct(s, trig, a) && PlaceBetween(s, a->tok_end, trig->tok_begin)) return Role::kSource;
      bool target = std::any_of(target_adjectives_.begin(), target_adjectives_.end(),
                                [&](const Mention* m) { return m->tok_begin == a->tok_begin; });
      return target ? Role::kTarget : Role::kAgent;
    }
    return Role::kUnknown;
  }

  // "استهداف طائرات الاحتلال لشقتين سكنيتين", "قصف المقاومة لمواقع الاحتلال": a noun of the act, the actor
  // right after it and the object introduced by لـ: the actor is the act's subject. So is an armed actor
  // with a bare object after it ("استهداف ميليشيات الحوثي سيارة إسعاف", "استهداف الاحتلال منزلا").
  bool GenitiveSubject(const Mention* trig, const Mention* a) const {
    const TriggerForm form = lex_.trigger(trig->ref).form;
    if ((form != TriggerForm::kNoun && form != TriggerForm::kPhrase) || a->tok_begin != trig->tok_end) return false;
    if (a->tok_end >= doc_.tokens.size()) return false;
    // لـ attached to the object ("لشقتين", "لخيام"); not a particle or a time that starts with the letter.
    std::string_view w = Tok(a->tok_end);
    constexpr size_t kMinBytes = 6;  // three Arabic letters
    if (w.starts_with("\xD9\x84") && w.size() >= kMinBytes &&
        !TokenIs(a->tok_end, {"لكن", "لان", "لذلك", "لدي", "لهما", "ليله", "لمده", "لليوم", "لحظه", "لاحقا", "للمره"})) {
      return true;
    }
    return Armed(Inter(a->ref)) && DefiniteDoer(*a) && !PronounDoer(*trig) && BareObjectAt(a->tok_end);
  }

  // Whether a side's name can be the genitive subject of a noun of the act: definite ("الاحتلال", "طائرات
  // الاحتلال", "حماس"), with no proclitic ("لقوات الاحتلال" is the لـ object), or an aircraft, whose
  // nationality names its side ("استهداف مسيرة إسرائيلية مركبته"). An indefinite side is the object:
  // "استهداف قوة إسرائيلية خاصة", "قنص جنديين صهيونيين", "هجوم مسلحين".
  bool DefiniteDoer(const Mention& a) const {
    if (a.begin != doc_.tokens[a.tok_begin].begin) return false;
    if (TokenIs(a.tok_begin, {"مسيره", "طايره", "طايرات", "مسيرات", "مروحيه", "مروحيات", "مقاتلات", "مقاتله", "بوارج",
                              "زوارق", "مدفعيه"})) {
      return true;
    }
    for (uint32_t t = a.tok_begin; t < a.tok_end; ++t) {
      if (Tok(t).starts_with("\xD8\xA7\xD9\x84")) return true;  // ال
    }
    // A name of one word: a proper name ("حماس", "إسرائيل"), not a generic noun nor a nationality ("إسرائيلية").
    const std::string_view w = Tok(a.tok_begin);
    return a.tok_end == a.tok_begin + 1 && !lex_.actor(a.ref).generic() && !w.ends_with("\xD9\x8A\xD9\x87") &&
           !w.ends_with("\xD9\x8A\xD9\x86") && !w.ends_with("\xD9\x88\xD9\x86");  // يه ين ون
  }

  // "تحييد 5 إرهابيين", "حيدت القوات 3 مسلحين", "تحييد أكثر من 70 جندياً": the word of neutralising (a day
  // or its subject may stand between) with a count of fighters after it.
  bool NeutralisedCounted(const Mention& trig) const {
    if (!TokenIs(trig.tok_begin, {"تحييد", "وتحييد", "حيدت", "وحيدت", "بتحييد"})) return false;
    const SentenceIndex& s = sentences_[unit_of_token_[trig.tok_begin]];
    constexpr uint32_t kReach = 4;  // "حيدت القوات التركية"
    for (const Mention* n : s.numbers) {
      if (n->tok_begin < trig.tok_end || n->tok_begin - trig.tok_end > kReach || n->tok_end >= doc_.tokens.size()) continue;
      return std::any_of(s.cues.begin(), s.cues.end(), [&](const Mention* k) {
        return IsCue(k, Cue::kCombatant) && k->tok_begin == n->tok_end;
      }) || std::any_of(s.actors.begin(), s.actors.end(), [&](const Mention* a) {
        return a->tok_begin == n->tok_end && Armed(Inter(a->ref));
      });
    }
    return false;
  }

  // Whether a verb of withdrawing comes right before side `a` (a day may stand between): "انسحبت القوات".
  bool WithdrawalVerbBefore(const Mention& a) const {
    const SentenceIndex& s = sentences_[unit_of_token_[a.tok_begin]];
    for (uint32_t t = a.tok_begin; t-- > units_[unit_of_token_[a.tok_begin]].first_token;) {
      if (InTime(s, t) || doc_.tokens[t].kind == TokenKind::kPunct) continue;
      return TokenIs(t, {"انسحبت", "انسحب", "انسحبوا", "وانسحبت", "وانسحب", "وانسحبوا", "تنسحب", "ينسحب"});
    }
    return false;
  }

  // "استهدف", "تستهدف", "استهداف", "واستهدفت": a word of targeting, which names no weapon.
  bool TargetingWord(const Mention& trig) const {
    if (trig.tok_end != trig.tok_begin + 1) return false;
    std::string_view w = Tok(trig.tok_begin);
    if (w.starts_with("\xD9\x88") || w.starts_with("\xD9\x81")) w.remove_prefix(2);  // و ف
    return w == "استهدف" || w == "استهدفت" || w == "استهدفوا" || w == "يستهدف" || w == "تستهدف" || w == "استهداف";
  }

  // Whether `a` is the subject of the act `trig`: right after its verb (a day may stand between), or the
  // genitive subject of its noun (GenitiveSubject).
  bool SubjectOfTheAct(const Mention& trig, const Mention& a) const {
    if (lex_.trigger(trig.ref).form == TriggerForm::kVerbActive) {
      return a.tok_begin == PastTime(sentences_[unit_of_token_[trig.tok_begin]], trig.tok_end);
    }
    return GenitiveSubject(&trig, &a);
  }

  // Whether token `t` may start the bare object of a noun of the act whose subject came before it: an
  // indefinite noun or a place ("سيارة إسعاف", "منزلا", "مأرب"); not a definite word (the subject's
  // adjective, "الإيرانية"), a particle, a day, a figure or a word joined by و.
  bool BareObjectAt(uint32_t t) const {
    if (t >= doc_.tokens.size() || doc_.tokens[t].kind != TokenKind::kArabic) return false;
    const SentenceIndex& s = sentences_[unit_of_token_[t]];
    if (InTime(s, t)) return false;
    if (std::any_of(s.places.begin(), s.places.end(), [&](const Mention* p) { return p->begin == doc_.tokens[t].begin; })) {
      return true;
    }
    const std::string_view w = Tok(t);
    constexpr size_t kMinBytes = 6;  // three Arabic letters
    if (w.size() < kMinBytes || w.starts_with("\xD8\xA7\xD9\x84")) return false;           // ال
    if (w.starts_with("\xD9\x88") || w.starts_with("\xD9\x81")) return false;             // و ف
    // بـ joins the weapon or the means ("بطائرة مسيرة", "بقذائف"); a few nouns start with the letter.
    if (w.starts_with("\xD8\xA8") && !TokenIs(t, {"بلده", "بلدات", "بيت", "بيوت", "بنايه", "بنايات", "بوابه", "بوارج"})) {
      return false;
    }
    return !TokenIs(t, {"علي", "الي", "خلال", "بعد", "قبل", "منذ", "عند", "قرب", "داخل", "ضد", "امس", "صباح", "مساء",
                        "شرق", "غرب", "شمال", "جنوب", "شرقي", "غربي", "شمالي", "جنوبي", "وسط", "محيط", "اطراف", "بين",
                        "فجر", "ليل", "ليله", "يوم", "اثناء", "حيث", "التي", "الذي", "مما", "عبر", "نحو", "تجاه",
                        "مجددا", "ايضا", "كذلك", "مباشره", "اكثر", "اخر", "احد", "احدي", "عده", "عدد", "نفسه"});
  }

  // "قوات القائد العسكري خليفة حفتر", "الخبير العسكري الأمريكي": "العسكري" after a person's title noun, and
  // the person's nationality after it, are part of the title, no force of their own (the side, if any, is
  // named after it). Not the spokesman's ("المتحدث العسكري" alone speaks for the army of the article's
  // country) nor the adviser's or attaché's, who are officers ("اغتيال المستشار العسكري").
  bool MilitaryTitle(const Mention& a) const {
    uint32_t t = a.tok_begin;
    if (a.tok_end != t + 1 || t == 0) return false;
    if (static_cast<ActorForm>(a.aux) == ActorForm::kAdjective && TokenIs(t - 1, {"العسكري"})) --t;
    return t > 0 && TokenIs(t, {"العسكري"}) &&
           TokenIs(t - 1, {"القايد", "والقايد", "المسوول", "والمسوول", "الخبير", "والخبير", "المحلل", "والمحلل", "الحاكم",
                           "المعلق", "الباحث"});
  }

  // "قال مصدر بالشرطة العراقية", "مصادر في الجيش اليمني", "مسؤول في الحرس الثوري": the body a speaker
  // belongs to tells of the act; it did not carry it out.
  bool SpeakersBody(const Mention& a) const {
    const uint32_t t = a.tok_begin;
    auto speaker = [&](uint32_t k) {
      return TokenIs(k, {"مصدر", "مصدران", "مصادر", "مسوول", "مسوولان", "مسوولون", "مسوولين", "متحدث", "المتحدث",
                         "ناطق", "الناطق"});
    };
    const bool attached_ba = a.begin != doc_.tokens[t].begin && Tok(t).starts_with("\xD8\xA8");  // بـ
    // ("وقال مسؤولان من المعارضة لرويترز إن الطائرات السورية نفذت ثماني ضربات": من as well.)
    if (t > 0 && ((attached_ba && speaker(t - 1)) || (t > 1 && TokenIs(t - 1, {"في", "من"}) && speaker(t - 2)))) {
      return true;
    }
    // "المتحدث العسكري باسم قوات صنعاء": the title of the spokesman of a side named after it.
    if (t > 0 && speaker(t - 1) && a.tok_end == t + 1 && TokenIs(t, {"العسكري"}) && TokenIs(t + 1, {"باسم"})) return true;
    // "مصدر في قيادة شرطة دمشق", "مصادر في قيادة الجيش": the body's command stands between.
    return t > 2 && TokenIs(t - 1, {"قياده"}) && TokenIs(t - 2, {"في"}) && speaker(t - 3);
  }

  // "هجوم لتنظيم داعش", "غارات لمقاتلات التحالف": an armed actor right after a noun of the act, joined by
  // لـ, is its author.
  bool AuthorAfterLam(const Mention* trig, const Mention* a) const {
    const TriggerForm form = lex_.trigger(trig->ref).form;
    if ((form != TriggerForm::kNoun && form != TriggerForm::kPhrase) || a->tok_begin != trig->tok_end) return false;
    // Only a noun of the act itself, the phrase's head ("قصف مدفعي للجيش"): in "استهداف تجمع لجنود
    // الاحتلال" the soldiers own the gathering hit.
    std::string_view w = Tok(trig->tok_begin);
    for (std::string_view proclitic : {"\xD9\x88", "\xD8\xA8", "\xD9\x81"}) {  // و ب ف
      if (w.starts_with(proclitic) && w.size() > 6) w.remove_prefix(proclitic.size());
    }
    if (w.starts_with("\xD8\xA7\xD9\x84")) w.remove_prefix(4);  // ال
    constexpr std::string_view kActNouns[] = {"هجوم", "هجوما", "هجمات", "هجمه", "غاره", "غارات", "قصف", "ضربه",
                                              "ضربات", "اعتداء", "اعتداءات", "كمين", "تفجير"};
    if (std::find(std::begin(kActNouns), std::end(kActNouns), w) == std::end(kActNouns)) return false;
    // ("هجوماً على مواقع للدعم السريع": a phrase that takes in its object leaves the لـ side the owner of
    // what was hit.)
    for (uint32_t k = trig->tok_begin + 1; k < trig->tok_end; ++k) {
      if (TokenIs(k, {"علي", "ضد", "استهدف", "استهدفت"})) return false;
    }
    const Token& t = doc_.tokens[a->tok_begin];
    return a->begin != t.begin && Tok(a->tok_begin).starts_with("\xD9\x84") && Armed(Inter(a->ref));  // ل
  }

  // "حماس تعلن فشل الهجوم البري", "أعلن الجيش وقوع عملية إطلاق نار", "أعلنت خلية الإعلام الأمني سقوط
  // صاروخين": the subject of a reporting verb
  // whose object is the occurrence or the failure of the act tells of it; it did not carry it out
  // ("أعلن الجيش اعتقال 5" still names who acted).
  bool ReportsOccurrence(const SentenceIndex& s, const Mention* trig, const Mention* a) const {
    if (a->tok_end > trig->tok_begin) return false;
    constexpr uint32_t kOccurrenceGap = 2;  // "وقوع عملية إطلاق نار": a word of the act may come first
    bool occurrence = false;
    for (uint32_t k = 1; k <= kOccurrenceGap && trig->tok_begin >= k && !occurrence; ++k) {
      // ("أعلنت خلية الإعلام الأمني سقوط 22 صاروخا": the fall of what was fired.)
      occurrence = TokenIs(trig->tok_begin - k, {"وقوع", "فشل", "حدوث", "حصول", "بوقوع", "بفشل", "بحدوث", "سقوط", "بسقوط"});
    }
    // "أعلن الجيش أن عملية إطلاق نار وقعت قرب أريحا": the act as the subject of a verb of occurring.
    occurrence = occurrence || TokenIs(trig->tok_end, {"وقعت", "وقع", "حصلت", "حصل", "جرت", "جري", "فشلت", "فشل"});
    if (!occurrence) return false;
    return std::any_of(s.cues.begin(), s.cues.end(), [&](const Mention* c) {
      if (!IsCue(c, Cue::kReport) || c->tok_end > trig->tok_begin) return false;
      // The reporter stands right before or right after its verb ("حماس تعلن", "أعلن الجيش").
      return a->tok_end == c->tok_begin || SubjectAfterVerb(*c, *a);
    });
  }

  // "مسؤوليتها", "مسؤوليته": the word of claiming an act.
  bool ClaimWord(uint32_t k) const { return TokenIs(k, {"مسووليتها", "مسووليته", "مسووليتهم", "المسووليه"}); }

  // The actor `a` claims the act `trig` after it: "X مسؤوليته عن" (with "في بيان" or a day between) right
  // before the act.
  bool ClaimsBefore(const Mention& a, const Mention& trig) const {
    constexpr uint32_t kReach = 4;  // "في بيان"، "اليوم"، a comma
    if (a.tok_end >= trig.tok_begin || trig.tok_begin - a.tok_end > kReach + 2) return false;
    for (uint32_t k = a.tok_end; k < trig.tok_begin && k <= a.tok_end + kReach; ++k) {
      if (ClaimWord(k)) {
        return k + 2 == trig.tok_begin && TokenIs(k + 1, {"عن"});
      }
    }
    return false;
  }

  // A self-side cue of fighters with a pronoun ("من عناصره", "في صفوفها"), which stands for a side named
  // before; a bare "منهم" is as likely the civilians just named.
  bool OwnMenWithPronoun(const Mention& k) const {
    const std::string_view last = Tok(k.tok_end - 1);
    return (last.ends_with("\xD9\x87") || last.ends_with("\xD9\x87\xD8\xA7") ||  // ه ها
            last.ends_with("\xD9\x87\xD9\x85")) &&                                  // هم
           !TokenIs(k.tok_end - 1, {"منه", "منها", "منهم", "منهما"});
  }

  // "إن 6 من مقاتليها قتلوا": a figure of the announcer's own men opens the clause told between `clause`
  // (the "إن") and `end`.
  bool OwnMenCountedInClause(const SentenceIndex& s, uint32_t clause, uint32_t end) const {
    return std::any_of(s.cues.begin(), s.cues.end(), [&](const Mention* k) {
      return IsCue(k, Cue::kSelfSide) && k->tok_begin > clause + 1 && k->tok_begin <= clause + 3 &&
             k->tok_end <= end && OwnMenWithPronoun(*k) &&
             std::any_of(s.numbers.begin(), s.numbers.end(), [&](const Mention* n) {
               return n->tok_begin > clause && n->tok_end == k->tok_begin;
             });
    });
  }

  // The fight `trig` is told in a clause "إن/أن ..." after the armed side `a`, which counts its own men
  // among the dead or wounded ("قالت قسد إن ثلاثة من مقاتليها قتلوا في اشتباكات مع داعش"), and the clause
  // names no other armed side before the act: `a` fought.
  bool OwnMenFellInFight(const SentenceIndex& s, const Mention* trig, const Mention& a) const {
    if (a.tok_end > trig->tok_begin || !Armed(Inter(a.ref)) || lex_.trigger(trig->ref).event_type != "Battles") {
      return false;
    }
    uint32_t clause = kNone;
    for (uint32_t t = a.tok_end; t < trig->tok_begin && clause == kNone; ++t) {
      if (TokenIs(t, {"ان", "بان"})) clause = t;
    }
    if (clause == kNone) return false;
    if (std::any_of(s.actors.begin(), s.actors.end(), [&](const Mention* m) {
          return m->tok_begin > clause && m->tok_end <= trig->tok_begin && Armed(Inter(m->ref));
        })) {
      return false;
    }
    return OwnMenCountedInClause(s, clause, trig->tok_begin);
  }

  // "قالت الشرطة إن أسرة كاملة كانت وراء تفجيرات الكنائس": the armed subject of a verb of reporting, with the
  // act told in the clause "إن/أن ..." after it, tells of the act. It did the act when its own forces or
  // arms are the clause's subject ("قال الجيش إن قواته قصفت", "إن طائرات حربية أغارت"); "أعلن الجيش أنه
  // قتل" has no bare "أن" and is left to the other rules.
  bool ToldInClauseAfter(const SentenceIndex& s, const Mention* trig, const Mention& a) const {
    if (a.tok_end > trig->tok_begin || !Armed(Inter(a.ref)) || !Announcer(s, &a)) return false;
    // ("ذكرت الشرطة أن 28 شخصا تم إلقاء القبض عليهم": who tells of arrests made them.)
    const Trigger& act = lex_.trigger(trig->ref);
    if (act.event_type != "Battles" && act.event_type != "Explosions/Remote violence" &&
        act.event_type != "Violence against civilians") {
      return false;
    }
    uint32_t clause = kNone;
    for (uint32_t t = a.tok_end; t < trig->tok_begin && clause == kNone; ++t) {
      if (TokenIs(t, {"ان", "بان"})) clause = t;
    }
    if (clause == kNone || clause + 1 >= trig->tok_begin) return false;
    // ("أفادت كتائب القسام أن الجيش الإسرائيلي استهدف موقعا لها": an armed side the clause names acted, and
    // the announcer may be the one hit.)
    if (std::any_of(s.actors.begin(), s.actors.end(), [&](const Mention* m) {
          return m->tok_begin > clause && m->tok_end <= trig->tok_begin && Armed(Inter(m->ref));
        })) {
      return false;
    }
    // "قالت حكومة الوفاق إن 6 من مقاتليها قتلوا في اشتباكات مع قوات حفتر": the announcer's own men fell in
    // the fighting it tells of, so it fought.
    if (OwnMenFellInFight(s, trig, a)) return false;
    // The announcer's own men or arms as the clause's subject ("أنّ مجاهديها", "إن قواته", "أنّ مقاوميها
    // استهدفوا" with the pronoun glued to the next word; "ذكرت الكتيبة أنّ المجاهدين": a group's statement
    // calls its own men so); otherwise the subject is someone else ("أسرة", "مسلحين") or the act itself.
    const std::string_view subject = Tok(clause + 1);
    for (std::string_view own : {"مجاهدي", "مقاومي", "مقاتلي", "مسلحي", "المجاهد", "المقاوم", "عناصر", "قوات", "قوه",
                                 "جنود", "وحدات", "وحده", "طايرات", "طايره", "مقاتلات", "مروحيات", "مروحيه", "مسيرات",
                                 "دفاعات", "مدفعيه"}) {
      if (subject.starts_with(own)) return false;
    }
    return true;
  }

  // True when the actor mention `a` is the subject of a verb of reporting right before it ("أعلن الجيش").
  // With `or_before`, also right before the verb, as headlines write it: "الشرطة الباكستانية تعلن مقتل...".
  bool Announcer(const SentenceIndex& s, const Mention* a, bool or_before = false) const {
    return std::any_of(s.cues.begin(), s.cues.end(), [&](const Mention* k) {
      return IsCue(k, Cue::kReport) && (SubjectAfterVerb(*k, *a) || (or_before && a->tok_end == k->tok_begin));
    });
  }
  // Whether `a` follows the verb `verb` as its subject: right after it, or with one word between.
  static bool SubjectAfterVerb(const Mention& verb, const Mention& a) {
    return a.tok_begin >= verb.tok_end && a.tok_begin - verb.tok_end <= 1;
  }

  // "اغتيال مساعد قائد قوات الأمن", "استهدفت قياديا في حماس": after the act, a person named by rank or
  // role and then the side they belong to: that side was hit (an actor right after the act is its agent).
  bool PersonOfSideAfter(const Mention* trig, const Mention* a) const {
    if (a->tok_begin <= trig->tok_end) return false;
    constexpr uint32_t kMaxWords = 3;
    if (a->tok_begin - trig->tok_end > kMaxWords) return false;
    for (uint32_t t = trig->tok_end; t < a->tok_begin; ++t) {
      if (!TokenIs(t, {"قايد", "مساعد", "نايب", "مسوول", "مسوولا", "قيادي", "قياديا", "القيادي", "قياديين", "عضو",
                       "اعضاء", "ضابط", "ضابطا", "ضباط", "عنصر", "عنصرا", "عنصرين", "احد", "زعيم", "امير", "قاده",
                       "في", "من", "ب"})) {
        return false;
      }
    }
    return !TokenIs(trig->tok_end, {"في", "من", "ب"});  // "قصف في صفوف", "غارة من طائرات": not a person
  }

  // "استهدفت سرايا القدس موقعا": a verb that also marks its object ("استهدف") is followed by its
  // subject when no actor comes before it (verb-subject-object order).
  bool SubjectOfVerb(const SentenceIndex& s, const Mention* trig, const Mention* a) const {
    if (lex_.trigger(trig->ref).form != TriggerForm::kVerbActive || a->tok_begin < trig->tok_end) return false;
    // 'فاستهدفت "القسّام" دبابتين': quotes around the name may stand between; so may the side's fighters
    // ("استهدف مجاهدو حزب الله موقع المالكية"), and before a nationality what carried the act out
    // ("استهدفت صواريخ إسرائيلية قاعدة عسكرية").
    const bool adjective = static_cast<ActorForm>(a->aux) == ActorForm::kAdjective;
    for (uint32_t t = trig->tok_end; t < a->tok_begin; ++t) {
      if (!TokenIs(t, {"\"", "\xC2\xAB", "\xC2\xBB", "'", "مجاهدو", "مقاتلو", "مقاومو", "مسلحو", "عناصر"}) &&
          !(adjective && (Carrier(t) || ActAdjective(t)))) {
        return false;
      }
    }
    // (Nor when the phrase names its subject itself: "استهدفت طائرة مسيرة القاعدة الأمريكية".)
    return std::none_of(s.actors.begin(), s.actors.end(), [&](const Mention* m) {
      return m->tok_end <= trig->tok_begin || (m->tok_begin > trig->tok_begin && m->tok_end <= trig->tok_end);
    });
  }

  // SubjectOfVerb of another active verb of the sentence before the actor: "واستهدف الجيش الإسرائيلي منزلاً
  // في كفرا بغارتين", "واستهدفت كتائب القسّام دبابةً إسرائيليةً بقذيفة" tell the act by its noun or weapon,
  // after the verb and its subject. (The verb must open its clause, as the subject then follows it: not
  // "الطائرات الحربية استهدفت الجماعات المسلحة", whose subject came first without being a side.)
  bool SubjectOfOtherVerb(const SentenceIndex& s, const Mention* trig, const Mention* a) const {
    return std::any_of(s.triggers.begin(), s.triggers.end(), [&](const Mention* verb) {
      return verb != trig && verb->tok_end <= a->tok_begin && OpensClause(s, verb->tok_begin) &&
             SubjectOfVerb(s, verb, a);
    });
  }

  // Whether the word at `tok` opens a clause: first in its sentence, after punctuation or a time, joined by
  // و or ف ("واستهدف"), or after a particle that heads a verbal clause ("كما استهدف", "بينما استهدفت").
  bool OpensClause(const SentenceIndex& s, uint32_t tok) const {
    if (tok == doc_.sentences[doc_.tokens[tok].sentence].first_token) return true;
    if (Tok(tok).starts_with("\xD9\x88") || Tok(tok).starts_with("\xD9\x81")) return true;  // و ف
    if (Aside(s, tok - 1)) return true;
    return TokenIs(tok - 1, {"كما", "ثم", "قد", "وقد", "فقد", "لقد", "فيما", "بينما", "حيث", "اذ", "ايضا"});
  }

  // "سبع عمليات للمقاومة الإسلامية وغارة مسيرة على النبطية": an actor right after another act of the
  // sentence, as its possessor, is that act's actor, not the actor of a later one.
  bool ActorOfOtherAct(const SentenceIndex& s, const Mention* trig, const Mention* a) const {
    // "... للمقاومة الإسلامية وغارة مسيرة": a noun act joined by و right after the actor starts a phrase
    // of its own; the actor ends the phrase before it.
    const TriggerForm form = lex_.trigger(trig->ref).form;
    if ((form == TriggerForm::kNoun || form == TriggerForm::kPhrase) && a->tok_end == trig->tok_begin &&
        Tok(trig->tok_begin).starts_with("\xD9\x88")) {
      return true;
    }
    return std::any_of(s.triggers.begin(), s.triggers.end(), [&](const Mention* other) {
      // ("وقتلت القوات الأمنية ثلاثة من المهاجمين وتمكنت من اعتقال الرابع": the killer of a toll is the
      // actor of the act the sentence tells.)
      return other != trig && other->tok_end <= a->tok_begin && a->tok_begin - other->tok_end <= 1 &&
             other->tok_begin < trig->tok_begin && lex_.trigger(other->ref).form != TriggerForm::kWeapon &&
             !KillingVerb(*other) &&
             lex_.trigger(other->ref).event_type != lex_.trigger(trig->ref).event_type;
    });
  }

  // The two armed sides named last before token `tok`, in this sentence or the one before (the units
  // back from tok's), in text order; {nullptr, nullptr} unless the nearest units that name two name
  // exactly two. Speakers' bodies ("مصدر في الجيش") are no side.
  std::pair<const Mention*, const Mention*> TwoSidesBefore(uint32_t tok) const {
    std::vector<const Mention*> sides;  // nearest first
    const uint32_t unit = unit_of_token_[tok];
    const uint32_t sentence = units_[unit].sentence;
    for (uint32_t u = unit + 1; u-- > 0 && units_[u].sentence + 1 >= sentence;) {
      const std::vector<const Mention*>& list = sentences_[u].actors;
      for (auto it = list.rbegin(); it != list.rend(); ++it) {
        const Mention* a = *it;
        if (a->tok_end > tok || !Armed(Inter(a->ref)) || SpeakersBody(*a)) continue;
        if (std::none_of(sides.begin(), sides.end(), [&](const Mention* b) { return b->ref == a->ref; })) sides.push_back(a);
      }
      if (sides.size() >= 2) break;
    }
    if (sides.size() != 2) return {nullptr, nullptr};
    return {sides[1], sides[0]};
  }

  void AssignActors(const SentenceIndex& s, const Mention* trig, const std::vector<const Mention*>& victims,
                    Candidate& c) const {
    // Each actor mention's ref is its resolved actor (ResolveActors).
    struct Slot {
      const Mention* mention;
      Role role;
    };
    std::vector<Slot> actors;
    // "مسلحين من داعش": the generic noun is the named side, which plays the part the noun's place gives
    // ("هجمات شنها مسلحون من طالبان": the agent).
    const Mention* named_side = nullptr;
    Role noun_role = Role::kUnknown;
    for (const Mention* m : s.actors) {
      if (const Mention* named = NamedSideOf(s, m)) {
        named_side = named, noun_role = RoleOf(s, trig, m, victims);
        continue;
      }
      Role role = RoleOf(s, trig, m, victims);
      if (m == named_side && role == Role::kUnknown) role = noun_role;
      actors.push_back({m, role});
    }
    // "غارات على تجمعات لقوات الدعم السريع، فيما تواصلت الاشتباكات بين الطرفين": "the two sides" of the act
    // right before are the two armed sides named last before it (its clause may name no side at all).
    auto the_two_sides = [&](const Mention* cue) { return TokenIs(cue->tok_end - 1, {"الطرفين", "الجانبين"}); };
    for (const Mention* cue : s.cues) {
      if (!IsCue(cue, Cue::kBetween) || !the_two_sides(cue)) continue;
      if (cue->tok_begin < trig->tok_end || cue->tok_begin - trig->tok_end > 2) continue;  // of this act
      const auto [one, other] = TwoSidesBefore(cue->tok_begin);
      if (!one) continue;
      c.actor1 = one->ref, c.actor1_mention = one;
      c.actor2 = other->ref, c.actor2_mention = other;
      c.sides_unordered = c.sides_told_before = true;
      return;
    }
    if (actors.empty()) return;
    auto set1 = [&](const Slot* a) { c.actor1 = a->mention->ref, c.actor1_mention = a->mention; };
    auto set2 = [&](const Slot* a) { c.actor2 = a->mention->ref, c.actor2_mention = a->mention; };
    // "بين X و Y": both sides of a clash, in order.
    for (const Mention* cue : s.cues) {
      if (!IsCue(cue, Cue::kBetween)) continue;
      if (the_two_sides(cue)) continue;  // (above)
      std::vector<const Slot*> after;
      for (const Slot& a : actors) {
        // "مع المقاومة اليمنية المدعومة من القوات الإماراتية": who backs a side is not the other side.
        if (a.role == Role::kSource) continue;
        if (a.mention->tok_begin >= cue->tok_end && a.mention->tok_begin - cue->tok_end <= 8) after.push_back(&a);
      }
      if (after.size() >= 2 && after[0]->mention->ref != after[1]->mention->ref) {
        set1(after[0]);
        set2(after[1]);
        c.sides_unordered = true;
        return;
      }
    }
    // Spokesmen's organisations ("المتحدث باسم") take no part in what they report.
    std::erase_if(actors, [](const Slot& a) { return a.role == Role::kSource; });
    const Slot* agent = nullptr;
    const Slot* target = nullptr;
    const Slot* unknown_after = nullptr;   // first unmarked actor after the trigger (verb subject)
    const Slot* unknown_before = nullptr;  // nearest unmarked actor before the trigger
    // Another mention of the side whose dead the sentence counts is not the attacker ("اعتداءات الاحتلال
    // ... ومقتل جنديين إسرائيليين").
    auto victims_side = [&](const Slot& a) {
      return std::any_of(actors.begin(), actors.end(), [&](const Slot& v) {
        return v.role == Role::kVictim && v.mention->ref == a.mention->ref;
      });
    };
    for (const Slot& a : actors) {
      bool after = a.mention->tok_begin >= trig->tok_end;
      // ("هجوم انتحاري تبنته حركة الشباب": the side named beats the generic "انتحاري" inside the act's phrase.)
      // (Not "تصدت الدفاعات الجوية لعدوان شنه الاحتلال": who repels is the first side of disrupted weapons use.)
      auto generic_in_act = [&](const Slot* x) {
        return c.trigger->event_type != "Strategic developments" && lex_.actor(x->mention->ref).generic() &&
               x->mention->tok_begin >= trig->tok_begin &&
               x->mention->tok_end <= trig->tok_end;
      };
      if (a.role == Role::kAgent && (!agent || (generic_in_act(agent) && !lex_.actor(a.mention->ref).generic()))) {
        agent = &a;
      }
      if ((a.role == Role::kTarget || a.role == Role::kVictim) && !target) target = &a;
      // ("قتل 36 جنديا من قوات البنيان المرصوص": the side the generic victims are of, named after them.)
      if (a.role == Role::kVictim && target && target != &a && target->role == Role::kVictim &&
          MemberOf(s, target->mention) == a.mention) {
        target = &a;
      }
      if (a.role == Role::kUnknown && !victims_side(a)) {
        if (after && !unknown_after) unknown_after = &a;
        if (!after && !ActorOfOtherAct(s, trig, a.mention)) unknown_before = &a;
      }
    }
    // "أسفرت غارات التحالف والمواجهات مع قوات المقاومة عن مقتل 96 من ميليشيات الحوثي": the side the act
    // is "مع" fought beside the agent's act; the armed side whose dead are counted is the one hit. (Dead
    // youths, "واندلعت مواجهات مع مقاومين، ما أدى إلى استشهاد شابين", are the toll of a fight with the side.)
    if (target && target->role == Role::kTarget && target->mention->tok_begin > 0 &&
        TokenIs(target->mention->tok_begin - 1, {"مع"})) {
      for (const Slot& a : actors) {
        if (a.role == Role::kVictim && Armed(Inter(a.mention->ref)) && a.mention->ref != target->mention->ref &&
            (!agent || a.mention->ref != agent->mention->ref)) {
          target = &a;
          break;
        }
      }
    }
    const Slot* first = agent;
    if (!first) {
      // "إن إسرائيل شنت غارة استهدفت قوة من الحشد": an actor right before the verb is its subject
      // (subject-verb order); otherwise the verb comes first and its subject follows closely.
      const bool subject_before =
          unknown_before && trig->tok_begin >= unknown_before->mention->tok_end &&
          trig->tok_begin - unknown_before->mention->tok_end <= 1;
      // "كما استهدفوا تجمعا لجنود الاحتلال": a verb in the plural carries its subject; the side after it
      // is its object.
      if (c.trigger->form == TriggerForm::kVerbActive && (subject_before || PluralVerb(trig->tok_begin))) {
        first = unknown_before;
      } else if (c.trigger->form == TriggerForm::kVerbActive) {
        first = unknown_after && unknown_after->mention->tok_begin - trig->tok_end <= 4 ? unknown_after
                : unknown_before                                                       ? unknown_before
                                                                                       : unknown_after;
      } else {
        first = unknown_before ? unknown_before : unknown_after;
      }
    }
    // "مسلحي الحوثي قتلوا في مواجهات مع قوات الجيش": the side whose dead are counted fought the side
    // named after "مع", which is then the other party, not a second target. In a fight it also beats a
    // side named after it whose part the sentence does not tell ("في مواجهات مع المقاومة اليمنية المدعومة من
    // القوات الإماراتية المشاركة ضمن التحالف"), when the dead are an armed side's.
    if (target && target->role == Role::kVictim) {
      for (const Slot& a : actors) {
        const uint32_t t = a.mention->tok_begin;
        if (t == 0 || !TokenIs(t - 1, {"مع"}) || a.mention->ref == target->mention->ref) continue;
        if (!first || (first->role == Role::kUnknown && first->mention->tok_begin > t &&
                       (c.trigger->event_type == "Battles" || c.trigger->event_type == "Riots") &&
                       Armed(Inter(target->mention->ref)))) {
          first = &a;
        }
        break;
      }
    }
    const Slot* second = target;
    // ("فتحوا نيران أسلحتهم في اتجاه الجائعين ... لا يشكل خطورة على الاحتلال": a side marked as hit that is
    // the acting side itself was named for something else; the object is looked for as if none were.)
    if (second && first && second->mention->ref == first->mention->ref) second = nullptr;
    // The object of the act follows it ("شنت غارة استهدفت قوة من الحشد"); an actor named before the act
    // besides its subject is mostly who reports or backs it ("أعلن مسؤول أميركي أن إسرائيل شنت").
    for (bool after_only : {true, false}) {
      for (const Slot& a : actors) {
        if (second) break;
        if (after_only && a.mention->tok_begin < trig->tok_end) continue;
        if (a.mention->tok_end <= trig->tok_begin && ActorOfOtherAct(s, trig, a.mention)) continue;
        if (&a != first && (!first || a.mention->ref != first->mention->ref) && a.role != Role::kAgent) second = &a;
      }
    }
    if (first) set1(first);
    if (second && (!first || second->mention->ref != first->mention->ref)) set2(second);
    // "غارات استهدفت تجمعا لعناصر من ميليشيات الحوثي، مما أسفر عن مقتل 30 مسلحا": unidentified fighters
    // counted as the side hit are the one named non-state armed side of the sentence that did not act.
    if (c.actor2 >= 0 && lex_.actor(c.actor2).generic() && lex_.actor(c.actor2).inter == kUnidentifiedInter) {
      const Slot* named = nullptr;
      int count = 0;
      for (const Slot& a : actors) {
        const Actor& x = lex_.actor(a.mention->ref);
        // (Not the acting side, nor another force of its country: "الشرطة الإيرانية" and "حرس الحدود".)
        // (Non-state fighters are a non-state side: a state's force named beside them is another party.)
        if (x.generic() || !NonStateArmed(x.inter) ||
            (c.actor1 >= 0 && (lex_.SameActor(a.mention->ref) == lex_.SameActor(c.actor1) ||
                               (!x.home.empty() && x.home == lex_.actor(c.actor1).home)))) {
          continue;
        }
        if (!named || lex_.SameActor(named->mention->ref) != lex_.SameActor(a.mention->ref)) ++count;
        named = &a;
      }
      if (count == 1) set2(named);
    }
  }

  // "ارتفعت حصيلة الشهداء منذ بداية العدوان إلى 21507": a running total over a period is not the
  // toll of the event the sentence reports.
  bool CumulativeToll(uint32_t unit) const {
    const Unit& u = units_[unit];
    // ("ارتفعت حصيلة الشهداء في القصف على مخيم جباليا منذ فجر اليوم إلى 20": a total since this morning, at
    // one place, is the act's toll for the day, not a running one; "منذ صباح اليوم" over "مناطق مختلفة"
    // is a day's tally of many acts.) The unit's words are read only for a period since today.
    auto many_places = [&] {
      for (uint32_t k = u.first_token; k < u.end_token; ++k) {
        if (TokenIs(k, {"مناطق", "انحاء", "مختلف", "مختلفه", "متفرقه", "عموم"})) return true;
      }
      return false;
    };
    for (const Mention* t : sentences_[unit].times) {
      if (!(t->aux & time::kTimeSince)) continue;
      // ("الغوطة الشرقية، المحاصرة منذ عام 2013، ما أسفر عن سقوط 14 قتيلا", "قطاع غزة المحاصر منذ 2007":
      // how long a place has been besieged dates the place, not the toll.)
      if (t->tok_begin > 0 && TokenIs(t->tok_begin - 1, {"المحاصره", "المحاصر", "محاصره", "محاصر", "والمحاصره",
                                                         "والمحاصر"})) {
        continue;
      }
      bool today = false;
      for (uint32_t k = t->tok_begin; k < t->tok_end; ++k) today = today || TokenIs(k, {"اليوم"});
      if (!today || many_places()) return true;
    }
    for (uint32_t t = u.first_token; t + 1 < u.end_token; ++t) {
      if (TallySinceAt(t)) return true;
      // "خلال 24 ساعة", "خلال الساعات الـ24 الماضية": a day's toll over many events.
      // "خلال الساعات القليلة الماضية" is the last few hours of one attack's toll, not a day's tally.
      if (TokenIs(t, {"خلال"})) {
        bool hours = false, few = false;
        for (uint32_t k = t + 1; k < u.end_token && k <= t + 3; ++k) {
          hours = hours || TokenIs(k, {"ساعه", "ساعات", "الساعات"});
          few = few || TokenIs(k, {"القليله", "قليله"});
        }
        if (hours && !few) return true;
      }
    }
    return false;
  }

  // "استشهد 30 في غارة على جباليا، ليرتفع عدد الشهداء إلى 8000": a toll after "ليرتفع/ليصل"
  // ("bringing the number to") that is several times a figure the same sentence gave the act before
  // it is the running total the act adds to, not the act's own toll. An update of the act's own toll
  // ("ارتفعت حصيلة القصف لتصل إلى 80", "قتل القائد و4 من مرافقيه ليصل عدد القتلى إلى 6") stays.
  bool BringsTotalTo(uint32_t unit, const Mention& cue, int64_t total) const {
    constexpr uint32_t kMaxBefore = 4;  // "ليرتفع بذلك عدد الشهداء", "لتصل حصيلة الضحايا"
    constexpr int64_t kRunningTotalFactor = 3;
    const uint32_t first = units_[unit].first_token;
    uint32_t verb = 0;
    bool found = false;
    for (uint32_t k = 1; k <= kMaxBefore && cue.tok_begin >= first + k; ++k) {
      if (TokenIs(cue.tok_begin - k, {"ليرتفع", "لترتفع", "ليصل", "لتصل", "ليبلغ", "لتبلغ"})) {
        verb = cue.tok_begin - k;
        found = true;
        break;
      }
    }
    if (!found) return false;
    const SentenceIndex& s = sentences_[unit];
    return std::any_of(s.numbers.begin(), s.numbers.end(), [&](const Mention* n) {
      return n->tok_end <= verb && n->tok_begin >= first && n->value > 0 && n->value * kRunningTotalFactor <= total;
    });
  }

  // "ارتفاع حصيلة العدوان إلى 32142 شهيدا", "عدد الشهداء يرتفع إلى 7326 شهيدا", "أكثر من ثمانية آلاف
  // شهيد نصفهم من الأطفال": a war's running total, reported day after day, is no act's toll; taken as one
  // it outweighs every real toll it merges with (two reports of Gaza's total confirmed each other in the
  // store as one event's 32,142 dead). A figure of a thousand or more is a total; one of 500 or more when
  // the sentence gives it as "the toll" or "the number of martyrs" with no act right after those words, or
  // names no act at all. The update of one act's toll names the act ("حصيلة القصف على جباليا", "عدد
  // الشهداء في مجزرة النصيرات").
  bool WarTotal(uint32_t unit, int64_t value) const {
    constexpr int64_t kWarTotal = 500;  // larger than nearly every single incident ACLED records
    constexpr int64_t kTally = 1000;    // no report of one incident gives a toll this large (dev gold: 187)
    if (value < kWarTotal) return false;
    if (value >= kTally) return true;
    const SentenceIndex& s = sentences_[unit];
    const Unit& u = units_[unit];
    auto act_at = [&](uint32_t t) {
      return std::any_of(s.triggers.begin(), s.triggers.end(), [&](const Mention* m) { return m->tok_begin == t; }) ||
             std::any_of(s.places.begin(), s.places.end(), [&](const Mention* m) { return m->tok_begin == t; });
    };
    for (uint32_t t = u.first_token; t < u.end_token; ++t) {
      const std::string_view w = Tok(t);
      uint32_t after = 0;
      if (w.ends_with("حصيله")) {
        after = t + 1;
      } else if (w.ends_with("عدد") && t + 1 < u.end_token &&
                 TokenIs(t + 1, {"الشهداء", "شهداء", "القتلي", "قتلي", "الضحايا", "ضحايا"})) {
        after = t + 2;
      } else {
        continue;
      }
      // "حصيلة الشهداء في قصف ...": a death noun, then in/of, may come between the toll and its act.
      constexpr uint32_t kActReach = 3;
      bool act = false;
      for (uint32_t k = after; k < u.end_token && k < after + kActReach && !act; ++k) {
        if (TokenIs(k, {"العدوان", "الحرب", "الابادة"})) break;  // the war itself
        act = act_at(k);
      }
      if (!act) return true;
    }
    return std::none_of(s.triggers.begin(), s.triggers.end(), [&](const Mention* m) {
      return lex_.trigger(m->ref).weight >= kMinWeakTriggerWeight;
    });
  }

  // "اقرأ أيضا: مقتل 4 جنود إسرائيليين في حادث دهس في القدس": a link to another article, left in the
  // text by the page's scraper, tells that article's event, not this one's.
  bool LinkLine(uint32_t unit) const {
    const uint32_t t = doc_.sentences[units_[unit].sentence].first_token;
    return (TokenIs(t, {"اقرا", "واقرا", "طالع", "شاهد"}) && TokenIs(t + 1, {"ايضا", "المزيد"})) ||
           TeaserAfterLabel(units_[unit].sentence);
  }

  // "اقرأ أيضا" on a line of its own, then the titles of other articles, a line each ("مقتل 12 عنصرا من
  // قوات النظام بكمين لتنظيم الدولة"), until the text goes on: sentence `si` is one of those titles. A
  // title is a paragraph of one short sentence that ends without a full stop.
  bool TeaserAfterLabel(uint32_t si) const {
    constexpr uint32_t kMaxTeasers = 6, kMaxTitleTokens = 25, kMaxLabelTokens = 4;
    auto title_like = [&](uint32_t k) {
      const Sentence& x = doc_.sentences[k];
      const bool alone = (k == 0 || doc_.sentences[k - 1].paragraph != x.paragraph) &&
                         (k + 1 == doc_.sentences.size() || doc_.sentences[k + 1].paragraph != x.paragraph);
      return alone && x.end_token > x.first_token && x.end_token - x.first_token <= kMaxTitleTokens &&
             !TokenIs(x.end_token - 1, {".", "!"});
    };
    auto label = [&](uint32_t k) {
      const Sentence& x = doc_.sentences[k];
      const uint32_t t = x.first_token;
      return x.end_token - t <= kMaxLabelTokens &&
             ((TokenIs(t, {"اقرا", "واقرا", "طالع", "شاهد"}) && TokenIs(t + 1, {"ايضا", "المزيد", "كذلك"})) ||
              (TokenIs(t, {"مواضيع", "اخبار", "مقالات"}) && TokenIs(t + 1, {"ذات"})) ||
              (TokenIs(t, {"ذات"}) && TokenIs(t + 1, {"صله"})) || (TokenIs(t, {"للمزيد"}) && x.end_token - t <= 2));
    };
    if (si == 0 || doc_.sentences[si].paragraph == 0) return false;  // (the headline)
    for (uint32_t k = si, n = 0; k > 0 && n < kMaxTeasers && title_like(k); --k, ++n) {
      if (label(k - 1)) return true;
    }
    return false;
  }

  // "ما الأهمية الاستراتيجية للسيطرة على باخموت؟", "هل تشن إسرائيل هجوما بريا؟": a question reports
  // nothing. A report that ends in a question of its own after a comma ("صدمت سيارة المارة مخلفة 10
  // قتلى، فما هي المعلومات عن المتهم؟") still reports.
  bool Question(uint32_t unit) const {
    const Unit& u = units_[unit];
    bool asks = false;
    for (uint32_t t = u.end_token; t > u.first_token;) {
      --t;
      std::string_view w = Tok(t);
      if (w == "\"" || w == "\xC2\xBB" || w == ")") continue;  // a closing quote or bracket after the mark
      asks = w == "\xD8\x9F" || w == "?";  // ؟
      break;
    }
    if (!asks) return false;
    for (uint32_t t = u.first_token; t < u.end_token; ++t) {
      if (TokenIs(t, {",", "\xD8\x8C"})) return false;  // ، : the question is the last clause only
    }
    return true;
  }

  // "خلال شهرين من المعارك", "خلال الأشهر الماضية": a sentence that sums up weeks or months of a
  // campaign reports no single event.
  bool PeriodSummary(uint32_t unit) const {
    for (uint32_t t = units_[unit].first_token; t < units_[unit].end_token; ++t) {
      if (!TokenIs(t, {"خلال", "طيله", "طوال"})) continue;
      for (uint32_t k = t + 1; k < units_[unit].end_token && k <= t + 3; ++k) {
        // "خلال الحملات الأمنية المكثفة": campaigns, in the plural, are a period too.
        if (TokenIs(k, {"شهر", "شهرين", "اشهر", "الاشهر", "اسابيع", "الاسابيع", "اسبوعين", "سنوات", "السنوات",
                        "عام", "العام", "سنه", "السنه", "الحملات", "حملات"})) {
          return true;
        }
      }
    }
    return false;
  }

  void WarnImplausibleFigures() {
    for (const Mention& m : doc_.mentions) {
      if (m.kind != MentionKind::kNumber || m.value <= kMaxCredibleCasualties) continue;
      // Only figures that stand where a toll would (near a killed/injured word); sums of money are not.
      bool near_cue = std::any_of(doc_.mentions.begin(), doc_.mentions.end(), [&](const Mention& c) {
        if (!IsCue(&c, Cue::kKilled) && !IsCue(&c, Cue::kInjured)) return false;
        uint32_t gap = c.tok_begin >= m.tok_end ? c.tok_begin - m.tok_end
                       : m.tok_begin >= c.tok_end ? m.tok_begin - c.tok_end : 0;
        return gap <= 4;
      });
      if (!near_cue) continue;
      doc_.warnings.push_back("implausible figure " + std::to_string(m.value) + " at byte " +
                              std::to_string(doc_.norm.OriginalSpan(m.begin, m.end).begin) +
                              " not read as a casualty count");
    }
  }

  // "القضاء على الإرهاب", "قضت على التهميش": the verb of eliminating is a cue of the dead only when what
  // it eliminates is people: a number ("القضاء على 10 عناصر"), "عدد", or fighters named as such (Index
  // leaves the others out of the sentence's cues).
  bool EliminatedNoOne(const Mention& cue) const {
    if (cue.tok_end != cue.tok_begin + 2 || !TokenIs(cue.tok_begin + 1, {"علي"})) return false;
    const std::string_view verb = Tok(cue.tok_begin);
    if (verb.find("\xD9\x82\xD8\xB6") == std::string_view::npos) return false;  // قض (القضاء, قضت, قضى)
    return !PeopleEliminatedAt(cue.tok_end);
  }

  // Whether what a verb of eliminating eliminates, from token `t` on, is people (EliminatedNoOne).
  bool PeopleEliminatedAt(uint32_t t) const {
    if (t >= doc_.tokens.size()) return false;
    if (doc_.tokens[t].kind == TokenKind::kNumber) return true;
    // ("القضاء على إرهابي خطير", "القضاء على مسلحين اثنين": one victim or two, named by the noun; not "آخر" or
    // "أحد" alone, which count the noun after them: "القضاء على آخر جيب للتنظيم".)
    if ((SingularVictim(Tok(t)) && !TokenIs(t, {"اخر", "اخري", "احد", "احدي"})) || DualVictims(Tok(t))) return true;
    return TokenIs(t, {"عدد", "العديد", "عشرات", "العشرات", "عناصر", "العناصر", "عنصر", "افراد", "مسلحين", "المسلحين",
                       "ارهابيين", "الارهابيين", "ارهابيا", "تكفيريين", "التكفيريين", "مقاتلين", "المقاتلين", "خليه",
                       "اربعه", "ثلاثه", "خمسه", "سته", "سبعه", "ثمانيه", "تسعه", "عشره", "اثنين"});
  }

  // Whether an armed or civilian side's name, introduced by من right after a figure or its noun, runs up to
  // a plural verb of dying or wounding: "خمسة عناصر من قوات النظام قتلوا", "ثلاثة من مقاتلي الحوثي لقوا".
  bool SideOfFigureBeforeVerb(const SentenceIndex& s, const Mention& n, const Mention& cue) const {
    if (n.tok_end >= cue.tok_begin || !TokenIs(cue.tok_begin, {"قتلوا", "وقتلوا", "استشهدوا", "لقوا", "اصيبوا", "جرحوا"})) {
      return false;
    }
    // (The side's mention may take the noun and من in: "عناصر من قوات النظام".)
    constexpr uint32_t kNounAndMin = 2;  // "عناصر من", or "من" alone
    return std::any_of(s.actors.begin(), s.actors.end(), [&](const Mention* a) {
      if (a->tok_end != cue.tok_begin || a->tok_begin < n.tok_end || a->tok_begin - n.tok_end > kNounAndMin) return false;
      for (uint32_t t = n.tok_end; t < a->tok_end && t <= n.tok_end + kNounAndMin; ++t) {
        if (TokenIs(t, {"من"})) return true;
      }
      return false;
    });
  }

  // Casualty figures in a sentence: a number next to a killed/injured cue, or an unnumbered plural of
  // the dead (GUIDELINES: 3). The victims' side is the actor right after "من عناصر/في صفوف".
  // "أرملة أحد قادة داعش، الذي قتل منذ عامين", "الذي قتل في 2016": a death dated right after its word
  // to more than a month back is another act's, told about someone the sentence names.
  bool DatedLongAgo(const SentenceIndex& s, const Mention& cue) const {
    return std::any_of(s.times.begin(), s.times.end(), [&](const Mention* t) {
      return (t->aux & time::kTimeHistoric) &&
             (t->tok_begin == cue.tok_end || (t->tok_begin == cue.tok_end + 1 && TokenIs(cue.tok_end, {"في", "عام"})));
    });
  }

  std::vector<Casualty> Casualties(uint32_t unit) const {
    const SentenceIndex& s = sentences_[unit];
    const bool cumulative = CumulativeToll(unit);
    // Numbers go to the nearest killed/injured cue, closest pairs first, so that in "ثلاثة عناصر
    // قتلوا وجرح 10 آخرون" the 10 goes to جرح and the three to قتلوا. A number after its cue ("مقتل 38")
    // is preferred to one before it ("38 قتيلا") at the same distance.
    struct Pair {
      uint32_t dist;
      size_t cue, number;
    };
    std::vector<const Mention*> cues;
    for (const Mention* cue : s.cues) {
      if ((IsCue(cue, Cue::kKilled) || IsCue(cue, Cue::kInjured)) && !Negated(*cue) && !DatedLongAgo(s, *cue)) {
        cues.push_back(cue);
      }
    }
    std::vector<Pair> pairs;
    for (size_t ci = 0; ci < cues.size(); ++ci) {
      for (size_t ni = 0; ni < s.numbers.size(); ++ni) {
        const Mention* cue = cues[ci];
        const Mention* n = s.numbers[ni];
        if (n->value > kMaxCredibleCasualties) continue;
        // "كريات أربع", "الكيلو 16": a number inside a place name counts nobody.
        if (std::any_of(s.places.begin(), s.places.end(), [&](const Mention* p) {
              return p->tok_begin <= n->tok_begin && n->tok_end <= p->tok_end;
            })) {
          continue;
        }
        // "50 فلسطينيا بين شهيد وجريح": a figure of dead and wounded together counts neither.
        if (MixedToll(s, *cue, *n)) continue;
        // "بلغ عددها 881 مجزرة أسفرت عن استشهاد", "أطلق 20 صاروخا أدت إلى مقتل": a figure that counts acts
        // or things counts no people.
        if (TokenIs(n->tok_end, {"مجزره", "مجازر", "غاره", "غارات", "صاروخ", "صاروخا", "صواريخ", "قذيفه", "قذايف",
                                 "هجوم", "هجوما", "هجمات", "عمليه", "عمليات", "منزل", "منزلا", "منازل", "مبني",
                                 "مباني", "طايره", "طايرات", "مسيره", "مسيرات", "يوما", "يوم", "ايام", "ساعه",
                                 "ساعات", "كيلومتر", "كيلومترا", "كم", "متر", "مترا", "عاما", "سنه", "سنوات"})) {
          continue;
        }
        // "لقي 17 مدنيا، بينهم 5 أطفال، حتفهم", "13 مدنيا بينهم 4 أطفال لقوا مصرعهم": a figure of some of
        // the victims ("بينهم", "منهم") is part of the toll; the figure it is part of, just before, is the
        // toll, and it is as near the cue as the part.
        if (n->tok_begin > 0 && TokenIs(n->tok_begin - 1, {"بينهم", "بينهن", "بينهما", "منهم", "منهن"})) {
          const uint32_t dist = n->tok_begin >= cue->tok_end   ? n->tok_begin - cue->tok_end
                                : cue->tok_begin >= n->tok_end ? (cue->tok_begin - n->tok_end) + 1
                                                               : 0;
          // ("12 مدنيا على الأقل من عائلة واحدة بينهم 4 أطفال")
          constexpr uint32_t kHeadReach = 6;
          const uint32_t among = TokenIs(n->tok_begin - 1, {"بينهم"}) && n->tok_begin >= 2 &&
                                         TokenIs(n->tok_begin - 2, {"من"})
                                     ? n->tok_begin - 2
                                     : n->tok_begin - 1;
          bool headed = false;
          for (size_t mi = 0; mi < s.numbers.size() && dist <= 4; ++mi) {
            const Mention* head = s.numbers[mi];
            if (head->tok_end <= among && among - head->tok_end <= kHeadReach && head->value > n->value) {
              pairs.push_back({dist, ci, mi});
              headed = true;
            }
          }
          // ("عدد من الشهداء، بينهم 4 أطفال": with no larger figure, the part is the least the toll was.)
          if (headed) continue;
        }
        // "5 شهداء وعدد من الجرحى", "قتل 5 و3 جرحى": a figure joined by و after a cue opens the next conjunct
        // (Also with the و a token of its own when the figure's noun is the other cue: "سقوط قتيلين و15
        // جريحا"; "قتل كاهنان و16 مصليا" counts more of the same dead.)
        if (n->tok_begin >= cue->tok_end &&
            (WawOn(*n) || (n->tok_begin > cue->tok_end && FigureJoinedAt(*n, n->tok_begin - 1) &&
                                 std::any_of(cues.begin(), cues.end(), [&](const Mention* other) {
                                   return other != cue && other->tok_begin == n->tok_end;
                                 })))) {
          continue;
        }
        uint32_t dist = n->tok_begin >= cue->tok_end   ? n->tok_begin - cue->tok_end
                        : cue->tok_begin >= n->tok_end ? (cue->tok_begin - n->tok_end) + 1
                                                       : 0;
        // "وقتلت قوات الجيش، الثلاثاء، العشرات من مسلحيها": the day set off between commas is no word of
        // the clause's own.
        if (n->tok_begin >= cue->tok_end) dist -= AsideTokens(s, cue->tok_end, n->tok_begin);
        // "إن خمسة عناصر من قوات النظام قتلوا": the figure, its noun and the side they are of, then the verb
        // of dying, however many words the side's name takes.
        if (dist > 4 && SideOfFigureBeforeVerb(s, *n, *cue)) dist = 2;
        if (dist > 4 && n->tok_begin >= cue->tok_end && KillerNamedBetween(s, *cue, *n)) dist = 2;
        if (dist <= 4) pairs.push_back({dist, ci, ni});
      }
    }
    std::stable_sort(pairs.begin(), pairs.end(), [](const Pair& a, const Pair& b) { return a.dist < b.dist; });
    std::vector<int> number_of_cue(cues.size(), -1);
    std::vector<bool> number_used(s.numbers.size(), false);
    for (const Pair& p : pairs) {
      if (number_of_cue[p.cue] >= 0 || number_used[p.number]) continue;
      number_of_cue[p.cue] = static_cast<int>(p.number);
      number_used[p.number] = true;
    }
    std::vector<Casualty> out;
    for (size_t ci = 0; ci < cues.size(); ++ci) {
      const Mention* cue = cues[ci];
      Casualty cas;
      cas.killed = IsCue(cue, Cue::kKilled);
      cas.cumulative = cumulative;
      cas.cue = cue;
      if (number_of_cue[ci] >= 0) {
        const Mention* number = s.numbers[static_cast<size_t>(number_of_cue[ci])];
        cas.value = number->value;
        cas.vague = (number->aux & kNumberVague) != 0;
        // A figure of the dead and the wounded together: the dead an unnumbered plural, the wounded unknown.
        if (SharedFigure(s, *cue, *number)) {
          if (!cas.killed) continue;
          if (cas.value > 3) cas.vague = true;
          cas.value = std::min<int64_t>(cas.value, 3);
        }
        cas.span = {number->begin, number->end};
        // "مقتل ضابط و10 جنود": one victim named before the figure joined to it by و.
        if (SingularVictim(Tok(cue->tok_end)) && FigureJoinedAt(*number, cue->tok_end + 1)) cas.value += 1;
        if (cas.killed && BringsTotalTo(unit, *cue, cas.value)) cas.cumulative = true;
        if (WarTotal(unit, cas.value)) cas.cumulative = true;
        // The victims: "مقتل 38 من عناصر التنظيم" (after both), or "ثلاثة عناصر من قسد قتلوا" (between).
        uint32_t from = std::max(cue->tok_end, number->tok_end);
        for (const Mention* a : s.actors) {
          // "القتلى والجرحى في قصف إسرائيلي": a nationality that qualifies an act names no victims.
          if (QualifiesAct(s, a)) continue;
          // "وعدد من الجرحى بعد استهداف طائرات الاحتلال": an actor after the act that caused the toll is its
          // author, not the victims.
          const bool act_between = std::any_of(s.triggers.begin(), s.triggers.end(), [&](const Mention* t) {
            return t->tok_begin >= from && t->tok_end <= a->tok_begin && !HeldWeapon(t);  // "خبراء متفجرات"
          });
          bool after = a->tok_begin >= from && a->tok_begin - from <= 4 && !act_between;
          bool between = number->tok_end <= a->tok_begin && a->tok_end <= cue->tok_begin;
          // "القضاء على إرهابيين اثنين", "مقتل جنديين اثنين": the noun, then the figure that counts it. (Only
          // one and two follow their noun; "قتلت القوات الإسرائيلية 61 فلسطينيا" names the killer first.)
          bool counted_noun = cue->tok_end <= a->tok_begin && a->tok_end == number->tok_begin && number->value <= 2 &&
                              TokenIs(number->tok_begin, {"اثنان", "اثنين", "اثنتان", "اثنتين", "واحد", "واحدا"});
          if (after || between || counted_noun) {
            // "96 مسلحا من ميليشيات الحوثي": a generic noun of fighters is the named side it belongs to.
            if (const Mention* named = NamedSideOf(s, a)) a = named;
            cas.side = a->ref;
            cas.side_mention = a;
            break;
          }
        }
        // "مقتل 22 من عناصره", "في صفوفها": the pronoun stands for the armed side named last before it.
        if (cas.side < 0) {
          for (const Mention* k : s.cues) {
            if (!IsCue(k, Cue::kSelfSide) || k->tok_begin < from || k->tok_begin - from > 1) continue;
            if (!OwnMenWithPronoun(*k)) continue;
            // ("الجيش تمكن من صد الهجوم وأوقع تسعة قتلى من عناصرها": the side that acts inflicts the toll.)
            for (auto it = s.actors.rbegin(); it != s.actors.rend(); ++it) {
              if ((*it)->tok_end > k->tok_begin || !Armed(Inter((*it)->ref))) continue;
              const uint32_t after = (*it)->tok_end;
              const bool acts = TokenIs(after, {"تمكن", "تمكنت", "اوقع", "اوقعت", "كبد", "كبدت"}) ||
                                std::any_of(s.triggers.begin(), s.triggers.end(), [&](const Mention* t) {
                                  return t->tok_begin == after && lex_.trigger(t->ref).form == TriggerForm::kVerbActive;
                                });
              if (!acts) cas.side = (*it)->ref;
              break;
            }
            break;
          }
        }
      } else {
        // "أصيب مواطن برصاص حرس الحدود", "أصيب جنديان": wounded named by a singular or a dual noun are a
        // toll too, of the side that noun names ("إصابة امرأة وطفلين" with those joined to it); unnumbered
        // wounded in the plural are left uncounted.
        if (!cas.killed) {
          const std::string_view victims = Tok(cue->tok_end);
          cas.value = SingularVictim(victims) ? OneAndJoined(cue->tok_end)
                      : DualVictims(victims)  ? 2
                                              : PronounToll(*cue).value_or(0);
          if (cas.value == 0) continue;
          cas.by_noun = true;
        } else {
          // "مسجد الشهداء", "مستشفى شهداء الأقصى", "كتائب شهداء الأقصى", "نصب الشهداء": the dead in a name
          // are no toll.
          // (Keys are normalized: "كتائب" is written "كتايب".) "كتائب الشهيد عز الدين القسام", "قوات الشهيد عمر
          // القاسم", "مجموعة الشهيد محمد صلاح": a unit named after a martyr.
          if (cue->tok_begin > 0 && TokenIs(cue->tok_begin - 1, {"مسجد", "جامع", "مستشفي", "مقبره", "شارع", "دوار", "ميدان",
                                                                 "نصب", "النصب", "نصبا", "تمثال", "ضريح", "ساحه",
                                                                 "مدرسه", "مجمع", "كتايب", "كتيبه", "لواء",
                                                                 "سرايا", "قوات", "مجموعه", "ذكري", "عايلات", "اسر",
                                                                 "ذوي", "جثامين", "جثمان"})) {
            continue;
          }
          // "نجا من محاولة اغتيال", "محاولة قتل": an attempt killed no one.
          if (cue->tok_begin > 0 && TokenIs(cue->tok_begin - 1, {"محاوله", "لمحاوله", "بمحاوله", "محاولات", "لمحاولات"})) {
            continue;
          }
          cas.value = DeadWithoutNumber(*cue);
          // "استشهد وجرح العديد": a count shared with the wounded leaves the dead unnumbered, a plural.
          if (const Mention* other = JointCue(s, *cue); other && other->tok_begin > cue->tok_begin &&
              (TokenIs(other->tok_end, {"العديد", "عديد", "العشرات"}) ||  // vague words the numbers stage leaves
               std::any_of(s.numbers.begin(), s.numbers.end(), [&](const Mention* n) {
                 return n->tok_begin == other->tok_end && n->value >= 3 && SharedFigure(s, *cue, *n);
               }))) {
            if (!CountedBefore(s, cue->tok_begin)) cas.value = kUnnumberedPlural;
          }
          if (cas.value == 0) continue;
          // 1 and 2 are read from the words ("مقتل جندي", "جنديين"); 3 is the unnumbered plural's convention.
          cas.vague = cas.value == kUnnumberedPlural;
          cas.by_noun = true;
        }
        cas.span = {cue->begin, cue->end};
        // "مقتل جنديين إسرائيليين", "استشهاد شاب فلسطيني": the victims named right after the cue; "مسلحي
        // الحوثي قتلوا في مواجهات": or right before a plural verb of dying, as its subject.
        // ("مسلحين مجهولين قتلوا شخصا واحدا": "قتلوا" with its victims right after it is "they killed", and its
        // subject the killers.)
        const uint32_t object = PastTime(s, cue->tok_end);
        const bool killed_object =
            TokenIs(cue->tok_begin, {"قتلوا", "وقتلوا"}) &&
            (std::any_of(s.actors.begin(), s.actors.end(), [&](const Mention* v) { return v->tok_begin == object; }) ||
             std::any_of(s.numbers.begin(), s.numbers.end(), [&](const Mention* n) { return n->tok_begin == object; }));
        const bool plural_verb =
            !killed_object && TokenIs(cue->tok_begin, {"قتلوا", "وقتلوا", "استشهدوا", "لقوا", "اصيبوا", "جرحوا"});
        // "اغتال مسلحون مجهولون ناشطا": after a verb of killing whose subject comes first, the victims are
        // the first side named that is not armed.
        const bool killer_verb = KillerVerb(*cue);
        for (const Mention* a : s.actors) {
          if (killer_verb) {
            if (a->tok_begin < cue->tok_end || a->tok_begin > cue->tok_end + kKillerVerbReach) continue;
            if (Armed(Inter(a->ref))) continue;
          } else if (a->tok_begin != cue->tok_end && !(plural_verb && a->tok_end == cue->tok_begin) &&
                     !MemberOfSide(*cue, *a)) {
            continue;
          }
          // "وقتل ضابط في الجيش اليمني": a generic member of the side it is said to be of is that side (and
          // both mentions name the victims, see RoleOf).
          const Mention* named = MemberOf(s, a);
          cas.side = named ? named->ref : a->ref;
          cas.side_mention = a;
          break;
        }
      }
      out.push_back(cas);
    }
    // "أسفرت عن مقتل 20 حوثيا و6 من الجيش": a figure joined by و to the dead of one side, with another
    // side's name after it, counts that side's dead (GUIDELINES: all sides together).
    for (size_t ci = 0; ci < cues.size(); ++ci) {
      if (!IsCue(cues[ci], Cue::kKilled) || number_of_cue[ci] < 0) continue;
      const Mention* first = s.numbers[static_cast<size_t>(number_of_cue[ci])];
      const auto counted = std::find_if(out.begin(), out.end(), [&](const Casualty& k) { return k.cue == cues[ci]; });
      if (counted == out.end() || counted->side < 0 || first->tok_begin < cues[ci]->tok_end) continue;
      for (size_t ni = 0; ni < s.numbers.size(); ++ni) {
        const Mention* n = s.numbers[ni];
        if (number_used[ni] || n->tok_begin <= first->tok_end || n->tok_begin - first->tok_end > 3) continue;
        const bool joined = FigureJoinedAt(*n, n->tok_begin) || FigureJoinedAt(*n, n->tok_begin - 1);
        const bool only_victims_between = std::none_of(s.cues.begin(), s.cues.end(), [&](const Mention* k) {
          return k->tok_begin >= first->tok_end && k->tok_end <= n->tok_begin &&
                 (IsCue(k, Cue::kKilled) || IsCue(k, Cue::kInjured) || IsCue(k, Cue::kReport));
        }) && std::none_of(s.triggers.begin(), s.triggers.end(), [&](const Mention* t) {
          return t->tok_begin >= first->tok_end && t->tok_end <= n->tok_begin;
        });
        if (!joined || !only_victims_between) break;
        // The side: right after the figure, or after "من" ("و6 من الجيش", "و6 جنود").
        const Mention* side = nullptr;
        for (const Mention* a : s.actors) {
          if (a->tok_begin == n->tok_end || (a->tok_begin == n->tok_end + 1 && TokenIs(n->tok_end, {"من"}))) side = a;
        }
        // ("مقتل 13 جنديا أمريكيا و170 أفغانيا": people named by their country's nisba, civilians unless a
        // side is named.)
        const int32_t side_ref = side                                ? side->ref
                                 : n->tok_end < doc_.tokens.size() && unit_of_token_[n->tok_end] == unit_of_token_[n->tok_begin] &&
                                           PeopleNisba(Tok(n->tok_end))
                                     ? lex_.FindActor("Civilians ({country})")
                                     : -1;
        if (side_ref < 0 || lex_.SameActor(side_ref) == lex_.SameActor(counted->side)) break;
        Casualty more = *counted;
        more.value = n->value;
        more.vague = (n->aux & kNumberVague) != 0;
        more.span = {n->begin, n->end};
        // (Only the side is kept: the first figure's victims decide the roles, and in a battle the other
        // side's dead are the other party, not a victim of it.)
        more.side = side_ref, more.side_mention = nullptr;
        number_used[ni] = true;
        out.push_back(more);
        break;
      }
    }
    // "عدد الشهداء يرتفع إلى 7326 شهيدا": the unnumbered noun of the phrase that gives a war's total
    // names the same total, not a toll of three.
    constexpr uint32_t kTotalPhrase = 6;  // tokens between the total and a noun of its phrase
    for (const Casualty& total : out) {
      if (!total.cumulative || total.span.begin == total.cue->begin) continue;
      for (Casualty& k : out) {
        const bool near = k.cue->tok_end + kTotalPhrase >= total.cue->tok_begin &&
                          k.cue->tok_begin <= total.cue->tok_end + kTotalPhrase;
        if (k.killed == total.killed && k.span.begin == k.cue->begin && near) k.cumulative = true;
      }
    }
    // "قتل خمسة عناصر من الهيئة وجرح ثمانية آخرون": a figure without its own side is the side the
    // sentence names for the other figure.
    auto named = std::find_if(out.begin(), out.end(), [](const Casualty& k) { return k.side >= 0; });
    if (named != out.end()) {
      for (Casualty& k : out) {
        if (k.side < 0) k.side = named->side;
      }
    }
    return out;
  }

  // "دون وقوع إصابات", "دون تقديم تفاصيل عن سقوط ضحايا", "عدم تسجيل إصابات": casualties said not to have
  // happened, or not known, are no toll.
  bool Negated(const Mention& cue) const {
    constexpr uint32_t kReach = 5;
    for (uint32_t k = 1; k <= kReach && cue.tok_begin >= k; ++k) {
      const uint32_t t = cue.tok_begin - k;
      if (TokenIs(t, {",", "\xD8\x8C", "."})) return false;  // the clause ends
      // What is negated is the toll itself, or its occurring, recording or report (not "طائرة من دون طيار",
      // "عدم الرد على مجزرة").
      if (TokenIs(t, {"دون", "بدون", "عدم"}) &&
          (t + 1 == cue.tok_begin || TokenIs(t + 1, {"وقوع", "تسجيل", "سقوط", "حدوث", "ورود", "تقديم", "ان", "انباء"}))) {
        return true;
      }
      // "ولم ترد أنباء عن سقوط قتلى", "لم تسجل إصابات", "لا توجد معلومات عن ضحايا": a negated verb of
      // occurring or reporting, with only its own words between it and the toll.
      if (TokenIs(t, {"لم", "ولم", "لا", "ولا"})) {
        bool bridge = true;
        for (uint32_t b = t + 1; b < cue.tok_begin && bridge; ++b) {
          bridge = TokenIs(b, {"ترد", "يرد", "تفد", "يفد", "تسجل", "يسجل", "تقع", "يقع", "تسقط", "يسقط", "توجد",
                               "يوجد", "تتوفر", "يتوفر", "انباء", "تقارير", "معلومات", "عن", "اي", "بعد"});
        }
        if (bridge) return true;
      }
    }
    return false;
  }

  // "بين شهيد وجريح", "راح ضحيتها 50 فلسطينيا بين شهيد وجريح": the figure counts dead and wounded
  // together, so it is the toll of neither.
  bool MixedToll(const SentenceIndex& s, const Mention& cue, const Mention& number) const {
    constexpr uint32_t kWindow = 2;
    for (uint32_t k = 1; k <= kWindow && cue.tok_begin >= k; ++k) {
      if (TokenIs(cue.tok_begin - k, {"بين"})) return true;
    }
    const uint32_t end = std::max(cue.tok_end, number.tok_end);
    for (uint32_t t = end; t < end + kWindow; ++t) {
      if (!TokenIs(t, {"بين"})) continue;
      return std::any_of(s.cues.begin(), s.cues.end(), [&](const Mention* k) {
        return (IsCue(k, Cue::kKilled) || IsCue(k, Cue::kInjured)) && k->tok_begin > t && k->tok_begin <= t + 3;
      });
    }
    return false;
  }

  // "عشرات الشهداء والجرحى", "خمسين قتيلا وجريحا", "قتل وجرح عشرات المدنيين": a figure right before the
  // pair of a killed and an injured word, or a vague one right after it, counts the dead and the wounded
  // together. (A precise figure after verbs mostly counts the second: "قتل طفل وأصيب 4 مدنيين".)
  bool SharedFigure(const SentenceIndex& s, const Mention& cue, const Mention& number) const {
    const Mention* other = JointCue(s, cue);
    if (!other) return false;
    const uint32_t begin = std::min(cue.tok_begin, other->tok_begin), end = std::max(cue.tok_end, other->tok_end);
    // "6 شهداء وجرح نحو 23 آخرين": the second word has its own figure, so the first figure is the dead's.
    const bool second_counted = std::any_of(s.numbers.begin(), s.numbers.end(),
                                            [&](const Mention* n) { return n->tok_begin == end; });
    if (number.tok_end == begin || (number.tok_end + 1 == begin && TokenIs(number.tok_end, {"من"}))) {
      return !second_counted;
    }
    return number.tok_begin == end && (number.aux & kNumberVague) && !CountedBefore(s, begin);
  }

  // "رجلا واحدا على الأقل قتل وأصيب", "طفلا قتل وأصيب": the first verb of a pair has a subject of its
  // own before it, so the figure after the pair counts only the second.
  // (Or the first word carries its count as a pronoun: "ما أسفر عن مقتله وإصابة عدد من أفراد عائلته".)
  bool CountedBefore(const SentenceIndex& s, uint32_t tok) const {
    if (std::any_of(s.cues.begin(), s.cues.end(), [&](const Mention* k) { return k->tok_begin == tok && PronounToll(*k).value_or(0) > 0; })) {
      return true;
    }
    constexpr uint32_t kReach = 4;
    for (uint32_t k = 1; k <= kReach && tok >= k; ++k) {
      if (TokenIs(tok - k, {"واحد", "واحدا", "واحده"})) return true;  // "رجلا واحدا على الأقل قتل"
      if (k <= 2 && SingularVictim(Tok(tok - k))) return true;
    }
    return std::any_of(s.numbers.begin(), s.numbers.end(),
                       [&](const Mention* n) { return n->tok_end <= tok && tok - n->tok_end <= kReach; });
  }

  // The cue of the other kind joined to a killed/injured cue by و ("الشهداء والجرحى", "استشهد وجرح"), or null:
  // a figure next to the pair counts the dead and the wounded together.
  const Mention* JointCue(const SentenceIndex& s, const Mention& cue) const {
    auto joined = [&](const Mention* m) {
      return WawOn(*m) || TokenIs(m->tok_begin, {"وجرح"});  // (listed whole in cues.tsv)
    };
    const bool killed = IsCue(&cue, Cue::kKilled);
    for (const Mention* k : s.cues) {
      if (!(killed ? IsCue(k, Cue::kInjured) : IsCue(k, Cue::kKilled))) continue;
      if ((k->tok_begin == cue.tok_end && joined(k)) || (k->tok_end == cue.tok_begin && joined(&cue))) return k;
    }
    return nullptr;
  }

  // Whether mention `m` carries a و of its own token, cut off its text ("و10", "وثلاثة", "وقوات النظام"; not
  // "وحدات حماية الشعب", whose و is its own).
  bool WawOn(const Mention& m) const {
    return m.begin != doc_.tokens[m.tok_begin].begin && Tok(m.tok_begin).starts_with("\xD9\x88");  // و
  }
  // Whether figure `n` opens a conjunct joined by و at token `t`: "و10" at t, or a lone "و" at t before it.
  bool FigureJoinedAt(const Mention& n, uint32_t t) const {
    return (n.tok_begin == t && WawOn(n)) || (n.tok_begin == t + 1 && Tok(t) == "\xD9\x88");
  }

  // A noun of one victim: "جندي", "شابا", "الصحافي", "آخر", "أحد".
  // "مقتل امرأة وطفليها", "استشهاد شاب وطفل": the victims joined by و to the first one (a dual with a
  // pronoun counts two), or 0.
  int64_t JoinedVictims(uint32_t t) const {
    if (t >= doc_.tokens.size()) return 0;
    std::string_view w = Tok(t);
    if (!w.starts_with("\xD9\x88")) return 0;  // و
    // ("جندي سوري واحد": "one", whose first letter is و, counts the one named, not "and one" more.)
    if (w == "واحد" || w == "واحده") return 0;
    // "مقتل ضابط و10 جنود", "مقتل ضابط وثلاثة جنود": a figure joined to the first one counts them, unless
    // it counts the wounded ("قتل جندي و3 جرحى").
    const SentenceIndex& s = sentences_[unit_of_token_[t]];
    for (const Mention* n : s.numbers) {
      if (!FigureJoinedAt(*n, t) || n->value > kMaxCredibleCasualties) continue;
      const bool counts_other = std::any_of(s.cues.begin(), s.cues.end(), [&](const Mention* k) {
        return k->tok_begin == n->tok_end && (IsCue(k, Cue::kKilled) || IsCue(k, Cue::kInjured));
      });
      return counts_other ? 0 : n->value;
    }
    w.remove_prefix(2);
    if (SingularVictim(w)) return 1;
    for (std::string_view dual : {"طفليها", "طفليه", "طفليهما", "ولديها", "ولديه", "ابنيها", "ابنيه", "ابنتيها", "ابنتيه",
                                  "شقيقيه", "شقيقيها", "زوجتيه", "طفلين", "طفلان", "شابين", "شابان", "امراتين"}) {
      if (w == dual) return 2;
    }
    return 0;
  }

  // "استشهاد القيادي في سرايا القدس تيسير الجعبري و9 آخرين": after the one victim's title, side and name,
  // a figure joined by و and followed by "آخرين" counts others who died with them, and a companion joined by
  // و ("ونائبه") one more; 0 when there is none before the clause ends.
  int64_t OthersJoinedAfter(uint32_t t) const {
    constexpr uint32_t kNameReach = 8;  // "القيادي في سرايا القدس تيسير الجعبري"
    if (t >= doc_.tokens.size()) return 0;
    const uint32_t unit = unit_of_token_[t];
    const SentenceIndex& s = sentences_[unit];
    const uint32_t end = std::min(units_[unit].end_token, t + kNameReach);
    for (uint32_t k = t; k < end; ++k) {
      if (TokenIs(k, {",", "\xD8\x8C", "."})) return 0;  // the clause ends
      if (!Tok(k).starts_with("\xD9\x88")) continue;  // و
      // "قتل وزير الدفاع داود راجحة ونائبه": one companion of the victim, named by kinship or office.
      if (TokenIs(k, {"ونايبه", "ومرافقه", "وزوجته", "وابنه", "وابنته", "وشقيقه", "وشقيقته", "وسايقه", "وحارسه"})) return 1;
      for (const Mention* n : s.numbers) {
        if (FigureJoinedAt(*n, k) && n->value <= kMaxCredibleCasualties &&
            TokenIs(n->tok_end, {"اخرين", "اخرون"})) {
          return n->value;
        }
      }
    }
    return 0;
  }

  // "مقتل قيادي في حزب الله", "استشهاد عنصر من الجيش": the one dead, then the side they belong to; or the
  // side's adjective right after them ("وقتل قائد عسكري وعدد من مرافقيه").
  bool MemberOfSide(const Mention& cue, const Mention& a) const {
    const bool one = SingularVictim(Tok(cue.tok_end)) ||
                     TokenIs(cue.tok_end, {"قيادي", "قياديا", "قايد", "قايدا", "مسوول", "مسوولا", "عضو", "عضوا"});
    return one && ((a.tok_begin == cue.tok_end + 2 && TokenIs(cue.tok_end + 1, {"في", "من"})) ||
                   a.tok_begin == cue.tok_end + 1);
  }

  static bool SingularVictim(std::string_view w) {
  static constexpr std::string_view kSingular[] = {"جندي", "شخص", "مدني", "طفل", "امراه", "شاب", "عنصر",
                                                     "مقاتل", "ضابط", "مواطن", "فلسطيني", "رجل", "طفله",
                                                     "شرطي", "مسلح", "فتي", "فتاه", "سيده", "مستوطن",
                                                     // accusative: "قتلت القوات شابا", "أعلن مقتل فلسطينيا"
                                                     "جنديا", "شخصا", "مدنيا", "طفلا", "شابا", "عنصرا", "مقاتلا",
                                                     "ضابطا", "مواطنا", "فلسطينيا", "رجلا", "شرطيا", "مسلحا",
                                                     "مستوطنا",
                                                     // a named person: "استشهاد اللواء ...", "مقتل الشاب ..."
                                                     "اللواء", "العميد", "العقيد", "الرايد", "النقيب", "الملازم",
                                                     "القيادي", "الشاب", "الطفل", "الطفله", "الفتي", "الفتاه",
                                                     "المواطن", "المواطنه", "الصحفي", "الصحفيه", "الاسير",
                                                     "المسعف", "الطبيب", "الجندي", "الضابط", "الشيخ", "الحاج",
                                                     "صحفي", "صحافي", "صحافيا", "الصحافي", "الصحافيه", "صحفيه",
                                                     // "قتل آخر برصاص مجهولين", "مقتل أحد المتظاهرين"
                                                     "اخر", "اخري", "احد", "احدي", "متظاهر", "متظاهرا", "محتج",
                                                     "محتجا",
                                                     // the feminine, and the trades and states of civilians
                                                     // ("استشهدت مواطنة", "مقتل مسعف", "قتل راع")
                                                     "مواطنه", "مدنيه", "شابه", "فلسطينيه", "مسعف", "مسعفا",
                                                     "طبيب", "طبيبا", "ممرض", "ممرضا", "ممرضه", "طالب", "طالبا",
                                                     "طالبه", "مزارع", "مزارعا", "صياد", "صيادا", "راع", "راعيا",
                                                     "سايق", "سايقا", "عامل", "عاملا", "نازح", "نازحا", "نازحه",
                                                     "مسن", "مسنا", "مسنه", "رضيع", "رضيعا", "رضيعه",
                                                     // "لقي جنديان مصرعهما وأصيب ثالث": one more
                                                     "ثالث", "ثالثا", "ثالثه", "رابع", "رابعا", "رابعه",
                                                     // the other nouns of one civilian or fighter of the cue lists
                                                     "صياد", "صيادا", "مزارع", "مزارعا", "راع", "راعي", "عامل",
                                                     "عاملا", "طالب", "طالبا", "طالبه", "طبيب", "طبيبا", "ممرض",
                                                     "ممرضا", "ممرضه", "مسعف", "مسعفا", "متطوع", "متطوعا", "سائق",
                                                     "سائقا", "تاجر", "تاجرا", "موظف", "موظفا", "معلم", "معلما",
                                                     "مدرس", "مدرسا", "اسير", "اسيرا", "مسن", "مسنا", "مسنه",
                                                     "رضيع", "رضيعا", "رضيعه", "مجند", "مجندا", "مجنده", "قناص",
                                                     "قناصا", "حارس", "حارسا", "طيار", "طيارا", "قيادي", "قياديا",
                                                     "عسكري", "عسكريا", "رقيب", "رقيبا", "عريف", "عريفا", "نقيب",
                                                     "نقيبا", "ملازم", "ملازما", "رايد", "رايدا", "عقيد", "عقيدا",
                                                     "عميد", "عميدا", "مقيم", "مقيما", "ناشط", "ناشطا", "ناشطه", "اعلامي", "اعلاميا",
                                                     "مصور", "مصورا", "امام", "اماما", "خطيب", "خطيبا", "محام",
                                                     "محاميا", "قاض", "قاضيا", "معتقل", "معتقلا", "سجين", "سجينا",
                                                     "المعتقل", "السجين",
                                                     // an official: "قتلت قوات الدعم السريع والي ولاية غرب دارفور"
                                                     "والي", "الوالي", "محافظ", "المحافظ", "رييس", "الرييس", "وزير",
                                                     "الوزير", "مسوول", "مسوولا", "المسوول", "قايد", "قايدا",
                                                     "القايد", "زعيم", "زعيما", "الزعيم", "نايب", "نايبا", "النايب",
                                                     "مختار", "مختارا", "المختار", "سفير", "السفير",
                                                     // a militant: "القضاء على إرهابي خطير", "مقتل انتحاري"
                                                     "ارهابي", "ارهابيا", "تكفيري", "تكفيريا", "انتحاري",
                                                     "انتحاريا", "مهاجم", "مهاجما", "متطرف", "متطرفا"};
    return std::find(std::begin(kSingular), std::end(kSingular), w) != std::end(kSingular);
  }

  // Tokens after a verb of killing whose subject comes first ("أعدم تنظيم داعش الإرهابي شابا") within which
  // its victims are named.
  static constexpr uint32_t kKillerVerbReach = 6;
  // "اغتال", "أعدمت": a verb of assassination or execution, whose subject is the killer; or "قتل"/"قتلت"
  // with the armed killer right after it and one victim after the killer.
  bool KillerVerb(const Mention& cue) const {
    std::string_view w = Tok(cue.tok_begin);
    if (cue.begin != doc_.tokens[cue.tok_begin].begin && (w.starts_with("\xD9\x88") || w.starts_with("\xD9\x81"))) {
      w.remove_prefix(2);  // و ف
    }
    if (w == "اغتال" || w == "اغتالت" || w == "اغتالوا" || w == "اعدم" || w == "اعدمت" || w == "اعدموا") return true;
    // "قتلت قوات الدعم السريع والي ولاية غرب دارفور", "قتلت قوات الاحتلال شابا": the verb of killing with
    // its armed killer right after it, then one victim named by a singular noun.
    if (w != "قتل" && w != "قتلت") return false;
    const SentenceIndex& s = sentences_[unit_of_token_[cue.tok_begin]];
    // (Or the civilians or protesters it killed, named right after the killer: "قتل الجيش الإسرائيلي مدنيين في
    // غارة", "وقتل القناصة الإسرائيليون المتظاهرين".)
    auto civilians_at = [&](uint32_t t) {
      return std::any_of(s.actors.begin(), s.actors.end(), [&](const Mention* v) {
        return v->tok_begin == t && (Inter(v->ref) == kCiviliansInter || Inter(v->ref) == kProtestersInter);
      });
    };
    // ("قتلت وحدات الحرس الوطني اليوم عنصرين إرهابيين": a day may stand between, and two victims are as
    // countable as one.)
    return std::any_of(s.actors.begin(), s.actors.end(), [&](const Mention* a) {
      if (a->tok_begin != cue.tok_end || !Armed(Inter(a->ref))) return false;
      const uint32_t v = PastTime(s, a->tok_end);
      return SingularVictim(Tok(v)) || DualVictims(Tok(v)) || civilians_at(v);
    });
  }

  // "قتل مسلحون من جماعة بوكو حرام عشرين مدنيا": the verb of killing, its armed killer named at length,
  // then the figure of its victims. True when the words between the verb and the figure are the
  // killer's name (SideNamedThrough) and its first is an armed side.
  bool KillerNamedBetween(const SentenceIndex& s, const Mention& cue, const Mention& figure) const {
    if (!TokenIs(cue.tok_begin, {"قتل", "قتلت", "وقتل", "وقتلت"})) return false;
    const auto first = std::find_if(s.actors.begin(), s.actors.end(), [&](const Mention* a) {
      return a->tok_begin == cue.tok_end;
    });
    return first != s.actors.end() && Armed(Inter((*first)->ref)) && SideNamedThrough(s, cue.tok_end, figure.tok_begin);
  }

  // True when tokens [from, to) are names of sides, joined by "من" ("مسلحون من جماعة بوكو حرام") or by
  // words of suspected belonging ("مسلحون يشتبه في انتمائهم لجماعة بوكو حرام"), and from < to.
  bool SideNamedThrough(const SentenceIndex& s, uint32_t from, uint32_t to) const {
    uint32_t t = from;
    while (t < to) {
      const auto side = std::find_if(s.actors.begin(), s.actors.end(), [&](const Mention* a) {
        return a->tok_begin == t && a->tok_end <= to;
      });
      if (side != s.actors.end()) {
        t = (*side)->tok_end;
      } else if (t > from && TokenIs(t, {"من"})) {
        ++t;
      } else if (t > from && PastBelonging(t) != t) {
        t = PastBelonging(t);
      } else {
        return false;
      }
    }
    return from < to;
  }

  // Duals ("مقتل جنديين", "استشهاد شابين", "أصيب عسكريان"): forms that cannot be plurals. (Normalized
  // spellings: ئ is folded to ي, so "إسرائيليان" is "اسراييليان".)
  static bool DualVictims(std::string_view w) {
    static constexpr std::string_view kDual[] = {"جنديين", "جنديان", "شخصين", "شخصان", "طفلين", "طفلان", "شابين",
                                                 "شابان", "عنصرين", "عنصران", "رجلين", "رجلان", "ضابطين",
                                                 "ضابطان", "شرطيين", "شرطيان", "مدنيان", "مستوطنان", "اسراييليان",
                                                 "فلسطينيان", "شهيدين", "شهيدان", "قتيلين", "قتيلان", "شقيقين", "شقيقان", "طفلتين", "امراتين", "سيدتين",
                                                 "مقاتلان", "مسلحان", "صحفيان", "مواطنان", "متظاهران", "محتجان", "عسكريان", "مقيمان"};
    return std::find(std::begin(kDual), std::end(kDual), w) != std::end(kDual);
  }

  // "إن رجلا من مدينة سقبا توفي تحت التعذيب": a verb of dying in the singular whose subject, one victim,
  // opens the clause before it (after "إن"/"أن", or first in the unit). (Not "قتل", also active: "أن
  // رجلا قتل بالرصاص شرطيين".)
  bool SingularSubjectBefore(const Mention& cue) const {
    std::string_view verb = Tok(cue.tok_begin);
    verb.remove_prefix(std::min<size_t>(verb.size(), cue.begin - doc_.tokens[cue.tok_begin].begin));
    if (cue.tok_end != cue.tok_begin + 1 ||
        (verb != "توفي" && verb != "توفيت" && verb != "استشهد" && verb != "استشهدت" && verb != "قضي" && verb != "مات" &&
         verb != "ماتت")) {
      return false;
    }
    constexpr uint32_t kSubjectReach = 8;  // "رجلا من مدينة سقبا في ريف دمشق"
    const uint32_t first = units_[unit_of_token_[cue.tok_begin]].first_token;
    for (uint32_t k = 1; k <= kSubjectReach && cue.tok_begin >= first + k; ++k) {
      const uint32_t t = cue.tok_begin - k;
      if (doc_.tokens[t].kind == TokenKind::kNumber || TokenIs(t, {",", "\xD8\x8C", "."})) return false;
      if (!SingularVictim(Tok(t))) continue;
      return t == first || TokenIs(t - 1, {"ان", "بان", "وان"});
    }
    return false;
  }

  // One victim named by a singular noun at token `t`, and the victims joined to it: "جندي إسرائيلي وسبعة
  // فلسطينيين" (the victim's nationality may stand before the joined ones), "امرأة وطفلين".
  int64_t OneAndJoined(uint32_t t) const {
    uint32_t after = t + 1;
    // (A nisba: three letters or more ending in ي, not joined by و.)
    const std::string_view nisba = Tok(after);
    if (nisba.size() >= 6 && nisba.ends_with("\xD9\x8A") && !nisba.starts_with("\xD9\x88")) ++after;
    const int64_t joined = JoinedVictims(after);
    return 1 + (joined > 0 ? joined : OthersJoinedAfter(after));
  }

  // Unnumbered reports of the dead: a singular victim noun right after the cue is one death
  // ("مقتل جندي"), otherwise the GUIDELINES value for an unnumbered plural, 3.
  int64_t DeadWithoutNumber(const Mention& cue) const {
    std::string_view next = Tok(cue.tok_end);
    if (SingularVictim(next)) return OneAndJoined(cue.tok_end);
    if (DualVictims(next)) return 2;
    if (SingularSubjectBefore(cue)) return 1;
    std::string_view cue_word = Tok(cue.tok_begin);
    // "وقتل", "فاستشهد": the conjunction attached to the cue is not part of it.
    if (cue.begin != doc_.tokens[cue.tok_begin].begin &&
        (cue_word.starts_with("\xD9\x88") || cue_word.starts_with("\xD9\x81"))) {  // و ف
      cue_word.remove_prefix(2);
    }
    // "ارتقاء شهيدان", "سقوط قتيلين": the noun of the dead is itself a dual.
    // "لقيا حتفهما": the dual pronoun of the cue counts two.
    for (std::string_view w : {"شهيدان", "شهيدين", "قتيلان", "قتيلين", "حتفهما", "مصرعهما", "لقيا"}) {
      if (cue_word == w) return 2;
    }
    // "سقوط شهيدة و6 إصابات", "قدمت نفسها شهيدة": the noun of the dead is itself one of them (with the
    // victims joined to it: "شهيد وطفلان"); not in "بين قتيل وجريح", a count of both without a figure.
    if (cue.tok_end == cue.tok_begin + 1 && (cue_word == "شهيد" || cue_word == "شهيده" || cue_word == "قتيل" ||
                                              cue_word == "قتيله") &&
        !(cue.tok_begin > 0 && TokenIs(cue.tok_begin - 1, {"بين"}))) {
      return 1 + JoinedVictims(cue.tok_end);
    }
    // "لقي شخص مصرعه": the pronoun of one; "ولقي 37 من عناصر الميليشيات مصرعهم": the count stands between
    // the verb and the pronoun.
    if (cue_word == "مصرعه" || cue_word == "حتفه" || cue_word == "مصرعها" || cue_word == "حتفها") return 1;
    if (const std::optional<int64_t> n = PronounToll(cue)) return *n;
    // "اغتيل في بيروت الوزير السابق", "اغتيلت الناشطة": the passive of assassination is of one person.
    if (cue_word == "اغتيل" || cue_word == "اغتيلت") return 1;
    if (cue_word == "مصرعهم" || cue_word == "حتفهم") {
      constexpr uint32_t kMeetReach = 12;  // "لقي ما لا يقل عن 13 عنصراً من ميليشيا الحوثي الإيرانية مصرعهم"
      const SentenceIndex& s = sentences_[unit_of_token_[cue.tok_begin]];
      for (uint32_t t = cue.tok_begin; t-- > 0 && cue.tok_begin - t <= kMeetReach;) {
        if (TokenIs(t, {"لقي", "ولقي", "لقيت", "ولقيت", "لقوا", "ولقوا"})) {
          for (const Mention* n : s.numbers) {
            if (n->tok_begin > t && n->tok_end <= cue.tok_begin) return n->value;
          }
          break;
        }
      }
      return kUnnumberedPlural;
    }
    // "اغتال مسلحون مجهولون ناشطا", "أعدم التنظيم شابين": the victims follow the killers, and an assassination
    // or execution without a count is of one person ("اغتال الاحتلال الدكتور محمد") unless a plural says
    // otherwise ("مجموعة من المقاومين", "مدنيين").
    if (KillerVerb(cue)) {
      const SentenceIndex& s = sentences_[unit_of_token_[cue.tok_begin]];
      auto killers = [&](uint32_t t) {
        return std::any_of(s.actors.begin(), s.actors.end(), [&](const Mention* a) {
          return a->tok_begin <= t && t < a->tok_end && Armed(Inter(a->ref));
        });
      };
      // ("وأعدمت طهران، صباح السبت، ثلاثة ناشطين": the killers and a time may stand between, with commas.)
      for (uint32_t t = cue.tok_end; t <= cue.tok_end + kKillerVerbReach && t < doc_.tokens.size(); ++t) {
        const std::string_view w = Tok(t);
        if (w == ".") break;  // the sentence ends
        if (killers(t)) continue;
        // "اغتال مسلحون مجهولون يستقلون دراجة نارية مسؤولا": a verb in the present plural describes the
        // killers (a nisba plural such as "يمنيون" names victims).
        if (w.starts_with("\xD9\x8A") && w.ends_with("\xD9\x88\xD9\x86") && !w.ends_with("\xD9\x8A\xD9\x88\xD9\x86")) {
          continue;  // يـ...ون, not ...يون
        }
        for (const Mention* n : s.numbers) {
          if (n->tok_begin == t) return n->value;
        }
        if (SingularVictim(w)) return 1;
        if (DualVictims(w)) return 2;
        if (TokenIs(t, {"عدد", "عددا", "مجموعه", "العديد", "عشرات"}) || w.ends_with("ين") || w.ends_with("ون")) {
          return kUnnumberedPlural;
        }
      }
      return 1;
    }
    // Verbs in the singular ("قتل", "استشهد") without a count usually introduce a named person, unless the
    // subject comes a few words later ("وقتل في الاشتباكات جنديان", "وقتل عدد منهم").
    // ("ارتقى شهيد بنيران قوات الاحتلال": the martyr's verb of Palestinian reports; "ارتقى شهداء" is several.)
    if (cue_word == "قتل" || cue_word == "استشهد" || cue_word == "اصيب" || cue_word == "جرح" || cue_word == "ارتقي") {
      constexpr uint32_t kSubjectReach = 6;
      for (uint32_t t = cue.tok_end; t < cue.tok_end + kSubjectReach && t < doc_.tokens.size(); ++t) {
        std::string_view w = Tok(t);
        if (w == "." || w == "," || w == "\xD8\x8C") break;  // the clause ends
        if (DualVictims(w)) return 2;
        if (TokenIs(t, {"عدد", "العديد", "عشرات", "العشرات", "مئات", "المئات", "شهداء", "الشهداء"})) return kUnnumberedPlural;
      }
      return 1;
    }
    // "تسفر عن شهيد", "سقوط قتيل": a singular noun of the dead is one death ("بين قتيل وجريح" is not).
    const bool mixed = cue.tok_begin > 0 && TokenIs(cue.tok_begin - 1, {"بين"});
    // ("ارتقاء شهيد" is one cue of two words.)
    const bool one_martyr = cue.tok_end == cue.tok_begin + 2 && TokenIs(cue.tok_begin + 1, {"شهيد"});
    if (!mixed && (cue_word == "شهيد" || cue_word == "شهيدا" || cue_word == "قتيل" || cue_word == "قتيلا" || one_martyr)) {
      return 1;
    }
    return kUnnumberedPlural;
  }

  // The day an event in sentence `si` happened: a time expression in the sentence, else the latest
  // one earlier in the paragraph, else the article's first, else publication (precision 2).
  // Returns false when the governing expression is history (> 30 days before publication).
  // A day an event can be dated by: not history, and not the start of a period ("منذ 7 أكتوبر").
  static bool Datable(const Mention* t) { return (t->aux & (time::kTimeHistoric | time::kTimeSince)) == 0; }

  // How long before the day of its report an act is taken to have happened: "أعلن الجيش اليوم" of a
  // strike the article dates "أمس". (Two days shifted acts of other days too often on the corpus.)
  static constexpr int32_t kMaxReportLagDays = 1;
  // How far after publication a day the article names can still be the day of its news (a publication
  // date in another time zone, a late edition); later days are scheduled ones: "حتى حلول 5 نوفمبر 2024",
  // the day of an election.
  static constexpr int32_t kMaxDaysAfterPublication = 2;
  bool AfterPublication(const Mention* t) const {
    return doc_.published && t->value > doc_.published->days() + kMaxDaysAfterPublication;
  }

  // `trig`: the event's trigger; of several days in its sentence, the one written nearest to it wins
  // ("أعلن مسؤول الاثنين أن إسرائيل شنت ليل الأحد غارة": the strike was on Sunday night).
  bool ChooseDate(uint32_t si, const Mention* trig, Candidate& c) const {
    auto take = [&](const Mention* m) {
      // An unresolved day ("أمس" in an article of unknown date) governs the event all the same: its
      // date is unknown (null), not one borrowed from another sentence.
      if (m->aux & time::kTimeUnresolved) {
        c.date.reset();
      } else {
        c.date = Day(static_cast<int32_t>(m->value));
      }
      c.date_precision = m->aux & time::kTimePrecisionMask;
      c.time_mention = m;
    };
    const SentenceIndex& s = sentences_[si];
    bool history = false;
    const Mention* nearest = nullptr;
    auto distance = [&](const Mention* t) {
      return t->tok_begin >= trig->tok_end ? t->tok_begin - trig->tok_end : trig->tok_begin - std::min(trig->tok_begin, t->tok_end);
    };
    // A day in the frame of a reporting verb ("قال الجيش يوم الثلاثاء إن…") dates the report: any other
    // day of the sentence dates the act before it does.
    auto report_day = [](const Mention* t) { return (t->aux & time::kTimeReportDay) != 0; };
    const Mention* nearest_history = nullptr;
    bool scheduled = false;  // a day after publication: what the sentence tells is yet to happen
    for (const Mention* t : s.times) {
      if (Datable(t) && AfterPublication(t)) {
        scheduled = true;
      } else if (Datable(t)) {
        if (!nearest || std::pair(report_day(t), distance(t)) < std::pair(report_day(nearest), distance(nearest))) {
          nearest = t;
        }
      } else if (t->aux & time::kTimeHistoric) {
        history = true;
        // Only a year ("عام 2011", "العام الماضي"): "الحرب المستمرة منذ ثلاث سنوات" is the start of a period
        // still going on, and "متأثرا بإصابة تعرض لها الشهر الماضي" dates the wound, not the death.
        // A month or day written with its year, a year or more back ("في تموز/يوليو 2014"), is as far
        // from the news. (Not one counted back: "الأسوأ منذ 25 عاما" is a period, "الذي قتل منذ عامين"
        // another act.)
        const bool year = (t->aux & time::kTimePrecisionMask) == time::kTimePrecisionYear ||
                          (doc_.published && !(t->aux & (time::kTimeUnresolved | time::kTimeRelative)) &&
                           t->value < doc_.published->days() - kDaysInYear);
        if (year && !(t->aux & time::kTimeSince) && (!nearest_history || distance(t) < distance(nearest_history))) {
          nearest_history = t;
        }
      }
    }
    // "أصدر الأسد، الثلاثاء، عفوا عن الذين فروا بعد بدء الاحتجاجات عام 2011": the act is dated by the
    // year nearer to it; the day dates something else the sentence tells.
    if (nearest && nearest_history && distance(nearest_history) < distance(nearest)) {
      return false;
    }
    if (nearest) {
      take(nearest);
      return true;
    }
    // The sentence dates itself to history only: not coded (GUIDELINES: > 30 days before publication).
    // Nor is what is scheduled for a day to come ("الانتخابات الرئاسية التي تجري في 24 يونيو").
    if (history || scheduled) return false;
    uint32_t para = Para(si);
    // Days read from other sentences must name a day or week: "مطلع أيار" dates nothing else.
    auto inheritable = [](const Mention* t) { return Datable(t) && (t->aux & time::kTimePrecisionMask) < 3; };
    // "هاجمت المقاومة، أمس الخميس، موقع الصدح" / "كذلك، هاجمت موقع مسكاف عام": a sentence that opens by
    // adding to the one before continues it, in a paragraph of its own too.
    const bool continues = si > 0 && TokenIs(units_[si].first_token, {"كذلك", "وكذلك", "كما"});
    for (uint32_t j = si; j-- > 0 && (Para(j) == para || (continues && j + 1 == si));) {
      for (auto it = sentences_[j].times.rbegin(); it != sentences_[j].times.rend(); ++it) {
        if (inheritable(*it)) {
          take(*it);
          return true;
        }
      }
    }
    // The article's day: the latest day it names (news reports the newest events; older days are
    // background such as the start of a campaign).
    // An article of unknown date that counts its days from publication ("أمس") has no day to lend:
    // its absolute dates are then background more often than the news.
    // Of days equally late, a named day before a week ("هذا الأسبوع"), and the act's day before a
    // report's. A period of days ("خلال اليومين الماضيين") names no day to lend.
    const Mention* latest = nullptr;
    bool unresolved = false;
    auto one_day = [](const Mention* t) { return (t->aux & time::kTimePrecisionMask) == 1; };
    auto lendable = [&](const Mention* t) {
      return inheritable(t) && time::SpanDays(t->aux) == 0 && !AfterPublication(t);
    };
    auto rank = [&](const Mention* t) { return std::tuple(t->value, one_day(t), !report_day(t)); };
    for (const SentenceIndex& other : sentences_) {
      for (const Mention* t : other.times) {
        if (t->aux & time::kTimeUnresolved) {
          unresolved = unresolved || Datable(t);
        } else if (lendable(t) && (!latest || rank(t) > rank(latest))) {
          latest = t;
        }
      }
    }
    // The latest day dates a report ("أكدت الحركة، اليوم السبت، فشل الهجوم"): the acts the article
    // tells are those it dates the day before, when it does ("يوم أمس", "ليل الجمعة").
    if (latest && report_day(latest)) {
      const Mention* act = nullptr;
      for (const SentenceIndex& other : sentences_) {
        for (const Mention* t : other.times) {
          const int64_t lag = latest->value - t->value;
          if (!(t->aux & time::kTimeUnresolved) && lendable(t) && one_day(t) && !report_day(t) && lag >= 1 &&
              lag <= kMaxReportLagDays && (!act || t->value > act->value)) {
            act = t;
          }
        }
      }
      if (act) latest = act;
    }
    c.date_from_article = true;
    if (latest && !unresolved) {
      take(latest);
      c.time_mention = nullptr;  // the day is the article's, not read from this event's words
      return true;
    }
    if (doc_.published) {
      c.date = doc_.published;
      c.date_precision = 2;
    }
    return true;
  }

  // A day in the frame of a reporting verb dates the report ("أكدت حماس، اليوم السبت، فشل الهجوم
  // البري"), and the act reported may be older. When the article tells the same act with a day of its
  // own the day before the report (the headline's "فشل الهجوم البري ... يوم أمس": same type,
  // same place, compatible actors), the act takes that day, and Merge then makes the two one event.
  // Otherwise the report's day stays: it is the best estimate the text gives.
  void DateReportedActs(std::vector<Candidate>& cands) const {
    auto report_day = [](const Candidate& x) {
      return x.time_mention && x.date && (x.time_mention->aux & time::kTimeReportDay) != 0;
    };
    for (Candidate& c : cands) {
      if (!report_day(c) || c.date_from_article) continue;
      const Candidate* act = nullptr;
      for (const Candidate& o : cands) {
        if (&o == &c || !o.time_mention || !o.date || report_day(o) || o.date_from_article || o.date_precision != 1) {
          continue;
        }
        const int32_t lag = c.date->days() - o.date->days();
        if (o.event_type != c.event_type || lag < 1 || lag > kMaxReportLagDays || !SamePlace(o, c)) continue;
        if (!((Compatible(o.actor1, c.actor1) && Compatible(o.actor2, c.actor2)) || SidesSwapped(o, c))) continue;
        if (!act || *o.date > *act->date) act = &o;
      }
      if (act) {
        c.date = act->date;
        c.date_precision = act->date_precision;
        c.time_mention = act->time_mention;
      }
    }
  }

  // GUIDELINES: "a total reported over several days is split evenly per day" (ACLED codes one event per
  // day). An event dated by a period of days ("قتل 12 شخصا خلال الأيام الثلاثة الماضية", "عدوان استمر
  // يومين وأسفر عن ارتقاء 12 شهيدا") whose dead are all counted in the period's own sentence becomes one
  // event per day of the period, each with an even share of the dead and of the injured; the remainder
  // goes to the earliest days (10 over 3 days: 4, 3, 3), so the shares add up to the total. Each day keeps
  // precision 2: the text does not say which day a death fell on. A period without dead of its own stays
  // one event on its last day (the gold files code "معارك تخوضها القوات منذ ثلاثة أيام" so), and so does a
  // toll smaller than the number of days: one death is one event on one day, not a day of none.
  void SplitMultiDay(std::vector<Candidate>& cands) const {
    std::vector<Candidate> out;
    out.reserve(cands.size());
    for (Candidate& c : cands) {
      const int days = c.time_mention && c.date ? time::SpanDays(c.time_mention->aux) : 0;
      if (days < 2) {
        out.push_back(std::move(c));
        continue;
      }
      const Sentence& period = doc_.sentences[doc_.tokens[c.time_mention->tok_begin].sentence];
      const uint32_t from = doc_.tokens[period.first_token].begin;
      const uint32_t to = doc_.tokens[period.end_token - 1].end;
      const bool own_sentence = std::all_of(c.casualties.begin(), c.casualties.end(), [&](const Casualty& k) {
        return k.cumulative || (k.span.begin >= from && k.span.end <= to);
      });
      auto [dead, dead_evidence, dead_vague] = Total(c, true);
      auto [hurt, hurt_evidence, hurt_vague] = Total(c, false);
      if (!own_sentence || !dead_evidence || dead < days) {
        out.push_back(std::move(c));
        continue;
      }
      const Casualty killed = *dead_evidence;
      const std::optional<Casualty> injured = hurt_evidence ? std::optional<Casualty>(*hurt_evidence) : std::nullopt;
      for (int d = 0; d < days; ++d) {
        auto share = [&](int64_t total) { return total / days + (d < total % days ? 1 : 0); };
        Candidate day = c;
        day.date = c.date->AddDays(d - (days - 1));
        day.casualties.clear();
        day.casualties.push_back(killed);
        day.casualties.back().value = share(dead);
        if (injured) {
          day.casualties.push_back(*injured);
          day.casualties.back().value = share(hurt);
        }
        out.push_back(std::move(day));
      }
    }
    cands = std::move(out);
  }

  // The place of an event: the first place after the trigger in its sentence, else the first in the
  // sentence, else the latest earlier in the paragraph, else the title's, else the article's most
  // named place.
  // How precisely a place mention locates an event: a town or site beats a district or region, which
  // beats a province or country ("في قرية التمانعة في جنوب إدلب" is in التمانعة).
  int Specificity(const Mention* m) const {
    const PlaceRef* ref = RefOf(m);
    if (!gaz_ || !ref || ref->place == kNone) return 1;
    if (ref->stand_in) return 3;  // a village the gazetteer lacks, placed at its district or province
    switch (gaz_->TypeOf(ref->place)) {
      case geo::PlaceType::kCountry: return 0;
      case geo::PlaceType::kAdmin1: return 1;
      case geo::PlaceType::kAdmin2:
      case geo::PlaceType::kRegion: return 2;
      default: return 3;
    }
  }

  // "حاولوا التوجه إلى المنطقة الخضراء", "اقتربت من مطار الحديدة": where the actors head for or
  // what they approach is not where the event happened, when the sentence names another place.
  // ("باتجاه"/"نحو" are left out: "قصفا مدفعيا باتجاه قرى الجريبة" names the target.)
  bool Destination(const Mention* p) const {
    const uint32_t first = units_[unit_of_token_[p->tok_begin]].first_token;
    constexpr uint32_t kWindow = 4;  // "إلى مطار X", "مقتربة بذلك من مطار X"
    for (uint32_t k = 1; k <= kWindow && p->tok_begin >= first + k; ++k) {
      std::string_view w = Tok(p->tok_begin - k);
      if (w.starts_with("\xD9\x88") || w.starts_with("\xD9\x81")) w.remove_prefix(2);  // و ف
      if (w == "الي" || w == "صوب") return true;
      // "نفذ من اتجاه الجولان", "انطلاقا من X": where the strike came from, not where it landed.
      if ((w == "اتجاه" || w == "جهه") && k < kWindow && p->tok_begin >= first + k + 1 &&
          Tok(p->tok_begin - k - 1) == "من") {
        return true;
      }
      if (w == "من" && k < kWindow && p->tok_begin >= first + k + 1 && Tok(p->tok_begin - k - 1) == "انطلاقا") {
        return true;
      }
      if (w.starts_with("اقترب") || w.starts_with("تقترب") || w.starts_with("يقترب") || w.starts_with("مقترب")) {
        return true;
      }
      if (w == "في" || w == "," || w == "\xD8\x8C") break;
    }
    return false;
  }

  // "وفي خان يونس جنوبي القطاع، نقل مراسلنا ارتقاء شهداء ...": a place fronted with في at the start
  // of a sentence sets the scene of what the sentence tells.
  bool SceneFrame(const Mention* p) const {
    const uint32_t first = units_[unit_of_token_[p->tok_begin]].first_token;
    if (p->tok_begin == first || p->tok_begin > first + 2) return false;
    std::string_view w = Tok(p->tok_begin - 1);
    return w == "في" || w == "وفي" || w == "ففي";
  }

  // A place joined by و to a noun that is not a place ("بين الفصائل الفلسطينية وتل أبيب", "حماس
  // وإسرائيل") is a party named by its seat, not where the event happened, however specific.
  bool ConjoinedParty(const SentenceIndex& s, const Mention* p) const {
    if (p->aux & (geo::kPlacePreposition | geo::kPlaceTypeWord | geo::kPlaceNear)) return false;
    const Token& first = doc_.tokens[p->tok_begin];
    const std::string_view word = Tok(p->tok_begin);
    if (p->begin == first.begin || !word.starts_with("\xD9\x88")) return false;  // no و on the name
    const uint32_t unit_first = units_[unit_of_token_[p->tok_begin]].first_token;
    if (p->tok_begin == unit_first) return false;
    const uint32_t prev = p->tok_begin - 1;
    return std::none_of(s.places.begin(), s.places.end(),
                        [&](const Mention* o) { return o->tok_begin <= prev && prev < o->tok_end; }) &&
           Tok(prev) != "," && Tok(prev) != "\xD8\x8C";
  }

  // "سيطرت على مديرية الدريهمي، مشيرا إلى أن القيادات هربت من الحديدة": a clause that reports what
  // someone said, adds a circumstance or names the act answered tells of other places than the event's. True when such a
  // clause boundary (a comma before a reporting participle or verb) stands between the trigger and p.
  bool AcrossClause(const Mention* trig, const Mention* p) const {
    const uint32_t lo = std::min(trig->tok_end, p->tok_end), hi = std::max(trig->tok_begin, p->tok_begin);
    for (uint32_t t = lo; t + 1 < hi; ++t) {
      if (Tok(t) != "," && Tok(t) != "\xD8\x8C") continue;
      std::string_view w = Tok(t + 1);
      if (w.starts_with("\xD9\x88")) w.remove_prefix(2);  // و
      constexpr std::string_view kReporting[] = {
          "مشيرا", "مشيره", "مضيفا", "مضيفه", "لافتا", "لافته", "موضحا", "موضحه", "موكدا", "موكده",
          "معتبرا", "معتبره", "مبينا", "مبينه", "منوها", "منوهه", "اضاف", "اشار", "اكد", "قال", "وسط",
          // "، ردا على إطلاق بالون أدى إلى حريق في مستوطنة X": the act answered, told in passing.
          "ردا", "انتقاما"};
      if (std::find(std::begin(kReporting), std::end(kReporting), w) != std::end(kReporting)) return true;
    }
    return false;
  }

  // "حقل كونيكو بريف دير الزور", "الشدادي جنوبي الحسكة": a place right after another with a word of
  // nearness or direction before it (ريف، شرق، جنوبي، قرب ...) says where that place lies; of two
  // places as specific, it is not the one where the event happened (geo stage: kPlaceNear).
  // The ISO code of `next` when it is a country named right after `m` with في or ب ("X في سوريا",
  // "X بسوريا"), "" otherwise.
  std::string_view CountryRightAfter(const Mention* m, const Mention* next) const {
    if (!gaz_ || next->tok_begin < m->tok_end) return {};
    const Token& first = doc_.tokens[next->tok_begin];
    // (a view of the text: std::string::substr would return a temporary the view outlives)
    const std::string_view clitic = std::string_view(doc_.norm.text).substr(first.begin, next->begin - first.begin);
    const bool fi = next->tok_begin == m->tok_end + 1 && Tok(m->tok_end) == "في";
    const bool ba = next->tok_begin == m->tok_end && (clitic == "\xD8\xA8" || clitic == "\xD8\xA8\xD8\xA7\xD9\x84");  // ب بال
    if (!fi && !ba) return {};  // not "وسوريا": a list of places, not a container
    const std::span<const uint32_t> cands = gaz_->Candidates(next->ref);
    if (cands.empty()) return {};
    const geo::Place c = gaz_->Get(cands.front());
    return c.type == geo::PlaceType::kCountry ? c.country_code : std::string_view();
  }

  // The entry of place mention `m` in `country`, kNone if it has none there. Israel and Palestine name
  // each other's places ("الناصرة في الأراضي الفلسطينية المحتلة"): either is the other's.
  uint32_t EntryIn(const Mention& m, std::string_view country) const {
    const std::string_view partner = country == "IL" ? "PS" : country == "PS" ? "IL" : "";
    const std::string_view named[] = {country, partner};
    const uint32_t there = gaz_->Resolve(m.ref, std::span(named, partner.empty() ? 1 : 2), m.aux);
    if (there == kNone) return kNone;
    const std::string_view found = gaz_->Get(there).country_code;
    return found == country || (!partner.empty() && found == partner) ? there : kNone;
  }

  // True when token `t` is the Israeli adjective ("الإسرائيلي", "الصهيونية", the dual "الإسرائيليَّين"; ئ is
  // folded to ي).
  bool IsraeliAdjective(uint32_t t) const {
    return t < doc_.tokens.size() && TokenIs(t, {"الاسراييلي", "الاسراييليه", "الاسراييليين", "الصهيوني", "الصهيونيه",
                                                 "الصهيونيين"});
  }
  // A place named as an army post ("موقع المالكية", "ثكنة برانيت") that is Israel's: the Israeli adjective
  // follows it, or the sentence names a Lebanese armed side, which strikes posts across the border.
  bool IsraeliPost(const SentenceIndex& s, const Mention& m) const {
    // ('موقع "معيان باروخ"': a quote may stand between.)
    uint32_t before = m.tok_begin;
    if (before > 1 && TokenIs(before - 1, {"\"", "\xC2\xAB", "'"})) --before;
    if (before == 0 || !TokenIs(before - 1, {"موقع", "وموقع", "لموقع", "بموقع", "ثكنه", "وثكنه", "لثكنه"})) {
      return false;
    }
    if (IsraeliAdjective(m.tok_end)) return true;
    return std::any_of(s.actors.begin(), s.actors.end(), [&](const Mention* a) {
      const Actor& x = lex_.actor(a->ref);
      return x.home == "LB" && Armed(x.inter) && !x.generic();
    });
  }
  // The entry of `m`'s name in Israel, kNone if it has none.
  uint32_t IsraeliEntryOf(const Mention& m) const {
    for (uint32_t c : gaz_->Candidates(m.ref)) {
      if (gaz_->Get(c).country_code == "IL") return c;
    }
    return kNone;
  }

  // The place of the first country the article is about that is neither Israel nor Palestine (Lebanon,
  // Syria, Yemen: the front Israel's settlements are hit from), or kNone.
  uint32_t FrontCountryPlace() const {
    for (const std::string& h : hints_) {
      if (h != "IL" && h != "PS") return gaz_->CountryPlace(h);
    }
    return kNone;
  }

  // The country of a city of half a million people or more among the entries of name `ref` that lies
  // outside `country` ("عمان": Amman for Oman), "" if none.
  std::string_view BigCityCountryOf(int32_t ref, std::string_view country) const {
    constexpr int64_t kBigCity = 500000;
    for (uint32_t c : gaz_->Candidates(ref)) {
      const geo::Place q = gaz_->Get(c);
      if (q.type == geo::PlaceType::kLocality && q.population >= kBigCity && q.country_code != country) {
        return q.country_code;
      }
    }
    return {};
  }

  // How many nationality adjectives of `country` the article has ("الأردني", "الأردنيين").
  int AdjectivesOf(std::string_view country) const {
    int n = 0;
    for (const Token& t : doc_.tokens) {
      if (t.kind == TokenKind::kArabic && CountryOfAdjective(doc_.NormView(t)) == country) ++n;
    }
    return n;
  }

  // "مدينة ليون الفرنسية", "ميناء مرسيليا الفرنسي": the ISO code of the country a nationality adjective
  // right after `m` names, "" if none. The adjective is read as the gazetteer reads "العاصمة الفرنسية"
  // (a key of that country's capital only), so only adjectives of countries are taken, and only those
  // that one country owns.
  std::string_view CountryAdjectiveAfter(const Mention* m) const {
    if (!gaz_ || m->tok_end >= doc_.tokens.size() ||
        doc_.tokens[m->tok_end].sentence != doc_.tokens[m->tok_begin].sentence) {
      return {};
    }
    return CountryOfAdjective(Tok(m->tok_end));
  }
  // The ISO code of the country the nationality adjective `w` (normalized) names, "" if it is none.
  std::string_view CountryOfAdjective(std::string_view w) const {
    constexpr std::string_view kAl = "\xD8\xA7\xD9\x84", kYa = "\xD9\x8A", kYaHa = "\xD9\x8A\xD9\x87";  // ال ي يه
    constexpr std::string_view kYaYaNun = "\xD9\x8A\xD9\x8A\xD9\x86", kYaWawNun = "\xD9\x8A\xD9\x88\xD9\x86";  // يين يون
    if (!gaz_ || !w.starts_with(kAl)) return {};
    // The people in the plural ("آلاف الجزائريين", "اللبنانيون") are read as the masculine, "الجزائري".
    if (w.ends_with(kYaYaNun) || w.ends_with(kYaWawNun)) w.remove_suffix(kYaYaNun.size() - kYa.size());
    if (!(w.ends_with(kYaHa) || w.ends_with(kYa))) return {};
    // (The feminine, "الفرنسيه", is the capital's key; the masculine "الفرنسي" takes its ه.)
    std::string key = "العاصمه " + std::string(w);
    if (w.ends_with(kYa)) key += "\xD9\x87";
    const int32_t name = gaz_->FindName(key);
    if (name < 0 || gaz_->NameKey(name) != key) return {};  // (not a variant FindName fell back to)
    const std::span<const uint32_t> cands = gaz_->Candidates(name);
    if (cands.size() != 1) return {};
    return gaz_->Get(cands.front()).country_code;
  }

  // True when `near` (a place with a word of nearness before it) follows `p` closely enough to locate
  // it: at most two words between ("بريف", "في ريف", "قرب مدينة", "شرقي"), quotes not counted
  // ('عند "مفرق ألموغ" قرب مدينة أريحا').
  bool Locates(const Mention* near, const Mention* p) const {
    if (near == p || !(near->aux & geo::kPlaceNear) || near->tok_begin < p->tok_end) return false;
    constexpr uint32_t kMaxWordsBetween = 2;
    uint32_t words = 0;
    for (uint32_t t = p->tok_end; t < near->tok_begin; ++t) {
      const std::string_view w = Tok(t);
      if (w != "\"" && w != "'" && w != "\xC2\xAB" && w != "\xC2\xBB") ++words;  // " ' « »
    }
    return words <= kMaxWordsBetween || Appositive(p, near);
  }
  // "الغوطة الشرقية، آخر معاقل الفصائل المعارضة قرب دمشق": a phrase set off by a comma right after a
  // place, describing it, that ends with a place of nearness says where that place lies. (The phrase
  // is short and tells no act: no trigger in it.)
  bool Appositive(const Mention* p, const Mention* near) const {
    constexpr uint32_t kMaxPhrase = 6;
    const uint32_t comma = p->tok_end;
    if (comma >= near->tok_begin || (Tok(comma) != "," && Tok(comma) != "\xD8\x8C")) return false;
    if (near->tok_begin - comma - 1 > kMaxPhrase) return false;
    const SentenceIndex& s = sentences_[unit_of_token_[p->tok_begin]];
    // (Not a list, "، وشمالي غزة", nor a narrowing, "، خاصة في محيط مجمع الشفاء": those name places of
    // the event.)
    if (Tok(comma + 1).starts_with("\xD9\x88")) return false;  // و
    auto inside = [](const std::vector<const Mention*>& list, uint32_t t) {
      return std::any_of(list.begin(), list.end(), [&](const Mention* m) { return m->tok_begin <= t && t < m->tok_end; });
    };
    for (uint32_t t = comma + 1; t < near->tok_begin; ++t) {
      if (Tok(t) == "," || Tok(t) == "\xD8\x8C" || Tok(t) == "و" || Tok(t) == "في") return false;
      if (inside(s.triggers, t) || inside(s.places, t)) return false;
    }
    return true;
  }
  bool AppositiveLocator(const SentenceIndex& s, const Mention* p) const {
    return std::any_of(s.places.begin(), s.places.end(),
                       [&](const Mention* q) { return Locates(p, q) && Appositive(q, p); });
  }
  bool Locator(const SentenceIndex& s, const Mention* p) const {
    return std::any_of(s.places.begin(), s.places.end(), [&](const Mention* q) { return Locates(p, q); });
  }
  // The place that locates p, if any: the first Locator right after it.
  const Mention* LocatorOf(const SentenceIndex& s, const Mention* p) const {
    for (const Mention* q : s.places) {
      if (Locates(q, p)) return q;
    }
    return nullptr;
  }

  // The town named earlier in the sentence that `locator` locates through an anaphoric type word ("قرية أم
  // صفا ... القرية الواقعة غرب رام الله": أم صفا for رام الله); nullptr if none.
  const Mention* ReferentOfTheLocated(const SentenceIndex& s, const Mention* locator) const {
    uint32_t t = locator->tok_begin;
    if (t < 3 || !(locator->aux & geo::kPlaceNear) || !TokenIs(t - 2, {"الواقعه", "الواقع"}) ||
        !TokenIs(t - 3, {"القريه", "البلده", "المدينه", "المخيم", "البلدات", "القري"})) {
      return nullptr;
    }
    const Mention* named = nullptr;
    for (const Mention* p : s.places) {
      if (p->tok_end <= t - 3 && Specificity(p) >= 2) named = p;
    }
    return named;
  }

  void ChoosePlace(uint32_t si, const Mention* trig, Candidate& c) const {
    const SentenceIndex& s = sentences_[si];
    const Mention* pick = nullptr;
    // In the sentence: the most specific place, then one not locating another, then one after the
    // trigger, then the nearest.
    auto rank = [&](const Mention* p) {
      bool after = p->tok_begin >= trig->tok_end;
      uint32_t dist = after ? p->tok_begin - trig->tok_end : trig->tok_begin - std::min(trig->tok_begin, p->tok_end);
      // ("مخيم عقبة جبر في أريحا": a town named as the container of the place before it is the coarser.)
      const bool container = std::any_of(s.places.begin(), s.places.end(), [&](const Mention* q) { return q != p && Contains(q, p); });
      return std::tuple(!Destination(p), !ConjoinedParty(s, p), !AcrossClause(trig, p), !AppositiveLocator(s, p),
                        Specificity(p) >= 2, !Locator(s, p), Specificity(p), !container, SceneFrame(p), after,
                        -static_cast<int64_t>(dist));
    };
    // rank(pick), kept (a rank asks many questions of the sentence); not needed for a sentence's only place.
    std::optional<decltype(rank(pick))> pick_rank;
    // "يتظاهرون في مدريد نصرة لغزة", "تظاهرات ... تنديدا بالعدوان على غزة": the place a protest is for is
    // not where it is held.
    const bool crowd = c.trigger->event_type == "Protests" || c.trigger->event_type == "Riots";
    // "ودخلت معركة تحرير مدينة الحديدة مرحلة جديدة ... وتحرير معظم مناطق مديريتي التحيتا والدريهمي": the
    // town a campaign is named after is not where another act of the sentence took place.
    auto campaign_target = [&](const Mention* p) {
      return std::any_of(s.triggers.begin(), s.triggers.end(), [&](const Mention* t) {
        constexpr uint32_t kTypeWordGap = 1;  // "معركة تحرير مدينة الحديدة"
        return t != trig && t->tok_end <= p->tok_begin && p->tok_begin - t->tok_end <= kTypeWordGap && CampaignName(t);
      });
    };
    const bool other_places = std::any_of(s.places.begin(), s.places.end(), [&](const Mention* p) { return !campaign_target(p); });
    // ("تظاهرات ... تنديدا بمجزرة الاحتلال في رفح": the place of the act a protest is about.)
    const auto [cause_begin, cause_end] = crowd ? ProtestCauseAct(si, trig) : std::pair{kNone, kNone};
    for (const Mention* p : s.places) {
      if (crowd && (ProtestCausePlace(si, p) || (p->tok_begin >= cause_begin && p->tok_begin < cause_end))) continue;
      if (other_places && campaign_target(p)) continue;
      if (!pick) {
        pick = p;
        continue;
      }
      if (!pick_rank) pick_rank = rank(pick);
      if (const auto r = rank(p); r > *pick_rank) pick = p, pick_rank = r;
    }
    // "في قرية أم صفا، حيث هاجم المستوطنون القرية الواقعة غرب رام الله": the town that locates "the village"
    // (a type word with its article and no name) locates the village named before; that one is the place.
    if (pick) {
      if (const Mention* named = ReferentOfTheLocated(s, pick)) pick = named;
    }
    c.place_inherited = pick == nullptr;
    // ("قرب منطقة أبو الأسود جنوبي لبنان": a name the gazetteer lacks is finer than the country.)
    if (pick && s.unlocated && s.unlocated->named_only && Specificity(pick) <= 1) pick = nullptr;
    if (!pick && s.unlocated) {
      // The text of the place, no coordinates: never a guess far away.
      c.place = s.unlocated, c.place_inherited = false, c.geo_precision = 1;
      return;
    }
    if (!pick) {
      uint32_t para = Para(si);
      for (uint32_t j = si; j-- > 0 && Para(j) == para && !pick;) {
        // (Not the places of the act this one answers: "ورداً على الاعتداءات على بلدة عيتا الشعب، ...".)
        if (!sentences_[j].places.empty() && !units_[j].answered) pick = sentences_[j].places.back();
      }
    }
    // (A bulletin's headlines, "العناوين:", are as many stories: a line without a place takes none from the
    // others.)
    if (!pick && !HeadlineList()) {
      for (uint32_t j = 0; j < sentences_.size() && Para(j) == 0 && !pick; ++j) {
        if (!sentences_[j].places.empty() && !units_[j].answered) pick = sentences_[j].places.front();
      }
    }
    if (!pick && !HeadlineList()) pick = MostNamedPlace();
    if (!pick) return;
    c.place = RefOf(pick);
    if (!c.place_inherited) {
      const Mention* locator = LocatorOf(s, pick);
      c.locator = locator ? RefOf(locator) : nullptr;
    }
    c.geo_precision = (pick->aux & geo::kPlaceNear) ? 2 : 1;
    int specificity = Specificity(pick);
    if (specificity <= 1) c.geo_precision = 3;
    else if (specificity == 2) c.geo_precision = std::max(c.geo_precision, 2);
    if (c.place->stand_in) {
      c.geo_precision = gaz_->TypeOf(c.place->place) == geo::PlaceType::kAdmin1 ? 3 : 2;
    }
    if (trace_) {
      trace_->event_places.push_back(
          {static_cast<size_t>(pick - doc_.mentions.data()), c.geo_precision, c.place_inherited});
    }
  }

  // A place or a side named in what a protest is for or against: after "نصرة لـ", "دعما لـ", "تضامنا مع",
  // "تنديدا بـ", "رفضا لـ" (a few words on), or as the object of "العدوان على", "الحرب على" (an adjective of
  // the war may stand between: "رفضاً للعدوان الإسرائيلي على غزة").
  bool ProtestCausePlace(uint32_t si, const Mention* p) const {
    const uint32_t first = units_[si].first_token;
    if (p->tok_begin >= first + 2 && TokenIs(p->tok_begin - 1, {"علي"})) {
      for (uint32_t k = 2; k <= 3 && p->tok_begin >= first + k; ++k) {
        if (TokenIs(p->tok_begin - k, {"العدوان", "الحرب", "الهجوم", "والعدوان", "والحرب", "للعدوان", "للحرب"})) return true;
      }
    }
    // The marker's object: "نصرة لغزة", "تضامنا مع قطاع غزة", "تنديدا بمجزرة رفح", "رفضا للعدوان الإسرائيلي"
    // (a place further on is mostly where the protest is: "تضامنا مع فلسطين مواجهات واعتقالات في باريس").
    constexpr uint32_t kObjectReach = 3;
    for (uint32_t k = 1; k <= kObjectReach && p->tok_begin >= first + k; ++k) {
      if (TokenIs(p->tok_begin - k, {",", "\xD8\x8C", ".", ":"})) return false;
      if (TokenIs(p->tok_begin - k, {"نصره", "دعما", "تضامنا", "تنديدا", "اسنادا", "مناصره", "تاييدا", "رفضا",
                                     "ورفضا"})) {
        return true;
      }
    }
    return false;
  }

  // Whether the document is a news bulletin's list of headlines: a line "العناوين:" opens it.
  bool HeadlineList() const {
    if (!headline_list_cached_) {
      headline_list_cached_ = true;
      headline_list_ = std::any_of(doc_.sentences.begin(), doc_.sentences.end(), [&](const Sentence& s) {
        return s.end_token > s.first_token + 1 && TokenIs(s.first_token, {"العناوين"}) && Tok(s.first_token + 1) == ":";
      });
    }
    return headline_list_;
  }

  const Mention* MostNamedPlace() const {
    if (most_named_cached_) return most_named_;
    std::map<int32_t, std::pair<int, const Mention*>> count;
    for (const PlaceRef& p : places_) {
      auto& e = count[p.mention->ref];
      if (!e.second) e.second = p.mention;
      ++e.first;
    }
    int best = 0;
    for (auto& [ref, e] : count) {
      if (e.first > best) best = e.first, most_named_ = e.second;
    }
    most_named_cached_ = true;
    return most_named_;
  }

  // "جيش الاحتلال", "طيران التحالف": words inside an actor's name are not triggers.
  static bool InsideLongerActor(const SentenceIndex& s, const Mention& m) {
    return std::any_of(s.actors.begin(), s.actors.end(), [&](const Mention* a) {
      return a->tok_begin <= m.tok_begin && m.tok_end <= a->tok_end && a->tok_end - a->tok_begin > m.tok_end - m.tok_begin;
    });
  }
  static bool InsideActor(const SentenceIndex& s, const Mention* trig) {
    for (const Mention* a : s.actors) {
      if (trig->tok_begin >= a->tok_begin && trig->tok_end <= a->tok_end) return true;
    }
    return false;
  }

  // The verb of killing ("قتل", "قتلت") reports an act only with the armed killer as its subject right
  // after it ("قتل الجيش العراقي 70 عنصرا من داعش"). Otherwise it is the passive of a toll ("قتلت مستوطنة
  // في عملية دهس", "قتل 70 عنصرا") or the noun of talk ("عمليات قتل واستهداف ممنهج"), and no trigger at
  // all: indexed, it would still make the words after it look like the objects of an act.
  bool KillingVerb(const Mention& trig) const {
    if (trig.kind != MentionKind::kTrigger || trig.tok_end - trig.tok_begin != 1) return false;
    std::string_view w = Tok(trig.tok_begin);
    w.remove_prefix(std::min<size_t>(w.size(), trig.begin - doc_.tokens[trig.tok_begin].begin));  // "وقتل"
    return w == "قتل" || w == "قتلت" || w == "يقتل" || w == "تقتل";
  }
  // "أن القوات العراقية قتلت ثلاثة إرهابيين": the armed side `a` right before the verb of killing (or
  // before its nationality, "القوات" + "العراقية") is its subject when a count, the object, follows the
  // verb. (The passive after a side's dead is followed by how or where: "جندي إسرائيلي قتل في".)
  bool KillerBeforeKilling(const Mention& trig, const Mention& a) const {
    if (a.kind != MentionKind::kActor || a.tok_end > trig.tok_begin || a.tok_end + 1 < trig.tok_begin) return false;
    if (!CountAfter(trig)) return false;
    if (a.tok_end == trig.tok_begin) return true;
    return std::any_of(doc_.mentions.begin(), doc_.mentions.end(), [&](const Mention& n) {
      return n.kind == MentionKind::kActor && n.tok_begin == a.tok_end && n.tok_end == trig.tok_begin &&
             static_cast<ActorForm>(n.aux) == ActorForm::kAdjective;
    });
  }
  bool CountAfter(const Mention& trig) const {
    return std::any_of(doc_.mentions.begin(), doc_.mentions.end(), [&](const Mention& n) {
      return n.kind == MentionKind::kNumber && n.tok_begin == trig.tok_end;
    });
  }
  bool KillingWithoutKiller(const Mention& trig) const {
    if (!KillingVerb(trig)) return false;
    return std::none_of(doc_.mentions.begin(), doc_.mentions.end(), [&](const Mention& a) {
      return a.kind == MentionKind::kActor && (a.tok_begin == trig.tok_end || KillerBeforeKilling(trig, a)) &&
             static_cast<ActorForm>(a.aux) != ActorForm::kAdjective && Armed(Inter(a.ref));
    });
  }

  // True when the words of `trig` are also a trigger in the active verb form ("تظاهر": the noun and the
  // verb are spelled alike), in unit `unit`.
  bool ReadsAsVerb(uint32_t unit, const Mention& trig) const {
    const std::vector<const Mention*>& triggers = sentences_[unit].triggers;
    return std::any_of(triggers.begin(), triggers.end(), [&](const Mention* m) {
      return m->tok_begin == trig.tok_begin && m->tok_end == trig.tok_end &&
             lex_.trigger(m->ref).form == TriggerForm::kVerbActive;
    });
  }

  // "أسفر", "أدى", "خلّف", "أوقع": a verb that introduces what an act led to.
  bool ResultVerb(uint32_t t) const {
    return TokenIs(t, {"اسفر", "اسفرت", "ادي", "ادت", "خلف", "خلفت", "اوقع", "اوقعت", "واسفر", "واسفرت", "وادي", "وادت"});
  }

  // "ما أسفر عن مقتله", "ما أدى إلى إصابتها", "أدى لمقتلهما": a cue with the pronoun of whom the act hit,
  // counted by the pronoun (1, 2 for the dual), only in the clause of the act's result: elsewhere ("بعد
  // مقتله", "ذكرى استشهاده") it recalls a death told before, 0. The plural ("غارة على سيارة تقل عناصر من
  // القاعدة، ما أدى إلى مقتلهم") counts the figure the clause gave them before the verb, or is an unnumbered
  // plural (3, GUIDELINES). Not a cue with a pronoun: nullopt.
  std::optional<int64_t> PronounToll(const Mention& cue) const {
    std::string_view w = Tok(cue.tok_begin);
    const size_t clitic = std::min<size_t>(w.size(), cue.begin - doc_.tokens[cue.tok_begin].begin);
    const bool lam = clitic > 0 && w.substr(0, clitic).ends_with("\xD9\x84");  // "لمقتله"
    w.remove_prefix(clitic);
    std::optional<int64_t> n;
    for (std::string_view stem : {"مقتل", "استشهاد", "وفات", "اصابت"}) {
      if (!w.starts_with(stem)) continue;
      const std::string_view pronoun = w.substr(stem.size());
      if (pronoun == "ه" || pronoun == "ها") n = 1;
      if (pronoun == "هما") n = 2;
      // (The wounded in the plural are left uncounted, as everywhere.)
      if (pronoun == "هم" || pronoun == "هن") n = stem == "اصابت" ? 0 : kUnnumberedPlural;
      break;
    }
    if (!n || *n == 0) return n;
    const uint32_t t = cue.tok_begin;
    const uint32_t verb = lam ? t - 1 : t - 2;
    const bool result = t >= 2 && ((lam && ResultVerb(t - 1)) || (TokenIs(t - 1, {"عن", "الي"}) && ResultVerb(t - 2)));
    if (!result) return 0;
    if (*n == kUnnumberedPlural) {
      // ("سيارة تقل 4 عناصر من القاعدة، ما أدى إلى مقتلهم": the last figure of the clause before the verb.)
      const SentenceIndex& s = sentences_[unit_of_token_[t]];
      for (auto it = s.numbers.rbegin(); it != s.numbers.rend(); ++it) {
        if ((*it)->tok_end <= verb && !((*it)->aux & kNumberVague)) {
          n = (*it)->value;
          break;
        }
      }
    }
    // "انقلبت سيارته نتيجة حادث سير، ما أدى إلى إصابته": what an accident led to is no act's toll.
    constexpr uint32_t kCauseReach = 14;  // "انقلبت سيارته نتيجة حادث حصل في أثناء خروجه من مكان العملية، ما أدى"
    const uint32_t first = units_[unit_of_token_[t]].first_token;
    for (uint32_t k = verb; k-- > first && verb - k <= kCauseReach;) {
      if (TokenIs(k, {"سير", "مروري", "انقلبت", "انقلاب", "اصطدام", "اصطدمت"}) ||
          (TokenIs(k, {"حادث", "حادثه"}) && TokenIs(k + 1, {"سياره", "مرور"}))) {
        return 0;
      }
    }
    return *n;
  }

  // True when the act of `c` is followed by what it led to, a written toll of dead: "عملية عسكرية استمرت
  // يومين، أسفرت عن استشهاد 12 فلسطينيا", "غارة أدت إلى مقتل 5". At most kReach words between.
  bool TollOfTheAct(const Candidate& c) const {
    constexpr uint32_t kReach = 6;
    // ("شنت قوات الدعم السريع هجوما على مخيم زمزم للنازحين جنوب الفاشر، ما أسفر عن مقتل": the clause of
    // result reaches past the act's object and place, when no other act stands between.)
    constexpr uint32_t kResultClauseReach = 16;
    const uint32_t end = c.trigger_mention->tok_end;
    const SentenceIndex& s = sentences_[c.sentence];
    auto result = [&](uint32_t t) { return ResultVerb(t); };
    auto result_clause = [&](const Casualty& k) {
      const uint32_t t = k.cue->tok_begin;
      if (t - end > kResultClauseReach) return false;
      // "ما أسفر عن" before the cue, or the cue starting with the verb ("ما أسفرت عن مقتل" as one cue).
      uint32_t ma = 0;
      if (t >= end + 1 && result(t) && TokenIs(t - 1, {"ما", "مما"})) {
        ma = t - 1;
      } else if (t >= end + 3 && TokenIs(t - 1, {"عن", "الي"}) && result(t - 2) && TokenIs(t - 3, {"ما", "مما"})) {
        ma = t - 3;
      } else {
        return false;
      }
      return std::none_of(s.triggers.begin(), s.triggers.end(), [&](const Mention* o) {
        return o != c.trigger_mention && o->tok_begin >= end && o->tok_end <= ma;
      });
    };
    return std::any_of(c.casualties.begin(), c.casualties.end(), [&](const Casualty& k) {
      if (!k.killed || !k.Written() || !k.cue || k.cue->tok_begin < end) return false;
      if (k.cue->tok_begin - end > kReach) return result_clause(k);
      // "أسفرت عن استشهاد" (one cue), "ما أسفر عن", "وأسفر عن ارتقاء" (the verb before the cue); "أسفر
      // الهجوم الإرهابي على مدينة بن قردان عن مقتل 36" (the verb before the act, its subject).
      const uint32_t t = k.cue->tok_begin;
      const uint32_t act = c.trigger_mention->tok_begin;
      return result(t) || (TokenIs(t, {"ما"}) && result(t + 1)) ||
             (t >= end + 2 && TokenIs(t - 1, {"عن", "الي"}) && result(t - 2)) ||
             (act > 0 && result(act - 1) && TokenIs(t - 1, {"عن", "الي"}) &&
              PlaceBetween(sentences_[c.sentence], end, t));  // (its own place: not "وأسفرت الضربات عن")
    });
  }

  // True when a military site is named as what the act at `from` struck, in its unit: "هجوم ... على قاعدة
  // عسكرية", "غارة على مطار".
  bool SiteStruck(uint32_t unit, uint32_t from) const {
    constexpr uint32_t kReach = 6;  // "هجوم بطائرة مسيرة على قاعدة"
    // (The words of a side named between count as one: "هجوم شنه مسلحون من حزب العمال الكردستاني على قاعدة".)
    const std::vector<const Mention*>& actors = sentences_[unit].actors;
    uint32_t words = 0;
    for (uint32_t t = from; t + 1 < units_[unit].end_token && words < kReach; ++t) {
      const bool inside_side = std::any_of(actors.begin(), actors.end(), [&](const Mention* a) {
        return a->tok_begin < t && t < a->tok_end;
      });
      words += !inside_side;
      if (TokenIs(t, {"علي"}) && TokenIs(t + 1, {"قاعده", "معسكر", "ثكنه", "مطار", "مقر", "موقع", "حاجز", "نقطه"})) return true;
    }
    return false;
  }

  // True when a written toll of dead is told right before the act of `c` as what they died in: "قتل 28
  // شخصا على الأقل في هجوم", "مقتل 5 جنود بهجوم", "استشهاد 3 إثر قصف". At most kReach words between
  // (the wounded may be counted there too); a day told as an aside between commas ("قتل 235 شخصا على
  // الأقل، أمس الجمعة، في هجوم") is no word of the clause.
  bool DiedInTheAct(const Candidate& c) const {
    constexpr uint32_t kReach = 8;  // "قتل 28 شخصا على الأقل وأصيب 25 آخرون في"
    const uint32_t t = c.trigger_mention->tok_begin;
    const bool own_ba = c.trigger_mention->begin > doc_.tokens[t].begin &&
                        Tok(t).substr(0, c.trigger_mention->begin - doc_.tokens[t].begin).find("\xD8\xA8") != std::string_view::npos;
    // (Triggers written with their ب: "قتل ثلاثة مدنيين بنيران الحوثيين", "برصاص قناص", "بسكين".)
    const bool written_ba = TokenIs(t, {"بنيران", "برصاص", "بالرصاص", "بسكين", "بالاسلحه"});
    const bool in = own_ba || written_ba || (t > 0 && TokenIs(t - 1, {"في", "خلال", "جراء", "اثر", "عقب"}));
    if (!in) return false;
    return std::any_of(c.casualties.begin(), c.casualties.end(), [&](const Casualty& k) {
      return k.killed && k.Written() && k.cue && k.cue->tok_end <= t &&
             t - k.cue->tok_end - AsideTokens(sentences_[c.sentence], k.cue->tok_end, t) <= kReach;
    });
  }

  // Token `t`, or the token after a time expression that starts there ("اليوم" in "قتلت وحدات الحرس الوطني
  // اليوم عنصرين", "أضرب اليوم عمال"): where a verb's next word is once a day said with it is passed.
  static uint32_t PastTime(const SentenceIndex& s, uint32_t t) {
    for (const Mention* m : s.times) {
      if (m->tok_begin == t) t = m->tok_end;  // (in text order: "اليوم" then one right after it)
    }
    return t;
  }

  // Whether token `t` lies inside one of the sentence's time expressions.
  static bool InTime(const SentenceIndex& s, uint32_t t) {
    return std::any_of(s.times.begin(), s.times.end(), [&](const Mention* m) { return m->tok_begin <= t && t < m->tok_end; });
  }

  // Whether token `t` is punctuation or inside a time expression: an aside, no word of the clause.
  bool Aside(const SentenceIndex& s, uint32_t t) const { return InTime(s, t) || doc_.tokens[t].kind == TokenKind::kPunct; }

  // The tokens of [from, to) that are asides ("قوات الجيش، الثلاثاء، العشرات" has three words of its own
  // between the verb and the figure).
  uint32_t AsideTokens(const SentenceIndex& s, uint32_t from, uint32_t to) const {
    uint32_t aside = 0;
    for (uint32_t t = from; t < to; ++t) aside += Aside(s, t);
    return aside;
  }

  // "قتل ثلاثة مدنيين على يد مسلحين", "مقتل 53 جنديا على أيدي مقاتلي القسام": "على يد" names the killer
  // of the dead counted just before it, and is then the act. Anywhere else ("المدربة على أيدي خبراء",
  // "تخرج على يد أساتذته") it is no act.
  bool AgentWithoutKilling(const Mention& trig) const {
    if (trig.kind != MentionKind::kTrigger || trig.tok_end != trig.tok_begin + 2 || !TokenIs(trig.tok_begin, {"علي"}) ||
        !TokenIs(trig.tok_begin + 1, {"يد", "ايدي"})) {
      return false;
    }
    constexpr uint32_t kReach = 10;  // "مقتل 53 جنديا إسرائيليا "من نقطة صفر" على أيدي"
    const uint32_t sentence = doc_.tokens[trig.tok_begin].sentence;
    return std::none_of(doc_.mentions.begin(), doc_.mentions.end(), [&](const Mention& k) {
      if (!IsCue(&k, Cue::kKilled) || k.tok_end > trig.tok_begin || k.tok_end + kReach < trig.tok_begin ||
          doc_.tokens[k.tok_begin].sentence != sentence) {
        return false;
      }
      // Not history told in passing: "قتل الكثير من الكمبوديين على أيدي الطائرات الأميركية" (no count),
      // "الأحداث التي أدت إلى قتل رجل على يد الشرطة" (the killing as the object of another verb), "كانا
      // قد قتلا على يد التنظيم أثناء هجومه" (the pluperfect of the background).
      const bool pluperfect = k.tok_begin >= 2 && TokenIs(k.tok_begin - 1, {"قد"}) &&
                              TokenIs(k.tok_begin - 2, {"كان", "كانا", "كانوا", "كانت", "كانتا"});
      return !pluperfect && !TokenIs(k.tok_end, {"الكثير", "العديد", "كثير", "كثيرون", "الالاف", "الاف"}) &&
             !(k.tok_begin > 0 && TokenIs(k.tok_begin - 1, {"الي"}));
    });
  }

  // "أفشلت قوات الشرعية هجوماً لمليشيا الحوثي", "أفشلت المقاومة محاولتي توغل": foiling is a fight only
  // when what was foiled is an attack or an attempt, named within a few words (its subject may stand
  // between); "أفشلت واشنطن وحلفاؤها مشروعي قرارين" foiled a vote.
  bool FoiledNoAttack(const Mention& trig) const {
    if (trig.kind != MentionKind::kTrigger || trig.tok_end != trig.tok_begin + 1 ||
        !TokenIs(trig.tok_begin, {"افشلت", "وافشلت", "افشل", "وافشل", "افشلوا"})) {
      return false;
    }
    // ("أفشلت ألوية العمالقة التي تعمل ضمن القوات ... بإسناد من التحالف العربي، الخميس، عملية تسلل")
    constexpr uint32_t kReach = 20;
    const uint32_t sentence = doc_.tokens[trig.tok_begin].sentence;
    for (uint32_t k = trig.tok_end; k < doc_.tokens.size() && k <= trig.tok_end + kReach; ++k) {
      if (doc_.tokens[k].sentence != sentence) break;
      const std::string_view w = Tok(k);
      for (std::string_view stem : {"هجوم", "هجمات", "هجوما", "محاول", "تسلل", "عمليه", "زحف", "تقدم", "اقتحام", "توغل",
                                    "مخطط", "كمين", "تخريب"}) {
        if (w.find(stem) != std::string_view::npos) return false;
      }
    }
    return true;
  }

  // "غارة على مستودع صواريخ", "قتل 7 خبراء متفجرات", "مخزن ذخيرة وصواريخ": a weapon named as what is
  // stored, made or handled is the target or a trade, not the means of the act.
  bool HeldWeapon(const Mention* trig) const {
    if (lex_.trigger(trig->ref).form != TriggerForm::kWeapon) return false;
    auto holder = [&](uint32_t t) {
      return TokenIs(t, {"مستودع", "مستودعا", "مستودعات", "المستودع", "المستودعات", "مخزن", "مخزنا", "مخازن", "المخزن",
                         "المخازن", "مصنع", "مصنعا", "مصانع", "المصنع", "المصانع", "معمل", "معملا", "معامل", "ورشه",
                         "ورش", "شحنه", "شحنات", "الشحنه", "الشحنات", "منصه", "منصات", "المنصه", "المنصات", "خبير",
                         "خبيرا", "خبراء", "الخبير", "الخبراء", "خبيري", "مهندس", "مهندسي", "صناعه", "تصنيع",
                         "لصناعه", "لتصنيع", "تهريب", "مهربي", "تجار", "تجاره", "يحمل", "تحمل", "يحملون",
                         "محمل", "محمله", "محملا"});
    };
    const uint32_t t = trig->tok_begin;
    if (t >= 1 && holder(t - 1)) return true;
    // "مخزن ذخيرة وصواريخ": coordinated with a held weapon
    return t >= 2 && holder(t - 2) && Tok(t).starts_with("\xD9\x88");  // و
  }

  bool Irrealis(const SentenceIndex& s, const Mention* trig) const {
    for (const Mention* c : s.cues) {
      if (IsCue(c, Cue::kIrrealis) && c->tok_end <= trig->tok_begin && trig->tok_begin - c->tok_end <= 1) return true;
    }
    // "ستستهدف", "وسيقصف": a verb read behind the future prefix سـ is an act to come (and "ساغار", a storm's
    // name, is no "أغار").
    if (const Token& tok = doc_.tokens[trig->tok_begin]; trig->begin > tok.begin) {
      const std::string_view prefix = Tok(trig->tok_begin).substr(0, trig->begin - tok.begin);
      if (prefix.ends_with("\xD8\xB3")) return true;  // س
    }
    // "عملية واسعة للقبض على المطلوبين", "حملة لاعتقال": an arrest with the لـ of purpose is the aim of an
    // operation, not an arrest made (unless someone was subjected to it: "تعرض للاعتقال").
    const uint32_t t = trig->tok_begin;
    // "أوقف رئيس الوزراء وزير الكهرباء عن العمل": suspended from office, not detained.
    if (lex_.trigger(trig->ref).sub_event_type == "Arrests") {
      constexpr uint32_t kObjectReach = 10;  // who suspended whom stands between
      for (uint32_t k = trig->tok_end; k + 1 < doc_.tokens.size() && k < trig->tok_end + kObjectReach; ++k) {
        if (TokenIs(k, {"عن"}) && TokenIs(k + 1, {"العمل", "عمله", "عملها", "عملهم", "مهامه", "مهامها", "منصبه"})) return true;
      }
      // "أوقفت ضخ الغاز", "أوقفت أنقرة مؤقتاً خططها": stopping an activity, not detaining anyone.
      constexpr uint32_t kActivityReach = 5;  // the subject and a day may stand between
      if (Tok(trig->tok_begin).find("وقف") != std::string_view::npos) {
        for (uint32_t k = trig->tok_end; k < doc_.tokens.size() && k < trig->tok_end + kActivityReach; ++k) {
          if (TokenIs(k, {"ضخ", "تصدير", "صادرات", "خطط", "خططها", "خطته", "خطتها", "العمل", "عمل", "نشاط", "انشطه",
                          "انشطتها", "امدادات", "الرحلات", "رحلات", "المفاوضات", "التعاون", "الدعم", "تمويل", "التمويل",
                          "البث", "الانتاج", "انتاج", "العمليات", "عملياتها", "العمليه", "الحرب", "القتال", "اطلاق"})) {
            return true;
          }
        }
      }
    }
    // "مكافأة لمن يدلي بمعلومات تؤدي إلى القبض على الصماد", "تقود إلى توقيف المسؤولين": the arrest the
    // information may lead to, in the present of an offer, has not been made.
    if (lex_.trigger(trig->ref).sub_event_type == "Arrests" && t >= 2 && TokenIs(t - 1, {"الي"}) &&
        TokenIs(t - 2, {"تودي", "يودي", "تقود", "يقود", "تفضي", "يفضي"})) {
      return true;
    }
    if (lex_.trigger(trig->ref).sub_event_type == "Arrests" && trig->begin != doc_.tokens[t].begin &&
        Tok(t).starts_with("\xD9\x84") &&
        !(t > 0 && TokenIs(t - 1, {"تعرض", "تعرضت", "تعرضوا", "يتعرض", "تتعرض", "يتعرضون"}))) {
      return true;
    }
    // "تسعى القوات الحكومية لاستعادة السيطرة", "تأهبا لتحرير": ground an operation is to take, with the لـ
    // of purpose on its noun, is not taken yet.
    const std::string& sub = lex_.trigger(trig->ref).sub_event_type;
    if (TerritorialSub(sub) &&
        trig->begin != doc_.tokens[t].begin && Tok(t).starts_with("\xD9\x84")) {  // ل
      return true;
    }
    return false;
  }

  // "وحاول مسلحو الحوثي السيطرة على تبة", "تحاول القوات الحكومية استعادة مواقع", "فشل هجوم لتنظيم داعش في
  // السيطرة على الباغوز": ground a side only tried to take did not change hands; the attempt is the
  // fighting. Only the attacker, the attack, its day and في stand between the attempt and the
  // taking ("حاولوا الفرار أثناء تطهير المناطق" tried something else), and ground taken after attempts was
  // taken ("بعد محاولات عدة سيطرت").
  bool AttemptedOnly(const Mention* trig) const {
    // (The attacker may stand in the clause before a day between commas: all mentions, not the unit's.)
    auto named = [&](uint32_t t) {
      return std::any_of(doc_.mentions.begin(), doc_.mentions.end(), [&](const Mention& m) {
        return (m.kind == MentionKind::kActor || m.kind == MentionKind::kTrigger || m.kind == MentionKind::kTime) &&
               m.tok_begin <= t && t < m.tok_end;
      });
    };
    constexpr uint32_t kReach = 8;  // a name of several words, a day between commas
    const uint32_t first = trig->tok_begin > kReach ? trig->tok_begin - kReach : 0;
    for (uint32_t t = trig->tok_begin; t-- > first;) {
      if (TokenIs(t, {"محاوله", "محاولات", "حاول", "حاولت", "حاولوا", "وحاول", "وحاولت", "وحاولوا", "يحاول", "تحاول",
                      "يحاولون", "فشل", "فشلت", "فشلوا", "وفشل", "وفشلت"})) {
        return !(t > 0 && TokenIs(t - 1, {"بعد", "وبعد", "عقب", "وعقب", "اثر"}));
      }
      if (!named(t) && !TokenIs(t, {"في", "\xD8\x8C", ","})) return false;
    }
    return false;
  }

  // "ردا على العدوان", "وردا على القصف", "انتقاما للغارة": the act a response answers.
  bool Answered(const Mention& trig) const {
    const uint32_t t = trig.tok_begin;
    return (t >= 2 && TokenIs(t - 1, {"علي"}) && TokenIs(t - 2, {"ردا", "وردا"})) ||
           (t >= 1 && TokenIs(t - 1, {"ردا", "وردا", "انتقاما", "وانتقاما"}));
  }

  // "السائق الذي تظاهر بأنه يترجل من سيارته", "تظاهر السائق بأنه": to make a show of ("تظاهر بأن") is no
  // demonstration.
  bool Pretense(const Mention& trig) const {
    constexpr uint32_t kSubjectReach = 2;  // the subject may come between: "تظاهر السائق بأنه"
    bool show = false;
    for (uint32_t t = trig.tok_end; t <= trig.tok_end + kSubjectReach && t < doc_.tokens.size(); ++t) {
      if (Tok(t).starts_with("بان")) show = true;
      if (show || doc_.tokens[t].kind != TokenKind::kArabic) break;
    }
    if (trig.tok_end != trig.tok_begin + 1 || !show) return false;
    std::string_view w = Tok(trig.tok_begin);
    w.remove_prefix(std::min<size_t>(w.size(), trig.begin - doc_.tokens[trig.tok_begin].begin));
    return w == "تظاهر" || w == "تظاهرت" || w == "يتظاهر" || w == "تتظاهر" || w == "تظاهروا" || w == "يتظاهرون";
  }

  // "نصبت مدافع هاون في حويجة البصيرة", "بنصب بطاريات مدفعية", "نشر آليات ثقيلة ودبابات ومدفعية",
  // "استقدمت تعزيزات ومدفعية ثقيلة", "أداء مدافع الهاوتزر": guns set up, sent, owned or judged are no
  // shelling; the trigger is the gun's own word, a few words after one of placing or having them.
  bool GunsDeployed(const Mention& trig) const {
    if (lex_.trigger(trig.ref).sub_event_type != "Shelling/artillery/missile attack") return false;
    const std::string_view gun = Tok(trig.tok_begin);
    bool is_gun = false;
    for (std::string_view stem : {"مدفعيه", "مدافع", "دبابات", "راجمات", "هاوتزر", "هاون"}) {
      if (gun.find(stem) != std::string_view::npos) is_gun = true;
    }
    if (!is_gun) return false;
    constexpr uint32_t kReach = 4;  // "نشر آليات ثقيلة ودبابات ومدفعية"
    const uint32_t first = units_[unit_of_token_[trig.tok_begin]].first_token;
    for (uint32_t k = 1; k <= kReach && trig.tok_begin >= first + k; ++k) {
      const uint32_t t = trig.tok_begin - k;
      if (doc_.tokens[t].kind != TokenKind::kArabic) return false;
      if (TokenIs(t, {"نصب", "ونصب", "نصبت", "ونصبت", "نصبوا", "ونصبوا", "بنصب", "ينصب", "تنصب", "نشر", "ونشر",
                      "نشرت", "ونشرت", "بنشر", "ينشر", "تنشر", "استقدم", "استقدمت", "واستقدم", "واستقدمت",
                      "باستقدام", "استقدام", "تعزيزات", "ارسال", "بارسال", "ارسل", "ارسلت", "وارسلت", "تسليم",
                      "بتسليم", "تزويد", "بتزويد", "تمتلك", "يمتلك", "امتلاك", "اداء", "شراء", "صفقه", "تتمركز",
                      "يتمركز", "تمركز", "سحب", "بسحب", "نقل", "بنقل", "حشد", "حشدت", "وحشدت", "ادخال", "بادخال"})) {
        return true;
      }
    }
    return false;
  }

  // The unit counts from the start of an act: "منذ بدء العملية العسكرية", "ومنذ اندلاع المعارك".
  bool SincePeriodStart(uint32_t unit) const {
    for (uint32_t t = units_[unit].first_token; t + 1 < units_[unit].end_token; ++t) {
      if (TallySinceAt(t)) return true;
    }
    return false;
  }
  bool PeriodStartAt(uint32_t t) const {
    // ("منذ إعلان ترامب", "منذ توقيع الاتفاق", "منذ دخول الهدنة حيز التنفيذ": a declaration or a deal
    // opens a period as the start of an act does.)
    if (!TokenIs(t, {"منذ", "ومنذ"})) return false;
    if (TokenIs(t + 1, {"بدايه", "بدء", "اندلاع", "انطلاق", "اعلان", "توقيع", "دخول"})) return true;
    // The verb as well: "منذ أن بدأت الحكومة غاراتها", "منذ اندلعت الحرب".
    const uint32_t verb = TokenIs(t + 1, {"ان"}) ? t + 2 : t + 1;
    return TokenIs(verb, {"بدات", "بدا", "بداوا", "اندلعت", "اندلع", "انطلقت", "انطلق", "دخلت", "دخل", "اعلنت", "اعلن"});
  }

  // Whether unit `unit` tells of drones ("طائرة مسيرة", "بمسيرات", "طائرات بدون طيار", "درون").
  bool DronesTold(uint32_t unit) const {
    for (uint32_t t = units_[unit].first_token; t < units_[unit].end_token; ++t) {
      const std::string_view w = Tok(t);
      if (w.find("مسير") != std::string_view::npos || w.find("طيار") != std::string_view::npos ||
          w.find("درون") != std::string_view::npos) {
        return true;
      }
    }
    return false;
  }

  // Whether unit `unit` adds its act to a running total or measures it against one ("ليرتفع عدد الشهداء
  // إلى", "ما يرفع عدد الشهداء الصحافيين إلى 23 منذ بداية العدوان", "في حصيلة هي الأعلى منذ بدء الحرب").
  bool AddsToTotal(uint32_t unit) const {
    for (uint32_t t = units_[unit].first_token; t < units_[unit].end_token; ++t) {
      if (TokenIs(t, {"ليرتفع", "لترتفع", "ليصل", "لتصل", "ليبلغ", "لتبلغ", "يرفع", "ترفع", "رفع", "ليرفع", "لترفع",
                      "ليزيد", "يزيد", "الاعلي"})) {
        return true;
      }
    }
    return false;
  }

  // PeriodStartAt(t), and what is told before it sums the period up: not a superlative, which measures one
  // act against the period ("الأعنف منذ إعلان النصر", "الأول من نوعه منذ بدء الحرب").
  bool TallySinceAt(uint32_t t) const {
    return PeriodStartAt(t) && !(t > 0 && TokenIs(t - 1, {"الاعنف", "الاكبر", "الاكثر", "الاسوا", "الاشد", "الاخطر",
                                                          "الادمي", "الاول", "الاولي", "نوعه", "نوعها"}));
  }

  // "ومنذ بدء الهجوم الحاسم لقوات الجيش الليبي", "منذ اندلاع المعارك": the act whose start opens a period
  // dates the period; it is not reported.
  bool PeriodStart(const Mention& trig) const { return trig.tok_begin >= 2 && PeriodStartAt(trig.tok_begin - 2); }

  // "وتتعرض المنطقة لقصف متكرر منذ أسابيع", "يشهد الحي اشتباكات منذ أيام": what a place undergoes, in the
  // present, since a span of time, is a state of affairs, not one event (no day of its own is told).
  bool OngoingSince(uint32_t si, const Mention& trig) const {
    const SentenceIndex& s = sentences_[si];
    const uint32_t first = units_[si].first_token, end = units_[si].end_token;
    // (The span first: few sentences have one. "منذ" is asked once per unit, for all its triggers.)
    Unit& unit = units_[si];
    if (unit.since < 0) {
      unit.since = 0;
      for (uint32_t t = first; t < end && unit.since == 0; ++t) {
        if (TokenIs(t, {"منذ"})) unit.since = 1;
      }
    }
    if (unit.since == 0) return false;
    for (uint32_t t = trig.tok_end; t + 1 < end; ++t) {
      if (!TokenIs(t, {"منذ"}) ||
          !TokenIs(t + 1, {"اسابيع", "اشهر", "شهور", "ايام", "سنوات", "اعوام", "سنين", "فتره", "مده", "بدايه", "مطلع"})) {
        continue;
      }
      // (A day told besides the span is the event's: "منذ أيام، وقتل اليوم ...".)
      if (!std::all_of(s.times.begin(), s.times.end(), [&](const Mention* m) { return m->tok_begin >= t && m->tok_begin <= t + 2; })) {
        return false;
      }
      for (uint32_t k = first; k < trig.tok_begin; ++k) {
        if (TokenIs(k, {"تتعرض", "يتعرض", "وتتعرض", "ويتعرض", "تشهد", "يشهد", "وتشهد", "ويشهد", "تعيش", "يعيش"})) return true;
      }
      return false;
    }
    return false;
  }

  // A non-event word before the trigger, or over it ("تنفيذ أحكام الإعدام"), or a future day or a
  // habitual act ("تظاهرات شبه يومية") anywhere in the sentence.
  bool NonEventBefore(const SentenceIndex& s, const Mention* trig) const {
    for (const Mention* c : s.cues) {
      // ("عناصر الأمن العام": a word inside the longer name of a side, not "عام" of an anniversary; "طالب"
      // is "demanded" though a student is a civilian too.)
      if (IsCue(c, Cue::kNonEvent) && c->tok_begin <= trig->tok_begin && !InsideLongerActor(s, *c)) return true;
      if (IsCue(c, Cue::kHabitual)) return true;
      if (IsCue(c, Cue::kFuture)) {
        // ("تظاهر ألف شخص في هامبورغ، ومن المقرر أن تخرج تجمعات أخرى": what is scheduled comes after the
        // words; an act told before them happened.)
        const bool scheduled = c->tok_end > c->tok_begin && TokenIs(c->tok_end - 1, {"المقرر"});
        if (!scheduled || c->tok_begin <= trig->tok_begin) return true;
      }
    }
    return false;
  }

  // A noun of leaving or being removed ("انسحاب", "خروج", "مغادرة", "إخلاء", "إجلاء", "ترحيل", "إخراج"),
  // with any proclitics: its possessor is the side that leaves.
  static bool Departure(std::string_view tok) {
    for (std::string_view w : {"انسحاب", "خروج", "مغادره", "اخلاء", "اجلاء", "ترحيل", "اخراج"}) {
      if (tok.ends_with(w)) return true;
    }
    return false;
  }

  // "قذيفة", "بقذيفتي": one or two rounds, with any proclitics.
  static bool SingleRound(std::string_view tok) {
    return tok.ends_with("قذيفه") || tok.ends_with("قذيفتي") || tok.ends_with("قذيفتين");
  }

  // Prefers the stronger trigger, then the longer phrase (more specific), then the earlier one.
  // A trigger in a background clause ("بعد قصف مكثف", "عقب اشتباكات") tells what preceded the event.
  double TriggerScore(const Mention* m) const {
    double w = lex_.trigger(m->ref).weight;
    if (m->tok_begin > 0 && TokenIs(m->tok_begin - 1, {"بعد", "عقب", "اثر", "باثر"})) w -= 0.3;
    return w;
  }

  // A raid's word ("اقتحام مخيم", "اقتحامات"), which ACLED codes as a strategic development when it harms
  // no one.
  bool RaidWord(const Mention& trig) const {
    const Trigger& t = lex_.trigger(trig.ref);
    if (t.event_type != "Strategic developments" || t.sub_event_type != "Other") return false;
    std::string_view w = Tok(trig.tok_begin);
    for (std::string_view clitic : {"\xD9\x88", "\xD9\x84", "\xD8\xA8"}) {  // و ل ب
      if (w.starts_with(clitic)) {
        w.remove_prefix(clitic.size());
        break;
      }
    }
    return w.starts_with("اقتحام") || w.starts_with("توغل");
  }

  bool BetterTrigger(const Mention* a, const Mention* b) const {
    double wa = TriggerScore(a), wb = TriggerScore(b);
    if (wa != wb) return wa > wb;
    uint32_t la = a->tok_end - a->tok_begin, lb = b->tok_end - b->tok_begin;
    if (la != lb) return la > lb;
    return a->tok_begin < b->tok_begin;
  }

  // "سقوط 22 صاروخا على قاعدة عين الأسد": what falls is the weapon named right after the word of a fall,
  // which is then no town taken.
  bool WeaponFalls(const SentenceIndex& s, const Mention* trig) const {
    if (!TerritorialSub(lex_.trigger(trig->ref).sub_event_type) ||
        !TokenIs(trig->tok_begin, {"سقوط", "وسقوط", "بسقوط", "تساقط"})) {
      return false;
    }
    return std::any_of(s.triggers.begin(), s.triggers.end(), [&](const Mention* w) {
      return lex_.trigger(w->ref).form == TriggerForm::kWeapon && w->tok_begin >= trig->tok_end &&
             w->tok_begin <= trig->tok_end + 1;
    });
  }

  // "تبادلت القوات ... إطلاق النار": a verb of exchange within the clause, a few words before the shooting.
  bool ExchangeVerbBefore(uint32_t si, const Mention* shooting) const {
    if (!TokenIs(shooting->tok_begin, {"اطلاق", "لاطلاق"})) return false;
    constexpr uint32_t kSubjectsReach = 7;  // "تبادلت القوات المغربية وعناصر جبهة البوليساريو"
    const uint32_t first = units_[si].first_token;
    // (Its subjects between: right before the shooting, "تبادل لإطلاق نار", it is the noun, already a
    // phrase of the dictionary when it is one.)
    for (uint32_t k = 1; k <= kSubjectsReach && shooting->tok_begin >= first + k; ++k) {
      const uint32_t t = shooting->tok_begin - k;
      if (TokenIs(t, {",", "\xD8\x8C", "."})) return false;
      if (TokenIs(t, {"تبادل", "تبادلت", "وتبادل", "وتبادلت", "تبادلتا", "تبادلوا", "وتبادلوا"})) return k >= 2;
    }
    return false;
  }

  // A sentence of news reports one event: the strongest trigger names it, the others only support it.
  void BuildCandidates(uint32_t si, std::vector<Candidate>& out) const {
    const SentenceIndex& s = sentences_[si];
    if (s.triggers.empty() && out.empty()) return;
    // (A sentence with no act, place or day of its own can only count the act just told.)
    const bool toll_only = s.triggers.empty() && (s.places.empty() || s.times.empty());
    if (toll_only && (out.size() != 1 || out.front().sentence + 1 != si)) return;
    if (units_[si].answered || PeriodSummary(si) || Question(si) || LinkLine(si)) return;
    std::vector<Casualty> casualties = Casualties(si);
    if (toll_only) {
      TollOfTheOnlyAct(si, casualties, out);
      return;
    }
    if (s.triggers.empty()) {
      if (!TollOfTheLeadAct(si, casualties, out)) TollUpdate(si, casualties, out);
      return;
    }
    const Mention* best = nullptr;
    bool act_named = !casualties.empty();
    const uint32_t first = units_[si].first_token;
    for (const Mention* trig : s.triggers) {
      const Trigger& t = lex_.trigger(trig->ref);
      if (t.form != TriggerForm::kWeapon) {
        // (An act that is only a purpose or a duty names no firing: "صواريخ ترامب يجب أن تستهدف الإرهابيين".)
        if (!InsideActor(s, trig) && !Irrealis(s, trig)) act_named = true;
        continue;
      }
      // "ألقى مجهول قنبلة يدوية في شارع المدارس": a grenade thrown is an act.
      if (t.sub_event_type == "Grenade" && !InsideActor(s, trig) && !HeldWeapon(trig)) {
        constexpr uint32_t kThrownReach = 6;  // the thrower's name and a day may stand between
        for (uint32_t k = 1; k <= kThrownReach && trig->tok_begin >= first + k; ++k) {
          if (TokenIs(trig->tok_begin - k, {"القي", "والقي", "القت", "والقت", "القوا", "والقوا", "رمي", "ورمي", "رموا", "قذف"})) {
            act_named = true;
            break;
          }
        }
        continue;
      }
      if (t.sub_event_type != "Shelling/artillery/missile attack" || InsideActor(s, trig) || HeldWeapon(trig)) continue;
      // "أطلق الجيش قذائف مدفعية على نقطة رصد", "صواريخ باتجاه المستوطنات": shells or rockets aimed at a
      // target are fired, which is an act (not "قنابل غاز باتجاه المرضى", which is no explosion).
      if (std::any_of(s.cues.begin(), s.cues.end(),
                      [&](const Mention* k) { return IsCue(k, Cue::kAgainst) && k->tok_begin == trig->tok_end; })) {
        act_named = true;
      }
      // ... and so are shells a side fires ("أطلقت قوات الشهيد عمر القاسم عدة قذائف هاون بمحيط موقع صوفا").
      constexpr uint32_t kFiredReach = 8;  // the firing side's name, a day and a count may stand between
      for (uint32_t k = 1; k <= kFiredReach && trig->tok_begin >= first + k; ++k) {
        if (TokenIs(trig->tok_begin - k, {"اطلق", "اطلقت", "واطلق", "واطلقت", "اطلقوا", "واطلقوا", "تطلق", "يطلق"})) {
          act_named = true;
          break;
        }
      }
      // ... and rockets that fell ("سقطت ثلاثة صواريخ كاتيوشا قرب السفارة"): a count may stand between.
      constexpr uint32_t kFellReach = 2;
      for (uint32_t k = 1; k <= kFellReach && trig->tok_begin >= first + k; ++k) {
        if (TokenIs(trig->tok_begin - k, {"سقط", "سقطت", "وسقط", "وسقطت", "سقوط", "وسقوط", "بسقوط", "تساقط", "تساقطت"})) {
          act_named = true;
          break;
        }
      }
    }
    auto eligible = [&](const Mention* trig) {
      const Trigger& t = lex_.trigger(trig->ref);
      if (NonEventBefore(s, trig) || InsideActor(s, trig) || Irrealis(s, trig) || CampaignName(trig) || Pretense(*trig) ||
          OngoingSince(si, *trig) || GunsDeployed(*trig) || PeriodStart(*trig)) {
        return false;
      }
      if (t.form == TriggerForm::kWeapon && (!act_named || HeldWeapon(trig))) return false;
      // "أسقطت الولايات المتحدة مشروع القرار": bringing down, with nothing that flies or is fired in the
      // sentence, is no interception.
      if (t.sub_event_type == "Disrupted weapons use" && trig->tok_end == trig->tok_begin + 1 &&
          TokenIs(trig->tok_begin, {"اسقط", "اسقطت", "اسقاط", "واسقط", "واسقطت", "باسقاط"}) && !ThingFiredNamed(s)) {
        return false;
      }
      // "الشرطة التي سيطرت على المعتدي": control taken of a person is no ground taken.
      if (TerritorialSub(t.sub_event_type) && PersonControlled(trig)) return false;
      if (t.sub_event_type == "Arrests" && ThingStopped(s, *trig)) return false;
      if (WeaponFalls(s, trig)) return false;
      // "إثر انفجار استهدف تجمعا دينيا": the verb of targeting whose subject is the blast right before it tells
      // the blast's act, no strike of its own.
      if (t.weight < kMinWeakTriggerWeight && t.form == TriggerForm::kVerbActive &&
          std::any_of(s.triggers.begin(), s.triggers.end(), [&](const Mention* m) {
            const Trigger& x = lex_.trigger(m->ref);
            return m->tok_end == trig->tok_begin && x.form == TriggerForm::kNoun &&
                   x.sub_event_type == "Remote explosive/landmine/IED";
          })) {
        return false;
      }
      // A weak trigger ("عملية", "هجمات") alone is talk about violence, not a report of it.
      return !(t.weight < kMinWeakTriggerWeight && casualties.empty() && !MilitaryObject(trig) &&
               !ExchangeVerbBefore(si, trig) && !NeutralisedCounted(*trig) && !AircraftDidIt(s, t, *trig));
    };
    const Mention* first_act = nullptr;
    // "استهداف ميناء أسدود بالطيران المسير، ردا على العدوان الإسرائيلي على غزة": the act answered is told
    // in passing, as the reason of the sentence's act ("رداً على المجازر الإسرائيلية" alone is no report).
    for (const Mention* trig : s.triggers) {
      if (!eligible(trig)) continue;
      if (!first_act) first_act = trig;
      if (Answered(*trig)) continue;
      if (!best || BetterTrigger(trig, best)) best = trig;
    }
    // "سيطرت هيئة تحرير الشام على قرية عفس بعد معارك مع الجبهة الوطنية": ground taken after a battle is
    // the event (ACLED codes the change of territory); the battle tells how it came about.
    double battle_weight = 0;
    if (best && lex_.trigger(best->ref).sub_event_type == "Armed clash" && best->tok_begin > 0 &&
        TokenIs(best->tok_begin - 1, {"بعد", "عقب", "اثر", "باثر"})) {
      for (const Mention* trig : s.triggers) {
        const std::string& sub = lex_.trigger(trig->ref).sub_event_type;
        if (trig->tok_end <= best->tok_begin && eligible(trig) &&
            TerritorialSub(sub)) {
          battle_weight = lex_.trigger(best->ref).weight;
          best = trig;
          break;
        }
      }
    }
    // "أعلنت الداخلية تفاصيل مقتل الشرطي إثر هجوم بسكين، مؤكدة اعتقال الجاني", "صدامات خلّفت 9 قتلى
    // ... وأدى توقيفه": a sentence that counts dead and tells of an arrest reports the violence that killed
    // them (ACLED codes no dead in an arrest); the arrest follows from it.
    // So does one that tells of a raid ("استشهد شاب برصاص قوات الاحتلال خلال اقتحام مخيم جنين"): the raid is
    // the occasion of the killing.
    if (best && (lex_.trigger(best->ref).sub_event_type == "Arrests" || RaidWord(*best)) &&
        std::any_of(casualties.begin(), casualties.end(), [](const Casualty& k) { return k.Dead(); })) {
      const Mention* violent = nullptr;
      for (const Mention* trig : s.triggers) {
        const std::string& type = lex_.trigger(trig->ref).event_type;
        if (eligible(trig) && (type == "Battles" || type == "Explosions/Remote violence" ||
                               type == "Violence against civilians" || type == "Riots") &&
            (!violent || BetterTrigger(trig, violent))) {
          violent = trig;
        }
      }
      if (violent) best = violent;
    }
    // "اعترضت الدفاعات الجوية السعودية طائرة مسيرة مفخخة أطلقها الحوثيون": a weapon named as the object of
    // a verb of interception (its subject between) was intercepted; it struck nothing.
    if (best && lex_.trigger(best->ref).event_type == "Explosions/Remote violence") {
      constexpr uint32_t kSubjectWords = 4;
      for (const Mention* trig : s.triggers) {
        if (!eligible(trig) || lex_.trigger(trig->ref).sub_event_type != "Disrupted weapons use" ||
            lex_.trigger(trig->ref).form != TriggerForm::kVerbActive || trig->tok_end > best->tok_begin ||
            best->tok_begin - trig->tok_end > kSubjectWords) {
          continue;
        }
        bool same_clause = true;
        for (uint32_t t = trig->tok_end; t < best->tok_begin && same_clause; ++t) {
          same_clause = !TokenIs(t, {",", "\xD8\x8C", "."});
        }
        if (same_clause) {
          best = trig;
          break;
        }
      }
    }
    // "شنت الولايات المتحدة وفرنسا ضربات على سوريا، ردا على هجوم كيماوي": the act a clause says this one
    // answers is told in passing, whatever its word's strength; the sentence reports the answer.
    if (best && first_act && best != first_act) {
      if (const uint32_t answered = AnsweredActAfter(si, first_act); answered != kNone && best->tok_begin >= answered) {
        best = nullptr;
        for (const Mention* trig : s.triggers) {
          if (trig->tok_begin < answered && eligible(trig) && (!best || BetterTrigger(trig, best))) best = trig;
        }
      }
    }
    if (!best || TriggerScore(best) < kMinWeakTriggerWeight) {
      if (TollOfTheLeadAct(si, casualties, out)) return;
      if (!best) {
        TollOfTheSideHit(si, casualties, out);
        return;
      }
    }
    // "ارتكب 7 مجازر خلال الساعات الـ24 الماضية", "تعرضت لـ23 هجوما منذ 17 أكتوبر": a count of acts over
    // a period tallies many events and reports none of them.
    // (Not strikes counted on one town or district: "12 غارة على مديرية صرواح خلال الساعات الماضية" is the
    // day's raid on Sirwah, one event.)
    // ("نفذ التنظيم منذ بدء الهجوم واحدا وعشرين تفجيرا انتحاريا بحزام ناسف": the count may be on another word
    // for the acts than the strongest.)
    const bool counted =
        CountedActs(s, best) || std::any_of(s.numbers.begin(), s.numbers.end(), [&](const Mention* n) {
          return n->value >= 2 && TokenIs(n->tok_end, {"تفجيرا", "تفجيرات", "هجوما", "هجمات", "غاره", "غارات", "عمليه",
                                                       "عمليات", "استهدافا", "مجزره", "مجازر"});
        });
    if (counted && CumulativeToll(si) && !AimedAtOnePlace(s, best)) return;
    // "مقتل 71 شخصا وإلقاء القبض على خمسة آخرين منذ بداية عملية عسكرية في سيناء": arrests counted since an
    // act began are a tally of many.
    const bool since_start = SincePeriodStart(si);
    if (lex_.trigger(best->ref).sub_event_type == "Arrests" && since_start) return;
    // "عدد ضحايا قصف تحالف العدوان على المناطق الحدودية بلغ 3404 شهيد وجريح منذ بدء الهدنة": a total since an
    // act began sums up the period. (Not a day's act whose toll the sentence adds to one, or measures
    // against one: "قتل 5 في غارة، ليرتفع عدد الضحايا منذ بدء الحرب إلى 200".)
    // (AddsToTotal reads the unit's words: asked only of the few units that sum a period up.)
    if (since_start && !AddsToTotal(si)) {
      bool total = false;
      for (uint32_t t = units_[si].first_token; t < units_[si].end_token && !total; ++t) {
        total = TokenIs(t, {"حصيله", "ضحايا", "عدد"});
      }
      if (total) return;
    }
    // "الاعتداءات منذ 30 مارس خلفت مقتل نحو 100 شخص ... مجزرة": a weak word for violence in a sentence that
    // sums up a period describes the period, not an event of it. (Not a day's act the sentence adds to the
    // total: "واستشهد شاب اليوم في جنين، ليرتفع عدد الشهداء منذ بدء العدوان إلى 39".)
    constexpr double kPeriodActWeight = 0.6;
    if (TriggerScore(best) < kPeriodActWeight && CumulativeToll(si) && !AddsToTotal(si)) return;
    // A weapon refines the act it is used in ("قصف بقذائف الهاون"); it never turns the act into another
    // kind of event ("تفكيك 1900 لغم" is disrupted weapons use, not a landmine explosion).
    const Mention* act_of_weapon = nullptr;
    if (lex_.trigger(best->ref).form == TriggerForm::kWeapon) {
      const Mention* act = nullptr;
      for (const Mention* trig : s.triggers) {
        const Trigger& t = lex_.trigger(trig->ref);
        if (t.form == TriggerForm::kWeapon || InsideActor(s, trig) || NonEventBefore(s, trig) || Irrealis(s, trig) ||
            Answered(*trig) || WeaponFalls(s, trig)) {
          continue;
        }
        if (!act || BetterTrigger(trig, act)) act = trig;
      }
      if (act && lex_.trigger(act->ref).event_type != lex_.trigger(best->ref).event_type) best = act;
      else act_of_weapon = act;
    }
    // ACLED codes by method: an attack or assassination carried out with aircraft, shells or bombs is
    // remote violence ("عملية اغتيال نفذتها طائرات الاحتلال").
    bool attack_by_aircraft = false;
    if (const Trigger& chosen = lex_.trigger(best->ref);
        chosen.event_type == "Violence against civilians" && chosen.sub_event_type == "Attack") {
      const Mention* remote = nullptr;
      for (const Mention* trig : s.triggers) {
        const Trigger& t = lex_.trigger(trig->ref);
        if (t.event_type != "Explosions/Remote violence" || InsideActor(s, trig) || Irrealis(s, trig)) continue;
        if (!remote || BetterTrigger(trig, remote)) remote = trig;
      }
      if (remote) best = remote;
      attack_by_aircraft = !remote;  // decided once the attacker is known: is it named by its aircraft?
    }
    // The weapon names the sub-type of a generic act of its kind: "قصف بـ4 صواريخ" is a missile attack;
    // but a missile fired by an aircraft or drone ("قصفت طائرة مسيرة منزلا بصاروخ") is still an air strike.
    const Mention* weapon = nullptr;
    if (lex_.trigger(best->ref).form != TriggerForm::kWeapon && !AircraftNamed(s)) {
      for (const Mention* trig : s.triggers) {
        const Trigger& t = lex_.trigger(trig->ref);
        if (t.form == TriggerForm::kWeapon && t.event_type == lex_.trigger(best->ref).event_type &&
            !InsideActor(s, trig) && !HeldWeapon(trig) && (!weapon || BetterTrigger(trig, weapon))) {
          weapon = trig;
        }
      }
    }
    // "استهداف دبابة ... بالصواريخ الموجهة", "استهدفت دورية بعبوة ناسفة": targeting a vehicle or a patrol
    // is a clash when the text names no means; hit with missiles, mortars or a bomb, ACLED codes it by the
    // weapon, as remote violence. A single round ("بقذيفة R P G", "بقذيفتي تاندوم") is the anti-tank fire
    // of close combat: still a clash.
    const Mention* remote_means = nullptr;
    constexpr uint32_t kMeansReach = 20;  // tokens: the target's name, its place and the day may come between
    // ("هاجمت المقاومة موقع الصدح بالصواريخ الموجهة والأسلحة المناسبة", "هجوم بقذائف الهاون على قاعدة":
    // attacking a position with missiles or mortars, likewise, whichever word of the sentence named the clash.)
    const Mention* aim = nullptr;
    if (lex_.trigger(best->ref).event_type == "Battles") {
      for (const Mention* trig : s.triggers) {
        const std::string_view w = Tok(trig->tok_begin);
        if (lex_.trigger(trig->ref).event_type == "Battles" && !InsideActor(s, trig) &&
            (w.starts_with("استهد") || w.find("هاجم") != std::string_view::npos ||
             w.find("هجوم") != std::string_view::npos || w.find("هجمات") != std::string_view::npos)) {
          aim = trig;
          break;
        }
      }
    }
    if (aim) {
      for (const Mention* trig : s.triggers) {
        const Trigger& t = lex_.trigger(trig->ref);
        if (t.form == TriggerForm::kWeapon && t.event_type == "Explosions/Remote violence" &&
            trig->tok_begin >= aim->tok_end && trig->tok_begin - aim->tok_end <= kMeansReach &&
            !InsideActor(s, trig) && !HeldWeapon(trig) &&
            !(trig->tok_end - trig->tok_begin == 1 && SingleRound(Tok(trig->tok_begin))) &&
            (!remote_means || BetterTrigger(trig, remote_means))) {
          remote_means = trig;
        }
      }
    }
    Candidate c;
    c.trigger = &lex_.trigger(best->ref);
    // "تبادلت القوات المغربية وعناصر البوليساريو إطلاق النار": the verb of exchanging, its subjects between
    // it and the shooting, makes the shooting an armed clash ("تبادلت إطلاق النار" when written together).
    static const Trigger kExchangedFire{"Battles", "Armed clash", 0.9, TriggerForm::kVerbActive};
    if (c.trigger->sub_event_type == "Attack" && ExchangeVerbBefore(si, best)) c.trigger = &kExchangedFire;
    c.battle_weight = battle_weight;
    if (remote_means) c.means_weight = lex_.trigger(remote_means->ref).weight;
    c.trigger_mention = best;
    c.sentence = si;
    if (!ChooseDate(si, best, c)) return;
    // Strategic developments are coded only when the sentence itself dates them to a day: without one
    // they are background ("hundreds surrendered recently", "the truce"). A weapon intercepted over a
    // named place is an incident of the day reported ("واعترض الدفاع الجوي السعودي صواريخ باتجاه جازان",
    // "أعلنت الدفاعات الجوية اعتراض صاروخ باليستي باتجاه جازان").
    // ("اعترض على" is to object to.)
    const bool intercepted_over_place = c.trigger->sub_event_type == "Disrupted weapons use" && !s.places.empty() &&
                                        (Tok(best->tok_begin).find("اعترض") != std::string_view::npos ||
                                         InterceptionAnnounced(*best)) &&
                                        !TokenIs(best->tok_end, {"علي"});
    if (c.trigger->event_type == "Strategic developments" && c.trigger->sub_event_type != "Arrests" &&
        !intercepted_over_place &&
        !(c.time_mention && unit_of_token_[c.time_mention->tok_begin] == si && c.date_precision == 1)) {
      return;
    }
    // "عشرات الشهداء بمجازر إسرائيلية في رفح، والمقاومة تخوض اشتباكات": a toll followed by the act that
    // caused it, told with a place of its own, is that act's toll, not the toll of another kind of act the
    // sentence goes on to report.
    std::erase_if(casualties, [&](const Casualty& k) {
      const Mention* cause = CauseOfToll(s, k);
      return cause && cause->tok_end <= best->tok_begin && PlaceBetween(s, cause->tok_end, best->tok_begin) &&
             lex_.trigger(cause->ref).event_type != lex_.trigger(best->ref).event_type;
    });
    // "قتل الاحتلال عددا من أسراه، الأمر الذي أشعل احتجاجات": protests that a clause of consequence reports
    // were sparked by the killing before it; the dead are not theirs. (A raid that wounds people "ما أدى إلى
    // اندلاع اشتباكات" is one incident, and its wounded are the clash's.)
    const std::string& best_type = lex_.trigger(best->ref).event_type;
    if (const uint32_t marker = (best_type == "Protests" || best_type == "Riots") ? ConsequenceBefore(si, best) : kNone;
        marker != kNone) {
      std::erase_if(casualties, [&](const Casualty& k) { return k.cue && k.cue->tok_end <= marker; });
    }
    // "أحرق محتجون مقر الحزب احتجاجا على مقتل ناشط": the dead a protest is about are its cause, not its toll;
    // so are the dead of an act it is about, told further on ("تنديدا بمجزرة الاحتلال في رفح التي راح
    // ضحيتها 45 شهيدا").
    if (best_type == "Protests" || best_type == "Riots") {
      const auto [cause_begin, cause_end] = ProtestCauseAct(si, best);
      std::erase_if(casualties, [&](const Casualty& k) {
        return k.cue && (ProtestCause(*k.cue) || (k.cue->tok_begin >= cause_begin && k.cue->tok_begin < cause_end));
      });
    }
    // The toll of the act answered is that act's, not this one's.
    const uint32_t answered = AnsweredActAfter(si, best);
    if (answered != kNone) {
      std::erase_if(casualties, [&](const Casualty& k) { return k.cue && k.cue->tok_begin >= answered; });
      if (weapon && weapon->tok_begin >= answered) weapon = nullptr;
      if (remote_means && remote_means->tok_begin >= answered) remote_means = nullptr;
    }
    // "اعترف الاحتلال بإصابة جندي خلال مواجهات مع المقاومين": in a battle (or "مواجهات" between armed
    // sides) both sides lose men, and which is named first follows the act (the raid's force, the
    // attacker), not the side of a fighter or two said to be wounded.
    if (best_type == "Battles" || best_type == "Riots") {
      for (Casualty& k : casualties) {
        if (!k.killed && k.by_noun && Armed(Inter(k.side))) k.side = -1, k.side_mention = nullptr;
      }
    }
    std::vector<const Mention*> victims;
    for (const Casualty& cas : casualties) {
      if (cas.side_mention) victims.push_back(cas.side_mention);
    }
    // Roles follow the act, not the weapon it used ("استهدفت سرايا القدس موقعا بقذائف الهاون"), and the verb
    // that tells the act, not a noun of it after the object ("قصفت كتائب القسام قوات العدو برشقة صاروخية").
    const Mention* role_trigger = act_of_weapon ? act_of_weapon : best;
    if (!act_of_weapon && (lex_.trigger(best->ref).form == TriggerForm::kNoun || lex_.trigger(best->ref).form == TriggerForm::kPhrase)) {
      for (const Mention* trig : s.triggers) {
        if (trig->tok_begin >= best->tok_begin) break;
        const Trigger& t = lex_.trigger(trig->ref);
        // ("اغتال الجيش الإسرائيلي قائدا في حزب الله بغارة": the verb of assassination, whatever kind of act
        // the noun after it makes the event, has the killer as its subject.)
        const bool assassination = TokenIs(trig->tok_begin, {"اغتال", "اغتالت", "اغتالوا", "واغتال", "واغتالت"});
        // ("أعلن جيش الاحتلال اغتيال القيادي في حزب الله ... في غارة": so does its noun after a side's
        // announcement, the side announcing its own act and the person after the noun its target.)
        const bool announced_assassination =
            TokenIs(trig->tok_begin, {"اغتيال", "واغتيال"}) && trig->tok_begin > 0 &&
            std::any_of(s.actors.begin(), s.actors.end(), [&](const Mention* a) {
              return a->tok_end == trig->tok_begin && Armed(Inter(a->ref)) && Announcer(s, a);
            });
        // ("سيطرت حركة طالبان على المدينة دون قتال": ground passed without a fight is the taker's, the
        // subject of the verb of taking control.)
        const bool taken_without_fight = lex_.trigger(best->ref).sub_event_type == "Non-violent transfer of territory" &&
                                         TerritorialSub(t.sub_event_type);
        if (((t.form == TriggerForm::kVerbActive &&
              (t.event_type == lex_.trigger(best->ref).event_type || assassination || taken_without_fight)) ||
             announced_assassination) &&
            eligible(trig)) {
          role_trigger = trig;
          break;
        }
      }
    }
    AssignActors(s, role_trigger, victims, c);
    // "، كما استهدفوا ثكنة راميم": a verb in the plural whose sentence names no one before it goes on with
    // the side that acted in the event told just before (not the document's main side, nor the last one
    // named, often the side hit).
    // "قتل مدنيان بقصف لقوات النظام على معرة النعمان، في حين أصيب ثلاثة آخرون بقصف مماثل على أريحا": so does
    // an act "like it", of the same kind.
    if (c.actor1 < 0 && !out.empty() && si - out.back().sentence <= 2 && out.back().actor1 >= 0 &&
        out.back().actor1 != c.actor2) {
      if (PluralVerbOpensSentence(s, role_trigger)) {
        c.actor1 = out.back().actor1;
      } else if (out.back().event_type == lex_.trigger(best->ref).event_type &&
                 TokenIs(best->tok_end, {"مماثل", "مماثله", "مشابه", "مشابهه"})) {
        c.actor1 = out.back().actor1, c.actor1_mention = out.back().actor1_mention;  // (its weapon is told there)
      }
    }
    FixRoles(s, casualties, c);
    // "قتل 3 مسلحين في هجوم على حاجز للجيش السوري": the unnamed fighters counted dead attacked the unit of a
    // state's force the act struck; that force is the side hit, not the fighters.
    if (c.actor1 < 0 && c.actor2 >= 0 && lex_.actor(c.actor2).generic() && Inter(c.actor2) == kUnidentifiedInter) {
      if (const Mention* force = StateUnitStruck(s, *role_trigger)) {
        c.actor1 = c.actor2, c.actor1_mention = c.actor2_mention;
        c.actor2 = force->ref, c.actor2_mention = force;
      }
    }
    c.by_aircraft = attack_by_aircraft && Aircraft(c.actor1_mention);
    ChoosePlace(si, best, c);
    IsraeliPostHit(c);
    CampHit(c);
    c.casualties = std::move(casualties);
    Refine(c);
    // ("تفجير انتحاري بسيارة مفخخة": a suicide attack stays one, whatever the bomb it used.)
    if (weapon && c.sub_event_type != "Suicide bomb") c.sub_event_type = lex_.trigger(weapon->ref).sub_event_type;

    if (remote_means) {
      c.event_type = "Explosions/Remote violence";
      c.sub_event_type = lex_.trigger(remote_means->ref).sub_event_type;
    }
    // "فاستهدفت القسام دبابتين بقذيفتي تاندوم": an armed group that targets a force, naming no aircraft and no
    // weapon of remote violence, fights it at close range: a clash.
    if (!weapon && c.sub_event_type == "Air/drone strike" && NonStateArmed(Inter(c.actor1)) && Armed(Inter(c.actor2)) &&
        Tok(best->tok_begin).find("\xD8\xA7\xD8\xB3\xD8\xAA\xD9\x87\xD8\xAF") != std::string_view::npos &&  // استهد
        !AircraftNamed(s)) {
      c.event_type = "Battles", c.sub_event_type = "Armed clash";
    }
    // "مواجهات أطلقت فيها القوات الرصاص الحي وقنابل الغاز على المتظاهرين": a protest met with lethal force
    // is excessive force, whichever word of the sentence named the protest or the tear gas.
    if (c.event_type == "Protests" && std::any_of(s.triggers.begin(), s.triggers.end(), [&](const Mention* t) {
          return lex_.trigger(t->ref).sub_event_type == "Excessive force against protesters" && !Irrealis(s, t) &&
                 !InsideActor(s, t);
        })) {
      c.sub_event_type = "Excessive force against protesters";
    }
    // "اعتقلت الأجهزة الأمنية عشرات المشاركين في وقفة احتجاجية، بعد أن فرقتهم بالقوة": likewise a protest the
    // sentence says was dispersed is one with intervention, whichever word named it.
    constexpr double kSureIntervention = 0.7;
    if (c.event_type == "Protests" && c.sub_event_type == "Peaceful protest" &&
        std::any_of(s.triggers.begin(), s.triggers.end(), [&](const Mention* t) {
          const Trigger& tr = lex_.trigger(t->ref);
          return tr.sub_event_type == "Protest with intervention" && tr.weight >= kSureIntervention && !Irrealis(s, t) &&
                 !InsideActor(s, t);
        })) {
      c.sub_event_type = "Protest with intervention";
    }
    // "خرجت مظاهرات في مدينة عطبرة، وأحرق المحتجون مقر الحزب الحاكم": a protest whose crowd the sentence
    // tells burning or attacking, by a phrase that names the crowd, is a violent demonstration.
    constexpr double kCrowdViolenceWeight = 0.85;
    if (c.event_type == "Protests" && c.sub_event_type == "Peaceful protest" &&
        std::any_of(s.triggers.begin(), s.triggers.end(), [&](const Mention* t) {
          const Trigger& tr = lex_.trigger(t->ref);
          return tr.sub_event_type == "Violent demonstration" && tr.form == TriggerForm::kVerbActive &&
                 tr.weight >= kCrowdViolenceWeight && !Irrealis(s, t) && !InsideActor(s, t);
        })) {
      c.event_type = "Riots", c.sub_event_type = "Violent demonstration";
      // (The crowd is then the country's rioters, named when emitted.)
      if (Inter(c.actor1) == kProtestersInter) c.actor1 = -1, c.actor1_mention = nullptr;
    }
    if (TerritorialSub(c.sub_event_type) && AttemptedOnly(best)) c.sub_event_type = "Armed clash";
    // "ونشرت مشاهد توثق استهدافها تحشدات الاحتلال": the side the pronoun on the act's noun stands for is the
    // one the text told acting just before; the side named after the noun is the one hit.
    // (The object right after the noun, its head word between: "استهدافها تحشدات الاحتلال"; a subject further
    // on is the doer, "وقبل استهدافها موقع السماقة الإسرائيلي، نفّذت المقاومة هجوما".)
    constexpr uint32_t kObjectReach = 2;
    if (PronounDoer(*role_trigger) && c.actor1_mention && c.actor1_mention->tok_begin >= role_trigger->tok_end &&
        c.actor1_mention->tok_begin <= role_trigger->tok_end + kObjectReach) {
      if (c.actor2 < 0) c.actor2 = c.actor1, c.actor2_mention = c.actor1_mention;
      c.actor1 = DoerJustBefore(out, si, [&](int32_t a) { return a != c.actor2; });
      c.actor1_mention = nullptr;
    }
    // "أشارت المراسلة إلى استهداف الاحتلال بغارات أطراف بلدات الماري وكفرشوبا، فيما قصفت مدفعيته أطراف بلدات
    // عيترون": the arm of a side written with its pronoun ("مدفعيته", "طائراتها") as the verb's subject is the
    // arm of the side that acted in the event told just before, not the sentence's or the article's side.
    if (PronounCarrierAfter(*role_trigger) && !(c.actor1_mention && c.actor1_mention->tok_end <= role_trigger->tok_begin &&
                                                unit_of_token_[c.actor1_mention->tok_begin] == si)) {
      if (const int32_t doer = DoerJustBefore(out, si, [&](int32_t a) { return Armed(Inter(a)); }); doer >= 0) {
        if (c.actor2 == doer) c.actor2 = -1, c.actor2_mention = nullptr;
        c.actor1 = doer, c.actor1_mention = nullptr;
      }
    }
    std::vector<const PlaceRef*> also = CoordinatedPlaces(s, c);
    out.push_back(c);
    // GUIDELINES: one event per town. "احتجاجات في مدينتي الناصرية والسماوة" is two protests; the
    // casualty figures stay with the first, since the text does not split them.
    for (const PlaceRef* place : also) {
      Candidate other = c;
      other.place = place;
      other.casualties.clear();
      out.push_back(std::move(other));
    }
    LaterActs(si, best, c, also, victims, out);
  }

  // A nationality adjective right after an act ("قصف إسرائيلي", "الهجوم البري الإسرائيلي").
  bool QualifiesAct(const SentenceIndex& s, const Mention* a) const {
    if (static_cast<ActorForm>(a->aux) != ActorForm::kAdjective) return false;
    return std::any_of(s.triggers.begin(), s.triggers.end(), [&](const Mention* t) {
      if (t->tok_begin < a->tok_begin && t->tok_end >= a->tok_end) return true;  // "قصف إسرائيلي" listed whole
      if (t->tok_end > a->tok_begin) return false;
      for (uint32_t k = t->tok_end; k < a->tok_begin; ++k) {
        if (!ActAdjective(k)) return false;
      }
      return true;
    });
  }

  // True when token t of unit `si` is part of a place name.
  bool PlaceAt(uint32_t si, uint32_t t) const {
    const SentenceIndex& s = sentences_[si];
    return std::any_of(s.places.begin(), s.places.end(), [&](const Mention* p) { return p->tok_begin <= t && t < p->tok_end; });
  }

  // True when a place is named in tokens [begin, end): what comes before it was told with a place of its own.
  static bool PlaceBetween(const SentenceIndex& s, uint32_t begin, uint32_t end) {
    return std::any_of(s.places.begin(), s.places.end(),
                       [&](const Mention* p) { return p->tok_begin >= begin && p->tok_end <= end; });
  }

  // "شن الجيش غارات على أهداف لحماس، غداة تفجير عبوة ناسفة أسفر عن جرح أربعة جنود": after the act, a
  // comma and a word that names what it answers or follows ("غداة", "ردا على", "عقب", "في أعقاب") start
  // the telling of an earlier act. The token of that word after `trig` in unit `si`, or kNone.
  uint32_t AnsweredActAfter(uint32_t si, const Mention* trig) const {
    for (uint32_t t = trig->tok_end; t + 1 < units_[si].end_token; ++t) {
      if (TokenIs(t, {"غداه"})) return t;  // "the day after": another day's act, with a comma or without
      // "اعتقال شبان بدعوى مساعدة منفذ عملية إطلاق النار التي أدت إلى مقتل إسرائيليين": the charge or suspicion
      // an act is made on tells another act, and its dead are not this one's.
      // The charge is a word that follows ("وحرض بحجة، حيث" is "Harad in Hajjah": a place is no pretext).
      if (TokenIs(t, {"بدعوي", "بتهمه", "بتهم", "للاشتباه", "بشبهه", "بحجه", "بذريعه"}) && !PlaceAt(si, t) &&
          t + 1 < units_[si].end_token && doc_.tokens[t + 1].kind == TokenKind::kArabic) {
        return t;
      }
      if (Tok(t) != "," && Tok(t) != "\xD8\x8C") continue;
      // "عقب" and "إثر" ("following") also tell how the act came about ("تحرير مواقع، عقب معارك أسفرت عن
      // مقتل 35"): another act only when it is of another kind ("اندلعت احتجاجات، إثر مقتل شاب").
      const bool following = TokenIs(t + 1, {"عقب", "اثر"}) || (TokenIs(t + 1, {"في"}) && TokenIs(t + 2, {"اعقاب"}));
      if (following) {
        const SentenceIndex& s = sentences_[si];
        const auto next = std::find_if(s.triggers.begin(), s.triggers.end(), [&](const Mention* m) { return m->tok_begin > t; });
        if (next != s.triggers.end() && lex_.trigger((*next)->ref).event_type == lex_.trigger(trig->ref).event_type) continue;
      }
      if (TokenIs(t + 1, {"غداه", "ردا", "وردا", "انتقاما", "وذلك"}) || following) {
        // ("، وذلك ردا على", "، وذلك غداة": the same words after a pointer to the act; "، وذلك بعد يومين
        // على": a time apart. "، وذلك بعد معارك" is how the act came about: the same operation.)
        if (TokenIs(t + 1, {"وذلك"})) {
          const bool apart = TokenIs(t + 2, {"بعد"}) &&
                             TokenIs(t + 3, {"يوم", "يومين", "ايام", "ساعه", "ساعات", "ساعتين", "اسبوع", "اسبوعين",
                                             "اسابيع", "شهر", "اشهر"});
          if (!apart && !TokenIs(t + 2, {"ردا", "غداه", "عقب", "اثر", "انتقاما"})) continue;
        }
        return t + 1;
      }
    }
    return kNone;
  }

  // The token starting a clause of consequence ("الأمر الذي", "مما", "ما أدى") between the start of unit `si`
  // and the trigger, or kNone.
  // "احتجاجا على مقتل", "تنديدا باغتيال", "على خلفية مقتل": the death named is what a protest is about.
  bool ProtestCause(const Mention& cue) const {
    constexpr uint32_t kReach = 2;  // "احتجاجا على مقتل": the preposition may stand alone
    for (uint32_t k = 1; k <= kReach && cue.tok_begin >= k; ++k) {
      const uint32_t t = cue.tok_begin - k;
      if (TokenIs(t, {"احتجاجا", "تنديدا", "استنكارا", "غضبا", "رفضا", "احتجاج", "خلفيه"})) return true;
      if (!TokenIs(t, {"علي"})) return false;
    }
    return false;
  }

  // The tokens [begin, end) of the act a protest (`trig`) is about, named after it as the object of a word
  // of protest or support ("تنديدا بمجزرة الاحتلال في رفح التي راح ضحيتها 45 شهيدا", "احتجاجا على القصف"),
  // up to the end of the clause; {kNone, kNone} when the protest names no act as its cause. (The object
  // is the act's trigger; a side or a place as the object, "تضامنا مع فلسطين", is no act.)
  std::pair<uint32_t, uint32_t> ProtestCauseAct(uint32_t si, const Mention* trig) const {
    const SentenceIndex& s = sentences_[si];
    const uint32_t end = units_[si].end_token;
    for (uint32_t t = trig->tok_end; t + 1 < end; ++t) {
      if (!TokenIs(t, {"احتجاجا", "تنديدا", "استنكارا", "غضبا", "رفضا", "ورفضا", "تضامنا", "نصره"})) continue;
      const uint32_t object = TokenIs(t + 1, {"علي", "مع"}) ? t + 2 : t + 1;
      const bool act = std::any_of(s.triggers.begin(), s.triggers.end(), [&](const Mention* m) {
        return m->tok_begin == object && m != trig;
      });
      if (!act) return {kNone, kNone};
      // (A relative clause after a comma still tells of the act: "في رفح، التي راح ضحيتها عشرات الشهداء".)
      uint32_t clause_end = object + 1;
      while (clause_end < end && (!TokenIs(clause_end, {",", "\xD8\x8C", ".", ":", ";", "\xD8\x9B"}) ||
                                  (clause_end + 1 < end && TokenIs(clause_end + 1, {"التي", "الذي", "والتي", "والذي"})))) {
        ++clause_end;
      }
      return {object, clause_end};
    }
    return {kNone, kNone};
  }

  uint32_t ConsequenceBefore(uint32_t si, const Mention* trig) const {
    for (uint32_t t = trig->tok_begin; t-- > units_[si].first_token;) {
      if ((TokenIs(t, {"الامر"}) && TokenIs(t + 1, {"الذي"})) || TokenIs(t, {"مما", "ممّا"}) ||
          (TokenIs(t, {"ما"}) && TokenIs(t + 1, {"ادي", "اسفر", "تسبب"}))) {
        return t;
      }
    }
    return kNone;
  }

  // The act a toll names as its cause right after it: "الشهداء بمجازر", "قتلى في قصف", "جرحى جراء غارة".
  const Mention* CauseOfToll(const SentenceIndex& s, const Casualty& k) const {
    if (!k.cue) return nullptr;
    uint32_t end = k.cue->tok_end;
    // "عشرات الشهداء والجرحى بمجازر": the figure's other half stands between.
    if (const Mention* other = JointCue(s, *k.cue); other && other->tok_begin == end) end = other->tok_end;
    // "استشهاد 3 فلسطينيين في قصف": the victims' figure or noun may follow the cue.
    for (const Mention* n : s.numbers) {
      if (n->tok_begin == end) end = n->tok_end;
    }
    constexpr uint32_t kVictimWords = 2;
    for (const Mention* trig : s.triggers) {
      if (trig->tok_begin < end || trig->tok_begin > end + kVictimWords + 1) continue;
      if (lex_.trigger(trig->ref).form == TriggerForm::kWeapon || InsideActor(s, trig)) continue;
      const uint32_t t = trig->tok_begin;
      // The act is joined by a preposition of cause: attached ("بمجازر") or a word of its own ("في", "جراء").
      const bool attached = trig->begin != doc_.tokens[t].begin && Tok(t).starts_with("\xD8\xA8");  // ب
      const bool word = t > 0 && TokenIs(t - 1, {"في", "جراء", "اثر", "بسبب", "نتيجه"});
      if ((attached && t <= end + kVictimWords) || word) return trig;
      return nullptr;
    }
    return nullptr;
  }

  // "وقد أفيد بمقتل عشرات الأشخاص في مدينة دوما ... السبت" after a lead about "هجوم كيماوي في سوريا": a
  // sentence that gives a toll, a town and a day but names no act of its own (or only a weak word, as in
  // "التي تسيطر عليها المعارضة") tells where and when the act the article's lead names happened, and
  // what it cost. The lead's act is its first event, named by a strong word in the first paragraph, with
  // no town of its own.
  bool TollOfTheLeadAct(uint32_t si, const std::vector<Casualty>& casualties, std::vector<Candidate>& out) const {
    constexpr double kLeadActWeight = 0.9;
    if (out.empty() || casualties.empty()) return false;
    const Candidate& lead = out.front();
    // The body's first paragraph: the second when the text opens with its title (a .txt article).
    const bool titled = !doc_.title.empty() && std::string_view(doc_.text).starts_with(doc_.title);
    if (lead.sentence >= si || Para(lead.sentence) != (titled ? 1u : 0u) || !lead.trigger_mention ||
        TriggerScore(lead.trigger_mention) < kLeadActWeight) {
      return false;
    }
    // Only before the body reports an act of its own: after that, a toll belongs to what was told last.
    if (std::any_of(out.begin(), out.end(), [&](const Candidate& o) { return Para(o.sentence) != Para(lead.sentence); })) {
      return false;
    }
    const std::string& type = lead.trigger->event_type;
    if (type != "Explosions/Remote violence" && type != "Violence against civilians" && type != "Battles") return false;
    if (!std::all_of(casualties.begin(), casualties.end(),
                     [](const Casualty& k) { return k.Dead() && !k.cumulative; })) {
      return false;
    }
    Candidate c = lead;
    c.sentence = si;
    c.time_mention = nullptr;
    c.place = nullptr;
    c.place_inherited = false;
    c.date_from_article = false;
    if (!ChooseDate(si, lead.trigger_mention, c)) return false;
    if (!c.time_mention || unit_of_token_[c.time_mention->tok_begin] != si || c.date_precision != 1) return false;
    ChoosePlace(si, lead.trigger_mention, c);
    if (!c.place || c.place_inherited || c.geo_precision != 1) return false;
    // The lead named the act vaguely (a country or a region) and this is its town, on its day.
    if (lead.place && (lead.geo_precision < 2 || !SamePlace(lead, c))) return false;
    if (lead.date && c.date && std::abs(lead.date->days() - c.date->days()) > 1) return false;
    // Whose dead the sentence counts ("مقتل عشرات الأشخاص") is the side the act hit.
    for (const Casualty& k : casualties) {
      if (k.side < 0) continue;
      c.actor2 = k.side, c.actor2_mention = k.side_mention;
      if (c.actor1 == c.actor2) c.actor1 = -1, c.actor1_mention = nullptr;
      break;
    }
    c.casualties = casualties;
    Refine(c);
    out.push_back(std::move(c));
    return true;
  }

  // "استهدفت طائرة إسرائيلية مسيرة سيارة": the weak past verb of targeting whose subject, right after it,
  // is an aircraft tells a strike (not "يقصف الطيران المدنيين" in a speech, nor "حلقت مقاتلات فوق المطار").
  bool AircraftDidIt(const SentenceIndex& s, const Trigger& t, const Mention& trig) const {
    if (t.event_type != "Explosions/Remote violence" ||
        !TokenIs(trig.tok_begin, {"استهدف", "استهدفت", "واستهدف", "واستهدفت", "ضربت", "وضربت"})) {
      return false;
    }
    return std::any_of(s.actors.begin(), s.actors.end(),
                       [&](const Mention* a) { return a->tok_begin == trig.tok_end && Aircraft(a); });
  }

  // A tank, a vehicle, a position or a patrol named within a few words after the act (its actor may come
  // first: "فاستهدفت القسام دبابتين").
  bool MilitaryObject(const Mention* trig) const {
    // Only an act that takes its target as object: "استهدف/هاجم/قصف X", "هجوما على X" (not "تبنيه الهجوم في
    // بيان تناقلته مواقع", where the sites are websites).
    std::string_view w = Tok(trig->tok_begin);
    const bool takes_object = w.find("\xD8\xA7\xD8\xB3\xD8\xAA\xD9\x87\xD8\xAF") != std::string_view::npos ||  // استهد
                              w.find("\xD9\x87\xD8\xA7\xD8\xAC\xD9\x85") != std::string_view::npos ||  // هاجم
                              w.find("\xD9\x82\xD8\xB5\xD9\x81") != std::string_view::npos ||  // قصف
                              TokenIs(trig->tok_end, {"علي"});
    if (!takes_object) return false;
    constexpr uint32_t kReach = 4;
    auto object = [&](uint32_t t) {
      return TokenIs(t, {"دبابه", "دبابتين", "دبابات", "اليه", "اليتين", "اليات", "ناقله", "ناقلتي", "جرافه", "موقع",
                         "موقعا", "مواقع", "ثكنه", "تموضع", "تموضعا", "تجمع", "تجمعا", "تجمعات", "دوريه", "حاجز"});
    };
    for (uint32_t t = trig->tok_end; t < trig->tok_end + kReach && t < doc_.tokens.size(); ++t) {
      if (object(t)) return true;
    }
    // The object right after the verb's subject, its day and its means ("استهدفت وحدات من الجيش العربي
    // السوري اليوم بالأسلحة المناسبة تجمعات للمجموعات الإرهابية", as the Syrian agency writes; "استهدفت
    // فصائل المعارضة بالمدفعية الثقيلة تجمعات القوات الحكومية").
    const SentenceIndex& s = sentences_[unit_of_token_[trig->tok_begin]];
    const auto subject = std::find_if(s.actors.begin(), s.actors.end(),
                                      [&](const Mention* a) { return a->tok_begin == trig->tok_end; });
    if (subject == s.actors.end()) return false;
    bool means = false;  // the last word opened a means ("بالمدفعية"), which its adjective may follow
    // (A day set off by commas counts as no word: "استهدفت المقاومة الإسلامية، عصر اليوم الخميس، موقع".)
    uint32_t words = 0;
    for (uint32_t t = (*subject)->tok_end; words < kReach && t < doc_.tokens.size(); ++t) {
      if (object(t)) return true;
      if (Aside(s, t)) continue;
      ++words;
      const std::string_view word = Tok(t);
      const bool opens_means = word.starts_with("\xD8\xA8\xD8\xA7\xD9\x84");  // بال
      const bool adjective = means && word.starts_with("\xD8\xA7\xD9\x84");    // ال
      if (!(opens_means || adjective)) return false;
      means = opens_means;
    }
    return false;
  }

  // A word of a unit of a force on the move or at a post: "رتل", "دورية", "موكب", "حاجز", "قافلة".
  bool UnitWord(uint32_t t) const { return TokenIs(t, {"رتل", "رتلا", "دوريه", "موكب", "حاجز", "قافله"}); }

  // The state's force whose unit ("حاجز للجيش السوري", "دورية للشرطة") the act `trig` struck, named right after
  // the unit, in the act's phrase or a few words after it; null if none.
  const Mention* StateUnitStruck(const SentenceIndex& s, const Mention& trig) const {
    constexpr uint32_t kReach = 4;  // "هجوم على حاجز للجيش", "هجوم مسلح على نقطة أمنية للشرطة"
    // (The unit may be the act phrase's last word: "هجوم على حاجز".)
    for (uint32_t t = trig.tok_begin; t < trig.tok_end + kReach && t < doc_.tokens.size(); ++t) {
      if (!UnitWord(t) && !TokenIs(t, {"حاجزا", "نقطه", "كمينا"})) continue;
      for (const Mention* a : s.actors) {
        if (a->tok_begin > t && a->tok_begin - t <= 2 && StateForce(a->ref)) return a;
      }
    }
    return nullptr;
  }

  // "انفجرت عبوة ناسفة، الثلاثاء، على رتل للقوات الأمريكية في محافظة الديوانية": one unit of a named armed
  // side struck on a day of its own is an incident, though only its province is named.
  // (`need_day` false: the unit alone, for a report that counts its dead.)
  bool UnitOfSideStruck(const Candidate& c, bool need_day = true) const {
    if (!c.trigger_mention || (need_day && !c.time_mention) || !c.actor2_mention || !Armed(Inter(c.actor2))) {
      return false;
    }
    // The day between commas; without one, the attackers' name ("هجوم لعناصر إرهابية تابعة لكتيبة عقبة بن
    // نافع على دورية للجيش").
    const uint32_t reach = need_day ? 6 : 10;
    const uint32_t end = c.trigger_mention->tok_end;
    for (uint32_t t = end; t < end + reach && t + 1 < doc_.tokens.size(); ++t) {
      // (The unit may begin the side's name, "دورية للجيش" is an alias; and the side may be named by another
      // mention before, "مقتل عسكري ... على دورية للجيش".)
      if (!UnitWord(t)) continue;
      // (Compared as named in the event's country: "للجيش" is "Military Forces of {country}", the side hit
      // may be named already, "أعلنت وزارة الدفاع التونسية مقتل عسكري", TellersOwn.)
      const SentenceIndex& s = sentences_[c.sentence];
      const std::string country = CountryOf(c);
      if (std::any_of(s.actors.begin(), s.actors.end(), [&](const Mention* a) {
            return a->tok_begin >= t && a->tok_begin - t <= 2 &&
                   (lex_.SameActor(a->ref) == lex_.SameActor(c.actor2) ||
                    ActorName(a->ref, country) == ActorName(c.actor2, country));
          })) {
        return true;
      }
    }
    return false;
  }

  // "شنت طائرات التحالف غارات على مواقع ميليشيا الحوثي في محافظة صعدة": a named armed side striking the
  // positions, camps or depots of another, named right after them, is an incident though only its province
  // is named, and though the day is left to the statement's dateline.
  bool PositionsOfSideStruck(const Candidate& c) const {
    if (!c.trigger_mention || !c.actor1_mention || !c.actor2_mention || !Armed(Inter(c.actor1)) ||
        !Armed(Inter(c.actor2))) {
      return false;
    }
    const uint32_t side = c.actor2_mention->tok_begin;
    if (side < c.trigger_mention->tok_end || c.actor1_mention->tok_begin > side) return false;
    constexpr uint32_t kWordsBefore = 2;  // "مخازن أسلحة للميليشيات"
    for (uint32_t t = side > kWordsBefore ? side - kWordsBefore : 0; t < side; ++t) {
      if (t >= c.trigger_mention->tok_end &&
          TokenIs(t, {"مواقع", "موقع", "تجمعات", "تجمع", "معسكرات", "معسكر", "مخازن", "مخزن", "تحصينات", "ثكنات",
                      "مقرات", "مقر", "معاقل", "اليات", "تعزيزات", "منصات"})) {
        return true;
      }
    }
    return false;
  }

  // The act hits a military position ("قصف موقعا", "غارة على موقع شرق", "استهدف نقطة رصد", "مستهدفاً عدداً
  // من النقاط"), the object right after it.
  bool PositionHit(const Mention* trig) const {
    constexpr uint32_t kReach = 6;  // "هاجمت المقاومة الإسلامية، اليوم، موقع": the side and a day between
    for (uint32_t t = trig->tok_end; t < trig->tok_end + kReach && t < doc_.tokens.size(); ++t) {
      if (TokenIs(t, {"موقع", "موقعا", "مواقع", "المواقع", "نقطه", "نقاط", "النقاط", "مرصد", "مرصدا", "ثكنه",
                      "موقعين"})) {
        return true;
      }
    }
    return false;
  }

  // "هذا وقد ارتفعت حصيلة الضحايا في قطاع غزة اليوم إلى 52 قتيلا": a sentence that updates the toll, with
  // the day and the place of an event already told and no act of its own, gives that event its toll. Only
  // when one event fits, and not for a running total ("منذ بداية العدوان", or thousands of dead).
  bool TollUpdate(uint32_t si, const std::vector<Casualty>& casualties, std::vector<Candidate>& out) const {
    constexpr int64_t kRunningTotal = 1000;
    const SentenceIndex& s = sentences_[si];
    if (out.empty() || casualties.empty()) return false;
    // "ارتفعت حصيلة الضحايا اليوم إلى 52 قتيلا وأكثر من 2400 جريح": the update's figures other than a
    // running total (here the wounded, read as one) are the event's.
    std::vector<Casualty> kept;
    for (const Casualty& k : casualties) {
      if (k.killed && k.value >= kRunningTotal) return false;  // a war's dead, not one day's
      if (!k.cumulative) kept.push_back(k);
    }
    if (std::none_of(kept.begin(), kept.end(), [](const Casualty& k) { return k.killed; })) return false;
    bool update = false, rise = false;
    for (uint32_t t = units_[si].first_token; t < units_[si].end_token; ++t) {
      update = update || TokenIs(t, {"حصيله", "عدد"});
      rise = rise || TokenIs(t, {"ارتفعت", "ارتفع", "ترتفع", "يرتفع", "وارتفعت", "وارتفع", "بلغت", "وبلغت"});
    }
    if (!update || !rise) return false;
    // The update's own day, written in it.
    const Mention* day = nullptr;
    for (const Mention* t : s.times) {
      if (Datable(t) && !(t->aux & time::kTimeUnresolved) && (t->aux & time::kTimePrecisionMask) == 1) day = t;
    }
    if (!day || s.places.empty()) return false;
    Candidate probe;
    probe.trigger = out.back().trigger;
    probe.date = Day(static_cast<int32_t>(day->value));
    ChoosePlace(si, day, probe);
    Candidate* fit = nullptr;
    for (Candidate& c : out) {
      const std::string& type = c.trigger->event_type;
      if (type == "Strategic developments" || c.date != probe.date) continue;
      if (probe.place && !probe.place_inherited && !SamePlace(c, probe) && !SameAdmin1(c, probe)) continue;
      if (fit && fit->trigger_mention != c.trigger_mention) return false;  // two events fit: whose toll?
      fit = &c;
    }
    if (!fit) return false;
    fit->casualties.insert(fit->casualties.end(), kept.begin(), kept.end());
    return true;
  }

  // "اندلعت اشتباكات عنيفة في الخرطوم أمس. وقالت لجنة الأطباء إن 56 مدنيا قتلوا وأصيب 595 آخرون": the sentence
  // right after the only act told so far, with a toll and no act, place or day of its own, counts that
  // act's victims. (Not a running total, nor a toll the sentence dates otherwise.) BuildCandidates calls it
  // only for the sentence right after the only act told, `out.front()`.
  bool TollOfTheOnlyAct(uint32_t si, const std::vector<Casualty>& casualties, std::vector<Candidate>& out) const {
    constexpr int64_t kRunningTotal = 1000;
    const SentenceIndex& s = sentences_[si];
    if (casualties.empty() || !s.times.empty()) return false;
    // (A country named, "لجنة أطباء السودان", is no place of another act.)
    for (const Mention* p : s.places) {
      const PlaceRef* ref = RefOf(p);
      if (!ref || ref->place == kNone || !gaz_ || gaz_->TypeOf(ref->place) != geo::PlaceType::kCountry) return false;
    }
    Candidate& act = out.front();
    const std::string& type = act.trigger->event_type;
    if (Para(act.sentence) != Para(si) ||
        (type != "Battles" && type != "Explosions/Remote violence" && type != "Violence against civilians") ||
        act.casualties.size() > 0) {
      return false;
    }
    // (A running total of the dead makes it no report of this act; one of the wounded alone is left out.)
    std::vector<Casualty> kept;
    for (const Casualty& k : casualties) {
      if (k.killed && (k.cumulative || k.value >= kRunningTotal)) return false;
      if (!k.cumulative) kept.push_back(k);
    }
    if (kept.empty()) return false;
    act.casualties.insert(act.casualties.end(), kept.begin(), kept.end());
    return true;
  }

  // "شن الاحتلال غارات في أحراج يارون، إضافة إلى غارات استهدفت جبور، واستهداف طير حرفا وعلما الشعب":
  // after the first act and its place, an act named again with a place of its own is another event
  // (GUIDELINES: one event per town). Its towns are the places between its trigger and the next act.
  void LaterActs(uint32_t si, const Mention* best, const Candidate& first, const std::vector<const PlaceRef*>& also,
                 const std::vector<const Mention*>& victims, std::vector<Candidate>& out) const {
    const SentenceIndex& s = sentences_[si];
    if (!first.place || first.place_inherited || first.place->mention->tok_begin < best->tok_end) return;
    // (Nor is the act the sentence's answer responds to, told after "، ردا على": another event, not here.)
    const uint32_t answered = AnsweredActAfter(si, best);
    auto eligible = [&](const Mention* trig) {
      const Trigger& t = lex_.trigger(trig->ref);
      return trig->tok_begin < answered && t.form != TriggerForm::kWeapon && t.event_type != "Strategic developments" &&
             !InsideActor(s, trig) &&
             !Irrealis(s, trig) && !NonEventBefore(s, trig) && !GunsDeployed(*trig) && !PeriodStart(*trig) &&
             TriggerScore(trig) >= kMinWeakTriggerWeight;
    };
    std::vector<const PlaceRef*> taken{first.place};
    taken.insert(taken.end(), also.begin(), also.end());
    auto is_taken = [&](const Mention* p) {
      const PlaceRef* ref = RefOf(p);
      return std::any_of(taken.begin(), taken.end(), [&](const PlaceRef* t) {
        return t->mention == p || (ref && ref->place != kNone && t->place == ref->place);
      });
    };
    uint32_t from = taken.back()->mention->tok_end;  // acts after the last place already used
    for (const Mention* p : s.places) {
      if (p->tok_begin < from || is_taken(p)) continue;
      const Mention* act = nullptr;
      for (const Mention* trig : s.triggers) {
        if (trig->tok_begin >= from && trig->tok_end <= p->tok_begin && eligible(trig) &&
            (!act || BetterTrigger(trig, act))) {
          act = trig;
        }
      }
      // The act's own place follows it closely ("غارات استهدفت جبور"); an act in a relative clause ("القوات
      // التي هاجمت المنطقة") describes an actor rather than reporting an event.
      constexpr uint32_t kMaxActToPlace = 6;
      if (!act || Specificity(p) < 2 || p->tok_begin - act->tok_end > kMaxActToPlace ||
          (act->tok_begin > 0 && TokenIs(act->tok_begin - 1, {"التي", "الذي", "اللتي", "الذين"}))) {
        continue;
      }
      // "ومقتل جنديين دهسا في نابلس": an act told after a toll says how those victims died; the toll and
      // its act stay with the event the sentence reports.
      const bool after_toll = std::any_of(s.cues.begin(), s.cues.end(), [&](const Mention* k) {
        return (IsCue(k, Cue::kKilled) || IsCue(k, Cue::kInjured)) && k->tok_begin >= from && k->tok_end <= act->tok_begin;
      });
      if (after_toll) continue;
      // "تنسحب نحو الحسكة", "في اتجاه الرقة": where the act heads for is not where it happens.
      bool heading = false;
      for (uint32_t t = act->tok_end; t < p->tok_begin; ++t) heading = heading || TokenIs(t, {"الي", "والي", "صوب", "اتجاه", "نحو"});
      if (heading) continue;
      Candidate c = first;
      c.trigger = &lex_.trigger(act->ref);
      c.trigger_mention = act;
      c.casualties.clear();
      c.actor1 = c.actor2 = -1;
      c.actor1_mention = c.actor2_mention = nullptr;
      c.sides_unordered = c.armed_confrontation = false;
      AssignActors(s, act, victims, c);
      FixRoles(s, {}, c);
      // The same side goes on acting unless the act names another ("وقصفت ... ، فيما ردت المقاومة").
      if (c.trigger->event_type == first.trigger->event_type && c.actor1 != first.actor1 && first.actor1 >= 0) {
        c.actor1 = first.actor1, c.actor1_mention = first.actor1_mention;
        if (c.actor2 == c.actor1) c.actor2 = -1, c.actor2_mention = nullptr;
      }
      c.place = RefOf(p);
      if (!c.place) continue;
      c.geo_precision = (p->aux & geo::kPlaceNear) ? 2 : 1;
      if (Specificity(p) == 2) c.geo_precision = std::max(c.geo_precision, 2);
      IsraeliPostHit(c);
      CampHit(c);
      Refine(c);
      std::vector<const PlaceRef*> listed = CoordinatedPlaces(s, c);
      out.push_back(c);
      taken.push_back(c.place);
      for (const PlaceRef* place : listed) {
        Candidate other = c;
        other.place = place;
        out.push_back(other);
        taken.push_back(place);
      }
      from = taken.back()->mention->tok_end;
    }
  }

  // "ووقعت الحادثة قرب مستوطنة كريات أربع", "ووقع الانفجار في سوق المدينة": a sentence that only places
  // the incident just told gives that event its town, when the report itself named only a region.
  void PlaceOfTheIncident(uint32_t si, std::vector<Candidate>& cands) const {
    const SentenceIndex& s = sentences_[si];
    if (cands.empty() || !s.triggers.empty() || s.places.empty()) return;
    const uint32_t first = units_[si].first_token;
    if (!TokenIs(first, {"وقع", "وقعت", "ووقع", "ووقعت", "جري", "وجري", "حصل", "وحصل"}) ||
        !TokenIs(first + 1, {"الحادث", "الحادثه", "الهجوم", "العمليه", "الانفجار", "الاعتداء", "القصف", "الاشتباك",
                             "الاشتباكات", "الغاره", "التفجير", "الهجمات", "الغارات"})) {
      return;
    }
    Candidate& told = cands.back();
    if (told.sentence >= si || told.sentence + 3 < si) return;  // the incident told just before
    const Mention* pick = nullptr;
    for (const Mention* p : s.places) {
      if (!pick || Specificity(p) > Specificity(pick)) pick = p;
    }
    const int told_specificity = told.place ? Specificity(told.place->mention) : -1;
    if (!RefOf(pick) || Specificity(pick) <= told_specificity) return;
    told.place = RefOf(pick);
    told.place_inherited = false;
    told.geo_precision = (pick->aux & geo::kPlaceNear) ? 2 : 1;
    if (Specificity(pick) == 2) told.geo_precision = std::max(told.geo_precision, 2);
    // The town turns a report about a region into one about a place (see Refine).
    if (told.confidence < kMinConfidence) Refine(told);
  }

  // True when `fine` (a town or site) lies in `coarse`, a larger unit an event was placed at: its province,
  // a district or named region around it, or a big city that stands for its surroundings in the news
  // ("قصف إسرائيلي على حلب" for strikes on villages of Aleppo province).
  bool LiesIn(uint32_t fine_id, uint32_t coarse_id) const {
    if (!gaz_ || fine_id == kNone || coarse_id == kNone || fine_id == coarse_id) return false;
    const geo::Place fine = gaz_->Get(fine_id), coarse = gaz_->Get(coarse_id);
    if (!SameCode(fine.country_code, coarse.country_code) || fine.admin1 != coarse.admin1) return false;
    constexpr double kRegionKm = 15, kQuarterKm = 5, kProvinceCityKm = 40;
    constexpr int64_t kBigCity = 100'000, kMajorCity = 300'000;
    const double km = geo::DistanceKm(fine.lat, fine.lon, coarse.lat, coarse.lon);
    switch (coarse.type) {
      case geo::PlaceType::kAdmin1: return true;
      case geo::PlaceType::kAdmin2:
      case geo::PlaceType::kRegion:
        // A named region is a few km across, and holds towns, not a major city ("وسط غزة" is no target
        // inside "وسط قطاع غزة").
        return km <= kRegionKm && fine.population < kMajorCity;
      case geo::PlaceType::kLocality:
        // A city named like its province stands for the province ("حلب", "دير الزور", "درعا"); any other
        // city only for its own quarters, camps and sites ("نابلس" holds مخيم بلاطة, not رام الله).
        return coarse.population >= kBigCity && fine.population < coarse.population &&
               (km <= kQuarterKm || (coarse.name_ar == coarse.admin1_ar && km <= kProvinceCityKm));
      default: return false;
    }
  }

  // "قصف إسرائيلي على حلب يسفر عن استشهاد 38 ... وقد استهدف جبرين ومنطقة السفيرة", "طائرات النظام نفذت
  // غارات على الغوطة الشرقية ... إن مقاتلات النظام استهدفت منطقة الشيفونية": a later sentence that makes no
  // event of its own (its verb of targeting too weak to stand alone, its subject the act told before) but
  // names what that act hit, towns inside the larger unit the act was placed at, tells where it happened.
  // Every report of the act at that unit (same kind, day and attacker) takes the first town; the other
  // towns listed with it are acts of their own, without the toll the article gave for the whole.
  void TargetsOfTheActTold(std::vector<Candidate>& cands) const {
    if (!gaz_ || cands.empty()) return;
    constexpr uint32_t kReachUnits = 6;
    // (A sentence whose own reports are too weak to stand — "استهدفت مواقع في بلدة X" with no day and
    // no side hit — makes no event of its own either.)
    std::vector<bool> has_event(units_.size(), false);
    for (const Candidate& c : cands) has_event[c.sentence] = has_event[c.sentence] || c.confidence >= kMinConfidence;
    const size_t built = cands.size();
    for (uint32_t si = 0; si < units_.size(); ++si) {
      const SentenceIndex& s = sentences_[si];
      // (A sentence with a day of its own tells an act of that day, or history; not this one.)
      if (has_event[si] || s.triggers.empty() || s.places.empty() || !s.times.empty()) continue;
      // The act told last before this sentence, as reported (not a weak report to be dropped).
      const Candidate* told = nullptr;
      for (size_t k = built; k-- > 0;) {
        const Candidate& c = cands[k];
        if (c.sentence >= si || c.confidence < kMinConfidence) continue;
        if (si - c.sentence <= kReachUnits) told = &c;
        break;
      }
      if (!told || !told->place || told->place_inherited || told->place->place == kNone) continue;
      // Its act is of the same kind and too weak to stand alone ("استهدف"); a stronger word would have
      // made an event of its own, unless the sentence is about something else.
      const bool same_kind = std::any_of(s.triggers.begin(), s.triggers.end(), [&](const Mention* t) {
        return lex_.trigger(t->ref).event_type == told->event_type && !InsideActor(s, t) && !Irrealis(s, t) &&
               !NonEventBefore(s, t) && lex_.trigger(t->ref).form != TriggerForm::kWeapon;
      });
      // (A strategic development without a day of its own stands as no event either: "تم إخراج جميع
      // المسلحين من مدينة دوما" after the day's "أعلن الجيش مغادرة الفصائل من الغوطة الشرقية".)
      const bool weak = std::all_of(s.triggers.begin(), s.triggers.end(), [&](const Mention* t) {
        return InsideActor(s, t) || TriggerScore(t) < kMinWeakTriggerWeight ||
               (lex_.trigger(t->ref).event_type == "Strategic developments" &&
                lex_.trigger(t->ref).sub_event_type == told->sub_event_type);
      });
      // No other side named: the sentence goes on about the same act ("وقد استهدف ...").
      const bool same_sides = std::all_of(s.actors.begin(), s.actors.end(), [&](const Mention* a) {
        return SameSide(*told, a->ref, *told, told->actor1) || SameSide(*told, a->ref, *told, told->actor2);
      });
      if (!same_kind || !weak || !same_sides) continue;
      const uint32_t coarse = told->place->place;
      std::vector<const Mention*> targets;
      for (const Mention* p : s.places) {
        const PlaceRef* ref = RefOf(p);
        // (not "وسط غزة" in "في النصيرات وسط غزة": a place named to locate another)
        if (!ref || ref->place == kNone || Specificity(p) < 3 || Destination(p) || Locator(s, p)) continue;
        if (!LiesIn(ref->place, coarse)) continue;
        if (targets.empty() || std::find_if(targets.begin(), targets.end(), [&](const Mention* q) {
                                 return RefOf(q)->place == ref->place;
                               }) == targets.end()) {
          targets.push_back(p);
        }
      }
      if (targets.empty()) continue;
      const Candidate act = *told;
      auto precision_of = [&](const Mention* p) { return (p->aux & geo::kPlaceNear) ? 2 : 1; };
      for (size_t k = 0; k < built; ++k) {
        Candidate& c = cands[k];
        if (c.event_type != act.event_type || !c.place || c.place->place != coarse || c.date != act.date ||
            !Compatible(c.actor1, act.actor1)) {
          continue;
        }
        c.place = RefOf(targets.front());
        c.geo_precision = precision_of(targets.front());
        c.place_inherited = false;
        c.locator = nullptr;
      }
      for (size_t k = 1; k < targets.size(); ++k) {
        Candidate other = act;
        other.sentence = si;
        other.place = RefOf(targets[k]);
        other.geo_precision = precision_of(targets[k]);
        other.place_inherited = false;
        other.locator = nullptr;
        other.casualties.clear();
        cands.push_back(std::move(other));
      }
      has_event[si] = true;
    }
    // Merge expects the reports in the order of the text.
    std::stable_sort(cands.begin(), cands.end(),
                     [](const Candidate& a, const Candidate& b) { return a.sentence < b.sentence; });
  }

  // An aircraft or drone named in the sentence, as an actor ("طائرات الاحتلال") or a word of its own.
  // An aircraft, a drone, a fired weapon (rocket, shell, missile), an air defence or an aerial target
  // named in the sentence.
  bool ThingFiredNamed(const SentenceIndex& s) const {
    if (AircraftNamed(s) || DroneNamed(s) || std::any_of(s.triggers.begin(), s.triggers.end(), [&](const Mention* t) {
          return lex_.trigger(t->ref).form == TriggerForm::kWeapon;
        })) {
      return true;
    }
    const Unit& u = units_[&s - sentences_.data()];
    for (uint32_t t = u.first_token; t < u.end_token; ++t) {
      const std::string_view w = Tok(t);
      for (std::string_view stem : {"صاروخ", "صواريخ", "قذيف", "قذايف", "طاير", "دفاع", "جويه", "جوي"}) {
        if (w.find(stem) != std::string_view::npos) return true;
      }
    }
    return false;
  }

  bool AircraftNamed(const SentenceIndex& s) const {
    for (const auto* list : {&s.actors, &s.triggers}) {
      for (const Mention* m : *list) {
        if (Aircraft(m)) return true;
      }
    }
    return false;
  }

  // "قصف ستة أهداف جوا", "قصف جوي", "قصف بالبراميل المتفجرة" (dropped from helicopters): the air named by an
  // adverb, an adjective of the act or the barrels, where no aircraft is.
  bool AirNamed(const SentenceIndex& s) const {
    const Unit& u = units_[&s - sentences_.data()];
    for (uint32_t t = u.first_token; t < u.end_token; ++t) {
      if (TokenIs(t, {"جوا", "جويا"}) || Tok(t).find("براميل") != std::string_view::npos) return true;
      if (t > u.first_token && TokenIs(t, {"جوي", "جويه", "الجوي", "الجويه"}) &&
          TokenIs(t - 1, {"قصف", "القصف", "قصفا", "ضربه", "ضربات", "الضربات", "هجوم", "هجمات", "غاره", "غارات"})) {
        return true;
      }
    }
    return false;
  }

  // "دخلت معركة تحرير مدينة الحديدة مرحلة جديدة", "عملية تحرير الرقة": a taking of ground named by the battle
  // or operation that aims at it is the campaign's name, not a capture.
  bool CampaignName(const Mention* trig) const {
    // The battle word of the name itself ("معركة" in "معركة تحرير الحديدة").
    if (TokenIs(trig->tok_end, {"تحرير", "لتحرير", "استعاده", "لاستعاده"}) &&
        TokenIs(trig->tok_end - 1, {"معركه", "المعركه", "ومعركه", "عمليه", "العمليه", "حمله", "الحمله"})) {
      return true;
    }
    const Trigger& t = lex_.trigger(trig->ref);
    if (t.event_type != "Battles" || t.sub_event_type == "Armed clash" || trig->tok_begin == 0) return false;
    return TokenIs(trig->tok_begin - 1, {"معركه", "لمعركه", "بمعركه", "ومعركه", "عمليه", "لعمليه", "بعمليه", "حمله",
                                         "لحمله", "معارك", "خطه"});
  }

  // A raid by warplanes: "غارة", "الغارات", "بغارات".
  bool AirRaid(const Mention* trig) const {
    for (uint32_t t = trig->tok_begin; t < trig->tok_end; ++t) {
      if (Tok(t).find("\xD8\xBA\xD8\xA7\xD8\xB1") != std::string_view::npos) return true;  // غار
    }
    return false;
  }

  // A drone named in the sentence ("مسيرة", "طائرة بدون طيار"), which armed groups do fly.
  bool DroneNamed(const SentenceIndex& s) const {
    for (uint32_t t = units_[&s - sentences_.data()].first_token; t < units_[&s - sentences_.data()].end_token; ++t) {
      std::string_view w = Tok(t);
      if (w.find("\xD9\x85\xD8\xB3\xD9\x8A\xD8\xB1") != std::string_view::npos ||  // مسير
          w.find("\xD8\xAF\xD8\xB1\xD9\x88\xD9\x86") != std::string_view::npos) {  // درون
        return true;
      }
      if (TokenIs(t, {"طيار"}) && t > 0 && TokenIs(t - 1, {"بدون", "بلا"})) return true;
    }
    return false;
  }

  // "أعلن المتحدث باسم X [العميد فلان] استهداف ...": an announcing verb before the spokesman and the act's
  // noun after the side's name, with only the spokesman's own name and rank between.
  // (The act's noun is the first after the name, whichever word of the sentence tells the act best:
  // "أعلن المتحدث باسم التحالف ... تدمير مواقع للحوثيين بغارات جوية".)
  // (A day set off by commas may stand between too: "باسم قوات صنعاء العميد يحيى سريع، مساء الثلاثاء، استهداف".)
  bool AnnouncesOwnAct(const SentenceIndex& s, const Mention* side) const {
    constexpr uint32_t kSpokesmanName = 5;  // "العقيد تركي المالكي اليوم"
    const auto act = std::find_if(s.triggers.begin(), s.triggers.end(), [&](const Mention* t) {
      return t->tok_begin >= side->tok_end &&
             t->tok_begin - side->tok_end - AsideTokens(s, side->tok_end, t->tok_begin) <= kSpokesmanName;
    });
    if (act == s.triggers.end()) return false;
    const TriggerForm form = lex_.trigger((*act)->ref).form;
    if (form != TriggerForm::kNoun && form != TriggerForm::kPhrase) return false;
    for (uint32_t t = side->tok_end; t < (*act)->tok_begin; ++t) {
      if (TokenIs(t, {"ان", "انه", "بان", ":"})) return false;  // a reported clause follows
      // (A comma is one of an aside's only next to its day.)
      if (TokenIs(t, {",", "\xD8\x8C"}) && !(InTime(s, t + 1) || (t > 0 && InTime(s, t - 1)))) return false;
    }
    constexpr uint32_t kVerbReach = 2;  // "أعلن المتحدث الرسمي باسم"
    return PrecededByCue(s, side->tok_begin - 1, Cue::kReport, kVerbReach);
  }

  // The armed side a verb of accusing names as the doer: "اتهم X Y بـ..." (the accuser, then the accused and
  // the act with بـ: "بالوقوف وراء", "بقصف", "بإطلاقه"), or null; `verb` is set to the verb's token.
  const Mention* Accused(const SentenceIndex& s, uint32_t* verb) const {
    constexpr uint32_t kReach = 6;  // the accuser's words stand between ("اتهمت السلطات المحلية")
    const Unit& unit = units_[&s - sentences_.data()];
    for (uint32_t t = unit.first_token; t < unit.end_token; ++t) {
      if (!TokenIs(t, {"اتهم", "اتهمت", "واتهم", "واتهمت", "يتهم", "تتهم", "ويتهم", "وتتهم", "اتهموا", "متهمه", "متهما"})) {
        continue;
      }
      for (const Mention* a : s.actors) {
        if (a->tok_begin <= t || a->tok_begin - t > kReach) continue;
        if (!Armed(Inter(a->ref)) || a->tok_end >= unit.end_token) continue;
        // The act itself follows (not "بتسهيل", "بتجنيد": helping or recruiting is another charge).
        const bool act = TokenIs(a->tok_end, {"بالوقوف", "بشن", "بتنفيذ", "بارتكاب", "باطلاق", "باطلاقه", "بالمسووليه"}) ||
                         std::any_of(s.triggers.begin(), s.triggers.end(), [&](const Mention* tr) {
                           return tr->tok_begin == a->tok_end && Tok(tr->tok_begin).starts_with("\xD8\xA8");  // بـ
                         });
        if (act) {
          *verb = t;
          return a;
        }
      }
    }
    return nullptr;
  }

  // "ضابط في الجيش اليمني", "عنصر من الشرطة العراقية": the named side a generic member (a word that is a
  // generic force itself) is said to be of, or null.
  // ("36 جنديا على الأقل من قوات البنيان المرصوص": "at least" may stand between.)
  const Mention* MemberOf(const SentenceIndex& s, const Mention* a) const {
    if (!lex_.actor(a->ref).generic()) return nullptr;
    uint32_t t = a->tok_end;
    if (TokenIs(t, {"علي"}) && TokenIs(t + 1, {"الاقل"})) t += 2;
    if (!TokenIs(t, {"في", "من"})) return nullptr;
    for (const Mention* b : s.actors) {
      if (b->tok_begin == t + 1 && !lex_.actor(b->ref).generic()) return b;
    }
    return nullptr;
  }

  // The named side that a generic noun of unidentified fighters belongs to ("مسلحا من ميليشيات الحوثي",
  // "مسلحين من داعش"), or null. (Soldiers "من قوات الاحتلال" are that state's forces already.)
  const Mention* NamedSideOf(const SentenceIndex& s, const Mention* a) const {
    if (lex_.actor(a->ref).inter != kUnidentifiedInter) return nullptr;
    // ("مسلحون يشتبه في انتمائهم لجماعة بوكو حرام": the side they are suspected to belong to.)
    if (const uint32_t t = PastBelonging(a->tok_end); t != a->tok_end) {
      for (const Mention* b : s.actors) {
        if (b->tok_begin == t && !lex_.actor(b->ref).generic()) return b;
      }
      return nullptr;
    }
    if (!TokenIs(a->tok_end, {"من"})) return nullptr;
    // ("إرهابيين من تنظيم بي كا كا": the word for an organisation may come before its name.)
    const uint32_t name = a->tok_end + (TokenIs(a->tok_end + 1, {"تنظيم", "منظمه", "جماعه", "حركه"}) ? 2 : 1);
    // (Unidentified fighters of a theatre, "مقاومون من كتيبة جنين", as well as the generic ones.)
    for (const Mention* b : s.actors) {
      const Actor& side = lex_.actor(b->ref);
      if ((b->tok_begin == a->tok_end + 1 || b->tok_begin == name) && !side.generic() && side.inter != kUnidentifiedInter) {
        return b;
      }
    }
    return nullptr;
  }

  // The token after the words of suspected belonging that start at `t` ("يشتبه في انتمائهم", "يعتقد
  // بانتمائهم إلى", "يعتقد أنهم من", "يرجح أنهم ينتمون إلى"), or `t` when none do.
  uint32_t PastBelonging(uint32_t t) const {
    if (!TokenIs(t, {"يشتبه", "يعتقد", "يرجح"})) return t;
    uint32_t u = t + (TokenIs(t + 1, {"في"}) ? 2 : 1);
    if (TokenIs(u, {"انتمايهم", "بانتمايهم"})) return u + (TokenIs(u + 1, {"الي"}) ? 2 : 1);
    if (!TokenIs(u, {"انهم", "بانهم", "انهما", "بانهما"})) return t;
    if (TokenIs(u + 1, {"من"})) return u + 2;
    // ("ينتمون لجماعة": the side's name starts inside the verb's next token.)
    if (TokenIs(u + 1, {"ينتمون", "ينتميان"})) return u + (TokenIs(u + 2, {"الي"}) ? 3 : 2);
    return t;
  }

  // A verb of a crowd going out, joining or organising, a few words before the protest noun `trig`.
  bool CrowdWentOutIn(const Mention* trig) const {
    constexpr uint32_t kReach = 5;  // "خرج آلاف الجزائريين اليوم في مسيرات"
    const uint32_t unit = unit_of_token_[trig->tok_begin];
    const uint32_t first = units_[unit].first_token;
    // (Words of the clause: a day set off by commas is an aside, "خرج آلاف المتظاهرين، اليوم الخميس، في مسيرات".)
    for (uint32_t k = 1; trig->tok_begin >= first + k &&
                         k - AsideTokens(sentences_[unit], trig->tok_begin - k, trig->tok_begin) <= kReach;
         ++k) {
      if (TokenIs(trig->tok_begin - k, {"خرج", "خرجت", "خرجوا", "وخرج", "وخرجت", "وخرجوا", "شارك", "شاركت", "شاركوا",
                                        "وشارك", "وشاركت", "وشاركوا", "نظم", "نظمت", "نظموا", "ونظم", "ونظمت", "ونظموا"})) {
        return true;
      }
    }
    return false;
  }

  // "استشهد فتى فلسطيني برصاص قوات الاحتلال، خلال مواجهات اندلعت عند حاجز حوارة": a riot or protest word
  // after "خلال"/"في"/"أثناء", with a death written before it and a state's force as the other side, tells
  // of the crowd the force met, unnamed as it is ("استشهد 60 فلسطينيا برصاص قوات الاحتلال، أمس الإثنين، خلال
  // مسيرات العودة").
  bool KilledInConfrontation(const Candidate& c) const {
    if ((c.event_type != "Riots" && c.event_type != "Protests") || !c.trigger_mention || c.trigger_mention->tok_begin == 0 || !StateForce(c.actor2) ||
        !TokenIs(c.trigger_mention->tok_begin - 1, {"خلال", "اثناء", "في"})) {
      return false;
    }
    // (A protest's dead only on a day of the sentence's own: "وقُتل 116 فلسطينيا على الأقل ... خلال
    // الاحتجاجات" counts weeks of them.)
    if (c.event_type == "Protests" &&
        !(c.time_mention && unit_of_token_[c.time_mention->tok_begin] == c.sentence &&
          (c.time_mention->aux & time::kTimeSpanMask) == 0 && (c.time_mention->aux & time::kTimePrecisionMask) <= 1)) {
      return false;
    }
    // (The dead of the crowd, not the force's own: "يقر بمقتل جندي ... في مواجهات غزة" was a battle.)
    return std::any_of(c.casualties.begin(), c.casualties.end(), [&](const Casualty& k) {
      return k.killed && k.Written() && k.cue && k.cue->tok_end <= c.trigger_mention->tok_begin &&
             (k.side < 0 || Inter(k.side) == kCiviliansInter || Inter(k.side) == kProtestersInter ||
              Inter(k.side) == kRiotersInter);
    });
  }

  // "نفذ أعوان الصحة إضرابا", "دخل أهالي المعتمدية في اعتصام مفتوح", "نظم عمال المصنع وقفة احتجاجية": the
  // people a verb of staging it has as its subject, a few words before the protest, are its crowd, whatever
  // word names them (an armed side there is not: "نفذت قوات الأمن حملة").
  bool CrowdStagedIt(const Candidate& c) const {
    if (!c.trigger_mention) return false;
    // "أضرب عمال شركة النقل", "اعتصم أهالي القرية": the protest's own verb, its subject right after it (a
    // day may stand between), a word of people that is no armed side.
    // (Not a plural verb, whose subject is its pronoun: in "حطموا الأجهزة" the next word is the object; nor
    // "تظاهرت بأنني", "يتظاهرون بأنهم": to pretend.)
    const std::string_view verb = Tok(c.trigger_mention->tok_begin);
    // (And the crowd's verb alone: in "أطلقت قنابل الغاز" the police fire at the crowd.)
    if (c.trigger->form == TriggerForm::kVerbActive && c.trigger->event_type == "Protests" &&
        c.trigger_mention->tok_end == c.trigger_mention->tok_begin + 1 && !verb.ends_with("وا") && !verb.ends_with("ون")) {
      const SentenceIndex& s = sentences_[c.sentence];
      const uint32_t v = PastTime(s, c.trigger_mention->tok_end);
      const bool subject = v < units_[c.sentence].end_token && doc_.tokens[v].kind == TokenKind::kArabic &&
                           !TokenIs(v, {"في", "ب", "امام", "عند", "داخل", "عن", "علي", "من", "الي", "ضد", "احتجاجا"}) &&
                           !Tok(v).starts_with("بان") &&
                           std::none_of(s.places.begin(), s.places.end(), [&](const Mention* p) { return p->tok_begin == v; }) &&
                           std::none_of(s.actors.begin(), s.actors.end(), [&](const Mention* a) {
                             return a->tok_begin == v && Armed(Inter(a->ref));
                           });
      if (subject) return true;
    }
    // The verb, a subject of a few words, where and when ("نفذ أعوان الصحة بالمستشفى الجهوي بصفاقس اليوم
    // إضرابا"), "في" or "ب" ("قام عدد من الشبان المعطلين صباح اليوم بغلق الطريق").
    constexpr uint32_t kReach = 9;
    const uint32_t t = c.trigger_mention->tok_begin;
    const SentenceIndex& s = sentences_[c.sentence];
    // (A day set off by commas is an aside, no words of the clause: "أقدم عشرات الشبان العاطلين عن العمل،
    // اليوم الخميس، على غلق الطريق".)
    uint32_t start = t;
    for (uint32_t words = 0; start > units_[c.sentence].first_token && words < kReach;) words += !Aside(s, --start);
    for (uint32_t k = start; k + 1 < t; ++k) {  // a word of subject at least
      if (unit_of_token_[k] != c.sentence ||
          !TokenIs(k, {"نفذ", "ونفذ", "نفذت", "ونفذت", "نظم", "ونظم", "نظمت", "ونظمت", "دخل", "ودخل", "دخلت",
                       "ودخلت", "خاض", "وخاض", "خاضت", "وخاضت", "شن", "وشن", "قام", "وقام", "قامت", "وقامت",
                       "اقدم", "واقدم", "اقدمت", "واقدمت"})) {
        continue;
      }
      // (Within one clause: "نفذ الجيش عملية، فيما أضرب العمال" is not the workers' act. And with a subject:
      // in "ونظم عشرات الاحتجاجات" the words between count the protests.)
      bool clause_ends = false, subject = false;
      for (uint32_t j = k + 1; j < t; ++j) {
        const bool around_day = InTime(s, j - 1) || (j + 1 < t && InTime(s, j + 1));
        clause_ends = clause_ends || (TokenIs(j, {",", "\xD8\x8C", "."}) && !around_day);
        subject = subject || !(doc_.tokens[j].kind == TokenKind::kNumber ||
                               TokenIs(j, {"عشرات", "مئات", "الاف", "عده", "العديد", "عدد", "من", "في"}));
      }
      if (clause_ends || !subject) continue;
      // (Nor one before the verb, its subject too: "سبعة أطقم للحوثيين قامت بتطويق السجن".)
      constexpr uint32_t kSubjectBefore = 4;
      return std::none_of(s.actors.begin(), s.actors.end(), [&](const Mention* a) {
        return a->tok_end + kSubjectBefore > k && a->tok_begin < t && Armed(Inter(a->ref));
      });
    }
    return false;
  }

  // "تظاهر آلاف التونسيين", "خرج المئات في تظاهرة": a crowd counted right by the protest word is as concrete
  // as one named.
  bool CrowdCounted(const Candidate& c) const {
    if (!c.trigger_mention) return false;
    constexpr uint32_t kReach = 3;  // "آلاف من أنصار التيار تظاهروا", "تظاهر اليوم آلاف"
    const Mention* t = c.trigger_mention;
    const SentenceIndex& s = sentences_[c.sentence];
    // Not a figure of victims ("أصيب أكثر من 1700 فلسطيني"), nor one that counts the protests or the towns
    // ("عشرات الاحتجاجات", "عشرات المدن"): a word of the dead, the wounded, an act or a place stands by it.
    auto counts_something_else = [&](const Mention* n) {
      constexpr uint32_t kCueReach = 2;
      return std::any_of(s.cues.begin(), s.cues.end(), [&](const Mention* k) {
               const bool casualty = IsCue(k, Cue::kKilled) || IsCue(k, Cue::kInjured);
               const bool by = k->tok_end <= n->tok_begin ? n->tok_begin - k->tok_end <= kCueReach
                                                          : k->tok_begin >= n->tok_end && k->tok_begin - n->tok_end <= kCueReach;
               return (casualty && by) || (IsCue(k, Cue::kPlaceType) && k->tok_begin == n->tok_end);
             }) ||
             std::any_of(s.triggers.begin(), s.triggers.end(), [&](const Mention* a) { return a->tok_begin == n->tok_end; });
    };
    // "خرجت مسيرات حاشدة", "بمشاركة جماهير غفيرة": a word of a great crowd counts it as well.
    for (uint32_t k = t->tok_end; k < t->tok_end + kReach && k < doc_.tokens.size(); ++k) {
      if (TokenIs(k, {"حاشده", "حاشدتين", "ضخمه", "غفيره", "حاشدا"})) return true;
    }
    // (The crowd may be counted by another protest word of the sentence than the candidate's, which a
    // riot word outweighed: "خرج آلاف اللبنانيين إلى الشوارع ... وقطعوا الطرق بالإطارات المشتعلة".)
    auto crowd_word = [&](const Mention* w) {
      if (w == t) return true;
      const std::string_view type = lex_.trigger(w->ref).event_type;
      return type == "Protests" || type == "Riots";
    };
    return std::any_of(s.numbers.begin(), s.numbers.end(), [&](const Mention* n) {
      constexpr int64_t kCrowd = 10;
      const bool near = std::any_of(s.triggers.begin(), s.triggers.end(), [&](const Mention* w) {
        return crowd_word(w) && ((n->tok_end <= w->tok_begin && w->tok_begin - n->tok_end <= kReach) ||
                                 (n->tok_begin >= w->tok_end && n->tok_begin - w->tok_end <= kReach));
      });
      return near && n->value >= kCrowd && !counts_something_else(n);
    });
  }

  // True when token t follows a word that names what a protest is against ("ضد", "احتجاجا على",
  // "تنديدا بـ", "رفضا لـ"; the actor itself may carry the بـ or لـ).
  // ("ضد حكومة الاحتلال الإسرائيلي", "احتجاجا على سياسات الحكومة", "تنديدا بممارسات الاحتلال": the side
  // behind one word for what it governs or does is as much what the protest is about.)
  bool ProtestedAgainst(uint32_t t) const {
    if (t == 0) return false;
    if (TokenIs(t - 1, {"ضد", "احتجاجا", "تنديدا", "رفضا", "منددين", "رافضين"})) return true;
    if (t >= 2 && TokenIs(t - 1, {"علي"}) && TokenIs(t - 2, {"احتجاجا", "احتجاج"})) return true;
    return t >= 2 && TokenIs(t - 1, {"حكومه", "سلطات", "نظام", "سياسات", "سياسه", "ممارسات", "بممارسات", "جرائم",
                                     "بجرائم", "اعتداءات", "باعتداءات", "انتهاكات", "بانتهاكات", "قرار", "قرارات",
                                     "بقرار", "حرب", "عدوان", "بعدوان", "رييس", "وزير", "وزاره"}) &&
           ProtestedAgainst(t - 1);
  }

  // The word for a front ("جبهة", "بجبهات").
  bool Front(const Mention* m) const { return FrontWord(m->tok_begin); }
  bool FrontWord(uint32_t t) const {
    std::string_view w = Tok(t);
    for (std::string_view proclitic : {"\xD9\x88", "\xD9\x81", "\xD8\xA8"}) {  // و ف ب
      if (w.starts_with(proclitic) && w.size() > 8) w.remove_prefix(proclitic.size());
    }
    return w == "جبهه" || w == "جبهات" || w == "الجبهه" || w == "الجبهات";
  }
  // ... naming a front line, where a battle is fought ("جبهة الإسناد" is Al Mayadeen's name for a
  // campaign of support).
  bool FrontLine(const Mention* m) const {
    return Front(m) && !TokenIs(m->tok_begin + 1, {"الاسناد", "المسانده", "اسناد"});
  }

  // The first side of the latest event in `out` told within two units before unit `si` whose side `fits`, -1 if
  // none: the doer a pronoun stands for ("استهدافها", "مدفعيته"). (A paragraph is often one sentence: the one
  // before may be another's.)
  template <typename Fits>
  static int32_t DoerJustBefore(const std::vector<Candidate>& out, uint32_t si, Fits&& fits) {
    constexpr uint32_t kDoerSentences = 2;
    for (auto it = out.rbegin(); it != out.rend(); ++it) {
      if (it->sentence + kDoerSentences < si) break;
      if (it->actor1 >= 0 && fits(it->actor1)) return it->actor1;
    }
    return -1;
  }

  // The arm of a side with the side as a pronoun ("مدفعيته", "طائراتها", "قواته") right after the active verb
  // `trig`, as its subject (or the last word of the verb's phrase: "قصفت مدفعيته").
  bool PronounCarrierAfter(const Mention& trig) const {
    if (trig.kind != MentionKind::kTrigger || lex_.trigger(trig.ref).form != TriggerForm::kVerbActive) return false;
    auto carrier = [&](uint32_t t) {
      return TokenIs(t, {"مدفعيته", "مدفعيتها", "طايراته", "طايراتها", "طيرانه", "طيرانها", "مسيراته", "مسيراتها",
                         "قواته", "قواتها", "دباباته", "دباباتها", "زوارقه", "زوارقها", "بوارجه", "بوارجها",
                         "مقاتلاته", "مقاتلاتها", "صواريخه", "صواريخها"});
    };
    return carrier(trig.tok_end) || (trig.tok_end > trig.tok_begin + 1 && carrier(trig.tok_end - 1));
  }

  // The noun of an act with its doer as a pronoun: "استهدافها", "دكّهم".
  bool PronounDoer(const Mention& trig) const {
    if (trig.tok_end != trig.tok_begin + 1) return false;
    std::string_view w = Tok(trig.tok_begin);
    w.remove_prefix(std::min<size_t>(w.size(), trig.begin - doc_.tokens[trig.tok_begin].begin));  // "وأعلنت ... واستهدافها"
    return w == "استهدافها" || w == "استهدافهم" || w == "استهدافه" || w == "دكها" || w == "دكهم";
  }

  // A clash (its word "اشتباكات", "اشتبك", "مواجهات", "صدامات") of protesters: they are one of its sides, or
  // are named as such a few words from its word ("اشتباكات بين قوات الأمن والمتظاهرين", "اشتبك محتجون").
  bool ProtestersClash(const Candidate& c) const {
    if (!c.trigger_mention) return false;
    const std::string_view w = Tok(c.trigger_mention->tok_begin);
    if (w.find("اشتب") == std::string_view::npos && w.find("مواجه") == std::string_view::npos &&
        w.find("صدام") == std::string_view::npos) {
      return false;
    }
    if (Inter(c.actor1) == kProtestersInter || Inter(c.actor2) == kProtestersInter) return true;
    constexpr uint32_t kReach = 6;  // "الاشتباكات المتجددة بين قوات الأمن والمتظاهرين"
    const uint32_t unit = unit_of_token_[c.trigger_mention->tok_begin];
    const uint32_t first = units_[unit].first_token, end = units_[unit].end_token;
    const uint32_t from = c.trigger_mention->tok_begin > first + 1 ? c.trigger_mention->tok_begin - 1 : first;
    for (uint32_t t = from; t < end && t < c.trigger_mention->tok_end + kReach; ++t) {
      const std::string_view tok = Tok(t);
      if (tok.find("متظاهر") != std::string_view::npos ||
          (tok.find("محتج") != std::string_view::npos && tok.find("محتجز") == std::string_view::npos)) {
        return true;
      }
    }
    return false;
  }

  // A mention with a word for missiles in it ("صاروخ", "بصواريخ").
  bool Missile(const Mention* m) const {
    if (!m) return false;
    for (uint32_t t = m->tok_begin; t < m->tok_end; ++t) {
      const std::string_view w = Tok(t);
      if (w.find("صارو") != std::string_view::npos || w.find("صواري") != std::string_view::npos) return true;
    }
    return false;
  }

  // A mention with a word for guns in it: "المدفعية الإسرائيلية", "مدفعية الجيش", "دبابات الاحتلال".
  bool Artillery(const Mention* m) const {
    if (!m) return false;
    for (uint32_t t = m->tok_begin; t < m->tok_end; ++t) {
      const std::string_view w = Tok(t);
      for (std::string_view stem : {"مدفعيه", "دبابات", "دبابه", "راجمات"}) {
        if (w.find(stem) != std::string_view::npos) return true;
      }
    }
    return false;
  }

  // A military site or unit named within ten words after the act, in its unit ("هاجمت مجموعة إرهابية
  // مسلحة فجر اليوم الاثنين ثكنة عسكرية", "كمين لدورية"): the state's forces held it.
  bool MilitarySiteAttacked(const Mention& trig) const {
    constexpr uint32_t kReach = 10;
    const uint32_t end = std::min(units_[unit_of_token_[trig.tok_begin]].end_token, trig.tok_end + kReach);
    for (uint32_t t = trig.tok_end; t < end; ++t) {
      if (TokenIs(t, {"ثكنه", "معسكر", "معسكرا", "حاجز", "حاجزا", "دوريه", "كمين", "كمينا", "ارتكاز", "ارتكازا"})) {
        return true;
      }
    }
    return false;
  }

  // A mention that names ground forces ("قوات النظام", "القوات الحكومية", "وقوات الدعم السريع"): "قوات" first,
  // not the occupation's ("قوات الاحتلال", whose bombardment of Gaza is mostly from the air).
  bool GroundForces(const Mention* m) const {
    if (!m || m->tok_end < m->tok_begin + 2) return false;
    std::string_view w = Tok(m->tok_begin);
    if (w.starts_with("\xD9\x88")) w.remove_prefix(2);  // و
    // ("بقصف لقوات النظام": the author after لـ.)
    // ("قوات التحالف" are its air forces as much as its ground forces.)
    return (w == "قوات" || w == "القوات" || w == "لقوات") && !TokenIs(m->tok_begin + 1, {"الاحتلال", "التحالف"});
  }

  // A mention with a word for an aircraft or drone in it.
  bool Aircraft(const Mention* m) const {
    if (!m) return false;
    for (uint32_t t = m->tok_begin; t < m->tok_end; ++t) {
      std::string_view w = Tok(t);
      for (std::string_view proclitic : {"\xD9\x88", "\xD8\xA8", "\xD9\x84"}) {  // و ب ل
        if (w.starts_with(proclitic) && w.size() > 6) w.remove_prefix(proclitic.size());
      }
      // Normalized text: ئ is folded to ي ("طائرة" is "طايره"). ("الحربية" alone is no aircraft: "الزوارق
      // الحربية" are warships.)
      if (w == "طايره" || w == "طايرات" || w == "الطايره" || w == "الطايرات" || w == "طيران" || w == "الطيران" ||
          w == "مسيره" || w == "مسيرات" || w == "المسيره" || w == "المسيرات" || w == "مروحيه" || w == "مروحيات" ||
          w == "المروحيات" || w == "مقاتلات" || w == "المقاتلات") {
        return true;
      }
    }
    return false;
  }

  // A number of two or more right before the trigger counts acts ("7 مجازر"), not victims.
  // "غارة على مديرية صرواح", "قذيفة على بلدة كفرنبل": the act aimed at a town or district named right
  // after it ("على" or "في", and a type word, between).
  bool AimedAtOnePlace(const SentenceIndex& s, const Mention* trig) const {
    if (!gaz_ || !TokenIs(trig->tok_end, {"علي", "في"})) return false;
    constexpr uint32_t kReach = 3;
    return std::any_of(s.places.begin(), s.places.end(), [&](const Mention* p) {
      if (p->tok_begin <= trig->tok_end || p->tok_begin - trig->tok_end > kReach) return false;
      const PlaceRef* ref = RefOf(p);
      if (!ref || ref->place == kNone) return false;
      const geo::PlaceType type = gaz_->TypeOf(ref->place);
      return type == geo::PlaceType::kAdmin2 || type == geo::PlaceType::kLocality ||
             type == geo::PlaceType::kNeighbourhood || type == geo::PlaceType::kSite;
    });
  }

  static bool CountedActs(const SentenceIndex& s, const Mention* trig) {
    return std::any_of(s.numbers.begin(), s.numbers.end(),
                       [&](const Mention* n) { return n->tok_end == trig->tok_begin && n->value >= 2; });
  }

  // Towns listed with the chosen one ("في بلدات ذيبان والطيانة والشعفة"): only و, commas and place-type
  // words between them, all as specific as towns.
  std::vector<const PlaceRef*> CoordinatedPlaces(const SentenceIndex& s, const Candidate& c) const {
    std::vector<const PlaceRef*> out;
    if (!c.place || Specificity(c.place->mention) < 3) return out;
    const Mention* last = c.place->mention;
    // "على الطريق الواصل بين بلدتي اليادودة والمزيريب": the two towns bound one stretch of road or front,
    // where one event happened, not one in each.
    // The list goes on after the pair ("بين بلدتي بيت ياحون وبرعشيت، وأطراف بلدات حولا وكفرشوبا").
    bool pair_end = PairHead(s, last);
    // The words that may stand between two names of a list: "في بلدات ذيبان والطيانة", "أبو حمام وأجزاء من
    // بلدات ذيبان", a name the gazetteer lacks ("ذيبان والطيانة والشعفة"), a direction in brackets
    // ("إربد وجرش والمفرق (شمال) والزرقاء").
    auto joiner = [&](uint32_t t) {
      const std::string_view w = Tok(t);
      const bool direction = TokenIs(t, {"شمال", "جنوب", "شرق", "غرب", "وسط"});
      return w == "و" || w == "," || w == "\xD8\x8C" /* ، */ || w == "من" || w == "اجزاء" || w == "واجزاء" ||
             IsPlaceTypeToken(s, t) || (w.starts_with("\xD9\x88") /* و */ && !Covered(s, t)) ||
             (w == "(" && TokenIs(t + 2, {")"})) || (w == ")" && t > 1 && TokenIs(t - 2, {"("})) ||
             (direction && t > 0 && TokenIs(t - 1, {"("}) && TokenIs(t + 1, {")"}));
    };
    auto comma_or_wa = [&](uint32_t t) {
      const std::string_view w = Tok(t);
      return w.starts_with("\xD9\x88") || w == "," || w == "\xD8\x8C";
    };
    // "وشهدت مدن إربد وجرش والمفرق احتجاجات": the place chosen, nearest the act, may end a list that
    // started before it.
    const Mention* first = c.place->mention;
    std::vector<const PlaceRef*> earlier;
    for (auto it = s.places.rbegin(); it != s.places.rend() && !pair_end; ++it) {
      const Mention* p = *it;
      if (p->tok_end > first->tok_begin) continue;
      bool joined = p->tok_end < first->tok_begin || Tok(first->tok_begin).starts_with("\xD9\x88");
      bool listed = Tok(first->tok_begin).starts_with("\xD9\x88");
      for (uint32_t t = p->tok_end; t < first->tok_begin && joined; ++t) {
        joined = joiner(t);
        listed = listed || comma_or_wa(t);
      }
      if (!joined || !listed || Specificity(p) < 3 || Contains(p, first) || NotTheScene(s, p)) break;
      // ("حقل العمر في ريف دير الزور وقاعدة الشدادي": the province that locates the item before is no item.)
      const bool locator = std::any_of(s.places.begin(), s.places.end(), [&](const Mention* q) {
        constexpr uint32_t kLocatorReach = 3;  // "X في ريف Y", "X بمحافظة Y"
        return q->tok_end <= p->tok_begin && p->tok_begin - q->tok_end <= kLocatorReach && Contains(q, p);
      });
      if (locator) break;
      if (PairHead(s, p)) break;  // (a pair, above)
      const PlaceRef* ref = RefOf(p);
      if (ref && ref->place != c.place->place) earlier.push_back(ref);
      first = p;
    }
    out.assign(earlier.rbegin(), earlier.rend());
    for (const Mention* p : s.places) {
      if (p->tok_begin < last->tok_end) continue;
      bool joined = true;
      // Whether a و or a comma stands between them, or on the name ("والطيانة"): a list goes on.
      bool listed = Tok(p->tok_begin).starts_with("\xD9\x88");  // و
      for (uint32_t t = last->tok_end; t < p->tok_begin && joined; ++t) {
        joined = joiner(t);
        listed = listed || comma_or_wa(t);
      }
      // A leading و is attached to the name token itself ("والطيانة"): nothing may stand between. Two
      // names side by side without و or a comma are one name ("مواصي رفح"), not a list.
      if (p->tok_begin == last->tok_end && !Tok(p->tok_begin).starts_with("\xD9\x88")) break;
      // ("في حي الزيتون بمدينة غزة": the town that holds the place named before it ends the list; "وبلدة ميس
      // الجبل وأطراف بلدة مارون الراس" and "عيتا الشعب، بلدة ميس الجبل" go on.)
      if (!joined || Specificity(p) < 3 || (!listed && Contains(last, p))) break;
      const PlaceRef* ref = RefOf(p);
      if (ref && ref->place != c.place->place && !pair_end) out.push_back(ref);
      pair_end = false;
      last = p;
    }
    return out;
  }

  // Whether place `p` is the first of two that bound a stretch ("بين بلدتي اليادودة والمزيريب"); not
  // among several ("غارات بين مخيمات النصيرات والبريج والمغازي" struck each camp).
  bool PairHead(const SentenceIndex& s, const Mention* p) const {
    uint32_t before = p->tok_begin;
    while (before > 0 && (IsPlaceTypeToken(s, before - 1) || TokenIs(before - 1, {"بلدتي", "مدينتي", "قريتي", "مخيمي"}))) {
      --before;
    }
    return before > 0 && TokenIs(before - 1, {"بين", "وبين"}) &&
           !TokenIs(before, {"مخيمات", "بلدات", "مدن", "قري", "احياء", "مناطق"});
  }

  // True when some mention of the sentence covers token `t`.
  static bool Covered(const SentenceIndex& s, uint32_t t) {
    for (const auto* list : {&s.actors, &s.triggers, &s.places, &s.times, &s.numbers, &s.cues}) {
      for (const Mention* m : *list) {
        if (m->tok_begin <= t && t < m->tok_end) return true;
      }
    }
    return false;
  }

  bool IsPlaceTypeToken(const SentenceIndex& s, uint32_t tok) const {
    for (const Mention* c : s.cues) {
      if (IsCue(c, Cue::kPlaceType) && c->tok_begin <= tok && tok < c->tok_end) return true;
    }
    return false;
  }

  static bool NonStateArmed(int inter) { return inter == 2 || inter == 3 || inter == 4; }

  // The generic word for bombardment ("قصف", "القصف", "يقصف"), which names no weapon or aircraft.
  bool Bombardment(const Mention* trig) const {
    for (uint32_t t = trig->tok_begin + 1; t < trig->tok_end; ++t) {
      // "قصف مكثف", not "قصف جوي" or "قصف بطائرة"
      if (!ActAdjective(t) || TokenIs(t, {"جوي", "الجوي", "جويا", "جويه", "الجويه"})) return false;
    }
    std::string_view w = Tok(trig->tok_begin);
    for (std::string_view proclitic : {"\xD9\x88", "\xD9\x81", "\xD8\xA8", "\xD9\x84"}) {  // و ف ب ل
      if (w.starts_with(proclitic) && w.size() > 6) w.remove_prefix(proclitic.size());
    }
    if (w.starts_with("\xD8\xA7\xD9\x84")) w.remove_prefix(4);  // ال
    for (std::string_view form : {"قصف", "قصفا", "قصفت", "قصفوا", "يقصف", "تقصف"}) {
      if (w == form) return true;
    }
    return false;
  }

  static bool Armed(int inter) { return inter == 1 || inter == 2 || inter == 3 || inter == 4 || inter == 8; }
  int Inter(int32_t actor) const { return actor < 0 ? 0 : lex_.actor(actor).inter; }
  // A state's force (ACLED inter 1) or an external one (inter 8, a foreign army); false for no actor.
  bool StateForce(int32_t actor) const { return Inter(actor) == 1 || Inter(actor) == 8; }

  // The armed actor the article is mostly about: the attacker when a sentence names only the victims
  // ("استشهد 5 مدنيين في غارات على رفح" in an article about Israeli strikes). With `besides`, the one it names
  // most other than that actor (and its other names): a clash's other side.
  int32_t DominantArmedActor(int32_t besides = -1) const {
    int32_t best = -1;
    int best_count = 0;
    for (const auto& [actor, count] : actor_count_) {
      if (besides >= 0 && lex_.SameActor(actor) == lex_.SameActor(besides)) continue;
      if (Armed(lex_.actor(actor).inter) && count > best_count) best = actor, best_count = count;
    }
    return best;
  }

  // The unit whose text is the event's evidence: its own, unless that is the headline ("قتلى بقصف روسي
  // على جبل الزاوية") and a report of the body joined it: then the body's sentence, which says more.
  // (Not the unit of the place: a photo caption names the town as often as the report does.)
  // (Merge sets body_unit only on a candidate of paragraph 0, the headline when it is in the text.)
  uint32_t EvidenceUnit(const Candidate& c) const {
    return c.body_unit != UINT32_MAX && HeadlineInText() ? c.body_unit : c.sentence;
  }

  // True when the article says, in the paragraph of unit `unit` or the sentence after it, that nobody
  // claimed the act: "لم تعلن أي جهة مسؤوليتها", "ولم تتبن أي جماعة الهجوم", "دون أن يعلن أحد".
  bool NoneClaimed(uint32_t unit) const {
    if (!none_claimed_found_) {
      none_claimed_found_ = true;
      for (uint32_t t = 0; t + 2 < doc_.tokens.size(); ++t) {
        // (The negation: "لم تعلن", "دون أن تعلن".)
        if (!TokenIs(t, {"لم", "ولم"}) && !(TokenIs(t, {"ان"}) && t > 0 && TokenIs(t - 1, {"دون"}))) continue;
        const uint32_t u = t + 1;
        if (!TokenIs(u, {"تعلن", "يعلن", "تتبن", "يتبن", "تتبني", "يتبني"})) continue;
        if ((TokenIs(u + 1, {"اي"}) && TokenIs(u + 2, {"جهه", "جماعه", "مجموعه", "منظمه", "فصيل"})) ||
            TokenIs(u + 1, {"احد"})) {
          none_claimed_.push_back(doc_.tokens[t].sentence);
        }
      }
    }
    const uint32_t sentence = units_[unit].sentence;
    const uint32_t paragraph = doc_.sentences[sentence].paragraph;
    return std::any_of(none_claimed_.begin(), none_claimed_.end(), [&](uint32_t k) {
      return doc_.sentences[k].paragraph == paragraph || k == sentence + 1;
    });
  }

  // True when every mention of `actor` in the document tells of events: the subject of a verb of reporting
  // ("قالت الشرطة إن ..."), a source after "بحسب/وفق" ("وفق مصادر الشرطة"), a speaker's body ("المتحدث باسم
  // الشرطة", "مصدر في الشرطة"). An actor named only so is no party to the acts, however often it is named.
  bool OnlyTells(int32_t actor) const {
    for (const SentenceIndex& s : sentences_) {
      for (const Mention* a : s.actors) {
        if (a->ref != actor) continue;
        const uint32_t t = a->tok_begin;
        const bool tells = std::any_of(s.cues.begin(), s.cues.end(), [&](const Mention* c) {
          // (Not "وتبنى تنظيم داعش الهجوم": who claims an act did it. Nor the subject of the clause after
          // the verb, "وقال إن جيش الاحتلال أغلق المنطقة".)
          return IsCue(c, Cue::kReport) && c->tok_end <= t && t - c->tok_end <= 1 &&
                 !TokenIs(c->tok_begin, {"تبني", "وتبني", "تبنت", "وتبنت"}) &&
                 (t == c->tok_end || !TokenIs(c->tok_end, {"ان", "بان", "انه", "انها"}));
        });
        if (!tells && !SpeakersBody(*a) && !(t > 0 && TokenIs(t - 1, {"باسم", "لسان"}))) return false;
      }
    }
    return true;
  }

  // "تصدت المقاومة لاقتحام قوات الاحتلال", "تصدت دفاعاتها لطائرات الاحتلال": after a verb of repelling,
  // the actor of the "ل" phrase is the side that attacked. Its actor id, or -1.
  int32_t RepelledSide(const SentenceIndex& s, const Mention* trig) const {
    if (!Repels(trig)) return -1;
    constexpr uint32_t kWindow = 6;  // the subject and a time may come first ("تصدت المقاومة فجر اليوم ل...")
    for (uint32_t t = trig->tok_end; t < trig->tok_end + kWindow && t < doc_.tokens.size(); ++t) {
      if (!Tok(t).starts_with("\xD9\x84")) continue;  // ل
      for (const Mention* a : s.actors) {
        if (a->tok_begin >= t && a->tok_begin <= t + 2) return a->ref;
      }
      // "أفشلت القوات المشتركة هجوما لهم": the pronoun stands for the armed side named last before the act.
      if (TokenIs(t, {"لهم", "لها", "له", "لهما"})) return LastArmedActorBefore(trig->tok_begin);
      return -1;
    }
    return -1;
  }

  // A past verb in the plural ("استهدفوا", "هاجموا"): its subject is in it.
  bool PluralVerb(uint32_t tok) const {
    const std::string_view verb = Tok(tok);
    constexpr size_t kShortest = 8;  // three letters and the ending
    return verb.size() >= kShortest && verb.ends_with("\xD9\x88\xD8\xA7");  // -وا
  }
  // An active verb in the plural with no actor named before it in its sentence ("، كما استهدفوا").
  bool PluralVerbOpensSentence(const SentenceIndex& s, const Mention* trig) const {
    if (!trig || lex_.trigger(trig->ref).form != TriggerForm::kVerbActive || !PluralVerb(trig->tok_begin)) return false;
    return std::none_of(s.actors.begin(), s.actors.end(), [&](const Mention* a) { return a->tok_end <= trig->tok_begin; });
  }

  // The armed actor named last before token `tok`, in its unit or the two before it, or -1.
  int32_t LastArmedActorBefore(uint32_t tok) const {
    const uint32_t unit = unit_of_token_[tok];
    for (uint32_t u = unit + 1; u-- > 0 && unit - u <= 2;) {
      const std::vector<const Mention*>& actors = sentences_[u].actors;
      for (auto it = actors.rbegin(); it != actors.rend(); ++it) {
        if ((*it)->tok_end <= tok && Armed(lex_.actor((*it)->ref).inter)) return (*it)->ref;
      }
    }
    return -1;
  }

  // "ردّت بإطلاق النار", "ردوا بقصف": the token of a verb of answering followed by an act joined to it by
  // بـ, or kNone.
  uint32_t AnsweringVerb(const SentenceIndex& s) const {
    auto answering = [&](uint32_t t) {
      std::string_view w = Tok(t);
      if (w.starts_with("\xD9\x81")) w.remove_prefix(2);  // ف
      for (std::string_view form : {"رد", "ردت", "ردوا", "ترد", "يرد", "يردون", "ردا"}) {
        if (w == form) return true;
      }
      return false;
    };
    for (const Mention* trig : s.triggers) {
      const uint32_t t = trig->tok_begin;
      // "ردّت بإطلاق النار" listed whole, or "ردّت" before the act "بإطلاق النار".
      if (answering(t) && trig->tok_end > t + 1 && Tok(t + 1).starts_with("\xD8\xA8")) return t;  // ب
      if (t > 0 && answering(t - 1) && trig->begin != doc_.tokens[t].begin && Tok(t).starts_with("\xD8\xA8")) {
        return t - 1;
      }
    }
    return kNone;
  }

  // A verb of repelling an attack ("تصدى", "صد", "أفشل", "أحبط"), with or without its proclitics.
  bool Repels(const Mention* trig) const {
    if (!trig) return false;
    std::string_view w = Tok(trig->tok_begin);
    for (std::string_view proclitic : {"\xD9\x88", "\xD9\x81"}) {  // و ف
      if (w.starts_with(proclitic)) w.remove_prefix(proclitic.size());
    }
    for (std::string_view stem : {"تصدت", "تصدي", "تتصدي", "يتصدي", "يتصدون", "تصدوا", "صد", "صدت", "صدوا", "افشلت",
                                  "افشل", "احبطت", "احبط"}) {
      if (w == stem) return true;
    }
    return false;
  }

  // Roles that contradict who the actors are: civilians do not shell, protesters are the first actor
  // of a protest, arrests are made by the armed side. Fixes them by swapping or by the article's
  // dominant armed actor.
  void FixRoles(const SentenceIndex& s, const std::vector<Casualty>& casualties, Candidate& c) const {
    const std::string& type = c.trigger->event_type;
    const std::string& sub = c.trigger->sub_event_type;
    auto set1 = [&](int32_t a, const Mention* m) { c.actor1 = a, c.actor1_mention = m; };
    auto set2 = [&](int32_t a, const Mention* m) { c.actor2 = a, c.actor2_mention = m; };
    auto swap = [&] {
      std::swap(c.actor1, c.actor2);
      std::swap(c.actor1_mention, c.actor2_mention);
    };
    // "مواجهات مع المقاومين": confrontations between two armed sides are a battle, not a riot.
    if (type == "Riots" && Armed(Inter(c.actor1)) && Armed(Inter(c.actor2))) {
      c.armed_confrontation = true;
      return;
    }
    // "اقتحمت قوات الاحتلال مخيم جنين، واندلعت مواجهات مع مقاومين، ما أدى إلى استشهاد شابين": an armed
    // group on one side of the riot word, and a state's force that acted earlier in the sentence, are the
    // two sides of a clash (the dead youths are its toll, no side). The group is the one the riot word
    // is "مع" or "ضد" ("تخوض قوات الجيش مواجهات عنيفة ضد الميليشيات"); "دارت مواجهات بالحجارة" is a riot.
    if (type == "Riots" && c.trigger_mention) {
      const bool first = NonStateArmed(Inter(c.actor1)), second = NonStateArmed(Inter(c.actor2));
      const Mention* group = first && !second ? c.actor1_mention : second && !first ? c.actor2_mention : nullptr;
      constexpr uint32_t kReach = 3;  // "مواجهات عنيفة مع"
      const uint32_t end = c.trigger_mention->tok_end;
      if (group && !(group->tok_begin > end && group->tok_begin - 1 - end < kReach &&
                     TokenIs(group->tok_begin - 1, {"مع", "ضد"}))) {
        group = nullptr;
      }
      const auto force = std::find_if(s.actors.begin(), s.actors.end(), [&](const Mention* a) {
        return StateForce(a->ref) && a->tok_end <= c.trigger_mention->tok_begin;
      });
      if (group && force != s.actors.end()) {
        const int32_t armed_group = group->ref;
        set1((*force)->ref, *force);
        set2(armed_group, group);
        c.armed_confrontation = true;
        return;
      }
    }
    if (type == "Protests" || type == "Riots") {
      int crowd = type == "Protests" ? 6 : 5;
      if (Inter(c.actor1) == crowd) {
        // "أطلقت قوات الاحتلال الرصاص على المتظاهرين، ما أدى إلى إصابة 40 فلسطينيا": the victims took the
        // second place; the state's force that fired on the crowd is the other side.
        if (sub != "Peaceful protest" && !Armed(Inter(c.actor2)) && c.trigger_mention) {
          const Mention* force = nullptr;
          for (const Mention* a : s.actors) {
            if (a->tok_end > c.trigger_mention->tok_begin) break;
            if (StateForce(a->ref)) force = a;
          }
          if (force) set2(force->ref, force);
        }
        return;
      }
      if (Inter(c.actor2) == crowd) return swap();
      for (const Mention* a : s.actors) {
        if (Inter(a->ref) == crowd) {
          if (Armed(Inter(c.actor1))) set2(c.actor1, c.actor1_mention);
          return set1(a->ref, a);
        }
      }
      if (Armed(Inter(c.actor1))) set2(c.actor1, c.actor1_mention);
      set1(-1, nullptr);  // filled with the country's protesters when emitted
      // A peaceful protest has no second side unless forces act against it (then Refine says so).
      if (sub == "Peaceful protest" && !Armed(Inter(c.actor2))) set2(-1, nullptr);
      return;
    }
    // "مغادرة جميع الفصائل المسلحة من دوما", "انسحاب المسلحين": the side named with its departure gives the
    // ground up; the side that takes it over is named first.
    if (sub == "Non-violent transfer of territory" && c.actor1 >= 0 && c.actor2 >= 0 && c.actor1_mention &&
        c.trigger_mention && Departure(Tok(c.trigger_mention->tok_begin)) &&
        c.actor1_mention->tok_begin >= c.trigger_mention->tok_begin &&
        c.actor1_mention->tok_begin <= c.trigger_mention->tok_end) {
      return swap();
    }
    // "أقدم مستوطنون على إحراق منزل فلسطيني": homes burnt or looted are civilians' (ACLED), as homes bombed
    // are (below); the home may be the phrase's own last word ("إحراق منزل", "هدم منازل").
    if (sub == "Looting/property destruction" && c.actor2 < 0 && c.trigger_mention &&
        (CivilianObjectHit(s, *c.trigger_mention) ||
         TokenIs(c.trigger_mention->tok_end - 1,
                 {"منزل", "منزلا", "منازل", "بيت", "بيوت", "منشات", "ممتلكات", "محلات", "مزارع", "خيام"}))) {
      c.actor2 = lex_.civilians();
    }
    bool violent = type == "Battles" || type == "Explosions/Remote violence" || type == "Violence against civilians" ||
                   sub == "Arrests";
    if (!violent) return;
    // "واتهمت حكومة الوفاق قوات حفتر بالوقوف وراء القصف": the accused carried the act out; the accuser
    // only tells of it.
    // (Only over the accuser or no one: "قصفت قواته 25 موقعا ... متهما حركة حماس بإطلاق الصواريخ" accuses
    // the other side of the act answered.)
    uint32_t accusation = kNone;
    const Mention* accused = Accused(s, &accusation);
    const bool over_accuser = c.actor1 < 0 || !c.actor1_mention || (accused && c.actor1_mention->tok_begin > accusation);
    if (accused && over_accuser && lex_.SameActor(c.actor1) != lex_.SameActor(accused->ref)) {
      if (c.actor2 >= 0 && lex_.SameActor(c.actor2) == lex_.SameActor(accused->ref)) {
        swap();
      } else {
        // ("اتهم النظام السوري إسرائيل بقصف موقع عسكري": a side named after the accused is the act's object.)
        if (c.actor2 < 0 && c.actor1_mention && c.actor1_mention->tok_begin > accused->tok_begin) {
          set2(c.actor1, c.actor1_mention);
        }
        set1(accused->ref, accused);
      }
    }
    // "اقتحمت قوات الاحتلال المخيم، واندلعت اشتباكات مسلحة مع مقاومين": a clash has two sides; the other
    // armed side the sentence names, nearest the act, fought it, though its clause is another. (Not the
    // civilians it killed, taken for the side hit; nor a word that reads as any country's forces.)
    if (sub == "Armed clash" && c.actor1 >= 0 && (c.actor2 < 0 || Inter(c.actor2) == kCiviliansInter) &&
        c.trigger_mention) {
      const Mention* other = nullptr;
      uint32_t nearest = std::numeric_limits<uint32_t>::max();
      for (const Mention* a : s.actors) {
        if (!Armed(Inter(a->ref)) || lex_.actor(a->ref).generic() ||
            lex_.SameActor(a->ref) == lex_.SameActor(c.actor1) || Supporter(a->tok_begin) ||
            RoleOf(s, c.trigger_mention, a, {}) == Role::kSource) {
          continue;
        }
        const uint32_t t = c.trigger_mention->tok_begin;
        const uint32_t dist = a->tok_begin > t ? a->tok_begin - t : t - a->tok_begin;
        if (dist < nearest) nearest = dist, other = a;
      }
      if (other) set2(other->ref, other);
    }
    // "ومقتل جنديين إسرائيليين دهسا": the side with the dead was hit, whoever else the sentence names.
    const bool actor2_hit = std::any_of(casualties.begin(), casualties.end(),
                                        [&](const Casualty& k) { return k.side >= 0 && k.side == c.actor2; });
    // "أعلن الجيش الأميركي مقتل ثلاثة من جنوده في هجوم بطائرة مسيرة": an armed side that tells of its own
    // dead was hit; the act's author is another, unnamed in the sentence. (In a battle both sides lose
    // men, and which is named first follows other rules.)
    const bool one_sided = type == "Explosions/Remote violence" || type == "Violence against civilians";
    if (one_sided && c.actor1 >= 0 && c.actor1_mention && !Armed(Inter(c.actor2)) && Armed(Inter(c.actor1)) &&
        Announcer(s, c.actor1_mention) &&
        std::any_of(casualties.begin(), casualties.end(), [&](const Casualty& k) { return k.side == c.actor1; })) {
      set2(c.actor1, c.actor1_mention);
      set1(-1, nullptr);
    }
    // "أعلنت الشرطة الباكستانية مقتل 44 شخصا في انفجار عبوة ناسفة": a state's force announcing the dead of a
    // bomb or a mine tells of it; the bomber is unnamed.
    const bool bomb = sub == "Remote explosive/landmine/IED" || sub == "Suicide bomb";
    if (bomb && StateForce(c.actor1) && c.actor1_mention && Announcer(s, c.actor1_mention, /*or_before=*/true)) {
      set1(-1, nullptr);
      c.bomber_unnamed = true;
    }
    if (c.actor1 >= 0 && !Armed(Inter(c.actor1))) {
      if (Armed(Inter(c.actor2)) && !actor2_hit) {
        swap();
      } else {
        if (c.actor2 < 0) set2(c.actor1, c.actor1_mention);
        set1(-1, nullptr);
      }
    }
    if (c.actor1 < 0) {
      int32_t dominant = DominantArmedActor();
      // "الاحتلال يعلن وقوع عملية إطلاق نار": the side that reports the act is not its unnamed author.
      const bool reporter = c.trigger_mention && std::any_of(s.actors.begin(), s.actors.end(), [&](const Mention* a) {
        return a->ref == dominant && ReportsOccurrence(s, c.trigger_mention, a);
      });
      // (A police force that only tells of a bombing did not set it off; one that tells of arrests or of
      // a protest it broke up made them.)
      const bool teller = dominant >= 0 && (one_sided || type == "Battles") && OnlyTells(dominant);
      // (Nor are a state's forces, the article's main side, the unnamed authors of a bomb or a mine: "قتل
      // شخصان بسبب لغم أرضي" in an article on the Tunisian army's operations, "سيارة ملغومة انفجرت" in one
      // citing the Iraqi police; they are its targets or its tellers far more often.)
      const bool state_bomber = bomb && StateForce(dominant);
      // ("ولم تعلن أي جهة مسؤوليتها عن الهجوم، إلا أن تنظيم ولاية سيناء تبنى هجمات مماثلة": the article says
      // the author is unknown; the side it names is only suspected.)
      if (dominant >= 0 && dominant != c.actor2 && !reporter && !teller && !state_bomber && !NoneClaimed(c.sentence)) {
        set1(dominant, nullptr);
      }
      c.bomber_unnamed = c.bomber_unnamed || (state_bomber && dominant != c.actor2 && !reporter && !teller);
    }
    if (c.actor1 == c.actor2) set2(-1, nullptr);
    // "شنت الولايات المتحدة وبريطانيا ضربات": of two sides joined as the subject, ACLED names the first.
    // (An actor right before it makes the و a conjunction, not a letter of "وحدات" or "وزارة".)
    // ("الولايات المتحدة وبريطانيا وفرنسا": back to the head of the list. Not a list of the dead: "قتل سبعة
    // من المسلحين وجنديان هنديان" names the two sides.)
    auto victim = [&](const Mention* m) {
      return std::any_of(casualties.begin(), casualties.end(), [&](const Casualty& k) { return k.side_mention == m; });
    };
    for (bool moved = true; moved && c.actor1_mention && !victim(c.actor1_mention) &&
                            Tok(c.actor1_mention->tok_begin).starts_with("\xD9\x88");) {  // و
      moved = false;
      for (const Mention* a : s.actors) {
        if (a->tok_end == c.actor1_mention->tok_begin && Armed(Inter(a->ref)) && !victim(a)) {
          if (a->ref == c.actor2) set2(-1, nullptr);  // (one of the subjects, read as the other side)
          set1(a->ref, a);
          moved = true;
          break;
        }
      }
    }
    UnnameStateBomber(c, sub, c.actor1_mention && Announcer(s, c.actor1_mention, /*or_before=*/true));
    // "وتركزت الغارات على المزارع التي يتحصن فيها المتمردون": armed groups fly no warplanes; an air raid
    // (no drone named) with an armed group as its only named armed side hit that group; with a state's
    // force as the other side ("أعلنت وزارة الدفاع التركية تحييد 7 إرهابيين من حزب العمال الكردستاني في
    // غارات جوية"), that force flew it.
    if (type == "Explosions/Remote violence" && c.trigger_mention && NonStateArmed(Inter(c.actor1)) &&
        AirRaid(c.trigger_mention) && !DroneNamed(s)) {
      if (c.actor2 < 0 || Inter(c.actor2) == kCiviliansInter) {
        set2(c.actor1, c.actor1_mention);
        set1(-1, nullptr);  // the raid's author stays unnamed (an unidentified side, or the report it joins)
      } else if (StateForce(c.actor2)) {
        swap();
      }
    }
    // "تصدت المقاومة لاقتحام قوات الاحتلال", "أفشلت القوات هجوما لهم": who repels an attack defends; the
    // side repelled started the clash and is named first (ACLED).
    if (type == "Battles" && c.actor1 >= 0) {
      const int32_t repelled = RepelledSide(s, c.trigger_mention);
      if (repelled >= 0 && c.actor2 < 0 && repelled != c.actor1) set2(repelled, nullptr);
      if (c.actor2 >= 0 && repelled == c.actor2) swap();
    }
    // "ردّت القوات الإسرائيلية بإطلاق النار": the side that answers fire did not start the clash; the other
    // side is named first (ACLED).
    if (type == "Battles" && c.actor1 >= 0 && c.actor2 >= 0 && c.actor1_mention) {
      const uint32_t answer = AnsweringVerb(s);
      if (answer != kNone && c.actor1_mention->tok_end <= answer && answer - c.actor1_mention->tok_end <= 2) swap();
    }
    // Clashes "بين X و Y" name the sides in no particular order; ACLED lists the state force first.
    if (type == "Battles" && c.sides_unordered && StateForce(c.actor2) && !StateForce(c.actor1) && c.actor1 >= 0) swap();
    // Arrests are made by state forces.
    if (sub == "Arrests" && StateForce(c.actor2) && !StateForce(c.actor1)) swap();
    // "القبض على 10 أشخاص ينتمون لخلية إرهابية": unnamed fighters in an arrest are the ones arrested; the
    // arrester is left to the country's forces (filled when emitted).
    if (sub == "Arrests" && c.actor1 >= 0 && Inter(c.actor1) == kUnidentifiedInter && lex_.actor(c.actor1).generic() &&
        !StateForce(c.actor2)) {
      if (!Armed(Inter(c.actor2))) set2(c.actor1, c.actor1_mention);  // ("خلية لداعش": the named side stays)
      set1(-1, nullptr);
    }
    // "القبض على 10 أشخاص ينتمون لخلية إرهابية": people said to belong to an armed group are of that group.
    if (sub == "Arrests" && c.actor2_mention && Inter(c.actor2) == kCiviliansInter) {
      const uint32_t after = c.actor2_mention->tok_end;
      if (TokenIs(after, {"ينتمون", "ينتمي", "ينتميان", "تنتمي", "المنتمين", "منتمين"})) {
        for (const Mention* a : s.actors) {
          if (a->tok_begin == after + 1 && Armed(Inter(a->ref))) {
            set2(a->ref, a);
            break;
          }
        }
      }
    }
    // "أصيب فلسطينيون خلال اقتحام ... وسط اندلاع اشتباكات مسلحة": the report says the clash was armed, so
    // the other side fought; civilians hurt in it are victims of the battle, not the side it was fought with.
    constexpr double kExplicitClash = 0.9;
    if (type == "Battles" && sub == "Armed clash" && c.trigger->weight >= kExplicitClash &&
        Inter(c.actor2) == kCiviliansInter && Armed(Inter(c.actor1))) {
      set2(lex_.FindActor("Unidentified Armed Group ({country})"), nullptr);
    }
    // Remote violence that kills or wounds people nobody names as fighters hits civilians (ACLED).
    bool hurt = std::any_of(casualties.begin(), casualties.end(), [](const Casualty& k) { return k.value > 0; });
    if (type == "Explosions/Remote violence" && c.actor2 < 0 && hurt) c.actor2 = lex_.civilians();
    // "قصفت طائرات الاحتلال منزلا", "استهداف خيام النازحين": what was hit right after the act is a home,
    // a tent or a school, so civilians were hit (ACLED), whether or not a toll is given.
    if (type == "Explosions/Remote violence" && c.actor2 < 0 && c.trigger_mention && CivilianObjectHit(s, *c.trigger_mention)) {
      c.actor2 = lex_.civilians();
    }
    // "استهدفت المقاومة ثكنة زبدين", "موقعي الرمثا والسماقة", "دبابة ميركافا": an armed group's strike on a
    // barracks, a position or armour right after the act hit the army the article names most against it.
    // (The act's verb or noun: the trigger may be the weapon told after the object, "بالأسلحة الصاروخية".)
    if ((type == "Explosions/Remote violence" || type == "Battles") && c.actor2 < 0 && NonStateArmed(Inter(c.actor1)) &&
        std::any_of(s.triggers.begin(), s.triggers.end(), [&](const Mention* t) {
          return lex_.trigger(t->ref).form != TriggerForm::kWeapon && MilitaryObjectHit(*t);
        })) {
      const int32_t army = DominantArmedActor(c.actor1);
      if (StateForce(army)) c.actor2 = army;
    }
    // Violence against civilians and arrests of people nobody names as fighters: civilians (ACLED).
    if ((type == "Violence against civilians" || sub == "Arrests") && c.actor2 < 0) c.actor2 = lex_.civilians();
  }

  // A barracks, a military position, a base or armour named within three words after the act.
  bool MilitaryObjectHit(const Mention& trig) const {
    constexpr uint32_t kObjectWindow = 3;
    for (uint32_t t = trig.tok_end; t < trig.tok_end + kObjectWindow && t < units_[unit_of_token_[trig.tok_begin]].end_token;
         ++t) {
      std::string_view w = Tok(t);
      if (w.starts_with("\xD9\x88")) w.remove_prefix(2);  // و
      if (w.starts_with("\xD8\xA7\xD9\x84")) w.remove_prefix(4);  // ال
      if (w == "ثكنه" || w == "ثكنات" || w == "موقع" || w == "موقعي" || w == "مواقع" || w == "دبابه" || w == "دبابات" ||
          w == "قاعده" || w == "اليه" || w == "اليات" || w == "مدرعه" || w == "تحصينات" || w == "تجمعا" || w == "تجمع") {
        return true;
      }
    }
    return false;
  }

  // A civilian object (a home, a tent, a school: the civilian-noun cues) named within three words after the act.
  bool CivilianObjectHit(const SentenceIndex& s, const Mention& trig) const {
    constexpr uint32_t kObjectWindow = 3;
    return std::any_of(s.cues.begin(), s.cues.end(), [&](const Mention* k) {
      return IsCue(k, Cue::kCivilianNoun) && k->tok_begin >= trig.tok_end && k->tok_begin - trig.tok_end <= kObjectWindow;
    });
  }

  // Whatever role the rules gave a state's force beside a bomb or a mine, it did not set it off: it was
  // its target ("انفجار عبوة ناسفة استهدفت دورية للجيش العراقي", "بانفجار عبوة ناسفة بدورية للجيش"), found
  // or defused it, or told of it (`announced`: it is then no side of the event). ACLED codes the bomber
  // unnamed when the report names none. (`sub`: the sub-event type as known at the caller.)
  void UnnameStateBomber(Candidate& c, std::string_view sub, bool announced) const {
    const bool bomb = sub == "Remote explosive/landmine/IED" || sub == "Suicide bomb";
    if (!bomb || !StateForce(c.actor1)) return;
    if (c.actor2 < 0 && !announced) c.actor2 = c.actor1, c.actor2_mention = c.actor1_mention;
    c.actor1 = -1, c.actor1_mention = nullptr;
    c.bomber_unnamed = true;
  }

  // "استهدفت المقاومة الإسلامية موقع المالكية": what a Lebanese side strikes at an Israeli army post is the
  // Israeli army.
  void IsraeliPostHit(Candidate& c) const {
    if (c.actor2 < 0 && c.actor1 >= 0 && c.place && !c.place_inherited && c.place->mention &&
        lex_.actor(c.actor1).home == "LB" && Armed(Inter(c.actor1)) &&
        IsraeliPost(sentences_[c.sentence], *c.place->mention)) {
      if (israel_forces_ < 0) israel_forces_ = lex_.FindActor("Military Forces of Israel");
      c.actor2 = israel_forces_;
    }
  }

  // "طال القصف المدفعي شرقي مخيم البريج": an army's bombardment of a refugee camp, with nobody else named as
  // hit, hits the civilians who live there (ACLED), as a strike on a home does.
  void CampHit(Candidate& c) const {
    if (c.trigger->event_type != "Explosions/Remote violence" || c.actor2 >= 0 || !c.place || c.place_inherited) return;
    // (An armed group's bomb in a camp is mostly aimed at the troops that raid it.)
    if (!StateForce(c.actor1)) return;
    const Mention* p = c.place->mention;
    const bool camp = Tok(p->tok_begin).find("\xD9\x85\xD8\xAE\xD9\x8A\xD9\x85") != std::string_view::npos ||  // مخيم
                      (p->tok_begin > 0 && TokenIs(p->tok_begin - 1, {"مخيم", "بمخيم", "ومخيم", "لمخيم"}));
    if (camp) c.actor2 = lex_.civilians();
  }

  // The reading of an actor mention's words that stands for any country's actor ("Police Forces of
  // {country}" for "الشرطة"), or -1.
  // True when a row that reads the words of `m` as `actor` holds in country `where`: one without a scope, or
  // one whose scope has it (rows of one canonical name are merged by ResolveActors, so the rows are asked).
  bool ReadingHoldsIn(const Mention* m, int32_t actor, std::string_view where) const {
    for (const Mention& raw : doc_.mentions) {
      if (raw.kind != MentionKind::kActor || raw.tok_begin != m->tok_begin || raw.tok_end != m->tok_end || raw.ref < 0 ||
          lex_.SameActor(raw.ref) != lex_.SameActor(actor)) {
        continue;
      }
      const std::vector<std::string>& scope = lex_.actor(raw.ref).scope;
      if (scope.empty() || std::any_of(scope.begin(), scope.end(), [&](const std::string& cc) {
            return Theatre(cc) == Theatre(where);
          })) {
        return true;
      }
    }
    // (A reading no row gave this span, such as a nationality merged into a force, is left alone.)
    return std::none_of(doc_.mentions.begin(), doc_.mentions.end(), [&](const Mention& raw) {
      return raw.kind == MentionKind::kActor && raw.tok_begin == m->tok_begin && raw.tok_end == m->tok_end &&
             raw.ref >= 0 && lex_.SameActor(raw.ref) == lex_.SameActor(actor);
    });
  }

  int32_t GenericReading(const Mention* m) const {
    if (!m) return -1;
    for (const Mention& other : doc_.mentions) {
      if (other.kind == MentionKind::kActor && other.tok_begin == m->tok_begin && other.tok_end == m->tok_end &&
          other.ref >= 0 && lex_.actor(other.ref).generic()) {
        return other.ref;
      }
    }
    return -1;
  }

  // Taking territory is a government regain only for state forces, and state forces never "overtake".
  void TerritoryTaker(Candidate& c) const {
    if (c.event_type != "Battles" || c.actor1 < 0) return;
    const int inter = lex_.actor(c.actor1).inter;
    if (c.sub_event_type == "Government regains territory" && inter != 1) {
      c.sub_event_type = "Non-state actor overtakes territory";
    }
    if (c.sub_event_type == "Non-state actor overtakes territory" && inter == 1) {
      c.sub_event_type = "Government regains territory";
    }
  }

  // ACLED's type depends on who is hit: an attack by an armed actor on civilians is violence against
  // civilians, not a battle; taking territory is a government regain only for state forces.
  void Refine(Candidate& c) const {
    auto inter = [&](int32_t a) { return a < 0 ? 0 : lex_.actor(a).inter; };
    c.event_type = c.trigger->event_type;
    c.sub_event_type = c.trigger->sub_event_type;
    // A police force read by the article's country ("الشرطة" as Israel's police in an article about Gaza)
    // is read anew for an event placed outside that reading's countries ("شرطة نيويورك اعتقلت 300 شخص" is
    // the US police): the word's generic reading, filled with the place's country, or none.
    if (gaz_ && c.place && c.place->place != kNone) {
      const std::string_view where = gaz_->Get(c.place->place).country_code;
      // (Only a police force: an army read by context, "العدو" in a report from south Lebanon, still names
      // the enemy across the border.)
      auto read_anew = [&](int32_t& actor, const Mention*& mention) {
        if (actor < 0 || !mention || where.empty() || !lex_.actor(actor).canonical.starts_with("Police Forces of") ||
            ReadingHoldsIn(mention, actor, where)) {
          return;
        }
        actor = GenericReading(mention);
        if (actor < 0) mention = nullptr;
      };
      read_anew(c.actor1, c.actor1_mention);
      read_anew(c.actor2, c.actor2_mention);
    }
    // A side coded otherwise when it is hit (data/conventions.tsv): settlers are a side when they attack,
    // civilians when they are hit ("أصيب 3 مستوطنين في عملية دهس"), as ACLED codes them.
    if (const int32_t hit = c.actor2 >= 0 ? lex_.Conventional(ConventionRule::kHitAs, "", "", c.actor2) : -1; hit >= 0) {
      c.actor2 = hit;
    }
    // "قصف الجيش الإسرائيلي موقعا شمالي غزة", "استهدف عدداً من النقاط في ريف حلب": a military position the
    // text does not name is held by the force that rules the ground (data/conventions.tsv: Hamas in the
    // Gaza Strip, the Syrian army in Syria, for Israeli strikes).
    if (c.actor1 >= 0 && (c.actor2 < 0 || lex_.actor(c.actor2).generic()) && c.trigger_mention &&
        PositionHit(c.trigger_mention) && gaz_ && c.place && c.place->place != kNone) {
      const geo::Place where = gaz_->Get(c.place->place);
      if (const int32_t holder =
              lex_.Conventional(ConventionRule::kPositionHeldBy, Theatre(where.country_code), where.admin1, c.actor1);
          holder >= 0 && lex_.SameActor(holder) != lex_.SameActor(c.actor1)) {  // (its own post: no second side)
        c.actor2 = holder, c.actor2_mention = nullptr;
      }
    }
    if (c.by_aircraft && c.event_type == "Violence against civilians" && c.sub_event_type == "Attack") {
      c.event_type = "Explosions/Remote violence", c.sub_event_type = "Air/drone strike";
    }
    // "قتلت قوات الدعم السريع 5 مدنيين واختطفت آخرين": people killed and others taken in one act are coded by
    // the graver part, the killing (an abduction that kills is an attack).
    if (c.sub_event_type == "Abduction/forced disappearance" && WrittenDead(c.casualties)) {
      c.sub_event_type = "Attack";
    }
    // "دمرت طائرات التحالف مخازن أسلحة تابعة لميليشيات الحوثي": what aircraft destroy they destroyed from the
    // air; the destruction is the strike's (ACLED codes it by method).
    if (c.sub_event_type == "Looting/property destruction" && c.trigger->form == TriggerForm::kVerbActive &&
        Aircraft(c.actor1_mention) && Armed(inter(c.actor1))) {
      c.event_type = "Explosions/Remote violence", c.sub_event_type = "Air/drone strike";
    }
    // "استهدفت طائرة إسرائيلية مسيرة بصاروخ سيارة": a missile fired by the aircraft the sentence names as
    // the attacker is an air strike, whichever word, the act's or the weapon's, is the stronger.
    // (Only the missile: "قصف مدفعي" is artillery whatever aircraft the sentence goes on to name.)
    if (c.sub_event_type == "Shelling/artillery/missile attack" && c.trigger->form == TriggerForm::kWeapon &&
        Missile(c.trigger_mention) && Aircraft(c.actor1_mention)) {
      c.sub_event_type = "Air/drone strike";
    }
    if (c.armed_confrontation) c.event_type = "Battles", c.sub_event_type = "Armed clash";
    // "اعتقلت الشرطة عشرات الطلاب خلال مسيرة في وسط العاصمة": arrests made at a protest are the protest's
    // dispersal (ACLED: protest with intervention, the arresting force second).
    if (c.sub_event_type == "Arrests" && c.trigger_mention && (c.actor2 < 0 || !Armed(inter(c.actor2)))) {
      const SentenceIndex& s = sentences_[c.sentence];
      // (Near the arrest, and not in what the arrested are charged with: "اعتقلت مرتضوي على خلفية اتهامات
      // بتعذيب معتقلين خلال احتجاجات 2009".)
      constexpr uint32_t kReach = 12;  // "اعتقلت الشرطة، السبت، المعارض أليكسي نافالني، خلال تظاهرة"
      const uint32_t arrest = c.trigger_mention->tok_end;
      const bool at_protest = std::any_of(s.triggers.begin(), s.triggers.end(), [&](const Mention* t) {
        if (t->tok_begin <= arrest || t->tok_begin - arrest > kReach || lex_.trigger(t->ref).event_type != "Protests" ||
            !TokenIs(t->tok_begin - 1, {"خلال", "اثناء", "اثر", "اعقاب", "اطار"})) {
          return false;
        }
        for (uint32_t k = arrest; k < t->tok_begin; ++k) {
          if (TokenIs(k, {"خلفيه", "بتهمه", "تهمه", "اتهامات", "بسبب", "لاتهامه", "بتهم"})) return false;
        }
        return true;
      });
      // (Or the arrested are named as protesters: "قام الأمن باعتقال عدد من المحتجين".)
      const bool protesters_arrested = c.actor2 >= 0 && inter(c.actor2) == kProtestersInter;
      if ((at_protest || protesters_arrested) && (c.actor1 < 0 || inter(c.actor1) == 1)) {
        c.event_type = "Protests", c.sub_event_type = "Protest with intervention";
        c.actor2 = c.actor1, c.actor2_mention = c.actor1_mention;
        c.actor1 = -1, c.actor1_mention = nullptr;
      }
    }
    // "هاجم المستوطنون البلدة وأحرقوا منازل، ما أدى إلى استشهاد شاب": destruction that killed is an attack
    // on the people (ACLED codes the gravest act).
    if (c.sub_event_type == "Looting/property destruction" &&
        std::any_of(c.casualties.begin(), c.casualties.end(), [](const Casualty& k) { return k.Dead() && !k.cumulative; })) {
      c.event_type = "Violence against civilians", c.sub_event_type = "Attack";
    }
    // "اشتباكات بين المتظاهرين وقوات الأمن", "اشتبك محتجون في كرمة علي مع رجال الشرطة", "مقتل 3 من ضباط
    // الشرطة في اشتباكات مع محتجين": protesters who clash with a force riot (ACLED: a violent demonstration,
    // the rioters first and the force second), whichever side the sentence names first.
    if (c.event_type == "Battles" && c.sub_event_type == "Armed clash" && ProtestersClash(c)) {
      c.event_type = "Riots", c.sub_event_type = "Violent demonstration";
      const bool first_protesters = inter(c.actor1) == kProtestersInter;
      const int32_t force = first_protesters ? c.actor2 : c.actor1;
      const Mention* force_mention = first_protesters ? c.actor2_mention : c.actor1_mention;
      c.actor1 = -1, c.actor1_mention = nullptr;
      c.actor2 = -1, c.actor2_mention = nullptr;
      if (force >= 0 && inter(force) != kProtestersInter && Armed(inter(force))) c.actor2 = force, c.actor2_mention = force_mention;
    }
    // "قتل 13 شخصا في اشتباكات قبلية بين مجموعتي الهوسا والبرتا": the dead of a clash of tribes are of its
    // armed sides, not civilians; the sides unnamed, both are the country's unidentified armed groups.
    if (c.event_type == "Battles" && c.sub_event_type == "Armed clash" && inter(c.actor2) == kCiviliansInter &&
        TriggerHolds(c, {"قبلي", "عشاير"}) && (c.actor1 < 0 || inter(c.actor1) == kUnidentifiedInter)) {
      const int32_t unidentified = lex_.FindActor("Unidentified Armed Group ({country})");
      if (c.actor1 < 0) c.actor1 = unidentified, c.actor1_mention = nullptr;
      c.actor2 = unidentified, c.actor2_mention = nullptr;
    }
    // ("قتل 25 متظاهرا برصاص مسلحين مجهولين هاجموا ساحة الخلاني": protesters attacked by a non-state armed
    // side are unarmed people attacked, as civilians are.)
    if (c.event_type == "Battles" && c.sub_event_type == "Armed clash" &&
        (inter(c.actor2) == kCiviliansInter || (inter(c.actor2) == kProtestersInter && NonStateArmed(inter(c.actor1))))) {
      c.event_type = "Violence against civilians", c.sub_event_type = "Attack";
    }
    // "قتل 20 متظاهرا برصاص قوات الأمن السورية في درعا": protesters the state's forces kill or wound face
    // excessive force (ACLED names the protesters first).
    if (c.event_type == "Violence against civilians" && c.sub_event_type == "Attack" && inter(c.actor2) == kProtestersInter &&
        inter(c.actor1) == 1 && !c.casualties.empty()) {
      c.event_type = "Protests", c.sub_event_type = "Excessive force against protesters";
      std::swap(c.actor1, c.actor2);
      std::swap(c.actor1_mention, c.actor2_mention);
    }
    // "طعن فلسطيني مستوطنا", "قال الجيش الإسرائيلي إن فلسطينيا دهس جنودا": one person the subject of a
    // verb of stabbing or ramming is its author (ACLED: an unidentified armed group of his side), and the
    // soldiers or settlers after him the side hit (settlers hit are Israeli civilians).
    if (c.event_type == "Violence against civilians" && c.sub_event_type == "Attack" && c.trigger_mention) {
      if (const Mention* hit = HitByLoneAssailant(c.sentence, c.trigger_mention->tok_begin)) {
        c.actor1 = lex_.FindActor("Unidentified Armed Group ({country})"), c.actor1_mention = nullptr;
        const bool settlers = lex_.actor(hit->ref).canonical.starts_with("Settlers");
        c.actor2 = settlers ? lex_.FindActor("Civilians (Israel)") : hit->ref;
        c.actor2_mention = settlers ? nullptr : hit;
      }
    }
    // ... and an attack on soldiers or fighters is a battle ("مقتل جنديين إسرائيليين دهسا").
    if (c.event_type == "Violence against civilians" && c.sub_event_type == "Attack" && Armed(inter(c.actor2))) {
      c.event_type = "Battles", c.sub_event_type = "Armed clash";
    }
    TerritoryTaker(c);
    // "قصف الحوثيون القرى", "تعرضت المدينة لقصف مكثف من قبل الحوثيين": armed groups fly no aircraft, so
    // their bombardment, named without a drone or a plane, is shelling or rockets.
    // The same for an attacker nobody names: "تعرضت القاعدة الأميركية لقصف".
    if (c.sub_event_type == "Air/drone strike" && (c.actor1 < 0 || NonStateArmed(inter(c.actor1))) && c.trigger_mention &&
        Bombardment(c.trigger_mention) && !AircraftNamed(sentences_[c.sentence])) {
      c.sub_event_type = "Shelling/artillery/missile attack";
    }
    // "ردت المدفعية الإسرائيلية بقصف أطراف البلدة": a bombardment by an attacker named by its guns is
    // shelling, whichever army has aircraft too.
    // ("قصفت قوات النظام بلدة سراقب": so is one by an attacker named as ground forces.)
    if (c.sub_event_type == "Air/drone strike" && c.trigger_mention && Bombardment(c.trigger_mention) &&
        !AircraftNamed(sentences_[c.sentence]) &&
        (Artillery(c.actor1_mention) || (GroundForces(c.actor1_mention) && !AirNamed(sentences_[c.sentence])))) {
      c.sub_event_type = "Shelling/artillery/missile attack";
    }
    // "أحرق متظاهرون العلم الإسرائيلي خلال تظاهرات في الزاوية", "تظاهرات في لندن ضد إسرائيل": a state's
    // forces named in a protest abroad are what it is about, not who intervened in it (Israel's in
    // Palestine are at home: one theatre). A word that also names any country's force ("الشرطة" in
    // New York, read as Israel's in an article about Gaza) names the force of the protest's country.
    if ((c.event_type == "Protests" || c.event_type == "Riots") && c.actor2 >= 0 && gaz_ && c.place &&
        c.place->place != kNone) {
      const Actor& other = lex_.actor(c.actor2);
      const std::string_view where = gaz_->Get(c.place->place).country_code;
      if ((other.inter == 1 || other.inter == 3 || other.inter == 8) && !other.generic() && !other.home.empty() &&
          Theatre(other.home) != Theatre(where)) {
        const int32_t local = GenericReading(c.actor2_mention);
        c.actor2 = local;
        if (local < 0) c.actor2_mention = nullptr;
      }
    }
    // "وقالت الشرطة إن آلاف المتظاهرين تظاهروا", "أعلنت مديرية الأمن العام انتهاء الفعاليات الاحتجاجية": the
    // force that tells of a protest (its crowd, its end) is its source, not a force that acted against it.
    // (Unless the sentence tells it acted: "وقالت الشرطة إنها فرقت المتظاهرين"; its dead or wounded are left
    // to the toll: "أعلنت الشرطة مقتل متظاهرين". A riot's force is on the scene.)
    if (c.event_type == "Protests" && c.actor2_mention && c.casualties.empty() &&
        Announcer(sentences_[c.sentence], c.actor2_mention) &&
        std::none_of(sentences_[c.sentence].triggers.begin(), sentences_[c.sentence].triggers.end(), [&](const Mention* t) {
          const std::string& sub = lex_.trigger(t->ref).sub_event_type;
          return sub == "Protest with intervention" || sub == "Excessive force against protesters" || sub == "Arrests";
        })) {
      c.actor2 = -1, c.actor2_mention = nullptr;
    }
    // "مظاهرة ضد النظام السوري", "احتجاجا على الاحتلال": the side a protest is against is what it is
    // about, not a force that intervened in it.
    if ((c.event_type == "Protests" || c.event_type == "Riots") && c.actor2_mention &&
        ProtestedAgainst(c.actor2_mention->tok_begin)) {
      c.actor2 = -1, c.actor2_mention = nullptr;
    }
    // "تظاهر مئات المحتجين اللبنانيين", "أصيب 112 فلسطينيا عندما أطلقت قوات الاحتلال النار على المتظاهرين":
    // the crowd's nationality and its wounded name no second side. A protest has one only when forces act
    // against it.
    if (c.event_type == "Protests" && c.actor2 >= 0 && !Armed(inter(c.actor2))) {
      c.actor2 = -1, c.actor2_mention = nullptr;
    }
    // "على طول الحدود بين قطاع غزة وإسرائيل", "في جميع أنحاء الولايات المتحدة": a state named by its
    // country's name is where the protest is, not a force sent against it. (Unless protesters died: some
    // force killed them, and the state is the likeliest.)
    if (c.event_type == "Protests" && c.actor2_mention && NamedAsPlace(*c.actor2_mention) &&
        std::none_of(c.casualties.begin(), c.casualties.end(), [](const Casualty& k) { return k.Dead(); })) {
      c.actor2 = -1, c.actor2_mention = nullptr;
    }
    // "نظم طلاب جامعة خنت وقفة تضامنية، ورفضاً للعدوان الإسرائيلي على غزة": the side a protest is against
    // did not act against it.
    if (c.event_type == "Protests" && c.actor2_mention && ProtestCausePlace(c.sentence, c.actor2_mention) &&
        std::none_of(c.casualties.begin(), c.casualties.end(), [](const Casualty& k) { return k.Dead(); })) {
      c.actor2 = -1, c.actor2_mention = nullptr;
    }
    // "قتل تسعة فلسطينيين بالرصاص في احتجاجات": protesters killed were fired on, though the sentence names
    // no force; ACLED codes excessive force, against the state force the article names most (the state's,
    // filled when emitted, if it names none). (A written toll: "دماء الشهداء" in a slogan counts no one.
    // Deaths told with no place of their own are left to the protest they join.)
    if (c.event_type == "Protests" && c.actor2 < 0 && c.place && !c.place_inherited &&
        WrittenDead(c.casualties)) {
      c.sub_event_type = "Excessive force against protesters";
      if (const int32_t dominant = DominantArmedActor(); inter(dominant) == 1) c.actor2 = dominant;
    }
    // "أصيب 12 متظاهرا خلال مواجهات في احتجاجات القصرين": protesters wounded at their protest were acted
    // against, though the sentence names no force (filled as the state's when emitted).
    if (c.event_type == "Protests" && c.sub_event_type == "Peaceful protest" && c.place && !c.place_inherited &&
        std::any_of(c.casualties.begin(), c.casualties.end(), [&](const Casualty& k) {
          return !k.killed && k.Written() && k.value > 0 && (k.side < 0 || inter(k.side) == kProtestersInter);
        })) {
      c.sub_event_type = "Protest with intervention";
    }
    // "تظاهر الآلاف في السويداء للمطالبة برحيل النظام": the side a protest demands something of, named in
    // its clause of demand, did nothing to it; no other side takes its place.
    if (c.event_type == "Protests" && c.actor2_mention && c.trigger_mention && DemandedOf(*c.trigger_mention, *c.actor2_mention)) {
      c.actor2 = -1, c.actor2_mention = nullptr;
    }
    // A protest that armed forces act against is no longer peaceful; deaths make it excessive force.
    if (c.event_type == "Protests" && Armed(inter(c.actor2))) {
      bool deaths = std::any_of(c.casualties.begin(), c.casualties.end(), [](const Casualty& k) { return k.killed; });
      if (deaths) c.sub_event_type = "Excessive force against protesters";
      else if (c.sub_event_type == "Peaceful protest") c.sub_event_type = "Protest with intervention";
    }
    // "اقتحمت قوات الدعم السريع قرية ود النورة، وارتكبت مجزرة راح ضحيتها أكثر من 100 شخص": a massacre by
    // a non-state side that stormed the place is an attack on its people on the ground (the name of a
    // massacre alone is read as an air strike, the usual one in the reports of Gaza and Syria).
    // So is one a verb of committing names a non-state side among its authors, with nothing said of the
    // air ("مجزرة جديدة ارتكبتها ميليشيات الحوثي في إحدى قرى محافظة الضالع", "ارتكبت قوات النظام
    // والشبيحة مجزرة في قرية البيضا"): militias and rebels kill on the ground.
    const bool massacre_on_ground = c.event_type == "Explosions/Remote violence" && Massacre(c) &&
                                    !AircraftNamed(sentences_[c.sentence]) && !AirNamed(sentences_[c.sentence]);
    const Mention* committer = massacre_on_ground ? NonStateCommitter(c.sentence) : nullptr;
    const bool ground_massacre =
        massacre_on_ground && (committer || (c.actor1 >= 0 && inter(c.actor1) >= 2 && inter(c.actor1) <= 4 && StormedInUnit(c.sentence)));
    if (ground_massacre) {
      // (The committer is the author when the air strike's convention had named another: the coalition's
      // aircraft in Yemen.)
      if (committer && !(c.actor1 >= 0 && Armed(inter(c.actor1)) && c.actor1_mention)) {
        c.actor1 = committer->ref, c.actor1_mention = committer;
      }
      c.event_type = "Violence against civilians", c.sub_event_type = "Attack";
      if (c.actor2 < 0 || Armed(inter(c.actor2))) c.actor2 = lex_.civilians(), c.actor2_mention = nullptr;
    }
    // How sure the record is: the trigger's own strength, lowered for what a concrete report would
    // name and this one does not (an actor, a town, a day), raised for reported casualties.
    double conf = std::max({c.trigger->weight, c.battle_weight, c.means_weight});
    // (A massacre its side stormed in to commit, with its dead written, is as sure a report as a clash.)
    constexpr double kGroundMassacreWeight = 0.8;
    if (ground_massacre && WrittenDead(c.casualties)) conf = std::max(conf, kGroundMassacreWeight);
    // "قتلت قوات المقاومة الوطنية العشرات من مسلحي الحوثي": the verb of killing with its killer named and
    // the dead counted as a side is a report of a clash, as sure as "اشتباكات".
    // (The killer right after the verb, and the dead another side: "وقتل مسلحون ... عشرات من قوات الشرطة".)
    const bool side_killed = std::any_of(c.casualties.begin(), c.casualties.end(), [&](const Casualty& k) {
      return k.Dead() && k.side >= 0 && lex_.SameActor(k.side) != lex_.SameActor(c.actor1);
    });
    // ("قتل مسلحون من تنظيم داعش عشرين مدنيا": the named side a generic noun right after the verb is of.)
    const bool killer_named = c.actor1 >= 0 && c.trigger_mention && KillingVerb(*c.trigger_mention) && c.actor1_mention &&
                              (c.actor1_mention->tok_begin == c.trigger_mention->tok_end ||
                               KillerBeforeKilling(*c.trigger_mention, *c.actor1_mention) ||
                               (c.actor1_mention->tok_begin > c.trigger_mention->tok_end &&
                                SideNamedThrough(sentences_[c.sentence], c.trigger_mention->tok_end, c.actor1_mention->tok_end))) &&
                              !lex_.actor(c.actor1).generic();
    // (Or one person the verb names as killed, who belongs to no side: "قتلت قوات الدعم السريع والي ولاية".)
    const bool person_killed = c.trigger_mention && std::any_of(c.casualties.begin(), c.casualties.end(), [&](const Casualty& k) {
      return k.killed && k.Written() && k.cue && k.cue->tok_begin == c.trigger_mention->tok_begin;
    });
    constexpr double kKillingReportWeight = 0.8;
    if (killer_named && (side_killed || person_killed)) conf = std::max(conf, kKillingReportWeight);
    // "سيطر تنظيم داعش على مدينة الموصل": ground taken, in the past, by a side the sentence names, of a town
    // it names right after "على", is a report of the capture ("تسيطر" and "السيطرة على" are weaker words).
    constexpr double kCaptureWeight = 0.8;
    if (TerritorialSub(c.sub_event_type) && c.trigger->form == TriggerForm::kVerbActive &&
        c.trigger->weight >= kMinWeakTriggerWeight && c.actor1_mention &&
        Armed(inter(c.actor1)) && c.place && !c.place_inherited && c.place->mention &&
        Specificity(c.place->mention) >= 2 && c.place->mention->tok_begin > c.trigger_mention->tok_begin) {
      const uint32_t p = c.place->mention->tok_begin;
      // (Not the background of a relative clause, "تنظيم داعش الذي سيطر على الموصل", nor "حينها، سيطر".)
      const uint32_t v = c.trigger_mention->tok_begin, first = units_[c.sentence].first_token;
      const bool background = (v > 0 && TokenIs(v - 1, {"الذي", "التي", "الذين"})) ||
                              TokenIs(first, {"حينها", "انذاك", "وحينها", "وانذاك", "يومها", "ويومها"});
      // ("سيطرت فصائل المعارضة على العاصمة دمشق": the capital named as such, as a type word would.)
      // ("على معظم أحياء مدينة حلب", "على كامل مدينة": how much of it may stand between.)
      uint32_t on = p >= 2 ? p - 2 : 0;
      for (uint32_t k = 0; k < 2 && on > 0 && TokenIs(on, {"معظم", "اغلب", "كامل", "كافه", "اجزاء", "احياء", "جميع", "من"}); ++k) {
        --on;
      }
      const bool after_type_word = p >= 2 && TokenIs(on, {"علي"}) &&
                                   ((c.place->mention->aux & geo::kPlaceTypeWord) || TokenIs(p - 1, {"العاصمه"}));
      // ("سيطرت قوات الدعم السريع على مقر الفرقة في مدينة زالنجي": a base or a headquarters taken, with
      // its town named after it.)
      const bool site_taken = SiteTakenBefore(c.trigger_mention->tok_end, p);
      const bool object = !background && (TokenIs(p - 1, {"علي"}) || after_type_word || site_taken);
      if (object) conf = std::max(conf, kCaptureWeight);
    }
    // "انتزعت قوات الجيش، الجمعة، مواقع استراتيجية من قبضة ميليشيا الحوثي في مديرية نهم": ground taken,
    // in the past, by a side the sentence names, "from the grip" of the side that held it, is a report
    // of the capture wherever the place is written.
    if (TerritorialSub(c.sub_event_type) && c.trigger->form == TriggerForm::kVerbActive &&
        c.trigger->weight >= kMinWeakTriggerWeight && c.trigger_mention && c.actor1_mention && Armed(inter(c.actor1)) &&
        c.place && !c.place_inherited && TakenFromGrip(c.sentence, *c.trigger_mention)) {
      conf = std::max(conf, kCaptureWeight);
    }
    // "أعلن الجيش العراقي تحرير الموصل من داعش", "أعلنت القوات تحرير مدينة الحديدة": the noun of taking
    // ground, announced by the armed side that took it, with the ground named right after it, reports the
    // capture. (Not an operation's name: "بدء معركة تحرير الموصل", "عمليات تحرير"; nor a side the clause
    // after "قال إن" names.)
    if (TerritorialSub(c.sub_event_type) &&
        (c.trigger->form == TriggerForm::kNoun || c.trigger->form == TriggerForm::kPhrase) && c.trigger_mention &&
        c.actor1_mention && Armed(inter(c.actor1)) && c.actor1_mention->tok_end <= c.trigger_mention->tok_begin &&
        Announcer(sentences_[c.sentence], c.actor1_mention) && c.place && !c.place_inherited && c.place->mention &&
        !(c.actor1_mention->tok_begin > 0 && TokenIs(c.actor1_mention->tok_begin - 1, {"ان", "بان"}))) {
      const uint32_t t = c.trigger_mention->tok_begin, p = c.place->mention->tok_begin;
      // ("أعلنت قوات الدعم السريع السيطرة على مدينة النهود": "على" first.)
      const uint32_t e = c.trigger_mention->tok_end + (TokenIs(c.trigger_mention->tok_end, {"علي"}) ? 1 : 0);
      const bool named_next = p == e || (p == e + 1 && (c.place->mention->aux & geo::kPlaceTypeWord));
      const bool operation = t > 0 && TokenIs(t - 1, {"معركه", "عمليه", "عمليات", "بدء", "انطلاق", "اطلاق", "حمله"});
      if (named_next && !operation) conf = std::max(conf, kCaptureWeight);
    }
    // "خرج آلاف الجزائريين اليوم في مسيرات", "شارك المئات في مسيرة": a crowd going out in, joining or
    // organising marches protests (drones, "مسيرات" too, are not gone out in).
    if (c.event_type == "Protests" && c.trigger_mention && CrowdWentOutIn(c.trigger_mention)) {
      conf = std::max(conf, kCrowdMarchWeight);
    }
    // The riot word is weak as a riot; between two armed sides it is as sure as "مواجهات مسلحة".
    constexpr double kArmedConfrontationWeight = 0.85;
    if (c.armed_confrontation) conf = std::max(conf, kArmedConfrontationWeight);
    // A weak noun qualified by the attacker's nationality ("ضربات إسرائيلية", "هجوم حوثي") reports an
    // attack by that side, not talk about attacks.
    constexpr double kQualifiedWeight = 0.7;
    if (c.actor1_mention && c.trigger_mention && static_cast<ActorForm>(c.actor1_mention->aux) == ActorForm::kAdjective &&
        c.actor1_mention->tok_begin >= c.trigger_mention->tok_end) {
      // "هجوم حوثي", "الهجوم البري الإسرائيلي": only adjectives of the act stand between.
      constexpr uint32_t kMaxAdjectives = 2;
      bool qualifies = c.actor1_mention->tok_begin - c.trigger_mention->tok_end <= kMaxAdjectives;
      for (uint32_t t = c.trigger_mention->tok_end; qualifies && t < c.actor1_mention->tok_begin; ++t) {
        qualifies = ActAdjective(t);
      }
      if (qualifies) conf = std::max(conf, kQualifiedWeight);
    }
    // "قتل 129 شخصا في سلسلة هجمات ... وتبنى تنظيم الدولة الإسلامية الهجمات": dead counted in an act its
    // author claims are a report of that act, however weak the word that names it.
    // (A claim in its own words, "مسؤوليته"; "حمّلت الاحتلال المسؤولية" blames.)
    if (c.actor1_mention && !lex_.actor(c.actor1).generic() && Armed(inter(c.actor1)) &&
        c.event_type != "Strategic developments") {
      const uint32_t a = c.actor1_mention->tok_begin;
      const bool claimed = (a > 0 && TokenIs(a - 1, {"تبني", "وتبني", "تبنت", "وتبنت"})) ||
                           TokenIs(c.actor1_mention->tok_end, {"مسووليتها", "مسووليته", "مسووليتهم"});
      const bool counted = WrittenDead(c.casualties);
      if (claimed && counted) conf = std::max(conf, kQualifiedWeight);
    }
    // "فاستهدفت القسام دبابتين إسرائيليتين", "استهدفت سرايا القدس تموضعا لجنود الاحتلال": a named side
    // targeting a tank, a vehicle or a position reports an attack, as a claim does.
    if (c.actor1_mention && c.trigger_mention && MilitaryObject(c.trigger_mention)) conf = std::max(conf, kQualifiedWeight);
    // ... and so does a side's aircraft destroying something, which Refine made an air strike.
    if (c.sub_event_type == "Air/drone strike" && c.trigger->sub_event_type == "Looting/property destruction") {
      conf = std::max(conf, kQualifiedWeight);
    }
    // ... and so does one with its subject and object ("استهداف طائرات الاحتلال لشقتين سكنيتين").
    if (c.actor1_mention && c.trigger_mention && GenitiveSubject(c.trigger_mention, c.actor1_mention)) {
      conf = std::max(conf, kQualifiedWeight);
    }
    // ... and one with its author after لـ ("بهجوم لتنظيم داعش على نقطة", "غارات للتحالف").
    if (c.actor1_mention && c.trigger_mention && AuthorAfterLam(c.trigger_mention, c.actor1_mention)) {
      conf = std::max(conf, kQualifiedWeight);
    }
    // "استهدف الاحتلال فجر اليوم منزلا في رفح، ما أسفر عن استشهاد 15 شخصا": a named armed side, a day
    // in the sentence and the written toll of its act make even a weak word of targeting a report.
    const bool violence = c.event_type == "Explosions/Remote violence" || c.event_type == "Violence against civilians" ||
                          c.sub_event_type == "Armed clash";
    if (violence && c.actor1 >= 0 && Armed(inter(c.actor1)) && c.trigger_mention && c.time_mention &&
        unit_of_token_[c.time_mention->tok_begin] == c.sentence &&
        std::any_of(c.casualties.begin(), c.casualties.end(), [&](const Casualty& k) {
          if (!k.Written() || !k.cue) return false;
          // (The toll may be the verb's own, the side right after it: "قتلت القوات العراقية، الثلاثاء،
          // إرهابيين اثنين من تنظيم داعش في عملية أمنية".)
          const bool killed_by_subject = c.actor1_mention && k.cue->tok_end == c.actor1_mention->tok_begin &&
                                         TokenIs(k.cue->tok_begin, {"قتل", "قتلت", "وقتل", "وقتلت"});
          return k.cue->tok_begin >= c.trigger_mention->tok_end || killed_by_subject;
        })) {
      conf = std::max(conf, kQualifiedWeight);
    }
    // "أعلنت وزارة الدفاع التركية تحييد 5 إرهابيين": fighters counted right after the word of neutralising.
    if (c.trigger_mention && NeutralisedCounted(*c.trigger_mention)) conf = std::max(conf, kQualifiedWeight);
    // "استهدفت طائرة إسرائيلية مسيرة سيارة": an aircraft doing the weak verb of targeting struck.
    if (c.trigger_mention && AircraftDidIt(sentences_[c.sentence], *c.trigger, *c.trigger_mention)) {
      conf = std::max(conf, kQualifiedWeight);
    }
    // "قتل 28 شخصا على الأقل في هجوم استهدف حافلة", "مقتل 5 جنود بهجوم": the dead counted, then the act
    // they died in ("في", "خلال", "جراء", "إثر" or ب on it), make even a weak word of attack a report; so
    // does the act followed by the toll it led to ("الهجوم الذي أسفر عن مقتل 20 مدنيا").
    if (violence && c.trigger_mention && (DiedInTheAct(c) || TollOfTheAct(c))) conf = std::max(conf, kQualifiedWeight);
    // "قتل 96 مسلحا من ميليشيات الحوثي في جبهة الساحل الغربي": fighters of a side counted dead on a front
    // were killed in its battle, however little else the sentence says.
    if (c.trigger_mention && FrontLine(c.trigger_mention) && std::any_of(c.casualties.begin(), c.casualties.end(), [&](const Casualty& k) {
          return k.killed && k.Written() && Armed(inter(k.side));
        })) {
      conf = std::max(conf, kQualifiedWeight);
    }
    // "قتل 5 جنود عراقيين في معركة مع تنظيم داعش": a weak word of fighting ("معركة", "القتال") with both its
    // armed sides named and a written toll is a report ("المعركة الإعلامية", "معركة الحديدة" are not).
    if (c.event_type == "Battles" && c.trigger->weight < kMinWeakTriggerWeight && c.actor1 >= 0 && c.actor2 >= 0 &&
        Armed(inter(c.actor1)) && Armed(inter(c.actor2)) && c.actor1_mention && c.actor2_mention &&
        WrittenDead(c.casualties)) {
      conf = std::max(conf, kQualifiedWeight);
    }
    // An unnamed attacker of a named side ("تعرضت القاعدة الأميركية لقصف") is a concrete report.
    const bool crowd = c.event_type == "Protests" || c.event_type == "Riots";
    // (The crowd of a riot is left to be named as the country's rioters when emitted: "المتظاهرين ...
    // أشعلوا النيران" names it all the same.)
    const bool crowd_named = crowd && std::any_of(sentences_[c.sentence].actors.begin(), sentences_[c.sentence].actors.end(),
                                                  [&](const Mention* a) {
                                                    const int i = inter(a->ref);
                                                    return i == kRiotersInter || i == kProtestersInter;
                                                  });
    if (c.actor1 < 0 && !crowd_named && !c.bomber_unnamed &&
        !(crowd && (CrowdCounted(c) || CrowdStagedIt(c) || KilledInConfrontation(c)))) {
      conf *= c.actor2 >= 0 && !crowd ? 0.85 : 0.7;
    }
    // An agreement is a strategic development of the conflict only between its armed parties (a truce, a
    // surrender, a withdrawal); one between governments or leaders ("توصل زعماء الاتحاد الأوروبي إلى اتفاق
    // بشأن الهجرة"), or talk of one ("رحبت الحركة بتوقيع اتفاق"), is diplomacy.
    if (c.sub_event_type == "Agreement" && !(Armed(inter(c.actor1)) && Armed(inter(c.actor2)))) conf *= 0.5;
    if (!c.place) conf *= 0.6;
    else if (c.place == sentences_[c.sentence].unlocated && !c.place->bare_capital) conf *= c.place->named_only ? 0.85 : 0.6;
    else if (c.geo_precision == 3 && !c.place->concrete) {
      // Only a province or country is usually commentary ("الغارات على إدلب"), but a written toll of the
      // act in a province makes it a report ("قتل 7 مدنيين في غارات روسية في محافظة إدلب"); a country
      // with a toll is still mostly a digest or a war's count.
      const geo::PlaceType type = gaz_ && c.place->place != kNone ? gaz_->TypeOf(c.place->place) : geo::PlaceType::kCountry;
      const bool province = type == geo::PlaceType::kAdmin1 || type == geo::PlaceType::kAdmin2;
      // (Or a toll of a side the report names, with its killer: "قتلت القوات العشرات من مسلحي الحوثي في
      // محافظة الحديدة".)
      // (Or a crowd doing it by its verb: "قطع محتجون الطرق ... في محافظة البصرة", "تظاهروا في محافظة ذي
      // قار"; "الاحتجاجات في البصرة", "يشاركون بتظاهرات في مختلف المحافظات" stay talk.)
      // ("تظاهر المئات": a word that is a verb as well as a noun counts as the crowd's verb.)
      const bool crowd_acted = crowd && (c.trigger->form == TriggerForm::kVerbActive ||
                                         (c.trigger_mention && ReadsAsVerb(c.sentence, *c.trigger_mention)));
      const bool written_toll =
          std::any_of(c.casualties.begin(), c.casualties.end(), [](const Casualty& k) { return k.Written(); });
      // (Or, in a country, a written toll of an attack on a site it names: "قتل ثلاثة جنود أميركيين في هجوم
      // بطائرة مسيرة على قاعدة عسكرية في الأردن" is one base, not a war's count.)
      // (Or people taken, counted: "اختطف مسلحون ثلاثة عمال أتراك في ولاية الخرطوم".)
      const bool taken_counted = (c.sub_event_type == "Abduction/forced disappearance" || c.sub_event_type == "Arrests") &&
                                 c.actor2_mention && CountedRightBefore(sentences_[c.sentence], *c.actor2_mention);
      // (Or strikes counted by a figure, by a named side: "شنت طائرات حربية أمريكية أكثر من 20 غارة على
      // محافظة صعدة"; "عدة غارات", "مئات الغارات" are talk of a campaign.)
      const SentenceIndex& si_index = sentences_[c.sentence];
      const bool strikes_counted =
          c.actor1_mention && Armed(inter(c.actor1)) && c.trigger_mention && c.event_type == "Explosions/Remote violence" &&
          std::any_of(si_index.numbers.begin(), si_index.numbers.end(), [&](const Mention* n) {
            constexpr int64_t kStrikesInADay = 500;  // not "نزع 500 ألف لغم", a count of weapons
            return n->tok_end == c.trigger_mention->tok_begin && !(n->aux & kNumberVague) && n->value <= kStrikesInADay;
          });
      const bool counted = (province && (written_toll || (killer_named && side_killed) || crowd_acted ||
                                         UnitOfSideStruck(c) || PositionsOfSideStruck(c) || taken_counted ||
                                         strikes_counted)) ||
                           (written_toll && c.trigger_mention && SiteStruck(c.sentence, c.trigger_mention->tok_end));
      conf *= counted ? 0.75 : 0.5;
    }
    // A report without a day of its own dates by publication; a written toll at a named town is concrete
    // all the same ("ومقتل جنديين إسرائيليين دهسا في نابلس" in a bulletin's summary).
    const bool dead_written = WrittenDead(c.casualties);
    const bool counted_at_town =
        c.place && c.place != sentences_[c.sentence].unlocated && c.geo_precision == 1 && dead_written;
    // (Nor does a written toll of a unit struck, in a ministry's statement dated by its dateline: "مقتل عسكري
    // ... في هجوم لعناصر إرهابية على دورية للجيش بولاية القصرين".)
    const bool unit_counted = dead_written && UnitOfSideStruck(c, /*need_day=*/false);
    if (!c.time_mention && !counted_at_town && !unit_counted) conf *= 0.85;
    // "يذكر أن فض اعتصامي أنصار مرسي أسفر عن مقتل أكثر من 600 شخص": a recollection without a day of its
    // own is background ("يُذكر أنّ مدنيَّين أصيبا ... أمس الخميس" has one).
    const uint32_t opening = units_[c.sentence].first_token;
    const bool recalled = TokenIs(opening, {"يذكر", "ويذكر", "يشار", "ويشار"});
    const bool own_day = c.time_mention && unit_of_token_[c.time_mention->tok_begin] == c.sentence;
    if (!c.casualties.empty()) conf = std::min(1.0, conf * 1.2);
    if (recalled && !own_day) conf *= 0.5;  // (after the toll's boost: the toll is recalled too)
    // ACLED codes sexual violence by armed, organised sides against civilians. A rape the sentence gives no
    // such author ("واقعة اغتصاب وقتل لطفلة في ولاية جوجارات", "أدين الممثل بارتكاب اعتداء جنسي", "قبضت
    // الشرطة على سيدة يشتبه في علاقتها بجريمة اغتصاب") is a crime, a trial or a campaign, not coded; nor is
    // one whose only side named is the police that investigate it.
    if (c.sub_event_type == "Sexual violence" &&
        !(c.actor1_mention && Armed(inter(c.actor1)) && !lex_.actor(c.actor1).canonical.starts_with("Police Forces"))) {
      conf = 0;
    }
    c.confidence = conf;
  }

  // The ISO code of the event's country (its place's, else the article's first), "" if none.
  // The unit a place the gazetteer lacks is named in ("منطقة شدا الحدودية بمحافظة صعدة"), or kNone: its
  // country and first-level unit are the event's, though it has no coordinates.
  uint32_t ContainerOfNamed(const Candidate& c) const {
    if (!gaz_ || !c.place || !c.place->named_only) return kNone;
    constexpr uint32_t kAdjectives = 1;  // "الحدودية"
    const Mention* named = c.place->mention;
    // ("منطقة غارا شمالي العراق": the direction that locates it in its container, too.)
    for (const Mention* p : sentences_[c.sentence].places) {
      if (p->tok_begin < named->tok_end || !(p->aux & (geo::kPlacePreposition | geo::kPlaceTypeWord | geo::kPlaceNear))) {
        continue;
      }
      uint32_t gap = 0;
      for (uint32_t t = named->tok_end; t < p->tok_begin; ++t) {
        if (!(DefiniteAreaAdjective(t) || IsPlaceTypeToken(sentences_[c.sentence], t) ||
              TokenIs(t, {"في", ",", "\xD8\x8C", "شمال", "جنوب", "شرق", "غرب", "شمالي", "جنوبي", "شرقي", "غربي", "وسط",
                          "بشمال", "بجنوب", "بشرق", "بغرب"}))) {
          gap = kAdjectives + 3;
          break;
        }
        gap += DefiniteAreaAdjective(t) ? 1 : 0;
      }
      if (gap > kAdjectives || p->tok_begin - named->tok_end > 3) break;
      const PlaceRef* ref = RefOf(p);
      return ref ? ref->place : kNone;
    }
    return kNone;
  }

  std::string_view CountryCodeOf(const Candidate& c) const {
    if (gaz_ && c.place && c.place->place != kNone) return gaz_->Get(c.place->place).country_code;
    if (const uint32_t unit = ContainerOfNamed(c); unit != kNone) return gaz_->Get(unit).country_code;
    return hints_.empty() ? std::string_view() : std::string_view(hints_.front());
  }

  std::string CountryOf(const Candidate& c) const {
    if (gaz_ && c.place && c.place->place != kNone) return std::string(gaz_->Get(c.place->place).country);
    if (const uint32_t unit = ContainerOfNamed(c); unit != kNone) return std::string(gaz_->Get(unit).country);
    if (gaz_ && !hints_.empty()) {
      uint32_t id = gaz_->CountryPlace(hints_.front());
      if (id != kNone) return std::string(gaz_->Get(id).country);
    }
    return {};
  }

  // The first-level unit of the candidate's place as the gazetteer writes it in English, "" if unknown.
  // (A view into the gazetteer's mapped strings, which outlive the Place it is read from.)
  std::string_view Admin1Of(const Candidate& c) const {
    return gaz_ && c.place && c.place->place != kNone ? gaz_->Get(c.place->place).admin1 : std::string_view();
  }

  std::string ActorName(int32_t id, const std::string& country) const {
    if (id < 0) return {};
    std::string name = lex_.actor(id).canonical;
    size_t pos = name.find("{country}");
    if (pos == std::string::npos) return name;
    // Israel and Palestine are one theatre: the unnamed gunmen of an attack in Israel are coded as
    // Palestinian, as ACLED and the gold do ("Unidentified Armed Group (Palestine)" at Jerusalem or Barkan);
    // an Israeli group that attacks is named (settlers, the army).
    if (country == "Israel" && name == "Unidentified Armed Group ({country})") return "Unidentified Armed Group (Palestine)";
    // ACLED writes "Police Forces of the United Kingdom", as this dictionary's named forces do ("Military
    // Forces of the United States"); "Civilians (United Kingdom)" takes no article.
    constexpr std::string_view kWithArticle[] = {"United Kingdom",   "United States",  "United Arab Emirates",
                                                 "Netherlands",      "Philippines",    "Comoros",
                                                 "Democratic Republic of Congo", "Central African Republic"};
    const bool of = pos >= 3 && std::string_view(name).substr(pos - 3, 3) == "of ";
    const bool article = of && std::find(std::begin(kWithArticle), std::end(kWithArticle), country) != std::end(kWithArticle);
    name.replace(pos, 9, country.empty() ? "International" : article ? "the " + country : country);
    return name;
  }

  // Place names are written as in the article, with their ال ("الباغوز", not the matcher's stem
  // "باغوز"), but without the other proclitics (و ب ل ف ك).
  uint32_t WithArticle(uint32_t begin) const {
    constexpr std::string_view kArticle = "\xD8\xA7\xD9\x84";  // ال
    const std::string& t = doc_.norm.text;
    if (begin < kArticle.size() || std::string_view(t).substr(begin - kArticle.size(), kArticle.size()) != kArticle) {
      return begin;
    }
    uint32_t start = begin - static_cast<uint32_t>(kArticle.size());
    // Only when ال opens the word or follows a one-letter proclitic (بال, وال, فال, كال).
    auto letter_before = [&](uint32_t at) { return at >= 2 && static_cast<unsigned char>(t[at - 2]) >= 0xD8; };
    if (!letter_before(start)) return start;
    if (!letter_before(start - 2)) return start;
    return begin;
  }

  ByteSpan Orig(uint32_t begin, uint32_t end) const { return doc_.norm.OriginalSpan(begin, end); }
  ByteSpan Orig(const Mention* m) const { return m ? Orig(m->begin, m->end) : ByteSpan{}; }

  // Same place, or one of them only names the province or country the other lies in (a headline's
  // "غزة" and the body's "مخيم الشاطئ").
  bool SamePlace(const Candidate& a, const Candidate& b) const {
    if (!a.place || !b.place) return true;
    // A town read as its province is merged as the town; a village the gazetteer lacks, by its name.
    auto merge_entry = [](const PlaceRef* r) { return r->town != kNone ? r->town : r->stand_in ? kNone : r->place; };
    const uint32_t ida = merge_entry(a.place), idb = merge_entry(b.place);
    const int pra = a.place->concrete ? 1 : a.geo_precision, prb = b.place->concrete ? 1 : b.geo_precision;
    if (ida == kNone && idb == kNone) return a.place->mention->ref == b.place->mention->ref;
    if (ida == idb || a.place->mention->ref == b.place->mention->ref) return true;
    // "في أريحا" in the headline, "عند مفرق ألموغ قرب مدينة أريحا" in the body: the headline's place is
    // the one the body names to locate its own. (Between two reports of the body, "أم درمان غربي
    // الخرطوم" is another place than an earlier "الخرطوم".)
    auto locates = [&](const Candidate& x, uint32_t id, const Candidate& headline) {
      return Para(headline.sentence) == 0 && x.locator && x.locator->place != kNone && x.locator->place == id;
    };
    if (locates(a, idb, b) || locates(b, ida, a)) return true;
    if (!gaz_ || ida == kNone || idb == kNone) return false;
    geo::Place pa = gaz_->Get(ida), pb = gaz_->Get(idb);
    if (!SameCode(pa.country_code, pb.country_code)) return false;
    // "جنوبي إدلب" (precision 2) holds any town of Idlib province.
    auto contains = [](const geo::Place& coarse, int coarse_precision, const geo::Place& fine) {
      return coarse.type == geo::PlaceType::kCountry ||
             ((coarse.type == geo::PlaceType::kAdmin1 || coarse_precision >= 3) && coarse.admin1 == fine.admin1);
    };
    return contains(pa, pra, pb) || contains(pb, prb, pa);
  }
  bool SameAdmin1(const Candidate& a, const Candidate& b) const {
    if (!gaz_ || !a.place || !b.place || a.place->place == kNone || b.place->place == kNone) return false;
    geo::Place pa = gaz_->Get(a.place->place), pb = gaz_->Get(b.place->place);
    return SameCode(pa.country_code, pb.country_code) && pa.admin1 == pb.admin1;
  }

  static bool Compatible(int32_t a, int32_t b) { return a < 0 || b < 0 || a == b; }
  // ... or two readings that name the same actor in the events' countries ("فلسطينيا" and "نازحين": both
  // Civilians (Palestine), from two rows of the actor table).
  bool CompatibleNamed(const Candidate& a, int32_t x, const Candidate& b, int32_t y) const {
    return Compatible(x, y) || ActorName(x, CountryOf(a)) == ActorName(y, CountryOf(b));
  }
  // One side named twice: the same actor, or a generic one that names it in the event's country ("الجيش"
  // read as "Military Forces of {country}" and "قوات النظام" as "Military Forces of Syria"). A generic
  // name says less about who acted, so it counts as the same side only for two reports of one place,
  // or one that names no place of its own; reports of two places ("صعدة" and a village of it) stay apart.
  // Used for the side that acts: who was hit is often told generically in one report ("مدنيين") and by
  // name in another, and a summary of many strikes ("استشهد عشرات الفلسطينيين في سلسلة غارات") is no
  // report of the one that hit a named place.
  bool SameSide(const Candidate& a, int32_t x, const Candidate& b, int32_t y) const {
    if (x == y) return true;
    if (x < 0 || y < 0 || (!lex_.actor(x).generic() && !lex_.actor(y).generic())) return false;
    // (Not where the place is only a country, "سوريا": that names no incident, and two weak reports there
    // would make one that stands.)
    const bool one_place = a.place_inherited || b.place_inherited ||
                           (a.place && b.place && a.place->place != kNone && a.place->place == b.place->place);
    return one_place && !CountryOnly(a) && !CountryOnly(b) && ActorName(x, CountryOf(a)) == ActorName(y, CountryOf(b));
  }
  // Two names of one country's state forces ("Military Forces of Syria", "Police Forces of Syria").
  bool StateForcesOfOneCountry(const Candidate& a, int32_t x, const Candidate& b, int32_t y) const {
    if (x < 0 || y < 0 || Inter(x) != 1 || Inter(y) != 1) return false;
    constexpr std::string_view kForcesOf = " Forces of ";
    const std::string nx = ActorName(x, CountryOf(a)), ny = ActorName(y, CountryOf(b));
    const size_t ox = nx.find(kForcesOf), oy = ny.find(kForcesOf);
    return ox != std::string::npos && oy != std::string::npos &&
           std::string_view(nx).substr(ox + kForcesOf.size()) == std::string_view(ny).substr(oy + kForcesOf.size());
  }
  bool CompatibleSide(const Candidate& a, int32_t x, const Candidate& b, int32_t y) const {
    return x < 0 || y < 0 || SameSide(a, x, b, y);
  }

  // A clash is between two sides; reports of it name either side first ("اشتبك الجيش مع المقاومين",
  // "أصيب جنود في معارك مع المقاومة"), so the same pair in the other order is the same battle.
  static bool SidesSwapped(const Candidate& a, const Candidate& b) {
    if (a.event_type != "Battles" || a.actor1 == b.actor1) return false;
    return (a.actor1 >= 0 && a.actor1 == b.actor2 && Compatible(a.actor2, b.actor1)) ||
           (b.actor1 >= 0 && b.actor1 == a.actor2 && Compatible(b.actor2, a.actor1));
  }

  // Whether a word of the candidate's trigger holds one of `stems`.
  bool TriggerHolds(const Candidate& c, std::initializer_list<std::string_view> stems) const {
    if (!c.trigger_mention) return false;
    for (uint32_t t = c.trigger_mention->tok_begin; t < c.trigger_mention->tok_end; ++t) {
      const std::string_view w = Tok(t);
      for (std::string_view stem : stems) {
        if (w.find(stem) != std::string_view::npos) return true;
      }
    }
    return false;
  }
  // "أعلنت الدفاعات الجوية اعتراض صاروخ", "تمكنت قوات الدفاع الجوي من اعتراض": the noun of interception
  // as what a side announces or managed, a few words before it. (Not "فشل في اعتراض", "المصمم لاعتراض",
  // "اعتراض واشنطن على", "بعد أيام من اعتراض": failures, purposes, objections and the past.)
  bool InterceptionAnnounced(const Mention& trig) const {
    if (Tok(trig.tok_begin) != "اعتراض") return false;
    constexpr uint32_t kReach = 6;  // "أعلن المتحدث باسم قوات التحالف ... عن اعتراض"
    const uint32_t first = units_[unit_of_token_[trig.tok_begin]].first_token;
    for (uint32_t k = 1; k <= kReach && trig.tok_begin >= first + k; ++k) {
      const uint32_t t = trig.tok_begin - k;
      if (TokenIs(t, {"فشل", "فشلت", "محاوله", "حاولت", "بعد", "عقب", "اثر"})) return false;
      if (TokenIs(t, {"اعلن", "اعلنت", "واعلن", "واعلنت", "يعلن", "تعلن", "تمكنت", "تمكن", "نجحت", "نجح"})) return true;
    }
    return false;
  }

  // "اقتحمت", "هاجمت", "اجتاحت": a verb of storming a place, in unit `unit`.
  bool StormedInUnit(uint32_t unit) const {
    for (uint32_t t = units_[unit].first_token; t < units_[unit].end_token; ++t) {
      std::string_view w = Tok(t);
      if (w.size() > 2 && w.starts_with("\xD9\x88")) w.remove_prefix(2);  // و
      if (w == "اقتحم" || w == "اقتحمت" || w == "اقتحموا" || w == "هاجم" || w == "هاجمت" || w == "هاجموا" || w == "اجتاح" ||
          w == "اجتاحت" || w == "دخلت" || w == "دخلوا") {
        return true;
      }
    }
    return false;
  }

  // "مجزرة جديدة ارتكبتها ميليشيات الحوثي", "ارتكبت قوات النظام والشبيحة مجزرة": the first non-state armed
  // side among those a verb of committing names in the unit (the side right after the verb and the sides
  // joined to it by و), nullptr if none.
  const Mention* NonStateCommitter(uint32_t unit) const {
    const SentenceIndex& s = sentences_[unit];
    for (uint32_t t = units_[unit].first_token; t < units_[unit].end_token; ++t) {
      if (!TokenIs(t, {"ارتكب", "ارتكبت", "وارتكب", "وارتكبت", "ارتكبها", "ارتكبتها", "يرتكب", "ترتكب"})) continue;
      uint32_t next = t + 1;  // where the next side of the list starts
      for (const Mention* a : s.actors) {
        if (a->tok_begin < next) continue;
        if (a->tok_begin > next || (a->tok_begin > t + 1 && !WawOn(*a))) break;
        const int i = Inter(a->ref);
        if (i >= 2 && i <= 4) return a;
        next = a->tok_end;
      }
    }
    return nullptr;
  }

  // "مجزرة", "ارتكب مجزرة": the name of a massacre says nothing of how it was done.
  bool Massacre(const Candidate& c) const { return TriggerHolds(c, {"مجزر", "مجازر"}); }
  // An assassination ("اغتيال", "يغتال"): its reports name the method or not, so their type guesses differ
  // (an attack, a battle when the victim was armed, an air strike) while the act is one.
  bool Assassination(const Candidate& c) const { return TriggerHolds(c, {"غتيال", "غتال"}); }

  // The text opens with the article's title (as the .txt and HTML readers write it; a JSONL article
  // keeps its title apart).
  bool HeadlineInText() const {
    if (doc_.title.empty()) return false;
    const size_t start = doc_.text.find_first_not_of(" \t\r\n");
    return start != std::string::npos && doc_.text.compare(start, doc_.title.size(), doc_.title) == 0;
  }

  // A headline summarizes the body. A headline event that merged with none of the body's reports is,
  // when the body tells events of its own, the body's event told vaguer (a province for the town, a
  // figure without its day: "عشرات الشهداء في قصف على حلب") or a claim the body attributes, and coding
  // it would count one incident twice. It stands when the body tells no event.
  void DropHeadlineOnly(std::vector<Candidate>& cands) const {
    const bool body_tells = std::any_of(cands.begin(), cands.end(), [](const Candidate& c) { return !c.headline_only; });
    if (body_tells) std::erase_if(cands, [](const Candidate& c) { return c.headline_only; });
  }

  // "شنت غارة استهدفت قوة من الحشد الشعبي في بلدة الهري" and then "بعد أن نفت واشنطن أن تكون هي من قصف موقعا
  // للحشد مما أسفر عن مقتل 22 من عناصره": a report too weak to stand as an event of its own (its act
  // denied, attributed or only talked about), told right after an event by the same sides, counts the dead of
  // the side that event hit: that event's toll.
  void TollsOfWeakReports(std::vector<Candidate>& cands) const {
    constexpr uint32_t kReachUnits = 2;
    Candidate* kept = nullptr;
    for (Candidate& c : cands) {
      if (c.confidence >= kMinConfidence) {
        kept = &c;
        continue;
      }
      if (!kept || c.sentence <= kept->sentence || c.sentence - kept->sentence > kReachUnits ||
          !Armed(Inter(kept->actor2)) ||
          (kept->event_type != "Explosions/Remote violence" && kept->event_type != "Battles") ||
          c.event_type != kept->event_type || !Compatible(c.actor1, kept->actor1) || c.actor2 != kept->actor2 ||
          (c.place && !c.place_inherited && !SamePlace(c, *kept) && !NamesAParty(c) && !CountryOnly(c))) {
        continue;  // "لقي 9 منهم مصرعهم في الضالع": another place, another incident
      }
      for (const Casualty& k : c.casualties) {
        if (!k.cumulative && k.side >= 0 && lex_.SameActor(k.side) == lex_.SameActor(kept->actor2)) {
          kept->casualties.push_back(k);
        }
      }
    }
  }

  // The event is placed only by a country ("قرب الحدود مع العراق"), which locates no incident.
  bool CountryOnly(const Candidate& c) const {
    return gaz_ && c.place && c.place->place != kNone && gaz_->TypeOf(c.place->place) == geo::PlaceType::kCountry;
  }

  // The event's place is also an actor of its sentence ("نفت الولايات المتحدة"): a party, not a scene.
  bool NamesAParty(const Candidate& c) const {
    if (!c.place) return false;
    const Mention* p = c.place->mention;
    const SentenceIndex& s = sentences_[unit_of_token_[p->tok_begin]];
    return std::any_of(s.actors.begin(), s.actors.end(),
                       [&](const Mention* a) { return a->tok_begin <= p->tok_begin && p->tok_end <= a->tok_end; });
  }

  // The same for a sentence whose only act is denied or talked about ("بعد أن نفى التحالف أن يكون هو من قصف
  // موقعا للحشد، مما أسفر عن مقتل 22 من عناصره"): the dead of the side the event just told hit are its toll.
  void TollOfTheSideHit(uint32_t si, const std::vector<Casualty>& casualties, std::vector<Candidate>& out) const {
    constexpr uint32_t kReachUnits = 2;
    if (out.empty() || casualties.empty()) return;
    Candidate& told = out.back();
    if (told.sentence >= si || si - told.sentence > kReachUnits || !Armed(Inter(told.actor2))) return;
    // Only for acts of war told just before; the fighters of the side named, not unnamed civilians.
    if (told.event_type != "Explosions/Remote violence" && told.event_type != "Battles") return;
    Candidate probe = told;
    probe.place = nullptr;
    ChoosePlace(si, told.trigger_mention, probe);
    if (probe.place && !probe.place_inherited && !SamePlace(probe, told) && !NamesAParty(probe) && !CountryOnly(probe)) {
      return;
    }
    for (const Casualty& k : casualties) {
      if (!k.cumulative && k.side >= 0 && lex_.SameActor(k.side) == lex_.SameActor(told.actor2)) {
        told.casualties.push_back(k);
      }
    }
  }

  // GUIDELINES: what the article reports several times (headline, lead, body) is one event.
  void Merge(std::vector<Candidate>& cands) const {
    const bool headline_in_text = HeadlineInText();
    std::vector<Candidate> merged;
    for (Candidate& c : cands) {
      // A sentence that names no place of its own ("استهدفت البلدة بأكثر من 20 قذيفة") elaborates on an
      // event already told; its victims may be another side of the same event.
      auto matches = [&](const Candidate& m) {
        // (An earlier report without a place is not told again by a later one with a place of its own in
        // another paragraph: "في حين تكبدت ميليشيات الحوثي خسائر" and a Houthi attack three paragraphs on.)
        // ("اشتباكات اندلعت بين الطرفين" after the ambush names its two sides, maybe in the other order.)
        bool elaborates = (c.place_inherited || (m.place_inherited && Para(m.sentence) == Para(c.sentence))) &&
                          m.actor1 >= 0 &&
                          (SameSide(m, m.actor1, c, c.actor1) || (c.sides_told_before && SidesSwapped(m, c)));
        // A headline summarizes the body: "جنوبي إدلب" in the title is the town in Idlib the body names.
        // Only a vague headline place merges this way, once: the merged event takes the body's town.
        auto vague_title = [&](const Candidate& x) {
          return Para(x.sentence) == 0 && x.geo_precision >= 2 && !x.took_body_place;
        };
        bool headline = vague_title(m) || vague_title(c);
        // A day guessed from the article yields to one the text gives for the event.
        // (only for a headline, which tells the body's event without its day).
        // Likewise a sentence with neither its own day nor its own place elaborates an event told before,
        // and one without a day of its own that names the same place for an act of the same kind retells
        // it ("وكانت المقاومة قد أعلنت مهاجمة ثكنة أفيفيم" after the attack on Avivim dated the 25th).
        auto undated_title = [&](const Candidate& x) {
          return x.date_from_article && (Para(x.sentence) == 0 || x.place_inherited);
        };
        const bool retold_here = (m.date_from_article || c.date_from_article) && !m.place_inherited &&
                                 !c.place_inherited && SamePlace(m, c);
        bool same_day = m.date == c.date || undated_title(m) || undated_title(c) || retold_here;
        const bool assassination = Assassination(m) && Assassination(c);  // the victim is described variously
        // "ارتكب مجزرة" and "فتحوا نيران أسلحتهم على الجائعين": a massacre told by its name and by its method.
        const bool massacre = (Massacre(m) || Massacre(c)) && m.event_type != "Battles" && c.event_type != "Battles" &&
                              (m.event_type == "Violence against civilians" || c.event_type == "Violence against civilians");
        // A headline names a state's forces loosely: "مقتل 4 من قوات الأمن في كمين بريف جبلة" over the body's
        // "قتل 4 من عناصر الأمن العام" (the army and the police of one country, as the two phrases read).
        auto headline_named = [&](int32_t x, int32_t y) {
          return CompatibleNamed(m, x, c, y) || (headline && StateForcesOfOneCountry(m, x, c, y));
        };
        return (m.event_type == c.event_type || assassination || massacre) && same_day &&
               (elaborates || SamePlace(m, c) || (headline && SameAdmin1(m, c))) &&
               ((CompatibleSide(m, m.actor1, c, c.actor1) && (elaborates || assassination || headline_named(m.actor2, c.actor2))) ||
                SidesSwapped(m, c));
      };
      auto same = std::find_if(merged.begin(), merged.end(), matches);
      if (same == merged.end()) {
        c.headline_only = HeadlineInText() && Para(c.sentence) == 0;
        merged.push_back(std::move(c));
        continue;
      }
      Candidate& m = *same;
      // (A photo caption, "صورة أرشيفية لآثار القصف على بلدة كفرنبل", is a report without a toll.)
      const bool toll = !c.casualties.empty();
      if (Para(m.sentence) == 0 && Para(c.sentence) != 0 &&
          (m.body_unit == UINT32_MAX || (toll && !m.body_unit_toll))) {
        m.body_unit = c.sentence, m.body_unit_toll = toll;
      }
      // A headline names the sides in the order of its summary ("قسد تشتبك مع العشائر"); the body's
      // report of the same act says who attacked whom, and its sides stand.
      // Only the first such report, one with a place of its own: what elaborates it ("ما أدى أيضا إلى
      // إصابة ثلاثة مدنيين") adds victims, not the sides.
      const bool body_after_headline = headline_in_text && Para(m.sentence) == 0 && Para(c.sentence) != 0 &&
                                       !m.took_body_sides && !c.place_inherited;
      if (body_after_headline && c.actor1 >= 0 && m.event_type == c.event_type) {
        // (The headline's dead of the side it named loosely are the body's dead of that side: one toll.)
        for (Casualty& k : m.casualties) {
          if (k.side >= 0 && k.side == m.actor2 && k.side != c.actor2 && StateForcesOfOneCountry(m, k.side, c, c.actor2)) {
            k.side = c.actor2;
          }
        }
        m.actor1 = c.actor1, m.actor1_mention = c.actor1_mention;
        if (c.actor2 >= 0) m.actor2 = c.actor2, m.actor2_mention = c.actor2_mention;
        m.took_body_sides = true;
      } else if (SidesSwapped(m, c)) {
        if (m.actor1 < 0) m.actor1 = c.actor2, m.actor1_mention = c.actor2_mention;
        if (m.actor2 < 0) m.actor2 = c.actor1, m.actor2_mention = c.actor1_mention;
      } else {
        if (m.actor1 < 0) m.actor1 = c.actor1, m.actor1_mention = c.actor1_mention;
        if (m.actor2 < 0) m.actor2 = c.actor2, m.actor2_mention = c.actor2_mention;
      }
      // A report that names a place by the other's ("ألموغ قرب أريحا" after "في أريحا") is the more precise.
      const bool located_in_m = m.place && c.locator && c.locator->place != kNone && c.locator->place == m.place->place;
      // The headline's region ("في الضفة") and the body's settlement near a town ("قرب مستوطنة كريات أربع")
      // are both precision 2; the body's is the finer place.
      const bool finer_than_headline = body_after_headline && m.place && c.place &&
                                       Specificity(c.place->mention) > Specificity(m.place->mention);
      if (!m.place || (c.place && !c.place_inherited &&
                       (m.place_inherited || c.geo_precision < m.geo_precision || located_in_m ||
                        finer_than_headline))) {
        m.place = c.place, m.geo_precision = c.geo_precision, m.place_inherited = c.place_inherited;
        m.locator = c.locator;
        // "Once": a headline that took a body report's place (at precision 2 too: "ألموغ" by the
        // headline's "أريحا") is that report, no longer a vague summary.
        m.took_body_place = m.took_body_place || Para(c.sentence) != Para(m.sentence);
      }
      // A battle in which ground changed hands is coded by that change, whichever report is the surest
      // ("تحرير منطقة X" and "معارك عنيفة في X" of one battle).
      // (Only a report that stands as an event: "تقدم" alone is no taking of ground.)
      auto territorial = [](const Candidate& x) {
        return x.confidence >= kMinConfidence && TerritorialSub(x.sub_event_type);
      };
      const bool keep_territory = territorial(m) && !territorial(c);
      // (Nor a protest's gravest report: see below.)
      const bool keep_severity = m.event_type == "Protests" && ProtestSeverity(c.sub_event_type) < ProtestSeverity(m.sub_event_type);
      if (c.confidence > m.confidence && c.event_type == m.event_type) {
        if (!keep_territory && !keep_severity) m.sub_event_type = c.sub_event_type;
        m.trigger = c.trigger;
        m.trigger_mention = c.trigger_mention;
      } else if (c.event_type == m.event_type && territorial(c) && !territorial(m)) {
        m.sub_event_type = c.sub_event_type;
      }
      // One protest told as a gathering and as its dispersal is the dispersed protest: the gravest
      // report of it sets the sub-type, whichever is the surest.
      if (m.event_type == "Protests" && c.event_type == "Protests" &&
          ProtestSeverity(c.sub_event_type) > ProtestSeverity(m.sub_event_type)) {
        m.sub_event_type = c.sub_event_type;
      }
      // (Still peaceful: no report of it told of an intervention, so a side taken from the other report
      // is only what the protest was about.)
      if (m.event_type == "Protests" && m.sub_event_type == "Peaceful protest") {
        m.actor2 = -1, m.actor2_mention = nullptr;
      }
      if (m.date_from_article && !c.date_from_article) {
        m.date = c.date, m.date_precision = c.date_precision, m.time_mention = c.time_mention;
        m.date_from_article = false;
      }
      if (!m.time_mention) m.time_mention = c.time_mention;
      // A massacre told by its name ("مجزرة": an air strike unless told otherwise) and by its method
      // ("فتحوا نيران أسلحتهم"): coded by the method.
      if (m.event_type != c.event_type && Massacre(m) && !Massacre(c)) {
        m.event_type = c.event_type, m.sub_event_type = c.sub_event_type;
        m.trigger = c.trigger, m.trigger_mention = c.trigger_mention;
      }
      // One assassination told with its method ("نفذتها طائرات الاحتلال") and without: coded by method.
      if (m.event_type != c.event_type && c.event_type == "Explosions/Remote violence" && !Massacre(c)) {
        m.event_type = c.event_type, m.sub_event_type = c.sub_event_type;
        m.trigger = c.trigger, m.trigger_mention = c.trigger_mention;
        if (c.actor1 >= 0) m.actor1 = c.actor1, m.actor1_mention = c.actor1_mention;
      }
      TerritoryTaker(m);  // the actor or the sub-type may have come from the other report
      UnnameStateBomber(m, m.sub_event_type, /*announced=*/false);  // (a side told of it in the other report)
      m.headline_only = m.headline_only && c.headline_only;
      m.casualties.insert(m.casualties.end(), c.casualties.begin(), c.casualties.end());
      m.confidence = std::min(1.0, std::max(m.confidence, c.confidence) + 0.05);
    }
    cands = std::move(merged);
  }

  // Whether the actor's mention is a place of the sentence, told as one: "إسرائيل", "الولايات المتحدة"
  // name the state's forces and the country alike; "أنحاء الولايات المتحدة", "بين قطاع غزة وإسرائيل" the
  // country ("إن إسرائيل استعملت قوة" its forces).
  bool NamedAsPlace(const Mention& actor) const {
    // (The actor's own unit, which may follow the act's: "خرجوا، ... وتعد هذه المظاهرات من بين أكبر
    // التجمعات في الولايات المتحدة".)
    const uint32_t si = unit_of_token_[actor.tok_begin];
    if (!PlaceAt(si, actor.tok_begin) || actor.tok_begin == 0) return false;
    const uint32_t before = actor.tok_begin - 1;
    const bool joined_to_place = Tok(actor.tok_begin).starts_with("\xD9\x88") && PlaceAt(si, before);  // و
    // ("في مدينة نانت غرب فرنسا": a direction from the country places the town in it.)
    return joined_to_place || TokenIs(before, {"في", "انحاء", "حدود", "داخل", "قرب", "بين", "الي", "نحو", "جنوب", "جنوبي",
                                               "شمال", "شمالي", "شرق", "شرقي", "غرب", "غربي", "وسط"});
  }

  static int ProtestSeverity(std::string_view sub) {
    if (sub == "Excessive force against protesters") return 2;
    return sub == "Protest with intervention" ? 1 : 0;
  }

  // A toll and the report it rests on (the largest figure in it); vague when no figure in it was
  // written, every report counted being a convention (Event::fatalities_vague).
  struct Toll {
    int64_t value = 0;
    const Casualty* evidence = nullptr;
    bool vague = false;
  };

  // All sides' dead added up, each side counted once at its highest report (the same figure is often
  // repeated in the headline and the body); figures of unknown side count when they exceed that sum.
  // A side is its name in the event's country: two rows of the actor table may name it ("فلسطينيا" and
  // "نازحين" are both Civilians (Palestine)), and the headline and the body count it once.
  Toll Total(const Candidate& event, bool killed) const {
    const std::string country = CountryOf(event);
    std::map<std::string, const Casualty*> best_by_side;
    const Casualty* best_unknown = nullptr;
    for (const Casualty& c : event.casualties) {
      if (c.killed != killed || c.cumulative) continue;
      if (c.side < 0) {
        if (!best_unknown || c.value > best_unknown->value) best_unknown = &c;
        continue;
      }
      const Casualty*& b = best_by_side[ActorName(c.side, country)];
      if (!b || c.value > b->value) b = &c;
    }
    int64_t sum = 0;
    const Casualty* evidence = nullptr;
    bool all_vague = true;
    for (auto& [side, c] : best_by_side) {
      sum += c->value;
      all_vague = all_vague && c->vague;
      if (!evidence || c->value > evidence->value) evidence = c;
    }
    // (A convention of unknown side, "مقتل فلسطني" read as an unnumbered plural, does not outweigh a figure
    // written for a known side: "مقتل فلسطينيا" is one.)
    const bool convention_over_figure = best_unknown && best_unknown->vague && evidence && !all_vague;
    if (best_unknown && best_unknown->value > sum && !convention_over_figure) {
      return {best_unknown->value, best_unknown, best_unknown->vague};
    }
    return {sum, evidence, evidence != nullptr && all_vague};
  }

  void Emit(const Candidate& c) {
    Event e;
    e.event_type = c.event_type;
    e.sub_event_type = c.sub_event_type;
    e.date = c.date;
    e.date_precision = c.date_precision;
    std::string country = CountryOf(c);
    e.country = country;
    e.actor1 = ActorName(c.actor1, country);
    e.actor2 = ActorName(c.actor2, country);
    if (e.actor2 == e.actor1) e.actor2.clear();  // "Military Forces of {country}" can name actor1 again
    // Ground is taken from an armed side: the people a capture's sentence counts dead ("سيطرت قوات المجلس
    // الانتقالي على معسكرات الحكومة ... أسفرت عن مقتل 40 شخصا") are its toll, not whom it was taken from.
    if (TerritorialSub(e.sub_event_type) && c.actor2 >= 0 && Inter(c.actor2) == kCiviliansInter) e.actor2.clear();
    // A clash has two sides: state forces that fight nobody named ("محيط المخيم يشهد اشتباكات عنيفة" in an
    // article about the army) fight an armed group the report does not name.
    if (e.event_type == "Battles" && e.sub_event_type == "Armed clash" && e.actor2.empty() &&
        StateForce(c.actor1)) {
      e.actor2 = ActorName(lex_.FindActor("Unidentified Armed Group ({country})"), country);
      if (e.actor2 == e.actor1) e.actor2.clear();
    }
    // "لقي 26 مدنيا مصرعهم في قصف جوي عنيف استهدف ريف درعا", "تواصل القصف الجوي على مناطق سيطرة فصائل
    // المعارضة": a rebel group or a militia (ACLED inter 2 or 3) strikes from the air only with drones; when
    // the sentence tells of none, the group named with the strike is what it struck (or held the area),
    // and the strike's author is unnamed (data/conventions.tsv may still say whose it is).
    // (Only a group not named before the act as its doer: "قصفت ميليشيات الحوثي ..." stays theirs.)
    // ("استهدفت ميليشيات الحوثي الأحياء السكنية في تعز", "استهداف ميليشيات الحوثي سيارة إسعاف": a group named
    // as the subject of a mere verb or noun of targeting did it, and, flying nothing, shelled.)
    if (e.sub_event_type == "Air/drone strike" && (Inter(c.actor1) == 2 || Inter(c.actor1) == 3) && c.trigger_mention &&
        (!c.actor1_mention || c.actor1_mention->tok_begin > c.trigger_mention->tok_begin) &&
        !DronesTold(unit_of_token_[c.trigger_mention->tok_begin])) {
      if (c.actor1_mention && TargetingWord(*c.trigger_mention) && SubjectOfTheAct(*c.trigger_mention, *c.actor1_mention)) {
        e.sub_event_type = "Shelling/artillery/missile attack";
      } else {
        if (e.actor2.empty()) e.actor2 = e.actor1;
        e.actor1.clear();
      }
    }
    // "انسحبت القوات الحكومية من مدينة جلال آباد وسيطرت عليها حركة طالبان دون قتال": ground passes to the
    // side that takes it (GUIDELINES' gold: "إخراج الإرهابيين من دوما" is the army's); the subject of the
    // verb of withdrawing is the side that gave it up.
    // (Only to an armed side: "وانسحبت قوات الاحتلال من المخيم بعد اعتقال شابين" gave nothing to the men.)
    if (e.sub_event_type == "Non-violent transfer of territory" && !e.actor2.empty() && Armed(Inter(c.actor2)) &&
        c.actor1_mention && c.actor1_mention->tok_begin > 0 && WithdrawalVerbBefore(*c.actor1_mention)) {
      std::swap(e.actor1, e.actor2);
    }
    // "إصابة إسرائيليين في إطلاق نار في القدس" in an article about the Israeli army: a foreign force taken as
    // the author only because the article is about it does not attack civilians of its own nation.
    if (!c.actor1_mention && Inter(c.actor1) == 8 && e.actor1.starts_with("Military Forces of ") &&
        e.actor2 == "Civilians (" + e.actor1.substr(std::string_view("Military Forces of ").size()) + ")") {
      e.actor1.clear();
    }
    // "اعتقال شخصين في باريس" in an article about Iran: the arrests a sentence tells without naming who made
    // them are the country's police's, not those of the foreign side the article names most.
    if (e.sub_event_type == "Arrests" && !c.actor1_mention && c.actor1 >= 0 && !lex_.actor(c.actor1).home.empty() &&
        !SameCode(Theatre(lex_.actor(c.actor1).home), Theatre(CountryCodeOf(c)))) {
      e.actor1.clear();
    }
    if (e.actor1.empty()) {
      // ACLED always has a first actor: unnamed attackers are an unidentified armed group, unnamed
      // demonstrators the protesters of the country.
      // (Nobody but the state arrests: "واعتُقل لاحقا" names no one, and the country's police did it, unless
      // data/conventions.tsv says whose raids they are where the event is.)
      // (Nor does anyone but the one side that flies there strike from the air over some places, unnamed:
      // "استهدفت غارات حربية بلدتي مروحين والخيام" in south Lebanon.)
      const bool arrests = e.sub_event_type == "Arrests";
      const int32_t by_convention =
          arrests ? lex_.Conventional(ConventionRule::kArrestBy, Theatre(CountryCodeOf(c)), "", -1)
          : e.sub_event_type == "Air/drone strike"
              ? lex_.Conventional(ConventionRule::kAirStrikeBy, Theatre(CountryCodeOf(c)), Admin1Of(c), -1)
              : -1;
      // (Ground the government regains without a side named is its army's: "أعلن العبادي تحرير الموصل من
      // قبضة داعش".)
      const bool regains = e.sub_event_type == "Government regains territory";
      const char* unnamed = e.event_type == "Protests"     ? "Protesters ({country})"
                            : e.event_type == "Riots"      ? "Rioters ({country})"
                            : arrests                      ? "Police Forces of {country}"
                            : regains                      ? "Military Forces of {country}"
                                                           : "Unidentified Armed Group ({country})";
      e.actor1 = ActorName(by_convention >= 0 ? by_convention : lex_.FindActor(unnamed), country);
      if (regains && e.actor1 == e.actor2) e.actor1 = ActorName(lex_.FindActor("Unidentified Armed Group ({country})"), country);
      // "أسفر الهجوم الإرهابي على مدينة بن قردان عن مقتل 36 إرهابيا واستشهاد 12 من الأمنيين": the unnamed
      // side is no unidentified group fighting another; the state forces the toll names fought it, else
      // the group stands alone.
      if (e.actor1 == e.actor2) {
        const auto state = std::find_if(c.casualties.begin(), c.casualties.end(),
                                        [&](const Casualty& k) { return k.side >= 0 && Inter(k.side) == 1; });
        if (state != c.casualties.end()) {
          e.actor1 = ActorName(state->side, country);
        } else {
          e.actor2.clear();
        }
      }
    }
    // Any clash has a second side (ACLED names two in every clash: all 268 of its 2020 MENA sample): the
    // armed side the article names most besides the first ("الحوثيون" fighting "القوات الحكومية" named in
    // another paragraph); else the country's army when the attack was on a military site ("هاجمت مجموعة
    // إرهابية ثكنة عسكرية"); else an unidentified group, unidentified groups fighting each other included.
    if (e.event_type == "Battles" && e.sub_event_type == "Armed clash" && e.actor2.empty()) {
      const int32_t other = DominantArmedActor(/*besides=*/c.actor1);
      std::string second;
      if (other >= 0 && !OnlyTells(other)) second = ActorName(other, country);
      if ((second.empty() || second == e.actor1) && c.trigger_mention && MilitarySiteAttacked(*c.trigger_mention)) {
        second = ActorName(lex_.FindActor("Military Forces of {country}"), country);
      }
      if (second.empty() || second == e.actor1) {
        second = ActorName(lex_.FindActor("Unidentified Armed Group ({country})"), country);
      }
      e.actor2 = second;
    }
    // "قتل 40 متظاهرا في احتجاجات عمت بغداد": force against a protest that names nobody for it was the
    // state's (ACLED): the country's police, unless data/conventions.tsv says whose it is there.
    if ((e.sub_event_type == "Excessive force against protesters" || e.sub_event_type == "Protest with intervention") &&
        e.actor2.empty()) {
      const std::string_view admin1 = Admin1Of(c);
      const int32_t by = lex_.Conventional(ConventionRule::kInterventionBy, Theatre(CountryCodeOf(c)), admin1, -1);
      e.actor2 = ActorName(by >= 0 ? by : lex_.FindActor("Police Forces of {country}"), country);
      if (e.actor2 == e.actor1) e.actor2.clear();
    }
    if (c.place) {
      const Mention* pm = c.place->mention;
      e.spans.location = Orig(WithArticle(pm->begin), pm->end);
      e.location = doc_.text.substr(e.spans.location.begin, e.spans.location.end - e.spans.location.begin);
      if (gaz_ && c.place->place != kNone) {
        geo::Place p = gaz_->Get(c.place->place);
        e.admin1 = std::string(p.admin1);
        e.lat = p.lat;
        e.lon = p.lon;
      }
    }
    e.geo_precision = c.geo_precision;
    const bool named_only = c.place && c.place->named_only;  // its name, and no coordinates at all
    if (const uint32_t unit = ContainerOfNamed(c); unit != kNone) e.admin1 = std::string(gaz_->Get(unit).admin1);
    if (!e.lat && gaz_ && !hints_.empty() && !named_only) {
      // No findable town: the country's centre, flagged as the coarsest precision.
      uint32_t id = gaz_->CountryPlace(hints_.front());
      if (id != kNone) {
        geo::Place p = gaz_->Get(id);
        e.lat = p.lat, e.lon = p.lon, e.geo_precision = 3;
        if (e.country.empty()) e.country = std::string(p.country);
      }
    }
    auto [dead, dead_evidence, dead_vague] = Total(c, true);
    auto [hurt, hurt_evidence, hurt_vague] = Total(c, false);
    e.fatalities = dead;
    e.fatalities_vague = dead_vague;
    if (hurt_evidence) e.injured = hurt;
    if (dead_evidence) e.spans.fatalities = Orig(dead_evidence->span.begin, dead_evidence->span.end);
    if (hurt_evidence) e.spans.injured = Orig(hurt_evidence->span.begin, hurt_evidence->span.end);
    e.spans.actor1 = Orig(c.actor1_mention);
    e.spans.actor2 = Orig(c.actor2_mention);
    e.spans.trigger = Orig(c.trigger_mention);
    e.spans.date = Orig(c.time_mention);
    const Unit& unit = units_[EvidenceUnit(c)];
    e.spans.evidence = Orig(doc_.tokens[unit.first_token].begin, doc_.tokens[unit.end_token - 1].end);
    e.evidence = doc_.text.substr(e.spans.evidence.begin, e.spans.evidence.end - e.spans.evidence.begin);
    e.confidence = c.confidence;
    doc_.events.push_back(std::move(e));
  }

  const EventLexicons& lex_;
  const geo::Gazetteer* gaz_;
  Document& doc_;
  // The document's containers, lent by the thread's AssemblerScratch.
  AssemblerScratch& scratch_;
  std::vector<Unit>& units_;
  std::vector<uint32_t>& unit_of_token_;
  std::vector<SentenceIndex>& sentences_;
  ActorCounts& actor_count_;
  std::vector<std::string>& hints_;
  std::vector<std::string_view>& hint_views_;
  std::vector<double>& hint_scores_;  // parallel to hints_
  std::vector<PlaceRef>& places_;
  std::deque<PlaceRef>& unlocated_;  // places named but not locatable (SentenceIndex::unlocated points here)
  std::deque<Mention>& named_places_;  // names of places the gazetteer lacks (NamedUnknownPlaces)
  std::vector<Mention>& resolved_actors_;  // actor mentions with ambiguous aliases decided
  std::vector<const Mention*>& target_adjectives_;  // nationality adjectives of what was hit
  std::vector<uint32_t>& place_of_;  // by MentionIndex: the index in places_, kNone for none (ResolvePlaces)
  geo::PlaceTrace* trace_ = nullptr;  // set by `rasd geocode` (geo/place_trace.h), else null
  mutable bool headline_list_ = false, headline_list_cached_ = false;  // HeadlineList, found on first use
  mutable const Mention* most_named_ = nullptr;
  mutable bool most_named_cached_ = false;
  mutable bool none_claimed_found_ = false;      // NoneClaimed's sentences listed (on first use)
  mutable std::vector<uint32_t> none_claimed_;  // the sentences that say nobody claimed an act
  mutable int32_t israel_forces_ = -1;         // "Military Forces of Israel", found on first use (IsraeliPostHit)
};

}  // namespace

void EventAssembler::Annotate(Document& doc) const {
  // Per thread: the pipeline's workers each assemble one document at a time.
  thread_local AssemblerScratch scratch;
  DocumentAssembler(lex_, gaz_, doc, scratch).Run();
}

}  // namespace rasd::events

