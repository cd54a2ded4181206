// rasd: the command-line front end. Thin by design: argument parsing and I/O only; the work is in
// the library (include/rasd/pipeline.h).
#include <CLI/CLI.hpp>

#include <cstdio>
#include <functional>
#include <iostream>
#include <string>
#include <vector>

#include "export/json_writer.h"
#include "geo/gazetteer.h"
#include "ingest/reader.h"
#include "rasd/pipeline.h"

namespace {

constexpr int kExitInputErrors = 1;  // some inputs could not be read; the others were processed
constexpr int kExitSetup = 2;        // bad options or missing dictionaries: nothing was processed

struct CommonOptions {
  std::string data_dir, dict_dir, gazetteer;
};

void AddCommon(CLI::App* cmd, CommonOptions& o) {
  cmd->add_option("--data", o.data_dir, "shared data directory with gazetteer/ (default: $RASD_DATA, ../shared/data)");
  cmd->add_option("--dict", o.dict_dir, "the project's dictionaries (default: $RASD_DICT, the source tree's data/)");
  cmd->add_option("--gazetteer", o.gazetteer, "compiled gazetteer index (default: ~/.cache/rasd/gazetteer.idx)");
}

// Runs the pipeline over every article of `inputs`, calling `on_document` for each, and reports
// unreadable inputs on standard error under the command's name. Returns the exit code.
int ProcessAll(const char* command, const CommonOptions& common, const std::string& published,
               const std::vector<std::string>& inputs, const std::function<void(const rasd::Document&)>& on_document) {
  rasd::ingest::ReaderOptions reader_options;
  if (!published.empty()) {
    reader_options.published = rasd::Day::Parse(published);
    if (!reader_options.published) {
      std::cerr << "rasd " << command << ": --published must be YYYY-MM-DD, got \"" << published << "\"\n";
      return kExitSetup;
    }
  }
  rasd::PipelineOptions options{common.data_dir, common.dict_dir, common.gazetteer, false};
  rasd::Result<rasd::Pipeline> pipeline = rasd::Pipeline::Create(options);
  if (!pipeline.ok()) {
    std::cerr << "rasd " << command << ": " << pipeline.status().ToString() << "\n";
    return kExitSetup;
  }
  for (const std::string& note : pipeline->notes()) std::cerr << "rasd " << command << ": note: " << note << "\n";

  rasd::ingest::ArticleReader reader(reader_options);
  size_t failures = 0;
  for (const std::string& input : inputs) {
    failures += reader.Read(
        input,
        [&](rasd::Document&& doc) {
          pipeline->Process(doc);
          on_document(doc);
        },
        [&](const rasd::Status& error) { std::cerr << "rasd " << command << ": " << error.message() << "\n"; });
  }
  if (failures > 0) {
    std::cerr << "rasd " << command << ": " << failures << " input(s) failed, see above\n";
    return kExitInputErrors;
  }
  return 0;
}

int RunExtract(const CommonOptions& common, const std::string& published, bool pretty,
               const std::vector<std::string>& inputs) {
  std::string out;
  int code = ProcessAll("extract", common, published, inputs, [&](const rasd::Document& doc) {
    rasd::exporter::AppendArticleJson(doc, pretty, out);
    if (out.size() > (1u << 20)) {
      std::fwrite(out.data(), 1, out.size(), stdout);
      out.clear();
    }
  });
  std::fwrite(out.data(), 1, out.size(), stdout);
  std::fflush(stdout);
  return code;
}

const char* KindName(rasd::MentionKind k) {
  switch (k) {
    case rasd::MentionKind::kActor: return "actor";
    case rasd::MentionKind::kTrigger: return "trigger";
    case rasd::MentionKind::kPlace: return "place";
    case rasd::MentionKind::kTime: return "time";
    case rasd::MentionKind::kNumber: return "number";
    case rasd::MentionKind::kCue: return "cue";
  }
  return "?";
}

// For dictionary authors and bug reports: every sentence with the mentions each stage found in it.
int RunAnnotate(const CommonOptions& common, const std::string& published, const std::vector<std::string>& inputs) {
  return ProcessAll("annotate", common, published, inputs, [](const rasd::Document& doc) {
    std::cout << "# " << doc.id << "\n";
    for (size_t si = 0; si < doc.sentences.size(); ++si) {
      const rasd::Sentence& s = doc.sentences[si];
      rasd::ByteSpan o = doc.norm.OriginalSpan(s.begin, s.end);
      std::cout << "[" << si << "] " << doc.text.substr(o.begin, o.end - o.begin) << "\n";
      for (const rasd::Mention& m : doc.mentions) {
        if (doc.tokens[m.tok_begin].sentence != si) continue;
        rasd::ByteSpan mo = doc.norm.OriginalSpan(m.begin, m.end);
        std::cout << "    " << KindName(m.kind) << " \"" << doc.text.substr(mo.begin, mo.end - mo.begin)
                  << "\" ref=" << m.ref << " value=" << m.value << " aux=" << m.aux << "\n";
      }
    }
  });
}

int RunGazetteerBuild(const CommonOptions& common) {
  std::string data_dir = rasd::FindDataDir(common.data_dir);
  if (data_dir.empty()) {
    std::cerr << "rasd gazetteer build: no data directory with gazetteer/ (set --data or RASD_DATA)\n";
    return kExitSetup;
  }
  std::string index = common.gazetteer.empty() ? rasd::DefaultGazetteerIndex() : common.gazetteer;
  rasd::Status s = rasd::geo::Gazetteer::Build(data_dir, index, rasd::FindDictDir(common.dict_dir));
  if (!s.ok()) {
    std::cerr << "rasd gazetteer build: " << s.ToString() << "\n";
    return kExitSetup;
  }
  std::cerr << "rasd gazetteer build: wrote " << index << "\n";
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"rasd: Arabic news in, geolocated ACLED-style conflict events out"};
  app.require_subcommand(1);
  CommonOptions common;

  CLI::App* extract = app.add_subcommand("extract", "extract events from articles; one JSON line per article");
  AddCommon(extract, common);
  std::string published;
  bool pretty = false;
  std::vector<std::string> inputs;
  extract->add_option("--published", published, "publication date YYYY-MM-DD for articles that give none");
  extract->add_flag("--pretty", pretty, "indented JSON for humans");
  extract->add_option("inputs", inputs, ".txt article, .jsonl of articles, or - for standard input")->required();

  CLI::App* annotate = app.add_subcommand("annotate", "show each sentence with the mentions found in it");
  AddCommon(annotate, common);
  annotate->add_option("--published", published, "publication date YYYY-MM-DD for articles that give none");
  annotate->add_option("inputs", inputs, ".txt article, .jsonl of articles, or -")->required();

  CLI::App* gazetteer = app.add_subcommand("gazetteer", "manage the compiled gazetteer");
  gazetteer->require_subcommand(1);
  CLI::App* build = gazetteer->add_subcommand("build", "compile the gazetteer index from the data directory");
  AddCommon(build, common);

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    return app.exit(e) == 0 ? 0 : kExitSetup;
  }
  if (*extract) return RunExtract(common, published, pretty, inputs);
  if (*annotate) return RunAnnotate(common, published, inputs);
  if (*build) return RunGazetteerBuild(common);
  return kExitSetup;
}
