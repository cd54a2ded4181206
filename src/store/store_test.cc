// Stage `store`: the Store contract, run against both backends (SQLite in a temporary file,
// PostgreSQL in a throwaway schema of RASD_TEST_POSTGRES_URL, default postgresql:///rasd_test).
// A PostgreSQL case FAILS when the server is unreachable: scripts/setup.sh starts it.
#include <gtest/gtest.h>
#include <sqlite3.h>
#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>

#include "store/sql.h"
#include "store/store.h"
#include "store/testing.h"

namespace rasd::store {
namespace {

namespace fs = std::filesystem;

Day D(const char* s) { return *Day::Parse(s); }

Event Ev(const std::string& sub, const char* date, const std::string& loc, const std::string& country,
         std::optional<double> lat, std::optional<double> lon, const std::string& a1, const std::string& a2 = "",
         int64_t fatalities = 0) {
  Event e;
  e.sub_event_type = sub;
  e.event_type = sub == "Armed clash"                ? "Battles"
                 : sub == "Air/drone strike"         ? "Explosions/Remote violence"
                 : sub == "Shelling/artillery/missile attack" ? "Explosions/Remote violence"
                 : sub == "Attack"                   ? "Violence against civilians"
                 : sub == "Peaceful protest"         ? "Protests"
                                                     : "Battles";
  if (date) e.date = D(date);
  e.location = loc;
  e.country = country;
  e.lat = lat;
  e.lon = lon;
  e.geo_precision = lat ? 1 : 2;
  e.actor1 = a1;
  e.actor2 = a2;
  e.fatalities = fatalities;
  e.evidence = "اشتباكات عنيفة في " + loc;
  e.confidence = 0.8;
  return e;
}

Document Doc(const std::string& id, const std::string& text, std::vector<Event> events) {
  Document d;
  d.id = id;
  d.url = "https://example.org/" + id;
  d.title = "عنوان " + id;
  d.source = "example.org";
  d.text = text;
  d.published = D("2023-05-17");
  d.events = std::move(events);
  return d;
}

// A news-style paragraph long enough for a fingerprint (written for these tests).
const std::string kStory =
    "قالت مصادر محلية إن اشتباكات عنيفة اندلعت صباح اليوم بين قوات الجيش ومسلحين في ريف المدينة الشرقي، "
    "واستمرت عدة ساعات قبل أن تتراجع حدتها مع حلول المساء. وأضافت المصادر أن القذائف سقطت على أطراف "
    "البلدة وألحقت أضرارا بعدد من المنازل والمحال التجارية، فيما نزحت عشرات العائلات نحو القرى المجاورة "
    "خشية تجدد القتال. وأكد مسؤول في المجلس المحلي أن فرق الإسعاف نقلت المصابين إلى المستشفى الوحيد في "
    "المنطقة، الذي يعاني من نقص حاد في الأدوية والمعدات الطبية منذ أشهر. ولم تصدر الجهات الرسمية أي بيان "
    "حول حصيلة الاشتباكات حتى ساعة إعداد هذا التقرير، بينما تحدث ناشطون عن تعزيزات عسكرية وصلت ليلا إلى "
    "محيط البلدة قادمة من مركز المحافظة.";

const std::string kOtherStory =
    "افتتحت وزارة التربية اليوم معرضا للكتاب في العاصمة بمشاركة أكثر من مئتي دار نشر عربية وأجنبية، "
    "ويستمر المعرض عشرة أيام تتخللها ندوات فكرية وأمسيات شعرية وورش عمل للأطفال. وقال مدير المعرض إن "
    "الدورة الحالية تشهد إقبالا كبيرا من الزوار مقارنة بالعام الماضي، وإن اللجنة المنظمة خصصت جناحا "
    "للكتب المترجمة وآخر للمخطوطات النادرة. وأشار إلى أن أسعار الكتب مدعومة هذا العام لتشجيع القراءة بين "
    "الشباب وطلاب الجامعات، داعيا المواطنين إلى زيارة المعرض والاستفادة من العروض الخاصة.";

std::string Getenv(const char* name, const char* fallback) {
  const char* v = std::getenv(name);
  return v && *v ? v : fallback;
}

class StoreTest : public ::testing::TestWithParam<std::string> {
 protected:
  void SetUp() override {
    const auto* info = ::testing::UnitTest::GetInstance()->current_test_info();
    std::string name = std::string(info->test_suite_name()) + "_" + info->name();
    for (char& c : name) c = std::isalnum(static_cast<unsigned char>(c)) ? std::tolower(c) : '_';
    name += "_" + std::to_string(::getpid());
    if (GetParam() == "sqlite") {
      path_ = (fs::temp_directory_path() / ("rasd_store_" + name + ".db")).string();
      RemoveDb();
      target_ = path_;
    } else {
      std::string base = Getenv("RASD_TEST_POSTGRES_URL", "postgresql:///rasd_test");
      auto admin = OpenPostgres(base);
      ASSERT_TRUE(admin.ok()) << "PostgreSQL is unreachable at " << base << " (" << admin.status().ToString()
                              << "). Run scripts/setup.sh: it installs PostgreSQL, starts the local cluster and "
                                 "creates the rasd_test database; or set RASD_TEST_POSTGRES_URL.";
      admin_ = std::move(*admin);
      schema_ = name.substr(0, 50);
      ASSERT_TRUE(admin_->ExecScript("DROP SCHEMA IF EXISTS " + schema_ + " CASCADE; CREATE SCHEMA " + schema_).ok());
      target_ = base + (base.find('?') == std::string::npos ? "?" : "&") + "options=-csearch_path%3D" + schema_;
    }
    store_ = Open();
  }

  void TearDown() override {
    testing::SetIngestFaultHook(nullptr);
    store_.reset();
    if (admin_) admin_->ExecScript("DROP SCHEMA IF EXISTS " + schema_ + " CASCADE");
    if (!path_.empty()) RemoveDb();
  }

  void RemoveDb() {
    for (const char* suffix : {"", "-wal", "-shm"}) fs::remove(path_ + suffix);
  }

  std::unique_ptr<Store> Open() {
    auto s = Store::Open(target_);
    EXPECT_TRUE(s.ok()) << s.status().ToString();
    return s.ok() ? std::move(*s) : nullptr;
  }

  IngestOutcome Ingest(const Document& d) {
    auto r = store_->Ingest(d);
    EXPECT_TRUE(r.ok()) << r.status().ToString();
    return r.ok() ? *r : IngestOutcome{};
  }

  int64_t Count(const EventFilter& f = {}) {
    auto c = store_->Count(f);
    EXPECT_TRUE(c.ok()) << c.status().ToString();
    return c.ok() ? *c : -1;
  }

  std::vector<StoredEvent> Query(const EventFilter& f = {}) {
    auto q = store_->Query(f);
    EXPECT_TRUE(q.ok()) << q.status().ToString();
    return q.ok() ? *q : std::vector<StoredEvent>{};
  }

  StoredEvent Get(int64_t id) {
    auto g = store_->GetEvent(id);
    EXPECT_TRUE(g.ok() && g->has_value()) << g.status().ToString();
    return g.ok() && g->has_value() ? **g : StoredEvent{};
  }

  // Two reports: the second document's event against the first's; returns the event count.
  int64_t TwoReports(const Event& a, const Event& b) {
    Ingest(Doc("a", "نص أ", {a}));
    Ingest(Doc("b", "نص ب", {b}));
    return Count();
  }

