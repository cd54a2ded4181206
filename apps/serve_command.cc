// `rasd serve`: the HTTP API and the web map over an event database (src/server/).
#include <pthread.h>
#include <signal.h>
#include <unistd.h>

#include <filesystem>
#include <iostream>
#include <memory>
#include <thread>

#include "command.h"
#include "server/server.h"
#include "store/store.h"

namespace rasd::cli {
namespace {

namespace fs = std::filesystem;

struct ServeOptions {
  CommonOptions common;
  std::string db, host = "127.0.0.1", token, web;
  int port = 8080;
  int threads = 0;
  size_t max_body = 4u << 20;
};

// The bundle the build writes beside the executable (build/web/), where `rasd serve` finds it unaided.
std::string DefaultWebDir() {
  std::error_code ec;
  fs::path exe = fs::read_symlink("/proc/self/exe", ec);
  if (ec) return "";
  fs::path web = exe.parent_path() / "web";
  return fs::is_regular_file(web / "index.html", ec) ? web.string() : "";
}

int RunServe(const ServeOptions& o) {
  // Reading never creates a database where a path was mistyped; accepting articles (--token) may.
  const std::string db = o.db;
  server::StoreFactory open = o.token.empty() ? server::StoreFactory([db] { return OpenStoreForReading(db); })
                                              : server::StoreFactory([db] { return store::Store::Open(db); });
  std::optional<Pipeline> pipeline;
  server::ServerOptions so;
  so.host = o.host;
  so.port = o.port;
  so.token = o.token;
  so.threads = o.threads;
  so.max_body_bytes = o.max_body;
  so.web_dir = o.web.empty() ? DefaultWebDir() : o.web;
  if (!o.web.empty() && !fs::is_regular_file(fs::path(o.web) / "index.html")) {
    std::cerr << "rasd serve: " << o.web << ": no index.html (build the page with scripts/setup.sh)\n";
    return kExitSetup;
  }
  if (so.web_dir.empty()) std::cerr << "rasd serve: no web page found (--web DIR); serving the API only\n";
  if (!o.token.empty()) {
    pipeline = CreatePipeline("serve", o.common);
    if (!pipeline) return kExitSetup;
    so.pipeline = &*pipeline;
  }

  // SIGINT/SIGTERM are taken by one thread with sigwait(), which stops the server cleanly; blocked
  // here before any server thread starts, so they inherit the mask.
  sigset_t signals;
  sigemptyset(&signals);
  sigaddset(&signals, SIGINT);
  sigaddset(&signals, SIGTERM);
  pthread_sigmask(SIG_BLOCK, &signals, nullptr);

  server::Server server(open, so);
  if (Status s = server.Bind(); !s.ok()) {
    std::cerr << "rasd serve: " << s.message() << "\n";
    return kExitSetup;
  }
  std::cerr << "rasd serve: http://" << o.host << ":" << server.port() << "/ (" << o.db << ")"
            << (o.token.empty() ? "" : "; POST /api/articles enabled") << "\n";
  std::thread waiter([&server, signals] {
    int sig = 0;
    sigwait(&signals, &sig);
    server.Stop();
  });
  Status run = server.Run();
  // Wake the waiter if the server stopped on its own.
  pthread_kill(waiter.native_handle(), SIGTERM);
  waiter.join();
  if (!run.ok()) {
    std::cerr << "rasd serve: " << run.message() << "\n";
    return 1;
  }
  return 0;
}

}  // namespace

void RegisterServeCommand(CLI::App& app, int* exit_code) {
  auto o = std::make_shared<ServeOptions>();
  CLI::App* serve = app.add_subcommand("serve", "HTTP API and web map over an event database");
  AddCommon(serve, o->common);
  serve->add_option("--db", o->db, "SQLite file or postgresql:// URL")->required();
  serve->add_option("--host", o->host, "address to listen on (default 127.0.0.1: this machine only)");
  serve->add_option("--port", o->port, "port (default 8080; 0: any free port)")->check(CLI::Range(0, 65535));
  serve->add_option("--token", o->token, "enables POST /api/articles for requests with Authorization: Bearer TOKEN")
      ->envname("RASD_TOKEN");
  serve->add_option("--web", o->web, "folder of the built web page (default: web/ beside the rasd executable)");
  serve->add_option("--threads", o->threads, "worker threads (default: 4 per hardware thread, at least 32)")->check(CLI::Range(0, 256));
  serve->add_option("--max-body", o->max_body, "largest request body in bytes (default 4 MiB)");
  serve->callback([o, exit_code] { *exit_code = RunServe(*o); });
}

}  // namespace rasd::cli
