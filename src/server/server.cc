#include "server/server.h"

#include <httplib.h>
#include <netdb.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <chrono>
#include <fstream>
#include <iostream>
#include <iterator>
#include <mutex>
#include <sstream>
#include <thread>
#include <vector>

#include "server/api.h"
#include "server/static_files.h"

namespace rasd::server {

const char kContentSecurityPolicy[] =
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
    "font-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

namespace {

constexpr char kJson[] = "application/json; charset=utf-8";

// Store objects are single-threaded: a request borrows one and gives it back when done.
class StorePool {
 public:
  explicit StorePool(StoreFactory factory) : factory_(std::move(factory)) {}

  Result<std::unique_ptr<store::Store>> Take() {
    {
      std::lock_guard<std::mutex> lock(mu_);
      if (!idle_.empty()) {
        std::unique_ptr<store::Store> s = std::move(idle_.back());
        idle_.pop_back();
        return s;
      }
    }
    return factory_();
  }
  void Give(std::unique_ptr<store::Store> s) {
    std::lock_guard<std::mutex> lock(mu_);
    idle_.push_back(std::move(s));
  }

 private:
  StoreFactory factory_;
  std::mutex mu_;
  std::vector<std::unique_ptr<store::Store>> idle_;
};

// Gives the store back to the pool at the end of the request, whatever happens in between.
class Lease {
 public:
  Lease(StorePool& pool, std::unique_ptr<store::Store> s) : pool_(pool), store_(std::move(s)) {}
  ~Lease() { if (store_) pool_.Give(std::move(store_)); }
  store::Store& operator*() { return *store_; }
  store::Store* operator->() { return store_.get(); }

 private:
  StorePool& pool_;
  std::unique_ptr<store::Store> store_;
};

void SendJson(httplib::Response& res, int status, const std::string& body, const char* type = kJson) {
  res.status = status;
  res.set_content(body, type);
}

void SendError(httplib::Response& res, int status, const std::string& message) {
  SendJson(res, status, ErrorJson(message));
}

// A store failure: the caller's fault (400) or ours (500, details on standard error only).
void SendStoreError(httplib::Response& res, const Status& s) {
  if (s.code() == Status::Code::kInvalidArgument) {
    SendError(res, 400, s.message());
    return;
  }
  std::cerr << "rasd serve: store error: " << s.ToString() << "\n";
  SendError(res, 500, "internal error: the event database could not answer");
}

// httplib binds with SO_REUSEPORT, so a second server on a busy port would bind too and the kernel
// would share connections between them. A plain bind() tells whether the port is free.
Status CheckPortFree(const std::string& host, int port) {
  addrinfo hints{};
  hints.ai_family = AF_UNSPEC;
  hints.ai_socktype = SOCK_STREAM;
  hints.ai_flags = AI_PASSIVE;
  addrinfo* found = nullptr;
  if (getaddrinfo(host.c_str(), std::to_string(port).c_str(), &hints, &found) != 0 || found == nullptr) {
    return Status::InvalidArgument("cannot resolve host " + host);
  }
  Status status;
  int fd = ::socket(found->ai_family, found->ai_socktype, found->ai_protocol);
  if (fd >= 0) {
    int yes = 1;
    ::setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &yes, sizeof yes);  // a port in TIME_WAIT is free
    if (::bind(fd, found->ai_addr, found->ai_addrlen) != 0 && errno == EADDRINUSE) {
      status = Status::IOError(host + ":" + std::to_string(port) + " is already in use");
    }
    ::close(fd);
  }
  freeaddrinfo(found);
  return status;
}

bool EqualConstantTime(const std::string& a, const std::string& b) {
  // Time does not depend on where the strings differ (the token must not leak byte by byte).
  unsigned char diff = a.size() == b.size() ? 0 : 1;
  for (size_t i = 0; i < a.size(); ++i) diff |= static_cast<unsigned char>(a[i] ^ (i < b.size() ? b[i] : 0));
  return diff == 0;
}

bool StartsWithNoCase(const std::string& s, std::string_view prefix) {
  if (s.size() < prefix.size()) return false;
  for (size_t i = 0; i < prefix.size(); ++i) {
    if (std::tolower(static_cast<unsigned char>(s[i])) != prefix[i]) return false;
  }
  return true;
}

}  // namespace

