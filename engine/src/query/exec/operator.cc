#include "query/exec/operator.h"

#include <cstdio>

namespace marsad::query::exec {
namespace {

void Render(const Operator& op, bool analyze, int depth, std::string* out) {
  out->append(static_cast<std::size_t>(depth) * 2, ' ');
  *out += op.Label();
  char buf[128];
  if (op.estimated_rows >= 0) {
    std::snprintf(buf, sizeof buf, "  (est %.0f)", op.estimated_rows);
    *out += buf;
  }
  if (analyze) {
    std::snprintf(buf, sizeof buf, "  [rows %llu, opens %llu, %.3f ms]",
                  static_cast<unsigned long long>(op.rows()),
                  static_cast<unsigned long long>(op.opens()), op.nanos() / 1e6);
    *out += buf;
  }
  *out += '\n';
  for (const Operator* child : op.Children()) Render(*child, analyze, depth + 1, out);
}

}  // namespace

std::string ExplainTree(const Operator& root, bool analyze) {
  std::string out;
  Render(root, analyze, 0, &out);
  return out;
}

bool Compatible(std::span<const TermId> a, std::span<const TermId> b) {
  for (std::size_t i = 0; i < a.size(); ++i) {
    if (a[i] != kNoTerm && b[i] != kNoTerm && a[i] != b[i]) return false;
  }
  return true;
}

void MergeInto(Row& out, std::span<const TermId> b) {
  for (std::size_t i = 0; i < out.size(); ++i) {
    if (b[i] != kNoTerm) out[i] = b[i];
  }
}

}  // namespace marsad::query::exec
