// Running the built `rasd` program from an end-to-end test: a shell command line in, its standard
// output, standard error and exit code out. Shared by the CLI tests so that each spells only the
// environment and arguments it cares about.
#ifndef RASD_TESTS_RUN_COMMAND_H_
#define RASD_TESTS_RUN_COMMAND_H_

#include <sys/wait.h>
#include <unistd.h>

#include <array>
#include <atomic>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>

namespace rasd::testing {

struct RunResult {
  int exit_code = -1;
  std::string out, err;
};

// 'text' for /bin/sh, whatever the text holds (Arabic, spaces, quotes).
inline std::string ShellQuote(const std::string& s) {
  std::string q = "'";
  for (char c : s) q += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return q + "'";
}

// Runs `command` (already quoted) through the shell; `stdin_path`, when given, is its standard input.
// Standard error goes to a file of its own so that the two streams never interleave.
inline RunResult RunCommand(const std::string& command, const std::string& stdin_path = "") {
  static std::atomic<int> counter{0};
  const std::filesystem::path err_file =
      std::filesystem::temp_directory_path() /
      ("rasd_test_stderr_" + std::to_string(::getpid()) + "_" + std::to_string(counter++));
  std::string cmd = command + " 2>" + ShellQuote(err_file.string());
  if (!stdin_path.empty()) cmd += " <" + ShellQuote(stdin_path);
  RunResult r;
  FILE* p = popen(cmd.c_str(), "r");
  if (p == nullptr) return r;
  std::array<char, 4096> buf;
  size_t n;
  while ((n = fread(buf.data(), 1, buf.size(), p)) > 0) r.out.append(buf.data(), n);
  const int status = pclose(p);
  r.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  std::ifstream e(err_file);
  r.err.assign(std::istreambuf_iterator<char>(e), std::istreambuf_iterator<char>());
  std::filesystem::remove(err_file);
  return r;
}

}  // namespace rasd::testing

#endif  // RASD_TESTS_RUN_COMMAND_H_