struct Server::Impl {
  Impl(StoreFactory f, ServerOptions o) : pool(std::move(f)), options(std::move(o)) {}

  StorePool pool;
  ServerOptions options;
  httplib::Server http;
  int bound_port = -1;
  std::atomic<bool> run_started{false}, stop_requested{false};

  // Runs `body` with a borrowed store, or answers 500 when no store can be opened.
  template <typename F>
  void WithStore(httplib::Response& res, F&& body) {
    Result<std::unique_ptr<store::Store>> s = pool.Take();
    if (!s.ok()) {
      SendStoreError(res, s.status());
      return;
    }
    Lease lease(pool, std::move(*s));
    body(*lease);
  }

  void Events(const httplib::Request& req, httplib::Response& res) {
    Result<ApiQuery> q = ParseQuery(QueryKind::kEvents, req.params);
    if (!q.ok()) return SendError(res, 400, q.status().message());
    WithStore(res, [&](store::Store& st) {
      Result<std::vector<store::StoredEvent>> events = st.Query(q->filter);
      if (!events.ok()) return SendStoreError(res, events.status());
      Result<int64_t> total = st.Count(q->filter);
      if (!total.ok()) return SendStoreError(res, total.status());
      if (q->format == Format::kJson) {
        SendJson(res, 200, EventsJson(*events, *total, q->filter));
      } else {
        SendJson(res, 200, EventsGeoJson(*events, *total, q->filter), "application/geo+json; charset=utf-8");
      }
    });
  }

  void Event(const httplib::Request& req, httplib::Response& res) {
    Result<int64_t> id = ParseEventId(req.matches[1]);
    if (!id.ok()) return SendError(res, 400, id.status().message());
    WithStore(res, [&](store::Store& st) {
      Result<std::optional<store::StoredEvent>> ev = st.GetEvent(*id);
      if (!ev.ok()) return SendStoreError(res, ev.status());
      if (!ev->has_value()) return SendError(res, 404, "no event " + std::to_string(*id));
      std::vector<std::optional<std::string>> texts;
      for (const store::EventSource& src : (*ev)->sources) {
        Result<std::optional<store::StoredDocument>> doc = st.GetDocument(src.doc_id);
        if (!doc.ok()) return SendStoreError(res, doc.status());
        texts.push_back(doc->has_value() ? std::optional<std::string>((*doc)->text) : std::nullopt);
      }
      SendJson(res, 200, EventDetailJson(**ev, texts));
    });
  }

  void Stats(const httplib::Request& req, httplib::Response& res) {
    Result<ApiQuery> q = ParseQuery(QueryKind::kStats, req.params);
    if (!q.ok()) return SendError(res, 400, q.status().message());
    WithStore(res, [&](store::Store& st) {
      Result<store::Stats> stats = st.GetStats(q->filter);
      if (!stats.ok()) return SendStoreError(res, stats.status());
      SendJson(res, 200, StatsJson(*stats));
    });
  }

  void Counts(const httplib::Request& req, httplib::Response& res, bool actors) {
    Result<ApiQuery> q = ParseQuery(QueryKind::kCounts, req.params);
    if (!q.ok()) return SendError(res, 400, q.status().message());
    WithStore(res, [&](store::Store& st) {
      auto counts = actors ? st.Actors(q->filter) : st.Places(q->filter);
      if (!counts.ok()) return SendStoreError(res, counts.status());
      SendJson(res, 200, actors ? CountsJson(*counts, "actors", "actor") : CountsJson(*counts, "places", "place"));
    });
  }

