// Database::Import and Database::Export over io::ReadRdf / io::MakeRdfWriter.
//
// Import semantics: quads are committed in atomic batches of ImportOptions::batch_quads. A
// syntax error (without skip_bad) discards the batch being filled and returns the error with
// its file:line:col; batches committed before it stay. With ImportOptions::bulk and an empty
// database the whole input goes through the store's bulk loader (all or nothing); on a
// non-empty database bulk falls back to batches. Blank node labels are scoped to the call
// (io::BlankNodeScope): _:b1 in two imports names two nodes, as in two RDF documents.
#include <istream>
#include <ostream>

#include "api/database_impl.h"
#include "base/status_macros.h"
#include "io/blank_node_scope.h"
#include "io/rdf_reader.h"
#include "io/rdf_writer.h"

namespace marsad::api {
namespace {

std::uint64_t StreamSize(std::istream& in) {
  std::streampos start = in.tellg();
  if (start < 0) return 0;
  in.seekg(0, std::ios::end);
  std::streampos end = in.tellg();
  in.seekg(start);
  if (end < start) return 0;
  return std::uint64_t(end - start);
}

class BatchedImport {
 public:
  BatchedImport(store::Store& store, const ImportOptions& options, ImportReport* report)
      : store_(store), options_(options), report_(report) {}

  Status Add(Quad& quad) {
    blanks_.Apply(&quad);
    if (quad.graph.is_null() && !options_.target_graph.empty()) {
      quad.graph = Term::Iri(options_.target_graph);
    }
    ++report_->quads_read;
    buffer_.push_back(std::move(quad));
    if (buffer_.size() >= std::max<std::size_t>(options_.batch_quads, 1)) return Flush();
    return Status();
  }

  Status Flush() {
    if (buffer_.empty()) return Status();
    MARSAD_ASSIGN_OR_RETURN(auto writer, store_.NewBatchWriter());
    MARSAD_ASSIGN_OR_RETURN(std::uint64_t added, writer->InsertQuads(buffer_));
    MARSAD_RETURN_IF_ERROR(writer->Commit());
    report_->quads_added += added;
    report_->batches_committed += 1;
    buffer_.clear();
    if (options_.on_batch_committed) options_.on_batch_committed(*report_);
    return Status();
  }

 private:
  store::Store& store_;
  const ImportOptions& options_;
  ImportReport* report_;
  io::BlankNodeScope blanks_;
  std::vector<Quad> buffer_;
};

}  // namespace

Result<ImportReport> DatabaseImpl::Import(std::istream& in, const ImportOptions& options) {
  if (store_->read_only()) {
    return Status(StatusCode::kNotSupported, "database " + store_->path() + " is open read-only");
  }
  ImportReport report;
  ImportProgress progress;
  progress.total_bytes = StreamSize(in);
  io::ReaderOptions reader;
  reader.format = options.format;
  reader.source_name = options.source_name;
  reader.base_iri = options.base_iri;
  reader.skip_bad = options.skip_bad;
  reader.on_bad_line = [&report](const Status& bad) {
    if (report.bad_lines++ == 0) report.first_error = bad.ToString();
  };
  reader.on_progress = [&](std::uint64_t bytes) {
    progress.bytes_read = bytes;
    progress.quads = report.quads_read;
    if (options.on_progress) options.on_progress(progress);
  };
  store::StoreStatistics before = store_->GetStatistics();
  if (options.bulk && before.quads == 0 && before.terms == 0) {
    io::BlankNodeScope blanks;
    auto source = [&](const store::QuadSink& sink) {
      return io::ReadRdf(in, reader, [&](Quad& quad) {
        blanks.Apply(&quad);
        if (quad.graph.is_null() && !options.target_graph.empty()) {
          quad.graph = Term::Iri(options.target_graph);
        }
        ++report.quads_read;
        return sink(quad);
      });
    };
    store::BulkLoadOptions bulk_options;
    bulk_options.input_bytes = progress.total_bytes;
    MARSAD_ASSIGN_OR_RETURN(store::BulkLoadReport bulk, store_->BulkLoad(source, bulk_options));
    report.quads_added = bulk.quads_added;
    report.batches_committed = 1;
    if (options.on_batch_committed) options.on_batch_committed(report);
    return report;
  }
  BatchedImport batches(*store_, options, &report);
  MARSAD_RETURN_IF_ERROR(io::ReadRdf(in, reader, [&](Quad& quad) { return batches.Add(quad); }));
  MARSAD_RETURN_IF_ERROR(batches.Flush());
  return report;
}

Status DatabaseImpl::Export(std::ostream& out, const ExportOptions& options) const {
  QuadPattern pattern;
  if (!options.graph.empty()) {
    pattern.graph = GraphSelector::kNamed;
    pattern.graph_name = Term::Iri(options.graph);
  }
  MARSAD_ASSIGN_OR_RETURN(auto cursor, Match(pattern));
  std::unique_ptr<io::RdfWriter> writer = io::MakeRdfWriter(out, options.format);
  while (cursor->Next()) MARSAD_RETURN_IF_ERROR(writer->Write(cursor->quad()));
  MARSAD_RETURN_IF_ERROR(cursor->status());
  MARSAD_RETURN_IF_ERROR(writer->Finish());
  if (!out) return Status(StatusCode::kIOError, "writing the export failed");
  return Status();
}

}  // namespace marsad::api
