// Crash safety of `rasd ingest` (issue 7), on SQLite and on PostgreSQL: the real binary is killed with
// SIGKILL at random moments (seeded, so a failure replays), and after every kill the database must pass
// PRAGMA integrity_check (SQLite; a PostgreSQL server is not hurt by a dying client), hold exactly the first k documents of the input (stored in input order, whole batches only), each with
// all the events an uninterrupted run gives it; running the ingest again must then complete to the same
// database as the uninterrupted run (same documents, canonical events and sources; ids aside).
//
// The corpus is a few hundred short Arabic news reports generated here from templates: clashes, air
// strikes, bombings, arrests, protests in towns of five countries, on forty days, from six outlets, with
// repeated incidents (so reports merge) and syndicated copies (near-duplicates).
#include <gtest/gtest.h>
#include <fcntl.h>
#include <signal.h>
#include <sqlite3.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <random>
#include <set>
#include <string>
#include <thread>
#include <vector>

#include "export/event_jsonl.h"
#include "store/sql.h"
#include "store/store.h"

namespace {

namespace fs = std::filesystem;
using rasd::store::Store;

struct Article {
  std::string id, json;
};

// ---- The corpus ----------------------------------------------------------------------------------

struct Town {
  const char* name;
  const char* province;
};
constexpr Town kTowns[] = {
    {"حلب", "محافظة حلب"},   {"إدلب", "محافظة إدلب"},      {"درعا", "محافظة درعا"},     {"حمص", "محافظة حمص"},
    {"الرقة", "محافظة الرقة"}, {"منبج", "ريف حلب الشرقي"},    {"الموصل", "محافظة نينوى"},   {"كركوك", "محافظة كركوك"},
    {"الفلوجة", "محافظة الأنبار"}, {"بعقوبة", "محافظة ديالى"}, {"تعز", "محافظة تعز"},      {"الحديدة", "محافظة الحديدة"},
    {"مأرب", "محافظة مأرب"},   {"جنين", "شمال الضفة الغربية"}, {"نابلس", "شمال الضفة الغربية"}, {"خان يونس", "جنوب قطاع غزة"},
    {"طرابلس", "غرب ليبيا"},   {"بنغازي", "شرق ليبيا"},
};
constexpr const char* kOutlets[] = {"وكالة الأنباء المحلية", "Outlet One", "Outlet Two", "Sky Test", "الصحيفة اليومية",
                                    "راديو المدينة"};
constexpr const char* kCounts[] = {"اثنين", "ثلاثة", "أربعة", "خمسة", "ستة", "سبعة", "8", "9", "10", "12"};
constexpr const char* kDays[] = {"أمس", "اليوم", "مساء أمس", "فجر اليوم"};
// {n} a count, {t} the town, {p} its province, {d} the day.
constexpr const char* kEvents[] = {
    "قتل {n} مدنيين {d} في غارة جوية استهدفت أحياء سكنية في مدينة {t} في {p}.",
    "اندلعت اشتباكات عنيفة {d} بين الجيش ومسلحين في محيط مدينة {t}، أسفرت عن مقتل {n} مسلحين.",
    "تظاهر مئات المحتجين {d} في ساحة مدينة {t} للمطالبة بتحسين الخدمات وتوفير فرص العمل.",
    "انفجرت عبوة ناسفة {d} بدورية للشرطة في مدينة {t}، ما أدى إلى مقتل {n} عناصر وإصابة آخرين.",
    "اعتقلت قوات الأمن {d} {n} أشخاص خلال حملة مداهمات في مدينة {t}.",
    "قصفت المدفعية {d} أطراف مدينة {t} في {p}، ما أسفر عن إصابة {n} مدنيين بجروح.",
    "هاجم مسلحون مجهولون {d} حاجزا للجيش قرب مدينة {t}، وقتلوا {n} جنود.",
};
constexpr const char* kFillers[] = {
    "وقالت مصادر محلية إن الوضع لا يزال متوترا في المنطقة.",
    "ولم تعلن أي جهة مسؤوليتها عن الهجوم حتى الآن.",
    "ويأتي ذلك في ظل تصعيد مستمر تشهده المنطقة منذ أسابيع.",
    "وطالب ناشطون بفتح تحقيق مستقل في ملابسات ما جرى.",
    "وأكد شهود عيان أن الطرق المؤدية إلى المدينة أغلقت لساعات.",
};

std::string Fill(std::string s, const std::map<std::string, std::string>& vars) {
  for (const auto& [key, value] : vars) {
    for (size_t at = s.find(key); at != std::string::npos; at = s.find(key, at + value.size())) {
      s.replace(at, key.size(), value);
    }
  }
  return s;
}

std::string JsonString(const std::string& s) {
  std::string out = "\"";
  for (char c : s) {
    if (c == '"' || c == '\\') out += '\\';
    if (c == '\n') {
      out += "\\n";
      continue;
    }
    out += c;
  }
  return out + "\"";
}

// Deterministic for a seed: std::mt19937's output is fixed by the standard; only its raw output is used.
std::vector<Article> MakeCorpus(size_t n, uint32_t seed) {
  std::mt19937 rng(seed);
  auto pick = [&rng](size_t size) { return static_cast<size_t>(rng() % size); };
  std::vector<Article> corpus;
  struct Incident {
    std::string sentence, day_text;
    int day;
  };
  std::vector<Incident> incidents;  // reported again by other outlets
  while (corpus.size() < n) {
    size_t i = corpus.size();
    int day = 1 + static_cast<int>(pick(28));
    std::string published = "2023-03-" + std::string(day < 10 ? "0" : "") + std::to_string(day);
    std::string outlet = kOutlets[pick(std::size(kOutlets))];
    std::string text;
    std::string title;
    if (i >= 20 && pick(8) == 0) {
      // A syndicated copy of an earlier article with a credit line added: a near-duplicate.
      const Article& original = corpus[pick(corpus.size())];
      std::string json = original.json;
      std::string marker = "\"text\":\"";
      size_t at = json.find(marker);
      json.insert(at + marker.size(), "(" + outlet + ") - ");
      std::string id = "copy-" + std::to_string(i);
      json.replace(json.find(original.id), original.id.size(), id);
      corpus.push_back({id, json});
      continue;
    }
    int events = 1 + static_cast<int>(pick(3));
    for (int e = 0; e < events; ++e) {
      std::string sentence;
      if (!incidents.empty() && pick(4) == 0) {
        const Incident& again = incidents[pick(incidents.size())];
        sentence = again.sentence;  // the same incident from another outlet, on the same day
        published = "2023-03-" + std::string(again.day < 10 ? "0" : "") + std::to_string(again.day);
      } else {
        const Town& town = kTowns[pick(std::size(kTowns))];
        sentence = Fill(kEvents[pick(std::size(kEvents))], {{"{n}", kCounts[pick(std::size(kCounts))]},
                                                             {"{t}", town.name},
                                                             {"{p}", town.province},
                                                             {"{d}", kDays[pick(std::size(kDays))]}});
        incidents.push_back({sentence, "", day});
      }
      if (title.empty()) title = sentence.substr(0, sentence.find("،"));
      text += sentence + "\n";
      if (pick(2) == 0) text += std::string(kFillers[pick(std::size(kFillers))]) + "\n";
    }
    std::string id = "doc-" + std::to_string(i);
    std::string json = "{\"id\":" + JsonString(id) + ",\"source\":" + JsonString(outlet) +
                       ",\"url\":\"https://news.example/" + std::to_string(i) + "\",\"published\":\"" + published +
                       "\",\"title\":" + JsonString(title) + ",\"text\":" + JsonString(text) + "}";
    corpus.push_back({id, json});
  }
  return corpus;
}

// ---- Running the binary --------------------------------------------------------------------------

pid_t StartIngest(const std::string& db, const std::string& corpus) {
  pid_t pid = fork();
  if (pid == 0) {
    int devnull = open("/dev/null", O_WRONLY);
    dup2(devnull, STDOUT_FILENO);
    dup2(devnull, STDERR_FILENO);
    setenv("RASD_GAZETTEER", RASD_TEST_GAZETTEER, 1);
    execl(RASD_BINARY, RASD_BINARY, "ingest", "--db", db.c_str(), "-j2", corpus.c_str(), static_cast<char*>(nullptr));
    _exit(127);
  }
  return pid;
}

int Wait(pid_t pid) {
  int status = 0;
  waitpid(pid, &status, 0);
  return WIFEXITED(status) ? WEXITSTATUS(status) : -WTERMSIG(status);
}

// ---- What a database holds -----------------------------------------------------------------------

struct Content {
  std::set<std::string> documents;                          // doc_id + content hash + copy_of
  std::vector<std::string> events;                          // canonical events with sources, ids left out, sorted
  std::map<std::string, std::vector<std::string>> doc_events;  // each document's events as extracted, sorted
  bool operator==(const Content&) const = default;
};

Content Dump(const std::string& db, const std::vector<Article>& corpus) {
  Content c;
  auto store = Store::Open(db);
  EXPECT_TRUE(store.ok()) << store.status().ToString();
  if (!store.ok()) return c;
  for (const Article& a : corpus) {
    auto d = (*store)->GetDocument(a.id);
    EXPECT_TRUE(d.ok()) << d.status().ToString();
    if (d.ok() && d->has_value()) c.documents.insert(a.id + " " + (*d)->content_hash + " " + (*d)->copy_of);
  }
  rasd::store::EventFilter all;
  all.limit = 0;
  auto events = (*store)->Query(all);
  EXPECT_TRUE(events.ok()) << events.status().ToString();
  if (!events.ok()) return c;
  for (const rasd::store::StoredEvent& listed : *events) {
    auto e = (*store)->GetEvent(listed.id);
    EXPECT_TRUE(e.ok() && e->has_value());
    if (!e.ok() || !e->has_value()) continue;
    rasd::store::StoredEvent event = std::move(**e);
    event.id = 0;  // ids are the database's business (PostgreSQL sequences skip after a rollback)
    std::string line;
    rasd::exporter::AppendStoredEventJsonl(event, line);
    c.events.push_back(line);
    for (const rasd::store::EventSource& s : event.sources) {
      std::string source_event;
      rasd::exporter::AppendEventMembers(s.event, /*with_spans=*/true, source_event);
      c.doc_events[s.doc_id].push_back(source_event);
    }
  }
  std::sort(c.events.begin(), c.events.end());
  for (auto& [doc, list] : c.doc_events) std::sort(list.begin(), list.end());
  return c;
}

// Opened read-write, as the next run opens it: a killed writer's WAL is recovered on open.
std::string IntegrityCheck(const std::string& path) {
  sqlite3* db = nullptr;
  std::string result;
  sqlite3_stmt* stmt = nullptr;
  if (sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READWRITE, nullptr) != SQLITE_OK ||
      sqlite3_prepare_v2(db, "PRAGMA integrity_check", -1, &stmt, nullptr) != SQLITE_OK) {
    result = std::string("cannot check: ") + sqlite3_errmsg(db);
  } else {
    int rc;
    while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
      if (!result.empty()) result += "; ";
      result += reinterpret_cast<const char*>(sqlite3_column_text(stmt, 0));
    }
    if (rc != SQLITE_DONE) result += std::string(" (step: ") + sqlite3_errmsg(db) + ")";
  }
  sqlite3_finalize(stmt);
  sqlite3_close(db);
  return result;
}

