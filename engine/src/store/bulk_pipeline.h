// Two-stage pipeline of the bulk loader: the caller's thread runs the QuadSource (the parser)
// while a worker thread consumes its quads (dictionary encoding), so both cores work during
// the read phase. Quads travel in fixed-size chunks through a small ring of recycled chunks;
// each quad is swapped with its slot, so the source reuses the slot's string capacity and the
// hand-off allocates nothing once every chunk has gone round once.
#pragma once

#include <functional>
#include <span>

#include "marsad/status.h"
#include "marsad/term.h"
#include "store/store.h"

namespace marsad::store {

// Consumes one chunk of quads on the worker thread, in input order. A non-OK status stops the
// pipeline: the source's next sink call fails and the status is returned.
using ChunkConsumer = std::function<Status(std::span<Quad> quads)>;

// Runs `source` on the calling thread (so its callbacks, progress reports included, stay on
// the importing thread) and `consume` on one worker thread. Returns the first error: the
// consumer's if it failed, else the source's. All chunks before an error were consumed.
Status RunPipelined(const QuadSource& source, const ChunkConsumer& consume);

}  // namespace marsad::store
