#include "io/rdf_reader.h"

#include <cstring>
#include <istream>
#include <iterator>
#include <string>
#include <utility>

#include "base/status_macros.h"
#include "grammar/rdf/parse_ntriples.h"
#include "grammar/rdf/parse_turtle.h"

namespace marsad::io {

namespace {

// Bytes read from the stream at a time by the line reader. Lines longer than this grow the
// buffer; memory stays bounded by the longest line, not by the input.
constexpr std::size_t kChunkBytes = 1 << 20;

// Splits a stream into lines (LF, CRLF or lone CR) without copying them: each line is a view
// into the buffer, valid until the next call.
class LineSplitter {
 public:
  explicit LineSplitter(std::istream& in) : in_(in) { buffer_.resize(kChunkBytes); }

  // Stores the next line and its byte offset in the input; false at the end of the input.
  bool Next(std::string_view* line, std::uint64_t* offset) {
    for (;;) {
      if (skip_lf_ && begin_ < end_) {
        if (buffer_[begin_] == '\n') ++begin_;
        skip_lf_ = false;
      }
      if (const char* brk = FindLineBreak(scan_ > begin_ ? scan_ : begin_)) {
        const auto i = static_cast<std::size_t>(brk - buffer_.data());
        *line = std::string_view(buffer_.data() + begin_, i - begin_);
        *offset = base_offset_ + begin_;
        skip_lf_ = *brk == '\r';
        begin_ = scan_ = i + 1;
        return true;
      }
      scan_ = end_;
      if (eof_) {
        if (begin_ == end_) return false;
        *line = std::string_view(buffer_.data() + begin_, end_ - begin_);
        *offset = base_offset_ + begin_;
        begin_ = scan_ = end_;
        return true;
      }
      Refill();
    }
  }

  std::uint64_t bytes_read() const { return base_offset_ + end_; }

 private:
  // The first CR or LF in [from, end_), or nullptr. memchr for LF first (SIMD-fast), then,
  // only if the buffer holds a CR at all, a CR search bounded by that LF: CR line breaks are
  // rare, and searching each line twice cost a bulk import's parser about 3%.
  const char* FindLineBreak(std::size_t from) const {
    const char* begin = buffer_.data() + from;
    const std::size_t length = end_ - from;
    const auto* lf = static_cast<const char*>(std::memchr(begin, '\n', length));
    if (!has_cr_) return lf;
    const std::size_t cr_span = lf != nullptr ? static_cast<std::size_t>(lf - begin) : length;
    const auto* cr = static_cast<const char*>(std::memchr(begin, '\r', cr_span));
    return cr != nullptr ? cr : lf;
  }

  // Moves the unfinished line to the front, grows the buffer if the line fills it, and reads.
  void Refill() {
    const std::size_t kept = end_ - begin_;
    if (begin_ > 0) {
      std::memmove(buffer_.data(), buffer_.data() + begin_, kept);
      base_offset_ += begin_;
      scan_ -= begin_;
      begin_ = 0;
      end_ = kept;
    }
    if (end_ == buffer_.size()) buffer_.resize(buffer_.size() * 2);
    in_.read(buffer_.data() + end_, static_cast<std::streamsize>(buffer_.size() - end_));
    const auto got = static_cast<std::size_t>(in_.gcount());
    has_cr_ = has_cr_ || std::memchr(buffer_.data() + end_, '\r', got) != nullptr;
    end_ += got;
    if (got == 0 || !in_) eof_ = true;
  }

  std::istream& in_;
  std::string buffer_;
  std::size_t begin_ = 0;          // start of the current line
  std::size_t scan_ = 0;           // where the search for a line break resumes
  std::size_t end_ = 0;            // end of valid data
  std::uint64_t base_offset_ = 0;  // input offset of buffer_[0]
  bool eof_ = false;
  bool skip_lf_ = false;  // the last line ended in CR: a following LF belongs to it
  bool has_cr_ = false;   // a CR has been read (it may still be ahead in the buffer)
};

Status ReadLines(std::istream& in, const ReaderOptions& options, const QuadHandler& handler) {
  grammar::rdf::LineParser parser(options.format == RdfFormat::kNQuads);
  LineSplitter lines(in);
  std::string_view line;
  std::uint64_t offset = 0;
  std::uint64_t line_number = 0;
  std::uint64_t next_progress = kChunkBytes;
  Quad quad;
  while (lines.Next(&line, &offset)) {
    ++line_number;
    if (line_number == 1 && line.substr(0, 3) == "\xEF\xBB\xBF") {  // a UTF-8 byte order mark
      line.remove_prefix(3);
      offset += 3;
    }
    Result<bool> parsed = parser.ParseLine(line, &quad);
    if (!parsed.ok()) {
      const Status& error = parsed.status();
      SourceLocation where = error.where().value_or(SourceLocation{});
      where.source = options.source_name;
      where.line = line_number;
      where.offset += offset;
      Status located(error.code(), error.message(), std::move(where));
      if (!options.skip_bad) return located;
      if (options.on_bad_line) options.on_bad_line(located);
      continue;
    }
    if (*parsed) MARSAD_RETURN_IF_ERROR(handler(quad));
    if (options.on_progress && lines.bytes_read() >= next_progress) {
      options.on_progress(offset + line.size());
      next_progress = lines.bytes_read() + kChunkBytes;
    }
  }
  if (in.bad()) return Status(StatusCode::kIOError, "read error in " + options.source_name);
  if (options.on_progress) options.on_progress(lines.bytes_read());
  return Status::Ok();
}

Status ReadTurtle(std::istream& in, const ReaderOptions& options, const QuadHandler& handler) {
  const std::string document{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
  if (in.bad()) return Status(StatusCode::kIOError, "read error in " + options.source_name);
  grammar::rdf::TurtleOptions turtle;
  turtle.source_name = options.source_name;
  turtle.base_iri = options.base_iri;
  Status status = grammar::rdf::ParseTurtle(document, turtle, handler);
  if (status.ok() && options.on_progress) options.on_progress(document.size());
  return status;
}

}  // namespace

Status ReadRdf(std::istream& in, const ReaderOptions& options, const QuadHandler& handler) {
  if (options.format == RdfFormat::kTurtle) return ReadTurtle(in, options, handler);
  return ReadLines(in, options, handler);
}

}  // namespace marsad::io
