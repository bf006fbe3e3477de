// The article pipeline: validation, datelines, boilerplate and foreign lines, titles,
// sidecars, rule files, and the quads written for an extraction.
#include "extract/extractor.h"

#include <algorithm>
#include <fstream>

#include "extract/entity_table.h"
#include "extract/quads.h"
#include "extract/report.h"
#include "extract_test_util.h"

namespace marsad::extract {
namespace {

using ::testing::HasSubstr;
using testing::Extract;

TEST(ExtractorTest, RejectsIllFormedUtf8WithItsLocation) {
  ArticleMeta meta;
  meta.file = "bad.txt";
  Result<ArticleExtraction> x = ExtractArticle("سطر أول\nب\xC3(", meta, testing::DefaultLexicons(),
                                               testing::DefaultRules());
  ASSERT_FALSE(x.ok());
  EXPECT_EQ(x.status().code(), StatusCode::kInvalidArgument);
  ASSERT_TRUE(x.status().where().has_value());
  EXPECT_EQ(x.status().where()->line, 2u);
}

TEST(ExtractorTest, SkipsBoilerplateAndForeignLinesAndReadsTheDateline) {
  const ArticleExtraction x = Extract(
      "البث المباشر\n"
      "روحاني يستقبل لافروف\n"
      "السبت ١٠ أكتوبر ٢٠٢٠ - ٠٤:٢٠ بتوقيت غرينتش\n"
      "استقبل الرئيس الإيراني حسن روحاني اليوم وزير الخارجية الروسي سيرغي لافروف.\n"
      "در سفر امروز وزیر خارجه به تهران تبادل نظر شد.\n"
      "— Saeed Khatibzadeh (@SKhatibzadeh) December 9, 2020\n"
      "جميع الحقوق محفوظة\n");
  EXPECT_EQ(x.title, "روحاني يستقبل لافروف");
  EXPECT_EQ(x.date, (text::CivilDate{2020, 10, 10}));
  EXPECT_EQ(x.date_source, "dateline");
  EXPECT_EQ(x.skipped_lines, 5u);  // live banner, dateline, Persian, tweet signature, rights
  ASSERT_EQ(x.sentences.size(), 2u);
  const EventFact* host = testing::FindEvent(x, "Host", "حسن روحاني", "سيرغي لافروف");
  ASSERT_NE(host, nullptr) << FormatExtraction(x);
  EXPECT_EQ(host->date, (text::CivilDate{2020, 10, 10}));
  EXPECT_EQ(host->provenance.sentence, 1u);
}

TEST(ExtractorTest, MetadataDateIsUsedOnlyWithoutDateline) {
  const ArticleExtraction x = Extract("وفي 27 سبتمبر الماضي، شن الجيش الأذربيجاني هجوما.", "m",
                                      "2020-10-10");
  EXPECT_EQ(x.date_source, "metadata");
  const EventFact* attack = testing::FindEvent(x, "Attack", "الجيش الأذربيجاني");
  ASSERT_NE(attack, nullptr) << FormatExtraction(x);
  EXPECT_EQ(attack->date, (text::CivilDate{2020, 9, 27}));
}

TEST(ExtractorTest, ParsesSidecarsAndRejectsBadDates) {
  ArticleMeta meta;
  ASSERT_OK(ParseArticleSidecar("# sidecar\ntitle: عنوان\noutlet: aawsat\ndate: 2015-07-21\n",
                                &meta));
  EXPECT_EQ(meta.title, "عنوان");
  EXPECT_EQ(meta.outlet, "aawsat");
  EXPECT_EQ(meta.date, (text::CivilDate{2015, 7, 21}));
  Status s = ParseArticleSidecar("title: x\ndate: 21/07/2015\n", &meta);
  EXPECT_EQ(s.code(), StatusCode::kInvalidArgument);
  ASSERT_TRUE(s.where().has_value());
  EXPECT_EQ(s.where()->line, 2u);
}

TEST(ExtractorTest, MetaForFileReadsTheSidecarBesideTheArticle) {
  marsad::testing::TempDir dir;
  const std::string article = dir.Sub("005_news.txt");
  std::ofstream(article) << "نص";
  Result<ArticleMeta> plain = MetaForFile(article);
  ASSERT_OK(plain);
  EXPECT_EQ(plain->file_stem, "005_news");
  EXPECT_FALSE(plain->date.known());
  std::ofstream(dir.Sub("005_news.meta")) << "date: 2020-12-09\noutlet: alalam\n";
  Result<ArticleMeta> with_sidecar = MetaForFile(article);
  ASSERT_OK(with_sidecar);
  EXPECT_EQ(with_sidecar->date, (text::CivilDate{2020, 12, 9}));
  EXPECT_EQ(with_sidecar->outlet, "alalam");
  std::ofstream(dir.Sub("005_news.meta")) << "date: yesterday\n";
  Result<ArticleMeta> bad = MetaForFile(article);
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(bad.status().where()->source, dir.Sub("005_news.meta"));
}

TEST(ExtractorTest, ToQuadsPutsFactsInTheSentenceGraphWithProvenance) {
  const ArticleExtraction x = Extract(
      "قال الرئيس الإيراني حسن روحاني في اتصال هاتفي مع نظيره الروسي فلاديمير بوتين إن الحل "
      "سياسي.",
      "q1");
  const std::vector<Quad> quads = ToQuads(x);
  const std::string ns(kNs);
  const Term sentence = Term::Iri(SentenceIri(x.meta, 0));
  const Term rouhani = Term::Iri(std::string(kEntityBase) + "person/حسن-روحاني");
  auto has = [&](const Term& s, const std::string& p, const Term& o, const Term& g) {
    return std::find(quads.begin(), quads.end(), Quad{s, Term::Iri(p), o, g}) != quads.end();
  };
  const Term putin = Term::Iri(std::string(kEntityBase) + "person/فلاديمير-بوتين");
  EXPECT_TRUE(has(rouhani, ns + "phoned", putin, sentence));
  EXPECT_TRUE(has(putin, ns + "phoned", rouhani, sentence));  // PhoneCall is symmetric
  EXPECT_TRUE(has(rouhani, ns + "latinAlias", Term::Literal("rouhani"),
                  Term::Iri(ArticleIri(x.meta))));
  EXPECT_TRUE(has(sentence, ns + "mentions", rouhani, sentence));
  int rules = 0;
  for (const Quad& q : quads) {
    if (q.predicate.value() == ns + "rule") {
      ++rules;
      EXPECT_EQ(q.graph, sentence);
    }
  }
  EXPECT_GE(rules, 3);  // two offices and at least the phone call
  const std::string event = EventIri(x, *testing::FindEvent(x, "PhoneCall", "حسن روحاني"));
  EXPECT_TRUE(has(Term::Iri(event), ns + "certainty", Term::Literal("asserted"), sentence));
}

TEST(ExtractorTest, OneEventReportedByTwoArticlesHasOneIri) {
  const char* text = "الأحد 27 سبتمبر 2020\nوبحث الرئيس بوتين اليوم الأحد مع أردوغان الأوضاع.";
  const ArticleExtraction a = Extract(text, "a");
  const ArticleExtraction b = Extract(text, "b");
  const EventFact* ea = testing::FindEvent(a, "Discuss", "فلاديمير بوتين");
  const EventFact* eb = testing::FindEvent(b, "Discuss", "فلاديمير بوتين");
  ASSERT_NE(ea, nullptr);
  ASSERT_NE(eb, nullptr);
  EXPECT_EQ(EventIri(a, *ea), EventIri(b, *eb));
  EXPECT_NE(SentenceIri(a.meta, 1), SentenceIri(b.meta, 1));
}

TEST(ExtractorTest, UnlistedVowelSpellingOfANameFallsBackToItsSkeleton) {
  // The lexicon lists «ناغورنو كاراباخ» but not «ناغورنو كراباخ».
  const ArticleExtraction x = Extract("تتواصل المعارك في منطقة ناغورنو كراباخ منذ أيام.");
  ASSERT_EQ(x.mentions.size(), 1u) << FormatExtraction(x);
  EXPECT_EQ(x.entities[x.mentions[0].entity].label, "قره باغ");
  const std::string json = FormatExtractionJson(x);
  EXPECT_THAT(json, HasSubstr("\"iri\":\"http://marsad.dev/entity/territory/قره-باغ\""));
}

TEST(ExtractorTest, CompoundNameSpellingsAreOneReferent) {
  EXPECT_EQ(NameKey("عبدالفتاح السيسي"), NameKey("عبد الفتاح السيسي"));
  EXPECT_EQ(NameKey("أبو ظبي"), NameKey("أبوظبي"));
  EXPECT_NE(NameKey("عبد"), NameKey("عبدالله"));
  const ArticleExtraction a = Extract("قال وزير الإعلام اليمني عبدالرحمن قباطي إن الوضع صعب.", "a");
  const ArticleExtraction b = Extract("قال وزير الإعلام اليمني عبد الرحمن قباطي إن الوضع صعب.", "b");
  ASSERT_EQ(a.offices.size(), 1u);
  ASSERT_EQ(b.offices.size(), 1u);
  EXPECT_EQ(EntityIri(a.entities[a.offices[0].holder]), EntityIri(b.entities[b.offices[0].holder]));
}

TEST(ExtractorTest, CheckRulesFileValidatesClassesAndEventTypes) {
  marsad::testing::TempDir dir;
  const std::string good = dir.Sub("good.rules");
  const std::string bad = dir.Sub("bad.rules");
  std::ofstream(good) << "rule my.visit\n  match @person:a @trigger.Visit:t @capital:p\n"
                         "  emit event(trigger=t, agent=a, place=p)\nend\n";
  std::ofstream(bad) << "rule my.bad\n  match @person:a @trigger.Dance:t\n"
                        "  emit event(trigger=t, agent=a)\nend\n";
  EXPECT_OK(CheckRulesFile(good));
  Status s = CheckRulesFile(bad);
  EXPECT_EQ(s.code(), StatusCode::kInvalidArgument);
  EXPECT_THAT(s.message(), HasSubstr("unknown event type Dance"));
  ASSERT_TRUE(s.where().has_value());
  EXPECT_EQ(s.where()->line, 2u);
  EXPECT_EQ(s.where()->source, bad);
  EXPECT_STATUS(CheckRulesFile(dir.Sub("missing.rules")), StatusCode::kIOError,
                HasSubstr("cannot read"));
}

TEST(ExtractorTest, UserRulesExtendTheDefaults) {
  RuleSet rules = testing::DefaultRules();
  const std::size_t before = rules.size();
  ASSERT_OK(rules.AddText("rule user.praise\n  match \"أثنى\" @actor:a \"على\" @actor:b\n"
                          "  emit event(type=\"Welcome\", agent=a, target=b)\nend\n",
                          "user.rules", testing::DefaultLexicons()));
  EXPECT_EQ(rules.size(), before + 1);
  ArticleMeta meta;
  meta.file_stem = "u";
  Result<ArticleExtraction> x = ExtractArticle("أثنى بوتين على أردوغان.", meta,
                                               testing::DefaultLexicons(), rules);
  ASSERT_OK(x);
  EXPECT_NE(testing::FindEvent(*x, "Welcome", "فلاديمير بوتين", "رجب طيب أردوغان"), nullptr);
  EXPECT_STATUS(rules.AddText("rule user.praise\n match @actor:a\n emit claim(source=a)\nend",
                              "dup.rules", testing::DefaultLexicons()),
                StatusCode::kInvalidArgument, HasSubstr("duplicate rule id"));
}

}  // namespace
}  // namespace marsad::extract
