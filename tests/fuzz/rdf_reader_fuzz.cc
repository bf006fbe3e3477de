#include "rdf_reader_fuzz.h"

#include <cctype>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

#include "fuzz_check.h"
#include "io/rdf_reader.h"
#include "io/rdf_writer.h"
#include "marsad/term.h"

namespace marsad::fuzz {
namespace {

Status ReadAll(const std::string& text, RdfFormat format, bool skip_bad,
               std::vector<Quad>* quads) {
  std::istringstream in(text);
  io::ReaderOptions options;
  options.format = format;
  options.source_name = "<fuzz>";
  options.base_iri = "http://marsad.dev/base/";
  options.skip_bad = skip_bad;
  options.on_bad_line = [](const Status& bad) {
    MARSAD_FUZZ_CHECK_STATUS(bad.code() == StatusCode::kSyntaxError, bad);
  };
  return io::ReadRdf(in, options, [quads](Quad& quad) {
    quads->push_back(quad);
    return Status::Ok();
  });
}

// `text` with every blank node label cut to "_:". The Turtle reader renames document labels that
// could collide with its generated ones (_:anon1 reads back as _:anon_anon1), so a Turtle round
// trip is compared up to blank node labels; N-Triples and N-Quads keep labels and compare exactly.
std::string MaskBlankLabels(const std::string& text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    out.push_back(text[i]);
    if (text[i] != '_' || i + 1 >= text.size() || text[i + 1] != ':') continue;
    out.push_back(':');
    i += 2;
    while (i < text.size() && (std::isalnum(static_cast<unsigned char>(text[i])) ||
                               text[i] == '_' || text[i] == '-' || text[i] == '.' ||
                               static_cast<unsigned char>(text[i]) >= 0x80)) {
      ++i;
    }
    --i;
  }
  return out;
}

std::string WriteAll(const std::vector<Quad>& quads, RdfFormat format) {
  std::ostringstream out;
  std::unique_ptr<io::RdfWriter> writer = io::MakeRdfWriter(out, format);
  for (const Quad& quad : quads) {
    const Status written = writer->Write(quad);
    MARSAD_FUZZ_CHECK_STATUS(written.ok(), written);
  }
  const Status finished = writer->Finish();
  MARSAD_FUZZ_CHECK_STATUS(finished.ok(), finished);
  return out.str();
}

}  // namespace

void FuzzRdfReader(const std::uint8_t* data, std::size_t size, RdfFormat format) {
  const std::string text(AsText(data, size));
  std::vector<Quad> quads;
  const Status read = ReadAll(text, format, /*skip_bad=*/false, &quads);
  if (!read.ok()) {
    MARSAD_FUZZ_CHECK_STATUS(read.code() == StatusCode::kSyntaxError, read);
    MARSAD_FUZZ_CHECK_STATUS(LocationInside(read, size), read);
  } else {
    // Round trip: the writer's output is valid input that means the same quads.
    const std::string written = WriteAll(quads, format);
    std::vector<Quad> again;
    const Status reread = ReadAll(written, format, /*skip_bad=*/false, &again);
    MARSAD_FUZZ_CHECK_STATUS(reread.ok(), reread);
    MARSAD_FUZZ_CHECK(again.size() == quads.size());
    const std::string rewritten = WriteAll(again, format);
    const bool same = format == RdfFormat::kTurtle
                          ? MaskBlankLabels(rewritten) == MaskBlankLabels(written)
                          : rewritten == written;
    if (!same) {
      Fail(__FILE__, __LINE__, "writing what was read back gives the same text",
           "\n--- first write:\n" + written + "--- second write:\n" + rewritten);
    }
  }
  if (format != RdfFormat::kTurtle) {
    std::vector<Quad> kept;
    const Status skipping = ReadAll(text, format, /*skip_bad=*/true, &kept);
    MARSAD_FUZZ_CHECK_STATUS(skipping.ok(), skipping);
    MARSAD_FUZZ_CHECK(kept.size() >= quads.size());
  }
}

}  // namespace marsad::fuzz
