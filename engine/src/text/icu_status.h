// UErrorCode -> Status. INTERNAL to engine/src/text: includes an ICU header, so no other
// module may include this file (text's public-to-the-project headers expose no ICU type).
#pragma once

#include <string_view>

#include <unicode/utypes.h>

#include "marsad/status.h"

namespace marsad::text::internal {

// OK for U_SUCCESS (warnings included); otherwise kInternal (kResourceExhausted for
// U_MEMORY_ALLOCATION_ERROR, kInvalidArgument for U_ILLEGAL_ARGUMENT_ERROR and parse errors)
// with "<what>: <ICU error name>".
Status IcuStatus(UErrorCode code, std::string_view what);

}  // namespace marsad::text::internal
