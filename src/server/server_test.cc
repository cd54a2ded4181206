// Stage `server`: every endpoint through the real HTTP stack on an ephemeral port, once with an
// in-memory store (fake_store.h) and once with the real SQLite store: answers, each invalid-parameter
// case, and the safety rules of issue 7 (SQL injection strings change nothing, static paths cannot
// escape the web folder, the write endpoint needs the token, oversized requests are refused).
#include "server/server.h"

#include <arpa/inet.h>
#include <gtest/gtest.h>
#include <httplib.h>
#include <netinet/in.h>
#include <simdjson.h>
#include <sys/socket.h>
#include <unistd.h>

#include <sqlite3.h>

#include <filesystem>
#include <fstream>
#include <thread>

#include "server/fake_store.h"

namespace rasd::server {
namespace {

namespace fs = std::filesystem;
using testing::FakeDatabase;
using testing::FakeStore;

constexpr char kCraftedTitle[] = "<script>alert('title')</script> عنوان";

Event MakeEvent(const std::string& text, const std::string& evidence, const char* type, const char* date,
                const char* country, const char* admin1, const char* location, double lat, double lon,
                const char* a1, const char* a2, int64_t fatalities) {
  Event e;
  e.event_type = type;
  e.sub_event_type = std::string(type) == "Battles" ? "Armed clash" : "Peaceful protest";
  e.date = Day::Parse(date);
  e.country = country;
  e.admin1 = admin1;
  e.location = location;
  e.lat = lat;
  e.lon = lon;
  e.actor1 = a1;
  e.actor2 = a2;
  e.fatalities = fatalities;
  e.evidence = evidence;
  e.confidence = 0.9;
  size_t at = text.find(evidence);
  if (at != std::string::npos) e.spans.evidence = {static_cast<uint32_t>(at), static_cast<uint32_t>(at + evidence.size())};
  return e;
}

void Seed(store::Store& s) {
  Document a;
  a.id = "baghouz";
  a.title = "اشتباكات في الباغوز";
  a.text = "اشتباكات في الباغوز\nاندلعت اشتباكات عنيفة بين قسد وتنظيم داعش في بلدة الباغوز.";
  a.published = Day::Parse("2019-03-12");
  a.events.push_back(MakeEvent(a.text, "اندلعت اشتباكات عنيفة بين قسد وتنظيم داعش في بلدة الباغوز", "Battles",
                               "2019-03-12", "Syria", "Deir ez-Zor", "الباغوز", 34.46, 40.94, "SDF", "ISIS", 5));
  Document b;
  b.id = "baghdad";
  b.title = "تظاهرة في بغداد";
  b.text = "تظاهرة في بغداد\nتظاهر مئات في ساحة التحرير ببغداد.";
  b.published = Day::Parse("2023-05-17");
  b.events.push_back(MakeEvent(b.text, "تظاهر مئات في ساحة التحرير ببغداد", "Protests", "2023-05-17", "Iraq",
                               "Baghdad", "بغداد", 33.31, 44.36, "Protesters (Iraq)", "", 0));
  Document c;
  c.id = "crafted";
  c.title = kCraftedTitle;
  c.text = std::string(kCraftedTitle) + "\nاشتباكات في إدلب <img src=x onerror=alert(1)> بين الطرفين.";
  c.published = Day::Parse("2019-03-20");
  c.events.push_back(MakeEvent(c.text, "اشتباكات في إدلب <img src=x onerror=alert(1)>", "Battles", "2019-03-20",
                               "Syria", "Idlib", "إدلب", 35.93, 36.63, "Military Forces of Syria", "HTS", 2));
  for (Document* d : {&a, &b, &c}) {
    Result<store::IngestOutcome> r = s.Ingest(*d);
    ASSERT_TRUE(r.ok()) << r.status().ToString();
    ASSERT_EQ(r->new_events, 1);  // three unrelated events: nothing merges
  }
}

// Every row of every table of a SQLite database, as text: equal before and after means unchanged.
std::string SqliteContents(const std::string& path) {
  sqlite3* db = nullptr;
  std::string out;
  if (sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK) return "cannot open";
  std::vector<std::string> tables;
  sqlite3_stmt* st = nullptr;
  sqlite3_prepare_v2(db, "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name", -1, &st, nullptr);
  while (sqlite3_step(st) == SQLITE_ROW) tables.emplace_back(reinterpret_cast<const char*>(sqlite3_column_text(st, 0)));
  sqlite3_finalize(st);
  for (const std::string& t : tables) {
    out += "table " + t + "\n";
    sqlite3_prepare_v2(db, ("SELECT * FROM \"" + t + "\"").c_str(), -1, &st, nullptr);
    while (sqlite3_step(st) == SQLITE_ROW) {
      for (int i = 0; i < sqlite3_column_count(st); ++i) {
        const unsigned char* v = sqlite3_column_text(st, i);
        out += v ? reinterpret_cast<const char*>(v) : "NULL";
        out += '|';
      }
      out += '\n';
    }
    sqlite3_finalize(st);
  }
  sqlite3_prepare_v2(db, "PRAGMA integrity_check", -1, &st, nullptr);
  if (sqlite3_step(st) == SQLITE_ROW) out += std::string("integrity ") + reinterpret_cast<const char*>(sqlite3_column_text(st, 0));
  sqlite3_finalize(st);
  sqlite3_close(db);
  return out;
}

enum class Backend { kFake, kSqlite };

struct Reply {
  int status = 0;
  std::string body, content_type, csp;
};

// One raw HTTP/1.1 exchange: the request bytes go out exactly as written (no client-side path
// normalization), and the reply is read to the end.
Reply Raw(int port, const std::string& request) {
  Reply r;
  int fd = ::socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in addr{};
  addr.sin_family = AF_INET;
  addr.sin_port = htons(static_cast<uint16_t>(port));
  addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  if (::connect(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr) != 0) {
    ::close(fd);
    return r;
  }
  size_t sent = 0;
  while (sent < request.size()) {
    ssize_t n = ::send(fd, request.data() + sent, request.size() - sent, MSG_NOSIGNAL);
    if (n <= 0) break;  // the server may refuse and close before reading everything
    sent += static_cast<size_t>(n);
  }
  std::string in;
  char buf[65536];
  ssize_t n;
  while ((n = ::recv(fd, buf, sizeof buf, 0)) > 0) in.append(buf, static_cast<size_t>(n));
  ::close(fd);
  if (in.rfind("HTTP/1.1 ", 0) == 0) r.status = std::atoi(in.c_str() + 9);
  size_t end = in.find("\r\n\r\n");
  r.body = end == std::string::npos ? "" : in.substr(end + 4);
  return r;
}

class ServerTest : public ::testing::TestWithParam<Backend> {
 protected:
  void SetUp() override { Start({}); }
  void TearDown() override {
    StopServer();
    if (!sqlite_path_.empty()) {
      for (const char* suffix : {"", "-wal", "-shm"}) fs::remove(sqlite_path_ + suffix);
    }
  }

