// Stage `server`: the HTTP API over a Store and the web page's files (`rasd serve`).
//
//   ServerOptions o;                 // 127.0.0.1:8080, no token (read-only), no web folder
//   o.web_dir = "build/web";
//   Server server([] { return store::Store::Open("events.db"); }, o);
//   if (Status s = server.Bind(); !s.ok()) ...   // server.port() is the bound port (o.port 0: any free)
//   server.Run();                    // blocks until Stop() (from another thread or a signal handler)
//
// Requests run on a thread pool. Store objects are single-threaded, so each request borrows one from a
// pool that opens a new one only when every open one is busy: at most one per worker thread, and in
// practice one per request running at the same time.
#pragma once

#include <cstddef>
#include <functional>
#include <memory>
#include <string>

#include "rasd/pipeline.h"
#include "rasd/status.h"
#include "store/store.h"

namespace rasd::server {

using StoreFactory = std::function<Result<std::unique_ptr<store::Store>>()>;

// The Content-Security-Policy sent with every response: scripts, styles, images and requests from this
// origin only, no inline script, no plugins, no framing. The page builds its DOM with textContent, and
// this is the second line of defence against markup in an article.
extern const char kContentSecurityPolicy[];

struct ServerOptions {
  std::string host = "127.0.0.1";
  int port = 8080;             // 0: any free port (see Server::port())
  std::string token;           // POST /api/articles needs "Authorization: Bearer <token>"; empty: writes off
  std::string web_dir;         // the built web page; empty: API only
  int threads = 0;             // worker threads; 0: 4 per hardware thread, at least 32
  size_t max_body_bytes = 4u << 20;  // larger request bodies get 413
  const Pipeline* pipeline = nullptr;  // runs POSTed articles; required when token is set
};

class Server {
 public:
  Server(StoreFactory open_store, ServerOptions options);
  ~Server();
  Server(const Server&) = delete;
  Server& operator=(const Server&) = delete;

  // Opens one store (so a bad --db fails here, not on the first request) and binds the socket.
  Status Bind();
  int port() const;
  // Serves until Stop(). Returns an error when the server stopped for another reason.
  Status Run();
  void Stop();

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace rasd::server
