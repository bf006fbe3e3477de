# MARSAD_FUZZ: libFuzzer targets (tests/fuzz). Needs clang (libFuzzer ships with it: on Debian
# clang-14 plus libclang-rt-14-dev) and the sanitizer build, because the fuzzers are only useful
# when a memory error or undefined behaviour stops them.
#
# Every Marsad target is compiled with -fsanitize=fuzzer-no-link so the engine's code carries the
# coverage instrumentation libFuzzer steers by; only the fuzz executables link libFuzzer itself
# (with its main). The ASan runtime provides the coverage callbacks for the other executables.
option(MARSAD_FUZZ "Build the libFuzzer targets in tests/fuzz (clang; needs MARSAD_SANITIZE)" OFF)
set(MARSAD_FUZZ_SECONDS 20 CACHE STRING
  "Seconds each fuzz target runs as a ctest case (label \"fuzz\")")

if(MARSAD_FUZZ)
  if(NOT CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
    message(FATAL_ERROR "MARSAD_FUZZ needs clang (configure with CXX=clang++-14), "
      "not ${CMAKE_CXX_COMPILER_ID}")
  endif()
  if(NOT MARSAD_SANITIZE)
    message(FATAL_ERROR "MARSAD_FUZZ needs MARSAD_SANITIZE=ON (ASan + UBSan)")
  endif()
  target_compile_options(marsad_compile_options INTERFACE -fsanitize=fuzzer-no-link)
endif()

# marsad_add_fuzzer(NAME SRCS ... DEPS ... [DICT file] [MAX_LEN bytes])
# Builds fuzz_NAME and registers two ctest cases:
#  - fuzz.NAME: fuzzes for MARSAD_FUZZ_SECONDS from tests/fuzz/seeds/NAME (new inputs go to a
#    scratch corpus in the build tree; crash reproducers to <build>/fuzz-artifacts/NAME/);
#  - fuzz_replay.NAME: runs every seed and every tests/fuzz/regressions/NAME reproducer once.
function(marsad_add_fuzzer name)
  cmake_parse_arguments(ARG "" "DICT;MAX_LEN" "SRCS;DEPS" ${ARGN})
  set(target fuzz_${name})
  add_executable(${target} ${ARG_SRCS})
  target_link_libraries(${target} PRIVATE marsad_compile_options ${ARG_DEPS})
  target_link_options(${target} PRIVATE -fsanitize=fuzzer)

  set(seeds ${CMAKE_CURRENT_SOURCE_DIR}/seeds/${name})
  set(regressions ${CMAKE_CURRENT_SOURCE_DIR}/regressions/${name})
  set(work ${CMAKE_CURRENT_BINARY_DIR}/corpus/${name})
  set(artifacts ${CMAKE_BINARY_DIR}/fuzz-artifacts/${name})
  set(flags -max_len=${ARG_MAX_LEN} -timeout=30 -rss_limit_mb=2560 -print_final_stats=1
    -artifact_prefix=${artifacts}/)
  if(ARG_DICT)
    list(APPEND flags -dict=${CMAKE_CURRENT_SOURCE_DIR}/${ARG_DICT})
  endif()
  add_test(NAME fuzz.${name}
    COMMAND ${CMAKE_CURRENT_SOURCE_DIR}/run_fuzz_case.sh ${work} ${artifacts}
      $<TARGET_FILE:${target}> ${flags} -max_total_time=${MARSAD_FUZZ_SECONDS} ${work} ${seeds})
  set_tests_properties(fuzz.${name} PROPERTIES LABELS fuzz
    TIMEOUT 300 ENVIRONMENT "MARSAD_SOURCE_DIR=${PROJECT_SOURCE_DIR}")
  # tools/run-fuzz.sh reads the same arguments for long runs.
  list(JOIN flags "\n" flag_lines)
  file(WRITE ${CMAKE_BINARY_DIR}/fuzz-args/${name}.txt "${flag_lines}\n${work}\n${seeds}\n")
  set(replay_dirs ${seeds})
  if(EXISTS ${regressions})
    list(APPEND replay_dirs ${regressions})
  endif()
  add_test(NAME fuzz_replay.${name}
    COMMAND ${CMAKE_CURRENT_SOURCE_DIR}/run_fuzz_case.sh ${work} ${artifacts}
      $<TARGET_FILE:${target}> ${flags} -runs=0 ${replay_dirs})
  set_tests_properties(fuzz_replay.${name} PROPERTIES LABELS fuzz
    ENVIRONMENT "MARSAD_SOURCE_DIR=${PROJECT_SOURCE_DIR}")
endfunction()
