// Options for opening a database, importing, exporting and querying. Plain aggregates with
// defaults; set only what you need.
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <string>
#include <vector>

namespace marsad {

struct Options {
  bool create_if_missing = true;
  bool error_if_exists = false;
  // Open without taking the write lock: many processes may read; writes return kNotSupported.
  bool read_only = false;
  // fsync the write-ahead log on every committed batch. Off trades the last batches before a
  // power loss (never a process crash) for write speed.
  bool sync_writes = true;
  // Bytes of dictionary entries kept in memory (the hot-term cache: three quarters for
  // decoding ids into terms, a quarter for looking terms up; 64 MiB holds the whole
  // dictionary of about two million triples) and of RocksDB block cache.
  std::size_t term_cache_bytes = 64u << 20;
  std::size_t block_cache_bytes = 64u << 20;
  // Extra lexicon and rule files (or directories of them) that extend the built-in extraction
  // data; see docs/extraction.md.
  std::vector<std::string> extraction_data;
};

enum class RdfFormat : std::uint8_t { kNTriples, kNQuads, kTurtle };

// Guesses the format from a file name's extension (.nt, .nq, .ttl); false when unknown.
bool RdfFormatFromExtension(const std::string& path, RdfFormat* format);
// Parses "nt" / "ntriples", "nq" / "nquads", "ttl" / "turtle".
bool RdfFormatFromName(const std::string& name, RdfFormat* format);

struct ImportProgress {
  std::uint64_t bytes_read = 0;
  std::uint64_t total_bytes = 0;  // 0 when unknown (a pipe)
  std::uint64_t quads = 0;
};

struct ImportReport;

struct ImportOptions {
  RdfFormat format = RdfFormat::kNTriples;
  // Name used in error locations ("file.nt:3:14: ..."); "<stdin>" for standard input.
  std::string source_name = "<input>";
  // Base IRI for relative IRIs in Turtle.
  std::string base_iri;
  // Graph that triples (formats without graphs) go into; empty = the default graph.
  std::string target_graph;
  // Report and count bad lines, then go on; otherwise the first bad line aborts the batch.
  bool skip_bad = false;
  // Quads per atomic batch. All quads of a failing batch are discarded; earlier batches stay.
  std::size_t batch_quads = 100000;
  // Use the bulk-load path (sorted SST files ingested into RocksDB) instead of batched writes.
  bool bulk = false;
  // Called from the importing thread now and then; may be empty.
  std::function<void(const ImportProgress&)> on_progress;
  // Called after each batch is durably committed (per Options::sync_writes), with the counts
  // so far; a batch reported here survives a crash of the process. May be empty.
  std::function<void(const ImportReport&)> on_batch_committed;
};

struct ImportReport {
  std::uint64_t quads_read = 0;
  std::uint64_t quads_added = 0;  // new quads; duplicates are not counted
  std::uint64_t bad_lines = 0;    // only with skip_bad
  std::uint64_t batches_committed = 0;
  std::string first_error;        // with skip_bad: the first bad line's message
};

struct ExportOptions {
  RdfFormat format = RdfFormat::kNQuads;
  // Only this named graph ("" = everything). With N-Triples or Turtle, graphs are dropped.
  std::string graph;
};

}  // namespace marsad
