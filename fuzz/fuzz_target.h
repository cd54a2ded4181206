// Shared by the libFuzzer targets of fuzz/ and by fuzz_replay_test, which replays their inputs with the
// normal compiler.
//
//   RASD_FUZZ_TARGET(numbers) {          // one per file; `data`, `size` are the input
//     rasd::Document doc = rasd::fuzz::DocumentOf(data, size);
//     ...
//     rasd::fuzz::CheckDocument(doc);    // the invariants of include/rasd/document.h
//     return 0;
//   }
//
// Built with RASD_FUZZ_REPLAY the macro defines `rasd_fuzz_<name>` and registers it by name; otherwise
// it defines LLVMFuzzerTestOneInput. A broken invariant aborts, which both libFuzzer and ctest report.
#pragma once

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <map>
#include <string>
#include <string_view>

#include "rasd/document.h"

namespace rasd::fuzz {

using Entry = int (*)(const uint8_t* data, size_t size);

inline std::map<std::string, Entry>& Registry() {
  static std::map<std::string, Entry> r;
  return r;
}
struct Registrar {
  Registrar(const char* name, Entry e) { Registry()[name] = e; }
};

[[noreturn]] inline void Fail(const char* what, const char* file, int line) {
  std::fprintf(stderr, "%s:%d: invariant broken: %s\n", file, line, what);
  std::abort();
}

// The project's dictionaries (data/), compiled in.
inline std::string DictDir() { return RASD_FUZZ_DICT_DIR; }

// Input convention of the document-level targets: the first line is the publication date
// ("2019-03-12"; anything else = none), the rest is the article text. Seeds start with a date line.
Document DocumentOf(const uint8_t* data, size_t size);

// The invariants every stage must keep on any input (spans inside the texts, token and sentence ranges
// consistent, offset map monotone, normalized text valid UTF-8, events' spans inside the article).
void CheckDocument(const Document& doc);

}  // namespace rasd::fuzz

#define RASD_FUZZ_CHECK(cond) \
  ((cond) ? (void)0 : ::rasd::fuzz::Fail(#cond, __FILE__, __LINE__))

#ifdef RASD_FUZZ_REPLAY
#define RASD_FUZZ_TARGET(name)                                                                   \
  extern "C" int rasd_fuzz_##name(const uint8_t* data, size_t size);                            \
  static ::rasd::fuzz::Registrar rasd_fuzz_registrar_##name(#name, &rasd_fuzz_##name);          \
  extern "C" int rasd_fuzz_##name(const uint8_t* data, size_t size)
#else
#define RASD_FUZZ_TARGET(name) extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
#endif
