#include "command.h"

#include <iostream>

namespace rasd::cli {

void AddCommon(CLI::App* cmd, CommonOptions& o) {
  cmd->add_option("--data", o.data_dir, "shared data directory with gazetteer/ (default: $RASD_DATA, ../shared/data)");
  cmd->add_option("--dict", o.dict_dir, "the project's dictionaries (default: $RASD_DICT, the source tree's data/)");
  cmd->add_option("--gazetteer", o.gazetteer, "compiled gazetteer index (default: ~/.cache/rasd/gazetteer.idx)");
}

void AddReaderLimits(CLI::App* cmd, CommonOptions& o) {
  cmd->add_option("--max-article-mb", o.max_article_mb, "refuse articles, pages and WARC bodies larger than this (MiB)")
      ->check(CLI::Range(size_t{1}, size_t{4096}))
      ->capture_default_str();
  cmd->add_option("--max-html-depth", o.max_html_depth, "refuse HTML pages nested deeper than this")
      ->check(CLI::Range(size_t{16}, size_t{100000}))
      ->capture_default_str();
}

bool ReaderOptionsFor(const char* command, const CommonOptions& common, const std::string& published,
                      ingest::ReaderOptions& out) {
  out.max_article_bytes = common.max_article_mb << 20;
  out.max_html_depth = common.max_html_depth;
  return ParsePublished(command, published, out);
}

bool ParsePublished(const char* command, const std::string& published, ingest::ReaderOptions& out) {
  if (published.empty()) return true;
  out.published = Day::Parse(published);
  if (!out.published) {
    std::cerr << "rasd " << command << ": --published must be YYYY-MM-DD, got \"" << published << "\"\n";
    return false;
  }
  return true;
}

std::optional<Pipeline> CreatePipeline(const char* command, const CommonOptions& common) {
  PipelineOptions options{common.data_dir, common.dict_dir, common.gazetteer, false};
  // The commands that show places themselves, not only those of events.
  const std::string_view name = command;
  options.places_in_every_document = name == "geocode" || name == "annotate";
  Result<Pipeline> pipeline = Pipeline::Create(options);
  if (!pipeline.ok()) {
    std::cerr << "rasd " << command << ": " << pipeline.status().ToString() << "\n";
    return std::nullopt;
  }
  for (const std::string& note : pipeline->notes()) std::cerr << "rasd " << command << ": note: " << note << "\n";
  return std::move(*pipeline);
}

int ProcessAll(const char* command, const CommonOptions& common, const std::string& published,
               const std::vector<std::string>& inputs, const std::function<void(const Document&)>& on_document) {
  ingest::ReaderOptions reader_options;
  if (!ReaderOptionsFor(command, common, published, reader_options)) return kExitSetup;
  std::optional<Pipeline> pipeline = CreatePipeline(command, common);
  if (!pipeline) return kExitSetup;

  ingest::ArticleReader reader(reader_options);
  ingest::ReadStats stats;
  stats.on_note = [&](const std::string& note) { std::cerr << "rasd " << command << ": note: " << note << "\n"; };
  AnnotationBuffers buffers;
  size_t failures = 0;
  for (const std::string& input : inputs) {
    failures += reader.Read(
        input,
        [&](Document&& doc) {
          buffers.LendTo(doc);
          pipeline->Process(doc);
          on_document(doc);
          buffers.TakeBack(doc);
        },
        [&](const Status& error) { std::cerr << "rasd " << command << ": " << error.message() << "\n"; }, &stats);
  }
  if (stats.non_arabic > 0) std::cerr << "rasd " << command << ": " << stats.non_arabic << " non-Arabic documents skipped\n";
  if (size_t skipped = stats.records_not_html + stats.records_not_ok + stats.records_too_large + stats.pages_without_text) {
    std::cerr << "rasd " << command << ": " << skipped << " WARC records skipped (" << stats.records_not_ok
              << " not HTTP 200, " << stats.records_not_html << " not HTML, " << stats.records_too_large
              << " too large, " << stats.pages_without_text << " without article text)\n";
  }
  if (failures > 0) {
    std::cerr << "rasd " << command << ": " << failures << " input(s) failed, see above\n";
    return kExitInputErrors;
  }
  return 0;
}

}  // namespace rasd::cli
