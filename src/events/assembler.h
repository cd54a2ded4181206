// Stage `events` (assemble part): mentions turned into ACLED-style events.
//
//   EventAssembler assembler(lexicons, gazetteer_or_null);
//   assembler.Annotate(doc);   // reads doc.mentions (all kinds), writes doc.events
//
// One trigger (or several of the same type in one sentence) makes a candidate event; its actors come
// from the same sentence by role (agent, target, victim side, "بين X و Y", adjectives after the
// trigger), its place and day from the sentence or, failing that, the nearest earlier ones in the
// paragraph and then the article; casualty counts near killed/injured cues are summed over the sides.
// Candidates reported more than once (headline, lead, body) are merged per GUIDELINES.md.
#pragma once

#include "events/lexicons.h"
#include "geo/gazetteer.h"
#include "rasd/document.h"

namespace rasd::events {

class EventAssembler {
 public:
  // `gazetteer` may be null: places then keep their text but get no coordinates.
  EventAssembler(const EventLexicons& lexicons, const geo::Gazetteer* gazetteer)
      : lex_(lexicons), gaz_(gazetteer) {}

  void Annotate(Document& doc) const;

 private:
  const EventLexicons& lex_;
  const geo::Gazetteer* gaz_;
};

}  // namespace rasd::events