std::string Getenv(const char* name, const char* fallback) {
  const char* v = std::getenv(name);
  return v && *v ? v : fallback;
}

// Parameter: "sqlite" (a file in a temporary folder) or "postgres" (a throwaway schema of
// RASD_TEST_POSTGRES_URL, default postgresql:///rasd_test, which scripts/setup.sh creates).
class CrashSafetyTest : public ::testing::TestWithParam<std::string> {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("rasd_crash_test_" + GetParam() + "_" + std::to_string(::getpid()));
    fs::create_directories(dir_);
    corpus_ = MakeCorpus(360, 20261125);
    std::ofstream out(dir_ / "corpus.jsonl", std::ios::binary);
    for (const Article& a : corpus_) out << a.json << "\n";
    if (postgres()) {
      std::string base = Getenv("RASD_TEST_POSTGRES_URL", "postgresql:///rasd_test");
      auto admin = rasd::store::OpenPostgres(base);
      ASSERT_TRUE(admin.ok()) << "PostgreSQL is unreachable at " << base << " (" << admin.status().ToString()
                              << "). Run scripts/setup.sh, or set RASD_TEST_POSTGRES_URL.";
      admin_ = std::move(*admin);
      base_url_ = base + (base.find('?') == std::string::npos ? "?" : "&") + "options=-csearch_path%3D";
    }
  }
  void TearDown() override {
    for (const std::string& schema : schemas_) admin_->ExecScript("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
    fs::remove_all(dir_);
  }
  bool postgres() const { return GetParam() == "postgres"; }
  std::string Path(const std::string& name) const { return (dir_ / name).string(); }

  // An empty database named `name`: its --db target.
  std::string FreshDb(const std::string& name) {
    if (!postgres()) {
      std::string db = Path(name + ".db");
      for (const char* suffix : {"", "-wal", "-shm", "-journal"}) fs::remove(db + suffix);
      return db;
    }
    std::string schema = "rasd_crash_" + name + "_" + std::to_string(::getpid());
    EXPECT_TRUE(admin_->ExecScript("DROP SCHEMA IF EXISTS " + schema + " CASCADE; CREATE SCHEMA " + schema).ok());
    schemas_.insert(schema);
    return base_url_ + schema;
  }
  // How many documents a database holds while a run writes to it; 0 before its tables exist. SQLite is
  // read through its own read-only handle: WAL readers never block the writer, and a read-only
  // connection never checkpoints or removes a killed writer's WAL.
  int64_t StoredDocuments(const std::string& db) const {
    const std::string count = "SELECT count(*) FROM documents";
    if (postgres()) {
      std::string schema = db.substr(db.rfind("%3D") + 3);
      auto rows = admin_->Query("SELECT count(*) FROM " + schema + ".documents", {});
      return rows.ok() && !rows->empty() ? rows->front().Int(0) : 0;
    }
    sqlite3* handle = nullptr;
    sqlite3_stmt* stmt = nullptr;
    int64_t n = 0;
    if (sqlite3_open_v2(db.c_str(), &handle, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK &&
        sqlite3_prepare_v2(handle, count.c_str(), -1, &stmt, nullptr) == SQLITE_OK && sqlite3_step(stmt) == SQLITE_ROW) {
      n = sqlite3_column_int64(stmt, 0);
    }
    sqlite3_finalize(stmt);
    sqlite3_close(handle);
    return n;
  }
  // Polls until a run started on `db` has committed more than `stored` documents, or `limit` has passed
  // (the run may end first, or store nothing new).
  void AwaitCommitBeyond(const std::string& db, int64_t stored, std::chrono::microseconds limit) const {
    auto until = std::chrono::steady_clock::now() + limit;
    while (StoredDocuments(db) <= stored && std::chrono::steady_clock::now() < until) {
      std::this_thread::sleep_for(std::chrono::microseconds(500));
    }
  }
  // Whether a killed run got as far as creating the database (SQLite: the file).
  bool Exists(const std::string& db) const { return postgres() || fs::exists(db); }
  std::string Integrity(const std::string& db) const { return postgres() ? "ok" : IntegrityCheck(db); }

  fs::path dir_;
  std::vector<Article> corpus_;
  std::unique_ptr<rasd::store::SqlConnection> admin_;
  std::string base_url_;
  std::set<std::string> schemas_;
};

INSTANTIATE_TEST_SUITE_P(Backends, CrashSafetyTest, ::testing::Values("sqlite", "postgres"),
                         [](const auto& param_info) { return param_info.param; });

TEST_P(CrashSafetyTest, SigkillAnywhereThenRerunEqualsUninterruptedRun) {
  // A first run compiles the gazetteer index when the build has none yet: done here, outside the timed
  // reference run, or kills spread over that one long run would mostly land after later runs ended.
  {
    std::ofstream(Path("warmup.jsonl")) << corpus_[0].json << "\n";
    ASSERT_EQ(Wait(StartIngest(FreshDb("warmup"), Path("warmup.jsonl"))), 0);
  }
  // The uninterrupted reference, and how long a run takes (kills are spread over it).
  std::string ref_db = FreshDb("reference");
  auto start = std::chrono::steady_clock::now();
  ASSERT_EQ(Wait(StartIngest(ref_db, Path("corpus.jsonl"))), 0);
  auto run_us = std::chrono::duration_cast<std::chrono::microseconds>(std::chrono::steady_clock::now() - start).count();
  Content reference = Dump(ref_db, corpus_);
  ASSERT_EQ(reference.documents.size(), corpus_.size());
  ASSERT_GT(reference.events.size(), 100u);
  size_t merged = 0;
  for (const std::string& e : reference.events) merged += e.find("\"source_count\":1,") == std::string::npos;
  EXPECT_GT(merged, 10u) << "the corpus should make reports merge";

  std::mt19937 rng(7);
  // A PostgreSQL run takes about four times longer; under AddressSanitizer everything does.
#ifdef __SANITIZE_ADDRESS__
  const int kRounds = postgres() ? 4 : 8;
#else
  const int kRounds = postgres() ? 8 : 20;
#endif
  int partial = 0;  // kills that left some but not all documents stored
  // Where a kill lands is timing. A kill at a random moment of a run tests start-up, schema creation and
  // whatever the run was doing; but the window between the first and the last commit can be a small
  // share of a run (a PostgreSQL client's start-up; a loaded CI machine), so half the kills are aimed:
  // they wait until this run has committed something new, then land a little later. Extra rounds (up to
  // three times as many) still run until enough kills have landed mid-ingest; the check below demands them.
  constexpr int kMinPartial = 3;
  for (int round = 0; round < kRounds || (partial < kMinPartial && round < 3 * kRounds); ++round) {
    SCOPED_TRACE("round " + std::to_string(round));
    std::string db = FreshDb("crash");
    size_t stored_before = 0;  // documents the killed runs of this round left
    // One to three kills in a row on the same database, each run resuming the last.
    int kills = 1 + static_cast<int>(rng() % 3);
    for (int k = 0; k < kills; ++k) {
      bool aimed = rng() % 2 == 0;
      pid_t pid = StartIngest(db, Path("corpus.jsonl"));
      if (aimed) AwaitCommitBeyond(db, static_cast<int64_t>(stored_before), std::chrono::microseconds(4 * run_us));
      uint64_t window = static_cast<uint64_t>(aimed ? std::max<int64_t>(run_us / 8, 1) : run_us);
      std::this_thread::sleep_for(std::chrono::microseconds(rng() % window));
      kill(pid, SIGKILL);
      Wait(pid);
      if (!Exists(db)) continue;  // killed before the database was created
      ASSERT_EQ(Integrity(db), "ok");
      Content now = Dump(db, corpus_);
      // Whole documents in input order: the stored ones are exactly a prefix of the corpus.
      size_t stored = now.documents.size();
      for (size_t i = 0; i < corpus_.size(); ++i) {
        bool is_stored = std::any_of(now.documents.begin(), now.documents.end(),
                                     [&](const std::string& d) { return d.starts_with(corpus_[i].id + " "); });
        ASSERT_EQ(is_stored, i < stored) << corpus_[i].id << " after " << stored << " stored documents";
      }
      partial += stored > 0 && stored < corpus_.size();
      stored_before = stored;
      // Every stored document has all its events, as the uninterrupted run extracted them.
      for (const auto& [doc, events] : now.doc_events) {
        auto it = reference.doc_events.find(doc);
        ASSERT_NE(it, reference.doc_events.end()) << doc;
        EXPECT_EQ(events, it->second) << doc;
      }
      for (const auto& [doc, events] : reference.doc_events) {
        size_t index = std::stoul(doc.substr(doc.find('-') + 1));
        if (index < stored) {
          EXPECT_TRUE(now.doc_events.count(doc)) << doc << " stored without its events";
        }
      }
      for (const std::string& d : now.documents) EXPECT_TRUE(reference.documents.count(d)) << d;
    }
    // Running again to the end gives the uninterrupted result.
    ASSERT_EQ(Wait(StartIngest(db, Path("corpus.jsonl"))), 0);
    ASSERT_EQ(Integrity(db), "ok");
    Content done = Dump(db, corpus_);
    EXPECT_EQ(done.documents, reference.documents);
    EXPECT_EQ(done.events, reference.events);
    EXPECT_EQ(done.doc_events, reference.doc_events);
    if (HasFailure()) break;
  }
  // Some kills must have landed while documents were being written.
  EXPECT_GE(partial, kMinPartial) << "too few kills landed mid-ingest to test anything";
  std::cout << "[ info ] " << partial << " kills left a partly ingested database; a whole run takes "
            << run_us / 1000 << " ms\n";
}

}  // namespace
