// Stage `events` (annotate part): actors, event triggers and cue words from the project's dictionaries.
//
//   EventLexicons lex = *EventLexicons::Load(dict_dir);   // data/actors.tsv, triggers.tsv, cues.tsv
//   lex.Annotate(doc);   // appends kActor, kTrigger and kCue mentions
//
// Mention encoding: kActor ref = actor id, aux = ActorForm; kTrigger ref = trigger id;
// kCue ref = Cue value. The formats of the files are documented in data/README.md.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "lexicon/phrase_matcher.h"
#include "rasd/document.h"
#include "rasd/status.h"

namespace rasd::events {

// How an actor was named; decides when the mention counts.
enum class ActorForm : int32_t {
  kAlias = 0,      // a name of the actor: always counts
  kAnaphor = 1,    // "التنظيم": counts only after the actor was named earlier in the article
  kAdjective = 2,  // "إسرائيلية": counts only right after an attack noun ("غارة إسرائيلية")
};

struct Actor {
  std::string canonical;  // may contain "{country}" (generic actors: civilians, protesters, ...)
  int inter = 0;          // ACLED inter code 1..8
  std::string home;       // ISO alpha-2 the actor implies, or empty
  std::vector<std::string> scope;  // ISO alpha-2 codes where this reading applies; empty = anywhere
  bool generic() const { return canonical.find("{country}") != std::string::npos; }
};

// Trigger forms decide how actors are attached (subject of a verb, agent of a passive, ...).
// kWeapon: a weapon named without an act ("عبوة ناسفة", "صواريخ"); it refines the type of an event the
// sentence reports otherwise, but alone it is not a report of one.
enum class TriggerForm : uint8_t { kVerbActive, kVerbPassive, kNoun, kPhrase, kWeapon };

struct Trigger {
  std::string event_type;
  std::string sub_event_type;
  double weight = 0.5;
  TriggerForm form = TriggerForm::kNoun;
};

enum class Cue : int32_t {
  kKilled, kInjured, kCombatant, kCivilianNoun, kPlaceType, kPlaceNear, kNonEvent, kReport, kAgainst,
  kBetween, kByAgent, kSelfSide, kIrrealis, kFuture, kHabitual, kCount_
};
// The cue kind named in cues.tsv ("killed", "place_near", ...), or nullopt.
std::optional<Cue> CueFromName(std::string_view name);

// A coding convention of one theatre (data/conventions.tsv).
enum class ConventionRule : uint8_t { kPositionHeldBy, kArrestBy, kHitAs, kInterventionBy, kAirStrikeBy };
struct Convention {
  ConventionRule rule = ConventionRule::kPositionHeldBy;
  std::string country;  // ISO alpha-2 of the event's place (its theatre), empty = any
  std::string admin1;   // English first-level unit, empty = any
  std::string actor;    // canonical name of the acting (kHitAs: the hit) side, empty = any
  int32_t coded = -1;   // the actor the convention codes
};

class EventLexicons {
 public:
  static Result<EventLexicons> Load(const std::string& dict_dir);

  void Annotate(Document& doc) const;

  const Actor& actor(int32_t id) const { return actors_[static_cast<size_t>(id)]; }
  const Trigger& trigger(int32_t id) const { return triggers_[static_cast<size_t>(id)]; }
  size_t actor_count() const { return actors_.size(); }
  size_t trigger_count() const { return triggers_.size(); }
  // The actor id of an exact canonical name (with "{country}" placeholders as written), or -1.
  int32_t FindActor(std::string_view canonical) const;
  // The actor a convention of `rule` codes for an event in `country` / `admin1` whose side is `actor` (-1:
  // none named), or -1 when no convention applies. `country` is compared as given (the caller folds
  // Israel into Palestine, one theatre).
  int32_t Conventional(ConventionRule rule, std::string_view country, std::string_view admin1, int32_t actor) const;
  // The trigger of a verb of eliminating with its subject between the verb and "على" ("قضت مفرزة للجيش
  // على إرهابيين"), whose object the assembler checks is people, or -1.
  int32_t eliminated_trigger() const { return eliminated_; }
  // The trigger of a verb of entering with its side right after it ("دخلت قوات الدعم السريع مدينة ود
  // مدني"), which the assembler keeps only when the side is armed and a place follows it, or -1.
  int32_t entered_trigger() const { return entered_; }
  // The generic "Civilians ({country})" actor, or -1: found once at load, used for every event.
  int32_t civilians() const { return civilians_; }
  // One id per canonical name: the first row of an actor listed on several rows (one per reading), so
  // that "التحالف" and "التحالف العربي" are the same side once their readings are chosen. No actor (-1)
  // stays -1, unequal to every actor.
  int32_t SameActor(int32_t id) const { return id < 0 ? id : first_row_[static_cast<size_t>(id)]; }

 private:
  std::vector<Actor> actors_;
  std::vector<Trigger> triggers_;
  int32_t civilians_ = -1;
  // The trigger of "أطلقت النار على", also read with its subject between the verb and "النار".
  int32_t fire_at_ = -1;
  int32_t eliminated_ = -1;
  int32_t entered_ = -1;
  // The trigger of a verb of taking control with its side between the verb and "سيطرته على" ("أحكم تنظيم
  // الدولة سيطرته على مدينة الرمادي"); the assembler codes it by the side (a state regains, others overtake).
  int32_t controlled_ = -1;
  std::vector<int32_t> first_row_;  // per actor row: the first row with its canonical name
  std::vector<Convention> conventions_;
  // One matcher, one scan over the tokens, a channel per dictionary (leftmost-longest within each).
  enum Channel : int { kActorChannel = 0, kTriggerChannel = 1, kCueChannel = 2 };
  lexicon::PhraseMatcher matcher_;  // actors: id << 2 | ActorForm; triggers: trigger id; cues: Cue
};

}  // namespace rasd::events