  std::string target_, path_, schema_;
  std::unique_ptr<SqlConnection> admin_;
  std::unique_ptr<Store> store_;
};

const std::optional<double> kNone;

// EventFilter from a setter (designated initializers that skip fields warn under -Wextra).
template <typename F>
EventFilter Filter(F set) {
  EventFilter f;
  set(f);
  return f;
}
const std::string kSdf = "Syrian Democratic Forces";
const std::string kIs = "Islamic State (Syria)";

// --- idempotence, replacement, near-duplicates ------------------------------------------------

TEST_P(StoreTest, ReingestingTheSameDocumentChangesNothing) {
  Document d = Doc("a", kStory, {Ev("Armed clash", "2023-05-16", "الشحيل", "Syria", 35.08, 40.52, kSdf, kIs, 3)});
  IngestOutcome first = Ingest(d);
  EXPECT_FALSE(first.duplicate);
  EXPECT_EQ(first.new_events, 1);
  IngestOutcome again = Ingest(d);
  EXPECT_TRUE(again.duplicate);
  EXPECT_EQ(again.new_events + again.merged_events, 0);
  EXPECT_EQ(Count(), 1);
  EXPECT_EQ(Get(first.event_ids[0]).sources.size(), 1u);
  // Reopening keeps everything.
  store_ = Open();
  EXPECT_EQ(Count(), 1);
  EXPECT_TRUE(Ingest(d).duplicate);
}

TEST_P(StoreTest, ChangedContentReplacesTheDocumentAndItsReports) {
  Event x = Ev("Armed clash", "2023-05-16", "الشحيل", "Syria", 35.08, 40.52, kSdf, kIs, 3);
  IngestOutcome a1 = Ingest(Doc("a", "النسخة الأولى", {x}));
  Event xb = x;
  xb.fatalities = 5;
  IngestOutcome b = Ingest(Doc("b", "تقرير آخر", {xb}));
  ASSERT_EQ(b.merged_events, 1);
  EXPECT_EQ(Get(a1.event_ids[0]).source_count, 2);
  EXPECT_EQ(Get(a1.event_ids[0]).event.fatalities, 3);
  // New version of "a" reports a different event: its old report leaves the merged event, which is
  // recomputed from b alone (fatalities 5 now).
  Event y = Ev("Peaceful protest", "2023-05-17", "القامشلي", "Syria", 37.05, 41.22, "Protesters (Syria)");
  IngestOutcome a2 = Ingest(Doc("a", "النسخة الثانية المعدلة", {y}));
  EXPECT_TRUE(a2.replaced);
  EXPECT_FALSE(a2.duplicate);
  EXPECT_EQ(a2.new_events, 1);
  StoredEvent merged = Get(a1.event_ids[0]);
  EXPECT_EQ(merged.source_count, 1);
  ASSERT_EQ(merged.sources.size(), 1u);
  EXPECT_EQ(merged.sources[0].doc_id, "b");
  EXPECT_EQ(merged.event.fatalities, 5);
  EXPECT_EQ(Count(), 2);
  auto doc = store_->GetDocument("a");
  ASSERT_TRUE(doc.ok() && doc->has_value());
  EXPECT_EQ((*doc)->text, "النسخة الثانية المعدلة");
  // A document whose only report goes takes its event with it.
  IngestOutcome b2 = Ingest(Doc("b", "تقرير آخر بلا أحداث", {}));
  EXPECT_TRUE(b2.replaced);
  EXPECT_EQ(Count(), 1);
  EXPECT_FALSE(store_->GetEvent(a1.event_ids[0])->has_value());
}

TEST_P(StoreTest, NearDuplicateJoinsTheOriginalsEvents) {
  Event x = Ev("Armed clash", "2023-05-16", "الشحيل", "Syria", 35.08, 40.52, kSdf, kIs, 3);
  IngestOutcome a = Ingest(Doc("a", kStory, {x}));
  // A syndicated copy: agency prefix, one word changed; its extraction placed the event elsewhere
  // (a different town 40 km away), which the merge rules alone would keep apart.
  std::string copy = "دمشق (وكالات) - " + kStory;
  copy.replace(copy.find("عدة ساعات"), std::string("عدة ساعات").size(), "بضع ساعات");
  Event xc = Ev("Armed clash", "2023-05-16", "البصيرة", "Syria", 35.15, 40.10, kSdf, kIs, 4);
  IngestOutcome c = Ingest(Doc("copy", copy, {xc}));
  EXPECT_TRUE(c.near_duplicate);
  EXPECT_EQ(c.copy_of, "a");
  EXPECT_EQ(c.new_events, 0);
  EXPECT_EQ(c.merged_events, 1);
  ASSERT_EQ(c.event_ids.size(), 1u);
  EXPECT_EQ(c.event_ids[0], a.event_ids[0]);
  StoredEvent e = Get(a.event_ids[0]);
  ASSERT_EQ(e.sources.size(), 2u);
  EXPECT_NE(e.sources[1].rule.find("near-duplicate of a"), std::string::npos) << e.sources[1].rule;
  auto doc = store_->GetDocument("copy");
  ASSERT_TRUE(doc.ok() && doc->has_value());
  EXPECT_EQ((*doc)->copy_of, "a");
  // A copy of the copy points at the first document.
  IngestOutcome c2 = Ingest(Doc("copy2", copy + " ", {xc}));
  EXPECT_EQ(c2.copy_of, "a");
  EXPECT_EQ(Count(), 1);
  // An unrelated article is not a copy.
  IngestOutcome o = Ingest(Doc("other", kOtherStory, {}));
  EXPECT_FALSE(o.near_duplicate);
  EXPECT_EQ((*store_->GetDocument("other"))->copy_of, "");
}

// An event that gets its day from a later report (here a near-duplicate's, which joins it whatever
// its day) is found on that day by the next report, as the SQL lookup found it; the writer's memory
// of that day, read before, must take the event in.
TEST_P(StoreTest, AnEventThatGetsADayIsFoundOnIt) {
  Event undated = Ev("Armed clash", nullptr, "الشحيل", "Syria", kNone, kNone, kSdf);
  undated.date_precision = 3;
  IngestOutcome a = Ingest(Doc("a", kStory, {undated}));
  // Another clash elsewhere on 2023-05-16: the writer reads 2023-05-15..17 of Battles.
  Ingest(Doc("z", "نص ز", {Ev("Armed clash", "2023-05-16", "درعا", "Syria", 32.62, 36.10, kIs)}));
  // The copy dates the undated event: 2023-05-16, day precision.
  Event dated = Ev("Armed clash", "2023-05-16", "الشحيل", "Syria", kNone, kNone, kSdf);
  IngestOutcome c = Ingest(Doc("copy", "دمشق (وكالات) - " + kStory, {dated}));
  ASSERT_TRUE(c.near_duplicate);
  ASSERT_EQ(c.event_ids, a.event_ids);
  ASSERT_TRUE(Get(a.event_ids[0]).event.date.has_value());
  // A third report of the place on the next day joins it.
  IngestOutcome w = Ingest(Doc("w", "نص و", {Ev("Armed clash", "2023-05-17", "الشحيل", "Syria", kNone, kNone, kSdf)}));
  EXPECT_EQ(w.merged_events, 1);
  EXPECT_EQ(w.event_ids, a.event_ids);
  EXPECT_EQ(Count(), 2);
}

// --- one event from many reports ----------------------------------------------------------------

TEST_P(StoreTest, MergesSameLocationTextWithoutCoordinates) {
  EXPECT_EQ(TwoReports(Ev("Armed clash", "2023-05-16", "الشحيل", "Syria", kNone, kNone, kSdf),
                       Ev("Armed clash", "2023-05-16", "الشُّحيل", "Syria", kNone, kNone, kSdf)),
            1);
  StoredEvent e = Query()[0];
  EXPECT_EQ(e.source_count, 2);
  EXPECT_NE(Get(e.id).sources[1].rule.find("same location"), std::string::npos);
}

TEST_P(StoreTest, MergesPlacesWithin10Km) {
  EXPECT_EQ(TwoReports(Ev("Armed clash", "2023-05-16", "الشحيل", "Syria", 35.08, 40.52, kSdf),
                       Ev("Armed clash", "2023-05-16", "ذيبان", "Syria", 35.01, 40.51, kSdf)),
            1);
  EXPECT_NE(Get(Query()[0].id).sources[1].rule.find("km apart"), std::string::npos);
}

TEST_P(StoreTest, MergesOneDayApart) {
  EXPECT_EQ(TwoReports(Ev("Armed clash", "2023-05-16", "الشحيل", "Syria", 35.08, 40.52, kSdf),
                       Ev("Armed clash", "2023-05-17", "الشحيل", "Syria", 35.08, 40.52, kSdf)),
            1);
  EXPECT_NE(Get(Query()[0].id).sources[1].rule.find("one day apart"), std::string::npos);
}

TEST_P(StoreTest, MergesGenericOrMissingActors) {
  EXPECT_EQ(TwoReports(Ev("Attack", "2023-05-16", "درعا", "Syria", 32.62, 36.10, "Unidentified Armed Group (Syria)",
                          "Civilians (Syria)"),
                       Ev("Attack", "2023-05-16", "درعا", "Syria", 32.62, 36.10, kIs, "")),
            1);
  StoredEvent e = Get(Query()[0].id);
  EXPECT_NE(e.sources[1].rule.find("actor1 generic"), std::string::npos) << e.sources[1].rule;
  EXPECT_NE(e.sources[1].rule.find("actor2 missing"), std::string::npos) << e.sources[1].rule;
  // Canonical actors: the named actor replaces the generic one; actor2 from the first that has it.
  EXPECT_EQ(e.event.actor1, kIs);
  EXPECT_EQ(e.event.actor2, "Civilians (Syria)");
}

TEST_P(StoreTest, MergesWhenOneSideHasNoActor1) {
  EXPECT_EQ(TwoReports(Ev("Air/drone strike", "2023-05-16", "إدلب", "Syria", 35.93, 36.63, ""),
                       Ev("Air/drone strike", "2023-05-16", "إدلب", "Syria", 35.93, 36.63, "Military Forces of Russia")),
            1);
  EXPECT_EQ(Query()[0].event.actor1, "Military Forces of Russia");
}

TEST_P(StoreTest, DoesNotMergeDifferentSubEventTypes) {
  Event a = Ev("Air/drone strike", "2023-05-16", "إدلب", "Syria", 35.93, 36.63, "");
  Event b = Ev("Shelling/artillery/missile attack", "2023-05-16", "إدلب", "Syria", 35.93, 36.63, "");
  EXPECT_EQ(TwoReports(a, b), 2);
}

TEST_P(StoreTest, DoesNotMergeTwoDaysApart) {
  EXPECT_EQ(TwoReports(Ev("Armed clash", "2023-05-16", "الشحيل", "Syria", 35.08, 40.52, kSdf),
                       Ev("Armed clash", "2023-05-18", "الشحيل", "Syria", 35.08, 40.52, kSdf)),
            2);
}

TEST_P(StoreTest, DoesNotMergeDistantPlaces) {
  EXPECT_EQ(TwoReports(Ev("Armed clash", "2023-05-16", "الشحيل", "Syria", 35.08, 40.52, kSdf),
                       Ev("Armed clash", "2023-05-16", "الميادين", "Syria", 35.02, 40.45 + 0.3, kSdf)),
            2);
}

TEST_P(StoreTest, DoesNotMergeSameNameInAnotherCountryWithoutCoordinates) {
  EXPECT_EQ(TwoReports(Ev("Peaceful protest", "2023-05-16", "الحسينية", "Iraq", kNone, kNone, "Protesters (Iraq)"),
                       Ev("Peaceful protest", "2023-05-16", "الحسينية", "Syria", kNone, kNone, "Protesters (Iraq)")),
            2);
}

TEST_P(StoreTest, DoesNotMergeDifferentActors) {
  EXPECT_EQ(TwoReports(Ev("Armed clash", "2023-05-16", "الشحيل", "Syria", 35.08, 40.52, kSdf, kIs),
                       Ev("Armed clash", "2023-05-16", "الشحيل", "Syria", 35.08, 40.52, "Military Forces of Syria", kIs)),
            2);
}

TEST_P(StoreTest, DoesNotMergeDifferentActor2) {
  EXPECT_EQ(TwoReports(Ev("Armed clash", "2023-05-16", "الشحيل", "Syria", 35.08, 40.52, kSdf, kIs),
                       Ev("Armed clash", "2023-05-16", "الشحيل", "Syria", 35.08, 40.52, kSdf, "Military Forces of Syria")),
            2);
}

TEST_P(StoreTest, DoesNotMergeEventsOfTheSameDocument) {
  Event x = Ev("Armed clash", "2023-05-16", "الشحيل", "Syria", 35.08, 40.52, kSdf, kIs);
  IngestOutcome o = Ingest(Doc("a", "نص", {x, x}));
  EXPECT_EQ(o.new_events, 2);
  EXPECT_EQ(Count(), 2);
  // A third report from another article joins the first of them (lowest id on a tie).
  IngestOutcome b = Ingest(Doc("b", "نص ب", {x}));
  EXPECT_EQ(b.event_ids[0], o.event_ids[0]);
}

TEST_P(StoreTest, DoesNotMergeUndatedEvents) {
  EXPECT_EQ(TwoReports(Ev("Armed clash", nullptr, "الشحيل", "Syria", 35.08, 40.52, kSdf),
                       Ev("Armed clash", nullptr, "الشحيل", "Syria", 35.08, 40.52, kSdf)),
            2);
}

TEST_P(StoreTest, FatalitiesAreTheLowestCredibleReport) {
  Event base = Ev("Air/drone strike", "2023-05-16", "إدلب", "Syria", 35.93, 36.63, "Military Forces of Russia");
  std::vector<std::pair<int64_t, std::optional<int64_t>>> reports = {{0, std::nullopt}, {12, 30}, {9, 0}, {15, 25}};
  int64_t id = 0;
  for (size_t i = 0; i < reports.size(); ++i) {
    Event e = base;
    e.fatalities = reports[i].first;
    e.injured = reports[i].second;
    // (Appended, not "r" + to_string(i): g++ 12 warns about that expression here, -Wrestrict, falsely.)
    std::string doc_id = "r";
    doc_id += std::to_string(i);
    IngestOutcome o = Ingest(Doc(doc_id, "تقرير " + std::to_string(i), {e}));
    if (i == 0) id = o.event_ids[0];
    EXPECT_EQ(o.event_ids[0], id);
    if (i == 0) {
      EXPECT_EQ(Get(id).event.fatalities, 0);  // nobody has given a figure yet
    }
    if (i == 1) {
      EXPECT_EQ(Get(id).event.fatalities, 12);  // "0" meant "not said", not "nobody"
    }
  }
  StoredEvent e = Get(id);
  EXPECT_EQ(e.event.fatalities, 9);
  EXPECT_EQ(e.event.injured, 25);
  EXPECT_EQ(e.source_count, 4);
}

// Through the database: the flag is stored with each report and survives recomputation.
TEST_P(StoreTest, VagueTollsDoNotOutvoteNumberedReports) {
  Event base = Ev("Chemical weapon", "2018-04-07", "دوما", "Syria", 33.57, 36.40, "Military Forces of Syria",
                  "Civilians (Syria)");
  base.event_type = "Explosions/Remote violence";
  struct Report {
    int64_t fatalities;
    bool vague;
  };
  const Report reports[] = {{3, true}, {42, false}, {3, true}, {10, true}, {40, false}};
  int64_t id = 0;
  for (size_t i = 0; i < std::size(reports); ++i) {
    Event e = base;
    e.fatalities = reports[i].fatalities;
    e.fatalities_vague = reports[i].vague;
    IngestOutcome o = Ingest(Doc("v" + std::to_string(i), "تقرير " + std::to_string(i), {e}));
    if (i == 0) id = o.event_ids[0];
    EXPECT_EQ(o.event_ids[0], id);
    if (i == 0) {
      StoredEvent first = Get(id);
      EXPECT_EQ(first.event.fatalities, 3);  // nothing better yet
      EXPECT_TRUE(first.event.fatalities_vague);
    }
    if (i == 2) {
      EXPECT_EQ(Get(id).event.fatalities, 42);  // 3 and 3 agree, but are no figure
    }
  }
  StoredEvent e = Get(id);
  EXPECT_EQ(e.event.fatalities, 40);
  EXPECT_FALSE(e.event.fatalities_vague);
  ASSERT_EQ(e.sources.size(), std::size(reports));
  for (size_t i = 0; i < std::size(reports); ++i) EXPECT_EQ(e.sources[i].event.fatalities_vague, reports[i].vague);
  // The same through an export's pages.
  std::vector<StoredEvent> seen;
  ASSERT_TRUE(store_->ForEachEvent({}, Store::SourceDetail::kFull, [&](const StoredEvent& x) {
    seen.push_back(x);
    return true;
  }).ok());
  ASSERT_EQ(seen.size(), 1u);
  ASSERT_EQ(seen[0].sources.size(), std::size(reports));
  EXPECT_TRUE(seen[0].sources[0].event.fatalities_vague);
  EXPECT_FALSE(seen[0].sources[1].event.fatalities_vague);
}

TEST_P(StoreTest, LaterMorePreciseReportsRefineDateAndPlace) {
  Event vague = Ev("Armed clash", "2023-05-16", "دير الزور", "Syria", kNone, kNone, "", "", 2);
  vague.date_precision = 2;
  vague.geo_precision = 3;
  vague.admin1 = "Deir ez-Zor";
  Event precise = Ev("Armed clash", "2023-05-15", "دير الزور", "Syria", 35.33, 40.14, kSdf, "", 4);
  precise.date_precision = 1;
  precise.admin1 = "Deir ez-Zor";
  Event later_vague = vague;
  later_vague.date = D("2023-05-16");
  IngestOutcome a = Ingest(Doc("a", "أ", {vague}));
  Ingest(Doc("b", "ب", {precise}));
  Ingest(Doc("c", "ج", {later_vague}));
  StoredEvent e = Get(a.event_ids[0]);
  EXPECT_EQ(e.source_count, 3);
  EXPECT_EQ(e.event.date, D("2023-05-15"));
  EXPECT_EQ(e.event.date_precision, 1);
  EXPECT_EQ(e.event.geo_precision, 1);
  ASSERT_TRUE(e.event.lat.has_value());
  EXPECT_DOUBLE_EQ(*e.event.lat, 35.33);
  EXPECT_EQ(e.event.actor1, kSdf);
  EXPECT_EQ(e.event.fatalities, 2);
}

TEST_P(StoreTest, MergingIsDeterministicForAnIngestionOrder) {
  std::vector<Document> docs;
  for (int i = 0; i < 12; ++i) {
    Event e = Ev(i % 3 ? "Armed clash" : "Attack", i % 2 ? "2023-05-16" : "2023-05-17", i % 4 ? "الشحيل" : "ذيبان",
                 "Syria", kNone, kNone, i % 5 ? kSdf : "", "", i);
    // (Appended rather than "literal" + std::to_string(i): GCC 12 warns -Wrestrict, falsely, on that
    // inlined operator+ once this file has enough tests.)
    const std::string n = std::to_string(i);
    docs.push_back(Doc(std::string("d").append(n), std::string("نص ").append(n), {e}));
  }
  auto dump = [&]() {
    std::string out;
    for (const StoredEvent& e : Query(Filter([](EventFilter& f) { f.limit = 0; }))) {
      StoredEvent full = Get(e.id);
      out += std::to_string(e.id) + ":" + e.event.sub_event_type + ":" + std::to_string(e.event.fatalities) + ":" +
             e.event.actor1 + "[";
      for (const EventSource& s : full.sources) out += s.doc_id + "=" + s.rule + ";";
      out += "]\n";
    }
    return out;
  };
  for (const Document& d : docs) Ingest(d);
  std::string first = dump();
  TearDown();
  SetUp();
  std::vector<const Document*> batch;
  for (const Document& d : docs) batch.push_back(&d);
  auto r = store_->IngestBatch(batch);
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  EXPECT_EQ(r->size(), docs.size());
  EXPECT_EQ(dump(), first);
  EXPECT_LT(Count(), 12);
  // The same batch with its DocumentKeys computed beforehand (as `rasd ingest` does).
  TearDown();
  SetUp();
  std::vector<DocumentKeys> keys;
  for (const Document* d : batch) keys.push_back(DocumentKeys::Of(*d));
  auto prepared = store_->IngestPrepared(batch, keys);
  ASSERT_TRUE(prepared.ok()) << prepared.status().ToString();
  EXPECT_EQ(dump(), first);
}

TEST_P(StoreTest, IngestPreparedUsesTheKeysAndChecksTheirCount) {
  Event x = Ev("Armed clash", "2023-05-16", "الشحيل", "Syria", 35.08, 40.52, kSdf, kIs, 3);
  Document original = Doc("a", kStory, {x});
  Document copy = Doc("b", "(وكالة) - " + kStory, {x});
  std::vector<DocumentKeys> keys = {DocumentKeys::Of(original),
                                                 DocumentKeys::Of(copy)};
  ASSERT_TRUE(keys[0].fingerprint.has_value());
  EXPECT_FALSE(store_->IngestPrepared({&original, &copy}, {keys[0]}).ok());
  auto r = store_->IngestPrepared({&original, &copy}, keys);
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  EXPECT_TRUE((*r)[1].near_duplicate);
  EXPECT_EQ((*r)[1].copy_of, "a");
  // The stored content hash is the one given, so the same document again is a duplicate.
  auto again = store_->ContentHashOf("a");
  ASSERT_TRUE(again.ok() && again->has_value());
  EXPECT_EQ(**again, keys[0].content_hash);
  EXPECT_TRUE(Ingest(original).duplicate);
}

// --- reading back ---------------------------------------------------------------------------

class StoreQueryTest : public StoreTest {
 protected:
  void SetUp() override {
    StoreTest::SetUp();
    if (!store_) return;
    Event e1 = Ev("Armed clash", "2023-05-10", "الشحيل", "Syria", 35.08, 40.52, kSdf, kIs, 3);
    e1.admin1 = "Deir ez-Zor";
    Event e2 = Ev("Air/drone strike", "2023-05-12", "إدلب", "Syria", 35.93, 36.63, "Military Forces of Russia",
                  "Civilians (Syria)", 5);
    e2.admin1 = "Idleb";
    e2.injured = 7;
    Event e3 = Ev("Peaceful protest", "2023-06-01", "الناصرية", "Iraq", 31.05, 46.26, "Protesters (Iraq)");
    e3.admin1 = "Dhi-Qar";
    Event e4 = Ev("Attack", "2023-06-02", "الموصل", "Iraq", 36.34, 43.13, kIs, "Civilians (Iraq)", 2);
    e4.admin1 = "Ninewa";
    Event e5 = Ev("Armed clash", "2023-06-02", "الشحيل", "Syria", 35.08, 40.52, kSdf, kIs, 1);
    e5.admin1 = "Deir ez-Zor";
    e5.evidence = "Clashes near the OIL field";
    ids_.push_back(Ingest(Doc("q1", "ن1", {e1})).event_ids[0]);
    ids_.push_back(Ingest(Doc("q2", "ن2", {e2})).event_ids[0]);
    ids_.push_back(Ingest(Doc("q3", "ن3", {e3})).event_ids[0]);
    ids_.push_back(Ingest(Doc("q4", "ن4", {e4})).event_ids[0]);
    ids_.push_back(Ingest(Doc("q5", "ن5", {e5})).event_ids[0]);
    // A second report of e2 with a longer evidence, for the text filter over sources.
    Event e2b = e2;
    e2b.evidence = "غارة جوية على سوق شعبي في إدلب";
    Ingest(Doc("q2b", "ن2ب", {e2b}));
  }
  std::vector<int64_t> Ids(const EventFilter& f) {
    std::vector<int64_t> out;
    for (const StoredEvent& e : Query(f)) out.push_back(e.id);
    return out;
  }
  std::vector<int64_t> ids_;
};

TEST_P(StoreQueryTest, NewestFirstWithPaging) {
  ASSERT_EQ(ids_.size(), 5u);
  EXPECT_EQ(Ids({}), (std::vector<int64_t>{ids_[4], ids_[3], ids_[2], ids_[1], ids_[0]}));
  EXPECT_EQ(Ids(Filter([](EventFilter& f) { f.limit = 2; })), (std::vector<int64_t>{ids_[4], ids_[3]}));
  EXPECT_EQ(Ids(Filter([](EventFilter& f) { f.limit = 2; f.offset = 2; })), (std::vector<int64_t>{ids_[2], ids_[1]}));
  EXPECT_EQ(Ids(Filter([](EventFilter& f) { f.limit = 0; f.offset = 3; })), (std::vector<int64_t>{ids_[1], ids_[0]}));
  EXPECT_EQ(Count({}), 5);
  EXPECT_EQ(Ids(Filter([&](EventFilter& f) { f.id = ids_[2]; })), (std::vector<int64_t>{ids_[2]}));
}

TEST_P(StoreQueryTest, Filters) {
  EXPECT_EQ(Ids(Filter([](EventFilter& f) { f.from = D("2023-06-01"); })), (std::vector<int64_t>{ids_[4], ids_[3], ids_[2]}));
  EXPECT_EQ(Ids(Filter([](EventFilter& f) { f.from = D("2023-05-11"); f.to = D("2023-06-01"); })), (std::vector<int64_t>{ids_[2], ids_[1]}));
  EXPECT_EQ(Ids(Filter([](EventFilter& f) { f.country = "Iraq"; })), (std::vector<int64_t>{ids_[3], ids_[2]}));
  EXPECT_EQ(Count(Filter([](EventFilter& f) { f.country = "Iraq"; })), 2);
  EXPECT_EQ(Ids(Filter([](EventFilter& f) { f.admin1 = "Deir ez-Zor"; })), (std::vector<int64_t>{ids_[4], ids_[0]}));
  EXPECT_EQ(Ids(Filter([](EventFilter& f) { f.bbox = BBox{36, 35.5, 37, 36.5}; })), (std::vector<int64_t>{ids_[1]}));
  EXPECT_EQ(Ids(Filter([](EventFilter& f) { f.event_type = "Battles"; })), (std::vector<int64_t>{ids_[4], ids_[0]}));
  EXPECT_EQ(Ids(Filter([](EventFilter& f) { f.event_type = "Air/drone strike"; })), (std::vector<int64_t>{ids_[1]}));
  EXPECT_EQ(Ids(Filter([](EventFilter& f) { f.actor = kIs; })), (std::vector<int64_t>{ids_[4], ids_[3], ids_[0]}));
  EXPECT_EQ(Ids(Filter([](EventFilter& f) { f.actor = "Civilians (Syria)"; })), (std::vector<int64_t>{ids_[1]}));
  EXPECT_EQ(Ids(Filter([](EventFilter& f) { f.text = "سوق شعبي"; })), (std::vector<int64_t>{ids_[1]}));  // evidence of the 2nd source
  EXPECT_EQ(Ids(Filter([](EventFilter& f) { f.text = "oil FIELD"; })), (std::vector<int64_t>{ids_[4]}));  // ASCII case-insensitive
  EXPECT_EQ(Ids(Filter([](EventFilter& f) { f.text = "الموصل"; })), (std::vector<int64_t>{ids_[3]}));    // location
  EXPECT_EQ(Ids(Filter([](EventFilter& f) { f.text = "' OR 1=1 --"; })), (std::vector<int64_t>{}));       // values are parameters
  // Arabic spelling variants find each other: ه for ة, diacritics and shadda, alef without hamza,
  // tatweel.
  EXPECT_EQ(Ids(Filter([](EventFilter& f) { f.text = "غاره جويه"; })), (std::vector<int64_t>{ids_[1]}));
  EXPECT_EQ(Ids(Filter([](EventFilter& f) { f.text = "غارةٌ جوّيّة"; })), (std::vector<int64_t>{ids_[1]}));
  EXPECT_EQ(Ids(Filter([](EventFilter& f) { f.text = "ادلب"; })), (std::vector<int64_t>{ids_[1]}));
  EXPECT_EQ(Ids(Filter([](EventFilter& f) { f.text = "ســوقٍ شعبـي"; })), (std::vector<int64_t>{ids_[1]}));
  // Nothing matches across two fields (location, then actor1); punctuation is searched as written, and
  // spaces alone match nothing.
  EXPECT_EQ(Ids(Filter([](EventFilter& f) { f.text = "الشحيل sdf"; })), (std::vector<int64_t>{}));
  EXPECT_EQ(Ids(Filter([](EventFilter& f) { f.text = "?!"; })), (std::vector<int64_t>{}));
  EXPECT_EQ(Ids(Filter([](EventFilter& f) { f.text = "   "; })), (std::vector<int64_t>{}));
  EXPECT_EQ(Ids(Filter([](EventFilter& f) { f.from = D("2023-06-01"); f.country = "Syria"; f.event_type = "Battles"; f.actor = kSdf; })),
            (std::vector<int64_t>{ids_[4]}));
}

TEST_P(StoreQueryTest, Stats) {
  auto st = store_->GetStats({});
  ASSERT_TRUE(st.ok()) << st.status().ToString();
  EXPECT_EQ(st->events, 5);
  EXPECT_EQ(st->fatalities, 3 + 5 + 0 + 2 + 1);
  using P = std::vector<std::pair<std::string, int64_t>>;
  EXPECT_EQ(st->events_by_day, (P{{"2023-05-10", 1}, {"2023-05-12", 1}, {"2023-06-01", 1}, {"2023-06-02", 2}}));
  EXPECT_EQ(st->fatalities_by_day, (P{{"2023-05-10", 3}, {"2023-05-12", 5}, {"2023-06-01", 0}, {"2023-06-02", 3}}));
  EXPECT_EQ(st->by_type, (P{{"Battles", 2},
                            {"Explosions/Remote violence", 1},
                            {"Protests", 1},
                            {"Violence against civilians", 1}}));
  EXPECT_EQ(st->by_country, (P{{"Syria", 3}, {"Iraq", 2}}));
  EXPECT_EQ(st->by_actor[0], (std::pair<std::string, int64_t>{kIs, 3}));
  EXPECT_EQ(st->by_actor[1], (std::pair<std::string, int64_t>{kSdf, 2}));
  auto iraq = store_->GetStats(Filter([](EventFilter& f) { f.country = "Iraq"; }));
  ASSERT_TRUE(iraq.ok());
  EXPECT_EQ(iraq->events, 2);
  EXPECT_EQ(iraq->fatalities, 2);
  // A new ingest is visible at once (the cache follows the database's generation counter).
  Ingest(Doc("q6", "ن6", {Ev("Attack", "2023-06-10", "الموصل", "Iraq", 36.34, 43.13, kIs, "", 4)}));
  auto again = store_->GetStats(Filter([](EventFilter& f) { f.country = "Iraq"; }));
  ASSERT_TRUE(again.ok());
  EXPECT_EQ(again->events, 3);
  EXPECT_EQ(again->fatalities, 6);
}

TEST_P(StoreQueryTest, ActorsAndPlaces) {
  auto actors = store_->Actors({});
  ASSERT_TRUE(actors.ok()) << actors.status().ToString();
  ASSERT_GE(actors->size(), 2u);
  EXPECT_EQ((*actors)[0], (std::pair<std::string, int64_t>{kIs, 3}));
  EXPECT_EQ((*actors)[1], (std::pair<std::string, int64_t>{kSdf, 2}));
  auto iraq_actors = store_->Actors(Filter([](EventFilter& f) { f.country = "Iraq"; }));
  ASSERT_TRUE(iraq_actors.ok());
  EXPECT_EQ(iraq_actors->size(), 3u);  // IS, Civilians (Iraq), Protesters (Iraq)
  auto places = store_->Places({});
  ASSERT_TRUE(places.ok()) << places.status().ToString();
  ASSERT_EQ(places->size(), 4u);
  EXPECT_EQ((*places)[0], (std::pair<std::string, int64_t>{"الشحيل", 2}));
  auto one = store_->Places(Filter([](EventFilter& f) { f.limit = 1; f.offset = 1; }));
  ASSERT_TRUE(one.ok());
  ASSERT_EQ(one->size(), 1u);
  EXPECT_EQ((*one)[0].second, 1);
}

TEST_P(StoreQueryTest, GetEventWithSourcesAndGetDocument) {
  StoredEvent e = Get(ids_[1]);
  EXPECT_EQ(e.source_count, 2);
  ASSERT_EQ(e.sources.size(), 2u);
  EXPECT_EQ(e.sources[0].doc_id, "q2");
  EXPECT_EQ(e.sources[0].rule, "first report");
  EXPECT_EQ(e.sources[0].url, "https://example.org/q2");
  EXPECT_EQ(e.sources[0].title, "عنوان q2");
  EXPECT_EQ(e.sources[0].published, D("2023-05-17"));
  EXPECT_EQ(e.sources[1].doc_id, "q2b");
  EXPECT_EQ(e.sources[1].event.evidence, "غارة جوية على سوق شعبي في إدلب");
  EXPECT_NE(e.sources[1].rule.find("same sub-event type (Air/drone strike)"), std::string::npos);
  EXPECT_EQ(e.event.injured, 7);
  EXPECT_FALSE(store_->GetEvent(999999)->has_value());
  auto d = store_->GetDocument("q3");
  ASSERT_TRUE(d.ok() && d->has_value());
  EXPECT_EQ((*d)->url, "https://example.org/q3");
  EXPECT_EQ((*d)->source, "example.org");
  EXPECT_EQ((*d)->text, "ن3");
  EXPECT_EQ((*d)->published, D("2023-05-17"));
  EXPECT_EQ((*d)->content_hash.size(), 32u);
  EXPECT_FALSE(store_->GetDocument("nope")->has_value());
}

TEST_P(StoreQueryTest, ForEachEventStreamsInQueryOrderWithSources) {
  std::vector<int64_t> seen;
  size_t sources = 0;
  ASSERT_TRUE(store_->ForEachEvent({}, true, [&](const StoredEvent& e) {
    seen.push_back(e.id);
    sources += e.sources.size();
    return true;
  }).ok());
  EXPECT_EQ(seen, Ids(Filter([](EventFilter& f) { f.limit = 0; })));
  EXPECT_EQ(sources, 6u);  // five events, one of them with two reports
  seen.clear();
  EventFilter f;
  f.country = "Syria";
  f.limit = 2;
  f.offset = 1;
  ASSERT_TRUE(store_->ForEachEvent(f, false, [&](const StoredEvent& e) {
    seen.push_back(e.id);
    EXPECT_TRUE(e.sources.empty());
    return true;
  }).ok());
  EXPECT_EQ(seen, (std::vector<int64_t>{ids_[1], ids_[0]}));
  int calls = 0;
  ASSERT_TRUE(store_->ForEachEvent({}, false, [&](const StoredEvent&) { return ++calls < 3; }).ok());
  EXPECT_EQ(calls, 3);
}

TEST_P(StoreQueryTest, ForEachEventWithOutletsNamesTheSameReportsInOrder) {
  std::vector<std::vector<std::string>> full, outlets;
  auto names = [](const StoredEvent& e) {
    std::vector<std::string> n;
    for (const EventSource& s : e.sources) n.push_back(s.doc_id + "|" + s.title + "|" + s.source);
    return n;
  };
  ASSERT_TRUE(store_->ForEachEvent({}, Store::SourceDetail::kFull, [&](const StoredEvent& e) {
    full.push_back(names(e));
    return true;
  }).ok());
  ASSERT_TRUE(store_->ForEachEvent({}, Store::SourceDetail::kOutlets, [&](const StoredEvent& e) {
    outlets.push_back(names(e));
    for (const EventSource& s : e.sources) EXPECT_TRUE(s.event.evidence.empty() && s.rule.empty());
    return true;
  }).ok());
  EXPECT_EQ(outlets, full);
  size_t two = 0;
  for (const auto& n : full) two += n.size() == 2;
  EXPECT_EQ(two, 1u);  // the event with two reports, both named
}

TEST_P(StoreTest, ForEachEventCrossesPagesAndDateTies) {
  // 1203 events over 3 days (ties on event_date across the 1000-event page) and 3 undated ones.
  std::vector<Document> docs;
  for (int i = 0; i < 1206; ++i) {
    std::string n = std::to_string(i);
    Event e = Ev("Armed clash", i < 1203 ? (i % 3 == 0 ? "2023-05-01" : i % 3 == 1 ? "2023-05-05" : "2023-05-09") : nullptr,
                 "موقع " + n, "Syria", kNone, kNone, kSdf);
    docs.push_back(Doc(n, "نص " + n, {e}));
  }
  std::vector<const Document*> ptrs;
  for (const Document& d : docs) ptrs.push_back(&d);
  ASSERT_TRUE(store_->IngestBatch(ptrs).ok());
  std::vector<int64_t> seen;
  ASSERT_TRUE(store_->ForEachEvent(Filter([](EventFilter& f) { f.limit = 0; }), true, [&](const StoredEvent& e) {
    seen.push_back(e.id);
    EXPECT_EQ(e.sources.size(), 1u);
    return true;
  }).ok());
  std::vector<int64_t> expected;
  for (const StoredEvent& e : Query(Filter([](EventFilter& f) { f.limit = 0; }))) expected.push_back(e.id);
  ASSERT_EQ(expected.size(), 1206u);
  ASSERT_EQ(seen.size(), expected.size());
  for (size_t i = 0; i < seen.size(); ++i) ASSERT_EQ(seen[i], expected[i]) << i;
  EXPECT_FALSE(Query(Filter([](EventFilter& f) { f.limit = 0; })).back().event.date.has_value());
  // Offsets and limits that end or start inside a page, or reach the undated events.
  for (auto [offset, limit] : {std::pair<int64_t, int64_t>{995, 10}, {999, 1}, {1000, 0}, {1201, 3}, {1205, 0}, {1300, 0}}) {
    seen.clear();
    ASSERT_TRUE(store_->ForEachEvent(Filter([&](EventFilter& f) { f.offset = offset; f.limit = limit; }),
                                     Store::SourceDetail::kOutlets, [&](const StoredEvent& e) {
                                       seen.push_back(e.id);
                                       EXPECT_EQ(e.sources.size(), 1u);
                                       return true;
                                     }).ok());
    std::vector<int64_t> want(expected.begin() + std::min<int64_t>(offset, 1206),
                              limit > 0 ? expected.begin() + std::min<int64_t>(offset + limit, 1206) : expected.end());
    EXPECT_EQ(seen, want) << offset << " " << limit;
  }
}

TEST_P(StoreTest, ForEachEventPageHandsOverPagesThatAreRefilledInPlace) {
  // Events with one, two and three reports, so a reused page's events and sources change size.
  std::vector<Document> docs;
  for (int i = 0; i < 2500; ++i) {
    std::string n = std::to_string(i);
    Event e = Ev("Armed clash", i % 2 ? "2023-05-01" : "2023-06-01", "موقع " + n, "Syria", kNone, kNone, kSdf);
    docs.push_back(Doc(n, "نص " + n, {e}));
  }
  for (int copy = 0; copy < 2; ++copy) {
    for (int i = 0; i < 2500; i += 3 + copy) {
      std::string n = std::to_string(i);
      Event e = Ev("Armed clash", i % 2 ? "2023-05-01" : "2023-06-01", "موقع " + n, "Syria", kNone, kNone, kSdf);
      docs.push_back(Doc("r" + std::to_string(copy) + "-" + n, "تقرير آخر " + std::to_string(copy) + " " + n, {e}));
    }
  }
  std::vector<const Document*> ptrs;
  for (const Document& d : docs) ptrs.push_back(&d);
  ASSERT_TRUE(store_->IngestBatch(ptrs).ok());
  auto describe = [](const StoredEvent& e) {
    std::string d = std::to_string(e.id) + " " + e.event.location + " " + std::to_string(e.source_count);
    for (const EventSource& s : e.sources) d += " | " + s.doc_id + " " + s.rule + " " + s.event.location;
    return d;
  };
  for (Store::SourceDetail detail : {Store::SourceDetail::kOutlets, Store::SourceDetail::kFull}) {
    std::vector<std::string> one_by_one, by_page;
    size_t by_sources[4] = {};
    ASSERT_TRUE(store_->ForEachEvent(Filter([](EventFilter& f) { f.limit = 0; }), detail, [&](const StoredEvent& e) {
      one_by_one.push_back(describe(e));
      ++by_sources[std::min<size_t>(e.sources.size(), 3)];
      return true;
    }).ok());
    EXPECT_EQ(by_sources[0], 0u);
    EXPECT_GT(by_sources[2], 100u);
    EXPECT_GT(by_sources[3], 100u);
    // Take every page and give back the one taken two pages earlier, its events still filled.
    std::vector<std::vector<StoredEvent>> taken;
    ASSERT_TRUE(store_->ForEachEventPage(Filter([](EventFilter& f) { f.limit = 0; }), detail,
                                         [&](std::vector<StoredEvent>& page) {
                                           for (const StoredEvent& e : page) by_page.push_back(describe(e));
                                           taken.push_back(std::move(page));
                                           page.clear();
                                           if (taken.size() >= 2) page.swap(taken[taken.size() - 2]);
                                           return true;
                                         }).ok());
    EXPECT_EQ(by_page, one_by_one);
    ASSERT_EQ(one_by_one.size(), 2500u);
    // Several readers (pages fetched on other connections, each by whichever is free): the same
    // pages, in order, whether the consumer keeps the vectors it gets or swaps in earlier ones.
    for (int readers : {2, 3}) {
      for (bool swap : {false, true}) {
        std::vector<std::string> parallel;
        std::vector<std::vector<StoredEvent>> kept;
        ASSERT_TRUE(store_->ForEachEventPage(
                              Filter([](EventFilter& f) { f.limit = 0; }), detail,
                              [&](std::vector<StoredEvent>& page) {
                                for (const StoredEvent& e : page) parallel.push_back(describe(e));
                                if (swap) {
                                  kept.push_back(std::move(page));
                                  page.clear();
                                  if (kept.size() >= 3) page.swap(kept[kept.size() - 3]);
                                }
                                return true;
                              },
                              readers)
                        .ok());
        EXPECT_EQ(parallel, one_by_one) << readers << " readers, swap " << swap;
      }
    }
    std::vector<std::string> stopped;
    ASSERT_TRUE(store_->ForEachEventPage(Filter([](EventFilter& f) { f.limit = 0; }), detail,
                                         [&](std::vector<StoredEvent>& page) {
                                           stopped.push_back(describe(page.front()));
                                           return stopped.size() < 2;
                                         }, 2).ok());
    EXPECT_EQ(stopped.size(), 2u);
  }
}

TEST_P(StoreTest, SpansAndFieldsRoundTrip) {
  Event e = Ev("Attack", "2023-05-16", "درعا", "Syria", 32.62, 36.10, kIs, "Civilians (Syria)", 2);
  e.spans.actor1 = {10, 20};
  e.spans.evidence = {0, 120};
  e.spans.trigger = {30, 38};
  e.injured = 0;
  e.confidence = 0.625;
  IngestOutcome o = Ingest(Doc("a", "نص", {e}));
  StoredEvent got = Get(o.event_ids[0]);
  ASSERT_EQ(got.sources.size(), 1u);
  const Event& s = got.sources[0].event;
  EXPECT_EQ(s.spans.actor1, (ByteSpan{10, 20}));
  EXPECT_EQ(s.spans.evidence, (ByteSpan{0, 120}));
  EXPECT_EQ(s.spans.trigger, (ByteSpan{30, 38}));
  EXPECT_EQ(s.injured, 0);
  EXPECT_DOUBLE_EQ(s.confidence, 0.625);
  EXPECT_DOUBLE_EQ(*s.lon, 36.10);
  EXPECT_EQ(got.event.injured, 0);
  EXPECT_EQ(got.event.evidence, e.evidence);
}

TEST_P(StoreTest, EverySpanRoundTripsUpToTheLargestOffset) {
  Event e = Ev("Attack", "2023-05-16", "درعا", "Syria", 32.62, 36.10, kIs, "Civilians (Syria)", 2);
  constexpr uint32_t kMax = 4294967295u;  // every slot at ten digits: the longest encoding
  for (ByteSpan* b : {&e.spans.actor1, &e.spans.actor2, &e.spans.location, &e.spans.date, &e.spans.fatalities,
                      &e.spans.injured, &e.spans.trigger, &e.spans.evidence}) {
    *b = {kMax - 1, kMax};
  }
  e.spans.date = {7, 9};
  IngestOutcome o = Ingest(Doc("a", "نص", {e}));
  StoredEvent got = Get(o.event_ids[0]);
  ASSERT_EQ(got.sources.size(), 1u);
  const Event::Spans& s = got.sources[0].event.spans;
  for (const ByteSpan* b : {&s.actor1, &s.actor2, &s.location, &s.fatalities, &s.injured, &s.trigger, &s.evidence}) {
    EXPECT_EQ(*b, (ByteSpan{kMax - 1, kMax}));
  }
  EXPECT_EQ(s.date, (ByteSpan{7, 9}));
}

// --- crash safety, schema -------------------------------------------------------------------

TEST_P(StoreTest, AnIngestIsAllOrNothing) {
  Event x = Ev("Armed clash", "2023-05-16", "الشحيل", "Syria", 35.08, 40.52, kSdf, kIs, 3);
  Event y = Ev("Attack", "2023-05-16", "درعا", "Syria", 32.62, 36.10, kIs, "", 1);
  Ingest(Doc("base", "أساس", {x}));
  for (const char* point : {"document", "event", "commit"}) {
    int calls = 0;
    // Fails at the second event (or at the first document / the commit).
    testing::SetIngestFaultHook([&](std::string_view p) {
      if (p != point) return Status::OK();
      return ++calls == (std::string_view(point) == "event" ? 2 : 1) ? Status::IOError("injected fault") : Status::OK();
    });
    auto r = store_->Ingest(Doc("a", kStory, {x, y}));
    testing::SetIngestFaultHook(nullptr);
    ASSERT_FALSE(r.ok()) << point;
    EXPECT_NE(r.status().message().find("injected fault"), std::string::npos);
    EXPECT_FALSE(store_->GetDocument("a")->has_value()) << point;
    EXPECT_EQ(Count(), 1) << point;
    EXPECT_EQ(Query()[0].source_count, 1) << point;
  }
  // The batch: a failure in the third document leaves none of the three.
  Document d1 = Doc("b1", "ب1", {y}), d2 = Doc("b2", "ب2", {x}), d3 = Doc("b3", "ب3", {y});
  int docs = 0;
  testing::SetIngestFaultHook([&](std::string_view p) {
    return p == "document" && ++docs == 3 ? Status::IOError("injected fault") : Status::OK();
  });
  EXPECT_FALSE(store_->IngestBatch({&d1, &d2, &d3}).ok());
  testing::SetIngestFaultHook(nullptr);
  EXPECT_FALSE(store_->GetDocument("b1")->has_value());
  EXPECT_EQ(Count(), 1);
  // And the same ingest afterwards succeeds completely.
  IngestOutcome ok = Ingest(Doc("a", kStory, {x, y}));
  EXPECT_EQ(ok.merged_events, 1);
  EXPECT_EQ(ok.new_events, 1);
  EXPECT_EQ(Count(), 2);
}

// The writer remembers the events of the days it looked at (the merge lookup's memory): another
// writer's commit in between must be seen, not shadowed by that memory.
TEST_P(StoreTest, AnotherWritersEventsAreMergedInto) {
  Event x = Ev("Armed clash", "2023-05-16", "الشحيل", "Syria", 35.08, 40.52, kSdf);
  Event w = Ev("Armed clash", "2023-05-16", "درعا", "Syria", 32.62, 36.10, kIs);
  Ingest(Doc("a", "نص أ", {x}));  // this writer has read 2023-05-15..17 of Battles
  std::unique_ptr<Store> other = Open();
  ASSERT_TRUE(other);
  ASSERT_TRUE(other->Ingest(Doc("b", "نص ب", {w})).ok());
  Event w2 = w;
  w2.date = D("2023-05-17");
  IngestOutcome c = Ingest(Doc("c", "نص ج", {w2}));
  EXPECT_EQ(c.merged_events, 1);
  EXPECT_EQ(Count(), 2);
  // And the other way round: the other writer sees what this one merged (the place moved to درعا's
  // second report's precision does not matter here; the report count does).
  Event w3 = w;
  w3.date = D("2023-05-15");
  auto d = other->Ingest(Doc("d", "نص د", {w3}));
  ASSERT_TRUE(d.ok());
  EXPECT_EQ(d->merged_events, 1);
  EXPECT_EQ(Get(d->event_ids[0]).source_count, 3);
}

TEST_P(StoreTest, NewerSchemaIsRefused) {
  store_.reset();
  {
    auto raw = GetParam() == "sqlite" ? OpenSqlite(target_) : OpenPostgres(target_);
    ASSERT_TRUE(raw.ok());
    ASSERT_TRUE((*raw)->Query("UPDATE meta SET value = '99' WHERE key = 'schema_version'", {}).ok());
  }
  auto s = Store::Open(target_);
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.status().code(), Status::Code::kUnsupported);
  EXPECT_NE(s.status().message().find("schema version 99 is newer"), std::string::npos) << s.status().message();
}

TEST_P(StoreTest, Version1DatabaseIsMigrated) {
  Event x = Ev("Armed clash", "2023-05-16", "الشحيل", "Syria", kNone, kNone, kSdf, kIs, 3);
  Ingest(Doc("a", "أ", {x}));
  store_.reset();
  {
    // Back to the shape of schema 1: no place_key, the old type/date index.
    auto raw = GetParam() == "sqlite" ? OpenSqlite(target_) : OpenPostgres(target_);
    ASSERT_TRUE(raw.ok());
    Status s = (*raw)->ExecScript(
        "DROP INDEX events_type_date; ALTER TABLE events DROP COLUMN place_key;"
        "CREATE INDEX events_type_date ON events(event_type, event_date);"
        "DROP INDEX events_date; CREATE INDEX events_date ON events(event_date);"
        "DROP INDEX event_sources_event; CREATE INDEX event_sources_event ON event_sources(event_id);"
        "UPDATE meta SET value = '1' WHERE key = 'schema_version'");
    ASSERT_TRUE(s.ok()) << s.ToString();
  }
  store_ = Open();
  ASSERT_TRUE(store_);
  // The place key of the old event was filled: a report merging by place text alone joins it.
  IngestOutcome b = Ingest(Doc("b", "ب", {x}));
  EXPECT_EQ(b.merged_events, 1);
  EXPECT_EQ(Count(), 1);
}

TEST_P(StoreTest, Version4SearchTextIsFoldedOnOpen) {
  Event x = Ev("Air/drone strike", "2023-05-16", "غزّة", "Palestine", 31.5, 34.46, "Military Forces of Israel",
               "Civilians (Palestine)", 2);
  x.evidence = "غارة على منزلٍ في غزّة";
  Ingest(Doc("a", "أ", {x}));
  store_.reset();
  {
    // Back to schema 4: search_text as it stored it (lines only lower-cased).
    auto raw = GetParam() == "sqlite" ? OpenSqlite(target_) : OpenPostgres(target_);
    ASSERT_TRUE(raw.ok());
    Status s = (*raw)->ExecScript(
        "UPDATE events SET search_text = 'غزّة\nmilitary forces of israel\ncivilians (palestine)\n"
        "غزّة\nmilitary forces of israel\ncivilians (palestine)\nغارة على منزلٍ في غزّة\n';"
        "UPDATE meta SET value = '4' WHERE key = 'schema_version'");
    ASSERT_TRUE(s.ok()) << s.ToString();
  }
  store_ = Open();
  ASSERT_TRUE(store_);
  EXPECT_EQ(Count(Filter([](EventFilter& f) { f.text = "غزه"; })), 1);
  EXPECT_EQ(Count(Filter([](EventFilter& f) { f.text = "منزل في غزة"; })), 1);
  EXPECT_EQ(Count(Filter([](EventFilter& f) { f.text = "Military Forces"; })), 1);
}

TEST_P(StoreTest, Version5ReportsGetTheirVagueFlagFromTheTextOnOpen) {
  // Three reports of one strike: two unnumbered ("سقوط قتلى", coded 3) and one figure ("مقتل 12").
  // Schema 5 kept no flag, and the two 3s confirmed each other.
  const std::string texts[] = {"قصف على البلدة أدى إلى سقوط قتلى بين المدنيين",
                               "قصف على البلدة أسفر عن مقتل 12 مدنيا", "غارة على البلدة وأنباء عن قتلى",
                               "غارة أوقعت ثلاثة قتلى في البلدة"};
  const std::string tolls[] = {"قتلى", "12", "قتلى", "ثلاثة"};
  const int64_t values[] = {3, 12, 3, 3};
  Event base = Ev("Air/drone strike", "2023-05-16", "الشحيل", "Syria", 35.08, 40.52, "Military Forces of Syria");
  for (size_t i = 0; i < 3; ++i) {
    Event e = base;
    e.fatalities = values[i];
    const size_t at = texts[i].find(tolls[i]);
    e.spans.fatalities = {static_cast<uint32_t>(at), static_cast<uint32_t>(at + tolls[i].size())};
    Ingest(Doc("m" + std::to_string(i), texts[i], {e}));
  }
  // A separate event whose "ثلاثة" is a written figure.
  Event other = Ev("Armed clash", "2020-01-01", "الرقة", "Syria", 35.95, 39.01, kSdf, kIs, 3);
  const size_t at = texts[3].find(tolls[3]);
  other.spans.fatalities = {static_cast<uint32_t>(at), static_cast<uint32_t>(at + tolls[3].size())};
  Ingest(Doc("m3", texts[3], {other}));
  // Single reports whose spans say how they were read: "عشرات" (10, vague), "ثمانية آلاف" (a figure), and
  // "عشرات" in a toll of 13 that adds a figure of another side (not vague).
  struct Single {
    const char* text;
    const char* toll;
    int64_t value;
    bool vague;
  };
  const Single singles[] = {{"مقتل عشرات المدنيين في قصف على المدينة", "عشرات", 10, true},
                            {"ارتفاع عدد القتلى إلى ثمانية آلاف منذ بدء الحرب", "ثمانية آلاف", 8000, false},
                            {"مقتل ثلاثة جنود وعشرات المسلحين في اشتباكات", "عشرات", 13, false}};
  for (size_t i = 0; i < std::size(singles); ++i) {
    Event e = Ev("Armed clash", ("2021-0" + std::to_string(i + 1) + "-01").c_str(), "حلب", "Syria", 36.2, 37.15,
                 kSdf, kIs, singles[i].value);
    const std::string text = singles[i].text;
    const size_t from = text.find(singles[i].toll);
    e.spans.fatalities = {static_cast<uint32_t>(from), static_cast<uint32_t>(from + std::strlen(singles[i].toll))};
    Ingest(Doc("s" + std::to_string(i), text, {e}));
  }
  ASSERT_EQ(Count(), 5);
  store_.reset();
  {
    // Back to schema 5: no flag column, the tolls as schema 5 merged them.
    auto raw = GetParam() == "sqlite" ? OpenSqlite(target_) : OpenPostgres(target_);
    ASSERT_TRUE(raw.ok());
    Status s = (*raw)->ExecScript(
        "ALTER TABLE event_sources DROP COLUMN fatalities_vague;"
        "UPDATE events SET fatalities = 3 WHERE event_type = 'Explosions/Remote violence';"
        "UPDATE meta SET value = '5' WHERE key = 'schema_version'");
    ASSERT_TRUE(s.ok()) << s.ToString();
  }
  store_ = Open();
  ASSERT_TRUE(store_);
  for (size_t i = 0; i < std::size(singles); ++i) {
    std::vector<StoredEvent> one = Query(Filter([&](EventFilter& f) {
      f.from = f.to = D(("2021-0" + std::to_string(i + 1) + "-01").c_str());
    }));
    ASSERT_EQ(one.size(), 1u);
    StoredEvent single = Get(one[0].id);
    ASSERT_EQ(single.sources.size(), 1u);
    EXPECT_EQ(single.sources[0].event.fatalities_vague, singles[i].vague) << singles[i].text;
  }
  std::vector<StoredEvent> events = Query();
  std::erase_if(events, [](const StoredEvent& x) {
    return x.event.date && x.event.date->ToString().starts_with("2021");
  });
  ASSERT_EQ(events.size(), 2u);
  StoredEvent strike = Get(events[0].event.event_type == "Battles" ? events[1].id : events[0].id);
  EXPECT_EQ(strike.event.fatalities, 12);
  ASSERT_EQ(strike.sources.size(), 3u);
  EXPECT_TRUE(strike.sources[0].event.fatalities_vague);
  EXPECT_FALSE(strike.sources[1].event.fatalities_vague);
  EXPECT_TRUE(strike.sources[2].event.fatalities_vague);
  StoredEvent clash = Get(events[0].event.event_type == "Battles" ? events[0].id : events[1].id);
  EXPECT_EQ(clash.event.fatalities, 3);
  ASSERT_EQ(clash.sources.size(), 1u);
  EXPECT_FALSE(clash.sources[0].event.fatalities_vague);
}

TEST_P(StoreTest, Version6BandsTableAndPlaceIndexAreReplacedOnOpen) {
  Ingest(Doc("a", kStory, {Ev("Armed clash", "2023-05-16", "الشحيل", "Syria", 35.08, 40.52, kSdf)}));
  store_.reset();
  {
    // Back to schema 6: the bands in a table of their own, no band indexes.
    auto raw = GetParam() == "sqlite" ? OpenSqlite(target_) : OpenPostgres(target_);
    ASSERT_TRUE(raw.ok());
    Status s = (*raw)->ExecScript(
        "DROP INDEX documents_band0; DROP INDEX documents_band1; DROP INDEX documents_band2; DROP INDEX documents_band3;"
        "CREATE TABLE document_bands (band BIGINT NOT NULL, document BIGINT NOT NULL REFERENCES documents(id)"
        " ON DELETE CASCADE, PRIMARY KEY (band, document));"
        "CREATE INDEX document_bands_document ON document_bands(document);"
        "CREATE INDEX events_place ON events(event_type, place_key, event_date);"
        "UPDATE meta SET value = '6' WHERE key = 'schema_version'");
    ASSERT_TRUE(s.ok()) << s.ToString();
  }
  store_ = Open();
  ASSERT_TRUE(store_);
  {
    auto raw = GetParam() == "sqlite" ? OpenSqlite(target_) : OpenPostgres(target_);
    ASSERT_TRUE(raw.ok());
    auto version = (*raw)->Query("SELECT value FROM meta WHERE key = 'schema_version'", {});
    ASSERT_TRUE(version.ok());
    EXPECT_EQ(version->at(0).Int(0), Store::kSchemaVersion);
    auto place_index = (*raw)->Query(GetParam() == "sqlite"
                                         ? "SELECT count(*) FROM sqlite_master WHERE name = 'events_place'"
                                         : "SELECT count(*) FROM pg_indexes WHERE schemaname = current_schema()"
                                           " AND indexname = 'events_place'",
                                     {});
    ASSERT_TRUE(place_index.ok());
    EXPECT_EQ(place_index->at(0).Int(0), 0);  // nothing reads it any more
    EXPECT_FALSE((*raw)->Query("SELECT count(*) FROM document_bands", {}).ok());  // gone
  }
  // The document stored before is found through the new indexes: a copy with an agency prefix is
  // its near-duplicate.
  IngestOutcome copy = Ingest(Doc("copy", "(وكالات) " + kStory, {}));
  EXPECT_TRUE(copy.near_duplicate);
  EXPECT_EQ(copy.copy_of, "a");
}

INSTANTIATE_TEST_SUITE_P(Backends, StoreTest, ::testing::Values("sqlite", "postgres"),
                         [](const auto& param_info) { return param_info.param; });
INSTANTIATE_TEST_SUITE_P(Backends, StoreQueryTest, ::testing::Values("sqlite", "postgres"),
                         [](const auto& param_info) { return param_info.param; });

// --- SQLite files that are not rasd databases -------------------------------------------------

class SqliteFileTest : public ::testing::Test {
 protected:
  void SetUp() override {
    path_ = (fs::temp_directory_path() / ("rasd_store_file_" + std::to_string(::getpid()))).string();
    fs::remove_all(path_);
  }
  void TearDown() override {
    for (const char* suffix : {"", "-wal", "-shm"}) fs::remove_all(path_ + suffix);
  }
  std::string path_;
};

TEST_F(SqliteFileTest, GarbageFileIsACorruptionErrorNamingTheFile) {
  {
    std::ofstream f(path_, std::ios::binary);
    for (int i = 0; i < 4096; ++i) f << static_cast<char>(i * 7 + 3);
  }
  auto s = Store::Open(path_);
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.status().code(), Status::Code::kCorruption) << s.status().ToString();
  EXPECT_NE(s.status().message().find(path_), std::string::npos) << s.status().message();
}

