// `rasd eval`: scores events against a gold file with the rules of score.py (src/eval/scorer.h):
// the events `rasd extract` finds in the gold articles, or those of a prediction file (--pred).
#include <iostream>

#include "command.h"
#include "eval/loader.h"
#include "eval/scorer.h"
#include "export/json_writer.h"

namespace rasd::cli {
namespace {

struct EvalOptions {
  CommonOptions common;
  std::string gold, pred;
  bool errors = false, json = false;
};

int RunEval(const EvalOptions& o) {
  Result<eval::EventSets> gold = eval::LoadEventSets(o.gold);
  if (!gold.ok()) {
    std::cerr << "rasd eval: " << gold.status().message() << "\n";
    return kExitInputErrors;
  }
  Result<eval::EventSets> pred = eval::EventSets{};
  if (!o.pred.empty()) {
    pred = eval::LoadEventSets(o.pred);
  } else {
    // Exactly what `rasd extract GOLD` writes, read back by the same reader as a prediction file.
    std::string lines;
    const int code = ProcessAll("eval", o.common, "", {o.gold}, [&](const Document& doc) {
      exporter::AppendArticleJson(doc, /*pretty=*/false, lines);
    });
    if (code != 0) return code;
    pred = eval::ParseEventSets(lines, "rasd extract " + o.gold);
  }
  if (!pred.ok()) {
    std::cerr << "rasd eval: " << pred.status().message() << "\n";
    return kExitInputErrors;
  }
  std::vector<std::string> errors;
  const eval::Report report = eval::Score(*gold, *pred, o.errors ? &errors : nullptr);
  std::cout << eval::FormatErrors(errors) << (o.json ? eval::FormatJson(report) : eval::FormatSummary(report));
  std::cout.flush();
  return 0;
}

}  // namespace

void RegisterEvalCommand(CLI::App& app, int* exit_code) {
  auto o = std::make_shared<EvalOptions>();
  CLI::App* cmd = app.add_subcommand(
      "eval", "score extracted events against gold events (precision, recall, F1, field accuracy), as score.py");
  AddCommon(cmd, o->common);
  AddReaderLimits(cmd, o->common);
  cmd->add_option("gold", o->gold, "gold articles with their events, JSON lines (GUIDELINES.md)")->required();
  cmd->add_option("--pred", o->pred, "score this prediction file (`rasd extract` output) instead of extracting");
  cmd->add_flag("--errors", o->errors, "list missed (FN), spurious (FP) and mismatched (~~) events article by article");
  cmd->add_flag("--json", o->json, "print the report as one JSON object");
  cmd->callback([o, exit_code] { *exit_code = RunEval(*o); });
}

}  // namespace rasd::cli
