// Helpers shared by the query benchmark programs of this folder.
#pragma once

#include <cstdint>
#include <cstdio>
#include <string>

#include "marsad/database.h"

namespace marsad::bench {

// Runs `text` to completion (Query plus pulling every row, terms decoded); the row count or
// the error.
inline Result<std::uint64_t> RunOnce(Database& db, const std::string& text) {
  auto result = db.Query(text);
  if (!result.ok()) return result.status();
  std::uint64_t rows = 0;
  while ((*result)->Next()) ++rows;
  if (!(*result)->status().ok()) return (*result)->status();
  return rows;
}

// Prints the plan of `text` with actual rows and times, indented.
inline void PrintExplain(Database& db, const std::string& text) {
  auto result = db.Query("EXPLAIN ANALYZE " + text);
  if (!result.ok()) return;
  while ((*result)->Next()) std::printf("    %s\n", (*result)->row()[0].value().c_str());
}

}  // namespace marsad::bench
