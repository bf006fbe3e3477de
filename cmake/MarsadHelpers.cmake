# Shared compile settings and helpers, after Abseil's absl_cc_library / absl_cc_test.

add_library(marsad_compile_options INTERFACE)
target_compile_options(marsad_compile_options INTERFACE -Wall -Wextra -Wpedantic -Wshadow
  -Wnon-virtual-dtor -Wno-missing-field-initializers)
if(MARSAD_WERROR)
  target_compile_options(marsad_compile_options INTERFACE -Werror)
endif()
if(MARSAD_SANITIZE)
  target_compile_options(marsad_compile_options INTERFACE -fsanitize=address,undefined
    -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
  target_link_options(marsad_compile_options INTERFACE -fsanitize=address,undefined)
endif()

# marsad_add_library(NAME SRCS ... DEPS ... PRIVATE_DEPS ...)
# One static library per module. Internal headers are found from engine/src, grammar/ and the
# public include dir; third-party dependencies stay PRIVATE so the layering is enforced.
function(marsad_add_library name)
  cmake_parse_arguments(ARG "" "" "SRCS;DEPS;PRIVATE_DEPS" ${ARGN})
  add_library(${name} STATIC ${ARG_SRCS})
  target_include_directories(${name} PUBLIC
    $<BUILD_INTERFACE:${PROJECT_SOURCE_DIR}/engine/include>
    $<BUILD_INTERFACE:${PROJECT_SOURCE_DIR}/engine/src>
    $<BUILD_INTERFACE:${PROJECT_SOURCE_DIR}>)
  target_link_libraries(${name} PUBLIC ${ARG_DEPS} PRIVATE marsad_compile_options ${ARG_PRIVATE_DEPS})
  set_target_properties(${name} PROPERTIES POSITION_INDEPENDENT_CODE ON)
endfunction()

# marsad_add_test(NAME SRCS ... DEPS ...)
function(marsad_add_test name)
  cmake_parse_arguments(ARG "" "" "SRCS;DEPS" ${ARGN})
  add_executable(${name} ${ARG_SRCS})
  target_link_libraries(${name} PRIVATE marsad_compile_options marsad_test_support ${ARG_DEPS}
    GTest::gtest GTest::gmock GTest::gtest_main)
  gtest_discover_tests(${name} DISCOVERY_TIMEOUT 60
    PROPERTIES ENVIRONMENT "MARSAD_SOURCE_DIR=${PROJECT_SOURCE_DIR}")
endfunction()
include(MarsadFuzz)
