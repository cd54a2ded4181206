#include "rasd/pipeline.h"

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <optional>
#include <utility>

#include "events/assembler.h"
#include "events/lexicons.h"
#include "geo/gazetteer.h"
#include "numbers/numbers.h"
#include "text/normalizer.h"
#include "text/tokenizer.h"
#include "time/time_expressions.h"

#ifndef RASD_SOURCE_DICT_DIR
#define RASD_SOURCE_DICT_DIR ""
#endif
#ifndef RASD_DEFAULT_SHARED_DATA
#define RASD_DEFAULT_SHARED_DATA ""
#endif

namespace rasd {

namespace fs = std::filesystem;

namespace {

std::string Env(const char* name) {
  const char* v = std::getenv(name);
  return v ? std::string(v) : std::string();
}

bool IsDir(const std::string& p) {
  std::error_code ec;
  return !p.empty() && fs::is_directory(p, ec);
}

}  // namespace

std::string FindDataDir(const std::string& flag) {
  if (!flag.empty()) return flag;
  if (std::string env = Env("RASD_DATA"); !env.empty()) return env;
  for (const std::string& candidate : {std::string("../shared/data"), std::string(RASD_DEFAULT_SHARED_DATA)}) {
    if (IsDir(candidate + "/gazetteer")) return fs::weakly_canonical(candidate).string();
  }
  return {};
}

std::string FindDictDir(const std::string& flag) {
  if (!flag.empty()) return flag;
  if (std::string env = Env("RASD_DICT"); !env.empty()) return env;
  if (IsDir("data") && fs::exists("data/actors.tsv")) return "data";
  return RASD_SOURCE_DICT_DIR;
}

std::string DefaultGazetteerIndex() {
  if (std::string env = Env("RASD_GAZETTEER"); !env.empty()) return env;
  std::string cache = Env("XDG_CACHE_HOME");
  if (cache.empty()) {
    std::string home = Env("HOME");
    cache = home.empty() ? fs::temp_directory_path().string() : home + "/.cache";
  }
  return cache + "/rasd/gazetteer.idx";
}

struct Pipeline::Impl {
  std::optional<numbers::NumberParser> numbers;
  std::optional<time::TimeParser> times;
  std::optional<events::EventLexicons> lexicons;
  std::optional<geo::Gazetteer> gazetteer;
  std::optional<events::EventAssembler> assembler;
  std::vector<std::string> notes;
  bool places_in_every_document = false;
};

Pipeline::Pipeline() : impl_(std::make_unique<Impl>()) {}
Pipeline::Pipeline(Pipeline&&) noexcept = default;
Pipeline& Pipeline::operator=(Pipeline&&) noexcept = default;
Pipeline::~Pipeline() = default;

const std::vector<std::string>& Pipeline::notes() const { return impl_->notes; }

Result<Pipeline> Pipeline::Create(const PipelineOptions& options) {
  Pipeline p;
  Impl& impl = *p.impl_;
  impl.places_in_every_document = options.places_in_every_document;
  const std::string dict_dir = FindDictDir(options.dict_dir);
  Result<numbers::NumberParser> nums = numbers::NumberParser::Load(dict_dir);
  if (!nums.ok()) return nums.status();
  impl.numbers.emplace(std::move(*nums));
  Result<time::TimeParser> times = time::TimeParser::Load(dict_dir);
  if (!times.ok()) return times.status();
  impl.times.emplace(std::move(*times));
  Result<events::EventLexicons> lex = events::EventLexicons::Load(dict_dir);
  if (!lex.ok()) return lex.status();
  impl.lexicons.emplace(std::move(*lex));

  const std::string data_dir = FindDataDir(options.data_dir);
  if (data_dir.empty()) {
    if (options.require_gazetteer) {
      return Status::NotFound("no data directory with gazetteer/ (set --data or RASD_DATA)");
    }
    impl.notes.push_back("no data directory found (set --data or RASD_DATA): places get no coordinates");
  } else {
    std::string index = options.gazetteer_index.empty() ? DefaultGazetteerIndex() : options.gazetteer_index;
    Result<geo::Gazetteer> gaz = geo::Gazetteer::Open(data_dir, index, dict_dir);
    if (!gaz.ok()) {
      if (options.require_gazetteer) return gaz.status();
      impl.notes.push_back("gazetteer unavailable (" + gaz.status().ToString() + "): places get no coordinates");
    } else {
      impl.gazetteer.emplace(std::move(*gaz));
    }
  }
  impl.assembler.emplace(*impl.lexicons, impl.gazetteer ? &*impl.gazetteer : nullptr);
  return p;
}

void Pipeline::Process(Document& doc) const {
  text::Normalize(doc.text, doc.norm);
  text::Tokenize(doc);
  impl_->numbers->Annotate(doc);
  impl_->times->Annotate(doc);
  impl_->lexicons->Annotate(doc);
  if (impl_->gazetteer && (impl_->places_in_every_document ||
                           std::any_of(doc.mentions.begin(), doc.mentions.end(),
                                       [](const Mention& m) { return m.kind == MentionKind::kTrigger; }))) {
    impl_->gazetteer->Annotate(doc);
  }
  impl_->assembler->Annotate(doc);
  // (Once: the reader may have said it of the page already.)
  if (!doc.published && std::none_of(doc.warnings.begin(), doc.warnings.end(), [](const std::string& w) {
        return w.starts_with("no publication date");
      })) {
    doc.warnings.push_back("no publication date: relative dates left unresolved");
  }
}

void AnnotationBuffers::LendTo(Document& doc) {
  // The normalized text is not emptied: Process overwrites it whole, and its old length spares
  // Normalize the fill of a resize.
  std::swap(doc.norm, norm_);
  tokens_.clear();
  sentences_.clear();
  mentions_.clear();
  std::swap(doc.tokens, tokens_);
  std::swap(doc.sentences, sentences_);
  std::swap(doc.mentions, mentions_);
}

void AnnotationBuffers::TakeBack(Document& doc) {
  std::swap(doc.norm, norm_);
  std::swap(doc.tokens, tokens_);
  std::swap(doc.sentences, sentences_);
  std::swap(doc.mentions, mentions_);
}

}  // namespace rasd
