#include "text/region_names.h"

#include <unicode/locid.h>
#include <unicode/unistr.h>

#include <algorithm>

namespace marsad::text {
namespace {

std::string DisplayCountry(const icu::Locale& region, const icu::Locale& language) {
  icu::UnicodeString name;
  region.getDisplayCountry(language, name);
  std::string utf8;
  name.toUTF8String(utf8);
  return utf8;
}

std::vector<RegionName> BuildRegionNames() {
  std::vector<RegionName> regions;
  const icu::Locale arabic("ar");
  const icu::Locale english("en");
  for (const char* const* code = icu::Locale::getISOCountries(); *code != nullptr; ++code) {
    const icu::Locale region("", *code);
    RegionName entry{*code, DisplayCountry(region, arabic), DisplayCountry(region, english)};
    // Without locale data ICU falls back to the code itself.
    if (entry.arabic.empty() || entry.arabic == entry.code) continue;
    if (entry.english == entry.code) entry.english.clear();
    regions.push_back(std::move(entry));
  }
  std::sort(regions.begin(), regions.end(),
            [](const RegionName& a, const RegionName& b) { return a.code < b.code; });
  return regions;
}

}  // namespace

const std::vector<RegionName>& IsoRegionNames() {
  static const std::vector<RegionName> kRegions = BuildRegionNames();
  return kRegions;
}

}  // namespace marsad::text
