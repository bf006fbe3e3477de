// Early-return helpers for Status and Result<T>.
#pragma once

#include "marsad/status.h"

#define MARSAD_CONCAT_INNER(a, b) a##b
#define MARSAD_CONCAT(a, b) MARSAD_CONCAT_INNER(a, b)

#define MARSAD_RETURN_IF_ERROR(expr)              \
  do {                                            \
    ::marsad::Status marsad_status_ = (expr);     \
    if (!marsad_status_.ok()) return marsad_status_; \
  } while (0)

#define MARSAD_ASSIGN_OR_RETURN_IMPL(tmp, lhs, expr) \
  auto tmp = (expr);                                 \
  if (!tmp.ok()) return tmp.status();                \
  lhs = std::move(tmp).value()

#define MARSAD_ASSIGN_OR_RETURN(lhs, expr) \
  MARSAD_ASSIGN_OR_RETURN_IMPL(MARSAD_CONCAT(marsad_result_, __LINE__), lhs, expr)
