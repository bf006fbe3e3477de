#include "io/blank_node_scope.h"

#include <chrono>
#include <random>

namespace marsad::io {
namespace {

std::uint64_t RandomToken() {
  std::random_device device;
  std::uint64_t token = (std::uint64_t{device()} << 32) ^ device();
  // random_device may be a deterministic generator on some platforms: mix in the clock.
  token ^= static_cast<std::uint64_t>(
      std::chrono::steady_clock::now().time_since_epoch().count());
  return token;
}

}  // namespace

BlankNodeScope::BlankNodeScope() : BlankNodeScope(RandomToken()) {}

BlankNodeScope::BlankNodeScope(std::uint64_t token) : token_(token) {
  static constexpr char kHex[] = "0123456789abcdef";
  prefix_ = "b";
  for (int shift = 60; shift >= 0; shift -= 4) prefix_.push_back(kHex[(token >> shift) & 0xF]);
  prefix_.push_back('_');
}

void BlankNodeScope::Rename(Term* term) {
  if (!term->is_blank()) return;
  auto [entry, added] = labels_.try_emplace(term->value());
  if (added) entry->second = prefix_ + std::to_string(labels_.size());
  term->AssignBlank(entry->second);  // reuses the term's buffer
}

void BlankNodeScope::Apply(Quad* quad) {
  Rename(&quad->subject);
  Rename(&quad->object);
  Rename(&quad->graph);
}

}  // namespace marsad::io
