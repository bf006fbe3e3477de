// An article to ingest, and what ingesting it produced.
#pragma once

#include <cstdint>
#include <string>

namespace marsad {

struct Article {
  std::string text;    // UTF-8; invalid UTF-8 or NUL bytes are rejected with their position
  std::string file;    // the path as given; its stem names the article IRI
  std::string title;   // empty: the first line that is not boilerplate
  std::string outlet;  // may be empty
  // "YYYY-MM-DD": used to resolve relative dates when the text has no dateline.
  std::string date;
};

struct IngestReport {
  std::uint64_t sentences = 0;
  std::uint64_t entities = 0;
  std::uint64_t offices = 0;
  std::uint64_t events = 0;
  std::uint64_t skipped_lines = 0;  // boilerplate and foreign-language lines
  std::uint64_t quads_added = 0;
  std::uint64_t quads_removed = 0;  // facts of an earlier ingest of the same article
};

}  // namespace marsad
