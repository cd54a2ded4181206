// Stage `pipeline`: the pipeline the end-to-end tests share (not part of the public interface). The test
// target defines RASD_TEST_DICT_DIR, RASD_TEST_SHARED_DATA and RASD_TEST_GAZETTEER.
#pragma once

#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <string>

#include "ingest/reader.h"
#include "rasd/pipeline.h"

namespace rasd::test_support {

// The gazetteer sources of ../shared/data are there (tests that need places skip without them).
inline bool HaveSharedData() {
  return std::filesystem::is_directory(std::string(RASD_TEST_SHARED_DATA) + "/gazetteer");
}

// One pipeline per test binary: the project's dictionaries, the shared gazetteer when present.
inline const Pipeline& TestPipeline() {
  static Pipeline p = [] {
    PipelineOptions o;
    o.dict_dir = RASD_TEST_DICT_DIR;
    o.data_dir = HaveSharedData() ? RASD_TEST_SHARED_DATA : "/nonexistent";
    o.gazetteer_index = RASD_TEST_GAZETTEER;
    Result<Pipeline> r = Pipeline::Create(o);
    if (!r.ok()) {
      ADD_FAILURE() << r.status().ToString();
      std::abort();
    }
    return std::move(*r);
  }();
  return p;
}

// `body` as a .txt article under a title line that tells no event, read and run through the pipeline.
inline Document ExtractPlainText(const std::string& body, const char* published) {
  ingest::ArticleReader reader({Day::Parse(published), 64u << 20});
  Result<Document> doc = reader.FromPlainText("نشرة الأخبار\n" + body + "\n", "test", "test");
  EXPECT_TRUE(doc.ok()) << doc.status().ToString();
  TestPipeline().Process(*doc);
  return std::move(*doc);
}

}  // namespace rasd::test_support
