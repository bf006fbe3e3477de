#include "graph_isomorphism.h"

#include <algorithm>
#include <cstdint>
#include <functional>
#include <map>
#include <set>
#include <string>

namespace marsad::testing {

namespace {

using Colors = std::map<std::string, std::uint64_t>;  // blank label -> colour

std::uint64_t Mix(std::uint64_t seed, std::uint64_t value) {
  return seed ^ (value + 0x9E3779B97F4A7C15ULL + (seed << 6) + (seed >> 2));
}

std::uint64_t TermHash(const Term& term, const Colors& colors) {
  if (term.is_blank()) return Mix(1, colors.at(term.value()));
  std::uint64_t h = std::hash<std::string>()(term.value());
  h = Mix(h, std::hash<std::string>()(term.datatype()));
  h = Mix(h, std::hash<std::string>()(term.language()));
  return Mix(h, static_cast<std::uint64_t>(term.kind()));
}

const Term* Slot(const Quad& quad, int position) {
  switch (position) {
    case 0:
      return &quad.subject;
    case 1:
      return &quad.predicate;
    case 2:
      return &quad.object;
    default:
      return &quad.graph;
  }
}

// Colour refinement: each round, a blank node's colour becomes a hash of its old colour and
// the sorted hashes of the quads it occurs in (with its own position marked).
Colors Refine(const std::vector<Quad>& graph) {
  Colors colors;
  for (const Quad& quad : graph) {
    for (int p = 0; p < 4; ++p) {
      if (Slot(quad, p)->is_blank()) colors[Slot(quad, p)->value()] = 0;
    }
  }
  for (std::size_t round = 0; round <= colors.size(); ++round) {
    std::map<std::string, std::vector<std::uint64_t>> seen;
    for (const Quad& quad : graph) {
      std::uint64_t h = 0;
      for (int p = 0; p < 4; ++p) h = Mix(h, TermHash(*Slot(quad, p), colors));
      for (int p = 0; p < 4; ++p) {
        if (Slot(quad, p)->is_blank()) seen[Slot(quad, p)->value()].push_back(Mix(h, p));
      }
    }
    Colors next;
    for (auto& [label, hashes] : seen) {
      std::sort(hashes.begin(), hashes.end());
      std::uint64_t h = colors[label];
      for (std::uint64_t x : hashes) h = Mix(h, x);
      next[label] = h;
    }
    colors.swap(next);
  }
  return colors;
}

Term Rename(const Term& term, const std::map<std::string, std::string>& mapping) {
  return term.is_blank() ? Term::Blank(mapping.at(term.value())) : term;
}

bool MappingWorks(const std::vector<Quad>& a, const std::set<Quad>& b,
                  const std::map<std::string, std::string>& mapping) {
  for (const Quad& quad : a) {
    Quad renamed{Rename(quad.subject, mapping), Rename(quad.predicate, mapping),
                 Rename(quad.object, mapping), Rename(quad.graph, mapping)};
    if (b.count(renamed) == 0) return false;
  }
  return true;
}

struct Matcher {
  const std::vector<Quad>& a;
  const std::set<Quad>& b;
  std::vector<std::pair<std::string, std::uint64_t>> a_nodes;  // label, colour
  std::multimap<std::uint64_t, std::string> b_by_color;
  std::map<std::string, std::string> mapping;
  std::set<std::string> used;

  bool Search(std::size_t index) {
    if (index == a_nodes.size()) return MappingWorks(a, b, mapping);
    const auto [label, color] = a_nodes[index];
    auto [first, last] = b_by_color.equal_range(color);
    for (auto it = first; it != last; ++it) {
      if (used.count(it->second)) continue;
      mapping[label] = it->second;
      used.insert(it->second);
      if (Search(index + 1)) return true;
      used.erase(it->second);
    }
    return false;
  }
};

}  // namespace

bool IsomorphicGraphs(std::vector<Quad> a, std::vector<Quad> b) {
  std::sort(a.begin(), a.end());
  a.erase(std::unique(a.begin(), a.end()), a.end());
  std::sort(b.begin(), b.end());
  b.erase(std::unique(b.begin(), b.end()), b.end());
  if (a.size() != b.size()) return false;
  const Colors a_colors = Refine(a);
  const Colors b_colors = Refine(b);
  if (a_colors.size() != b_colors.size()) return false;
  const std::set<Quad> b_set(b.begin(), b.end());
  Matcher matcher{a, b_set, {}, {}, {}, {}};
  for (const auto& entry : a_colors) matcher.a_nodes.push_back(entry);
  for (const auto& [label, color] : b_colors) matcher.b_by_color.emplace(color, label);
  return matcher.Search(0);
}

}  // namespace marsad::testing
