// The whole engine: dictionaries and gazetteer loaded once, then any number of documents.
//
//   rasd::PipelineOptions opts;            // empty fields: found from flags, environment, defaults
//   rasd::Result<rasd::Pipeline> p = rasd::Pipeline::Create(opts);
//   if (!p.ok()) { std::cerr << p.status().ToString(); return 1; }
//   rasd::Document doc = ...;
//   p->Process(doc);                        // normalize, tokenize, annotate, assemble, resolve
//
// Process() is const and keeps no per-document state, so one Pipeline serves many threads.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "rasd/document.h"
#include "rasd/status.h"

namespace rasd {

struct PipelineOptions {
  std::string data_dir;        // shared data (gazetteer sources); "" = $RASD_DATA, ../shared/data, build default
  std::string dict_dir;        // the project's dictionaries; "" = $RASD_DICT, then the source tree's data/
  std::string gazetteer_index; // compiled gazetteer; "" = $RASD_GAZETTEER or <cache>/rasd/gazetteer.idx
  bool require_gazetteer = false;  // fail instead of running without coordinates when no data is found
  // Look for places in every document. By default the gazetteer reads only the documents in which the
  // lexicons found an event trigger: no event, hence no event's place, can come from the others (114 of
  // the 800 articles of the non-conflict sample, 48 of ant-multisource's 5,863). `rasd geocode` and
  // `rasd annotate`, which show the places themselves, set it.
  bool places_in_every_document = false;
};

// Where data is looked for, resolved as documented above; empty when nothing is found.
std::string FindDataDir(const std::string& flag);
std::string FindDictDir(const std::string& flag);
std::string DefaultGazetteerIndex();

class Pipeline {
 public:
  static Result<Pipeline> Create(const PipelineOptions& options);
  Pipeline(Pipeline&&) noexcept;
  Pipeline& operator=(Pipeline&&) noexcept;
  ~Pipeline();

  void Process(Document& doc) const;

  // Non-fatal set-up notes (e.g. "no gazetteer: places get no coordinates").
  const std::vector<std::string>& notes() const;

 private:
  Pipeline();
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

// The annotation buffers of a document (normalized text, tokens, sentences, mentions), kept from one
// document to the next by a loop that processes many: lent to each document before Process and taken
// back after, they are allocated (and their pages first touched) once per loop, not once per document.
//
//   rasd::AnnotationBuffers buffers;
//   for (rasd::Document& doc : docs) {
//     buffers.LendTo(doc);     // doc's annotation members must be empty, as in a new Document
//     pipeline.Process(doc);
//     Use(doc);
//     buffers.TakeBack(doc);   // doc keeps its input, events and warnings; its annotations are gone
//   }
class AnnotationBuffers {
 public:
  void LendTo(Document& doc);
  void TakeBack(Document& doc);

 private:
  NormalizedText norm_;
  std::vector<Token> tokens_;
  std::vector<Sentence> sentences_;
  std::vector<Mention> mentions_;
};

}  // namespace rasd