  void PostArticle(const httplib::Request& req, httplib::Response& res) {
    if (options.token.empty() || options.pipeline == nullptr) {
      return SendError(res, 403, "writing is disabled: start rasd serve with --token to accept articles");
    }
    const std::string auth = req.get_header_value("Authorization");
    if (auth.empty()) {
      res.set_header("WWW-Authenticate", "Bearer");
      return SendError(res, 401, "missing Authorization: Bearer <token>");
    }
    if (!StartsWithNoCase(auth, "bearer ") || !EqualConstantTime(auth.substr(7), options.token)) {
      return SendError(res, 403, "wrong token");
    }
    if (!StartsWithNoCase(req.get_header_value("Content-Type"), "application/json")) {
      return SendError(res, 415, "expected Content-Type: application/json");
    }
    Result<Document> doc = ParseArticleJson(req.body);
    if (!doc.ok()) return SendError(res, 400, doc.status().message());
    options.pipeline->Process(*doc);
    WithStore(res, [&](store::Store& st) {
      Result<store::IngestOutcome> outcome = st.Ingest(*doc);
      if (!outcome.ok()) return SendStoreError(res, outcome.status());
      SendJson(res, outcome->duplicate ? 200 : 201, IngestJson(*doc, *outcome));
    });
  }

  // httplib 0.11 compresses with brotli whenever a client accepts it, at quality 11 and with no setting:
  // 6 s for the 1 MB page bundle. gzip at zlib's default level takes milliseconds, so brotli is taken
  // out of Accept-Encoding before the response is written. The request object is httplib's own
  // non-const local, handed to handlers as const; rewriting this one header is the only change.
  static void PreferGzip(const httplib::Request& req) {
    auto& headers = const_cast<httplib::Headers&>(req.headers);
    auto it = headers.find("Accept-Encoding");
    if (it == headers.end() || it->second.find("br") == std::string::npos) return;
    it->second = it->second.find("gzip") != std::string::npos ? "gzip" : "identity";
  }

  // Files of the web page, for every GET outside /api/. Handled here, before routing, so no regular
  // expression ever runs over a long untrusted path.
  httplib::Server::HandlerResponse Static(const httplib::Request& req, httplib::Response& res) {
    if (req.path == "/api" || req.path.rfind("/api/", 0) == 0) return httplib::Server::HandlerResponse::Unhandled;
    if (req.method != "GET" && req.method != "HEAD") {
      SendError(res, 405, "method not allowed");
      return httplib::Server::HandlerResponse::Handled;
    }
    std::optional<std::filesystem::path> file;
    if (!options.web_dir.empty()) file = ResolveStaticPath(options.web_dir, req.path);
    if (!file) {
      SendError(res, 404, "not found");
      return httplib::Server::HandlerResponse::Handled;
    }
    std::ifstream in(*file, std::ios::binary);
    std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    if (!in.good() && !in.eof()) {
      SendError(res, 500, "could not read the file");
      return httplib::Server::HandlerResponse::Handled;
    }
    res.status = 200;
    res.set_content(std::move(bytes), ContentTypeFor(*file));
    res.set_header("Cache-Control", "no-cache");
    return httplib::Server::HandlerResponse::Handled;
  }

