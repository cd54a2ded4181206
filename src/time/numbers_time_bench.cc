// Throughput of the `numbers` and `time` stages alone on real articles, single-threaded, with the
// `text` stage (normalize + tokenize) over the same articles as a yardstick: these two stages run on
// every token, so they should cost no more than reading the tokens did.
//
//   build/src/time/numbers_time_bench
//   RASD_BENCH_CORPUS=path/to/articles.jsonl build/src/time/numbers_time_bench
//
// Bytes/s count the original article bytes. The corpus defaults to the shared ant-multisource articles.
#include <benchmark/benchmark.h>

#include <cstdlib>
#include <iostream>
#include <string>
#include <utility>
#include <vector>

#include "ingest/reader.h"
#include "numbers/numbers.h"
#include "text/normalizer.h"
#include "text/tokenizer.h"
#include "time/time_expressions.h"

namespace {

std::string CorpusPath() {
  if (const char* p = std::getenv("RASD_BENCH_CORPUS")) return p;
  return std::string(RASD_BENCH_SHARED_DATA) + "/corpus/ant-multisource/articles.jsonl";
}

// Articles already normalized and tokenized, so a benchmark times its stage only.
const std::vector<rasd::Document>& Corpus() {
  static const std::vector<rasd::Document> docs = [] {
    std::vector<rasd::Document> out;
    rasd::ingest::ArticleReader reader({});
    reader.Read(CorpusPath(), [&](rasd::Document&& d) { out.push_back(std::move(d)); },
                [](const rasd::Status& s) { std::cerr << s.ToString() << "\n"; });
    for (rasd::Document& d : out) {
      d.norm = rasd::text::Normalize(d.text);
      rasd::text::Tokenize(d);
    }
    return out;
  }();
  return docs;
}

template <typename T>
T OrExit(rasd::Result<T> r) {
  if (!r.ok()) {
    std::cerr << r.status().ToString() << "\n";
    std::exit(1);
  }
  return std::move(*r);
}

template <typename Stage>
void RunStage(benchmark::State& state, const Stage& stage) {
  const auto& docs = Corpus();
  if (docs.empty()) {
    state.SkipWithError("no corpus: set RASD_BENCH_CORPUS");
    return;
  }
  std::vector<rasd::Document> work(docs.begin(), docs.end());
  int64_t bytes = 0, tokens = 0, mentions = 0;
  for (auto _ : state) {
    for (rasd::Document& doc : work) {
      doc.mentions.clear();
      stage(doc);
      mentions += static_cast<int64_t>(doc.mentions.size());
      bytes += static_cast<int64_t>(doc.text.size());
      tokens += static_cast<int64_t>(doc.tokens.size());
    }
  }
  state.SetBytesProcessed(bytes);
  state.counters["tokens/s"] = benchmark::Counter(static_cast<double>(tokens), benchmark::Counter::kIsRate);
  state.counters["mentions/article"] =
      static_cast<double>(mentions) / static_cast<double>(state.iterations() * work.size());
}

void BM_NormalizeTokenize(benchmark::State& state) {
  RunStage(state, [](rasd::Document& doc) {
    doc.norm = rasd::text::Normalize(doc.text);
    rasd::text::Tokenize(doc);
  });
}
BENCHMARK(BM_NormalizeTokenize)->Unit(benchmark::kMillisecond);

void BM_Numbers(benchmark::State& state) {
  static const rasd::numbers::NumberParser parser = OrExit(rasd::numbers::NumberParser::Load(RASD_BENCH_DICT_DIR));
  RunStage(state, [](rasd::Document& doc) { parser.Annotate(doc); });
}
BENCHMARK(BM_Numbers)->Unit(benchmark::kMillisecond);

void BM_Time(benchmark::State& state) {
  static const rasd::time::TimeParser parser = OrExit(rasd::time::TimeParser::Load(RASD_BENCH_DICT_DIR));
  RunStage(state, [](rasd::Document& doc) { parser.Annotate(doc); });
}
BENCHMARK(BM_Time)->Unit(benchmark::kMillisecond);

// The same articles as if the input gave no publication date: the stage then looks for a dateline in
// the first and last paragraphs and emits relative expressions unresolved.
void BM_TimeNoPublished(benchmark::State& state) {
  static const rasd::time::TimeParser parser = OrExit(rasd::time::TimeParser::Load(RASD_BENCH_DICT_DIR));
  RunStage(state, [](rasd::Document& doc) {
    doc.published.reset();
    parser.Annotate(doc);
  });
}
BENCHMARK(BM_TimeNoPublished)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
