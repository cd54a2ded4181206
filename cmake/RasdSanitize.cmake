# RASD_SANITIZE=ON: AddressSanitizer and UndefinedBehaviorSanitizer on every target (libraries, tests,
# apps, benchmarks, fuzz targets). UB is fatal (-fno-sanitize-recover), so ctest fails on the first report.
# float-cast-overflow (a double converted to an integer that cannot hold it) is part of clang's
# "undefined" group but not of GCC's, so it is named explicitly.
#
#   cmake -S . -B build-asan -DCMAKE_BUILD_TYPE=RelWithDebInfo -DRASD_SANITIZE=ON
if(RASD_SANITIZE)
  set(RASD_SANITIZE_FLAGS -fsanitize=address,undefined,float-cast-overflow -fno-omit-frame-pointer
      -fno-sanitize-recover=undefined,float-cast-overflow)
  add_compile_options(${RASD_SANITIZE_FLAGS})
  add_link_options(${RASD_SANITIZE_FLAGS})
endif()
