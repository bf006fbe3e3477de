// The seed questions P01..P16 (../shared/acceptance/seed-questions.md), answered by inspecting
// the quads extracted from the bundled corpus (corpus/): each test finds the fact that answers
// the question and checks that it is stated in a sentence of the expected article.
#include <filesystem>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "extract/quads.h"
#include "extract_test_util.h"
#include "text/normalizer.h"

namespace marsad::extract {
namespace {

namespace fs = std::filesystem;

// Articles 000, 001 and 002 carry no dateline. Ingest takes their date from a sidecar
// (<stem>.meta, "date: YYYY-MM-DD") or --date; when the corpus has no sidecar the test passes
// the publication date the same way (the date of the events each article reports as «اليوم»).
const std::map<std::string, std::string> kPublicationDates = {
    {"000", "2020-10-10"}, {"001", "2020-10-06"}, {"002", "2020-12-09"}};

std::string Ns(const std::string& local) { return std::string(kNs) + local; }

std::string Iri(EntityClass cls, const std::string& label) {
  Entity e;
  e.cls = cls;
  e.label = label;
  return EntityIri(e);
}

class CorpusAcceptanceTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    quads_ = new std::vector<Quad>();
    for (const auto& entry : fs::directory_iterator(marsad::testing::SourceDir() / "corpus")) {
      if (entry.path().extension() != ".txt") continue;
      const std::string stem = entry.path().stem().string();
      Result<ArticleMeta> found = MetaForFile(entry.path().string());  // reads a sidecar
      ASSERT_OK(found);
      ArticleMeta meta = *found;
      meta.file_stem = stem.substr(0, 3);  // short article IRIs: <…/article/000>
      if (!meta.date.known() && kPublicationDates.count(meta.file_stem) > 0) {
        ASSERT_OK(ParseArticleSidecar("date: " + kPublicationDates.at(meta.file_stem), &meta));
      }
      Result<ArticleExtraction> x =
          ExtractArticle(marsad::testing::ReadFile(entry.path()), meta,
                         testing::DefaultLexicons(), testing::DefaultRules());
      ASSERT_OK(x);
      for (Quad& q : ToQuads(*x)) quads_->push_back(std::move(q));
    }
  }
  static void TearDownTestSuite() { delete quads_; }

  // Subjects s with (s, p, o) in any graph, and the articles of the sentence graphs.
  static std::set<std::string> Subjects(const std::string& p, const Term& o) {
    std::set<std::string> out;
    for (const Quad& q : *quads_) {
      if (q.predicate.value() == p && q.object == o) out.insert(q.subject.value());
    }
    return out;
  }
  static bool Has(const std::string& s, const std::string& p, const Term& o,
                  const std::string& article = "") {
    for (const Quad& q : *quads_) {
      if (q.subject.value() == s && q.predicate.value() == p && q.object == o &&
          (article.empty() || ArticleOf(q.graph) == article)) {
        return true;
      }
    }
    return false;
  }
  static std::string ArticleOf(const Term& graph) {
    const std::string prefix(kArticleBase);
    const std::string& g = graph.value();
    if (g.rfind(prefix, 0) != 0) return "";
    return g.substr(prefix.size(), g.find('/', prefix.size()) - prefix.size());
  }
  // Events of `type` with the given agent (and target when non-empty) stated in `article`.
  static std::vector<std::string> Events(const std::string& type, const std::string& agent,
                                         const std::string& target, const std::string& article) {
    std::vector<std::string> out;
    for (const std::string& e : Subjects(Ns("eventType"), Term::Iri(Ns(type)))) {
      if (!Has(e, Ns("agent"), Term::Iri(agent), article)) continue;
      if (!target.empty() && !Has(e, Ns("target"), Term::Iri(target), article)) continue;
      out.push_back(e);
    }
    return out;
  }
  // The office nodes of `person` with `role` and `of`, stated in `article`.
  static bool HoldsOffice(const std::string& person, const std::string& role,
                          const std::string& of, const std::string& article,
                          const std::string& to = "") {
    for (const Quad& q : *quads_) {
      if (q.subject.value() != person || q.predicate.value() != Ns("holdsOffice") ||
          ArticleOf(q.graph) != article) {
        continue;
      }
      const std::string& o = q.object.value();
      if (Has(o, Ns("role"), Term::LangLiteral(role, "ar")) && Has(o, Ns("of"), Term::Iri(of)) &&
          (to.empty() || Has(o, Ns("to"), Term::Iri(to)))) {
        return true;
      }
    }
    return false;
  }
  static Term Date(const std::string& iso) { return Term::Typed(iso, std::string(xsd::kDate)); }
  static bool ThemeContains(const std::string& event, const std::string& text) {
    for (const Quad& q : *quads_) {
      if (q.subject.value() == event && q.predicate.value() == Ns("themeText") &&
          q.object.value().find(text) != std::string::npos) {
        return true;
      }
    }
    return false;
  }

