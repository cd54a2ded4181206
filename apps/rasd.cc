// rasd: the command-line front end. Thin by design: argument parsing and I/O only; the work is in
// the library (include/rasd/pipeline.h). Each subcommand is in its own <name>_command.cc.
#include <CLI/CLI.hpp>

#include "command.h"

int main(int argc, char** argv) {
  CLI::App app{"rasd: Arabic news in, geolocated ACLED-style conflict events out"};
  app.require_subcommand(1);
  int exit_code = rasd::cli::kExitSetup;
  rasd::cli::RegisterExtractCommands(app, &exit_code);
  rasd::cli::RegisterGazetteerCommand(app, &exit_code);
  rasd::cli::RegisterGeocodeCommand(app, &exit_code);
  rasd::cli::RegisterIngestCommand(app, &exit_code);
  rasd::cli::RegisterQueryCommand(app, &exit_code);
  rasd::cli::RegisterExportCommand(app, &exit_code);
  rasd::cli::RegisterServeCommand(app, &exit_code);
  rasd::cli::RegisterEvalCommand(app, &exit_code);
  try {
    app.parse(argc, argv);  // runs the chosen subcommand's callback, which sets exit_code
  } catch (const CLI::ParseError& e) {
    return app.exit(e) == 0 ? 0 : rasd::cli::kExitSetup;
  }
  return exit_code;
}