TEST_F(SqliteFileTest, DamagedDatabaseGivesAnErrorNotACrash) {
  {
    auto s = Store::Open(path_);
    ASSERT_TRUE(s.ok());
    Event e = Ev("Armed clash", "2023-05-16", "الشحيل", "Syria", 35.08, 40.52, kSdf, kIs, 3);
    for (int i = 0; i < 200; ++i) {
      std::string n = std::to_string(i);  // (operator+ on a literal here trips GCC 12's -Wrestrict)
      ASSERT_TRUE((*s)->Ingest(Doc(n, kStory + n, {e})).ok());
    }
  }
  // Overwrite pages in the middle of the file (tables and indexes) with noise: from the third page
  // on, whatever the page size (the first holds the schema, whose damage Open already reports).
  int64_t page_size = 0;
  {
    auto conn = OpenSqlite(path_);
    ASSERT_TRUE(conn.ok());
    auto rows = (*conn)->Query("PRAGMA page_size", {});
    ASSERT_TRUE(rows.ok() && !rows->empty());
    page_size = rows->front().Int(0);
  }
  ASSERT_GT(static_cast<int64_t>(fs::file_size(path_)), 2 * page_size + 64 * 1024);
  {
    std::fstream f(path_, std::ios::in | std::ios::out | std::ios::binary);
    f.seekp(2 * page_size);
    for (int i = 0; i < 64 * 1024; ++i) f.put(static_cast<char>((i * 131) ^ 0x5A));
  }
  auto s = Store::Open(path_);
  if (!s.ok()) {
    EXPECT_NE(s.status().message().find(path_), std::string::npos);
    return;
  }
  // Opening may succeed (the header is intact); reading damaged pages must return an error.
  auto q = (*s)->Query(Filter([](EventFilter& f) { f.limit = 0; }));
  auto st = (*s)->GetStats({});
  EXPECT_TRUE(!q.ok() || !st.ok() || q->size() <= 200u);
  if (!q.ok()) {
    EXPECT_EQ(q.status().code(), Status::Code::kCorruption) << q.status().ToString();
  }
}

