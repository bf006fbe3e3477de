// RDF form of an extraction, following docs/vocabulary.md.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "extract/extraction.h"
#include "marsad/term.h"

namespace marsad::extract {

inline constexpr std::string_view kNs = "http://marsad.dev/ns#";
inline constexpr std::string_view kEntityBase = "http://marsad.dev/entity/";
inline constexpr std::string_view kArticleBase = "http://marsad.dev/article/";
inline constexpr std::string_view kEventBase = "http://marsad.dev/event/";
inline constexpr std::string_view kRdfType = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type";
inline constexpr std::string_view kRdfsLabel = "http://www.w3.org/2000/01/rdf-schema#label";

// <http://marsad.dev/entity/{class}/{slug}>: class lower-cased, slug = match key with spaces
// as '-'. Stable across articles for the same referent.
std::string EntityIri(const Entity& entity);
std::string ArticleIri(const ArticleMeta& meta);
std::string SentenceIri(const ArticleMeta& meta, std::uint32_t index);
// <http://marsad.dev/event/{hash}>: a hash of type, agents, targets, places and date, so one
// event reported by two articles is one node (stated in both articles' sentence graphs).
std::string EventIri(const ArticleExtraction& x, const EventFact& event);

// Every quad of the article: article and sentence nodes (graph = the article IRI), entity
// descriptions and facts (graph = the sentence that states them).
std::vector<Quad> ToQuads(const ArticleExtraction& extraction);

}  // namespace marsad::extract
