#include "io/rdf_writer.h"

#include <ostream>

#include "base/ntriples_escape.h"
#include "base/status_macros.h"
#include "io/turtle_writer.h"

namespace marsad::io {

namespace {

constexpr std::size_t kFlushBytes = 1 << 16;

// N-Triples and N-Quads: one statement per line, terms in their N-Triples form.
class LineWriter final : public RdfWriter {
 public:
  LineWriter(std::ostream& out, bool quads) : out_(out), quads_(quads) {}

  Status Write(const Quad& quad) override {
    const std::size_t mark = buffer_.size();
    Status status = AppendStatement(quad);
    if (!status.ok()) {
      buffer_.resize(mark);  // a term that cannot be written leaves the output untouched
      return status;
    }
    if (buffer_.size() >= kFlushBytes) return Flush();
    return Status::Ok();
  }

  Status Finish() override {
    MARSAD_RETURN_IF_ERROR(Flush());
    out_.flush();
    return out_ ? Status::Ok() : Status(StatusCode::kIOError, "write error while flushing");
  }

 private:
  Status AppendStatement(const Quad& quad) {
    MARSAD_RETURN_IF_ERROR(AppendNTriplesTerm(quad.subject, &buffer_));
    buffer_.push_back(' ');
    MARSAD_RETURN_IF_ERROR(AppendNTriplesTerm(quad.predicate, &buffer_));
    buffer_.push_back(' ');
    MARSAD_RETURN_IF_ERROR(AppendNTriplesTerm(quad.object, &buffer_));
    if (quads_ && !quad.graph.is_null()) {
      buffer_.push_back(' ');
      MARSAD_RETURN_IF_ERROR(AppendNTriplesTerm(quad.graph, &buffer_));
    }
    buffer_.append(" .\n");
    return Status::Ok();
  }

  Status Flush() {
    out_.write(buffer_.data(), static_cast<std::streamsize>(buffer_.size()));
    buffer_.clear();
    return out_ ? Status::Ok() : Status(StatusCode::kIOError, "write error");
  }

  std::ostream& out_;
  const bool quads_;
  std::string buffer_;
};

}  // namespace

std::unique_ptr<RdfWriter> MakeRdfWriter(std::ostream& out, RdfFormat format,
                                         const WriterOptions& options) {
  switch (format) {
    case RdfFormat::kTurtle:
      return std::make_unique<TurtleWriter>(out, options);
    case RdfFormat::kNQuads:
      return std::make_unique<LineWriter>(out, /*quads=*/true);
    case RdfFormat::kNTriples:
      break;
  }
  return std::make_unique<LineWriter>(out, /*quads=*/false);
}

}  // namespace marsad::io
