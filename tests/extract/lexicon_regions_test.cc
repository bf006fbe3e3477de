// Countries from ICU's Arabic region names, countries.tsv as the overlay, nisba by rule.
#include <string>

#include "extract/lexicon.h"
#include "extract/report.h"
#include "extract_test_util.h"
#include "text/normalizer.h"

namespace marsad::extract {
namespace {

using testing::DefaultLexicons;
using testing::NisbaCountry;

// The entity a phrase names (category kEntity), or -1.
int EntityNamed(const Lexicons& lex, std::string_view surface) {
  const auto* hits = lex.Find(text::MatchKey(surface));
  if (hits == nullptr) return -1;
  for (const LexHit& h : *hits) {
    if (h.category == LexCategory::kEntity) return h.index;
  }
  return -1;
}

TEST(LexiconRegionsTest, IcuNamesCountriesTheFilesLack) {
  const Lexicons& lex = DefaultLexicons();
  for (const char* code : {"MX", "AR", "DK", "PT", "FI", "CL"}) {
    const int region = lex.FindRegion(code);
    ASSERT_GE(region, 0) << code;
    EXPECT_EQ(lex.entities()[region].cls, EntityClass::kCountry) << code;
    EXPECT_EQ(EntityNamed(lex, lex.entities()[region].label), region) << code;
  }
  EXPECT_EQ(lex.entities()[lex.FindRegion("MX")].label, "المكسيك");
  EXPECT_EQ(lex.FindLatin("mexico"), lex.FindRegion("MX"));
  EXPECT_EQ(lex.FindLatin("south africa"), lex.FindRegion("ZA"));
  // A parenthetical of ICU's name is left out of the phrase.
  EXPECT_EQ(EntityNamed(lex, "ميانمار"), lex.FindRegion("MM"));
  EXPECT_EQ(lex.FindRegion("ZZ"), -1);
}

TEST(LexiconRegionsTest, TheTsvRowIsTheOverlayAndKeepsItsLabel) {
  const Lexicons& lex = DefaultLexicons();
  const int uk = lex.FindRegion("GB");
  ASSERT_GE(uk, 0);
  EXPECT_EQ(lex.entities()[uk].label, "بريطانيا");
  EXPECT_EQ(EntityNamed(lex, "المملكة المتحدة"), uk);
  // ICU's «بيلاروس» joins the tsv's «بيلاروسيا» and «روسيا البيضاء».
  const int belarus = lex.FindRegion("BY");
  EXPECT_EQ(lex.entities()[belarus].label, "بيلاروسيا");
  EXPECT_EQ(EntityNamed(lex, "بيلاروس"), belarus);
  EXPECT_EQ(EntityNamed(lex, "روسيا البيضاء"), belarus);
  // The tsv's own nisba stems and capitals stay.
  EXPECT_EQ(NisbaCountry(lex, "البريطانية"), "بريطانيا");
  // Territories without an ISO code still come from the tsv only.
  EXPECT_GE(lex.FindByLabelKey(EntityClass::kTerritory, text::MatchKey("قطاع غزة")), 0);
}

TEST(LexiconRegionsTest, NisbaFormsAreGeneratedForIcuCountries) {
  const Lexicons& lex = DefaultLexicons();
  const std::pair<const char*, const char*> cases[] = {
      {"المكسيكي", "المكسيك"},     {"المكسيكية", "المكسيك"},   {"الأرجنتينيين", "الأرجنتين"},
      {"برتغاليون", "البرتغال"},   {"الفنلندية", "فنلندا"},    {"الدانمركي", "الدانمرك"},
      {"السنغافورية", "سنغافورة"}, {"الكولومبي", "كولومبيا"},
  };
  for (const auto& [form, country] : cases) EXPECT_EQ(NisbaCountry(lex, form), country) << form;
  // «مالي» is also "financial": the tsv excludes the bare name; the country is still named
  // in full, and no nisba is generated for a name ending in ي.
  EXPECT_EQ(EntityNamed(lex, "مالي"), -1);
  EXPECT_EQ(EntityNamed(lex, "جمهورية مالي"), lex.FindRegion("ML"));
  EXPECT_EQ(NisbaCountry(lex, "المالي"), "");
}

TEST(LexiconRegionsTest, NisbaStemRule) {
  const std::pair<const char*, const char*> cases[] = {
      {"ألمانيا", "ألماني"},   {"كندا", "كندي"},       {"البرازيل", "برازيلي"},
      {"سنغافورة", "سنغافوري"}, {"اليابان", "ياباني"},   {"تشاد", "تشادي"},
      {"مالي", ""},            {"بيرو", ""},           {"كوريا الجنوبية", ""},
      {"كوبا", "كوبي"},         {"لاوس", "لاوسي"},      {"عمان", "عماني"},
      {"قطر", ""},  // three letters: «قطري» is left to the tsv
  };
  for (const auto& [name, stem] : cases) EXPECT_EQ(NisbaStemByRule(name), stem) << name;
}

TEST(LexiconRegionsTest, GeneratedFormsNeverShadowAnotherEntry) {
  Lexicons lex;
  ASSERT_OK(lex.AddText("boundaries.txt", "تشادي\n"));
  lex.AddIcuRegions();
  const int chad = lex.FindRegion("TD");
  ASSERT_GE(chad, 0);
  // The masculine form is taken, so no nisba entry is made at all.
  EXPECT_EQ(NisbaCountry(lex, "تشادي"), "");
  EXPECT_EQ(lex.NisbaOf(chad), nullptr);
  // Without the clash the same forms are generated.
  Lexicons plain;
  plain.AddIcuRegions();
  EXPECT_EQ(NisbaCountry(plain, "التشاديين"), "تشاد");
  // Adding the regions twice changes nothing.
  const std::size_t entities = plain.entities().size();
  plain.AddIcuRegions();
  EXPECT_EQ(plain.entities().size(), entities);
}

TEST(LexiconRegionsTest, UserFilesOverlayIcuRegionsByCode) {
  Lexicons lex = DefaultLexicons();
  const int mexico = lex.FindRegion("MX");
  ASSERT_OK(lex.AddText("countries_mine.tsv",
                        "MX\tالمكسيك\tالولايات المتحدة المكسيكية\t\tمكسيكو سيتي\tmexique\n"
                        "CZ\tتشيكيا\tجمهورية التشيك|-التشيك\tتشيكي\tبراغ\tczechia\n"));
  EXPECT_EQ(lex.FindRegion("MX"), mexico);
  EXPECT_EQ(EntityNamed(lex, "الولايات المتحدة المكسيكية"), mexico);
  EXPECT_EQ(lex.FindLatin("mexique"), mexico);
  const auto* capital = lex.Find(text::MatchKey("مكسيكو سيتي"));
  ASSERT_NE(capital, nullptr);
  EXPECT_EQ(capital->front().category, LexCategory::kCapital);
  EXPECT_EQ(capital->front().index, mexico);
  // The row's label becomes canonical; "-التشيك" withdraws ICU's spelling.
  const int czechia = lex.FindRegion("CZ");
  EXPECT_EQ(lex.entities()[czechia].label, "تشيكيا");
  EXPECT_EQ(EntityNamed(lex, "جمهورية التشيك"), czechia);
  EXPECT_EQ(EntityNamed(lex, "التشيك"), -1);
}

TEST(LexiconRegionsTest, AnArticleNamingAnIcuCountryYieldsItsEntity) {
  const ArticleExtraction x = testing::Extract(
      "وصل الرئيس المكسيكي إلى بوينس آيرس في زيارة رسمية إلى الأرجنتين، "
      "والتقى وزير الخارجية البرتغالي في الدانمرك.");
  std::vector<std::string> countries;
  for (const Entity& e : x.entities) {
    if (e.cls == EntityClass::kCountry) countries.push_back(e.label);
  }
  EXPECT_THAT(countries, ::testing::IsSupersetOf({"المكسيك", "الأرجنتين", "البرتغال", "الدانمرك"}))
      << FormatExtraction(x);
}

}  // namespace
}  // namespace marsad::extract
