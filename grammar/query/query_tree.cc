// Node's recycling allocator (query_tree.h).
#include "grammar/query/query_tree.h"

#include <new>

namespace marsad::grammar::query {
namespace {

// Freed nodes kept per thread for reuse: enough for the parse of a large query, bounded so a
// thread that once parsed a huge one does not keep its memory.
constexpr std::size_t kMaxFreeNodes = 4096;

struct FreeNodes {
  void* nodes[kMaxFreeNodes];
  std::size_t count = 0;
  ~FreeNodes() {
    while (count > 0) ::operator delete(nodes[--count]);
  }
};

thread_local FreeNodes free_nodes;

}  // namespace

void* Node::operator new(std::size_t size) {
  FreeNodes& free = free_nodes;
  if (size == sizeof(Node) && free.count > 0) return free.nodes[--free.count];
  return ::operator new(size);
}

void Node::operator delete(void* node, std::size_t size) noexcept {
  FreeNodes& free = free_nodes;
  if (size == sizeof(Node) && free.count < kMaxFreeNodes) {
    free.nodes[free.count++] = node;
    return;
  }
  ::operator delete(node);
}

}  // namespace marsad::grammar::query
