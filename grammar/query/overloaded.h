// Overloaded{lambdas...}: one visitor from several lambdas, for std::visit over AST variants.
#pragma once

namespace marsad::query::ast {

template <typename... Ts>
struct Overloaded : Ts... {
  using Ts::operator()...;
};
template <typename... Ts>
Overloaded(Ts...) -> Overloaded<Ts...>;

}  // namespace marsad::query::ast
