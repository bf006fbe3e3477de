// Cursors over query results and quad matches.
//
// A cursor pins a snapshot of the database: it sees one point in time however long it lives,
// while writers go on. A cursor must not outlive the Database that made it. Not thread-safe:
// use one cursor from one thread at a time.
//
//   auto cursor = db->Match(pattern);
//   while (cursor->Next()) Use(cursor->quad());
//   if (!cursor->status().ok()) ...
#pragma once

#include <memory>
#include <span>
#include <string>
#include <vector>

#include "marsad/status.h"
#include "marsad/term.h"

namespace marsad {

class QuadCursor {
 public:
  virtual ~QuadCursor() = default;
  // Advances to the next quad; false at the end or on error (check status()).
  virtual bool Next() = 0;
  // REQUIRES: the last Next() returned true. Valid until the next call to Next().
  virtual const Quad& quad() const = 0;
  virtual Status status() const = 0;
};

enum class QueryKind { kSelect, kAsk, kConstruct, kDescribe, kUpdate };

class QueryResult {
 public:
  virtual ~QueryResult() = default;
  virtual QueryKind kind() const = 0;
  // SELECT: the projected variable names, without '?'. CONSTRUCT/DESCRIBE: "subject",
  // "predicate", "object", "graph". ASK: empty.
  virtual const std::vector<std::string>& variables() const = 0;
  // Advances to the next row; false at the end or on error (check status()).
  virtual bool Next() = 0;
  // REQUIRES: the last Next() returned true. One term per variable; an unbound variable is a
  // null Term (is_null()). Valid until the next call to Next().
  virtual std::span<const Term> row() const = 0;
  // ASK only: the answer. REQUIRES: status().ok().
  virtual bool boolean() const = 0;
  virtual Status status() const = 0;
};

}  // namespace marsad
