#include "store/key_codec.h"

namespace marsad::store {
namespace {

using C = Component;
// DO NOT CHANGE: component order of every permutation (on-disk key layout).
constexpr std::array<std::array<Component, 4>, kPermutationCount> kOrders = {{
    {C::kS, C::kP, C::kO, C::kG},  // spo (g unused)
    {C::kP, C::kO, C::kS, C::kG},  // pos
    {C::kO, C::kS, C::kP, C::kG},  // osp
    {C::kG, C::kS, C::kP, C::kO},  // gspo
    {C::kG, C::kP, C::kO, C::kS},  // gpos
    {C::kG, C::kO, C::kS, C::kP},  // gosp
    {C::kS, C::kP, C::kO, C::kG},  // spog
    {C::kP, C::kO, C::kS, C::kG},  // posg
    {C::kO, C::kS, C::kP, C::kG},  // ospg
}};
constexpr std::array<std::string_view, kPermutationCount> kNames = {
    "spo", "pos", "osp", "gspo", "gpos", "gosp", "spog", "posg", "ospg"};

}  // namespace

std::string_view PermutationName(Permutation perm) { return kNames[int(perm)]; }

bool IsTriplePermutation(Permutation perm) { return int(perm) <= int(Permutation::kOsp); }

int ComponentCount(Permutation perm) { return IsTriplePermutation(perm) ? 3 : 4; }

Component ComponentAt(Permutation perm, int position) { return kOrders[int(perm)][position]; }

TermId IdQuad::Get(Component c) const {
  switch (c) {
    case C::kS:
      return s;
    case C::kP:
      return p;
    case C::kO:
      return o;
    case C::kG:
      return g;
  }
  return kNoTerm;
}

void IdQuad::Set(Component c, TermId id) {
  switch (c) {
    case C::kS:
      s = id;
      break;
    case C::kP:
      p = id;
      break;
    case C::kO:
      o = id;
      break;
    case C::kG:
      g = id;
      break;
  }
}

void AppendId(TermId id, std::string* out) {
  char bytes[kIdBytes];
  for (int i = 7; i >= 0; --i) {
    bytes[i] = static_cast<char>(id & 0xFF);
    id >>= 8;
  }
  out->append(bytes, kIdBytes);
}

TermId ReadId(std::string_view bytes) {
  TermId id = 0;
  for (std::size_t i = 0; i < kIdBytes; ++i) id = (id << 8) | static_cast<unsigned char>(bytes[i]);
  return id;
}

std::string EncodeKey(Permutation perm, const IdQuad& quad) {
  std::string key;
  int count = ComponentCount(perm);
  key.reserve(count * kIdBytes);
  for (int i = 0; i < count; ++i) AppendId(quad.Get(ComponentAt(perm, i)), &key);
  return key;
}

std::size_t EncodeKeyTo(Permutation perm, const IdQuad& quad, char* out) {
  int count = ComponentCount(perm);
  for (int i = 0; i < count; ++i) {
    TermId id = quad.Get(ComponentAt(perm, i));
    for (int b = 7; b >= 0; --b) {
      out[i * kIdBytes + b] = static_cast<char>(id & 0xFF);
      id >>= 8;
    }
  }
  return count * kIdBytes;
}

bool DecodeKey(Permutation perm, std::string_view key, IdQuad* quad) {
  int count = ComponentCount(perm);
  if (key.size() != count * kIdBytes) return false;
  for (int i = 0; i < count; ++i) {
    quad->Set(ComponentAt(perm, i), ReadId(key.substr(i * kIdBytes)));
  }
  return true;
}

std::string PrefixSuccessor(std::string_view prefix) {
  std::string next(prefix);
  while (!next.empty()) {
    unsigned char last = static_cast<unsigned char>(next.back());
    if (last != 0xFF) {
      next.back() = static_cast<char>(last + 1);
      return next;
    }
    next.pop_back();
  }
  return next;
}

void AppendVarint(std::uint64_t value, std::string* out) {
  while (value >= 0x80) {
    out->push_back(static_cast<char>((value & 0x7F) | 0x80));
    value >>= 7;
  }
  out->push_back(static_cast<char>(value));
}

bool ReadVarint(std::string_view* in, std::uint64_t* value) {
  std::uint64_t result = 0;
  for (int shift = 0; shift <= 63 && !in->empty(); shift += 7) {
    auto byte = static_cast<unsigned char>(in->front());
    in->remove_prefix(1);
    result |= std::uint64_t(byte & 0x7F) << shift;
    if ((byte & 0x80) == 0) {
      *value = result;
      return true;
    }
  }
  return false;
}

std::string EncodeTripleValue(const TripleValue& value) {
  std::string out;
  AppendVarint((value.named_graphs << 1) | (value.in_default ? 1 : 0), &out);
  return out;
}

bool DecodeTripleValue(std::string_view bytes, TripleValue* value) {
  std::uint64_t raw = 0;
  if (!ReadVarint(&bytes, &raw) || !bytes.empty()) return false;
  value->named_graphs = raw >> 1;
  value->in_default = (raw & 1) != 0;
  return true;
}

}  // namespace marsad::store