  // A fresh database with the three seeded events, and a factory opening stores on it.
  StoreFactory OpenDatabase() {
    if (GetParam() == Backend::kFake) {
      if (!db_) {
        db_ = std::make_shared<FakeDatabase>();
        FakeStore s(db_);
        Seed(s);
        db_->writes = 0;
      }
      auto db = db_;
      return [db]() -> Result<std::unique_ptr<store::Store>> {
        return std::unique_ptr<store::Store>(std::make_unique<FakeStore>(db));
      };
    }
    if (sqlite_path_.empty()) {
      const ::testing::TestInfo* info = ::testing::UnitTest::GetInstance()->current_test_info();
      std::string name = info->name();  // "Stats/1" for a parameterized test
      for (char& c : name) c = c == '/' ? '_' : c;
      sqlite_path_ = (fs::temp_directory_path() / ("rasd-server-" + std::to_string(::getpid()) + "-" + name + ".db")).string();
      fs::remove(sqlite_path_);
      Result<std::unique_ptr<store::Store>> s = store::Store::Open(sqlite_path_);
      EXPECT_TRUE(s.ok()) << s.status().ToString();
      if (s.ok()) Seed(**s);
    }
    std::string path = sqlite_path_;
    return [path] { return store::Store::Open(path); };
  }

