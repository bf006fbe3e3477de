// `marsad check`, `marsad backup` and the --log-commits lines, run as library code.
#include <filesystem>
#include <fstream>
#include <sstream>

#include "command.h"
#include "marsad/database.h"
#include "store/key_codec.h"
#include "store/store.h"
#include "support/test_util.h"

namespace marsad::cli {
namespace {

using ::testing::HasSubstr;
using ::testing::StartsWith;

struct CliRun {
  int code;
  std::string out;
  std::string err;
};

class CheckBackupCliTest : public ::testing::Test {
 protected:
  CliRun Marsad(const std::string& db, std::vector<std::string> args) {
    std::istringstream in;
    std::ostringstream out, err;
    Context ctx{.in = in, .out = out, .err = err};
    args.insert(args.begin(), {"--db", db});
    const int code = RunMain(args, ctx);
    return {code, out.str(), err.str()};
  }
  void ImportSample() {
    const std::string file = dir_.Sub("a.nt");
    std::ofstream(file) << "<http://e/rouhani> <http://e/name> \"حسن روحاني\"@ar .\n"
                           "<http://e/rouhani> <http://e/phoned> <http://e/putin> .\n"
                           "<http://e/putin> <http://e/age> \"70\"^^<http://www.w3.org/2001/"
                           "XMLSchema#integer> .\n";
    CliRun r = Marsad(db_, {"import", file});
    ASSERT_EQ(r.code, kExitOk) << r.err;
  }

  testing::TempDir dir_;
  std::string db_ = dir_.Sub("db");
};

TEST_F(CheckBackupCliTest, CheckOfAHealthyDatabaseSaysOk) {
  ImportSample();
  CliRun r = Marsad(db_, {"check"});
  EXPECT_EQ(r.code, kExitOk) << r.out << r.err;
  // rouhani name "حسن روحاني"@ar phoned putin age; 70 is inline.
  EXPECT_EQ(r.out, "ok: 3 quads, 6 terms, 9 indexes agree\n");
}

TEST_F(CheckBackupCliTest, CheckListsTheDamageAndExitsOne) {
  ImportSample();
  {
    auto s = store::Store::Open(db_, Options());
    ASSERT_OK(s);
    std::vector<Term> terms = {Term::Iri("http://e/rouhani"), Term::Iri("http://e/phoned"),
                               Term::Iri("http://e/putin")};
    auto ids = (*s)->Lookup(terms);
    ASSERT_OK(ids);
    store::IdQuad quad{(*ids)[0], (*ids)[1], (*ids)[2], store::kNoTerm};
    ASSERT_OK((*s)->WriteRawForTesting("osp", store::EncodeKey(store::Permutation::kOsp, quad),
                                       std::nullopt));
    ASSERT_OK((*s)->Close());
  }
  CliRun r = Marsad(db_, {"check"});
  EXPECT_EQ(r.code, kExitError);
  EXPECT_EQ(r.out, db_ + ": 1 problem\n  [osp] index mismatch: triple <http://e/rouhani> "
                         "<http://e/phoned> <http://e/putin> is in spo but not in osp\n");
}

TEST_F(CheckBackupCliTest, CheckOfAMissingDatabaseIsAnError) {
  CliRun r = Marsad(dir_.Sub("nowhere"), {"check"});
  EXPECT_EQ(r.code, kExitError);
  EXPECT_THAT(r.err, HasSubstr("does not exist"));
  EXPECT_FALSE(std::filesystem::exists(dir_.Sub("nowhere")));
}

TEST_F(CheckBackupCliTest, CheckRejectsStrayArguments) {
  CliRun r = Marsad(db_, {"check", "extra"});
  EXPECT_EQ(r.code, kExitUsage);
  EXPECT_THAT(r.err, HasSubstr("unexpected argument 'extra'"));
  EXPECT_EQ(Marsad(db_, {"check", "--max-problems", "0"}).code, kExitUsage);
}

TEST_F(CheckBackupCliTest, HelpDescribesCheckAndBackup) {
  CliRun check = Marsad(db_, {"check", "--help"});
  EXPECT_EQ(check.code, kExitOk);
  EXPECT_THAT(check.out, StartsWith("usage: marsad check [--max-problems N]"));
  CliRun backup = Marsad(db_, {"backup", "--help"});
  EXPECT_THAT(backup.out, StartsWith("usage: marsad backup DIR"));
  CliRun overview = Marsad(db_, {"--help"});
  EXPECT_THAT(overview.out, HasSubstr("  check     verify that indexes"));
  EXPECT_THAT(overview.out, HasSubstr("  backup    write a consistent copy"));
}

TEST_F(CheckBackupCliTest, BackupMakesACopyThatChecksOk) {
  ImportSample();
  const std::string copy = dir_.Sub("backups/monday");
  CliRun r = Marsad(db_, {"backup", copy});
  ASSERT_EQ(r.code, kExitOk) << r.err;
  EXPECT_EQ(r.out, "backed up " + db_ + " (3 quads, 6 terms) to " + copy + "\n");
  CliRun check = Marsad(copy, {"check"});
  EXPECT_EQ(check.code, kExitOk) << check.out;
  EXPECT_EQ(check.out, "ok: 3 quads, 6 terms, 9 indexes agree\n");
}

TEST_F(CheckBackupCliTest, BackupRefusesANonEmptyDirectory) {
  ImportSample();
  std::filesystem::create_directories(dir_.Sub("full"));
  std::ofstream(dir_.Sub("full/x")) << "x";
  CliRun r = Marsad(db_, {"backup", dir_.Sub("full")});
  EXPECT_EQ(r.code, kExitError);
  EXPECT_THAT(r.err, HasSubstr("backup directory " + dir_.Sub("full") +
                               " is not empty; give a new or empty directory"));
}

TEST_F(CheckBackupCliTest, BackupNeedsExactlyOneDirectory) {
  EXPECT_EQ(Marsad(db_, {"backup"}).code, kExitUsage);
  EXPECT_EQ(Marsad(db_, {"backup", "a", "b"}).code, kExitUsage);
}

TEST_F(CheckBackupCliTest, ImportLogsEachCommittedBatch) {
  std::string text;
  for (int i = 0; i < 5; ++i) {
    text += "<http://e/s" + std::to_string(i) + "> <http://e/p> \"v\" .\n";
  }
  const std::string file = dir_.Sub("five.nt");
  std::ofstream(file) << text;
  CliRun r = Marsad(db_, {"import", "--batch", "2", "--log-commits", file});
  ASSERT_EQ(r.code, kExitOk) << r.err;
  EXPECT_THAT(r.err, StartsWith("committed batch 1: 2 quads read\ncommitted batch 2: 4 quads "
                                "read\ncommitted batch 3: 5 quads read\nimported 5 quads"));
}

}  // namespace
}  // namespace marsad::cli
