// PEGTL's parse_tree::parse with transparent rules that allocate nothing.
//
// PEGTL (3.2) gives every rule that is not selected but has selected descendants a node of its
// own while it runs: made when the rule starts, its children moved up to the parent when it
// succeeds, dropped when it fails. The query grammar has many such intermediate rules, so a
// two-pattern query made and dropped about 370 nodes, most of them for these rules, and node
// churn was a third of the parse. Here such a rule instead remembers how many children the
// nearest selected ancestor (the top of the node stack) has when it starts; its selected
// descendants attach to that ancestor directly, and a failure cuts the children back to the
// mark. The tree is the same: the children a transparent rule passes up on success are exactly
// the ones it appended, in the same order, and on failure none remain.
//
// Everything else (selected rules, leaf rules, the selector's transforms, the error control)
// is PEGTL's own code, copied from tao/pegtl/contrib/parse_tree.hpp.
#pragma once

#include <cassert>
#include <cstddef>
#include <memory>
#include <tao/pegtl.hpp>
#include <tao/pegtl/contrib/parse_tree.hpp>
#include <tao/pegtl/contrib/remove_first_state.hpp>
#include <tao/pegtl/contrib/shuffle_states.hpp>
#include <utility>
#include <vector>

namespace marsad::grammar::query {

namespace lean_tree {

namespace pegtl = ::tao::pegtl;
namespace pt = ::tao::pegtl::parse_tree::internal;

template <typename Node>
struct State {
  std::vector<std::unique_ptr<Node>> stack;
  // Children counts of the top node when each running transparent rule started.
  std::vector<std::size_t> marks;

  State() { stack.emplace_back(std::make_unique<Node>()); }
  std::unique_ptr<Node>& back() noexcept {
    assert(!stack.empty());
    return stack.back();
  }
};

template <typename Node, template <typename...> class Selector,
          template <typename...> class Control>
struct MakeControl {
  template <typename Rule, bool Selected, bool Leaf>
  struct Handler;

  template <typename Rule>
  using type = pegtl::rotate_states_right<
      Handler<Rule, pt::is_selected_node<Rule, Selector>,
              pt::is_leaf<8, typename Rule::subs_t, Selector>>>;
};

// Not selected, no selected descendants: nothing to record.
template <typename Node, template <typename...> class Selector,
          template <typename...> class Control>
template <typename Rule>
struct MakeControl<Node, Selector, Control>::Handler<Rule, false, true>
    : pegtl::remove_first_state<Control<Rule>> {};

// Not selected, with selected descendants: transparent, as described above.
template <typename Node, template <typename...> class Selector,
          template <typename...> class Control>
template <typename Rule>
struct MakeControl<Node, Selector, Control>::Handler<Rule, false, false>
    : pegtl::remove_first_state<Control<Rule>> {
  static constexpr bool enable = true;

  template <typename ParseInput, typename... States>
  static void start(const ParseInput& /*in*/, State<Node>& state, States&&... /*st*/) {
    state.marks.push_back(state.back()->children.size());
  }
  template <typename ParseInput, typename... States>
  static void success(const ParseInput& /*in*/, State<Node>& state, States&&... /*st*/) {
    state.marks.pop_back();
  }
  template <typename ParseInput, typename... States>
  static void failure(const ParseInput& /*in*/, State<Node>& state, States&&... /*st*/) {
    auto& children = state.back()->children;
    children.erase(children.begin() + static_cast<std::ptrdiff_t>(state.marks.back()),
                   children.end());
    state.marks.pop_back();
  }
  template <typename ParseInput, typename... States>
  static void unwind(const ParseInput& /*in*/, State<Node>& state, States&&... /*st*/) {
    state.marks.pop_back();
  }
};

// Selected: a node of its own (PEGTL's handler, on this State).
template <typename Node, template <typename...> class Selector,
          template <typename...> class Control>
template <typename Rule, bool Leaf>
struct MakeControl<Node, Selector, Control>::Handler<Rule, true, Leaf>
    : pegtl::remove_first_state<Control<Rule>> {
  template <typename ParseInput, typename... States>
  static void start(const ParseInput& in, State<Node>& state, States&&... st) {
    Control<Rule>::start(in, st...);
    state.stack.emplace_back(std::make_unique<Node>());
    state.back()->template start<Rule>(in, st...);
  }
  template <typename ParseInput, typename... States>
  static void success(const ParseInput& in, State<Node>& state, States&&... st) {
    auto n = std::move(state.back());
    state.stack.pop_back();
    n->template success<Rule>(in, st...);
    pt::transform<Selector<Rule>>(in, n, st...);
    if (n) state.back()->emplace_back(std::move(n), st...);
    Control<Rule>::success(in, st...);
  }
  template <typename ParseInput, typename... States>
  static void failure(const ParseInput& in, State<Node>& state, States&&... st) {
    state.back()->template failure<Rule>(in, st...);
    state.stack.pop_back();
    Control<Rule>::failure(in, st...);
  }
  template <typename ParseInput, typename... States>
  static void unwind(const ParseInput& in, State<Node>& state, States&&... st) {
    if constexpr (pt::node_has_unwind<Node, Rule, void, const ParseInput&, States...>) {
      state.back()->template unwind<Rule>(in, st...);
    }
    state.stack.pop_back();
    if constexpr (pt::control_has_unwind<Control<Rule>, const ParseInput&, States...>) {
      Control<Rule>::unwind(in, st...);
    }
  }
};

}  // namespace lean_tree

// Same contract as pegtl::parse_tree::parse: the root node, or null when `Rule` did not match.
template <typename Rule, typename Node, template <typename...> class Selector,
          template <typename...> class Action, template <typename...> class Control,
          typename ParseInput>
std::unique_ptr<Node> ParseLeanTree(ParseInput&& in) {
  lean_tree::State<Node> state;
  if (!::tao::pegtl::parse<Rule, Action,
                           lean_tree::MakeControl<Node, Selector, Control>::template type>(
          in, state)) {
    return nullptr;
  }
  assert(state.stack.size() == 1);
  return std::move(state.back());
}

}  // namespace marsad::grammar::query