  // What the database holds, to compare before and after requests that must change nothing.
  std::string Contents() {
    if (GetParam() == Backend::kFake) {
      std::lock_guard<std::mutex> lock(db_->mu);
      return std::to_string(db_->writes) + " writes, " + std::to_string(db_->events.size()) + " events, " +
             std::to_string(db_->documents.size()) + " documents";
    }
    return SqliteContents(sqlite_path_);
  }

  bool HasDocument(const std::string& id) {
    Result<std::unique_ptr<store::Store>> s = OpenDatabase()();
    if (!s.ok()) return false;
    Result<std::optional<store::StoredDocument>> d = (*s)->GetDocument(id);
    return d.ok() && d->has_value();
  }

  void Start(ServerOptions o) {
    StopServer();
    o.host = "127.0.0.1";
    o.port = 0;
    if (o.web_dir.empty()) o.web_dir = WebDir().string();
    server_ = std::make_unique<Server>(OpenDatabase(), o);
    ASSERT_TRUE(server_->Bind().ok());
    thread_ = std::thread([this] { EXPECT_TRUE(server_->Run().ok()); });
    client_ = std::make_unique<httplib::Client>("127.0.0.1", server_->port());
    client_->set_read_timeout(10, 0);
  }

  void StopServer() {
    if (!server_) return;
    server_->Stop();
    thread_.join();
    server_.reset();
  }

  static fs::path WebDir() {
    static fs::path dir = [] {
      fs::path base = fs::temp_directory_path() / ("rasd-server-test-" + std::to_string(::getpid()));
      fs::create_directories(base / "web" / "assets");
      std::ofstream(base / "web" / "index.html") << "<!doctype html><title>rasd</title>";
      std::ofstream(base / "web" / "assets" / "app.js") << "console.log(1)";
      std::ofstream(base / "web" / "assets" / "app.css") << "body{}";
      std::ofstream(base / "secret.txt") << "TOP SECRET";
      return base / "web";
    }();
    return dir;
  }

  httplib::Result Get(const std::string& path) { return client_->Get(path.c_str()); }

  // The parsed JSON body of a GET that must succeed.
  simdjson::dom::element GetJson(const std::string& path, int want_status = 200) {
    httplib::Result r = Get(path);
    EXPECT_TRUE(r) << path;
    if (!r) return {};
    EXPECT_EQ(r->status, want_status) << path << " → " << r->body;
    body_ = r->body;
    simdjson::dom::element root;
    EXPECT_EQ(parser_.parse(body_).get(root), simdjson::SUCCESS) << body_;
    return root;
  }

  int64_t Total(const std::string& query) { return int64_t(GetJson("/api/events?" + query)["total"]); }

