// libFuzzer entry for the N-Triples reader; the checks are in rdf_reader_fuzz.cc.
#include <cstddef>
#include <cstdint>

#include "rdf_reader_fuzz.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  marsad::fuzz::FuzzRdfReader(data, size, marsad::RdfFormat::kNTriples);
  return 0;
}
