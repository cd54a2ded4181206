// Shared by the subcommands of `rasd`: common options, exit codes, and the loop that runs the
// pipeline over every input. Each subcommand lives in its own file (<name>_command.cc) and registers
// itself with a Register*Command() function called from rasd.cc.
#pragma once

#include <CLI/CLI.hpp>

#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "ingest/reader.h"
#include "rasd/document.h"
#include "rasd/pipeline.h"

namespace rasd::store {
class Store;
struct EventFilter;
}  // namespace rasd::store

namespace rasd::cli {

constexpr int kExitInputErrors = 1;  // some inputs could not be read; the others were processed
constexpr int kExitSetup = 2;        // bad options or missing dictionaries: nothing was processed

struct CommonOptions {
  std::string data_dir, dict_dir, gazetteer;
  // Reader limits (ingest::ReaderOptions), settable on the commands that read articles.
  size_t max_article_mb = 64;
  size_t max_html_depth = 1000;
};

// --data, --dict, --gazetteer.
void AddCommon(CLI::App* cmd, CommonOptions& o);

// --max-article-mb and --max-html-depth, for the commands that read articles.
void AddReaderLimits(CLI::App* cmd, CommonOptions& o);

// Parses --published into `out`; prints the error and returns false when it is not YYYY-MM-DD.
bool ParsePublished(const char* command, const std::string& published, ingest::ReaderOptions& out);

// The reader options of a command: --published and the limits of `common`. False (error printed) on a
// bad --published.
bool ReaderOptionsFor(const char* command, const CommonOptions& common, const std::string& published,
                      ingest::ReaderOptions& out);

// Creates the pipeline or prints why not (nullopt). Set-up notes go to standard error.
std::optional<Pipeline> CreatePipeline(const char* command, const CommonOptions& common);

// Runs the pipeline over every article of `inputs`, calling `on_document` for each, and reports
// unreadable inputs on standard error under the command's name. Returns the exit code.
int ProcessAll(const char* command, const CommonOptions& common, const std::string& published,
               const std::vector<std::string>& inputs, const std::function<void(const Document&)>& on_document);

// Event filters shared by `rasd query` and `rasd export` (query_command.cc).
struct FilterOptions {
  std::string from, to, country, admin1, bbox, type, actor, text;
  int64_t limit = 0, offset = 0;
};
void AddFilterOptions(CLI::App* cmd, FilterOptions& f);
// Checks and converts the options; prints what is wrong under the command's name and returns false.
bool BuildFilter(const char* command, const FilterOptions& f, store::EventFilter* out);
// Opens an existing database (a missing SQLite file is an error here, not created).
Result<std::unique_ptr<store::Store>> OpenStoreForReading(const std::string& db);

// A subcommand registers its options and sets `*exit_code` from its callback when it runs.
void RegisterExtractCommands(CLI::App& app, int* exit_code);   // extract, annotate
void RegisterGazetteerCommand(CLI::App& app, int* exit_code);  // gazetteer build
void RegisterGeocodeCommand(CLI::App& app, int* exit_code);    // geocode: place decisions explained
void RegisterIngestCommand(CLI::App& app, int* exit_code);     // ingest
void RegisterQueryCommand(CLI::App& app, int* exit_code);      // query
void RegisterExportCommand(CLI::App& app, int* exit_code);     // export
void RegisterServeCommand(CLI::App& app, int* exit_code);      // serve
void RegisterEvalCommand(CLI::App& app, int* exit_code);       // eval: score against gold events

}  // namespace rasd::cli
