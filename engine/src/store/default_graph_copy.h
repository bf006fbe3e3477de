// Moving a store's default graph from the triple indexes alone into the quad indexes
// (statistics.h, DefaultGraphLayout): what a bulk-loaded store without named graphs needs
// before its first named-graph quad, after which SPO/POS/OSP are no longer its default graph.
#pragma once

#include "marsad/status.h"
#include "store/store_core.h"

namespace marsad::store {

// Writes the default-graph key of every SPO/POS/OSP entry into GSPO/GPOS/GOSP and records the
// kInQuadIndexes layout, all in one atomic ingestion, then publishes the sequence number from
// which snapshots find the default graph there (Store::Core). Costs one sequential pass over
// the three triple indexes, once in a store's life.
// REQUIRES: the writer lock is held; the layout is kInTripleIndexesOnly.
Status CopyDefaultGraphIntoQuadIndexes(Store::Core& core);

}  // namespace marsad::store