// A large commit is copied from the write-ahead log into the database file while the connection is
// open (by the connection's checkpointing thread), not left for the close; after the close the file
// alone holds every commit.
TEST_F(SqliteFileTest, LargeCommitsReachTheDatabaseFileWhileTheConnectionIsOpen) {
  auto conn = OpenSqlite(path_);
  ASSERT_TRUE(conn.ok()) << conn.status().ToString();
  ASSERT_TRUE((*conn)->ExecScript("CREATE TABLE t (id INTEGER PRIMARY KEY, body TEXT NOT NULL)").ok());
  const std::string body(64 * 1024, 'x');
  constexpr int kRows = 128;  // 8 MB: past the 4 MB of log that asks for a checkpoint
  ASSERT_TRUE((*conn)->Begin().ok());
  for (int i = 0; i < kRows; ++i) ASSERT_TRUE((*conn)->Query("INSERT INTO t (body) VALUES ($1)", {body}).ok());
  ASSERT_TRUE((*conn)->Commit().ok());
  const auto wanted = static_cast<std::uintmax_t>(kRows) * body.size();
  for (int waited_ms = 0; fs::file_size(path_) < wanted && waited_ms < 30000; waited_ms += 10) {
    ::usleep(10 * 1000);
  }
  EXPECT_GE(fs::file_size(path_), wanted) << "the commit is still only in the log";
  // Writing goes on beside the checkpoints; the close copies what is left and removes the log.
  ASSERT_TRUE((*conn)->Query("INSERT INTO t (body) VALUES ('last')", {}).ok());
  conn->reset();
  EXPECT_FALSE(fs::exists(path_ + "-wal"));
  const std::string copy = path_ + ".copy";
  fs::copy_file(path_, copy, fs::copy_options::overwrite_existing);
  sqlite3* db = nullptr;
  ASSERT_EQ(sqlite3_open_v2(copy.c_str(), &db, SQLITE_OPEN_READONLY, nullptr), SQLITE_OK);
  sqlite3_stmt* count = nullptr;
  ASSERT_EQ(sqlite3_prepare_v2(db, "SELECT count(*) FROM t", -1, &count, nullptr), SQLITE_OK);
  ASSERT_EQ(sqlite3_step(count), SQLITE_ROW);
  EXPECT_EQ(sqlite3_column_int(count, 0), kRows + 1);
  sqlite3_finalize(count);
  sqlite3_close(db);
  fs::remove(copy);
}

