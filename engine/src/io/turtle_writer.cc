#include "io/turtle_writer.h"

#include "base/ntriples_escape.h"
#include "base/status_macros.h"
#include "grammar/rdf/lexical_checks.h"

namespace marsad::io {

namespace {

constexpr std::string_view kRdfType = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type";
constexpr std::size_t kFlushBytes = 1 << 16;

}  // namespace

TurtleWriter::TurtleWriter(std::ostream& out, const WriterOptions& options)
    : out_(out), prefixes_(options.prefixes) {}

Status TurtleWriter::WriteHeader() {
  header_written_ = true;
  for (const auto& [name, iri] : prefixes_) {
    if (!name.empty() && !grammar::rdf::MatchesPnPrefix(name)) {
      return Status(StatusCode::kInvalidArgument, "invalid Turtle prefix name '" + name + "'");
    }
    buffer_.append("@prefix ").append(name).append(": ");
    MARSAD_RETURN_IF_ERROR(AppendIriRef(iri, &buffer_));
    buffer_.append(" .\n");
  }
  if (!prefixes_.empty()) buffer_.push_back('\n');
  return Status::Ok();
}

Status TurtleWriter::AppendIri(const std::string& iri, std::string* out) const {
  // The longest matching namespace whose remainder is a valid local name wins.
  const std::pair<std::string, std::string>* best = nullptr;
  for (const auto& prefix : prefixes_) {
    const std::string& ns = prefix.second;
    if (iri.size() < ns.size() || iri.compare(0, ns.size(), ns) != 0) continue;
    if (best != nullptr && best->second.size() >= ns.size()) continue;
    const std::string_view local = std::string_view(iri).substr(ns.size());
    if (local.empty() || grammar::rdf::MatchesPnLocal(local)) best = &prefix;
  }
  if (best == nullptr) return AppendIriRef(iri, out);
  out->append(best->first).push_back(':');
  out->append(iri, best->second.size());
  return Status::Ok();
}

bool TurtleWriter::AppendBareLiteral(const Term& term, std::string* out) {
  const std::string& dt = term.datatype();
  const std::string& lexical = term.value();
  const bool bare = (dt == xsd::kInteger && grammar::rdf::MatchesTurtleInteger(lexical)) ||
                    (dt == xsd::kDecimal && grammar::rdf::MatchesTurtleDecimal(lexical)) ||
                    (dt == xsd::kDouble && grammar::rdf::MatchesTurtleDouble(lexical)) ||
                    (dt == xsd::kBoolean && (lexical == "true" || lexical == "false"));
  if (bare) out->append(lexical);
  return bare;
}

Status TurtleWriter::AppendTerm(const Term& term, std::string* out) const {
  if (term.is_iri()) return AppendIri(term.value(), out);
  if (!term.is_literal() || !term.language().empty() || term.datatype() == xsd::kString) {
    return AppendNTriplesTerm(term, out);
  }
  if (AppendBareLiteral(term, out)) return Status::Ok();
  out->push_back('"');
  AppendEscapedString(term.value(), out);
  out->append("\"^^");
  return AppendIri(term.datatype(), out);
}

Status TurtleWriter::Write(const Quad& quad) {
  if (!header_written_) MARSAD_RETURN_IF_ERROR(WriteHeader());
  // Format into scratch first so a term that cannot be written leaves the output untouched.
  scratch_.clear();
  const bool same_subject = subject_open_ && quad.subject == subject_;
  if (same_subject && quad.predicate == predicate_) {
    scratch_.append(", ");
  } else {
    if (same_subject) {
      scratch_.append(" ;\n    ");
    } else {
      if (subject_open_) scratch_.append(" .\n");
      if (quad.subject.is_literal()) {
        return Status(StatusCode::kInvalidArgument, "a literal cannot be a Turtle subject");
      }
      MARSAD_RETURN_IF_ERROR(AppendTerm(quad.subject, &scratch_));
      scratch_.push_back(' ');
    }
    if (quad.predicate.is_iri() && quad.predicate.value() == kRdfType) {
      scratch_.push_back('a');
    } else if (quad.predicate.is_iri()) {
      MARSAD_RETURN_IF_ERROR(AppendIri(quad.predicate.value(), &scratch_));
    } else {
      return Status(StatusCode::kInvalidArgument, "a Turtle predicate must be an IRI");
    }
    scratch_.push_back(' ');
  }
  MARSAD_RETURN_IF_ERROR(AppendTerm(quad.object, &scratch_));
  buffer_.append(scratch_);
  if (!same_subject) subject_ = quad.subject;
  predicate_ = quad.predicate;
  subject_open_ = true;
  return FlushIfFull();
}

Status TurtleWriter::Finish() {
  if (!header_written_) MARSAD_RETURN_IF_ERROR(WriteHeader());
  if (subject_open_) buffer_.append(" .\n");
  subject_open_ = false;
  out_.write(buffer_.data(), static_cast<std::streamsize>(buffer_.size()));
  buffer_.clear();
  out_.flush();
  if (!out_) return Status(StatusCode::kIOError, "write error while writing Turtle");
  return Status::Ok();
}

Status TurtleWriter::FlushIfFull() {
  if (buffer_.size() < kFlushBytes) return Status::Ok();
  out_.write(buffer_.data(), static_cast<std::streamsize>(buffer_.size()));
  buffer_.clear();
  if (!out_) return Status(StatusCode::kIOError, "write error while writing Turtle");
  return Status::Ok();
}

}  // namespace marsad::io
