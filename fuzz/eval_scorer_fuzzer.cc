// Target eval_scorer: eval::ParseEventSets on a gold part and a prediction part (the input split at its
// first NUL byte; without one, the same bytes are both), then Score with the error listing and the two
// report formats. Bad lines must come back as errors; the counts must add up.
#include <algorithm>
#include <string_view>

#include "eval/loader.h"
#include "eval/scorer.h"
#include "fuzz_target.h"

RASD_FUZZ_TARGET(eval_scorer) {
  using namespace rasd::eval;
  std::string_view bytes(reinterpret_cast<const char*>(data), size);
  const size_t nul = bytes.find('\0');
  std::string_view gold_text = bytes.substr(0, nul);
  std::string_view pred_text = nul == std::string_view::npos ? bytes : bytes.substr(nul + 1);
  rasd::Result<EventSets> gold = ParseEventSets(gold_text, "gold");
  rasd::Result<EventSets> pred = ParseEventSets(pred_text, "pred");
  if (!gold.ok()) RASD_FUZZ_CHECK(gold.status().message().rfind("gold:", 0) == 0);
  if (!pred.ok()) RASD_FUZZ_CHECK(pred.status().message().rfind("pred:", 0) == 0);
  if (!gold.ok() || !pred.ok()) return 0;

  size_t gold_events = 0, pred_events = 0;
  for (const auto& events : gold->events) gold_events += events.size();
  for (const std::string& id : gold->ids) pred_events += pred->Find(id).size();
  std::vector<std::string> errors;
  const Report r = Score(*gold, *pred, &errors);
  RASD_FUZZ_CHECK(r.articles == gold->ids.size());
  RASD_FUZZ_CHECK(r.tp + r.fn <= gold_events);  // optional gold events count in neither
  RASD_FUZZ_CHECK(r.tp + r.fp <= pred_events);  // predictions matched to optional ones neither
  RASD_FUZZ_CHECK(errors.size() <= r.articles);
  for (double v : {r.precision, r.recall, r.f1}) RASD_FUZZ_CHECK(v >= 0 && v <= 1);
  for (double v : r.field_accuracy) RASD_FUZZ_CHECK(v >= 0 && v <= 1);
  RASD_FUZZ_CHECK(!FormatSummary(r).empty() && !FormatJson(r).empty());
  RASD_FUZZ_CHECK(FormatErrors(errors).size() >= errors.size());
  return 0;
}
