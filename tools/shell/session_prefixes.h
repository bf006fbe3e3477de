// PREFIX declarations that outlive their statement: once a statement of the session declares
// `PREFIX ex: <…>`, the following statements may use `ex:` without declaring it again (as in
// other SPARQL shells), and results abbreviate IRIs with it.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "marsad/status.h"
#include "tools/shell/printers/cell_format.h"

namespace marsad::shell {

// A statement with the session's prefixes declared in front of it, and where they went.
struct PreparedStatement {
  std::string text;             // what the query engine runs
  std::size_t inserted_at = 0;  // byte offset in the original statement
  std::size_t inserted_size = 0;
};

class SessionPrefixes {
 public:
  SessionPrefixes();

  // Remembers the PREFIX declarations of `statement` when it parses; a name declared again
  // takes the newer namespace. A statement with a syntax error declares nothing.
  void Remember(std::string_view statement);

  // `statement` with one line declaring every remembered prefix inserted before its query
  // (after a leading EXPLAIN [ANALYZE], which must come first). The statement's own PREFIX
  // lines follow the inserted ones, so they still win. Unchanged when nothing is remembered.
  PreparedStatement Prepare(std::string_view statement) const;

  // Prefixes the session declared, in declaration order.
  const PrefixList& declared() const { return declared_; }
  // The declared prefixes followed by the defaults they do not shadow: what results
  // abbreviate IRIs with and what .prefixes lists.
  const PrefixList& all() const { return all_; }

 private:
  PrefixList declared_;
  PrefixList all_;
};

// `status` from running `prepared` (built from `original`) with its location moved back into
// `original`: line, column (code points) and offset as the user typed them. A location inside
// the inserted declarations is dropped.
Status MapToOriginal(const Status& status, const PreparedStatement& prepared,
                     std::string_view original);

}  // namespace marsad::shell
