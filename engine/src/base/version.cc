#include "marsad/version.h"

namespace marsad {
const char* Version() { return MARSAD_VERSION_STRING; }
}  // namespace marsad
