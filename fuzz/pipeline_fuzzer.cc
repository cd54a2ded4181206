// Target pipeline: Pipeline::Process on one document (first line = publication date, see DocumentOf),
// then the JSON line of the output contract, which must parse back.
// Dictionaries: data/. Gazetteer: the tiny one of tiny_gazetteer.h, or the real one when
// RASD_FUZZ_DATA (a data directory) and RASD_FUZZ_GAZETTEER (its index) are set (fuzz/run.sh does that
// when ../shared/data is present).
#include <simdjson.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>

#include "export/json_writer.h"
#include "fuzz_target.h"
#include "rasd/pipeline.h"
#include "text/normalizer.h"
#include "tiny_gazetteer.h"

namespace {

const rasd::Pipeline& ThePipeline() {
  namespace fs = std::filesystem;
  static const rasd::Pipeline* pipeline = [] {
    rasd::PipelineOptions opts;
    opts.dict_dir = rasd::fuzz::DictDir();
    opts.require_gazetteer = true;
    fs::path tmp;
    const char* data = std::getenv("RASD_FUZZ_DATA");
    const char* index = std::getenv("RASD_FUZZ_GAZETTEER");
    if (data && *data && index && *index) {
      opts.data_dir = data;
      opts.gazetteer_index = index;
    } else {
      tmp = fs::temp_directory_path() / ("rasd_fuzz_pipeline_" + std::to_string(::getpid()));
      fs::remove_all(tmp);
      rasd::fuzz::WriteTinyGazetteerSources((tmp / "data").string());
      opts.data_dir = (tmp / "data").string();
      opts.gazetteer_index = (tmp / "gaz.idx").string();
    }
    rasd::Result<rasd::Pipeline> p = rasd::Pipeline::Create(opts);
    if (!p.ok()) {
      std::fprintf(stderr, "pipeline: %s\n", p.status().ToString().c_str());
      std::abort();
    }
    if (!tmp.empty()) {
      std::error_code ec;
      fs::remove_all(tmp, ec);  // the index stays mapped
    }
    return new rasd::Pipeline(std::move(*p));
  }();
  return *pipeline;
}

}  // namespace

RASD_FUZZ_TARGET(pipeline) {
  using namespace rasd;
  const Pipeline& pipeline = ThePipeline();
  Document doc = fuzz::DocumentOf(data, size);
  pipeline.Process(doc);
  fuzz::CheckDocument(doc);
  for (const Event& e : doc.events) {
    RASD_FUZZ_CHECK(!e.event_type.empty());
    RASD_FUZZ_CHECK(e.fatalities >= 0);
  }
  // The reader lets only valid UTF-8 through (ingest/reader.h); for such text the line must be JSON.
  if (!text::IsValidUtf8(doc.text)) return 0;
  std::string line;
  exporter::AppendArticleJson(doc, /*pretty=*/false, line);
  RASD_FUZZ_CHECK(!line.empty() && line.back() == '\n');
  simdjson::dom::parser parser;
  simdjson::dom::element root;
  RASD_FUZZ_CHECK(parser.parse(line).get(root) == simdjson::SUCCESS);
  RASD_FUZZ_CHECK(root.is_object());
  return 0;
}
