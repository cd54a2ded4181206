// Throughput of the extraction pipeline on real articles, single-threaded, with `gzip -1` over the same
// file in the same run as a yardstick (a fast, well-known single-pass byte cruncher).
//
//   build/bench/extract_bench [--benchmark_filter=...]
//   RASD_BENCH_CORPUS=path/to/articles.jsonl build/bench/extract_bench
//
// Reports articles/s and bytes/s (MB/s) for `Extract`, the start-up cost (dictionaries + mapped
// gazetteer) for `Startup`, and bytes/s for `Gzip1`. The corpus defaults to
// <data>/corpus/ant-multisource/articles.jsonl.
#include <benchmark/benchmark.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <iostream>
#include <string>
#include <vector>

#include "ingest/reader.h"
#include "rasd/pipeline.h"

namespace {

std::string CorpusPath() {
  if (const char* p = std::getenv("RASD_BENCH_CORPUS")) return p;
  std::string data = rasd::FindDataDir("");
  return data.empty() ? "" : data + "/corpus/ant-multisource/articles.jsonl";
}

const std::vector<rasd::Document>& Corpus() {
  static const std::vector<rasd::Document> docs = [] {
    std::vector<rasd::Document> out;
    rasd::ingest::ArticleReader reader({});
    reader.Read(CorpusPath(), [&](rasd::Document&& d) { out.push_back(std::move(d)); },
                [](const rasd::Status& s) { std::cerr << s.ToString() << "\n"; });
    return out;
  }();
  return docs;
}

const rasd::Pipeline& SharedPipeline() {
  static rasd::Pipeline p = [] {
    rasd::Result<rasd::Pipeline> r = rasd::Pipeline::Create({});
    if (!r.ok()) {
      std::cerr << r.status().ToString() << "\n";
      std::exit(1);
    }
    return std::move(*r);
  }();
  return p;
}

void BM_Startup(benchmark::State& state) {
  SharedPipeline();  // the first open may compile the gazetteer index; that is set-up, not start-up
  for (auto _ : state) {
    rasd::Result<rasd::Pipeline> p = rasd::Pipeline::Create({});
    if (!p.ok()) state.SkipWithError(p.status().ToString().c_str());
    benchmark::DoNotOptimize(p);
  }
}
BENCHMARK(BM_Startup)->Unit(benchmark::kMillisecond);

void BM_Extract(benchmark::State& state) {
  const auto& docs = Corpus();
  if (docs.empty()) {
    state.SkipWithError("no corpus: set RASD_BENCH_CORPUS or RASD_DATA");
    return;
  }
  const rasd::Pipeline& pipeline = SharedPipeline();
  int64_t bytes = 0, articles = 0, events = 0;
  for (auto _ : state) {
    for (const rasd::Document& original : docs) {
      rasd::Document doc;
      doc.id = original.id;
      doc.text = original.text;
      doc.published = original.published;
      pipeline.Process(doc);
      events += static_cast<int64_t>(doc.events.size());
      bytes += static_cast<int64_t>(doc.text.size());
      ++articles;
    }
  }
  state.SetBytesProcessed(bytes);
  state.SetItemsProcessed(articles);
  state.counters["articles/s"] = benchmark::Counter(static_cast<double>(articles), benchmark::Counter::kIsRate);
  state.counters["events/article"] = static_cast<double>(events) / static_cast<double>(std::max<int64_t>(articles, 1));
}
BENCHMARK(BM_Extract)->Unit(benchmark::kMillisecond)->MinTime(2.0);

void BM_Gzip1(benchmark::State& state) {
  std::string path = CorpusPath();
  if (path.empty()) {
    state.SkipWithError("no corpus");
    return;
  }
  std::FILE* f = std::fopen(path.c_str(), "rb");
  if (!f) {
    state.SkipWithError("cannot open corpus");
    return;
  }
  std::fseek(f, 0, SEEK_END);
  long size = std::ftell(f);
  std::fclose(f);
  const std::string cmd = "gzip -1 -c '" + path + "' > /dev/null";
  for (auto _ : state) {
    if (std::system(cmd.c_str()) != 0) state.SkipWithError("gzip failed");
  }
  state.SetBytesProcessed(static_cast<int64_t>(size) * state.iterations());
}
BENCHMARK(BM_Gzip1)->Unit(benchmark::kMillisecond)->UseRealTime()->MinTime(2.0);

}  // namespace

BENCHMARK_MAIN();
