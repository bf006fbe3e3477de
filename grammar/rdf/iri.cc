#include "grammar/rdf/iri.h"

#include <optional>

namespace marsad::grammar::rdf {

namespace {

bool IsAlpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

// The five components of RFC 3986 §3; an absent component is nullopt (distinct from empty).
struct IriParts {
  std::optional<std::string_view> scheme;
  std::optional<std::string_view> authority;
  std::string_view path;
  std::optional<std::string_view> query;
  std::optional<std::string_view> fragment;
};

std::size_t SchemeLength(std::string_view iri) {
  if (iri.empty() || !IsAlpha(iri[0])) return 0;
  for (std::size_t i = 1; i < iri.size(); ++i) {
    const char c = iri[i];
    if (c == ':') return i;
    if (!IsAlpha(c) && !(c >= '0' && c <= '9') && c != '+' && c != '-' && c != '.') return 0;
  }
  return 0;
}

IriParts Split(std::string_view iri) {
  IriParts parts;
  if (const std::size_t n = SchemeLength(iri); n > 0) {
    parts.scheme = iri.substr(0, n);
    iri.remove_prefix(n + 1);
  }
  if (const std::size_t hash = iri.find('#'); hash != std::string_view::npos) {
    parts.fragment = iri.substr(hash + 1);
    iri = iri.substr(0, hash);
  }
  if (const std::size_t question = iri.find('?'); question != std::string_view::npos) {
    parts.query = iri.substr(question + 1);
    iri = iri.substr(0, question);
  }
  if (iri.substr(0, 2) == "//") {
    const std::size_t end = iri.find('/', 2);
    parts.authority = iri.substr(2, end == std::string_view::npos ? iri.npos : end - 2);
    iri = end == std::string_view::npos ? std::string_view() : iri.substr(end);
  }
  parts.path = iri;
  return parts;
}

// RFC 3986 §5.2.4.
std::string RemoveDotSegments(std::string_view input) {
  std::string output;
  output.reserve(input.size());
  auto pop_last_segment = [&output] {
    const std::size_t slash = output.rfind('/');
    output.erase(slash == std::string::npos ? 0 : slash);
  };
  while (!input.empty()) {
    if (input.substr(0, 3) == "../") {
      input.remove_prefix(3);
    } else if (input.substr(0, 2) == "./") {
      input.remove_prefix(2);
    } else if (input.substr(0, 3) == "/./") {
      input.remove_prefix(2);
    } else if (input == "/.") {
      input = "/";
    } else if (input.substr(0, 4) == "/../") {
      input.remove_prefix(3);
      pop_last_segment();
    } else if (input == "/..") {
      input = "/";
      pop_last_segment();
    } else if (input == "." || input == "..") {
      input = {};
    } else {
      const std::size_t next = input.find('/', input[0] == '/' ? 1 : 0);
      const std::size_t length = next == std::string_view::npos ? input.size() : next;
      output.append(input.substr(0, length));
      input.remove_prefix(length);
    }
  }
  return output;
}

std::string Merge(const IriParts& base, std::string_view reference_path) {
  if (base.authority && base.path.empty()) {
    // Built by append: g++ 12 at -O3 reports a false -Wrestrict on `"/" + std::string(...)`.
    std::string rooted("/");
    rooted.append(reference_path);
    return rooted;
  }
  const std::size_t slash = base.path.rfind('/');
  std::string merged(slash == std::string_view::npos ? std::string_view()
                                                     : base.path.substr(0, slash + 1));
  merged.append(reference_path);
  return merged;
}

std::string Recompose(const IriParts& parts, const std::string& path) {
  std::string out;
  if (parts.scheme) out.append(*parts.scheme).push_back(':');
  if (parts.authority) out.append("//").append(*parts.authority);
  out.append(path);
  if (parts.query) out.append("?").append(*parts.query);
  if (parts.fragment) out.append("#").append(*parts.fragment);
  return out;
}

}  // namespace

bool HasIriScheme(std::string_view iri) { return SchemeLength(iri) > 0; }

std::string ResolveIri(std::string_view base, std::string_view reference) {
  const IriParts ref = Split(reference);
  if (ref.scheme) return Recompose(ref, RemoveDotSegments(ref.path));
  const IriParts b = Split(base);
  IriParts target;
  target.scheme = b.scheme;
  target.fragment = ref.fragment;
  std::string path;
  if (ref.authority) {
    target.authority = ref.authority;
    target.query = ref.query;
    path = RemoveDotSegments(ref.path);
  } else {
    target.authority = b.authority;
    if (ref.path.empty()) {
      path = std::string(b.path);
      target.query = ref.query ? ref.query : b.query;
    } else {
      path = RemoveDotSegments(ref.path[0] == '/' ? std::string(ref.path) : Merge(b, ref.path));
      target.query = ref.query;
    }
  }
  return Recompose(target, path);
}

}  // namespace marsad::grammar::rdf
