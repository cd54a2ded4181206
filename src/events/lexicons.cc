#include "events/lexicons.h"

#include <algorithm>
#include <cstdlib>
#include <fstream>
#include <functional>
#include <initializer_list>
#include <map>
#include <optional>

namespace rasd::events {

// The weight of the firing phrase read with its subject between its words (SplitFiring): above the
// contiguous "أطلقت النار على" (0.5, which may be the passive), below the unknown gunmen's "أطلق مسلحون
// النار" (0.8), and below "قصف" (0.7), so that a sentence's strike with its toll stays its event when it
// also tells of shooting.
constexpr double kNamedFiringWeight = 0.65;

namespace {

std::vector<std::string_view> Split(std::string_view s, char sep) {
  std::vector<std::string_view> out;
  size_t pos = 0;
  while (true) {
    size_t next = s.find(sep, pos);
    out.push_back(s.substr(pos, next == std::string_view::npos ? std::string_view::npos : next - pos));
    if (next == std::string_view::npos) break;
    pos = next + 1;
  }
  return out;
}

std::string_view Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\r')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

// Calls row(fields, line_no) for each non-comment, non-blank line of a TSV dictionary.
Status ForEachRow(const std::string& path, size_t min_fields,
                  const std::function<Status(const std::vector<std::string_view>&, size_t)>& row) {
  std::ifstream in(path);
  if (!in) return Status::NotFound(path + ": dictionary not found (set --dict or RASD_DICT)");
  std::string line;
  size_t line_no = 0;
  while (std::getline(in, line)) {
    ++line_no;
    std::string_view v = Trim(line);
    if (v.empty() || v.front() == '#') continue;
    std::vector<std::string_view> fields = Split(v, '\t');
    if (fields.size() < min_fields) {
      return Status::Corruption(path + ":" + std::to_string(line_no) + ": expected " + std::to_string(min_fields) +
                                " tab-separated columns, found " + std::to_string(fields.size()));
    }
    for (auto& f : fields) f = Trim(f);
    if (Status s = row(fields, line_no); !s.ok()) return s;
  }
  return Status::OK();
}

void AddAll(lexicon::PhraseMatcher& m, std::string_view list, int32_t value, int channel) {
  if (list.empty() || list == "-") return;
  for (std::string_view alias : Split(list, '|')) {
    alias = Trim(alias);
    if (!alias.empty()) m.Add(alias, value, channel);
  }
}

std::optional<TriggerForm> FormFromName(std::string_view s) {
  if (s == "verb_active") return TriggerForm::kVerbActive;
  if (s == "verb_passive") return TriggerForm::kVerbPassive;
  if (s == "noun") return TriggerForm::kNoun;
  if (s == "phrase") return TriggerForm::kPhrase;
  if (s == "weapon") return TriggerForm::kWeapon;
  return std::nullopt;
}


}  // namespace

std::optional<Cue> CueFromName(std::string_view name) {
  static constexpr std::pair<std::string_view, Cue> kNames[] = {
      {"killed", Cue::kKilled},           {"injured", Cue::kInjured},       {"combatant", Cue::kCombatant},
      {"civilian_noun", Cue::kCivilianNoun}, {"place_type", Cue::kPlaceType}, {"place_near", Cue::kPlaceNear},
      {"non_event", Cue::kNonEvent},      {"report", Cue::kReport},         {"against", Cue::kAgainst},
      {"between", Cue::kBetween},         {"by_agent", Cue::kByAgent},      {"self_side", Cue::kSelfSide},
      {"irrealis", Cue::kIrrealis},     {"future", Cue::kFuture},         {"habitual", Cue::kHabitual},
  };
  for (const auto& [n, c] : kNames) {
    if (n == name) return c;
  }
  return std::nullopt;
}

Result<EventLexicons> EventLexicons::Load(const std::string& dict_dir) {
  EventLexicons lex;
  Status s = ForEachRow(dict_dir + "/actors.tsv", 5, [&](const std::vector<std::string_view>& f, size_t) {
    Actor a;
    a.canonical.assign(f[0]);
    a.inter = std::atoi(std::string(f[1]).c_str());
    if (f[2] != "-") a.home.assign(f[2]);
    if (f[3] != "*" && f[3] != "-") {
      for (std::string_view c : Split(f[3], ',')) a.scope.emplace_back(Trim(c));
    }
    auto id = static_cast<int32_t>(lex.actors_.size());
    lex.actors_.push_back(std::move(a));
    AddAll(lex.matcher_, f[4], id << 2 | static_cast<int32_t>(ActorForm::kAlias), kActorChannel);
    if (f.size() > 5) AddAll(lex.matcher_, f[5], id << 2 | static_cast<int32_t>(ActorForm::kAnaphor), kActorChannel);
    if (f.size() > 6) {
      AddAll(lex.matcher_, f[6], id << 2 | static_cast<int32_t>(ActorForm::kAdjective), kActorChannel);
    }
    return Status::OK();
  });
  if (!s.ok()) return s;
  s = ForEachRow(dict_dir + "/triggers.tsv", 5, [&](const std::vector<std::string_view>& f, size_t line) {
    Trigger t;
    t.event_type.assign(f[1]);
    t.sub_event_type.assign(f[2]);
    t.weight = std::atof(std::string(f[3]).c_str());
    std::optional<TriggerForm> form = FormFromName(f[4]);
    if (!form) {
      return Status::Corruption(dict_dir + "/triggers.tsv:" + std::to_string(line) + ": unknown form \"" +
                                std::string(f[4]) + "\"");
    }
    t.form = *form;
    auto id = static_cast<int32_t>(lex.triggers_.size());
    lex.triggers_.push_back(std::move(t));
    lex.matcher_.Add(f[0], id, kTriggerChannel);
    return Status::OK();
  });
  if (!s.ok()) return s;
  // The firing phrase split by its subject (SplitFiring) is the active voice with its side named, a
  // trigger of its own (kNamedFiringWeight); "أطلقت النار على" alone, in triggers.tsv, may be the passive.
  if (!lex.triggers_.empty()) {
    lex.fire_at_ = static_cast<int32_t>(lex.triggers_.size());
    lex.triggers_.push_back(Trigger{"Battles", "Armed clash", kNamedFiringWeight, TriggerForm::kVerbActive});
    // ("قضت وحدات الجيش على ثلاثة إرهابيين": an armed side eliminating people it counts is as concrete.)
    lex.eliminated_ = static_cast<int32_t>(lex.triggers_.size());
    lex.triggers_.push_back(Trigger{"Battles", "Armed clash", kNamedFiringWeight, TriggerForm::kVerbActive});
    // ("دخلت فصائل المعارضة العاصمة دمشق": a side entering a town took it; the assembler asks for both.)
    lex.entered_ = static_cast<int32_t>(lex.triggers_.size());
    lex.triggers_.push_back(
        Trigger{"Battles", "Non-state actor overtakes territory", kNamedFiringWeight, TriggerForm::kVerbActive});
    // ("أحكم تنظيم الدولة سيطرته على مدينة الرمادي": the contiguous "أحكم سيطرته" of triggers.tsv, its side
    // between.)
    lex.controlled_ = static_cast<int32_t>(lex.triggers_.size());
    lex.triggers_.push_back(
        Trigger{"Battles", "Non-state actor overtakes territory", kNamedFiringWeight, TriggerForm::kVerbActive});
  }
  s = ForEachRow(dict_dir + "/cues.tsv", 2, [&](const std::vector<std::string_view>& f, size_t line) {
    std::optional<Cue> cue = CueFromName(f[1]);
    if (!cue) {
      return Status::Corruption(dict_dir + "/cues.tsv:" + std::to_string(line) + ": unknown cue \"" +
                                std::string(f[1]) + "\"");
    }
    lex.matcher_.Add(f[0], static_cast<int32_t>(*cue), kCueChannel);
    return Status::OK();
  });
  if (!s.ok()) return s;
  // (Read after the actors, whose names its rows refer to.)
  s = ForEachRow(dict_dir + "/conventions.tsv", 5, [&](const std::vector<std::string_view>& f, size_t line) {
    const std::string where = dict_dir + "/conventions.tsv:" + std::to_string(line);
    Convention c;
    if (f[0] == "position_held_by") {
      c.rule = ConventionRule::kPositionHeldBy;
    } else if (f[0] == "arrest_by") {
      c.rule = ConventionRule::kArrestBy;
    } else if (f[0] == "hit_as") {
      c.rule = ConventionRule::kHitAs;
    } else if (f[0] == "intervention_by") {
      c.rule = ConventionRule::kInterventionBy;
    } else if (f[0] == "air_strike_by") {
      c.rule = ConventionRule::kAirStrikeBy;
    } else {
      return Status::Corruption(where + ": unknown rule \"" + std::string(f[0]) + "\"");
    }
    auto any = [](std::string_view v) { return v == "*" ? std::string() : std::string(v); };
    c.country = any(f[1]), c.admin1 = any(f[2]), c.actor = any(f[3]);
    c.coded = lex.FindActor(f[4]);
    if (c.coded < 0 || (!c.actor.empty() && lex.FindActor(c.actor) < 0)) {
      return Status::Corruption(where + ": an actor that actors.tsv does not name");
    }
    lex.conventions_.push_back(std::move(c));
    return Status::OK();
  });
  if (!s.ok()) return s;
  lex.matcher_.Build();
  lex.civilians_ = lex.FindActor("Civilians ({country})");
  lex.first_row_.resize(lex.actors_.size());
  std::map<std::string_view, int32_t> first;
  for (size_t i = 0; i < lex.actors_.size(); ++i) {
    lex.first_row_[i] = first.emplace(lex.actors_[i].canonical, static_cast<int32_t>(i)).first->second;
  }
  return lex;
}

int32_t EventLexicons::Conventional(ConventionRule rule, std::string_view country, std::string_view admin1,
                                   int32_t actor) const {
  for (const Convention& c : conventions_) {
    if (c.rule != rule || (!c.country.empty() && c.country != country) || (!c.admin1.empty() && c.admin1 != admin1)) {
      continue;
    }
    if (!c.actor.empty() && (actor < 0 || actors_[static_cast<size_t>(actor)].canonical != c.actor)) continue;
    return c.coded;
  }
  return -1;
}

int32_t EventLexicons::FindActor(std::string_view canonical) const {
  for (size_t i = 0; i < actors_.size(); ++i) {
    if (actors_[i].canonical == canonical) return static_cast<int32_t>(i);
  }
  return -1;
}

namespace {

// A word without the conjunction written on it: "وأطلقت" -> "أطلقت" (normalized: "اطلقت").
std::string_view WithoutConjunction(std::string_view w) {
  return w.size() > 2 && (w.starts_with("\xD9\x88") || w.starts_with("\xD9\x81")) ? w.substr(2) : w;  // و ف
}

// The verb right before side `subject` when it is one of `verbs` (normalized, without its conjunction), and
// the end of the side's name (with the words of its name that follow: "قوات" + "الدعم السريع"), as
// [verb, end) tokens, or {0, 0}.
std::pair<uint32_t, uint32_t> VerbAndSide(const Document& doc, const std::vector<lexicon::PhraseMatcher::Match>& hits,
                                          const lexicon::PhraseMatcher::Match& subject, int actor_channel,
                                          std::initializer_list<std::string_view> verbs) {
  const uint32_t verb = subject.tok_begin;
  if (verb == 0) return {0, 0};
  const std::string_view v = WithoutConjunction(doc.NormView(doc.tokens[verb - 1]));
  if (std::find(verbs.begin(), verbs.end(), v) == verbs.end()) return {0, 0};
  uint32_t end = subject.tok_end;
  for (const lexicon::PhraseMatcher::Match& h : hits) {
    if (h.channel == actor_channel && h.tok_begin == end) end = h.tok_end;
  }
  return {verb - 1, end};
}

// "أطلقت قوات الاحتلال النار على شاب", "فتح عناصر الأمن النار باتجاه المحتجين": the phrase of firing at,
// its subject between the verb and "النار" (one side's name, maybe with its nationality), as [begin, end)
// tokens of the whole, or {0, 0}. `hits` are the matcher's, in text order within each channel.
std::pair<uint32_t, uint32_t> SplitFiring(const Document& doc, const std::vector<lexicon::PhraseMatcher::Match>& hits,
                                          const lexicon::PhraseMatcher::Match& subject, int actor_channel) {
  auto [verb, end] = VerbAndSide(doc, hits, subject, actor_channel, {"اطلق", "اطلقت", "اطلقوا", "فتح", "فتحت", "فتحوا"});
  if (end == 0) return {0, 0};
  // (Not when a phrase of the dictionary starts at the verb already: "أطلق مسلحون النار" is an attack.)
  for (const lexicon::PhraseMatcher::Match& h : hits) {
    if (h.channel != actor_channel && h.tok_begin == verb && h.tok_end > verb + 1) return {0, 0};
  }
  // ("أطلق مسلح حوثي، اليوم الأحد، النار على طفلين": a day between commas may stand before "النار".)
  if (end < doc.tokens.size() && doc.tokens[end].kind == TokenKind::kPunct) {
    constexpr uint32_t kAsideReach = 5;
    for (uint32_t t = end + 1; t < doc.tokens.size() && t <= end + kAsideReach; ++t) {
      if (doc.tokens[t].kind != TokenKind::kPunct) continue;
      if (t + 1 < doc.tokens.size() && doc.NormView(doc.tokens[t + 1]) == "النار") end = t + 1;
      break;
    }
  }
  if (end + 1 >= doc.tokens.size() || doc.NormView(doc.tokens[end]) != "النار") return {0, 0};
  const std::string_view at = doc.NormView(doc.tokens[end + 1]);
  if (at != "علي" && at != "باتجاه" && at != "صوب" && at != "تجاه" && at != "نحو") return {0, 0};
  // "أطلق شخص النار على نفسه": no act against anyone.
  if (end + 2 < doc.tokens.size()) {
    const std::string_view whom = doc.NormView(doc.tokens[end + 2]);
    if (whom == "نفسه" || whom == "نفسها" || whom == "انفسهم") return {0, 0};
  }
  return {verb, end + 2};
}

// "قضت مفرزة للجيش الوطني الشعبي، يوم 4 مارس، على إرهابيين": the verb of eliminating, its subject (one
// side's name, maybe a day set off by commas after it) and "على", as [begin, end) tokens of the whole, or
// {0, 0}. (Side by side, "قضت على" is a cue of the dead in cues.tsv; whether people are eliminated is the
// assembler's question.)
std::pair<uint32_t, uint32_t> SplitElimination(const Document& doc, const std::vector<lexicon::PhraseMatcher::Match>& hits,
                                               const lexicon::PhraseMatcher::Match& subject, int actor_channel) {
  auto [verb, end] = VerbAndSide(doc, hits, subject, actor_channel, {"قضت", "قضي"});
  if (end == 0) return {0, 0};
  // (A day between commas, or right after the side: "، أمس،", "يوم 4 مارس".)
  constexpr uint32_t kAsideReach = 6;
  const uint32_t aside_end = std::min<uint32_t>(static_cast<uint32_t>(doc.tokens.size()), end + kAsideReach);
  auto in_time = [&](uint32_t t) {
    return std::any_of(doc.mentions.begin(), doc.mentions.end(), [&](const Mention& m) {
      return m.kind == MentionKind::kTime && m.tok_begin <= t && t < m.tok_end;
    });
  };
  while (end < aside_end && doc.NormView(doc.tokens[end]) != "علي" &&
         (doc.tokens[end].kind == TokenKind::kPunct || in_time(end))) {
    ++end;
  }
  if (end >= doc.tokens.size() || doc.NormView(doc.tokens[end]) != "علي") return {0, 0};
  return {verb, end + 1};
}

// "دخلت قوات الدعم السريع مدينة ود مدني": the verb of entering and the side right after it (its name and
// the words of its name that follow), as [begin, end) tokens, or {0, 0}.
std::pair<uint32_t, uint32_t> SplitEntry(const Document& doc, const std::vector<lexicon::PhraseMatcher::Match>& hits,
                                         const lexicon::PhraseMatcher::Match& subject, int actor_channel) {
  return VerbAndSide(doc, hits, subject, actor_channel, {"دخلت", "دخل", "دخلوا"});
}

// "أحكم تنظيم الدولة سيطرته على مدينة الرمادي", "بسطت قوات الدعم السريع سيطرتها على": the verb of taking
// control, its side, the control word with its pronoun and "على", as [begin, end) tokens, or {0, 0}.
std::pair<uint32_t, uint32_t> SplitControl(const Document& doc, const std::vector<lexicon::PhraseMatcher::Match>& hits,
                                           const lexicon::PhraseMatcher::Match& subject, int actor_channel) {
  auto [verb, end] = VerbAndSide(doc, hits, subject, actor_channel, {"احكم", "احكمت", "احكموا", "بسط", "بسطت", "بسطوا"});
  if (end == 0 || end + 1 >= doc.tokens.size()) return {0, 0};
  const std::string_view control = doc.NormView(doc.tokens[end]);
  if (control != "سيطرته" && control != "سيطرتها" && control != "سيطرتهم") return {0, 0};
  if (doc.NormView(doc.tokens[end + 1]) != "علي") return {0, 0};
  return {verb, end + 2};
}

}  // namespace

void EventLexicons::Annotate(Document& doc) const {
  const std::vector<lexicon::PhraseMatcher::Match> hits = matcher_.FindAll(doc);
  // The firing, eliminating, entering and controlling phrases split by their subject, in text order.
  struct Split {
    uint32_t first, second;  // tokens [first, second)
    int32_t trigger;
  };
  std::vector<Split> fired;
  if (fire_at_ >= 0) {
    for (const lexicon::PhraseMatcher::Match& hit : hits) {
      if (hit.channel != kActorChannel) continue;
      if (const auto span = SplitFiring(doc, hits, hit, kActorChannel); span.second > span.first) {
        fired.push_back({span.first, span.second, fire_at_});
      } else if (const auto eliminated = SplitElimination(doc, hits, hit, kActorChannel);
                 eliminated_ >= 0 && eliminated.second > eliminated.first) {
        fired.push_back({eliminated.first, eliminated.second, eliminated_});
      } else if (const auto entry = SplitEntry(doc, hits, hit, kActorChannel);
                 entered_ >= 0 && entry.second > entry.first) {
        fired.push_back({entry.first, entry.second, entered_});
      } else if (const auto control = SplitControl(doc, hits, hit, kActorChannel);
                 controlled_ >= 0 && control.second > control.first) {
        fired.push_back({control.first, control.second, controlled_});
      }
    }
  }
  doc.mentions.reserve(doc.mentions.size() + hits.size() + fired.size());
  // Actors, then triggers, then cues, each in text order: the order of three separate matchers.
  static constexpr MentionKind kKinds[] = {MentionKind::kActor, MentionKind::kTrigger, MentionKind::kCue};
  for (int channel : {kActorChannel, kTriggerChannel, kCueChannel}) {
    size_t next_fired = 0;
    auto add_fired_before = [&](uint32_t tok) {
      for (; channel == kTriggerChannel && next_fired < fired.size() && fired[next_fired].first <= tok; ++next_fired) {
        Mention fire;
        fire.kind = MentionKind::kTrigger;
        fire.tok_begin = fired[next_fired].first;
        fire.tok_end = fired[next_fired].second;
        fire.begin = doc.tokens[fire.tok_begin].begin;
        fire.end = doc.tokens[fire.tok_end - 1].end;
        fire.ref = fired[next_fired].trigger;
        doc.mentions.push_back(fire);
      }
    };
    for (const lexicon::PhraseMatcher::Match& hit : hits) {
      if (hit.channel != channel) continue;
      add_fired_before(hit.tok_begin);
      Mention mention;
      mention.kind = kKinds[channel];
      mention.tok_begin = hit.tok_begin;
      mention.tok_end = hit.tok_end;
      mention.begin = hit.begin;
      mention.end = hit.end;
      if (channel == kActorChannel) {
        mention.ref = hit.value >> 2;
        mention.aux = hit.value & 3;
      } else {
        mention.ref = hit.value;
      }
      doc.mentions.push_back(mention);
    }
    add_fired_before(UINT32_MAX);
  }
}

}  // namespace rasd::events
