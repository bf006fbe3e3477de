// Human-readable and JSON-lines renderings of an extraction, for `marsad extract FILE` and
// the devset report.
#pragma once

#include <string>

#include "extract/extraction.h"

namespace marsad::extract {

// One line per entity, office and event, each with its sentence index and rule id:
//   office  حسن روحاني  رئيس  of إيران  [s0 office.title_country_name]
//   event   PhoneCall agent=حسن روحاني target=فلاديمير بوتين date=2020-10-10 asserted [s0 …]
std::string FormatExtraction(const ArticleExtraction& extraction);

// One JSON object per line: {"kind":"office",...} / {"kind":"event",...}, with the sentence
// index, character span and rule id.
std::string FormatExtractionJson(const ArticleExtraction& extraction);

}  // namespace marsad::extract