  static std::vector<Quad>* quads_;
};

std::vector<Quad>* CorpusAcceptanceTest::quads_ = nullptr;

const std::string kRouhani = Iri(EntityClass::kPerson, "حسن روحاني");
const std::string kPutin = Iri(EntityClass::kPerson, "فلاديمير بوتين");
const std::string kIran = Iri(EntityClass::kCountry, "إيران");
const std::string kRussia = Iri(EntityClass::kCountry, "روسيا");
const std::string kAzerbaijan = Iri(EntityClass::kCountry, "أذربيجان");
const std::string kArmenia = Iri(EntityClass::kCountry, "أرمينيا");
const std::string kKarabakh = Iri(EntityClass::kTerritory, "قره باغ");

TEST_F(CorpusAcceptanceTest, P01RouhaniPhonedPutinOnTenOctober) {
  EXPECT_TRUE(Has(kRouhani, Ns("phoned"), Term::Iri(kPutin), "000"));
  EXPECT_TRUE(Has(kRouhani, Ns("phoned"), Term::Iri(kPutin), "003"));
  bool dated = false;
  for (const std::string& e : Events("PhoneCall", kRouhani, kPutin, "003")) {
    dated |= Has(e, Ns("date"), Date("2020-10-10"), "003");
  }
  EXPECT_TRUE(dated);
}

TEST_F(CorpusAcceptanceTest, P02RussiaMediated) {
  EXPECT_FALSE(Events("Mediate", kRussia, "", "000").empty());
}

TEST_F(CorpusAcceptanceTest, P03RouhaniIsPresidentOfIran) {
  EXPECT_TRUE(HoldsOffice(kRouhani, "رئيس", kIran, "000"));
}

TEST_F(CorpusAcceptanceTest, P04AliyevIsPresidentOfAzerbaijanAsCounterpart) {
  EXPECT_TRUE(HoldsOffice(Iri(EntityClass::kPerson, "إلهام علييف"), "رئيس", kAzerbaijan, "001"));
}

TEST_F(CorpusAcceptanceTest, P05LavrovAndZarifSpokeByPhoneAboutFighters) {
  const std::string lavrov = Iri(EntityClass::kPerson, "سيرغي لافروف");
  const std::string zarif = Iri(EntityClass::kPerson, "محمد جواد ظريف");
  EXPECT_FALSE(Events("PhoneCall", lavrov, zarif, "001").empty());
  bool concern = false;
  for (const std::string& e : Events("ExpressConcern", lavrov, "", "001")) {
    concern |= Has(e, Ns("agent"), Term::Iri(zarif)) && ThemeContains(e, "مسلحين");
  }
  EXPECT_TRUE(concern);
}

TEST_F(CorpusAcceptanceTest, P06LavrovIsForeignMinisterOfRussia) {
  EXPECT_TRUE(
      HoldsOffice(Iri(EntityClass::kPerson, "سيرغي لافروف"), "وزير الخارجية", kRussia, "001"));
}

TEST_F(CorpusAcceptanceTest, P07RouhaniReceivedBayramovInTehranInDecember) {
  const auto events =
      Events("Meet", kRouhani, Iri(EntityClass::kPerson, "جيهون بايراموف"), "002");
  ASSERT_FALSE(events.empty());
  EXPECT_TRUE(Has(events[0], Ns("place"), Term::Iri(Iri(EntityClass::kPlace, "طهران"))));
  EXPECT_TRUE(Has(events[0], Ns("date"), Date("2020-12-09")));
}

TEST_F(CorpusAcceptanceTest, P08KhatibzadehSpeaksForTheIranianForeignMinistry) {
  const std::string person = Iri(EntityClass::kPerson, "سعيد خطيب زاده");
  const std::string ministry = Iri(EntityClass::kOrganization, "وزارة الخارجية الإيرانية");
  EXPECT_TRUE(HoldsOffice(person, "المتحدث باسم", ministry, "001"));
  EXPECT_TRUE(HoldsOffice(person, "المتحدث باسم", ministry, "002"));
}

TEST_F(CorpusAcceptanceTest, P09NatoCalledOnAzerbaijanAndArmeniaToCeaseFire) {
  const std::string nato = Iri(EntityClass::kOrganization, "حلف شمال الأطلسي");
  const auto events = Events("CallOn", nato, kAzerbaijan, "004");
  ASSERT_FALSE(events.empty());
  EXPECT_TRUE(Has(events[0], Ns("target"), Term::Iri(kArmenia)));
  EXPECT_TRUE(ThemeContains(events[0], "وقف إطلاق النار"));
  EXPECT_TRUE(Has(nato, Ns("latinAlias"), Term::Literal("nato")));
}

