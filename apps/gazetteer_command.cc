// `rasd gazetteer build`: compiles the gazetteer sources of the data directory into the index that
// `rasd` memory-maps.
#include <iostream>
#include <memory>

#include "command.h"
#include "geo/gazetteer.h"

namespace rasd::cli {
namespace {

int RunGazetteerBuild(const CommonOptions& common) {
  std::string data_dir = FindDataDir(common.data_dir);
  if (data_dir.empty()) {
    std::cerr << "rasd gazetteer build: no data directory with gazetteer/ (set --data or RASD_DATA)\n";
    return kExitSetup;
  }
  std::string index = common.gazetteer.empty() ? DefaultGazetteerIndex() : common.gazetteer;
  Status s = geo::Gazetteer::Build(data_dir, index, FindDictDir(common.dict_dir));
  if (!s.ok()) {
    std::cerr << "rasd gazetteer build: " << s.ToString() << "\n";
    return kExitSetup;
  }
  std::cerr << "rasd gazetteer build: wrote " << index << "\n";
  return 0;
}

}  // namespace

void RegisterGazetteerCommand(CLI::App& app, int* exit_code) {
  auto common = std::make_shared<CommonOptions>();
  CLI::App* gazetteer = app.add_subcommand("gazetteer", "manage the compiled gazetteer");
  gazetteer->require_subcommand(1);
  CLI::App* build = gazetteer->add_subcommand("build", "compile the gazetteer index from the data directory");
  AddCommon(build, *common);
  build->callback([common, exit_code] { *exit_code = RunGazetteerBuild(*common); });
}

}  // namespace rasd::cli
