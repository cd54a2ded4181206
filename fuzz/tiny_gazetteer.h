// A gazetteer of a few dozen places for the fuzz targets, compiled once per process from sources in
// the formats of <data_dir>/gazetteer/ (see src/geo/gazetteer.h), written to a temporary directory
// that is removed again once the index is mapped.
#pragma once

#include <string>

#include "geo/gazetteer.h"

namespace rasd::fuzz {

// Writes the tiny sources under `data_dir` (creating `data_dir`/gazetteer/...).
void WriteTinyGazetteerSources(const std::string& data_dir);

// The tiny gazetteer, built on first use; aborts if it cannot be built.
const geo::Gazetteer& TinyGazetteer();

}  // namespace rasd::fuzz
