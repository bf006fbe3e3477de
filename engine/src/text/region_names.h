// ISO 3166 regions with their Arabic (and English) display names, from ICU's locale data:
// the base of the extractor's country gazetteer (docs/extraction.md, "Countries").
#pragma once

#include <string>
#include <vector>

namespace marsad::text {

struct RegionName {
  std::string code;     // ISO 3166-1 alpha-2, upper case: "JP"
  std::string arabic;   // ICU's Arabic display name: «اليابان»
  std::string english;  // ICU's English display name: "Japan"
};

// Every ISO 3166-1 region ICU lists (ICU's Locale::getISOCountries) for which ICU has an
// Arabic display name, sorted by code. Regions ICU only names by their code are left out.
// Built once per process (thread-safe); ICU data is compiled in, so the list is never empty
// on a working build.
const std::vector<RegionName>& IsoRegionNames();

}  // namespace marsad::text