// Close ends the connection as the destructor would (the log checkpointed and removed) while the
// object lives on; destroying it afterwards is safe.
TEST_F(SqliteFileTest, CloseLeavesTheDatabaseWholeInItsFile) {
  auto s = Store::Open(path_);
  ASSERT_TRUE(s.ok()) << s.status().ToString();
  Event e = Ev("Armed clash", "2023-05-16", "الشحيل", "Syria", 35.08, 40.52, kSdf, kIs, 3);
  Document d;
  d.id = "a";
  d.text = kStory;
  d.events = {e};
  ASSERT_TRUE((*s)->Ingest(d).ok());
  (*s)->Close();
  EXPECT_FALSE(fs::exists(path_ + "-wal"));
  auto again = Store::Open(path_);
  ASSERT_TRUE(again.ok()) << again.status().ToString();
  auto hash = (*again)->ContentHashOf("a");
  ASSERT_TRUE(hash.ok()) << hash.status().ToString();
  EXPECT_TRUE(hash->has_value());
  s->reset();
}

TEST_F(SqliteFileTest, DirectoryOrMissingParentIsAnIOError) {
  fs::create_directories(path_);
  auto s = Store::Open(path_);
  ASSERT_FALSE(s.ok());
  EXPECT_NE(s.status().message().find(path_), std::string::npos);
  auto t = Store::Open(path_ + "/no/such/dir/x.db");
  ASSERT_FALSE(t.ok());
  EXPECT_EQ(t.status().code(), Status::Code::kIOError);
}

TEST_F(SqliteFileTest, ForeignSqliteDatabaseIsRefused) {
  {
    sqlite3* db = nullptr;
    ASSERT_EQ(sqlite3_open(path_.c_str(), &db), SQLITE_OK);
    sqlite3_exec(db, "CREATE TABLE accounts (id INTEGER)", nullptr, nullptr, nullptr);
    sqlite3_close(db);
  }
  auto s = Store::Open(path_);
  ASSERT_FALSE(s.ok());
  EXPECT_NE(s.status().message().find("not a rasd database"), std::string::npos) << s.status().message();
}

}  // namespace
}  // namespace rasd::store
