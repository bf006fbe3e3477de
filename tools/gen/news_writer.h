// Helpers of the news generator: a seeded random source with a skewed pick (so a few people,
// countries and event types dominate, as in real news), calendar dates, and an N-Triples line
// writer for the Marsad vocabulary. Internal to tools/gen.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "news_generator.h"

namespace marsad::gen::news {

inline constexpr std::string_view kNs = "http://marsad.dev/ns#";
inline constexpr std::string_view kRdfType = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type";
inline constexpr std::string_view kRdfsLabel = "http://www.w3.org/2000/01/rdf-schema#label";
inline constexpr std::string_view kXsdDate = "http://www.w3.org/2001/XMLSchema#date";
inline constexpr std::string_view kXsdInteger = "http://www.w3.org/2001/XMLSchema#integer";

// splitmix64: identical on every platform (std distributions are not).
class Random {
 public:
  explicit Random(std::uint64_t seed) : state_(seed) {}
  std::uint64_t Next();
  // Uniform in [0, n). REQUIRES: n > 0.
  int Below(int n) { return static_cast<int>(Next() % static_cast<std::uint64_t>(n)); }
  // In [0, n), rank r drawn with density falling as 1/sqrt(r): index 0 is the most frequent.
  int Skewed(int n);

 private:
  std::uint64_t state_;
};

// yyyy-mm-dd of the day `days` after 2020-01-01 (proleptic Gregorian).
std::string DateAfter2020(int days);

// Writes one N-Triples line per call; subjects and IRI objects are full IRIs without brackets.
class Writer {
 public:
  explicit Writer(const LineSink& sink) : sink_(sink) {}

  void Iri(std::string_view s, std::string_view p, std::string_view o);
  // A predicate or class in the marsad: namespace, by local name.
  void NsIri(std::string_view s, std::string_view local_p, std::string_view o) {
    Iri(s, Ns(local_p), o);
  }
  void Type(std::string_view s, std::string_view local_class) {
    Iri(s, kRdfType, Ns(local_class));
  }
  void Arabic(std::string_view s, std::string_view p, std::string_view text);
  void String(std::string_view s, std::string_view p, std::string_view text);
  void Date(std::string_view s, std::string_view p, std::string_view date);
  void Integer(std::string_view s, std::string_view p, std::int64_t value);

  static std::string Ns(std::string_view local) { return std::string(kNs) + std::string(local); }
  std::uint64_t count() const { return count_; }

 private:
  void Start(std::string_view s, std::string_view p);
  void Literal(std::string_view s, std::string_view p, std::string_view text,
               std::string_view suffix);
  void Emit();

  const LineSink& sink_;
  std::string line_;
  std::uint64_t count_ = 0;
};

}  // namespace marsad::gen::news
