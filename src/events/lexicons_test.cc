// Loading the event dictionaries: the theatre conventions of data/conventions.tsv (issue: sides the text
// leaves to the reader's knowledge of the conflict are coded from a table, not from code).
#include "events/lexicons.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <string>

#include "text/normalizer.h"
#include "text/tokenizer.h"

namespace rasd::events {
namespace {

class ConventionsTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    Result<EventLexicons> lex = EventLexicons::Load(RASD_TEST_DICT_DIR);
    ASSERT_TRUE(lex.ok()) << lex.status().ToString();
    lex_ = new EventLexicons(std::move(*lex));
  }
  static void TearDownTestSuite() {
    delete lex_;
    lex_ = nullptr;
  }
  static int32_t Id(std::string_view canonical) {
    int32_t id = lex_->FindActor(canonical);
    EXPECT_GE(id, 0) << canonical;
    return id;
  }
  static EventLexicons* lex_;
};
EventLexicons* ConventionsTest::lex_ = nullptr;

TEST_F(ConventionsTest, PositionHeldByDependsOnTheatreAndUnit) {
  const int32_t israel = Id("Military Forces of Israel");
  EXPECT_EQ(lex_->Conventional(ConventionRule::kPositionHeldBy, "PS", "Gaza Strip", israel), Id("Hamas"));
  EXPECT_EQ(lex_->Conventional(ConventionRule::kPositionHeldBy, "SY", "Quneitra", israel),
            Id("Military Forces of Syria"));
  // Elsewhere in the theatre, and whoever hits it in Gaza, a post is Israel's ("هاجمت المقاومة موقع مسكاف عام");
  // the first row that fits wins.
  EXPECT_EQ(lex_->Conventional(ConventionRule::kPositionHeldBy, "PS", "Northern District", Id("Hezbollah")), israel);
  EXPECT_EQ(lex_->Conventional(ConventionRule::kPositionHeldBy, "PS", "Gaza Strip", Id("Hamas")), israel);
  EXPECT_EQ(lex_->Conventional(ConventionRule::kPositionHeldBy, "PS", "West Bank", israel), israel);
  // No convention in Lebanon or Iraq.
  EXPECT_EQ(lex_->Conventional(ConventionRule::kPositionHeldBy, "LB", "South Lebanon", israel), -1);
  EXPECT_EQ(lex_->Conventional(ConventionRule::kPositionHeldBy, "IQ", "Anbar", Id("Islamic State")), -1);
}

// "الحزب" ("the party") names Hezbollah only once an article has named it (an anaphor): as an alias it
// made Hezbollah of Romania's, Pakistan's and Kurdistan's parties ("حكومة الحزب الاشتراكي الديمقراطي").
TEST_F(ConventionsTest, ThePartyIsAnAnaphorOnly) {
  Document doc;
  doc.text = "تظاهر الآلاف ضد حكومة الحزب الاشتراكي الديمقراطي.";
  doc.norm = text::Normalize(doc.text);
  text::Tokenize(doc);
  lex_->Annotate(doc);
  for (const Mention& m : doc.mentions) {
    if (m.kind != MentionKind::kActor || m.ref != Id("Hezbollah")) continue;
    EXPECT_EQ(static_cast<ActorForm>(m.aux), ActorForm::kAnaphor);
  }
}

TEST_F(ConventionsTest, ArrestByAndHitAs) {
  EXPECT_EQ(lex_->Conventional(ConventionRule::kArrestBy, "PS", "West Bank", -1), Id("Military Forces of Israel"));
  EXPECT_EQ(lex_->Conventional(ConventionRule::kArrestBy, "IQ", "Baghdad", -1), -1);
  EXPECT_EQ(lex_->Conventional(ConventionRule::kInterventionBy, "IQ", "Baghdad", -1), Id("Military Forces of Iraq"));
  EXPECT_EQ(lex_->Conventional(ConventionRule::kInterventionBy, "PS", "Gaza Strip", -1), Id("Military Forces of Israel"));
  EXPECT_EQ(lex_->Conventional(ConventionRule::kInterventionBy, "PS", "Tel Aviv District", -1), -1);
  EXPECT_EQ(lex_->Conventional(ConventionRule::kHitAs, "PS", "West Bank", Id("Settlers (Israel)")),
            Id("Civilians (Israel)"));
  EXPECT_EQ(lex_->Conventional(ConventionRule::kHitAs, "PS", "West Bank", Id("Hamas")), -1);
}

// A dictionary directory with the repository's other files and a conventions.tsv of the test's own.
class ConventionsLoadTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = std::filesystem::temp_directory_path() /
           ("rasd_conventions_test_" + std::to_string(::testing::UnitTest::GetInstance()->random_seed()) +
            ::testing::UnitTest::GetInstance()->current_test_info()->name());
    std::filesystem::create_directories(dir_);
    for (const char* name : {"actors.tsv", "triggers.tsv", "cues.tsv"}) {
      std::filesystem::copy_file(std::filesystem::path(RASD_TEST_DICT_DIR) / name, dir_ / name);
    }
  }
  void TearDown() override { std::filesystem::remove_all(dir_); }
  void Write(const std::string& content) { std::ofstream(dir_ / "conventions.tsv", std::ios::binary) << content; }
  std::filesystem::path dir_;
};

TEST_F(ConventionsLoadTest, MissingFileIsNotFound) {
  EXPECT_EQ(EventLexicons::Load(dir_.string()).status().code(), Status::Code::kNotFound);
}

TEST_F(ConventionsLoadTest, UnknownRuleIsCorruptionWithItsLine) {
  Write("# comment\nheld_by\tPS\t*\t*\tHamas\n");
  Result<EventLexicons> lex = EventLexicons::Load(dir_.string());
  ASSERT_FALSE(lex.ok());
  EXPECT_EQ(lex.status().code(), Status::Code::kCorruption);
  EXPECT_NE(lex.status().message().find("conventions.tsv:2"), std::string::npos) << lex.status().message();
}

TEST_F(ConventionsLoadTest, UnknownActorIsCorruption) {
  Write("arrest_by\tPS\t*\t*\tIsraeli Army\n");
  EXPECT_EQ(EventLexicons::Load(dir_.string()).status().code(), Status::Code::kCorruption);
  Write("hit_as\t*\t*\tSettlers\tCivilians (Israel)\n");
  EXPECT_EQ(EventLexicons::Load(dir_.string()).status().code(), Status::Code::kCorruption);
}

TEST_F(ConventionsLoadTest, OwnTableIsUsed) {
  Write("arrest_by\tPS\tGaza Strip\t*\tHamas\n");
  Result<EventLexicons> lex = EventLexicons::Load(dir_.string());
  ASSERT_TRUE(lex.ok()) << lex.status().ToString();
  EXPECT_EQ(lex->Conventional(ConventionRule::kArrestBy, "PS", "Gaza Strip", -1), lex->FindActor("Hamas"));
  EXPECT_EQ(lex->Conventional(ConventionRule::kArrestBy, "PS", "West Bank", -1), -1);
  EXPECT_EQ(lex->Conventional(ConventionRule::kHitAs, "PS", "West Bank", lex->FindActor("Settlers (Israel)")), -1);
}

}  // namespace
}  // namespace rasd::events