TEST_F(CorpusAcceptanceTest, P10PutinSpokeWithPashinyanOnTwentySeventhSeptember) {
  const auto events =
      Events("Discuss", kPutin, Iri(EntityClass::kPerson, "نيكول باشينيان"), "004");
  ASSERT_FALSE(events.empty());
  EXPECT_TRUE(Has(events[0], Ns("date"), Date("2020-09-27")));
}

TEST_F(CorpusAcceptanceTest, P11AzerbaijaniArmyLaunchedItsOperationOnTwentySeventhSeptember) {
  const std::string army = Iri(EntityClass::kOrganization, "الجيش الأذربيجاني");
  bool found = false;
  for (const std::string& e : Events("Attack", army, "", "000")) {
    found |= Has(e, Ns("date"), Date("2020-09-27")) && Has(e, Ns("place"), Term::Iri(kKarabakh));
  }
  EXPECT_TRUE(found);
}

TEST_F(CorpusAcceptanceTest, P12ArmySaysItLiberatedJabrayilAndHadrut) {
  const std::string army = Iri(EntityClass::kOrganization, "الجيش الأذربيجاني");
  const auto events = Events("TakeControl", army, "", "000");
  ASSERT_FALSE(events.empty());
  EXPECT_TRUE(Has(events[0], Ns("place"), Term::Iri(Iri(EntityClass::kPlace, "جبرائيل"))));
  EXPECT_TRUE(Has(events[0], Ns("place"), Term::Iri(Iri(EntityClass::kPlace, "هدروت"))));
  EXPECT_TRUE(Has(events[0], Ns("claimedBy"),
                  Term::Iri(Iri(EntityClass::kOrganization, "وزارة الدفاع الأذربيجانية"))));
}

TEST_F(CorpusAcceptanceTest, P13EveryArticleSpeaksOfKarabakhUnderAnySpelling) {
  std::set<std::string> articles;
  for (const Quad& q : *quads_) {
    if (q.predicate.value() == Ns("mentions") && q.object.value() == kKarabakh) {
      articles.insert(ArticleOf(q.graph));
    }
  }
  EXPECT_EQ(articles, (std::set<std::string>{"000", "001", "002", "003", "004"}));
  for (const char* spelling : {"كاراباخ", "قره باغ", "قرة باغ", "ناغورنو كاراباخ"}) {
    EXPECT_TRUE(Has(kKarabakh, Ns("matchKey"), Term::Literal(text::MatchKey(spelling))))
        << spelling;
  }
  // The self-declared republic is a different referent.
  EXPECT_NE(Iri(EntityClass::kTerritory, "جمهورية قره باغ"), kKarabakh);
}

TEST_F(CorpusAcceptanceTest, P14AzerbaijaniDefenceMinistryAccusedTheArmenianArmy) {
  const std::string ministry = Iri(EntityClass::kOrganization, "وزارة الدفاع الأذربيجانية");
  const std::string army = Iri(EntityClass::kOrganization, "الجيش الأرميني");
  EXPECT_FALSE(Events("Accuse", ministry, army, "000").empty());
  const auto violations = Events("ViolateCeasefire", army, "", "000");
  ASSERT_FALSE(violations.empty());
  EXPECT_TRUE(Has(violations[0], Ns("certainty"), Term::Literal("claimed")));
  EXPECT_TRUE(Has(violations[0], Ns("claimedBy"), Term::Iri(ministry)));
}

TEST_F(CorpusAcceptanceTest, P15JalaliIsIransAmbassadorToMoscow) {
  EXPECT_TRUE(HoldsOffice(Iri(EntityClass::kPerson, "كاظم جلالي"), "السفير", kIran, "003",
                          kRussia));
}

TEST_F(CorpusAcceptanceTest, P16ArmeniaDeclaredGeneralMobilisation) {
  const std::string government = Iri(EntityClass::kOrganization, "الحكومة الأرمينية");
  bool found = false;
  for (const std::string& e : Events("Mobilize", government, "", "004")) {
    found |= ThemeContains(e, "التعبئة العامة") && Has(e, Ns("date"), Date("2020-09-27"));
  }
  EXPECT_TRUE(found);
}

TEST_F(CorpusAcceptanceTest, SentencesCarryTheirArticleAndText) {
  const std::string s0 = std::string(kArticleBase) + "004/s0";
  EXPECT_TRUE(Has(s0, Ns("article"), Term::Iri(std::string(kArticleBase) + "004")));
  bool has_text = false;
  for (const Quad& q : *quads_) {
    has_text |= q.subject.value() == s0 && q.predicate.value() == Ns("text");
  }
  EXPECT_TRUE(has_text);
  EXPECT_TRUE(Has(std::string(kArticleBase) + "003", Ns("date"), Date("2020-10-10")));
}

}  // namespace
}  // namespace marsad::extract
