#include "news_tables.h"

#include <array>

namespace marsad::gen::news {
namespace {

constexpr std::array<std::string_view, 48> kGivenNames = {
    "محمد", "أحمد", "علي", "حسن", "حسين", "خالد", "عمر", "يوسف", "إبراهيم", "سعيد",
    "كريم", "طارق", "سامي", "نبيل", "فيصل", "ماجد", "عادل", "وليد", "هشام", "جمال",
    "رامي", "زياد", "باسم", "مروان", "نادر", "فارس", "عماد", "ياسر", "منصور", "صالح",
    "سلمان", "حمزة", "بشير", "رشيد", "جابر", "ناصر", "غسان", "شريف", "مصطفى", "عبدالله",
    "فاطمة", "ليلى", "مريم", "سلمى", "هدى", "نور", "رانيا", "دينا"};

constexpr std::array<std::string_view, 40> kFamilyNames = {
    "العلي", "الحسيني", "المصري", "الخطيب", "النجار", "الحداد", "الشامي", "البغدادي",
    "الزعبي", "العمري", "القاسم", "السعدي", "الكبيسي", "الجبوري", "التميمي", "الدوري",
    "الأنصاري", "الهاشمي", "الراشد", "الفاسي", "المالكي", "الشمري", "العنزي", "الحربي",
    "القحطاني", "الدوسري", "الغامدي", "البلوشي", "الكعبي", "المهيري", "الصباح", "الرفاعي",
    "الحلبي", "الدمشقي", "الطرابلسي", "الزين", "عيسى", "بركات", "جرادات", "يعقوب"};

constexpr std::array<Country, 30> kCountries = {{
    {"مصر", "egypt"}, {"السعودية", "saudi arabia"}, {"الإمارات", "uae"},
    {"قطر", "qatar"}, {"الكويت", "kuwait"}, {"البحرين", "bahrain"},
    {"سلطنة عمان", "oman"}, {"اليمن", "yemen"}, {"العراق", "iraq"},
    {"سوريا", "syria"}, {"لبنان", "lebanon"}, {"الأردن", "jordan"},
    {"فلسطين", "palestine"}, {"ليبيا", "libya"}, {"تونس", "tunisia"},
    {"الجزائر", "algeria"}, {"المغرب", "morocco"}, {"السودان", "sudan"},
    {"تركيا", "turkey"}, {"إيران", "iran"}, {"روسيا", "russia"},
    {"الصين", "china"}, {"الولايات المتحدة", "united states"}, {"فرنسا", "france"},
    {"ألمانيا", "germany"}, {"بريطانيا", "britain"}, {"اليابان", "japan"},
    {"الهند", "india"}, {"أذربيجان", "azerbaijan"}, {"أرمينيا", "armenia"},
}};

constexpr std::array<std::string_view, 8> kOrganizationKinds = {
    "حكومة", "وزارة خارجية", "وزارة دفاع", "جيش", "برلمان", "وزارة داخلية", "وكالة أنباء",
    "البنك المركزي في"};

constexpr std::array<std::string_view, 10> kPlacePrefixes = {
    "تل", "عين", "بئر", "دير", "كفر", "جبل", "وادي", "رأس", "مرج", "بيت"};

constexpr std::array<std::string_view, 20> kPlaceSuffixes = {
    "الزيتون", "الحمراء", "السلام", "الشمس", "النخيل", "الريح", "القمر", "البحر", "الذهب",
    "الورد", "الصخر", "الغزال", "الرمان", "التين", "العنب", "الحجر", "النسور", "الماء",
    "الجوز", "السرو"};

constexpr std::array<std::string_view, 8> kRoles = {
    "رئيس", "رئيس الوزراء", "وزير الخارجية", "وزير الدفاع", "المتحدث باسم", "السفير",
    "نائب الرئيس", "وزير الداخلية"};

constexpr std::array<std::string_view, 8> kOutlets = {
    "الخبر", "الوطن", "الشرق", "النهار", "الصباح", "الأيام", "الحياة", "الرأي"};

constexpr std::array<EventType, 24> kEventTypes = {{
    {"Meet", "met", true, "التقى"},
    {"PhoneCall", "phoned", true, "أجرى اتصالا هاتفيا مع"},
    {"Visit", "visited", false, "زار"},
    {"Discuss", "discussedWith", true, "بحث مع"},
    {"Statement", "addressed", false, "صرح أمام"},
    {"Condemn", "condemned", false, "أدان"},
    {"Welcome", "welcomed", false, "رحب ب"},
    {"Host", "hosted", false, "استضاف"},
    {"CallOn", "calledOn", false, "دعا"},
    {"ExpressConcern", "expressedConcernTo", false, "أعرب عن قلقه إلى"},
    {"Accuse", "accused", false, "اتهم"},
    {"SignAgreement", "signedWith", true, "وقع اتفاقا مع"},
    {"Congratulate", "congratulated", false, "هنأ"},
    {"Demand", "demandedOf", false, "طالب"},
    {"Reject", "rejected", false, "رفض"},
    {"Offer", "offered", false, "عرض على"},
    {"Mediate", "mediatedBetween", false, "توسط لدى"},
    {"Ceasefire", "ceasefireWith", true, "أعلن وقف إطلاق النار مع"},
    {"ViolateCeasefire", "violatedCeasefireAgainst", false, "خرق الهدنة مع"},
    {"Attack", "attacked", false, "هاجم"},
    {"TakeControl", "tookControlOf", false, "سيطر على"},
    {"Mobilize", "mobilized", false, "حشد"},
    {"ProvideAid", "aided", false, "قدم مساعدات إلى"},
    {"Invite", "invited", false, "دعا لزيارة"},
}};

// UTF-8 encodings of the letters MatchKey folds.
struct Fold {
  std::string_view from;
  std::string_view to;
};
constexpr std::array<Fold, 5> kFolds = {{
    {"أ", "ا"}, {"إ", "ا"}, {"آ", "ا"}, {"ة", "ه"}, {"ى", "ي"}}};

}  // namespace

std::span<const std::string_view> GivenNames() { return kGivenNames; }
std::span<const std::string_view> FamilyNames() { return kFamilyNames; }
std::span<const Country> Countries() { return kCountries; }
std::span<const std::string_view> OrganizationKinds() { return kOrganizationKinds; }
std::span<const std::string_view> PlacePrefixes() { return kPlacePrefixes; }
std::span<const std::string_view> PlaceSuffixes() { return kPlaceSuffixes; }
std::span<const std::string_view> Roles() { return kRoles; }
std::span<const std::string_view> Outlets() { return kOutlets; }
std::span<const EventType> EventTypes() { return kEventTypes; }

std::string MatchKey(std::string_view label) {
  std::string key;
  key.reserve(label.size());
  for (std::size_t i = 0; i < label.size();) {
    bool folded = false;
    for (const Fold& fold : kFolds) {
      if (label.substr(i, fold.from.size()) == fold.from) {
        key += fold.to;
        i += fold.from.size();
        folded = true;
        break;
      }
    }
    if (!folded) key += label[i++];
  }
  return key;
}

}  // namespace marsad::gen::news