  std::shared_ptr<FakeDatabase> db_;
  std::string sqlite_path_;
  std::unique_ptr<Server> server_;
  std::thread thread_;
  std::unique_ptr<httplib::Client> client_;
  simdjson::dom::parser parser_;
  std::string body_;
};

TEST_P(ServerTest, EventsAsGeoJson) {
  httplib::Result r = Get("/api/events");
  ASSERT_TRUE(r);
  EXPECT_EQ(r->status, 200);
  EXPECT_EQ(r->get_header_value("Content-Type"), "application/geo+json; charset=utf-8");
  EXPECT_NE(r->get_header_value("Content-Security-Policy").find("script-src 'self'"), std::string::npos);
  EXPECT_EQ(r->get_header_value("X-Content-Type-Options"), "nosniff");
  simdjson::dom::element root = GetJson("/api/events");
  EXPECT_EQ(std::string_view(root["type"]), "FeatureCollection");
  EXPECT_EQ(int64_t(root["total"]), 3);
  simdjson::dom::array features = root["features"];
  ASSERT_EQ(features.size(), 3u);
  // Newest first.
  EXPECT_EQ(std::string_view(features.at(0)["properties"]["date"]), "2023-05-17");
  EXPECT_EQ(std::string_view(features.at(0)["geometry"]["type"]), "Point");
  EXPECT_DOUBLE_EQ(double(features.at(0)["geometry"]["coordinates"].at(0)), 44.36);
}

TEST_P(ServerTest, EventsPlainJsonWithTotal) {
  simdjson::dom::element root = GetJson("/api/events?format=json&limit=1&offset=1");
  EXPECT_EQ(int64_t(root["total"]), 3);
  EXPECT_EQ(int64_t(root["returned"]), 1);
  simdjson::dom::array events = root["events"];
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(std::string_view(events.at(0)["location"]), "إدلب");
}

TEST_P(ServerTest, EventFilters) {
  EXPECT_EQ(Total("country=Syria"), 2);
  EXPECT_EQ(Total("country=Iraq"), 1);
  EXPECT_EQ(Total("admin1=Idlib"), 1);
  EXPECT_EQ(Total("from=2019-03-01&to=2019-03-31"), 2);
  EXPECT_EQ(Total("from=2019-03-13"), 2);
  EXPECT_EQ(Total("to=2019-03-12"), 1);
  EXPECT_EQ(Total("bbox=40,34,42,35"), 1);
  EXPECT_EQ(Total("type=Battles"), 2);
  EXPECT_EQ(Total("type=Peaceful%20protest"), 1);
  EXPECT_EQ(Total("actor=SDF"), 1);
  EXPECT_EQ(Total("actor=ISIS"), 1);
  EXPECT_EQ(Total("text=%D8%A7%D9%84%D8%A8%D8%A7%D8%BA%D9%88%D8%B2"), 1);  // الباغوز
  EXPECT_EQ(Total("country=Syria&type=Battles&from=2019-03-15"), 1);
  EXPECT_EQ(Total("country=Lebanon"), 0);
}

TEST_P(ServerTest, EventsInvalidParameters) {
  for (const char* q : {"from=2019-13-01", "from=yesterday", "to=2019-02-30", "from=2019-04-01&to=2019-03-01",
                        "bbox=1,2,3", "bbox=a,b,c,d", "bbox=-181,0,0,1", "bbox=0,0,1,91", "bbox=5,0,1,1",
                        "limit=0", "limit=10001", "limit=x", "offset=-1", "offset=x", "format=xml",
                        "colour=red", "country=Syria&country=Iraq", "actor=%01", "text=%FF%FE"}) {
    httplib::Result r = Get(std::string("/api/events?") + q);
    ASSERT_TRUE(r) << q;
    EXPECT_EQ(r->status, 400) << q;
    EXPECT_EQ(r->get_header_value("Content-Type"), "application/json; charset=utf-8");
    simdjson::dom::element root;
    ASSERT_EQ(parser_.parse(r->body).get(root), simdjson::SUCCESS) << r->body;
    EXPECT_FALSE(std::string_view(root["error"]).empty());
  }
}

TEST_P(ServerTest, OneEventWithSourcesAndArticleText) {
  int64_t id = int64_t(GetJson("/api/events?actor=SDF")["features"].at(0)["id"]);
  simdjson::dom::element ev = GetJson("/api/events/" + std::to_string(id));
  EXPECT_EQ(int64_t(ev["id"]), id);
  EXPECT_EQ(std::string_view(ev["event_type"]), "Battles");
  simdjson::dom::array sources = ev["sources"];
  ASSERT_EQ(sources.size(), 1u);
  simdjson::dom::element src = sources.at(0);
  EXPECT_EQ(std::string_view(src["doc_id"]), "baghouz");
  std::string text{std::string_view(src["text"])};
  int64_t b = int64_t(src["event"]["spans"]["evidence"].at(0)), e = int64_t(src["event"]["spans"]["evidence"].at(1));
  EXPECT_EQ(text.substr(static_cast<size_t>(b), static_cast<size_t>(e - b)), std::string_view(src["event"]["evidence"]));
}

TEST_P(ServerTest, EventIdErrors) {
  EXPECT_EQ(Get("/api/events/999")->status, 404);
  for (const char* id : {"abc", "-1", "0", "1.5", "1%20OR%201=1", "99999999999999999999", "1;DROP%20TABLE%20events"}) {
    httplib::Result r = Get(std::string("/api/events/") + id);
    ASSERT_TRUE(r);
    EXPECT_EQ(r->status, 400) << id;
  }
}

TEST_P(ServerTest, Stats) {
  simdjson::dom::element s = GetJson("/api/stats");
  EXPECT_EQ(int64_t(s["events"]), 3);
  EXPECT_EQ(int64_t(s["fatalities"]), 7);
  simdjson::dom::array by_day = s["events_by_day"];
  ASSERT_EQ(by_day.size(), 3u);
  EXPECT_EQ(std::string_view(by_day.at(0)["day"]), "2019-03-12");
  EXPECT_EQ(int64_t(s["fatalities_by_day"].at(0)["count"]), 5);
  EXPECT_EQ(std::string_view(s["by_type"].at(0)["type"]), "Battles");
  EXPECT_EQ(int64_t(s["by_type"].at(0)["count"]), 2);
  EXPECT_EQ(std::string_view(s["by_country"].at(0)["country"]), "Syria");
  EXPECT_EQ(int64_t(GetJson("/api/stats?country=Iraq")["events"]), 1);
  for (const char* q : {"limit=5", "from=2019-3-1", "bbox=1", "format=json"}) {
    EXPECT_EQ(Get(std::string("/api/stats?") + q)->status, 400) << q;
  }
}

TEST_P(ServerTest, ActorsAndPlaces) {
  simdjson::dom::element a = GetJson("/api/actors?country=Syria");
  simdjson::dom::array actors = a["actors"];
  EXPECT_EQ(actors.size(), 4u);
  simdjson::dom::element p = GetJson("/api/places?limit=1");
  simdjson::dom::array places = p["places"];
  ASSERT_EQ(places.size(), 1u);
  EXPECT_EQ(int64_t(places.at(0)["count"]), 1);
  for (const char* q : {"/api/actors?limit=0", "/api/actors?format=json", "/api/places?to=x", "/api/places?who=1"}) {
    EXPECT_EQ(Get(q)->status, 400) << q;
  }
}

TEST_P(ServerTest, UnknownApiPathsAndMethods) {
  EXPECT_EQ(Get("/api/nothing")->status, 404);
  EXPECT_EQ(Get("/api")->status, 404);
  EXPECT_NE(Get("/api/nothing")->body.find("\"error\""), std::string::npos);
  EXPECT_EQ(client_->Delete("/api/events/1")->status, 404);
  EXPECT_EQ(client_->Post("/index.html", "x", "text/plain")->status, 405);
}

TEST_P(ServerTest, StaticFilesWithContentTypes) {
  httplib::Result r = Get("/");
  ASSERT_TRUE(r);
  EXPECT_EQ(r->status, 200);
  EXPECT_EQ(r->get_header_value("Content-Type"), "text/html; charset=utf-8");
  EXPECT_NE(r->get_header_value("Content-Security-Policy").find("default-src 'none'"), std::string::npos);
  EXPECT_EQ(Get("/assets/app.js")->get_header_value("Content-Type"), "text/javascript; charset=utf-8");
  EXPECT_EQ(Get("/assets/app.css")->get_header_value("Content-Type"), "text/css; charset=utf-8");
  EXPECT_EQ(Get("/nothing.js")->status, 404);
}

TEST_P(ServerTest, ABusyPortIsAnError) {
  ServerOptions o;
  o.port = server_->port();  // ours, already listening
  Server second(OpenDatabase(), o);
  Status s = second.Bind();
  EXPECT_FALSE(s.ok());
  EXPECT_NE(s.message().find("in use"), std::string::npos) << s.message();
}

// ---- issue 7: server safety --------------------------------------------------------------------

TEST_P(ServerTest, StaticPathsCannotEscapeTheWebFolder) {
  for (const char* path : {"/../secret.txt", "/%2e%2e/secret.txt", "/%2E%2E/secret.txt", "/..%2fsecret.txt",
                           "/%2e%2e%2fsecret.txt", "/assets/../../secret.txt", "/assets/%2e%2e/%2e%2e/secret.txt",
                           "//etc/passwd", "/%2fetc%2fpasswd", "/..%5csecret.txt", "/%5c..%5csecret.txt",
                           "/index.html%00.txt", "/%252e%252e/secret.txt", "/....//secret.txt",
                           "/assets/..%2f..%2fsecret.txt", "/.%2e/secret.txt"}) {
    Reply r = Raw(server_->port(), std::string("GET ") + path + " HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
    EXPECT_TRUE(r.status == 404 || r.status == 400) << path << " → " << r.status;
    EXPECT_EQ(r.body.find("TOP SECRET"), std::string::npos) << path;
  }
  // An absolute URI or one without a leading slash names no file either.
  for (const char* target : {"/etc/passwd", "http://127.0.0.1/../secret.txt", "secret.txt", "*"}) {
    Reply r = Raw(server_->port(), std::string("GET ") + target + " HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
    EXPECT_EQ(r.body.find("TOP SECRET"), std::string::npos) << target;
    EXPECT_EQ(r.body.find("root:"), std::string::npos) << target;
  }
}

TEST_P(ServerTest, SqlInjectionStringsChangeNothing) {
  const std::vector<std::string> injections = {
      "' OR '1'='1", "' OR 1=1 --", "\" OR \"\"=\"", "1; DROP TABLE events; --", "'); DELETE FROM events; --",
      "%' OR 1=1 --", "Syria' UNION SELECT * FROM documents --", "1 OR 1=1", "%", "_", "\\", "' AND sleep(5) --"};
  const std::vector<std::string> endpoints = {"/api/events", "/api/stats", "/api/actors", "/api/places"};
  const std::vector<std::string> keys = {"from", "to", "country", "admin1", "bbox", "type",
                                         "actor", "text", "limit", "offset", "format"};
  const std::string before = Contents();
  for (const std::string& ep : endpoints) {
    for (const std::string& key : keys) {
      for (const std::string& inj : injections) {
        std::string path = ep + "?" + key + "=" + httplib::detail::encode_query_param(inj);
        httplib::Result r = Get(path);
        ASSERT_TRUE(r) << path;
        if (r->status == 400) continue;
        EXPECT_EQ(r->status, 200) << path;
        // Accepted only as a literal name no event has: nothing matches.
        simdjson::dom::element root;
        ASSERT_EQ(parser_.parse(r->body).get(root), simdjson::SUCCESS);
        if (ep == "/api/events") {
          EXPECT_EQ(int64_t(root["total"]), 0) << path;
        } else if (ep == "/api/stats") {
          EXPECT_EQ(int64_t(root["events"]), 0) << path;
        }
      }
    }
  }
  for (const std::string& inj : injections) {
    httplib::Result r = Get("/api/events/" + httplib::detail::encode_query_param(inj));
    ASSERT_TRUE(r);
    EXPECT_EQ(r->status, 400) << inj;
  }
  EXPECT_EQ(Contents(), before);
  EXPECT_EQ(Total(""), 3);
}

TEST_P(ServerTest, OversizedRequestsAreRefused) {
  std::string long_uri = "/api/events?text=" + std::string(20000, 'a');
  Reply r = Raw(server_->port(), "GET " + long_uri + " HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
  EXPECT_EQ(r.status, 414);
  // A path long enough to exhaust a recursive regular expression must not reach one.
  r = Raw(server_->port(), "GET /" + std::string(8000, 'a') + " HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
  EXPECT_EQ(r.status, 404);
  r = Raw(server_->port(), "GET /api/events/" + std::string(8000, '1') + " HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
  EXPECT_EQ(r.status, 404);
  r = Raw(server_->port(), "GET /api/events HTTP/1.1\r\nHost: x\r\nX-Big: " + std::string(20000, 'b') +
                               "\r\nConnection: close\r\n\r\n");
  EXPECT_TRUE(r.status == 400 || r.status == 431 || r.status == 0) << r.status;  // refused or dropped
  EXPECT_EQ(Total(""), 3);  // still serving
}

class WriteTest : public ServerTest {
 protected:
  void SetUp() override {
    PipelineOptions po;
    po.dict_dir = RASD_TEST_DICT_DIR;
    po.data_dir = "/nonexistent";  // no gazetteer: places without coordinates are fine here
    po.gazetteer_index = "/nonexistent/gazetteer.idx";
    Result<Pipeline> p = Pipeline::Create(po);
    ASSERT_TRUE(p.ok()) << p.status().ToString();
    pipeline_ = std::make_unique<Pipeline>(std::move(*p));
    ServerOptions o;
    o.token = "s3cret-token";
    o.pipeline = pipeline_.get();
    o.max_body_bytes = 64 * 1024;
    Start(o);
  }
  httplib::Result Post(const std::string& body, const httplib::Headers& headers,
                       const char* type = "application/json") {
    return client_->Post("/api/articles", headers, body, type);
  }
  std::unique_ptr<Pipeline> pipeline_;
};

constexpr char kArticle[] =
    R"({"id":"post-1","title":"مقتل ثلاثة مدنيين","published":"2019-03-12",)"
    R"("text":"مقتل ثلاثة مدنيين\nقتل ثلاثة مدنيين أمس الإثنين بقصف جوي على بلدة الباغوز بريف دير الزور."})";

TEST_P(WriteTest, TokenRequired) {
  const std::string before = Contents();
  httplib::Result r = Post(kArticle, {});
  ASSERT_TRUE(r);
  EXPECT_EQ(r->status, 401);
  EXPECT_EQ(r->get_header_value("WWW-Authenticate"), "Bearer");
  EXPECT_EQ(Post(kArticle, {{"Authorization", "Bearer wrong"}})->status, 403);
  EXPECT_EQ(Post(kArticle, {{"Authorization", "Bearer s3cret-token-and-more"}})->status, 403);
  EXPECT_EQ(Post(kArticle, {{"Authorization", "Bearer s3cret-toke"}})->status, 403);
  EXPECT_EQ(Post(kArticle, {{"Authorization", "Basic s3cret-token"}})->status, 403);
  EXPECT_EQ(Post(kArticle, {{"Authorization", "s3cret-token"}})->status, 403);
  EXPECT_EQ(Contents(), before);
}

TEST_P(WriteTest, StoresAnArticle) {
  httplib::Headers auth = {{"Authorization", "Bearer s3cret-token"}};
  httplib::Result r = Post(kArticle, auth);
  ASSERT_TRUE(r);
  EXPECT_EQ(r->status, 201) << r->body;
  EXPECT_TRUE(HasDocument("post-1"));
  const std::string after = Contents();
  EXPECT_EQ(Post(kArticle, auth)->status, 200);  // the same article again: a duplicate, nothing changes
  EXPECT_EQ(Contents(), after);
}

TEST_P(WriteTest, BadBodies) {
  const std::string before = Contents();
  httplib::Headers auth = {{"Authorization", "Bearer s3cret-token"}};
  EXPECT_EQ(Post(kArticle, auth, "text/plain")->status, 415);
  for (const char* body : {"", "not json", "[]", R"({"id":"x"})", R"({"text":"x"})", R"({"id":"x","text":"y","published":"z"})"}) {
    EXPECT_EQ(Post(body, auth)->status, 400) << body;
  }
  std::string big = R"({"id":"big","text":")" + std::string(100 * 1024, 'x') + "\"}";
  httplib::Result r = Post(big, auth);
  if (r) {
    EXPECT_EQ(r->status, 413);  // or the connection is dropped while the client still sends
  }
  EXPECT_EQ(Contents(), before);
}

TEST_P(ServerTest, WritesOffWithoutToken) {
  const std::string before = Contents();
  httplib::Result r = client_->Post("/api/articles", {{"Authorization", "Bearer "}}, kArticle, "application/json");
  ASSERT_TRUE(r);
  EXPECT_EQ(r->status, 403);
  EXPECT_EQ(Contents(), before);
}

std::string BackendName(const ::testing::TestParamInfo<Backend>& info) {
  return info.param == Backend::kFake ? "Fake" : "Sqlite";
}
INSTANTIATE_TEST_SUITE_P(Stores, ServerTest, ::testing::Values(Backend::kFake, Backend::kSqlite), BackendName);
INSTANTIATE_TEST_SUITE_P(Stores, WriteTest, ::testing::Values(Backend::kFake, Backend::kSqlite), BackendName);

}  // namespace
}  // namespace rasd::server
