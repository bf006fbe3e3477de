// Shared body of the N-Triples, N-Quads and Turtle reader fuzzers.
#pragma once

#include <cstddef>
#include <cstdint>

#include "marsad/options.h"

namespace marsad::fuzz {

// Reads `data` as `format` (engine/src/io/rdf_reader.h). Contract checked: never crashes; an
// error is a syntax error located inside the input; what was read, written back by the writer
// of the same format, reads again to the same quads (Turtle: up to blank node labels); line
// formats also survive skip_bad mode.
void FuzzRdfReader(const std::uint8_t* data, std::size_t size, RdfFormat format);

}  // namespace marsad::fuzz