  void Routes() {
    http.set_default_headers({
        {"Content-Security-Policy", kContentSecurityPolicy},
        {"X-Content-Type-Options", "nosniff"},
        {"Referrer-Policy", "no-referrer"},
        {"X-Frame-Options", "DENY"},
        {"Cross-Origin-Opener-Policy", "same-origin"},
    });
    http.set_payload_max_length(options.max_body_bytes);
    http.set_read_timeout(10, 0);
    http.set_write_timeout(10, 0);
    // httplib gives each connection a worker for as long as it is kept alive, and a browser opens
    // six: many cheap threads and a short keep-alive keep idle connections from starving new ones.
    // Stores are opened only for requests that run at the same time, not per thread.
    http.set_keep_alive_max_count(1000);
    http.set_keep_alive_timeout(2);
    // Headers and body go out in separate writes: without TCP_NODELAY, Nagle's algorithm holds the
    // body's last segment until the client's delayed ACK, 40 ms on every mid-sized answer.
    http.set_tcp_nodelay(true);
    size_t threads = options.threads > 0 ? static_cast<size_t>(options.threads)
                                         : std::max<size_t>(32, 4 * std::thread::hardware_concurrency());
    http.new_task_queue = [threads] { return new httplib::ThreadPool(threads); };

    http.set_pre_routing_handler([this](const httplib::Request& req, httplib::Response& res) {
      PreferGzip(req);
      return Static(req, res);
    });
    http.Get("/api/events", [this](const httplib::Request& q, httplib::Response& r) { Events(q, r); });
    http.Get(R"(/api/events/([^/]{0,64}))", [this](const httplib::Request& q, httplib::Response& r) { Event(q, r); });
    http.Get("/api/stats", [this](const httplib::Request& q, httplib::Response& r) { Stats(q, r); });
    http.Get("/api/actors", [this](const httplib::Request& q, httplib::Response& r) { Counts(q, r, true); });
    http.Get("/api/places", [this](const httplib::Request& q, httplib::Response& r) { Counts(q, r, false); });
    http.Post("/api/articles", [this](const httplib::Request& q, httplib::Response& r) { PostArticle(q, r); });

    // Every error gets a JSON body: the ones httplib produces itself (404, 413, 414...) come bodiless.
    http.set_error_handler(httplib::Server::HandlerWithResponse([](const httplib::Request&, httplib::Response& res) {
      if (!res.body.empty()) return httplib::Server::HandlerResponse::Unhandled;
      const char* msg = res.status == 404   ? "not found"
                        : res.status == 413 ? "request body too large"
                        : res.status == 414 ? "request URI too long"
                        : res.status == 405 ? "method not allowed"
                                            : "bad request";
      SendError(res, res.status, msg);
      return httplib::Server::HandlerResponse::Handled;
    }));
    http.set_exception_handler([](const httplib::Request&, httplib::Response& res, std::exception_ptr ep) {
      try {
        if (ep) std::rethrow_exception(ep);
      } catch (const std::exception& e) {
        std::cerr << "rasd serve: exception: " << e.what() << "\n";
      } catch (...) {
        std::cerr << "rasd serve: unknown exception\n";
      }
      SendError(res, 500, "internal error");
    });
  }
};

Server::Server(StoreFactory open_store, ServerOptions options)
    : impl_(std::make_unique<Impl>(std::move(open_store), std::move(options))) {
  impl_->Routes();
}

Server::~Server() { Stop(); }

Status Server::Bind() {
  if (!impl_->options.token.empty() && impl_->options.pipeline == nullptr) {
    return Status::InvalidArgument("a token was given but no pipeline to run submitted articles");
  }
  // Open one store now: a wrong --db is reported at start-up, and the first request finds it ready.
  Result<std::unique_ptr<store::Store>> s = impl_->pool.Take();
  if (!s.ok()) return s.status();
  impl_->pool.Give(std::move(*s));
  const ServerOptions& o = impl_->options;
  if (o.port == 0) {
    impl_->bound_port = impl_->http.bind_to_any_port(o.host);
  } else if (o.port > 0 && o.port < 65536) {
    if (Status free = CheckPortFree(o.host, o.port); !free.ok()) return free;
    if (impl_->http.bind_to_port(o.host, o.port)) impl_->bound_port = o.port;
  }
  if (impl_->bound_port <= 0) {
    return Status::IOError("cannot listen on " + o.host + ":" + std::to_string(o.port));
  }
  return Status::OK();
}

int Server::port() const { return impl_->bound_port; }

Status Server::Run() {
  if (impl_->bound_port <= 0) return Status::InvalidArgument("Run() before a successful Bind()");
  impl_->run_started = true;
  if (impl_->stop_requested) return Status::OK();
  if (!impl_->http.listen_after_bind() && !impl_->stop_requested) {
    return Status::IOError("the server stopped listening");
  }
  return Status::OK();
}

void Server::Stop() {
  if (impl_->stop_requested.exchange(true)) return;
  // httplib ignores stop() until its accept loop runs: wait for it when Run() has begun.
  if (!impl_->run_started) return;
  for (int i = 0; i < 2000 && !impl_->http.is_running(); ++i) {
    std::this_thread::sleep_for(std::chrono::milliseconds(1));
  }
  impl_->http.stop();
}

}  // namespace rasd::server
