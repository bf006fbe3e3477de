#pragma once

namespace marsad {
// "0.1.0"
const char* Version();
}  // namespace marsad
