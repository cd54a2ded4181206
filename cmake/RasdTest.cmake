# rasd_test(NAME SOURCES... [LIBS libs...] [LABELS labels...])
# One GoogleTest executable registered with ctest; unit tests sit beside the code they test.
function(rasd_test name)
  if(NOT RASD_BUILD_TESTS)
    return()
  endif()
  cmake_parse_arguments(T "" "" "LIBS;LABELS" ${ARGN})
  add_executable(${name} ${T_UNPARSED_ARGUMENTS})
  target_link_libraries(${name} PRIVATE ${T_LIBS} GTest::gtest GTest::gtest_main)
  target_compile_definitions(${name} PRIVATE
    RASD_TEST_DICT_DIR="${RASD_SOURCE_DICT_DIR}"
    RASD_TEST_SHARED_DATA="${RASD_DEFAULT_SHARED_DATA}"
    RASD_TEST_SOURCE_DIR="${CMAKE_SOURCE_DIR}")
  include(GoogleTest)
  gtest_discover_tests(${name} PROPERTIES LABELS "${T_LABELS}" DISCOVERY_TIMEOUT 60)
endfunction()
