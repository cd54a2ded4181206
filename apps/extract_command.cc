// `rasd extract` (one JSON line of events per article) and `rasd annotate` (the mentions each stage
// found, sentence by sentence, for dictionary authors and bug reports).
#include <cstdio>
#include <iostream>
#include <memory>

#include "command.h"
#include "export/json_writer.h"

namespace rasd::cli {
namespace {

struct ExtractOptions {
  CommonOptions common;
  std::string published;
  bool pretty = false;
  std::vector<std::string> inputs;
};

int RunExtract(const ExtractOptions& o) {
  std::string out;
  int code = ProcessAll("extract", o.common, o.published, o.inputs, [&](const Document& doc) {
    exporter::AppendArticleJson(doc, o.pretty, out);
    if (out.size() > (1u << 20)) {
      std::fwrite(out.data(), 1, out.size(), stdout);
      out.clear();
    }
  });
  std::fwrite(out.data(), 1, out.size(), stdout);
  std::fflush(stdout);
  return code;
}

const char* KindName(MentionKind k) {
  switch (k) {
    case MentionKind::kActor: return "actor";
    case MentionKind::kTrigger: return "trigger";
    case MentionKind::kPlace: return "place";
    case MentionKind::kTime: return "time";
    case MentionKind::kNumber: return "number";
    case MentionKind::kCue: return "cue";
  }
  return "?";
}

int RunAnnotate(const ExtractOptions& o) {
  return ProcessAll("annotate", o.common, o.published, o.inputs, [](const Document& doc) {
    std::cout << "# " << doc.id << "\n";
    for (size_t si = 0; si < doc.sentences.size(); ++si) {
      const Sentence& s = doc.sentences[si];
      ByteSpan span = doc.norm.OriginalSpan(s.begin, s.end);
      std::cout << "[" << si << "] " << doc.text.substr(span.begin, span.end - span.begin) << "\n";
      for (const Mention& m : doc.mentions) {
        if (doc.tokens[m.tok_begin].sentence != si) continue;
        ByteSpan mo = doc.norm.OriginalSpan(m.begin, m.end);
        std::cout << "    " << KindName(m.kind) << " \"" << doc.text.substr(mo.begin, mo.end - mo.begin)
                  << "\" ref=" << m.ref << " value=" << m.value << " aux=" << m.aux << "\n";
      }
    }
  });
}

}  // namespace

void RegisterExtractCommands(CLI::App& app, int* exit_code) {
  auto extract_options = std::make_shared<ExtractOptions>();
  CLI::App* extract = app.add_subcommand("extract", "extract events from articles; one JSON line per article");
  AddCommon(extract, extract_options->common);
  AddReaderLimits(extract, extract_options->common);
  extract->add_option("--published", extract_options->published, "publication date YYYY-MM-DD for articles that give none");
  extract->add_flag("--pretty", extract_options->pretty, "indented JSON for humans");
  extract->add_option("inputs", extract_options->inputs, ".txt, .html/.htm, .jsonl, .warc/.warc.gz files, folders (recursive), or - for standard input")
      ->required();
  extract->callback([extract_options, exit_code] { *exit_code = RunExtract(*extract_options); });

  auto annotate_options = std::make_shared<ExtractOptions>();
  CLI::App* annotate = app.add_subcommand("annotate", "show each sentence with the mentions found in it");
  AddCommon(annotate, annotate_options->common);
  AddReaderLimits(annotate, annotate_options->common);
  annotate->add_option("--published", annotate_options->published, "publication date YYYY-MM-DD for articles that give none");
  annotate->add_option("inputs", annotate_options->inputs, ".txt, .html, .jsonl, .warc(.gz), folders, or -")->required();
  annotate->callback([annotate_options, exit_code] { *exit_code = RunAnnotate(*annotate_options); });
}

}  // namespace rasd::cli
