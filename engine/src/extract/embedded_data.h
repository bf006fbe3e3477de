// The default lexicon and rule files, embedded into the library at build time by
// embed_files.cmake (the generated .cc lives in the build tree and is never committed).
#pragma once

#include <span>
#include <string_view>

namespace marsad::extract {

struct EmbeddedFile {
  std::string_view name;     // file name, e.g. "countries.tsv" (its stem selects the parser)
  std::string_view content;  // UTF-8 text
};

// In load order: a file may refer to entries of the files before it.
std::span<const EmbeddedFile> EmbeddedLexiconFiles();
std::span<const EmbeddedFile> EmbeddedRuleFiles();

}  // namespace marsad::extract
