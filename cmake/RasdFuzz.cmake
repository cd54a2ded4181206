# RASD_BUILD_FUZZ=ON: the libFuzzer targets of fuzz/ (clang only).
#
#   CXX=clang++-14 cmake -S . -B build-fuzz -DCMAKE_BUILD_TYPE=RelWithDebInfo -DRASD_BUILD_FUZZ=ON \
#       -DRASD_BUILD_BENCH=OFF
#   cmake --build build-fuzz -j2 && fuzz/run.sh normalize_tokenize 180
#
# Every target of the build is then instrumented for coverage (-fsanitize=fuzzer-no-link) together with
# ASan and UBSan; only the fuzz executables link libFuzzer's main (-fsanitize=fuzzer).
if(RASD_BUILD_FUZZ)
  if(NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang")
    message(FATAL_ERROR "RASD_BUILD_FUZZ=ON needs clang (libFuzzer): CXX=clang++-14 cmake -DRASD_BUILD_FUZZ=ON ...")
  endif()
  add_compile_options(-fsanitize=fuzzer-no-link)
  if(NOT RASD_SANITIZE)
    set(RASD_FUZZ_SANITIZE_FLAGS -fsanitize=address,undefined -fno-omit-frame-pointer
        -fno-sanitize-recover=undefined)
    add_compile_options(${RASD_FUZZ_SANITIZE_FLAGS})
    add_link_options(${RASD_FUZZ_SANITIZE_FLAGS})
  endif()
endif()
