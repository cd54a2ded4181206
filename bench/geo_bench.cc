// The geo stage alone, single-threaded: opening the compiled gazetteer (issue 3 asks < 100 ms) and
// matching place names (`Gazetteer::Annotate`) over articles already normalized and tokenized, so the
// matcher's own time is measured apart from the rest of the pipeline.
//
//   build/bench/geo_bench [--benchmark_filter=...]
//   RASD_BENCH_CORPUS=path/to/articles.jsonl build/bench/geo_bench
//
// The corpus defaults to <data>/corpus/ant-multisource/articles.jsonl; the index is the one `rasd`
// uses ($RASD_GAZETTEER, else the cache), built first if missing or stale.
#include <benchmark/benchmark.h>

#include <cstdlib>
#include <iostream>
#include <string>
#include <vector>

#include "geo/gazetteer.h"
#include "ingest/reader.h"
#include "rasd/pipeline.h"
#include "text/normalizer.h"
#include "text/tokenizer.h"

namespace {

std::string CorpusPath() {
  if (const char* p = std::getenv("RASD_BENCH_CORPUS")) return p;
  std::string data = rasd::FindDataDir("");
  return data.empty() ? "" : data + "/corpus/ant-multisource/articles.jsonl";
}

std::vector<rasd::Document>& TokenizedCorpus() {
  static std::vector<rasd::Document> docs = [] {
    std::vector<rasd::Document> out;
    rasd::ingest::ArticleReader reader({});
    reader.Read(CorpusPath(), [&](rasd::Document&& d) {
      d.norm = rasd::text::Normalize(d.text);
      rasd::text::Tokenize(d);
      out.push_back(std::move(d));
    }, [](const rasd::Status& s) { std::cerr << s.ToString() << "\n"; });
    return out;
  }();
  return docs;
}

rasd::Result<rasd::geo::Gazetteer> OpenGazetteer() {
  return rasd::geo::Gazetteer::Open(rasd::FindDataDir(""), rasd::DefaultGazetteerIndex(), rasd::FindDictDir(""));
}

void BM_GazetteerOpen(benchmark::State& state) {
  if (!OpenGazetteer().ok()) {  // the first open may compile the index: set-up, not loading
    state.SkipWithError("no gazetteer");
    return;
  }
  for (auto _ : state) {
    rasd::Result<rasd::geo::Gazetteer> g = OpenGazetteer();
    if (!g.ok()) state.SkipWithError(g.status().ToString().c_str());
    benchmark::DoNotOptimize(g);
  }
}
BENCHMARK(BM_GazetteerOpen)->Unit(benchmark::kMillisecond);

void BM_GeoAnnotate(benchmark::State& state) {
  std::vector<rasd::Document>& docs = TokenizedCorpus();
  rasd::Result<rasd::geo::Gazetteer> gaz = OpenGazetteer();
  if (docs.empty() || !gaz.ok()) {
    state.SkipWithError("no corpus or no gazetteer: set RASD_BENCH_CORPUS or RASD_DATA");
    return;
  }
  int64_t articles = 0, tokens = 0, places = 0;
  for (auto _ : state) {
    for (rasd::Document& doc : docs) {
      gaz->Annotate(doc);
      places += static_cast<int64_t>(doc.mentions.size());
      tokens += static_cast<int64_t>(doc.tokens.size());
      doc.mentions.clear();  // only the geo stage writes mentions here
      ++articles;
    }
  }
  state.SetItemsProcessed(articles);
  state.counters["articles/s"] = benchmark::Counter(static_cast<double>(articles), benchmark::Counter::kIsRate);
  state.counters["tokens/s"] = benchmark::Counter(static_cast<double>(tokens), benchmark::Counter::kIsRate);
  state.counters["places/article"] = static_cast<double>(places) / static_cast<double>(std::max<int64_t>(articles, 1));
}
BENCHMARK(BM_GeoAnnotate)->Unit(benchmark::kMillisecond)->MinTime(2.0);

}  // namespace

BENCHMARK_MAIN();
